// The review queue (src/ingest/findings.ts) as pages show it.
import type { Finding, FixField } from "../ingest/model";
import { allFindings, reviewWeight } from "../ingest/findings";
import type { ReportData } from "./archive";

export { allFindings, reviewWeight };

/** What each front-matter field does, for the review page's "how to fix". */
export const FIX_FIELD: Record<FixField, string> = {
  items: "指明标记实事的编号样式（如 一、 或 1.）",
  count: "写明原文所称的实事总数",
  split: "指明另一份清单开始的行号",
  region: "写明地区全称（如 河南省/南阳市）",
  year: "写明实事所属年份",
  kind: "写明文件类型（plan 计划、progress 进展、results 完成情况）",
};

export const SEVERITY: Record<Finding["severity"], string> = { 3: "清单可能读错", 2: "数字存疑", 1: "值得一看" };

export interface ReviewEntry {
  report: ReportData;
  findings: (Finding & { project: string | null })[];
  weight: number;
}

/** Every report with findings, worst first: by its most severe finding, then by total weight, then by id. */
export function reviewQueue(reports: ReportData[]): ReviewEntry[] {
  return reports
    .map((report) => {
      const owner = new Map<Finding, string>();
      for (const p of report.projects) for (const f of (p.findings ?? []) as Finding[]) owner.set(f, p.id);
      const findings = allFindings(report as never).map((f) => ({ ...f, project: owner.get(f) ?? null }));
      return { report, findings, weight: reviewWeight(report as never) };
    })
    .filter((entry) => entry.findings.length > 0)
    .sort((a, b) => b.findings[0]!.severity - a.findings[0]!.severity || b.weight - a.weight || (a.report.id < b.report.id ? -1 : 1));
}
