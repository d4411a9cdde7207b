// The search index: after `astro build`, index the built pages with Pagefind's Node API and
// write the bundle to <outDir>/pagefind/. Run by scripts/index-search.ts (npm run build:site) in
// a process of its own once astro's has exited, so that the two processes' memory peaks do not
// add up (README "## Benchmarks").
//
// Each page reaches Pagefind as a record of its searchable text with Han runs written as
// character pairs (pagefind-html.ts); the browser turns a query into the same pairs
// (src/client/search-bigrams.ts). README "## Search" has the measurements.

import { existsSync, readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { indexRecord, type Facet } from "./pagefind-html.ts";
import { FOLD_FILE, searchFold } from "./search-fold.ts";
import { SCOPE_KEYS, type BundleTable } from "../client/search.ts";
import { bundleOf, currentShard, type ShardPlan } from "../lib/shard.ts";

/** How page text reaches the index: as character pairs (ours) or as Pagefind cuts it. */
export type Tokenisation = "pairs" | "pagefind";

export interface IndexSiteOptions {
  /** The built site. */
  dir: string;
  /** The site's base path, "/" or "/minsheng-archive/": result URLs include it. */
  base: string;
  /** Bundle folder inside `dir`; the site's client loads "pagefind". */
  bundle?: string;
  tokenisation?: Tokenisation;
  /**
   * How the pair index is cut (src/lib/shard.ts): one Pagefind bundle per shard of the plan, at
   * <bundle>/<shard>/ (pages outside every shard: <bundle>/common/), or one, <bundle>/all/,
   * without a plan. Default: this build's (SHARD_PLAN).
   */
  plan?: ShardPlan | null;
  /**
   * Write the tables the search page loads over all bundles (bundles.json, facets.json,
   * fold.json): a whole build does; a shard of a sharded build leaves that to
   * `scripts/shards.ts merge`. Default: whether this build is a whole one (no SHARD).
   */
  tables?: boolean;
  log?: (message: string) => void;
}

export interface IndexSiteSummary {
  pages: number;
  bundle: string;
}

/** Pages sent to the Pagefind service at once, and batches sent before waiting for the oldest. */
const BATCH = 64;
const BATCHES_IN_FLIGHT = 4;
/** The language of the pair index: "no linguistic content", so neither jieba nor a stemmer cuts the pairs again. */
const PAIRS_LANGUAGE = "zxx";

/**
 * Indexes the built site. The pair index is written as one Pagefind bundle per shard, one after
 * another, so no Pagefind process holds more than one shard's pages, and a sharded build's
 * shards write the very same bundles (src/lib/shard.ts); the search page merges them at query
 * time (Pagefind's mergeIndex, src/client/search.ts). "pagefind" tokenisation (the benchmark's
 * baseline) writes one plain bundle at <bundle>/.
 */
export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteSummary> {
  const { dir, base, bundle = "pagefind", tokenisation = "pairs", log = () => {} } = options;
  const files = htmlFiles(dir).filter((file) => !file.startsWith(`${bundle}/`));
  await rm(path.join(dir, bundle), { recursive: true, force: true });
  if (tokenisation === "pagefind") {
    const written = await indexBundle({ dir, base, files, outputPath: path.join(dir, bundle), tokenisation, log });
    return { pages: written?.pages ?? 0, bundle };
  }
  const shard = currentShard();
  const plan = options.plan === undefined ? shard.plan : options.plan;
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const name = bundleOf(file, plan);
    // Pushed, not copied: a copy per page was quadratic (11 s of CPU for one 37,000-page bundle).
    const group = groups.get(name);
    if (group) group.push(file);
    else groups.set(name, [file]);
  }
  let pages = 0;
  for (const [name, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const written = await indexBundle({ dir, base, files: group, outputPath: path.join(dir, bundle, name), tokenisation, log });
    pages += written?.pages ?? 0;
  }
  if (options.tables ?? shard.kind === "all") await writeSearchTables(path.join(dir, bundle));
  return { pages, bundle };
}

interface IndexBundleOptions {
  dir: string;
  base: string;
  /** Paths of the pages (relative to `dir`), in order: the bundle is the same bytes for the same list. */
  files: string[];
  outputPath: string;
  tokenisation: Tokenisation;
  log: (message: string) => void;
}

/** One Pagefind bundle of `files` at `outputPath` (and, for pairs, its SEARCH_INPUT_FILE); none when no page has searchable text. */
async function indexBundle(options: IndexBundleOptions): Promise<{ pages: number } | null> {
  const { dir, base, files, outputPath, tokenisation, log } = options;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const facets: Facet[] = [];
  /** The indexed characters and region names, for the query fold table (fold.json). */
  const characters = new Set<string>();
  const regionNames = new Set<string>();
  let records = 0;
  const started = performance.now();
  // Batches are sent in file order (the index is the same bytes every build), but the next batch
  // is read while Pagefind still indexes the ones before: the two processes overlap.
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const htmls = await Promise.all(batch.map((file) => readFile(path.join(dir, file), "utf8")));
    const added = batch.map((file, i) => {
      const url = pageUrl(base, file);
      records += 1;
      if (tokenisation === "pagefind") return index.addHTMLFile({ url, content: htmls[i]! });
      const record = indexRecord(htmls[i]!);
      if (!record) {
        records -= 1;
        return null;
      }
      facets.push(...record.facets);
      for (const character of record.content) characters.add(character);
      for (const name of (record.meta["region"] ?? "").split(" ")) if (name) regionNames.add(name);
      return index.addCustomRecord({ url, content: record.content, language: PAIRS_LANGUAGE, meta: record.meta });
    });
    const checked = Promise.all(added).then((responses) => {
      for (const [i, response] of responses.entries()) {
        if (response && response.errors.length > 0) throw new Error(`Pagefind: ${batch[i]}: ${response.errors.join("; ")}`);
      }
    });
    checked.catch(() => {}); // awaited below; a failure must not count as unhandled meanwhile
    inFlight.push(checked);
    if (inFlight.length >= BATCHES_IN_FLIGHT) await inFlight.shift();
  }
  await Promise.all(inFlight);
  if (records === 0) {
    await index.deleteIndex();
    return null;
  }
  const read = performance.now();
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await index.deleteIndex();
  if (tokenisation === "pairs") {
    const input: SearchInput = { facets: facetCounts(facets), characters: [...characters].sort().join(""), regions: [...regionNames].sort() };
    await writeFile(path.join(outputPath, SEARCH_INPUT_FILE), JSON.stringify(input));
  }
  const pages = await indexedPageCount(outputPath);
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  log(`indexed ${pages} of ${files.length} pages (${tokenisation}) into ${path.basename(path.dirname(outputPath))}/${path.basename(outputPath)}/: read ${seconds(started, read)}, written ${seconds(read, performance.now())}`);
  return { pages };
}

