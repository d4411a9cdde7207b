// Built HTML as search sees it: the copy Pagefind indexes (Han runs written as pairs, see
// src/scripts/search-bigrams.ts) and the plain text a page is searchable by (for the
// benchmark's relevant sets). Both walk the same tags with the same rules, so the two agree.
//
// Astro writes well-formed HTML, so a tag scanner is enough; no DOM is built.

import { facetToken, isHan } from "../scripts/search-bigrams.ts";

/**
 * Labels and furniture that every report or project page repeats (地区, 责任单位, 目标, 实际,
 * table heads, "展开原文全文", file names): left out of the index, or they would match every page.
 * Element names and class names of src/components; marked data-pagefind-ignore before indexing.
 */
const BOILERPLATE_ELEMENTS = new Set(["dt", "thead", "h2", "summary"]);
const BOILERPLATE_CLASSES = ["muted", "figure-source", "source-meta", "downloads"];

/** Pagefind skips the text of these, wherever they stand. */
const SKIPPED_ELEMENTS = new Set(["script", "style", "noscript", "template", "svg"]);
/** Elements that do not break a run of text: 累计<strong>3430个</strong>老旧小区 stays one run. */
const INLINE_ELEMENTS = new Set([
  "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark",
  "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
]);
const VOID_ELEMENTS = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
  "track", "wbr",
]);
/** A comment, a tag (attribute values may hold ">"), or text. */
const HTML_PIECE = /<!--[\s\S]*?-->|<!doctype[^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|[^<]+|</giu;

type Piece =
  | { kind: "text"; raw: string }
  | { kind: "open"; raw: string; name: string; attributes: string; selfClosing: boolean }
  | { kind: "close"; raw: string; name: string }
  | { kind: "other"; raw: string };

function scan(html: string): Piece[] {
  const pieces: Piece[] = [];
  const pattern = new RegExp(HTML_PIECE.source, HTML_PIECE.flags);
  const lower = html.toLowerCase();
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    const raw = match[0];
    const name = match[1]?.toLowerCase();
    if (name === undefined) {
      pieces.push(raw.startsWith("<!") ? { kind: "other", raw } : { kind: "text", raw });
      continue;
    }
    if (raw.startsWith("</")) {
      pieces.push({ kind: "close", raw, name });
      continue;
    }
    const attributes = match[2] ?? "";
    if (isBoilerplate(name, attributes)) {
      const marked = raw.replace(/^<[^\s/>]+/u, (start) => `${start} data-pagefind-ignore`);
      pieces.push({ kind: "open", raw: marked, name, attributes: ` data-pagefind-ignore${attributes}`, selfClosing: /\/\s*$/u.test(attributes) });
    } else {
      pieces.push({ kind: "open", raw, name, attributes, selfClosing: /\/\s*$/u.test(attributes) });
    }
    // Raw text elements: their content is not markup.
    if (name === "script" || name === "style") {
      const end = lower.indexOf(`</${name}`, pattern.lastIndex);
      if (end >= 0) {
        pieces.push({ kind: "other", raw: html.slice(pattern.lastIndex, end) });
        pattern.lastIndex = end;
      }
    }
  }
  return pieces;
}

function isBoilerplate(name: string, attributes: string): boolean {
  if (BOILERPLATE_ELEMENTS.has(name)) return true;
  if (!attributes.includes("class")) return false;
  const classes = /\sclass=(?:"([^"]*)"|'([^']*)')/u.exec(attributes);
  const list = (classes?.[1] ?? classes?.[2] ?? "").split(/\s+/u);
  return BOILERPLATE_CLASSES.some((name) => list.includes(name));
}

const breaksRun = (piece: Piece): boolean =>
  (piece.kind === "open" || piece.kind === "close") && !INLINE_ELEMENTS.has(piece.name);

/** One filter of a page: ["city", "南阳市"]. */
export type Facet = [key: string, value: string];

export interface PairedPage {
  /** The copy Pagefind indexes. */
  html: string;
  /** The page's filters (data-pagefind-filter="key:value"), now words of its text. */
  facets: Facet[];
}

/** data-pagefind-filter="city:南阳市" (the key:value form; the only one the site writes). */
const FILTER_ATTRIBUTE = /\sdata-pagefind-filter=(?:"([^"]*)"|'([^']*)')/giu;

/**
 * The copy of a built page that Pagefind indexes: every Han run in the text written as its
 * pairs (a run continues across inline tags), `lang` set to "zxx" so that neither Pagefind's
 * jieba nor the browser's Intl.Segmenter cuts the pairs again, and each filter turned into a
 * word (facetToken) at the end of the indexed text.
 */
