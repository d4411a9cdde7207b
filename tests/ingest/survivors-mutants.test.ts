// Behaviours pinned where mutants of src/ingest/ survived the tests (issue 15, samples of seeds 24
// and 25). Each test was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { attachFindings } from "../../src/ingest/findings.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { echoedSentenceItems } from "../../src/ingest/layouts/echoed-sentences.ts";
import { exampleItems } from "../../src/ingest/layouts/examples.ts";
import { figuredClauseItems } from "../../src/ingest/layouts/figured-pieces.ts";
import { inlineListItems } from "../../src/ingest/layouts/inline-lists.ts";
import { leadSentenceItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { markerItems } from "../../src/ingest/layouts/markers.ts";
import { sentenceReadings } from "../../src/ingest/layouts/sentence-list.ts";
import { mergeReports } from "../../src/ingest/merge.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { cleanTitle, splitUnits } from "../../src/ingest/titles.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("the role of a figure", () => {
  it("reads a figure of a results sentence as done even where the sentence before it states the plan", () => {
    const figures = extractFigures("计划新建口袋公园3个。建成口袋公园5个。", "actual");
    expect(figures.map((f) => [f.value, f.role])).toEqual([
      [3, "target"],
      [5, "actual"],
    ]);
  });
});

describe("titles and units", () => {
  it("splits responsible units at 、 and drops the space written after the mark", () => {
    expect(splitUnits("市民政局、 市财政局")).toEqual(["市民政局", "市财政局"]);
  });

  it("takes a bracketed Chinese ordinal written with spaces inside the brackets off a title", () => {
    expect(cleanTitle("( 三 )新建社区食堂")).toBe("新建社区食堂");
  });
});

describe("a figure too long to be a number", () => {
  const TEXT = "酒泉市2024年民生实事完成情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园1234567890123456789012345678901234567890个。";

  it("is named in the warning by its first twenty and last ten characters where it is longer than forty", () => {
    const messages = convertTexts({ "a.txt": TEXT }).warnings.map((w) => w.message).filter((m) => m.includes("digits"));
    expect(messages).toEqual(['the figure "12345678901234567890…234567890个" has more than 15 digits and is not read as a number; check the original']);
  });
});

describe("items opened by marks", () => {
  it("names a group's items by what follows its cue 分别是, where words stand between the group's marks and the cue", () => {
    const blocks = blocksOf("张掖市2024年民生实事完成情况", "第一、第二项民生实事均已完成，分别是新建幼儿园、改造老旧小区。全市新建幼儿园3所，改造老旧小区12个。", "第三项实事，新增公共停车位800个，已完成。");
    expect(markerItems(blocks, "ordinal").items.map((p) => [p.no, p.title])).toEqual([
      [1, "新建幼儿园"],
      [2, "改造老旧小区"],
      [3, "新增公共停车位"],
    ]);
  });

  it("names a bullet that runs past forty characters with no sentence end by its first clause, a shorter one by all of it", () => {
    const blocks = blocksOf("白银市2025年民生实事项目", "●新建社区养老服务中心，配套建设老年食堂和日间照料设施，方便周边老年人就近用餐、休息和娱乐", "●改造城区背街小巷，同步更新雨污管网和路灯设施，改善周边居民出行条件和居住环境");
    expect(markerItems(blocks, "bullet").items.map((p) => p.title)).toEqual(["新建社区养老服务中心", "改造城区背街小巷,同步更新雨污管网和路灯设施,改善周边居民出行条件和居住环境"]);
  });
});

describe("where a list ends", () => {
  it("ends a list of two numbered projects at a paragraph that announces 下一步 measures, and reads the measures numbered after it as no projects", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "天水市2024年民生实事完成情况",
        "1.新建学校。全市新建学校12所，完成年度目标。",
        "2.改造老旧小区。全市改造老旧小区30个，惠及居民5000户。",
        "针对项目推进中存在的资金到位慢、部分项目开工晚等问题，下一步我们将重点抓好以下几方面工作：",
        "1.加强资金保障。足额落实配套资金。",
        "2.强化督导考核。定期通报项目进展。",
      ].join("\n\n"),
    });
    expect(archive.reports.map((r) => r.projects.map((p) => [p.no, p.title]))).toEqual([
      [
        [1, "新建学校"],
        [2, "改造老旧小区"],
      ],
    ]);
  });
});

