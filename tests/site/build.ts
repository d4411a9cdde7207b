// The archive site as GitHub Pages serves it (SITE_URL + BASE_PATH), built from content/ once
// per test run and shared by every file in tests/site/. Builds with the search tests' helper.
//
// Vitest runs test files one after another, each in a worker of its own: the first file to
// ask builds, the others find the marker with this run's id. A lock directory keeps two
// workers from building at once should files ever run in parallel.

import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
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
export const DIST = path.join(SITE_DIR, "dist");

const MARKER = path.join(SITE_DIR, "built-for-run");
const LOCK = path.join(CACHE, "site-base.lock");

/** Builds `outDir` from content/ under BASE, from scratch. */
export async function buildBaseSite(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-astro-cache`, { recursive: true, force: true });
  // buildSite passes the environment on; the origin is the one option it does not take.
  process.env.SITE_URL = SITE_URL;
  delete process.env.CONTENT_DIR;
  await buildSite({ outDir, base: BASE });
}

/** The shared build's dist directory, building it first if this run has not yet. */
export async function builtSite(): Promise<string> {
  const runId = inject("siteRunId");
  if (readMarker() === runId) return DIST;
  await withLock(async () => {
    if (readMarker() === runId) return;
    rmSync(MARKER, { force: true });
    await buildBaseSite(DIST);
    writeFileSync(MARKER, runId);
  });
  return DIST;
}

function readMarker(): string | null {
  return existsSync(MARKER) ? readFileSync(MARKER, "utf8") : null;
}

async function withLock(work: () => Promise<void>): Promise<void> {
  mkdirSync(SITE_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      if (!lockHolderAlive()) rmSync(LOCK, { recursive: true, force: true });
      else await sleep(500);
    }
  }
  writeFileSync(path.join(LOCK, "pid"), String(process.pid));
  try {
    await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** A lock left by a killed run is taken over. */
function lockHolderAlive(): boolean {
  const pidFile = path.join(LOCK, "pid");
  // Just created, the pid follows; a lock without one for a minute was left by a killed run.
  if (!existsSync(pidFile)) return Date.now() - (statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 60_000;
  try {
    process.kill(Number(readFileSync(pidFile, "utf8")), 0);
    return true;
  } catch {
    return false;
  }
}
