// Projects listed inside one paragraph: 一是…；二是… · （1）…；（2）… · 1.…；2.… · 第一，…第二，…
import { sliceSpan } from "../text.ts";
import type { Block } from "../structure.ts";
import { INLINE_FAMILIES, numeral } from "../markers.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle, firstClause } from "../titles.ts";

// A marker opens an item only at the start or after a clause break: 一户一档 is no marker.
const OPENS = /[,，;；。:：\s]/;

export function xshiItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  blocks.forEach((b, k) => {
    if (b.type !== "body" && b.type !== "marker") return;
    const marks = INLINE_FAMILIES.map((re) => [...b.text.matchAll(re)].filter((m) => m.index === 0 || OPENS.test(b.text[m.index! - 1]!))).find(
      (found) => found.length >= 2 && found[0]!.index! + found[0]![0].length < b.text.length,
    );
    if (!marks) return;
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

