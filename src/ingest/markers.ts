// The genre's numbering and bullet marks, in one table: normalise (where a line opens an
// item), structure (which family a paragraph belongs to) and the inline lists read it.
// Adding a family is adding a row. Patterns run on folded text (full-width → ASCII).
import Nzh from "nzh";
import { allMatches } from "./text.ts";

export type MarkerType = "part" | "section" | "ordinal" | "group" | "dot" | "paren" | "circled" | "spaced" | "bullet" | "dash";

export interface MarkerFamily {
  type: MarkerType;
  /** Matches at the start of a paragraph; group 1 (or 2) is the number, when there is one. */
  pattern: RegExp;
  /** A real line the row matches. */
  example: string;
  /** Whether the family carries numbers (1..N), which are evidence of a list. */
  numbered: boolean;
}

const CN = "[一二三四五六七八九十百零〇两]+";
const circledBase = 0x2460; // ①
const parenthesisedBase = 0x2474; // ⑴

// The genre's units of measure, as a figure's unit opens (公里 · 人次 · 平方米), longest first where one opens another.
export const MEASURE_UNITS = "公里|千米|平方米|立方米|米|人次|人|户|所|家|座|条|处|张|台|辆|部|套|场|间|元|吨|亩|名|个|公顷|千瓦|床|班|栋|盏|根|块|批";
// What a number glued to the words after it counts, so that it is a figure, not a mark: a unit (20公里污水管网建设 ·
// 8万名居民免费健康体检 · 6个社区…), a date (12月), a count of works (3大类 · 10件).
const GLUED_COUNT = `(?:万|亿|千)?(?:${MEASURE_UNITS}|年|月|日|号|时|项|件|大|类|岁|届|期|次|份|倍|成|周|%)`;

