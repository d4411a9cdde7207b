// npm run bench:build — how the site build scales (issue 3, README "## Benchmarks").
//
//   npm run bench:build                      ~2,400 region-years (~20,000 project pages)
//   npm run bench:build -- --reports 1000    a smaller archive    --seed N   another corpus
//   --keep                                   leave the work folder (printed) for a look
//   --shards N                               the sharded build instead of steps 2–4 (issue 14): N province
//                                            shards and the common one, each timed and measured as above,
//                                            merged (scripts/shards.ts) and compared with the whole build
//   --shards N --no-whole                    the same without the whole build (sizes where it cannot fit)
//
// 1. scripts/gen-corpus.ts writes a synthetic seeds/ folder; the converter turns it into
//    content collections; as `npm run build:site`, `astro build` builds the archive from them,
//    then scripts/index-search.ts writes the Pagefind index in a process of its own.
// 2. A bare Astro project of the same page count (one route, getStaticPaths, trivial pages)
//    is built with the same astro install: the ratio says what the archive costs over Astro.
// 3. One document added: the converter runs again with the readings it kept (scripts/reading-cache.ts).
// 4. JavaScript a reader downloads: gzipped bytes on a report page (its module scripts and
//    what they import), and a project page without a chart must ship none but the cite
//    block's inline access-date script (src/lib/cite-inline.ts).
//
// Wall time is the two children's; peak memory is the largest resident size of either step's
// process tree (astro; the indexer and Pagefind's binary), sampled from /proc every 100 ms.

import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { generateCorpus, writeCorpus } from "./gen-corpus.ts";
import { CITE_SCRIPT } from "../src/lib/cite-inline.ts";
import { mergeShards, planShards, readReports } from "./shards.ts";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const ASTRO_CLI = path.join(ROOT, "node_modules/astro/bin/astro.mjs");

/**
 * The commands of `npm run build:site` (package.json), so that the benchmark times exactly what
 * a user runs: [astro build with its heap limit, the search index]. "node" is this Node.
 */
function buildSiteSteps(): string[][] {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
  return scripts["build:site"]!.split("&&").map((command) => {
    const [program, ...args] = command.trim().split(/\s+/u);
    if (program !== "node") throw new Error(`build:site: expected node commands, got "${command.trim()}"`);
    return [process.execPath, ...args];
  });
}

const { values: options } = parseArgs({
  options: {
    reports: { type: "string", default: "2400" },
    seed: { type: "string", default: "1" },
    keep: { type: "boolean", default: false },
    shards: { type: "string" },
    "no-whole": { type: "boolean", default: false },
  },
});

interface Run {
  seconds: number;
  /** Largest resident set of the whole process tree seen, in bytes. */
  peakBytes: number;
  /** Largest resident set seen per program of the tree (node, pagefind_extended …). */
  peakByProgram: Map<string, number>;
  /**
   * CPU seconds (user + system) of the tree, as last sampled per process (the last 100 ms of
   * each may be missed): on a machine shared with other jobs, less at their mercy than wall time.
   */
  cpuSeconds: number;
  output: string;
  /** Exit code, when it failed and failing was allowed. */
  failedWith?: number;
}

