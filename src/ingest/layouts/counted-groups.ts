// Groups that each count their own works, the works told in whatever layout suits the group: 一、进度较快的项目(7个): ‖ a
// table of seven rows ‖ 二、基本达到序时要求的项目(3个):A,…;B,…;C,… ‖ 三、进度偏慢的项目(4个): ‖ 1、… 2、… 3、… 4、…
// Each group's count is the evidence for its own reading, and the counts together make the programme's: a group is read
// the one way (rows, marked lines, ；-clauses, paragraphs) that gives as many works as it counts.
import { allMatches, sliceSpan } from "../text.ts";
import type { Block } from "../structure.ts";
import { CLOSING_OPENING, type ItemDraft, type Structure } from "../draft.ts";
import { cleanTitle } from "../titles.ts";
import { numeral } from "../markers.ts";
import { markerFamilyOf, markerItems } from "./markers.ts";
import { tableReadings } from "./tables.ts";
import { paragraphItem } from "./paragraphs.ts";
import { MIN_CLAUSE_NAME, clauseWorks } from "./sentence-list.ts";

// A group's heading counts its works in brackets after what they are (进度较快的项目(7个) · 已完工的实事（5项）), before its
// first comma or colon.
const GROUP_COUNT = /^[^,，:：。;；\d]{2,20}?(?:项目|实事|工程|事项|任务)\s*[(（]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个项件]\s*[)）]/u;
// Groups that make a programme: at least two.
const MIN_GROUPS = 2;

/** The works of groups that each count theirs, where every group's reading gives its count and the counts make a stated one; else null. */
export function countedGroupItems(blocks: Block[], stated: number[]): Structure | null {
  const heads = blocks.flatMap((b, k) => {
    const m = b.type === "marker" ? GROUP_COUNT.exec(b.rest) : null;
    return m ? [{ k, family: markerFamilyOf(b), count: numeral(m[1]!) }] : [];
  });
  const family = heads[0]?.family;
  const groups = heads.filter((h) => h.family === family);
  if (groups.length < MIN_GROUPS || !stated.includes(groups.reduce((n, g) => n + g.count, 0))) return null;
  const items: ItemDraft[] = [];
  for (const [i, g] of groups.entries()) {
    const next = groups[i + 1]?.k ?? blocks.length;
    const closing = blocks.findIndex((b, k) => k > g.k && k < next && CLOSING_OPENING.test(b.text));
    const works = groupReading(blocks.slice(g.k, closing < 0 ? next : closing), g.count);
    if (!works) return null;
    items.push(...works.map((w) => ({ ...w, group: i })));
  }
  return { items, preamble: blocks.slice(0, groups[0]!.k), lists: 1, countedGroups: true };
}

/** A group's works (its heading first among `blocks`), read the first way that gives `count` of them: its table's rows, its marked lines, its heading's ；-clauses, its paragraphs. */
function groupReading(blocks: Block[], count: number): ItemDraft[] | null {
  const [heading, ...under] = blocks;
  const readings: Array<() => ItemDraft[] | null | undefined> = [
    () => tableReadings(blocks).find((t) => t?.items.length === count)?.items,
    ...[...new Set(under.map(markerFamilyOf).filter((f) => f !== null))].map((f) => () => markerItems(under, f!).items),
    () => headingClauses(heading!),
    () => (under.every((b) => b.type === "body") ? under.map((b) => paragraphItem(b, cleanTitle(b.text.split(/[,，。;；:：]/u)[0]!), 0)) : null),
  ];
  for (const read of readings) {
    const items = read();
    if (items?.length === count) return items;
  }
  return null;
}

/** The works a group's heading tells after its colon, one per ；-clause (see clauseWorks); else null. */
function headingClauses(b: Block): ItemDraft[] | null {
  const colon = b.text.search(/[:：]/u);
  return colon < 0 ? null : clauseWorks(sliceSpan(b.paragraph.span, colon + 1, b.text.length));
}

// A paragraph that tells the programme group by group, each group's sentence counting its works (有8个项目进展较快，…。其中：A完成投入
// 4150万元，…；B…。有3个项目基本达到序时进度。其中：…。有4个项目实施较慢，…具体情况如下： ‖ 1、… ‖ 4、…): a group's works are its
// ；-clauses after 其中, or, for the last group, the marked lines after the paragraph. The counts together make the programme's.
const GROUP_SENTENCE = /有\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个项件](?:项目|实事|工程)?/gu;
const AMONG = /其中\s*[:：]/u;
// What a clause tells after its work's name, how far the work got: 城乡就业创业工程完成投入4150万元 → 城乡就业创业工程.
const PROGRESS_TAIL = /(?:已|累计|实际)?完成(?:投(?:筹)?[入资])?\s*[\d.]+\s*(?:万|亿)?元?$/u;

/** The works of a paragraph's counted groups (see GROUP_SENTENCE), where every group gives its count and the counts make a stated one; else null. */
export function sentenceGroupItems(blocks: Block[], stated: number[]): Structure | null {
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    const heads = allMatches(b.text, GROUP_SENTENCE);
    if (heads.length < MIN_GROUPS || !stated.includes(heads.reduce((n, h) => n + numeral(h[1]!), 0))) continue;
    const items: ItemDraft[] = [];
    for (const [i, h] of heads.entries()) {
      const from = h.index! + h[0].length;
      const to = heads[i + 1]?.index ?? b.text.length;
      const among = AMONG.exec(b.text.slice(from, to));
      const works = among ? amongClauses(b, from + among.index! + among[0].length, to) : i === heads.length - 1 ? markedAfter(blocks.slice(k + 1)) : null;
      if (works?.length !== numeral(h[1]!)) return null;
      items.push(...works.map((w) => ({ ...w, group: i })));
    }
    return { items, preamble: blocks.slice(0, k), lists: 1, countedGroups: true };
  }
  return null;
}

