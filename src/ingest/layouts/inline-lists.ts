// Projects listed inside one paragraph: 一是…；二是… · （1）…；（2）… · 1.…；2.… · 第一，…第二，…
import { sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import { INLINE_FAMILIES, numeral } from "../markers.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle, firstClause } from "../titles.ts";
import { THIS_YEAR, statedCounts } from "../segment.ts";

// An item that names its field before its figures (一是学前教育扩容方面，新建…): the field is the project, 方面 no part of its name.
const FIELD_OF_ITEM = /(?<=[\u4e00-\u9fff”"]{2})方面$/u;

// A marker opens an item only at the start or after a clause break, or a speaker's tag ([高卫东]第五件，…): 一户一档 is no marker.
const OPENS = /[,，;；。:：\s\]】]/;

interface InlineParagraph {
  at: number;
  items: ItemDraft[];
  /** The marker family (its place in INLINE_FAMILIES) that numbers the items. */
  family: number;
}

// The work an ordinal follows, in an answer: 教育是|第一件。 (the words back to the clause's start, a speaker's tag aside).
const NAMED_BEFORE = /(?:^|[。；;！？!?，,：:\]】\s])([\u4e00-\u9fff“”]{2,12})是$/u;

/** The name a mark of the form 是第N件 follows (教育是第一件。 → 教育) and where it starts; null for any other mark. */
function nameBefore(text: string, m: RegExpMatchArray): { name: string; at: number } | null {
  if (text[m.index! - 1] !== "是" || !/[。；;]/u.test(text[m.index! + m[0].length] ?? "")) return null;
  const named = NAMED_BEFORE.exec(text.slice(0, m.index!));
  return named ? { name: named[1]!, at: m.index! - 1 - named[1]!.length } : null;
}

// Fewest projects told out of order that make a list: fewer may be a phrase's 第三 and 第一.
const MIN_OUT_OF_ORDER = 4;

// A status that opens a list of some projects, right before its first mark: 进度较慢的项目， · 滞后项目： · 已完成的项目有
// (the text before the first item, its mark included: …较慢的项目,一是).
const STATUS_GROUP = /(?:较慢|缓慢|偏慢|滞后|落后|提前|超额|已完成|未完成|进展较快)[^。；;]{0,6}(?:项目|事项)[^。；;\d]{0,6}$/u;

/**
 * The inline lists of a text. Each run of paragraphs whose numbers carry on (一是…三是 ·
 * 四是…六是 · 七是…八是) is one reading; so is every such paragraph together, numbered in
 * document order. The candidates module chooses among them (a closing paragraph's own
 * 一是…三是 starts a run of its own).
 */
export function inlineListItems(blocks: Block[], stated: number[] = []): Structure[] {
  const paragraphs: InlineParagraph[] = [];
  // Every paragraph's marks of each family, whatever their order: the projects a text tells out of order (第一件… 第二件 ‖ 第三件… 第八件 ‖ 第四件…).
  const told: InlineParagraph[] = [];
  blocks.forEach((b, k) => {
    if (b.type !== "body" && b.type !== "marker") return;
    // (Marks that number 1..N straight through the paragraph, N of MIN_COUNTED_MARKS at least, are items wherever they stand: a page
    // that ran its list into one paragraph glues some to the words before them, 一、办好人民满意的教育1.新建改扩建中小学…。2.实施….)
    const found = INLINE_FAMILIES.map((re) => {
      const all = allMatches(b.text, re);
      const opening = all.filter((m) => m.index === 0 || OPENS.test(b.text[m.index! - 1]!) || nameBefore(b.text, m) !== null);
      const straight = all.length >= MIN_COUNTED_MARKS && all.length > opening.length && all.every((m, k) => numeral(m[1]!) === k + 1);
      return straight ? all : opening;
    });
    const itemsOf = (marks: RegExpMatchArray[]) => marks.map((m, j) => {
      const start = m.index! + m[0].length;
      const end = j + 1 < marks.length ? marks[j + 1]!.index! : b.text.length;
      const span = sliceSpan(b.paragraph.span, start, end);
      // (A work named before its ordinal, 教育是第一件。, is named so.)
      const before = nameBefore(b.text, m);
      const titleSpan = before ? sliceSpan(b.paragraph.span, before.at, before.at + before.name.length) : span;
      return { no: numeral(m[1]!), title: before ? cleanTitle(before.name) : cleanTitle(firstClause(span.text, span.text.search(/[。;；]/))).replace(FIELD_OF_ITEM, ""), titleSpan, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 } as ItemDraft;
    });
    // (Each family's items are read once, for both readings; the readings copy them before they change them.)
    const itemsBy = found.map((marks) => (marks.length ? itemsOf(marks) : []));
    found.forEach((marks, family) => {
      if (marks.length && marks.at(-1)!.index! + marks.at(-1)![0].length < b.text.length) told.push({ at: k, items: itemsBy[family]!, family });
    });
    const family = found.findIndex((marks) => marks.length >= 1 && marks[0]!.index! + marks[0]![0].length < b.text.length && numeralsRun(marks.map((m) => numeral(m[1]!))));
    if (family < 0) return;
    const marks = found[family]!;
    const items = itemsBy[family]!;
    // A lone mark is an item where it opens its paragraph (一是加强污水治理。…) or carries on
    // the paragraph before (…六是 ‖ 七是…); elsewhere it is a phrase of the prose.
    const prev = paragraphs[paragraphs.length - 1];
    const carriesOn = prev && items[0]!.no === prev.items[prev.items.length - 1]!.no! + 1;
    // (…or, an ordinal, a sentence of it after an answer's opening words: 答：好的。第一件是教育资源扩容。)
    const opensSentence = marks[0]!.index === 0 || (/^第/u.test(marks[0]![0]) && /[。！？!?]/u.test(b.text[marks[0]!.index! - 1] ?? ""));
    if (items.length < 2 && !(opensSentence && (items[0]!.no === 1 || carriesOn)) && !carriesOn) return;
    paragraphs.push({ at: k, items, family });
  });
  const outOfOrder = toldOutOfOrder(blocks, told);
  if (!paragraphs.length) return outOfOrder ? [outOfOrder] : [];
  const runs: InlineParagraph[][] = [];
  for (const p of paragraphs) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1]?.items.at(-1)?.no;
    if (run && last != null && p.items[0]!.no === last + 1) run.push(p);
    else runs.push([p]);
  }
  // A list that a status opens (实施进度较慢的项目，一是…二是… · 滞后项目：一是…) names some of the programme's projects.
  const partial = (p: InlineParagraph) => STATUS_GROUP.test(blocks[p.at]!.text.slice(0, p.items[0]!.titleSpan!.pos[0]! - blocks[p.at]!.paragraph.span.pos[0]!));
  const structure = (ps: InlineParagraph[], renumber: boolean): Structure => {
    const items = ps.flatMap((p, group) => p.items.map((it) => ({ ...it, passages: [...it.passages], ...(renumber ? { group } : {}) })));
    if (!renumber) return { items, preamble: blocks.slice(0, ps[0]!.at), lists: 1, ...(ps.every(partial) ? { partial: true } : {}) };
    // Each paragraph numbered from 1 is evidence only as far as its own run goes. (Numbers that rise through every
    // paragraph, one skipped where a mark was not read (第一件是…第三件是 ‖ 这正是第四件，… ‖ 第五件是…), stay as written.)
    const writtenNumbers = items.map((item) => item.no);
    if (writtenNumbers.every((n, k) => k === 0 || n! > writtenNumbers[k - 1]!)) return { items, preamble: blocks.slice(0, ps[0]!.at), lists: 1, writtenNumbers };
    // Paragraphs that are numbered groups of their own, 1, 2, 3 … (2、岳阳市民生实事工程：①…②… ‖ 3、临湘市民生实事工程：①…),
    // number each group's projects as written; bare runs (一是… ‖ 一是…二是…) are numbered in document order.
    if (ps.length > 1 && ps.every((p, k) => blocks[p.at]!.type === "marker" && blocks[p.at]!.numbers[0] === k + 1)) return { items, preamble: blocks.slice(0, ps[0]!.at), lists: 1, writtenNumbers };
    items.forEach((item, k) => (item.no = k + 1));
    return { items, preamble: blocks.slice(0, ps[0]!.at), lists: 1, writtenNumbers };
  };
  const out = runs.filter((run) => run.reduce((n, p) => n + p.items.length, 0) >= 2).map((run) => structure(run, false));
  // Every paragraph's list together: numbers restart with each paragraph, so document order numbers them.
  // (Lines that each hold one mark, restarting under headings, are a list of lines: its restarts are evidence the marker reading weighs.)
  // (Not where each numbered paragraph opens on a work's name and its colon, as paragraphs between them without marks do: the
  // marks number the parts of named works, 养老服务体系建设：1、…；2、… ‖ “安心菜篮子”工程：新建… ‖ 全民健身设施提升：1、…)
  if (runs.length > 1 && paragraphs.some((p) => p.items.length >= 2) && !partsOfNamedWorks(blocks, paragraphs)) out.push(structure(paragraphs, true));
  if (outOfOrder) out.push(outOfOrder);
  const years = yearsApart(blocks, runs, stated);
  if (years) out.push(yearsLists(blocks, runs, years));
  return out;
}

