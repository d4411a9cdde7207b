// <base>/data/archive.json — the contract's model, {reports, rejected}, rebuilt from the collections.
import type { APIRoute } from "astro";
import { archiveModel, loadArchive } from "../../lib/archive";

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  return new Response(`${JSON.stringify(archiveModel(archive), null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
