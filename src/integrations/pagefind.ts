// The search index: after `astro build`, index the built pages with Pagefind's Node API and
// write the bundle to <outDir>/pagefind/. Run by scripts/index-search.ts (npm run build:site) in
// a process of its own once astro's has exited, so that the two processes' memory peaks do not
// add up (README "## Benchmarks").
//
// Each page reaches Pagefind as a record of its searchable text with Han runs written as
// character pairs (pagefind-html.ts); the browser turns a query into the same pairs
// (src/client/search-bigrams.ts). README "## Search" has the measurements.

import { readdirSync } from "node:fs";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import * as pagefind from "pagefind";
import { indexRecord, type Facet } from "./pagefind-html.ts";
import { FOLD_FILE, searchFold } from "./search-fold.ts";

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

export async function indexSite(options: IndexSiteOptions): Promise<IndexSiteSummary> {
  const { dir, base, bundle = "pagefind", tokenisation = "pairs", log = () => {} } = options;
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join("; ")}`);
  const files = htmlFiles(dir).filter((file) => !file.startsWith(`${bundle}/`));
  const facets: Facet[] = [];
  /** The indexed characters and region names, for the query fold table (fold.json). */
  const characters = new Set<string>();
  const regionNames = new Set<string>();
  const started = performance.now();
  // Batches are sent in file order (the index is the same bytes every build), but the next batch
  // is read while Pagefind still indexes the ones before: the two processes overlap.
  const inFlight: Promise<void>[] = [];
  for (let start = 0; start < files.length; start += BATCH) {
    const batch = files.slice(start, start + BATCH);
    const htmls = await Promise.all(batch.map((file) => readFile(path.join(dir, file), "utf8")));
    const added = batch.map((file, i) => {
      const url = pageUrl(base, file);
      if (tokenisation === "pagefind") return index.addHTMLFile({ url, content: htmls[i]! });
      const record = indexRecord(htmls[i]!);
      if (!record) return null;
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
  const read = performance.now();
  await rm(path.join(dir, bundle), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: path.join(dir, bundle) });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  if (tokenisation === "pairs") {
    await writeFacets(path.join(dir, bundle, FACETS_FILE), facets);
    await writeFile(path.join(dir, bundle, FOLD_FILE), JSON.stringify(searchFold(characters, regionNames)));
  }
  await index.deleteIndex();
  const pages = await indexedPageCount(path.join(dir, bundle));
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  log(`indexed ${pages} of ${files.length} pages (${tokenisation}) into ${bundle}/: read ${seconds(started, read)}, written ${seconds(read, performance.now())}`);
  return { pages, bundle };
}

/** Beside Pagefind's files: every filter value and its page count, for the filter menus. */
export const FACETS_FILE = "facets.json";

async function writeFacets(file: string, facets: Facet[]): Promise<void> {
  const counts: Record<string, Record<string, number>> = {};
  for (const [key, value] of facets) {
    const values = (counts[key] ??= {});
    values[value] = (values[value] ?? 0) + 1;
  }
  await writeFile(file, JSON.stringify(counts));
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
