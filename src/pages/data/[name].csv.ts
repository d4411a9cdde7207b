// <base>/data/archive.csv under `astro dev`. A build writes it after the pages, streamed from the
// converter's files (src/integrations/archive-downloads.ts), so this route renders nothing there:
// at archive scale one text of the whole archive does not fit in memory.
import type { APIRoute, GetStaticPaths } from "astro";
import { archivePieces, contentDir } from "../../lib/content-files";
import { absoluteUrl, pageUrl } from "../../lib/url";

export const getStaticPaths = (() => (import.meta.env.DEV ? [{ params: { name: "archive" } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  let text = "";
  const keep = (piece: string) => (text += piece);
  archivePieces(contentDir(), () => {}, { projectUrl: (id) => absoluteUrl(pageUrl(id)), write: keep });
  return new Response(text, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