describe("lists of several years", () => {
  it("takes a part heading of forty characters that names another year (二、2025年…) as opening that year's list", () => {
    const heading = "二、2025年全市计划实施的民生实事项目安排情况（经市人大代表大会代表票决产生）";
    expect(heading).toHaveLength(40);
    const { archive } = convertTexts({
      "a.txt": ["白山市民生实事项目情况", "一、2024年民生实事完成情况", "1.新建学校。全市新建学校12所。", "2.改造老旧小区。全市改造老旧小区30个。", heading, "1.新建公园。计划新建公园5个。", "2.新增停车位。计划新增停车位800个。"].join("\n\n"),
    });
    expect(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)])).toEqual([
      [2024, ["新建学校", "改造老旧小区"]],
      [2025, ["新建公园", "新增停车位"]],
    ]);
  });
});

describe("tables of projects", () => {
  it("reads what was done from the 完成情况 column even where the project column's name also speaks of progress (项目及进度)", () => {
    const { archive } = convertTexts({ "a.txt": "平凉市2024年民生实事进度表\n\n| 序号 | 项目及进度 | 完成情况 |\n| 1 | 新建学校 | 建成12所 |\n| 2 | 改造老旧小区 | 改造30个 |\n| 3 | 新建公园 | 建成5个 |" });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("table");
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => [m.value, m.unit, m.role])])).toEqual([
      ["新建学校", [[12, "所", "actual"]]],
      ["改造老旧小区", [[30, "个", "actual"]]],
      ["新建公园", [[5, "个", "actual"]]],
    ]);
  });
});

describe("a table written one cell a line", () => {
  it("takes a last row's project cell that runs past sixty characters as its project, with the cells after it", () => {
    const long = "实施城区老旧小区改造提升工程，对建成于2000年以前的老旧小区进行水电气暖管网更新和外墙保温改造及加装电梯，同步完善小区停车、充电、养老托育等配套服务设施";
    const { archive } = convertTexts({ "a.txt": ["武威市2024年民生实事完成情况表", "序号", "项目名称", "完成情况", "责任单位", "1", "新建学校", "建成12所", "市教育局", "2", long, "改造30个", "市住建局"].join("\n\n") });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("table");
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "新建学校", ["市教育局"]],
      [2, "实施城区老旧小区改造提升工程", ["市住建局"]],
    ]);
  });
});

describe("paragraphs led by a project's name", () => {
  it("gives each project the units its 责任单位 line names", () => {
    const blocks = blocksOf(
      "金昌市2024年民生实事进展",
      "城乡人居环境整治工程。完成农村无害化卫生厕所改造2400座，清理村庄垃圾3万吨。",
      "责任单位：市农业农村局、市住建局",
      "老旧小区改造工程。改造城镇老旧小区45个，惠及居民6000户。",
      "责任单位：市住建局",
      "校园安全提升工程。为中小学校配备安保人员300名，安装视频监控2000个。",
      "责任单位：市教育局",
    );
    expect(leadSentenceItems(blocks)?.items.map((p) => [p.title, p.responsible])).toEqual([
      ["城乡人居环境整治工程", ["市农业农村局", "市住建局"]],
      ["老旧小区改造工程", ["市住建局"]],
      ["校园安全提升工程", ["市教育局"]],
    ]);
  });
});

describe("works counted one ；-clause each", () => {
  it("keeps a list of eleven clauses two of which count nothing (one in five may not)", () => {
    const blocks = blocksOf(
      "嘉峪关市2024年民生实事完成情况",
      "全年新建城市书房5家；改造老旧小区12个；新增养老床位300张；新建口袋公园8个；改造农村公路40公里；新增公共停车位900个；新建社区食堂6家；新增公办学位1500个；为老年人免费体检2万人次；推进城乡供水一体化；完善城区路灯照明设施。",
    );
    expect(figuredClauseItems(blocks)?.items.map((it) => it.title)).toEqual(["新建城市书房", "改造老旧小区", "新增养老床位", "新建口袋公园", "改造农村公路", "新增公共停车位", "新建社区食堂", "新增公办学位", "为老年人免费体检", "推进城乡供水一体化", "完善城区路灯照明设施"]);
  });
  it("keeps a list of ten clauses two of which count nothing: exactly one in five (no floating-point slip: 10 × 0.2 is not under 2)", () => {
    const blocks = blocksOf(
      "嘉峪关市2024年民生实事完成情况",
      "全年新建城市书房5家；改造老旧小区12个；新增养老床位300张；新建口袋公园8个；改造农村公路40公里；新增公共停车位900个；新建社区食堂6家；为老年人免费体检2万人次；推进城乡供水一体化；完善城区路灯照明设施。",
    );
    expect(figuredClauseItems(blocks)?.items).toHaveLength(10);
  });
});

