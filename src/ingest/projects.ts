// Typed blocks → project drafts, for every enumeration style of the genre: 第N项实事,
// ● bullets, 一、/(一)/1. hierarchies, numbered newspaper headlines paired with their
// paragraphs, "一是…二是…", pipe tables, and narrative text that names its 工程.
import type { MetricRole, ProjectLevel } from "./model.ts";
import { sliceSpan, type Span } from "./text.ts";
import { numeral, type Block, type MarkerType } from "./structure.ts";
import { narrativeItems } from "./narrative.ts";
import { bigramDice as dice } from "./similarity.ts";

/** A piece of text whose figures belong to a project. */
export interface Passage {
  span: Span;
  /** Role of figures with no cue of their own; null: the report's default. */
  role: MetricRole | null;
  /** A headline: its figures only count where the body does not repeat them. */
  headline?: boolean;
}

export interface ItemDraft {
  no: number | null;
  title: string;
  titleSpan: Span | null;
  level: ProjectLevel | null;
  section: string | null;
  responsible: string[];
  passages: Passage[];
  /** Index of the numbered list the item belongs to (a document can hold two). */
  list: number;
}

export interface Structure {
  items: ItemDraft[];
  /** Blocks before the first item: headline, dateline, lede. */
  preamble: Block[];
  lists: number;
}

const LEVEL_MARK = /[(（]\s*(省定|市定|县定|区定|省重点|市重点|县重点)\s*[)）]\s*$/u;
const levelOfMark = (mark: string): ProjectLevel => (/省/.test(mark) ? "province" : /市/.test(mark) ? "city" : "county");
// A statement of the whole project at a paragraph's head: 实施学前教育普惠扩容工程,…
const STATEMENT = /^(?:实施|推进|持续|加强|加快|完善|开展|提升|提高|改善|建设|推动|深化|扩大|优化|落实|做好|深入|积极|全面|大力|着力|强化|加大|新建|打造|促进|办好|保障|健全|构建)/u;

export function buildStructure(blocks: Block[]): Structure {
  const numheads = blocks.filter((b) => b.type === "numhead").length;
  const markerCounts = new Map<MarkerType, number>();
  for (const b of blocks) if (b.type === "marker") markerCounts.set(b.marker!, (markerCounts.get(b.marker!) ?? 0) + 1);
  const table = blocks.filter((b) => b.type === "table").length >= 3;
  const itemMarkers = ["ordinal", "group", "bullet", "dot", "paren", "section", "part"] as const;
  const present = itemMarkers.filter((m) => (markerCounts.get(m) ?? 0) + (m === "ordinal" ? markerCounts.get("group") ?? 0 : 0) >= 2 && m !== "group");

  if (table) return tableItems(blocks);
  if (numheads >= 3 && numheads >= present.reduce((n, m) => n + (markerCounts.get(m) ?? 0), 0)) return headlineItems(blocks);
  if (present.length) return markerItems(blocks, present);
  const xshi = xshiItems(blocks);
  if (xshi) return xshi;
  return narrativeItems(blocks);
}

// ---------------------------------------------------------------- marker hierarchies

