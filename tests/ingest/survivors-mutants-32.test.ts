// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 32). Each test
// was checked by hand against the mutant it was written for.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "../../src/ingest/encoding.ts";
import { completeHistory } from "../../src/ingest/history.ts";
import { exampleItems } from "../../src/ingest/layouts/examples.ts";
import { figuredPieceItems } from "../../src/ingest/layouts/figured-pieces.ts";
import { headlineItems } from "../../src/ingest/layouts/headlines.ts";
import { leadSentenceItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { narrativeItems } from "../../src/ingest/layouts/narrative.ts";
import { sitesVisited } from "../../src/ingest/layouts/sentence-list.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { detectRegion } from "../../src/ingest/segment.ts";
import { classify } from "../../src/ingest/structure.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("the order of a project's history", () => {
  it("keeps steps of one kind, date and document in the order they were recorded", () => {
    const sources = [{ seed: "a.txt", kind: "results" as const }];
    const step = (line: number) => ({ kind: "results" as const, date: null, seed: "a.txt", line, status: "无数据" as const, figures: [], rate: null });
    const p = project("yulin/2023/01", "新建学校", [metric("学校", 5, "所", "actual", 100, "a.txt")], { history: [step(4), step(9)] });
    const r = report("yulin/2023", ["广西壮族自治区", "玉林市"], 2023, [p], sources);
    const history = completeHistory({ reports: [r] } as never).reports[0]!.projects[0]!.history!;
    expect(history.map((s) => s.line)).toEqual([4, 9]);
  });
});

describe("a file opening with UTF-8's byte-order mark", () => {
  it("is read as UTF-8 even where its bytes are not UTF-8", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...iconv.encode("玉林市2023年民生实事完成情况", "gbk")]);
    expect(decodeBytes(bytes).encoding).toBe("utf-8");
  });
});

describe("a table drawn one cell per line", () => {
  it("keeps each cell apart when its middle line is a long one (the cells' median width is short)", () => {
    const text = ["1", "2", "新建学校", "改造城区老旧道路和排水管网，", "全年完成投资", "12公里"].join("\n");
    expect(normalise(text).paragraphs.map((p) => p.span.text)).toEqual(["1", "2", "新建学校", "改造城区老旧道路和排水管网,", "全年完成投资", "12公里"]);
  });
});

describe("a table whose header names no column of figures", () => {
  it("reads each row's figures from its other long cell (备注), not from its number or its title", () => {
    const table = "| 序号 | 项目名称 | 备注 |\n| 1 | 新建学校 | 全年新建城区公办学校5所，新增学位2000个 |\n| 2 | 改造老旧小区 | 全年改造城镇老旧小区20个，惠及居民3000户 |";
    const structure = tableItems(blocksOf("桂林市2023年民生实事", table));
    expect(structure!.items.map((it) => it.passages.map((p) => p.span.text))).toEqual([["全年新建城区公办学校5所,新增学位2000个"], ["全年改造城镇老旧小区20个,惠及居民3000户"]]);
  });
});

describe("a table drawn one cell per line", () => {
  it("is none whose header, from 序号 on, names only two columns (序号 · 名称)", () => {
    const blocks = blocksOf("桂林市2023年民生实事", "民生实事", "序号", "名称", "1", "新建城区公办学校", "2", "改造城镇老旧小区", "3", "新建城市公园");
    expect(tableItems(blocks)).toBeNull();
  });
});

describe("the blocks of a table drawn one cell per line", () => {
  it("keeps a row's lone number apart after a long cell (项目内容) far down the table", () => {
    const long = "实施城镇老旧小区改造工程，全年改造城镇老旧小区20个，惠及居民3000户，同步完善小区供水、排水、供气、道路、照明等配套设施";
    const rows = [["1", "新建学校", "5所"], ["2", "改造道路", "12公里"], ["3", "新建公园", "3个"], ["4", "新增床位", "500张"], ["5", long], ["6", "新建图书馆", "2个"], ["7", "新建体育场", "1个"], ["8", "新建菜市场", "4个"]];
    const blocks = blocksOf("梧州市2023年民生实事完成情况", "序号", "项目名称", "完成情况", ...rows.flat());
    expect(blocks.slice(-9).map((b) => b.text)).toEqual(["6", "新建图书馆", "2个", "7", "新建体育场", "1个", "8", "新建菜市场", "4个"]);
  });
});

describe("numbered newspaper headlines", () => {
  it("pairs a headline by its figures, not by a year both it and a paragraph name (2023年)", () => {
    const blocks = blocksOf("梧州市2023年民生实事完成情况", "今年我市民生实事全部完成。", "1 新建学校5所", "全市新建学校5所。", "2023年，全市城镇新增就业3万人。", "2 2023年改造城区道路", "全年改造城区道路12公里，已全部完成。");
    expect(headlineItems(blocks).items.map((it) => it.passages.map((p) => p.span.text))).toEqual([
      ["1 新建学校5所", "全市新建学校5所。", "2023年,全市城镇新增就业3万人。"],
      ["2 2023年改造城区道路", "全年改造城区道路12公里,已全部完成。"],
    ]);
  });
});

describe("projects listed as figured 、-pieces of one sentence", () => {
  it("allows one piece of four without a figure (…、打造移动政务服务体系等)", () => {
    const blocks = blocksOf("钦州市2023年民生实事", "今年计划新建学校5所、改造城区道路12公里、新增养老床位500张、打造移动政务服务体系等。");
    expect(figuredPieceItems(blocks).map((s) => s.items.map((it) => it.title))).toEqual([["新建学校", "改造城区道路", "新增养老床位", "打造移动政务服务体系"]]);
  });
});

