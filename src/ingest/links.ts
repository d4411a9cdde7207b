// Step 4 of enrich: links between a project and the parent region's project it carries out
// (南阳市 2023 "开展职业技能培训和评价取证(省定)" → 河南省 2023 第一项).
//
// Rules
// - The parent report of a report is the one whose `region.path` is the report's path
//   minus its last element, for the same year. No parent report, no link; provinces never
//   link across, since paths start with the province.
// - A child project marked with the parent's level or above (`level` "province" in a city
//   report: 省定) links when its score reaches MARKED_THRESHOLD. An unmarked project
//   (`level` null) links only when the score reaches UNMARKED_THRESHOLD. A project marked
//   with its own report's level (市定 in a city report) is the region's own and never links.
// - Score: title similarity (character bigrams); when both projects have countable figures,
//   0.6 × title + 0.4 × figure similarity (each child figure's best label similarity among
//   parent figures of a comparable unit, averaged).
// - One-to-one within one child report: pairs are taken greedily by score (ties: document
//   order), so two projects of one report never take the same parent project. A parent
//   project may have children from many child reports; `children` lists their ids sorted.
// Every project gets `parent` (id or null) and `children` (possibly empty).

import type { Archive, Project, RegionLevel, Report } from "./model.ts";
import { foldMagnitude, isRatioUnit, unitRelation } from "./quantities.ts";
import { greedyOneToOne } from "./matching.ts";
import { bigrams, bigramSimilarity } from "./similarity.ts";
import { mapProjects } from "./map-projects.ts";

const MARKED_THRESHOLD = 0.35;
const UNMARKED_THRESHOLD = 0.75;
const TITLE_WEIGHT = 0.6;

const LEVEL_RANK: Record<RegionLevel, number> = { province: 0, city: 1, county: 2 };

function reportKey(path: readonly string[], year: number): string {
  return JSON.stringify([path, year]);
}

/** The report of the parent region for the same year, if the archive holds it. */
function parentReportOf(report: Report, byKey: Map<string, Report>): Report | null {
  if (report.region.path.length < 2) return null;
  return byKey.get(reportKey(report.region.path.slice(0, -1), report.year)) ?? null;
}

interface Countable {
  /** The label's character bigrams (similarity.ts). */
  label: Set<string>;
  unit: string;
}

function countableFigures(project: Project): Countable[] {
  return project.metrics
    .filter((metric) => !isRatioUnit(metric.unit))
    .map((metric) => ({ label: bigrams(metric.label), unit: foldMagnitude(1, metric.unit).unit }));
}

/** Mean over the child's figures of the best label similarity among comparable parent figures. */
function figureSimilarity(child: Countable[], parent: Countable[]): number {
  let total = 0;
  for (const figure of child) {
    let best = 0;
    for (const other of parent) {
      if (unitRelation(figure.unit, other.unit) === "none") continue;
      best = Math.max(best, bigramSimilarity(figure.label, other.label));
    }
    total += best;
  }
  return total / child.length;
}

/** What a project is compared by: its title and its countable figures, read once per report pairing. */
interface Comparable {
  /** The title's character bigrams (similarity.ts). */
  title: Set<string>;
  figures: Countable[];
}

function comparable(project: Project): Comparable {
  return { title: bigrams(project.title), figures: countableFigures(project) };
}

/** How well a child project matches a parent project, in [0, 1]. */
function projectSimilarity(child: Comparable, parent: Comparable): number {
  const title = bigramSimilarity(child.title, parent.title);
  if (child.figures.length === 0 || parent.figures.length === 0) return title;
  return TITLE_WEIGHT * title + (1 - TITLE_WEIGHT) * figureSimilarity(child.figures, parent.figures);
}

/** The score a child project needs to link, or null when it may not link at all. */
function thresholdFor(child: Project, childReport: Report, parentReport: Report): number | null {
  if (child.level === null) return UNMARKED_THRESHOLD;
  const setAbove = LEVEL_RANK[child.level] <= LEVEL_RANK[parentReport.region.level];
  return setAbove && child.level !== childReport.region.level ? MARKED_THRESHOLD : null;
}

interface LinkCandidate {
  child: number;
  parent: number;
  score: number;
}

/** Child project id → parent project id for one child report. */
function linkReport(childReport: Report, parentReport: Report): Map<string, string> {
  const candidates: LinkCandidate[] = [];
  const parents = parentReport.projects.map(comparable);
  childReport.projects.forEach((child, c) => {
    const threshold = thresholdFor(child, childReport, parentReport);
    if (threshold === null) return;
    const compared = comparable(child);
    parents.forEach((parent, p) => {
      const score = projectSimilarity(compared, parent);
      if (score >= threshold) candidates.push({ child: c, parent: p, score });
    });
  });
  candidates.sort((x, y) => y.score - x.score || x.child - y.child || x.parent - y.parent);

  const chosen = greedyOneToOne(candidates, (c) => c.child, (c) => c.parent);
  return new Map(chosen.map(({ child, parent }) => [childReport.projects[child]!.id, parentReport.projects[parent]!.id]));
}

export function linkParents(archive: Archive): Archive {
  const byKey = new Map(archive.reports.map((r) => [reportKey(r.region.path, r.year), r]));
  const parentOf = new Map<string, string>();
  for (const report of archive.reports) {
    const parentReport = parentReportOf(report, byKey);
    if (!parentReport) continue;
    for (const [child, parent] of linkReport(report, parentReport)) parentOf.set(child, parent);
  }
  const childrenOf = new Map<string, string[]>();
  for (const [child, parent] of parentOf) {
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), child]);
  }
  return mapProjects(archive, (project) => ({
    ...project,
    parent: parentOf.get(project.id) ?? null,
    children: [...(childrenOf.get(project.id) ?? [])].sort(),
  }));
}
