// Clean paragraphs → typed blocks: which paragraphs open a project, which are headlines,
// labels (责任单位, 完成情况) or body text. Every pattern here is a rule of the genre.
import { isHeadline, type Paragraph } from "./normalise.ts";
import { BRACKET_LABELS, FIELD_LABELS, NAME_LABEL, isTableRow, matchMarker, opensItem, type MarkerType } from "./markers.ts";
import { joinSpans } from "./text.ts";
import { isHeaderCell, lineTableHeader, MAX_BOUNDED_CELL, MAX_COLUMNS, MAX_LINE_CELL } from "./layouts/tables.ts";

export interface Block {
  paragraph: Paragraph;
  text: string;
  type: "marker" | "numhead" | "label" | "headline" | "body" | "table";
  marker?: MarkerType;
  /** The number the marker carries (一 → 1), or the numbers of a group. */
  numbers: number[];
  /** Text after the marker. */
  rest: string;
  /** Offset of `rest` in `text`. */
  restAt: number;
  label?: "responsible" | "done" | "target";
}

// A numbered newspaper headline: "3 开工改造城镇老旧小区38.94万户"
const NUMHEAD = /^(\d{1,2})\s+(?=\S)/u;
// 责任单位:市教育局 · 牵头单位: · 完成情况: · 目标任务:
const LABEL = new RegExp(`^(?:(${FIELD_LABELS})\\s*[:：]|【(${BRACKET_LABELS})】)\\s*`, "u");

export function classify(paragraphs: Paragraph[]): Block[] {
  return withSubtitle(spacedRunsThrough(numbersBeforeFigures(joinLoneNumbers(paragraphs.map((paragraph) => classifyOne(paragraph))))));
}

/**
 * A line read as a numbered headline (3 城镇老旧小区改造…) whose number carries on the spaced marks before it, or is carried on
 * by the one after (2 … ‖ 3 … ‖ 4 …): a row of that list, as the lines around it are, not a newspaper's headline.
 */
function spacedRunsThrough(blocks: Block[]): Block[] {
  const out = [...blocks];
  const spaced = (b: Block | undefined, no: number) => b?.type === "marker" && b.marker === "spaced" && b.numbers[0] === no;
  const numbered = (x: Block) => x.type === "marker" || x.type === "numhead";
  for (const [k, b] of out.entries()) {
    if (b.type !== "numhead") continue;
    const no = b.numbers[0]!;
    if (spaced(out.slice(0, k).findLast(numbered), no - 1) || spaced(out.slice(k + 1).find(numbered), no + 1)) out[k] = { ...b, type: "marker", marker: "spaced" };
  }
  return out;
}

/**
 * A dash line right under the text's headline, no dash line after it, is the headline's subtitle (暖心实事暖透雪域人家 ‖
 * ——日喀则市2023年十件民生实事办理综述 · 政府工作报告 ‖ ——2025年1月16日在…会议上): a heading, not the first of a list's items.
 */
function withSubtitle(blocks: Block[]): Block[] {
  const [first, second, third] = blocks;
  if (first?.type !== "headline" || second?.type !== "marker" || second.marker !== "dash" || (third?.type === "marker" && third.marker === "dash")) return blocks;
  return [first, { ...second, type: "headline", marker: undefined, numbers: [], rest: second.text, restAt: 0 }, ...blocks.slice(2)];
}

// A line that opens on its number and then a figure, the dot between them read as a decimal point
// ("2.50个小区新增…" between "1.…" and "3.…").
const NUMBER_BEFORE_FIGURE = /^(\d{1,2})\.(?=\d)/u;

/**
 * Lines that open "k.digits" where the dot-numbered items around them run k-1 before and k+1 after
 * (or end there): item k, whose text opens with a figure, not a paragraph opening on a decimal.
 */