/** Beside Pagefind's files: every filter value and its page count, for the filter menus. */
export const FACETS_FILE = "facets.json";
/**
 * The bundles the search page merges, in order, and (with more than one) the provinces and cities
 * each holds, so that a search filtered to one loads only its bundles:
 * {"bundles": ["s1", "s2"], "holds": {"s1": {"province": ["四川省"], "city": […]}, …}}.
 */
export const BUNDLES_FILE = "bundles.json";
/** In each bundle: what the tables over all bundles are made from (writeSearchTables). */
export const SEARCH_INPUT_FILE = "search-input.json";

type FacetCounts = Record<string, Record<string, number>>;

interface SearchInput {
  facets: FacetCounts;
  /** Every character indexed, sorted, once. */
  characters: string;
  regions: string[];
}

function facetCounts(facets: Facet[]): FacetCounts {
  const counts: FacetCounts = {};
  for (const [key, value] of facets) {
    const values = (counts[key] ??= {});
    values[value] = (values[value] ?? 0) + 1;
  }
  return counts;
}

/**
 * The tables the search page loads, over every bundle in `root` (each a folder with its
 * SEARCH_INPUT_FILE), in name order: the bundle list, the filter values with their page counts
 * summed, and the fold table of all indexed characters and regions. The same function for a
 * whole build and for `scripts/shards.ts merge`, so the two write the same bytes.
 */
export async function writeSearchTables(root: string): Promise<string[]> {
  const bundles = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(root, entry.name, SEARCH_INPUT_FILE)))
    .map((entry) => entry.name)
    .sort();
  const facets: FacetCounts = {};
  const characters = new Set<string>();
  const regions = new Set<string>();
  const holds: NonNullable<BundleTable["holds"]> = {};
  for (const name of bundles) {
    const input = JSON.parse(await readFile(path.join(root, name, SEARCH_INPUT_FILE), "utf8")) as SearchInput;
    holds[name] = Object.fromEntries(SCOPE_KEYS.map((key) => [key, Object.keys(input.facets[key] ?? {}).sort()]));
    for (const [key, values] of Object.entries(input.facets)) {
      const merged = (facets[key] ??= {});
      for (const [value, count] of Object.entries(values)) merged[value] = (merged[value] ?? 0) + count;
    }
    for (const character of input.characters) characters.add(character);
    for (const region of input.regions) regions.add(region);
  }
  const table: BundleTable = bundles.length > 1 ? { bundles, holds } : { bundles };
  await writeFile(path.join(root, BUNDLES_FILE), JSON.stringify(table));
  await writeFile(path.join(root, FACETS_FILE), JSON.stringify(facets));
  await writeFile(path.join(root, FOLD_FILE), JSON.stringify(searchFold(characters, regions)));
  return bundles;
}

/** Pages in the written index (pages without data-pagefind-body are left out once any has it). */
async function indexedPageCount(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, "pagefind-entry.json"), "utf8")) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** reports/henan/2023/index.html → /minsheng-archive/reports/henan/2023/ */
export function pageUrl(base: string, file: string): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return prefix + file.replace(/(^|\/)index\.html$/u, "$1");
}

/** Sorted paths of the built pages (the synchronous listing: node's recursive async readdir takes seconds for 24,000 pages). */
function htmlFiles(dir: string): string[] {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}
