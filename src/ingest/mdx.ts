// Model → MDX text. Front matter is the report itself (JSON, which is YAML);
// the body is a short summary and the full source text of every document, escaped so that MDX
// shows every character literally — `{process.exit(1)}` is text on the page, never code.
// The site reads report bodies as this fixed subset (src/lib/report-body.ts, docs/CONTENT.md):
// change the shape here and there together.
import type { Archive, Rejection, Report } from "./model.ts";
import type { NoiseRange } from "./convert.ts";

export interface ContentExtras {
  /**
   * An archivist's <Note> blocks by file path (archivistNotes of the files being replaced):
   * each report file keeps its own, right after the generated-file comment.
   */
  notes?: ReadonlyMap<string, readonly string[]>;
  /** Page furniture by seed (Conversion.noise): its lines are written as <Noise>…</Noise>. */
  noise?: ReadonlyMap<string, readonly NoiseRange[]>;
}
import { replaceUnits } from "./text.ts";

const KIND_NAME = { plan: "计划", progress: "进展", results: "完成情况" } as const;

/**
 * Every file of the content collections, by path under the output folder, in a stable order.
 */
export function contentFiles(archive: Archive, texts: Map<string, string>, extras: ContentExtras = {}): Map<string, string> {
  const files = [...reportFiles(archive.reports, texts, extras), ...rejectedFiles(archive.rejected, texts)];
  return new Map(files.sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** The reports' files (reports/<id>.mdx), in the reports' order. */
export function reportFiles(reports: readonly Report[], texts: ReadonlyMap<string, string>, extras: ContentExtras = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const report of reports) {
    const path = `reports/${report.id}.mdx`;
    files.set(path, reportMdx(report, texts, extras.notes?.get(path) ?? [], extras.noise ?? new Map()));
  }
  return files;
}

/** The rejected documents' files (rejected/<stem>.mdx); `rejected` whole, in document order, since stems are made distinct in that order. */
export function rejectedFiles(rejected: readonly Rejection[], texts: ReadonlyMap<string, string>): Map<string, string> {
  const files = new Map<string, string>();
  const stems = new Set<string>();
  for (const r of rejected) {
    // Stems are distinct by construction; a file named like another's hashed stem still gets a page of its own.
    let stem = rejectedStem(r.seed);
    for (let k = 2; stems.has(stem); k++) stem = `${rejectedStem(r.seed)}-${k}`;
    stems.add(stem);
    const body = [
      GENERATED,
      "",
      escapeText(`未能读取为民生实事报告：${r.reason}`),
      "",
      sourceDocument(r.seed, null, texts.get(r.seed) ?? "", []),
    ].join("\n");
    files.set(`rejected/${stem}.mdx`, frontMatter({ seed: r.seed, reason: r.reason, line: r.line ?? 1 }, body));
  }
  return files;
}

/**
 * The page name of a rejected document: a .txt file's name without its extension, in URL-safe
 * ASCII (empty.txt → empty). Any other name (same.md, same, 南阳通报.txt) gets a short hash of
 * the whole name, so same.txt, same.md and same each have a page of their own.
 */
export function rejectedStem(seed: string): string {
  const txt = /\.txt$/u.test(seed);
  const base = txt ? seed.slice(0, -4) : seed;
  const ascii = base.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "");
  if (txt && ascii === base && ascii !== "") return ascii;
  let hash = 0x811c9dc5;
  for (const ch of seed) hash = Math.imul(hash ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return `${ascii || "document"}-${hash.toString(36)}`;
}

const GENERATED = "{/* 由 npm run ingest 从 seeds/ 生成；请改 seeds/ 或其前置元数据，不要手改此文件（<Note> 档案说明除外：重新生成时保留） */}";

/**
 * An archivist's note in a report body: from a line opening <Note to the line closing </Note>
 * (<Note source="…">第 7 项的完成率以公报为准。</Note>). Text the converter writes never
 * opens a line with "<": its ASCII punctuation is escaped.
 */
const ARCHIVIST_NOTE = /^<Note\b[\s\S]*?<\/Note>[ \t]*$/gmu;

/** The <Note> blocks of a report file, in order, to carry into the file that replaces it. */
export function archivistNotes(text: string): string[] {
  return (text.match(ARCHIVIST_NOTE) ?? []).map((note) => note.trimEnd());
}

// Front matter in JSON form: JSON is YAML, so every YAML reader (gray-matter, Astro) reads it,
// and writing it is fifteen times faster than a YAML dump of a large report. Written as
// gray-matter's stringify with a JSON engine wrote it, without parsing the body first.
function frontMatter(data: object, body: string): string {
  return `---\n${JSON.stringify(data, null, 1)}\n---\n${body}\n`;
}

/** A document as the summary names it: its headline, else publisher and date (郑州晚报，2024年2月1日), else its file. */
function sourceName(source: Report["sources"][number]): string {
  if (source.title) return source.title;
  const date = source.published ? source.published.replace(/^(\d{4})-(\d{2})-(\d{2})$/u, (_, y: string, m: string, d: string) => `${y}年${Number(m)}月${Number(d)}日`) : null;
  const stated = [source.publisher, date].filter(Boolean).join("，");
  return stated || source.seed;
}

function reportMdx(report: Report, texts: ReadonlyMap<string, string>, notes: readonly string[], noise: ReadonlyMap<string, readonly NoiseRange[]>): string {
  const figures = report.projects.reduce((n, p) => n + p.metrics.length, 0);
  const summary =
    `${report.region.name}${report.year}年民生实事：` +
    `本档案读出 ${report.projects.length} 个项目、${figures} 个数据` +
    (report.projectCount !== null ? `（原文称共 ${report.projectCount} 项）` : "") +
    `，来自 ${report.sources.length} 份文件：` +
    report.sources.map((s) => `${sourceName(s)}（${KIND_NAME[s.kind]}）`).join("；") +
    "。";
  const parts = [GENERATED, "", ...notes.flatMap((note) => [note, ""]), escapeLineStart(escapeText(summary)), ""];
  for (const source of report.sources) {
    const marks: Mark[] = [];
    for (const project of report.projects) {
      project.metrics.forEach((m, k) => {
        if (m.source.seed === source.seed) marks.push({ start: m.source.start, end: m.source.end, project: project.id, metric: k });
      });
    }
    parts.push(sourceDocument(source.seed, source.kind, texts.get(source.seed) ?? "", marks, noise.get(source.seed) ?? []), "");
  }
  return frontMatter(report, parts.join("\n").trimEnd());
}

interface Mark {
  start: number;
  end: number;
  project: string;
  metric: number;
}

/**
 * One document's text, a paragraph per non-empty line, figures marked. A line that lies wholly
 * in page furniture (责任编辑, 精彩图片, a link list; normalise.ts) and holds no figure is
 * written as <Noise>…</Noise>: shown muted and never printed.
 */
function sourceDocument(seed: string, kind: string | null, text: string, marks: Mark[], noise: readonly NoiseRange[] = []): string {
  const attrs = `seed={${JSON.stringify(seed)}}` + (kind ? ` kind={${JSON.stringify(kind)}}` : "");
  const sorted = [...marks].sort((a, b) => a.start - b.start || a.end - b.end);
  const lines: string[] = [];
  let offset = 0;
  let m = 0;
  for (const raw of text.split("\n")) {
    const lineStart = offset;
    const lineEnd = offset + raw.length;
    offset = lineEnd + 1;
    let out = "";
    let at = lineStart;
    while (m < sorted.length && sorted[m]!.start < lineEnd) {
      const mark = sorted[m]!;
      m++;
      if (mark.start < at) continue; // overlaps the one before
      const end = Math.min(mark.end, lineEnd); // a mark never crosses a paragraph
      out += escapeText(text.slice(at, mark.start));
      out += `<Fig project={${JSON.stringify(mark.project)}} metric={${mark.metric}}>${escapeText(text.slice(mark.start, end))}</Fig>`;
      at = end;
    }
    out += escapeText(text.slice(at, lineEnd));
    const line = out.trim();
    const furniture = at === lineStart && isFurniture(text.slice(lineStart, lineEnd), lineStart, noise);
    if (line) lines.push(furniture ? `<Noise>${line}</Noise>` : escapeLineStart(line));
  }
  // Every line a paragraph of its own: a blank line after each.
  return `<SourceDocument ${attrs}>\n\n${lines.map((line) => `${line}\n\n`).join("")}</SourceDocument>`;
}

/** True when the line's text (spaces around it aside) lies wholly inside one noise range. */
function isFurniture(line: string, lineStart: number, noise: readonly NoiseRange[]): boolean {
  const start = lineStart + (line.length - line.trimStart().length);
  const end = lineStart + line.trimEnd().length;
  return start < end && noise.some((range) => range.start <= start && end <= range.end);
}

/** A line opening with a Latin letter could be ESM to MDX (`import fs from "fs"`): write the letter as a reference. */
function escapeLineStart(line: string): string {
  return /^[A-Za-z]/.test(line) ? `&#${line.charCodeAt(0)};${line.slice(1)}` : line;
}

// Every printable ASCII character that is neither a letter nor a digit: ! " # … / : … @ [ … ` { … ~
const ASCII_PUNCTUATION = /[!-\/:-@\[-`{-~]/;

/** What escapeText writes for an ASCII character, by code: tabs and CRs as spaces, punctuation as references (! → &#33;). */
const ASCII_ESCAPES: readonly (string | undefined)[] = Array.from({ length: 0x80 }, (_, code) => {
  if (code === 0x09 || code === 0x0d) return " ";
  return ASCII_PUNCTUATION.test(String.fromCharCode(code)) ? `&#${code};` : undefined;
});

/** Every ASCII punctuation mark becomes a character reference: nothing is markup any more. */
export function escapeText(text: string): string {
  return replaceUnits(text, ASCII_ESCAPES);
}
