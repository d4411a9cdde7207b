// Archive fixtures for the enrich steps: the seeds' gold readings in the model's shape,
// and small hand-built projects for the cases the seeds do not show.

import type {
  Archive,
  Metric,
  MetricRole,
  Project,
  Report,
  ReportKind,
} from "../../src/ingest/model.ts";
import { goldArchive } from "../helpers/gold-archive.ts";

export const GOLD_FILES = [
  "000_f0663098184c2164.json", // 河南省 2023 results
  "001_2ac0838930781da6.json", // 南阳市 2023 results, ten (省定) items
  "002_488b7a136eb1a402.json", // 漯河市 2024 results: targets and actuals
  "003_52be8599c2ddc900.json", // 承德市 (河北省) 2024 progress
  "004_37496bca6940a2f4.json", // 河南省 2022 results + 2023 plan
];

/** The five seeds as the converter should model them (河南省 2023 plan and results merged). */
export function seedArchive(): Archive {
  return goldArchive(GOLD_FILES);
}

export function reportOf(archive: Archive, id: string): Report {
  const report = archive.reports.find((r) => r.id === id);
  if (!report) throw new Error(`no report ${id}`);
  return report;
}

export function projectOf(archive: Archive, id: string): Project {
  for (const report of archive.reports) {
    const project = report.projects.find((p) => p.id === id);
    if (project) return project;
  }
  throw new Error(`no project ${id}`);
}

export function metric(
  label: string,
  value: number,
  unit: string,
  role: MetricRole,
  rate: number | null = null,
  seed = "hand.txt",
): Metric {
  return { label, value, unit, role, rate, source: { seed, start: 0, end: label.length } };
}

export function project(id: string, title: string, metrics: Metric[] = [], extra: Partial<Project> = {}): Project {
  return { id, no: null, title, level: null, responsible: [], metrics, ...extra };
}

export function report(
  id: string,
  path: string[],
  year: number,
  projects: Project[],
  sources: { seed: string; kind: ReportKind }[] = [{ seed: "hand.txt", kind: "results" }],
): Report {
  const levels = ["province", "city", "county"] as const;
  return {
    id,
    region: {
      name: path[path.length - 1]!,
      level: levels[path.length - 1]!,
      path,
      slug: id.split("/").slice(0, -1).join("/"),
      code: "",
    },
    year,
    projectCount: null,
    sources: sources.map((s) => ({ ...s, title: null, published: null, publisher: null, asOf: null })),
    projects,
  };
}

/**
 * A document that contradicts itself: target 100, actual 120, yet "完成年度目标任务的150%".
 * The computed rate (120.0) must be flagged against the stated one.
 */
export const inconsistentProject: Project = project("shiyan/2023/01", "新建城市书房", [
  metric("新建城市书房", 100, "个", "target"),
  metric("新建城市书房", 120, "个", "actual", 150),
]);
