// A province shard's output (src/lib/shard.ts): Astro renders every page route, so a shard also
// writes the site-wide pages (home, search, downloads …) from its own provinces only. Those are
// the common shard's; once the build is done they are removed here, so that what a shard leaves
// is exactly its part of the site: its provinces' folders and the shared assets (_astro/).
// Runs after src/integrations/page-files.ts, which writes beside the shard's report and project pages.
import { readdir, rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { currentShard, ownsOutput } from "../lib/shard.ts";

export function shardOutput(): AstroIntegration {
  return {
    name: "minsheng-shard-output",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const shard = currentShard();
        if (shard.kind !== "provinces") return;
        const root = fileURLToPath(dir);
        let removed = 0;
        // By top-level entry: a province's folder, _astro/, or something of the common shard's.
        for (const entry of await readdir(root)) {
          if (ownsOutput(`${entry}/`, shard)) continue;
          await rm(`${root}/${entry}`, { recursive: true, force: true });
          removed += 1;
        }
        logger.info(`shard ${shard.name}: its provinces' pages kept (${[...shard.provinces].join(", ")}); ${removed} site-wide entries left to the common shard`);
      },
    },
  };
}
