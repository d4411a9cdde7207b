// A build meant for the web needs the address it will be served from: without SITE_URL the
// config says so loudly, and with REQUIRE_SITE_URL (the deploy workflow) it refuses to build.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Loads astro.config.mjs as `astro build` would, in a process of its own. */
function loadConfig(env: Record<string, string>, command = "build") {
  const script = `process.argv.push(${JSON.stringify(command)}); const c = (await import("./astro.config.mjs")).default; console.log("site=" + c.site);`;
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== "SITE_URL" && k !== "REQUIRE_SITE_URL"));
  return spawnSync(process.execPath, ["--input-type=module", "-e", script], { cwd: process.cwd(), env: { ...clean, ...env }, encoding: "utf8" });
}

describe("SITE_URL", () => {
  it("a build without it warns, in one line, that its absolute URLs are localhost", () => {
    const run = loadConfig({});
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("site=http://localhost:4321");
    expect(run.stderr).toMatch(/SITE_URL is not set: every absolute URL in this build points at http:\/\/localhost:4321/);
  });

  it("the deploy workflow's REQUIRE_SITE_URL makes a build without it fail", () => {
    const run = loadConfig({ REQUIRE_SITE_URL: "1" });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(/SITE_URL is not set/);
  });

  it("a build with it uses it and says nothing; astro dev keeps localhost quietly", () => {
    const set = loadConfig({ SITE_URL: "https://example.github.io", REQUIRE_SITE_URL: "1" });
    expect(set.status).toBe(0);
    expect(set.stdout).toContain("site=https://example.github.io");
    expect(set.stderr).not.toMatch(/SITE_URL is not set/);
    const dev = loadConfig({}, "dev");
    expect(dev.stderr).not.toMatch(/SITE_URL is not set/);
  });
});

describe("the deploy workflow", () => {
  it("installs exactly the committed lock and refuses a build without SITE_URL", () => {
    const commands = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => !/^\s*#/.test(line)).join("\n");
    const workflow = commands(".github/workflows/deploy.yml");
    expect(workflow).toMatch(/run: npm ci\b/);
    expect(workflow).not.toMatch(/npm install/);
    expect(workflow).toMatch(/REQUIRE_SITE_URL: "1"/);
    const ci = commands(".ci/run");
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).not.toMatch(/npm install/);
  });
});

describe("the sharded deploy workflow", () => {
  it("uses only the actions deploy.yml uses, the committed lock, SITE_URL, and builds shards then merges them", () => {
    const text = (file: string) => readFileSync(file, "utf8").split("\n").filter((line) => !/^\s*#/.test(line)).join("\n");
    const actions = (workflow: string) => new Set([...workflow.matchAll(/uses: (\S+)/gu)].map((match) => match[1]));
    const sharded = text(".github/workflows/deploy-sharded.yml");
    const single = text(".github/workflows/deploy.yml");
    expect([...actions(sharded)].filter((action) => !actions(single).has(action))).toEqual([]);
    expect(sharded).toMatch(/run: npm ci\b/);
    expect(sharded).not.toMatch(/npm install/);
    expect(sharded).toMatch(/REQUIRE_SITE_URL: "1"/);
    expect(sharded).toMatch(/shard: \$\{\{ fromJSON\(needs\.plan\.outputs\.shards\) \}\}/);
    expect(sharded).toMatch(/SHARD: \$\{\{ matrix\.shard \}\}/);
    expect(sharded).toMatch(/SHARD_PLAN: /);
    expect(sharded).toMatch(/shards -- merge --link --out dist/);
  });
});
