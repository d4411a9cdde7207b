// Marker hierarchies: one family's paragraphs are the items (一、, (一), 1., (1), ①, 第N项实事
// and 第五、第六项 groups, ● and —— bullets); the candidates module chooses which family.
import { countFigures } from "../figures-count.ts";
import type { ProjectLevel } from "../model.ts";
import { SENTENCE_END_MARKS, sliceSpan, type Span, allMatches } from "../text.ts";
import { isHeadline } from "../normalise.ts";
import type { Block } from "../structure.ts";
import { numeral, type MarkerType } from "../markers.ts";
import { NEXT_STEPS, labelPassage, statesRate, tellsDone, type ItemDraft, type Structure } from "../draft.ts";
import { LEVEL_MARK, cleanTitle, firstClause, levelOfMark, levelWord, splitTopLevel, splitUnits } from "../titles.ts";
import { bigramDice as dice } from "../similarity.ts";
import { nameByTags } from "./lines.ts";
import { NAMED_WORK, openingWork } from "./headlines.ts";

// A first sentence this long still names its item; a longer one is prose, named by its first clause.
const MAX_SENTENCE_TITLE = 40;

// Items before the last, told each in its own paragraph, that show the list's shape.
const MIN_SHAPED_ITEMS = 3;

/**
 * The last item without the paragraphs after it where every item before it is told in its own
 * paragraph alone, figures and all, and so is the last, closed: what follows is the text's close
 * (如对公示内容有异议，请于公示之日起7个工作日内…), not more of the last project.
 */
function withoutClosingText(items: ItemDraft[], after: Map<ItemDraft, number>): void {
  const last = items[items.length - 1];
  const from = last ? after.get(last) : undefined;
  if (!last || from === undefined || items.length - 1 < MIN_SHAPED_ITEMS) return;
  // Items each told under their heading in the same number of paragraphs (■丰富群众文体生活 ‖ 开展…4100场；… ‖ ■…): the last is told
  // in as many, and the paragraphs after them are the text's (发布会上，…回答了记者提问 ‖ …).
  // (At most as many as the others are told in: a resident's words may follow one of them.)
  const told = (it: ItemDraft) => (after.has(it) ? it.passages.length - after.get(it)! : -1);
  const others = items.slice(0, -1);
  // Items before it each only their own lines (①A； ‖ ②B； ‖ …), the last closed too: the paragraphs after it are the text's
  // (十大民生实事项目计划总投资约2.14亿元，…).
  if (others.every((it) => !after.has(it)) && SENTENCE_CLOSE.test(last.passages[from - 1]?.span.text ?? "")) {
    last.passages.splice(from);
    return;
  }
  const k = Math.max(...others.map(told));
  if (others.every((it) => told(it) >= 1 && !it.passages.slice(0, after.get(it)).some((p) => /\d/u.test(p.span.text))) && told(last) > k + 1) {
    if (SENTENCE_CLOSE.test(last.passages[from + k - 1]!.span.text)) last.passages.splice(from + k);
    return;
  }
  const ownFigures = (item: ItemDraft) => item.passages.slice(0, after.get(item) ?? item.passages.length).some((p) => /\d/u.test(p.span.text));
  if (items.slice(0, -1).some((it) => after.has(it) || !ownFigures(it)) || !ownFigures(last)) return;
  // (Not where its own paragraph breaks off: the page was cut there, and what follows tells that.)
  if (!SENTENCE_CLOSE.test(last.passages[from - 1]?.span.text ?? "")) return;
  last.passages.splice(from);
}

/**
 * The last item without the paragraphs after its 牵头单位 line where every item before it ends on
 * one: the list's items close with who is responsible, and what follows the last (💬代表声音 ‖
 * quotes with figures of their own) is the post's, not the project's.
 */
function withoutTextAfterUnits(items: ItemDraft[], unitsAt: Map<ItemDraft, number>): void {
  const last = items[items.length - 1];
  const at = last ? unitsAt.get(last) : undefined;
  if (!last || at === undefined || items.length - 1 < MIN_SHAPED_ITEMS) return;
  if (items.slice(0, -1).some((it) => unitsAt.get(it) !== it.passages.length)) return;
  last.passages.splice(at);
}

