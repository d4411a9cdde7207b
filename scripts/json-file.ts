// A JSON file written piece by piece, byte for byte what JSON.stringify(value, null, 2) + "\n" gives
// for an object of arrays: a national archive's JSON is longer than the longest string V8 can make
// (~512 MB: "Invalid string length" at 32,000 region-years), its parts are not; and the converter
// gives the reports province by province (src/ingest/batches.ts), never holding them all.

import { closeSync, openSync, writeSync } from "node:fs";

/**
 * `{ [keys[0]]: [...], [keys[1]]: [...] }` written element by element as they come, so that the
 * elements need not be held together: `push(key, element)` for the keys in order (a key given no
 * element is written as []), then `close()`.
 */
export class JsonArraysWriter {
  private readonly fd: number;
  /** The key whose array is being written (−1 before the first). */
  private current = -1;
  /** Whether its "[" is written (it has an element). */
  private open = false;

  constructor(path: string, private readonly keys: readonly string[]) {
    this.fd = openSync(path, "w");
    writeSync(this.fd, keys.length ? "{\n" : "{}\n");
  }

  push(key: string, element: unknown): void {
    const k = this.keys.indexOf(key);
    if (k < this.current || k < 0) throw new Error(`JsonArraysWriter: ${key} is not a key or comes before ${this.keys[this.current]}`);
    while (this.current < k) this.next();
    writeSync(this.fd, this.open ? ",\n" : `  ${JSON.stringify(key)}: [\n`);
    this.open = true;
    writeSync(this.fd, `    ${indented(element, "    ")}`);
  }

  close(): void {
    while (this.current < this.keys.length) this.next();
    if (this.keys.length) writeSync(this.fd, "}\n");
    closeSync(this.fd);
  }

  /** Ends the current key's array (as [] if it got no element) and moves to the next key. */
  private next(): void {
    if (this.current >= 0) {
      const comma = this.current < this.keys.length - 1 ? "," : "";
      writeSync(this.fd, this.open ? `\n  ]${comma}\n` : `  ${JSON.stringify(this.keys[this.current])}: []${comma}\n`);
    }
    this.current++;
    this.open = false;
  }
}

// An element inside an array is written null as JSON.stringify writes it there (undefined → null).
const indented = (v: unknown, pad: string): string => (JSON.stringify(v, null, 2) ?? "null").replace(/\n/g, `\n${pad}`);
