// Groups that each count their own works, the works told in whatever layout suits the group: 一、进度较快的项目(7个): ‖ a
// table of seven rows ‖ 二、基本达到序时要求的项目(3个):A,…;B,…;C,… ‖ 三、进度偏慢的项目(4个): ‖ 1、… 2、… 3、… 4、…
// Each group's count is the evidence for its own reading, and the counts together make the programme's: a group is read
// the one way (rows, marked lines, ；-clauses, paragraphs) that gives as many works as it counts.
import { sliceSpan } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle } from "../titles.ts";
import { numeral } from "../markers.ts";
import { markerFamilyOf, markerItems } from "./markers.ts";
import { tableReadings } from "./tables.ts";
import { paragraphItem } from "./paragraphs.ts";
import { clauseWorks } from "./sentence-list.ts";

// A group's heading counts its works in brackets after what they are (进度较快的项目(7个) · 已完工的实事（5项）), before its
// first comma or colon.
const GROUP_COUNT = /^[^,，:：。;；\d]{2,20}?(?:项目|实事|工程|事项|任务)\s*[(（]\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个项件]\s*[)）]/u;
// Groups that make a programme: at least two.
const MIN_GROUPS = 2;
// Where the groups end: the text's closing words (下一步 · 存在问题 …).
const CLOSING = /^(?:下一步|下步|存在(?:的)?(?:主要)?(?:问题|不足)|今后|接下来)/u;

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
    const closing = blocks.findIndex((b, k) => k > g.k && k < next && CLOSING.test(b.text));
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