/**
 * The items a marker family implies: each of its paragraphs opens an item. Families whose
 * first mark comes earlier are headings above the items (一、省定 gives the level, (一) a
 * section); those that first appear later are sub-parts, read as the items' passages.
 */
// An item's line that only names it: no figure, no clause.
const NAME_ONLY = /^[^\d。；;，,:：]{2,20}$/u;
// Bullets before a list's first item that make the lede's lines, not headings over the items.
const LEDE_BULLETS = 3;

export function markerItems(blocks: Block[], itemType: MarkerType): Structure {
  const familyOf = markerFamilyOf;
  const firstAt = new Map<MarkerType, number>();
  blocks.forEach((b, i) => {
    const f = familyOf(b);
    if (f && !firstAt.has(f)) firstAt.set(f, i);
  });
  const itemFirst = firstAt.get(itemType) ?? 0;
  const isItem = (b: Block) => familyOf(b) === itemType;
  // Bullets that open the text three or more before the first item are the lede's lines, not headings over the items
  // (✅全部完成年度目标任务 ‖ ✅其中8件超额完成 ‖ ✅累计完成投资… ‖ 01 | 就业创业扶持 ‖ ✔…: the ✔ lines are the items').
  const ledeBullets = blocks.slice(0, itemFirst).filter((b) => familyOf(b) === "bullet").length >= LEDE_BULLETS;
  // A family that opens before the items' heads them, as parts or sections.
  const isParent = (b: Block) => {
    const f = familyOf(b);
    return f !== null && f !== itemType && firstAt.get(f)! < itemFirst && !(f === "bullet" && ledeBullets);
  };
  const first = blocks.findIndex((b) => isItem(b) || isParent(b));
  const items: ItemDraft[] = [];
  let partLevel: ProjectLevel | null = null;
  let section: Block | null = null;
  let sectionItems: ItemDraft[] = [];
  let current: ItemDraft[] = [];
  let target = false;
  const preamble = blocks.slice(0, Math.max(0, first));
  // A headline directly before an item is that item's headline (seed-style "sub-heading + 第N项").
  let pendingHeadline: Block | null = null;
  // Whether the current item's own line only names it (实事七　居家适老化改造), its figures on the lines after.
  let namedOnly = false;

  // Per item, where the passages of paragraphs after its own begin (an item told over several paragraphs).
  const after = new Map<ItemDraft, number>();
  // Where each item's 牵头单位 line stood among its passages.
  const unitsAt = new Map<ItemDraft, number>();
  // Sections over one item each, and whether any section holds more.
  const lone: Array<[Block, ItemDraft]> = [];
  let several = false;
  const closeSection = () => {
    if (section && sectionItems.length === 1) lone.push([section, sectionItems[0]!]);
    if (section && sectionItems.length > 1) several = true;
    sectionItems = [];
  };
  // A section over one item names it ((一)职业技能培训 / 1.全年培训4.7万人次), unless it names a
  // field of work, not a project ((三)社区服务方面 · 民生保障类 · 教育领域), or it is the last, on a
  // page cut off mid-sentence, where other sections hold several items (第一件：… / 1.… 2.… ‖
  // 第二件：… / 3.…城中村改造是解决: the one item is the first of its section's).
  const nameLoneItems = () => {
    const straight = items.every((it, k) => it.no === k + 1);
    const cut = !SENTENCE_CLOSE.test(blocks[blocks.length - 1]?.text ?? "");
    for (const [heading, only] of lone) {
      // (Nor one that counts its items, a group's heading: 养老服务类（1件）.)
      if (CATEGORY_HEADING.test(cleanTitle(heading.rest)) || headingCount(heading.rest) !== null) continue;
      if (several && cut && heading === section) continue;
      // (Nor where other sections hold several items and this one's item, numbered on from the items before it, names itself by a
      // sentence without figures: （六）文化体育 ‖ 12.实施公共文化惠民工程。开展…360场 — the section is a field like the others.
      // An item numbered 1 again under each section is the section's.)
      if (several && (only.no ?? 0) > 1 && !/\d/u.test(only.title) && only.titleSpan && /^[^\d。；;]+[。；;]/u.test(only.titleSpan.text)) continue;
      // (Nor where items numbered straight through the sections (01 ‖ … ‖ 06 ‖ 07) each name themselves on a line of their own, the
      // figures on the lines under them: —— 住有所居 —— ‖ 01 老旧小区综合整治 ‖ ▪ 新开工…22个. The sections are themes over the list.)
      if (several && straight && only.titleSpan && NAME_ONLY.test(only.titleSpan.text)) continue;
      only.title = cleanTitle(heading.rest);
      only.titleSpan = restSpan(heading);
    }
  };

  // Items under one heading form a group; numbering may restart in the next.
  let group = 0;
  // The count each group's heading states, by group ((二)已开工建设任务共15项 → 15), where every heading states one.
  const groupCounts: Array<number | null> = [null];
  for (let i = Math.max(0, first); i < blocks.length; i++) {
    const b = blocks[i]!;
    if (isParent(b)) {
      // A heading above the items: 一、 parts give the level (省重点 / 市重点), (一) sections group items.
      pendingHeadline = null;
      current = [];
      closeSection();
      group++;
      groupCounts[group] = headingCount(b.rest);
      if (b.marker === "part") {
        partLevel = levelWord(b.rest) ?? partLevel;
        section = null;
      } else section = b;
      continue;
    }
    if (isItem(b)) {
      current = startItems(b, pendingHeadline, partLevel, section);
      namedOnly = countFigures(b.rest) === 0;
      for (const item of current) {
        item.group = group;
        items.push(item);
        sectionItems.push(item);
      }
      pendingHeadline = null;
      target = false;
      continue;
    }
    if (b.type === "headline" || b.type === "numhead") {
      const next = blocks[i + 1];
      // …but a line with a figure, inside an item, before a numbered name (…为80间教室更换灯具 ‖ 02 病有良医), is the last line
      // of the item it stands in: a heading over an item names a field, it counts nothing. So is one inside an item whose own line
      // only names it, its figures on the lines after (实事七 居家适老化改造 ‖ 260户 ‖ …完成适老化改造(年度任务200户) ‖ 实事八 …);
      // not a headline over an item that tells its own figures (2023年全省新开工乡镇寄宿制小学150所 ‖ 第二项实事，…).
      const inItem = current.length > 0 && (next?.type === "numhead" ? /\d/u.test(b.text) : countFigures(b.text) > 0 && namedOnly && countFigures(next?.text ?? "") === 0);
      if (next && isItem(next) && !inItem) {
        pendingHeadline = b;
        continue;
      }
      // A headline with a body of its own where the numbering skips one: the unlabelled item (第七 … [8] … 第九).
      const prevNo = items[items.length - 1]?.no ?? null;
      const nextNo = blocks.slice(i + 1).find(isItem)?.numbers[0] ?? null;
      if (prevNo !== null && nextNo !== null && nextNo - prevNo === 2 && next?.type === "body") {
        const item = draft(prevNo + 1, cleanTitle(b.text), b.paragraph.span, partLevel, section);
        item.passages.push({ span: b.paragraph.span, role: null, headline: true });
        current = [item];
        items.push(item);
        continue;
      }
      if (!current.length) continue;
    }
    if (!current.length) continue;
    if (b.type === "label") {
      if (b.label === "responsible") {
        for (const item of current) {
          item.responsible.push(...splitUnits(b.rest));
          unitsAt.set(item, item.passages.length);
        }
        continue;
      }
      target = b.label === "target";
      // Text of an item before its 完成情况 was the task: its figures are targets.
      if (b.label === "done" && !statesRate(b)) for (const item of current) for (const p of item.passages) if (!p.headline && p.role === null) p.role = "target";
    }
    // What an item's own 下步工作： paragraph says is still to do (督促剩余5所幼儿园…) is no figure of the year's work.
    if (b.type === "body" && NEXT_STEPS_FIELD.test(b.text)) continue;
    if (current.length > 1) assignToGroup(current, restSpan(b));
    else
      for (const item of current) {
        if (b.type === "body" && !after.has(item)) after.set(item, item.passages.length);
        if (statesRate(b)) item.passages.push(labelPassage(b));
        else item.passages.push({ span: restSpan(b), role: target ? "target" : null, ...(tellsDone(b) ? { done: true } : {}) });
      }
    takeInlineUnits(current, b.rest);
  }
  closeSection();
  nameLoneItems();
  withoutClosingText(items, after);
  withoutTextAfterUnits(items, unitsAt);
  // Bullets that each open on a work's own tag (✔️【稳就业】城镇新增就业… ‖ ✔️【优教育】…) are named by it, as lines are.
  if (itemType === "bullet") nameByTags(items, items.map((it) => it.titleSpan));
  // A bullet that only heads its paragraph with a phrase (■上学更方便了 ‖ “学位扩容工程”全年建成…) yields to the work the
  // paragraph opens on by name, as a heading does.
  if (itemType === "bullet") for (const it of items) nameByOpeningWork(it, after.get(it));
  const counted = group >= 2 && groupCounts.slice(1).every((n) => n !== null);
  return { items, preamble, lists: 1, ...(counted ? { groupCounts } : {}) };
}