describe("tasks one per ；-clause after a sentence that announces them", () => {
  const read = (text: string) => exampleItems(blocksOf("北海市民生实事推进有力", text));
  it("are no projects where one clause is too short to name a work (新建学校)", () => {
    expect(read("今年以来，北海市将启动一批惠民工程。完成城区道路改造12公里；新建学校；实施老旧小区改造20个。")).toBeNull();
  });
  it("name a task by its whole clause where its first comma-piece is too short (新建学校，新增学位2000个)", () => {
    const structure = read("今年以来，北海市将启动一批惠民工程。完成城区道路改造12公里；新建学校，新增学位2000个；实施老旧小区改造20个。");
    expect(structure!.items.map((it) => it.title)).toEqual(["完成城区道路改造", "新建学校,新增学位", "实施老旧小区改造"]);
  });
});

describe("a feature story's list, one paragraph per project opening with its name", () => {
  it("gives the lead's text no role where no 完成情况 line follows it", () => {
    const blocks = blocksOf("百色市民生实事见闻", "城乡人居环境整治工程。完成农村无害化卫生厕所改造2.4万座。", "教育提质工程。新建城区公办学校5所，新增学位2000个。", "老旧小区改造工程。改造城镇老旧小区20个，惠及居民3000户。");
    expect(leadSentenceItems(blocks)!.items.map((it) => [it.title, it.passages.map((p) => p.role)])).toEqual([
      ["城乡人居环境整治工程", [null]],
      ["教育提质工程", [null]],
      ["老旧小区改造工程", [null]],
    ]);
  });
});

describe("works told in prose", () => {
  const read = (text: string) => narrativeItems(blocksOf("柳州市2023年民生实事完成情况", text)).items.map((it) => [it.title, it.passages.map((p) => p.span.text)]);
  it("names a sentence by its closing statement though a stray comma stands before its full stop (…供给，。)", () => {
    expect(read("今年全市新增托位800个，进一步扩大了普惠托育服务供给，。")).toEqual([["普惠托育服务", ["今年全市新增托位800个,进一步扩大了普惠托育服务供给,"]]]);
  });
  it("names the works after a statement in mid-sentence by it, leaving the works before it their own name", () => {
    expect(read("全市改造城镇老旧小区20个，扎实推进城市更新行动，新建城市公园3个。")).toEqual([
      ["改造城镇老旧小区", ["全市改造城镇老旧小区20个,扎实推进城市更新行动,"]],
      ["城市更新行动", ["新建城市公园3个。"]],
    ]);
  });
});

describe("the sites an inspection visits in turn", () => {
  it("are some of the programme's projects, not all of them (partial)", () => {
    const blocks = blocksOf("防城港市领导督导民生实事项目", "6月12日，市领导先后实地察看了港口区第二小学建设项目、防城区人民医院建设项目、东兴市口岸道路改造项目等民生实事项目。");
    const structure = sitesVisited(blocks);
    expect(structure!.items.map((it) => it.title)).toEqual(["港口区第二小学建设项目", "防城区人民医院建设项目", "东兴市口岸道路改造项目"]);
    expect(structure!.partial).toBe(true);
  });
});

describe("a numbered list the page cut short, its lede naming all the projects", () => {
  it("is not completed from the lede's names where its numbers do not run from 1 (the page opens at item 2)", () => {
    const text = [
      "记者从近日召开的贵港市两会上获悉，2022年贵港市政府工作报告提出的新建城区公办幼儿园、改造老旧小区、提升农村饮水安全、建设口袋公园、开展免费健康体检、增设公共停车泊位6件惠民实事，截至12月20日已全部完成。",
      "2.新建城区公办幼儿园",
      "目标任务：新建公办幼儿园8所。",
      "完成情况：建成公办幼儿园9所，新增学位2700个。",
      "3.改造老旧小区",
      "目标任务：改造老旧小区60个。",
      "完成情况：完成改造老旧小区63个。",
      "4.提升农村饮水安全",
      "目标任务：巩固提升农村供水工程40处。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.projects.map((p) => [p.no, p.title]))).toEqual([
      [
        [2, "新建城区公办幼儿园"],
        [3, "改造老旧小区"],
        [4, "提升农村饮水安全"],
      ],
    ]);
  });
});

describe("the year of a list", () => {
  it("is the one its nearest heading names (2023年…清单), not the one of a title further up (2022年…)", () => {
    const text = ["钦州市2022年为民办实事工程完成情况", "今年以来，全市上下齐心协力推进各项工作，取得明显成效。", "2023年民生实事项目清单", "1.新建学校5所。", "2.改造道路12公里。", "3.新建公园3个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.year)).toEqual([2023]);
  });
});

describe("the region of a text", () => {
  it("is the city it names, speaking from no level, though it names two townships of one of its districts (良渚街道 · 径山镇)", () => {
    const text = "2023年民生实事进展情况\n\n杭州市民生实事项目共10个。\n\n1.良渚街道新建养老服务中心1个,已完工。\n\n2.径山镇改造农村公路12公里,完成年度目标任务的80%。";
    expect(detectRegion(text, null)?.name).toBe("杭州市");
  });
  it("is none, for a text naming no region and speaking from no level, by a county's short name before a landmark (陆丰中学)", () => {
    const text = "2023年民生实事进展情况\n\n1.陆丰中学新建教学楼1栋,已完工。\n\n2.改造农村公路12公里,完成年度目标任务的80%。";
    expect(detectRegion(text, null)).toBeNull();
  });
});
