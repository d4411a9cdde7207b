// <base>/sitemap.xml — every HTML page (src/lib/sitemap.ts): the list itself, or past 50,000
// pages an index of its parts (src/pages/sitemap-[part].xml.ts).
import type { APIRoute } from "astro";
import { loadArchive } from "../lib/archive";
import { sitemapIndexXml, sitemapParts, sitemapUrls, urlsetXml } from "../lib/sitemap";

export const GET: APIRoute = async () => {
  const parts = sitemapParts(sitemapUrls(await loadArchive()));
  const xml = parts.length === 1 ? urlsetXml(parts[0]!) : sitemapIndexXml(parts.length);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