function markerItems(blocks: Block[], present: readonly MarkerType[]): Structure {
  // The project level is the deepest marker present: 一、 > (一) > 1. > (1); ordinals and bullets are items.
  const depth: Record<MarkerType, number> = { part: 0, section: 1, dot: 2, paren: 3, ordinal: 2, group: 2, bullet: 2 };
  const itemType = [...present].sort((a, b) => depth[b] - depth[a])[0]!;
  const itemDepth = depth[itemType];
  const isItem = (b: Block) => b.type === "marker" && (b.marker === itemType || (itemType === "ordinal" && b.marker === "group"));
  const first = blocks.findIndex((b) => b.type === "marker" && depth[b.marker!] <= itemDepth);
  const items: ItemDraft[] = [];
  let partLevel: ProjectLevel | null = null;
  let section: Block | null = null;
  let sectionItems: ItemDraft[] = [];
  let current: ItemDraft[] = [];
  let target = false;
  const preamble = blocks.slice(0, Math.max(0, first));
  // A headline directly before an item is that item's headline (seed-style "sub-heading + 第N项").
  let pendingHeadline: Block | null = null;

  const closeSection = () => {
    if (section && sectionItems.length === 1) {
      const only = sectionItems[0]!;
      only.title = cleanTitle(section.rest);
      only.titleSpan = restSpan(section);
    }
    sectionItems = [];
  };

  for (let i = Math.max(0, first); i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.type === "marker" && depth[b.marker!] < itemDepth && !isItem(b)) {
      pendingHeadline = null;
      if (b.marker === "part" || (b.marker === "section" && itemDepth > 1 && depth.section < itemDepth && !present.includes("part"))) {
        const level = levelWord(b.rest);
        if (b.marker === "part") partLevel = level ?? partLevel;
      }
      if (depth[b.marker!] === itemDepth - 1 || (b.marker === "section" && itemDepth >= 2)) {
        closeSection();
        section = b;
      }
      if (b.marker === "part") {
        closeSection();
        section = null;
      }
      current = [];
      continue;
    }
    if (isItem(b)) {
      current = startItems(b, pendingHeadline, partLevel, section, items.length);
      for (const item of current) {
        items.push(item);
        sectionItems.push(item);
      }
      pendingHeadline = null;
      target = false;
      continue;
    }
    if (b.type === "headline" || b.type === "numhead") {
      const next = blocks[i + 1];
      if (next && isItem(next)) {
        pendingHeadline = b;
        continue;
      }
      // A headline with a body of its own where the numbering skips one: the unlabelled item (第七 … [8] … 第九).
      const prevNo = items[items.length - 1]?.no ?? null;
      const nextNo = blocks.slice(i + 1).find(isItem)?.numbers[0] ?? null;
      if (prevNo !== null && nextNo !== null && nextNo - prevNo === 2 && next?.type === "body") {
        const item = draft(prevNo + 1, cleanTitle(b.text), b.paragraph.span, partLevel, section, items.length);
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
        for (const item of current) item.responsible.push(...splitUnits(b.rest));
        continue;
      }
      target = b.label === "target";
      // Text of an item before its 完成情况 was the task: its figures are targets.
      if (b.label === "done") for (const item of current) for (const p of item.passages) if (!p.headline && p.role === null) p.role = "target";
    }
    if (current.length > 1) assignToGroup(current, restSpan(b));
    else for (const item of current) item.passages.push({ span: restSpan(b), role: target ? "target" : null });
  }
  closeSection();
  return { items, preamble, lists: 1 };
}

function startItems(b: Block, headline: Block | null, partLevel: ProjectLevel | null, section: Block | null, index: number): ItemDraft[] {
  const sectionTitle = section ? cleanTitle(section.text) : null;
  if (b.marker === "group") {
    // 第五、第六、第七项实事,分别是A、B、C。 — one item each, titles split on 、
    const sentenceEnd = b.rest.search(/[。;；]/);
    const list = b.rest.slice(0, sentenceEnd < 0 ? b.rest.length : sentenceEnd);
    const titles = splitTopLevel(list);
    const items0 = b.numbers.map((no, k) => {
      const item = draft(no, cleanTitle(titles[k] ?? ""), null, partLevel, section, index + k);
      item.section = sectionTitle;
      return item;
    });
    const items = b.numbers.map((no, k) => items0[k]!);
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
  } else if (b.marker === "ordinal" || b.marker === "dot" || b.marker === "paren") {
    title = firstClause(b.rest, sentenceEnd);
  }
  const no = b.marker === "bullet" ? null : b.numbers[0] ?? null;
  const item = draft(no, cleanTitle(title), restSpan(b), level, section, index);
  item.section = sectionTitle;
  if (headline) item.passages.push({ span: headline.paragraph.span, role: null, headline: true });
  // The heading line's own figures (1.全年开展职业技能培训4.7万人次以上) are read with the item.
  item.passages.push({ span: restSpan(b), role: null });
  return [item];
}

