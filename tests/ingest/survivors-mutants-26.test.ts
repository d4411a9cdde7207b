// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 26). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { proposeCandidates } from "../../src/ingest/candidates.ts";
import { decodeBytes } from "../../src/ingest/encoding.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { headlineItems } from "../../src/ingest/layouts/headlines.ts";
import { figuredClauseItems } from "../../src/ingest/layouts/figured-pieces.ts";
import { aimSentenceItems, namedClauseItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { markerItems } from "../../src/ingest/layouts/markers.ts";
import { mergeReports } from "../../src/ingest/merge.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("project ids and report kinds in the converter", () => {
  it("puts qita- before the number of a project of no level where numbers repeat across parts of different levels", () => {
    const { archive } = convertTexts({ "a.txt": ["衢州市2023年民生实事完成情况", "一、就业民生实事", "1.促进就业。全市新增就业1.2万人。", "二、省重点民生实事", "1.新建幼儿园。新建幼儿园3所。"].join("\n\n") });
    expect(archive.reports.map((r) => r.projects.map((p) => [p.id, p.level]))).toEqual([
      [
        ["zhejiang/quzhou/2023/qita-01", null],
        ["zhejiang/quzhou/2023/sheng-01", "province"],
      ],
    ]);
  });

  it("reads a text published in the February after its year, that repeats its announcement but tells it done, as results", () => {
    const { archive } = convertTexts({ "a.txt": ["桂林市2024年民生实事", "发布时间：2025-02-10", "年初经人大代表票决确定的民生实事，计划新建学校5所，全面完成。", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。"].join("\n\n") });
    expect(archive.reports.map((r) => [r.id, r.sources.map((s) => [s.kind, s.published])])).toEqual([["guangxi/guilin/2024", [["results", "2025-02-10"]]]]);
  });

  it("takes no year from a publication date before 1949, and rejects a text that names none", () => {
    const { archive } = convertTexts({ "a.txt": ["遂宁市民生实事完成情况", "发布时间：1948-05-01", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。"].join("\n\n") });
    expect([archive.reports.length, archive.rejected.map((r) => r.reason)]).toEqual([0, ["a.txt:1: the year cannot be determined from the text or its file name: add front matter `year: <YYYY>`"]]);
  });
});

describe("the project count a one-list document states", () => {
  it("is the first count of its opening, though a 和 stands before it (城乡建设和民生实事共5件), not the one nearest the items read", () => {
    const { archive } = convertTexts({ "a.txt": ["衢州市民生实事完成情况", "2023年，我市城乡建设和民生实事共5件，另办好教育实事2件。", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。", "3.新建公园。新建公园2个。"].join("\n\n") });
    expect(archive.reports.map((r) => [r.id, r.projectCount, r.sources[0]!.check?.stated])).toEqual([["zhejiang/quzhou/2023", 5, 2]]);
  });
});

describe("the reading-check warning", () => {
  it("joins a count that disagrees and a numbering with gaps in one message, separated by a semicolon", () => {
    const { warnings } = convertTexts({ "a.txt": "衢州市2023年民生实事完成情况\n\n今年办好5项民生实事。\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n4.新建公园。全市新建公园5个。" });
    expect(warnings).toEqual([
      { rule: "reading-check", seed: "a.txt", line: 5, column: 1, message: "read 3 projects where the text states 5; the numbering has gaps (1,2,4) (layout marker:dot); check the original, or set front matter items:/count:/split:" },
    ]);
  });
});

describe("a merged project's timeline", () => {
  it("records one step per document, with no figures and no status until enrich completes them, the most final document first", () => {
    const plan = report("guangxi/guilin/2023", ["广西壮族自治区", "桂林市"], 2023, [project("guangxi/guilin/2023/01", "新建学校", [], { no: 1 })], [{ seed: "a.txt", kind: "plan" }]);
    const results = report("guangxi/guilin/2023", ["广西壮族自治区", "桂林市"], 2023, [project("guangxi/guilin/2023/01", "新建学校", [], { no: 1 })], [{ seed: "b.txt", kind: "results" }]);
    expect(mergeReports([plan, results])[0]!.projects.map((p) => p.history)).toEqual([
      [
        { kind: "results", date: null, seed: "b.txt", line: null, status: "无数据", figures: [], rate: null },
        { kind: "plan", date: null, seed: "a.txt", line: null, status: "无数据", figures: [], rate: null },
      ],
    ]);
  });
});

describe("tables of projects", () => {
  const read = (body: string) =>
    convertTexts({ "a.txt": `桂林市2023年民生实事完成情况\n\n${body}` }).archive.reports.map((r) => [r.sources[0]!.check?.layout, r.projects.map((p) => [p.title, p.metrics.map((m) => [m.value, m.unit, m.role, m.rate])])]);

  it("gives the unit of the project's target only to a bare number in the 完成情况 cell, not to a figure that writes its own (0.5万)", () => {
    expect(read("| 序号 | 项目名称 | 完成情况 |\n| 1 | 培训技能人员4000人 | 0.5万 |\n| 2 | 新建学校10所 | 12 |")).toEqual([
      [
        "table",
        [
          ["培训技能人员4000人", [[4000, "人", "target", null], [0.5, "万", "actual", null]]],
          ["新建学校10所", [[10, "所", "target", null], [12, "所", "actual", null]]],
        ],
      ],
    ]);
  });

  it("reads cells after a one-cell-per-line row as a sub-row only where the first names something in words, not where it opens on a digit (3号楼…)", () => {
    const cells = ["序号", "名称", "完成情况", "完成率", "1", "新建学校", "建成12所", "100%", "3号楼改造工程", "改造2栋", "100%", "2", "改造公路", "改造45公里", "112%"];
    expect(read(cells.join("\n\n"))).toEqual([
      [
        "table",
        [
          ["新建学校", [[12, "所", "actual", 100], [2, "栋", "actual", null]]],
          ["改造公路", [[45, "公里", "actual", 112]]],
        ],
      ],
    ]);
  });

  it("keeps the 年度目标 column as the target where no column of sub-projects stands in the table, though a 建设内容 column does", () => {
    expect(read("| 序号 | 项目名称 | 建设内容 | 年度目标 | 完成情况 |\n| 1 | 新建学校 | 新建教学楼3幢 | 10所 | 12所 |\n| 2 | 改造公路 | 拓宽路面8米 | 40公里 | 45公里 |")).toEqual([
      [
        "table",
        [
          ["新建学校", [[10, "所", "target", null], [12, "所", "actual", null]]],
          ["改造公路", [[40, "公里", "target", null], [45, "公里", "actual", null]]],
        ],
      ],
    ]);
  });
});

describe("rates stated with 分别", () => {
  it("pairs two rates with a count and a percentage before them where the sentence holds only one count", () => {
    expect(extractFigures("全市新建学校12所，义务教育入学率达到98%，分别完成年度目标任务的120%、101%。", "actual").map((f) => [f.value, f.unit, f.rate])).toEqual([
      [12, "所", 120],
      [98, "%", 101],
    ]);
  });
});

describe("UTF-16 told without a byte-order mark", () => {
  it("counts a low surrogate as ordinary only after a high one, so a file of é with three lone low surrogates is no UTF-16", () => {
    const units = [0xe9, 0xdc01, 0xe9, 0xdc02, 0xe9, 0xdc03, ...Array<number>(14).fill(0xe9)];
    const decoded = decodeBytes(new Uint8Array(units.flatMap((u) => [u & 0xff, u >> 8])));
    expect([decoded.encoding, decoded.invalidCount]).toEqual(["utf-8", 20]);
  });
});

describe("a line opening on a decimal among numbered items", () => {
  it("stays a paragraph (2.5万人…) where the item after it is numbered 2 again, not 3", () => {
    const blocks = blocksOf("遂宁市2023年民生实事完成情况", "1.新建学校。全市新建学校12所。", "2.5万人参加职业技能培训。", "2.改造老旧小区。全市改造老旧小区30个。");
    expect(blocks.map((b) => [b.type, b.type === "marker" ? b.numbers : null])).toEqual([
      ["headline", null],
      ["marker", [1]],
      ["body", null],
      ["marker", [2]],
    ]);
  });
});

describe("the region a headline names", () => {
  it("reads a headline that names two cities equally, neither named in the body, as the one of the lower division code", () => {
    const { archive } = convertTexts({ "a.txt": ["桂林市衢州市2023年民生实事完成情况", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。"].join("\n\n") });
    expect(archive.reports.map((r) => [r.id, r.region.code])).toEqual([["zhejiang/quzhou/2023", "3308"]]);
  });
});

describe("what stands before a list told in sentences", () => {
  it("keeps the title and the lede before a sentence of ；-clauses with figures as the list's preamble", () => {
    const structure = figuredClauseItems(blocksOf("遂宁市2023年民生实事完成情况", "今年全市民生实事进展顺利。", "全市新建学校5所；改造老旧小区20个；新建公园3个；新增停车位800个。"));
    expect([structure?.items.length, structure?.preamble.map((b) => b.text)]).toEqual([4, ["遂宁市2023年民生实事完成情况", "今年全市民生实事进展顺利。"]]);
  });

  it("opens no item on some of the works or a charge about them (其余项目 · 部分农村公路项目 · 要注重项目)", () => {
    const structure = namedClauseItems(blocksOf("遂宁市2023年民生实事进展", "安居工程，新建住房500套。供水工程，新铺管网20公里。其余项目，已开工12个。部分农村公路项目，受雨季影响进度偏慢。绿化工程，新建公园3个。要注重项目，质量安全。"));
    expect(structure?.items.map((it) => it.title)).toEqual(["安居工程", "供水工程", "绿化工程"]);
  });
  it("keeps the title and the lede before sentences that each open on a work's name (安居工程，…) as the list's preamble", () => {
    const structure = namedClauseItems(blocksOf("遂宁市2023年民生实事完成情况", "今年全市民生实事进展顺利。", "安居工程，新建住房500套。供水工程，新铺管网20公里。绿化工程，新建公园3个。"));
    expect([structure?.items.map((it) => it.title), structure?.preamble.map((b) => b.text)]).toEqual([
      ["安居工程", "供水工程", "绿化工程"],
      ["遂宁市2023年民生实事完成情况", "今年全市民生实事进展顺利。"],
    ]);
  });

  it("places the title of a sentence opening on its aim after the field it stands in (在城市建设方面，提升…)", () => {
    const structure = aimSentenceItems(blocksOf("遂宁市2023年民生实事完成情况", "在城市建设方面，提升城区防汛能力，实施排水管网改造工程。在教育方面，扩大优质学位供给，新建学校5所。在交通方面，改善群众出行条件，新建道路12公里。"));
    expect(structure?.items.map((it) => [it.title, it.titleSpan?.text])).toEqual([
      ["提升城区防汛能力", "提升城区防汛能力"],
      ["扩大优质学位供给", "扩大优质学位供给"],
      ["改善群众出行条件", "改善群众出行条件"],
    ]);
  });
});

describe("titles of items opened by marks", () => {
  it("names a short bullet with no sentence end by all of it, figures and commas included", () => {
    const blocks = blocksOf("遂宁市2023年民生实事项目", "●新建学校10所，改造操场5个", "●改造老旧小区20个，新建公园3个");
    expect(markerItems(blocks, "bullet").items.map((p) => p.title)).toEqual(["新建学校10所,改造操场", "改造老旧小区20个,新建公园"]);
  });

  it("names a part heading whose first sentence states no figure by the whole sentence, not its first clause", () => {
    const blocks = blocksOf("遂宁市2023年民生实事完成情况", "一、增加公交车辆，调整公共交通线路。全市新增公交车50辆。", "二、改善就医条件，方便群众看病。全市新建卫生院3所。");
    expect(markerItems(blocks, "part").items.map((p) => p.title)).toEqual(["增加公交车辆,调整公共交通线路", "改善就医条件,方便群众看病"]);
  });
});

describe("names a sentence lists between commas", () => {
  it("keeps a later name that joins two works with 、 (城区供水改造、供气改造) as one project, where the count agrees", () => {
    const { archive } = convertTexts({
      "a.txt": "射洪市人大会议票决出5个项目入选2023年市人民政府为民办实事项目。5个项目包括城东幼儿园建设项目,农村公路提升改造工程,城区河道治理工程,城区停车场建设项目,城区供水改造、供气改造,估算总投资2.6亿元。",
    });
    expect(archive.reports.map((r) => [r.projectCount, r.projects.map((p) => p.title)])).toEqual([[5, ["城东幼儿园建设项目", "农村公路提升改造工程", "城区河道治理工程", "城区停车场建设项目", "城区供水改造、供气改造"]]]);
  });
});

describe("a list that runs to where the page was cut", () => {
  it("takes a short heading without a comma after the last item (经验做法) as no cut: four items of ten are then far off", () => {
    const text = "2024年桂林市十件民生实事\n\n今年，我市确定了10件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。\n\n4.新建公厕20座。\n\n经验做法";
    expect(proposeCandidates(blocksOf(text), [10]).find((c) => c.layout === "marker:dot")?.evidence.count).toEqual(-1);
  });
});

describe("where a second list opens", () => {
  it("keeps a numbered item that names a year's count of works (2023年5项惠民工程…：) over short lines as an item of the list, not the opener of another", () => {
    const { archive } = convertTexts({
      "a.txt": ["遂宁市2023年民生实事完成情况", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。", "3.新建公园。新建公园3个。", "4.实施惠民工程。2023年5项惠民工程全部完工：", "新建村级卫生室3所", "改造农村公路10公里", "新建文化广场2个"].join("\n\n"),
    });
    expect(archive.reports.map((r) => [r.id, r.projects.map((p) => [p.title, p.metrics.map((m) => m.value)])])).toEqual([
      [
        "sichuan/suining/2023",
        [
          ["新建学校", [5]],
          ["改造老旧小区", [20]],
          ["新建公园", [3]],
          ["实施惠民工程", [5, 3, 10, 2]],
        ],
      ],
    ]);
  });
});

describe("numbered newspaper headlines", () => {
  it("pairs a headline with the paragraph that shares its figure, though the headline writes a space inside it (3.5 万人)", () => {
    const blocks = blocksOf("遂宁市2023年民生实事完成情况", "今年我市民生实事全部完成。", "新增就业人员持续增加。", "1 新增就业3.5 万人", "全年3.5万名劳动者走上岗位。", "2 新建学校5所", "全市新建学校5所。");
    expect(headlineItems(blocks).items.map((it) => [it.title, it.passages.map((p) => p.span.text)])).toEqual([
      ["新增就业", ["1 新增就业3.5 万人", "全年3.5万名劳动者走上岗位。"]],
      ["新建学校", ["2 新建学校5所", "全市新建学校5所。"]],
    ]);
  });
});