function numbersBeforeFigures(blocks: Block[]): Block[] {
  const dotNumber = (b: Block | undefined) => (b?.type === "marker" && b.marker === "dot" ? b.numbers[0] : undefined);
  const out: Block[] = [];
  for (const [k, b] of blocks.entries()) {
    const m = b.type === "body" || b.type === "headline" ? NUMBER_BEFORE_FIGURE.exec(b.text) : null;
    if (!m) {
      out.push(b);
      continue;
    }
    const no = Number(m[1]);
    // The item before as already read, so two such items in a row (2.50个… 3.40个…) both count.
    const before = dotNumber(out.findLast((x) => x.type === "marker"));
    const after = blocks.slice(k + 1).find((x) => x.type === "marker" || NUMBER_BEFORE_FIGURE.test(x.text));
    const next = after && (dotNumber(after) ?? Number(NUMBER_BEFORE_FIGURE.exec(after.text)?.[1]));
    const item = before === no - 1 && (after === undefined || next === no + 1);
    out.push(item ? { ...b, type: "marker", marker: "dot", numbers: [no], rest: b.text.slice(m[0].length), restAt: m[0].length } : b);
  }
  return out;
}

// A number standing alone on its line, its item on the next: "01" then "推动…医院二期工程建设;".
const LONE_NUMBER = /^0?(\d{1,2})$/u;
// Most paragraphs one lone-numbered item may hold before the next number (a project with its sub-tasks).
const MAX_ITEM_PARAGRAPHS = 12;

/**
 * Joins each lone number to the paragraph after it, as one numbered item (family dot), where
 * such numbers run 1, 2, 3 … each followed by text of its own; the item's other lines stay
 * its body. Under a table's header (序号 / 项目 / 完成情况 …) the numbers open rows of a
 * table drawn one cell per line, which the table reader reads, so those are left as they are.
 */
function joinLoneNumbers(blocks: Block[]): Block[] {
  const starts = loneNumberRuns(blocks);
  if (!starts.size) return blocks;
  const joined: Block[] = [];
  let inItem = false;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (!starts.has(i)) {
      // Short lines under a lone-numbered item are its lines, not headlines of the next one.
      const owned = inItem && b.type === "headline" && [...starts].some((k) => k > i);
      joined.push(owned ? { ...b, type: "body" } : b);
      continue;
    }
    inItem = true;
    const item = blocks[i + 1]!;
    // (The item's name may be given as a field after its number: 01 ‖ 项目名称：扩大城区学位供给; a label alone on its line is joined to
    // its value by normalise.ts.)
    const label = NAME_LABEL.exec(item.text)?.[0].length ?? 0;
    const span = joinSpans([b.paragraph.span, item.paragraph.span]);
    const restAt = b.paragraph.span.text.length + label;
    joined.push({
      paragraph: { ...b.paragraph, span, noise: false },
      text: span.text,
      type: "marker",
      marker: "dot",
      numbers: [loneNumber(b)!],
      rest: span.text.slice(restAt),
      restAt,
    });
    i++;
  }
  return joined;
}

const loneNumber = (b: Block | undefined): number | null => {
  const m = b ? LONE_NUMBER.exec(b.text.trim()) : null;
  return m ? Number(m[1]) : null;
};

/** Indexes of lone numbers that open items: runs of two or more counting up, each with text after it. */
function loneNumberRuns(blocks: Block[]): Set<number> {
  const owns = (k: number) => (blocks[k + 1]?.type === "body" || blocks[k + 1]?.type === "headline") && loneNumber(blocks[k + 1]) === null;
  const starts = new Set<number>();
  const table = tableRegion(blocks);
  for (let i = 0; i < blocks.length; i++) {
    if (loneNumber(blocks[i]) === null || !owns(i) || table.has(i)) continue;
    const run = [i];
    for (let k = i + 2; k < blocks.length && k - run[run.length - 1]! <= MAX_ITEM_PARAGRAPHS; k++) {
      const n = loneNumber(blocks[k]);
      if (n === null) continue;
      if (n !== loneNumber(blocks[run[run.length - 1]!])! + 1 || !owns(k)) break;
      run.push(k);
    }
    if (run.length < 2) continue;
    for (const k of run) starts.add(k);
    i = run[run.length - 1]!;
  }
  return starts;
}

