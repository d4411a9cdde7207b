// <base>/data/archive.json under `astro dev`. A build writes it after the pages, streamed from the
// converter's files (src/integrations/archive-downloads.ts), so this route renders nothing there:
// at archive scale one text of the whole archive does not fit in memory.
import type { APIRoute, GetStaticPaths } from "astro";
import { archivePieces, contentDir } from "../../lib/content-files";

export const getStaticPaths = (() => (import.meta.env.DEV ? [{ params: { name: "archive" } }] : [])) satisfies GetStaticPaths;

export const GET: APIRoute = () => {
  let text = "";
  const keep = (piece: string) => (text += piece);
  archivePieces(contentDir(), keep);
  return new Response(text, { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