/** Names a bullet item by the work its first paragraph opens on, where its own line is a phrase that names no work and counts nothing. */
function nameByOpeningWork(item: ItemDraft, firstParagraph: number | undefined): void {
  const line = item.titleSpan?.text ?? "";
  const paragraph = firstParagraph === undefined ? undefined : item.passages[firstParagraph]?.span;
  if (!paragraph || NAMED_WORK.test(line) || countFigures(line) > 0 || /[。；;]/u.test(line)) return;
  const work = openingWork(paragraph.text);
  if (!work) return;
  item.title = work.name;
  item.titleSpan = sliceSpan(paragraph, work.at, work.at + work.name.length);
}

// An item's field of what comes next: 下步工作： · 下一步： · 存在问题： (the words a text's closing section opens on, NEXT_STEPS).
const NEXT_STEPS_FIELD = new RegExp(String.raw`^(?:${NEXT_STEPS})(?:工作|打算|计划)?\s*[:：]`, "u");

// A heading that counts the items under it: 已完成任务共2项 · 序时推进的项目（5项） · 滞后项目3个.
const HEADING_COUNT = /(?:共|计|合计)?\s*[(（]?\s*(\d+|[一二三四五六七八九十]+)\s*(?:项|件|个)(?:任务|项目|事项)?\s*[)）]?\s*[:：。]?$/u;

