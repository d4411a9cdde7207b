// Projects listed inside one paragraph: 一是…；二是… · （1）…；（2）… · 1.…；2.… · 第一，…第二，…
import { sliceSpan } from "../text.ts";
import { numeral, type Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../projects.ts";
import { cleanTitle, firstClause } from "../titles.ts";

// The inline markers of the genre, each with a real example:
const INLINE_MARKERS: readonly RegExp[] = [
  /([一二三四五六七八九十]+)是/gu, // 一是提高城乡居民基础养老金;二是…
  /\(\s*(\d{1,2})\s*\)/gu, // 重点办好以下民生实事:(1)新建改扩建中小学10所;(2)…
  /(?<![\d.])(\d{1,2})\s*[.、](?!\d)/gu, // 今年办好:1.新建学校;2.改造公路…
  /第([一二三四五六七八九十]+)\s*[,，、]/gu, // 第一,新增城镇就业…第二,…
];
// A marker opens an item only at the start or after a clause break: 一户一档 is no marker.
const OPENS = /[,，;；。:：\s]/;

export function xshiItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  blocks.forEach((b, k) => {
    if (b.type !== "body" && b.type !== "marker") return;
    const marks = INLINE_MARKERS.map((re) => [...b.text.matchAll(re)].filter((m) => m.index === 0 || OPENS.test(b.text[m.index! - 1]!))).find(
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

