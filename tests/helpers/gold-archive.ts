// Turns gold readings (tests/fixtures/gold/*.json, format of gold/SCHEMA.md) into the
// archive model, the way the converter is expected to: one report per region and year,
// a plan and a results document of the same region-year merged (projects matched by
// number and level, the first document's title kept, each figure keeping its source).
// Offsets are fake but deterministic: the gold records no positions.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pinyin } from "pinyin-pro";
import type {
  Archive,
  Metric,
  MetricRole,
  Project,
  ProjectLevel,
  RegionLevel,
  Report,
  ReportKind,
} from "../../src/ingest/model.ts";

export const GOLD_DIR = join(import.meta.dirname, "..", "fixtures", "gold");

interface GoldMetric {
  label: string;
  value: number;
  unit: string;
  role: MetricRole;
  rate: number | null;
}
interface GoldProject {
  no: number | null;
  title: string;
  level: ProjectLevel | null;
  responsible: string[];
  metrics: GoldMetric[];
}
interface GoldReport {
  region: string;
  regionLevel: RegionLevel;
  parentRegion: string | null;
  year: number;
  kind: ReportKind;
  asOf: string | null;
  published: string | null;
  publisher: string | null;
  projectCount: number | null;
  projects: GoldProject[];
}
interface GoldFile {
  seed: string;
  reports: GoldReport[];
}

/** 南阳市 → nanyang: pinyin of the name without its last character (省, 市, 县, 区). */
export function regionSlugPart(name: string): string {
  return pinyin(name.slice(0, -1), { toneType: "none", type: "array" }).join("");
}

export function readGold(file: string): GoldFile {
  return JSON.parse(readFileSync(join(GOLD_DIR, file), "utf8")) as GoldFile;
}

function toMetric(metric: GoldMetric, seed: string, offset: number): Metric {
  return {
    label: metric.label,
    value: metric.value,
    unit: metric.unit,
    role: metric.role,
    rate: metric.rate,
    source: { seed, start: offset, end: offset + metric.label.length },
  };
}

function toReport(gold: GoldReport, seed: string): Report {
  const path = gold.parentRegion ? [gold.parentRegion, gold.region] : [gold.region];
  const slug = path.map(regionSlugPart).join("/");
  const id = `${slug}/${gold.year}`;
  let offset = 0;
  const projects: Project[] = gold.projects.map((project, index) => {
    const start = (offset += 100);
    return {
      id: `${id}/${String(index + 1).padStart(2, "0")}`,
      no: project.no,
      title: project.title,
      level: project.level,
      responsible: project.responsible,
      metrics: project.metrics.map((metric) => toMetric(metric, seed, (offset += 40))),
      source: { seed, start, end: start + project.title.length },
    };
  });
  return {
    id,
    region: { name: gold.region, level: gold.regionLevel, path, slug, code: "" },
    year: gold.year,
    projectCount: gold.projectCount,
    sources: [
      {
        seed,
        kind: gold.kind,
        title: null,
        published: gold.published,
        publisher: gold.publisher,
        asOf: gold.asOf,
      },
    ],
    projects,
  };
}

/** Adds a later document's projects to a report: same number and level merge, others append. */
function mergeReports(first: Report, later: Report): Report {
  const projects = first.projects.map((project) => ({ ...project }));
  for (const incoming of later.projects) {
    const match = projects.find(
      (p) => p.no !== null && p.no === incoming.no && p.level === incoming.level,
    );
    if (match) match.metrics = [...match.metrics, ...incoming.metrics];
    else
      projects.push({
        ...incoming,
        id: `${first.id}/${String(projects.length + 1).padStart(2, "0")}`,
      });
  }
  return { ...first, sources: [...first.sources, ...later.sources], projects };
}

/** The archive of the given gold files (default: all), reports in file order. */
export function goldArchive(files: string[]): Archive {
  const reports: Report[] = [];
  for (const file of files) {
    const gold = readGold(file);
    for (const goldReport of gold.reports) {
      const report = toReport(goldReport, gold.seed);
      const index = reports.findIndex((r) => r.id === report.id);
      if (index === -1) reports.push(report);
      else reports[index] = mergeReports(reports[index]!, report);
    }
  }
  return { reports, rejected: [] };
}
