// The archive's search in the browser: Pagefind's JS API over the pair index the build writes
// (src/integrations/pagefind.ts). A query is split into parts (search-bigrams.ts); each part is
// one Pagefind search and a page must match all of them, so what is found is exactly the pages
// whose text contains every part.

import { decodeText, queryParts, type QueryPart } from "./search-bigrams.ts";

/** What Pagefind's `pagefind.js` module offers (the part of it used here). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse | null>;
  filters(): Promise<FilterCounts>;
}

export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, string[]>;
export type SortOrder = "relevance" | "year-desc" | "year-asc";

interface PagefindSearchOptions {
  filters?: Filters;
  sort?: Record<string, "asc" | "desc">;
}

interface PagefindResponse {
  results: PagefindResult[];
  filters: FilterCounts;
}

interface PagefindResult {
  id: string;
  data(): Promise<PagefindPage>;
}

interface PagefindPage {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[]>;
}

/** One found page, ready to show. */
export interface Hit {
  url: string;
  title: string;
  region: string;
  year: string;
  /** Kind of page: 项目 or 报告. */
  type: string;
  /** HTML: escaped text with each query part in <mark>. */
  excerptHtml: string;
}

export interface Found {
  parts: QueryPart[];
  /** All matching pages, best first; load them with `hit()`. */
  results: PagefindResult[];
  /** Filter values among the results of the first part (for the filter menus). */
  filters: FilterCounts;
}

/** The language the build gives the pair index (src/integrations/pagefind-html.ts). */
const INDEX_LANGUAGE = "zxx";

let loading: Promise<PagefindModule> | undefined;

/** Pagefind's module from the site's own bundle (`<base>pagefind/pagefind.js`), loaded once. */
export function loadPagefind(base: string): Promise<PagefindModule> {
  loading ??= (async () => {
    const bundle = `${base.endsWith("/") ? base : `${base}/`}pagefind/pagefind.js`;
    const module = (await import(/* @vite-ignore */ bundle)) as PagefindModule;
    // Result URLs in the index already carry the base path.
    await module.options({ baseUrl: "/" });
    // Pagefind picks its index, and whether to cut the query into words, from <html lang>,
    // which it reads as init() starts. The pair index is "zxx" (no language): show it that.
    const root = document.documentElement;
    const pageLanguage = root.lang;
    root.lang = INDEX_LANGUAGE;
    const initialised = module.init();
    root.lang = pageLanguage;
    await initialised;
    return module;
  })();
  return loading;
}

const SORT: Record<SortOrder, Record<string, "asc" | "desc"> | undefined> = {
  relevance: undefined,
  "year-desc": { year: "desc" },
  "year-asc": { year: "asc" },
};

/** The pages that contain every part of the query and pass the filters. */
export async function findPages(
  pagefind: PagefindModule,
  query: string,
  filters: Filters = {},
  sort: SortOrder = "relevance",
): Promise<Found> {
  const parts = queryParts(query);
  const options: PagefindSearchOptions = { filters, sort: SORT[sort] };
  if (parts.length === 0) {
    if (Object.keys(filters).length === 0) return { parts, results: [], filters: {} };
    const all = await pagefind.search(null, options);
    return { parts, results: all?.results ?? [], filters: all?.filters ?? {} };
  }
  const responses = await Promise.all(parts.map((part) => pagefind.search(part.pagefindQuery, options)));
  const [first, ...others] = responses.map((response) => response?.results ?? []);
  const inAll = others.map((results) => new Set(results.map((result) => result.id)));
  const results = (first ?? []).filter((result) => inAll.every((ids) => ids.has(result.id)));
  return { parts, results, filters: responses[0]?.filters ?? {} };
}

/** A result as it is shown: decoded title, region, year and an excerpt around the match. */
export async function hit(result: PagefindResult, parts: QueryPart[]): Promise<Hit> {
  const page = await result.data();
  const text = decodeText(page.content);
  return {
    url: page.url,
    title: decodeText(page.meta.title ?? page.url),
    region: page.meta.region ?? "",
    year: page.meta.year ?? "",
    type: page.meta.type ?? "",
    excerptHtml: excerpt(text, parts.map((part) => part.text)),
  };
}

/** Characters of context on each side of the first match. */
const CONTEXT = 40;

/** The text around the first match, HTML-escaped, every match marked. */
export function excerpt(text: string, terms: string[]): string {
  const wanted = terms.filter((term) => term !== "").sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const positions = wanted.map((term) => lower.indexOf(term.toLowerCase())).filter((at) => at >= 0);
  const at = positions.length > 0 ? Math.min(...positions) : 0;
  const start = Math.max(0, at - CONTEXT);
  const end = Math.min(text.length, at + CONTEXT * 2);
  const window = text.slice(start, end);
  const marked = markTerms(window, wanted);
  return `${start > 0 ? "…" : ""}${marked}${end < text.length ? "…" : ""}`;
}

function markTerms(text: string, terms: string[]): string {
  if (terms.length === 0) return escapeHtml(text);
  const pattern = new RegExp(terms.map(escapeRegExp).join("|"), "giu");
  let html = "";
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    html += `${escapeHtml(text.slice(last, match.index))}<mark>${escapeHtml(match[0])}</mark>`;
    last = match.index + match[0].length;
  }
  return html + escapeHtml(text.slice(last));
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (character) => `&#${character.charCodeAt(0)};`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}
