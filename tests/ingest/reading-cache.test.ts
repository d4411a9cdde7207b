// The converter's reading cache (scripts/reading-cache.ts): a run that reuses the readings of
// an earlier one writes exactly what a run from nothing writes, and a document whose bytes
// changed is read again. And the content folder is written file by file (scripts/write-collections.ts).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert, type Conversion, type DocumentReading, type ReadingCache } from "../../src/ingest/convert.ts";
import { contentFiles, rejectedFiles, reportFiles } from "../../src/ingest/mdx.ts";
import { convertInBatches, provinceOf } from "../../src/ingest/batches.ts";
import type { InputDocument } from "../../src/ingest/model.ts";
import { generateCorpus } from "../../scripts/gen-corpus.ts";
import { readSeedsFolder } from "../../scripts/read-seeds.ts";
import { diskReadingCache } from "../../scripts/reading-cache.ts";
import { writeCollections } from "../../scripts/write-collections.ts";
import { fileTree } from "./file-tree.ts";

const encoder = new TextEncoder();

/** The seeds, the variant documents, a generated corpus (GBK, GB18030, rejects) and three bad files. */
function inputs(): InputDocument[] {
  const variants = readdirSync("tests/fixtures/variants").filter((name) => name.endsWith(".txt"));
  return [
    ...readSeedsFolder("seeds").files,
    ...variants.map((name) => ({ name: `variant-${name}`, bytes: readFileSync(join("tests/fixtures/variants", name)) })),
    ...[...generateCorpus({ reports: 40, seed: 7 })].map((doc) => ({ name: `gen-${doc.name}`, bytes: doc.bytes })),
    { name: "empty.txt", bytes: new Uint8Array() },
    { name: "binary.txt", bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]) },
    { name: "noyear.txt", bytes: encoder.encode("南阳市民生实事完成情况\n\n全市民生实事完成。\n\n1.新建学校12所。\n\n2.改造公路30公里。") },
  ];
}

/** Everything a run writes or prints: the content files, the archive JSON, warnings and readings. */
function written(conversion: Conversion): string {
  const files = [...contentFiles(conversion.archive, conversion.texts)].sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify({ files, archive: conversion.archive, warnings: conversion.warnings, readings: conversion.readings });
}

/** A cache in memory that keeps readings as JSON text, as the disk cache does. */
function memoryCache(): ReadingCache & { entries: Map<string, string>; gets: string[]; sets: string[] } {
  const entries = new Map<string, string>();
  const gets: string[] = [];
  const sets: string[] = [];
  const key = (input: InputDocument) => `${input.name}\0${Buffer.from(input.bytes).toString("base64")}`;
  return {
    entries,
    gets,
    sets,
    get(input) {
      gets.push(input.name);
      const json = entries.get(key(input));
      return json === undefined ? undefined : (JSON.parse(json) as DocumentReading);
    },
    set(input, reading) {
      sets.push(input.name);
      entries.set(key(input), JSON.stringify(reading));
    },
  };
}

