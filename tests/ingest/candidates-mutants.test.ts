// How the candidates module weighs the readings a text allows (src/ingest/candidates.ts): each
// test names the evidence that decides between readings, on short texts of the genre from
// regions other than the seeds'. Written from the survivors of a full Stryker run of the file.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { countScore, describeCandidates, lastResortCandidate, numberingScore, proposeCandidates, type Candidate } from "../../src/ingest/candidates.ts";
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

  it("takes a last paragraph of prose left unclosed as cut, comma or none", () => {
    expect(countOf(head + three + "4.新建公厕\n\n截至目前全市已新建公厕15座另有5座正在加紧施工预计年底前全部建成投入使用并同步完善周边配套设施和管护机制")).toBe(0);
  });

  it("takes a cut only where the list's own items run to it: items in a paragraph before a cut line are not cut short", () => {
    const inline = "2024年昭通市十件民生实事\n\n今年，我市确定了10件民生实事：（1）新增城镇就业3000人；（2）改造老旧小区12个；（3）新建幼儿园2所；（4）新建公厕20座。\n\n下一步，我市将持续跟踪推进各项民生实事，确保按期完成";
    expect(reading(candidates(inline, [10]), "inline")!.evidence.count).toBe(-1);
  });

  it("looks past a picture caption (△…) for where the text ends", () => {
    expect(countOf(head + three + "4.实施农村公\n\n△农村公路施工现场")).toBe(0);
  });

  it("takes no list numbered with a gap, or from 2, for a list's start, however the page ends", () => {
    expect(countOf(head + "1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n4.新建幼儿园2所。\n\n5.实施农村公")).toBe(-1);
    expect(countOf(head + "2.新增城镇就业3000人。\n\n3.改造老旧小区12个。\n\n4.新建幼儿园2所。\n\n5.实施农村公")).toBe(-1);
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

  it("reads two headings, the first over a lone 1., the second over 1. and 2., as numbering, not parts (too few headings)", () => {
    expect(numberingScore([item(1, 0), item(1, 1), item(2, 1)])).toBe(0.75);
  });

  it("gives nothing for a number after a gap, even under a new heading: only a 1 restarts a list", () => {
    expect(numberingScore([item(1, 0), item(2, 0), item(5, 1)])).toBeCloseTo(2 / 3, 10);
  });

  it("takes a lone 1. under the last heading as a list's start too short to count", () => {
    expect(numberingScore([item(1, 0), item(2, 0), item(1, 1)])).toBe(0.75);
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
    const sentence = "实施城乡居民基本医疗保险财政补助标准提高工程并同步深化门诊共济保障机制改革全面落地到位";
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
    // Each share of furniture costs 3 (a reading all of furniture, status groups over names, loses to
    // a count-breaking list of the names); scores are kept to the thousandth.
    expect(c.score).toBe(2);
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
    // With no count stated, no reader can earn one: those that could not beat 5 without it do not run.
    expect(layouts(candidates(twoLevels))).toEqual(["marker:dot", "marker:part"]);
    const bullets = "2024年红河州民生实事\n\n● 扩大普惠性托育服务，新增托位600个。\n\n● 改造农村公路60公里。\n\n● 建设城市书房8家。";
    expect(layouts(candidates(bullets))).toEqual(["marker:bullet"]);
    expect(layouts(candidates(bullets, [3]))).toEqual(["marker:bullet"]);
  });

  it("does not run a reader of unnumbered text whose best, unnumbered, could not beat a numbered list meeting its count", () => {
    const text = "2024年曲靖市民生实事\n\n去年全市新建乡镇卫生院3所、改造城区雨污管网约18公里、新增养老床位不少于260张、为孕产妇免费筛查1.2万人次。今年，我市确定了3件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。";
    expect(layouts(candidates(text, [3]))).toEqual(["marker:dot", "inline"]);
  });

  it("takes two lines of one marker family, or two numbered headlines, as a list", () => {
    const two = candidates("2024年曲靖市民生实事\n\n今年，我市确定了2件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。", [2]);
    expect(two[0]!.layout).toBe("marker:dot");
    expect(titles(two[0])).toEqual(["新增城镇就业", "改造老旧小区"]);
    const heads = candidates("普洱市民生实事\n\n2024年，全市民生实事全部完成。\n\n1 新增城镇就业3000人\n\n全年新增城镇就业3000人，完成计划的100%。\n\n2 改造老旧小区12个\n\n全年改造老旧小区12个，惠及居民2000户。");
    expect(heads[0]!.layout).toBe("headlines");
  });
});

