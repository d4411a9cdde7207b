// The converter's per-document readings kept on disk between runs (scripts/ingest.ts), so that
// adding or changing one document re-reads that document only. A reading is found by the
// SHA-256 of the document's name and bytes, under a folder named for the converter itself (a
// hash of src/ingest/ and package-lock.json): a changed converter or dependency starts afresh,
// and the folders of other converter versions are removed when the first reading is written.

import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { DocumentReading, ReadingCache } from "../src/ingest/convert.ts";
import type { InputDocument } from "../src/ingest/model.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

/** Everything the readings depend on besides the document: the converter's source and the locked dependencies. */
export function converterFingerprint(root = ROOT): string {
  const hash = createHash("sha256");
  const dir = path.join(root, "src/ingest");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => statSync(path.join(dir, file)).isFile())
    .sort();
  for (const file of [...files.map((f) => path.join("src/ingest", f)), "package-lock.json"]) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(root, file)));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

export interface DiskReadingCache extends ReadingCache {
  /** Documents read from the cache (kept by an earlier run) and read afresh in this run. */
  hits: number;
  misses: number;
  /** Whether the cache holds a reading of the document (counted as neither). */
  has(input: InputDocument): boolean;
  /** The folder of this converter version's readings (scripts/ingest.ts keeps its record of a run there too). */
  versionDir: string;
}

/** A document's key: the SHA-256 of its name and bytes. */
export function documentKey(input: InputDocument): string {
  return createHash("sha256").update(`${input.name}\0`).update(input.bytes).digest("hex");
}

export function diskReadingCache(dir: string, fingerprint = converterFingerprint()): DiskReadingCache {
  const versionDir = path.join(dir, fingerprint);
  let pruned = false;
  const file = (input: InputDocument) => path.join(versionDir, `${documentKey(input)}.json`);
  // Readings this run wrote: taking one back (the batches do) is no reuse.
  const written = new Set<string>();
  const cache: DiskReadingCache = {
    hits: 0,
    misses: 0,
    versionDir,
    has(input) {
      return existsSync(file(input));
    },
    get(input) {
      const where = file(input);
      if (!existsSync(where)) return undefined;
      try {
        const reading = JSON.parse(readFileSync(where, "utf8")) as DocumentReading;
        if (!written.has(where)) cache.hits++;
        return reading;
      } catch {
        // a half-written or damaged entry: read the document again
        return undefined;
      }
    },
    set(input, reading) {
      if (!pruned) {
        pruned = true;
        try {
          for (const other of existsSync(dir) ? readdirSync(dir) : []) {
            // Another process may be writing there: what cannot be removed now is removed next time.
            if (other !== fingerprint) rmSync(path.join(dir, other), { recursive: true, force: true, maxRetries: 2 });
          }
        } catch {
          // pruning is housekeeping, never a reason to fail
        }
      }
      // Written before the archive is merged (merging changes the reports in place).
      cache.misses++;
      const where = file(input);
      const partial = `${where}.${process.pid}.tmp`;
      try {
        // Another converter version sharing this cache (a second checkout with the same
        // node_modules) may have just removed the folder as it pruned: make it again. A
        // reading that still cannot be kept is read afresh next time; it never fails a run.
        mkdirSync(versionDir, { recursive: true });
        writeFileSync(partial, JSON.stringify(reading));
        renameSync(partial, where);
        written.add(where);
      } catch {
        try {
          rmSync(partial, { force: true });
        } catch {
          // nothing was written
        }
      }
    },
  };
  return cache;
}
