// A JSON object of arrays written piece by piece, byte for byte what JSON.stringify(value, null, 2)
// + "\n" gives: a national archive's JSON is longer than the longest string V8 can make (~512 MB:
// "Invalid string length" at 32,000 region-years), its parts are not. The converter gives the
// reports province by province (src/ingest/batches.ts), the site's downloads read them file by
// file (src/lib/content-files.ts): neither holds them all as one text.

import { closeSync, openSync, writeSync } from "node:fs";

/**
 * `{ [keys[0]]: [...], [keys[1]]: [...] }` handed to `write` piece by piece as the elements come,
 * so that the elements need not be held together: `push(key, element)` for the keys in order (a
 * key given no element is written as []), then `close()`.
 */
export class JsonArraysWriter {
  private readonly write: (text: string) => void;
  private readonly keys: readonly string[];
  /** The key whose array is being written (−1 before the first). */
  private current = -1;
  /** Whether its "[" is written (it has an element). */
  private open = false;

  // No parameter properties: astro.config.mjs imports this through plain Node's type stripping.
  constructor(write: (text: string) => void, keys: readonly string[]) {
    this.write = write;
    this.keys = keys;
    write(keys.length ? "{\n" : "{}\n");
  }

  push(key: string, element: unknown): void {
    const k = this.keys.indexOf(key);
    if (k < this.current || k < 0) throw new Error(`JsonArraysWriter: ${key} is not a key or comes before ${this.keys[this.current]}`);
    while (this.current < k) this.next();
    this.write(this.open ? ",\n" : `  ${JSON.stringify(key)}: [\n`);
    this.open = true;
    this.write(`    ${indented(element, "    ")}`);
  }

  close(): void {
    while (this.current < this.keys.length) this.next();
    if (this.keys.length) this.write("}\n");
  }

  /** Ends the current key's array (as [] if it got no element) and moves to the next key. */
  private next(): void {
    if (this.current >= 0) {
      const comma = this.current < this.keys.length - 1 ? "," : "";
      this.write(this.open ? `\n  ]${comma}\n` : `  ${JSON.stringify(this.keys[this.current])}: []${comma}\n`);
    }
    this.current++;
    this.open = false;
  }
}

/** A JsonArraysWriter into a file; `close()` ends the JSON and closes the file. */
export function jsonArraysFile(path: string, keys: readonly string[]): JsonArraysWriter {
  const fd = openSync(path, "w");
  const writer = new JsonArraysWriter((text) => writeSync(fd, text), keys);
  const close = writer.close.bind(writer);
  writer.close = () => {
    close();
    closeSync(fd);
  };
  return writer;
}

// An element inside an array is written null as JSON.stringify writes it there (undefined → null).
const indented = (v: unknown, pad: string): string => (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${pad}`);
