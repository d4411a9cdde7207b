// The archive as the pages see it: the two content collections, sorted once, with
// the indexes every page needs (projects by id, the region tree, sources by seed).
import { getCollection, type CollectionEntry } from "astro:content";
import type { RegionLevel, Source } from "../ingest/model";
import { contentDir, reportEntries } from "./content-files";
import { readEntryBody } from "./entry-file";
import { projectNumbers } from "./numbering";
import { projectSummary, type ProjectSummary } from "./figures";
import { assertPlanned, currentShard } from "./shard";
import { documentFirstLines, readFirstLinesWith } from "./sources";
import { byString } from "./order";
export { projectNumbers, projectOrdinal } from "./numbering";
export { reportTitle } from "./labels";
export { byString } from "./order";
export { projectSummary, type ProjectSummary } from "./figures";

export type ReportEntry = CollectionEntry<"reports">;
export type RejectedEntry = CollectionEntry<"rejected">;
export type ReportData = ReportEntry["data"];
export type ProjectData = ReportData["projects"][number];

export interface ProjectRef {
  project: ProjectData;
  report: ReportEntry;
  /** Position in the report (0-based): previous/next. */
  position: number;
  /** The number readers see, unique within the report (projectNumbers). */
  number: string;
  /** What the site-wide pages read of its figures (projectSummary). */
  summary: ProjectSummary;
}

/** A region with its reports; ancestors without reports of their own exist too, so breadcrumbs never break. */
export interface RegionNode {
  slug: string;
  name: string;
  level: RegionLevel;
  path: string[];
  code: string;
  parent: RegionNode | null;
  children: RegionNode[];
  /** Oldest year first. */
  reports: ReportEntry[];
}

export interface Archive {
  /** Sorted by id. */
  reports: ReportEntry[];
  /** Sorted by seed. */
  rejected: RejectedEntry[];
  projects: Map<string, ProjectRef>;
  regions: Map<string, RegionNode>;
  /** Provinces (or whatever regions have no parent), in division-code order. */
  roots: RegionNode[];
  /** Every source a report lists, by seed (a seed may speak of several region-years). */
  sourcesBySeed: Map<string, Source[]>;
}

const LEVELS: RegionLevel[] = ["province", "city", "county"];


let cached: Promise<Archive> | undefined;

export function loadArchive(): Promise<Archive> {
  if (!cached || import.meta.env.DEV) cached = buildArchive();
  return cached;
}

/**
 * The reports and their projects' summaries: from the collection; or in the common shard of a
 * sharded build, which holds no report there (src/lib/shard.ts holdsReport), from their files,
 * one at a time, keeping of each project what the site-wide pages read — its summary instead of
 * its figures, its history's documents and statuses (the feed), not its source span. At 32,000
 * region-years the whole front matter is ~1.6 GB of heap, this ~0.5 GB. tests/site/shards.test.ts
 * compares the common shard's pages with a whole build's, byte for byte.
 */
async function loadReports(): Promise<{ reports: ReportEntry[]; summaries: Map<string, ProjectSummary> }> {
  const shard = currentShard();
  const summaries = new Map<string, ProjectSummary>();
  if (shard.kind !== "common") {
    const reports = await getCollection("reports");
    for (const report of reports) for (const project of report.data.projects) summaries.set(project.id, projectSummary(project));
    return { reports, summaries };
  }
  const reports: ReportEntry[] = [];
  for (const entry of reportEntries(contentDir(), (id) => (assertPlanned(id, shard.plan), true))) {
    entry.data.projects = entry.data.projects.map(({ metrics, source: _span, history, ...project }) => {
      summaries.set(project.id, projectSummary({ metrics, status: project.status }));
      // The feed reads a step's document and status (documentChange); the type keeps the model's shape.
      const steps = history?.map((step) => ({ seed: step.seed, status: step.status }) as typeof step);
      return { ...project, metrics: [], ...(steps ? { history: steps } : {}) };
    });
    reports.push({ ...entry, collection: "reports" } as ReportEntry);
  }
  return { reports, summaries };
}

