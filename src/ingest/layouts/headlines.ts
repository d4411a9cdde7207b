// Headline layouts: numbered newspaper headlines ("3 开工改造城镇老旧小区38.94万户") paired with
// the paragraphs they sum up, before or after them; and unnumbered section headings.
import { CLOSED_END, NAMED_SUBHEAD, TAGGED_SUBHEAD, WHOLE_TAG, sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { STATEMENT, cleanTitle, firstClause } from "../titles.ts";
import { bigramDice as dice } from "../similarity.ts";
import { TOLD_FIELD } from "./paragraphs.ts";
import { titleOf } from "./story.ts";
import { familyOf } from "../markers.ts";

/** Fewer unnumbered headings than this are sections of an article, not a programme's projects. */
const MIN_HEADINGS = 3;
// …or two, where the page was cut in the second one's paragraphs.
const MIN_CUT_HEADINGS = 2;
// A work named by its noun, in a heading or as the subject a paragraph opens on (健康守护工程将… · 城乡公厕“微改造”工程计划… ·
// 城镇燃气入户工程新增… · 学前教育扩容工程方面，… · 城区学位扩容工程是群众呼声最高的一项 · 医疗服务提升工程中，…); or as one of the programme's 实事, by its name before the word (城镇老旧小区改造实事共改造…).
export const NAMED_WORK = /工程|项目|行动/u;
// (A name wholly in quotes is the words inside them: “学位扩容工程”全年建成….)
const OPENING_WORK = /^(?:“([^“”。；;，,：:、\d]{4,24}?(?:工程|项目|行动))”|([^。；;，,：:、\d]{4,24}?(?:工程|项目|行动)))(?=将|计划|已|共|今年|全年|方面|实施|新建|新增|新开|建成|改造|开展|完成|实现|累计|是|中[,，]|[,，])|^(?!.{0,6}(?:民生|惠民|为民|民心|政府))([^。；;，,：:、\d“”]{4,16}?)实事(?=将|计划|已|共|今年|全年|为|新建|新增|新开|建成|改造|开展|完成|实现|累计)/u;

// A paragraph that opens on doing a work names it as its verb's object, not as its subject: 实施农村供水保障工程，提升….
const DOING = /^(?:实施|推进|开展|加快|启动|继续|深入|全面)/u;

/** The work a paragraph opens on by its own name (OPENING_WORK), and where the name stands; else null. */
export function openingWork(text: string): { name: string; at: number } | null {
  const m = OPENING_WORK.exec(text);
  const name = m ? (m[1] ?? m[2] ?? m[3])! : undefined;
  if (!m || !name || DOING.test(name)) return null;
  return { name, at: m.index + m[0].indexOf(name) };
}
// …or anywhere in it, as one of the programme's: 城区停车难是…。“城区停车便民”实事年初计划….
const QUOTED_PROGRAMME_WORK = /“([^“”。，,；;\d]{4,16})”()(?=实事|这件)/u;
// A quoted name this near its paragraph's start opens it; what the paragraph says after it, and the word naming it a work, tells it.
const QUOTE_REACH = 24;
const AFTER_NAME = /^(?:项目|实事|工程)?中?[,，]?/u;
// A keyword's label over a paragraph: 关键词：就业 · 关键词:上学.
const KEYWORD_SUBHEAD = /^关键词\s*[:：]\s*([\u4e00-\u9fff]{1,8})$/u;
// The work a paragraph names first, in quotes, near its start: “促进城乡充分就业”是… · 在“扩大优质教育资源”这件实事上 · 围绕“完善养老服务体系”，.
// (A word or two after the quotes is the name's too: “四好农村路”建设项目 → “四好农村路”建设.)
const QUOTED_WORK = /^[^。“”]{0,12}?(?:“([^“”。，,；;\d]{4,16})”(?=是|实事|项目|工程|这件|[,，])|(“[^“”。，,；;\d]{3,16}”[\u4e00-\u9fff]{1,4}?)(?=项目|工程))/u;
// Headings over lines numbered from 1 again under each: at least this many restarts.
const MIN_RESTARTS = 2;
/** A paragraph's opening clause is a project's title only up to this length (characters): longer is a sentence. */
const MAX_STATEMENT_TITLE = 30;

export /** Newspaper layout: "3 开工改造城镇老旧小区38.94万户" headlines beside the paragraphs they sum up. */
function headlineItems(blocks: Block[]): Structure {
  const firstHead = blocks.findIndex((b) => b.type === "numhead");
  const claimed = new Set<number>();
  const items: ItemDraft[] = [];
  const lede = blocks.findIndex((b) => b.type === "body");
  let list = -1;
  let lastNo = Infinity;
  const listEnds: number[] = [];

  const bodyScore = (head: Block, body: Block) => sharedFigures(head.rest, body.text) * 2 + dice(head.rest, body.text);
  const isFreeBody = (k: number) => k >= 0 && k < blocks.length && k !== lede && blocks[k]!.type === "body" && !claimed.has(k);

  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== "numhead") continue;
    const no = b.numbers[0]!;
    if (no <= lastNo) list++;
    lastNo = no;
    listEnds[list] = i;
    const options = [i - 1, i + 1].filter(isFreeBody);
    const best = options.sort((x, y) => bodyScore(b, blocks[y]!) - bodyScore(b, blocks[x]!) || y - x)[0];
    const item = pairedItem(b, best === undefined ? null : blocks[best]!, no, list);
    if (best !== undefined) claimed.add(best);
    items.push(item);
  }
  // Unnumbered banner headlines after a list close it: pair each with the free paragraph it repeats.
  for (let i = firstHead; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type !== "headline") continue;
    const owner = listEnds.findIndex((end, k) => end < i && (listEnds[k + 1] === undefined || listEnds[k + 1]! > i));
    if (owner < 0) continue;
    let best = -1;
    let bestScore = 0;
    blocks.forEach((_, k) => {
      if (!isFreeBody(k)) return;
      const score = sharedFigures(b.text, blocks[k]!.text) * 2 + dice(b.text, blocks[k]!.text);
      if (score > bestScore) [best, bestScore] = [k, score];
    });
    if (best < 0 || bestScore < 1) continue;
    claimed.add(best);
    const lastOfList = items.filter((it) => it.list === owner).reduce((n, it) => Math.max(n, it.no ?? 0), 0);
    items.push(pairedItem({ ...b, rest: b.text, restAt: 0 }, blocks[best]!, lastOfList + 1, owner));
  }
  // A paragraph the column cut in two: free paragraphs after a claimed one belong to its item.
  const owner = new Map<number, ItemDraft>();
  for (const item of items) for (const p of item.passages) if (!p.headline) owner.set(blocks.findIndex((b) => b.paragraph.span === p.span), item);
  for (let k = 1; k < blocks.length; k++) {
    const prevOwner = owner.get(k - 1);
    if (prevOwner && isFreeBody(k)) {
      prevOwner.passages.push({ span: blocks[k]!.paragraph.span, role: null });
      claimed.add(k);
      owner.set(k, prevOwner);
    }
  }
  items.sort((a, b) => a.list - b.list || (a.no ?? 0) - (b.no ?? 0));
  // A list names its items one way: where all its headlines are short names of fields and most keep them (1 医疗卫生 ‖ 2 教育助学 ‖ 3 养老帮困 ‖
  // 全面推行长期护理保险制度…), the few whose paragraph opens on a statement keep theirs too.
  const headed = (it: ItemDraft) => cleanTitle(it.titleSpan!.text);
  const stated = items.filter((it) => it.titleSpan && it.title !== headed(it));
  if (stated.length * 2 < items.length && items.every((it) => it.titleSpan && headed(it).length <= FIELD_NAME)) for (const it of stated) it.title = headed(it);
  const preamble = blocks.slice(0, Math.max(0, firstHead)).filter((b) => b.type !== "body" || blocks.indexOf(b) === lede);
  return { items, preamble, lists: list + 1 };
}

