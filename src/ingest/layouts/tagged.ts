// Projects a notice names anywhere in its prose, each tagged with the programme's own ordinal:
// …其中5项已完成，分别是：提高…报销比例(第五项)、实施高素质农民培训工程(第十一项)… 滞后项目：一是实施近视
// 防控教室照明改造工程(第三项)正在开展… The tags are the evidence: a name the text numbers as the programme's N-th
// item is one of its projects, whatever sentence it stands in and whatever follows it. Their numbers are the
// programme's, not the list's (a notice names only some of them, in its own order), so the items carry none.
import { sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { ORDINAL_TAG, cleanTitle } from "../titles.ts";
import { BRACKET_LABELS } from "../markers.ts";
import { longestRun, paragraphItem } from "./paragraphs.ts";

// A name and the ordinal tag after it: …名称(第二十六项) · …名称（第3项）. The name runs back to the mark before it
// (past one bracket of its own: 建设城区生活垃圾分类屋(亭)(第二十一项)).
const TAGGED = new RegExp(`([^、,，;；:：。(（)）]{4,40}?(?:[(（][^()（）]{1,8}[)）][^、,，;；:：。(（)）]{0,10}?)?)${ORDINAL_TAG}`, "gu");
// A paragraph without a tag's opening is not searched (the name's pattern is slow to fail).
const TAG_OPENING = /[(（]第/u;
// What opens a name in a run of them (一是 · 二是 · 其中 · 分别是), no part of it.
const NAME_LEAD = /^(?:[一二三四五六七八九十]+是|其中|分别是|分别为|以及|及|和)\s*/u;
// Fewer tagged names are a remark, not a list.
const MIN_TAGGED = 3;

export function taggedItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  const seen = new Set<string>();
  let first = -1;
  for (const [k, b] of blocks.entries()) {
    if (b.type === "headline" || !TAG_OPENING.test(b.text)) continue;
    for (const m of allMatches(b.text, TAGGED)) {
      const raw = m[1]!;
      const lead = NAME_LEAD.exec(raw)?.[0].length ?? 0;
      const name = raw.slice(lead).trim();
      const title = cleanTitle(name);
      if (title.length < 4 || seen.has(title)) continue;
      seen.add(title);
      const start = m.index! + m[0].indexOf(raw) + lead;
      // The item's words run to the end of its clause (正在开展编制招标文件 · 预计9月份开始接种工作).
      const rest = b.text.slice(m.index! + m[0].length);
      const stop = rest.search(/[、;；。]/u);
      const end = m.index! + m[0].length + (stop < 0 ? rest.length : stop);
      if (first < 0) first = k;
      items.push({
        no: null,
        title,
        titleSpan: sliceSpan(b.paragraph.span, start, start + name.length),
        level: null,
        section: null,
        responsible: [],
        passages: [{ span: sliceSpan(b.paragraph.span, start, end), role: null }],
        list: 0,
      });
    }
  }
  return items.length >= MIN_TAGGED ? { items, preamble: blocks.slice(0, Math.max(0, first)), lists: 1, partial: true } : null;
}

// A paragraph that opens on a few words that call to the reader and then its work's name in square brackets (就业难?【稳就业促增收】全区…):
// the bracket names the paragraph's project. (Not a bracket that opens the line, a field's tag or a speaker's, 【就业】新增… · 【王某】今年…;
// nor a field's label, 【完成情况】, nor a page's credit, 【责任编辑:…】.)
const BRACKETED_NAME = new RegExp(`^([^\\d%【】。，,；;\\s]{1,6}?)【(?!(?:${BRACKET_LABELS})】)([^】:：\\d]{2,20})】(?=\\s*\\S)`, "u");
// Fewer such paragraphs in a row are a remark's, not a list's.
const MIN_BRACKETED = 3;

/** The longest run of paragraphs in a row that each open on a bracketed name: one project each, named by its bracket. */
export function bracketNamedItems(blocks: Block[]): Structure | null {
  // (A line of the run may be short enough to pass for a headline: 喝水苦?【农村牧区饮水安全巩固提升】巩固提升42万…水平.)
  const [from, to] = longestRun(blocks, (b) => b.type !== "table" && BRACKETED_NAME.test(b.text));
  if (to - from < MIN_BRACKETED) return null;
  const items = blocks.slice(from, to).map((b) => {
    const m = BRACKETED_NAME.exec(b.text)!;
    return paragraphItem(b, m[2]!, m[1]!.length + 1);
  });
  return { items, preamble: blocks.slice(0, from), lists: 1 };
}
