// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 33). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/ingest/decode.ts";
import { completeHistory } from "../../src/ingest/history.ts";
import { echoedSentenceItems } from "../../src/ingest/layouts/echoed-sentences.ts";
import { headlineItems } from "../../src/ingest/layouts/headlines.ts";
import { inlineListItems } from "../../src/ingest/layouts/inline-lists.ts";
import { labelPairItems } from "../../src/ingest/layouts/label-pairs.ts";
import { leadSentenceItems, namedClauseItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { lineItems } from "../../src/ingest/layouts/lines.ts";
import { markerItems } from "../../src/ingest/layouts/markers.ts";
import { sentenceItems } from "../../src/ingest/layouts/sentence-list.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { linkParents } from "../../src/ingest/links.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { regionByName } from "../../src/ingest/regions.ts";
import { classify } from "../../src/ingest/structure.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { metric, project, projectOf, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("the order of a project's history", () => {
  it("puts steps of one kind and date in the order of their documents' names", () => {
    const sources = [{ seed: "a.txt", kind: "results" as const }, { seed: "b.txt", kind: "results" as const }];
    const step = (seed: string) => ({ kind: "results" as const, date: null, seed, line: 1, status: "无数据" as const, figures: [], rate: null });
    const p = project("yulin/2023/01", "新建学校", [metric("学校", 5, "所", "actual", 100, "a.txt")], { history: [step("b.txt"), step("a.txt")] });
    const r = report("yulin/2023", ["广西壮族自治区", "玉林市"], 2023, [p], sources);
    const history = completeHistory({ reports: [r] } as never).reports[0]!.projects[0]!.history!;
    expect(history.map((s) => s.seed)).toEqual(["a.txt", "b.txt"]);
  });
});

describe("the front matter's publisher", () => {
  it("is read as written", () => {
    const text = "---\npublisher: 玉林市人民政府办公室\n---\n正文。";
    expect(decodeDocument({ name: "x.txt", bytes: new TextEncoder().encode(text) }).frontMatter).toEqual({ publisher: "玉林市人民政府办公室" });
  });
});

describe("a region named by its short name", () => {
  it("is found where its full name goes on with the peoples of an autonomous prefecture (湘西 → 湘西土家族苗族自治州)", () => {
    expect(regionByName("湘西")?.name).toBe("湘西土家族苗族自治州");
  });
});

describe("the preamble of a list", () => {
  const opening = "为切实办好群众关心关注的民生实事，柳州市人民政府经过广泛征求意见，确定了今年的民生实事项目，现将全年进展情况通报如下。";
  const closing = "下一步，各责任单位要进一步压实责任，加快推进项目建设，确保按时保质完成全年目标任务，让群众有更多获得感。";
  it("is what stands before the first target label, not the whole text (labelled pairs)", () => {
    const blocks = blocksOf(opening, "任务目标:新扩建50所公办幼儿园。", "进展情况:已完成48所。", "任务目标:改造老旧小区30个。", "进展情况:已完成30个。", "任务目标:新增公共停车位2000个。", "进展情况:已完成2100个。", closing);
    expect(labelPairItems(blocks)!.preamble).toEqual(blocks.slice(0, 1));
  });
  it("is what stands before the first line, not the whole text (one line per project)", () => {
    const blocks = blocksOf(opening, "建设口袋公园100个", "加装农村公路安全护栏400公里", "新增公办学位5000个", "改造城镇老旧小区30个", closing);
    expect(lineItems(blocks)!.preamble).toEqual(blocks.slice(0, 1));
  });
});

describe("a list told inline that a status opens", () => {
  it("is no partial list where only its first paragraph opens with the status (实施进度较慢的项目，一是…)", () => {
    const blocks = blocksOf("实施进度较慢的项目，一是新建城区公办学校。二是改造城镇老旧小区。", "三是新增公共停车位。四是建设城市口袋公园。");
    const [run] = inlineListItems(blocks);
    expect(run!.items).toHaveLength(4);
    expect(run!.partial).toBeUndefined();
  });
});

