// The same input gives the same bytes: two site builds (into two directories) are identical
// trees, two converter runs write identical content collections, and content/ in git is what
// the converter writes from seeds/ today.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, buildBaseSite, builtSite, runDir } from "./build.ts";
import { listFiles } from "./html.ts";

const scratch = mkdtempSync(path.join(tmpdir(), "minsheng-determinism-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Files that differ between two trees: missing on either side, or different bytes. */
function treeDifferences(a: string, b: string): string[] {
  const filesA = listFiles(a);
  const filesB = listFiles(b);
  const inB = new Set(filesB);
  const inA = new Set(filesA);
  return [
    ...filesA.filter((file) => !inB.has(file)).map((file) => `only in the first: ${file}`),
    ...filesB.filter((file) => !inA.has(file)).map((file) => `only in the second: ${file}`),
    ...filesA
      .filter((file) => inB.has(file) && !readFileSync(path.join(a, file)).equals(readFileSync(path.join(b, file))))
      .map((file) => `different bytes: ${file}`),
  ];
}

function ingest(out: string): void {
  execFileSync("npx", ["tsx", "scripts/ingest.ts", "--seeds", "seeds", "--out", out], { cwd: ROOT, stdio: "pipe" });
}

describe("deterministic output", () => {
  it("two builds of the site are byte-identical trees", async () => {
    const first = await builtSite();
    const second = path.join(runDir(), "dist-again");
    await buildBaseSite(second);
    expect(listFiles(first).length).toBeGreaterThan(50);
    expect(treeDifferences(first, second)).toEqual([]);
  });

  it("two runs of the converter write byte-identical content", () => {
    const first = path.join(scratch, "content-1");
    const second = path.join(scratch, "content-2");
    ingest(first);
    ingest(second);
    expect(listFiles(first).length).toBeGreaterThan(0);
    expect(treeDifferences(first, second)).toEqual([]);
  });

  it("content/ in git is the converter's output for seeds/ (run npm run ingest if not)", () => {
    const fresh = path.join(scratch, "content-fresh");
    ingest(fresh);
    expect(treeDifferences(path.join(ROOT, "content"), fresh)).toEqual([]);
  });
});