/** Runs a command, timing it and sampling the memory of it and its descendants. */
function run(command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT, mayFail = false): Promise<Run> {
  const started = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1", ...env } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  let peakBytes = 0;
  const peakByProgram = new Map<string, number>();
  const cpuTicks = new Map<number, number>();
  const sampler = setInterval(() => {
    const { byProgram, ticks } = treeUsage(child.pid!);
    for (const [pid, used] of ticks) cpuTicks.set(pid, Math.max(cpuTicks.get(pid) ?? 0, used));
    peakBytes = Math.max(peakBytes, [...byProgram.values()].reduce((sum, bytes) => sum + bytes, 0));
    for (const [program, bytes] of byProgram) peakByProgram.set(program, Math.max(peakByProgram.get(program) ?? 0, bytes));
  }, 100);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      if (code !== 0 && !mayFail) return reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output}`));
      const cpuSeconds = [...cpuTicks.values()].reduce((sum, used) => sum + used, 0) / CLOCK_TICKS;
      resolve({ seconds: (performance.now() - started) / 1000, peakBytes, peakByProgram, cpuSeconds, output, ...(code !== 0 ? { failedWith: code ?? -1 } : {}) });
    });
  });
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const CLOCK_TICKS = 100;

/** Resident bytes of a process and all its descendants by program name, and each one's CPU ticks so far, from /proc (Linux). */
function treeUsage(pid: number): { byProgram: Map<string, number>; ticks: Map<number, number> } {
  const byProgram = new Map<string, number>();
  const ticks = new Map<number, number>();
  if (!existsSync("/proc/self/stat")) return { byProgram, ticks };
  const processes = new Map<number, { parent: number; program: string; ticks: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/u.test(name)) continue;
    try {
      // "pid (comm) state ppid …": comm may hold spaces, so read after the last ")".
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      // After "pid (comm) ": state ppid … then utime and stime (fields 14 and 15) at 11 and 12.
      const fields = stat.slice(close + 2).split(" ");
      const parent = Number(fields[1]);
      processes.set(Number(name), { parent, program: stat.slice(stat.indexOf("(") + 1, close), ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [member, { parent }] of processes) {
      if (tree.has(parent) && !tree.has(member)) {
        tree.add(member);
        grew = true;
      }
    }
  }
  for (const member of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/u.exec(readFileSync(`/proc/${member}/status`, "utf8"));
      const program = processes.get(member)?.program ?? "?";
      byProgram.set(program, (byProgram.get(program) ?? 0) + Number(rss?.[1] ?? 0) * 1024);
      ticks.set(member, processes.get(member)?.ticks ?? 0);
    } catch {
      // ended
    }
  }
  return { byProgram, ticks };
}

function htmlPages(dir: string, skip = "pagefind"): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html") && !file.startsWith(`${skip}/`))
    .sort();
}

/**
 * A copy of the site's project (src/, public/, config; node_modules linked) to build in. Astro
 * keeps build state in <root>/.astro/ (content-modules.mjs, and .prerender/ when the output is
 * outside the working directory), so a build in the checkout itself would clash with any
 * other build of the checkout running at the same time.
 */
function writeSiteProject(dir: string): void {
  mkdirSync(dir, { recursive: true });
  for (const entry of ["src", "public", "scripts", "astro.config.mjs", "package.json", "tsconfig.json"]) {
    cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
}

/** A minimal Astro project with `pages` trivial pages, built with this repository's astro. */
function writeBareProject(dir: string, pages: number): void {
  mkdirSync(path.join(dir, "src/pages"), { recursive: true });
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "bare", private: true, type: "module" })}\n`);
  writeFileSync(
    path.join(dir, "astro.config.mjs"),
    `import { defineConfig } from "astro/config";\nexport default defineConfig({ trailingSlash: "always", build: { format: "directory" } });\n`,
  );
  writeFileSync(
    path.join(dir, "src/pages/[n].astro"),
    `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, n) => ({ params: { n: String(n) } }));
}
const { n } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>第 {n} 页</title></head><body><h1>第 {n} 页</h1></body></html>
`,
  );
}

