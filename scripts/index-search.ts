// npm run build:site (after `astro build`): index the built site with Pagefind and write the
// bundle to <outDir>/pagefind/ (src/integrations/pagefind.ts; README "## Search").
//
// A process of its own, after astro's has exited: astro's process keeps ~2.3 GB resident after
// rendering an archive of 24,000 pages, and Pagefind peaks near 2 GB while it writes the index,
// so indexing inside astro's build (astro:build:done) added the two peaks (README
// "## Benchmarks"). Reads the same environment as astro.config.mjs: OUT_DIR, BASE_PATH.

import * as pagefind from "pagefind";
import { indexSite } from "../src/integrations/pagefind.ts";

const dir = process.env.OUT_DIR ?? "./dist";
const base = process.env.BASE_PATH ?? "/";

try {
  await indexSite({ dir, base, log: (message) => console.log(`[search index] ${message}`) });
} finally {
  await pagefind.close();
}
