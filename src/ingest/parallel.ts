// Reading documents on every core. A document's reading (readInput) depends on that document
// alone, so worker threads read them side by side: what each gives is what one thread gives, and
// the caller receives them in the documents' order, whatever order the workers finish in.
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { readInput, type DocumentReading } from "./convert.ts";
import type { InputDocument } from "./model.ts";

/** Below this many documents a worker's start (loading the converter) costs more than it saves. */
const MIN_PER_WORKER = 16;

/** The worker threads to use: one per core the process may use, or `jobs` where given. */
export function defaultJobs(): number {
  return availableParallelism();
}

/**
 * Reads `inputs` with `jobs` threads and hands each reading to `onReading` in the inputs' order.
 * With one job (or too few documents to share) the documents are read on this thread. Returns the
 * number of worker threads that read them (0: this thread).
 */
export async function readInParallel(inputs: InputDocument[], jobs: number, onReading: (input: InputDocument, reading: DocumentReading) => void): Promise<number> {
  const workers = Math.min(jobs, Math.floor(inputs.length / MIN_PER_WORKER));
  if (workers <= 1) {
    for (const input of inputs) onReading(input, readInput(input));
    return 0;
  }
  // The converter is TypeScript: each worker loads it through the same loader the scripts run on.
  const loader = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  const done = new Map<number, DocumentReading>();
  let next = 0;
  let delivered = 0;
  const deliver = () => {
    for (let reading = done.get(delivered); reading; reading = done.get(delivered)) {
      done.delete(delivered);
      onReading(inputs[delivered]!, reading);
      delivered++;
    }
  };
  await Promise.all(
    Array.from({ length: workers }, () => {
      const worker = new Worker(new URL("./read-worker.ts", import.meta.url), { execArgv: ["--import", loader] });
      let inFlight = 0;
      const send = () => {
        if (next >= inputs.length) return;
        const index = next++;
        inFlight++;
        worker.postMessage({ index, input: inputs[index] });
      };
      return new Promise<void>((resolve, reject) => {
        worker.on("message", ({ index, reading }: { index: number; reading: DocumentReading }) => {
          done.set(index, reading);
          try {
            deliver();
          } catch (error) {
            reject(error);
          }
          inFlight--;
          send();
          if (!inFlight) void worker.terminate().then(() => resolve());
        });
        worker.on("error", reject);
        worker.on("exit", (code) => (next >= inputs.length ? resolve() : reject(new Error(`a reading worker stopped (exit code ${code})`))));
        // Two documents in hand, so a worker never waits for the next one to arrive.
        send();
        send();
      });
    }),
  );
  return workers;
}
