// npm run bench:mutation:sample [-- --n 300 --seed 15 --list]
// The mutation score of the whole of src/ingest/ as an estimate from a seeded random sample
// of its mutants: a full run is many hours on two cores (docs/BENCHMARKS.md). Lists every
// mutant with Stryker's own instrumenter (the same mutators and locations as a full run),
// draws n of them stratified by file (proportional, largest remainder; a seeded RNG, so the
// same seed and source give the same sample), and runs Stryker on the sampled mutants only:
// `mutate` ranges for their locations and an ignore plugin (mutation-sample-ignorer.mjs) for
// the mutants nested inside them. Prints the score with a 95% Wilson interval, per file.
// --list: only count the mutants per file. --report FILE[,FILE]: re-score a finished run (later reports override).
// --since DIR: the sample of an earlier run (DIR/sample.json, DIR/mutation.json) measured again
// after tests were added: its killed mutants stay killed (the tests that killed them are still
// there and the source is the same, which is checked), so only its survivors and uncovered
// mutants run again.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { Instrumenter } from "@stryker-mutator/instrumenter";
import { prng } from "./gen-corpus.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "300" },
    seed: { type: "string", default: "15" },
    list: { type: "boolean", default: false },
    report: { type: "string" },
    out: { type: "string", default: "reports/mutation/sample" },
    since: { type: "string" },
  },
});

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(path.join(dir, e.name)) : e.name.endsWith(".ts") ? [path.join(dir, e.name)] : [],
  );
}

const quiet = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, fatal() {}, isDebugEnabled: () => false, isTraceEnabled: () => false, isInfoEnabled: () => false, isWarnEnabled: () => false, isErrorEnabled: () => false, isFatalEnabled: () => false };

async function listMutants() {
  const files = walk("src/ingest").sort();
  const { mutants } = await new Instrumenter(quiet).instrument(
    files.map((name) => ({ name: path.resolve(name), mutate: true, content: fs.readFileSync(name, "utf8") })),
    { plugins: null, excludedMutations: [], ignorers: [] },
  );
  return mutants.map((m) => ({
    file: path.relative(process.cwd(), m.fileName),
    // babel positions: lines from 1, columns from 0 (Stryker's `mutate` ranges use the same)
    loc: {
      start: { line: m.location.start.line + 1, column: m.location.start.column },
      end: { line: m.location.end.line + 1, column: m.location.end.column },
    },
    mutatorName: m.mutatorName,
    replacement: m.replacement,
  }));
}

function draw(all, n, seed) {
  const random = prng(seed);
  const byFile = new Map();
  for (const m of all) (byFile.get(m.file) ?? byFile.set(m.file, []).get(m.file)).push(m);
  // proportional allocation, largest remainder
  const quotas = [...byFile].map(([file, ms]) => ({ file, ms, exact: (n * ms.length) / all.length }));
  for (const q of quotas) q.take = Math.floor(q.exact);
  let left = n - quotas.reduce((s, q) => s + q.take, 0);
  for (const q of [...quotas].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.file.localeCompare(b.file))) {
    if (left-- <= 0) break;
    q.take++;
  }
  const sample = [];
  for (const q of quotas) {
    const ms = [...q.ms];
    for (let i = 0; i < q.take; i++) {
      const j = i + Math.floor(random() * (ms.length - i));
      [ms[i], ms[j]] = [ms[j], ms[i]];
      sample.push(ms[i]);
    }
  }
  return sample;
}

const key = (file, loc, mutatorName, replacement) =>
  `${file}:${loc.start.line}:${loc.start.column}-${loc.end.line}:${loc.end.column} ${mutatorName} ${replacement}`;