// A paragraph that opens on a work's name and its colon: 农村生活污水治理：新建… · “安心菜篮子”工程：….
const NAMED_PARAGRAPH = /^[^,，。;；:：\d]{2,24}[:：]/u;
// Paragraphs so named without marks, among the numbered ones, that make the marks parts of named works.
const MIN_NAMED_SIBLINGS = 2;

/** Whether every numbered paragraph opens on a name and its colon, and so do paragraphs between them that hold no marks. */
function partsOfNamedWorks(blocks: Block[], paragraphs: InlineParagraph[]): boolean {
  if (!paragraphs.every((p) => NAMED_PARAGRAPH.test(blocks[p.at]!.text))) return false;
  const numbered = new Set(paragraphs.map((p) => p.at));
  const between = blocks.slice(paragraphs[0]!.at, paragraphs.at(-1)!.at).filter((b, k) => !numbered.has(paragraphs[0]!.at + k));
  return between.filter((b) => b.type === "body" && NAMED_PARAGRAPH.test(b.text)).length >= MIN_NAMED_SIBLINGS;
}

// Fewest items of a year's run for the runs to read as years' lists.
const MIN_YEAR_RUN = 4;

/**
 * The years of runs that are each a year's whole list (第一件…第十件 of 2024's results ‖ 2025年…分别是：一是…十是): two runs or
 * more, each as many as a count the text states, each after a year the text names (the last before its first mark, past the
 * run before), no two in a row the same. Null where they are not.
 */
