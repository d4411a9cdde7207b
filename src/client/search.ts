// The archive's search in the browser: Pagefind's JS API over the pair index the build writes
// (src/integrations/pagefind.ts). A query is split into parts (search-bigrams.ts); each part is
// one Pagefind search and a page must match all of them, so what is found is exactly the pages
// whose text contains every part.

import { decodeText, facetToken, queryParts, type QueryPart } from "./search-bigrams.ts";

/** What Pagefind's `pagefind.js` module offers (the part of it used here). */
interface PagefindModule {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null): Promise<PagefindResponse | null>;
  preload(term: string): Promise<void>;
}

/** What loading the bundles needs besides: merging another bundle into the first. */
interface PagefindLoader extends PagefindModule {
  mergeIndex(indexPath: string, options?: Record<string, unknown>): Promise<void>;
}

export type FilterCounts = Record<string, Record<string, number>>;
export type Filters = Record<string, string[]>;
export type SortOrder = "relevance" | "year-desc" | "year-asc";

interface PagefindResponse {
  results: PagefindResult[];
}

interface PagefindResult {
  id: string;
  /** Positions (word indexes) in the page of the words that matched. */
  words: number[];
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
  /** A project's status ("进行中 · 截至 2024-09-30") and lowest completion rate, or "". */
  status: string;
  rate: string;
  /** HTML: escaped text with each query part in <mark>. */
  excerptHtml: string;
  /** False when the page's text turns out not to contain the query after all. */
  matches: boolean;
}

export interface Found {
  parts: QueryPart[];
  /** All matching pages, best first; load them with `hit()`. */
  results: PagefindResult[];
}

/** The language the build gives the pair index (src/integrations/pagefind-html.ts). */
const INDEX_LANGUAGE = "zxx";

/** The filters whose values only some bundles hold: a shard's bundle has its provinces' pages. */
export const SCOPE_KEYS = ["province", "city"] as const;

/** `pagefind/bundles.json`, written by the build (src/integrations/pagefind.ts, writeSearchTables). */
export interface BundleTable {
  bundles: string[];
  /** With more than one bundle: per bundle, the values of each SCOPE_KEYS filter its pages have. */
  holds?: Record<string, Record<string, string[]>>;
}

/**
 * The bundles a search with these filters needs: those holding the province and city filtered
 * to, every bundle without such a filter. Each bundle's page list costs the first search of a
 * visit ~7 bytes a page, so a national archive searched by province loads a fraction of it.
 */
export function bundlesFor(table: BundleTable, filters: Filters): string[] {
  const scoped = SCOPE_KEYS.flatMap((key) => (filters[key] ?? []).slice(0, 1).map((value) => [key, value] as const));
  const holds = table.holds;
  if (scoped.length === 0 || holds === undefined) return table.bundles;
  const wanted = table.bundles.filter((name) => scoped.every(([key, value]) => holds[name]?.[key]?.includes(value) === true));
  // A value no bundle holds finds nothing; one bundle to search it in is enough.
  return wanted.length > 0 ? wanted : table.bundles.slice(0, 1);
}

let table: Promise<BundleTable> | undefined;
let module: Promise<PagefindLoader> | undefined;
/** Bundles in the module, or being merged into it, in order. */
const loaded = new Set<string>();
let merging: Promise<void> = Promise.resolve();

const bundleUrl = (base: string, file: string) => `${base.endsWith("/") ? base : `${base}/`}pagefind/${file}`;

/** Every filter value of the archive and its page count, written by the build beside the index. */
export async function loadFacets(base: string): Promise<FilterCounts> {
  const response = await fetch(bundleUrl(base, "facets.json"));
  return response.ok ? ((await response.json()) as FilterCounts) : {};
}

/** Pagefind's module from one bundle, set up for the pair index. */
async function initialise(base: string, bundle: string): Promise<PagefindLoader> {
  const pagefind = (await import(/* @vite-ignore */ bundleUrl(base, `${bundle}/pagefind.js`))) as PagefindLoader;
  // Result URLs in the index already carry the base path.
  await pagefind.options({ baseUrl: "/" });
  // Pagefind picks its index, and whether to cut the query into words, from <html lang>,
  // which it reads as init() starts. The pair index is "zxx" (no language): show it that.
  const root = document.documentElement;
  const pageLanguage = root.lang;
  root.lang = INDEX_LANGUAGE;
  const initialised = pagefind.init();
  root.lang = pageLanguage;
  await initialised;
  return pagefind;
}

/**
 * Pagefind's module over the bundles a search with these filters needs (bundlesFor). The index
 * is one Pagefind bundle per shard of the archive (`<base>pagefind/<name>/`, listed in
 * `<base>pagefind/bundles.json`; src/integrations/pagefind.ts): the first one loaded searches,
 * the others are merged into it as searches need them (Pagefind's mergeIndex), so one search
 * runs over all it needs, and a bundle once merged stays.
 */
export async function loadPagefind(base: string, filters: Filters = {}): Promise<PagefindModule> {
  table ??= fetch(bundleUrl(base, "bundles.json")).then(async (response) => (response.ok ? ((await response.json()) as BundleTable) : { bundles: [] }));
  const bundles = bundlesFor(await table, filters);
  if (bundles.length === 0) throw new Error("the search index lists no bundles");
  if (module === undefined) {
    loaded.add(bundles[0]!);
    module = initialise(base, bundles[0]!);
  }
  const pagefind = await module;
  const missing = bundles.filter((name) => !loaded.has(name));
  for (const name of missing) loaded.add(name);
  // Merged bundles are searched with the first one's language and options; one merge at a time.
  merging = merging.catch(() => undefined).then(async () => {
    for (const name of missing) await pagefind.mergeIndex(new URL(bundleUrl(base, `${name}/`), location.href).href, { language: INDEX_LANGUAGE, baseUrl: "/" });
  });
  await merging;
  return pagefind;
}

