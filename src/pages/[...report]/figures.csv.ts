// <base>/<report id>/figures.csv — one row per figure of one report.
import type { APIRoute, GetStaticPaths } from "astro";
import type { Report } from "../../ingest/model";
import { loadArchive, type ReportEntry } from "../../lib/archive";
import { figuresCsv } from "../../lib/csv";
import { rendersRegionPages } from "../../lib/shard";
import { absoluteUrl, pageUrl } from "../../lib/url";

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.reports.filter((report) => rendersRegionPages(report.data.id)).map((report) => ({ params: { report: report.data.id }, props: { report } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { report } = props as { report: ReportEntry };
  const csv = figuresCsv([report.data as Report], (id) => absoluteUrl(pageUrl(id)));
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
