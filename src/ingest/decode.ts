// bytes → text: encoding (UTF-8 with or without BOM, GBK/GB18030), front matter.
import iconv from "iconv-lite";
import matter from "gray-matter";
import type { DecodedDocument, FrontMatter, InputDocument, ReportKind } from "./model.ts";
import { MARKER_FAMILIES, matchMarker, type MarkerType } from "./markers.ts";
import { foldText } from "./normalise.ts";

export class DocumentError extends Error {
  constructor(
    message: string,
    readonly line: number = 1,
  ) {
    super(message);
  }
}

// YAML front matter at the very start: "---\n…\n---\n". The same rule as the scorer's, so
// offsets agree with anyone who strips it the plain way.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;
const KINDS: ReportKind[] = ["plan", "progress", "results"];

/** Decodes one document, or throws a DocumentError saying why it cannot be read. */
export function decodeDocument(doc: InputDocument): DecodedDocument {
  if (doc.bytes.length === 0 || isBlank(doc.bytes)) throw new DocumentError("the file is empty");
  const utf16 = utf16Encoding(doc.bytes);
  if (!utf16 && doc.bytes.includes(0)) throw new DocumentError("the file holds NUL bytes: it is binary, not text");
  const { raw, encoding } = utf16 ? { raw: new TextDecoder(utf16).decode(doc.bytes.subarray(2)), encoding: utf16 } : decodeBytes(doc.bytes);
  const unreadable = countUnreadable(raw);
  if (unreadable > Math.max(8, raw.length * 0.02)) {
    throw new DocumentError(`the bytes are neither UTF-8 nor GBK/GB18030 text (${unreadable} undecodable characters)`);
  }
  const match = FRONT_MATTER.exec(raw);
  const text = match ? raw.slice(match[0].length) : raw;
  const frontMatterLines = match ? match[0].split("\n").length - 1 : 0;
  const frontMatter = match ? readFrontMatter(match[0]) : {};
  if (text.trim() === "") throw new DocumentError("the file has no text after its front matter", frontMatterLines + 1);
  return { seed: doc.name, text, encoding, frontMatter, frontMatterLines };
}

/** A UTF-16 byte-order mark (Windows Notepad's "Unicode"): FF FE or FE FF. */
function utf16Encoding(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

function decodeBytes(bytes: Uint8Array): { raw: string; encoding: DecodedDocument["encoding"] } {
  try {
    const raw = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { raw: raw.replace(/^\uFEFF/, ""), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Chinese government sites still publish GBK; GB18030 is its superset.
    return { raw: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030" };
  }
}

function countUnreadable(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c === 0xfffd || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || (c >= 0xe000 && c <= 0xf8ff)) n++;
  }
  return n;
}

function readFrontMatter(block: string): FrontMatter {
  let data: Record<string, unknown>;
  try {
    // gray-matter caches by input string; pass an object-free copy so edits never leak.
    data = matter(block + "\n").data as Record<string, unknown>;
  } catch (error) {
    const line = (error as { mark?: { line?: number } }).mark?.line;
    throw new DocumentError(`front matter is not valid YAML: ${(error as Error).message.split("\n")[0]}`, (line ?? 0) + 1);
  }
  const fm: FrontMatter = {};
  const lineOf = (key: string) => block.split("\n").findIndex((l) => l.startsWith(`${key}:`)) + 1 || 1;
  if (data.region != null) fm.region = foldText(String(data.region)).trim();
  if (data.year != null) {
    // Full-width digits (２０２４) are a year too.
    const year = Number(foldText(String(data.year)).trim());
    if (!Number.isInteger(year) || year < 1949 || year > 2100) {
      throw new DocumentError(`front matter year "${String(data.year)}" is not a year such as 2024`, lineOf("year"));
    }
    fm.year = year;
  }
  if (data.kind != null) {
    const kind = foldText(String(data.kind)).trim() as ReportKind;
    if (!KINDS.includes(kind)) {
      throw new DocumentError(`front matter kind "${kind}" must be one of ${KINDS.join(", ")}`, lineOf("kind"));
    }
    fm.kind = kind;
  }
  if (data.published != null) fm.published = isoDate(data.published);
  if (data.source_url != null) fm.source_url = String(data.source_url);
  if (data.title != null) fm.title = String(data.title);
  if (data.publisher != null) fm.publisher = String(data.publisher);
  // Structure hints: an archivist's correction of how the projects are read.
  if (data.items != null) {
    const family = markerFamilyNamed(foldText(String(data.items)).trim());
    if (!family) throw new DocumentError(`front matter items "${String(data.items)}" is not a numbering the converter knows (write one mark as the text does: 一、 (一) 1. (1) ① 第一项 ● ——)`, lineOf("items"));
    fm.items = family;
  }
  if (data.count != null) {
    const count = Number(foldText(String(data.count)).trim());
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) throw new DocumentError(`front matter count "${String(data.count)}" must be a whole number from 1 to ${MAX_COUNT}`, lineOf("count"));
    fm.count = count;
  }
  if (data.split != null) {
    const lines = (Array.isArray(data.split) ? data.split : [data.split]).map((v) => Number(foldText(String(v)).trim()));
    if (!lines.length || lines.some((n) => !Number.isInteger(n) || n < 1)) throw new DocumentError(`front matter split "${String(data.split)}" must be a line number of this file, or a list of them`, lineOf("split"));
    fm.split = lines;
  }
  return fm;
}

// The largest project count a front matter may state: the genre's longest lists run to ~100.
const MAX_COUNT = 500;

/** The marker family a hint names: an example mark ("一、", "①", "1.") or the family's name (dot). */
function markerFamilyNamed(value: string): MarkerType | null {
  const byName = MARKER_FAMILIES.find((f) => f.type === value);
  if (byName) return byName.type;
  const match = matchMarker(`${value}项目`);
  return match ? (match.type === "group" ? "ordinal" : match.type) : null;
}

function isoDate(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}
