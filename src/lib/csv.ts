// The figures download: one row per figure, UTF-8 with a BOM and CRLF line ends so
// that Excel opens the Chinese text correctly.
import type { Report } from "../ingest/model.ts";
import { historyCell } from "./history.ts";

const COLUMNS = [
  "report_id",
  "region",
  "region_path",
  "year",
  "project_id",
  "project_no",
  "project_title",
  "project_level",
  "responsible",
  "metric_index",
  "label",
  "value",
  "unit",
  "role",
  "rate",
  "seed",
  "start",
  "end",
  "sentence",
  "project_url",
  // Issue 5, appended so that earlier columns keep their positions.
  "parent",
  "status",
  "topics",
  "rate_origin",
  "computed_rate",
  "rate_mismatch",
  // Issue 13, appended likewise.
  "history",
  "findings",
  // Issue 12: the metric_index of the target an actual is read against.
  "paired_target",
] as const;

// A text cell a spreadsheet would run as a formula (=HYPERLINK(…), +1, -1, @SUM, or after a
// TAB or CR): OWASP's CSV-injection advice is to prefix it with ' and quote it.
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One CSV cell: quoted where needed, and text that could be a formula neutralised. */
export function cell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  // A number is written as a number; only text can carry a formula.
  const text = typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

function rowsOf(report: Report, projectUrl: ProjectUrl): string[][] {
  return report.projects.flatMap((project) =>
    project.metrics.map((metric, index) =>
      [
        report.id,
        report.region.name,
        report.region.path.join("/"),
        report.year,
        project.id,
        project.no,
        project.title,
        project.level,
        project.responsible.join("、"),
        index,
        metric.label,
        metric.value,
        metric.unit,
        metric.role,
        metric.rate,
        metric.source.seed,
        metric.source.start,
        metric.source.end,
        metric.sentence,
        projectUrl(project.id),
        project.parent,
        project.status,
        project.topics?.join(" "),
        metric.rateOrigin,
        metric.computedRate,
        metric.rateMismatch === undefined ? null : String(metric.rateMismatch),
        historyCell(project),
        project.findings?.length ?? null,
        metric.pairedTarget,
      ].map(cell),
    ),
  );
}

/** The absolute address of a project's page, for the project_url column (SITE_URL + base + id). */
export type ProjectUrl = (projectId: string) => string;

/** ProjectUrl from Astro's resolved config (site and base), for the downloads written outside Vite (src/integrations/). */
export function projectUrlFromConfig(config: { site?: string | undefined; base: string }): ProjectUrl {
  const base = config.base.endsWith("/") ? config.base : `${config.base}/`;
  const site = config.site ?? "http://localhost:4321";
  return (id) => new URL(`${base}${id}/`, site).href;
}

/**
 * A CSV file of every figure of the given reports, in report and document order. It takes
 * the page address as a function so that the build's downloads step (integrations/
 * project-downloads.ts), which runs outside Vite, writes the same rows as the pages.
 */
export function figuresCsv(reports: readonly Report[], projectUrl: ProjectUrl): string {
  return [figuresCsvHead(), ...reports.flatMap((report) => figuresCsvRows(report, projectUrl))].join("");
}

/** The CSV's start: byte order mark and header line (figuresCsv = the head, then each report's rows). */
export function figuresCsvHead(): string {
  return `\uFEFF${COLUMNS.join(",")}\r\n`;
}

/** One report's lines of the CSV, each ended by CRLF: the archive's CSV is written report by report (src/integrations/archive-downloads.ts). */
export function figuresCsvRows(report: Report, projectUrl: ProjectUrl): string[] {
  return rowsOf(report, projectUrl).map((row) => `${row.join(",")}\r\n`);
}
