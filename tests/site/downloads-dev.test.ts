// The whole archive's downloads: a build writes them after its pages, streamed from the
// converter's files (src/integrations/archive-downloads.ts); `astro dev` serves the same texts
// from a route that renders nothing in a build (src/pages/data/[name].json.ts, [name].csv.ts).
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASE, ROOT, SITE_URL, builtSite } from "./build.ts";

const PORT = 4391;
let dist: string;
let dev: ChildProcess;

async function fetchText(p: string): Promise<{ status: number; text: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(`http://localhost:${PORT}${p}`);
      // Byte order mark kept: the CSV starts with one (response.text() would drop it).
      return { status: response.status, text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer()) };
    } catch (error) {
      if (attempt > 120) throw error;
      await sleep(500);
    }
  }
}

beforeAll(async () => {
  dist = await builtSite();
  // As a user runs it: the repository's content/, no address, no base path, no test mode (NODE_ENV=test is not dev).
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(CONTENT_DIR|SITE_URL|BASE_PATH|NODE_ENV|VITEST.*)$/u.test(key)));
  env["ASTRO_TELEMETRY_DISABLED"] = "1";
  dev = spawn(process.execPath, [path.join(ROOT, "node_modules/astro/bin/astro.mjs"), "dev", "--port", String(PORT)], { cwd: ROOT, env, stdio: "ignore" });
}, 300_000);

afterAll(() => {
  dev?.kill();
});

describe("data/archive.json and archive.csv", () => {
  it("astro dev serves the texts the build writes (the CSV's page addresses at the dev server's origin and base)", async () => {
    const json = await fetchText("/data/archive.json");
    expect(json.status).toBe(200);
    expect(json.text).toBe(readFileSync(path.join(dist, "data/archive.json"), "utf8"));
    const csv = await fetchText("/data/archive.csv");
    expect(csv.status).toBe(200);
    const built = readFileSync(path.join(dist, "data/archive.csv"), "utf8");
    expect(built).toContain(`${SITE_URL}${BASE}henan/2023/01/`);
    expect(csv.text).toBe(built.replaceAll(`${SITE_URL}${BASE}`, "http://localhost:4321/"));
  }, 120_000);

  it("a build writes no other file from those routes", () => {
    expect(readFileSync(path.join(dist, "data/archive.json"), "utf8").startsWith('{\n  "reports": [\n')).toBe(true);
    expect(() => readFileSync(path.join(dist, "data/archive/index.html"))).toThrow();
  });
});