/**
 * Sorting by year: each year is a word of the index (facetToken), so the pages of a year are one
 * more word search, made only when the reader sorts. Pagefind's own sort (data-pagefind-sort)
 * would put a list of every page in the page list that each visit's first search loads (~44 KB of
 * 340 on a 22,000-page archive).
 */
async function sortByYear(pagefind: PagefindModule, results: PagefindResult[], years: string[], order: SortOrder): Promise<PagefindResult[]> {
  if (order === "relevance" || results.length < 2 || years.length === 0) return results;
  const yearOf = new Map<string, number>();
  await Promise.all(
    years.map(async (year) => {
      const pages = (await pagefind.search(facetToken("year", year)))?.results ?? [];
      for (const page of pages) yearOf.set(page.id, Number(year));
    }),
  );
  const sign = order === "year-desc" ? -1 : 1;
  const keyed = results.map((result, rank) => ({ result, rank, year: yearOf.get(result.id) }));
  keyed.sort((a, b) => {
    if (a.year === undefined || b.year === undefined) return a.year === b.year ? a.rank - b.rank : a.year === undefined ? 1 : -1;
    return sign * (a.year - b.year) || a.rank - b.rank;
  });
  return keyed.map((entry) => entry.result);
}

/**
 * The pages that contain every part of the query and pass the filters. Each query part and each
 * filter (a word of the index, facetToken) is one Pagefind search; a page must be in all of them.
 */
export async function findPages(
  pagefind: PagefindModule,
  query: string,
  filters: Filters = {},
  sort: SortOrder = "relevance",
  /** The archive's years (facets.json), for sorting by year. */
  years: string[] = [],
): Promise<Found> {
  const parts = queryParts(query);
  const filterWords = Object.entries(filters).flatMap(([key, values]) =>
    values.slice(0, 1).map((value) => facetToken(key, value)),
  );
  const searches = [
    ...parts.map((part) => ({ term: part.pagefindQuery, offsets: part.offsets })),
    ...filterWords.map((term) => ({ term, offsets: [0] })),
  ];
  if (searches.length === 0) return { parts, results: [] };
  const responses = await Promise.all(
    searches.map(async ({ term, offsets }) => {
      const results = (await pagefind.search(term))?.results ?? [];
      return offsets.length > 1 ? results.filter((result) => hasPattern(result.words, offsets)) : results;
    }),
  );
  const [first, ...others] = responses;
  const inAll = others.map((results) => new Set(results.map((result) => result.id)));
  const results = (first ?? []).filter((result) => inAll.every((ids) => ids.has(result.id)));
  return { parts, results: await sortByYear(pagefind, results, years, sort) };
}

/** Start loading the index chunks a query needs while the reader is still typing. */
export async function preloadQuery(pagefind: PagefindModule, query: string): Promise<void> {
  await Promise.all(queryParts(query).map((part) => pagefind.preload(part.pagefindQuery)));
}

/** Whether some position p has p + offset among the matched positions for every offset. */
export function hasPattern(positions: number[], offsets: number[]): boolean {
  const matched = new Set(positions);
  for (const start of matched) {
    if (offsets.every((offset) => matched.has(start + offset))) return true;
  }
  return false;
}

/** Whether a page's text has every part of the query (the pairs in a row could, rarely, spell another string). */
export function containsAll(text: string, parts: QueryPart[]): boolean {
  const lower = text.toLowerCase();
  return parts.every((part) => part.offsets.length === 1 || lower.includes(part.text.toLowerCase()));
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
    status: page.meta.status ?? "",
    rate: page.meta.rate ?? "",
    matches: containsAll(text, parts),
    excerptHtml: excerpt(text, parts.map((part) => part.text), decodeText(page.meta.title ?? "")),
  };
}

/** Characters of context on each side of the first match. */
const CONTEXT = 40;

/** Where a sentence ends: 。！？；and line breaks. */
const SENTENCE_END = /[。！？；!?;\n]/u;

/**
 * The sentence around the first match (cut to CONTEXT characters before and twice that after
 * it when the sentence is longer), HTML-escaped, every match marked. A match in the page's
 * sentences wins over one in its title (which the result shows already); without a match in
 * the text, the first full sentence.
 */
export function excerpt(text: string, terms: string[], title = ""): string {
  const wanted = terms.filter((term) => term !== "").sort((a, b) => b.length - a.length);
  const lower = text.toLowerCase();
  const after = title !== "" && text.startsWith(title) ? title.length : 0;
  const firstFrom = (from: number) => wanted.map((term) => lower.indexOf(term.toLowerCase(), from)).filter((at) => at >= 0);
  const pastTitle = after > 0 && firstFrom(after).length > 0;
  const positions = pastTitle ? firstFrom(after) : firstFrom(0);
  const at = positions.length > 0 ? Math.min(...positions) : 0;
  const floor = pastTitle ? after : 0;
  let start = at;
  while (start > floor && at - start < CONTEXT && !SENTENCE_END.test(text[start - 1]!)) start--;
  let end = at;
  while (end < text.length && end - at < CONTEXT * 2 && !SENTENCE_END.test(text[end]!)) end++;
  if (end < text.length && SENTENCE_END.test(text[end]!)) end++;
  start = text.slice(start, at).search(/\S/u) >= 0 ? start + text.slice(start, at).search(/\S/u) : start;
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