/**
 * Blocks inside a table drawn one cell per line: from a header of three or more column names in a
 * row, or one the table reader reads from 序号 (with longer names among them: 1-8月实际完成率%), to
 * the first paragraph longer than a cell.
 */
function tableRegion(blocks: Block[]): Set<number> {
  const inside = new Set<number>();
  for (let i = 0; i < blocks.length; i++) {
    let end = i;
    while (end < blocks.length && isHeaderCell(blocks[end]!.text)) end++;
    if (end - i < 3) end = lineTableHeader(blocks, i)?.end ?? i;
    if (end - i < 3) continue;
    for (i = end; i < blocks.length && (blocks[i]!.text.length <= MAX_LINE_CELL || rowGoesOn(blocks, i)); i++) inside.add(i);
  }
  return inside;
}

/** Whether a long cell (项目内容 · 项目进展情况) is a row's, the next row's lone number coming within a row's cells after it. */
function rowGoesOn(blocks: Block[], at: number): boolean {
  for (let k = at; k < blocks.length && k - at <= 2 * MAX_COLUMNS; k++) {
    if (blocks[k]!.text.length > MAX_BOUNDED_CELL || blocks[k]!.type === "label") return false;
    if (k > at && loneNumber(blocks[k]) !== null) return true;
  }
  return false;
}

// Markup a web page left in front of a line: <div style="…">4.新建改造农村公路…
const LEADING_TAGS = /^(?:<[^<>]{1,200}>\s*)+/u;

function classifyOne(paragraph: Paragraph): Block {
  const tags = LEADING_TAGS.exec(paragraph.span.text)?.[0].length ?? 0;
  const block = classifyText(paragraph, paragraph.span.text.slice(tags));
  return tags ? { ...block, text: paragraph.span.text, restAt: block.restAt + tags } : block;
}

function classifyText(paragraph: Paragraph, text: string): Block {
  const base = { paragraph, text, numbers: [] as number[], rest: text, restAt: 0 };
  if (isTableRow(text)) return { ...base, type: "table" };
  const label = LABEL.exec(text);
  if (label) {
    const name = label[1] ?? label[2]!;
    // (What a work is to do, 项目内容 · 建设内容, is its target.)
    const kind = /单位/.test(name) ? "responsible" : /目标|内容/.test(name) ? "target" : "done";
    return { ...base, type: "label", label: kind, rest: text.slice(label[0].length), restAt: label[0].length };
  }
  const marker = matchMarker(text);
  // A numbered line that is a headline is a newspaper's headline over its paragraph (headlines.ts); not one whose number
  // runs into its words (1稳定和扩大就业), a list's mark that lost its stop and its space, which a headline never does.
  if (marker && !(marker.type === "spaced" && isHeadline(text) && /^\d{1,2}[ \u3000]/u.test(text))) {
    // (The item's name may be given as a field after its mark: 【项目一】项目名称：城镇老旧小区改造.)
    const label = NAME_LABEL.exec(text.slice(marker.length))?.[0].length ?? 0;
    const at = marker.length + (marker.length + label < text.length ? label : 0);
    return { ...base, type: "marker", marker: marker.type, numbers: marker.numbers, rest: text.slice(at), restAt: at };
  }
  const head = NUMHEAD.exec(text);
  if (head && isHeadline(text)) {
    return { ...base, type: "numhead", numbers: [Number(head[1])], rest: text.slice(head[0].length), restAt: head[0].length };
  }
  if (isHeadline(text) && !opensItem(text) && !EMOJI_CLOSED_SENTENCE.test(text)) return { ...base, type: "headline" };
  return { ...base, type: "body" };
}

// A post's sentence that closes on an emoji where a full stop would stand, its clauses and figures told
// (新建社区老年食堂40家,累计提供助餐服务27万人次🍚): prose, however short.
const EMOJI_CLOSED_SENTENCE = /^(?=.*\d)(?=.*[,，]).*\p{Extended_Pictographic}\uFE0F?$/u;
