// Chinese labels for the model's enumerations, and number formatting as written in the documents.
import type { MetricRole, ProjectLevel, RegionLevel, ReportKind } from "../ingest/model.ts";
import { roundRate } from "../ingest/quantities.ts";

export const PROJECT_LEVEL: Record<ProjectLevel, string> = {
  province: "省定",
  city: "市定",
  county: "县定",
};

export const REGION_LEVEL: Record<RegionLevel, string> = {
  province: "省级",
  city: "市级",
  county: "县级",
};

export const REPORT_KIND: Record<ReportKind, string> = {
  plan: "年度计划",
  progress: "进展通报",
  results: "完成情况",
};

export const METRIC_ROLE: Record<MetricRole, string> = {
  target: "目标",
  actual: "实际",
};

/** A figure's number exactly as the document wrote it (428.7, not 428.70 or 4,287,000). */
export function formatValue(value: number, unit: string): string {
  return `${String(value)}${unit}`;
}

/** A completion rate: 142.9 → "142.9%"; computed rates are rounded to one decimal. */
export function formatRate(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return "—";
  return `${String(roundRate(rate))}%`;
}

/** "2024-02-01" → "2024年2月1日"; other strings are returned as they are. */
export function formatDate(date: string | null | undefined): string {
  if (!date) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return `${match[1]}年${Number(match[2])}月${Number(match[3])}日`;
}

/** The report title readers see: 河南省 2023 年民生实事. */
export function reportTitle(report: { region: { name: string }; year: number }): string {
  return `${report.region.name} ${report.year} 年民生实事`;
}