describe("a count the reading may only partly meet", () => {
  const feature = "西双版纳州2024年民生实事进展\n\n今年以来，全州各地扎实推进民生实事，取得明显成效。\n\n就业增收\n\n全州城镇新增就业8000人，完成年度目标的90%。\n\n教育提质\n\n新建幼儿园5所，新增学位1200个。\n\n住房改善\n\n改造老旧小区30个，惠及居民5000户。";

  it("takes a feature story's unnumbered headings as a selection of its programme: no evidence from the count, for or against", () => {
    const headings = (stated: number[]) => reading(candidates(feature, stated), "headings")!;
    expect(titles(headings([10]))).toEqual(["就业增收", "教育提质", "住房改善"]);
    expect(headings([10]).evidence.count).toBe(0);
    expect(headings([2, 10]).evidence.count).toBe(0);
    expect(headings([3]).evidence.count).toBe(0);
  });

  it("gives the narrative reading, which cuts prose at its own guesses, half the count's evidence against it, and the whole where it meets the count", () => {
    const narrative = (stated: number[]) => reading(candidates(feature, stated), "narrative")!;
    // 城镇新增就业 · 新建幼儿园 · 新增学位 · 改造老旧小区
    expect(narrative([4]).evidence.items).toBe(4);
    expect(narrative([4]).evidence.count).toBe(1);
    expect(narrative([10]).evidence.count).toBe(-0.5);
    expect(narrative([5]).evidence.count).toBe(-0.2);
  });

  it("gives the narrative reading no half agreement for one piece off a long count, as a marked list would have", () => {
    const things = ["新建幼儿园5所", "新增学位1200个", "改造老旧小区30个", "新建农村公路200公里", "新增养老床位300张", "新建公厕40座", "新增停车泊位800个", "改造供水管网60公里", "新建城市书房9家"];
    const prose = "西双版纳州2024年民生实事进展\n\n" + things.map((x) => `今年以来全州${x}。`).join("");
    const nine = (stated: number[]) => reading(candidates(prose, stated), "narrative")!.evidence;
    expect(nine([9])).toMatchObject({ items: 9, count: 1 });
    expect(nine([10]).count).toBeCloseTo(-0.1, 10);
    expect(nine([8]).count).toBeCloseTo(-0.125, 10);
  });
});

describe("a list the text names as partial", () => {
  it("takes A、B、C等10项 as a selection: three of ten is no evidence against it, nor its lack of figures where the text has some", () => {
    const withFigures = reading(candidates("2024年文山州民生实事\n\n今年全州计划总投资15亿元，确定了城区学校扩容、老旧小区改造、农村公路建设等10项民生实事。", [10]), "sentence")!;
    const without = reading(candidates("2024年文山州民生实事\n\n今年全州确定了城区学校扩容、老旧小区改造、农村公路建设等10项民生实事。", [10]), "sentence")!;
    expect(titles(withFigures)).toEqual(["城区学校扩容", "老旧小区改造", "农村公路建设"]);
    expect(withFigures.evidence.count).toBe(0);
    expect(withFigures.score).toBe(without.score);
  });

  it("takes prose naming projects one by one as a selection only where its sentences hold at least 60% of the text's figures", () => {
    const body = "实施教育提质工程，新建学校12所。实施养老服务提升工程，新建养老院6所。实施道路畅通工程，改造公路40公里。";
    const named = (lede: string) => reading(candidates(`2024年红河州民生实事进展\n\n今年以来，我州扎实推进10件民生实事，${lede}。\n\n${body}`, [10]), "named")!;
    expect(named("全年投资20亿元，惠及群众50万人").evidence).toMatchObject({ coverage: 0.6, count: 0 });
    expect(named("全年投资20亿元，惠及群众50万人，发放补贴1.5亿元").evidence).toMatchObject({ coverage: 0.5, count: -1 });
  });

  it("still holds a lack of figures against prose naming projects one by one, where figures stand elsewhere in the text", () => {
    const body = "实施教育提质工程，办学条件持续改善。实施养老服务提升工程，服务网络更加健全。实施道路畅通工程，出行条件明显改善。";
    const named = (lede: string) => reading(candidates(`2024年红河州民生实事进展\n\n今年以来，我州扎实推进民生实事${lede}。\n\n${body}`), "named")!;
    expect(named("，全年投资20亿元").evidence.figures).toBe(0);
    expect(named("，全年投资20亿元").score).toBeLessThan(named("").score);
  });
});

