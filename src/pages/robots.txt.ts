import type { APIRoute } from "astro";
import { absoluteUrl, url } from "../lib/url";

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(url("sitemap.xml"))}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
