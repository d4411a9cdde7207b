// What the converter says about a document it reads with doubts (src/ingest/convert.ts): each
// warning names the file, the line to open and what to check or set.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";

const TITLE = "南阳市2023年民生实事完成情况\n\n";
const warnings = (text: string) => convertTexts({ "a.txt": text }).warnings;

describe("warnings about the list as read", () => {
  it("warns at the list's first line that its numbering has gaps, listing the numbers", () => {
    expect(warnings(`${TITLE}1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n4.新建公园。全市新建公园5个。`)).toEqual([
      { rule: "reading-check", seed: "a.txt", line: 3, column: 1, message: "the numbering has gaps (1,2,4) (layout marker:dot); check the original, or set front matter items:/count:/split:" },
    ]);
  });
  it("warns where fewer projects are read than the text states", () => {
    expect(warnings(`${TITLE}今年办好5项民生实事。\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园5个。`)).toEqual([
      { rule: "reading-check", seed: "a.txt", line: 5, column: 1, message: "read 3 projects where the text states 5 (layout marker:dot); check the original, or set front matter items:/count:/split:" },
    ]);
  });
  it("keeps a text that speaks of its programme but lists no project, as a report without projects, and says so", () => {
    const run = convertTexts({ "a.txt": "南阳市2023年民生实事\n\n今年将办好10件民生实事，具体内容另行公布。" });
    expect(run.archive.reports.map((r) => r.projects.length)).toEqual([0]);
    expect(run.warnings).toEqual([{ rule: "reading-check", seed: "a.txt", line: 1, column: 1, message: "the text speaks of its programme but lists no project: kept as a report without projects" }]);
  });
});

describe("warnings about figures", () => {
  it("warns where rates stated with 分别 find no figures to pair with", () => {
    expect(warnings(`${TITLE}1.新建学校。分别完成年度目标任务的120%、130%。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园5个。`)).toEqual([
      { seed: "a.txt", line: 3, column: 1, message: "rates stated with 分别 could not be paired with figures in \"新建学校。分别完成年度目标任务的120%、130%。…\"" },
    ]);
  });
  it("gives no warning for a list whose count, numbering and figures agree", () => {
    expect(warnings(`${TITLE}今年办好3项民生实事。\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园5个。`)).toEqual([]);
  });
});

describe("documents rejected with the reason and the field that fixes it", () => {
  it.each([
    ["南阳市天气预报\n\n明天晴。", "a.txt:1: not a livelihood-projects report: it never speaks of 民生/实事 (set front matter or remove the file)"],
    ["2023年民生实事完成情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。", "a.txt:1: the region cannot be determined from the text or its file name: add front matter `region: <full name>`"],
    ["南阳市民生实事完成情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。", "a.txt:1: the year cannot be determined from the text or its file name: add front matter `year: <YYYY>`"],
  ])("rejects %j", (text, reason) => {
    expect(convertTexts({ "a.txt": text }).archive.rejected).toEqual([{ seed: "a.txt", reason, line: 1 }]);
  });
});

describe("a text that names no region, filed under one", () => {
  const text = "2025年我市民生实事进展情况\n\n1.建设学校。全市建成学校12所。\n2.改造老旧小区。全市改造老旧小区30个。";
  it.each([
    ["taicang_2025.txt", "pinyin of its short name"],
    ["taicangshi-progress.txt", "pinyin of its full name"],
    ["太仓市民生实事.txt", "its name in characters"],
  ])("takes the region %s gives (%s), and says so at line 1", (name) => {
    const run = convertTexts({ [name]: text });
    expect(run.archive.reports.map((r) => r.region.path.join("/"))).toEqual(["江苏省/苏州市/太仓市"]);
    expect(run.warnings).toContainEqual({ seed: name, line: 1, column: 1, message: "the text names no region: 太仓市 is read from the file name; check the original, or set front matter region:" });
  });
  it.each([
    ["chaoyangqu_2025.txt", text.replaceAll("市", "区"), "a name several regions bear (朝阳区 of Beijing and of Changchun)"],
    ["taicang_2025.txt", text.replaceAll("市", "县"), "a city's name where the text speaks as a county (全县)"],
    ["plan_2025.txt", text, "no region's name"],
  ])("rejects %s (%s)", (name, body) => {
    expect(convertTexts({ [name]: body }).archive.rejected.map((r) => r.reason)).toEqual([`${name}:1: the region cannot be determined from the text or its file name: add front matter \`region: <full name>\``]);
  });
  it("never lets the file's name outvote a region the text names", () => {
    const run = convertTexts({ "taicang_2025.txt": text.replace("我市", "昆山市") });
    expect(run.archive.reports.map((r) => r.region.name)).toEqual(["昆山市"]);
  });
});

