// <base>/sitemap.xml — every HTML page, sorted, without dates (so builds are byte-identical).
import type { APIRoute } from "astro";
import { byString, loadArchive } from "../lib/archive";
import { TOPICS, topicUrl } from "../lib/topics";
import { absoluteUrl, pageUrl, url } from "../lib/url";
import { escapeXml } from "../lib/xml";

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const paths = [
    url(),
    url("data/"),
    url("rejected/"),
    topicUrl(),
    ...TOPICS.map((topic) => topicUrl(topic.slug)),
    ...archive.rejected.map((entry) => url(`rejected/${entry.id}/`)),
    ...[...archive.regions.keys()].map(pageUrl),
    ...archive.reports.map((report) => pageUrl(report.data.id)),
    ...[...archive.projects.keys()].map(pageUrl),
  ];
  const urls = paths.map((path) => absoluteUrl(path)).sort(byString);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
