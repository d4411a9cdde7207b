// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 28). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { proposeCandidates } from "../../src/ingest/candidates.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { exampleItems } from "../../src/ingest/layouts/examples.ts";
import { aimSentenceItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { lineItems } from "../../src/ingest/layouts/lines.ts";
import { narrativeItems } from "../../src/ingest/layouts/narrative.ts";
import { namesInPassing, sentenceItems } from "../../src/ingest/layouts/sentence-list.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { mergeReports } from "../../src/ingest/merge.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { dominantYear } from "../../src/ingest/segment.ts";
import { classify } from "../../src/ingest/structure.ts";
import { cleanTitle } from "../../src/ingest/titles.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);
const paragraphsOf = (lines: string[]) => normalise(lines.join("\n")).paragraphs.map((p) => p.span.text);
const regionOf = (text: string) => {
  const { archive } = convertTexts({ "a.txt": text });
  return [archive.reports.map((r) => [r.id, r.region.name]), archive.rejected.map((r) => r.reason)];
};

describe("front matter", () => {
  it("keeps the source_url an archivist gives on the document's source", () => {
    const { archive } = convertTexts({ "a.txt": "---\nsource_url: https://www.example.gov.cn/2023/1.html\n---\n衢州市2023年民生实事完成情况\n\n1.新建学校。新建学校5所。\n\n2.改造老旧小区。改造老旧小区20个。" });
    expect(archive.reports.map((r) => r.sources.map((s) => s.source_url))).toEqual([["https://www.example.gov.cn/2023/1.html"]]);
  });

  it("ignores a split line past the end of the text: the lists before and after the real one are both read", () => {
    const body = ["桂林市民生实事", "2023年民生实事全部完成：", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。", "2024年将办好以下民生实事：", "1.新建医院。新建医院2所。", "2.改造道路。改造道路12公里。"].join("\n");
    const { archive } = convertTexts({ "a.txt": `---\nsplit: [8, 40]\n---\n${body}` });
    expect(archive.reports.map((r) => [r.id, r.sources[0]!.kind, r.projects.map((p) => p.title)])).toEqual([
      ["guangxi/guilin/2023", "results", ["新建学校", "改造老旧小区"]],
      ["guangxi/guilin/2024", "plan", ["新建医院", "改造道路"]],
    ]);
  });
});

describe("the year a text is of", () => {
  it("counts a year that only names a government work report where the text names another year (2024年政府工作报告 twice, 2023年 once → 2023)", () => {
    expect(dominantYear("2024年政府工作报告回顾：2023年新建学校5所。2024年政府工作报告提出，今年将继续办好民生实事。", null)).toBe(2023);
  });
});

describe("the region a text speaks for", () => {
  it("reads a city's short name that goes on as a county's three-character short name (黄石港公安分局) as that county", () => {
    expect(regionOf(["黄石港2023年民生实事完成情况", "今年全区民生实事全部完成。黄石港公安分局新增巡逻车10辆。", "1.改造老旧小区。改造老旧小区20个。", "2.改造道路。改造道路12公里。", "3.新增停车位。新增停车位800个。"].join("\n\n"))).toEqual([
      [["hubei/huangshi/huangshigang/2023", "黄石港区"]],
      [],
    ]);
  });

  it("places a text that names no region in the county two of whose townships it names, though each township is also another county's", () => {
    // 石楼镇 is in 房山区 and 番禺区, 化龙镇 in 寿光市 and 番禺区: no township is one county's alone.
    expect(regionOf(["2023年民生实事完成情况", "今年全区民生实事全部完成。", "1.石楼镇改造道路12公里。", "2.化龙镇改造农贸市场2个。", "3.改造老旧小区20个。"].join("\n\n"))).toEqual([[["guangdong/guangzhou/panyu/2023", "番禺区"]], []]);
  });

  it("takes a headline's subject that several regions bear (鼓楼区将…) as the one the body's city holds, however often the body names the city", () => {
    const text = ["2023年鼓楼区将办好10件民生实事", "记者从福州市了解到，福州市今年将继续推进民生工程。福州市发改委介绍，福州市各部门全力落实，福州市民生实事清单已经公布，福州市群众普遍关注。", "1.改造老旧小区。改造老旧小区20个。", "2.改造道路。改造道路12公里。", "3.新增停车位。新增停车位800个。"].join("\n\n");
    expect(regionOf(text)).toEqual([[["fujian/fuzhou/gulou/2023", "鼓楼区"]], []]);
  });
});

describe("reports of another year in a text about several", () => {
  it("takes last year's projects from a satisfaction vote only in a paragraph that names that year", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "桂林市2024年民生实事项目出炉",
        "桂林市2024年8项民生实事项目名单正式出炉，分别是城乡供水提升工程、城东幼儿园工程、老旧小区改造工程、农贸市场提升工程、适老化改造工程、排水提质增效工程、公共停车场建设工程、托育服务建设工程。",
        "2023年，通过市人大会议票决确定8项民生实事项目，截至2023年12月底，8个项目全部完成年度目标。2023年，全市民生实事累计完成投资12亿元。",
        "代表们对往年项目进行了满意度测评。测评结果显示，美丽乡村建设工程，满意195票；农村公路改造提升工程，满意161票；城南消防站工程，满意159票。",
      ].join("\n"),
    });
    expect(archive.reports.map((r) => [r.id, r.projectCount, r.projects.length])).toEqual([
      ["guangxi/guilin/2023", 8, 0],
      ["guangxi/guilin/2024", 8, 8],
    ]);
  });

  it("gives a year's list that states no count of its own no count stated for another year", () => {
    const { archive } = convertTexts({
      "a.txt": ["桂林市民生实事工作报告", "一、2023年工作回顾", "2023年，全市5件民生实事全部完成。", "1.新建学校。新建学校5所。", "2.改造老旧小区。改造老旧小区20个。", "3.新建公园。新建公园3个。", "二、2024年主要任务", "1.新建医院。新建医院2所。", "2.新增停车位。新增停车位800个。", "3.改造道路。改造道路12公里。"].join("\n\n"),
    });
    expect(archive.reports.map((r) => [r.id, r.projectCount])).toEqual([
      ["guangxi/guilin/2023", 5],
      ["guangxi/guilin/2024", null],
    ]);
  });
});