function wilson(k, n, z = 1.96) {
  if (n === 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = p + (z * z) / (2 * n);
  const h = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [(c - h) / d, (c + h) / d];
}

const pct = (x) => `${(100 * x).toFixed(1)}%`;

/** Scores the sample; a later report's status of a mutant overrides an earlier one's. */
function score(samplePath, reportPaths) {
  const sample = JSON.parse(fs.readFileSync(samplePath, "utf8"));
  const status = new Map();
  for (const reportPath of [reportPaths].flat()) for (const [file, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(reportPath, "utf8")).files)) {
    const rel = path.relative(process.cwd(), path.resolve(file));
    for (const m of mutants) {
      // the report's columns count from 1
      const loc = { start: { line: m.location.start.line, column: m.location.start.column - 1 }, end: { line: m.location.end.line, column: m.location.end.column - 1 } };
      status.set(key(rel, loc, m.mutatorName, m.replacement), m);
    }
  }
  const rows = new Map();
  const total = { killed: 0, timeout: 0, survived: 0, nocov: 0, excluded: 0, missing: 0 };
  const survivors = [];
  for (const s of sample.mutants) {
    const m = status.get(key(s.file, s.loc, s.mutatorName, s.replacement));
    const row = rows.get(s.file) ?? rows.set(s.file, { killed: 0, timeout: 0, survived: 0, nocov: 0, excluded: 0, missing: 0 }).get(s.file);
    const kind = !m ? "missing"
      : m.status === "Killed" || m.status === "Timeout" ? "killed"
      : m.status === "Survived" ? "survived"
      : m.status === "NoCoverage" ? "nocov"
      : "excluded"; // Ignored (static), CompileError, RuntimeError: not in a mutation score
    row[kind]++;
    total[kind]++;
    // Stryker counts a timeout as killed (the mutant looped); shown apart, since a loaded machine can time out a slow mutant too
    if (m?.status === "Timeout") {
      row.timeout++;
      total.timeout++;
    }
    if (kind === "survived" || kind === "nocov") survivors.push(`${s.file}:${s.loc.start.line}:${s.loc.start.column + 1} ${m.status} ${s.mutatorName} → ${s.replacement.replace(/\s+/g, " ").slice(0, 80)}`);
  }
  const line = (name, r) => {
    const scored = r.killed + r.survived + r.nocov;
    const [lo, hi] = wilson(r.killed, scored);
    return `| ${name} | ${scored} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.nocov} | ${scored ? pct(r.killed / scored) : "–"} | ${scored ? `${pct(lo)}–${pct(hi)}` : "–"} |`;
  };
  const out = [
    `sample: ${sample.mutants.length} of ${sample.population} mutants (seed ${sample.seed}); excluded (static, compile/runtime error): ${total.excluded}; not found in the report: ${total.missing}`,
    "",
    "| file | scored | killed | of which timeouts | survived | no coverage | score | 95% interval |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...[...rows].sort(([a], [b]) => a.localeCompare(b)).map(([f, r]) => line(f.replace("src/ingest/", ""), r)),
    line("**all of src/ingest/**", total),
    "",
    "survivors:",
    ...survivors,
  ];
  console.log(out.join("\n"));
  return out;
}

const all = await listMutants();
if (values.list) {
  const counts = new Map();
  for (const m of all) counts.set(m.file, (counts.get(m.file) ?? 0) + 1);
  for (const [f, c] of [...counts].sort((a, b) => b[1] - a[1])) console.log(String(c).padStart(6), f);
  console.log(String(all.length).padStart(6), "mutants in src/ingest/");
  process.exit(0);
}
fs.mkdirSync(values.out, { recursive: true });
const samplePath = path.join(values.out, "sample.json");
const reportPath = path.join(values.out, "mutation.json");
if (values.report) {
  score(samplePath, values.report.split(","));
  process.exit(0);
}
let runPath = samplePath;
const reports = [reportPath];
if (values.since) {
  // The earlier run's sample, its killed mutants kept, the others run again.
  const earlierSample = JSON.parse(fs.readFileSync(path.join(values.since, "sample.json"), "utf8"));
  const earlierReport = path.join(values.since, "mutation.json");
  const current = new Set(all.map((m) => key(m.file, m.loc, m.mutatorName, m.replacement)));
  const changed = earlierSample.mutants.filter((m) => !current.has(key(m.file, m.loc, m.mutatorName, m.replacement)));
  if (changed.length) throw new Error(`${changed.length} sampled mutants no longer exist: the source changed since ${values.since}; draw a new sample`);
  const earlier = new Map();
  for (const [file, { mutants }] of Object.entries(JSON.parse(fs.readFileSync(earlierReport, "utf8")).files)) {
    for (const m of mutants) earlier.set(key(path.relative(process.cwd(), path.resolve(file)), { start: { line: m.location.start.line, column: m.location.start.column - 1 }, end: { line: m.location.end.line, column: m.location.end.column - 1 } }, m.mutatorName, m.replacement), m.status);
  }
  fs.writeFileSync(samplePath, JSON.stringify(earlierSample, null, 1));
  const again = earlierSample.mutants.filter((m) => ["Survived", "NoCoverage"].includes(earlier.get(key(m.file, m.loc, m.mutatorName, m.replacement))));
  runPath = path.join(values.out, "run-again.json");
  fs.writeFileSync(runPath, JSON.stringify({ ...earlierSample, mutants: again }, null, 1));
  reports.unshift(earlierReport);
  console.log(`${again.length} of the ${earlierSample.mutants.length} sampled mutants survived or were not covered in ${values.since}: running them again`);
} else {
  const mutants = draw(all, Number(values.n), Number(values.seed));
  fs.writeFileSync(samplePath, JSON.stringify({ seed: Number(values.seed), population: all.length, mutants }, null, 1));
}
const started = Date.now();
const run = spawnSync(process.execPath, ["node_modules/@stryker-mutator/core/bin/stryker.js", "run", "stryker.sample.config.mjs"], {
  stdio: "inherit",
  env: { ...process.env, MUTATION_SAMPLE: path.resolve(runPath), MUTATION_SAMPLE_REPORT: reportPath },
});
if (run.status !== 0) process.exit(run.status ?? 1);
const out = score(samplePath, reports);
const minutes = (Date.now() - started) / 60000;
console.log(`\ntime: ${minutes.toFixed(1)} min`);
fs.writeFileSync(path.join(values.out, "summary.md"), [...out, "", `time: ${minutes.toFixed(1)} min`].join("\n") + "\n");
