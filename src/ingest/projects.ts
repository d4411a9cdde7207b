// Typed blocks → project drafts. A document is first cut into its lists (a results + plan
// page holds two), each list is closed where the text's closing section begins (下一步,
// 存在问题), and then the candidates module chooses how the list is read.
import type { Block } from "./structure.ts";
import { NEXT_STEPS, opensGroup, type ItemDraft, type Passage, type Structure } from "./draft.ts";
import { numeral, type MarkerType } from "./markers.ts";
import { CONTAINER, describeCandidates, lastResortCandidate, proposeCandidates, runsToCut, type Candidate } from "./candidates.ts";
import { countingOpening, programmeDone, statedCount, statedCounts, THIS_YEAR_COUNT, toldDone, YEAR } from "./segment.ts";
import { addedNames, countOfClauses, countOfSentences, groupNamed, namesAsCounted, PROSE_MARKER } from "./layouts/sentence-list.ts";
import { countOfInline } from "./layouts/inline-lists.ts";
import { withAnswers } from "./answers.ts";
import { countFigures, figureTokens } from "./figures-count.ts";
import { extractFigures } from "./figures.ts";
import { bigrams } from "./similarity.ts";
import { regionIndex, type RegionEntry } from "./regions.ts";
import { allMatches, sliceSpan, splitAt } from "./text.ts";
import { lineTableHeader } from "./layouts/tables.ts";
import { ORDINAL_TAG, PROGRAMME_NAME, levelWord } from "./titles.ts";
import type { ProjectLevel } from "./model.ts";

export type { ItemDraft, Passage, Structure } from "./draft.ts";

/** What an archivist may say in front matter to correct the reading. */
export interface StructureHints {
  /** The family that numbers the projects (一、 · ① · 1. · ●). */
  items?: MarkerType;
  /** The count the text states, where the converter misreads it. */
  count?: number;
  /** Lines (of the decoded text) where another report's list starts. */
  split?: number[];
}

/** How one list was read, and what the text's own evidence says about it. */
export interface ListCheck {
  /** The layout chosen: marker:dot, table, headlines … */
  layout: string;
  /** The count the text states for the list, or null. */
  stated: number | null;
  /** Projects read. */
  read: number;
  /** ok: numbers run 1..N; gaps; restarts (outside a new heading); unnumbered. */
  numbering: "ok" | "gaps" | "restarts" | "unnumbered";
  /** Every candidate with its score and evidence, best first. */
  candidates: string[];
  /** Whether the text gives the list as some of its programme (A、B、C等 · prose naming projects one by one). */
  partial?: boolean;
}

export interface ReadStructure extends Structure {
  checks: ListCheck[];
  /** Per list: the region its part's heading names, where the text gives several regions' lists; else null. */
  listRegions?: Array<RegionEntry | null>;
}