describe("prose that names one project per sentence", () => {
  it("names no unit responsible for a project it does not say who carries out", () => {
    const structure = namedClauseItems(blocksOf("钦州市2023年民生实事完成情况", "今年全市民生实事进展顺利。", "安居工程，新建住房600套。供水工程，新铺管网25公里。绿化工程，新建公园4个。"));
    expect(structure!.items.map((it) => it.responsible)).toEqual([[], [], []]);
  });
});

describe("a list flattened into one paragraph, each project echoed", () => {
  it("reads a short sentence without a figure but with a comma (工程质量良好，群众满意。) as telling the project before it, not as a name", () => {
    const blocks = blocksOf("汉中市2024年民生实事完成情况", "打通12条城区道路。华星路等12条全部贯通，累计投资3亿元。工程质量良好，群众满意。新建16家便民市场。全市16家已开门营业，摊位1300个。改造620个老旧小区。惠及居民2万户，620个全部完工。新增900个公共停车位。900个泊位均已施划，投入使用。");
    expect(echoedSentenceItems(blocks)?.items.map((it) => it.title)).toEqual(["打通12条城区道路", "新建16家便民市场", "改造620个老旧小区", "新增900个公共停车位"]);
  });
});

describe("runs of names each as many as its count", () => {
  it("name only some of the programme's projects (the runs are the slow ones, the rest go untold)", () => {
    const met = sentenceItems(blocksOf("截至10月底,省实事8件12项中有7项提前完成;进度偏慢的2项分别是：农村供水提升、背街小巷整治。\n\n市实事10件15项中,进展偏慢的3项分别是：城区停车场建设、口袋公园建设、公共厕所建设。"))!;
    expect(met.items).toHaveLength(5);
    expect(met.partial).toBe(true);
  });
});

describe("a heading whose first sentence states no figure", () => {
  it("is named by the whole sentence up to forty characters long", () => {
    const sentence = "增加公交车辆，调整公共交通线路，提高服务质量，方便城乡群众出行，改善城乡乘车环境";
    const blocks = blocksOf("咸阳市2023年民生实事完成情况", `一、${sentence}。全市新增公交车50辆。`, "二、改善就医条件，方便群众看病。全市新建卫生院3所。");
    expect(sentence).toHaveLength(40);
    expect(markerItems(blocks, "part").items.map((p) => p.title)).toEqual([sentence.replaceAll("，", ","), "改善就医条件,方便群众看病"]);
  });
});

describe("a table whose leading cells are merged with the rows above", () => {
  it("shifts a short row into place only where it opens on a bare number, not on a figure that ends in one", () => {
    const table = "| 大类 | 序号 | 工作任务 | 完成情况 |\n| 教育 | 1 | 新建城区公办学校 | 已完成 |\n| 2 | 改造城镇老旧小区 | 已完成 |\n| 新增公办学位3000 | 已完成 |";
    const structure = tableItems(blocksOf("钦州市2023年民生实事完成情况", table));
    expect(structure!.items.map((it) => it.title)).toEqual(["新建城区公办学校", "改造城镇老旧小区"]);
  });
});

describe("a project of a city's list linked to its province's", () => {
  it("is compared by its title alone where the province's project states no figure", () => {
    const province = report("guangxi/2024", ["广西壮族自治区"], 2024, [project("guangxi/2024/01", "改造农村户厕", [])]);
    const city = report("guangxi/qinzhou/2024", ["广西壮族自治区", "钦州市"], 2024, [project("guangxi/qinzhou/2024/01", "改造农村户厕", [metric("改造农村户厕", 1, "万户", "actual")])]);
    const linked = linkParents({ reports: [province, city], rejected: [] });
    expect(projectOf(linked, "guangxi/qinzhou/2024/01").parent).toBe("guangxi/2024/01");
  });
});

