// src/lib/json-arrays.ts: the archive's JSON written element by element, as JSON.stringify would write it whole.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { JsonArraysWriter, jsonArraysFile } from "../../src/lib/json-arrays.ts";

const dir = mkdtempSync(path.join(tmpdir(), "json-file-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes `value` through the writer, key by key in its order, and returns the file's text. */
function streamed(name: string, value: Record<string, unknown[]>): string {
  const file = path.join(dir, name);
  const writer = jsonArraysFile(file, Object.keys(value));
  for (const [key, elements] of Object.entries(value)) for (const element of elements) writer.push(key, element);
  writer.close();
  return readFileSync(file, "utf8");
}

describe("the archive JSON written element by element", () => {
  it("is byte for byte JSON.stringify(value, null, 2) with a closing newline, whatever the elements", () => {
    const value = {
      reports: [{ id: "hunan/2024", projects: [{ title: "新建公办幼儿园20所", metrics: [], rate: null }] }, { id: "x", nested: { a: [1, [2, 3], {}] } }],
      empty: [],
      rejected: [{ seed: "a.txt", reason: "line 1:\n“引号” \\ tab\t" }],
      holes: [undefined, null, "s"],
      last: [],
    };
    expect(streamed("a.json", value)).toBe(JSON.stringify(value, null, 2) + "\n");
  });

  it("writes arrays that get no element, and an object of no keys, as JSON.stringify does", () => {
    expect(streamed("b.json", { reports: [], rejected: [] })).toBe(JSON.stringify({ reports: [], rejected: [] }, null, 2) + "\n");
    expect(streamed("c.json", { reports: [], rejected: [{ seed: "x" }] })).toBe(JSON.stringify({ reports: [], rejected: [{ seed: "x" }] }, null, 2) + "\n");
    expect(streamed("d.json", {})).toBe(JSON.stringify({}, null, 2) + "\n");
  });

  it("refuses a key out of order or unknown, rather than write a file that is not the object", () => {
    const writer = jsonArraysFile(path.join(dir, "e.json"), ["reports", "rejected"]);
    writer.push("rejected", { seed: "a" });
    expect(() => writer.push("reports", { id: "b" })).toThrow(/reports/);
    expect(() => writer.push("other", {})).toThrow(/other/);
    writer.close();
  });

  it("makes no text of more than one element at a time (JSON.stringify is called on elements only)", () => {
    const reports = Array.from({ length: 50 }, (_, k) => ({ id: `r${k}`, text: "民".repeat(100) }));
    const calls: unknown[] = [];
    const original = JSON.stringify;
    JSON.stringify = ((v: unknown, ...rest: never[]) => {
      calls.push(v);
      return original(v, ...rest);
    }) as typeof JSON.stringify;
    let text: string;
    try {
      text = streamed("f.json", { reports });
    } finally {
      JSON.stringify = original;
    }
    expect(text).toBe(JSON.stringify({ reports }, null, 2) + "\n");
    expect(calls.filter((v) => typeof v === "object" && v !== null && !("id" in v))).toEqual([]);
  });
});
