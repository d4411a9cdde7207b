// How the site reads a project's figures: target and actual of the same thing side
// by side, and the completion rate each pair (or lone figure) reaches.
import type { Metric, Project } from "../ingest/model.ts";
import { isRatioUnit, ratesDiffer, roundRate } from "../ingest/quantities.ts";
import { pairFigures } from "../ingest/rates.ts";

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
  /** The rate the document states, never a computed one. */
  stated: number | null;
  /** Actual ÷ target: the converter's `computedRate`, else the site's own division of the row's pair. */
  computed: number | null;
  /** Stated and computed differ by more than MISMATCH_POINTS (src/ingest/quantities.ts; the converter's `rateMismatch`). */
  mismatch: boolean;
}

/**
 * A project's figures as rows: each actual on one row with the target the converter read it
 * against (`pairedTarget`, src/ingest/rates.ts), every other figure on a row of its own, in
 * the order of the figures (a paired target moves to its actual's row). A target that several
 * actuals reach (宫颈癌、乳腺癌各完成筛查80万人) stands on each of their rows. Content without
 * `pairedTarget` (written by hand) is paired by the converter's own rule.
 */
export function figureRows(project: Pick<Project, "metrics">): FigureRow[] {
  const { metrics } = project;
  const pairs = pairsOf(metrics);
  const paired = new Set(pairs.values());
  const rows: FigureRow[] = [];
  metrics.forEach((metric, index) => {
    if (metric.role === "target" && paired.has(index)) return;
    const entry = { metric, index };
    const targetIndex = metric.role === "actual" ? pairs.get(index) : undefined;
    const target = targetIndex === undefined ? (metric.role === "target" ? entry : null) : { metric: metrics[targetIndex]!, index: targetIndex };
    rows.push({
      label: metric.label,
      unit: metric.unit,
      target,
      actual: metric.role === "actual" ? entry : null,
      rate: null,
      rateOrigin: null,
      stated: null,
      computed: null,
      mismatch: false,
    });
  });
  for (const row of rows) fillRate(row);
  return rows;
}

/** Actual index → target index: the model's pairs, else the converter's rule applied here. */
function pairsOf(metrics: Metric[]): Map<number, number> {
  if (!metrics.some((metric) => metric.pairedTarget !== undefined)) return pairFigures(metrics);
  const pairs = new Map<number, number>();
  metrics.forEach((metric, index) => {
    const target = metric.pairedTarget;
    if (metric.role === "actual" && typeof target === "number" && metrics[target]?.role === "target") pairs.set(index, target);
  });
  return pairs;
}

function fillRate(row: FigureRow): void {
  row.stated = row.actual?.metric.rate ?? row.target?.metric.rate ?? null;
  row.computed = row.actual?.metric.computedRate ?? dividedRate(row);
  row.mismatch =
    row.actual?.metric.rateMismatch ??
    (row.stated !== null && row.computed !== null && ratesDiffer(row.stated, row.computed));
  if (row.stated !== null) {
    row.rate = row.stated;
    row.rateOrigin = "stated";
  } else if (row.computed !== null) {
    row.rate = row.computed;
    row.rateOrigin = "computed";
  }
}

/** Actual ÷ target of the row's own pair, one decimal; none for a ratio (a rate of a coverage rate is no completion). */
function dividedRate(row: FigureRow): number | null {
  const target = row.target?.metric.value;
  const actual = row.actual?.metric.value;
  if (target === undefined || actual === undefined || target <= 0 || isRatioUnit(row.unit)) return null;
  return Math.round((actual / target) * 1000) / 10;
}

/** How a row's rates read: the stated one, the computed one, and the gap when they disagree. */
export interface RateReading {
  stated: number | null;
  computed: number | null;
  /** Points between stated and computed (one decimal) when the row is flagged, else null. */
  gap: number | null;
}

export function rateReading(row: Pick<FigureRow, "stated" | "computed" | "mismatch">): RateReading {
  const gap =
    row.mismatch && row.stated !== null && row.computed !== null
      ? roundRate(Math.abs(row.stated - row.computed))
      : null;
  return { stated: row.stated, computed: row.computed, gap };
}


/** The figure row with the lowest completion rate (the first of equals), or null when none has a rate. */
export function lowestRateRow(project: Pick<Project, "metrics">): FigureRow | null {
  let lowest: FigureRow | null = null;
  for (const row of figureRows(project)) {
    if (row.rate !== null && (lowest === null || row.rate < (lowest.rate ?? Infinity))) lowest = row;
  }
  return lowest;
}

/**
 * A project's completion: the lowest rate among its figures, so that a project
 * counts as met only when every figure with a rate reached its annual target.
 */
export function projectCompletion(project: Pick<Project, "metrics">): number | null {
  return lowestRateRow(project)?.rate ?? null;
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

/**
 * How a rate is coloured, from the same rule as the counts: a project still in progress is
 * neither met nor missed (承德 2024: 112.8% to 9月底 is progress, not 达到目标).
 */
export type RateTone = "met" | "short" | "progress" | "unknown";

/** The tone of a project's completion bar or cell: its attainment, nothing else. */
export function projectTone(project: Pick<Project, "metrics" | "status">): RateTone {
  const state = attainment(project);
  return state === "met" ? "met" : state === "notMet" ? "short" : state === "inProgress" ? "progress" : "unknown";
}

/** The tone of one figure's rate within its project: in progress stays progress, else the rate decides. */
export function figureTone(rate: number, project: Pick<Project, "metrics" | "status">): RateTone {
  return attainment(project) === "inProgress" ? "progress" : rate >= 100 ? "met" : "short";
}

/** The CSS class of a rate shown in that tone. */
export function toneClass(tone: RateTone): string {
  return tone === "met" ? "rate-met" : tone === "short" ? "rate-short" : tone === "progress" ? "rate-progress" : "muted";
}

/**
 * What the site-wide pages (home, topics and their embeds) read of a project's figures: they go
 * over every project, so the common shard of a sharded build keeps this instead of the figures
 * (src/lib/archive.ts loadReports); every other page reads `project.metrics` itself.
 */
export interface ProjectSummary {
  /** How many figures it has. */
  figures: number;
  /** Its lowest-rate figure row (projectCompletion is its rate), without the figures themselves. */
  lowest: Pick<FigureRow, "rate" | "stated" | "computed" | "mismatch"> | null;
  tone: RateTone;
  /** The documents its figures come from (progressAsOf). */
  seeds: string[];
}

export function projectSummary(project: Pick<Project, "metrics" | "status">): ProjectSummary {
  const row = lowestRateRow(project);
  return {
    figures: project.metrics.length,
    lowest: row && { rate: row.rate, stated: row.stated, computed: row.computed, mismatch: row.mismatch },
    tone: projectTone(project),
    seeds: [...new Set(project.metrics.map((metric) => metric.source.seed))],
  };
}
