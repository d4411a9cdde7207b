// A feature story's list: one paragraph per project, opening with the project's name as a
// short sentence of its own ("城乡人居环境整治工程。完成农村无害化卫生厕所改造2.4万座…").
import { sliceSpan } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle } from "../titles.ts";

// A name is short and states no figure: a longer or figured first sentence is prose.
const MAX_NAME = 20;
const MIN_NAME = 3;
// Fewer such paragraphs in a run are prose, not a list.
const MIN_ITEMS = 3;
// The name's sentence: up to its 。 (or ：), at the paragraph's start.
const LEAD = /^([^。:：,，;；\d]{3,20})[。:：]/u;

export function leadSentenceItems(blocks: Block[]): Structure | null {
  const isLead = (b: Block) => b.type === "body" && LEAD.test(b.text) && b.text.length > LEAD.exec(b.text)![0].length + 2;
  let best: [number, number] | null = null;
  for (let i = 0; i < blocks.length; ) {
    if (!isLead(blocks[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && isLead(blocks[j]!)) j++;
    if (!best || j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (!best || best[1] - best[0] < MIN_ITEMS) return null;
  const items: ItemDraft[] = blocks.slice(best[0], best[1]).map((b) => {
    const lead = LEAD.exec(b.text)!;
    const name = lead[1]!.trim();
    const span = b.paragraph.span;
    return {
      no: null,
      title: cleanTitle(name.length >= MIN_NAME && name.length <= MAX_NAME ? name : b.text.slice(0, MAX_NAME)),
      titleSpan: sliceSpan(span, 0, lead[1]!.length),
      level: null,
      section: null,
      responsible: [],
      passages: [{ span: sliceSpan(span, lead[0].length, span.text.length), role: null }],
      list: 0,
    };
  });
  return { items, preamble: blocks.slice(0, best[0]), lists: 1 };
}
