// How a report's sources are named for readers and for citations.
import type { Source } from "../ingest/model";
import { REPORT_KIND, formatDate } from "./labels";

/** "大河网，2024年2月1日，《河南人的2023年民生心愿单已达成…》" — whatever the document states. */
export function describeSource(source: Source): string {
  const parts = [
    source.publisher,
    source.published ? formatDate(source.published) : null,
    source.title ? `《${source.title}》` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("，") : `文件 ${source.seed}（${REPORT_KIND[source.kind]}）`;
}

/** All of a report's sources, for the citation line. */
export function describeSources(sources: Source[]): string {
  return sources.map(describeSource).join("；");
}

/** The fragment id of a source document's text on its report page. */
export function sourceAnchor(seed: string): string {
  return `doc-${seed.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}
