// The variant documents (GBK, GB18030, 繁體, full-width, tables, a hostile text, rejections)
// built into a site of their own: every character of each stays readable, and markup or code
// in a document shows as text and never runs.

import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../search/site.ts";
import { BASE, ROOT, runDir } from "./build.ts";
import { expectTextKept, pagesBySeed, readSeeds } from "./data-loss.ts";
import { parseHtml, textOf } from "./html.ts";

const VARIANTS = path.join(ROOT, "tests/fixtures/variants");
const HOSTILE_LINES = ["我市民生实事完成情况", "{process.exit(1)}", 'import fs from "fs"', "export const x = 1", "<script>alert(1)</script>", "`代码` *强调* [链接](http://x) # 标题 &amp; \\ $ {total}"];
const PROGRAMME_ONLY = ["关于2024年恩平市十件民生实事完成情况的通报", "2024年市十件民生实事共25项内容,已全部完成年度任务。", "现将完成情况予以通报(具体见附件)。"];
let work = "";
let dist = "";

beforeAll(async () => {
  work = path.join(runDir(), "variants");
  rmSync(work, { recursive: true, force: true });
  const seeds = path.join(work, "seeds");
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(VARIANTS).filter((n) => n.endsWith(".txt"))) copyFileSync(path.join(VARIANTS, name), path.join(seeds, name));
  // A hostile document that is rejected (no region can be told): its page shows the text as
  // the converter escaped it (src/lib/report-body.ts), never as markup or code.
  writeFileSync(path.join(seeds, "hostile-rejected.txt"), HOSTILE_LINES.join("\n\n"));
  // A notice about the programme as a whole, listing no project: a report without projects.
  writeFileSync(path.join(seeds, "programme-only.txt"), PROGRAMME_ONLY.join("\n"));
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", path.join(work, "content")], { cwd: ROOT, stdio: "pipe" });
  dist = path.join(work, "dist");
  await buildSite({ outDir: dist, base: BASE, contentDir: path.join(work, "content") });
});

describe("variant documents on the site", () => {
  it("keeps every character of every variant, in order, on its page", () => {
    const seeds = readSeeds(path.join(work, "seeds"));
    const pages = pagesBySeed(path.join(work, "content"));
    expect(seeds.filter((seed) => !pages.has(seed.name)).map((seed) => seed.name)).toEqual([]);
    for (const seed of seeds) expectTextKept(dist, seed, pages.get(seed.name) ?? []);
  });

  it("shows a hostile document's code and markup as text, with no script of its own", () => {
    const html = readFileSync(path.join(dist, "jiangxi/ganzhou/2024/index.html"), "utf8");
    const text = textOf(parseHtml(html));
    for (const line of ["{process.exit(1)}", "<script>alert(1)</script>", 'import fs from "fs"', "export const x = 1", "&amp;", '<div style="color:red">']) {
      expect(text, line).toContain(line);
    }
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).not.toMatch(/<div style="color:red">/);
  });

  it("renders a rejected hostile document's page with every line as text", () => {
    const page = readdirSync(path.join(dist, "rejected")).find((name) => name.startsWith("hostile-rejected"));
    expect(page).toBeDefined();
    const html = readFileSync(path.join(dist, "rejected", page!, "index.html"), "utf8");
    const text = textOf(parseHtml(html));
    for (const line of HOSTILE_LINES) expect(text, line).toContain(line);
    expect(html).not.toContain("<script>alert(1)</script>");
  });

  it("renders a report without projects: its count, a note that the text lists none, and the text", () => {
    const html = readFileSync(path.join(dist, "guangdong/jiangmen/enping/2024/index.html"), "utf8");
    const text = textOf(parseHtml(html));
    expect(text).toContain("收录 0 项实事（文件称共 10 项）");
    expect(text).toContain("没有逐项列出实事");
    expect(text).toContain(PROGRAMME_ONLY[1]!);
  });
});
