// How a report's sources are named for readers and for citations.
import type { Project, Source } from "../ingest/model.ts";
import { REPORT_KIND, formatDate } from "./labels.ts";

/** A document's opening line in a report body: <SourceDocument seed={"004_….txt"} …>, a blank line, the first line that is not page furniture (<Noise>). */
const DOCUMENT_FIRST_LINE = /^<SourceDocument seed=\{("(?:[^"\\]|\\.)*")\}[^\n]*>\n\n(?:<Noise>[^\n]*<\/Noise>\n\n)*([^\n<]+)/gmu;
/** Lines cut for a title: about one line of a heading on a phone. */
const FIRST_LINE_CHARS = 32;

/** Each document's first line in a report body, by seed (the first non-empty one per seed). */
export function documentFirstLines(body: string): Map<string, string> {
  const lines = new Map<string, string>();
  for (const match of body.matchAll(DOCUMENT_FIRST_LINE)) {
    const seed = JSON.parse(match[1]!) as string;
    const line = match[2]!.replace(/&#(\d+);/gu, (_ref, code: string) => String.fromCodePoint(Number(code))).trim();
    if (!lines.has(seed) && line !== "") lines.set(seed, line);
  }
  return lines;
}

/**
 * Where an untitled document's first line comes from: lib/archive.ts reads it from the report
 * bodies when a title first needs it (the bodies are not held in memory), and it is kept here.
 */
let readFirstLine: (seed: string) => string | undefined = () => undefined;
const firstLines = new Map<string, string | undefined>();

export function readFirstLinesWith(reader: (seed: string) => string | undefined): void {
  readFirstLine = reader;
  firstLines.clear();
}

function firstLine(seed: string): string | undefined {
  if (!firstLines.has(seed)) firstLines.set(seed, readFirstLine(seed));
  return firstLines.get(seed);
}

/**
 * A title a reader understands, never the raw file name: the headline, else publisher and
 * date ("郑州晚报 · 完成情况"), else the document's first line, cut ("12月20日，市政府新闻办公室召开…").
 */
export function sourceTitle(source: Source): string {
  if (source.title) return source.title;
  const stated = [source.publisher, source.published ? formatDate(source.published) : null].filter(Boolean);
  if (stated.length > 0) return `${stated.join(" ")} · ${REPORT_KIND[source.kind]}`;
  const line = firstLine(source.seed);
  if (line) return [...line].length > FIRST_LINE_CHARS ? `${[...line].slice(0, FIRST_LINE_CHARS - 1).join("")}…` : line;
  return `${REPORT_KIND[source.kind]}（文件 ${source.seed}）`;
}

/** "大河网，2024年2月1日，《河南人的2023年民生心愿单已达成…》" — whatever the document states. */
export function describeSource(source: Source): string {
  const parts = [
    source.publisher,
    source.published ? formatDate(source.published) : null,
    source.title ? `《${source.title}》` : null,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join("，") : `《${sourceTitle(source)}》（${REPORT_KIND[source.kind]}）`;
}

/** All of a report's sources, for the citation line. */
export function describeSources(sources: Source[]): string {
  return sources.map(describeSource).join("；");
}

/** The fragment id of a source document's text on its report page. */
export function sourceAnchor(seed: string): string {
  return `doc-${seed.replace(/[^A-Za-z0-9_-]/g, "-")}`;
}

/** The fragment id of one line of a source document (a line with figures): #doc-…-line-43. */
export function lineAnchor(seed: string, line: number): string {
  return `${sourceAnchor(seed)}-line-${line}`;
}

/**
 * The anchor of the source line a figure was read from (#doc-…-line-43), or undefined when the
 * figure is unknown, has no line or stands in another document than `seed` (when given).
 */
export function figureLineAnchor(projects: ReadonlyMap<string, { project: Pick<Project, "metrics"> }>, project: string, metric: number, seed?: string): string | undefined {
  const span = projects.get(project)?.project.metrics[metric]?.source;
  if (!span?.line || (seed !== undefined && span.seed !== seed)) return undefined;
  return lineAnchor(span.seed, span.line);
}

/**
 * Where the publisher put a document online (front matter `source_url`), as a link a page may
 * carry: only an absolute http(s) address; anything else (javascript:, a bare path) is no link.
 */
export function sourceHref(source: Pick<Source, "source_url"> | undefined): string | null {
  const address = source?.source_url?.trim();
  if (!address) return null;
  try {
    const parsed = new URL(address);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
