// Issue 11: the seeds plus bad inputs (a 2 MB line, a 400-digit figure, alias bombs, stray
// bytes, same-named files, UTF-16 without BOM, invisible characters, formula titles, bad
// dates, links out of seeds/) build into a site under 2 GB of peak memory, and every
// document's text is readable on its page.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../search/site.ts";
import { BASE, ROOT, runDir } from "./build.ts";
import { writeBadInputs } from "./bad-inputs.ts";
import { expectTextKept, pagesBySeed, readSeeds } from "./data-loss.ts";

const PEAK_LIMIT_KB = 2 * 1024 * 1024;
let work = "";
let dist = "";
let ingest: ReturnType<typeof spawnSync>;
let peakKb: number | null = null;

beforeAll(async () => {
  work = path.join(runDir(), "bad-input");
  rmSync(work, { recursive: true, force: true });
  const seeds = path.join(work, "seeds");
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(path.join(ROOT, "seeds"))) copyFileSync(path.join(ROOT, "seeds", name), path.join(seeds, name));
  writeBadInputs(seeds, path.join(work, "outside"));
  ingest = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", path.join(work, "content"), "--json", path.join(work, "archive.json")], { cwd: ROOT, encoding: "utf8" });
  dist = path.join(work, "dist");
  ({ peakKb } = await buildSite({ outDir: dist, base: BASE, contentDir: path.join(work, "content"), measureMemory: true }));
}, 600_000);

describe("a site built from the seeds and bad inputs", () => {
  it("converts with every bad entry reported, and builds under 2 GB of peak memory", () => {
    expect(ingest.status).toBe(0);
    expect(ingest.stderr).toMatch(/skipped: .*outside-link\.txt: a symbolic link to a file outside the seeds folder/);
    expect(ingest.stderr).toMatch(/skipped: .*broken-link\.txt: a broken symbolic link/);
    expect(ingest.stderr).toMatch(/notice: .*\.hidden\.txt: a dotfile/);
    expect(ingest.stderr).toMatch(/warning: .*huge-figure\.txt:7:1: the figure .* has more than 15 digits/);
    expect(ingest.stderr).toMatch(/warning: .*stray-byte\.txt:7:\d+: byte 0xFF at byte offset \d+/);
    expect(ingest.stderr).toMatch(/rejected: .*alias-title\.txt:\d+:1: front matter title uses a YAML alias/);
    expect(ingest.stderr).toMatch(/rejected: .*bad-date\.txt:2:1: front matter published "2024-02-30" is not a date/);
    // Measured where GNU time is installed (CI and the development machine have it).
    if (existsSync("/usr/bin/time")) expect(peakKb).toBeLessThan(PEAK_LIMIT_KB);
  });

  it("keeps every character of every document, in order, on its page (rejected ones too)", () => {
    const seeds = readSeeds(path.join(work, "seeds"));
    const pages = pagesBySeed(path.join(work, "content"));
    expect(seeds.filter((seed) => !pages.has(seed.name)).map((seed) => seed.name)).toEqual([]);
    for (const seed of seeds) {
      if (["alias-title.txt", "alias-region.txt", "bad-date.txt", "minified.txt"].includes(seed.name)) expect(seed.text, seed.name).not.toBeNull();
      expectTextKept(dist, seed, pages.get(seed.name) ?? []);
    }
  });

  it("gives same.txt, same.md and same a page each", () => {
    const pages = pagesBySeed(path.join(work, "content"));
    const names = ["same.txt", "same.md", "same"].map((seed) => pages.get(seed)?.[0]);
    expect(new Set(names).size).toBe(3);
    for (const page of names) expect(readdirSync(path.join(dist, path.dirname(page!)))).toContain("index.html");
  });

  it("publishes no wrong data: no lost numbers, no invalid dates, nothing from outside seeds/, no live formulas", () => {
    const json = readFileSync(path.join(dist, "data/archive.json"), "utf8");
    const archive = JSON.parse(json) as { reports: { projectCount: number | null; sources: { seed: string; published: string | null; title: string | null }[]; projects: { title: string; status?: string; metrics: { value: number; rate: number | null }[] }[] }[] };
    expect(json).not.toContain("SECRET");
    const metrics = archive.reports.flatMap((r) => r.projects.flatMap((p) => p.metrics));
    expect(metrics.length).toBeGreaterThan(0);
    expect(metrics.filter((m) => !(typeof m.value === "number" && Number.isFinite(m.value)))).toEqual([]);
    expect(metrics.filter((m) => !(m.rate === null || m.rate <= 1000))).toEqual([]);
    const sources = archive.reports.flatMap((r) => r.sources);
    expect(sources.find((s) => s.seed === "datetime.txt")?.published).toBe("2024-02-01");
    // Invisible characters never reach a title, and 1\u200d2所 is read as 12.
    const titles = [...sources.map((s) => s.title ?? ""), ...archive.reports.flatMap((r) => r.projects.map((p) => p.title))];
    expect(titles.filter((t) => /[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u.test(t))).toEqual([]);
    const xuchang = archive.reports.find((r) => r.sources.some((s) => s.seed === "zero-width.txt"))!;
    expect(xuchang.projects.flatMap((p) => p.metrics.map((m) => m.value))).toContain(12);
    // A spreadsheet runs no cell of the CSV downloads as a formula.
    for (const csv of ["data/archive.csv"]) {
      const text = readFileSync(path.join(dist, csv), "utf8");
      expect(text).toContain(`"'=HYPERLINK(`);
      expect(text.split("\r\n").flatMap((line) => line.split(",")).filter((cell) => /^[=+@\t\r]|^-(?!\d)/u.test(cell))).toEqual([]);
    }
  });
});