// 在提高妇女儿童健康保障水平方面,… — hands the text that follows to the item it names.
const ASPECT = /在([^,，。;；]{2,40}?)方面\s*[,，]?/gu;

/** Within a 第五、第六、第七项 group, "在A方面,…" passes the text to the item A names. */
function assignToGroup(group: ItemDraft[], span: Span): void {
  const marks = [...span.text.matchAll(ASPECT)];
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

function draft(no: number | null, title: string, titleSpan: Span | null, level: ProjectLevel | null, section: Block | null, _index: number): ItemDraft {
  return { no, title, titleSpan, level, section: section ? cleanTitle(section.text) : null, responsible: [], passages: [], list: 0 };
}

function restSpan(b: Block): Span {
  return sliceSpan(b.paragraph.span, b.restAt, b.paragraph.span.text.length);
}

function levelWord(text: string): ProjectLevel | null {
  if (/省(?:重点|定|级)?(?:民生|为民)/.test(text)) return "province";
  if (/市(?:重点|定|级)?(?:民生|为民)/.test(text)) return "city";
  if (/[县区](?:重点|定|级)?(?:民生|为民)/.test(text)) return "county";
  return null;
}

/** Splits 、-lists at the top level only: 进村(社区)行动、实施… */
export function splitTopLevel(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if ("(（“《".includes(ch)) depth++;
    if (")）”》".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === "、" || ch === "，" || ch === ",")) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim()).filter(Boolean);
}

export function splitUnits(text: string): string[] {
  return text
    .replace(/[。;；]\s*$/, "")
    .split(/[、,，;；]|\s{2,}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
}

function firstClause(text: string, sentenceEnd: number): string {
  const sentence = sentenceEnd < 0 ? text : text.slice(0, sentenceEnd);
  const comma = sentence.search(/[,，:：;；]/);
  return comma > 0 ? sentence.slice(0, comma) : sentence;
}

// Trailing result phrases of a headline: 深入推进城市更新超额完成目标任务 → 深入推进城市更新
const RESULT_TAIL = /(?:实事)?(?:任务)?(?:超额|圆满|顺利|全面|提前)?(?:完成|交卷)(?:了)?(?:年度)?(?:目标)?(?:任务)?$|(?:稳步|有序)推进$/u;
// Qualified figures inside a title: 新建高水平高中1所 → 新建高水平高中, 全年技能培训300万人次 → kept whole when no verb precedes
const TITLE_FIGURE = /\s*(?:不少于|不低于|超过?|以上)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?(?:余|多)?[\u4e00-\u9fff%]{0,4}(?:以上)?$/u;

export function cleanTitle(text: string): string {
  let title = text
    .replace(/^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[.、]|\d{1,2}\s+|[●○◆◇■□▲△★☆•])\s*/u, "")
    .replace(LEVEL_MARK, "")
    .replace(/^\d{4}年(?:全省|全市|全县)?/u, "")
    .replace(/[。;；,，:：\s]+$/u, "")
    .trim();
  const stripped = title.replace(RESULT_TAIL, "");
  if (stripped.length >= 4) title = stripped;
  // "开工改造城镇老旧小区38.94万户" → the work, not the figure, where words come before it.
  const figure = TITLE_FIGURE.exec(title);
  if (figure && figure.index >= 4) title = title.slice(0, figure.index);
  return title.replace(/^(?:全省|全市|全县|全区)/u, "").trim();
}

// ---------------------------------------------------------------- numbered headlines + paragraphs

/** Newspaper layout: "3 开工改造城镇老旧小区38.94万户" headlines beside the paragraphs they sum up. */
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
  const preamble = blocks.slice(0, Math.max(0, firstHead)).filter((b) => b.type !== "body" || blocks.indexOf(b) === lede);
  return { items, preamble, lists: list + 1 };
}