// A headline this short names a field of the programme (医疗卫生 · 养老帮困), not a task.
const FIELD_NAME = 6;

function pairedItem(head: Block, body: Block | null, no: number, list: number): ItemDraft {
  const lead = body ? firstClause(body.text, body.text.search(/[。;；]/)) : "";
  // 将X列为/作为…首位事项 names the project it ranks.
  const ranked = /将(.{2,20}?)(?:列为|作为)/u.exec(lead)?.[1] ?? null;
  const statement = ranked ?? (body && STATEMENT.test(lead) && !/\d/.test(lead) && lead.length <= MAX_STATEMENT_TITLE ? lead : null);
  const title = statement ?? cleanTitle(head.rest);
  const item: ItemDraft = {
    no,
    title,
    titleSpan: sliceSpan(head.paragraph.span, head.restAt, head.paragraph.span.text.length),
    level: null,
    section: null,
    responsible: [],
    passages: [{ span: head.paragraph.span, role: null, headline: true }],
    list,
  };
  if (body) item.passages.push({ span: body.paragraph.span, role: null });
  return item;
}

/** How many figures (number + first unit character) two texts share. */
function sharedFigures(a: string, b: string): number {
  const figs = (s: string) => new Set(allMatches(s.replace(/\s+/g, ""), /(\d+(?:\.\d+)?)(万|亿)?/g).filter((m) => !/^(19|20)\d\d$/.test(m[1]!)).map((m) => m[1]! + (m[2] ?? "")));
  const A = figs(a);
  let n = 0;
  for (const f of figs(b)) if (A.has(f)) n++;
  return n;
}


