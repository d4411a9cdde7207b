// bytes → text: encoding (encoding.ts), front matter, and the reasons a file cannot be read.
import { parseDocument, visit, isAlias, isMap, isScalar, isSeq, type Node } from "yaml";
import type { DecodedDocument, FrontMatter, InputDocument, ReportKind } from "./model.ts";
import { MARKER_FAMILIES, matchMarker, type MarkerType } from "./markers.ts";
import { foldText, stripInvisible } from "./normalise.ts";
import { bytePlace, countUnreadable, decodeBytes, readableRuns, tooUnreadable } from "./encoding.ts";

export class DocumentError extends Error {
  /** Whatever text of the document could be read, for its rejected page. */
  text?: string;
  constructor(
    message: string,
    readonly line: number = 1,
    text?: string,
  ) {
    super(message);
    if (text !== undefined) this.text = text;
  }
}

// YAML front matter at the very start: "---\n…\n---\n". The same rule as the scorer's, so
// offsets agree with anyone who strips it the plain way.
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/;
const KINDS: ReportKind[] = ["plan", "progress", "results"];
// Undecodable bytes named one by one in warnings; the rest are counted.
const MAX_BYTE_WARNINGS = 5;

/** Decodes one document, or throws a DocumentError saying why it cannot be read (with what text could be). */
export function decodeDocument(doc: InputDocument): DecodedDocument {
  if (doc.bytes.length === 0 || isBlank(doc.bytes)) throw new DocumentError("the file is empty");
  const decoded = decodeBytes(doc.bytes);
  const utf16 = decoded.encoding === "utf-16le" || decoded.encoding === "utf-16be";
  if (!utf16 && doc.bytes.includes(0)) {
    throw new DocumentError("the file holds NUL bytes: it is binary, not text (nor UTF-16)", 1, readableRuns(decoded.text));
  }
  const raw = decoded.text.replace(/^\uFEFF/, "");
  const firstBad = decoded.invalid[0];
  const where = firstBad === undefined ? null : { offset: firstBad, ...bytePlace(doc.bytes, firstBad) };
  if (tooUnreadable(raw)) {
    const at = where ? `; the first undecodable byte is at offset ${where.offset}, line ${where.line}` : "";
    throw new DocumentError(`the bytes are neither UTF-8 nor GBK/GB18030 text (${countUnreadable(raw)} undecodable characters${at})`, where?.line ?? 1, readableText(raw));
  }
  const match = FRONT_MATTER.exec(raw);
  const text = match ? raw.slice(match[0].length) : raw;
  const frontMatterLines = match ? match[0].split("\n").length - 1 : 0;
  let frontMatter: FrontMatter = {};
  try {
    if (match) frontMatter = readFrontMatter(match[0]);
  } catch (error) {
    if (error instanceof DocumentError) error.text = readableText(raw);
    throw error;
  }
  if (text.trim() === "") throw new DocumentError("the file has no text after its front matter", frontMatterLines + 1, readableText(raw));
  return { seed: doc.name, text, encoding: decoded.encoding, frontMatter, frontMatterLines, warnings: byteWarnings(doc.bytes, decoded.invalid, decoded.invalidCount) };
}

/** One warning per undecodable byte (the first few), so the file can be mended at its place. */
function byteWarnings(bytes: Uint8Array, invalid: number[], count: number): NonNullable<DecodedDocument["warnings"]> {
  const warnings = invalid.slice(0, MAX_BYTE_WARNINGS).map((offset) => ({
    ...bytePlace(bytes, offset),
    message: `byte 0x${bytes[offset]!.toString(16).toUpperCase().padStart(2, "0")} at byte offset ${offset} is not valid UTF-8 (a stray byte or a cut-off character); it is shown as U+FFFD`,
  }));
  if (count > warnings.length) warnings.push({ ...warnings[0]!, message: `${count - warnings.length} more undecodable bytes after these ${warnings.length} were shown as U+FFFD` });
  return warnings;
}