describe("reading cache", () => {
  const documents = inputs();
  const cold = written(convert(documents));

  it("writes byte for byte what a run without a cache writes, when it fills and when it reuses", () => {
    const cache = memoryCache();
    expect(written(convert(documents, cache))).toBe(cold);
    expect(cache.sets).toHaveLength(documents.length);
    const rejected = JSON.parse(cold).archive.rejected as unknown[];
    expect(rejected.length).toBeGreaterThanOrEqual(3);

    cache.sets.length = 0;
    expect(written(convert(documents, cache))).toBe(cold);
    expect(cache.sets).toEqual([]);
  });

  it("reuses an unchanged document's reading and reads a changed or added one again", () => {
    const cache = memoryCache();
    convert(documents, cache);
    // Mark one cached reading: the mark shows up only if the converter took the reading from the cache.
    const seed = documents[0]!;
    const [key, json] = [...cache.entries].find(([k]) => k.startsWith(`${seed.name}\0`))!;
    const reading = JSON.parse(json) as DocumentReading;
    reading.reports[0]!.projects[0]!.title = "取自缓存的标题";
    cache.entries.set(key, JSON.stringify(reading));
    expect(JSON.stringify(convert(documents, cache).archive)).toContain("取自缓存的标题");

    // The same name with other bytes is another document: read afresh, never the old reading.
    const changed = documents.map((doc) => (doc.name === seed.name ? { name: doc.name, bytes: encoder.encode(new TextDecoder().decode(doc.bytes).replace(/2023年/gu, "2022年")) } : doc));
    const added = [...changed, { name: "zz-added.txt", bytes: readFileSync("tests/fixtures/variants/anji-2024-results-unnumbered.txt") }];
    cache.sets.length = 0;
    const warm = written(convert(added, cache));
    expect(cache.sets).toEqual([seed.name, "zz-added.txt"]);
    expect(warm).toBe(written(convert(added)));
    expect(warm).not.toContain("取自缓存的标题");
    expect(warm).not.toBe(cold);
  });

  it("on disk: a second run reuses every reading, one changed document is read again, and a new converter starts afresh", () => {
    const dir = mkdtempSync(join(tmpdir(), "reading-cache-"));
    const first = diskReadingCache(dir, "converter-a");
    expect(written(convert(documents, first))).toBe(cold);
    expect([first.hits, first.misses]).toEqual([0, documents.length]);

    const second = diskReadingCache(dir, "converter-a");
    expect(written(convert(documents, second))).toBe(cold);
    expect([second.hits, second.misses]).toEqual([documents.length, 0]);

    const changed = documents.map((doc, k) => (k === 1 ? { name: doc.name, bytes: Buffer.concat([Buffer.from(doc.bytes), Buffer.from("\n")]) } : doc));
    const third = diskReadingCache(dir, "converter-a");
    expect(written(convert(changed, third))).toBe(written(convert(changed)));
    expect([third.hits, third.misses]).toEqual([documents.length - 1, 1]);

    const other = diskReadingCache(dir, "converter-b");
    convert(documents.slice(0, 2), other);
    expect(other.misses).toBe(2);
    expect(readdirSync(dir)).toEqual(["converter-b"]);
  });

  it("on disk: a folder another converter version removed while this one writes is made again, and a reading it cannot keep never fails the run", () => {
    const dir = mkdtempSync(join(tmpdir(), "reading-cache-"));
    const cache = diskReadingCache(dir, "converter-a");
    const [one, two, three] = documents;
    cache.set(one!, {} as DocumentReading);
    // Another checkout sharing node_modules/.cache prunes converter-a as it writes its own.
    rmSync(dir, { recursive: true, force: true });
    expect(() => cache.set(two!, {} as DocumentReading)).not.toThrow();
    expect(readdirSync(join(dir, "converter-a"))).toHaveLength(1);
    // A cache that cannot be written at all (a file where its folder should be): the run goes on.
    rmSync(dir, { recursive: true, force: true });
    writeFileSync(dir, "not a folder");
    expect(() => cache.set(three!, {} as DocumentReading)).not.toThrow();
    rmSync(dir, { force: true });
  });

  it("npm run ingest: a second run reuses the readings and writes the same content/ as --no-cache", () => {
    const cacheDir = mkdtempSync(join(tmpdir(), "ingest-cache-"));
    const run = (...extra: string[]) => {
      const out = mkdtempSync(join(tmpdir(), "content-"));
      const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/ingest.ts", "--seeds", "seeds", "--out", out, ...extra], { encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
      return { out, stdout: result.stdout };
    };
    const uncached = run("--no-cache");
    expect(uncached.stdout).not.toMatch(/^ingest cache:/mu);
    const filled = run("--cache", cacheDir);
    expect(filled.stdout).toMatch(/^ingest cache: 0 documents reused, 5 read/mu);
    const reused = run("--cache", cacheDir);
    expect(reused.stdout).toMatch(/^ingest cache: 5 documents reused, 0 read/mu);
    for (const { out } of [filled, reused]) expect(fileTree(out)).toEqual(fileTree(uncached.out));
    expect(existsSync(join(uncached.out, "reports"))).toBe(true);
  });
});

describe("the archive finished province by province (src/ingest/batches.ts)", () => {
  const documents = inputs();
  const whole = convert(documents);
  // As scripts/ingest.ts writes them: with each document's page furniture marked.
  const wholeFiles = [...contentFiles(whole.archive, whole.texts, { noise: whole.noise })];
  const expected = JSON.stringify({ files: wholeFiles, archive: whole.archive, warnings: whole.warnings, readings: whole.readings });

  /** What `written` gives for a whole conversion, assembled from the batches. */
  function assembled(cache: ReadingCache): { text: string; provinces: string[] } {
    const readings: Conversion["readings"] = [];
    const run = convertInBatches(documents, cache, (r) => readings.push(...r));
    const reports = [];
    const provinces: string[] = [];
    let files: [string, string][] = [];
    for (const batch of run.batches()) {
      provinces.push(batch.province);
      expect(new Set(batch.archive.reports.map((r) => provinceOf(r.id)))).toEqual(new Set([batch.province]));
      reports.push(...batch.archive.reports);
      files.push(...reportFiles(batch.archive.reports, batch.texts, { noise: batch.noise }));
    }
    files.push(...rejectedFiles(run.rejected, run.rejectedTexts));
    files = files.sort(([a], [b]) => (a < b ? -1 : 1));
    const archive = { reports, rejected: run.rejected };
    return { text: JSON.stringify({ files, archive, warnings: run.warnings, readings }), provinces };
  }

  it("gives byte for byte the files, archive, warnings and readings of the whole conversion, over several provinces", () => {
    const { text, provinces } = assembled(memoryCache());
    expect(text).toBe(expected);
    expect(text).toContain("<Noise>");
    expect(provinces.length).toBeGreaterThan(5);
    expect(JSON.parse(text).archive.rejected.length).toBeGreaterThanOrEqual(3);
  });

  it("reads a document again where the cache lost its reading between the two passes", () => {
    const cache = memoryCache();
    const forgetful: ReadingCache = {
      get: (input) => (cache.sets.includes(input.name) && cache.gets.includes(input.name) ? undefined : cache.get(input)),
      set: (input, reading) => cache.set(input, reading),
    };
    expect(assembled(forgetful).text).toBe(expected);
  });

  it("npm run ingest --json writes the whole conversion's archive, byte for byte", () => {
    const out = mkdtempSync(join(tmpdir(), "content-"));
    const json = join(out, "archive.json");
    const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/ingest.ts", "--seeds", "seeds", "--out", out, "--json", json, "--no-cache"], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(json, "utf8")).toBe(JSON.stringify(convert(readSeedsFolder("seeds").files).archive, null, 2) + "\n");
  });
});