function yearsApart(blocks: Block[], runs: InlineParagraph[][], stated: number[]): number[] | null {
  if (runs.length < 2) return null;
  const years: number[] = [];
  let from = 0;
  for (const run of runs) {
    const before = [...blocks.slice(from, run[0]!.at).map((b) => b.text), wordsBeforeRun(blocks, run)].join("\n");
    // (Each run as many as a count the text states, or as the count its own opening words state: 2024年…确定的8件民生实事已全部完成。
    // “第一件，… · 今年的民生实事…共8件：一是….)
    const size = run.reduce((n, p) => n + p.items.length, 0);
    const opening = wordsBeforeRun(blocks, run);
    const own = RUN_COUNT.exec(opening);
    if (size < MIN_YEAR_RUN || !(stated.includes(size) || statedCounts(opening).includes(size) || (own && numeral(own[1]!) === size))) return null;
    // (A run its words give as 今年's, naming no year, after a year's run: the year after, this year's list after last year's.)
    const year = Number(allMatches(before, /((?:19|20)\d{2})\s*年/gu).at(-1)?.[1] ?? (years.length && THIS_YEAR.test(opening) ? years.at(-1)! + 1 : NaN));
    if (Number.isNaN(year) || year === years.at(-1)) return null;
    years.push(year);
    from = run.at(-1)!.at + 1;
  }
  return years;
}
// A count the words right before a run close on: …票决产生，共8件： · 共十项：
// (The words run up to the run's first name, its mark included: 共8件:一是.)
const RUN_COUNT = /共\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[项件]\s*[:：][^:：。]{0,4}$/u;

