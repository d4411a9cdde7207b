// npm run bench:ingest [-- --mb 6] [--runs 3] [--jobs N]
// Converter throughput on a generated corpus of variant documents (scripts/gen-corpus.ts):
// decode → … → MDX text, in process, timed without the disk: on one thread, then with the
// documents read on N worker threads (as `npm run ingest` reads them; N = the cores by default).
// Also scores the corpus against the gold readings the generator writes, so speed never hides
// a drop in quality.
import os from "node:os";
import { parseArgs } from "node:util";
import { generateCorpus } from "./gen-corpus.ts";
import { convert, convertInParallel } from "../src/ingest/convert.ts";
import { defaultJobs } from "../src/ingest/parallel.ts";
import { contentFiles } from "../src/ingest/mdx.ts";
import { scoreArchive, type Gold } from "../tests/helpers/score.ts";

const { values } = parseArgs({ options: { mb: { type: "string", default: "6" }, runs: { type: "string", default: "3" }, jobs: { type: "string", default: String(defaultJobs()) } } });
const jobs = Number(values.jobs);
const docs = [...generateCorpus({ mb: Number(values.mb), seed: 1 })];
const inputs = docs.map((d) => ({ name: d.name, bytes: d.bytes }));
const bytes = inputs.reduce((n, d) => n + d.bytes.length, 0);
const mb = bytes / 1024 / 1024;

let best = Infinity;
let bestCpu = Infinity;
let result: ReturnType<typeof convert> | null = null;
for (let run = 0; run < Number(values.runs); run++) {
  const start = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  result = convert(inputs);
  contentFiles(result.archive, result.texts, { noise: result.noise });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // CPU time of this process: what the wall time would be on an idle machine.
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  best = Math.min(best, seconds);
  bestCpu = Math.min(bestCpu, cpuSeconds);
  console.log(`run ${run + 1}: ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU, ${(mb / seconds).toFixed(2)} MB/s`);
}
const { archive } = result!;
const projects = archive.reports.reduce((n, r) => n + r.projects.length, 0);
const figures = archive.reports.reduce((n, r) => n + r.projects.reduce((m, p) => m + p.metrics.length, 0), 0);
const score = scoreArchive(archive, docs.map((d) => d.gold as unknown as Gold), result!.texts);
const f3 = (x: number) => x.toFixed(3);
console.log(
  `bench:ingest ${docs.length} documents, ${mb.toFixed(2)} MB → ${archive.reports.length} reports, ${projects} projects, ${figures} figures, ${archive.rejected.length} rejected`,
);
console.log(
  `bench:ingest best ${best.toFixed(2)} s wall = ${(mb / best).toFixed(2)} MB/s; ${bestCpu.toFixed(2)} s CPU = ${(mb / bestCpu).toFixed(2)} MB/s; load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
let bestParallel = Infinity;
for (let run = 0; run < Number(values.runs); run++) {
  const start = process.hrtime.bigint();
  const parallel = await convertInParallel(inputs, jobs);
  contentFiles(parallel.archive, parallel.texts, { noise: parallel.noise });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  bestParallel = Math.min(bestParallel, seconds);
  console.log(`run ${run + 1} on ${jobs} threads: ${seconds.toFixed(2)} s wall, ${(mb / seconds).toFixed(2)} MB/s`);
}
console.log(`bench:ingest best on ${jobs} threads ${bestParallel.toFixed(2)} s wall = ${(mb / bestParallel).toFixed(2)} MB/s (each thread loads and warms the converter anew)`);
console.log(
  `bench:ingest score on the corpus: projects R ${f3(score.projectsRecall)} P ${f3(score.projectsPrecision)}, metrics R ${f3(score.metricsRecall)} P ${f3(score.metricsPrecision)}, rates ${f3(score.rates)}, kind ${f3(score.kind)}, rejections ${f3(score.rejections)}`,
);
