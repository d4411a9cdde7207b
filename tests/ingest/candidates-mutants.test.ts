// How the candidates module weighs the readings a text allows (src/ingest/candidates.ts): each
// test names the evidence that decides between readings, on short texts of the genre from
// regions other than the seeds'. Written from the survivors of a full Stryker run of the file.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { numberingScore, proposeCandidates, type Candidate } from "../../src/ingest/candidates.ts";
import type { ItemDraft } from "../../src/ingest/draft.ts";
import type { MarkerType } from "../../src/ingest/markers.ts";

const blocksOf = (text: string) => classify(normalise(text).paragraphs);
const candidates = (text: string, stated: number[] = [], forced: MarkerType | null = null) => proposeCandidates(blocksOf(text), stated, forced);
const reading = (cs: Candidate[], layout: string) => cs.find((c) => c.layout === layout);
const item = (no: number | null, group = 0): ItemDraft => ({ no, title: "x", titleSpan: null, level: null, section: null, responsible: [], passages: [], list: 0, group });
const titles = (c: Candidate | undefined) => c?.structure.items.map((it) => it.title);

describe("a list that runs to where the page was cut", () => {
  const head = "2024年昭通市十件民生实事\n\n今年，我市确定了10件民生实事。\n\n";
  const three = "1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。\n\n";
  const countOf = (text: string) => reading(candidates(text, [10]), "marker:dot")!.evidence.count;

  it("takes a last item's title of six characters or fewer, unclosed, as cut: no evidence against four of ten", () => {
    expect(countOf(head + three + "4.实施农村公")).toBe(0);
    expect(countOf(head + three + "4.实施农村公路")).toBe(0);
    // Seven characters may be a whole name: four of ten is then far off.
    expect(countOf(head + three + "4.实施农村公路提")).toBe(-1);
    // Closed by 。, the stub is whole as written.
    expect(countOf(head + three + "4.实施农。")).toBe(-1);
  });

  it("takes an item's line with nothing under it, where the items before had paragraphs, as cut", () => {
    const text = head + "1.新增城镇就业\n\n全年新增就业3000人。\n\n2.改造老旧小区\n\n全年改造老旧小区12个。\n\n3.新建幼儿园\n\n全年新建幼儿园2所。\n\n4.健全学前至普通高中各学段生均";
    expect(countOf(text)).toBe(0);
    // The same title after items of one line each is a long title written whole.
    expect(countOf(head + three + "4.健全学前至普通高中各学段生均")).toBe(-1);
  });

  it("takes a short last line that runs on past a comma as prose cut short, not a headline", () => {
    expect(countOf(head + three + "4.新建公厕\n\n截至目前，全市已新建")).toBe(0);
    expect(countOf(head + three + "4.新建公厕\n\n截至目前全市已新建")).toBe(-1);
  });
});

describe("what a reading is made of", () => {
  it("drops items that only name a place of the region index (a ranking of districts), but keeps a name that merely ends in 县", () => {
    const text = "2023年临沧市民生实事考核结果\n\n今年，全市3件民生实事考核结果如下：\n\n1.临翔区\n\n2.美丽乡村示范县\n\n3.新建幼儿园2所";
    expect(titles(reading(candidates(text, [3]), "marker:dot"))).toEqual(["美丽乡村示范县", "新建幼儿园"]);
  });

  it("drops only a place's full name: a short name (保山, 大理), which may be a word of a title, stays", () => {
    const text = "2023年云南省民生实事考核结果\n\n今年，全省3件民生实事考核结果如下：\n\n1.保山\n\n2.大理\n\n3.新建幼儿园2所";
    expect(titles(reading(candidates(text, [3]), "marker:dot"))).toEqual(["保山", "大理", "新建幼儿园"]);
  });

  it("leaves a headline's figures out of the text's figures: a list holding all the others covers them all", () => {
    const text = "昭通新建公厕120座\n\n今年，我市确定了3件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。";
    expect(reading(candidates(text, [3]), "marker:dot")!.evidence.coverage).toBe(1);
  });
});

describe("numbering as evidence", () => {
  it("judges a list by its numbers where half its items carry one (1. then an unnumbered line: a poor run)", () => {
    expect(numberingScore([item(1), item(null)])).toBeLessThan(0.5);
  });

  it("takes a lone item numbered 1 as a whole list", () => {
    expect(numberingScore([item(1)])).toBe(1);
  });

  it("takes runs of one or two under three headings (● A / 1. ● B / 1. 2. ● C / 1.) as the headings' parts", () => {
    expect(numberingScore([item(1, 0), item(1, 1), item(2, 1), item(1, 2)])).toBe(0.25);
  });

  it("takes two numbered items under each of three headings as lists of their own", () => {
    expect(numberingScore([item(1, 0), item(2, 0), item(1, 1), item(2, 1), item(1, 2), item(2, 2)])).toBe(1);
  });

  it("takes numbers restarting under only half of the headings as a list numbered on, not parts", () => {
    expect(numberingScore([item(1, 0), item(2, 1), item(1, 2), item(2, 3)])).toBe(1);
  });
});

describe("ties", () => {
  it("puts first, of two marker families that score alike, the one that opens the list first (headings over their numbered lines)", () => {
    const text = "2024年玉溪市民生实事\n\n一、促进就业\n\n1.新增城镇就业3000人。\n\n二、改善居住\n\n2.改造老旧小区12个。\n\n三、发展教育\n\n3.新建幼儿园2所。";
    const cs = candidates(text);
    expect(cs[0]!.score).toBe(cs[1]!.score);
    expect(cs.map((c) => c.layout).slice(0, 2)).toEqual(["marker:part", "marker:dot"]);
    expect(titles(cs[0])).toEqual(["促进就业", "改善居住", "发展教育"]);
  });
});

