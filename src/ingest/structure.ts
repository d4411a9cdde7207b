// Clean paragraphs → typed blocks: which paragraphs open a project, which are headlines,
// labels (责任单位, 完成情况) or body text. Every pattern here is a rule of the genre.
import { ITEM_START, isHeadline, type Paragraph } from "./normalise.ts";
import Nzh from "nzh";

export type MarkerType = "part" | "section" | "dot" | "paren" | "ordinal" | "group" | "bullet";

export interface Block {
  paragraph: Paragraph;
  text: string;
  type: "marker" | "numhead" | "label" | "headline" | "body" | "table";
  marker?: MarkerType;
  /** The number the marker carries (一 → 1), or the numbers of a group. */
  numbers: number[];
  /** Text after the marker. */
  rest: string;
  /** Offset of `rest` in `text`. */
  restAt: number;
  label?: "responsible" | "done" | "target";
}

// 第一项实事,开展职业技能培训和评价取证。 · 第3项: · 第一,新增城镇就业… · 实事一:新建学校。
const ORDINAL =
  /^(?:第([一二三四五六七八九十百\d]+)(?:项(?:省重点|市重点|重点)?(?:民生)?(?:实事|工程|任务|工作)?\s*[,，:：、.。]?|\s*[,，:：])|(?:实事|项目)([一二三四五六七八九十\d]+)\s*[:：、.])\s*/u;
// 第五、第六、第七项实事,分别是A、B、C。
const GROUP = /^((?:第[一二三四五六七八九十\d]+[、,，和及])+第[一二三四五六七八九十\d]+)项(?:民生)?(?:实事|工程)?\s*[,，:：]?\s*(?:分别是|分别为|是|为)?\s*/u;
const PART = /^([一二三四五六七八九十]+)\s*[、.．]\s*/u; // 一、省重点民生实事完成情况
const SECTION = /^\(\s*([一二三四五六七八九十]+)\s*\)\s*/u; // (一) 开展职业技能培训和评价取证
const DOT = /^(\d{1,2})\s*[.、．](?!\d)\s*/u; // 1.持续深入推进… / 3、
const PAREN = /^\(\s*(\d{1,2})\s*\)\s*/u; // (1)
const BULLET = /^[●○◆◇■□▲△★☆•]\s*/u; // ● 开展职业技能培训和评价取证(省定)
const NUMHEAD = /^(\d{1,2})\s+(?=\S)/u; // "3 开工改造城镇老旧小区38.94万户" (a numbered newspaper headline)
// 责任单位:市教育局 · 牵头单位: · 完成情况: · 目标任务:
const LABEL = /^(责任单位|牵头单位|承办单位|主办单位|配合单位|完成情况|进展情况|推进情况|目标任务|工作目标|年度目标)\s*[:：]\s*/u;

export function numeral(token: string): number {
  if (/^\d+$/.test(token)) return Number(token);
  return Number(Nzh.cn.decodeS(token.replace(/两/g, "二")));
}

export function classify(paragraphs: Paragraph[]): Block[] {
  return paragraphs.map((paragraph) => classifyOne(paragraph));
}

// Markup a web page left in front of a line: <div style="…">4.新建改造农村公路…
const LEADING_TAGS = /^(?:<[^<>]{1,200}>\s*)+/u;

function classifyOne(paragraph: Paragraph): Block {
  const tags = LEADING_TAGS.exec(paragraph.span.text)?.[0].length ?? 0;
  const block = classifyText(paragraph, paragraph.span.text.slice(tags));
  return tags ? { ...block, text: paragraph.span.text, restAt: block.restAt + tags } : block;
}

function classifyText(paragraph: Paragraph, text: string): Block {
  const base = { paragraph, text, numbers: [] as number[], rest: text, restAt: 0 };
  if (/^\|.*\|\s*$/.test(text) || (text.match(/\|/g)?.length ?? 0) >= 3) return { ...base, type: "table" };
  const label = LABEL.exec(text);
  if (label) {
    const kind = /单位/.test(label[1]!) ? "responsible" : /目标/.test(label[1]!) ? "target" : "done";
    return { ...base, type: "label", label: kind, rest: text.slice(label[0].length), restAt: label[0].length };
  }
  const group = GROUP.exec(text);
  if (group) {
    const numbers = [...group[1]!.matchAll(/第([一二三四五六七八九十\d]+)/g)].map((m) => numeral(m[1]!));
    return { ...base, type: "marker", marker: "group", numbers, rest: text.slice(group[0].length), restAt: group[0].length };
  }
  const markers: Array<[MarkerType, RegExp]> = [
    ["ordinal", ORDINAL],
    ["section", SECTION],
    ["paren", PAREN],
    ["part", PART],
    ["dot", DOT],
    ["bullet", BULLET],
  ];
  for (const [marker, re] of markers) {
    const m = re.exec(text);
    if (!m) continue;
    // "1.5万人…" is a number, not an item: DOT already refuses a digit after the dot.
    const token = m[1] ?? m[2];
    const numbers = token ? [numeral(token)] : [];
    return { ...base, type: "marker", marker, numbers, rest: text.slice(m[0].length), restAt: m[0].length };
  }
  const head = NUMHEAD.exec(text);
  if (head && isHeadline(text)) {
    return { ...base, type: "numhead", numbers: [Number(head[1])], rest: text.slice(head[0].length), restAt: head[0].length };
  }
  if (isHeadline(text) && !ITEM_START.test(text)) return { ...base, type: "headline" };
  return { ...base, type: "body" };
}

export { LABEL };
