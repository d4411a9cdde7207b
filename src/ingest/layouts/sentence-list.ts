// Projects named in one sentence ("今年确定的十件实事是：A、B、C…和J。"), with their figures
// in the paragraphs after it, one clause per project in the list's order.
import { sliceSpan, type Span } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle, splitTopLevel } from "../titles.ts";
import { bigramDice as dice } from "../similarity.ts";

// The sentence that announces the list: …十件实事是： · …10件民生实事包括： · 确定了以下8项为民办实事：
const ANNOUNCE = /(?:\d+|[一二三四五六七八九十两]+)\s*[件项](?:[省市县区])?(?:重点)?(?:民生实事|为民办实事|实事|民生项目|惠民实事)(?:项目)?(?:分别)?(?:是|为|包括|有)\s*[:：]?/u;
// A list holds at least this many names; fewer is a sentence, not a list.
const MIN_NAMES = 4;
// A name of a project is short: longer pieces are clauses of prose.
const MAX_NAME = 24;
// How far ahead of the current project a clause may look for its owner.
const LOOKAHEAD = 3;

export function sentenceItems(blocks: Block[]): Structure | null {
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    if (b.type !== "body") continue;
    const m = ANNOUNCE.exec(b.text);
    if (!m) continue;
    const from = m.index! + m[0].length;
    const stop = b.text.slice(from).search(/[。;；]/);
    const list = b.text.slice(from, stop < 0 ? undefined : from + stop);
    // The last name joins with 和/及: …新增便民停车泊位和提升公交出行服务
    const pieces = splitTopLevel(list);
    const last = pieces.pop() ?? "";
    const tail = /^(.{2,}?)(?:和|以及|及)(.{2,})$/u.exec(last);
    const names = [...pieces, ...(tail && pieces.length ? [tail[1]!, tail[2]!] : [last])].filter(Boolean);
    if (names.length < MIN_NAMES || names.some((n) => n.length > MAX_NAME)) continue;
    const items: ItemDraft[] = [];
    let at = from;
    for (const name of names) {
      const start = b.text.indexOf(name, at);
      at = start < 0 ? at : start + name.length;
      items.push({ no: null, title: cleanTitle(name), titleSpan: start < 0 ? null : sliceSpan(b.paragraph.span, start, start + name.length), level: null, section: null, responsible: [], passages: [], list: 0 });
    }
    assignClauses(items, blocks.slice(k + 1).filter((x) => x.type === "body" || x.type === "marker"));
    return { items, preamble: blocks.slice(0, k + 1), lists: 1 };
  }
  return null;
}

/** Each clause with a figure goes to the project it names, looking forward from the last one. */
function assignClauses(items: ItemDraft[], blocks: Block[]): void {
  let current = 0;
  for (const b of blocks) {
    const clauses = splitClauses(b.paragraph.span);
    const withFigures = clauses.filter((c) => /\d/.test(c.text));
    if (!withFigures.length) continue;
    for (const clause of withFigures) {
      let best = -1;
      let bestScore = 0;
      for (let j = current; j < Math.min(items.length, current + LOOKAHEAD + 1); j++) {
        const s = dice(clause.text.replace(/[\d.]+/g, ""), items[j]!.title);
        if (s > bestScore) [best, bestScore] = [j, s];
      }
      // No name echoed: the list's order decides (the clause after a project's is the next project's).
      const owner = best >= 0 ? best : Math.min(items.length - 1, current + (items[current]!.passages.length ? 1 : 0));
      items[owner]!.passages.push({ span: clause, role: null });
      current = owner;
    }
    // One paragraph of figures per list: a later paragraph is commentary or a quote.
    break;
  }
}

/** Clauses at ；and 。— a 分别 list of rates stays with the figures it follows. */
function splitClauses(span: Span): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i <= span.text.length; i++) {
    if (i === span.text.length || /[。;；]/.test(span.text[i]!)) {
      if (i > from) out.push(sliceSpan(span, from, i + (i < span.text.length ? 1 : 0)));
      from = i + 1;
    }
  }
  return out;
}