describe("projects each led by its name", () => {
  it("take no one-sentence paragraph without a colon (各项工作稳步推进。) for a name whose text is the next paragraph", () => {
    const blocks = blocksOf(
      "梧州市2023年民生实事完成情况",
      "新建城区公办学校：全年新建学校5所，新增学位3000个。",
      "改造城镇老旧小区：全年改造小区30个，惠及居民5000户。",
      "新增公共停车位：全年新增停车位2000个。",
      "各项工作稳步推进。",
      "全年完成投资12亿元。",
    );
    expect(leadSentenceItems(blocks)!.items.map((it) => it.title)).toEqual(["新建城区公办学校", "改造城镇老旧小区", "新增公共停车位"]);
  });
});

describe("a text that lists the projects of several districts under their names", () => {
  it("is read district by district even where its title names the municipality (上海市各区…), which heads no part", () => {
    const text = ["上海市各区2023年民生实事完成情况", "黄浦区", "1.新建城区公办学校5所。", "2.改造城镇老旧小区30个。", "3.新增公共停车位2000个。", "徐汇区", "1.新建社区食堂10个。", "2.改造农贸市场5个。", "3.新建口袋公园8个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => [r.id, r.projects.length])).toEqual([["shanghai/huangpu/2023", 3], ["shanghai/xuhui/2023", 3]]);
  });
});

describe("a line that opens on a name and a colon (养老服务：…)", () => {
  it("opens a paragraph of its own after a line that ends short of the column (not cut mid-word)", () => {
    const text = ["钦州市2023年民生实事进展情况", "", "全市民生实事进展顺利，各项目均按计划有序推进，群众满意度较高，具体", "情况如下，教育项目建设进展顺利，新建学校", "养老服务：新增养老床位500张，完成年度计划。"].join("\n");
    expect(normalise(text).paragraphs.map((p) => p.span.text).at(-1)).toBe("养老服务:新增养老床位500张,完成年度计划。");
  });
});

describe("今年 in a page that states when it was published", () => {
  it("is the year of publication, not the year of the page's list: the next year's programme it counts is a report of its own", () => {
    const text = ["贵港市2023年10件民生实事全部完成", "", "发布时间：2024-01-20", "", "2023年，我市10件民生实事全部完成。", "", "1.新建城区公办学校5所，已全部完成。", "", "2.改造城镇老旧小区30个，已全部完成。", "", "3.新增公共停车位2000个，已全部完成。", "", "今年，我市将继续办好12件民生实事。今年，我市还将新建公办学校6所。"].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => [r.id, r.sources[0]!.kind])).toEqual([["guangxi/guigang/2023", "results"], ["guangxi/guigang/2024", "plan"]]);
  });
});

describe("a list that a closing section follows", () => {
  it("ends at the heading of that section (下一步工作打算), though the section numbers its measures as the list numbers its projects", () => {
    const text = ["百色市2023年民生实事完成情况", "1.新建城区公办学校5所，已全部完成。", "2.改造城镇老旧小区30个，已全部完成。", "3.新增公共停车位2000个，已全部完成。", "下一步工作打算", "1.加快建设城区学校3所。", "2.新建口袋公园8个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.projects.map((p) => p.title))).toEqual([["新建城区公办学校", "改造城镇老旧小区", "新增公共停车位"]]);
  });
});

describe("a newspaper's numbered headline", () => {
  it("is paired with the paragraph beside it that repeats its figure, even a figure that starts like a year (20000人)", () => {
    const blocks = blocksOf("百色市2023年民生实事完成情况", "今年以来，全市民生实事进展顺利，群众满意度不断提升。", "全年新增城镇就业20000人，发放创业担保贷款3亿元，开展职业技能培训8000人次。", "1 新增城镇就业20000人", "新增城镇就业人数持续增加。", "2 改造老旧小区35个", "全年改造老旧小区35个，惠及居民6000户。");
    expect(headlineItems(blocks).items[0]!.passages.map((p) => p.span.text)).toEqual(["1 新增城镇就业20000人", "全年新增城镇就业20000人,发放创业担保贷款3亿元,开展职业技能培训8000人次。"]);
  });
});
