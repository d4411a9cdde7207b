// Clean paragraphs → typed blocks: which paragraphs open a project, which are headlines,
// labels (责任单位, 完成情况) or body text. Every pattern here is a rule of the genre.
import { isHeadline, type Paragraph } from "./normalise.ts";
import { isTableRow, matchMarker, opensItem, type MarkerType } from "./markers.ts";
import { joinSpans } from "./text.ts";

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
const LABEL = /^(责任单位|牵头单位|承办单位|主办单位|配合单位|完成情况|进展情况|推进情况|目标任务|工作目标|年度目标)\s*[:：]\s*/u;

export function classify(paragraphs: Paragraph[]): Block[] {
  return joinLoneNumbers(paragraphs.map((paragraph) => classifyOne(paragraph)));
}

// A number standing alone on its line, its item on the next: "01" then "推动…医院二期工程建设;".
const LONE_NUMBER = /^0?(\d{1,2})$/u;

/**
 * Joins each lone number to the paragraph after it, as one numbered item (family dot), where
 * the numbers run 1, 2, 3 … each with exactly one paragraph of its own. A number followed by
 * several short cells is a row of a table drawn one cell per line, which the table reader
 * reads, so such runs are left as they are.
 */
function joinLoneNumbers(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const n = LONE_NUMBER.exec(b.text.trim());
    if (!n || !oneParagraphEach(blocks, i, Number(n[1]))) {
      joined.push(b);
      continue;
    }
    const item = blocks[i + 1]!;
    const span = joinSpans([b.paragraph.span, item.paragraph.span]);
    joined.push({
      paragraph: { ...b.paragraph, span, noise: false },
      text: span.text,
      type: "marker",
      marker: "dot",
      numbers: [Number(n[1])],
      rest: item.text,
      restAt: b.paragraph.span.text.length,
    });
    i++;
  }
  return joined;
}

/** Whether the lone number at i, and its neighbours in the run, each own exactly one text paragraph. */
function oneParagraphEach(blocks: Block[], i: number, no: number): boolean {
  const isNumber = (k: number, want: number) => Number(LONE_NUMBER.exec(blocks[k]?.text.trim() ?? "")?.[1]) === want;
  const owns = (k: number) => !!blocks[k + 1] && (blocks[k + 1]!.type === "body" || blocks[k + 1]!.type === "headline") && !LONE_NUMBER.test(blocks[k + 1]!.text.trim());
  if (!owns(i)) return false;
  // The run: the next number two paragraphs on, or the previous one two paragraphs back.
  const next = isNumber(i + 2, no + 1) && owns(i + 2);
  const previous = isNumber(i - 2, no - 1) && owns(i - 2);
  return next || previous;
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
    const kind = /单位/.test(label[1]!) ? "responsible" : /目标/.test(label[1]!) ? "target" : "done";
    return { ...base, type: "label", label: kind, rest: text.slice(label[0].length), restAt: label[0].length };
  }
  const marker = matchMarker(text);
  if (marker) return { ...base, type: "marker", marker: marker.type, numbers: marker.numbers, rest: text.slice(marker.length), restAt: marker.length };
  const head = NUMHEAD.exec(text);
  if (head && isHeadline(text)) {
    return { ...base, type: "numhead", numbers: [Number(head[1])], rest: text.slice(head[0].length), restAt: head[0].length };
  }
  if (isHeadline(text) && !opensItem(text)) return { ...base, type: "headline" };
  return { ...base, type: "body" };
}

export { LABEL };
