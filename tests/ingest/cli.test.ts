// npm run ingest as a user runs it: bad documents are listed, never fatal, never lost.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const tsx = join("node_modules", ".bin", "tsx");

function seedsWithBadFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), "seeds-"));
  copyFileSync("seeds/001_2ac0838930781da6.txt", join(dir, "001.txt"));
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "binary.txt"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00, 0xff]));
  writeFileSync(join(dir, "noyear.txt"), "南阳市民生实事完成情况\n\n全市民生实事完成。\n\n1.新建学校12所。\n\n2.改造公路30公里。");
  return dir;
}

function ingest(seeds: string, ...extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), "content-"));
  const json = join(out, "archive.json");
  const run = spawnSync(tsx, ["scripts/ingest.ts", "--seeds", seeds, "--out", out, "--json", json, ...extra], { encoding: "utf8" });
  return { ...run, out, json };
}

function tree(dir: string, prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, tree(path, `${prefix}${entry.name}/`));
    else if (entry.name !== "archive.json") files[prefix + entry.name] = readFileSync(path, "utf8");
  }
  return files;
}

describe("ingest CLI", () => {
  it("converts the good documents and lists the bad ones with file and line, exit 0", () => {
    const run = ingest(seedsWithBadFiles());
    expect(run.status).toBe(0);
    const archive = JSON.parse(readFileSync(run.json, "utf8"));
    expect(archive.reports.map((r: { id: string }) => r.id)).toEqual(["henan/nanyang/2023"]);
    expect(archive.rejected.map((r: { seed: string }) => r.seed)).toEqual(["binary.txt", "empty.txt", "noyear.txt"]);
    expect(run.stderr).toMatch(/rejected: .*empty\.txt:1:1: the file is empty/);
    expect(run.stderr).toMatch(/rejected: .*binary\.txt:1:1: .*binary/);
    expect(run.stderr).toMatch(/rejected: .*noyear\.txt:1:1: .*year: <YYYY>/);
    // Nothing is lost: each rejected document has its page, with its text where it had one.
    expect(readFileSync(join(run.out, "rejected", "noyear.mdx"), "utf8")).toContain("全市民生实事完成");
  });

  it("exits non-zero with --strict when a document was rejected", () => {
    expect(ingest(seedsWithBadFiles(), "--strict").status).toBe(1);
  });

  it("writes byte-identical output on every run", () => {
    const first = ingest("seeds");
    const second = ingest("seeds");
    expect(tree(first.out)).toEqual(tree(second.out));
    expect(readFileSync(first.json, "utf8")).toBe(readFileSync(second.json, "utf8"));
  });

  it("keeps the committed content/ in step with seeds/", () => {
    const run = ingest("seeds");
    expect(tree(run.out)).toEqual(tree("content"));
  });

  it("prints a one-line summary", () => {
    const out = execFileSync(tsx, ["scripts/ingest.ts", "--seeds", "seeds", "--out", mkdtempSync(join(tmpdir(), "c-"))], { encoding: "utf8" });
    expect(out).toMatch(/^ingest: 5 documents → 5 reports, \d+ projects, \d+ figures; 0 rejected/);
  });
});
