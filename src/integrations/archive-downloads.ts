// The whole archive's downloads, written once the pages are, from the converter's files read one
// report at a time (src/lib/content-files.ts), so that no text of the whole archive and no second
// copy of it is ever held (issue 14: at 32,000 region-years the JSON is ~2 GB, longer than any
// string V8 can make):
//   <base>/data/archive.json   the contract's model, {reports, rejected}, as JSON.stringify(…, null, 2) writes it
//   <base>/data/archive.csv    every figure of the archive, one row each
// A whole build and the common shard of a sharded build write them (src/lib/shard.ts); the data
// page's version is the hash of the same JSON (src/lib/dataset.ts). `astro dev` serves the same
// texts from src/pages/data/[name].json.ts and [name].csv.ts.
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import type { AstroIntegration } from "astro";
import { archivePieces, contentDir } from "../lib/content-files.ts";
import { projectUrlFromConfig, type ProjectUrl } from "../lib/csv.ts";
import { rendersSitePages } from "../lib/shard.ts";

export const ARCHIVE_JSON = "data/archive.json";
export const ARCHIVE_CSV = "data/archive.csv";

/** Writes both files under `outDir`; returns the reports written. */
export function writeArchiveDownloads(content: string, outDir: string, projectUrl: ProjectUrl): number {
  mkdirSync(path.join(outDir, "data"), { recursive: true });
  const jsonFd = openSync(path.join(outDir, ARCHIVE_JSON), "w");
  const csvFd = openSync(path.join(outDir, ARCHIVE_CSV), "w");
  try {
    return archivePieces(content, (text) => writeSync(jsonFd, text), { projectUrl, write: (text) => writeSync(csvFd, text) });
  } finally {
    closeSync(jsonFd);
    closeSync(csvFd);
  }
}

export function archiveDownloads(): AstroIntegration {
  let projectUrl: ProjectUrl = (id) => `/${id}/`;
  return {
    name: "minsheng-archive-downloads",
    hooks: {
      "astro:config:done": ({ config }) => {
        projectUrl = projectUrlFromConfig(config);
      },
      "astro:build:done": ({ dir, logger }) => {
        if (!rendersSitePages()) return;
        const count = writeArchiveDownloads(contentDir(), fileURLToPath(dir), projectUrl);
        logger.info(`${ARCHIVE_JSON} and ${ARCHIVE_CSV}: ${count} reports`);
      },
    },
  };
}
