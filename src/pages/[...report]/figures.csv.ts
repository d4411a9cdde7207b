// <base>/<report id>/figures.csv — one row per figure of one report.
import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive, type ReportEntry } from "../../lib/archive";
import { figuresCsv } from "../../lib/csv";

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.reports.map((report) => ({ params: { report: report.data.id }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: ReportEntry };
  return new Response(figuresCsv([report.data]), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
