// The converter's files read one at a time, without Astro's content store (issue 14): what is
// made over the whole archive — data/archive.json and archive.csv, each project's downloads, and
// the common shard's site-wide pages — would otherwise hold the store, which Astro keeps several
// times over (docs/BENCHMARKS.md, "The common shard at 10,000 region-years"). Each file's front
// matter goes through the collection's own schema (src/lib/entry-schema.ts), so an entry read
// here has the data getCollection would give. astro.config.mjs imports it through plain Node's
// type stripping (src/integrations/archive-downloads.ts): imports name their .ts files.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Report } from "../ingest/model.ts";
import { figuresCsvHead, figuresCsvRows, type ProjectUrl } from "./csv.ts";
import { JsonArraysWriter } from "./json-arrays.ts";
import { byString } from "./order.ts";
import { splitEntryFile } from "./entry-file.ts";
import { rejectedSchema, reportSchema } from "./entry-schema.ts";

/** Where the collections live (src/content.config.ts reads the same variable); tests point it at a fixture. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env["CONTENT_DIR"] ?? "content";
}

/** An entry as a collection would hold it: id, front matter, file (relative to the working directory, "/"-separated). */
export interface FileEntry<T> {
  id: string;
  data: T;
  filePath: string;
}

export type ReportFileData = ReturnType<typeof reportSchema.parse>;
export type RejectedFileData = ReturnType<typeof rejectedSchema.parse>;


/** The ids of a folder's .mdx files (henan/nanyang/2023.mdx → henan/nanyang/2023), sorted; none if the folder is missing. */
export function entryIds(dir: string): string[] {
  let files: string[];
  try {
    files = readdirSync(dir, { recursive: true, encoding: "utf8" });
  } catch {
    return [];
  }
  return files
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.split(path.sep).join("/").replace(/\.mdx$/u, ""))
    .sort(byString);
}

function* entries<T>(dir: string, parse: (data: unknown, file: string) => T, wanted: (id: string) => boolean): Generator<FileEntry<T>> {
  for (const id of entryIds(dir)) {
    if (!wanted(id)) continue;
    const filePath = `${dir.split(path.sep).join("/")}/${id}.mdx`;
    const { data } = splitEntryFile(readFileSync(filePath, "utf8"));
    yield { id, data: parse(data, filePath), filePath };
  }
}

/** Front matter through a schema; a file that does not fit is named, as the content sync names it. */
function parser<T>(schema: { safeParse(data: unknown): { success: true; data: T } | { success: false; error: { message: string } } }) {
  return (data: unknown, file: string): T => {
    const result = schema.safeParse(data);
    if (!result.success) throw new Error(`${file}: front matter does not fit the collection's schema: ${result.error.message}`);
    return result.data;
  };
}

/** The reports (content/reports/<id>.mdx) one at a time, in id order; `wanted` picks by id before a file is read. */
export function reportEntries(dir = contentDir(), wanted: (id: string) => boolean = () => true): Generator<FileEntry<ReportFileData>> {
  return entries(path.join(dir, "reports"), parser(reportSchema), wanted);
}

/** The rejected documents (content/rejected/<stem>.mdx), in seed order as the pages list them; few and small, so all at once. */
export function rejectedEntries(dir = contentDir()): FileEntry<RejectedFileData>[] {
  return [...entries(path.join(dir, "rejected"), parser(rejectedSchema), () => true)].sort((a, b) => byString(a.data.seed, b.data.seed));
}

/** A report's front matter as the contract's model (data/archive.json holds it as it stands). */
export function asReport(data: ReportFileData): Report {
  return data as unknown as Report;
}

/**
 * data/archive.json's text piece by piece to `json` (the model, {reports, rejected}, as
 * JSON.stringify(…, null, 2) + "\n" writes it) and, when asked, archive.csv's to `csv.write`, in
 * one pass over the content folder; returns the reports read. The build writes both files from it
 * (src/integrations/archive-downloads.ts), the data page hashes the JSON (src/lib/dataset.ts).
 */
export function archivePieces(content: string, json: (text: string) => void, csv?: { projectUrl: ProjectUrl; write: (text: string) => void }): number {
  const writer = new JsonArraysWriter(json, ["reports", "rejected"]);
  csv?.write(figuresCsvHead());
  let count = 0;
  for (const entry of reportEntries(content)) {
    writer.push("reports", entry.data);
    csv?.write(figuresCsvRows(asReport(entry.data), csv.projectUrl).join(""));
    count += 1;
  }
  for (const entry of rejectedEntries(content)) writer.push("rejected", entry.data);
  writer.close();
  return count;
}
