// A sharded build merged is the site a whole build gives (issue 14; docs/ARCHITECTURE.md
// "Sharded builds"). A small generated archive (scripts/gen-corpus.ts, 120 region-years over
// ~28 provinces, through the converter) is built once whole and once as three province shards
// plus the common shard, each an `npm run build:site` of its own with SHARD and SHARD_PLAN as
// the GitHub Actions matrix runs them, then merged with scripts/shards.ts.
//
// What must hold: the same files, every one the same bytes — the pages, the downloads, the
// assets and the search bundles too (a whole build with the plan indexes shard by shard, as
// the shards do; only a whole build *without* a plan differs, in pagefind/ alone: one bundle,
// all/, instead of one per shard). Each shard wrote only its part. Search on the merged site
// (headless Debian chromium) finds pages of every shard, and recall and precision hold.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawn } from "node:child_process";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeCorpus } from "../../scripts/gen-corpus.ts";
import { mergeShards, planShards, readReports } from "../../scripts/shards.ts";
import { COMMON_SHARD, provinceOf, type ShardPlan } from "../../src/lib/shard.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";
import { queryTerms, readCorpus, relevantPages, scoreTerm, summarise } from "../search/corpus.ts";
import { foldCharacters } from "../../src/integrations/search-fold.ts";
import type { BundleTable } from "../../src/client/search.ts";
import { buildSite } from "../search/site.ts";
import { BASE, ROOT, SITE_URL, runDir } from "./build.ts";

const SHARDS = 3;