describe("a table written one cell a line, with a long cell", () => {
  it("reads on past a project cell longer than sixty characters to the rows after it", () => {
    const long = "实施城区老旧小区改造提升工程，对建成于2000年以前的老旧小区进行水电气暖管网更新和外墙保温改造及加装电梯，同步完善小区停车、充电、养老托育等配套服务设施";
    const text = ["武威市2024年民生实事完成情况表", "序号", "项目名称", "完成情况", "责任单位", "1", long, "改造30个", "市住建局", "2", "新建学校", "建成12所", "市教育局", "3", "新建公园", "建成5个", "市城管局"].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("table");
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "实施城区老旧小区改造提升工程", ["市住建局"]],
      [2, "新建学校", ["市教育局"]],
      [3, "新建公园", ["市城管局"]],
    ]);
  });
});

describe("merging a report that already holds several documents", () => {
  it("ranks it by its most final document: one that holds a results notice leads over a progress report", () => {
    const merged = report("gansu/2023", ["甘肃省"], 2023, [project("gansu/2023/01", "结果里的标题", [], { no: 1 })], [
      { seed: "b.txt", kind: "plan" },
      { seed: "c.txt", kind: "results" },
    ]);
    const progress = report("gansu/2023", ["甘肃省"], 2023, [project("gansu/2023/01", "进展里的标题", [], { no: 1 })], [{ seed: "a.txt", kind: "progress" }]);
    for (const order of [[merged, progress], [progress, merged]]) expect(mergeReports(order)[0]!.projects.map((p) => p.title)).toEqual(["结果里的标题"]);
  });
});

describe("a sentence that names its projects", () => {
  it("reads the figure of a name that opens the paragraph as that project's target, as it does the others'", () => {
    const blocks = blocksOf("张掖市2024年民生实事完成情况", "新建乡镇卫生院3所、改造老旧小区12个、新增停车位800个、新建城市公园5个等4项民生实事已全部完成。");
    const named = sentenceReadings(blocks).find((s) => s !== null)!;
    expect(named.items.map((it) => [it.title, it.titleSpan?.text, it.passages.map((p) => [p.span.text, p.role])])).toEqual([
      ["新建乡镇卫生院", "新建乡镇卫生院3所", [["新建乡镇卫生院3所", "target"]]],
      ["改造老旧小区", "改造老旧小区12个", [["改造老旧小区12个", "target"]]],
      ["新增停车位", "新增停车位800个", [["新增停车位800个", "target"]]],
      ["新建城市公园", "新建城市公园5个", [["新建城市公园5个", "target"]]],
    ]);
  });
});

describe("lists written inline (一是…二是…)", () => {
  it("takes a lone 一是 inside a later paragraph's prose for no item: it neither opens its paragraph nor carries on the list before", () => {
    const blocks = blocksOf("临夏州2024年民生实事完成情况", "今年全州民生实事进展顺利，一是新建学校12所，二是改造老旧小区30个，三是新建公园5个。", "下一阶段，全州将继续抓好各项工作，一是加大资金投入力度。");
    expect(inlineListItems(blocks).map((s) => s.items.map((it) => [it.no, it.title]))).toEqual([
      [
        [1, "新建学校"],
        [2, "改造老旧小区"],
        [3, "新建公园"],
      ],
    ]);
  });
});

describe("examples a sentence gives of its programme", () => {
  it("splits a ；-clause of two tasks each with its figure into both, even where the first opens on 已", () => {
    const blocks = blocksOf("2024年，黔东南州民生实事全部完成，主要包括：已完成农村危房改造200户、完成农户厕所改造350户；新建城区公办幼儿园6所；改造老旧小区40个。");
    expect(exampleItems(blocks)?.items.map((it) => it.title)).toEqual(["已完成农村危房改造", "完成农户厕所改造", "新建城区公办幼儿园", "改造老旧小区"]);
  });
});

