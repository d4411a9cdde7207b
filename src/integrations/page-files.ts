// Files beside the report and project pages, written once after the build in one pass over the
// converter's files (src/lib/content-files.ts, a report at a time, so no copy of the archive is
// held): each project's downloads (src/integrations/project-downloads.ts) and the report and
// project embed pages, filled into the embed frame the build rendered (src/lib/embed-frame.ts).
// Astro writes the output without the base path (dist/henan/2023/01/), and serves it under it.
import { readFile, rm } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { asReport, type ReportFileData } from "../lib/content-files.ts";
import { projectUrlFromConfig, type ProjectUrl } from "../lib/csv.ts";
import { EMBED_FRAME_ID, embedFiles, parseEmbedFrame } from "../lib/embed-frame.ts";
import { currentShard } from "../lib/shard.ts";
import { pageUrlUnder } from "../lib/url.ts";
import { PROJECT_CSV, PROJECT_JSON, projectFiles, reportsOf, writeAll } from "./project-downloads.ts";

/** Every file of the reports', in report order: each project's downloads, then its embed pages (`embeds`); `written` counts them. */
function* pageFilesOf(
  reports: Iterable<ReportFileData>,
  projectUrl: ProjectUrl,
  embeds: (report: ReportFileData) => Iterable<[string, string]>,
  written: { downloads: number; embeds: number },
): Generator<[string, string]> {
  for (const report of reports) {
    for (const file of projectFiles([asReport(report)], projectUrl)) {
      written.downloads += 1;
      yield file;
    }
    for (const file of embeds(report)) {
      written.embeds += 1;
      yield file;
    }
  }
}

export function pageFiles(): AstroIntegration {
  let projectUrl: ProjectUrl = (id) => `/${id}/`;
  let base = "/";
  return {
    name: "minsheng-page-files",
    hooks: {
      // A build renders the embed frame in place of each report's and project's embed page, which
      // this fills; `astro dev` renders those pages (src/pages/[...page]/embed.astro reads this).
      "astro:config:setup": ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { "import.meta.env.EMBED_FRAME": JSON.stringify(command === "build") } } });
      },
      "astro:config:done": ({ config }) => {
        projectUrl = projectUrlFromConfig(config);
        base = config.base;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const frameDir = new URL(`${EMBED_FRAME_ID}/`, dir);
        const frameFile = new URL("embed/index.html", frameDir);
        const frame = parseEmbedFrame(await readFile(frameFile, "utf8"), frameFile.pathname);
        await rm(frameDir, { recursive: true });
        // The common shard of a sharded build renders no report or project pages: its shards write these (src/lib/shard.ts).
        const shard = currentShard();
        if (shard.kind === "common") return;
        const written = { downloads: 0, embeds: 0 };
        const link = pageUrlUnder(base);
        await writeAll(pageFilesOf(reportsOf(shard), projectUrl, (report) => embedFiles(report, frame, link), written), dir);
        logger.info(`${written.downloads} project downloads (${PROJECT_CSV}, ${PROJECT_JSON}), ${written.embeds} report and project embed pages`);
      },
    },
  };
}
