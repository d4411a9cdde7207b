// A JSON file written piece by piece, byte for byte what JSON.stringify(value, null, 2) gives: a
// national archive's JSON is longer than the longest string V8 can make (~512 MB: "Invalid
// string length" at 32,000 region-years), its parts are not.

import { closeSync, openSync, writeSync } from "node:fs";

/** Writes `value` (a plain object of JSON values) to `path` as JSON.stringify(value, null, 2) + "\n" would, one array element at a time. */
export function writeJsonFile(path: string, value: Record<string, unknown>): void {
  const fd = openSync(path, "w");
  try {
    for (const piece of jsonPieces(value)) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

/** The pieces of that text, in order: the top level's keys, each element of its arrays on its own. */
export function* jsonPieces(value: Record<string, unknown>): Generator<string> {
  // (JSON.stringify leaves out keys whose value it cannot write: undefined, functions, symbols.)
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function" && typeof v !== "symbol");
  if (!entries.length) {
    yield "{}\n";
    return;
  }
  yield "{\n";
  for (const [k, [key, v]] of entries.entries()) {
    const comma = k < entries.length - 1 ? "," : "";
    if (Array.isArray(v) && v.length) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, element] of v.entries()) yield `    ${indented(element, "    ")}${j < v.length - 1 ? "," : ""}\n`;
      yield `  ]${comma}\n`;
    } else yield `  ${JSON.stringify(key)}: ${indented(v, "  ")}${comma}\n`;
  }
  yield "}\n";
}

// An element inside an array is written null as JSON.stringify writes it there (undefined → null).
const indented = (v: unknown, pad: string): string => (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${pad}`);
