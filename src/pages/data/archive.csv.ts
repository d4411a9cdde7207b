// <base>/data/archive.csv — every figure of the archive, one row each.
import type { APIRoute } from "astro";
import { archiveModel, loadArchive } from "../../lib/archive";
import { figuresCsv } from "../../lib/csv";
import { absoluteUrl, pageUrl } from "../../lib/url";

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(figuresCsv(archiveModel(archive).reports, (id) => absoluteUrl(pageUrl(id))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