// A part heading that names its own year: 一、2023年工作回顾 · 二、2024年主要任务
// (a year in a date, 截至2013年12月底 · 预计2014年6月完工, is the part's text, not its year).
const PART_YEAR = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)/u;
/** The names of a work report's parts after their year: 2016年工作回顾 · 2025年工作安排 · 2024年主要任务. */
export const WORK_PART_NAMES = "工作回顾|工作安排|主要工作|主要任务|工作打算";
// A year alone on its line, perhaps between rules (2024年 ‖ 我们办好了这些民生实事 · —— 2025年 ——), heads that year's part.
// (Between rules, the line after it may have been joined on: —— 2025年——我们这样干.) So does a bracketed tag of the year
// and a word or two (【2024年成绩单】 · 【2025年任务书】), and a year set off from a word or two by a dot or a bar (2024年 · 交出的答卷).
// So does a work report's part alone on its line, a year and its part's name (2010年工作回顾 ‖ … ‖ 2011年工作安排).
const YEAR_ONLY = new RegExp(String.raw`^\s*(?:19|20)\d{2}\s*年\s*(?:[·•|｜]\s*[\u4e00-\u9fff]{2,8})?$|^\s*(?:19|20)\d{2}\s*年(?:${WORK_PART_NAMES})\s*$|^[—\-–=~·]+\s*(?:19|20)\d{2}\s*年\s*[—\-–=~·]+[\u4e00-\u9fff，,]{0,12}$|^【\s*(?:19|20)\d{2}\s*年[\u4e00-\u9fff]{0,8}】$`, "u");
// A part heading that plans its year: 四、2010年为民办实事安排 · 二、2024年主要任务 · 2025年工作打算.
const PLAN_HEADING = /安排|任务|计划|打算/u;
// A part heading is a heading: a paragraph longer than this is an item's text that opens with a mark.
const MAX_PART_HEADING = 40;
// A paragraph that opens a year's list: 2025年，我市将继续办好10件民生实事： · 2024年，我市10件民生实事全部完成
// · 2021年，云浮市将集中力量办好民生实事，具体如下： · a question that looks back on a year's projects
// (我们再来回顾一下2015年，曾经影响着我们的项目，都带来了哪些便利？) A day written out is no list's year (…于2021年12月23日依法票决
// 产生了…2022年民生实事项目，现将票决结果公告如下：), as in PART_YEAR. A sentence that ends announcing the list may run long
// between its year and its count (2019年，市政府在广泛征集…的基础上，经…审定，确定了11件民生实事：), or name its programme in
// the sentence before the one that announces it (2019年，朔州市民生实事全部完成年度目标任务。现将完成情况通报如下：). A count
// may be of 大 (2015年，…五大民生实事全部完成…), where the programme's name follows it (党的十九大精神 counts no programme).
const LIST_OPENER = /((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^。]{0,40}?(?:(?:\d+|[一二三四五六七八九十两]+)\s*[件项][^。]{0,12}?(?:实事|民生|工程|项目)|[一二三四五六七八九十两]+大(?:民生|惠民|为民|民心|重点民生)|(?:民生实事|为民办实事|实事项目)[^。]{0,12}?(?:如下|[:：]))|((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^。？?]{0,24}?(?:项目|实事|工程)[^。？?]{0,24}?[？?]|((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^。]{0,80}?(?:\d+|[一二三四五六七八九十两]+)\s*[件项][^。]{0,12}?(?:实事|民生|工程|项目)[^。]{0,12}[:：]\s*$|((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)[^。]{0,40}?(?:民生实事|为民办实事|实事项目)[^。]{0,30}。[^。]{0,30}?如下\s*[:：]\s*$/u;
// A paragraph that announces this year's list below it: 今年，区政府将…重点办好以下10件实事：
const THIS_YEAR_OPENER = /(?:今年|本年)[^。]{0,40}?(?:\d+|[一二三四五六七八九十两]+)\s*[件项][^。]{0,12}?(?:实事|民生|工程|项目)[^。]{0,12}[:：]\s*$/u;
// A sentence that counts another year's programme: 去年8件重点民生实事全部兑现 · 2021年，区政府确定的8件重点民生实事
const OTHER_YEAR_LIST = /(?:去年|上年|(?:19|20)\d{2}\s*年)[^。]{0,30}?(?:\d+|[一二三四五六七八九十两]+)\s*[件项][^。]{0,12}?(?:实事|民生|工程|项目)/u;
/** The year of the list a paragraph opens (LIST_OPENER), or NaN. */
function listOpenerYear(text: string): number {
  const m = LIST_OPENER.exec(text);
  return m ? Number(m[1] ?? m[2] ?? m[3] ?? m[4]) : NaN;
}
// Where a list's closing section begins: 下一步 · 存在问题 · 工作打算 · 几点要求 (after its marker, if any)
const CLOSING_HEAD = new RegExp(String.raw`^(?:${NEXT_STEPS}|工作打算|几点(?:要求|建议)|工作要求|有关要求|保障措施|工作建议|督查建议|明年(?:工作)?打算)`, "u");
// A paragraph that ends by announcing the list below it: …具体为： · …如下： · …包括：
const ANNOUNCES_LIST = /(?:具体(?:为|是|如下)|如下|分别(?:为|是)|包括)\s*[:：]\s*$/u;
// A paragraph this long before a closing section is list text the section closes.
const MIN_LIST_TEXT = 20;
// A news story's background on the programme as a whole after its list (据了解，本市民心工程已连续实施多年，…2021年的20项民心工程已经确定):
// the story's close, not the last project's text. So is one on the region's spending on livelihoods as a whole (据介绍，全市民生支出占…).
const PROGRAMME_BACKGROUND = /^(?:另)?(?:据了解|据悉|据介绍)[,，][^。]{0,40}?(?:民生实事|为民办实事|民心工程|民生工程|惠民实事|实事项目|民生支出)/u;
// A paragraph that introduces the closing measures: …下一步，…在以下两个方面持续用力：
const CLOSING_LEAD = /下一步|下步工作/u;

interface ListPart {
  blocks: Block[];
  year: number | null;
  /** The region the part's heading names, where a text gives several regions' lists (新城区 ‖ 回民区 ‖ …). */
  region?: RegionEntry;
  /** Text where the part's year, kind and count are stated (its heading and opening). */
  heading: string | null;
  /** The level the part's heading gives its projects (第二部分　省十件民生实事我市任务 → province). */
  level?: ProjectLevel;
}


export function buildStructure(blocks: Block[], hints: StructureHints = {}): ReadStructure {
  const parts = splitLists(withNoticeAsText(blocks), hints.split ?? []);
  const items: ItemDraft[] = [];
  const listYears: Array<number | null> = [];
  const listHeadings: string[] = [];
  const listRegions: Array<RegionEntry | null> = [];
  const checks: ListCheck[] = [];
  let preamble: Block[] = [];
  for (const [k, part] of parts.entries()) {
    const closed = closeList(part.blocks);
    const statedIn = (blocks: Block[]) => {
      // (A numbered paragraph of prose may count the programme, （一）强化组织领导。…将20项为民办实事考核指标分解…: not a list's line.)
      const opening = countingOpening(blocks.filter((b) => (b.type !== "marker" || b.text.length >= PROSE_MARKER) && b.type !== "table").map((b) => b.text)).join("\n");
      return hints.count ? [hints.count] : withStatedParts(orAnnounced(statedCounts((part.heading ?? "") + "\n" + opening), blocks), blocks);
    };
    const scope = programmeSectionReading(closed, statedIn, hints.items ?? null) ?? closed;
    const stated = statedIn(scope);
    const candidates = proposeCandidates(scope, stated, hints.items ?? null);
    // Where nothing else reads, a text that counts its programme may name its projects in passing.
    // Where its best reading is worth less than nothing, the sites an inspection visits may name
    // them, counted or not: an inspection of the programme visits its projects.
    const top = candidates[0];
    // So may they where the best reading is the narrative's guesses and the names score higher.
    const named = top && top.score >= 0 && top.layout === "narrative" ? lastResortCandidate(scope, stated, true) : null;
    const lastResort = !top ? (stated.length ? lastResortCandidate(scope, stated) : null) : top.score < 0 ? lastResortCandidate(scope, stated, true) : named && named.score > top.score ? named : null;
    // So may they where the narrative's best guesses are only some of the names in the sites' own sentence.
    const sites = !lastResort && top?.layout === "narrative" ? named : null;
    const readings = lastResort ? [...candidates, lastResort].sort((a, b) => b.score - a.score) : sites && subsumes(sites, top!) ? [sites, ...candidates] : candidates;
    const completed = completedByNames(candidates, stated, scope) ?? withAddedNames(readings[0], stated, scope) ?? readings[0] ?? null;
    const chosen = completed && withOtherPart(completedByGroup(completed, scope, stated), scope, stated);
    if (!chosen) continue;
    // A part of several that counts nothing and whose reading holds no figure is the text's furniture (一、总体要求 ‖ 二、项目安排 ‖
    // 2025年，全县共安排民生实事12件，具体如下：), no list of its own.
    if (parts.length > 1 && !part.region && !stated.length && chosen.evidence.figures === 0) continue;
    const echoed = withEchoedFigures(withFirstTelling(chosen, candidates, part.blocks), candidates, part.blocks);
    const best = { ...echoed, structure: withAnswers(echoed.structure, part.blocks) };
    if (k === 0) preamble = best.structure.preamble;
    for (let list = 0; list < best.structure.lists; list++) {
      const listItems = bySubLineNumbers(byOwnOrdinal(withoutFurniture(withoutCutTail(best.structure.items.filter((it) => it.list === list), scope))), scope).map(withDoneLabel);
      if (!listItems.length) continue;
      const index = listYears.length;
      for (const it of listItems) items.push({ ...it, level: it.level ?? part.level ?? null, list: index });
      listYears.push(part.year ?? best.structure.listYears?.[list] ?? null);
      listRegions.push(part.region ?? null);
      // A reader that knows each list's own opening (the sentence that gives its examples) gives it; else the preamble.
      const own = best.structure.lists > 1 ? best.structure.listHeadings?.[list] : undefined;
      listHeadings.push([part.heading ?? "", ...(own !== undefined ? [own] : best.structure.preamble.map((b) => b.text))].join("\n"));
      checks.push({ ...check(best.layout, listItems, best.structure.lists > 1 ? null : stated, describeCandidates(readings)), ...(best.structure.partial ? { partial: true } : {}) });
    }
  }
  // A list whose works only tell again figures another list's works give (a story's opening card, “新改建农村公路326公里…” ‖
  // “开展包虫病筛查21.4万人。” ‖ …… above the table it quotes) is no list of its own.
  const echoes = echoedLists(items, listYears.length);
  // (So is the narrative's guess at a notice's text, far short of the count another list meets: 2024年县十件民生实事…已全部完成。 ‖
  // 附件：…完成情况表 ‖ 1 ‖ ….)
  checks.forEach((c, list) => {
    const met = checks.some((o, other) => other !== list && o.stated !== null && o.stated === c.stated && o.read === o.stated && o.layout !== "narrative");
    if (c.layout === "narrative" && c.stated !== null && c.read * 2 < c.stated && met) echoes.add(list);
  });
  if (echoes.size) {
    const kept = [...listYears.keys()].filter((list) => !echoes.has(list));
    const own = items.filter((it) => !echoes.has(it.list)).map((it) => ({ ...it, list: kept.indexOf(it.list) }));
    items.splice(0, items.length, ...own);
    for (const arr of [listYears, listHeadings, listRegions, checks] as unknown[][]) arr.splice(0, arr.length, ...kept.map((list) => arr[list]));
  }
  // Several lists, each with its year: from parts of the text, or from one reader that dated its lists.
  const several = listYears.length > 1 && (parts.length > 1 || listYears.every((y) => y !== null));
  // One list under a heading that names its year (二○二五年上海市为民办实事项目) is that year's,
  // whatever other years the report's lede speaks of.
  const headed = listYears.length === 1 ? headingYear(preamble, items[0]) : null;
  if (headed !== null) return { items, preamble, lists: 1, listYears: [headed], listHeadings, checks };
  // (So is the one list of a text cut into years' parts where the others hold none: 2024年…将实施… ‖ 2023年15件…成效 ‖ A、B…)
  // (And the one list of a text whose one part heading names its year: 一、2020年工作回顾.)
  const dated = several || ((parts.length > 1 || parts[0]?.year != null) && listYears.length === 1 && listYears[0] !== null);
  const regions = listRegions.some((r) => r !== null) ? { listRegions } : {};
  return { items, preamble, lists: listYears.length, ...(dated || regions.listRegions ? { listYears, listHeadings } : {}), ...regions, checks };
}

// The figures an item's passages tell (326公里 · 21.4万人 · 22.6万平方米).
const itemFigures = (it: ItemDraft): string[] => [...new Set(it.passages.flatMap((p) => figureTokens(p.span.text)))];

/**
 * The lists whose works tell no figure of their own: two or more of them carry figures, every one of those figures another
 * longer list's works give, and at most one of them carries none (a story's headline read with them).
 */
function echoedLists(items: ItemDraft[], lists: number): Set<number> {
  const echoed = new Set<number>();
  if (lists < 2) return echoed;
  for (let list = 0; list < lists; list++) {
    const own = items.filter((it) => it.list === list);
    const figured = own.filter((it) => itemFigures(it).length > 0);
    const others = items.filter((it) => it.list !== list && !echoed.has(it.list));
    const longer = [...new Set(others.map((it) => it.list))].some((l) => others.filter((it) => it.list === l).length > own.length);
    const told = new Set(others.flatMap(itemFigures));
    if (longer && figured.length >= MIN_ECHOED_WORKS && own.length - figured.length <= 1 && figured.every((it) => itemFigures(it).every((t) => told.has(t)))) echoed.add(list);
  }
  return echoed;
}
// Fewest works with figures that make a list an echo of another.
const MIN_ECHOED_WORKS = 2;

// A paragraph that ends on a colon, right before a numbered item: it announces the list (…市政府将集中财力办好十项民生实事：).
const ENDS_ON_COLON = /[:：]\s*$/u;

/**
 * The counts stated in the opening, or, where it states none, those of a paragraph further down that
 * announces the numbered list right after it (a work report's passage: …办好十项民生实事： ‖ (1)…; the
 * paragraph may be a section's, （六）用心用情增进民生福祉。…办好十件民生实事：), or the clauses after its colon
 * (十件民生实事全面完成：A；B；…).
 */
function orAnnounced(stated: number[], blocks: Block[]): number[] {
  if (stated.length) return stated;
  const announcing = (b: Block) => b.type === "body" || b.type === "headline" || (b.type === "marker" && b.marker === "section");
  // (The list may be paragraphs that each open on their mark in words: …办好12件重点民生实事： ‖ 一是扩大就业。… ‖ 二是….)
  const opensList = (b: Block | undefined) => b?.type === "marker" || (b?.type === "body" && FIRST_MARK_IN_WORDS.test(b.text));
  const at = blocks.findIndex((b, k) => announcing(b) && ENDS_ON_COLON.test(b.text) && opensList(blocks[k + 1]) && statedCounts(b.text).length > 0);
  if (at >= 0) return statedCounts(blocks[at]!.text);
  // (So does a paragraph that counts the programme by name right before the item numbered 1, without a colon: 专栏 ‖ 2020年，
  // 省委省政府确定的10件为民实事全部完成年度目标任务。 ‖ 1.城乡就业。…; or a work report's section that does, （三）着力保障和
  // 改善民生。…继续实施20项民心工程。 ‖ 1.….)
  const counting = blocks.findIndex((b, k) => announcing(b) && LIST_NAME.test(b.text) && statedCounts(b.text).length > 0 && blocks[k + 1]?.type === "marker" && blocks[k + 1]!.numbers[0] === 1);
  if (counting >= 0) return statedCounts(blocks[counting]!.text);
  // (The clauses may stand in any item of a work report's own list: ——民生福祉持续增进。…十件为民办实事全部兑现：A；B；….)
  const clauses = blocks.map((b) => (announcing(b) || b.type === "marker" ? countOfClauses(b) : null)).find((n) => n !== null);
  if (clauses) return [clauses];
  // …or its own paragraph, before the marks of its inline list (…遴选出新一批十大重点民生实事。一是…十是…).
  const inline = blocks.map(countOfInline).find((n) => n !== null);
  if (inline) return [inline];
  // …or the sentences after it in its paragraph, each a project (…确定的12件重点民生实事全部完成。A，…。B，…。).
  const sentences = blocks.map((b) => countOfSentences(b)).find((n) => n !== null);
  if (sentences) return [sentences];
  // …or the heading of a work report's section that is the programme, a line with no sentence (（七）坚持尽力而为、量力而行，集中办好
  // 十件民生实事 ‖ 民生是最大的政治。… ‖ 稳就业，增收入。…).
  const heading = blocks.find((b) => b.type === "marker" && b.numbers.length === 1 && !/[。；;]/u.test(b.rest) && LIST_NAME.test(b.rest) && statedCounts(b.rest).length > 0);
  return heading ? statedCounts(heading.rest) : stated;
}

// A paragraph that opens on the first mark of a list written in words: 一是扩大就业。…
const FIRST_MARK_IN_WORDS = /^\s*一是/u;

/**
 * The counts stated, with the parts the paragraph announcing the list gives of a stated whole
 * (十七项 … 将继续办好7件实事，新增办理10件实事。具体为：): a list of one part is as stated as the
 * whole. Parts that do not add up to a stated count are no evidence (a subset, another year).
 */
function withStatedParts(stated: number[], blocks: Block[]): number[] {
  for (const b of blocks) {
    if (b.type !== "body" || !ANNOUNCES_LIST.test(b.text)) continue;
    const parts = statedCounts(b.text);
    if (parts.length >= 2 && stated.includes(parts.reduce((n, k) => n + k, 0))) return [...new Set([...stated, ...parts])].sort((a, c) => a - c);
  }
  return stated;
}

// Furniture that is surely no project: the programme counted (…全部办结10件民生实事), or how it is carried out (项目推进措施 · 下一步).
// (The count may stand before the programme's whole name and level: 10件市级重点民生实事.)
const SURE_FURNITURE = /(?:\d+|[一二三四五六七八九十两]+)\s*[件项个](?:[^,，。]{0,6}|[^,，。]{0,6}(?:民生实事|为民办实事|民生工程))$|措施$|^(?:主要做法|下一步|存在问题|工作打算|工作要求)/u;
// A newspaper page's column of other news, headed like an item (■简讯 · 图片新闻), or the editor's own word (▌小编说 ·
// 记者手记): no project.
const PAGE_COLUMN = /^(?:简讯|快讯|短讯|图片新闻|要闻|图说|小编说|小编有话说|编者按|编后|记者手记|记者观察|短评)$/u;

// A page's stamp read as a heading (2022年01月20日 来源:羊城晚报): its date line, no project.
const PAGE_STAMP = /(?:来源|稿源|发布时间|发布日期|责任编辑)\s*[:：]/u;

/** The items, less those titled as the genre's furniture (10件民生实事 · 项目推进措施), where others remain: the winning reading's headings, not projects. */
function withoutFurniture(items: ItemDraft[]): ItemDraft[] {
  const projects = items.filter((it) => !(CONTAINER.test(it.title) && SURE_FURNITURE.test(it.title)) && !PAGE_STAMP.test(it.title) && !PAGE_COLUMN.test(it.title));
  return projects.length && projects.length < items.length ? projects : items;
}

// The programme's own ordinal opening an item's name: 第二项 拱辰街道第二幼儿园建设工程 · 第十一项：扶残助残工程.
const OWN_ORDINAL = /^第\s*([一二三四五六七八九十]{1,3}|\d{1,2})\s*[项件]\s*[:：、.]?\s*(?=[\u4e00-\u9fff“"])/u;

/**
 * Items that each open on the programme's own ordinal (附件1 ‖ 1.第二项 A ‖ 2.第六项 B ‖ 附件2 ‖ 1.第一项 C …), all of them and
 * none twice: numbered by it, whatever marks the page numbers them by, and named without it. Otherwise the items as they are.
 */
function byOwnOrdinal(items: ItemDraft[]): ItemDraft[] {
  const ordinals = items.map((it) => OWN_ORDINAL.exec(it.title));
  if (items.length < 2) return items;
  if (ordinals.some((m) => !m)) return byOrdinalTag(items);
  const numbers = ordinals.map((m) => numeral(m![1]!));
  if (new Set(numbers).size < numbers.length) return items;
  // (In the programme's order: the page groups them by how far each got.)
  return items.map((it, k) => ({ ...it, no: numbers[k]!, title: it.title.slice(ordinals[k]![0].length) })).sort((a, b) => a.no! - b.no!);
}

/**
 * Items whose own numbers restart at each section (一、省重点 ‖ （一）A ‖ 1.… ‖ … ‖ 二、市重点 ‖ （一）G ‖ 7.…) where each holds one
 * numbered line and those lines run 1..N through them all: numbered by the lines, the programme's own numbering. Otherwise as they are.
 */
function bySubLineNumbers(items: ItemDraft[], blocks: Block[]): ItemDraft[] {
  if (items.length < 2 || items.every((it, k) => it.no === k + 1)) return items;
  // (A numbered line, 1.全年开展…, is a dot-marked block: its passage is the text after the mark.)
  const dotted = blocks.filter((b) => b.type === "marker" && b.marker === "dot" && b.numbers.length === 1);
  const numberOf = (p: Passage) => dotted.find((b) => b.paragraph.span.pos.includes(p.span.pos[0]!))?.numbers[0];
  const lines = items.map((it) => it.passages.flatMap((p) => {
    const no = p.span.pos.length ? numberOf(p) : undefined;
    return no === undefined ? [] : [no];
  }));
  if (!lines.every((numbers, k) => numbers.length === 1 && numbers[0] === k + 1)) return items;
  return items.map((it, k) => ({ ...it, no: k + 1 }));
}

// A label that opens what a work achieved, inside the passage that first states it: 实际完成情况： · 完成情况： · 进展情况：
const DONE_LABEL = /(?:实际)?(?:完成|进展|推进)情况\s*[:：]/u;

/**
 * An item whose passage states the work and then, after a label inside it, what was achieved (1.新建…幼儿园7所，新增学位4200个。
 * 牵头领导：… 实际完成情况：…已新增学位2860个…, a notice that runs its table into one paragraph): the figures before the label
 * are its targets, those after it achieved; so where the label opens a passage of its own. Passages already given a role, or
 * with no figure before the label, stay.
 */
function withDoneLabel(item: ItemDraft): ItemDraft {
  // (The label may open a passage of its own, a line under the work's: 1.新建…4所，新增学位1620个。 ‖ 牵头领导：… ‖ 实际完成情况：….)
  const opens = item.passages.findIndex((p, k) => k > 0 && p.role === null && DONE_LABEL.exec(p.span.text)?.index === 0);
  const before = item.passages.slice(0, Math.max(opens, 0));
  if (opens > 0 && before.every((p) => p.role === null) && before.some((p) => countFigures(p.span.text) > 0)) {
    return { ...item, passages: item.passages.map((p, k): Passage => (p.role !== null ? p : { ...p, role: k < opens ? "target" : "actual" })) };
  }
  const passages = item.passages.flatMap((p): Passage[] => {
    const label = p.role === null ? DONE_LABEL.exec(p.span.text) : null;
    if (!label || label.index === 0 || countFigures(p.span.text.slice(0, label.index)) === 0) return [p];
    return [
      { span: sliceSpan(p.span, 0, label.index), role: "target" },
      { span: sliceSpan(p.span, label.index, p.span.text.length), role: "actual" },
    ];
  });
  return passages.length === item.passages.length ? item : { ...item, passages };
}

// The programme's own ordinal in brackets after a name: 城区停车场建设（第七项）.
const TRAILING_TAG = new RegExp(`\\s*${ORDINAL_TAG}$`, "u");
// Tagged items, at least, for the tags to number the list.
const MIN_TAGGED_ITEMS = 3;

/**
 * Items most of which end on the programme's own ordinal in brackets (已完成：1.A（第二项） 2.B（第五项） … 按序时推进：1.C（第一项）…),
 * none twice: numbered by it and named without it, in the programme's order; the marks the page numbers them by count its
 * groups, not the programme, so an item without a tag (a problem the notice lists after them) keeps no number.
 */
function byOrdinalTag(items: ItemDraft[]): ItemDraft[] {
  const tags = items.map((it) => TRAILING_TAG.exec(it.title));
  const tagged = tags.filter((m) => m !== null);
  if (tagged.length < MIN_TAGGED_ITEMS || tagged.length * 2 <= items.length) return items;
  const numbers = tagged.map((m) => numeral(m[1]!));
  if (new Set(numbers).size < numbers.length) return items;
  const renumbered = items.map((it, k) => (tags[k] ? { ...it, no: numeral(tags[k][1]!), title: it.title.slice(0, tags[k].index) } : { ...it, no: null }));
  return [...renumbered.filter((it) => it.no !== null).sort((a, b) => a.no! - b.no!), ...renumbered.filter((it) => it.no === null)];
}

// A title this short that ends the text is a heading the page cut (八、关…), not a project.
const CUT_TITLE = 2;

/** The items, less a last one the page cut in its heading: a stub of a title on the text's last line, with nothing after it. */
function withoutCutTail(items: ItemDraft[], blocks: Block[]): ItemDraft[] {
  const last = items[items.length - 1];
  const end = blocks.filter((b) => !b.paragraph.noise).at(-1);
  const cut = last && end && end.type === "marker" && last.title.length <= CUT_TITLE && end.rest.trim() === last.title && last.passages.every((p) => p.span.text.trim().length <= CUT_TITLE);
  return cut && items.length > 1 ? items.slice(0, -1) : items;
}

// Two names are one project's where the shorter is this share of the longer, start aligned (a
// lede's name and its item's heading, give or take a word).
const SAME_NAME_SHARE = 0.6;
const sameName = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return short.length >= 2 && (long.includes(short) || common >= long.length * SAME_NAME_SHARE);
};

/**
 * A numbered list cut short (a page that ends after item 4 of 10), where the text's lede names
 * all the projects the count states, in order, the first of them the list's own: the list, then
 * the lede's remaining names as projects without figures.
 */
function completedByNames(candidates: Candidate[], stated: number[], blocks: Block[]): Candidate | null {
  const best = candidates[0];
  if (!best || !stated.length || best.structure.lists !== 1) return null;
  const items = best.structure.items;
  const numbered = items.every((it, k) => it.no === k + 1);
  if (!numbered && !items.every((it) => it.no === null)) return null;
  // How far a count of items is from the nearest stated count.
  const off = (n: number) => Math.min(...stated.map((s) => Math.abs(n - s)));
  // A sentence naming more of them, the first of which are the list's own in order (就业促进工程、教育提质工程、…综合治理工程……
  // ‖ 就业促进工程中,… ‖ 教育提质工程中,…), nearer the stated count: the list's items, then the names it has no paragraph for.
  const names = candidates.find(
    (c) => c.layout === "sentence" && c.structure.lists === 1 && c.structure.items.length > items.length && off(c.structure.items.length) < off(items.length) && items.every((it, k) => sameName(it.title, c.structure.items[k]!.title)),
  );
  if (names && (best.layout.startsWith("marker:") || names.structure.partial || off(names.structure.items.length) <= 1)) {
    const rest = names.structure.items.slice(items.length).map((it, k) => ({ ...it, no: numbered ? items.length + k + 1 : null, passages: [], list: 0 }));
    return { ...best, structure: { ...best.structure, items: [...items, ...rest] } };
  }
  // …or told under headings of their own, numbered 1..k to where the page cut (高州市将A、B、…J列为十件民生实事 ‖ 一是教育方面。…新增
  // 基础教育学位… ‖ 四是典型村培育方面。…): exactly the stated count of names before the list, each of most of its first
  // items sharing words with the one it tells; the names, the first told by the items in their places.
  const told = numbered && runsToCut(items, blocks) ? candidates.find((c) => c.layout === "sentence" && c.structure.lists === 1 && stated.includes(c.structure.items.length) && c.structure.items.length > items.length && c.evidence.titleLength >= MIN_WORK_NAME && namedBefore(c.structure.items, items) && tellsInOrder(c.structure.items, items)) : undefined;
  if (!told) return null;
  const all = told.structure.items.map((name, k) => (k < items.length ? { ...items[k]!, title: name.title, titleSpan: name.titleSpan } : { ...name, no: k + 1, passages: [], list: 0 }));
  return { ...best, structure: { ...best.structure, items: all } };
}

/**
 * A reading short of the stated count, where a sentence adds as many names as it lacks after the works it told (…；“泊位工程”，新增
 * 公共停车泊位5000个。此外，还有育苗工程、健康工程、安居工程、清水工程和平安工程，…): the reading, then those names without figures.
 */
function withAddedNames(best: Candidate | undefined, stated: number[], blocks: Block[]): Candidate | null {
  if (!best || best.structure.lists !== 1 || !stated.length || stated.includes(best.structure.items.length)) return null;
  const items = best.structure.items;
  const added = addedNames(blocks)?.filter((it) => !items.some((own) => sameName(own.title, it.title)));
  if (!added?.length || !stated.includes(items.length + added.length)) return null;
  return { ...best, structure: { ...best.structure, items: [...items, ...added.map((it) => ({ ...it, passages: [], list: 0 }))] } };
}

// The median length of names that name works, not the fields a programme spans (增加公办优质学位供给 · 9宗中型水闸重建, not
// 底线民生、扶贫济困…等十件民生实事, whose numbered items name its works).
const MIN_WORK_NAME = 5;

/** Whether every name stands before the first item. */
function namedBefore(names: ItemDraft[], items: ItemDraft[]): boolean {
  const first = items[0]?.titleSpan?.pos[0] ?? -1;
  return names.every((name) => (name.titleSpan?.pos[0] ?? Infinity) < first);
}

/** Whether most of the items share words (a character pair) with the name in their place. */
function tellsInOrder(names: ItemDraft[], items: ItemDraft[]): boolean {
  const shared = items.filter((it, k) => {
    const pairs = bigrams(names[k]!.title);
    const text = it.title + it.passages.map((p) => p.span.text).join("");
    return [...bigrams(text)].some((pair) => pairs.has(pair));
  });
  return shared.length * 2 >= items.length;
}

// Of a narrative's items, at least this share standing among another reading's names makes them some of those.
const SUBSUMED_SHARE = 0.5;

/** Whether `names` reads more items than `guess`, half or more of which one of its names holds (万年县第一幼儿园…改扩建工程 among the sites visited). */
function subsumes(names: Candidate, guess: Candidate): boolean {
  const within = guess.structure.items.filter((it) => names.structure.items.some((name) => name.title.includes(it.title)));
  return names.structure.items.length > guess.structure.items.length && within.length >= guess.structure.items.length * SUBSUMED_SHARE;
}

/**
 * A reading short of the stated count by as many names as a sentence elsewhere in the text names as a
 * group (上半年完成较好的有8件，包括… ‖ 基本达到时间节点要求的重点民生实事有:A、B、C、D等项目, of 12件):
 * the reading, then those names as projects without figures. The count is the evidence.
 */
function completedByGroup(best: Candidate, blocks: Block[], stated: number[]): Candidate {
  const items = best.structure.items;
  if (best.structure.lists !== 1 || !items.length || !items.every((it) => it.no === null)) return best;
  const wanted = Math.min(...stated.filter((n) => n > items.length)) - items.length;
  if (!Number.isFinite(wanted)) return best;
  const read = new Set(items.flatMap((it) => [...it.passages.map((p) => p.span.pos[0]), it.titleSpan?.pos[0]]));
  const rest = groupNamed(blocks, (b) => b.paragraph.span.pos.some((pos) => read.has(pos)), wanted);
  return rest ? { ...best, structure: { ...best.structure, items: [...items, ...rest] } } : best;
}

/** Where an item's text begins in the document. */
const startOf = (it: ItemDraft): number => it.titleSpan?.pos[0] ?? it.passages[0]?.span.pos[0] ?? -1;

/**
 * A reading of one part of a programme the text states as parts and their whole (承接省重点民生实事8项、
 * 实施市级重点民生实事8项 · 自治区…任务6项和市本级…6项，共12项): the other part, read from the text
 * before or after it as its own list of the other part's count, joins it. The parts adding up to the
 * stated whole are the evidence; a part read in another layout (◆ lines, then 1. 2. …; prose, then a
 * table) is as much the programme's.
 */
function withOtherPart(best: Candidate, blocks: Block[], stated: number[]): Candidate {
  const items = best.structure.items;
  const whole = Math.max(...stated);
  const missing = whole - items.length;
  if (best.structure.lists !== 1 || !items.length || missing < MIN_PART || !stated.includes(items.length) || !stated.includes(missing)) return best;
  const starts = items.map(startOf);
  if (starts.some((p) => p < 0)) return best;
  const [first, last] = [Math.min(...starts), Math.max(...starts)];
  const before = blocks.filter((b) => (b.paragraph.span.pos.at(-1) ?? Infinity) < first);
  // (After the part's last item: past the paragraphs that tell it, where the next heading or list begins.)
  const after = blocks.filter((b) => (b.paragraph.span.pos[0] ?? -1) > last);
  for (const side of [after, before]) {
    const other = proposeCandidates(side, [missing]).find((c) => c.score > 0 && c.structure.lists === 1 && c.structure.items.length === missing);
    if (!other) continue;
    // The other part's items must lie outside this part's own (not a reading of its paragraphs again).
    if (other.structure.items.some((it) => startOf(it) >= first && startOf(it) <= last)) continue;
    const joined = [...items, ...other.structure.items].sort((a, b) => startOf(a) - startOf(b));
    return { ...best, structure: { ...best.structure, items: joined, preamble: side === before ? other.structure.preamble : best.structure.preamble } };
  }
  return best;
}
// The fewest projects a part of a programme holds.
const MIN_PART = 2;

// A reading whose items are half or more furniture lends no figures.
const CONTAINER_SHARE = 0.5;
// A reading's items carry figures where at most this share of them has none …
const FIGURELESS_SHARE = 0.2;
// … and another reading's items are figured where at least this share of them has some.
const FIGURED_SHARE = 0.6;
// A name and another reading's item speak of one work where they share this many character pairs,
const MIN_SHARED_PAIRS = 2;
// … and this share of the name's pairs;
const MIN_SHARED_SHARE = 0.2;
// … a clause of prose, this share of the name's own pairs, the genre's words aside.
const MIN_CLAUSE_SHARE = 0.25;
const GENERIC_WORDS = /项目|工程|建设|实施|提升|改造|工作|推进/u;

const passageText = (p: Passage) => (p.window ? p.span.text.slice(p.window.start, p.window.end) : p.span.text);
const hasFigures = (it: ItemDraft) => it.passages.some((p) => countFigures(passageText(p)) > 0);

// A list told twice holds at least this many works…
const MIN_TOLD_TWICE = 3;
// …where this share of them, in the same order, speaks the same words (two character pairs or more, figures aside).
const TOLD_TWICE_SHARE = 2 / 3;
// What the text calls the first telling where it gives the year's targets: 一、年度目标任务 · …年度目标为：
const TARGETS_HEAD = /目标|计划|任务/u;
const endOf = (it: ItemDraft) => Math.max(...it.passages.map((p) => p.span.pos.at(-1) ?? -1));
const wordsOf = (it: ItemDraft) => bigrams((it.title + it.passages.map(passageText).join("")).replace(/[\d.%]+/gu, ""));

/**
 * The winning reading, each item given its passage of a first telling of the same list: a results notice that lists the
 * year's targets (一、年度目标任务 ‖ 1.新增普惠托位600个。 ‖ …), then how each work got on ((一)普惠托育扩容。新增普惠托位712个…).
 * The first telling is another reading as long, numbered 1..N, wholly before the winner's, whose items speak the same words
 * in the same order; its figures are targets where the text that opens it says so.
 */
function withFirstTelling(best: Candidate, candidates: Candidate[], blocks: Block[]): Candidate {
  const items = best.structure.items;
  if (best.structure.lists !== 1 || items.length < MIN_TOLD_TWICE) return best;
  const from = Math.min(...items.map(startOf));
  const sameWorks = (other: ItemDraft[]) => other.filter((it, k) => [...wordsOf(it)].filter((pair) => wordsOf(items[k]!).has(pair)).length >= MIN_SHARED_PAIRS).length >= items.length * TOLD_TWICE_SHARE;
  const first = candidates.find((c) => c !== best && c.structure.lists === 1 && c.structure.items.length === items.length && c.evidence.numbering === 1 && c.structure.items.every((it) => endOf(it) < from) && sameWorks(c.structure.items));
  if (!first) return best;
  const opens = Math.min(...first.structure.items.map(startOf));
  const opening = blocks.filter((b) => (b.paragraph.span.pos.at(-1) ?? Infinity) < opens).slice(-2).map((b) => b.text).join("\n");
  const role = TARGETS_HEAD.test(opening) ? "target" : null;
  const told = items.map((it, k) => ({ ...it, passages: [...first.structure.items[k]!.passages.map((p) => ({ ...p, role: role ?? p.role })), ...it.passages] }));
  return { ...best, structure: { ...best.structure, items: told } };
}

/**
 * The winning reading, its items given the figures of another reading's items they name, where
 * they carry none of their own: a 票决 result that names its ten projects after the candidates'
 * list told each one's targets ((3)对18个老旧小区进行综合改造… ‖ …分别为…、老旧小区改造工程、…).
 * Each name takes the item that shares most of its character pairs, one item each. Where no reading's items are
 * figured, the figured clauses of the prose outside the list stand for them (…其中，城区学校扩容提质项目将新建…；饮水安全
 * 项目计划新建改造供水管网85公里…).
 */
function withEchoedFigures(best: Candidate, candidates: Candidate[], blocks: Block[]): Candidate {
  const items = best.structure.items;
  if (items.filter(hasFigures).length > items.length * FIGURELESS_SHARE) return best;
  const own = new Set(items.flatMap((it) => it.passages.map((p) => p.span.pos[0])));
  const reading = candidates.find(
    (c) =>
      c !== best &&
      // (Not a reading of the genre's furniture, 教育惠民领域2个 · 生态环境领域2个: its figures count projects.)
      c.evidence.containers < CONTAINER_SHARE &&
      c.structure.items.length >= items.length / 2 &&
      c.structure.items.filter(hasFigures).length >= c.structure.items.length * FIGURED_SHARE &&
      c.structure.items.every((it) => it.passages.every((p) => !own.has(p.span.pos[0]))),
  );
  const figured = reading?.structure.items ?? figuredClauses(blocks, items);
  if (!figured.length) return best;
  const told = figured.map((it) => bigrams(it.title + it.passages.map(passageText).join("")));
  // (A clause of prose must speak the name's own words, not only the genre's: 工程 · 建设 · 项目.)
  const ownWords = (title: string) => (reading ? [...bigrams(title)] : [...new Set(title.split(GENERIC_WORDS).flatMap((piece) => (piece.length >= 2 ? [...bigrams(piece)] : [])))]);
  const least = reading ? MIN_SHARED_SHARE : MIN_CLAUSE_SHARE;
  const pairs: Array<{ item: number; other: number; share: number }> = [];
  items.forEach((it, item) => {
    const name = ownWords(it.title);
    told.forEach((text, other) => {
      const shared = name.filter((b) => text.has(b)).length;
      if (shared >= MIN_SHARED_PAIRS && shared >= name.length * least) pairs.push({ item, other, share: shared / name.length });
    });
  });
  pairs.sort((a, b) => b.share - a.share || a.item - b.item || a.other - b.other);
  const taken = new Map<number, number>();
  const used = new Set<number>();
  for (const { item, other } of pairs) {
    if (taken.has(item) || used.has(other)) continue;
    taken.set(item, other);
    used.add(other);
  }
  if (!taken.size) return best;
  const echoed = items.map((it, k) => (taken.has(k) ? { ...it, passages: [...it.passages, ...figured[taken.get(k)!]!.passages] } : it));
  return { ...best, structure: { ...best.structure, items: echoed } };
}

/** The clauses (；- and 。-parts) with figures of the prose paragraphs that hold none of the items' own text, each as an unnamed item. */
function figuredClauses(blocks: Block[], items: ItemDraft[]): ItemDraft[] {
  const starts = items.flatMap((it) => [it.titleSpan, ...it.passages.map((p) => p.span)].map((span) => span?.pos[0] ?? -1)).filter((p) => p >= 0);
  const owned = (b: Block) => starts.some((p) => p >= (b.paragraph.span.pos[0] ?? Infinity) && p <= (b.paragraph.span.pos.at(-1) ?? -Infinity));
  return blocks
    .filter((b) => b.type === "body" && !b.paragraph.noise && !owned(b))
    .flatMap((b) => splitAt(b.paragraph.span, /[;；。]/u))
    // (Figures in Chinese numerals too: 建成后新增学位一千八百个.)
    .filter((span) => extractFigures(span.text, "target").length > 0)
    .map((span) => ({ no: null, title: "", titleSpan: null, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 }));
}

/**
 * A document's lists: parts whose headings name different years (一、2023年工作回顾 · 二、2024年
 * 主要任务), or paragraphs that open a year's list ("2025年，我市将继续办好10件民生实事："), or
 * the lines an archivist named. One part when none of these is found.
 */
function splitLists(written: Block[], splitLines: number[]): ListPart[] {
  // A numbered line that announces another year's list (4.我市2024年将继续办好10件民生实事，具体如下：) opens
  // it as a paragraph would: it is no item of the list before, nor of its own.
  const blocks = written.map((b, i) => (b.type === "marker" && ANNOUNCES_LIST.test(b.rest) && LIST_OPENER.test(b.rest) && opensNumberedList(written, i) ? asText(b) : b));
  if (splitLines.length) {
    const at = [...new Set(splitLines.map((line) => blocks.findIndex((b) => b.paragraph.line >= line)).filter((i) => i > 0))].sort((a, b) => a - b);
    return cut(blocks, at).map((part) => ({ blocks: part, year: null, heading: part.slice(0, 3).map((b) => b.text).join("\n") }));
  }
  const byRegion = regionParts(blocks);
  if (byRegion) return byRegion;
  const byLevel = levelParts(blocks);
  if (byLevel) return byLevel;
  const headed = blocks
    .map((b, i) => ({ i, year: (isPartHeading(b) && b.text.length <= MAX_PART_HEADING) || ((b.type === "headline" || b.type === "marker") && YEAR_ONLY.test(b.text.trim())) ? Number(PART_YEAR.exec(b.text)?.[1] ?? NaN) : NaN }))
    .filter((p) => !Number.isNaN(p.year));
  const opening = blocks
    .map((b, i) => ({ i, year: b.type === "body" || b.type === "headline" ? listOpenerYear(b.text) : NaN }))
    .filter((p) => !Number.isNaN(p.year) && opensNumberedList(blocks, p.i));
  // Of two openers side by side, one that tells its year's programme done (回顾2021年，我市15件…全部按期完成) opens no
  // list where the other announces its own (2022年，…将集中力量办好15件…): the list below is the one announced.
  const done = (p: { i: number }) => programmeDone(blocks[p.i]!.text) > 0;
  // (So does the later, right above the list, whose last sentence counts the list as the other counts its programme and not as
  // its own year's: 丽江市2022年将实施26件惠民实事 ‖ 刚刚过去的2021年，…20件惠民实事中，19件顺利完成…。今年，…26件惠民实事如下：.)
  const openerCount = (p: { i: number }) => statedCount(LIST_OPENER.exec(blocks[p.i]!.text)?.[0] ?? "");
  const introduces = (p: { i: number }, o: { i: number }) => {
    const last = statedCount(blocks[p.i]!.text.split(/(?<=[。！？])/u).filter((s) => s.trim()).at(-1) ?? "");
    return o.i === p.i - 1 && last !== null && last === openerCount(o) && last !== openerCount(p);
  };
  // (Nor one that tells its year's programme done where the list below is announced with another opener's count and not its own:
  // 确定该市2017年10件民生实事项目 ‖ …2016年…年初承诺的12件民生实事全部完成。 ‖ …最终确定的10件民生实事是： ‖ ——…: the story's look back.)
  const announcedBelow = (p: { i: number }) => {
    const end = blocks.findIndex((b, k) => k > p.i && (b.type === "marker" || b.type === "table"));
    const lead = blocks.slice(p.i + 1, end < 0 ? undefined : end).findLast((b) => (b.type === "body" || b.type === "headline") && /[:：]\s*$/u.test(b.text));
    return lead ? statedCount(lead.text.split(/(?<=[。！？])/u).at(-1)!) : null;
  };
  const lookBack = (p: { i: number; year: number }) => {
    const below = done(p) ? announcedBelow(p) : null;
    // (The count of the sentence that opens another year's list: …确定该市2017年10件民生实事项目。)
    const counts = (b: Block) => {
      const m = LIST_OPENER.exec(b.text);
      return m ? statedCount(b.text.slice(m.index).split(/(?<=[。！？])/u)[0]!) : null;
    };
    return below !== null && below !== openerCount(p) && blocks.slice(0, p.i).some((b) => (b.type === "body" || b.type === "headline") && listOpenerYear(b.text) !== p.year && counts(b) === below);
  };
  const openers = opening.filter((p) => !opening.some((o) => Math.abs(o.i - p.i) === 1 && o.year !== p.year && ((done(p) && !done(o)) || introduces(p, o))) && !lookBack(p));
  // One opener after a list of its own (…第八项实事… ‖ 2021年，云浮市将集中力量办好民生实事，具体如下：)
  // opens the second list; the first is the one before it, of the year its items speak of.
  // (Text before it that never names the programme, but for the opener's own heading, is no list: a statistical bulletin's
  // sections, 一、综合 ‖ …地区生产总值… ‖ 专栏　2020年省委省政府为民办实事完成情况 ‖ 2020年，省委省政府确定的10件为民实事… ‖ 1.….)
  const before = openers.length === 1 ? blocks.slice(0, openers[0]!.i) : [];
  const ownHeading = before.at(-1)?.type === "headline" ? before.length - 1 : before.length;
  // (One paragraph whose inline list is as many as it counts, 2021年…六件民生实事全部完成。一是…六是…, is such a list too.)
  // (So is a table drawn one cell per line, its cells lines of their own: 序号 ‖ 项目名称 ‖ 完成情况 ‖ 1 ‖ ….)
  // (Not lines quoted from the report at the story's top, “新建农贸市场1个，摊位210个。” ‖ “新(改)建公厕12座。” ‖ …: its words, not a list.)
  // (So is a paragraph of ；-clauses after a colon, as many as the text before counts, where a list follows the opener: …2020年…
  // 承诺的十件民生实事全面完成 ‖ 一年来，…统筹推进民生实事项目建设：A；B；…；J。 ‖ 2021年，…这十件实事是： ‖ 1.…)
  const countedBefore = statedCounts(before.map((b) => b.text).join("\n"));
  const listBefore = before.filter((b) => holdsListText(b) && !QUOTED_PARAGRAPH.test(b.text)).length >= MIN_LIST_BEFORE || before.some((b) => countOfInline(b) !== null) || before.some((_, k) => lineTableHeader(before, k) !== null) || (before.some((b) => countedBefore.includes(colonClauses(b))) && blocks.slice(openers[0]?.i ?? blocks.length).some((b) => holdsListText(b) && !QUOTED_PARAGRAPH.test(b.text)));
  // (Not where the text before counts only the opener's own year's programme, 介绍2022年安阳市十件重点民生实事基本情况 ‖ … ‖
  // 附2022年安阳市十件重点民生实事： ‖ 1.…: it is the list's lede and talk, not a list of another year's.)
  const countedYears = new Set(before.flatMap((b) => b.text.split(/(?<=[。！？])/u)).flatMap((sentence) => {
    const years = new Set(allMatches(sentence, YEAR).map((m) => Number(m[1])));
    return years.size === 1 && statedCount(sentence) !== null ? [...years] : [];
  }));
  const ownYearOnly = openers.length === 1 && countedYears.size === 1 && countedYears.has(openers[0]!.year);
  if (openers.length === 1 && listBefore && !ownYearOnly && before.slice(0, ownHeading).some((b) => LIST_NAME.test(b.text))) {
    const at = openers[0]!.i;
    // (Where a paragraph before opens on one other year and counts its programme, in prose: 2023年，…8个民生实事项目全部完成…：A；B；…,
    // the first part is that year's.)
    const years = new Set(before.map((b) => (b.type === "body" && statedCounts(b.text).length ? Number(/^((?:19|20)\d{2})\s*年/u.exec(b.text)?.[1] ?? NaN) : NaN)).filter((y) => !Number.isNaN(y)));
    // (…or where a sentence before counts as many as a paragraph's colon-clauses tell, with one other year: …2020年…承诺的十件
    // 民生实事全面完成 ‖ 一年来，…：A；…；J。)
    const clauses = before.map(colonClauses).find((n) => n > 0 && countedBefore.includes(n));
    const clausesYears = clauses === undefined ? [] : [...countedYears].filter((y) => y !== openers[0]!.year && before.some((b) => b.text.split(/(?<=[。！？])/u).some((sentence) => statedCount(sentence) === clauses && sentence.includes(`${y}`))));
    // (…or, failing both, the year of the last part heading before it that names another year than the opener's: 一、2016年工作回顾 ‖
    // …十件民生实事全部办结： ‖ ——… ‖ 二、2017年工作安排 ‖ 2017年，我们将继续办好十件民生实事…)
    const partYear = headed.findLast((h) => h.i < at && isPartHeading(blocks[h.i]!) && h.year !== openers[0]!.year)?.year ?? null;
    const year = years.size === 1 && !years.has(openers[0]!.year) ? [...years][0]! : clausesYears.length === 1 ? clausesYears[0]! : partYear;
    return [
      { blocks: blocks.slice(0, at), year, heading: blocks.slice(0, Math.min(at, 3)).map((b) => b.text).join("\n") },
      { blocks: blocks.slice(at), year: openers[0]!.year, heading: blocks[at]!.text },
    ];
  }
  // One year's part heading after another year's programme told in counted clauses (…十件实事全部兑现：A；B；… ‖
  // 四、2010年为民办实事安排 ‖ （一）…): the heading opens the second list; the first is the clauses', of the year before
  // where the heading plans its year (a work report reviews the year before the one it plans), else of the year its text speaks of.
  const counted = headed.length === 1 ? blocks.slice(0, headed[0]!.i).find((b) => countOfClauses(b) !== null) : undefined;
  if (counted) {
    const at = headed[0]!.i;
    const planned = PLAN_HEADING.test(blocks[at]!.text);
    return [
      // (Its heading is the paragraph that counts it: the page's own date, above, is the next year's.)
      { blocks: blocks.slice(0, at), year: planned ? headed[0]!.year - 1 : null, heading: counted.text },
      { blocks: blocks.slice(at + 1), year: headed[0]!.year, heading: blocks[at]!.text },
    ];
  }
  for (const marks of [headed, openers]) {
    // Only a change of year opens a new list; repeated mentions of one year do not.
    const changes = marks.filter((m, k) => k === 0 || m.year !== marks[k - 1]!.year);
    if (new Set(changes.map((m) => m.year)).size < 2) continue;
    const at = changes.map((m) => m.i);
    const pieces = cut(blocks, at.slice(1));
    const skip = marks === headed ? 1 : 0; // a part heading is no item; an opener paragraph is read with its list
    const parts = pieces.map((piece, k) => {
      // The first part's heading text keeps the document's opening (headline, lede).
      const from = k === 0 && marks === headed ? at[0]! : 0;
      const heading = (k === 0 ? piece.slice(0, from + 1) : [piece[0]!]).map((b) => b.text).join("\n");
      return { blocks: piece.slice(from + skip), year: changes[k]!.year, heading };
    });
    return marks === headed ? withAppendedLists(parts, openers.map((o) => ({ block: blocks[o.i]!, year: o.year }))) : parts;
  }
  // A paragraph that announces this year's list (今年，…重点办好以下10件实事：) after text that tells another year's counted list
  // (去年8件重点民生实事全部完成。一是…八是…): the second list, this year's; the first, the year its text speaks of.
  if (!headed.length) {
    // (The list may follow in the paragraph itself: 今年，市政府将继续办好10件民生实事：一是…；二是….)
    const thisYear = blocks.map((b, i) => ({ b, i })).filter(({ b, i }) => (b.type === "body" || b.type === "headline") && (THIS_YEAR_OPENER.test(b.text) || THIS_YEAR_INLINE.test(b.text)) && opensNumberedList(blocks, i));
    const at = thisYear.length === 1 ? thisYear[0]!.i : -1;
    const before = blocks.slice(0, Math.max(at, 0));
    if (at > 0 && before.some((b) => (b.type === "body" || b.type === "headline") && OTHER_YEAR_LIST.test(b.text)) && before.some(holdsListText)) {
      return [
        { blocks: before, year: null, heading: before.slice(0, 3).map((b) => b.text).join("\n") },
        { blocks: blocks.slice(at), year: null, heading: blocks[at]!.text },
      ];
    }
  }
  // One part heading that names a year, over all the text that tells figures and with no part heading after it (一、2020年工作回顾 ‖
  // …年初承诺的十件民生实事全面完成：一是… ‖ （以下为2021年工作安排，略）): the list is that year's, whatever year the page's title
  // plans (2021年凯里市人民政府工作报告).
  const only = headed.length === 1 ? headed[0]! : undefined;
  if (only && isPartHeading(blocks[only.i]!) && !blocks.slice(0, only.i).some(holdsListText) && !blocks.slice(only.i + 1).some(isPartHeading)) return [{ blocks, year: only.year, heading: null }];
  return [{ blocks, year: null, heading: null }];
}

/**
 * Parts under headings of their years, where a later part ends on another year's list under a heading of its own (一、2024年
 * 工作回顾 …十件民生实事全面完成（完成情况见附表） ‖ 二、2025年工作安排 … ‖ 附表 ‖ 2024年十件民生实事完成情况 ‖ 1.… 2.…):
 * that list is the part of its year's, read after the part's own text.
 */
function withAppendedLists(parts: ListPart[], openers: Array<{ block: Block; year: number }>): ListPart[] {
  const out = parts.map((p) => ({ ...p, blocks: [...p.blocks] }));
  for (const [k, part] of out.entries()) {
    const opener = openers.find((o) => o.year !== part.year && part.blocks.indexOf(o.block) > 0 && o.block.type === "headline");
    const owner = opener ? out.find((p) => p.year === opener.year) : undefined;
    if (!opener || !owner || owner === part) continue;
    const at = part.blocks.indexOf(opener.block);
    // (The appendix's own heading, 附表, goes with it.)
    const from = at > 0 && APPENDIX.test(part.blocks[at - 1]!.text.trim()) ? at - 1 : at;
    owner.blocks.push(...part.blocks.slice(from));
    out[k] = { ...part, blocks: part.blocks.slice(0, from) };
  }
  return out;
}
// An appendix's heading: 附表 · 附件2 · 附表一.
const APPENDIX = /^附[表件][一二三四五六七八九十\d]?[:：]?$/u;

// A heading that names one region of several whose lists a text gives in turn (新城区 ‖ 新城区人民政府 ‖
// 2026年实施民生实事项目8项 ‖ …): the region's full name alone on its line, or its full name and a
// headline (天山区 确保民生支出…), short either way.
const REGION_HEADING = /^(?:[一二三四五六七八九十]+[、.]\s*)?([\u4e00-\u9fff]{2,10}?(?:区|县|市|旗))(?:\s*[^。]{0,30}|人民政府)?$/u;
// A list's heading that names its level and no region (2024年市级民生工程完成情况：), and the level each word names.
const LEVEL_LIST_HEADING = /^(?:(?:19|20)\d{2}\s*年度?)?全?([省市])级/u;
const LEVEL_OF_WORD: Record<string, RegionEntry["level"]> = { 省: "province", 市: "city" };
// A tag before a list's heading: 【市级】 · 【区级】.
const HEADING_TAG = /^【[^】]{1,6}】\s*/u;
// What a list's heading names: its programme (民生实事 · 为民办实事 · 民生工程 …).
const LIST_NAME = /实事|民生工程|民心工程|惠民工程|民生项目/u;
// A part heading over one region's list, the year first or after it: 一、沧州市2022年十件民生实事完成情况 ·
// 二、2021年越城区政府民生实事项目（8项）.
const REGION_PART_HEADING = /^(?:(?:19|20)\d{2}\s*年度?)?([\u4e00-\u9fff]{2,10}?(?:区|县|市|旗))(?:\s*[^。]{0,30})?$/u;
// A part this long at least: a heading followed at once by the next is a list of names, not parts.
const MIN_REGION_PART = 2;
// Words a region's part writes somewhere (a list has names of works; a table row's cells may be figures alone).
const PART_WORDS = /[\u4e00-\u9fff]{4}/u;

/** A heading that names a region: its block, the regions its name may be, and whether it heads a list. */
interface RegionHead {
  i: number;
  entries: RegionEntry[];
  list: boolean;
}

/**
 * The text cut into the lists of the regions it names in turn, each part under a heading of one
 * region: two or more regions at one level under one parent (a city's districts), each heading
 * followed by a list of its own. Null where the text is one region's.
 */
function regionParts(blocks: Block[]): ListPart[] | null {
  const idx = regionIndex();
  // `list`: the heading is a list's (a numbered part heading, or a short line naming the programme right over its
  // items: 柳州市2023年为民办实事项目（10项） ‖ 1.…).
  const heads: RegionHead[] = [];
  const levelHeads: Array<{ i: number; level: RegionEntry["level"] }> = [];
  blocks.forEach((b, i) => {
    const part = isPartHeading(b) && b.text.length <= MAX_PART_HEADING;
    // (A short paragraph may head a list too, where the page set its heading as text: 【区级】芦淞区2021年8件民生实事.)
    const body = b.type === "body";
    if (b.type !== "headline" && !body && !part) return;
    // (A tag may stand first.)
    const text = (part ? b.rest.trim() || b.text.replace(/^[一二三四五六七八九十]+[、.]\s*/u, "") : b.text.trim()).replace(HEADING_TAG, "");
    const list = part || (text.length <= MAX_PART_HEADING && LIST_NAME.test(text) && (blocks[i + 1]?.type === "marker" || blocks[i + 1]?.type === "table"));
    if (body && !list) return;
    const name = (list ? REGION_PART_HEADING.exec(text)?.[1] : undefined) ?? (body ? undefined : REGION_HEADING.exec(b.text.trim())?.[1]);
    const entries = name ? idx.byName.get(name)?.filter((e) => e.name === name && e.level !== "province") : undefined;
    // A line that names the region of the part it stands in (新城区 ‖ 新城区人民政府 · 玉泉区 ‖ … ‖
    // 玉泉区校园安全工程) is that part's, not a new one.
    const last = heads[heads.length - 1];
    if (entries?.length && (last?.entries[0]!.name !== name || (list && !last?.list))) heads.push({ i, entries, list });
    // A list's heading that names only its level (2024年市级民生工程完成情况：) is a region's the others resolve.
    const level = list && !entries?.length ? LEVEL_LIST_HEADING.exec(text)?.[1] : undefined;
    if (level) levelHeads.push({ i, level: LEVEL_OF_WORD[level]! });
  });
  // …the region at that level the named lists lie in: 市级 beside 广阳区's list is 廊坊市's.
  for (const { i, level } of levelHeads) {
    const owners = new Set(heads.filter((h) => h.list).flatMap((h) => h.entries.flatMap((e) => (e.parent?.level === level ? [e.parent] : []))));
    if (owners.size === 1) heads.push({ i, entries: [...owners], list: true });
  }
  heads.sort((a, b) => a.i - b.i);
  // Lists' headings that name regions are the parts; the page's other headlines are not (沧州市运河区人民政府 ‖ …).
  if (heads.filter((h) => h.list).length >= 2) heads.splice(0, heads.length, ...heads.filter((h) => h.list));
  if (heads.length < 2) return null;
  // One parent for all: the regions are parts of one place, as a text that speaks of them together names them;
  // or, under lists' headings, the place first and then its parts (一、沧州市… ‖ 二、运河区…: a city's list, then
  // one of its districts'; a headline that names the city and no list is the page's, not a part's).
  const parents = heads[0]!.entries.map((e) => e.parent).filter((p): p is RegionEntry => p !== null);
  const parent = parents.find((p) => heads.every((h) => h.entries.some((e) => e.parent === p)));
  const allLists = heads.every((h) => h.list);
  const whole = parent || !allLists ? undefined : heads[0]!.entries.find((p) => heads.slice(1).every((h) => h.entries.some((e) => e.parent === p)));
  if (!parent && !whole) return null;
  const regions = parent ? heads.map((h) => h.entries.find((e) => e.parent === parent)!) : [whole!, ...heads.slice(1).map((h) => h.entries.find((e) => e.parent === whole)!)];
  if (new Set(regions).size !== regions.length) return null;
  // The region's own government line under its heading (江岸区 ‖ 江岸区人民政府) is the heading's.
  const bodyFrom = (h: RegionHead) => (blocks[h.i + 1]?.text.trim() === `${h.entries[0]!.name}人民政府` ? h.i + 2 : h.i + 1);
  const parts = heads.map((h, k) => blocks.slice(bodyFrom(h), heads[k + 1]?.i ?? blocks.length));
  if (parts.some((part) => part.length < MIN_REGION_PART)) return null;
  // A part of figures alone (东坡区 ‖ 8000 ‖ 22921 ‖ 286.5 ‖ 彭山区 ‖ …) is a table's row, one cell per line: the
  // names are its rows' labels, not headings over lists.
  if (parts.some((part) => !part.some((b) => PART_WORDS.test(b.text)))) return null;
  return parts.map((part, k) => ({ blocks: part, year: null, region: regions[k]!, heading: [...blocks.slice(heads[k]!.i, bodyFrom(heads[k]!)), ...part.slice(0, 2)].map((b) => b.text).join("\n") }));
}

// A heading over a list that names the list's year: 2025年民生实事项目 · 二○二五年为民办实事项目清单
// (or with no 年 at all, as a headline may write it: 2022区办实事“出炉”)
const LIST_HEADING_YEAR = /((?:19|20)\d{2})(?:\s*年(?:度)?|(?=[\u4e00-\u9fff]))[^。,，]{0,16}?(?:实事|项目|工程|清单|举措)/u;
const LIST_HEADING_YEARS = new RegExp(LIST_HEADING_YEAR.source, "gu");
// How many blocks before the list its heading may stand (a group heading such as 老有所享 may come between).
const LIST_HEADING_REACH = 3;

/** The year a heading just above the list names, or null. */
function headingYear(preamble: Block[], first: ItemDraft | undefined): number | null {
  for (const [k, b] of preamble.slice(-LIST_HEADING_REACH).reverse().entries()) {
    // A headline above the list, or the paragraph that announces it (2019年“十件实事”…分别为：),
    // before the list where the paragraph goes on to name it (…A、B等热点问题…，为谋划2023年民生实事…).
    if (b.type !== "headline" && !(k === 0 && b.type === "body")) continue;
    const at = first?.titleSpan ? b.paragraph.span.pos.indexOf(first.titleSpan.pos[0]!) : -1;
    // (Not a paragraph that tells another year's programme done and neither holds nor announces the list: 县长…说，2018年县政府确定的
    // 10件实事已全部兑现。 ‖ 这10件实事是：1.…, the year's own list after the story of the last.)
    if (b.type === "body" && at < 0 && !/[:：]\s*$/u.test(b.text) && toldDone(b.text)) continue;
    // In the paragraph that names the list, the year nearest before it: 对2018年…项目落实情况进行测评，票决2019年…项目包括A、B…
    const m = at > 0 ? allMatches(b.text.slice(0, at), LIST_HEADING_YEARS).at(-1) : LIST_HEADING_YEAR.exec(b.text);
    // A heading that counts 今年's programme before it writes a year (重庆发布今年12项…，看2021年哪些实事…) speaks of that year in passing.
    const thisYear = THIS_YEAR_COUNT.exec(b.text);
    if (m && thisYear && thisYear.index < m.index!) continue;
    if (m) return Number(m[1]);
  }
  return null;
}

function cut(blocks: Block[], at: number[]): Block[][] {
  const out: Block[][] = [];
  let from = 0;
  for (const i of [...at, blocks.length]) {
    if (i > from) out.push(blocks.slice(from, i));
    from = i;
  }
  return out;
}

/** The next marked paragraph after an opener starts a list at 1, or short lines follow it, one per project. */
function opensNumberedList(blocks: Block[], i: number): boolean {
  // (A paragraph may hold the list it opens, after its colon: …重点办好以下十件实事：（一）促进就业创业，…；（二）….)
  if (blocks[i]!.type === "body" && INLINE_LIST_AFTER_COLON.test(blocks[i]!.text)) return true;
  // (Or the paragraph right after it may be that list, from its first mark: …现将完成情况通报如下： ‖ 一是…。二是….)
  if (blocks[i + 1]?.type === "body" && INLINE_LIST_OPENING.test(blocks[i + 1]!.text)) return true;
  const ahead = blocks.slice(i + 1, i + 4);
  const next = ahead.find((b) => b.type === "marker" || b.type === "numhead" || b.type === "table");
  // (A first mark run into the line of the work's name, 开展全民健身设施建设。1.新建… ‖ 2.建设…, numbers from 1 all the same.)
  const runInFirst = !!next && next.numbers[0] === 2 && ahead.slice(0, ahead.indexOf(next)).some((b) => b.type === "body" && /[。；;]\s*1[.．、](?!\d)/u.test(b.text));
  if (next) return next.type === "table" || next.numbers[0] === 1 || next.numbers.length === 0 || runInFirst;
  const lines = blocks.slice(i + 1, i + 1 + MIN_OPENED_LINES);
  return lines.length === MIN_OPENED_LINES && lines.every((b) => (b.type === "body" || b.type === "headline" || b.type === "label") && b.text.length <= MAX_OPENED_LINE);
}

// A list numbered from 1 inside a paragraph, right after its colon: ：（一）…（二） · ：1.…2. · ：一是…二是 · ：①…②; or told in
// ；-clauses, three at least: …十件民生实事包括：A，…；B，…；C，…；….
// (Only after a sentence that counts the list: 重点办好以下十件实事：; not 下一步将重点做好两方面工作：一是…二是….)
const MARKS_FROM_ONE = String.raw`[（(]一[)）][^]*?[（(]二[)）]|[（(]1[)）][^]*?[（(]2[)）]|1[.．、][^]*?2[.．、]|一是[^]*?二是|①[^]*?②`;
// (Not where the words before the colon count something else, 今年的十件重点民生实事有三个特点：一是…: its marks number that.)
// (The count may stand in the sentence before, where the programme is named before the colon: …最终确定8件。2024年区政府民生实事项目
// 分别是：A；B；….)
const INLINE_LIST_AFTER_COLON = new RegExp(String.raw`(?:(?:\d+|[一二三四五六七八九十两]+)\s*[件项][^。：:]{0,12}?(?:实事|民生|工程|项目)(?:(?![\d一二三四五六七八九十两]+\s*[个方条点])[^。：:]){0,12}|(?:民生实事|为民办实事|实事项目)(?:项目)?(?:分别是|分别为|包括))[:：]\s*(?:${MARKS_FROM_ONE}|(?:[^；;。]{2,120}[；;]){3})`, "u");
// A paragraph that opens on this year's programme and lists it inline after its colon: 今年，市政府将继续办好10件民生实事：一是….
const THIS_YEAR_INLINE = new RegExp(String.raw`(?:今年|本年)[^。]{0,40}?${INLINE_LIST_AFTER_COLON.source}`, "u");
// A paragraph that is such a list from its first mark.
const INLINE_LIST_OPENING = new RegExp(String.raw`^\s*(?:${MARKS_FROM_ONE})`, "u");
// Short lines after an opener, at least this many, each at most this long, are a list it opens.
const MIN_OPENED_LINES = 3;
const MAX_OPENED_LINE = 120;
// A paragraph headed by its label: 下步工作：… · 存在问题：…
const HEADED_PARAGRAPH = /^([^,，。:：]{2,8})[:：]/u;
// Items (marked, in a table, or paragraphs with figures) before a lone opener that make a list of their own.
const MIN_LIST_BEFORE = 3;
// A paragraph that is one quotation: “改造沿口镇老旧供水管网12公里，1.6万群众喝上放心水。”
const QUOTED_PARAGRAPH = /^\s*“[^“”]*”\s*$/u;

/** How many ；-clauses follow a paragraph's last colon to its sentence's end, four at least; else 0. */
function colonClauses(b: Block): number {
  if (b.type !== "body") return 0;
  const colon = Math.max(b.text.lastIndexOf("："), b.text.lastIndexOf(":"));
  const clauses = colon < 0 ? [] : b.text.slice(colon + 1).split("。")[0]!.split(/[;；]/u).filter((c) => c.trim().length >= 3);
  return clauses.length >= MIN_COLON_CLAUSES ? clauses.length : 0;
}
// Fewest ；-clauses after a colon that make a paragraph a list.
const MIN_COLON_CLAUSES = 4;

/** Whether a block may hold a list's text: a marked item, a table, or a paragraph with figures. (Before this year's opener, one
 * such block is enough for another year's list, 一是…八是 in one paragraph: the count it tells is the evidence.) */
const holdsListText = (b: Block): boolean => b.type === "marker" || b.type === "table" || (b.type === "body" && countFigures(b.text) > 0);

function isPartHeading(b: Block): boolean {
  return (b.type === "marker" && b.marker === "part") || (b.type === "headline" && /^[一二三四五六七八九十]+[、.]/.test(b.text));
}

// The heading of a notice's attachment, alone on its line: 附件 · 附件1 · 附件：.
const ATTACHMENT_HEAD = /^\s*附件\s*[0-9一二三]?\s*[:：]?\s*$/u;
// Fewest marked items after the attachment's heading that make it the list.
const MIN_ATTACHED_ITEMS = 2;

/**
 * A notice whose own text numbers its requirements (一、压紧压实责任。今年确定的12件… ‖ 二、…) before the attachment that lists
 * the projects in the same marks (附件 ‖ …工作目标任务 ‖ 一、城乡就业扩容提质 ‖ …): the notice's marked paragraphs read as its text,
 * which states the count, and the attachment's as the list.
 */
function withNoticeAsText(blocks: Block[]): Block[] {
  const at = blocks.findIndex((b) => (b.type === "body" || b.type === "headline") && ATTACHMENT_HEAD.test(b.text));
  if (at < 0) return blocks;
  const after = new Set(blocks.slice(at + 1).filter((b) => b.type === "marker" && b.marker).map((b) => b.marker!));
  const families = [...after].filter((m) => blocks.slice(at + 1).filter((b) => b.type === "marker" && b.marker === m).length >= MIN_ATTACHED_ITEMS);
  const restarts = (m: MarkerType) => blocks.slice(at + 1).find((b) => b.type === "marker" && b.marker === m)?.numbers[0] === 1;
  const before = (b: Block) => b.type === "marker" && families.includes(b.marker!) && restarts(b.marker!);
  if (!blocks.slice(0, at).some(before)) return blocks;
  return blocks.map((b, k) => (k < at && before(b) ? asText(b) : b));
}

/** A marked paragraph read as a paragraph of text, its mark kept in its words. */
function asText(b: Block): Block {
  return { ...b, type: "body", marker: undefined, numbers: [], rest: b.text, restAt: 0 };
}

// A part of a text numbered as such, over one level's programme: 第一部分　市十件民生实事 · 第二部分　省十件民生实事我市任务.
const NUMBERED_PART = /^第[一二三四五六七八九十]+部分/u;

/**
 * The parts of a text that gives two levels' programmes under numbered parts (第一部分　市十件民生实事 ‖ 一、… ‖ 第二部分　省十件
 * 民生实事我市任务 ‖ 1.…): each read as a list of its own, its projects of the level its heading names; null where fewer than two
 * such parts name different levels.
 */
function levelParts(blocks: Block[]): ListPart[] | null {
  const heads = blocks.flatMap((b, i) => ((b.type === "headline" || b.type === "body") && NUMBERED_PART.test(b.text.trim()) && b.text.length <= MAX_PART_HEADING ? [{ i, level: levelWord(b.text) }] : []));
  if (heads.length < 2 || heads.some((h) => h.level === null) || new Set(heads.map((h) => h.level)).size < 2) return null;
  // (The text before the first part, its lede, opens the first part.)
  return cut(blocks, heads.slice(1).map((h) => h.i)).map((part, k) => ({ blocks: part, year: null, heading: part.slice(0, 3).map((b) => b.text).join("\n"), level: heads[k]!.level! }));
}

// A section heading that names the programme, all but alone: 十一、民生实事 · 三、为民办实事完成情况.
const PROGRAMME_SECTION = new RegExp(`^[^，,。；;]{0,8}(?:${PROGRAMME_NAME.source})[^，,。；;]{0,8}$`, "u");
// Fewest sections of a document that make its sections furniture around the programme's one.
const MIN_SECTIONS = 3;

/**
 * The one section of a document cut into sections by one family of marks (一、综合 ‖ 二、农业 ‖ … ‖ 十一、民生实事 ‖ …, a
 * statistical bulletin) whose heading names the programme, where no other section's does and it states a count, or, where no
 * heading names it, whose paragraph counts it: its blocks alone, the others the document's own furniture. Null where there is no
 * such section.
 */
function programmeSection(blocks: Block[]): Block[] | null {
  for (const family of new Set(blocks.flatMap((b) => (b.type === "marker" && b.marker && b.numbers.length === 1 ? [b.marker] : [])))) {
    const heads = blocks.flatMap((b, i) => (b.type === "marker" && b.marker === family && b.numbers.length === 1 ? [i] : []));
    if (heads.length < MIN_SECTIONS) continue;
    const named = heads.filter((i) => PROGRAMME_SECTION.test(blocks[i]!.rest.trim()));
    const sectionAt = (i: number) => blocks.slice(i + 1, heads[heads.indexOf(i) + 1] ?? blocks.length);
    if (named.length === 1) {
      const section = sectionAt(named[0]!);
      if (section.some((b) => statedCounts(b.text).length > 0)) return section;
      continue;
    }
    // (Where no heading names it, the one section whose paragraph counts the programme and tells it, under headings of the
    // document's own topics, short and without a figure (九、人民生活和社会保障 ‖ …全年实施十项惠民实事…。其中：A；B；…), where
    // nothing before the sections counts it: a bulletin's account of the programme among its other business.)
    const counts = (b: Block) => b.type === "body" && PROGRAMME_NAME.test(b.text) && statedCounts(b.text).length > 0;
    // (…and tells it there, in ；-clauses as many as three quarters of its count at least: the list is in the section.)
    const tells = (b: Block) => counts(b) && b.text.split(/[;；]/u).length >= Math.max(...statedCounts(b.text)) * MOST_TOLD;
    const topics = heads.every((i) => blocks[i]!.rest.trim().length <= MAX_TOPIC_HEADING && !/\d/u.test(blocks[i]!.rest));
    const holding = heads.filter((i) => sectionAt(i).some(counts));
    if (!named.length && topics && holding.length === 1 && sectionAt(holding[0]!).some(tells) && !blocks.slice(0, heads[0]).some(counts)) return sectionAt(holding[0]!);
  }
  return null;
}
/**
 * The programme's section (see programmeSection) where reading it alone finds half its count at least; null where there is no
 * such section, or where the section only counts the programme and leaves its list to the rest of the text (二、12项民生实事
 * 完成情况 ‖ 12项民生实事全部完成年度目标任务（详见附件2） ‖ 三、… ‖ 附件2 ‖ the table).
 */
function programmeSectionReading(blocks: Block[], statedIn: (blocks: Block[]) => number[], items: MarkerType | null): Block[] | null {
  const section = programmeSection(blocks);
  if (!section) return null;
  const stated = statedIn(section);
  const read = proposeCandidates(section, stated, items)[0]?.structure.items.length ?? 0;
  return !stated.length || read >= Math.max(...stated) / 2 ? section : null;
}
// A topic's heading in a document cut into topics is this short: 人民生活和社会保障 · 教育、科技和文化.
const MAX_TOPIC_HEADING = 12;
// The share of its count a topic's paragraph must tell in ；-clauses to hold the programme's list.
const MOST_TOLD = 0.75;

/** A list ends where its closing section begins: what follows are measures, not projects. */
function closeList(blocks: Block[]): Block[] {
  // A closing head each item repeats (一、… ‖ 年度目标：… ‖ 推进情况：… ‖ 下步工作：… ‖ 二、…) is a field of every item, closing none.
  const heads = blocks.map((b) => (b.type === "body" ? (HEADED_PARAGRAPH.exec(b.text)?.[1] ?? null) : null));
  const repeated = (i: number) => heads[i] !== null && heads.filter((h) => h === heads[i]).length >= 2;
  let seen = 0;
  // Whether list text stands before the block: a closing section closes only what came before it.
  let afterText = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "marker" || b.type === "table" || b.type === "numhead") seen++;
    // A paragraph headed as the closing section (存在问题：一是…二是…) ends a list of any layout.
    // So does 下一步，… after the list's text.
    if (afterText && b.type === "body" && CLOSING_HEAD.test(b.text) && /^[^,，。]{2,8}[:：]|^(?:下一步|下步)[,，]/u.test(b.text) && !repeated(i)) return withAppendedTable(blocks, i);
    if (b.type !== "headline" && b.text.length > MIN_LIST_TEXT) afterText = true;
    if (seen < 2) continue;
    // A rule drawn after the list's last item parts what follows from it (…10.开展…1600场。 ‖ ------ ‖ 临河区开展…大检查):
    // another section or another story on the page.
    if (b.paragraph.ruled && !blocks.slice(i).some((c) => c.type === "marker" || c.type === "table" || c.type === "numhead")) return withAppendedTable(blocks, i);
    const opens = !repeated(i) && (CLOSING_HEAD.test(b.rest.trim()) || ((b.type === "body" || b.type === "headline") && CLOSING_LEAD.test(b.text) && /[:：]\s*$|^下一步/.test(b.text.trim())) || (b.type === "body" && PROGRAMME_BACKGROUND.test(b.text) && !namesAsCounted(b)));
    if (opens) return withAppendedTable(blocks, i);
  }
  return blocks;
}

// Fewest rows (header included) of a table after the closing section that make it the text's appendix.
const MIN_APPENDED_ROWS = 3;

/**
 * The blocks before the closing section at `at`, and a table after it where none stands before
 * (附表: the programme's rows after 下一步, the signature and the date): the list the text gives in
 * its appendix, the closing section's text between them left out.
 */
function withAppendedTable(blocks: Block[], at: number): Block[] {
  const before = blocks.slice(0, at);
  if (before.some((b) => b.type === "table")) return before;
  const table = blocks.findIndex((b, k) => k > at && b.type === "table");
  if (table >= 0 && blocks.slice(table).filter((b) => b.type === "table").length >= MIN_APPENDED_ROWS) return [...before, ...blocks.slice(table)];
  // (So is a table drawn one cell per line: 序号 ‖ 项目名称 ‖ … ‖ 1 ‖ 城乡就业促进 ‖ ….)
  const lines = blocks.findIndex((_, k) => k > at && lineTableHeader(blocks, k) !== null);
  if (lines >= 0 && !before.some((_, k) => lineTableHeader(before, k) !== null)) return [...before, ...blocks.slice(lines)];
  // (So is a table whose rows the page gave as numbered lines, 1 城镇新增就业… ‖ 2 … ‖ … ‖ 10 …, longer than any numbered run
  // before the closing section (（一）坚持高位推动 ‖ （二）… of the notice's own): its rows from 1, each numbered on from the one before.)
  const run = numberedRunAfter(blocks, at);
  return run.at >= 0 && run.length > numberedRunAfter(before, 0).length ? [...before, ...blocks.slice(run.at)] : before;
}

// Fewest numbered lines after a closing section that make the text's appended list.
const MIN_APPENDED_RUN = 3;

/** Where the longest run of numbered lines 1, 2, 3 … (MIN_APPENDED_RUN at least) after `from` starts, and how long it is; at -1 where none. */
function numberedRunAfter(blocks: Block[], from: number): { at: number; length: number } {
  let best = { at: -1, length: 0 };
  for (let k = from; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "marker" || b.numbers[0] !== 1) continue;
    // (Not lines that open right under a closing head: they are its own, 下一步工作要求： ‖ 1.各牵头单位要… ‖ 2.… · 二、存在的主要问题 ‖
    // （一）部分项目前松后紧。… ‖ （二）….)
    const above = blocks[k - 1];
    if (above && (CLOSING_HEAD.test(above.rest.trim()) || CLOSING_HEAD.test(above.text.trim()))) continue;
    let next = 2;
    for (const x of blocks.slice(k + 1)) if (x.type === "marker" && x.marker === b.marker && x.numbers[0] === next) next++;
    if (next - 1 >= MIN_APPENDED_RUN && next - 1 > best.length) best = { at: k, length: next - 1 };
  }
  return best;
}

function check(layout: string, items: ItemDraft[], stated: number[] | null, candidates: string[]): ListCheck {
  const numbers = items.map((it) => it.no);
  let numbering: ListCheck["numbering"] = "ok";
  if (numbers.every((n) => n === null)) numbering = "unnumbered";
  else {
    for (let k = 1; k < items.length; k++) {
      const [a, b] = [numbers[k - 1], numbers[k]];
      if (a == null || b == null) continue;
      const newGroup = opensGroup(items[k - 1], items[k]!);
      if (b === 1 && !newGroup) numbering = "restarts";
      else if (b !== a + 1 && !(b === 1 && newGroup) && numbering === "ok") numbering = "gaps";
    }
  }
  const count = stated?.length ? stated.reduce((best, s) => (Math.abs(s - items.length) < Math.abs(best - items.length) ? s : best)) : null;
  return { layout, stated: count, read: items.length, numbering, candidates };
}
