// Reading documents on worker threads (src/ingest/parallel.ts): the readings, the archive and the
// files are those of one thread, whatever order the workers finish in; npm run ingest --jobs N
// writes the same content/ with any N.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert, convertInParallel, readInput, sortedByName, type DocumentReading } from "../../src/ingest/convert.ts";
import { contentFiles } from "../../src/ingest/mdx.ts";
import { readInParallel } from "../../src/ingest/parallel.ts";
import type { InputDocument } from "../../src/ingest/model.ts";
import { generateCorpus } from "../../scripts/gen-corpus.ts";
import { fileTree } from "./file-tree.ts";

// Enough documents for three workers, with GBK files and rejects among them (the generator writes both),
// and one document the converter cannot read at all.
const documents: InputDocument[] = [
  ...[...generateCorpus({ reports: 60, seed: 11 })].map((doc) => ({ name: doc.name, bytes: doc.bytes })),
  { name: "zz-binary.txt", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]) },
];
const files = (c: ReturnType<typeof convert>) => JSON.stringify([...contentFiles(c.archive, c.texts, { noise: c.noise })]);

describe("reading on worker threads (src/ingest/parallel.ts)", () => {
  it("hands every document's reading, the same as this thread's, in the documents' order", async () => {
    const order: string[] = [];
    const readings: DocumentReading[] = [];
    const workers = await readInParallel(documents, 3, (input, reading) => {
      order.push(input.name);
      readings.push(reading);
    });
    expect(workers).toBe(3);
    expect(order).toEqual(documents.map((d) => d.name));
    expect(readings.some((r) => r.rejection)).toBe(true);
    expect(readings).toEqual(documents.map(readInput));
    // A handful of documents is read on this thread: a worker's start would cost more.
    const few: string[] = [];
    expect(await readInParallel(documents.slice(0, 5), 3, (input) => few.push(input.name))).toBe(0);
    expect(few).toEqual(documents.slice(0, 5).map((d) => d.name));
  }, 120_000);

  it("converts to byte for byte the archive and files of convert", async () => {
    const parallel = await convertInParallel(documents, 2);
    const serial = convert(documents);
    expect(JSON.stringify(parallel.archive)).toBe(JSON.stringify(serial.archive));
    expect(parallel.warnings).toEqual(serial.warnings);
    expect(parallel.readings).toEqual(serial.readings);
    expect(files(parallel)).toBe(files(serial));
    expect(sortedByName(documents).map((d) => d.name)).toEqual(documents.map((d) => d.name).sort());
  }, 120_000);

  it("npm run ingest --jobs 1 and --jobs 2 write the same content/; a bad --jobs is refused by name", () => {
    const seeds = mkdtempSync(join(tmpdir(), "jobs-seeds-"));
    mkdirSync(seeds, { recursive: true });
    for (const doc of documents) writeFileSync(join(seeds, doc.name), doc.bytes);
    const run = (...extra: string[]) => {
      const out = mkdtempSync(join(tmpdir(), "jobs-out-"));
      const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", out, "--no-cache", ...extra], { encoding: "utf8" });
      return { out, result };
    };
    const one = run("--jobs", "1");
    const two = run("--jobs", "2");
    expect(one.result.status, one.result.stderr).toBe(0);
    expect(two.result.status, two.result.stderr).toBe(0);
    expect(fileTree(two.out)).toEqual(fileTree(one.out));
    expect(two.result.stdout).toBe(one.result.stdout.replaceAll(one.out, two.out));
    const bad = run("--jobs", "0");
    expect(bad.result.status).toBe(2);
    expect(bad.result.stderr).toMatch(/--jobs 0/u);
  }, 180_000);
});
