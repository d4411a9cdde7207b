// How the site reads a project's figures: target and actual of the same thing side
// by side, and the completion rate each pair (or lone figure) reaches.
import type { Metric, Project } from "../ingest/model";

/** One line of a project's figure table: target → actual → completion rate. */
export interface FigureRow {
  label: string;
  unit: string;
  target: { metric: Metric; index: number } | null;
  actual: { metric: Metric; index: number } | null;
  /** Completion % of the annual target, or null when the documents give none. */
  rate: number | null;
  /** "stated" when a document says it, "computed" when the site divides actual by target. */
  rateOrigin: "stated" | "computed" | null;
}

/** A metric's completion rate as the model records it (stated, else computed by the converter). */
export function metricRate(metric: Metric): number | null {
  return metric.rate ?? metric.computedRate ?? null;
}

/** Pairs each target with the actual of the same label and unit, keeping document order. */
export function figureRows(project: Pick<Project, "metrics">): FigureRow[] {
  const rows: FigureRow[] = [];
  const open = new Map<string, FigureRow>();
  project.metrics.forEach((metric, index) => {
    const key = `${metric.label}\u0000${metric.unit}`;
    const entry = { metric, index };
    const pending = open.get(key);
    if (pending && pending[metric.role] === null) {
      pending[metric.role] = entry;
      open.delete(key);
      return;
    }
    const row: FigureRow = {
      label: metric.label,
      unit: metric.unit,
      target: metric.role === "target" ? entry : null,
      actual: metric.role === "actual" ? entry : null,
      rate: null,
      rateOrigin: null,
    };
    rows.push(row);
    open.set(key, row);
  });
  for (const row of rows) fillRate(row);
  return rows;
}

function fillRate(row: FigureRow): void {
  const stated = (row.actual && metricRate(row.actual.metric)) ?? (row.target && metricRate(row.target.metric));
  if (stated !== null && stated !== undefined) {
    row.rate = stated;
    row.rateOrigin = "stated";
    return;
  }
  const target = row.target?.metric.value;
  const actual = row.actual?.metric.value;
  if (target !== undefined && actual !== undefined && target > 0) {
    row.rate = Math.round((actual / target) * 1000) / 10;
    row.rateOrigin = "computed";
  }
}

/** True when the project has a target and an actual of the same thing. */
export function hasTargetActualPair(project: Pick<Project, "metrics">): boolean {
  return figureRows(project).some((row) => row.target !== null && row.actual !== null);
}

/**
 * A project's completion: the lowest rate among its figures, so that a project
 * counts as met only when every figure with a rate reached its annual target.
 */
export function projectCompletion(project: Pick<Project, "metrics">): number | null {
  const rates = figureRows(project)
    .map((row) => row.rate)
    .filter((rate): rate is number => rate !== null);
  return rates.length === 0 ? null : Math.min(...rates);
}

export type Attainment = "met" | "notMet" | "inProgress" | "unknown";

/** The attainments in the order pages list them, with their Chinese names. */
export const ATTAINMENTS: { key: Attainment; label: string }[] = [
  { key: "met", label: "达到目标" },
  { key: "notMet", label: "未达到目标" },
  { key: "inProgress", label: "进行中" },
  { key: "unknown", label: "无完成率数据" },
];

/** How many of the projects are in each attainment. */
export function countAttainments(projects: Pick<Project, "metrics" | "status">[]): Record<Attainment, number> {
  const counts: Record<Attainment, number> = { met: 0, notMet: 0, inProgress: 0, unknown: 0 };
  for (const project of projects) counts[attainment(project)] += 1;
  return counts;
}

/** Whether a project met its targets: its status when the converter gives one, else its rates. */
export function attainment(project: Pick<Project, "metrics" | "status">): Attainment {
  switch (project.status) {
    case "超额完成":
    case "完成":
      return "met";
    case "未完成":
      return "notMet";
    case "进行中":
      return "inProgress";
    case "计划":
    case "无数据":
      return "unknown";
    default: {
      const completion = projectCompletion(project);
      if (completion === null) return "unknown";
      return completion >= 100 ? "met" : "notMet";
    }
  }
}
