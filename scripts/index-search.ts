// npm run build:site (after `astro build`): index the built site with Pagefind and write the
// bundle to <outDir>/pagefind/ (src/integrations/pagefind.ts; README "## Search").
//
// A process of its own, after astro's has exited: astro's process stays at ~1.4 GB resident after
// rendering an archive of 24,000 pages, and Pagefind peaks near 1.6 GB while it writes the index,
// so indexing inside astro's build (astro:build:done) would add the two peaks (README
// "## Benchmarks"). build:site runs it with plain node (type stripping) and a 384 MB heap: its live
// heap stays under 100 MB at that scale, and V8 otherwise lets garbage grow to ~250 MB resident.
// Reads the same environment as astro.config.mjs: OUT_DIR, BASE_PATH.

import * as pagefind from "pagefind";
import { indexSite } from "../src/integrations/pagefind.ts";

const dir = process.env.OUT_DIR ?? "./dist";
const base = process.env.BASE_PATH ?? "/";

try {
  await indexSite({ dir, base, log: (message) => console.log(`[search index] ${message}`) });
} finally {
  await pagefind.close();
}
