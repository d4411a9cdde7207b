// A project's status history (src/ingest/history.ts) as pages and downloads show it.
import type { HistoryStep, Project } from "../ingest/model";
import { byString } from "./order.ts";

/** "plan 2023-01-20 计划 a.txt:12 → results 2024-02-01 超额完成 b.txt:9" — the CSV's history cell. */
export function historyCell(project: Pick<Project, "history">): string {
  return (project.history ?? []).map((s) => `${s.kind} ${s.date ?? "-"} ${s.status} ${s.seed}${s.line ? `:${s.line}` : ""}`).join(" → ");
}

export interface Movement {
  /** "计划 → 超额完成" */
  label: string;
  count: number;
}

/**
 * How many projects moved between documents: the first and last status of every project that
 * more than one document speaks of, counted by pair, largest first (then by label).
 */
export function movements(projects: Pick<Project, "history">[]): Movement[] {
  const counts = new Map<string, number>();
  for (const p of projects) {
    const steps: HistoryStep[] = p.history ?? [];
    if (new Set(steps.map((s) => s.seed)).size < 2) continue;
    const label = `${steps[0]!.status} → ${steps[steps.length - 1]!.status}`;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return byCount(counts);
}

/** Counted labels, largest first (then by label). */
function byCount(counts: Map<string, number>): Movement[] {
  return [...counts].map(([label, count]) => ({ label, count })).sort((a, b) => b.count - a.count || (a.label < b.label ? -1 : 1));
}

/** What one document changed in its report: the projects it speaks of, those it first lists, and the statuses it moved. */
export interface DocumentChange {
  /** Projects the document speaks of. */
  projects: number;
  /** Projects no earlier document of the report spoke of. */
  added: number;
  /** Status before → status this document gives, for projects whose status it changed; largest first. */
  moved: Movement[];
}

/** The change a document (seed) brings to its report's projects, from each project's history. */
export function documentChange(projects: Pick<Project, "history">[], seed: string): DocumentChange {
  const change: DocumentChange = { projects: 0, added: 0, moved: [] };
  const counts = new Map<string, number>();
  for (const project of projects) {
    const steps = project.history ?? [];
    const at = steps.findIndex((step) => step.seed === seed);
    if (at < 0) continue;
    change.projects += 1;
    const before = steps[at - 1];
    if (!before) change.added += 1;
    else if (before.status !== steps[at]!.status) {
      const label = `${before.status} → ${steps[at]!.status}`;
      counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  change.moved = byCount(counts);
  return change;
}

/** How many changes the feed holds (src/pages/feed.xml.ts): a feed is read for what is new, and one entry per document of a national archive was 96 MB. */
export const FEED_ENTRIES = 500;

/** The newest `limit` changes, newest first; equal dates by report id, then document. */
export function newestChanges<T extends { updated: string; report: { id: string }; source: { seed: string } }>(changes: readonly T[], limit: number): T[] {
  return [...changes].sort((a, b) => byString(b.updated, a.updated) || byString(a.report.id, b.report.id) || byString(a.source.seed, b.source.seed)).slice(0, limit);
}