/** A group's ；-clauses from `start` to its last stop before `to`, each named before what it tells done (see clauseWorks). */
function amongClauses(b: Block, start: number, to: number): ItemDraft[] | null {
  const stop = b.text.lastIndexOf("。", to - 1);
  return clauseWorks(sliceSpan(b.paragraph.span, start, stop > start ? stop : to), (name) => {
    const cut = name.replace(PROGRESS_TAIL, "");
    return cut.length >= MIN_CLAUSE_NAME ? cut : name;
  });
}

/** The marked lines right after a paragraph, one family's, up to the last of them: the last group's works. */
function markedAfter(after: Block[]): ItemDraft[] | null {
  const family = after[0] ? markerFamilyOf(after[0]) : null;
  if (!family) return null;
  const last = after.findLastIndex((x) => markerFamilyOf(x) === family);
  return markerItems(after.slice(0, last + 1), family).items;
}

// A paragraph that opens on a group's count (有5项民生实事已完成年度任务，… · 其余3项民生实事——…): one group of the programme's works.
const GROUP_OPENING = /^(?:有|其余|另有|还有)\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个项件](?:民生实事|实事|项目|工程)?/u;
// The words before a group's names: 分别是 · 分别为 · 包括 · a dash (其余3项民生实事——A、B、C按序时推进).
const NAMES_AFTER = /(?:分别是|分别为|包括|主要是|——|—)\s*[:：]?\s*/u;
// What a group's last name runs into: how the works are going (…农村生活污水治理按序时稳步推进).
const NAMES_END = /(?:按序时|按计划|正在|正按|已经|已|均|也|都|稳步|顺利|全部|等)/u;
// A work named at a sentence's start, before its comma: 技能培训提升，其中… · 文化惠民，完成….
const LED_WORK = /^([^,，。；;:：\d“”]{2,12})[,，]/u;

/**
 * The works of paragraphs that each open on a group's count and together make a stated one (有5项…已完成年度任务，分别是A、B、C、D、E。 ‖
 * 有4项…部分完成任务。A，其中…。B，… ‖ 其余3项民生实事——A、B、C按序时稳步推进): each group's names after 分别是 or a dash, or the
 * sentences after its count that each open on a work's name, as many as it counts; else null.
 */
export function paragraphGroupItems(blocks: Block[], stated: number[]): Structure | null {
  const at = blocks.findIndex((b) => b.type === "body" && GROUP_OPENING.test(b.text));
  if (at < 0) return null;
  let end = at;
  while (end < blocks.length && blocks[end]!.type === "body" && GROUP_OPENING.test(blocks[end]!.text)) end++;
  const groups = blocks.slice(at, end);
  const counts = groups.map((b) => numeral(GROUP_OPENING.exec(b.text)![1]!));
  if (groups.length < MIN_GROUPS || !stated.includes(counts.reduce((n, c) => n + c, 0))) return null;
  const items: ItemDraft[] = [];
  for (const [i, b] of groups.entries()) {
    const works = namedInGroup(b, counts[i]!) ?? ledInGroup(b, counts[i]!);
    if (!works) return null;
    items.push(...works.map((w) => ({ ...w, group: i })));
  }
  return { items, preamble: blocks.slice(0, at), lists: 1, countedGroups: true };
}

/** A group's names, 、-parted after 分别是 or a dash in its first sentence, as many as it counts; else null. */
function namedInGroup(b: Block, count: number): ItemDraft[] | null {
  const first = b.text.split("。")[0]!;
  const m = NAMES_AFTER.exec(first);
  if (!m) return null;
  const from = m.index + m[0].length;
  const names = first.slice(from).split(/[,，；;]/u)[0]!.split("、");
  const last = names.at(-1)!;
  const cut = last.search(NAMES_END);
  if (cut > 0) names[names.length - 1] = last.slice(0, cut);
  if (names.length !== count || names.some((name) => name.trim().length < MIN_CLAUSE_NAME)) return null;
  let pos = from;
  return names.map((name) => {
    const span = sliceSpan(b.paragraph.span, pos, pos + name.length);
    pos += name.length + 1;
    return { no: null, title: cleanTitle(name), titleSpan: span, level: null, section: null, responsible: [], passages: [], list: 0 };
  });
}

/** The sentences after a group's count that each open on a work's name before a comma (技能培训提升，其中…), as many as it counts; else null. */
function ledInGroup(b: Block, count: number): ItemDraft[] | null {
  const span = b.paragraph.span;
  const sentences: Array<{ from: number; to: number }> = [];
  let from = b.text.indexOf("。") + 1;
  while (from > 0 && from < b.text.length) {
    const stop = b.text.indexOf("。", from);
    const to = stop < 0 ? b.text.length : stop + 1;
    sentences.push({ from, to });
    from = to;
  }
  if (sentences.length !== count || !sentences.every(({ from: f }) => LED_WORK.test(b.text.slice(f)))) return null;
  return sentences.map(({ from: f, to }) => {
    const name = LED_WORK.exec(b.text.slice(f))![1]!;
    return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, f, f + name.length), level: null, section: null, responsible: [], passages: [{ span: sliceSpan(span, f, to), role: null }], list: 0 };
  });
}
