// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 34). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { tellsDone } from "../../src/ingest/draft.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { findingsBySeed } from "../../src/ingest/findings.ts";
import { aimSentenceItems, namedClauseItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { markerItems } from "../../src/ingest/layouts/markers.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { sentenceItems } from "../../src/ingest/layouts/sentence-list.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { buildStructure } from "../../src/ingest/projects.ts";
import { detectRegion } from "../../src/ingest/segment.ts";
import { classify } from "../../src/ingest/structure.ts";
import { splitTopLevel } from "../../src/ingest/titles.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);

describe("titles.ts: splitting a list at its top level", () => {
  it("does not split at a 、 inside quotes nested in brackets", () => {
    expect(splitTopLevel("农村危房改造（含“一户一宅”、危房鉴定）、新建学校")).toEqual(["农村危房改造（含“一户一宅”、危房鉴定）", "新建学校"]);
  });
});

describe("findings.ts: findings by document", () => {
  it("leaves out a finding whose document is none of the report's sources", () => {
    const finding = { code: "warning" as const, severity: 1 as const, seed: "other.txt", line: 3, message: "请核对", fix: [] };
    const r = { ...report("liuzhou/2023", ["广西壮族自治区", "柳州市"], 2023, [project("liuzhou/2023/01", "新建学校")], [{ seed: "a.txt", kind: "results" }]), findings: [finding] };
    expect([...findingsBySeed({ reports: [r] } as never)]).toEqual([["a.txt", []]]);
  });
});

describe("draft.ts: a 完成情况 label", () => {
  it("tells how far the item got only when text follows it", () => {
    const [bare, told] = blocksOf("完成情况：", "完成情况：已完成。");
    expect([tellsDone(bare!), tellsDone(told!)]).toEqual([false, true]);
  });
});

describe("convert.ts: rates stated with 分别", () => {
  it("are warned about where the passage has figures but none of them took a rate", () => {
    const text = "柳州市2023年民生实事完成情况\n\n1.新建学校。分别完成年度目标任务的120%、130%，全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园5个。";
    expect(convertTexts({ "a.txt": text }).warnings.map((w) => w.message)).toEqual([expect.stringContaining("rates stated with 分别 could not be paired")]);
  });
});

describe("sentence-list.ts: names announced between commas", () => {
  it("keeps a piece that joins two names with 、 as one name when the list has exactly four pieces", () => {
    const text = "柳州市2023年民生实事项目\n\n2023年，柳州市民生实事项目分别是：城区道路改造工程，老旧小区改造工程，农贸市场提升工程、公厕改造工程，校园安全提升工程。\n\n城区道路改造工程完成投资5000万元。";
    expect(convertTexts({ "a.txt": text }).archive.reports[0]!.projects.map((p) => p.title)).toEqual(["城区道路改造工程", "老旧小区改造工程", "农贸市场提升工程、公厕改造工程", "校园安全提升工程"]);
  });
});

describe("figures.ts: figures of a passage", () => {
  it("pairs a rate only with figures of its own sentence, not of the sentence before (past the first)", () => {
    const figures = extractFigures("柳州市持续推进民生实事。全市新建学校12所。完成年度目标任务的120%。", "actual");
    expect(figures.map((f) => [f.value, f.unit, f.rate])).toEqual([[12, "所", null]]);
  });
  it("does not count as a figure the 项 that 这 opens a passage with (这5项…)", () => {
    expect(extractFigures("这5项预计年底前完成。", "actual")).toEqual([]);
  });
});

describe("markers.ts: an unnumbered headline between numbered items", () => {
  it("becomes the skipped item, its own text its first passage marked as headline", () => {
    const blocks = blocksOf("柳州市2023年民生实事项目进展情况", "1.新建学校。全市新建学校12所。", "改造老旧小区", "全市改造老旧小区30个，惠及居民1.2万户。", "3.新建公园。全市新建公园5个。");
    const item = markerItems(blocks, "dot").items[1]!;
    expect([item.no, item.title, item.passages[0]!.span.text, item.passages[0]!.headline]).toEqual([2, "改造老旧小区", "改造老旧小区", true]);
  });
});

describe("lead-sentences.ts: where a title stands in its paragraph", () => {
  it("spans the name a clause opens on (在…工程方面，)", () => {
    const blocks = blocksOf("柳州市2023年民生实事项目进展情况", "据介绍，在百姓安居工程方面，全市已完成棚户区改造1200套。在城乡供水工程方面，新建水厂2座。在校园安全工程方面，改造校舍3万平方米。");
    expect(namedClauseItems(blocks)!.items.map((it) => it.titleSpan!.text)).toEqual(["百姓安居工程", "城乡供水工程", "校园安全工程"]);
  });
  it("spans the aim after a field's opener (在教育方面，提升办学条件，…)", () => {
    const blocks = blocksOf("柳州市2023年民生实事项目进展情况", "在教育方面，提升办学条件，新建学校12所。在医疗方面，改善就医环境，新建社区卫生服务站10个。在交通方面，方便群众出行，新开公交线路8条。");
    expect(aimSentenceItems(blocks)!.items.map((it) => it.titleSpan!.text)).toEqual(["提升办学条件", "改善就医环境", "方便群众出行"]);
  });
});

describe("segment.ts: a text speaking as 我市 that names three county-level places", () => {
  it("is not read as their province when the province governs them directly (仙桃市、潜江市、天门市)", () => {
    const text = "2023年我市民生实事进展顺利。我市与潜江市、天门市、仙桃市共建江汉平原公共服务圈，我市新建学校12所，我市改造老旧小区30个。";
    expect(detectRegion(text, null)?.name).toBe("仙桃市");
  });
});

describe("projects.ts: a line that announces a list", () => {
  it("stays a headline in the preamble when it is not numbered (only a numbered announcing line turns to prose)", () => {
    const blocks = blocksOf("柳州市2023年民生实事完成情况", "2023年十件民生实事具体如下：", "1.新建学校。全市新建学校12所。", "2.改造老旧小区。全市改造老旧小区30个。", "3.新建公园。全市新建公园5个。");
    expect(buildStructure(blocks).preamble.map((b) => [b.type, b.text])).toEqual([["headline", "柳州市2023年民生实事完成情况"], ["headline", "2023年十件民生实事具体如下:"]]);
  });
});

describe("tables.ts: a table drawn one cell per line", () => {
  it("ends its rows at a labelled line (进展情况：…), which is no cell of a row", () => {
    const blocks = blocksOf("柳州市2023年民生实事完成情况", "序号", "项目名称", "完成情况", "责任单位", "1", "新建学校12所", "已完成", "市教育局", "2", "改造老旧小区30个", "进展情况：已完成30个", "市住建局", "3", "新建公园5个", "已完成", "市城管局");
    expect(tableItems(blocks)!.items.map((it) => [it.no, it.passages.map((p) => p.span.text)])).toEqual([[1, ["新建学校12所", "已完成"]], [2, ["改造老旧小区30个"]]]);
  });
});

describe("sentence-list.ts: names a sentence then declares the programme (…被确定为…民生实事项目)", () => {
  it("give each name the clauses after its echo that name no other project (惠及居民…)", () => {
    const blocks = blocksOf("柳州市2024年民生实事项目出炉", "经过人大代表票决，最终，新建城区学校、改造老旧小区、建设口袋公园、增设公共停车位被确定为2024年度市政府民生实事项目。", "新建城区学校将新增学位3000个。改造老旧小区30个，惠及居民1.2万户。");
    const item = sentenceItems(blocks)!.items[1]!;
    expect([item.title, item.passages.map((p) => p.span.text.slice(p.window!.start, p.window!.end)).join("")]).toEqual(["改造老旧小区", "改造老旧小区30个,惠及居民1.2万户。"]);
  });
});
