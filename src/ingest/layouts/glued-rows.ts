// Rows of a table that a document-sharing page ran together, cells and all, with no mark between them
// (…牵头单位配合单位1扩大优质教育资源供给新建、改扩建…区住建局各街道2稳定和扩大就业城镇新增就业9500人…): each row's
// number written straight after the last letter of the row before and straight before its project's name.
import { sliceSpan, type Span } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle } from "../titles.ts";

// Fewest rows that make such a table, and fewest of them run together inside one paragraph.
const MIN_ROWS = 4;
const MIN_RUN_TOGETHER = 2;
// What a figure's number goes on with, so no row's number: a unit (9所 · 4860个 · 3.5公里 · 95%) or more of the number.
const AFTER_FIGURE = /^(?:[\d.．%％、，,。;；:：个所人户家条座辆张台部名处米万亿元项件次批场套间亩吨年月日号期届类层栋幢艘口块只组支天岁周千百十余多倍级星]|公里|平方)/u;
// A row's number comes right after a letter or a closing mark of the row before (…各街道|2 · …9.4公里。|6), never after a digit.
const BEFORE_ROW = /[\u4e00-\u9fff）)。；;”]$/u;
// Where a row's name ends: the first verb of its content cell, at least MIN_NAME letters in (扩大优质教育资源供给|新建、改扩建…).
const CONTENT_OPENS = /(?:新建|改扩建|改造|城镇新增|新增|为全|为\d|实施|开展|建成|完成|整治|打造|建设|推进|开工|培训|发放|提供|解决|对\d)/gu;
const MIN_NAME = 4;
const MAX_NAME = 20;

// The paragraphs rows may run through: prose, headlines, and the page's own numbered lines (1、附件… ‖ 2、…) it cut them into.
const READ_TYPES = new Set(["body", "headline", "marker"]);

interface RowMark {
  block: number;
  at: number;
  length: number;
}

/** The row marks 1, 2, 3 … found in order through the text's paragraphs, each glued between letters. */
function rowMarks(blocks: Block[]): RowMark[] {
  const marks: RowMark[] = [];
  let next = 1;
  for (const [k, b] of blocks.entries()) {
    if (!READ_TYPES.has(b.type)) continue;
    const text = b.paragraph.span.text;
    let from = 0;
    for (;;) {
      const mark = String(next);
      const at = text.indexOf(mark, from);
      if (at < 0) break;
      from = at + 1;
      const after = text.slice(at + mark.length);
      // (…or set off by a space on each side, where the page kept the cells' spaces: …完成情况 1 教育扩大… · …全覆盖。 2 教育….)
      const spaced = text[at - 1] === " " && after.startsWith(" ");
      const before = spaced ? text.slice(0, at).trimEnd() : text.slice(0, at);
      const rest = spaced ? after.trimStart() : after;
      if (at === 0 || (!spaced && /\d/u.test(text[at - 1]!)) || !(BEFORE_ROW.test(before) || (spaced && /[%％]$/u.test(before))) || (!spaced && AFTER_FIGURE.test(after)) || !/^[\u4e00-\u9fff“]/u.test(rest)) continue;
      marks.push({ block: k, at, length: mark.length });
      next++;
      from = at + mark.length;
    }
  }
  return marks;
}

/** The project's name a row opens on: its words before the content cell's first verb or figure. */
function rowName(text: string): string {
  const words = text.slice(0, text.search(/\d/u) < 0 ? text.length : text.search(/\d/u));
  for (const m of words.matchAll(CONTENT_OPENS)) if (m.index! >= MIN_NAME) return words.slice(0, Math.min(m.index!, MAX_NAME));
  return words.slice(0, MAX_NAME);
}

/**
 * The rows of a table run together, one item each, numbered as written: null where fewer than MIN_ROWS row numbers run 1, 2,
 * 3 … glued between letters, or fewer than MIN_RUN_TOGETHER of them stand inside one paragraph.
 */
export function gluedRowItems(blocks: Block[]): Structure | null {
  const marks = rowMarks(blocks);
  if (marks.length < MIN_ROWS) return null;
  const together = Math.max(...[...new Set(marks.map((m) => m.block))].map((k) => marks.filter((m) => m.block === k).length));
  if (together < MIN_RUN_TOGETHER) return null;
  const items = marks.map((mark, j): ItemDraft => {
    const end = marks[j + 1];
    const passages: Span[] = [];
    for (let k = mark.block; k <= (end?.block ?? mark.block); k++) {
      const span = blocks[k]!.paragraph.span;
      if (!READ_TYPES.has(blocks[k]!.type)) continue;
      const from = k === mark.block ? mark.at + mark.length : 0;
      const to = end && k === end.block ? end.at : span.text.length;
      if (to > from) passages.push(sliceSpan(span, from, to));
    }
    const own = passages[0]!;
    const name = rowName(own.text);
    return { no: j + 1, title: cleanTitle(name), titleSpan: sliceSpan(own, 0, name.length), level: null, section: null, responsible: [], passages: passages.map((span) => ({ span, role: null })), list: 0 };
  });
  return { items, preamble: blocks.slice(0, marks[0]!.block), lists: 1 };
}
