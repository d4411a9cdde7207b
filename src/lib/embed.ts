// The chart of a report or a project: its page and its embed page (/<id>/embed/) both draw
// these rows, so the two never differ (bars, colours, table).
import type { ProjectData, ReportData } from "./archive";
import { projectNumbers } from "./numbering";
import { figureRows, figureTone, projectCompletion, projectTone, type RateTone } from "./figures";
import { absoluteUrl, pageUrl, url } from "./url";

export interface ChartRow {
  label: string;
  title: string;
  rate: number;
  /** The bar's and cell's colour, by the rule of the page's counts and badges (lib/figures.ts). */
  tone: RateTone;
  href?: string;
}

/** One bar per project with a rate: the lowest rate among its figures (projectCompletion). */
export function reportChartRows(report: ReportData): ChartRow[] {
  const numbers = projectNumbers(report.projects);
  return report.projects.flatMap((project, position) => {
    const rate = projectCompletion(project);
    const no = numbers[position]!;
    return rate === null ? [] : [{ label: `${no} ${project.title}`, title: `${no} ${project.title}`, rate, tone: projectTone(project), href: pageUrl(project.id) }];
  });
}

/** One bar per figure of the project that has a rate. */
export function projectChartRows(project: ProjectData): ChartRow[] {
  return figureRows(project).flatMap((row) =>
    row.rate === null ? [] : [{ label: row.label || "（未写明）", title: row.label || "（原文未写明的指标）", rate: row.rate, tone: figureTone(row.rate, project) }],
  );
}

/** The embed page of a report or project page. */
export function embedPath(id: string): string {
  return url(`${id.replace(/^\/+|\/+$/g, "")}/embed/`);
}

/** The HTML a reader pastes into their own page. */
export function embedCode(id: string, title: string): string {
  const escaped = title.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;").replace(/</gu, "&lt;");
  return `<iframe src="${absoluteUrl(embedPath(id))}" title="${escaped}" width="100%" height="600" loading="lazy" style="border:0"></iframe>`;
}
