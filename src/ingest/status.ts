// Step 2 of enrich: a project's status, from its figures and the kinds of the documents
// they come from. Text cues ("均顺利完成") are not available here; only figures count as
// evidence. The same table is in docs/STATUS.md.
//
// The project's evidence kind is the latest kind (plan < progress < results) among the
// sources of its metrics and of its heading (`project.source`); a project with neither
// takes the latest kind among its report's sources. A metric's rate is the stated `rate`,
// else the `computedRate`; only actual figures from sources of the evidence kind count.
//
// | evidence kind | figures                                        | status   |
// |---------------|------------------------------------------------|----------|
// | results       | a rate < 100                                   | 未完成   |
// | results       | all rates ≥ 100, at least one > 100            | 超额完成 |
// | results       | all rates = 100                                | 完成     |
// | results       | no rate (actuals without targets, or none)     | 无数据   |
// | progress      | any                                            | 进行中   |
// | plan          | any                                            | 计划     |
// | (none)        | report has no sources                          | 无数据   |
//
// Rates are compared as written to one decimal (99.96 computed is 100.0).

import type { Archive, Metric, Project, ProjectStatus, Report, ReportKind, Source } from "./model.ts";
import { mapProjects } from "./map-projects.ts";

const KIND_ORDER: readonly ReportKind[] = ["plan", "progress", "results"];

function latestKind(kinds: Iterable<ReportKind>): ReportKind | null {
  let latest: ReportKind | null = null;
  for (const kind of kinds) {
    if (latest === null || KIND_ORDER.indexOf(kind) > KIND_ORDER.indexOf(latest)) latest = kind;
  }
  return latest;
}

/** The rate a status rests on: the stated one, else the computed one. */
export function effectiveRate(metric: Metric): number | null {
  return metric.rate ?? metric.computedRate ?? null;
}

function statusFromRates(rates: number[]): ProjectStatus {
  if (rates.length === 0) return "无数据";
  if (rates.some((rate) => rate < 100)) return "未完成";
  if (rates.some((rate) => rate > 100)) return "超额完成";
  return "完成";
}

export function projectStatus(project: Project, report: Report): ProjectStatus {
  return statusFromSources(project, report.sources);
}

/** The same, from the documents of the project's report alone (a history step reads one). */
export function statusFromSources(project: Project, sources: readonly Source[]): ProjectStatus {
  const kindOfSeed = new Map(sources.map((source) => [source.seed, source.kind]));
  const seeds = project.metrics.map((metric) => metric.source.seed);
  if (project.source) seeds.push(project.source.seed);
  const projectKinds = seeds.flatMap((seed) => {
    const kind = kindOfSeed.get(seed);
    return kind ? [kind] : [];
  });
  const kind = latestKind(projectKinds) ?? latestKind(sources.map((s) => s.kind));

  if (kind === "plan") return "计划";
  if (kind === "progress") return "进行中";
  if (kind === null) return "无数据";
  const rates = project.metrics
    .filter((metric) => metric.role === "actual" && kindOfSeed.get(metric.source.seed) === kind)
    .map(effectiveRate)
    .filter((rate): rate is number => rate !== null);
  return statusFromRates(rates);
}

export function assignStatus(archive: Archive): Archive {
  return mapProjects(archive, (project, report) => ({ ...project, status: projectStatus(project, report) }));
}
