// The converter measured against careful human readings: the five seeds, and variant
// documents of other regions, years, layouts and encodings written for this purpose.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { scoreArchive, type Gold } from "../helpers/score.ts";

function run(docsDir: string, goldDir: string) {
  const names = readdirSync(docsDir).filter((n) => n.endsWith(".txt")).sort();
  const conversion = convert(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(docsDir, name))) })));
  const golds = readdirSync(goldDir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => JSON.parse(readFileSync(join(goldDir, n), "utf8")) as Gold);
  return scoreArchive(conversion.archive, golds, conversion.texts);
}

// The thresholds of the converter's acceptance (issue: the converter), raised to just under
// what it reads today (seeds: figures 0.992 / 0.997, role 0.995, titles 0.979), so that losing
// one kind of figure fails: the seeds' 11 万元/元 figures are 3% of their 367.
function expectThresholds(score: ReturnType<typeof run>) {
  expect(score.reports, score.misses.join("\n")).toBe(1);
  expect(score.kind, score.misses.join("\n")).toBe(1);
  expect(score.projectsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.projectsPrecision).toBeGreaterThanOrEqual(0.98);
  expect(score.titles, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.metricsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.metricsPrecision).toBeGreaterThanOrEqual(0.98);
  expect(score.role, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.rates, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.provenance, score.misses.join("\n")).toBe(1);
  expect(score.counts, score.misses.join("\n")).toBe(1);
}

// Documents the converter was not written against: readings made by people who had not seen
// its code (the shared development set; the family fixtures a separate session wrote). The
// bar is the aim on unseen documents, not perfection.
function expectUnseenThresholds(score: ReturnType<typeof run>) {
  expect(score.reports, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.kind, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.projectsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  expect(score.projectsPrecision, score.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  expect(score.metricsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  expect(score.metricsPrecision, score.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  expect(score.role, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.provenance, score.misses.join("\n")).toBe(1);
}

describe("extraction score", () => {
  it("reads the shared development set (ten layouts, other regions) above the aim for unseen documents", () => {
    expectUnseenThresholds(run("tests/fixtures/devset", "tests/fixtures/devset"));
  });

  it("reads the family fixtures written apart from the converter above the aim for unseen documents", () => {
    const score = run("tests/fixtures/families", "tests/fixtures/families");
    expectUnseenThresholds(score);
    expect(score.rejections, score.misses.join("\n")).toBe(1);
  });

  it("reads the five seeds above every threshold", () => {
    expectThresholds(run("seeds", "tests/fixtures/gold"));
  });

  it("reads the variant documents (GBK, 繁體, full-width, tables, 一是, plans, progress) above every threshold", () => {
    const score = run("tests/fixtures/variants", "tests/fixtures/variants");
    expectThresholds(score);
    expect(score.rejections, score.misses.join("\n")).toBe(1);
  });

  it("reads the variant documents as a second reader, who never saw the converter or the first gold, reads them", () => {
    expectUnseenThresholds(run("tests/fixtures/variants", "tests/fixtures/variants-independent"));
  });
});
