// The archive site as GitHub Pages serves it (SITE_URL + BASE_PATH), built from content/ once
// per test run and shared by every file in tests/site/. Builds with the search tests' helper.
//
// Vitest runs test files one after another, each in a worker of its own: the first file to
// ask builds, the others find the marker with this run's id. Each run builds into a folder
// of its own (site-base/<run id>/), so two runs in one checkout never read each other's
// half-written site; folders of runs over an hour old are removed. A lock directory keeps
// two workers of one run from building at once should files ever run in parallel.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { inject } from "vitest";
import { buildSite } from "../search/site.ts";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const BASE = "/minsheng-archive/";
export const SITE_URL = "https://example.github.io";
/** Everything the site tests write: builds, locks, screenshots. */
export const CACHE = path.join(ROOT, "node_modules/.cache/minsheng");
export const SITE_DIR = path.join(CACHE, "site-base");

const STALE_MS = 60 * 60 * 1000;

/** This test run's folder: its build (dist/) and anything else it builds. */
export function runDir(): string {
  return path.join(SITE_DIR, inject("siteRunId"));
}

/** Builds `outDir` from content/ under BASE (from scratch: buildSite clears it first). */
export async function buildBaseSite(outDir: string): Promise<void> {
  // buildSite passes the environment on; the origin is the one option it does not take.
  process.env.SITE_URL = SITE_URL;
  delete process.env.CONTENT_DIR;
  await buildSite({ outDir, base: BASE });
}

/** The run's shared build (its dist directory), building it first if this run has not yet. */
export async function builtSite(): Promise<string> {
  const dir = runDir();
  const dist = path.join(dir, "dist");
  const marker = path.join(dir, "built");
  if (existsSync(marker)) return dist;
  await withLock(`${dir}.lock`, async () => {
    if (existsSync(marker)) return;
    removeStaleRuns();
    await buildBaseSite(dist);
    writeFileSync(marker, new Date().toISOString());
  });
  return dist;
}

function removeStaleRuns(): void {
  if (!existsSync(SITE_DIR)) return;
  for (const entry of readdirSync(SITE_DIR)) {
    const folder = path.join(SITE_DIR, entry);
    const modified = statSync(folder, { throwIfNoEntry: false })?.mtimeMs ?? Date.now();
    if (Date.now() - modified > STALE_MS) rmSync(folder, { recursive: true, force: true });
  }
}

async function withLock(lock: string, work: () => Promise<void>): Promise<void> {
  mkdirSync(SITE_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (!lockHolderAlive(lock)) rmSync(lock, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  writeFileSync(path.join(lock, "pid"), String(process.pid));
  try {
    await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** A lock left by a killed run is taken over. */
function lockHolderAlive(lock: string): boolean {
  const pidFile = path.join(lock, "pid");
  // Just created, the pid follows; a lock without one for a minute was left by a killed run.
  if (!existsSync(pidFile)) return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 60_000;
  try {
    process.kill(Number(readFileSync(pidFile, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}
