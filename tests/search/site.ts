// Build the site for search tests and benchmarks into a folder of their own, so they never
// touch dist/ or another build that runs beside them.

import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

const VITE_ENV_KEYS = new Set(["BASE_URL", "MODE", "DEV", "PROD", "SSR", "SITE", "ASSETS_PREFIX"]);

export interface BuildOptions {
  outDir: string;
  base: string;
  /** Content collections to build from (CONTENT_DIR of src/content.config.ts). */
  contentDir?: string;
  /** Measure the build's peak memory (GNU time's maximum resident set size, where /usr/bin/time exists). */
  measureMemory?: boolean;
}

/**
 * `astro build` and the Pagefind bundle (npm run build:site) from scratch — a content cache left by
 * an earlier build of other content can fail the build; rejects with the build's output.
 */
export async function buildSite(options: BuildOptions): Promise<{ peakKb: number | null }> {
  const cacheDir = `${options.outDir}-astro-cache`;
  await rm(cacheDir, { recursive: true, force: true });
  await rm(options.outDir, { recursive: true, force: true });
  // Vitest puts Vite's import.meta.env keys (BASE_URL "/", MODE, SITE …) into process.env;
  // a child build inheriting them would ignore the base path.
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !VITE_ENV_KEYS.has(key)),
  );
  const env = {
    ...inherited,
    OUT_DIR: options.outDir,
    BASE_PATH: options.base,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
    ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
  };
  // The site's own build: astro build, then the search index in a process of its own.
  if (options.measureMemory && existsSync(GNU_TIME)) {
    // The largest resident set of any process of the build (astro, then the indexer).
    const output = await run(GNU_TIME, ["-f", "peak-rss-kb=%M", "npm", "run", "build:site"], env);
    const peak = /peak-rss-kb=(\d+)/.exec(output);
    return { peakKb: peak ? Number(peak[1]) : null };
  }
  await run("npm", ["run", "build:site"], env);
  return { peakKb: null };
}

const GNU_TIME = "/usr/bin/time";

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(" ")} failed (${code}):\n${output}`))));
  });
}
