// A worker thread of parallel.ts: reads each document it is sent and sends its reading back.
import { parentPort } from "node:worker_threads";
import { readInput } from "./convert.ts";
import type { InputDocument } from "./model.ts";

parentPort!.on("message", ({ index, input }: { index: number; input: InputDocument }) => {
  parentPort!.postMessage({ index, reading: readInput(input) });
});