describe("the evidence of one reading", () => {
  const noFigureList = "1.促进就业\n\n2.城乡居民基本医疗保险提标\n\n3.农村公路提质改造";
  const dot = (text: string, stated: number[] = []) => reading(candidates(text, stated), "marker:dot")!;

  it("gives the median title's length in characters (4, 12 and 8 → 8)", () => {
    expect(dot(`2024年普洱市民生实事\n\n${noFigureList}`).evidence.titleLength).toBe(8);
  });

  it("counts names longer than 40 characters as sentences against the reading, 40 as names still", () => {
    const sentence = "实施城乡居民基本医疗保险财政补助标准提高工程并同步推进门诊共济保障机制改革全面落地到位";
    const list = (n: number) => `2024年普洱市民生实事\n\n1.${sentence.slice(0, n)}\n\n2.${sentence.slice(0, n - 1)}丙\n\n3.${sentence.slice(0, n - 1)}丁`;
    const short = dot(`2024年普洱市民生实事\n\n1.新建幼儿园\n\n2.改造老旧小区\n\n3.建设农村公路`);
    expect(dot(list(40)).evidence.titleLength).toBe(40);
    expect(dot(list(40)).score).toBe(short.score);
    expect(dot(list(41)).score).toBeLessThan(short.score);
  });

  it("holds a list of names without figures against it where the text has figures elsewhere, unless it meets the stated count", () => {
    const bare = dot(`2024年普洱市民生实事\n\n${noFigureList}`);
    const beside = dot(`2024年普洱市民生实事\n\n今年全市计划总投资12亿元。\n\n${noFigureList}`);
    expect(beside.evidence.figures).toBe(0);
    expect(beside.score).toBeLessThan(bare.score);
    const counted = dot(`2024年普洱市民生实事\n\n今年全市计划总投资12亿元，办好3件民生实事。\n\n${noFigureList}`, [3]);
    const countedBare = dot(`2024年普洱市民生实事\n\n今年全市办好3件民生实事。\n\n${noFigureList}`, [3]);
    expect(counted.evidence.count).toBe(1);
    expect(counted.score).toBe(countedBare.score);
  });

  it("holds fewer than three items against a reading", () => {
    const two = dot("2024年普洱市民生实事\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。");
    const three = dot("2024年普洱市民生实事\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。");
    expect(two.evidence).toMatchObject({ numbering: 1, figures: 1, coverage: 1 });
    expect(three.evidence).toMatchObject({ numbering: 1, figures: 1, coverage: 1 });
    expect(two.score).toBeLessThan(three.score);
  });

  it("gives the share of items titled as the genre's furniture (…民生实事完成情况)", () => {
    const c = reading(candidates("2024年普洱市民生实事\n\n一、省重点民生实事完成情况\n\n二、市级民生实事完成情况\n\n三、新建幼儿园2所"), "marker:part")!;
    expect(c.evidence.containers).toBeCloseTo(2 / 3, 10);
  });

  it("counts a title repeated within one list against it, but not the same title in the next year's list", () => {
    const text = "普洱市民生实事成绩单\n\n2024年，全市民生实事全部完成。\n\n1 新增城镇就业3000人\n\n全年新增城镇就业3000人，完成计划的100%。\n\n2 改造老旧小区12个\n\n全年改造老旧小区12个，惠及居民2000户。\n\n2025年，全市将继续办好民生实事。\n\n1 新增城镇就业3000人\n\n计划新增城镇就业3000人。\n\n2 改造老旧小区12个\n\n计划改造老旧小区12个。";
    const cs = candidates(text);
    expect(reading(cs, "headlines")!.structure.lists).toBe(2);
    expect(reading(cs, "headlines")!.evidence.repeats).toBe(0);
    expect(reading(cs, "marker:spaced")!.evidence.repeats).toBe(0.5);
    expect(cs[0]!.layout).toBe("headlines");
  });
});

describe("which readings are proposed", () => {
  const twoLevels = "2024年玉溪市民生实事\n\n今年，我市确定了4件民生实事。\n\n一、促进就业\n\n1.新增城镇就业3000人。\n\n2.开展技能培训1万人次。\n\n二、发展教育\n\n1.新建幼儿园3所。\n\n2.新增学位900个。";
  const layouts = (cs: Candidate[]) => cs.map((c) => c.layout);

  it("proposes only the family the archivist names in front matter, and no other layout", () => {
    expect(layouts(candidates(twoLevels, [4], "dot"))).toEqual(["marker:dot"]);
    expect(layouts(candidates(twoLevels, [4], "part"))).toEqual(["marker:part"]);
  });

  it("runs no reader that could not beat a list meeting its stated count", () => {
    expect(layouts(candidates(twoLevels, [4]))).toEqual(["marker:dot", "marker:part"]);
  });

  it("takes two lines of one marker family, or two numbered headlines, as a list", () => {
    const two = candidates("2024年曲靖市民生实事\n\n今年，我市确定了2件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。", [2]);
    expect(two[0]!.layout).toBe("marker:dot");
    expect(titles(two[0])).toEqual(["新增城镇就业", "改造老旧小区"]);
    const heads = candidates("普洱市民生实事\n\n2024年，全市民生实事全部完成。\n\n1 新增城镇就业3000人\n\n全年新增城镇就业3000人，完成计划的100%。\n\n2 改造老旧小区12个\n\n全年改造老旧小区12个，惠及居民2000户。");
    expect(heads[0]!.layout).toBe("headlines");
  });
});
