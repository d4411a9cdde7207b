// A piece of document text that remembers where each character came from, so that
// figures found in joined or cleaned text still point into the decoded document.

/** Marks that end a sentence (rates, roles and a figure's sentence never reach across them). */
export const SENTENCE_END_MARKS = "。;；!?！？";

/** A file's name without its folders and extension (seeds/yantai_2023.txt → yantai_2023): what a text's name says of it. */
export function fileStem(name: string): string {
  return name.split(/[\\/]/u).pop()!.replace(/\.[^.]*$/u, "");
}

/** The UTF-16 units of some marks, to test a text's characters by code (text[i] would make a string of each). */
export function markCodes(marks: string): ReadonlySet<number> {
  return new Set(Array.from(marks, (mark) => mark.charCodeAt(0)));
}

/**
 * The text with some UTF-16 units replaced, by a table indexed by unit (undefined: kept).
 * A text with nothing to replace is returned as it is.
 */
export function replaceUnits(text: string, replacements: readonly (string | undefined)[]): string {
  let replaced = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const replacement = code < replacements.length ? replacements[code] : undefined;
    if (replacement === undefined) continue;
    replaced += text.slice(copied, i) + replacement;
    copied = i + 1;
  }
  return copied === 0 ? text : replaced + text.slice(copied);
}

export interface Span {
  /** Normalised characters (full-width folded, traditional → simplified). */
  text: string;
  /** pos[i] is the offset of text[i] in the decoded document (a view: slicing copies nothing). */
  pos: Int32Array;
}

/** Offsets 0 … length − 1: where each character of a document is, for the spans of its lines to view. */
export function documentPositions(length: number): Int32Array {
  const positions = new Int32Array(length);
  for (let i = 0; i < length; i++) positions[i] = i;
  return positions;
}

/** The span of clean[start, end), its positions a view of the document's (documentPositions). */
export function spanOf(clean: string, positions: Int32Array, start: number, end: number): Span {
  return { text: clean.slice(start, end), pos: positions.subarray(start, Math.max(start, end)) };
}

export function joinSpans(parts: Span[]): Span {
  if (parts.length === 1) return parts[0]!;
  const pos = new Int32Array(parts.reduce((n, p) => n + p.pos.length, 0));
  let at = 0;
  for (const part of parts) {
    pos.set(part.pos, at);
    at += part.pos.length;
  }
  return { text: parts.map((p) => p.text).join(""), pos };
}

export function sliceSpan(span: Span, start: number, end: number): Span {
  return { text: span.text.slice(start, end), pos: span.pos.subarray(start, Math.max(start, end)) };
}

/** The span with text the document does not write appended (a unit, a label); it points at the span's last character. */
export function appendText(span: Span, text: string): Span {
  const pos = new Int32Array(span.pos.length + text.length);
  pos.set(span.pos, 0);
  pos.fill(span.pos[span.pos.length - 1] ?? 0, span.pos.length);
  return { text: span.text + text, pos };
}

/** Trims white space at both ends. */
export function trimSpan(span: Span): Span {
  let s = 0;
  let e = span.text.length;
  while (s < e && span.text.charCodeAt(s) <= 0x20) s++;
  while (e > s && span.text.charCodeAt(e - 1) <= 0x20) e--;
  return sliceSpan(span, s, e);
}

/** Document offsets [start, end) of span characters [from, to). */
export function docRange(span: Span, from: number, to: number): { start: number; end: number } {
  const start = span.pos[from] ?? span.pos[span.pos.length - 1] ?? 0;
  const last = span.pos[Math.max(from, to - 1)] ?? start;
  return { start, end: last + 1 };
}

/** 1-based line number of a document offset. */
export function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** The span's text with a space wherever the paragraph joined characters the document kept apart. */
export function asWrittenApart(span: Span): string {
  const pieces: string[] = [];
  let from = 0;
  for (let i = 1; i < span.text.length; i++) {
    if (span.pos[i]! - span.pos[i - 1]! > 1) {
      pieces.push(span.text.slice(from, i));
      from = i;
    }
  }
  if (!pieces.length) return span.text;
  pieces.push(span.text.slice(from));
  return pieces.join(" ");
}

/** Pieces of a span at a set of marks (each piece keeps its mark). */
export function splitAt(span: Span, marks: RegExp): Span[] {
  const out: Span[] = [];
  let from = 0;
  for (let i = 0; i <= span.text.length; i++) {
    if (i === span.text.length || marks.test(span.text[i]!)) {
      if (i > from) out.push(sliceSpan(span, from, Math.min(span.text.length, i + 1)));
      from = i + 1;
    }
  }
  return out;
}

// A line that is one bracketed tag: 【教育惠民】 · 【关键词：健康】 · 【稳就业】.
export const WHOLE_TAG = /^【([^【】]{1,20})】$/u;
// A subhead of a tag and a phrase after it: 【就业增收】家门口有了“好饭碗” · 【教育提质】新增学位1620个 (the tag names the work).
export const TAGGED_SUBHEAD = /^【([^【】]{2,12})】[^。；;，,【】？?！!]{2,24}$/u;
// A newspaper's subhead of a work's name, a colon and a phrase that sums it up: 农村公路建设：完成44.5公里 · 城区学校扩容：新增学位1080个.
// (Not a field's label: 目标：职业技能培训17.2万人 · 完成情况：… · 牵头单位：….)
export const NAMED_SUBHEAD = /^(?!(?:年度|工作|任务|考核)?目标|完成|进展|推进|责任|牵头|承办|配合|主要|建设|实施|时间|地点|项目名称|名称|备注)([\u4e00-\u9fff“”"]{2,14})[:：][^,，。;；:：、]{2,20}(?:[,，、][^,，。;；:：、]{2,12})?$/u;

/** How a text that was not cut ends: a sentence's close, a bracket, a quotation's end. */
export const CLOSED_END = /[。！？!?；;…”"」』）)\]】]\s*$/u;

/** Width as printed: a Chinese character is one em, a digit or Latin letter half of one. */
export function displayWidth(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    w += code < 0x2e80 ? 0.5 : 1;
    // A character outside the BMP is two units and one em.
    if (isHighSurrogate(code) && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return w;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Every match of a global pattern in `text`, as `[...text.matchAll(re)]` gives them, without the copy of
 * the pattern `matchAll` makes on each call (for the converter's long patterns, that copy cost more than
 * the search). The pattern's lastIndex is left as it was.
 */
export function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re}`);
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // (An empty match moves on by one character, a whole code point under the u flag, as matchAll does.)
      if (m[0] === "") re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}
