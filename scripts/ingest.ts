// npm run ingest -- --seeds <dir> --out <dir> [--json <file>] [--strict] [--explain] [--cache <dir> | --no-cache]
// The CLI only: reads the seeds folder, runs the converter, writes the content collections.
import { existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { convert } from "../src/ingest/convert.ts";
import { archivistNotes, contentFiles } from "../src/ingest/mdx.ts";
import { VFileMessage } from "vfile-message";
import { readSeedsFolder } from "./read-seeds.ts";
import { diskReadingCache } from "./reading-cache.ts";
import { writeCollections } from "./write-collections.ts";
import { writeJsonFile } from "./json-file.ts";
import { findingsBySeed, summariseFindings } from "../src/ingest/findings.ts";

function option(name: string, fallback: string | null): string | null {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}

/** The <Note> blocks of the report files in `dir`, by path under the output folder (reports/henan/2023.mdx). */
function reportNotes(dir: string): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  if (!existsSync(dir)) return notes;
  for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!name.endsWith(".mdx")) continue;
    const found = archivistNotes(readFileSync(join(dir, name), "utf8"));
    if (found.length > 0) notes.set(`reports/${name.split(sep).join("/")}`, found);
  }
  return notes;
}

const seedsDir = option("--seeds", "seeds")!;
const outDir = option("--out", "content")!;
const jsonPath = option("--json", null);
const strict = process.argv.includes("--strict");
// --explain prints, per document, every candidate reading of its lists with its score.
const explain = process.argv.includes("--explain");
// Each document's reading is kept by file content (scripts/reading-cache.ts): a run after adding
// or changing a document re-reads that document only. --no-cache reads every document.
const cacheDir = process.argv.includes("--no-cache") ? null : option("--cache", "node_modules/.cache/minsheng/ingest");

// Entries that are not plain files of the folder are listed and skipped, never read.
const { files: inputs, skipped } = readSeedsFolder(seedsDir);
for (const entry of skipped) console.error(`${entry.dotfile ? "notice" : "skipped"}: ${join(seedsDir, entry.name)}: ${entry.reason}`);
const cache = cacheDir ? diskReadingCache(cacheDir) : undefined;
const { archive, warnings, texts, readings, noise } = convert(inputs, cache);
if (explain) for (const r of readings) console.log([`${join(seedsDir, r.seed)}:`, ...r.lines.map((l) => `  ${l}`)].join("\n"));

// The collections become exactly the converter's output: a removed seed leaves no stale page
// behind, files whose text is unchanged are not written again, and an archivist's <Note>
// blocks in a report file are carried into the file that replaces it.
const notes = reportNotes(join(outDir, "reports"));
const files = contentFiles(archive, texts, { notes, noise });
for (const path of notes.keys()) if (!files.has(path)) console.error(`warning: ${join(outDir, path)}: its <Note> was not kept: the seeds no longer give this report`);
const changes = writeCollections(outDir, files);
if (jsonPath) {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeJsonFile(jsonPath, archive as unknown as Record<string, unknown>);
}

// Messages in the unified ecosystem's shape: "seeds/x.txt:12:1: …".
const report = (kind: string, seed: string, line: number, column: number, reason: string) => {
  const message = new VFileMessage(reason, { place: { line, column }, source: "minsheng-ingest", ruleId: kind });
  message.file = join(seedsDir, seed);
  console.error(`${kind}: ${message.file}:${line}:${column}: ${message.reason}`);
};
for (const w of warnings) report("warning", w.seed, w.line, w.column, w.message);
for (const r of archive.rejected) report("rejected", r.seed, r.line ?? 1, 1, r.reason.replace(/^[^:]+:\d+: /, ""));
// The review queue, one line per document (the site lists them at /review/).
const bySeed = findingsBySeed(archive);
for (const [seed, found] of [...bySeed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`review: ${join(seedsDir, seed)}: ${summariseFindings(found)}`);
const findingCount = [...bySeed.values()].reduce((n, f) => n + f.length, 0);
const projects = archive.reports.reduce((n, r) => n + r.projects.length, 0);
const figures = archive.reports.reduce((n, r) => n + r.projects.reduce((m, p) => m + p.metrics.length, 0), 0);
console.log(`ingest: ${inputs.length} documents → ${archive.reports.length} reports, ${projects} projects, ${figures} figures; ${archive.rejected.length} rejected → ${outDir}`);
console.log(`ingest files: ${changes.written} written, ${changes.removed} removed, the others unchanged`);
if (cache) console.log(`ingest cache: ${cache.hits} documents reused, ${cache.misses} read (${cacheDir})`);
// --strict: any rejection, skipped entry, warning or review finding fails (every warning is also a finding).
if (strict && (archive.rejected.length || warnings.length || findingCount || skipped.some((s) => !s.dotfile))) {
  console.error(`ingest --strict: ${archive.rejected.length} rejected, ${warnings.length} warnings, ${findingCount} review findings`);
  process.exit(1);
}
