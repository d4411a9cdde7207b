// Projects named in one sentence ("今年确定的十件实事是：A、B、C…和J。"), with their figures
// in the paragraphs after it, one clause per project in the list's order.
import { CLOSED_END, sliceSpan, splitAt, type Span, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { MONEY_CLAUSE, PROGRAMME_NAME, cleanTitle, firstClause, splitTopLevel, topLevelPieces } from "../titles.ts";
import { bigramDice as dice } from "../similarity.ts";
import { numeral } from "../markers.ts";
import { statedCount, statedCounts } from "../segment.ts";
import { countFigures, figureTokens } from "../figures-count.ts";
import { DONE_WORDS } from "../figures.ts";

// The sentence that announces the list: …十件实事是： · …10件民生实事包括： · 确定了以下8项为民办实事：
// · “十件民生实事”具体为： · 十大民生实事项目分别是： · 十大民生实事项目与群众息息相关，包括： ·
// 民生实事项目票决结果公布，分别为
const ANNOUNCE = new RegExp(
  "(?:\\d+|[一二三四五六七八九十两]+)\\s*(?:[件项大个类]|个?方面)\\s*(?:[省市县区]级?)?(?:重点)?(?:民生实事|为民办实事|为民实事|实事|民生项目|惠民实事|民生工程|惠民工程|民生(?:谋划)?举措)(?:项目)?[”\"」]?" +
    "(?:(?:分别|具体|主要|依次)?(?:是|为|包括|有)\\s*[:：]?|\\s*[:：]|[^。;；:：]{0,30}?(?:分别是|分别为|具体是|具体为|包括|包含[^。;；:：,，]{0,12}?[,，]\\s*即|涵盖|涉及(?=(?:[^。;；,，、]{2,24}、){2,}[^。;；,，、]{2,24}?[。;；]))\\s*[:：]?|[^。;；:：,，]{0,20}?[:：])" +
    // 涉及 only before names that run to the sentence's end (…涉及A、B、C等。), not topics (涉及医疗、教育等多个民生问题，…)
    // The count after the noun, or a list of 项目: …重点民生实事项目8个，包括 · 5个项目包括
    "|(?:实事|项目)[^。;；]{0,8}?(?:\\d+|[一二三四五六七八九十两]+)\\s*[个项件][^。;；:：]{0,20}?(?:包括|分别是|分别为|具体是|具体为)\\s*[:：]?" +
    "|(?:\\d+|[一二三四五六七八九十两]+)\\s*个(?:民生|实事|重点)*项目(?:分别是|分别为|包括|是)\\s*[:：]?" +
    // No count at all: 今年，我县将集中力量办好民生实事：A、B、… · 民生实事全部完成年度目标任务：A、B、…
    "|(?:民生实事|为民办实事|为民实事|惠民实事)(?:项目)?[^。;；:：,，]{0,16}?[:：]" +
    // …or some of them in turn: 得分居前的项目(按得分从高到低)分别是：A、B、… · 这些实事进展情况具体是：A…；B…；
    "|(?:项目|实事)[^。;；:：,，]{0,16}?(?:分别是|分别为|具体是|具体为)\\s*[:：]" +
    // …or the vote's outcome: 民生实事项目票决结果公布，分别为A、B、…
    "|(?:民生实事|为民办实事|惠民实事)(?:项目)?票决结果[^。;；:：,，]{0,6}?[,，]\\s*(?:分别是|分别为)\\s*[:：]?",
  "u",
);
// A list holds at least this many names; fewer is a sentence, not a list.
const MIN_NAMES = 4;
// …but three are, where a count closes them (A、B、C等6个项目): the text says they are a list.
const MIN_COUNTED_NAMES = 3;
// A name of a project is short: longer pieces are clauses of prose (a published list may
// name one at length: 城镇新增就业30万人及支持1万名未就业普通高校毕业生基层就业).
const MAX_NAME = 36;
const COUNTED_MAX_NAME = 40;
// How far ahead of the current project a clause may look for its owner.
const LOOKAHEAD = 3;
// Bigram overlap that counts as a clause naming a project (改造老旧小区24个 ~ 老旧小区改造).
const MIN_ECHO = 0.15;
// Bigram overlap of a clause that all but repeats a project's name, wherever it stands in the list.
const STRONG_ECHO = 0.5;

/** The year a paragraph opens with (2015年，…), the mark of another year's list; or null. */
const opensYear = (b: Block): string | null => /^((?:19|20)\d{2})\s*年/u.exec(b.text)?.[1] ?? null;

export function sentenceItems(blocks: Block[]): Structure | null {
  const first = announcedList(blocks, 0, blocks.length);
  if (!first) return countedRuns(blocks) ?? namesBeforeCount(blocks) ?? namesJoinedThenCounted(blocks) ?? namesThenChosen(blocks) ?? namesAnnounced(blocks) ?? quotedNames(blocks) ?? groupedItems(blocks);
  // Another year's list announced by a later paragraph that opens with its year (2023年，…5项民生实事
  // 全部完成：A、B… ‖ 2024年，…将办好12项民生实事：C、D…): a second list, each taking the clauses before the other.
  const firstYear = opensYear(blocks[first.at]!);
  for (let k = first.at + 1; k < blocks.length; k++) {
    const year = blocks[k]!.type === "body" ? opensYear(blocks[k]!) : null;
    if (!year || year === firstYear) continue;
    const second = announcedList(blocks, k, blocks.length, true);
    if (!second) break;
    const own = announcedList(blocks, first.at, k, true)!;
    const items = [...own.structure.items, ...second.structure.items.map((it) => ({ ...it, list: 1 }))];
    return { items, preamble: own.structure.preamble, lists: 2, ...(own.structure.partial ? { partial: true } : {}) };
  }
  // Another year's whole list named and counted in a paragraph before (…票决2019年县政府民生实事项目，包括A、B、…J十个项目。 ‖
  // 2018年…票决产生的十个民生实事项目均已完成年度任务：C…；D…): a second list, each of the year named right before its names.
  const earlier = first.at > 0 ? namesBeforeCount(blocks.slice(0, first.at)) : null;
  const [before, after] = [earlier && !earlier.partial ? yearBeforeNames(earlier) : null, yearBeforeNames(first.structure)];
  if (earlier && before !== null && after !== null && before !== after) {
    const items = [...earlier.items, ...first.structure.items.map((it) => ({ ...it, list: 1 }))];
    return { items, preamble: earlier.preamble, lists: 2, listYears: [before, after], ...(first.structure.partial ? { partial: true } : {}) };
  }
  return first.structure;
}

// A sentence that adds names after the works told (此外，还有育苗工程、健康工程、…和平安工程，分别落在…).
const ADDED_NAMES = /(?:此外|另外)[，,]?\s*(?:还有|还包括|还将实施)\s*((?:[^、，,。；;:：]{2,16}、)+[^、，,。；;:：]{2,16}?(?:和|及|以及)[^、，,。；;:：]{2,16}?)(?=[，,。；;]|$)/u;

/** The names the first sentence that adds works after the others names (此外，还有A、B和C), or null. */
export function addedNames(blocks: Block[]): ItemDraft[] | null {
  for (const b of blocks) {
    if (b.type !== "body") continue;
    const m = ADDED_NAMES.exec(b.text);
    if (!m) continue;
    const items = namedItems(b, m.index + m[0].indexOf(m[1]!), splitTopLevel(m[1]!));
    if (items.length >= 2) return items;
  }
  return null;
}

/** The last year a list's paragraph names before its first name (…票决2019年县政府民生实事项目，包括A、…), or null. */
function yearBeforeNames(structure: Structure): number | null {
  const b = structure.preamble.at(-1);
  const at = structure.items[0]?.titleSpan?.pos[0];
  if (!b || at === undefined) return null;
  const years = allMatches(b.text.slice(0, at - b.paragraph.span.pos[0]!), /((?:19|20)\d{2})\s*年/gu);
  return years.length ? Number(years.at(-1)![1]) : null;
}

// A clause that only states the money or the rate a project is given (投资1.2亿元，实施… · 按照每户800元标准，为…):
// the project's name is in the clause after it.
const MONEY_ONLY = new RegExp(`^${MONEY_CLAUSE}$|^按(?:照)?每[户人]\\s*[\\d.]+\\s*元(?:的)?标准$`, "u");
// …or a money lead run straight into the work (投资1260万元在旧城区新建公共厕所10座): the work names it.
const MONEY_LEAD = new RegExp(`^${MONEY_CLAUSE}(?=[\\u4e00-\\u9fff]{4})`, "u");

// Fields a 等 closes (住房、教育…等方面), what is said of them, and the 即 the works follow.
const FIELDS_BEFORE_JI = /^[^。;；]*?等(?:方面|领域)[^。;；]*?[,，]\s*即\s*[:：]?/u;

/** The comma-clause of a ；-clause that names its project: the first, past any that only states its money. */
function namingClause(text: string): string {
  const parts = text.split(/[,，]/u);
  const k = parts.findIndex((p) => !MONEY_ONLY.test(p.trim()));
  return parts[k < 0 ? 0 : k]!.replace(MONEY_LEAD, "");
}

/**
 * The first list announced in blocks [from, end) (only at `from` when `here`), its later
 * paragraphs up to `end` adding their figures to it.
 */
function announcedList(blocks: Block[], from: number, end: number, here = false): { at: number; structure: Structure } | null {
  for (let k = from; k < (here ? from + 1 : end); k++) {
    const b = blocks[k]!;
    if (b.type !== "body") continue;
    const m = ANNOUNCE.exec(b.text) ?? announcedAfterCount(b.text);
    if (!m) continue;
    const start = m.index! + m[0].length;
    // (An ellipsis ends the names too: …完成20个村的农村供水工程改造升级……一幅幅温暖的民生图景跃然纸上.)
    const stop = b.text.slice(start).search(/[。;；…⋯]/);
    const list = b.text.slice(start, stop < 0 ? undefined : start + stop);
    // Names are split at 、; the list ends at the first comma after them, and the last name
    // joins with 和/及: …新增便民停车泊位和提升公交出行服务，经第三方评估验收
    // (Names may stand each in its quotes, one after another with nothing between: 分别是：“A”“B”…“J”。)
    const pieces = quotedRunNames(list) ?? commaNames(list) ?? splitTopLevel(list.split(/[,，]/)[0]!.length < list.length ? list.replace(/^((?:[^,，]*?、)+[^,，]*)[,，].*$/u, "$1") : list);
    // Long items stand one per ；-clause: 这十件民生实事分别是：完成…道路拓宽改造工程；完成…棚户区改造500套；…
    // (The fields the works bear on may come first, the works after 即: 涵盖住房、教育…等方面，…，即投资…，实施…；…)
    const fieldsFirst = FIELDS_BEFORE_JI.exec(b.text.slice(start));
    const clauses = clausesAfter(b, fieldsFirst ? start + fieldsFirst[0].length : start);
    if (clauses.length >= MIN_NAMES) {
      const items = clauses.map((span) => ({ no: null, title: cleanTitle(namingClause(span.text)), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 }) as ItemDraft);
      return { at: k, structure: { items, preamble: blocks.slice(0, k + 1), lists: 1 } };
    }
    // A list that closes with 等 names only some of its projects (…改造15万户农村户用卫生厕所等).
    // So does one announced without a count of its own (得分居前的项目分别是：…), but for the vote's outcome,
    // which names all it chose (民生实事项目票决结果公布，分别为…).
    const partial = /等(?:项目|工程)?$/u.test(pieces[pieces.length - 1] ?? "") || (!/\d|[一二三四五六七八九十两]\s*[件项大个类方]/u.test(m[0]) && !/票决结果/u.test(m[0]));
    // Names a 等 closes as fields (涵盖了生态环保、城乡建设、…、社会保障等民生领域) are what the projects bear on, not the projects.
    if (FIELDS_COUNTED.test(pieces[pieces.length - 1] ?? "")) continue;
    // (So are names as many as the fields the sentence counts before its works: 实施十个方面38项民生实事项目，涉及就业、教育、…十个.)
    if (countsFields(b.text.slice(0, start), pieces.length)) continue;
    const items = namedItems(b, start, pieces, statedCount(m[0]));
    if (items.length < MIN_NAMES) continue;
    // A bare 是 may be a copula (65件民生实事项目是县政府对全县人民的庄严承诺、…): without a colon
    // or 分别/具体, the pieces must read as names of projects.
    if (/(?<!分别|具体|主要|依次)[是为有]$/u.test(m[0]) && items.filter((it) => NAME_END.test(it.title)).length < items.length / 2) continue;
    assignRest(items, b, stop < 0 ? b.text.length : start + stop);
    assignClauses(items, blocks.slice(k + 1, end).filter((x) => x.type === "body" || x.type === "marker"));
    return { at: k, structure: { items, preamble: blocks.slice(0, k + 1), lists: 1, ...(partial ? { partial } : {}) } };
  }
  return null;
}

/**
 * Whether a paragraph names as many works as it counts (据介绍，这10项民生实事项目分别是A、B、…J。): the programme's
 * list itself, however it opens, and no background to a list before it.
 */
export function namesAsCounted(b: Block): boolean {
  const read = announcedList([b], 0, 1, true);
  if (!read) return false;
  const m = ANNOUNCE.exec(b.text);
  return !!m && statedCount(m[0]) === read.structure.items.length;
}

/** The lists named in sentences: the first the text announces, and one it includes and counts at the sentence's end; the candidates module weighs them. */
export function sentenceReadings(blocks: Block[]): Array<Structure | null> {
  // (Runs of names each met by its count, together the programme's, are a reading where a list is announced too: 已完成5项，
  // 分别是：… beside 剩余5项中，….)
  const first = sentenceItems(blocks);
  const runs = announcedList(blocks, 0, blocks.length) ? runsMeetingCount(...writtenRuns(blocks)) : null;
  return [first, includedThenCounted(blocks), categoryItems(blocks), countedClauses(blocks), announcedParagraphs(blocks), clausesAfterCount(blocks), countedSentences(blocks), runs];
}

// Fewest projects a count and its sentences make a list of, and the share of them told with figures.
const MIN_COUNTED = 3;
const COUNTED_FIGURED = 0.75;
// A task's aim opening its sentence, up to this long, before its figures: 促进高质量充分就业，城镇新增就业1.65万人…
const MAX_AIM = 20;

/**
 * The sentences (or ；-clauses) that follow a sentence stating the programme's count, in its paragraph, where they
 * are exactly as many as it counts, most tell figures and most open on their aim: a work report's passage (扎实办好
 * 十件民生实事。…集中力量办好十件民生实事，…。促进高质量充分就业，城镇新增就业1.65万人…。扩大普惠托育…。…). Null where
 * the paragraph holds no such run.
 */
function countedRun(b: Block): { count: number; sentences: Span[] } | null {
  // (A section of a work report may hold it: （五）坚持民生为本…。…12件重点民生实事全部完成。A，…)
  if (b.type !== "body" && b.type !== "marker") return null;
  const sentences = splitAt(b.paragraph.span, /[。！？!?]/u).filter((s) => s.text.trim().length > 0);
  for (const [n, sentence] of sentences.entries()) {
    const count = statedCount(sentence.text);
    if (count === null || count < MIN_COUNTED) continue;
    // …or as many ；-clauses of the sentences after it (…全部完成。A，…；B，…；…。).
    const after = sentences.slice(n + 1);
    const clauses = after.flatMap((s) => splitAt(s, /[;；]/u)).filter((c) => c.text.replace(/[;；。\s]/gu, "").length >= MIN_CLAUSE_NAME);
    const rest = after.length === count ? after : clauses.length === count ? clauses : null;
    if (!rest) continue;
    if (rest.filter((s) => /\d|[一二三四五六七八九十两]+[万千百]?[个所座条公人户家项]/u.test(s.text)).length < count * COUNTED_FIGURED) continue;
    // …each (but a few) opening on its aim, a clause of words alone (促进高质量充分就业，…): not a story's sentences of what was done.
    if (rest.filter((s) => aimOf(s.text) !== null).length < count * COUNTED_FIGURED) continue;
    return { count, sentences: rest };
  }
  return null;
}

// Words that open a sentence about the place or the time, not a task's aim: 全县… · 今年… · 截至…
const NOT_AN_AIM = /^(?:全[省市县区]|我[省市县区]|今年|去年|截至|截止|其中|同时|此外|目前)/u;

/** The aim a sentence or clause opens on (促进高质量充分就业，…), a clause of words alone up to MAX_AIM long; else null. */
function aimOf(text: string): string | null {
  const trimmed = text.replace(/^\s+/u, "");
  const comma = trimmed.search(/[,，;；:：]/u);
  const aim = comma > 0 && comma <= MAX_AIM ? trimmed.slice(0, comma) : null;
  return aim && !/[\d“”"]/u.test(aim) && !NOT_AN_AIM.test(aim) ? aim : null;
}

/** The count of a paragraph that states it and goes on with as many sentences, each a project (countedRun), else null. */
export function countOfSentences(b: Block): number | null {
  return countedRun(b)?.count ?? null;
}

/** The first paragraph that holds a countedRun, read as the list: each sentence or clause one project, its aim the title. */
function countedSentences(blocks: Block[]): Structure | null {
  for (const [k, b] of blocks.entries()) {
    const run = countedRun(b);
    if (!run) continue;
    const items = run.sentences.map((span): ItemDraft => {
      const text = span.text.replace(/^\s+/u, "");
      const lead = span.text.length - text.length;
      const name = aimOf(text) ?? firstClause(text, text.search(/[。！？!?]/u));
      return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, lead, lead + name.length), level: null, section: null, responsible: [], passages: [{ span: sliceSpan(span, lead + name.length, span.text.length), role: null }], list: 0 };
    });
    if (items.some((it) => it.title.length < MIN_CLAUSE_NAME)) continue;
    return { items, preamble: blocks.slice(0, k), lists: 1 };
  }
  return null;
}

