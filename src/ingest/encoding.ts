// Bytes → characters: which encoding a file is in, and where its undecodable bytes are.
// UTF-8 (with or without BOM), UTF-16 (with a BOM, or recognised without one), else GB18030
// (a superset of GBK). A UTF-8 file with a stray byte or a cut-off sequence stays UTF-8: the
// bad bytes become U+FFFD and their places are reported, so the rest of the text is kept.
import iconv from "iconv-lite";
import type { DecodedDocument } from "./model.ts";

export type Encoding = DecodedDocument["encoding"];

export interface DecodedBytes {
  text: string;
  encoding: Encoding;
  /** Byte offsets (in the file) of bytes that could not be decoded and became U+FFFD; at most MAX_LISTED. */
  invalid: number[];
  /** How many such bytes there are in all. */
  invalidCount: number;
}

const MAX_LISTED = 20;
// A UTF-8 text with a few bad bytes has many good multi-byte sequences for each bad one;
// GBK read as UTF-8 has more bad bytes than good sequences.
const GOOD_PER_BAD = 4;
// Share of UTF-16 code units that must be ordinary text (ASCII, CJK, their punctuation).
const UTF16_PLAUSIBLE = 0.9;

/** A UTF-16 byte-order mark (Windows Notepad's "Unicode"): FF FE or FE FF. */
function utf16Bom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

interface Utf8Scan {
  /** Offsets of bytes that start no valid sequence. */
  invalid: number[];
  invalidCount: number;
  /** Valid sequences of two bytes or more. */
  multibyte: number;
}

/** Walks the bytes as UTF-8 (the WHATWG decoder's rules: one U+FFFD per maximal bad subpart). */
function scanUtf8(bytes: Uint8Array, from: number): Utf8Scan {
  const invalid: number[] = [];
  let invalidCount = 0;
  let multibyte = 0;
  const bad = (at: number) => {
    invalidCount++;
    if (invalid.length < MAX_LISTED) invalid.push(at);
  };
  let i = from;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      bad(i);
      i++;
      continue;
    }
    let j = 1;
    while (j <= need) {
      const c = bytes[i + j];
      if (c === undefined || c < lower || c > upper) break;
      lower = 0x80;
      upper = 0xbf;
      j++;
    }
    if (j <= need) {
      bad(i); // a cut-off or broken sequence: its bytes so far are one U+FFFD
      i += j;
      continue;
    }
    multibyte++;
    i += need + 1;
  }
  return { invalid, invalidCount, multibyte };
}

/** Ordinary text as a UTF-16 code unit: ASCII, CJK and its punctuation, full-width forms. */
function plausibleUnit(c: number): boolean {
  return (
    (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 ||
    (c >= 0x3000 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef) ||
    (c >= 0x2000 && c <= 0x206f) || (c >= 0xa0 && c <= 0xff)
  );
}

const isHigh = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLow = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** UTF-16 without a byte-order mark, told by its code units being ordinary text. */
function guessUtf16(bytes: Uint8Array, share = UTF16_PLAUSIBLE): "utf-16le" | "utf-16be" | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = bytes.length / 2;
  const unitAt = (i: number, little: boolean) => (little ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!);
  // A character beyond the basic plane (an emoji) is a high and a low surrogate in a row: ordinary too.
  const paired = (i: number, little: boolean) => {
    const unit = unitAt(i, little);
    const next = i + 3 < bytes.length ? unitAt(i + 2, little) : -1;
    const prev = i >= 2 ? unitAt(i - 2, little) : -1;
    return (isHigh(unit) && isLow(next)) || (isLow(unit) && isHigh(prev));
  };
  let le = 0;
  let be = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (plausibleUnit(unitAt(i, true)) || paired(i, true)) le++;
    if (plausibleUnit(unitAt(i, false)) || paired(i, false)) be++;
  }
  if (le >= be && le >= units * share) return "utf-16le";
  if (be > le && be >= units * share) return "utf-16be";
  return null;
}

/** Characters a reader cannot read: U+FFFD, control characters, private-use code points. */
export function countUnreadable(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0xe000 && c <= 0xf8ff)) n++;
  }
  return n;
}

/** More unreadable characters than 8 and than 2% of the text: not text in this encoding. */
export function tooUnreadable(text: string): boolean {
  const unreadable = countUnreadable(text);
  return unreadable > Math.max(8, text.length * 0.02);
}

/**
 * Decodes the bytes in the encoding they are most likely in. Never throws: the caller judges
 * the result (NUL bytes outside UTF-16 are binary; tooUnreadable) and reports `invalid`.
 */
const UTF8 = new TextDecoder("utf-8");

export function decodeBytes(bytes: Uint8Array): DecodedBytes {
  const bom16 = utf16Bom(bytes);
  if (bom16) return { text: new TextDecoder(bom16).decode(bytes.subarray(2)), encoding: bom16, invalid: [], invalidCount: 0 };
  const from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const utf8 = scanUtf8(bytes, from);
  // UTF-8's reading, made only when it is looked at (most GBK files never need it).
  const readUtf8 = (): DecodedBytes => ({ text: UTF8.decode(bytes.subarray(from)), encoding: "utf-8", invalid: utf8.invalid, invalidCount: utf8.invalidCount });
  const binary = bytes.includes(0);
  if (binary) {
    // ASCII in UTF-16 is half NUL bytes; anything else with NULs is binary.
    const utf16 = guessUtf16(bytes);
    return utf16 ? { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, invalid: [], invalidCount: 0 } : readUtf8();
  }
  if (utf8.invalidCount === 0 || from === 3 || utf8.multibyte >= utf8.invalidCount * GOOD_PER_BAD) return readUtf8();
  // Not UTF-8: Chinese government sites still publish GBK; GB18030 is its superset.
  const gb = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  const gbUnreadable = countUnreadable(gb);
  // Plain ASCII with a stray byte reads either way: UTF-8, which can say where the byte is.
  if (utf8.invalidCount <= gbUnreadable) {
    const asUtf8 = readUtf8();
    if (!tooUnreadable(asUtf8.text)) return asUtf8;
  }
  // UTF-16 of Chinese text without a single ASCII character (not even a line break) has no
  // NUL bytes: every code unit is then ordinary text, where GBK's reading stumbles.
  const utf16 = guessUtf16(bytes, gbUnreadable > 0 ? 1 : 2) ?? (tooUnreadable(gb) ? guessUtf16(bytes) : null);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16, invalid: [], invalidCount: 0 };
  if (!tooUnreadable(gb)) return { text: gb, encoding: "gb18030", invalid: [], invalidCount: 0 };
  // Neither reads: keep UTF-8's reading where some of it is UTF-8 (its characters are the
  // text's), else the reading that loses less; positions are UTF-8's.
  const asUtf8 = readUtf8();
  return utf8.multibyte > 0 || countUnreadable(asUtf8.text) <= gbUnreadable ? asUtf8 : { ...asUtf8, text: gb, encoding: "gb18030" };
}

/** 1-based line and column (in characters) of a byte offset of a UTF-8 file. */
export function bytePlace(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const column = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, offset)).replace(/^\uFEFF/, "").length + 1;
  return { line, column };
}

/** What can be read of a binary file: its runs of readable characters, one a line. */
export function readableRuns(text: string): string {
  return text
    .split(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd\ue000-\uf8ff]+/u)
    .map((run) => run.trim())
    .filter((run) => run.replace(/\s/gu, "").length >= 4)
    .join("\n");
}
