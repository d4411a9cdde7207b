// Reports of the same region and year, from several documents, become one report: a plan
// and a results notice for 河南省 2023 give one list of projects whose figures keep their sources.
import type { Project, Report, ReportKind } from "./model.ts";
import { bigramDice } from "./similarity.ts";
import { historyStep } from "./history.ts";

/** Two documents' titles name the same project from this character-bigram Dice up (开展职业技能培训 ~ 开展职业技能培训和评价取证). */
const SAME_TITLE_DICE = 0.5;
const KIND_RANK: Record<ReportKind, number> = { results: 3, progress: 2, plan: 1 };

/** Merges reports of the same region and year; the input reports are left as they were (apart from their projects' first history step). */
export function mergeReports(reports: Report[]): Report[] {
  return mergeGroups(reports, (lead) => structuredClone(lead));
}

/** The same, for a caller that owns the reports and will not use them again (the converter): merging writes into the lead itself. */
export function mergeOwnedReports(reports: Report[]): Report[] {
  return mergeGroups(reports, (lead) => lead);
}

function mergeGroups(reports: Report[], copyOfLead: (lead: Report) => Report): Report[] {
  const byId = new Map<string, Report[]>();
  for (const r of reports) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);
  const merged: Report[] = [];
  for (const [, group] of [...byId].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    // Each project's timeline starts with the document it was read from (one source per report here).
    for (const r of group) for (const p of r.projects) p.history = r.sources.map((source) => historyStep(p, source));
    // The most final document leads: its titles and numbering stand.
    const ordered = [...group].sort((a, b) => rank(b) - rank(a) || (a.sources[0]!.seed < b.sources[0]!.seed ? -1 : 1));
    // A report of one document needs no copy; merging writes into the lead (or a copy of it).
    const lead = ordered.length === 1 ? ordered[0]! : copyOfLead(ordered[0]!);
    for (const other of ordered.slice(1)) {
      lead.sources.push(...other.sources);
      for (const project of other.projects) {
        const match = findMatch(lead.projects, project);
        if (match) {
          match.metrics.push(...project.metrics);
          match.history = [...(match.history ?? []), ...(project.history ?? [])];
          match.responsible = [...new Set([...match.responsible, ...project.responsible])];
          match.level ??= project.level;
        } else lead.projects.push(renumber(project, lead));
      }
      lead.projectCount ??= other.projectCount;
    }
    lead.sources.sort((a, b) => (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : KIND_RANK[b.kind] - KIND_RANK[a.kind]));
    // Figures in document order: by source file, then by place in it.
    for (const p of lead.projects) p.metrics.sort((a, b) => (a.source.seed < b.source.seed ? -1 : a.source.seed > b.source.seed ? 1 : a.source.start - b.source.start));
    merged.push(lead);
  }
  return merged;
}

function rank(r: Report): number {
  return Math.max(...r.sources.map((s) => KIND_RANK[s.kind]));
}

function findMatch(projects: Project[], p: Project): Project | undefined {
  if (p.no !== null) {
    const same = projects.find((q) => q.no === p.no && (q.level ?? null) === (p.level ?? null));
    if (same) return same;
  }
  let best: Project | undefined;
  let bestScore = SAME_TITLE_DICE;
  for (const q of projects) {
    const s = bigramDice(q.title, p.title);
    if (s >= bestScore) [best, bestScore] = [q, s];
  }
  return best;
}

function renumber(p: Project, report: Report): Project {
  const taken = new Set(report.projects.map((q) => q.id));
  if (!taken.has(p.id)) return p;
  let n = report.projects.length + 1;
  while (taken.has(`${report.id}/${String(n).padStart(2, "0")}`)) n++;
  return { ...p, id: `${report.id}/${String(n).padStart(2, "0")}` };
}