export function pairedHtml(html: string): PairedPage {
  const pieces = scan(html);
  // Only the data-pagefind-body parts reach Pagefind (with the html and body tags, and the
  // elements carrying data-pagefind-meta or -sort, which Pagefind reads anywhere): the rest is
  // never indexed, and a project page's body is a tenth of its HTML.
  const kept = bodyMask(pieces);
  const keeps = (index: number) => kept === null || kept[index] === 1;
  // Text pieces of the current run, encoded together once the run is closed.
  let pending: { index: number; text: string }[] = [];
  let pendingKept = false;
  const encoded = new Map<number, string>();
  const flush = () => {
    if (pendingKept) encodeRunGroup(pending, encoded);
    pending = [];
    pendingKept = false;
  };
  pieces.forEach((piece, index) => {
    if (piece.kind === "text") {
      pending.push({ index, text: piece.raw });
      pendingKept ||= keeps(index);
    } else if (breaksRun(piece)) flush();
  });
  flush();
  const facets: Facet[] = [];
  let indexed = false;
  let out = "";
  pieces.forEach((piece, index) => {
    if (piece.kind === "open") {
      indexed ||= hasAttribute(piece.attributes, "data-pagefind-body");
      if (piece.name === "html") return void (out += withoutLanguage(piece.raw));
      const raw = !piece.attributes.includes("data-pagefind-filter") ? piece.raw : piece.raw.replace(FILTER_ATTRIBUTE, (_attribute, double?: string, single?: string) => {
        const filter = decodeEntities(double ?? single ?? "");
        const colon = filter.indexOf(":");
        if (colon > 0) facets.push([filter.slice(0, colon).trim(), filter.slice(colon + 1).trim()]);
        return "";
      });
      if (keeps(index) || piece.name === "body") out += raw;
      else if (PAGEFIND_DATA.test(piece.attributes)) {
        out += raw;
        if (!VOID_ELEMENTS.has(piece.name) && !piece.selfClosing) out += `</${piece.name}>`;
      }
      return;
    }
    if (piece.kind === "close" && piece.name === "body" && indexed && facets.length > 0) {
      out += `<div data-pagefind-body>${facets.map(([key, value]) => facetToken(key, value)).join(" ")}</div>`;
    }
    if (keeps(index) || (piece.kind === "close" && (piece.name === "body" || piece.name === "html"))) {
      out += encoded.get(index) ?? piece.raw;
    }
  });
  return { html: out, facets };
}

/** Attributes Pagefind reads outside data-pagefind-body. */
const PAGEFIND_DATA = /\sdata-pagefind-(?:meta|sort)=/iu;

/**
 * Which pieces stand inside a data-pagefind-body element (the element's own tags included),
 * or null when the page has none (Pagefind then reads the whole page, or leaves it out).
 */
function bodyMask(pieces: Piece[]): Uint8Array | null {
  const mask = new Uint8Array(pieces.length);
  let any = false;
  const stack: { name: string; body: boolean }[] = [];
  let depth = 0;
  pieces.forEach((piece, index) => {
    if (piece.kind === "open") {
      const body = hasAttribute(piece.attributes, "data-pagefind-body");
      any ||= body;
      if (depth > 0 || body) mask[index] = 1;
      if (VOID_ELEMENTS.has(piece.name) || piece.selfClosing) return;
      stack.push({ name: piece.name, body });
      if (body) depth++;
    } else if (piece.kind === "close") {
      if (depth > 0) mask[index] = 1;
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== piece.name) at--;
      if (at < 0) return;
      for (const open of stack.splice(at)) if (open.body) depth--;
    } else if (depth > 0) {
      mask[index] = 1;
    }
  });
  return any ? mask : null;
}

/** `<html lang="zh-CN">` → `<html lang="zxx">` ("no linguistic content": no segmenter, no stemmer). */
function withoutLanguage(htmlTag: string): string {
  return htmlTag.replace(/\slang=("[^"]*"|'[^']*'|[^\s>]+)/iu, "").replace(/^<html/iu, '<html lang="zxx"');
}

/** Encode text pieces that read as one line of text: a pair may span two pieces. */
function encodeRunGroup(group: { index: number; text: string }[], encoded: Map<number, string>) {
  const joined = group.map((piece) => [...piece.text]);
  const all = joined.flat();
  let offset = 0;
  for (const [i, piece] of group.entries()) {
    const characters = joined[i]!;
    if (!characters.some(isHan)) {
      offset += characters.length;
      continue;
    }
    let text = "";
    for (const character of characters) {
      if (isHan(character)) {
        const next = all[offset + 1];
        text += ` ${next !== undefined && isHan(next) ? character + next : character} `;
      } else {
        text += character;
      }
      offset++;
    }
    encoded.set(piece.index, text);
  }
}

/** Attribute presence, as Pagefind reads it: data-pagefind-body, data-pagefind-ignore. */
const attributePatterns = new Map<string, RegExp>();
const hasAttribute = (attributes: string, name: string) => {
  if (!attributes.includes(name)) return false;
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}(?=[\\s=/>]|$)`, "u")));
  return pattern.test(attributes);
};

/**
 * The text a page is searchable by: the content of its data-pagefind-body elements without
 * data-pagefind-ignore parts and skipped elements, a space wherever a block starts or ends.
 * Null for a page without data-pagefind-body (Pagefind leaves it out of the index).
 */
export function indexedText(html: string): string | null {
  const pieces = scan(html);
  if (!pieces.some((piece) => piece.kind === "open" && hasAttribute(piece.attributes, "data-pagefind-body"))) return null;
  let text = "";
  // The open elements, each with whether it starts a body and whether it is left out.
  const stack: { name: string; body: boolean; skip: boolean }[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  for (const piece of pieces) {
    if (piece.kind === "open") {
      if (breaksRun(piece)) text += " ";
      if (VOID_ELEMENTS.has(piece.name) || piece.selfClosing) continue;
      const body = hasAttribute(piece.attributes, "data-pagefind-body");
      const skip = SKIPPED_ELEMENTS.has(piece.name) || hasAttribute(piece.attributes, "data-pagefind-ignore");
      stack.push({ name: piece.name, body, skip });
      if (body) bodyDepth++;
      if (skip) skipDepth++;
    } else if (piece.kind === "close") {
      if (breaksRun(piece)) text += " ";
      const at = stack.map((open) => open.name).lastIndexOf(piece.name);
      if (at < 0) continue;
      for (const open of stack.splice(at)) {
        if (open.body) bodyDepth--;
        if (open.skip) skipDepth--;
      }
    } else if (piece.kind === "text" && bodyDepth > 0 && skipDepth === 0) {
      text += decodeEntities(piece.raw);
    }
  }
  return text.replace(/\s+/gu, " ").trim();
}

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

