// The charts the site draws, and where each one is embedded. A page and the embed page of
// each of its charts draw the same rows from these functions, so the two never differ (bars,
// colours, table, title, source):
//   report, project            <page>/embed/                   completion rates
//   region                     <region>/embed/                 its projects' completion across years
//   project with child projects  <project>/embed/contributions/  each child region's share
//   topic                      topics/<slug>/embed/            completion rates compared
//                              topics/<slug>/embed/<region>/   one region's years in the topic
import type { ProjectData, ProjectRef, RegionNode, ReportData } from "./archive.ts";
import { projectNumbers, projectOrdinal } from "./numbering.ts";
import { reportTitle } from "./labels.ts";
import { axisLabel } from "./chart-spec.ts";
import { contributions, type Contribution } from "./contributions.ts";
import { countAttainments, figureRows, figureTone, projectCompletion, projectTone, type Attainment, type RateTone } from "./figures.ts";
import { describeSources } from "./sources.ts";
import { absoluteUrl, pageUrl, url } from "./url.ts";

export interface ChartRow {
  label: string;
  title: string;
  rate: number;
  /** The bar's and cell's colour, by the rule of the page's counts and badges (lib/figures.ts). */
  tone: RateTone;
  href?: string;
}

/** What CompletionChart draws: rows, the title that names them, their source and the table's label column. */
export interface CompletionChartData {
  title: string;
  source: string;
  labelHeader: string;
  rows: ChartRow[];
}

/**
 * One bar per project with a rate: the lowest rate among its figures (projectCompletion). `link`
 * gives a project's page (pageUrl; pageUrlUnder(base) where the build runs outside its pages).
 */
export function reportChartRows(report: ReportData, link: (id: string) => string = pageUrl): ChartRow[] {
  const numbers = projectNumbers(report.projects);
  return report.projects.flatMap((project, position) => {
    const rate = projectCompletion(project);
    const no = numbers[position]!;
    return rate === null ? [] : [{ label: `${no} ${project.title}`, title: `${no} ${project.title}`, rate, tone: projectTone(project), href: link(project.id) }];
  });
}

/** A report's or project's embed page: its id (the page it belongs to), titles, source and completion chart. */
export interface EmbedPage {
  id: string;
  /** The document title: the same as the page the embed belongs to. */
  pageTitle: string;
  /** The heading over the chart. */
  heading: string;
  source: string;
  chart: CompletionChartData;
}

/** A report's embed page; null when no project has a rate (no chart). */
export function reportEmbedPage(report: ReportData, link: (id: string) => string = pageUrl): EmbedPage | null {
  const rows = reportChartRows(report, link);
  if (rows.length === 0) return null;
  const title = reportTitle(report);
  const source = describeSources(report.sources);
  return { id: report.id, pageTitle: title, heading: title, source, chart: { title: `${title}：各项实事的完成率（取该项各指标中最低者）`, source, labelHeader: "实事", rows } };
}

/** A project's embed page (`number`: the one readers see, projectNumbers); null when no figure has a rate. */
export function projectEmbedPage(report: ReportData, project: ProjectData, number: string): EmbedPage | null {
  const rows = projectChartRows(project);
  if (rows.length === 0) return null;
  const seeds = new Set(project.metrics.map((m) => m.source.seed));
  const cited = report.sources.filter((s) => seeds.has(s.seed));
  const source = describeSources(cited.length ? cited : report.sources);
  const place = `${report.region.path.join("")} ${report.year}`;
  return {
    id: project.id,
    pageTitle: `${project.title}（${place}）`,
    heading: `${place} 年${projectOrdinal(number)}实事：${project.title}`,
    source,
    chart: { title: `${project.title}：各指标的完成率`, source, labelHeader: "指标", rows },
  };
}

/** One bar per figure of the project that has a rate. */
export function projectChartRows(project: ProjectData): ChartRow[] {
  return figureRows(project).flatMap((row) =>
    row.rate === null ? [] : [{ label: row.label || "（未写明）", title: row.label || "（原文未写明的指标）", rate: row.rate, tone: figureTone(row.rate, project) }],
  );
}

/** What YearsChart draws: per year of a region, how many projects met, missed, are in progress or have no rate. */
export interface YearsChartData {
  title: string;
  source: string;
  years: { year: number; href: string; counts: Record<Attainment, number> }[];
}