describe("a township's own programme, filed under its county", () => {
  const body = "\n\n发布时间：2025-02-18　来源：今日吴江\n\n2月17日，吴江区震泽镇人大代表票决产生3项2025年度镇级民生实事项目。\n\n1.新建农贸市场1个。\n2.改造老旧小区2个。\n3.新增停车泊位300个。";
  it("says that the headline names a township of the county the report is filed under", () => {
    const said = warnings(`震泽镇票决产生2025年三项民生实事项目${body}`).map((w) => w.message);
    expect(said.filter((m) => m.includes("震泽镇, a township of 吴江区"))).toHaveLength(1);
  });
  it("says nothing where the headline names the county too, or no township", () => {
    expect(warnings(`吴江区震泽镇票决产生2025年三项民生实事项目${body}`).map((w) => w.message).filter((m) => m.includes("a township of"))).toEqual([]);
    expect(warnings(`吴江区票决产生2025年三项民生实事项目${body}`).map((w) => w.message).filter((m) => m.includes("a township of"))).toEqual([]);
  });
});

describe("a text that names no year, filed under one", () => {
  const text = "衢州市民生实事进展情况\n\n今年以来，各项工作有序推进。\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。";
  it("takes the year its file's name gives, and says so at line 1", () => {
    const run = convertTexts({ "quzhou_2021_progress.txt": text });
    expect(run.archive.reports.map((r) => r.id)).toEqual(["zhejiang/quzhou/2021"]);
    expect(run.warnings).toContainEqual({ seed: "quzhou_2021_progress.txt", line: 1, column: 1, message: "the text names no year: 2021 is read from the file name; check the original, or set front matter year:" });
     // …and the report says so where its reader sees it: a finding on its page and in the review queue.
    expect(run.archive.reports[0]!.findings).toContainEqual({ code: "warning", severity: 1, seed: "quzhou_2021_progress.txt", line: 1, message: "转换器提示：the text names no year: 2021 is read from the file name; check the original, or set front matter year:", fix: [] });
  });
  it.each([
    ["quzhou_2020-2021.txt", "two years"],
    ["005_8c2021ab.txt", "digits inside a hash"],
    ["quzhou_120211.txt", "digits inside a longer number"],
  ])("does not take a year from %s (%s)", (name) => {
    expect(convertTexts({ [name]: text }).archive.rejected.map((r) => r.reason)).toEqual([`${name}:1: the year cannot be determined from the text or its file name: add front matter \`year: <YYYY>\``]);
  });
  it("never lets the file's name outvote a year the text writes", () => {
    const run = convertTexts({ "quzhou_2021.txt": text.replace("今年以来", "2022年以来") });
    expect(run.archive.reports.map((r) => r.year)).toEqual([2022]);
    expect(run.warnings.map((w) => w.message).join("\n")).not.toContain("file name");
  });
});

describe("a text that never names the programme", () => {
  it("is kept when it lists projects with figures (1.…2.…3.…4.…)", () => {
    const run = convertTexts({ "a.txt": "南阳市2023年保障和改善民生工作情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园5个。\n4.改造公路。改造公路40公里。" });
    expect(run.archive.rejected).toEqual([]);
    expect(run.archive.reports.map((r) => [r.id, r.projects.length])).toEqual([["henan/nanyang/2023", 4]]);
  });
  it("is rejected when fewer than three of its listed projects carry figures", () => {
    expect(convertTexts({ "a.txt": "信阳市2023年保障和改善民生工作情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。\n3.新建公园。\n4.改造公路。" }).archive.rejected.map((r) => r.reason)).toEqual([
      "a.txt:1: not a livelihood-projects report: it never names a programme (民生实事, 为民办实事 …), states no project count and lists no projects with figures",
    ]);
  });
  it("is rejected when it only tells of figures in prose", () => {
    expect(convertTexts({ "a.txt": "南阳市2023年保障和改善民生工作情况\n\n今年以来，全市新建学校12所，改造老旧小区30个，新建公园5个。" }).archive.rejected.map((r) => r.reason)).toEqual([
      "a.txt:1: not a livelihood-projects report: it never names a programme (民生实事, 为民办实事 …), states no project count and lists no projects with figures",
    ]);
  });
});

describe("a text filed under the one place its file's name spells", () => {
  it("takes that place though the text speaks as the city it was before it became a district, under the name it then had (我市 in 即墨's 2015 list: 即墨市, 即墨区 now)", () => {
    const text = "2015年即墨十大民生实事定了\n\n今天上午，市人大会议票决出我市2015年十大民生实事项目。\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新增停车泊位。新增公共停车泊位2000个。";
    const run = convertTexts({ "jimo_2015_plan.txt": text });
    expect(run.archive.rejected).toEqual([]);
    expect(run.archive.reports.map((r) => [r.region.name, r.region.code])).toEqual([["即墨市", "370215"]]);
  });
});
