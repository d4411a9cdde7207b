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
  let written = 0;
  let removed = 0;
  for (const collection of COLLECTIONS) {
    const dir = path.join(outDir, collection);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) continue;
      const full = path.join(entry.parentPath, entry.name);
      if (!files.has(path.relative(outDir, full).split(path.sep).join("/"))) {
        rmSync(full, { force: true });
        removed++;
      }
    }
    removeEmptyFolders(dir);
  }
  for (const [relative, text] of files) {
    const full = path.join(outDir, relative);
    if (existsSync(full) && readFileSync(full, "utf8") === text) continue;
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
    written++;
  }
  return { written, removed };
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
