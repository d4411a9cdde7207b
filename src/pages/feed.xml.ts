// <base>/feed.xml — an Atom feed of reports, newest year first. Dates come from the
// documents (their publication date, else the end of the report's year), never from the build.
import type { APIRoute } from "astro";
import { byString, loadArchive, reportTitle, type ReportData } from "../lib/archive";
import { describeSources } from "../lib/sources";
import { absoluteUrl, pageUrl, url } from "../lib/url";
import { escapeXml } from "../lib/xml";

function updated(report: ReportData): string {
  const dates = report.sources
    .map((source) => source.published)
    .filter((date): date is string => Boolean(date))
    .sort(byString);
  return `${dates.at(-1) ?? `${report.year}-12-31`}T00:00:00Z`;
}

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const reports = archive.reports
    .map((entry) => entry.data)
    .sort((a, b) => b.year - a.year || byString(a.id, b.id));
  const feedUpdated = reports.map(updated).sort(byString).at(-1) ?? "2000-01-01T00:00:00Z";
  const entries = reports.map((report) => {
    const link = absoluteUrl(pageUrl(report.id));
    const summary = `${report.region.path.join("")} ${report.year} 年民生实事，收录 ${report.projects.length} 项。来源：${describeSources(report.sources)}`;
    return [
      "  <entry>",
      `    <title>${escapeXml(reportTitle(report))}</title>`,
      `    <id>${escapeXml(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <updated>${updated(report)}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  const home = absoluteUrl(url());
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    "  <title>民生实事档案：各地民生实事报告</title>",
    `  <id>${escapeXml(home)}</id>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(home)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(url("feed.xml")))}"/>`,
    `  <updated>${feedUpdated}</updated>`,
    "  <author><name>民生实事档案</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
  return new Response(xml, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
};
