// npm run bench:search — search measured against the text itself (issue 4, README "## Search").
//
//   npm run bench:search                       build the site (with the gold fixture pages) and measure
//   npm run bench:search -- --dist <dir> --base /minsheng-archive/   measure a site already built
//   npm run bench:search -- --copies 180       add the synthetic ~20,000-page archive, measure latency
//   --baseline    also index with Pagefind's own Chinese segmentation and measure that ("before")
//   --terms N     size of the query set (default 80)   --latency N   timed queries (default 30)
//   --content-dir <dir>   build from other content   --no-fixture   without the gold-fixture pages
//   --skip-quality        latency and bytes only (recall on 20,000 pages loads every result)
//   --json <file>         also write the figures as JSON
//   --sample N            draw the query terms from every N-th page only (a national site: ~350,000
//                         pages); quality is then not measured, since it needs every page
//   --filter key=value    time and weigh searches filtered (province=四川省: the search page loads only
//                         the bundles holding it); quality is measured unfiltered
//
// Recall and precision: for each term, the pages whose indexed text contains it (substring)
// against the pages the search returns in headless Chromium (all results, not one page).
// Latency: time from submitting the search form to the first result on screen, index warm.
// Bytes: what Chromium receives (compressed, as GitHub Pages sends it) for the search page and a
// first search in a fresh browser context, then for a further search.

import { parseArgs } from "node:util";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import * as pagefind from "pagefind";
import { indexSite } from "../src/integrations/pagefind.ts";
import { launchChromium } from "../tests/search/browser.ts";
import { queryTerms, readCorpus, relevantPages, scoreTerm, summarise, type TermScore } from "../tests/search/corpus.ts";
import { writeFixtureSite } from "../tests/search/fixture-site.ts";
import { buildSite } from "../tests/search/site.ts";
import { serveStatic } from "./serve-static.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

const { values: options } = parseArgs({
  options: {
    dist: { type: "string" },
    base: { type: "string", default: "/minsheng-archive/" },
    "content-dir": { type: "string" },
    "no-fixture": { type: "boolean", default: false },
    copies: { type: "string", default: "1" },
    baseline: { type: "boolean", default: false },
    terms: { type: "string", default: "80" },
    latency: { type: "string", default: "30" },
    "skip-quality": { type: "boolean", default: false },
    json: { type: "string" },
    filter: { type: "string" },
    sample: { type: "string", default: "1" },
  },
});

const base = options.base;
const copies = Number(options.copies);
/** The search page as latency and bytes are measured: with the filter in its URL, as a link to it would give. */
const searchPath = options.filter ? `search/?${new URLSearchParams([options.filter.split("=", 2) as [string, string]])}` : "search/";

async function prepareSite(): Promise<string> {
  if (options.dist) return path.resolve(options.dist);
  const dir = path.join(ROOT, "node_modules/.cache/search-bench/dist");
  const started = performance.now();
  await buildSite({ outDir: dir, base, contentDir: options["content-dir"] });
  if (!options["no-fixture"]) {
    const pages = await writeFixtureSite({ dir, base, copies });
    const indexed = performance.now();
    const summary = await indexSite({ dir, base });
    console.log(`fixture: ${pages.length} pages written; index of ${summary.pages} pages in ${seconds(performance.now() - indexed)}`);
  }
  console.log(`site built in ${seconds(performance.now() - started)} → ${dir}`);
  return dir;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Every URL a query returns through the site's own search code. */
function ourUrls(page: Page, term: string): Promise<string[]> {
  return page.evaluate((query) => window.minshengSearch!.urls(query), term);
}

/** Every URL plain Pagefind (its own Chinese segmentation, bundle pagefind-baseline/) returns. */
function baselineUrls(page: Page, term: string): Promise<string[]> {
  return page.evaluate(
    async ({ query, bundle }) => {
      type Baseline = {
        options(o: object): Promise<void>;
        search(q: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
      };
      const module = (await import(bundle)) as Baseline;
      await module.options({ baseUrl: "/" });
      const found = await module.search(query);
      return Promise.all(found.results.map(async (result) => (await result.data()).url));
    },
    { query: term, bundle: new URL("../pagefind-baseline/pagefind.js", page.url()).href },
  );
}

async function measureQuality(page: Page, dir: string) {
  const corpus = await readCorpus(dir, base);
  const terms = queryTerms(corpus, Number(options.terms));
  const ways: [string, (term: string) => Promise<string[]>][] = [["pairs (ours)", (term) => ourUrls(page, term)]];
  if (options.baseline) {
    ways.push(["pagefind zh", (term) => baselineUrls(page, term)]);
    ways.push(['pagefind zh "quoted"', (term) => baselineUrls(page, `"${term}"`)]);
  }
  const results: Record<string, ReturnType<typeof summarise> & { worst: TermScore[] }> = {};
  for (const [name, search] of ways) {
    const scores: TermScore[] = [];
    for (const term of terms) scores.push(scoreTerm(term, relevantPages(corpus, term), new Set(await search(term))));
    const worst = scores
      .filter((score) => score.recall < 1 || score.precision < 1)
      .sort((a, b) => a.recall + a.precision - (b.recall + b.precision))
      .slice(0, 8);
    results[name] = { ...summarise(scores), worst };
  }
  return { pages: corpus.size, terms, results };
}

/** Submit the search form with a term; ms until the first result (or "nothing found") shows. */
function timeQuery(page: Page, term: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        const status = document.getElementById("search-status")!;
        const input = document.getElementById("search-q") as HTMLInputElement;
        const form = document.getElementById("search-form") as HTMLFormElement;
        status.textContent = "";
        const started = performance.now();
        const observer = new MutationObserver(() => {
          if (/找到/u.test(status.textContent ?? "")) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
        input.value = query;
        form.requestSubmit();
      }),
    term,
  );
}

async function measureLatency(page: Page, terms: string[]) {
  // Warm: Pagefind loaded and initialised, one search done.
  await timeQuery(page, terms[0] ?? "民生");
  const timed: { term: string; ms: number; found: string }[] = [];
  for (const term of terms.slice(1, 1 + Number(options.latency))) {
    const ms = await timeQuery(page, term);
    timed.push({ term, ms, found: (await page.locator("#search-status").textContent())?.match(/\d+/u)?.[0] ?? "?" });
  }
  timed.sort((a, b) => a.ms - b.ms);
  const timings = timed.map((entry) => entry.ms);
  const at = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))] ?? NaN;
  return {
    queries: timings.length,
    median: at(0.5),
    p95: at(0.95),
    max: timings[timings.length - 1] ?? NaN,
    slowest: timed.slice(-3).reverse(),
  };
}

