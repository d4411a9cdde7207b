// <base>/data/archive.csv — every figure of the archive, one row each.
import type { APIRoute } from "astro";
import { loadArchive } from "../../lib/archive";
import { figuresCsv } from "../../lib/csv";

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(figuresCsv(archive.reports.map((report) => report.data)), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