/** The words of a run's first paragraph before its first item. */
function wordsBeforeRun(blocks: Block[], run: InlineParagraph[]): string {
  const head = blocks[run[0]!.at]!;
  return head.text.slice(0, Math.max(0, head.paragraph.span.pos.indexOf(run[0]!.items[0]!.titleSpan!.pos[0]!)));
}

/** Each run its year's list, opened by the words before its first mark (the paragraph before too, where they are few: …完成情况如下： ‖ 第一件，…). */
function yearsLists(blocks: Block[], runs: InlineParagraph[][], years: number[]): Structure {
  const items = runs.flatMap((run, list) => run.flatMap((p) => p.items.map((it) => ({ ...it, passages: [...it.passages], list }))));
  const preamble = blocks.slice(0, runs[0]![0]!.at);
  const opening = (run: InlineParagraph[]) => {
    const words = wordsBeforeRun(blocks, run);
    return words.replace(/\s/gu, "").length >= MIN_OPENING ? words : [blocks[run[0]!.at - 1]?.text ?? "", words].join("\n");
  };
  // (Each run is as many as a count the text states for it, which yearsApart asked: the counts are met.)
  return { items, preamble, lists: runs.length, listYears: years, listHeadings: runs.map((run, list) => (list === 0 ? preamble.map((b) => b.text).join("\n") : opening(run))), countedGroups: true };
}

// Fewer words before a run's first mark than this do not open it.
const MIN_OPENING = 6;

/**
 * The projects a text tells out of order, one family's marks over its paragraphs (第一件… 第二件 ‖
 * 第三件… 第八件 ‖ 第四件…), where their numbers are 1..N each once: the list in its numbers' order.
 * Null where they are not, or where they run in order already (the readings above have them).
 */
function toldOutOfOrder(blocks: Block[], told: InlineParagraph[]): Structure | null {
  for (let family = 0; family < INLINE_FAMILIES.length; family++) {
    const ps = told.filter((p) => p.family === family);
    const items = ps.flatMap((p) => p.items);
    if (items.length < MIN_OUT_OF_ORDER) continue;
    if (items.every((it, k) => it.no === k + 1)) continue;
    const sorted = [...items].sort((a, b) => a.no! - b.no!);
    if (!sorted.every((it, k) => it.no === k + 1)) continue;
    return { items: sorted.map((it) => ({ ...it, passages: [...it.passages] })), preamble: blocks.slice(0, ps[0]!.at), lists: 1 };
  }
  return null;
}

// Fewest marks of a paragraph's own list that a count before them states: fewer are a passage's points, not the programme.
const MIN_COUNTED_MARKS = 4;

/**
 * The count a paragraph states before the inline list it goes on with, where the list's marks number
 * as many, 1..N (…遴选出新一批十大重点民生实事，预计投入资金约486亿元。一是…十是…); else null. A work
 * report tells its programme in the middle of other business, far from any opening that counts it.
 */
export function countOfInline(b: Block): number | null {
  if (b.type !== "body" && b.type !== "marker") return null;
  for (const re of INLINE_FAMILIES) {
    const marks = allMatches(b.text, re).filter((m) => m.index === 0 || OPENS.test(b.text[m.index! - 1]!));
    const numbers = marks.map((m) => numeral(m[1]!));
    if (marks.length < MIN_COUNTED_MARKS || numbers[0] !== 1 || !numeralsRun(numbers)) continue;
    if (statedCounts(b.text.slice(0, marks[0]!.index)).includes(marks.length)) return marks.length;
  }
  return null;
}

/** Marks within one paragraph count up from where they start: 一是, 二是, 三是. */
function numeralsRun(numbers: number[]): boolean {
  return numbers.every((n, k) => k === 0 || n === numbers[k - 1]! + 1);
}
