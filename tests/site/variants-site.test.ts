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
import { handWrittenReports } from "../../src/integrations/hand-written-bodies.ts";

const VARIANTS = path.join(ROOT, "tests/fixtures/variants");
const HOSTILE_LINES = ["我市民生实事完成情况", "{process.exit(1)}", 'import fs from "fs"', "export const x = 1", "<script>alert(1)</script>", "`代码` *强调* [链接](http://x) # 标题 &amp; \\ $ {total}"];
const PROGRAMME_ONLY = ["关于2024年恩平市十件民生实事完成情况的通报", "2024年市十件民生实事共25项内容,已全部完成年度任务。", "现将完成情况予以通报(具体见附件)。"];
const SOURCE_URL = "https://www.chengdu.gov.cn/gkml/2024/minsheng.html?id=1&lang=zh";
const HOSTILE_URL = "javascript:alert(1)";
let work = "";
let dist = "";
/** The report an archivist annotates: its body gains a <Note> after the converter wrote it. */
let noted = "";
const NOTE = [
  '<Note source="县政府办公室，2024年3月1日" date="2024-03-05">',
  "第 2 项的完成数以**政府公报**为准。",
  "</Note>",
].join("\n");

beforeAll(async () => {
  work = path.join(runDir(), "variants");
  rmSync(work, { recursive: true, force: true });
  const seeds = path.join(work, "seeds");
  mkdirSync(seeds, { recursive: true });
  for (const name of readdirSync(VARIANTS).filter((n) => n.endsWith(".txt"))) copyFileSync(path.join(VARIANTS, name), path.join(seeds, name));
  // Where the publisher put a document online: an https address is linked back to, a
  // javascript: one never is.
  const chengdu = path.join(seeds, "chengdu-2024-plan-frontmatter.txt");
  writeFileSync(chengdu, readFileSync(chengdu, "utf8").replace("kind: plan\n", `kind: plan\nsource_url: ${SOURCE_URL}\n`));
  const ganzhou = path.join(seeds, "ganzhou-2024-results-hostile.txt");
  writeFileSync(ganzhou, `---\nsource_url: "${HOSTILE_URL}"\n---\n${readFileSync(ganzhou, "utf8")}`);
  // A hostile document that is rejected (no region can be told): its page shows the text as
  // the converter escaped it (src/lib/report-body.ts), never as markup or code.
  writeFileSync(path.join(seeds, "hostile-rejected.txt"), HOSTILE_LINES.join("\n\n"));
  // A notice about the programme as a whole, listing no project: a report without projects.
  writeFileSync(path.join(seeds, "programme-only.txt"), PROGRAMME_ONLY.join("\n"));
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", path.join(work, "content")], { cwd: ROOT, stdio: "pipe" });
  const reports = path.join(work, "content/reports");
  const files = readdirSync(reports, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".mdx")).sort();
  const file = files.find((name) => readFileSync(path.join(reports, name), "utf8").includes("<Fig "))!;
  noted = file.replace(/\.mdx$/u, "").split(path.sep).join("/");
  const text = readFileSync(path.join(reports, file), "utf8");
  const comment = text.indexOf("*/}\n") + "*/}\n".length;
  writeFileSync(path.join(reports, file), `${text.slice(0, comment)}\n${NOTE}\n${text.slice(comment)}`);
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

  it("links each source back to the publisher's address its front matter gives, and only an http(s) one", () => {
    const html = readFileSync(path.join(dist, "sichuan/chengdu/2024/index.html"), "utf8");
    const href = SOURCE_URL.replace(/&/gu, "&amp;");
    // In the report's list of sources and above the document's text, and in its JSON-LD.
    expect(html.match(new RegExp(`<a href="${href.replace(/[.?]/gu, "\\$&")}" rel="external">原文链接</a>`, "gu"))).toHaveLength(2);
    expect(html).toContain(`"url":"${SOURCE_URL}"`);
    const hostile = readFileSync(path.join(dist, "jiangxi/ganzhou/2024/index.html"), "utf8");
    expect(hostile).not.toContain("原文链接");
    expect(hostile).not.toMatch(/href="javascript:/iu);
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

  it("renders an archivist's <Note> in a report body through MDX, with the figures and line anchors the converter's bodies have", () => {
    const body = readFileSync(path.join(work, "content/reports", `${noted}.mdx`), "utf8");
    const html = readFileSync(path.join(dist, noted, "index.html"), "utf8");
    const note = /<aside class="archive-note"[^>]*role="note"[\s\S]*?<\/aside>/u.exec(html)?.[0] ?? "";
    expect(textOf(parseHtml(note))).toContain("第 2 项的完成数以政府公报为准。");
    expect(note).toContain("<strong>政府公报</strong>");
    expect(textOf(parseHtml(note))).toContain("依据：县政府办公室，2024年3月1日");
    expect(html.match(/<mark class="fig">/gu)?.length).toBe(body.match(/<Fig /gu)?.length);
    expect(html).toMatch(/<p id="doc-[^"]+-line-\d+">/u);
  });

  it("compiles only that body as MDX: every body the converter wrote keeps the fast path", () => {
    expect([...handWrittenReports(path.join(work, "content/reports")).keys()]).toEqual([noted]);
  });
});