/** The text as a page can show it: control and private-use characters become U+FFFD. */
function readableText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ue000-\uf8ff]/gu, "\ufffd");
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

// Limits on front-matter values, checked before anything is built from them.
const MAX_FRONT_MATTER = 16_384; // characters of the whole block; real ones are a few hundred
const MAX_LENGTH = { title: 200, publisher: 100, region: 100, source_url: 2_000, items: 20 } as const;
const MAX_SPLIT = 100;
const YEAR_RANGE = [1949, 2100] as const;
// The fields read (README "Correcting a document"); other keys are ignored.
const FIELDS = ["region", "year", "kind", "published", "publisher", "title", "source_url", "items", "count", "split"];

type FieldValue = string | number | boolean | null;

/**
 * The front matter's fields, each checked for type and length before use. YAML aliases are
 * refused (a billion-laughs block is cheap to parse and ruinous to expand) and dates are read
 * as written (the YAML 1.1 timestamp type rolls 2024-02-30 over into March).
 */
function readFrontMatter(block: string): FrontMatter {
  if (block.length > MAX_FRONT_MATTER) throw new DocumentError(`front matter is ${block.length} characters long; at most ${MAX_FRONT_MATTER} are read`, 1);
  const yamlText = block.replace(/^---\r?\n/, "").replace(/\r?\n---\r?\n?$/, "");
  // Line in the file of an offset in yamlText (the opening --- is line 1).
  const lineOf = (offset: number) => {
    let line = 2;
    for (let i = 0; i < offset && i < yamlText.length; i++) if (yamlText.charCodeAt(i) === 10) line++;
    return line;
  };
  const document = parseDocument(yamlText, { schema: "core", uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0];
  if (problem) throw new DocumentError(`front matter is not valid YAML: ${problem.message.split("\n")[0]}`, lineOf(problem.pos[0]));
  const contents = document.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {};
  if (!isMap(contents)) throw new DocumentError("front matter must be fields (key: value), one a line", 2);
  const nodes = new Map<string, Node | null>();
  const aliased: Array<{ key: string; line: number }> = [];
  for (const pair of contents.items) {
    const keyNode = pair.key as Node | null;
    const key = isScalar(keyNode) ? String(keyNode.value) : "";
    const at = lineOf(keyNode?.range?.[0] ?? 0);
    if (!isScalar(keyNode)) throw new DocumentError("front matter keys must be plain names (region, year, title …)", at);
    let alias = isAlias(pair.value);
    if (pair.value) visit(pair.value as Node, { Alias: () => void (alias = true) });
    if (alias) aliased.push({ key, line: at });
    nodes.set(key, (pair.value as Node | null) ?? null);
  }
  // Named: the first field the converter reads that uses an alias, else the first key that does.
  const refused = aliased.find((a) => FIELDS.includes(a.key)) ?? aliased[0];
  if (refused) throw new DocumentError(`front matter ${refused.key} uses a YAML alias (*name); aliases are not accepted: write the value itself`, refused.line);
  const lineOfKey = (key: string) => {
    const pair = contents.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
    return lineOf((pair?.key as Node | undefined)?.range?.[0] ?? 0);
  };
  const fail = (key: string, why: string): never => {
    throw new DocumentError(`front matter ${key} ${why}`, lineOfKey(key));
  };
  /** A field's single value (null when absent or empty); a list or mapping is refused. */
  const scalar = (key: string): FieldValue => {
    const node = nodes.get(key);
    if (node === undefined || node === null) return null;
    if (!isScalar(node)) return fail(key, "must be a single value, not a list or a mapping");
    return node.value as FieldValue;
  };
  /** A one-line text field of at most `max` characters, without invisible characters. */
  const line = (key: keyof typeof MAX_LENGTH): string | null => {
    const value = scalar(key);
    if (value === null) return null;
    if (typeof value === "boolean") return fail(key, "must be text, not true/false");
    const text = stripInvisible(String(value)).trim();
    if (/[\r\n\u2028\u2029]/u.test(text)) fail(key, "must be a single line");
    if (/[\u0000-\u001f\u007f]/u.test(text)) fail(key, "holds control characters");
    if ([...text].length > MAX_LENGTH[key]) fail(key, `is ${[...text].length} characters long; at most ${MAX_LENGTH[key]}`);
    return text === "" ? null : text;
  };

  const fm: FrontMatter = {};
  const region = line("region");
  if (region !== null) fm.region = foldText(region);
  const yearValue = scalar("year");
  if (yearValue !== null) {
    // Full-width digits (２０２４) are a year too.
    const year = typeof yearValue === "boolean" ? NaN : Number(foldText(String(yearValue)).trim());
    if (!Number.isInteger(year) || year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) {
      fail("year", `"${preview(yearValue)}" is not a year such as 2024 (${YEAR_RANGE[0]}–${YEAR_RANGE[1]})`);
    }
    fm.year = year;
  }
  const kindValue = scalar("kind");
  if (kindValue !== null) {
    const kind = foldText(String(kindValue)).trim() as ReportKind;
    if (!KINDS.includes(kind)) fail("kind", `"${preview(kind)}" must be one of ${KINDS.join(", ")}`);
    fm.kind = kind;
  }
  const publishedValue = scalar("published");
  if (publishedValue !== null) {
    const published = calendarDay(foldText(String(publishedValue)).trim());
    if (!published) fail("published", `"${preview(publishedValue)}" is not a date such as 2024-02-01 (YYYY-MM-DD, or a date and time)`);
    fm.published = published!;
  }
  const sourceUrl = line("source_url");
  if (sourceUrl !== null) fm.source_url = sourceUrl;
  const title = line("title");
  if (title !== null) fm.title = title;
  const publisher = line("publisher");
  if (publisher !== null) fm.publisher = publisher;
  // Structure hints: an archivist's correction of how the projects are read.
  const items = line("items");
  if (items !== null) {
    const family = markerFamilyNamed(foldText(items).trim());
    if (!family) fail("items", `"${items}" is not a numbering the converter knows (write one mark as the text does: 一、 (一) 1. (1) ① 第一项 ● ——)`);
    fm.items = family!;
  }
  const countValue = scalar("count");
  if (countValue !== null) {
    const count = Number(foldText(String(countValue)).trim());
    if (!Number.isInteger(count) || count < 1 || count > MAX_COUNT) fail("count", `"${preview(countValue)}" must be a whole number from 1 to ${MAX_COUNT}`);
    fm.count = count;
  }
  const splitNode = nodes.get("split");
  if (splitNode !== undefined && splitNode !== null) {
    const values = isSeq(splitNode) ? splitNode.items : [splitNode];
    if (values.length > MAX_SPLIT || values.some((v) => !isScalar(v))) fail("split", `must be a line number or a list of at most ${MAX_SPLIT} of them`);
    const lines = values.map((v) => Number(foldText(String((v as { value: unknown }).value)).trim()));
    if (!lines.length || lines.some((n) => !Number.isInteger(n) || n < 1)) fail("split", "must be a line number of this file, or a list of them");
    fm.split = lines;
  }
  return fm;
}

/** A message quotes at most this many characters of a bad value: enough to find it in the file. */
const PREVIEW_CHARS = 40;

/** A value as a message quotes it: short, one line. */
function preview(value: unknown): string {
  const text = String(value).replace(/\s+/gu, " ");
  return text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS)}…` : text;
}

// 2024-02-01, 2024-2-1, or a date and time (2024-02-01T01:00:00+08:00, 2024-02-01 09:30).
const DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/u;

/** The calendar day a date is written for (a datetime keeps its own day, whatever its zone), or null if it is no date. */
export function calendarDay(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1] || month < 1 || month > 12) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return null;
  return `${m[1]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
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