// A count that a colon closes, the programme's clauses after it: 十件民生实事全面完成：新增城镇就业5820人…；新建…；…。
const COUNT_THEN_COLON = new RegExp(String.raw`(?<![\d一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*[项件个](?:重点)?(?:${PROGRAMME_NAME.source}|民心实事|实事)(?:项目)?[^。:：;；,，]{0,10}[:：]`, "gu");

/**
 * The ；-clauses after a count a colon closes, in each such sentence of the span, with that count: as many as it counts (four at
 * least), or fewer, three fifths of the count at least (十件民生实事全面完成：A…；B…；… telling eight of them · 20项民心工程全面完成： telling thirteen).
 */
function* countedColonClauses(span: Span): Generator<Span[] & { count: number }> {
  for (const m of allMatches(span.text, COUNT_THEN_COLON)) {
    const from = m.index! + m[0].length;
    const stop = span.text.indexOf("。", from);
    // (A run the page elides, ……, tells only some of them however few: 十件民生实事全部办结：A；B；C；D；E……城乡低保…。)
    const elided = span.text.indexOf("……", from);
    const cut = elided >= 0 && (stop < 0 || elided < stop);
    const end = cut ? elided : stop;
    const clauses = splitAt(sliceSpan(span, from, end < 0 ? span.text.length : end), /[;；]/).filter((c) => c.text.replace(/[;；\s]/gu, "").length >= MIN_CLAUSE_NAME);
    const count = numeral(m[1]!);
    if (clauses.length >= MIN_NAMES && clauses.length <= count && (cut || clauses.length >= count * MOST_CLAUSES)) yield Object.assign(clauses, { count });
  }
}
// The share of its count a sentence's clauses must tell to be that programme's, some of it left untold.
const MOST_CLAUSES = 0.6;

/** The count of a paragraph's count-colon-clauses sentence where as many clauses follow as it counts (or most of them), else null. */
export function countOfClauses(b: Block): number | null {
  for (const clauses of countedColonClauses(b.paragraph.span)) return clauses.count;
  return null;
}

/**
 * A work report's account in one sentence: a count, a colon, and as many ；-clauses as it counts (or three fifths of them at
 * least, a part), each one project told by what was done (新增城镇就业5820人，转移农村劳动力1.6万人；新建改扩建城乡学校14所…；…).
 */
function clausesAfterCount(blocks: Block[]): Structure | null {
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body" && b.type !== "marker") continue;
    for (const clauses of countedColonClauses(b.paragraph.span)) {
      const items = clauses.map((span): ItemDraft => {
        const comma = span.text.search(/[,，;；]/u);
        const name = comma < 0 ? span.text : span.text.slice(0, comma);
        // (A clause that opens on the field it tells, 在促进就业方面，…, is that field's project: the field is its name.)
        const field = FIELD_LEAD.exec(name);
        const [from, to] = field ? [name.indexOf(field[1]!), name.indexOf(field[1]!) + field[1]!.length] : [0, name.length];
        return { no: null, title: cleanTitle(name.slice(from, to)), titleSpan: sliceSpan(span, from, to), level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
      });
      if (items.some((it) => it.title.length < MIN_CLAUSE_NAME)) continue;
      // (Fewer clauses than the count tell most of the programme, a part of it.)
      const told = clauses.count === items.length;
      return { items, preamble: blocks.slice(0, k), lists: 1, ...(told ? {} : { partial: true }) };
    }
  }
  return null;
}

// A paragraph that goes on the list has a sentence of its own; one this long is a whole article's prose.
const MAX_ITEM_PARAGRAPH = 200;
// A quoted name opening an item's paragraph: 实施“光明工程”，为6万例…
const QUOTED_LEAD = /^[^。;；,，]{0,6}?[“"「]([^”"」]{2,24})[”"」]/u;

/**
 * Projects announced by a count and a cue that ends its sentence's opening ("这十件惠民实事具体包括："),
 * the first told after the cue and each of the rest in a paragraph of its own, as many as the count.
 */
function announcedParagraphs(blocks: Block[]): Structure | null {
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    const m = ANNOUNCE.exec(b.text);
    if (!m || !/\d|[一二三四五六七八九十两]/u.test(m[0])) continue;
    const count = statedCount(m[0]);
    const start = m.index! + m[0].length;
    // What follows the cue is the first project, not a list of fields (内容涵盖教育、卫生…等。).
    if (count === null || count < MIN_NAMES || start >= b.text.length - 4 || /等[。.]?$/u.test(b.text)) continue;
    // …nor the list itself, named after the cue (包括：A、B、C和D。): another reading's.
    if ((b.text.slice(start).split(/[。;；]/u)[0]!.match(/、/gu) ?? []).length >= 2) continue;
    const spans = [sliceSpan(b.paragraph.span, start, b.paragraph.span.text.length)];
    for (const next of blocks.slice(k + 1)) {
      if (spans.length >= count || next.type !== "body" || next.text.length > MAX_ITEM_PARAGRAPH) break;
      spans.push(next.paragraph.span);
    }
    if (spans.length < MIN_NAMES) continue;
    const items = spans.map((span): ItemDraft => {
      const quoted = QUOTED_LEAD.exec(span.text)?.[1];
      const title = quoted ?? firstClause(span.text, span.text.search(/[。;；]/u));
      return { no: null, title: cleanTitle(title), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
    });
    return { items, preamble: blocks.slice(0, k), lists: 1, ...(spans.length < count ? { partial: true } : {}) };
  }
  return null;
}

// The count that closes a sentence about some projects: 40个实事项目中，有10个项目超额完成节点任务。 (the last count, 10)
const COUNTING_SENTENCE = /(?<![\d一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*[个项件](?:实事|民生)?(?:项目|实事|事项)?(?=[^。;；\d]{0,20}。$)/u;
// Where a clause's project name ends and its report begins: 村内道路建设|年度任务是… · 村邮站建设|年度计划… · 提高新农合保障水平|全年目标是… · …|已提前建成
const NAME_STOP = /已|年度|全年(?=目标|任务)|目前|上半年|截至|计划|任务|[,，:：(（]/u;
// A name this short or shorter is a fragment, not a project's name.
export const MIN_CLAUSE_NAME = 3;

/**
 * Projects told one per ；-clause after a sentence that counts them, as many clauses as the
 * count: "…有10个项目超额完成节点任务。A已提前建成使用；B年度任务是…；…" — each clause opens with the project's name.
 */
function countedClauses(blocks: Block[]): Structure | null {
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    const sentences = splitAt(b.paragraph.span, /[。]/);
    for (const [n, sentence] of sentences.entries()) {
      const m = COUNTING_SENTENCE.exec(sentence.text);
      const next = sentences[n + 1];
      if (!m || !next) continue;
      const clauses = splitAt(next, /[;；。]/).filter((c) => c.text.replace(/[;；。\s]/gu, "").length >= MIN_CLAUSE_NAME);
      if (clauses.length < MIN_NAMES || clauses.length !== numeral(m[1]!)) continue;
      // (The first clause opens after the words that announce the rest: …，年度目标任务全部完成：完成城镇老旧小区改造42个…)
      const colon = Math.max(clauses[0]!.text.lastIndexOf("："), clauses[0]!.text.lastIndexOf(":"));
      if (colon >= 0 && colon + 1 < clauses[0]!.text.length) clauses[0] = sliceSpan(clauses[0]!, colon + 1, clauses[0]!.text.length);
      const items = clauses.map((span): ItemDraft => {
        const stop = span.text.search(NAME_STOP);
        const name = span.text.slice(0, stop < 0 ? span.text.length : stop);
        return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, 0, name.length), level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
      });
      if (items.some((it) => it.title.length < MIN_CLAUSE_NAME)) continue;
      return { items, preamble: blocks.slice(0, k), lists: 1, partial: true };
    }
  }
  return null;
}

// The programme told by category, each counting and naming its projects:
// 安居保障类3项，主要是A、B、C等工程；城市安全类2项，主要是D、E等工程；… · 教育惠民领域2个,包括A、B；…
const CATEGORY = /([\u4e00-\u9fff]{2,8}(?:类|领域))\s*(\d+|[一二三四五六七八九十两]+)\s*[项个件]\s*[,，]?\s*(?:主要是|主要有|主要包括|包括|分别是|分别为|即|为)\s*[:：]?\s*([^。;；]+)/gu;
// A category's names are at least this many groups: one is a sentence, not the programme by category.
const MIN_CATEGORIES = 2;

/** Projects named category by category (安居保障类3项，主要是A、B、C等工程), each with the category as its section. */
function categoryItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  let categories = 0;
  let uncounted = false;
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    for (const m of allMatches(b.text, CATEGORY)) {
      const from = m.index! + m[0].length - m[3]!.length;
      // The closing 等 is the last one (…均等化等民生工程 keeps 均等化).
      const names = splitTopLevel(m[3]!.replace(/等(?:(?:(?!等)[\u4e00-\u9fff]){0,4}(?:工程|项目|实事|事项))?$/u, ""));
      // (A category of one names its one project: 公共安全领域1个,为应急…)
      const named = namedItems(b, from, names.length >= 2 || numeral(m[2]!) === 1 ? names : []);
      if (!named.length) continue;
      for (const item of named) item.section = m[1]!;
      items.push(...named);
      // (A category of one is no evidence of a programme told by category: two of names are.)
      if (named.length >= 2) categories++;
      if (named.length !== numeral(m[2]!) || /等/u.test(m[3]!)) uncounted = true;
      if (first < 0) first = k;
    }
  }
  if (categories < MIN_CATEGORIES) return null;
  // Names that close with 等 are some of the category's projects, not all of them; each category naming as
  // many as it counts names them all.
  return { items, preamble: blocks.slice(0, first), lists: 1, ...(uncounted ? { partial: true } : { countedGroups: true }) };
}