/** The count a group's heading states of its items, or null. */
function headingCount(text: string): number | null {
  const m = HEADING_COUNT.exec(text.trim());
  return m ? numeral(m[1]!) : null;
}

// A line that only names a work, its figures on the lines after: 教育扩容工程 · 城区停车位建设 · 农村饮水安全巩固提升.
const NAME_LINE = /^[\u4e00-\u9fff“”"]{4,16}$/u;
// The nouns of works: 工程 · 项目 · 改造 … (QUOTED_WORK's and WORK_WORD's too).
const WORK_NOUNS = "工程|项目|行动|改造|建设|提升|保障|服务";
// The words a work's name ends on: a heading that ends so names a work, not a theme.
const WORK_END = new RegExp(`(?:${WORK_NOUNS}|治理|创业|就业|整治|工作)$`, "u");
/** Whether a block is a line that only names a work, not a marked one. */
const isNameLine = (b: Block): boolean => b.type !== "marker" && NAME_LINE.test(b.text) && WORK_END.test(b.text);

/**
 * A post's numbered themes, each over lines that name its works, each name's figures on the lines after it (01 ‖ 上学更方便了 ‖
 * 教育扩容工程 ‖ 全市新建改扩建学校6所 ‖ 新增学位2160个 ‖ 04 ‖ 出行更顺畅了 ‖ 农村公路建设 ‖ 新改建农村公路86公里 ‖ 城区停车位建设 ‖
 * 新增公共停车位1100个): the named works are the projects, the themes' numbers no ordinals of theirs. Only where every theme holds
 * such a name and no theme's heading names a work itself. Null where the marks are not so.
 */
export function namedLinesUnderThemes(blocks: Block[], family: MarkerType): Structure | null {
  const heads = blocks.flatMap((b, k) => (markerFamilyOf(b) === family ? [k] : []));
  if (heads.length < 2 || heads.some((k) => WORK_END.test(cleanTitle(blocks[k]!.rest)) || countFigures(blocks[k]!.rest) > 0)) return null;
  const items: ItemDraft[] = [];
  for (const [n, head] of heads.entries()) {
    const end = heads[n + 1] ?? blocks.length;
    let named = 0;
    for (let k = head + 1; k < end; k++) {
      const b = blocks[k]!;
      // (A name's figures on the lines after it, before the next name: a line of where it was done may come first.)
      let told = false;
      for (let j = k + 1; j < end && !told && !isNameLine(blocks[j]!); j++) told = countFigures(blocks[j]!.text) > 0;
      if (isNameLine(b) && told) {
        items.push({ ...draft(null, cleanTitle(b.text), b.paragraph.span, null, null), group: n });
        named++;
      } else if (named && (b.type === "body" || b.type === "headline")) items.at(-1)!.passages.push({ span: b.paragraph.span, role: null });
    }
    if (!named) return null;
  }
  return { items, preamble: blocks.slice(0, heads[0]), lists: 1 };
}

/** The family a block opens: 第五、第六项 groups are ordinals; a numbered headline ("3 新建学校") is the spaced family's item. */
export function markerFamilyOf(b: Block): MarkerType | null {
  if (b.type === "numhead") return "spaced";
  return b.type !== "marker" ? null : b.marker === "group" ? "ordinal" : b.marker!;
}

// How a text that was not cut off ends: a sentence's end, a bracket or a quote.
const SENTENCE_CLOSE = new RegExp(`[${SENTENCE_END_MARKS})）”"」]\\s*$`, "u");
// A heading that names a field of work: 社区服务方面 · 安居保障类 · 教育领域
const CATEGORY_HEADING = /(?:方面|类|领域)$/u;

// A work's name in quotes, as a story names it: “城镇老旧小区改造” · “城区停车设施建设项目” · “居家养老服务提升行动”.
const QUOTED_WORK = new RegExp(`[“"]([^“”"。；;，,：:\\d]{3,24}?(?:${WORK_NOUNS}))[”"]`, "u");
// Words that name a work in a title: an item's own title that holds one names it.
const WORK_WORD = new RegExp(`${WORK_NOUNS}|新建|新增|实施`, "u");

function startItems(b: Block, headline: Block | null, partLevel: ProjectLevel | null, section: Block | null): ItemDraft[] {
  if (b.marker === "group") {
    // 第五、第六、第七项实事,分别是A、B、C。 — one item each, titles split on 、
    const sentenceEnd = b.rest.search(/[。;；]/);
    const list = b.rest.slice(0, sentenceEnd < 0 ? b.rest.length : sentenceEnd);
    const titles = groupTitles(list, b.numbers.length);
    const items = b.numbers.map((no, k) => draft(no, cleanTitle(titles[k] ?? ""), null, partLevel, section));
    if (headline) items[0]!.passages.push({ span: headline.paragraph.span, role: null, headline: true });
    assignToGroup(items, sliceSpan(b.paragraph.span, b.restAt + list.length, b.paragraph.span.text.length));
    return items;
  }
  const sentenceEnd = b.rest.search(/[。;；]/);
  let title = b.rest;
  let level = partLevel;
  const mark = LEVEL_MARK.exec(title);
  if (mark) {
    level = levelOfMark(mark[1]!);
    title = title.slice(0, mark.index);
  } else if (b.marker === "ordinal" || b.marker === "dot" || b.marker === "paren" || sentenceEnd > 0 || ((b.marker === "bullet" || b.marker === "dash") && b.rest.length > MAX_SENTENCE_TITLE) || (b.marker === "bullet" && b.text.startsWith("-") && /[,，]/u.test(b.rest))) {
    // (So is a bullet with no sentence end that runs long, or a summary's "- " bullet of phrases:
    // "- 实施翠竹路改造工程,改造…740米" is named by its first clause.)
    // "一、穩就業促創業。全省…" — the heading is the first sentence; "1.全年开展…4.7万人次以上,…" its first clause.
    const sentence = sentenceEnd > 0 ? b.rest.slice(0, sentenceEnd) : b.rest;
    // A heading or an unnumbered bullet whose first sentence states no figure is named by the
    // whole sentence (——增加公交车辆，调整公共交通线路，提高服务质量。); one with figures by its first clause.
    title = (b.marker === "part" || b.marker === "section" || b.marker === "bullet" || b.marker === "dash") && !/\d/.test(sentence) && sentence.length <= MAX_SENTENCE_TITLE ? sentence : firstClause(b.rest, sentenceEnd);
  }
  const no = b.marker === "bullet" ? null : b.numbers[0] ?? null;
  // A story's ordinal that opens on what the teller saw (第一件是公交。 · 第五件我跑车时感受最深，…), no work named in it, names its work
  // by the quoted name the paragraph gives it (县里实施“城乡公交一体化提升工程”，…).
  const quoted = b.marker === "ordinal" && !/\d/u.test(title) && !WORK_WORD.test(title) ? QUOTED_WORK.exec(b.rest) : null;
  if (quoted) {
    const at = b.restAt + quoted.index! + 1;
    const item = draft(no, cleanTitle(quoted[1]!), sliceSpan(b.paragraph.span, at, at + quoted[1]!.length), level, section);
    item.passages.push({ span: restSpan(b), role: null });
    return [item];
  }
  const item = draft(no, cleanTitle(title), restSpan(b), level, section);
  if (headline) item.passages.push({ span: headline.paragraph.span, role: null, headline: true });
  // The heading line's own figures (1.全年开展职业技能培训4.7万人次以上) are read with the item;
  // a heading that is a headline (一、助老：建成社区老年食堂20个) only where its body does not repeat them.
  item.passages.push({ span: restSpan(b), role: null, ...(isHeadline(b.rest) && /\d/.test(b.rest) && /[:：]/.test(b.rest) ? { headline: true } : {}) });
  takeInlineUnits([item], b.rest);
  return [item];
}

/**
 * The names a group's sentence gives its items, as many as it numbers: after its cue (…实事，分别是),
 * split on 、 and commas, a name joined to the next by 和/及 split where the count asks for it
 * (第一、第二项实事，分别是A和B，均已完成 → A, B).
 */
function groupTitles(list: string, count: number): string[] {
  const cue = /分别(?:是|为)\s*[:：]?/u.exec(list);
  const named = cue ? list.slice(cue.index + cue[0].length) : list;
  const split = (text: string) => {
    const pieces = splitTopLevel(text).map((p) => p.trim()).filter(Boolean);
    const names: string[] = [];
    for (const [k, piece] of pieces.entries()) {
      const joined = /^(.{2,}?)(?:以及|和|及)(.{2,})$/u.exec(piece);
      // Split only while the pieces left would not fill the count on their own.
      if (joined && names.length + (pieces.length - k) < count) names.push(joined[1]!, joined[2]!);
      else names.push(piece);
    }
    return names;
  };
  // The names end at the first comma where they fill the count there (…分别是A和B，均已完成).
  const beforeComma = split(named.split(/[,，]/u)[0]!);
  return (beforeComma.length >= count ? beforeComma : split(named)).slice(0, count);
}

// 在提高妇女儿童健康保障水平方面,… — hands the text that follows to the item it names.
const ASPECT = /在([^,，。;；]{2,40}?)方面\s*[,，]?/gu;

/** Within a 第五、第六、第七项 group, "在A方面,…" passes the text to the item A names. */
function assignToGroup(group: ItemDraft[], span: Span): void {
  const marks = allMatches(span.text, ASPECT);
  if (!marks.length) {
    group[0]!.passages.push({ span, role: null });
    return;
  }
  marks.forEach((m, j) => {
    const start = m.index!;
    const end = j + 1 < marks.length ? marks[j + 1]!.index! : span.text.length;
    const owner = [...group].sort((a, b) => dice(m[1]!, b.title) - dice(m[1]!, a.title))[0]!;
    owner.passages.push({ span: sliceSpan(span, start, end), role: null });
  });
}

function draft(no: number | null, title: string, titleSpan: Span | null, level: ProjectLevel | null, section: Block | null): ItemDraft {
  return { no, title, titleSpan, level, section: section ? cleanTitle(section.text) : null, responsible: [], passages: [], list: 0 };
}

export function restSpan(b: Block): Span {
  return sliceSpan(b.paragraph.span, b.restAt, b.paragraph.span.text.length);
}


// A unit named at the end of the item's own paragraph: …完成年度目标任务的116%。责任单位：市人社局
const INLINE_UNITS = /(?:责任|牵头|承办)单位\s*[:：]\s*([^。\n]+?)\s*[。]?\s*(?:<[^>]*>)?$/u;

function takeInlineUnits(items: ItemDraft[], text: string): void {
  const m = INLINE_UNITS.exec(text);
  if (m && !/^(?:责任|牵头|承办)单位/.test(text)) for (const item of items) item.responsible.push(...splitUnits(m[1]!));
}