describe("a list flattened into one paragraph, each project echoed", () => {
  it("takes a sentence that repeats only the figure of the project before it (10条 … 10条) as telling that project", () => {
    const blocks = blocksOf("安康市2024年民生实事完成情况", "打通10条城区道路。华星路等10条全部贯通，累计投资3亿元。新建15家便民市场。全市15家已开门营业，摊位1200个。改造645个老旧小区。惠及居民2万户，645个全部完工。新增800个公共停车位。800个泊位均已施划，投入使用。");
    expect(echoedSentenceItems(blocks)?.items.map((it) => [it.title, it.passages[0]!.span.text])).toEqual([
      ["打通10条城区道路", "华星路等10条全部贯通,累计投资3亿元。"],
      ["新建15家便民市场", "全市15家已开门营业,摊位1200个。"],
      ["改造645个老旧小区", "惠及居民2万户,645个全部完工。"],
      ["新增800个公共停车位", "800个泊位均已施划,投入使用。"],
    ]);
  });
});

describe("warnings of a report merged from two documents", () => {
  it("gives a project a warning only where its figure stands on the warning's line of the same document", () => {
    const onLine3 = (seed: string) => ({ ...metric("新建书房", 5, "家", "actual", null, seed), source: { seed, start: 0, end: 4, line: 3 } });
    const merged = report("gansu/2023", ["甘肃省"], 2023, [project("gansu/2023/01", "新建城市书房", [onLine3("b.txt")])], [
      { seed: "a.txt", kind: "plan" },
      { seed: "b.txt", kind: "results" },
    ]);
    const [attached] = attachFindings({ reports: [merged], rejected: [] }, [{ seed: "a.txt", line: 3, column: 1, message: "一处存疑" }]).reports;
    expect(attached!.projects[0]!.findings).toEqual([]);
    expect(attached!.findings!.map((f) => [f.seed, f.line, f.message])).toEqual([["a.txt", 3, "转换器提示：一处存疑"]]);
  });
});

describe("the region a text speaks for", () => {
  it("takes the governments of two districts a city's text names (城关区政府、七里河区政府) for units under it, not for the speaker", () => {
    const { archive } = convertTexts({ "a.txt": "2024年民生实事完成情况\n\n今年全市民生实事进展顺利。城关区政府、七里河区政府分别承办社区食堂项目。\n\n1.新建社区食堂20个。\n\n2.改造老旧小区30个。\n\n3.新建公园5个。" });
    expect(archive.reports.map((r) => r.region.path)).toEqual([["甘肃省", "兰州市"]]);
  });
});

describe("names a group's cue introduces", () => {
  it("leaves the cue's colon off the first name (第一、第二项实事，分别是：新建幼儿园、改造老旧小区)", () => {
    const text = "张掖市2024年民生实事完成情况\n\n第一、第二项实事，分别是：新建幼儿园、改造老旧小区。全市新建幼儿园3所，改造老旧小区12个。\n\n第三项实事，新增公共停车位800个，已完成。\n\n第四项实事，改造农村公路60公里，已完成。";
    expect(convertTexts({ "a.txt": text }).archive.reports[0]!.projects.map((p) => p.title)).toEqual(["新建幼儿园", "改造老旧小区", "新增公共停车位", "改造农村公路"]);
  });
});

describe("a list's closing section", () => {
  it("ends the list at a short line that introduces next steps with a colon (针对存在的不足，下一步将重点抓好以下工作：), however it is classed", () => {
    const text = "天水市2024年民生实事完成情况\n\n1.新建学校。全市新建学校12所，完成年度目标。\n\n2.改造老旧小区。全市改造老旧小区30个，惠及居民5000户。\n\n针对存在的不足，下一步将重点抓好以下工作：\n\n1.加强资金保障。足额落实配套资金。\n\n2.强化督导考核。定期通报项目进展。";
    expect(convertTexts({ "a.txt": text }).archive.reports[0]!.projects.map((p) => p.title)).toEqual(["新建学校", "改造老旧小区"]);
  });
});
