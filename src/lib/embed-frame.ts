// The report and project embed pages (<id>/embed/) are a third of the build's pages: one per
// report and project with a rate (8,139 of 27,130 at 1,550 region-years). Astro's work per page
// cost as much as a project page's, so a build renders only one of them, the frame: the embed
// page's layout (src/layouts/EmbedLayout.astro) with a token where each part goes. After the
// build, src/integrations/page-files.ts fills the frame for every report and project from the
// converter's files, with the chart markup the pages' own charts use (src/lib/chart-html.ts).
// `astro dev` renders them all as pages (src/pages/[...page]/embed.astro).
import { completionFigureHtml, htmlText } from "./chart-html.ts";
import { projectNumbers } from "./numbering.ts";
import { projectEmbedPage, reportEmbedPage, type EmbedPage } from "./embed.ts";
import type { ReportData } from "./archive.ts";

/** The frame's page: <base>/_embed-frame/embed/, removed once the embed pages are written (no archive id has "_"). */
export const EMBED_FRAME_ID = "_embed-frame";

/** What the frame holds in place of each part. The chart's tokens enclose what Astro writes between them: the chart script. */
export const FRAME_TOKENS = {
  id: "@@EMBED-ID@@",
  pageTitle: "@@EMBED-PAGE-TITLE@@",
  heading: "@@EMBED-HEADING@@",
  source: "@@EMBED-SOURCE@@",
  chartStart: "@@EMBED-CHART@@",
  chartEnd: "@@EMBED-CHART-END@@",
} as const;

/** The archive ids a frame takes as they are: a canonical link would percent-encode anything else. */
const PLAIN_ID = /^[a-z0-9][a-z0-9/._-]*$/u;

/** A frame checked to hold each token, ready to fill. */
export interface EmbedFrame {
  /** The frame's text around the chart. */
  before: string;
  after: string;
  /** The chart script's tag, as Astro wrote it. */
  script: string;
}

/** Reads the frame Astro rendered; `where` (its file) is named when a token is missing. */
export function parseEmbedFrame(html: string, where: string): EmbedFrame {
  for (const token of Object.values(FRAME_TOKENS)) {
    if (!html.includes(token)) throw new Error(`${where}: the embed frame has no ${token} (src/pages/[...page]/embed.astro renders it)`);
  }
  const start = html.indexOf(FRAME_TOKENS.chartStart);
  const end = html.indexOf(FRAME_TOKENS.chartEnd);
  return { before: html.slice(0, start), script: html.slice(start + FRAME_TOKENS.chartStart.length, end), after: html.slice(end + FRAME_TOKENS.chartEnd.length) };
}

const TOKEN = /@@EMBED-(?:ID|PAGE-TITLE|HEADING|SOURCE)@@/gu;

/** One embed page: the frame with the page's parts in place (each token replaced once, so no text is read as a token). */
export function fillEmbedFrame(frame: EmbedFrame, page: EmbedPage): string {
  if (!PLAIN_ID.test(page.id)) throw new Error(`embed page of ${page.id}: the id is not a plain path (a-z, 0-9, / . _ -)`);
  const parts: Record<string, string> = {
    [FRAME_TOKENS.id]: page.id,
    [FRAME_TOKENS.pageTitle]: htmlText(page.pageTitle),
    [FRAME_TOKENS.heading]: htmlText(page.heading),
    [FRAME_TOKENS.source]: htmlText(page.source),
  };
  const fill = (text: string) => text.replace(TOKEN, (token) => parts[token]!);
  return fill(frame.before) + completionFigureHtml(page.chart, frame.script) + fill(frame.after);
}

/**
 * A report's embed pages, its own and its projects', as [path under the output folder, HTML].
 * `link` gives a project's page for the report chart's rows (pageUrlUnder the build's base).
 */
export function* embedFiles(report: ReportData, frame: EmbedFrame, link: (id: string) => string): Generator<[string, string]> {
  const pages = [reportEmbedPage(report, link)];
  const numbers = projectNumbers(report.projects);
  report.projects.forEach((project, position) => pages.push(projectEmbedPage(report, project, numbers[position]!)));
  for (const page of pages) if (page) yield [`${page.id}/embed/index.html`, fillEmbedFrame(frame, page)];
}
