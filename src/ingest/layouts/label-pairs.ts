// A list with no marks, each project opened by its target label and followed by how far it
// got: "任务目标:新扩建50所公办标准化幼儿园。 进展情况:截至12月底,…" — a progress or results
// notice that a web page may have flattened into one paragraph.
import { sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import { labelPassage, type ItemDraft, type Structure } from "../draft.ts";
import { cleanTitle, firstClause, splitUnits } from "../titles.ts";

// A quoted name in a target: “天宁南路等瓶颈路段建成通车”
const QUOTED = /[“"「]([^”"」]{4,80})[”"」]/gu;
// Fewer target labels than this are a notice's furniture, not its list.
const MIN_ITEMS = 3;

/** Each target label opens a project: its text names it and states the target; what follows, up to the next, is its progress. */
export function labelPairItems(blocks: Block[]): Structure | null {
  const starts = blocks.flatMap((b, k) => (b.type === "label" && b.label === "target" ? [k] : []));
  if (starts.length < MIN_ITEMS) return null;
  const items: ItemDraft[] = starts.map((at, n) => {
    const head = blocks[at]!;
    const end = starts[n + 1] ?? blocks.length;
    const span = sliceSpan(head.paragraph.span, head.restAt, head.paragraph.span.text.length);
    // A target that quotes the project's name (市公路局牵头的“…”子项目“天宁南路等瓶颈路段建成通车”) is named by its last quote.
    const quoted = allMatches(head.rest, QUOTED).at(-1)?.[1];
    const title = quoted ?? firstClause(head.rest, head.rest.search(/[。;；]/u));
    const item: ItemDraft = { no: null, title: cleanTitle(title), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: "target" }], list: 0 };
    for (const b of blocks.slice(at + 1, end)) {
      // The list ends where a paragraph of prose follows a labelled one: commentary, not progress.
      if (b.type !== "label") break;
      if (b.label === "responsible") item.responsible.push(...splitUnits(b.rest));
      else item.passages.push(labelPassage(b));
    }
    return item;
  });
  return { items, preamble: blocks.slice(0, starts[0]), lists: 1 };
}