describe("the candidates' evidence", () => {
  it("marks no list as enclosed in another's item where the text states no count", () => {
    const blocks = blocksOf("衢州市2023年民生实事完成情况", "一、污水治理", "1.新建污水管网20公里。", "2.改造泵站3座。", "3.新建污水处理厂1座。", "二、城市交通", "新建道路12公里。");
    expect(proposeCandidates(blocks, []).find((c) => c.layout === "marker:dot")?.evidence.enclosed).toBeUndefined();
  });
});

describe("units written once for a run of figures", () => {
  it("gives a figure the unit of the one after it only where that unit goes on from its own (800人、1.2万人次 keep their units)", () => {
    expect(extractFigures("全年分别培训800人、1.2万人次。", "actual").map((f) => [f.value, f.unit])).toEqual([
      [800, "人"],
      [1.2, "万人次"],
    ]);
  });
});

describe("titles", () => {
  it("keeps a long title opening on 已 whole where it lists nothing between 、", () => {
    expect(cleanTitle("已完成城区主干道路面改造提升工程及配套管网铺设任务共计12公里长度")).toBe("已完成城区主干道路面改造提升工程及配套管网铺设任务");
  });
});

describe("examples a story gives of its programme", () => {
  it("takes a ；-clause of 36 characters, a long name of a project, as an example", () => {
    const long = "实施城区雨污分流改造工程新建改造排水管网120公里并同步完成道路修复工作";
    expect(long).toHaveLength(36);
    const structure = exampleItems(blocksOf("衢州市2023年民生实事", `今年民生实事项目包括：新建学校5所；改造老旧小区20个；${long}。`));
    expect(structure?.items.map((it) => it.title)).toEqual(["新建学校", "改造老旧小区", "实施城区雨污分流改造工程"]);
  });
});