/** Line-start families, most specific first: the first row that matches a paragraph names it. */
export const MARKER_FAMILIES: readonly MarkerFamily[] = [
  {
    type: "group",
    pattern: new RegExp(`^((?:第(?:${CN}|\\d+)[、,，和及])+第(?:${CN}|\\d+))[项件](?:民生)?(?:实事|工程)?\\s*[,，:：]?\\s*(?:分别是|分别为|是|为)?\\s*`, "u"),
    example: "第五、第六、第七项实事,分别是A、B、C。",
    numbered: true,
  },
  {
    type: "ordinal",
    pattern: new RegExp(
      `^(?:第(${CN}|\\d+)(?:[项件条](?:省重点|市重点|县重点|重点)?(?:民生)?(?:实事|工程|任务|工作|事项)?(?:(?<=实事|工程|任务|工作|事项|[项件])是(?=[\u4e00-\u9fff“"]))?\\s*[,，:：、.。]?|\\s*[,，:：])|(?:[\u4e00-\u9fff]{0,4}?(?:实事|工程|项目|事项)之|之|实事|项目|事项)(${CN}|\\d+)(?:\\s*[:：、.|丨]|\\s+(?=[\u4e00-\u9fff“"]))|实事(${CN})(?=[\u4e00-\u9fff“"])(?![件桩项个批年])|【(?:实事|项目|事项)(${CN}|\\d+)】|其(${CN})\\s*[,，:：、])\\s*`,
      "u",
    ),
    example: "第一项实事,开展职业技能培训和评价取证 · 第二件，… · 第3条: · 实事一： · 民生实事之一： · 之二：“暖房子工程”——… · 实事二｜基层医疗提升 · 实事三　老旧小区改造 · 实事四停车难治理 · 第三件实事是提升基层医疗服务 · 【项目一】项目名称：… · 其三，城乡饮水安全。",
    numbered: true,
  },
  { type: "section", pattern: new RegExp(`^(?:\\(\\s*(${CN})\\s*\\)|(${CN})\\))\\s*`, "u"), example: "(一)开展职业技能培训和评价取证 · 一)…", numbered: true },
  { type: "paren", pattern: /^(?:\(\s*(\d{1,2})\s*\)|(\d{1,2})\)(?!\d)|〔(\d{1,2})〕|【(\d{1,2})】|([\u2474-\u2487]))\s*/u, example: "(1)新建改扩建中小学10所 · 1)… · 〔1〕… · 【1】… · ⑴…", numbered: true },
  { type: "circled", pattern: /^([\u2460-\u2473])\s*/u, example: "①实施稳岗就业扩容行动", numbered: true },
  { type: "part", pattern: new RegExp(`^(${CN})\\s*[、.]\\s*`, "u"), example: "一、省重点民生实事完成情况", numbered: true },
  { type: "dot", pattern: /^(\d{1,2})\s*(?:[.、。:,](?!\d)|[|丨](?=\s*[\u4e00-\u9fff“"]))\s*/u, example: "1.持续深入推进… · 3、新建学校 · 4。新改建农村公路 · 5:新建… · 6,截至11月底… · 02|“15分钟就业服务圈”", numbered: true },
  // A number and a space, its mark lost when a web page's list was copied: "3 新建公办幼儿园8所，…"
  // (not a figure written with a space: 5 个 · 10 月 · 20 %); or the space lost too, before a short heading alone on its line
  // ("1稳定和扩大就业": no figure, no clause; not a count, 3大类民生工程 · 2所学校).
  { type: "spaced", pattern: new RegExp(String.raw`^(\d{1,2})(?:[ \u3000]+(?![\s年月日号时%个项件万亿元人户所座名岁])|(?!${GLUED_COUNT})(?=[\u4e00-\u9fff“"][^。，,；;：:!?！？\d]{1,29}$))`, "u"), example: "3 新建公办幼儿园8所，新增学位2700个 · 1稳定和扩大就业", numbered: true },
  { type: "bullet", pattern: /^(?:[●○◆◇■□▲△★☆•◎◉▶►√✔✓✅☑·]\uFE0F?|-(?=[ \u3000\u4e00-\u9fff]))\s*/u, example: "● 开展职业技能培训和评价取证(省定) · - 实施翠竹路改造工程 · ✅新增学位3150个", numbered: false },
  { type: "dash", pattern: /^(?:——|—|--|－－)\s*(?=\S)/u, example: "——稳就业促创业。全区城镇新增就业19.6万人", numbered: false },
];

export const familyOf = (type: MarkerType): MarkerFamily => MARKER_FAMILIES.find((f) => f.type === type)!;

/** The number a marker token carries: 3 → 3, 十二 → 12, ⑤ → 5. */
export function numeral(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  const code = token.codePointAt(0)!;
  if (token.length === 1 && code >= circledBase && code < circledBase + 20) return code - circledBase + 1;
  if (token.length === 1 && code >= parenthesisedBase && code < parenthesisedBase + 20) return code - parenthesisedBase + 1;
  // Chinese numerals repeat (十 · 二十 · 三十四): each is decoded once.
  let value = CHINESE_NUMERALS.get(token);
  if (value === undefined) {
    value = Number(Nzh.cn.decodeS(token.replace(/两/g, "二").replace(/〇/g, "零")));
    if (CHINESE_NUMERALS.size >= CHINESE_NUMERAL_CACHE) CHINESE_NUMERALS.clear();
    CHINESE_NUMERALS.set(token, value);
  }
  return value;
}
const CHINESE_NUMERALS = new Map<string, number>();
const CHINESE_NUMERAL_CACHE = 10_000;

export interface MarkerMatch {
  type: MarkerType;
  numbers: number[];
  /** Length of the mark, where the item's own text starts. */
  length: number;
}

// What may stand before a line's mark, the mark being the one after it: a star flagging a key item of a table
// (*1.开展徽菜师傅技能培训…), an emoji a post sets before each item (🏥 实事二｜基层医疗提升; not a bullet's own glyph, ▶ 就业创业), or a table row's
// first cell naming the county it is about (寿县 一、就业促进行动, its space gone; not in 全市一、二季度…), or the one who
// answers in an interview, before the programme's own ordinal (周海波：第一件是稳就业促增收。 · 答：第一项…), or the programme's
// name before the ordinal of a work it quotes (民心工程第1项“稳岗扩就业”：…).
const BEFORE_MARK = /^(?:[*＊]\s*(?=\S)|(?:(?![●○◆◇■□▲△★☆•◎◉▶►√✔✓✅☑·])\p{Extended_Pictographic}\uFE0F?\s*)+(?=\S)|[\u4e00-\u9fff]{1,6}[县区市旗][ \t\u3000]*(?=[一二三四五六七八九十]+、(?![一二三四五六七八九十\d]))|(?:答|[\u4e00-\u9fff]{2,4})[:：]\s*(?=第[一二三四五六七八九十\d]{1,3}[件项](?:是|[,，:：]))|[\u4e00-\u9fff]{0,4}(?:工程|实事)(?=第[一二三四五六七八九十\d]{1,3}[件项][“"]))/u;

/** The family a paragraph's first characters belong to, or null. */
export function matchMarker(full: string): MarkerMatch | null {
  const before = BEFORE_MARK.exec(full)?.[0].length ?? 0;
  const text = full.slice(before);
  for (const family of MARKER_FAMILIES) {
    const m = family.pattern.exec(text);
    if (!m) continue;
    if (m[0].length >= text.length) continue; // a mark with nothing after it is no item
    // (Nor one with no word or number after it: a rule drawn between a post's items, ———— ✦ ————.)
    if (!/[\p{L}\p{N}]/u.test(text.slice(m[0].length))) continue;
    if (family.type === "group") {
      const numbers = allMatches(m[1]!, new RegExp(`第(${CN}|\\d+)`, "gu")).map((g) => numeral(g[1]!));
      return { type: "group", numbers, length: before + m[0].length };
    }
    const token = m.slice(1).find((g) => g !== undefined);
    return { type: family.type, numbers: token ? [numeral(token)] : [], length: before + m[0].length };
  }
  return null;
}

/**
 * A line that is only a number's mark ("(一)" · "3." · "第二项"), as a web page sets each mark in an
 * element of its own: the item it numbers is the line after it.
 */
export function isMarkOnly(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && MARKER_FAMILIES.some((f) => f.numbered && f.pattern.exec(t)?.[0].length === t.length);
}

/** Item marks inside a paragraph: 一是…二是…; (1)…(2)…; 1.…2.…; 第一,…第二,…; ①…② */
export const INLINE_FAMILIES: readonly RegExp[] = [
  new RegExp(`(${CN})是`, "gu"), // 一是提高城乡居民基础养老金;二是…
  /\(\s*(\d{1,2})\s*\)/gu, // 重点办好以下民生实事:(1)新建改扩建中小学10所;(2)…
  /([\u2460-\u2473])/gu, // 十件实事:①新建学校;②…
  /(?<![\d.])(\d{1,2})\s*[.、](?!\d)/gu, // 今年办好:1.新建学校;2.改造公路…
  // (…or the work named before it, in an interview's answer: 教育是第一件。今年要新建…)
  new RegExp(`第(${CN})(?:件|项)?(?:\\s*[,，、:：]|(?<=[件项])(?:就是|是)(?=[\u4e00-\u9fff“"])|(?<=[\u4e00-\u9fff]{2}是第${CN}[件项])(?=[。；;]))`, "gu"), // 第一,新增城镇就业…第二,… · 第一件，… · 第一件是稳就业，… · 第三件就是…
  /([\u2474-\u2487])/gu, // 十件实事:⑴新建学校;⑵…
  /(?<![\d.])(\d{1,2})\)(?!\d)/gu, // 办好:1)新建学校;2)改造公路…
  // …28项工作。一、实现贫困群众…全覆盖;二、基本建成… (opening a paragraph only where its 二、 follows a clause's end in it: not a heading)
  new RegExp(`(?:^(?=一、[\\s\\S]*?[。;；]二、)|(?<=[。;；:：]))(${CN})、`, "gu"),
  /第(\d{1,2})[件项](?:\s*[,，、:：]|是(?=[\u4e00-\u9fff“"]))/gu, // 第1件，新增普惠托位500个；第2件，… · 第3项是…
];

/** Whether `text`, after a colon, is only an inline list's first mark (：一是 · ：(1) · ：①): the colon introduces the list. */
export function introducesInline(text: string): boolean {
  return /^[:：]/u.test(text) && onlyInlineMark(text.slice(1));
}

// Each inline family's mark alone, spaces aside.
const ONLY_INLINE_MARK = INLINE_FAMILIES.map((re) => new RegExp(`^\\s*(?:${re.source})\\s*$`, "u"));

/** Whether `text` is only an inline list's mark (一是 · (1) · ①), spaces aside. */
export function onlyInlineMark(text: string): boolean {
  return ONLY_INLINE_MARK.some((re) => re.test(text));
}

// The labels of an item's fields, one list for every reader (structure.ts reads a labelled
// line, normalise.ts cuts a flattened one): 责任单位: · 完成情况: · 目标任务: · 【目标】
// (How far a work got by a date is a field too: 一季度进展： · 上半年进展： · 进展：)
// The labels of a line that states an item's completion rate alone: 完成率：86.1% · 完成进度：70%.
export const RATE_LABELS = "完成率|完成比例|完成进度";
export const FIELD_LABELS = `责任单位|牵头单位|承办单位|主办单位|配合单位|完成情况|进展情况|推进情况|${RATE_LABELS}|目标任务|任务目标|工作目标|年度目标|项目内容|建设内容|进展(?:与|及|和)成效|(?:[一二三四]季度|前三季度|上半年)?进展`;
// A project's name given as a field: 【项目名称】… · 项目名称：…
export const NAME_LABEL = /^(?:【\s*(?:项目名称|项目|名称)\s*】|(?:项目名称|名称)\s*[:：])\s*/u;
export const BRACKET_LABELS = "目标|目标任务|完成情况|进展情况|责任单位|牵头单位";
// Labels that open a line of an item: those fields · 关键词: · 【主要项目】… (a tag alone on its line, 【上学更方便】, is a
// heading, unless it names a field: 【完成情况】)
const LABEL_START = new RegExp(`^(?:${FIELD_LABELS}|关键词)\\s*[:：]|^【(?:${BRACKET_LABELS})】|^【[^】]{1,10}】(?=\\s*\\S)`, "u");
// A numbered newspaper headline: "3 开工改造城镇老旧小区38.94万户"
const NUMHEAD_START = /^\d{1,2}\s+\S/u;
// 一是… opening a line
const XSHI_START = new RegExp(`^${CN}是`, "u");

// A project's name and a colon opening a line: 扩大普惠性学前教育资源（省定）：全市新建…
const NAME_COLON_START = /^[\u4e00-\u9fff“”"]{2,20}(?:[(（][省市县区]定[)）])?[:：]/u;

/**
 * Whether a line opens a new item or label (it never continues the line before it). A name and
 * a colon opens one only after a line that is not cut mid-word (`afterFullLine`: a column cut
 * the line before, as in "…全部完 ‖ 成年度目标任务：…").
 */
export function opensItem(line: string, afterFullLine = false): boolean {
  return matchMarker(line) !== null || LABEL_START.test(line) || NUMHEAD_START.test(line) || XSHI_START.test(line) || (!afterFullLine && NAME_COLON_START.test(line));
}

/** A row of a table: | a | b | c | · a | b | c | (no edge pipes) · cells separated by TABs. */
export const isTableRow = (text: string): boolean => /^\|.*\|\s*$/.test(text) || (text.match(/\|/g)?.length ?? 0) >= 2 || (text.match(/\t/g)?.length ?? 0) >= 2;
