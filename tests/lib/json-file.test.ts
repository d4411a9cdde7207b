// scripts/json-file.ts: the archive's JSON written piece by piece, as JSON.stringify would write it whole.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { jsonPieces, writeJsonFile } from "../../scripts/json-file.ts";

const dir = mkdtempSync(path.join(tmpdir(), "json-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the archive JSON written piece by piece", () => {
  it("is byte for byte JSON.stringify(value, null, 2) with a closing newline, whatever the values", () => {
    const value = {
      version: 1,
      reports: [{ id: "hunan/2024", projects: [{ title: "新建公办幼儿园20所", metrics: [], rate: null }] }, { id: "x", nested: { a: [1, [2, 3], {}] } }],
      empty: [],
      rejected: [{ seed: "a.txt", reason: "line 1:\n“引号” \\ tab\t" }],
      skipped: undefined,
      holes: [undefined, null, "s"],
      object: { a: { b: "c" } },
      last: "end",
    };
    const file = path.join(dir, "a.json");
    writeJsonFile(file, value);
    expect(readFileSync(file, "utf8")).toBe(JSON.stringify(value, null, 2) + "\n");
    expect(readFileSync(file, "utf8")).toBe([...jsonPieces(value)].join(""));
  });

  it("writes an empty object as JSON.stringify does", () => {
    expect([...jsonPieces({})].join("")).toBe(JSON.stringify({}, null, 2) + "\n");
    expect([...jsonPieces({ only: undefined })].join("")).toBe(JSON.stringify({ only: undefined }, null, 2) + "\n");
  });

  it("never holds the whole text: each piece is one element of a top-level array", () => {
    const reports = Array.from({ length: 1000 }, (_, k) => ({ id: `r${k}`, text: "民".repeat(1000) }));
    const pieces = [...jsonPieces({ reports })];
    expect(pieces).toHaveLength(1000 + 4);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1100);
  });

  it("makes no text of a whole top-level array, even to check it (JSON.stringify is never called on it)", () => {
    const reports = [{ id: "a" }, { id: "b" }];
    const calls: unknown[] = [];
    const original = JSON.stringify;
    JSON.stringify = ((v: unknown, ...rest: never[]) => {
      calls.push(v);
      return original(v, ...rest);
    }) as typeof JSON.stringify;
    try {
      [...jsonPieces({ reports })];
    } finally {
      JSON.stringify = original;
    }
    expect(calls).not.toContain(reports);
  });
});
