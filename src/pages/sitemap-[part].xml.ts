// <base>/sitemap-<n>.xml — part n of the sitemap index, when the pages do not fit in one file
// (src/lib/sitemap.ts); none otherwise.
import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive } from "../lib/archive";
import { rendersSitePages } from "../lib/shard";
import { sitemapParts, sitemapUrls, urlsetXml } from "../lib/sitemap";

export const getStaticPaths = (async () => {
  if (!rendersSitePages()) return [];
  const parts = sitemapParts(sitemapUrls(await loadArchive()));
  return parts.length === 1 ? [] : parts.map((urls, k) => ({ params: { part: String(k + 1) }, props: { urls } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(urlsetXml((props as { urls: string[] }).urls), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
