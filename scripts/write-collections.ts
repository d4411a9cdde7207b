// Writes the converter's collections into the content folder as the converter's output says,
// and nothing else: a file whose text is unchanged is left alone, a file the output no longer
// has (a removed seed's page) is deleted, and so are the folders that leaves empty. After one
// document is added, only the files of its region-year (and the reports it links) are written.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** The collections the converter owns inside the content folder. */
const COLLECTIONS = ["reports", "rejected"];

/** `files`: path inside `outDir` → text (mdx.ts contentFiles). Returns how many files were written and removed. */
export function writeCollections(outDir: string, files: Map<string, string>): { written: number; removed: number } {
  const writer = new CollectionWriter(outDir);
  writer.write(files);
  return writer.finish();
}

/**
 * The same, for output that comes in parts (the converter's provinces, scripts/ingest.ts): each
 * part is written as it comes, and `finish` then removes what no part had.
 */
export class CollectionWriter {
  private readonly kept = new Set<string>();
  private written = 0;

  constructor(private readonly outDir: string) {}

  write(files: ReadonlyMap<string, string>): void {
    for (const [relative, text] of files) {
      this.kept.add(relative);
      const full = path.join(this.outDir, relative);
      if (existsSync(full) && readFileSync(full, "utf8") === text) continue;
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
      this.written++;
    }
  }

  /** Keeps files already in place, as written by an earlier run (their province's documents did not change). */
  keep(paths: Iterable<string>): void {
    for (const relative of paths) this.kept.add(relative);
  }

  /** Whether a part written so far had this path. */
  has(relative: string): boolean {
    return this.kept.has(relative);
  }

  finish(): { written: number; removed: number } {
    let removed = 0;
    for (const collection of COLLECTIONS) {
      const dir = path.join(this.outDir, collection);
      if (!existsSync(dir)) continue;
      for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (entry.isDirectory()) continue;
        const full = path.join(entry.parentPath, entry.name);
        if (!this.kept.has(path.relative(this.outDir, full).split(path.sep).join("/"))) {
          rmSync(full, { force: true });
          removed++;
        }
      }
      removeEmptyFolders(dir);
    }
    return { written: this.written, removed };
  }
}

/** Removes the folders below `dir` (and `dir`) that hold no file; returns whether `dir` is gone. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !removeEmptyFolders(path.join(dir, entry.name))) empty = false;
  }
  if (empty) rmdirSync(dir);
  return empty;
}