// What a count of named things counts where they are no projects: bodies (市住建局…等9个部门), places (…等6个片区)
// and fields (覆盖就业、教育科技…等10个方面), unless the programme's count goes on (…等3个方面15件惠民实事).
const NOT_PROJECTS = "部门|单位|片区|区域|街道|社区|乡镇|镇|乡|村|小区|县|市|区|岛|环节|阶段|(?:方面|领域|行业)(?!\\s*(?:\\d+|[一二三四五六七八九十两]+)\\s*[件项个])";
// A few names that their own count closes: 城镇老旧小区改造、重度残疾人无障碍改造2项 · …、严打电信网络诈骗等3项
// (never the bodies that carry them out: 市住建局、民政局…等9个部门).
const COUNTED_RUN = new RegExp(String.raw`(?<=^|[,，:：;；。])\s*(?:其中)?((?:[^,，。;；:：、]{2,30}、)+[^,，。;；:：、\d]{2,30}?)(?:等|共)?\s*(\d+|[一二三四五六七八九十两]+)\s*[项个件](?!${NOT_PROJECTS})`, "gu");
// The verb that opens a run of names is not part of the first name: 确定了富民、就业创业… · 初步谋划了…
// · 视察组先后深入A、B… (the places an inspection visits)
// (…完成了 · 建成了 only with their 了: 完成城中村改造 is a name.)
const OPENING_VERB = /^.{0,8}?(?:确定|谋划|安排|推出|选定|票决出|(?:票决|评|投票)?选出|实施|承诺|提出|深入|走进|来到|前往|察看|查看|了解|(?:建设)?(?:完成|建成)(?=了)|把)了?(?:的(?=[\u4e00-\u9fff“"]{2}))?/u;
// The party's body a lead-in may open on beside its government: 县委 · 市委 · 党工委.
const PARTY_BODY = /^(?:[省市县区州旗]|党工|党)委$/u;
// …or a count whose names follow it in brackets: 推进缓慢的有3(A、B、C) · 南江县有2(C、D)推进缓慢
// A status group that counts its projects, then names as many after a comma, each perhaps with
// its own rate: 3项进展较快,安心托幼行动完成率35%、工会驿站建设完成率100% · 4项正在抓紧实施,A、B、C、D完成率分别为…
const COUNT_COMMA_NAMES = /(?<![\d.])(\d+|[一二三四五六七八九十两]+)\s*项[^,，。;；\d]{2,8}[,，]\s*((?:[^,，。;；、%]{2,30}(?:完成率\s*[\d.]+\s*%)?、)+[^,，。;；、%]{2,30}?(?:完成率\s*[\d.]+\s*%)?)(?=完成率分别|[,，。;；]|$)/gu;
const OWN_RATE = /完成率\s*[\d.]+\s*%$/u;
const COUNT_THEN_NAMES = /(\d+|[一二三四五六七八九十两]+)\s*[项个件]?\s*[(（]((?:[^()（）,，。;；、]{2,24}[、;；])*[^()（）,，。;；、\d]{2,24})[)）]/gu;
// …or a count that announces its names, in its sentence or the one before: 进度偏慢的3项分别是：A、B、C。
// · 一是已完成的项目25个，占比62.5%。分别为：A、B；C、D…。二是…
const LISTED_IN_TURN = /分别(?:是|为)\s*(?:[:：]|(?<=[,，]\s*分别(?:是|为))(?=[\u4e00-\u9fff“]))\s*([^。:：]{4,}?)(?=。|$)/gu;
const COUNTED_BEFORE = /(?:\d+|[一二三四五六七八九十两]+)\s*[项个件]/u;
// How far before 分别 its count may stand.
const COUNT_REACH = 60;
// Names listed in turn are at least this many; fewer is a sentence's pair.
const MIN_IN_TURN = 2;
// Runs that make a reading: at least this many, of names their count agrees with.
const MIN_COUNTED_RUNS = 2;

/** The names with the verb that opens the run taken off the first (陈政高向代表们承诺了继续扩大就业 → 继续扩大就业). */
function withoutOpeningVerb(names: string[], verb: RegExp = OPENING_VERB): string[] {
  const opened = names[0]?.replace(verb, "") ?? "";
  if (opened.length >= 2) names[0] = opened;
  return names;
}

/**
 * A paragraph that tells the programme by status, group after group, each some of its names closed by
 * the group's count (A、B、C3项…已完成；D、E…等21项…正常有序推进；F、G…等13项…还处于前期阶段), the counts
 * adding up to the count the text states: the programme named as far as the text names it. The sum is the
 * evidence; the names are a selection where a group names fewer than it counts.
 */
export function statusGroupItems(blocks: Block[], stated: number[]): Structure | null {
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "body") continue;
    const runs = allMatches(b.text, COUNTED_RUN).filter((m) => splitTopLevel(m[1]!).length <= numeral(m[2]!));
    if (runs.length < MIN_COUNTED_RUNS || !stated.includes(runs.reduce((n, m) => n + numeral(m[2]!), 0))) continue;
    const items = runs.flatMap((m) => namedItems(b, m.index!, withoutOpeningVerb(splitTopLevel(m[1]!.replace(/^其中/u, "")))));
    const complete = runs.every((m) => splitTopLevel(m[1]!).length === numeral(m[2]!));
    return { items, preamble: blocks.slice(0, k), lists: 1, countedGroups: true, ...(complete ? {} : { partial: true }) };
  }
  return null;
}

/**
 * Groups numbered as a run of their own, each a heading sentence without a figure and its works told after it as ；-clauses,
 * each opening on the work's name (（一）超额完成任务的项目。分别是：A，…，为任务的101.4%；B，… ‖ （二）100%完成任务的项目。分别是：C，…；D，…
 * ‖ （三）基本完成任务的项目。E，…，为任务的93.3%): every clause a work, where all the groups together hold as many works as
 * the programme the text states. The count is the evidence: a report's other numbered runs (做法, 问题) make no such sum.
 */
export function groupedClauseItems(blocks: Block[], stated: number[]): Structure | null {
  for (let k = 0; k < blocks.length; k++) {
    const family = blocks[k]!.type === "marker" ? blocks[k]!.marker : undefined;
    if (!family) continue;
    const items: ItemDraft[] = [];
    let end = k;
    let groups = 0;
    for (; end < blocks.length && blocks[end]!.type === "marker" && blocks[end]!.marker === family; end++) {
      const works = groupWorks(blocks[end]!);
      if (!works) break;
      items.push(...works);
      groups++;
    }
    if (groups >= MIN_COUNTED_RUNS && stated.includes(items.length)) return { items, preamble: blocks.slice(0, k), lists: 1 };
    k = Math.max(k, end - 1);
  }
  return null;
}

// A group's heading: a sentence without a figure but a share that calls the works by their status, short of a work's clause
// (超额完成任务的项目。 · 100%完成任务的项目。 · 正在推进的实事：), not a topic (总体完成情况。).
const GROUP_HEADING = /^(?:[^。;；,，:：\d]|\d+(?:\.\d+)?%){2,14}的(?:项目|实事|工程|事项)[。:：]/u;
// Words that announce a group's works: 分别是： · 包括： · 主要有：
const GROUP_CUE = /^(?:分别(?:是|为)|具体(?:是|为)|包括|主要(?:有|是)|有)\s*[:：]?/u;
// A work's name, before the first comma of its clause: at least three characters and at most this many.
const MAX_GROUP_WORK = 20;

/** The works a numbered group tells after its heading, one per ；-clause up to its sentence's end; null where it tells none so. */
function groupWorks(b: Block): ItemDraft[] | null {
  const heading = GROUP_HEADING.exec(b.rest);
  if (!heading) return null;
  const from = b.restAt + heading[0].length;
  const cue = GROUP_CUE.exec(b.text.slice(from))?.[0].length ?? 0;
  const stop = b.text.indexOf("。", from + cue);
  return clauseWorks(sliceSpan(b.paragraph.span, from + cue, stop < 0 ? b.text.length : stop));
}

/**
 * The works a run tells one per ；-clause, each named before its clause's first comma (by `nameOf` of those words, a start of
 * them); null where a clause names none so, or most tell no figure.
 */
export function clauseWorks(run: Span, nameOf: (words: string) => string = (words) => words): ItemDraft[] | null {
  const clauses = splitAt(run, /[;；]/u).filter(named);
  const items = clauses.map((span): ItemDraft | null => {
    const lead = span.text.length - span.text.trimStart().length;
    const comma = span.text.search(/[,，]/u);
    if (comma < lead + MIN_CLAUSE_NAME) return null;
    const name = nameOf(span.text.slice(lead, comma));
    if (name.length > MAX_GROUP_WORK) return null;
    return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, lead, lead + name.length), level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
  });
  // (Most of a group's works told with figures: a list of aims or problems names no work with one.)
  if (!items.length || items.some((it) => it === null) || clauses.filter((c) => countFigures(c.text) > 0).length * 2 < clauses.length) return null;
  return items as ItemDraft[];
}

/**
 * Runs of names, each as many as its count: the whole programme where there are two or more. Runs written as quoted
 * names before their count (“A”“B”2项为…) or as a count's ；-clauses (剩余5项中，A…；B…。) count only where all the
 * runs together are as many as the programme the text states (2 + 5 + 5 of 12项民生实事): alone they may be a part.
 */
function countedRuns(blocks: Block[]): Structure | null {
  const [all, stated] = writtenRuns(blocks);
  const met = runsMeetingCount(all, stated);
  if (met) return met;
  // (Of the runs written as names alone and all the runs, the one that names more.)
  const named = runsOfNames(blocks, false);
  const short = runsShortOfCount(all, stated);
  return short && short.items.length > (named?.items.length ?? 0) ? short : named;
}

// A numbered block this long is a paragraph of prose, one that may count the programme, not a list's line.
export const PROSE_MARKER = 80;

/** Whether most of a run's names are places (夫子庙街道、秦虹街道…): where the works are, not works. */
const mostlyPlaces = (names: string[]): boolean => names.filter((n) => PLACE_ONLY.test(n.trim())).length * 2 > names.length;
// A name that is a place and nothing else (秦虹街道 · 东坝镇 · 江宁区), not a work in one (改造老旧小区 · 建设产业园区).
const PLACE_ONLY = /^(?!.*(?:小区|园区|景区|城区|片区|社区|新区|校区|街区)$)[\u4e00-\u9fff]{1,6}(?:街道|镇|乡|村|省|市|县|区|旗)$/u;

/** All the runs of names, however written, and the counts the text states: what the readings of runs weigh. */
function writtenRuns(blocks: Block[]): [Structure | null, number[]] {
  return [runsOfNames(blocks, true), statedCounts(blocks.filter((b) => b.type === "body" || (b.type === "marker" && b.text.length >= PROSE_MARKER)).map((b) => b.text).join("\n"))];
}

/**
 * All the runs of names, however written, where each is as many as its own count and together they are fewer than the
 * programme the text states: a progress notice that names the works of some status groups (常态化开展的有4件（A；B；C；D）
 * · 剩余11件中，E…（50%），F…（71%）… · 超额完成任务的已有8件：G…；H…), the others counted only.
 */
function runsShortOfCount(all: Structure | null, stated: number[]): Structure | null {
  // (Works told with their figures, most of them: names alone are too little evidence of a part of the programme. The
  // groups meet their own counts, not the programme's: a selection.)
  if (!all?.countedGroups || !stated.some((n) => all.items.length < n)) return null;
  const figured = all.items.filter((it) => it.passages.some((p) => countFigures(p.span.text) > 0)).length;
  return figured * 2 >= all.items.length ? { ...all, countedGroups: false } : null;
}

/** All the runs of names, however written, where together they are as many as the programme the text states; else null. */
function runsMeetingCount(all: Structure | null, stated: number[]): Structure | null {
  // (The programme's count, the largest: not a group's whose runs tell it, 8项工程类民生实事中，4项进展较快：…；2项…；2项… of 20.)
  return all && stated.includes(all.items.length) && (all.lists > 1 || all.items.length === Math.max(...stated)) ? all : null;
}

/**
 * Groups of names each closed by a count that agrees with them (a progress notice by status:
 * 3项进展较快…；A、B等2项动态达到年度目标。C、D、E等3项常态化开展), or opened by one with the names
 * in brackets (推进缓慢的有3(A、B、C)): every such name a project, once; `written` adds the runs written otherwise
 * (QUOTED_COUNT_RUN, COUNT_THEN_CLAUSES, COUNT_THEN_PARAGRAPHS).
 */