describe("npm run ingest keeps the provinces whose documents did not change (scripts/run-record.ts)", () => {
  const seeds = mkdtempSync(join(tmpdir(), "ingest-seeds-"));
  for (const doc of generateCorpus({ reports: 30, seed: 11 })) writeFileSync(join(seeds, doc.name), doc.bytes);
  for (const name of readdirSync("seeds")) writeFileSync(join(seeds, name), readFileSync(join("seeds", name)));
  const cacheDir = mkdtempSync(join(tmpdir(), "ingest-cache-"));
  const out = mkdtempSync(join(tmpdir(), "content-"));
  const ingest = (target: string, ...extra: string[]) => {
    const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", target, ...extra], { encoding: "utf8" });
    expect(result.status, result.stderr).toBe(0);
    return result.stdout;
  };
  /** What a run from nothing writes and prints for the folder as it is now. */
  const fresh = () => {
    const target = mkdtempSync(join(tmpdir(), "content-"));
    const stdout = ingest(target, "--no-cache");
    return { tree: fileTree(target), printed: stdout.split("\n").filter((l) => !l.startsWith("ingest")) };
  };
  const kept = (stdout: string) => Number(/(\d+) of (\d+) provinces kept/u.exec(stdout)?.[1]);

  it("writes and prints what a run from nothing does, keeping the untouched provinces, and finishes again a province whose document changed or whose file was edited", () => {
    expect(kept(ingest(out, "--cache", cacheDir))).toBe(0);
    const second = ingest(out, "--cache", cacheDir);
    const provinces = Number(/of (\d+) provinces kept/u.exec(second)![1]);
    expect(provinces).toBeGreaterThan(5);
    expect(kept(second)).toBe(provinces);
    expect(fileTree(out)).toEqual(fresh().tree);
    expect(second.split("\n").filter((l) => !l.startsWith("ingest"))).toEqual(fresh().printed);

    // One document changed: its province only is finished again, and the folder is what a fresh run writes.
    const name = readdirSync(seeds).find((n) => n.startsWith("000001"))!;
    writeFileSync(join(seeds, name), readFileSync(join(seeds, name), "utf8").replace(/(\d)/u, (d) => String((Number(d) + 1) % 10)));
    const third = ingest(out, "--cache", cacheDir);
    expect(kept(third)).toBe(provinces - 1);
    expect(fileTree(out)).toEqual(fresh().tree);

    // A file of a kept province edited by hand is written again; a removed document's page goes.
    const edited = Object.keys(fileTree(out)).find((f) => f.startsWith("reports/"))!;
    writeFileSync(join(out, edited), "edited by hand");
    rmSync(join(seeds, readdirSync(seeds).find((n) => n.startsWith("000002"))!));
    const fourth = ingest(out, "--cache", cacheDir);
    expect(kept(fourth)).toBeLessThan(provinces);
    expect(fileTree(out)).toEqual(fresh().tree);
  });

  it("finishes every province when it writes the archive JSON, which needs them all", () => {
    const json = join(out, "..", `archive-${process.pid}.json`);
    const stdout = ingest(out, "--cache", cacheDir, "--json", json);
    expect(kept(stdout)).toBe(0);
    expect(JSON.parse(readFileSync(json, "utf8")).reports.length).toBeGreaterThan(5);
  });
});

describe("writing the collections", () => {
  it("writes only changed files, removes a removed seed's page and its empty folder, keeps the rest untouched", () => {
    const out = mkdtempSync(join(tmpdir(), "collections-"));
    const first = new Map([
      ["reports/henan/2023.mdx", "a"],
      ["reports/henan/nanyang/2023.mdx", "b"],
      ["rejected/x.mdx", "c"],
    ]);
    expect(writeCollections(out, first)).toEqual({ written: 3, removed: 0 });
    const untouched = statSync(join(out, "reports/henan/2023.mdx")).mtimeMs;
    writeFileSync(join(out, "reports/stray.mdx"), "not the converter's");

    const second = new Map([
      ["reports/henan/2023.mdx", "a"],
      ["rejected/x.mdx", "c2"],
      ["rejected/y.mdx", "d"],
    ]);
    expect(writeCollections(out, second)).toEqual({ written: 2, removed: 2 });
    expect(fileTree(out)).toEqual(Object.fromEntries(second));
    expect(existsSync(join(out, "reports/henan/nanyang"))).toBe(false);
    expect(statSync(join(out, "reports/henan/2023.mdx")).mtimeMs).toBe(untouched);
  });
});