/** Gzipped bytes of a page's module scripts and everything they import from the site (`except`: an inline script not counted). */
function pageScriptBytes(dist: string, page: string, except?: string): { files: string[]; raw: number; gzip: number } {
  const html = readFileSync(path.join(dist, page), "utf8");
  const queue = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/gu)].map(([, src]) => src!.replace(/^\//u, ""));
  let raw = 0;
  let gzip = 0;
  for (const [, inline] of html.matchAll(/<script\b(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>([\s\S]*?)<\/script>/gu)) {
    if (inline === except) continue;
    raw += Buffer.byteLength(inline!);
    gzip += gzipSync(inline!).length;
  }
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const bytes = readFileSync(path.join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
    const imports = bytes.toString("utf8").matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/gu);
    for (const [, specifier] of imports) queue.push(path.posix.join(path.posix.dirname(file), specifier!));
  }
  return { files: [...seen], raw, gzip };
}

const seconds = (s: number): string => `${s.toFixed(1)} s`;
const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(bytes < 100 * 1024 * 1024 ? 1 : 0)} MB`;
const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} kB`;
/** Each program's peak in a step, largest first. */
const programs = (step: Run): string => [...step.peakByProgram].sort((a, b) => b[1] - a[1]).map(([program, bytes]) => `${program} ${megabytes(bytes)}`).join(", ");

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(tmpdir(), "minsheng-bench-build-"));
  const seeds = path.join(work, "seeds");
  const content = path.join(work, "content");
  const dist = path.join(work, "site/dist");
  console.log(`work folder: ${work}`);
  try {
    const corpus = writeCorpus(seeds, { reports: Number(options.reports), seed: Number(options.seed) });
    console.log(`corpus: ${corpus.documents} documents, ${corpus.reports} region-years, ${megabytes(corpus.bytes)}`);

    // The converter keeps its readings in the work folder: this run reads every document.
    const converter = (out: string) =>
      run(process.execPath, [path.join(ROOT, "node_modules/tsx/dist/cli.mjs"), "scripts/ingest.ts", "--seeds", seeds, "--out", out, "--cache", path.join(work, "ingest-cache")]);
    const ingest = await converter(content);
    console.log(ingest.output.split("\n").find((line) => line.startsWith("ingest:")) ?? "");
    const reports = readdirSync(path.join(content, "reports"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx")).length;
    console.log(`  converter: ${seconds(ingest.seconds)} (CPU ${seconds(ingest.cpuSeconds)}), peak memory ${megabytes(ingest.peakBytes)}`);
    if (reports < 1000) console.log(`  (${reports} reports: the benchmark proper wants ≥ 1,000; raise --reports)`);

    const siteDir = path.join(work, "site");
    writeSiteProject(siteDir);
    if (options.shards && options["no-whole"]) {
      await benchShards({ work, content, siteDir, dist: null, count: Number(options.shards) });
      return;
    }
    // As npm run build:site: astro build, then the search index in a process of its own.
    const siteEnv = { CONTENT_DIR: content, OUT_DIR: dist, ASTRO_CACHE_DIR: path.join(siteDir, "astro-cache"), BASE_PATH: "/" };
    const [astroStep, indexStep] = buildSiteSteps();
    // With --shards, the whole build may run out of memory: the shards are measured all the same.
    const astro = await run(astroStep![0]!, astroStep!.slice(1), siteEnv, siteDir, Boolean(options.shards));
    if (astro.failedWith !== undefined) {
      const lastLines = astro.output.trim().split("\n").slice(-3).join(" | ");
      console.log(`whole build: astro build failed (exit ${astro.failedWith}) after ${seconds(astro.seconds)}, CPU ${seconds(astro.cpuSeconds)}, peak ${megabytes(astro.peakBytes)}: ${lastLines.slice(0, 400)}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
      await benchShards({ work, content, siteDir, dist: null, count: Number(options.shards) });
      return;
    }
    const indexing = await run(indexStep![0]!, indexStep!.slice(1), siteEnv, siteDir);
    // The two steps run one after the other: times add up, the peak is the larger of the two.
    const build = { seconds: astro.seconds + indexing.seconds, cpuSeconds: astro.cpuSeconds + indexing.cpuSeconds, peakBytes: Math.max(astro.peakBytes, indexing.peakBytes), output: astro.output + indexing.output };
    const pages = htmlPages(dist).length;
    const projectPages = htmlPages(dist).filter((file) => /\/\d{4}\/[^/]+\/index\.html$/u.test(file)).length;
    if (options.shards) {
      console.log("");
      console.log(`whole build: ${reports} reports, ${projectPages} project pages, ${pages} pages in ${seconds(build.seconds)} (astro ${seconds(astro.seconds)}, index ${seconds(indexing.seconds)}), CPU ${seconds(build.cpuSeconds)}, peak ${megabytes(build.peakBytes)} (astro ${megabytes(astro.peakBytes)}: ${programs(astro)}; index ${megabytes(indexing.peakBytes)}: ${programs(indexing)}); load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
      await benchShards({ work, content, siteDir, dist, count: Number(options.shards) });
      return;
    }

    // One document more (another corpus's first): the converter reads it and reuses the rest.
    const added = generateCorpus({ reports: 1, seed: Number(options.seed) + 1000 }).next().value!;
    writeFileSync(path.join(seeds, `zz-added-${added.name}`), added.bytes);
    const plusOne = await converter(path.join(work, "content-plus-one"));
    const cacheLine = plusOne.output.split("\n").find((line) => line.startsWith("ingest cache:")) ?? "";

    const bareDir = path.join(work, "bare");
    writeBareProject(bareDir, pages);
    const bare = await run(process.execPath, [ASTRO_CLI, "build"], {}, bareDir);
    const barePages = htmlPages(path.join(bareDir, "dist")).length;

    const reportPage = htmlPages(dist).find((file) => /\/\d{4}\/index\.html$/u.test(file) && readFileSync(path.join(dist, file), "utf8").includes("<canvas"));
    const reportJs = reportPage ? pageScriptBytes(dist, reportPage) : null;
    const chartless = htmlPages(dist).filter(
      (file) => /\/\d{4}\/[^/]+\/index\.html$/u.test(file) && !readFileSync(path.join(dist, file), "utf8").includes("<canvas"),
    );
    const chartlessWithJs = chartless.filter((file) => pageScriptBytes(dist, file, CITE_SCRIPT).raw > 0);

    console.log("");
    console.log(`archive build: ${reports} reports, ${projectPages} project pages, ${pages} pages in ${seconds(build.seconds)}`);
    console.log(`  astro build ${seconds(astro.seconds)}, then the search index ${seconds(indexing.seconds)}; CPU ${seconds(build.cpuSeconds)} (astro ${seconds(astro.cpuSeconds)}, index ${seconds(indexing.cpuSeconds)})`);
    console.log(`  ${(pages / build.seconds).toFixed(0)} pages/s, peak memory ${megabytes(build.peakBytes)} (astro build ${megabytes(astro.peakBytes)}: ${programs(astro)}; index ${megabytes(indexing.peakBytes)}: ${programs(indexing)})`);
    const phases = build.output.split("\n").filter((line) => /Synced content|\[types\] Generated|✓ Completed in|indexed \d+|page\(s\) built/u.test(line));
    for (const line of phases) console.log(`    ${line.trim()}`);
    console.log(`one document added: converter ${seconds(plusOne.seconds)}, CPU ${seconds(plusOne.cpuSeconds)} (${cacheLine.replace(/ \(.*$/u, "")}), peak memory ${megabytes(plusOne.peakBytes)}; the site is built again whole`);
    console.log(`bare Astro build: ${barePages} pages in ${seconds(bare.seconds)} (CPU ${seconds(bare.cpuSeconds)}), ${(barePages / bare.seconds).toFixed(0)} pages/s, peak ${megabytes(bare.peakBytes)}`);
    console.log(`  archive / bare: ${(build.seconds / bare.seconds).toFixed(1)}× the time (${(build.cpuSeconds / bare.cpuSeconds).toFixed(1)}× the CPU), ${(build.peakBytes / bare.peakBytes).toFixed(1)}× the memory; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    if (reportJs) {
      console.log(`JS on a report page (${reportPage}): ${kilobytes(reportJs.gzip)} gzipped (${kilobytes(reportJs.raw)} raw) in ${reportJs.files.length} files`);
    }
    console.log(`project pages without a chart: ${chartless.length}, of which ship JavaScript beyond the cite block's inline script (${Buffer.byteLength(CITE_SCRIPT)} bytes): ${chartlessWithJs.length}`);
    if (chartlessWithJs.length > 0) {
      console.error(`JavaScript on chartless project pages, e.g. ${chartlessWithJs.slice(0, 3).join(", ")}`);
      process.exitCode = 1;
    }
  } finally {
    if (options.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/**
 * The sharded build of the same content (docs/ARCHITECTURE.md "Sharded builds"): each shard as
 * `npm run build:site` with SHARD and SHARD_PLAN, one after another in the same project copy
 * (each with a cache of its own, as a fresh CI job), measured as the whole build was; then the
 * merge, and the comparison with the whole build: everything but pagefind/ (one bundle there,
 * per shard here), then the whole build's index again with the plan, and everything.
 */
async function benchShards(args: { work: string; content: string; siteDir: string; dist: string | null; count: number }): Promise<void> {
  const { work, content, siteDir, dist, count } = args;
  const plan = planShards(readReports(content), count);
  const planFile = path.join(work, "shards.json");
  writeFileSync(planFile, JSON.stringify(plan));
  const [astroStep, indexStep] = buildSiteSteps();
  const dirs: string[] = [];
  let total = 0;
  let cpu = 0;
  let peak = 0;
  for (const name of [...plan.shards.map((shard) => shard.name), "common"]) {
    const out = path.join(work, `shard-${name}`);
    dirs.push(out);
    const env = { CONTENT_DIR: content, OUT_DIR: out, ASTRO_CACHE_DIR: path.join(work, `cache-${name}`), BASE_PATH: "/", SHARD: name, SHARD_PLAN: planFile };
    const astro = await run(astroStep![0]!, astroStep!.slice(1), env, siteDir);
    const indexing = await run(indexStep![0]!, indexStep!.slice(1), env, siteDir);
    const built = astro.output.match(/(\d+) page\(s\) built/u)?.[1] ?? "?";
    const provinces = plan.shards.find((shard) => shard.name === name)?.provinces.length ?? 0;
    total += astro.seconds + indexing.seconds;
    cpu += astro.cpuSeconds + indexing.cpuSeconds;
    peak = Math.max(peak, astro.peakBytes, indexing.peakBytes);
    console.log(
      `shard ${name} (${name === "common" ? "site-wide pages" : `${provinces} provinces`}): ${built} pages rendered, ${seconds(astro.seconds + indexing.seconds)} (astro ${seconds(astro.seconds)}, index ${seconds(indexing.seconds)}), CPU ${seconds(astro.cpuSeconds + indexing.cpuSeconds)}, peak ${megabytes(Math.max(astro.peakBytes, indexing.peakBytes))} (astro ${programs(astro)}; index ${programs(indexing)})`,
    );
  }
  const merged = path.join(work, "merged");
  const started = performance.now();
  const result = await mergeShards(merged, dirs);
  const mergeSeconds = (performance.now() - started) / 1000;
  console.log(`merge: ${result.files} files in ${seconds(mergeSeconds)}; shards in all ${seconds(total)}, CPU ${seconds(cpu)}, largest peak ${megabytes(peak)}; load average ${loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  if (dist === null) return;
  const compare = (skip: (file: string) => boolean) => {
    const a = allFiles(dist).filter((file) => !skip(file));
    const b = allFiles(merged).filter((file) => !skip(file));
    const [inA, inB] = [new Set(a), new Set(b)];
    const missing = a.filter((file) => !inB.has(file)).length + b.filter((file) => !inA.has(file)).length;
    const differing = a.filter((file) => inB.has(file) && !readFileSync(path.join(dist, file)).equals(readFileSync(path.join(merged, file))));
    return { files: a.length, missing, differing };
  };
  const outside = compare((file) => file.startsWith("pagefind/"));
  console.log(`merged vs whole build, outside pagefind/: ${outside.files} files, ${outside.missing} in one only, ${outside.differing.length} differing${outside.differing.length ? ` (${outside.differing.slice(0, 5).join(", ")})` : ""}`);
  const indexing = await run(indexStep![0]!, indexStep!.slice(1), { CONTENT_DIR: content, OUT_DIR: dist, BASE_PATH: "/", SHARD_PLAN: planFile }, siteDir);
  console.log(`whole build's index with the plan (shard by shard): ${seconds(indexing.seconds)}, CPU ${seconds(indexing.cpuSeconds)}, peak ${megabytes(indexing.peakBytes)} (${programs(indexing)})`);
  const everything = compare(() => false);
  console.log(`merged vs whole build with the plan: ${everything.files} files, ${everything.missing} in one only, ${everything.differing.length} differing`);
  if (outside.missing + outside.differing.length + everything.missing + everything.differing.length > 0) process.exitCode = 1;
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

await main();
