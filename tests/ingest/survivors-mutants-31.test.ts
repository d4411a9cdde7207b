// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 31). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { votedItems } from "../../src/ingest/layouts/examples.ts";
import { figuredClauseItems } from "../../src/ingest/layouts/figured-pieces.ts";
import { headingItems } from "../../src/ingest/layouts/headlines.ts";
import { lineItems } from "../../src/ingest/layouts/lines.ts";
import { narrativeItems } from "../../src/ingest/layouts/narrative.ts";
import { linkParents } from "../../src/ingest/links.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { documentPositions } from "../../src/ingest/text.ts";
import { splitUnits } from "../../src/ingest/titles.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { project, projectOf, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("units of a title", () => {
  it("keeps a unit of two characters (学校、医院、道路)", () => {
    expect(splitUnits("学校、医院、道路")).toEqual(["学校", "医院", "道路"]);
  });
});

describe("the count a report states", () => {
  it("takes no count beyond the genre's longest lists (1200项) as the programme's count", () => {
    const text = ["玉林市2023年民生实事", "2023年，玉林市实施1200项民生实事，具体如下：", "1.新建学校5所。", "2.改造道路12公里。", "3.新建公园3个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.projectCount)).toEqual([null]);
  });
});

describe("a fault of the converter on one document", () => {
  it("rejects the document naming the fault, to be reported", () => {
    const { archive } = convert([{ name: "a.txt", bytes: null as unknown as Uint8Array }]);
    expect(archive.rejected.map((r) => r.reason)).toEqual([expect.stringMatching(/^a\.txt:1: the converter failed on this document \(.+\); please report it$/)]);
  });
});

describe("the year of a text that names none", () => {
  it("reads a results report published in March as the year before", () => {
    const text = ["玉林市民生实事完成情况", "发布时间：2024-03-20", "1.新建学校5所，已全部完成。", "2.改造道路12公里，已全部完成。", "3.新建公园3个，已全部完成。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.year)).toEqual([2023]);
  });
});

describe("stated rates", () => {
  it("gives a stated rate (完成100%) to the count before it, not to a percentage nearer it", () => {
    expect(extractFigures("改造道路12公里，优良率提高到95%，完成100%。", "actual").map((f) => [f.value, f.unit, f.rate])).toEqual([
      [12, "公里", 100],
      [95, "%", null],
    ]);
  });
});

describe("works counted one ；-clause each", () => {
  it("takes no works from a sentence that breaks down the ones before (其中…)", () => {
    const blocks = blocksOf("完成旧住房改造37万平方米；新建学校5所；改造道路12公里；新建公园3个。其中城区新建学校3所；农村新建学校2所；城区公园提质；农村公园提质。");
    expect(figuredClauseItems(blocks)?.items.map((it) => it.title)).toEqual(["完成旧住房改造", "新建学校", "改造道路", "新建公园"]);
  });
});

describe("projects a satisfaction vote names", () => {
  it("names each project without the spaces before it (； 路灯，满意150票)", () => {
    const text = "测评结果显示，城东学校改造，满意161票； 路灯，满意150票；城区公园提质，满意140票。";
    const items = votedItems({ text, pos: documentPositions(text.length) });
    expect(items?.map((it) => it.titleSpan?.text)).toEqual(["城东学校改造", "路灯", "城区公园提质"]);
  });
});

describe("unnumbered headings over paragraphs", () => {
  it("reads the headings after an opening paragraph that is the text's first", () => {
    const blocks = blocksOf(
      "1月20日，市长代表市人民政府向大会作工作报告，今年将实施一系列民生工程。",
      "多措并举稳就业 扩大城乡就业规模",
      "落实援企稳岗政策，全年新增城镇就业3.2万人。",
      "补齐短板惠民生 提升公共服务水平",
      "新建改扩建中小学幼儿园12所，新增学位6000个。",
      "守牢底线保安全 织密社会保障网",
      "城乡低保标准再提高5%，新增养老床位800张。",
    );
    expect(headingItems(blocks)?.items).toHaveLength(3);
  });
});

describe("a list of one line per project", () => {
  it("takes away only a numeral that opens a section heading, keeping one inside its name (城乡一体化)", () => {
    const blocks = blocksOf("衢州市2023年民生实事分为2大类", "城乡一体化", "新建学校5所", "改造老旧小区20个", "新建公园3个", "新增停车位800个");
    expect(lineItems(blocks)?.items.map((it) => it.section)).toEqual(["城乡一体化", "城乡一体化", "城乡一体化", "城乡一体化"]);
  });
});

describe("lone numbers over paragraphs", () => {
  it("joins no number to one more than twelve paragraphs before it as a run", () => {
    const filler = Array.from({ length: 13 }, (_, k) => `湛江市第${k + 1}批项目进展顺利，群众反映良好。`);
    const blocks = blocksOf("1", "新建学校5所。", ...filler, "2", "改造道路12公里。", "9");
    expect(blocks.filter((b) => b.type === "marker").map((b) => b.text)).toEqual([]);
  });
});

describe("the numbering of a list read in sections", () => {
  it("finds a gap where a new section's numbers skip some (1, 2 ‖ 二、… 5, 6)", () => {
    const text = ["宜宾市2023年民生实事", "一、教育方面", "1.新建学校5所。", "2.新建幼儿园3所。", "二、交通方面", "5.改造道路12公里。", "6.新建公交站20个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => r.sources[0]?.check?.numbering)).toEqual(["gaps"]);
  });
});

describe("links to the province's projects", () => {
  it("links a province's project to the city project most like it, not to the first that is like enough", () => {
    const province = report("zhejiang/2024", ["浙江省"], 2024, [project("zhejiang/2024/01", "改造农村户厕", [], { level: "province" })]);
    const city = report("zhejiang/jiaxing/2024", ["浙江省", "嘉兴市"], 2024, [
      project("zhejiang/jiaxing/2024/01", "改造农村户厕和城区公厕", [], { level: "province" }),
      project("zhejiang/jiaxing/2024/02", "改造农村户厕", [], { level: "province" }),
    ]);
    const linked = linkParents({ reports: [province, city], rejected: [] });
    expect([projectOf(linked, "zhejiang/jiaxing/2024/01").parent, projectOf(linked, "zhejiang/jiaxing/2024/02").parent]).toEqual([null, "zhejiang/2024/01"]);
  });
});

describe("works told in prose", () => {
  it("keeps a sentence that repeats a figure of a named 工程 (20150吨, no year) with that 工程", () => {
    const structure = narrativeItems(blocksOf("绵阳市2023年民生实事完成情况", "全市加快推进城乡供水工程和农村公路工程建设。", "今年城乡供水工程已铺设管网120公里，日供水能力提高到20150吨。每天20150吨清水经由新装设备送达山区各家各户，村民从此告别了肩挑背扛到远处河沟取用井泉的艰苦日子，老人孩子都很高兴。"));
    expect(structure.items.find((it) => it.title === "城乡供水工程")?.passages.map((p) => p.span.text)).toEqual(["今年城乡供水工程已铺设管网120公里,日供水能力提高到20150吨。", "每天20150吨清水经由新装设备送达山区各家各户,村民从此告别了肩挑背扛到远处河沟取用井泉的艰苦日子,老人孩子都很高兴。"]);
  });
});