function runsOfNames(blocks: Block[], written: boolean): Structure | null {
  const items: ItemDraft[] = [];
  let runs = 0;
  // Runs whose names were not checked against a count of their own.
  let uncounted = 0;
  let first = -1;
  // A paragraph that opens with another year (2015年，…初步谋划了A、B…等12个方面) starts that year's list.
  let list = 0;
  let listYear: string | null = null;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    // (A paragraph that ends on a count and its colon, followed by as many paragraphs that each open on a quoted work, is a run:
    // …上半年完成较好的有8件： ‖ “城镇新增就业4.5万人”项目，已新增… ‖ ….)
    // (…or a subhead that opens on the count, its status after it: 3件实事完成全年目标 ‖ “A”实事，… ‖ “B”实事，… ‖ “C”实事，….)
    const told = written && (b.type === "body" || b.type === "headline") ? (COUNT_THEN_PARAGRAPHS.exec(b.text) ?? COUNT_SUBHEAD.exec(b.text.trim())) : null;
    if (told) {
      const n = numeral(told[1]!);
      const own = blocks.slice(k + 1, k + 1 + n);
      const names = own.map((x) => (x.type === "body" ? QUOTED_OPENING.exec(x.text) : null));
      if (n >= MIN_IN_TURN && own.length === n && names.every((m) => m !== null)) {
        runs++;
        if (first < 0) first = k;
        own.forEach((x, j) => {
          const name = names[j]![1]!;
          const at = names[j]![0].indexOf(name);
          items.push({ no: null, title: cleanTitle(name), titleSpan: sliceSpan(x.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages: [{ span: x.paragraph.span, role: null }], list: 0 });
        });
        k += n;
        continue;
      }
    }
    // (Not the next steps, which name some works again: 下一步，…对进度滞后的A、B、C3个项目实行周调度.)
    // (A numbered paragraph may hold a written run: （一）超额完成任务的有6项。…分别为：A…；B….)
    if (!(b.type === "body" || (written && b.type === "marker")) || NEXT_STEPS_LEAD.test(b.text)) continue;
    const year = opensYear(b);
    const before = items.length;
    for (const m of allMatches(b.text, COUNTED_RUN)) {
      const names = splitTopLevel(m[1]!.replace(/^其中/u, ""));
      // (Not kinds a count of works closes, 政策类、常态化开展的有2项（A；B）: the works are in the brackets.)
      // (Fewer names than the count, closed by 等, are some of them: A、B、C等6件已完成.)
      const some = names.length < numeral(m[2]!) && /等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[项个件]$/u.test(m[0]);
      if ((names.length !== numeral(m[2]!) && !some) || /的?有$/u.test(names.at(-1)!)) continue;
      // (…riding with runs whose counts are met: alone, a selection is no reading of the programme.)
      if (!some) runs++;
      withoutOpeningVerb(names);
      if (first < 0) first = k;
      const named = namedItems(b, m.index!, names);
      attachEachRate(b, m.index! + m[0].length, named);
      items.push(...named);
    }
    for (const m of allMatches(b.text, LISTED_IN_TURN)) {
      // The last count before it (进度偏慢的3项分别是：…).
      const counted = allMatches(b.text.slice(Math.max(0, m.index! - COUNT_REACH), m.index!), new RegExp(COUNTED_BEFORE.source, "gu")).at(-1);
      if (!counted) continue;
      const count = numeral(counted[0].replace(/\s*[项个件]$/u, ""));
      // (A name may carry how far it got in brackets: 改造城区老旧小区11个（100%）.)
      // (Names run by 、 end at the comma after them: 分别为A、B、C，所承担项目均已…)
      const run = /^[^,，;；]*、[^,，;；]*(?=[,，])/u.exec(m[1]!)?.[0] ?? m[1]!;
      const listed = run.split(/[;；]/u).flatMap(splitTopLevel).map((n) => n.trim().replace(BRACKETED_RATE, "")).filter(Boolean);
      // (Two joined by 和 where the count before says two: …项目2个，分别为A和B.)
      const pair = listed.length === 1 && count === 2 ? listed[0]!.split("和") : [];
      const names = pair.length === 2 && pair.every((n) => n.length >= 4) ? pair : listed;
      // Rates or figures listed in turn (分别为35.29%、39.73%) are no names; but works told one ；-clause each, with their
      // figures, are as many clauses as the count (…的实事项目有6项，分别为：城镇新增就业5630人，完成进度为125.1%；…).
      const unnamed = names.length < MIN_IN_TURN || names.some((n) => n.length > MAX_NAME || /%|^[\d.]+\s*\S?$/u.test(n));
      const from = m.index! + m[0].indexOf(m[1]!);
      const clauses = written && (unnamed || names.length !== count) ? clausesAsCounted(sliceSpan(b.paragraph.span, from, from + m[1]!.length), count) : null;
      if (clauses) {
        runs++;
        if (first < 0) first = k;
        items.push(...clauses.map(clauseItem));
        continue;
      }
      if (unnamed) continue;
      // (Places listed in turn, 进度较快的街道5个，分别为夫子庙街道、秦虹街道…, are where the works are, not works.)
      if (mostlyPlaces(names)) continue;
      // Its count met where that count is as many as its names (进度偏慢的3项分别是：A、B、C).
      if (count !== names.length) uncounted++;
      runs++;
      if (first < 0) first = k;
      items.push(...namedItems(b, m.index! + m[0].indexOf(m[1]!), names));
    }
    for (const m of allMatches(b.text, COUNT_THEN_NAMES)) {
      // (Names the brackets part by ；, as many as the count, are whole: 有2项（A；B及C）.)
      const parts = m[2]!.split(/[;；]/u);
      const names = parts.length === numeral(m[1]!) ? parts : parts.flatMap(splitTopLevel);
      if (names.length !== numeral(m[1]!) || mostlyPlaces(names)) continue;
      runs++;
      if (first < 0) first = k;
      // The same project named again under another place (巴州区有3(A、B、C)…通江县有3(A、B、C)) is one.
      const seen = new Set(items.map((it) => it.title));
      items.push(...namedItems(b, m.index! + m[0].indexOf(m[2]!), names, numeral(m[1]!)).filter((it) => !seen.has(it.title)));
    }
    for (const m of allMatches(b.text, COUNT_COMMA_NAMES)) {
      const names = splitTopLevel(m[2]!).map((n) => n.replace(OWN_RATE, ""));
      if (names.length !== numeral(m[1]!) || names.some((n) => n.length < 2) || mostlyPlaces(names)) continue;
      const seen = new Set(items.map((it) => it.title));
      const named = namedItems(b, m.index! + m[0].indexOf(m[2]!), names).filter((it) => !seen.has(it.title));
      if (!named.length) continue;
      runs++;
      if (first < 0) first = k;
      items.push(...named);
    }
    // (Quoted names their count closes, “A”“B”2项为政策类…, and a count's ；-clauses, 剩余5项中，A…；B…；…。, are runs too.)
    for (const m of written ? allMatches(b.text, QUOTED_COUNT_RUN) : []) {
      const names = allMatches(m[1]!, QUOTED_NAME).map((q) => ({ name: (q[1] ?? q[2])!, at: m.index! + q.index! + 1 }));
      if (names.length !== numeral(m[2]!)) continue;
      runs++;
      if (first < 0) first = k;
      items.push(...names.map(({ name, at }): ItemDraft => ({ no: null, title: cleanTitle(name), titleSpan: sliceSpan(b.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages: [], list: 0 })));
    }
    // (A count whose clauses are not as many may hold another that is: 其余16项中，截至6月底已完成6项：A…；…；F….)
    const countThenClauses = new RegExp(COUNT_THEN_CLAUSES.source, "gu");
    for (let m = written ? countThenClauses.exec(b.text) : null; m; m = countThenClauses.exec(b.text)) {
      const sentence = b.text.slice(0, m.index).split(/[。！？!?]/u).at(-1)!;
      const from = m.index + m[0].indexOf(m[2]!);
      // (A run the page cuts short ends there, the next count's run after it: …完成率100%……（其余项目略）超额完成…的有12项：….)
      const cut = ELIDED.exec(m[2]!);
      const length = cut ? cut.index + cut[0].length : m[2]!.length;
      // (Not a count whose works are listed in turn, 4项工作分别是：…: LISTED_IN_TURN reads them.)
      const clauses = /分别/u.test(m[0].slice(0, m[0].length - m[2]!.length)) || /^\s*分别/u.test(m[2]!) ? null : clausesAsCounted(sliceSpan(b.paragraph.span, from, from + length), numeral(m[1]!)) ?? (cut ? null : clausesPastStop(b, from + m[2]!.length, from, numeral(m[1]!)));
      if (!clauses) {
        countThenClauses.lastIndex = from;
        continue;
      }
      if (cut) countThenClauses.lastIndex = from + length;
      // (Not a selection of works told already, 其中超额完成任务的已有3项：…, its clauses the figures of works read before.)
      if (/^\s*其中/u.test(sentence) && clauses.filter((c) => toldBefore(c.text, items)).length * 2 >= clauses.length) continue;
      runs++;
      if (first < 0) first = k;
      // (Names a count closes inside the run were read as such: once.)
      const seen = new Set(items.map((it) => it.title));
      items.push(...clauses.map(clauseItem).filter((it) => !seen.has(it.title)));
    }
    // (In the order the paragraph names them, whichever way each run is written.)
    const own = items.splice(before).sort((x, y) => (x.titleSpan?.pos[0] ?? 0) - (y.titleSpan?.pos[0] ?? 0));
    items.push(...own);
    if (items.length > before && year) {
      if (before > 0 && year !== listYear) list++;
      listYear = year;
    }
    for (const it of items.slice(before)) it.list = list;
  }
  // Every run as many names as its count: the counts are met, group by group.
  return runs >= MIN_COUNTED_RUNS ? { items, preamble: blocks.slice(0, first), lists: list + 1, partial: true, ...(uncounted ? {} : { countedGroups: true }) } : null;
}

const BRACKETED_RATE = /\s*[（(]\s*[\d.]+\s*%\s*[)）]$/u;
const NEXT_STEPS_LEAD = /^\s*(?:下一步|下步)/u;
// A paragraph that ends on a count of works and its colon: …12件民生实事中上半年完成较好的有8件：
const COUNT_THEN_PARAGRAPHS = /(?<![\d.])(\d+|[一二三四五六七八九十两]+)\s*[件项个](?:项目|实事)?\s*[:：]\s*$/u;
// A subhead that counts the works below it and tells their status: 3件实事完成全年目标 · 4项超额完成节点目标.
const COUNT_SUBHEAD = /^(\d+|[一二三四五六七八九十两]+)\s*[件项](?:民生|为民)?(?:实事|项目|工程)?[^。，,；;:：]{2,16}$/u;
// A paragraph that opens on a quoted work: “城镇新增就业4.5万人”项目，已新增…
const QUOTED_OPENING = /^\s*[“"]([^”"“]{2,40})[”"]/u;
// Quoted names one after another that their count closes: “城乡居民基本医疗保险财政补助”“困难群众基本生活保障”2项为政策类….
const QUOTED_COUNT_RUN = /((?:[“"][^”"“。，,；;]{2,30}[”"][、和及与]?){2,})\s*(\d+|[一二三四五六七八九十两]+)\s*[项个件]/gu;
// A count of the programme's works, then its works one ；-clause each to the sentence's end: 剩余5项中，A主体已封顶（75%）；B…；…. ·
// 按序时推进的3件是：… · 其余5项已按期完成年度任务：….
const COUNT_THEN_CLAUSES = /(?<![\d.])(\d+|[一二三四五六七八九十两]+)\s*[项件](?:(?:中|里|是|为)?[,，:：]|[^,，。;；:：\d]{1,14}[:：])\s*([^。]+?)(?=。|$)/gu;
// A piece of a ；-clause that closes on how far its work got, in brackets: …已完工10个（71.4%）， · …正在设备安装中（90%），
const RATED_PIECE = /[（(]\s*[\d.]+\s*%\s*[)）]\s*[,，;；、]?/gu;
// What closes a run of works by counting them again, to its clause's end: ，这6件预计10月底前全部完成； · ，以上3项….
// (…or names a count closes after 等: ；A、B、C等3项正按序时推进.)
const RECOUNT = /(?:[,，、]\s*(?:这|以上|上述)\s*|等\s*)(\d+|[一二三四五六七八九十两]+)\s*[件项个][^;；。]*[;；]?/gu;

/**
 * A count's works, one clause each, as many as the count: its ；-clauses, or else the pieces each closed by how far the work
 * got in brackets (A已完成1所（50%），B已完工10个（71.4%），…), or runs of pieces each closed by words that count them again
 * (A（50%），B（71%），这2件预计10月底前完成；C正在施工中、D正在安装，这2件…), the words that count a run left out. Null where
 * none is as many as the count.
 */
function clausesAsCounted(span: Span, count: number): Span[] | null {
  const clauses = splitAt(span, /[;；]/u).filter(named);
  if (clauses.length >= MIN_IN_TURN && clauses.length === count) return clauses;
  // (…or, in a run with no ；, its 、-pieces where they are as many and each names a work in words: 其余已完成的5项为：A、B、C、D、E,
  // not rates listed in turn, 完成率分别为：35.29%、39.73%.)
  const names = clauses.length === 1 ? splitAt(span, /[、]/u).filter(named) : [];
  if (names.length >= MIN_IN_TURN && names.length === count && names.every((n) => /[\u4e00-\u9fff]{2}/u.test(n.text))) return names;
  // (A page that cuts the run short says so, ……（其余项目略）: the clauses it gives, fewer than the count.)
  const elided = ELIDED_END.exec(span.text);
  if (elided && clauses.length >= MIN_IN_TURN && clauses.length < count) return [...clauses.slice(0, -1), sliceSpan(clauses.at(-1)!, 0, clauses.at(-1)!.text.length - elided[0].length)];
  const recounts = allMatches(span.text, RECOUNT);
  const runs = recounts.length ? recounts.map((r, k) => ({ from: k ? recounts[k - 1]!.index! + recounts[k - 1]![0].length : 0, to: r.index!, n: numeral(r[1]!) })) : [{ from: 0, to: span.text.length, n: count }];
  // (Words after the last run that count it again are no work: …这2件预计12月中旬前完成。)
  const tail = recounts.length ? span.text.slice(recounts.at(-1)!.index! + recounts.at(-1)![0].length) : "";
  if (tail.replace(/[;；。,，\s]/gu, "")) return null;
  const pieces = runs.flatMap(({ from, to, n }) => {
    const run = sliceSpan(span, from, to);
    const rated = ratedPieces(run);
    if (rated?.length === n) return rated;
    const plain = splitAt(run, /[,，、;；]/u).filter(named);
    return plain.length === n && recounts.length ? plain : [null];
  });
  return pieces.length >= MIN_IN_TURN && pieces.length === count && pieces.every((p) => p !== null) ? (pieces as Span[]) : null;
}

// Where a page cuts a run short: ……（其余项目略） · …… · 等（略）.
const ELIDED = /(?:…+|\.{3,}|⋯+)\s*(?:[（(][^（）()]{0,10}略[)）])?/u;
const ELIDED_END = new RegExp(`${ELIDED.source}\\s*$`, "u");

/** Pieces of a run each closed by how far its work got in brackets, or null where words that are no such piece are left. */
function ratedPieces(run: Span): Span[] | null {
  const pieces: Span[] = [];
  let from = 0;
  for (const r of allMatches(run.text, RATED_PIECE)) {
    pieces.push(sliceSpan(run, from, r.index! + r[0].length));
    from = r.index! + r[0].length;
  }
  return named(sliceSpan(run, from, run.text.length)) ? null : pieces.filter(named);
}

/** Whether a piece holds words enough to name a work, its marks left out. */
const named = (s: Span) => s.text.replace(/[;；,，、。\s]/gu, "").length >= MIN_CLAUSE_NAME;

/**
 * A count's clauses where the page closes some of them with 。 instead of ；(…新增公共停车泊位1320个，完成率132%。资助…9860名，
 * 完成率109.6%。建成…12个，完成率120%。): the sentences after the stop, each a clause with a figure, as far as makes the count.
 */
function clausesPastStop(b: Block, end: number, from: number, count: number): Span[] | null {
  let to = end;
  for (let more = 0; more < count && to < b.text.length; more++) {
    const next = b.text.indexOf("。", to + 1);
    to = next < 0 ? b.text.length : next;
    const sentence = b.text.slice(from, to);
    if (countFigures(sentence.slice(sentence.lastIndexOf("。") + 1)) === 0) return null;
    const clauses = splitAt(sliceSpan(b.paragraph.span, from, to), /[;；。]/u).filter(named);
    if (clauses.length === count) return clauses;
    if (clauses.length > count) return null;
  }
  return null;
}

/** Whether a clause tells again a figure of a work read before, number and unit (老年人健康体检4200名 after 为4200名…老年人开展免费健康体检). */
function toldBefore(clause: string, items: ItemDraft[]): boolean {
  const told = new Set(items.flatMap((it) => [it.title, ...it.passages.map((p) => p.span.text)]).flatMap(figureTokens));
  return figureTokens(clause).some((f) => told.has(f));
}

// A count and its measure word opening a clause: 3个 · 1500件 · 1.5万人次 · 88公里.
const LEADING_COUNT = /^\d+(?:\.\d+)?\s*万?(?:个|条|场|件|所|处|座|名|户|套|张|家|公里|人次|人)/u;

/** A work told in one clause: named up to its state, the clause its passage. */
function clauseItem(span: Span): ItemDraft {
  const lead = span.text.length - span.text.trimStart().length;
  // (Not the mark that parts it from the next: A、B等3项 · A（50%），.)
  const end = lead + span.text.slice(lead, clauseNameEnd(span.text)).replace(/[、,，;；\s]+$/u, "").length;
  // (A count that opens it is the work's target, not its name: 3个乡镇综合养老服务中心建设 · 300场送戏下乡.)
  const count = LEADING_COUNT.exec(span.text.slice(lead, end))?.[0].length ?? 0;
  const start = end - lead - count >= MIN_CLAUSE_NAME + 1 ? lead + count : lead;
  return { no: null, title: cleanTitle(span.text.slice(start, end)), titleSpan: sliceSpan(span, start, end), level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
}

// Where a clause's work is named up to: what it did or how far it got (已完成 · 正在施工 · 主体已封顶 · （75%）).
const CLAUSE_STATE = /已|正在|主体|预计|完成(?=\d)|[（(]|[,，]/u;

/** Where the name of the work a status clause tells ends: at its state, not before four characters. */
function clauseNameEnd(text: string): number {
  const lead = text.length - text.trimStart().length;
  const at = text.slice(lead + MIN_CLAUSE_NAME).search(CLAUSE_STATE);
  return at < 0 ? text.length : lead + MIN_CLAUSE_NAME + at;
}

// Names each in quotes, one after another: 其中，“新建老年人日间服务中心”“新设社区老年人助餐服务点”…
// …or two or more closed by a count (“实施道路综合治理提升”“开展物业服务质量提升行动”等20件民生实事).
// (Titles in 《》 one after another are names too, and a name of such a run may hold a comma:
// 《建成幼儿园3所,新增园位1000个以上》《…》…10个县列为民办实事方案.)
const QUOTED_RUN = /(?:[“"「][^”"」“「,，。;；]{2,30}[”"」][、和及与]?\s*){4,}|(?:[“"「][^”"」“「,，。;；]{2,30}[”"」][、和及与]?\s*){2,}等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[件项个]|(?:《[^》《。;；]{2,40}》[、和及与]?\s*){4,}/u;
const QUOTED_NAME = /[“"「]([^”"」“「,，。;；]{2,30})[”"」]|《([^》《。;；]{2,40})》/gu;
// A quoted name called a project where it stands: “…”项目 · “…”工程 · “…”行动 · “…”一项中 · “…”上榜 · “…”成效突出
const QUOTED_PROJECT = /[“"「]([^”"」“「。;；]{4,40})[”"」](?=项目|工程|行动|一项|上榜|成效)/gu;
// Quoted names said to be done or under way, one or joined (其中“A”和“B”已完成 · “C”已超额完成 · “D”正在推进).
const QUOTED_WITH_STATE = /((?:[“"「][^”"」“「。;；]{4,40}[”"」](?:和|与|及|、)?)+)(?=(?:均|都)?(?:已经?|正在|提前|超额|基本)+(?:完成|建成|开工|竣工|推进|投用))/gu;
// Quoted names a count of projects closes, as many as it counts: “A”“B”两个项目 · “A”、“B”和“C”3个项目.
const QUOTED_COUNTED = /((?:[“"「][^”"」“「。;；]{4,40}[”"」](?:和|与|及|、)?){2,})(?=(\d+|[一二三四五六七八九十两])\s*[个项件]?(?:项目|工程|实事))/gu;
const QUOTED_PAIRS = /(?:[“"「][^”"」“「,，。;；]{2,30}[”"」][、和及与]?\s*){2,}|(?:《[^》《。;；]{2,40}》[、和及与]?\s*){4,}/gu;

// Percentages one per name, in order, after the names: …等5项完成率分别达38%、64%、67.5%、70%、99%
const EACH_RATE = /^[^。;；]{0,12}?分别(?:达到?|为|是)?\s*/u;
const PERCENT = /\d+(?:\.\d+)?\s*%/gu;

/** Gives each named project its own percentage where the sentence lists one per name (分别…). */
function attachEachRate(b: Block, from: number, items: ItemDraft[]): void {
  const lead = EACH_RATE.exec(b.text.slice(from));
  if (!lead) return;
  const at = from + lead[0].length;
  const end = b.text.slice(at).search(/[。;；]/);
  const list = b.text.slice(at, end < 0 ? undefined : at + end);
  const rates = allMatches(list, PERCENT);
  if (rates.length !== items.length) return;
  rates.forEach((r, j) => items[j]!.passages.push({ span: sliceSpan(b.paragraph.span, at + r.index!, at + r.index! + r[0].length), role: "actual" }));
}

// What follows a name called a project and told in the same clause: ”项目， · ”工程，.
const TOLD_AFTER_NAME = /^[”"](?:项目|工程)[，,]/u;

/** Runs of quoted names, each name once: some of the programme's projects (其中… · …等). */
function quotedNames(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  const namesInRuns = blocks.some((b) => b.type === "body" && QUOTED_RUN.test(b.text));
  // Names quoted one by one, each called a project (市卫生健康委主办的“提高疾病预防能力，为老年人免费接种疫苗”项目…).
  // …or said to be done or under way (其中“A”和“B”已完成), or counted as projects (“A”“B”两个项目).
  const calledIn = (b: Block) =>
    [
      ...allMatches(b.text, QUOTED_PROJECT).map((q) => ({ name: q[1]!, at: q.index! + 1 })),
      ...allMatches(b.text, QUOTED_WITH_STATE).flatMap((m) => allMatches(m[1]!, QUOTED_NAME).map((q) => ({ name: (q[1] ?? q[2])!, at: m.index! + q.index! + 1 }))),
      ...allMatches(b.text, QUOTED_COUNTED).flatMap((m) => {
        const names = allMatches(m[1]!, QUOTED_NAME);
        return names.length === numeral(m[2]!) ? names.map((q) => ({ name: (q[1] ?? q[2])!, at: m.index! + q.index! + 1 })) : [];
      }),
    ]
      .sort((x, y) => x.at - y.at)
      .filter((x, j, all) => j === 0 || x.at !== all[j - 1]!.at);
  // (A text that calls names projects, paragraph after paragraph, as many as a list holds at least, names them where it calls one alone too.)
  const calls = blocks.map((b) => (b.type === "body" && !QUOTED_RUN.test(b.text) ? calledIn(b) : []));
  const calledInText = calls.reduce((n, c) => n + c.length, 0);
  let first = -1;
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "body") continue;
    const run = QUOTED_RUN.test(b.text);
    const called = calls[k]!;
    // (Fewer are names enough in a text that names projects in runs elsewhere: “A”项目8月底具备通车条件 ‖ “B”“C”“D”…)
    if (!run && called.length < MIN_COUNTED_NAMES && !(called.length && (namesInRuns || calledInText >= MIN_NAMES))) continue;
    if (first < 0) first = k;
    // A paragraph that names projects in a run goes on naming them in shorter runs (；“A”“B”等项目…).
    const names = run ? allMatches(b.text, QUOTED_PAIRS).flatMap((m) => allMatches(m[0], QUOTED_NAME).map((q) => ({ name: (q[1] ?? q[2])!, at: m.index! + q.index! + 1 }))) : called;
    for (const { name, at } of names) {
      const title = cleanTitle(name);
      if (items.some((it) => it.title === title)) continue;
      const titleSpan = sliceSpan(b.paragraph.span, at, at + name.length);
      // A quoted name that states a quantity states the task: “改造1100万平方米老旧小区”.
      const passages: ItemDraft["passages"] = /\d/.test(name) ? [{ span: titleSpan, role: "target" }] : [];
      // A name called a project and then told (“城镇新增就业2.6万人”项目，截至6月底已新增1.52万人，…；): the clause after it,
      // up to the clause's end or the next name, tells how it got on.
      const told = run ? null : TOLD_AFTER_NAME.exec(b.text.slice(at + name.length));
      if (told) {
        const from = at + name.length + told[0].length;
        // (The next name's opening quote stands right before its `at`.)
        const next = (names.find((x) => x.at > at)?.at ?? b.text.length + 1) - 1;
        const close = b.text.slice(from).search(/[；;。]/u);
        const end = close < 0 ? next : Math.min(next, from + close + 1);
        if (end > from) passages.push({ span: sliceSpan(b.paragraph.span, from, end), role: null });
      }
      items.push({ no: null, title, titleSpan, level: null, section: null, responsible: [], passages, list: 0 });
    }
  }
  return items.length ? { items, preamble: blocks.slice(0, first), lists: 1, partial: true } : null;
}

// Names listed first and counted after: 经测评，农村人居环境整治、就业创业提升、…等10个项目满意 · 确定了A、B、…共17项工程
// · 实现A、B、C等“十大民生实事” · 了解A、B、C等民生实事项目推进情况 · A、B、C等任务进展顺利 · A、B、C等项目的测评结果均为满意 (their state said)
// …or an ellipsis does, the count coming later in its sentence (A、B、C……在…会议上，10件…项目由…选出),
// or the programme's name (A、B、C……3月31日，…公布2021年民生实事工程).
// Three names may be two joined by 、 and a third by 和, each short (其中棚户区改造、“四好农村路”建设和农村危房改造等12个…);
// a clause that follows a ；opens a list as one after a comma does.
const NAMES_THEN_COUNT = new RegExp(String.raw`(?:^|[,，:：。;；])\s*(?:[^,，。;；:：、]{0,24}?(?:提出的|确定(?:的|实施|了)?|票决出了?|包括|涵盖|以\s*[“"「])|其中\s*)?((?:[^,，。;；:：、]{2,40}、){2,}(?:[^,，。;；:：、…⋯“”"」]|“[^“”,，。;；:：、]{1,16}”){2,32}|(?:[^,，。;；:：、]{2,12}、)(?:[^,，。;；:：、…⋯“”"」]|“[^“”,，。;；:：、]{1,16}”){2,16}和(?:[^,，。;；:：、…⋯“”"」]|“[^“”,，。;；:：、]{1,16}”){2,16})(?:[”"」]\s*为(?:主要内容|重点)的\s*(?:\d+|[一二三四五六七八九十]+)\s*[个项件]|(?:等|共)\s*(?:\d+|[一二三四五六七八九十]+)\s*[个项件](?!${NOT_PROJECTS})|等\s*[“"「]\s*(?:\d+|[一二三四五六七八九十]+)\s*大(?:重点|惠民|民生|为民)*(?:实事|工程|项目)|等\s*(?:[“"「][^”"」]{2,8}[”"」]\s*)?(?:民生实事|为民办实事|惠民实事)(?:项目)?|等\s*(?:任务|项目|工程)(?=[^。,，;；]{0,4}?(?:进展顺利|顺利推进|有序推进|已经?完成|全面完成|全部完成|(?:测评|评议)结果均?为?(?:满意|基本满意)))|[…⋯]{1,2}[^。]{0,60}?(?:\d+|[一二三四五六七八九十]+)\s*[个项件]|[…⋯]{1,2}[^。]{0,60}?(?:民生实事|为民办实事|惠民实事)(?:工程|项目)?(?=[。,，]|$)|(?<=[\u4e00-\u9fff])(?:\d+|[一二三四五六七八九十]+)\s*(?:[项件个](?:重点|惠民|民生|为民)*(?:实事|工程|项目)|大[项件](?![\u4e00-\u9fff]{0,3}(?:指标|内容|类))))`, "u");

// Names joined by 、 and a last 和 that a count of the programme closes, as many as it counts:
// 河南省超额圆满完成A、B和C三项民生实事任务 (what was done of each is told after, sentence by sentence).
const JOINED_THEN_COUNTED = /(?:^|[,，:：。])\s*((?:[^,，。;；:：、]{2,32}、)+[^,，。;；:：、]{2,24}?(?:和|及|以及)[^,，。;；:：、和]{2,24}?)(\d+|[一二三四五六七八九十两]+)\s*[项件个](?:重点|惠民|民生|为民)*(?:实事|工程|项目)/u;

// What the speaker did, before the first name: 河南省超额圆满完成 · 我市全面实施
const DONE_OPENING = /^.{0,10}?(?:完成|实施|推进|办好|办结)了?/u;

/** Names joined by 、 and 和 that their count closes, as many as it counts (…完成A、B和C三项民生实事任务). */
function namesJoinedThenCounted(blocks: Block[]): Structure | null {
  const names = (m: RegExpExecArray) => {
    const pieces = m[1]!.split("、");
    const last = pieces.pop()!;
    const joint = /和|以及|及/u.exec(last)!;
    // (The speaker and its verb before the first: 河南省超额圆满完成|城镇老旧小区改造.)
    return withoutOpeningVerb([...pieces, last.slice(0, joint.index), last.slice(joint.index + joint[0].length)].map((p) => p.trim()), DONE_OPENING);
  };
  return firstNamedList(blocks, JOINED_THEN_COUNTED, names, (m, items) => items.length === numeral(m[2]!), false, MIN_COUNTED_NAMES, true);
}

// Names that a sentence then declares the programme: 最终，A、B、…J被确定为2026年度市政府民生实事项目.
const NAMES_THEN_CHOSEN = /((?:[^,，。;；:：、]{2,32}、){3,}[^,，。;；:：、]{2,32}?)(?:等)?(?:被|获)?(?:确定|列|选定|票选|评)为[^。;；]{0,20}?(?:实事|项目|工程)/u;

/** A list of names a sentence then declares the programme's projects, the first such sentence. */
function namesThenChosen(blocks: Block[]): Structure | null {
  return firstNamedList(blocks, NAMES_THEN_CHOSEN, (m) => withoutOpeningVerb(splitTopLevel(m[1]!)), () => true, false);
}

// Names a sentence announces as projects and closes with 等 (进展较好的项目有:A、B、…G等。): some of the programme.
const NAMES_ANNOUNCED = /(?:项目|工程|实事)[^。,，;；:：]{0,4}?(?:有|包括|主要有|分别是|分别为)[:：]\s*((?:[^,，。;；:：、]{2,40}、){2,}[^,，。;；:：、]{2,40}?)等(?=\s*(?:[。;；]|$))/u;

// …or as they follow a sentence's announcing colon, one after another, the last joined by 和 (各项目进展如下：A、B、…、J和K。).
const NAMES_AS_FOLLOW = /(?:项目|工程|实事)[^。,，;；:：]{0,6}?如下[:：]\s*((?:[^,，。;；:：、]{4,30}、){3,}[^,，。;；:：、]{4,30}和[^,，。;；:：、]{4,30}?)(?=\s*(?:[。;；]|$))/u;
// Names that follow so, at least: five make a list, not a sentence's examples.
const MIN_FOLLOWING_NAMES = 5;
// A work's name opens on a verb of work.
const WORK_VERB_FIRST = /^(?:新建|新增|建设|推进|实施|开展|提高|提升|加强|改善|改造|稳定|丰富|完善|扩大|促进|加快|积极|优化|保障|发展|建成|完成|落实|做好|持续)/u;

/**
 * The names with the last one parted at its 和 (…、J和K), where both sides are names of four characters or more: at the 和 a
 * verb of work follows where one does (新增公共停车泊位和建设城市书房和文化驿站: the second work is 建设城市书房和文化驿站).
 */
function lastPairSplit(names: string[]): string[] {
  const last = names.at(-1) ?? "";
  const joins = [...last.matchAll(/和/gu)].map((m) => m.index!).filter((at) => at >= 4 && last.length - at - 1 >= 4);
  const at = joins.find((j) => WORK_VERB_FIRST.test(last.slice(j + 1))) ?? joins.at(-1);
  return at !== undefined ? [...names.slice(0, -1), last.slice(0, at), last.slice(at + 1)] : names;
}

// …or told one by one, each with what became of it, between ；s (…的项目分别是A;B(…已完工并投用);C(…)。).
// (…or a vote's result: 最终票决出:A;B;…;J,为我市…10项民生实事项目。)
const WORKS_ANNOUNCED = /(?:(?:项目|工程|实事)[^。,，;；:：]{0,4}?(?:分别是|分别为|有|包括|主要有)[:：]?|(?:票决出|选出|确定)了?[:：])\s*/gu;
// The most characters a work's name may take before its remark in brackets.
const MAX_WORK_NAME = 30;

/** A list of names announced as projects and closed by 等, or told between ；s with their remarks, the first such sentence of the text. */
function namesAnnounced(blocks: Block[]): Structure | null {
  const named = firstNamedList(blocks, NAMES_ANNOUNCED, (m) => splitTopLevel(m[1]!), () => true, true);
  if (named) return named;
  // (…or as they follow, the last joined by 和, without a count: 各项目进展如下：A、B、…、J和K。 Names of works, each opening on
  // a verb of work: 推进公共停车设施建设 · 新增城镇就业.)
  const following = firstNamedList(blocks, NAMES_AS_FOLLOW, (m) => lastPairSplit(splitTopLevel(m[1]!)), (_, items) => items.every((it) => WORK_VERB_FIRST.test(it.title)), false, MIN_FOLLOWING_NAMES, false, () => null, true);
  if (following) return following;
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    for (const m of allMatches(b.text, WORKS_ANNOUNCED)) {
      const items: ItemDraft[] = [];
      for (const [start, end] of topLevelPieces(b.text, ";；", "。", m.index + m[0].length)) {
        const piece = b.text.slice(start, end);
        // The name before its remark; a long one by its first comma-piece (叫响“云中声谷”产业品牌,培训…10000人,…).
        const whole = /^\s*([^(（]+)/u.exec(piece)?.[1]?.trim() ?? "";
        const name = whole.length > MAX_WORK_NAME ? (whole.split(/[,，]/u)[0] ?? "") : whole;
        if (name.length < 4 || name.length > MAX_WORK_NAME) break;
        const at = start + piece.indexOf(name);
        items.push({ no: null, title: cleanTitle(name), titleSpan: sliceSpan(b.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages: [{ span: sliceSpan(b.paragraph.span, start, end), role: null }], list: 0 });
      }
      if (items.length >= MIN_NAMES) return { items, preamble: blocks.slice(0, k), lists: 1, partial: true };
    }
  }
  return null;
}

/** A list of names that a count closes (A、B、C…等10个项目), the first such sentence of the text. */
function namesBeforeCount(blocks: Block[]): Structure | null {
  const closingCount = (m: RegExpExecArray) => statedCount(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length));
  // Some of the programme where a 等 or an ellipsis comes before the count (A、B、C等10个项目), or where the sentence goes on
  // (A、B、C、D4个项目已提前完成); all of it where the count closes the names and the sentence (…A、B、…和J十个项目。).
  const some = (m: RegExpExecArray) =>
    /等\s*$/u.test(m[1]!) || !/^\s*(?:\d|[一二三四五六七八九十两])+\s*个(?:项目|工程)\s*$/u.test(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length)) || !/^\s*(?:[。;；]|$)/u.test(m.input!.slice(m.index! + m[0].length));
  return firstNamedList(blocks, NAMES_THEN_COUNT, (m) => withoutClosingVerb(withoutOpeningVerb(withoutOpeningVerb(splitTopLevel(m[1]!)), REGION_WILL)), (m) => !FIELDS_COUNTED.test(m[1]!), some, MIN_COUNTED_NAMES, false, closingCount);
}

// The region that speaks before the names it will make its programme: 高州市将A、B、…J列为十件民生实事.
const REGION_WILL = /^[\u4e00-\u9fff]{1,6}[省市县区旗]将(?=[\u4e00-\u9fff“]{4})/u;
// …and the verb that makes them so, closing the last name: …地质灾害隐患点治理列为十件民生实事.
const MAKES_THEM = /(?:被|获)?(?:列为|列入|确定为|作为)$/u;

/** The names, the last without the verb that makes them the programme. */
function withoutClosingVerb(names: string[]): string[] {
  const last = names.at(-1)?.replace(MAKES_THEM, "") ?? "";
  if (last.length >= 2) names[names.length - 1] = last;
  return names;
}

// Names closed by a count of kinds (交通出行、城乡宜居…等5类10个项目 · 共有教育文体类、…、公共安全类8大类18个项目):
// fields the projects fall in, not the projects.
// So are names a 等 closes as fields (围绕教育、医疗、养老等领域实施15项民生工程 · 涵盖了生态环保、…、社会保障等民生领域).
const FIELDS_COUNTED = /(?:等\s*)?(?:\d+|[一二三四五六七八九十两]+)\s*(?:大?类|个?方面|个?领域)$|等(?:多个|各)?[\u4e00-\u9fff]{0,4}?(?:领域|方面)/u;

// A count of fields and then of works, in one sentence: 十个方面38项 · 8大领域25件.
const FIELDS_THEN_WORKS = /(\d+|[一二三四五六七八九十两]+)\s*(?:个?方面|个?领域|大?类)[^。；;，,]{0,6}?(\d+|[一二三四五六七八九十两]+)\s*[项件个]/gu;

/** Whether the sentence ending the text counts `n` fields before a different count of works: names as many are the fields. */
function countsFields(text: string, n: number): boolean {
  const sentence = text.slice(text.search(/[^。！？!?]*$/u));
  return allMatches(sentence, FIELDS_THEN_WORKS).some((m) => numeral(m[1]!) === n && numeral(m[2]!) !== n);
}

// Names run together and closed by 等 without a count, in passing (视察组针对A、B、C、D等热点问题进行
// 实地查看): each name long enough to be a task, and what follows 等 no field, kind of matter or place of them
// (涉及教育事业、卫生医疗、…等重要民生事项: the fields of the proposals gathered).
const NAMES_IN_PASSING = new RegExp(
  String.raw`(?:^|[,，:：。])\s*(?:[^,，。;；:：、]{0,16}?(?:针对|围绕|聚焦|包括|涉及|就|对))?((?:[^,，。;；:：、]{4,24}、){3,}[^,，。;；:：、]{4,24})等(?!\s*(?:\d|[一二三四五六七八九十两])|多|各|[\u4e00-\u9fff]{0,4}?(?:方面|领域|行业|事项)|部门|单位|地区|乡镇|街道|县|区|市|城市|渠道)`,
  "u",
);

// The sites an inspection visits in turn, where it names no project otherwise: 视察组先后到A、B、C
// 进行了实地察看 — each site stands for the project built there.
const SITES_VISITED = /(?:先后|依次|分别)(?:到|来到|深入|走进|前往)了?((?:[^,，。;；:：、]{3,24}、){2,}[^,，。;；:：、]{3,24}?)(?:等(?:地|处|点位|项目现场|现场)?)?[,，]?(?:进行|实地|现场|察看|查看|调研|视察|详细了解|了解)/u;
// The same visit told verb first: 先后实地察看了A、B、C。
const SITES_VIEWED = /(?:先后|依次|分别|逐一)(?:实地|现场)?(?:察看|查看|视察|考察|走访)了?((?:[^,，。;；:：、]{3,30}、){2,}[^,，。;；:：、]{3,30}?)(?:等(?:[\d一二三四五六七八九十]+个)?(?:地|处|点位|项目现场|现场|民生实事项目|项目)?)?[,，。;；]/u;

/**
 * Projects a text names only in passing, as a run of names closed by 等: read only where the text
 * names its programme and lists no project in any other way (the last resort of buildStructure).
 */
export function namesInPassing(blocks: Block[]): Structure | null {
  return firstNamedList(blocks, NAMES_IN_PASSING, passingNames, () => true, true) ?? sitesVisited(blocks);
}

// A sentence naming a group of the programme's projects after 有 or 包括, closed by 等 or the sentence's end:
// 基本达到时间节点要求的重点民生实事有:提质改造农村公路、农村饮水安全巩固提升、城镇黑臭水体整治等项目。
const GROUP_NAMED = /(?:有|包括|还有|分别是)\s*[:：]?\s*((?:[^,，。;；:：、]{4,24}、)+[^,，。;；:：、]{4,30}?)(?:等(?:项目|工程|实事)?)?\s*(?=[。;；■]|$)/gu;

/**
 * The projects a sentence of blocks outside `used` names as a group (…要求的重点民生实事有:A、B、C等项目),
 * where they are exactly `wanted`; null where no such sentence names that many.
 */
export function groupNamed(blocks: Block[], used: (b: Block) => boolean, wanted: number): ItemDraft[] | null {
  for (const b of blocks) {
    if (b.type !== "body" || used(b)) continue;
    for (const m of allMatches(b.text, GROUP_NAMED)) {
      const items = namedItems(b, m.index + m[0].indexOf(m[1]!), splitTopLevel(m[1]!));
      if (items.length === wanted) return items;
    }
  }
  return null;
}

/** The sites an inspection visits in turn (先后到A、B、C进行实地察看 · 先后实地察看了A、B、C), as the projects built there; null where it names none. */
export function sitesVisited(blocks: Block[]): Structure | null {
  const visited = (pattern: RegExp) => firstNamedList(blocks, pattern, passingNames, visitsOnlyWorks, true, MIN_COUNTED_NAMES);
  return visited(SITES_VISITED) ?? visited(SITES_VIEWED);
}

const passingNames = (m: RegExpExecArray): string[] => withoutOpeningVerb(splitTopLevel(m[1]!));

// A visit that checks delegates' proposals too (…实地察看民心工程建设进展和代表建议办理情况) stops at the sites
// of both: they are not the programme's works.
const ALSO_PROPOSALS = /建议办理|代表建议|议案/u;
const visitsOnlyWorks = (m: RegExpExecArray): boolean => !ALSO_PROPOSALS.test(m.input.slice(m.index).split(/[。！？]/u)[0]!);

/**
 * The first paragraph whose `pattern` names a list of at least MIN_NAMES (its names in group 1,
 * split by `names`) that `fits` accepts; the paragraphs after it add their figures to the names.
 */
function firstNamedList(blocks: Block[], pattern: RegExp, names: (m: RegExpExecArray) => string[], fits: (m: RegExpExecArray, items: ItemDraft[]) => boolean, partialOf: boolean | ((m: RegExpExecArray) => boolean), least = MIN_NAMES, told = false, countOf: (m: RegExpExecArray) => number | null = () => null, parted = false): Structure | null {
  // Every match in turn: a sentence of fields (围绕A、B、C等领域实施…) may come before the one of names.
  const every = new RegExp(pattern.source, pattern.flags.replace("g", "") + "g");
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "body") continue;
    for (const m of allMatches(b.text, every)) {
      const items = namedItems(b, m.index + m[0].indexOf(m[1]!), names(m), countOf(m), parted);
      if (items.length < least || !fits(m, items)) continue;
      const partial = typeof partialOf === "boolean" ? partialOf : partialOf(m);
      // Names a count closes as a status group (…8个项目已提前完成年度任务): the paragraphs after them
      // tell other projects, and give these only the figures that name them.
      const group = STATUS_AFTER.test(b.text.slice(m.index + m[0].length));
      // Status groups told one after another in the paragraph (A、B和C等12个建设类项目已全面完工；…D、E和F等13个项目已完成…)
      // are each some of the programme: together they are the list.
      if (group) {
        for (const later of allMatches(b.text.slice(m.index + m[0].length), every)) {
          const at = m.index + m[0].length + later.index;
          if (!STATUS_AFTER.test(b.text.slice(at + later[0].length))) continue;
          const more = namedItems(b, at + later[0].indexOf(later[1]!), names(later), countOf(later));
          if (more.length >= least && fits(later, more)) items.push(...more.filter((it) => !items.some((seen) => seen.title === it.title)));
        }
      }
      // So do names the text gives as some of its programme (A、B、C等10个项目): a clause that names none of them is another's.
      // Names that are the whole programme, told one after another (…完成A、B和C三项民生实事任务): every paragraph after is
      // theirs, each clause the current one's until another is echoed.
      if (!group) assignRest(items, b, m.index + m[0].length);
      assignClauses(items, blocks.slice(k + 1).filter((x) => x.type === "body" || x.type === "marker"), told, !told && (group || partial));
      return { items, preamble: blocks.slice(0, k + 1), lists: 1, ...(partial ? { partial } : {}) };
    }
  }
  return null;
}

// A sentence that includes its projects one clause each and counts them at its end:
// …民生实事包括了新增城镇就业110万人，推进老旧小区改造，…以及加快建设教师周转宿舍十一项重点民生实事。
const INCLUDED_THEN_COUNTED = /包括了?\s*((?:[^,，。;；:：]{2,40}[,，]){2,}[^,，。;；:：]{2,80}?)(\d+|[一二三四五六七八九十两]+)\s*[项件](?:[^,，。;；]{0,8}?)(?:民生实事|为民办实事|实事|民生工程)/u;

/** Clauses a sentence includes and counts at its end, as many as its count: each a project. */
function includedThenCounted(blocks: Block[]): Structure | null {
  const clauses = (m: RegExpExecArray) => m[1]!.split(/[,，]/u).map((p) => p.trim());
  return firstNamedList(blocks, INCLUDED_THEN_COUNTED, clauses, (m, items) => items.length === numeral(m[2]!), false);
}

// How a project's name ends: …建设项目 · …提升改造工程 · …行动 (a piece of a comma list that does not is prose).
const NAME_END = /(?:项目|工程|行动|计划|建设|改造|提升|治理|服务|中心)(?:[(（][^)）]*[)）])?$/u;

// A list of names each in quotes and nothing else, 、 or a comma between them or not: “A”“B”“C”…
const QUOTED_RUN_ONLY = /^\s*(?:[“"][^”"“。；;]{2,30}[”"][、,，]?\s*){2,}$/u;

// …or such a run closed by 等 and what the sentence says of them: “A”、“B”、…“J”等，被列为…
const QUOTED_RUN_CLOSED = /^\s*((?:[“"][^”"“。；;]{2,30}[”"][、,，]?\s*){4,})等/u;

/** The names of a list written as a run of quoted names alone (or closed by 等), or null. */
function quotedRunNames(list: string): string[] | null {
  const run = QUOTED_RUN_ONLY.test(list) ? list : QUOTED_RUN_CLOSED.exec(list)?.[1];
  return run ? allMatches(run, /[“"]([^”"“]+)[”"]/gu).map((m) => m[1]!) : null;
}

/**
 * Names separated by commas (5个项目包括A项目，B工程，C工程，…，估算总投资4.66亿元): the run of
 * pieces from the start that end as names do, when there are enough of them; else null.
 */
function commaNames(list: string): string[] | null {
  const pieces = list.split(/[,，]/u).map((p) => p.trim());
  if (pieces.length < MIN_NAMES || pieces.slice(0, 2).some((p) => p.includes("、") && NAME_END.test(p.split("、")[0]!))) return null;
  const names: string[] = [];
  for (const piece of pieces) {
    if (!NAME_END.test(piece.replace(/等$/u, "")) || piece.length > MAX_NAME || /\d/.test(piece)) break;
    names.push(piece);
  }
  return names.length >= MIN_NAMES ? names : null;
}

// A sentence that opens with the list's cue, right after one that states the count:
// 2019年“十件实事”涉及医疗、教育等多个民生问题，亮点十足。分别为：A；B；… · …完成年度目标任务的65.9%。各项目进展如下：A、B、…
const CUE_OPENING = /[。]\s*(?:分别为|分别是|具体为|具体是|主要包括|包括|[^。,，:：]{0,10}如下)\s*[:：]?/u;

/** The cue of a list whose count the sentence before states, as a match of ANNOUNCE would give it; or null. */
function announcedAfterCount(text: string): RegExpExecArray | null {
  const m = CUE_OPENING.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  return statedCount(before.slice(before.lastIndexOf("。") + 1)) !== null ? m : null;
}

/** The projects a list of names stands for, each titled by its name as written; none if a piece is too long to be a name. */
// Words that only end a name, no name of their own: 建设工程 · 工程 · 建设项目.
const NAME_ENDING_ONLY = /^(?:建设|改造|提升|实施)?(?:工程|项目|行动)?$/u;

function namedItems(b: Block, from: number, pieces: string[], count: number | null = null, parted = false): ItemDraft[] {
  // (A lead-in that opens on the party's body and its government, 县委、县政府向全县人民承诺的A、B…: they are its subject, no names.)
  if (pieces.length > 2 && PARTY_BODY.test(pieces[0]!.trim()) && /^[省市县区州旗]?(?:人民)?政府/u.test(pieces[1]!.trim())) {
    pieces.shift();
    withoutOpeningVerb(pieces);
  }
  const last = pieces.pop() ?? "";
  // The last name parted at its 和: at one a verb of work follows where there is one (建设城市书房和文化驿站和改善农村学校办学条件:
  // 建设城市书房和文化驿站 · 改善…), else at the first; not where the caller parted it already.
  // (Not where what follows 和 only ends the name: 基础教育网点规划和建设工程 is one.)
  const verbJoin = [...last.matchAll(/和/gu)].map((m) => m.index!).find((j) => j >= 2 && last.length - j - 1 >= 2 && WORK_VERB_FIRST.test(last.slice(j + 1)));
  const joined = parted ? null : verbJoin !== undefined ? [last, last.slice(0, verbJoin), last.slice(verbJoin + 1)] : /^(.{2,}?)(?:和|以及|及)(.{2,})$/u.exec(last);
  // (Nor where the names are as many as the count without parting it: …、社会管理创新和平安创建工程等 closing ten of “十大民生工程”.)
  const tail = joined && !NAME_ENDING_ONLY.test(joined[2]!) && !(count !== null && pieces.length + 1 === count) ? joined : null;
  // The list may close with 等 (…改造15万户农村户用卫生厕所等): the name ends before it; a name after a
  // comma may open on the word that joins it (…，以及加强数字政务服务能力建设、…).
  const names = [...pieces, ...(tail && pieces.length ? [tail[1]!, tail[2]!] : [last])].map((n) => n.replace(/等(?:项目|工程)?$/u, "").replace(/^(?:以及|及|还有)(?=.{4})/u, "")).filter(Boolean);
  // One short of the count the sentence states: two names joined by 和 are two (促进教育高质量发展和促进高质量充分就业).
  if (count !== null && names.length === count - 1) {
    const k = names.findIndex((n) => /^.{4,}和.{4,}$/u.test(n));
    if (k >= 0) names.splice(k, 1, ...(/^(.{4,}?)和(.{4,})$/u.exec(names[k]!)!.slice(1) as [string, string]));
  }
  // As many names as the count that closes them may each run a little longer (开展40万人次政府补贴性职业技能培训及支持1万名…就业).
  if (names.some((n) => n.length > (count !== null && names.length === count ? COUNTED_MAX_NAME : MAX_NAME))) return [];
  const items: ItemDraft[] = [];
  let at = from;
  // …unless the sentence told them done before it named them (截至10月初,已完成10个路段花化彩化、35处涝点整治…).
  // (The words may open the first name: 已完成10个路段花化彩化 before its figure.)
  const opening = b.text.slice(0, from);
  const told = opening.slice(Math.max(opening.lastIndexOf("。"), opening.lastIndexOf("；")) + 1) + (names[0]?.split(/\d/u)[0] ?? "");
  const role = DONE_WORDS.test(told) ? ("actual" as const) : ("target" as const);
  for (const name of names) {
    const start = b.text.indexOf(name, at);
    at = start < 0 ? at : start + name.length;
    const titleSpan = start < 0 ? null : sliceSpan(b.paragraph.span, start, start + name.length);
    // A name that states a quantity states the plan: 建设100所公办幼儿园 · 为80万农村妇女免费做“两癌”检查
    const passages = titleSpan && /\d/.test(name) ? [{ span: titleSpan, role }] : [];
    items.push({ no: null, title: cleanTitle(name), titleSpan, level: null, section: null, responsible: [], passages, list: 0 });
  }
  return items;
}

// A paragraph naming one group's projects: 【主要项目】保障性安居工程、提升农村低保、农村公路建设
const GROUP_NAMES = /^[【\[]?(?:主要项目|重点项目|实事项目|项目包括|涉及项目)[】\]]?\s*[:：]?\s*/u;
// A group names at least this many projects.
const MIN_GROUP_NAMES = 2;

/**
 * Projects named group by group (关键词：城乡统筹 / 【主要项目】A、B、C / 【完成情况】…): each
 * group's names, with the figures of the paragraphs up to the next group.
 */
function groupedItems(blocks: Block[]): Structure | null {
  const groups: Array<{ at: number; items: ItemDraft[] }> = [];
  for (let k = 0; k < blocks.length; k++) {
    const m = GROUP_NAMES.exec(blocks[k]!.text);
    if (!m || blocks[k]!.type === "table") continue;
    const end = blocks[k]!.text.slice(m[0].length).search(/[。;；]/);
    const list = blocks[k]!.text.slice(m[0].length, end < 0 ? undefined : m[0].length + end);
    const items = namedItems(blocks[k]!, m[0].length, splitTopLevel(list));
    if (items.length >= MIN_GROUP_NAMES) groups.push({ at: k, items });
  }
  if (groups.length < 2) return null;
  groups.forEach((group, g) => {
    const next = groups[g + 1]?.at ?? blocks.length;
    assignClauses(group.items, blocks.slice(group.at + 1, next).filter((x) => x.type === "body" || x.type === "marker" || x.type === "label"), true);
  });
  return { items: groups.flatMap((g) => g.items), preamble: blocks.slice(0, groups[0]!.at), lists: 1 };
}

/**
 * Each clause with a figure goes to the project it names, looking a few projects ahead of
 * the last one; a clause that names none stays with the project before it. The paragraph
 * right after the list is read whole; a later one only if it names a project of the list
 * ("以明眸皓齿工程为例，…"): one that names none is commentary, and ends the reading.
 */
// What follows names a count closes as a status group: …8个项目已提前完成 · …均超额完成
// (…按计划完成 · 按序时推进 · 正常推进 · 基本完成 · 进度滞后: a status too.)
const STATUS_AFTER = /^[^。,，]{0,6}?(?:已|均已|均|提前|超额|全部|按计划|按期|按时|按序时|正常推进|基本完成|进度滞后|滞后)/u;

/**
 * The ；-clauses after a list's names in their own paragraph, from the end of the sentence holding `at` on, give figures
 * only to the names they echo: …分别是A工程、B工程、…。其中，A工程计划改造老旧管网18.6公里；B工程覆盖42个行政村….
 */
function assignRest(items: ItemDraft[], b: Block, at: number): void {
  const end = b.text.indexOf("。", at);
  // (Only clauses a ； parts, one name's figures each; a sentence that names more of them, “A”工程、B和C均提前完成, completes the list.)
  if (end < 0 || end + 1 >= b.text.length || !/[;；]/u.test(b.text.slice(end + 1))) return;
  const rest: Block = { ...b, text: b.text.slice(end + 1), paragraph: { ...b.paragraph, span: sliceSpan(b.paragraph.span, end + 1, b.paragraph.span.text.length) } };
  assignClauses(items, [rest], false, true);
}

function assignClauses(items: ItemDraft[], blocks: Block[], wholeGroup = false, echoOnly = false): void {
  let current = 0;
  let read = 0;
  for (const b of blocks) {
    const sentences = splitAt(b.paragraph.span, /[。;；]/);
    if (!sentences.some((s) => /\d/.test(s.text))) continue;
    const named = namedItem(items, b.text);
    // (A paragraph that opens on a year and counts that year's programme, naming none of the works, tells that programme as a whole:
    // 2022年，…票决确定10项民生实事项目，总投资4.16亿元…)
    if (named < 0 && opensYear(b) !== null && statedCount(sentences[0]!.text) !== null) continue;
    if (read > 0 && named < 0 && !wholeGroup) break;
    // (A paragraph that opens on other works and names this one further on, 在农村，…供水…；…公路…。…文体惠民方面，…, turns to it there.)
    if (read > 0 && named >= 0 && !namedLater(items[named]!, b.text, sentences)) current = named;
    read++;
    for (const sentence of sentences) {
      let from = 0;
      for (const clause of splitAt(sentence, /[,，、]/)) {
        const at = sentence.text.indexOf(clause.text, from);
        from = at + clause.text.length;
        // A clause that names the field it turns to (教育方面 · 在医疗方面) turns to the one project whose name holds that field.
        const field = FIELD_LEAD.exec(clause.text)?.[1];
        const fielded = field ? items.filter((it) => it.title.includes(field)) : [];
        if (fielded.length === 1) current = items.indexOf(fielded[0]!);
        if (!/\d/.test(clause.text) || PROGRAMME_COUNT.test(clause.text)) continue;
        const best = echoedItem(items, clause.text, current);
        if (best < 0 && echoOnly) continue;
        if (best >= 0) current = best;
        const owner = items[current]!;
        // Clauses of one project next to each other read as one window of the sentence.
        const last = owner.passages[owner.passages.length - 1];
        if (last?.span === sentence && last.window && last.window.end >= at - 1) last.window.end = from;
        else owner.passages.push({ span: sentence, role: null, window: { start: at, end: from } });
      }
    }
  }
}

/**
 * The project a clause echoes: the best of the next few projects from the current one, or
 * any project of the list when the clause all but repeats its name (公益性岗位安置就业困难人员4.87万人).
 */
function echoedItem(items: ItemDraft[], clause: string, current: number): number {
  const words = clause.replace(/[\d.]+/g, "");
  let best = -1;
  let bestScore = 0;
  for (let j = 0; j < items.length; j++) {
    const s = dice(words, items[j]!.title);
    const near = j >= current && j <= current + LOOKAHEAD;
    if (s > bestScore && s > (near ? MIN_ECHO : STRONG_ECHO)) [best, bestScore] = [j, s];
  }
  return best;
}

/** Whether a paragraph writes the project's name only after its first figured sentence. */
function namedLater(item: ItemDraft, text: string, sentences: Span[]): boolean {
  const at = text.indexOf(item.title);
  const first = sentences.find((s) => /\d/u.test(s.text));
  return at >= 0 && first !== undefined && at >= text.indexOf(first.text) + first.text.length;
}

/** The project a paragraph names, by its name or by a clause that all but repeats it; -1 if none. */
function namedItem(items: ItemDraft[], text: string): number {
  const named = items.findIndex((it) => it.title.length >= 2 && text.includes(it.title));
  if (named >= 0) return named;
  for (const clause of text.split(/[,，、。;；]/)) {
    const j = echoedItem(items, clause, items.length);
    if (j >= 0) return j;
  }
  return -1;
}

// A clause that names the field it tells, or the text turns to: 就业方面 · 在促进就业方面 · 在老旧小区改造方面，
const FIELD_LEAD = /^[\s;；。]*在?([\u4e00-\u9fff“”"]{2,16}?)方面\s*[,，、]?\s*$/u;

// A clause that counts the programme's projects, not a project's work: 最终选出了10项 · 形成了12大项建议项目
const PROGRAMME_COUNT = /^[^\d]*\d+\s*大?[项件][^\d]*$/u;

/** The ；-separated clauses after an announcement, up to the sentence's end. */
function clausesAfter(b: Block, from: number): Span[] {
  // The list is one sentence: it ends at its 。 (a byline or note may follow: (记者 廖黎明)).
  const end = b.paragraph.span.text.indexOf("。", from);
  const rest = sliceSpan(b.paragraph.span, from, end < 0 ? b.paragraph.span.text.length : end + 1);
  if ((rest.text.match(/[;；]/g) ?? []).length < MIN_NAMES - 1) return [];
  return splitAt(rest, /[;；。]/).filter((s) => s.text.replace(/[;；。\s]/g, "").length >= 2);
}

// A clause of names as many as the text's stated count, whatever words announce them (票决出的项目有：
// A、B、…J。 · 系统化推进A、B、…J等十大民生工程): the count agreeing is the evidence, not the wording.
// Names that are places (…县、…区) or only figures are no projects.
const PLACE_NAME = /(?:省|市|县|区|旗|镇|乡|街道|村|社区)$/u;
const FIGURE_ONLY = /^[\d.]+\s*(?:%|[^\u4e00-\u9fff]{0,3}|[\u4e00-\u9fff]{1,2})$/u;
// What closes the last name: 等 and the count or the kind of the list (…民生水利等十大民生工程).
// …or the count alone (…农村安全饮水保障工程10个民生实事项目敲定).
const LIST_CLOSE = /(?:等(?:\s*(?:\d+|[一二三四五六七八九十两]+)\s*[大项件个]?|[^、]{0,4}?(?:项目|工程|实事|任务))|(?<=[\u4e00-\u9fff”"」])(?:\d+|[一二三四五六七八九十两]+)\s*[大项件个](?:重点|惠民|民生|为民)*(?:实事|工程|项目))[^、]*$/u;
// Names in one pair of quotes, their count right after: “A、B、…、J”列为十大重点实事 · “A、B、C、D”等4件实事.
const QUOTED_NAMES = /“([^“”]+)”[^“”，,。]{0,6}?(?<![\d.])(?:\d+|[一二三四五六七八九十两]+)\s*[大项件个]/u;
// A lead-in that says what the list covers (覆盖就业、教育、卫生健康…): fields, not projects.
const COVERS = /覆盖|涵盖|涉及|围绕|聚焦/u;
// A lead-in that gives the counted works one each: …十件民生实事分别聚焦 · …分别是.
const EACH_OF = /^.*?分别(?:聚焦|是|为|涉及|围绕|包括)/u;
// The fewest names such a clause holds.
const MIN_COUNT_MATCHED = 4;
// A run of names closed by its count inside a piece: 光明路等4条一级公路安装护栏.
const COUNT_CLOSED = /等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[\u4e00-\u9fff]/u;
// The noun a count closes a run of fields with (等十大惠民工程 · 等8个民生工程): what each field's work is called.
const SHARED_HEAD = /^等\s*(?:\d+|[一二三四五六七八九十两]+)\s*[大个项]?\s*((?:惠民|民生|为民|民心)(?:工程|行动|实事))/u;
// A field named in one word: 社保 · 教育 · 农补.
const MAX_FIELD_WORD = 3;
// The last piece of a cut clause shorter than this is a stub (…、提升政务服务效能、强化), no name.
const MIN_CUT_NAME = 4;

/**
 * The first clause whose names (split on 、 outside brackets, a last 和/及 joining two) are exactly
 * as many as a count the text states, each short enough to be a name and none a place or a figure;
 * or, where the page cut the clause, at least MIN_COUNT_MATCHED of fewer, a part of the programme.
 * The first name loses the lead-in verb where it is much longer than the others (系统化推进城建惠民).
 */
export function countMatchedNames(blocks: Block[], stated: number[]): Structure | null {
  const counts = new Set(stated.filter((n) => n >= MIN_COUNT_MATCHED));
  if (!counts.size) return null;
  const lastBody = blocks.findLastIndex((b) => b.type === "body" && !b.paragraph.noise);
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    // (A page may set its paragraphs as bullets: • 2018年以来，…就业促进、扶贫解困、…文化体育十项民生工程….)
    if (b.type !== "body" && !(b.type === "marker" && b.marker === "bullet")) continue;
    for (const [start, end] of topLevelPieces(b.text, "，,：:。；;！!？?")) {
      const clause = b.text.slice(start, end);
      let pieces = topLevelPieces(clause, "、").map(([s, e]) => clause.slice(s, e).trim());
      // (Names set in one pair of quotes before their count are the names inside them: 将“生态文明建设、…、‘美化磐安’行动”列为十大重点实事.)
      const quoted = pieces.length < MIN_COUNT_MATCHED - 1 ? QUOTED_NAMES.exec(clause) : null;
      if (quoted) pieces = quoted[1]!.split("、").map((n) => n.trim());
      if (pieces.length < MIN_COUNT_MATCHED - 1) continue;
      const last = pieces.at(-1)!;
      if (LIST_CLOSE.test(last) && FIELDS_COUNTED.test(last)) continue;
      pieces[pieces.length - 1] = last.replace(LIST_CLOSE, "");
      const shared = SHARED_HEAD.exec(last.slice(pieces[pieces.length - 1]!.length))?.[1];
      const joined = /^(.{2,}?)(?:和|以及|及)(.{2,})$/u.exec(pieces.at(-1)!);
      // A clause the page cut (the text's last, unclosed) holds fewer: those it kept, a stub the cut left aside.
      const cut = k === lastBody && end === b.text.length && !CLOSED_END.test(b.text);
      const kept = cut && pieces.at(-1)!.length < MIN_CUT_NAME ? pieces.slice(0, -1) : pieces;
      const names = counts.has(pieces.length) ? pieces : joined && counts.has(pieces.length + 1) ? [...pieces.slice(0, -1), joined[1]!, joined[2]!] : cut && kept.length >= MIN_COUNT_MATCHED && kept.length < Math.max(...counts) ? kept : null;
      if (!names) continue;
      // (…unless it says the count's works are those, one each: 十件民生实事分别聚焦稳就业、强教育、…、守食安.)
      if (COVERS.test(names[0]!) && !EACH_OF.test(names[0]!)) continue;
      names[0] = names[0]!.replace(EACH_OF, "") || names[0]!;
      const others = names.slice(1).map((n) => n.length).sort((x, y) => x - y);
      if (names[0]!.length > 1.5 * others[Math.floor(others.length / 2)]!) withoutOpeningVerb(names, LEAD_IN_VERB);
      // Fields named by a word each and closed by the noun they share (社保、健康、…、交通等十大惠民工程): each name is the field's work (社保惠民工程).
      if (shared && names.every((n) => n.trim().length <= MAX_FIELD_WORD)) names.forEach((n, j) => (names[j] = n.trim() + shared));
      if (names.some((n) => n.length < 2 || n.length > COUNTED_MAX_NAME || FIGURE_ONLY.test(n))) continue;
      if (mostlyPlaces(names)) continue;
      // (A name before the last that closes its own count, 丰庆路、光明路等4条一级公路安装护栏、标志牌…, ends a list of other things there.)
      if (names.slice(0, -1).some((n) => COUNT_CLOSED.test(n))) continue;
      // (As many as the count, each may run as long as a counted name may.)
      const items = namedItems(b, start, [...names], counts.has(names.length) ? names.length : null);
      if (items.length !== names.length) continue;
      // (The paragraph that names them announces them too: its year, nearest before the names, is the list's.)
      return { items, preamble: blocks.slice(0, k + 1), lists: 1, ...(counts.has(names.length) ? {} : { partial: true }) };
    }
  }
  return null;
}

// The verb a lead-in ends on before the first name, the last within its reach (系统化推进 · 重点实施 · 建设项目主要包括).
const LEAD_IN_VERB = /^.{0,10}(?:包括|推进|实施|办好|抓好|做好|建设|完成|开展|确定|推出|安排|下达)(?:了|的)?/u;

// The count of the projects a sentence names after a list, the rest of the programme: …3件实事也在有序推进 · 另有…等2个项目.
const REST_COUNT = /(?<![\d.一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*[件项个](?:民生|重点|惠民)?(?:实事|项目|工程|事项)/gu;
// What opens the sentence that names the rest: 此外 · 另外 · 还有 · 其余 · 以及.
const REST_OPENING = /^.*?(?:此外|另外|另有|还有|其余|其他|其它|以及)[,，:：]?\s*/u;
// The most projects a list may lack for the rest named after it to complete it: half the count.
const MAX_REST_SHARE = 0.5;
// Fewest names a sentence that adds some of the rest (此外…等3项) must give.
const MIN_SOME_REST = 2;

/** Whether the document offset `p` lies in the block's paragraph. */
const inBlock = (b: Block, p: number): boolean => b.paragraph.span.pos.length > 0 && p >= b.paragraph.span.pos[0]! && p <= b.paragraph.span.pos[b.paragraph.span.pos.length - 1]!;

// The works a sentence counts and names in brackets before the list of the rest:
// 其中2项政策提标类任务（提高城乡低保标准、提高困难残疾人“两项补贴”标准）已于年初全面落实到位，其余11项进展情况如下：
const COUNTED_IN_BRACKETS = /(?<![\d.一二三四五六七八九十两])(\d+|[一二三四五六七八九十两]+)\s*[件项个][^。；;，,（(]{0,12}?[（(]([^（()）]{4,120})[)）]/gu;
// …the rest then counted as the list's: 其余11项 · 另外11项 · 剩余11项.
const REST_OF_LIST = /(?:其余|其他|其它|剩余|另外)\s*(\d+|[一二三四五六七八九十两]+)\s*[件项个]/u;

/** The paragraph right before a list that counts the rest as the list's (…其余11项进展情况如下： · 除上述两件外，其余八件…：): its place, and that count as matched; else null. */
function restIntro(structure: Structure, blocks: Block[]): { k: number; intro: Block; rest: RegExpExecArray } | null {
  if (structure.lists !== 1 || !structure.items.length) return null;
  const start = structure.items[0]!.titleSpan?.pos[0];
  if (start === undefined) return null;
  const k = blocks.findIndex((b) => inBlock(b, start));
  const intro = k > 0 ? blocks[k - 1]! : null;
  if (!intro || (intro.type !== "body" && intro.type !== "headline")) return null;
  const rest = REST_OF_LIST.exec(intro.text);
  return rest && numeral(rest[1]!) === structure.items.length ? { k, intro, rest } : null;
}

/**
 * A list the text completes before it, in the paragraph that announces it: works it counts and names in brackets,
 * done apart from the list, then the rest counted as the list's (其中2项…（A、B）已…落实到位，其余11项进展情况如下： ‖
 * 1.… 11.…): the list with them, first, where they and the list together are a count the text states.
 */
export function restNamedBefore(structure: Structure, blocks: Block[], stated: number[]): Structure | null {
  const { intro, rest } = restIntro(structure, blocks) ?? {};
  if (!intro || !rest) return null;
  const have = structure.items.length;
  for (const m of allMatches(intro.text.slice(0, rest.index), COUNTED_IN_BRACKETS)) {
    const n = numeral(m[1]!);
    if (!stated.includes(have + n)) continue;
    const names = m[2]!.split(/[、,，；;]/u).map((name) => name.trim());
    if (names.length !== n || names.some((name) => name.length < 2 || name.length > COUNTED_MAX_NAME || FIGURE_ONLY.test(name))) continue;
    const from = m.index! + m[0].indexOf(m[2]!);
    const items = names.map((name): ItemDraft => {
      const at = intro.text.indexOf(name, from);
      return { no: null, title: cleanTitle(name), titleSpan: at < 0 ? null : sliceSpan(intro.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages: [], list: 0 };
    });
    return { ...structure, items: [...items, ...structure.items] };
  }
  return null;
}

// The words of a paragraph before the list of the rest that say the others were told above it: 除上述两件外，其余八件… .
const TOLD_ABOVE = /上述|以上|前述/u;
// A work's quoted name in a feature's prose is this long or longer (not a word set off: “冷” · “一把手”).
const MIN_TOLD_NAME = 4;

/**
 * A feature that tells some works at length, each by its quoted name, and lists the rest after a paragraph that says
 * so (…十件民生实事中的“城镇集中供暖扩面”项目… ‖ …“农牧区饮水安全巩固提升”解决的… ‖ 除上述两件外，其余八件…： ‖ ——A：… ‖ …):
 * the quoted names of the prose before, each with its paragraphs up to the next, then the list, where the rest counted
 * is the list and the names and the list together are a count the text states. Null otherwise.
 */
export function restToldBefore(structure: Structure, blocks: Block[], stated: number[]): Structure | null {
  const { k, intro, rest } = restIntro(structure, blocks) ?? {};
  if (k === undefined || !intro || !rest || !TOLD_ABOVE.test(intro.text.slice(0, rest.index))) return null;
  const have = structure.items.length;
  const told: Array<{ name: string; block: number; at: number }> = [];
  blocks.slice(0, k - 1).forEach((b, j) => {
    if (b.type !== "body" || b.paragraph.noise) return;
    for (const m of allMatches(b.text, QUOTED_NAME)) {
      const name = m[1]?.trim();
      if (name && name.length >= MIN_TOLD_NAME && !/\d/u.test(name) && !told.some((t) => t.name === name)) told.push({ name, block: j, at: m.index! + 1 });
    }
  });
  if (!told.length || !stated.includes(have + told.length)) return null;
  const items = told.map(({ name, block, at }, i): ItemDraft => {
    // (Its paragraphs run to the next name's, or to the paragraph that turns to the rest; a paragraph the next name shares is the next's.)
    const end = told[i + 1]?.block ?? k - 1;
    const passages = blocks.slice(block, end).map((b) => ({ span: b.paragraph.span, role: null }));
    return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(blocks[block]!.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages, list: 0 };
  });
  return { ...structure, items: [...items, ...structure.items] };
}

/**
 * A list the text completes after it (■A… ■B… ‖ 此外，“C”“D”“E”3件实事也在有序推进): its items
 * and the rest, where a sentence after its first item, in a paragraph that holds none of its
 * items, names as many projects as the list lacks of the count the text states, and counts them
 * so. Null where no sentence names exactly the rest.
 */
export function restNamedAfter(structure: Structure, blocks: Block[], stated: number[]): Structure | null {
  if (structure.lists !== 1 || !structure.items.length) return null;
  const have = structure.items.length;
  const missing = stated.filter((n) => n > have && n - have <= n * MAX_REST_SHARE).map((n) => n - have);
  // Fewer than the list lacks, where the sentence says they come besides it (此外，A、B、C等3项事项已…): some of the rest.
  const some = (n: number, opening: boolean) => opening && n >= MIN_SOME_REST && stated.some((s) => have + n < s);
  if (!stated.some((s) => s > have)) return null;
  // (Where an item's name stands nowhere, a narrative's guess, where its text does.)
  const starts = structure.items.map((it) => it.titleSpan?.pos[0] ?? it.passages[0]?.span.pos[0] ?? -1).filter((p) => p >= 0);
  if (!starts.length) return null;
  const first = blocks.findIndex((b) => starts.some((p) => inBlock(b, p)));
  for (let k = first + 1; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "body" || b.paragraph.noise) continue;
    // (In a paragraph that holds items, only the sentences after them: …体检率达到72.5%。其余几项，比如A、B，也都按期完成了.)
    const held = starts.filter((p) => inBlock(b, p)).map((p) => b.paragraph.span.pos.indexOf(p));
    for (const [start, end] of topLevelPieces(b.text, "。；;！!")) {
      const sentence = b.text.slice(start, end);
      if (held.length && (held.some((at) => at >= start) || !REST_EXAMPLES.test(sentence))) continue;
      for (const m of allMatches(sentence, REST_COUNT)) {
        const n = numeral(m[1]!);
        if (!missing.includes(n) && !some(n, REST_OPENING.test(sentence.slice(0, m.index!)))) continue;
        const before = sentence.slice(0, m.index!).replace(REST_OPENING, "");
        const quoted = allMatches(before, QUOTED_NAME).map((q) => (q[1] ?? q[2])!.trim());
        const clause = before.split(/[,，:：]/u).at(-1)!.replace(/等\s*$/u, "");
        const pieces = quoted.length ? quoted : topLevelPieces(clause, "、").map(([s, e]) => clause.slice(s, e).trim());
        const joined = pieces.length === n - 1 ? /^(.{2,}?)(?:和|以及|及)(.{2,})$/u.exec(pieces.at(-1) ?? "") : null;
        const names = joined ? [...pieces.slice(0, -1), joined[1]!, joined[2]!] : pieces;
        if (names.length !== n || names.some((name) => name.length < 2 || name.length > COUNTED_MAX_NAME || FIGURE_ONLY.test(name) || PLACE_NAME.test(name))) continue;
        if (names.some((name) => structure.items.some((it) => dice(it.title, name) >= STRONG_ECHO))) continue;
        const rest = names.map((name) => {
          const at = b.text.indexOf(name, start);
          const titleSpan = at < 0 ? null : sliceSpan(b.paragraph.span, at, at + name.length);
          const span = sliceSpan(b.paragraph.span, start, end);
          return { no: null, title: cleanTitle(name), titleSpan, level: null, section: null, responsible: [], passages: names.length === 1 ? [{ span, role: null }] : [], list: 0 } as ItemDraft;
        });
        return { ...structure, items: [...structure.items, ...rest] };
      }
      // (The rest uncounted, some of them named as examples: 其余几项，比如A、B，也都按期完成了.)
      const examples = REST_EXAMPLES.exec(sentence);
      const names = examples ? topLevelPieces(examples[1]!, "、").map(([s, e]) => examples[1]!.slice(s, e).trim()) : [];
      if (!examples || names.length < MIN_SOME_REST || !stated.some((s) => have + names.length <= s && s - have <= s * MAX_REST_SHARE)) continue;
      if (names.some((name) => name.length < 2 || name.length > COUNTED_MAX_NAME || FIGURE_ONLY.test(name) || PLACE_NAME.test(name) || structure.items.some((it) => dice(it.title, name) >= STRONG_ECHO))) continue;
      const from = start + examples.index + examples[0].indexOf(examples[1]!);
      const rest = names.map((name): ItemDraft => {
        const at = b.text.indexOf(name, from);
        return { no: null, title: cleanTitle(name), titleSpan: at < 0 ? null : sliceSpan(b.paragraph.span, at, at + name.length), level: null, section: null, responsible: [], passages: [], list: 0 };
      });
      return { ...structure, items: [...structure.items, ...rest] };
    }
  }
  return null;
}
// The rest, uncounted, named by examples: 其余几项，比如A、B，也都按期完成了 · 其他项目如A、B等也已…
const REST_EXAMPLES = /(?:其余|其他|其它)(?:的)?(?:几|若干)?(?:项|件|个)?(?:项目|实事|工程)?[,，]?\s*(?:比如|例如|如|像|包括)\s*([^，,。；;：:]{2,80}?)(?:等)?[,，]?\s*(?:也|均|都)/u;