describe("paragraphs that each open on an aim", () => {
  it("reads three as a list only where their aims open alike (解决…), not three aims in different words", () => {
    expect(aimSentenceItems(blocksOf("衢州市2023年民生实事", "解决群众出行难题，新建道路12公里。", "提升教育质量水平，新建学校5所。", "改善城乡居住环境，改造老旧小区20个。"))).toBeNull();
    expect(aimSentenceItems(blocksOf("衢州市2023年民生实事", "解决群众出行难题，新建道路12公里。", "解决入学难的问题，新建学校5所。", "解决住房困难问题，改造老旧小区20个。"))?.items.map((it) => it.title)).toEqual(["解决群众出行难题", "解决入学难的问题", "解决住房困难问题"]);
  });
});

describe("a list of one line per project", () => {
  it("reads a short name without figures on the text's last line as the list's last project", () => {
    const blocks = blocksOf("衢州市2023年民生实事", "新建学校5所", "改造老旧小区20个", "新建公园3个", "新增停车位800个", "城区公园绿地建设");
    expect(lineItems(blocks)?.items.map((it) => it.title)).toEqual(["新建学校5所", "改造老旧小区20个", "新建公园3个", "新增停车位800个", "城区公园绿地建设"]);
  });
});

describe("themes of a story told in prose", () => {
  it("carries a clause whose topic shares a quarter of its word pairs with the one before (新建学校… 新建运动场…) on that theme", () => {
    const structure = narrativeItems(blocksOf("遂宁市2023年民生实事完成情况", "今年全市新建学校5所，新建运动场3个。"));
    expect(structure.items.map((it) => [it.title, it.passages.map((p) => p.span.text)])).toEqual([["新建学校", ["今年全市新建学校5所,新建运动场3个。"]]]);
  });
});

describe("names a sentence lists", () => {
  it("reads a list whose first piece joins names with 、 by its 、, not by the commas after it", () => {
    const structure = sentenceItems(blocksOf("射洪市2023年民生实事", "今年4件民生实事分别是：老旧小区改造、背街小巷提升、农贸市场建设、停车场建设，均为城市更新项目，列入市级重点工程，纳入年度考核计划。"));
    expect(structure?.items.map((it) => it.title)).toEqual(["老旧小区改造", "背街小巷提升", "农贸市场建设", "停车场建设"]);
  });

  it("gives names mentioned in passing the figures of the paragraphs after them, not of a headline", () => {
    const structure = namesInPassing(blocksOf("射洪市民生实事视察", "视察组针对城区停车难题、老旧小区改造、农贸市场提升、城区道路拓宽等热点问题进行实地查看。", "老旧小区改造完成32个", "城区道路拓宽12公里。"));
    expect(structure?.items.map((it) => [it.title, it.passages.map((p) => p.span.text)])).toEqual([
      ["城区停车难题", []],
      ["老旧小区改造", []],
      ["农贸市场提升", []],
      ["城区道路拓宽", ["城区道路拓宽12公里。"]],
    ]);
  });
});

describe("tables of projects", () => {
  it("finds the header row with only two column names (序号 · 项目名称) below a row of the form's particulars", () => {
    const structure = tableItems(blocksOf("射洪市2023年民生实事完成情况", "| 填报：射洪市发改局 | 2023年12月 |\n| 序号 | 项目名称 | 数量 |\n| 1 | 新建学校 | 5所 |\n| 2 | 改造老旧小区 | 20个 |"));
    expect(structure?.items.map((it) => [it.no, it.title])).toEqual([
      [1, "新建学校"],
      [2, "改造老旧小区"],
    ]);
  });
});

