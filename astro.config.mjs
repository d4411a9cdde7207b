// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { fileURLToPath } from "node:url";
import { handWrittenBodies } from "./src/integrations/hand-written-bodies.ts";
import { archiveDownloads } from "./src/integrations/archive-downloads.ts";
import { pageFiles } from "./src/integrations/page-files.ts";
import { shardOutput } from "./src/integrations/shard-output.ts";

// GitHub Pages: SITE_URL is the origin (https://user.github.io), BASE_PATH the
// repository path (/minsheng-archive/). Local use needs neither.
const LOCAL_SITE = "http://localhost:4321";
const site = process.env.SITE_URL || LOCAL_SITE;
if (!process.env.SITE_URL && process.argv.includes("build")) {
  // Canonical links, citation meta, JSON-LD, the sitemap, the feed and the CSVs' project_url
  // are absolute: a build meant for the web needs the address it will be served from.
  const message = `SITE_URL is not set: every absolute URL in this build points at ${LOCAL_SITE} (set SITE_URL=https://<user>.github.io to publish)`;
  if (process.env.REQUIRE_SITE_URL) throw new Error(message);
  console.warn(`\n\u001b[1;33m⚠ ${message}\u001b[0m\n`);
}
const base = process.env.BASE_PATH ?? "/";

/** @param {string | undefined} contentDir */
function cacheDirFor(contentDir) {
  if (!contentDir || contentDir === "content") return "./node_modules/.astro";
  return `./node_modules/.astro-${contentDir.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "")}`;
}

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Pages are rendered eight at a time: a page's render is short and its file write is I/O,
  // which one at a time left the CPU idle for most of the rendering (README "## Benchmarks").
  build: { format: "directory", concurrency: 8 },
  // Where the site is written: dist/, or another folder for a second build (e.g. with a base
  // path). Astro keeps build state in <root>/.astro/, so two builds of one checkout must not
  // run at the same time; bench:build builds in a copy of the project for that reason.
  outDir: process.env.OUT_DIR ?? "./dist",
  // The content data store lives in the cache: a build from another CONTENT_DIR (the site
  // fixtures) gets its own, so entries of one content tree never linger in the other.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? cacheDirFor(process.env.CONTENT_DIR),
  // The search index is written after the build, by scripts/index-search.ts (npm run build:site);
  // the whole archive's JSON and CSV and each project's CSV and JSON once the pages are written,
  // and the report and project embed pages, from the converter's files (src/integrations/archive-downloads.ts, page-files.ts).
  // A province shard of a sharded build (SHARD, SHARD_PLAN: src/lib/shard.ts) then drops the
  // site-wide pages it rendered from its own provinces; the common shard has those.
  integrations: [mdx(), archiveDownloads(), pageFiles(), shardOutput()],
  // Report bodies an archivist edited (a <Note>) are compiled by @astrojs/mdx, the converter's
  // are not (src/integrations/hand-written-bodies.ts).
  vite: { plugins: [handWrittenBodies(fileURLToPath(new URL(`${process.env.CONTENT_DIR ?? "content"}/reports/`, import.meta.url)))] },
});