function pairedItem(head: Block, body: Block | null, no: number, list: number): ItemDraft {
  const lead = body ? firstClause(body.text, body.text.search(/[。;；]/)) : "";
  // 我省将“技能河南”列为2022年重点民生实事首位事项 names the project it ranks.
  const ranked = /将(.{2,20}?)列为/u.exec(lead)?.[1] ?? null;
  const statement = ranked ?? (body && STATEMENT.test(lead) && !/\d/.test(lead) && lead.length <= 30 ? lead : null);
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
  const figs = (s: string) => new Set([...s.replace(/\s+/g, "").matchAll(/(\d+(?:\.\d+)?)(万|亿)?/g)].filter((m) => !/^(19|20)\d\d$/.test(m[1]!)).map((m) => m[1]! + (m[2] ?? "")));
  const A = figs(a);
  let n = 0;
  for (const f of figs(b)) if (A.has(f)) n++;
  return n;
}

// ---------------------------------------------------------------- 一是…二是…

// 一是提高城乡居民基础养老金;二是… (a plan's projects in one paragraph)
const XSHI = /([一二三四五六七八九十]+)是/gu;

function xshiItems(blocks: Block[]): Structure | null {
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

// ---------------------------------------------------------------- pipe tables

/** | 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 | */
function tableItems(blocks: Block[]): Structure {
  const rows = blocks.filter((b) => b.type === "table");
  const cells = (b: Block) => b.text.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const header = cells(rows[0]!);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const noCol = col(/序号|编号|^No/i);
  const titleCol = col(/项目|实事|名称|内容/);
  const targetCol = col(/目标|计划|任务/);
  const doneCol = col(/完成|进展|进度|实际/);
  const rateCol = col(/完成率|完成比例|比例/);
  const unitCol = col(/责任|牵头/);
  const items: ItemDraft[] = [];
  const first = blocks.indexOf(rows[0]!);
  for (const row of rows.slice(1)) {
    const c = cells(row);
    if (c.every((x) => /^:?-{2,}:?$/.test(x) || x === "")) continue;
    const span = row.paragraph.span;
    const cellSpan = (k: number) => {
      if (k < 0 || k >= c.length) return null;
      let at = 0;
      for (let j = 0; j <= k; j++) at = span.text.indexOf("|", at) + 1;
      const end = span.text.indexOf("|", at);
      const raw = span.text.slice(at, end < 0 ? undefined : end);
      const lead = raw.length - raw.trimStart().length;
      return sliceSpan(span, at + lead, at + lead + raw.trim().length);
    };
    const title = c[titleCol] ?? c[1] ?? "";
    const item: ItemDraft = {
      no: noCol >= 0 && /^\d+$/.test(c[noCol] ?? "") ? Number(c[noCol]) : items.length + 1,
      title: cleanTitle(title.replace(LEVEL_MARK, "")),
      titleSpan: cellSpan(titleCol),
      level: LEVEL_MARK.test(title) ? levelOfMark(LEVEL_MARK.exec(title)![1]!) : null,
      section: null,
      responsible: unitCol >= 0 ? splitUnits(c[unitCol] ?? "") : [],
      passages: [],
      list: 0,
    };
    const target = cellSpan(targetCol);
    if (target && targetCol !== doneCol) item.passages.push({ span: target, role: "target" });
    const done = cellSpan(doneCol !== rateCol ? doneCol : -1);
    const rate = cellSpan(rateCol);
    if (done) item.passages.push({ span: rate && /\d/.test(rate.text) ? joinRate(done, rate) : done, role: "actual" });
    items.push(item);
  }
  return { items, preamble: blocks.slice(0, first), lists: 1 };
}

/** A 完成率 cell reads as "…,完成率X%" after the achievement it rates. */
function joinRate(done: Span, rate: Span): Span {
  const glue = ",完成率";
  return { text: done.text + glue + rate.text, pos: [...done.pos, ...new Array<number>(glue.length).fill(rate.pos[0] ?? 0), ...rate.pos] };
}