describe("numbered headlines", () => {
  it("read as no list where a second run of them names only places (1 射洪市 · 2 蓬溪县), though a marked line ends the text", () => {
    const { archive } = convertTexts({
      "a.txt": ["遂宁市2023年民生实事完成情况", "今年我市民生实事全部完成。", "1 新增就业3.5万人", "全年3.5万名劳动者走上岗位。", "2 新建学校5所", "全市新建学校5所。", "3 改造老旧小区20个", "全市改造老旧小区20个。", "1 射洪市", "射洪市新建学校2所。", "2 蓬溪县", "蓬溪县新建学校3所。", "一、附件"].join("\n\n"),
    });
    expect([archive.reports.map((r) => [r.id, r.projects.map((p) => p.title)]), archive.rejected]).toEqual([[["sichuan/suining/2023", ["新增就业", "新建学校", "改造老旧小区"]]], []]);
  });
});

describe("lines a column broke", () => {
  // Three lines of prose set 24.5 ems wide: the text is set in a column of that width.
  const column = ["今年以来全市上下认真贯彻落实决策部署，把就业工作摆", "在突出位置多措并举稳岗位扩就业，全市城镇新增就业七", "万二千人农村劳动力转移就业三万五千人，均完成年度目"];

  it("joins a numbered line with no clause of its own to the next where it fills the column but for three ems", () => {
    const heading = "2、全面推进城市书房和文化驿站建设新建城市书"; // 21.5 ems
    expect(paragraphsOf([...column, "标任务。", heading, "房十六家、文化驿站二十个。"]).slice(1)).toEqual(["2、全面推进城市书房和文化驿站建设新建城市书房十六家、文化驿站二十个。"]);
  });

  it("joins a line three ems wider than the column to the next, inside a run of lines without sentence ends that holds a comma", () => {
    const wide = "实施老旧小区改造工程，全年共改造老旧小区二百个惠及居民三"; // 27.5 ems
    const lines = [...column, "标任务全市民生实事进展顺利，各项工作有序推进", "全年目标顺利实现。", "", "城镇新增就业七万二千人", "新建改造农村公路一百二十公里", wide, "万户", "新增托位四千五百个"];
    expect(paragraphsOf(lines).slice(1)).toEqual(["城镇新增就业七万二千人", "新建改造农村公路一百二十公里", "实施老旧小区改造工程,全年共改造老旧小区二百个惠及居民三万户", "新增托位四千五百个"]);
  });
});

describe("merging reports of one region and year", () => {
  it("lets the first report lead where two come from one document of one kind", () => {
    const first = report("guangxi/guilin/2023", ["广西壮族自治区", "桂林市"], 2023, [project("guangxi/guilin/2023/01", "新建学校", [], { no: 1 })], [{ seed: "a.txt", kind: "plan" }]);
    const second = report("guangxi/guilin/2023", ["广西壮族自治区", "桂林市"], 2023, [project("guangxi/guilin/2023/02", "改造道路", [], { no: 2 })], [{ seed: "a.txt", kind: "plan" }]);
    expect(mergeReports([first, second])[0]!.projects.map((p) => [p.id, p.title])).toEqual([
      ["guangxi/guilin/2023/01", "新建学校"],
      ["guangxi/guilin/2023/02", "改造道路"],
    ]);
  });

  it("lists a report's sources by file name, whatever their kinds", () => {
    const merged = report("guangxi/guilin/2023", ["广西壮族自治区", "桂林市"], 2023, [project("guangxi/guilin/2023/01", "新建学校")], [
      { seed: "a.txt", kind: "plan" },
      { seed: "c.txt", kind: "results" },
    ]);
    expect(mergeReports([merged])[0]!.sources.map((s) => [s.seed, s.kind])).toEqual([
      ["a.txt", "plan"],
      ["c.txt", "results"],
    ]);
  });
});
