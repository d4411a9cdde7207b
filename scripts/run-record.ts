// What `npm run ingest` wrote for each province in its last run into an output folder, kept beside
// the readings of that converter version (scripts/reading-cache.ts). Merging and enriching never
// reach across provinces (src/ingest/batches.ts), so a province whose documents are the same ones,
// byte for byte, and whose files are still as the run left them, would come out the same: the next
// run keeps its files and does not finish it again. A changed converter has another readings folder,
// so it starts without a record.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Finding } from "../src/ingest/model.ts";

export interface ProvinceRecord {
  /** documentKey of each document that gives the province's reports, sorted. */
  documents: string[];
  /** Each file written for it (path under the output folder) → [size, mtime in ms] as the run left it. */
  files: Record<string, [number, number]>;
  reports: number;
  projects: number;
  figures: number;
  /** Its review findings by document. */
  findings: Record<string, Finding[]>;
}

export interface RunRecord {
  provinces: Record<string, ProvinceRecord>;
}

/** Where the record of runs into `outDir` is kept, under the readings folder of this converter version. */
export function runRecordPath(versionDir: string, outDir: string): string {
  const key = createHash("sha256").update(path.resolve(outDir)).digest("hex").slice(0, 16);
  return path.join(versionDir, "runs", `${key}.json`);
}

export function readRunRecord(where: string): RunRecord | null {
  try {
    return existsSync(where) ? (JSON.parse(readFileSync(where, "utf8")) as RunRecord) : null;
  } catch {
    // a damaged record: finish every province again
    return null;
  }
}

export function writeRunRecord(where: string, record: RunRecord): void {
  try {
    mkdirSync(path.dirname(where), { recursive: true });
    const partial = `${where}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify(record));
    renameSync(partial, where);
  } catch {
    // without a record the next run finishes every province: slower, never wrong
  }
}

/** The [size, mtime] of each file as it is now, or null where one is missing. */
export function fileStamps(outDir: string, paths: Iterable<string>): Record<string, [number, number]> | null {
  const stamps: Record<string, [number, number]> = {};
  for (const relative of paths) {
    const full = path.join(outDir, relative);
    if (!existsSync(full)) return null;
    const stat = statSync(full);
    stamps[relative] = [stat.size, stat.mtimeMs];
  }
  return stamps;
}

/** Whether a province's files may be kept: the same documents as last time, and its files untouched since. */
export function provinceUnchanged(outDir: string, last: ProvinceRecord | undefined, documents: string[]): boolean {
  if (!last || last.documents.length !== documents.length || last.documents.some((d, k) => d !== documents[k])) return false;
  const now = fileStamps(outDir, Object.keys(last.files));
  return !!now && Object.entries(last.files).every(([file, [size, mtime]]) => now[file]![0] === size && now[file]![1] === mtime);
}
