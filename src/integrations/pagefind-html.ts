// Built HTML as search sees it: the text a page is searchable by, and the record Pagefind
// indexes for it (that text with its Han runs written as pairs, src/client/search-bigrams.ts).
// Both come from one reading of the page, so the index and the benchmark's relevant sets agree.
//
// Pagefind is sent records, not HTML (src/integrations/pagefind.ts): it parses nothing, and
// holds a third less memory while it writes the index (README "## Benchmarks").
//
// Astro writes well-formed HTML, so a tag scanner is enough; no DOM is built.

import { encodeText, facetToken } from "../client/search-bigrams.ts";
import { foldCharacters } from "./search-fold.ts";

/**
 * Labels and furniture that every report or project page repeats (地区, 责任单位, 目标, 实际,
 * table heads, "展开原文全文", file names): left out of the index, or they would match every page.
 * Element names and class names of src/components.
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

/** data-pagefind-filter="city:南阳市" and data-pagefind-meta="year:2023" (the key:value form; the only one the site writes). */
const FILTER_ATTRIBUTE = /\sdata-pagefind-filter=(?:"([^"]*)"|'([^']*)')/iu;
const META_ATTRIBUTE = /\sdata-pagefind-meta=(?:"([^"]*)"|'([^']*)')/iu;

/** One filter of a page: ["city", "南阳市"]. */
export type Facet = [key: string, value: string];

/** What Pagefind is given for one page (its addCustomRecord). */
export interface IndexRecord {
  /** The searchable text with Han runs as pairs, then each filter as a word (facetToken). */
  content: string;
  /** data-pagefind-meta values; `title` is the first h1 in pairs unless a meta names it (Pagefind's own rule). */
  meta: Record<string, string>;
  /** The page's filters, which are words of `content` (and counted in facets.json). */
  facets: Facet[];
}

interface PageReading {
  /** Null for a page without data-pagefind-body (Pagefind leaves it out of the index). */
  text: string | null;
  meta: Record<string, string>;
  facets: Facet[];
}

/**
 * The text a page is searchable by: the content of its data-pagefind-body elements without
 * data-pagefind-ignore parts, boilerplate and skipped elements, a space wherever a block starts
 * or ends. Null for a page without data-pagefind-body.
 */
export function indexedText(html: string): string | null {
  return readPage(html).text;
}

/** The record Pagefind indexes for a page, or null for a page search leaves out. */
export function indexRecord(html: string): IndexRecord | null {
  const { text, meta, facets } = readPage(html);
  if (text === null) return null;
  const words = facets.map(([key, value]) => facetToken(key, value));
  // Indexed folded to simplified characters, as the search page folds a query (search-fold.ts).
  const content = [encodeText(foldCharacters(text)), ...words].join(" ").replace(/\s+/gu, " ").trim();
  return { content, meta, facets };
}

/**
 * One pass over the tags, keeping a stack of open elements. It starts at the first h1 or the
 * first data-pagefind-* attribute: nothing before both can be indexed (a body, meta or filter
 * element carries one).
 */
function readPage(html: string): PageReading {
  const meta: Record<string, string> = {};
  const facets: Facet[] = [];
  const first = html.indexOf("data-pagefind-");
  if (first < 0) return { text: null, meta, facets };

  let text = "";
  let hasBody = false;
  let h1: string | null = null;
  let inH1 = false;
  // The open elements, each with whether it starts a body and whether it is left out.
  const stack: { name: string; body: boolean; skip: boolean }[] = [];
  let bodyDepth = 0;
  let skipDepth = 0;
  const pattern = new RegExp(HTML_PIECE.source, HTML_PIECE.flags);
  // From the first h1 (the default title) or the first data-pagefind-* tag, whichever comes first.
  const h1At = html.search(/<h1[\s>]/iu);
  pattern.lastIndex = Math.min(html.lastIndexOf("<", first), h1At < 0 ? Infinity : h1At);
  for (let match = pattern.exec(html); match !== null; match = pattern.exec(html)) {
    const raw = match[0];
    const name = match[1]?.toLowerCase();
    if (name === undefined) {
      if (raw.startsWith("<!")) continue;
      if (bodyDepth > 0 && skipDepth === 0) text += decodeEntities(raw);
      if (inH1) h1 += decodeEntities(raw);
      continue;
    }
    const inline = INLINE_ELEMENTS.has(name);
    if (raw.startsWith("</")) {
      if (!inline) text += " ";
      if (name === "h1") inH1 = false;
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at--;
      if (at < 0) continue;
      for (const open of stack.splice(at)) {
        if (open.body) bodyDepth--;
        if (open.skip) skipDepth--;
      }
      continue;
    }
    if (!inline) text += " ";
    const attributes = match[2] ?? "";
    if (attributes.includes("data-pagefind-")) readData(attributes, meta, facets);
    if (name === "h1" && h1 === null) {
      h1 = "";
      inH1 = true;
    }
    if (VOID_ELEMENTS.has(name) || /\/\s*$/u.test(attributes)) continue;
    const body = hasAttribute(attributes, "data-pagefind-body");
    const skip = SKIPPED_ELEMENTS.has(name) || hasAttribute(attributes, "data-pagefind-ignore") || isBoilerplate(name, attributes);
    stack.push({ name, body, skip });
    hasBody ||= body;
    if (body) bodyDepth++;
    if (skip) skipDepth++;
    // Raw text elements: their content is not markup.
    if (name === "script" || name === "style") {
      const closer = new RegExp(`</${name}`, "giu");
      closer.lastIndex = pattern.lastIndex;
      const end = closer.exec(html);
      if (end) pattern.lastIndex = end.index;
    }
  }
  if (!hasBody) return { text: null, meta, facets };
  // The title as Pagefind took it from the page's first h1: in pairs, like all indexed text.
  if (meta.title === undefined && h1 !== null) meta.title = collapse(encodeText(h1));
  return { text: collapse(text), meta, facets };
}

/** A tag's data-pagefind-meta and data-pagefind-filter values. */
function readData(attributes: string, meta: Record<string, string>, facets: Facet[]): void {
  const metaPair = keyValue(META_ATTRIBUTE.exec(attributes));
  if (metaPair) meta[metaPair[0]] = metaPair[1];
  const filter = keyValue(FILTER_ATTRIBUTE.exec(attributes));
  if (filter) facets.push(filter);
}

/** "city:南阳市" (the attribute's value, quoted either way) → ["city", "南阳市"]. */
function keyValue(found: RegExpExecArray | null): Facet | null {
  if (!found) return null;
  const pair = decodeEntities(found[1] ?? found[2] ?? "");
  const colon = pair.indexOf(":");
  return colon > 0 ? [pair.slice(0, colon).trim(), pair.slice(colon + 1).trim()] : null;
}

function isBoilerplate(name: string, attributes: string): boolean {
  if (BOILERPLATE_ELEMENTS.has(name)) return true;
  if (!attributes.includes("class")) return false;
  const classes = /\sclass=(?:"([^"]*)"|'([^']*)')/u.exec(attributes);
  const list = (classes?.[1] ?? classes?.[2] ?? "").split(/\s+/u);
  return BOILERPLATE_CLASSES.some((name) => list.includes(name));
}

/** Attribute presence, as Pagefind reads it: data-pagefind-body, data-pagefind-ignore. */
const attributePatterns = new Map<string, RegExp>();
const hasAttribute = (attributes: string, name: string) => {
  if (!attributes.includes(name)) return false;
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}(?=[\\s=/>]|$)`, "u")));
  return pattern.test(attributes);
};

const collapse = (text: string) => text.replace(/\s+/gu, " ").trim();

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}
