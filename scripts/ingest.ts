// npm run ingest -- --seeds <dir> --out <dir> [--json <file>] [--strict] [--explain] [--cache <dir> | --no-cache] [--jobs N]
// The CLI only: reads the seeds folder, runs the converter, writes the content collections.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, sep } from "node:path";
import { convertInBatches } from "../src/ingest/batches.ts";
import { defaultJobs, readInParallel } from "../src/ingest/parallel.ts";
import { archivistNotes, rejectedFiles, reportFiles } from "../src/ingest/mdx.ts";
import type { Finding } from "../src/ingest/model.ts";
import { VFileMessage } from "vfile-message";
import { readSeedsFolder } from "./read-seeds.ts";
import { diskReadingCache, documentKey } from "./reading-cache.ts";
import { fileStamps, provinceUnchanged, readRunRecord, runRecordPath, writeRunRecord, type ProvinceRecord, type RunRecord } from "./run-record.ts";
import { CollectionWriter } from "./write-collections.ts";
import { jsonArraysFile } from "../src/lib/json-arrays.ts";
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
// The archive is finished province by province (src/ingest/batches.ts), each from the readings
// the cache gives back, so a national archive is never held at once; without a cache, a
// folder of this run's own holds them and is removed at the end.
const spill = cacheDir ? null : mkdtempSync(join(tmpdir(), "minsheng-ingest-"));
const cache = diskReadingCache(cacheDir ?? spill!, cacheDir ? undefined : "run");
// The documents the cache does not hold are read first, on every core (--jobs N to choose how
// many threads; 1 reads on this one): each reading goes to the cache, where the batches take it.
const jobs = Number(option("--jobs", String(defaultJobs())));
if (!Number.isInteger(jobs) || jobs < 1) {
  console.error(`ingest: --jobs ${option("--jobs", "")}: give a whole number of threads, 1 or more`);
  process.exit(2);
}
await readInParallel(
  inputs.filter((input) => !cache.has(input)),
  jobs,
  (input, reading) => cache.set(input, reading),
);
const conversion = convertInBatches(inputs, cache, (readings) => {
  if (explain) for (const r of readings) console.log([`${join(seedsDir, r.seed)}:`, ...r.lines.map((l) => `  ${l}`)].join("\n"));
});
const { hits, misses } = cache;

// The collections become exactly the converter's output: a removed seed leaves no stale page
// behind, files whose text is unchanged are not written again, and an archivist's <Note>
// blocks in a report file are carried into the file that replaces it.
const notes = reportNotes(join(outDir, "reports"));
const writer = new CollectionWriter(outDir);
const json = jsonPath ? (mkdirSync(dirname(jsonPath), { recursive: true }), jsonArraysFile(jsonPath, ["reports", "rejected"])) : null;
const bySeed = new Map<string, Finding[]>();
let reportCount = 0;
let projects = 0;
let figures = 0;
// A province whose documents and files are as the last run into this folder left them is kept as
// it is (scripts/run-record.ts); --json needs every report, so it finishes them all.
const recordPath = cacheDir ? runRecordPath(cache.versionDir, outDir) : null;
const last = recordPath && !jsonPath ? readRunRecord(recordPath) : null;
const record: RunRecord = { provinces: {} };
const documentKeys = (province: string) => conversion.documentsOf(province).map(documentKey).sort();
const count = (r: ProvinceRecord) => {
  reportCount += r.reports;
  projects += r.projects;
  figures += r.figures;
  for (const [seed, found] of Object.entries(r.findings)) bySeed.set(seed, [...(bySeed.get(seed) ?? []), ...found]);
};
let reused = 0;
try {
  const keep = (province: string) => {
    const before = last?.provinces[province];
    if (!before || !provinceUnchanged(outDir, before, documentKeys(province))) return false;
    writer.keep(Object.keys(before.files));
    record.provinces[province] = before;
    reused++;
    return true;
  };
  for (const batch of conversion.batches(keep)) {
    const files = reportFiles(batch.archive.reports, batch.texts, { notes, noise: batch.noise });
    writer.write(files);
    for (const r of batch.archive.reports) json?.push("reports", r);
    const stamps = recordPath ? fileStamps(outDir, files.keys()) : null;
    record.provinces[batch.province] = {
      documents: documentKeys(batch.province),
      files: stamps ?? {},
      reports: batch.archive.reports.length,
      projects: batch.archive.reports.reduce((n, r) => n + r.projects.length, 0),
      figures: batch.archive.reports.reduce((n, r) => n + r.projects.reduce((m, p) => m + p.metrics.length, 0), 0),
      findings: Object.fromEntries(findingsBySeed(batch.archive)),
    };
  }
  // Counted in the provinces' order, as the review lines and totals were before.
  for (const province of conversion.provinces) count(record.provinces[province]!);
  writer.write(rejectedFiles(conversion.rejected, conversion.rejectedTexts));
  for (const r of conversion.rejected) json?.push("rejected", r);
  json?.close();
} finally {
  if (spill) rmSync(spill, { recursive: true, force: true });
}
const changes = writer.finish();
if (recordPath) writeRunRecord(recordPath, record);
for (const path of notes.keys()) if (!writer.has(path)) console.error(`warning: ${join(outDir, path)}: its <Note> was not kept: the seeds no longer give this report`);
const { warnings, rejected } = conversion;

// Messages in the unified ecosystem's shape: "seeds/x.txt:12:1: …".
const report = (kind: string, seed: string, line: number, column: number, reason: string) => {
  const message = new VFileMessage(reason, { place: { line, column }, source: "minsheng-ingest", ruleId: kind });
  message.file = join(seedsDir, seed);
  console.error(`${kind}: ${message.file}:${line}:${column}: ${message.reason}`);
};
for (const w of warnings) report("warning", w.seed, w.line, w.column, w.message);
for (const r of rejected) report("rejected", r.seed, r.line ?? 1, 1, r.reason.replace(/^[^:]+:\d+: /, ""));
// The review queue, one line per document (the site lists them at /review/).
for (const [seed, found] of [...bySeed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`review: ${join(seedsDir, seed)}: ${summariseFindings(found)}`);
const findingCount = [...bySeed.values()].reduce((n, f) => n + f.length, 0);
console.log(`ingest: ${inputs.length} documents → ${reportCount} reports, ${projects} projects, ${figures} figures; ${rejected.length} rejected → ${outDir}`);
console.log(`ingest files: ${changes.written} written, ${changes.removed} removed, the others unchanged`);
if (cacheDir) console.log(`ingest cache: ${hits} documents reused, ${misses} read (${cacheDir}); ${reused} of ${conversion.provinces.length} provinces kept as the last run wrote them`);
// --strict: any rejection, skipped entry, warning or review finding fails (every warning is also a finding).
if (strict && (rejected.length || warnings.length || findingCount || skipped.some((s) => !s.dotfile))) {
  console.error(`ingest --strict: ${rejected.length} rejected, ${warnings.length} warnings, ${findingCount} review findings`);
  process.exit(1);
}
