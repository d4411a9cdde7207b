// The sitemap (sitemaps.org): every HTML page, sorted, without dates (so builds are byte-identical).
// One file holds at most 50,000 URLs; a national archive has ~360,000 pages, so past that the
// sitemap is an index of parts (sitemap-1.xml, sitemap-2.xml …), each a list of its own.
import type { Archive } from "./archive";
import { byString } from "./order";
import { TOPICS, topicUrl } from "./topics";
import { absoluteUrl, pageUrl, url } from "./url";
import { escapeXml } from "./xml";

/** The protocol's limit of URLs in one sitemap file. */
export const SITEMAP_LIMIT = 50_000;

/** Every page's absolute URL, in code-unit order. */
export function sitemapUrls(archive: Archive): string[] {
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
  return paths.map((path) => absoluteUrl(path)).sort(byString);
}

/** The URLs cut into the parts of a sitemap index; one part when they fit in one file. */
export function sitemapParts(urls: string[], limit = SITEMAP_LIMIT): string[][] {
  const parts: string[][] = [];
  for (let start = 0; start < urls.length; start += limit) parts.push(urls.slice(start, start + limit));
  return parts.length > 0 ? parts : [[]];
}

/** The file name of part `n` (1-based) of a sitemap index. */
export function sitemapPartFile(n: number): string {
  return `sitemap-${n}.xml`;
}

/** A list of URLs (<urlset>). */
export function urlsetXml(urls: string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((loc) => `  <url><loc>${escapeXml(loc)}</loc></url>`),
    "</urlset>",
    "",
  ].join("\n");
}

/** An index of `count` parts (<sitemapindex>). */
export function sitemapIndexXml(count: number): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...Array.from({ length: count }, (_, k) => `  <sitemap><loc>${escapeXml(absoluteUrl(url(sitemapPartFile(k + 1))))}</loc></sitemap>`),
    "</sitemapindex>",
    "",
  ].join("\n");
}