let work: string;
let plan: ShardPlan;
let whole: string;
let merged: string;
const shardDirs = new Map<string, string>();

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} (${code}):\n${output}`))));
  });
}

/** `npm run build:site` of the generated content with the plan, as one shard (or whole, without SHARD). */
async function build(outDir: string, shard?: string): Promise<void> {
  process.env.SITE_URL = SITE_URL;
  process.env.SHARD_PLAN = path.join(work, "shards.json");
  if (shard) process.env.SHARD = shard;
  else delete process.env.SHARD;
  try {
    await buildSite({ outDir, base: BASE, contentDir: path.join(work, "content") });
  } finally {
    delete process.env.SHARD;
    delete process.env.SHARD_PLAN;
  }
}

beforeAll(async () => {
  work = path.join(runDir(), "shards");
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  writeCorpus(path.join(work, "seeds"), { reports: 120, seed: 3 });
  await run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/ingest.ts", "--seeds", path.join(work, "seeds"), "--out", path.join(work, "content"), "--no-cache"]);
  plan = planShards(readReports(path.join(work, "content")), SHARDS);
  writeFileSync(path.join(work, "shards.json"), JSON.stringify(plan));
  whole = path.join(work, "whole");
  await build(whole);
  for (const name of [...plan.shards.map((shard) => shard.name), COMMON_SHARD]) {
    shardDirs.set(name, path.join(work, `shard-${name}`));
    await build(shardDirs.get(name)!, name);
  }
  merged = path.join(work, "merged");
  await mergeShards(merged, [...shardDirs.values()]);
});

describe("a sharded build, merged", () => {
  it("has a plan of whole provinces over several shards", () => {
    expect(plan.shards).toHaveLength(SHARDS);
    const provinces = plan.shards.flatMap((shard) => shard.provinces);
    expect(new Set(provinces).size).toBe(provinces.length);
    expect(provinces.length).toBeGreaterThan(SHARDS * 3);
  });

  it("is the whole build's site: the same files, each the same bytes", () => {
    const wholeFiles = listFiles(whole);
    const mergedFiles = listFiles(merged);
    expect(wholeFiles.filter((file) => file.endsWith(".html")).length).toBeGreaterThan(1000);
    expect(mergedFiles).toEqual(wholeFiles);
    const differing = wholeFiles.filter((file) => !readFileSync(path.join(whole, file)).equals(readFileSync(path.join(merged, file))));
    expect(differing).toEqual([]);
    // The search index included: one bundle per shard in both.
    const bundles = JSON.parse(readFileSync(path.join(merged, "pagefind/bundles.json"), "utf8")) as { bundles: string[] };
    expect(bundles.bundles).toEqual(plan.shards.map((shard) => shard.name));
  });

  it("is the same site merged with --link, its files the shards' own (hard links, no second copy)", async () => {
    const linked = path.join(work, "linked");
    await mergeShards(linked, [...shardDirs.values()], { link: true });
    const files = listFiles(linked);
    expect(files).toEqual(listFiles(merged));
    expect(files.filter((file) => !readFileSync(path.join(linked, file)).equals(readFileSync(path.join(merged, file))))).toEqual([]);
    const owner = plan.shards[0]!;
    const page = listFiles(shardDirs.get(owner.name)!).find((file) => file.endsWith("index.html"))!;
    expect(statSync(path.join(linked, page)).ino).toBe(statSync(path.join(shardDirs.get(owner.name)!, page)).ino);
    rmSync(linked, { recursive: true, force: true });
  });

  it("took each file from the one shard that owns it", () => {
    const provinces = new Set(plan.shards.flatMap((shard) => shard.provinces));
    for (const shard of plan.shards) {
      const top = readdirSync(shardDirs.get(shard.name)!).sort();
      expect(top).toEqual([...shard.provinces, "_astro", "pagefind"].sort());
      expect(readdirSync(path.join(shardDirs.get(shard.name)!, "pagefind"))).toEqual([shard.name]);
    }
    const common = readdirSync(shardDirs.get(COMMON_SHARD)!);
    expect(common.filter((entry) => provinces.has(entry))).toEqual([]);
    expect(common).toEqual(expect.arrayContaining(["index.html", "search", "data", "topics", "feed.xml", "sitemap.xml", "_astro"]));
    expect(existsSync(path.join(shardDirs.get(COMMON_SHARD)!, "pagefind"))).toBe(false);
  });
});

describe("search on the merged site", () => {
  const site = siteInChromium(() => merged, BASE);

  it("finds project pages of every shard's bundle, and recall and precision hold over all of them", async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}search/`);
    await page.waitForFunction(() => window.minshengSearch !== undefined);
    const corpus = await readCorpus(merged, BASE);
    const shardOfUrl = (url: string) => plan.shards.find((shard) => shard.provinces.includes(provinceOf(url.slice(BASE.length))))?.name;
    // Per shard: the titles of its first pages find them (and every page holding the title), a
    // title in traditional characters too (the index and the query are both folded).
    const titleOf = (url: string) => /<h1[^>]*>([^<]+)/u.exec(readFileSync(path.join(merged, url.slice(BASE.length), "index.html"), "utf8"))?.[1]?.trim() ?? "";
    for (const shard of plan.shards) {
      const urls = [...corpus.keys()].filter((url) => shardOfUrl(url) === shard.name).slice(0, 3);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        const title = titleOf(url);
        const returned = await page.evaluate((query) => window.minshengSearch!.urls(query), title);
        expect(returned, `${title} (${shard.name})`).toContain(url);
        expect([...relevantPages(corpus, foldCharacters(title))].every((relevant) => returned.includes(relevant))).toBe(true);
      }
    }
    const scores = [];
    const shardsFound = new Set<string>();
    for (const term of queryTerms(corpus, 40)) {
      const returned = await page.evaluate((query) => window.minshengSearch!.urls(query), term);
      for (const url of returned) shardsFound.add(shardOfUrl(url) ?? COMMON_SHARD);
      scores.push(scoreTerm(term, relevantPages(corpus, term), new Set(returned)));
    }
    expect([...shardsFound].sort()).toEqual(plan.shards.map((shard) => shard.name).sort());
    const summary = summarise(scores);
    expect(summary.recall).toBeGreaterThanOrEqual(0.99);
    expect(summary.precision).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });

  it("filtered to a province, loads only the bundle holding it, and finds there what the whole index finds", async () => {
    const owner = plan.shards[1]!;
    const corpus = await readCorpus(merged, BASE);
    const url = [...corpus.keys()].find((found) => owner.provinces.includes(provinceOf(found.slice(BASE.length))))!;
    const html = readFileSync(path.join(merged, url.slice(BASE.length), "index.html"), "utf8");
    const title = /<h1[^>]*>([^<]+)/u.exec(html)![1]!.trim();
    const province = /data-pagefind-filter="province:([^"]+)"/u.exec(html)![1]!;
    const table = JSON.parse(readFileSync(path.join(merged, "pagefind/bundles.json"), "utf8")) as BundleTable;
    expect(table.holds?.[owner.name]?.["province"]).toContain(province);
    const page = await site.browser.newPage();
    const bundlesFetched = new Set<string>();
    page.on("request", (request) => {
      const bundle = /\/pagefind\/([^/]+)\//u.exec(request.url())?.[1];
      if (bundle) bundlesFetched.add(bundle);
    });
    await page.goto(`${site.server.url}search/`);
    await page.waitForFunction(() => window.minshengSearch !== undefined);
    const urls = (query: string, filters: Record<string, string[]>) => page.evaluate(([q, f]) => window.minshengSearch!.urls(q, f), [query, filters] as const);
    const scoped = await urls(title, { province: [province] });
    expect(scoped).toContain(url);
    expect([...bundlesFetched]).toEqual([owner.name]);
    expect(scoped.every((found) => owner.provinces.includes(provinceOf(found.slice(BASE.length))))).toBe(true);
    // Searched unfiltered, the page merges every bundle; the same filter then finds the same pages.
    await urls(title, {});
    expect([...bundlesFetched].sort()).toEqual(plan.shards.map((shard) => shard.name).sort());
    expect((await urls(title, { province: [province] })).sort()).toEqual([...scoped].sort());
    await page.close();
  });
});