async function buildArchive(): Promise<Archive> {
  const loaded = await loadReports();
  const reports = loaded.reports.sort((a, b) => byString(a.data.id, b.data.id));
  const rejected = (await getCollection("rejected")).sort((a, b) => byString(a.data.seed, b.data.seed));

  const projects = new Map<string, ProjectRef>();
  for (const report of reports) {
    const numbers = projectNumbers(report.data.projects);
    report.data.projects.forEach((project, position) => {
      projects.set(project.id, { project, report, position, number: numbers[position]!, summary: loaded.summaries.get(project.id)! });
    });
  }

  const regions = new Map<string, RegionNode>();
  for (const report of reports) {
    const node = regionNode(regions, report.data.region);
    node.reports.push(report);
  }
  for (const node of regions.values()) {
    node.reports.sort((a, b) => a.data.year - b.data.year);
    node.children.sort(byDivision);
  }
  const roots = [...regions.values()].filter((node) => node.parent === null).sort(byDivision);
  const sourcesBySeed = new Map<string, Source[]>();
  const reportsBySeed = new Map<string, ReportEntry[]>();
  for (const report of reports) {
    for (const source of report.data.sources) {
      sourcesBySeed.set(source.seed, [...(sourcesBySeed.get(source.seed) ?? []), source]);
      reportsBySeed.set(source.seed, [...(reportsBySeed.get(source.seed) ?? []), report]);
    }
  }
  // An untitled document's first line, from the first report (by id) whose body shows it.
  readFirstLinesWith((seed) => {
    for (const report of reportsBySeed.get(seed) ?? []) {
      const line = documentFirstLines(readEntryBody(report)).get(seed);
      if (line) return line;
    }
    return undefined;
  });
  return { reports, rejected, projects, regions, roots, sourcesBySeed };
}

function byDivision(a: RegionNode, b: RegionNode): number {
  return byString(a.code, b.code) || byString(a.slug, b.slug);
}

/** The node of a report's region, creating it and its ancestors (河南省 for 南阳市) as needed. */
function regionNode(regions: Map<string, RegionNode>, region: ReportData["region"]): RegionNode {
  const segments = region.slug.split("/");
  let parent: RegionNode | null = null;
  for (let depth = 1; depth <= segments.length; depth++) {
    const slug = segments.slice(0, depth).join("/");
    let node = regions.get(slug);
    if (!node) {
      const own = depth === segments.length;
      // An ancestor's name is the path entry at its depth, when the path and slug agree.
      const name = own ? region.name : (region.path[depth - 1] ?? slug);
      node = {
        slug,
        name,
        level: own ? region.level : (LEVELS[depth - 1] ?? "county"),
        path: own ? region.path : region.path.slice(0, depth),
        code: own ? region.code : region.code.slice(0, depth * 2),
        parent,
        children: [],
        reports: [],
      };
      regions.set(slug, node);
      parent?.children.push(node);
    }
    parent = node;
  }
  return parent as RegionNode;
}

/** The ancestors of a region, from the province down, itself included. */
export function regionLineage(node: RegionNode): RegionNode[] {
  const lineage: RegionNode[] = [];
  for (let current: RegionNode | null = node; current; current = current.parent) lineage.unshift(current);
  return lineage;
}

/** Every report of a region and of the regions below it. */
export function reportsUnder(node: RegionNode): ReportEntry[] {
  return [...node.reports, ...node.children.flatMap(reportsUnder)];
}

/** The source a report lists for a seed (and kind, when a seed is cited twice). */
export function findSource(report: ReportData, seed: string, kind?: string): Source | undefined {
  return (
    report.sources.find((source) => source.seed === seed && (!kind || source.kind === kind)) ??
    report.sources.find((source) => source.seed === seed)
  );
}