/** A region's years (its own reports, not those below it); null when it has none. */
export function regionYearsChart(region: Pick<RegionNode, "path" | "reports">): YearsChartData | null {
  if (region.reports.length === 0) return null;
  return {
    title: `${region.path.join("")}各年份实事的完成情况（项数）`,
    source: region.reports.map((report) => `${report.data.year}年：${describeSources(report.data.sources)}`).join("；"),
    years: region.reports.map((report) => ({ year: report.data.year, href: pageUrl(report.data.id), counts: countAttainments(report.data.projects) })),
  };
}

/** One bar per project with a rate, named by `name` (region, year and title, or year and title). */
function topicRows(projects: ProjectRef[], name: (ref: ProjectRef) => string): ChartRow[] {
  return projects.flatMap((ref) => {
    // The project's summary, not its figures: the common shard of a sharded build keeps no figures (src/lib/archive.ts).
    const rate = ref.summary.lowest?.rate ?? null;
    return rate === null ? [] : [{ label: name(ref), title: name(ref), rate, tone: ref.summary.tone, href: pageUrl(ref.project.id) }];
  });
}

/** The sources of the reports the projects come from, in report id order, each document once. */
function sourcesOf(projects: ProjectRef[]): string {
  const reports = [...new Map(projects.map((ref) => [ref.report.data.id, ref.report.data])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // Each document once, at its first mention (a Set: a national topic cites ~30,000 documents, and a search per source was quadratic).
  const seen = new Set<string>();
  return describeSources(reports.flatMap((report) => report.sources).filter((source) => !seen.has(source.seed) && (seen.add(source.seed), true)));
}

/** A topic's projects (in region, year and document order: projectsOfTopic) compared; null when none has a rate. */
export function topicComparisonChart(topicName: string, projects: ProjectRef[]): CompletionChartData | null {
  const rows = topicRows(projects, (ref) => `${ref.report.data.region.name} ${ref.report.data.year} ${ref.project.title}`);
  if (rows.length === 0) return null;
  return { title: `专题“${topicName}”：各地各年实事的完成率（取该项各指标中最低者）`, source: sourcesOf(projects), labelHeader: "实事", rows };
}

/** One region's projects of a topic across its years (regionsOverYears gives them); null when none has a rate. */
export function topicRegionChart(topicName: string, region: { name: string }, projects: ProjectRef[]): CompletionChartData | null {
  const rows = topicRows(projects, (ref) => `${ref.report.data.year}年 ${ref.project.title}`);
  if (rows.length === 0) return null;
  return { title: `${region.name}历年“${topicName}”实事的完成率`, source: sourcesOf(projects), labelHeader: "年份与实事", rows };
}

/** What ChildContributions draws: each child project's figures beside the parent's, and the shares as bars. */
export interface ContributionsChartData {
  title: string;
  source: string;
  /** The parent project's region (河南省): what the shares are of. */
  parentRegion: string;
  parentId: string;
  rows: { child: ProjectRef; figures: Contribution[] }[];
  /** One bar per child figure whose share is known; no chart without them (the table stays). */
  bars: { label: string; share: number }[];
}

export function contributionsChart(parent: ProjectRef, children: ProjectRef[]): ContributionsChartData {
  const parentReport = parent.report.data;
  const rows = children.map((child) => ({ child, figures: contributions(child.project, parent.project) }));
  const bars = rows.flatMap(({ child, figures }) =>
    figures.flatMap((figure) =>
      figure.share === null ? [] : [{ label: `${child.report.data.region.name} · ${axisLabel(figure.parent.label || "（未写明）", 10)}`, share: figure.share }],
    ),
  );
  const childSources = children.flatMap((child) => child.report.data.sources).filter((source, index, all) => all.findIndex((s) => s.seed === source.seed) === index);
  return {
    title: `${parentReport.region.name} ${parentReport.year} 年“${parent.project.title}”：下级地区的落实情况`,
    source: describeSources([...parentReport.sources, ...childSources]),
    parentRegion: parentReport.region.name,
    parentId: parent.project.id,
    rows,
    bars,
  };
}

/** The name of the contributions chart's embed page under its project's: <project>/embed/contributions/. */
export const CONTRIBUTIONS_CHART = "contributions";

/**
 * The embed page of a page's chart: `<page>/embed/` for its main chart, `<page>/embed/<chart>/`
 * for another one (a region slug on a topic page, "contributions" on a project page).
 */
export function embedPath(page: string, chart?: string): string {
  const trim = (path: string) => path.replace(/^\/+|\/+$/g, "");
  return url(`${trim(page)}/embed/${chart ? `${trim(chart)}/` : ""}`);
}

/** The HTML a reader pastes into their own page. */
export function embedCode(page: string, title: string, chart?: string): string {
  const escaped = title.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");
  return `<iframe src="${absoluteUrl(embedPath(page, chart))}" title="${escaped}" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;
}