describe("coverage", () => {
  it("counts once the figures of a sentence every item shares (a list named in one sentence, its figures in the next)", () => {
    const text = "楚雄州2024年五件民生实事全部完成\n\n今年确定的五件实事是：城区学校扩容、老旧小区改造、农村公路建设、社区养老服务和城乡公厕建设，均已完成。全州全年投资20亿元，惠及群众50万人，发放补贴1.5亿元，新增就业3万人，培训农民1万人次。\n\n全年城区学校新增学位3200个，改造老旧小区36个，新改建农村公路180公里，新建社区养老服务站20个，新建城乡公厕60座。";
    const sentence = reading(candidates(text, [5]), "sentence")!;
    expect(sentence.evidence).toMatchObject({ items: 5, figures: 1, count: 1 });
    // Five of the text's ten figures stand in the shared sentence: half.
    expect(sentence.evidence.coverage).toBe(0.5);
  });
});

describe("the candidates as a reader sees them", () => {
  it("prints each reading's layout, score and evidence on one line, padded to columns", () => {
    const stated = candidates("2024年曲靖市民生实事\n\n今年，我市确定了3件民生实事。\n\n1.新增城镇就业3000人。\n\n2.改造老旧小区12个。\n\n3.新建幼儿园2所。", [3]);
    const places = candidates("2023年临沧市民生实事考核结果\n\n今年，全市3件民生实事考核结果如下：\n\n1.临翔区\n\n2.美丽乡村示范县\n\n3.新建幼儿园2所", [3]);
    expect(describeCandidates([...stated, ...places])).toEqual([
      "marker:dot         8.00  items=3 numbering=1.00 count=1.00 figures=1.00 coverage=1.00 title=6 containers=0.00 statements=0.00 repeats=0.00",
      "marker:dot         0.25  items=2 numbering=0.50 count=-0.67 figures=0.50 coverage=1.00 title=7 containers=0.00 statements=0.00 repeats=0.00",
      "inline             0.00  items=2 numbering=0.50 count=-0.67 figures=0.50 coverage=1.00 title=7 containers=0.00 statements=0.00 repeats=0.00",
    ]);
  });
});

describe("numbering as written", () => {
  it("judges paragraphs each numbered from 一是, read together, by the numbers they wrote: runs of one or two are parts", () => {
    const text = "2024年德宏州民生实事\n\n一是新增城镇就业3000人。\n\n一是改造老旧小区12个；二是新建幼儿园2所。\n\n一是新建公厕20座。";
    const together = candidates(text).find((c) => c.layout === "inline" && c.structure.items.length === 4)!;
    expect(together.structure.items.map((it) => it.no)).toEqual([1, 2, 3, 4]);
    expect(together.evidence.numbering).toBe(0.25);
  });
});

describe("readings of lists without marks", () => {
  it("names each reading for the layout that proposed it: target labels, examples after 包括, figured pieces, names in passing", () => {
    const labels = candidates("2024年怒江州民生实事完成情况\n\n任务目标：新扩建公办幼儿园5所。\n\n进展情况：截至12月底，已建成5所。\n\n任务目标：改造老旧小区20个。\n\n进展情况：截至12月底，已完工20个。\n\n任务目标：新建农村公路100公里。\n\n进展情况：截至12月底，已建成110公里。");
    expect(labels.map((c) => c.layout)).toEqual(["labels"]);
    const examples = candidates("2024年怒江州民生实事\n\n今年全州10件民生实事全部完成，其中具体成效包括：实现全州中小学教室空调全覆盖；新建改扩建普通高中3所；改造老旧小区20个等。", [10]);
    expect(examples[0]!.layout).toBe("examples");
    expect(examples[0]!.evidence.count).toBe(0);
    const pieces = "漳平市2024年民生实事\n\n全年计划新建乡镇卫生院3所、改造城区雨污管网约18公里、新增养老床位不少于260张、农村公路优良率提升至95%以上、为孕产妇免费筛查1.2万人次等。";
    expect(candidates(pieces).map((c) => c.layout)).toEqual(["figured"]);
    const passing = lastResortCandidate(blocksOf(pieces), [5])!;
    expect(passing.layout).toBe("passing");
    expect(passing.structure.items).toHaveLength(5);
    // Each layout that reads any text starts behind one that reads marks: the same five figured pieces score less in passing.
    expect(passing.score).toBeLessThan(candidates(pieces)[0]!.score);
  });
});

describe("several stated counts", () => {
  it("takes a long list one off any one of the counts the text states as half an agreement", () => {
    expect(countScore(14, [3, 15])).toBe(0.5);
  });

  it("takes items numbered 1..k as the start of any one of the stated lists they could begin", () => {
    expect(countScore(6, [10, 4], true)).toBe(0);
  });
});
