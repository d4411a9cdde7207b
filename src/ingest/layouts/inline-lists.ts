// Projects listed inside one paragraph: 一是…；二是…；三是…
import { sliceSpan } from "../text.ts";
import { numeral, type Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../projects.ts";
import { cleanTitle, firstClause } from "../titles.ts";

// 一是提高城乡居民基础养老金;二是… (a plan's projects in one paragraph)
const XSHI = /([一二三四五六七八九十]+)是/gu;

export function xshiItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  blocks.forEach((b, k) => {
    if (b.type !== "body" && b.type !== "marker") return;
    const marks = [...b.text.matchAll(XSHI)].filter((m) => m.index === 0 || /[,，;；。:：\s]/.test(b.text[m.index! - 1]!));
    if (marks.length < 2) return;
    if (first < 0) first = k;
    marks.forEach((m, j) => {
      const start = m.index! + m[0].length;
      const end = j + 1 < marks.length ? marks[j + 1]!.index! : b.text.length;
      const span = sliceSpan(b.paragraph.span, start, end);
      const no = numeral(m[1]!);
      items.push({ no, title: cleanTitle(firstClause(span.text, span.text.search(/[。;；]/))), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 });
    });
  });
  if (items.length < 2) return null;
  // Numbers restart with each paragraph: keep the document order as the ordinal.
  items.forEach((item, k) => (item.no = k + 1));
  return { items, preamble: blocks.slice(0, first), lists: 1 };
}

