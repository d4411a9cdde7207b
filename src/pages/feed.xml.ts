// <base>/feed.xml — an Atom feed of the archive's changes: one entry per document a report
// gained (a plan, a progress notice, the results), newest first, saying what it changed:
// the projects it lists first and the statuses it moved (计划 → 超额完成). Dates come from
// the documents (publication, else cut-off, else the end of the report's year), never from
// the build, so the same archive gives the same feed. It holds the newest FEED_ENTRIES changes:
// a feed is read for what is new, and one of every document of a national archive was 96 MB.
import type { APIRoute } from "astro";
import type { Source } from "../ingest/model";
import { loadArchive, reportTitle, type ReportData } from "../lib/archive";
import { FEED_ENTRIES, documentChange, newestChanges } from "../lib/history";
import { REPORT_KIND } from "../lib/labels";
import { describeSource, sourceAnchor } from "../lib/sources";
import { absoluteUrl, pageUrl, url } from "../lib/url";
import { escapeXml } from "../lib/xml";

interface Change {
  report: ReportData;
  source: Source;
  updated: string;
}

function changeDate(report: ReportData, source: Source): string {
  return `${source.published ?? source.asOf ?? `${report.year}-12-31`}T00:00:00Z`;
}

/** "…收录 10 项。这份完成情况说到 10 项：9 项 计划 → 超额完成，1 项首次列入。来源：…"; a first document "列出 10 项". */
function summary({ report, source }: Change): string {
  const change = documentChange(report.projects, source.seed);
  const parts = [
    ...change.moved.map((move) => `${move.count} 项 ${move.label}`),
    ...(change.added > 0 ? [`${change.added} 项首次列入`] : []),
  ];
  const kind = REPORT_KIND[source.kind];
  return [
    `${report.region.path.join("")} ${report.year} 年民生实事，收录 ${report.projects.length} 项。`,
    change.added === change.projects ? `这份${kind}列出 ${change.projects} 项。` : `这份${kind}说到 ${change.projects} 项${parts.length > 0 ? `：${parts.join("，")}` : ""}。`,
    `来源：${describeSource(source)}`,
  ].join("");
}

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const changes: Change[] = archive.reports.flatMap(({ data: report }) =>
    report.sources.map((source) => ({ report, source, updated: changeDate(report, source) })),
  );
  const newest = newestChanges(changes, FEED_ENTRIES);
  const feedUpdated = newest[0]?.updated ?? "2000-01-01T00:00:00Z";
  const entries = newest.map((change) => {
    const link = absoluteUrl(`${pageUrl(change.report.id)}#${sourceAnchor(change.source.seed)}`);
    return [
      "  <entry>",
      `    <title>${escapeXml(`${reportTitle(change.report)}：${REPORT_KIND[change.source.kind]}`)}</title>`,
      `    <id>${escapeXml(link)}</id>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <updated>${change.updated}</updated>`,
      `    <summary>${escapeXml(summary(change))}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  const home = absoluteUrl(url());
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">',
    "  <title>民生实事档案：新收录的文件与状态变化</title>",
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