/**
 * Unnumbered section headings, each over the paragraphs it introduces (a 政府工作报告's
 * "就业增收" / "教育提质" …). Needs three or more such headings after the opening paragraph
 * (two where the page was cut).
 */
// A line repeated this many times is the page's furniture.
const MIN_FURNITURE_REPEATS = 3;

// A headline that tells how the programme as a whole went: …为民办实事项目全面完成 · …民生实事完成情况.
const PROGRAMME_AS_A_WHOLE = /(?:民生实事|为民办实事|为民实事|惠民实事|民生工程|民心工程|实事项目)[^，。,]{0,6}(?:全面完成|全部完成|圆满完成|完成情况|进展情况|实施情况)$/u;

export function headingItems(blocks: Block[]): Structure | null {
  // A heading may head lines numbered from 1 again under each (缓解交通堵问题 ‖ 1.… 2.… ‖ 加大扶贫保障力度 ‖ 1.…):
  // numbers that restart are the parts of the headings' projects. A page of such headings may have no lede.
  // (Lines of their own, 1. then 2.: one line of ①…②… is a cell of a table, not parts.)
  const numbered = (b: Block | undefined, no: number) => b?.type === "marker" && b.numbers[0] === no;
  const opensParts = (i: number) => numbered(blocks[i], 1) && numbered(blocks[i + 1], 2) && blocks[i]!.marker === blocks[i + 1]!.marker;
  // (A heading of words: a table's cell of figures, 23000, heads nothing.)
  const worded = (b: Block) => b.type === "headline" && /[\u4e00-\u9fff]{2}/u.test(b.text);
  const restarts = blocks.filter((b, i) => worded(b) && opensParts(i + 1)).length >= MIN_RESTARTS;
  // (Parts numbered from 1 again after a heading's own paragraph, 建设农村公路 ‖ 新改建…1.35万公里 ‖ （一）… ‖ （二）…, are its parts too.)
  const partsAfterProse = blocks.filter((b, i) => worded(b) && blocks[i + 1]?.type === "body" && opensParts(i + 2)).length;
  const partsUnderSome = !restarts && partsAfterProse + blocks.filter((b, i) => worded(b) && opensParts(i + 1)).length >= MIN_RESTARTS;
  const lede = blocks.findIndex((b) => b.type === "body");
  // A heading that is one bracketed tag (【教育惠民】) may stand over short lines of its own, headlines to the eye (新建村卫生室28个 ‖ …):
  // where three or more such tags stand over lines that are no tags, they head the lines under them, and they alone.
  const tag = (b: Block | undefined) => b?.type === "headline" && WHOLE_TAG.test(b.text.trim());
  // (…or over lines a bullet marks, ✅ 新增学位3150个: unnumbered lines of its own.)
  const bulleted = (b: Block | undefined) => b?.type === "marker" && !familyOf(b.marker!).numbered;
  const tagOver = (i: number) => tag(blocks[i]) && (blocks[i + 1]?.type === "body" || (blocks[i + 1]?.type === "headline" && !tag(blocks[i + 1])) || bulleted(blocks[i + 1]));
  // (A post of short lines has no lede, or none before its tags, only a quote or a remark after them: its tags are its headings
  // all the same, from the first.)
  const shortLines = blocks.filter((b, i) => (lede < 0 || i < lede) && tagOver(i)).length >= MIN_HEADINGS;
  const tags = shortLines || blocks.filter((_, i) => i > lede && tagOver(i)).length >= MIN_HEADINGS;
  if (lede < 0 && !restarts && !tags) return null;
  // A subhead that names its work and sums it up (老旧小区改造：38个小区全部开工 ‖ 按照年度计划，… · 【教育提质】新增学位1620个 ‖ …),
  // a line of its own over a paragraph of prose, is a heading, though its colon or tag reads as a label's.
  // (A keyword's label, 关键词：就业, names the field the paragraph under it tells, not a work.)
  const subheadName = (b: Block | undefined) => (b?.type === "body" ? (KEYWORD_SUBHEAD.exec(b.text.trim()) ?? NAMED_SUBHEAD.exec(b.text.trim()) ?? TAGGED_SUBHEAD.exec(b.text.trim()))?.[1] : undefined);
  const subhead = (b: Block | undefined) => subheadName(b) !== undefined;
  const heads: number[] = [];
  for (let i = shortLines ? 0 : Math.max(lede, 0) + 1; i + 1 < blocks.length; i++) {
    // (…or over its parts alone, numbered from 1, among headings over prose: 推进学前教育 ‖ （一）新建…215所 ‖ （二）….)
    const headline = blocks[i]!.type === "headline" && (blocks[i + 1]!.type === "body" || ((restarts || partsUnderSome) && worded(blocks[i]!) && opensParts(i + 1)));
    const overProse = subhead(blocks[i]) && blocks[i + 1]!.type === "body" && !subhead(blocks[i + 1]);
    // (Not the page's own headline over its lede, naming the programme as a whole: 2019年自治区为民办实事项目全面完成.)
    if (PROGRAMME_AS_A_WHOLE.test(blocks[i]!.text.trim())) continue;
    if (tags ? tagOver(i) : headline || overProse) heads.push(i);
  }
  // (A line the page repeats word for word three times or more, 文章图片 · the story's own headline over each picture, is its
  // furniture, heading nothing.)
  const said = (i: number) => blocks.filter((b) => b.text.trim() === blocks[i]!.text.trim()).length;
  for (let k = heads.length - 1; k >= 0; k--) if (said(heads[k]!) >= MIN_FURNITURE_REPEATS) heads.splice(k, 1);
  // Two are enough where the page was cut in the second's paragraphs (a third may have followed).
  const end = blocks.filter((b) => !b.paragraph.noise).at(-1);
  const cut = end?.type === "body" && !CLOSED_END.test(end.text);
  if (heads.length < (cut ? MIN_CUT_HEADINGS : MIN_HEADINGS)) return null;
  // The items named by their heading's own words, and the paragraph under each.
  const byHeading = new Map<number, Block>();
  const items: ItemDraft[] = heads.map((h, k) => {
    const head = blocks[h]!;
    const end = heads[k + 1] ?? blocks.length;
    const passages = blocks
      .slice(h + 1, end)
      .filter((b) => b.type === "body" || ((restarts || partsUnderSome) && b.type === "marker") || (tags && (b.type === "headline" || bulleted(b)) && !b.paragraph.noise))
      .map((b) => ({ span: b.paragraph.span, role: null }));
    // A heading that only tags its paragraph (【关键词：健康】 · 就业创业) yields to the work the paragraph opens on by name (健康守护工程将…).
    const body = blocks.slice(h + 1, end).find((b) => b.type === "body");
    // So does a keyword's label (关键词：就业) to the work the paragraph names first in quotes (“促进城乡充分就业”是十件实事中的头一件 ·
    // 在“扩大优质教育资源”这件实事上 · 围绕“完善养老服务体系”，…).
    const keyword = KEYWORD_SUBHEAD.test(head.text.trim()) || WHOLE_TAG.test(head.text.trim());
    // (Under a keyword, the quoted name first: “文体惠民”项目全年… is 文体惠民.)
    const quoted = body && keyword && !NAMED_WORK.test(head.text) ? (QUOTED_WORK.exec(body.text) ?? QUOTED_PROGRAMME_WORK.exec(body.text)) : null;
    const opening = body && !quoted && !NAMED_WORK.test(head.text) ? openingWork(body.text) : null;
    const quotedName = quoted ? (quoted[1] ?? quoted[2])! : "";
    const work = opening ?? (quoted ? { name: quotedName, at: quoted.index + quoted[0].indexOf(quotedName) } : null);
    const named = subheadName(head);
    const namedAt = named ? head.text.indexOf(named) : -1;
    // (The figures a quoted name opens on are told after it: “城镇老旧小区改造”项目开工改造老旧小区157个.)
    if (quoted && quoted.index! + quoted[0].length <= QUOTE_REACH) {
      const after = quoted.index! + quoted[0].length + (AFTER_NAME.exec(body!.text.slice(quoted.index! + quoted[0].length))?.[0].length ?? 0);
      const k = passages.findIndex((p) => p.span === body!.paragraph.span);
      if (k >= 0) passages[k] = { span: sliceSpan(body!.paragraph.span, after, body!.paragraph.span.text.length), role: null };
    }
    // A line right above the heading that names the work, where the heading is a phrase that names none (💼 就业创业促进工程 ‖
    // 👉 在家门口端稳“饭碗” ‖ …): the work's name over its slogan.
    const above = blocks[h - 1];
    const namedAbove = h - 1 > lede && above?.type === "headline" && !heads.includes(h - 1) && NAMED_WORK.test(above.text) && !NAMED_WORK.test(head.text) && !/\d/u.test(above.text) ? above : undefined;
    const [title, titleSpan] = namedAbove ? [cleanTitle(namedAbove.text), namedAbove.paragraph.span] : work ? [work.name, sliceSpan(body!.paragraph.span, work.at, work.at + work.name.length)] : named ? [cleanTitle(named), sliceSpan(head.paragraph.span, namedAt, namedAt + named.length)] : [cleanTitle(head.text), head.paragraph.span];
    if (!namedAbove && !work && !named && body) byHeading.set(k, body);
    // The heading's own figure is the item's too (礼包3:全年完成城镇新增就业40万人), unless its paragraphs repeat it.
    return { no: null, title, titleSpan, level: null, section: null, responsible: [], passages: [{ span: head.paragraph.span, role: null, headline: true }, ...passages], list: 0 };
  });
  // A feature's subheads that name no work (“一小”有了好去处 · 看病不用再跑远) over paragraphs most of which open on their field
  // (在扩大普惠托育服务供给方面，… · 稳就业方面，…): each work is named by its paragraph, its field or its lead, the subheads the story's.
  const fielded = [...byHeading.values()].filter((b) => TOLD_FIELD.test(b.text)).length;
  if (fielded * 2 > items.length) {
    for (const [k, b] of byHeading) {
      const field = TOLD_FIELD.exec(b.text);
      const named = field ? { title: field[1]!, at: field[0].indexOf(field[1]!) } : titleOf(b.text);
      if (named) Object.assign(items[k]!, { title: cleanTitle(named.title), titleSpan: sliceSpan(b.paragraph.span, named.at, named.at + named.title.length) });
    }
  }
  // Where every heading but the last stands over one paragraph, so does the last: the paragraphs after its own are the story's close
  // (市发展和改革局相关负责人介绍，…综合满意率超过95%).
  const bodies = (it: ItemDraft) => it.passages.filter((p) => !p.headline).length;
  const last = items[items.length - 1]!;
  if (!restarts && !tags && items.length >= MIN_HEADINGS && items.slice(0, -1).every((it) => bodies(it) === 1) && bodies(last) > 1) last.passages.splice(2);
  // (Subheads that each name their work are a list's marks as tags are, no feature's selection of headings.)
  const subheads = heads.filter((h) => subhead(blocks[h])).length * 2 > heads.length;
  return { items, preamble: blocks.slice(0, heads[0]), lists: 1, ...(tags || subheads ? { tagged: true } : {}) };
}
