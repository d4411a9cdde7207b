// npm run ingest as a user runs it: bad documents are listed, never fatal, never lost.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync, symlinkSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileTree } from "./file-tree.ts";

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

  it("reports and skips a non-UTF-8 file name, broken and outward links, folders; dotfiles with a notice; the others convert", () => {
    const dir = mkdtempSync(join(tmpdir(), "seeds-"));
    copyFileSync("seeds/001_2ac0838930781da6.txt", join(dir, "001.txt"));
    const outside = mkdtempSync(join(tmpdir(), "outside-"));
    writeFileSync(join(outside, "secret.txt"), "SECRET 民生实事 outside the seeds folder");
    writeFileSync(Buffer.concat([Buffer.from(join(dir, "bad-")), Buffer.from([0xff, 0xfe]), Buffer.from(".txt")]), "南阳市民生实事");
    symlinkSync(join(dir, "no-such-file.txt"), join(dir, "broken.txt"));
    symlinkSync(join(outside, "secret.txt"), join(dir, "secret.txt"));
    symlinkSync("/etc/passwd", join(dir, "passwd.txt"));
    symlinkSync(join(dir, "001.txt"), join(dir, "inside.txt"));
    writeFileSync(join(dir, ".hidden.txt"), "隐藏的民生实事");
    mkdirSync(join(dir, "folder"));
    const run = ingest(dir);
    expect(run.status).toBe(0);
    const archive = JSON.parse(readFileSync(run.json, "utf8"));
    expect(archive.reports.map((r: { sources: { seed: string }[] }) => r.sources.map((s) => s.seed).sort())).toEqual([["001.txt", "inside.txt"]]);
    expect(archive.rejected).toEqual([]);
    expect(run.stderr).toMatch(/skipped: .*bad-.*: the file name is not valid UTF-8 \(bytes [0-9a-f]+\)/);
    expect(run.stderr).toMatch(/skipped: .*broken\.txt: a broken symbolic link/);
    expect(run.stderr).toMatch(/skipped: .*secret\.txt: a symbolic link to a file outside the seeds folder/);
    expect(run.stderr).toMatch(/skipped: .*passwd\.txt: a symbolic link to a file outside the seeds folder/);
    expect(run.stderr).toMatch(/skipped: .*folder: a folder/);
    expect(run.stderr).toMatch(/notice: .*\.hidden\.txt: a dotfile/);
    // Nothing from outside seeds/ reaches the content.
    const written = Object.values(fileTree(run.out, ["archive.json"])).join("\n") + readFileSync(run.json, "utf8");
    expect(written).not.toContain("SECRET");
    expect(written).not.toContain("root:");
    expect(ingest(dir, "--strict").status).toBe(1);
  });

  it("exits non-zero with --strict when a document was rejected", () => {
    expect(ingest(seedsWithBadFiles(), "--strict").status).toBe(1);
  });

  it("writes byte-identical output on every run", () => {
    const first = ingest("seeds");
    const second = ingest("seeds");
    expect(fileTree(first.out, ["archive.json"])).toEqual(fileTree(second.out, ["archive.json"]));
    expect(readFileSync(first.json, "utf8")).toBe(readFileSync(second.json, "utf8"));
  });

  it("keeps an archivist's <Note> in a report file when it writes the file again, and nothing else of the old file", () => {
    const first = ingest("seeds");
    const file = join(first.out, "reports/henan/2023.mdx");
    const generated = readFileSync(file, "utf8");
    const note = '<Note source="河南省人民政府办公厅" date="2024-03-01">\n第 7 项的完成率以**公报**为准。\n</Note>';
    const comment = generated.indexOf("*/}\n") + "*/}\n".length;
    writeFileSync(file, `${generated.slice(0, comment)}\n${note}\n${generated.slice(comment).replace("本档案读出", "手改的摘要")}`);
    const again = spawnSync(tsx, ["scripts/ingest.ts", "--seeds", "seeds", "--out", first.out], { encoding: "utf8" });
    expect(again.status).toBe(0);
    expect(readFileSync(file, "utf8")).toBe(`${generated.slice(0, comment)}\n${note}\n${generated.slice(comment)}`);
    expect(fileTree(first.out)["reports/henan/nanyang/2023.mdx"]).toBe(fileTree("content")["reports/henan/nanyang/2023.mdx"]);
  });

  it("keeps the committed content/ in step with seeds/", () => {
    const run = ingest("seeds");
    expect(fileTree(run.out, ["archive.json"])).toEqual(fileTree("content", ["archive.json"]));
  });

  it("prints a one-line summary", () => {
    const out = execFileSync(tsx, ["scripts/ingest.ts", "--seeds", "seeds", "--out", mkdtempSync(join(tmpdir(), "c-"))], { encoding: "utf8" });
    expect(out).toMatch(/^ingest: 5 documents → 5 reports, \d+ projects, \d+ figures; 0 rejected/mu);
    // Before it, one review line per document (issue 13).
    expect(out.match(/^review: seeds\/\S+\.txt: /gmu)).toHaveLength(5);
  });

  it("--strict fails on review findings alone (no rejection, no warning), and passes a document without any", () => {
    const dir = (seed: string) => {
      const seeds = mkdtempSync(join(tmpdir(), "seeds-"));
      copyFileSync(join("seeds", seed), join(seeds, seed));
      return seeds;
    };
    // 漯河 2024: two rates over three times their targets, nothing else amiss.
    const flagged = ingest(dir("002_488b7a136eb1a402.txt"), "--strict");
    expect(flagged.stdout).toMatch(/^review: \S+002_488b7a136eb1a402\.txt: 2 findings \(worst 2\/3\): rate-implausible ×2; check the original$/mu);
    expect(flagged.stderr).toContain("ingest --strict: 0 rejected, 0 warnings, 2 review findings");
    expect(flagged.status).toBe(1);
    const clean = ingest(dir("001_2ac0838930781da6.txt"), "--strict");
    expect(clean.stdout).toMatch(/^review: \S+001_2ac0838930781da6\.txt: no findings$/mu);
    expect(clean.status).toBe(0);
  });
});