/**
 * Bytes on the wire (compressed where the server compresses, as GitHub Pages does) for a first
 * search in a fresh browser context — page, Pagefind's runtime, its page list, index chunks and
 * the result fragments — and then for a second query with Pagefind warm.
 */
async function measureBytes(browser: import("playwright-core").Browser, siteUrl: string, first: string, second: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = new Map<string, Promise<number>>();
  page.on("requestfinished", (request) => {
    sizes.set(
      request.url(),
      request.sizes().then((size) => size.responseBodySize + size.responseHeadersSize, () => 0),
    );
  });
  const total = async () => (await Promise.all(sizes.values())).reduce((sum, size) => sum + size, 0);
  await page.goto(`${siteUrl}${searchPath}`);
  await page.waitForFunction(() => window.minshengSearch !== undefined);
  await page.waitForLoadState("networkidle");
  const pageLoad = await total();
  await timeQuery(page, first);
  await page.waitForLoadState("networkidle");
  const cold = await total();
  await timeQuery(page, second);
  await page.waitForLoadState("networkidle");
  const warm = (await total()) - cold;
  const largest = await Promise.all(
    [...sizes].map(async ([url, size]) => ({ file: url.replace(siteUrl, ""), bytes: await size })),
  );
  largest.sort((a, b) => b.bytes - a.bytes);
  await context.close();
  return { first, second, pageLoad, cold, warm, largest: largest.slice(0, 5) };
}

const dir = await prepareSite();
if (options.baseline) {
  const summary = await indexSite({ dir, base, bundle: "pagefind-baseline", tokenisation: "pagefind" });
  console.log(`baseline index (Pagefind's own segmentation): ${summary.pages} pages`);
}
await pagefind.close();

const server = await serveStatic({ root: dir, base });
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.url}search/`);
  await page.waitForFunction(() => window.minshengSearch !== undefined);
  const report: Record<string, unknown> = { dist: dir, base };
  const sample = Number(options.sample);
  const corpus = await readCorpus(dir, base, sample);
  const terms = queryTerms(corpus, Number(options.terms));
  if (!options["skip-quality"] && sample === 1) {
    const quality = await measureQuality(page, dir);
    report.quality = quality;
    console.log(`\nRecall and precision over ${quality.terms.length} terms, ${quality.pages} indexed pages`);
    for (const [name, result] of Object.entries(quality.results)) {
      console.log(
        `  ${name.padEnd(22)} recall ${result.recall.toFixed(3)}  precision ${result.precision.toFixed(3)}` +
          `  (pooled ${result.pooledRecall.toFixed(3)} / ${result.pooledPrecision.toFixed(3)})`,
      );
      for (const worst of result.worst.slice(0, 4)) {
        console.log(`      ${worst.term}: ${worst.correct}/${worst.relevant} relevant found, ${worst.returned} returned`);
      }
    }
  }
  if (options.filter) {
    await page.goto(`${server.url}${searchPath}`);
    await page.waitForFunction(() => window.minshengSearch !== undefined);
  }
  const latency = await measureLatency(page, [...terms].reverse());
  report.latency = latency;
  console.log(
    `\nTime to first results (${sample > 1 ? `terms from 1 page in ${sample}, ${corpus.size} pages` : `${corpus.size} pages`}, warm, ${latency.queries} queries${options.filter ? `, filtered ${options.filter}` : ""}): ` +
      `median ${latency.median.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms, max ${latency.max.toFixed(0)} ms`,
  );
  for (const slow of latency.slowest) console.log(`      ${slow.term}: ${slow.ms.toFixed(0)} ms, ${slow.found} pages found`);
  const bytes = await measureBytes(browser, server.url, "老旧小区", "适老化");
  report.bytes = bytes;
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  console.log(
    `Bytes on the wire: search page ${kb(bytes.pageLoad)}; first search (${bytes.first}) ${kb(bytes.cold - bytes.pageLoad)} ` +
      `more, ${kb(bytes.cold)} in all; a further search (${bytes.second}) ${kb(bytes.warm)}`,
  );
  console.log(`      largest: ${bytes.largest.map((entry) => `${entry.file} ${kb(entry.bytes)}`).join(", ")}`);
  if (options.json) {
    const { writeFile } = await import("node:fs/promises");
    await writeFile(options.json, JSON.stringify(report, null, 2));
  }
} finally {
  await browser.close();
  await server.close();
}
