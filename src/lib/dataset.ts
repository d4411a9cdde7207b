// What the data page says about the dataset as a whole: its licence, its version (a hash of
// its content, so the same seeds give the same version and no build date is written) and the
// latest date the documents themselves give.
import { createHash } from "node:crypto";
import type { Archive } from "./archive";
import { archiveModel } from "./archive";

export const DATA_LICENCE = {
  name: "知识共享署名 4.0 国际许可协议（CC BY 4.0）",
  url: "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
};

/** The first 12 hex digits of the SHA-256 of data/archive.json as served. */
export function datasetVersion(archive: Archive): string {
  const json = `${JSON.stringify(archiveModel(archive), null, 2)}\n`;
  return createHash("sha256").update(json).digest("hex").slice(0, 12);
}

/** The latest publication or cut-off date among the documents (YYYY-MM-DD), else null. */
export function lastUpdated(archive: Archive): string | null {
  const dates = archive.reports.flatMap((r) => r.data.sources.flatMap((s) => [s.published, s.asOf])).filter((d): d is string => typeof d === "string");
  return dates.length ? dates.sort().at(-1)! : null;
}
