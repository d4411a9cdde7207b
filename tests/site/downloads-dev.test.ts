// What a build writes after its pages from the converter's files, and `astro dev` serves from
// routes: the whole archive's downloads (src/integrations/archive-downloads.ts; in dev
// src/pages/data/[name].json.ts, [name].csv.ts, which render nothing in a build), and the report
// and project embed pages (src/integrations/page-files.ts fills the embed frame; in dev
// src/pages/[...page]/embed.astro renders them).
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
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

/**
 * A page's chart figures, without the chart script (a build's file, a dev server's module) or the
 * dev server's source attributes, and with links under `base` made root-relative.
 */
function figuresOf(html: string, base: string): string[] {
  return [...html.matchAll(/<figure class="chart-figure[\s\S]*?<\/figure>/gu)].map((m) => m[0].replace(/<script\b[^>]*><\/script>| data-astro-source-(?:file|loc)="[^"]*"/gu, "").replaceAll(`href="${base}`, 'href="/'));
}

describe("report and project embed pages", () => {
  it("astro dev renders the chart a build fills into the embed frame; the build leaves no frame behind", async () => {
    for (const p of ["henan/2023/", "henan/2023/01/", "hebei/chengde/2024/"]) {
      const served = await fetchText(`/${p}embed/`);
      expect(served.status, p).toBe(200);
      const built = readFileSync(path.join(dist, p, "embed/index.html"), "utf8");
      expect(figuresOf(served.text, "/"), p).toEqual(figuresOf(built, BASE));
      expect(figuresOf(built, BASE), p).toHaveLength(1);
      const title = (html: string) => /<title>([^<]*)<\/title>/u.exec(html)?.[1];
      expect(title(served.text), p).toBe(title(built));
    }
    expect(existsSync(path.join(dist, "_embed-frame"))).toBe(false);
    expect(readFileSync(path.join(dist, "henan/2023/01/embed/index.html"), "utf8")).not.toContain("@@EMBED");
  }, 120_000);

  it("a project without a rate has no embed page, in dev as in a build", async () => {
    expect((await fetchText("/henan/luohe/2024/shi-16/embed/")).status).toBe(404);
    expect(existsSync(path.join(dist, "henan/luohe/2024/shi-16/embed"))).toBe(false);
  }, 120_000);
});

