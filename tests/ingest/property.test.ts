// Property-based tests of the whole converter (issue 11): arbitrary text, bytes and front
// matter in; it never throws past its per-document guard, never yields a non-finite number or
// an offset outside the text, writes pages the site can read, and is deterministic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convert, type Conversion } from "../../src/ingest/convert.ts";
import { calendarDay } from "../../src/ingest/decode.ts";
import { contentFiles } from "../../src/ingest/mdx.ts";
import type { InputDocument } from "../../src/ingest/model.ts";
import { parseReportBody } from "../../src/lib/report-body.ts";

// Kept modest so the file runs in a few seconds.
const RUNS = 60;

// Pieces of the genre and of hostile input, so that random documents reach every step.
const PIECES = [
  "南阳市", "河南省", "2024年", "2023年", "民生实事", "为民办实事", "10项", "完成情况", "计划",
  "一、", "(一)", "1.", "2.", "3.", "①", "第一项", "●", "新建", "改造", "中小学", "12所", "3.5万人",
  "300公里", "两万人", "完成年度计划的", "105%", "99999999999%", "分别完成", "、", "，", "。", "：",
  "责任单位：市教育局", "截至9月底", "2024年02月30日 17:27 来源：大河网", "| 1 | 学校 | 12所 |",
  "\n", "\n\n", "\r\n", "\t", " ", "\u3000", "\u200b", "\u200d", "\u202e", "\u2066", "\ufeff",
  "１２３", "實事", "9".repeat(40), "{process.exit(1)}", "<script>", "import x from 'y'", "&amp;",
  "=HYPERLINK(1)", "@x", "---\n", "\uFFFD", "\u0001", `共${"9".repeat(30)}项`, `${"9".repeat(30)}项民生实事`, `${"9".repeat(30)}.`,
  "发布时间：2024年13月45日", "截至2024年2月30日",
];

const genreText = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(""));

const fewPieces = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 4 }).map((parts) => parts.join(""));
const FIGURES = [`共${"9".repeat(30)}项`, "新建中小学12所", "新增就业3.5万人", "改造公路300公里", "完成年度计划的105%", "培训两万人次", `新增就业${"9".repeat(400)}人`, "完成年度计划的99999999999%", "1\u200d2所"];
// A report the converter reads (a region, a year, a numbered list with figures), with random pieces inside.
const reportText = fc
  .array(fc.tuple(fewPieces, fc.constantFrom(...FIGURES), fewPieces), { minLength: 3, maxLength: 8 })
  .map((items) => ["南阳市2024年民生实事完成情况", "", "今年我市10项民生实事全部完成。", "", ...items.flatMap(([a, figure, b], k) => [`${k + 1}.${a}${figure}${b}。`, ""])].join("\n"));

const yamlValue = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5000, max: 5000 }),
  fc.constantFrom("2024-02-30", "2024-13-45", "2024-02-01T01:00:00+08:00", "not-a-date", "2024", "plan", "progress", "[1, 2]", "{a: 1}", "*a", "&a x", "|\n  a\n  b", "南阳市", "河南省/南阳市", "一、", "\"unclosed"),
);
const FIELDS = ["region", "year", "kind", "published", "publisher", "title", "source_url", "items", "count", "split", "other"];
const frontMatter = fc.array(fc.tuple(fc.constantFrom(...FIELDS), yamlValue), { maxLength: 6 }).map((pairs) => `---\n${pairs.map(([k, v]) => `${k}: ${v}`).join("\n")}\n---\n`);

const documentBytes = fc.oneof(
  { arbitrary: reportText.map((text) => new TextEncoder().encode(text)), weight: 3 },
  { arbitrary: fc.tuple(frontMatter, reportText).map(([fm, text]) => new TextEncoder().encode(fm + text)), weight: 2 },
  genreText.map((text) => new TextEncoder().encode(text)),
  fc.tuple(frontMatter, genreText).map(([fm, text]) => new TextEncoder().encode(fm + text)),
  fc.uint8Array({ maxLength: 300 }),
  reportText.map((text) => new Uint8Array(Buffer.from(text, "utf16le"))),
  fc.tuple(reportText, fc.nat(), fc.integer({ min: 0, max: 255 })).map(([text, at, byte]) => {
    const bytes = new TextEncoder().encode(text);
    const k = bytes.length ? at % bytes.length : 0;
    return new Uint8Array([...bytes.subarray(0, k), byte, ...bytes.subarray(k)]);
  }),
);

const documents = fc.uniqueArray(fc.tuple(fc.constantFrom("a.txt", "b.txt", "a.md", "a", "南阳.txt", "c d.txt"), documentBytes), { minLength: 1, maxLength: 3, selector: ([name]) => name }).map((docs) => docs.map(([name, bytes]): InputDocument => ({ name, bytes })));

/** Paths of numbers that are NaN or ±Infinity. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

/** Source spans that do not lie inside their document's text. */
function badOffsets(run: Conversion): string[] {
  const bad: string[] = [];
  for (const report of run.archive.reports) {
    for (const project of report.projects) {
      const spans = [...(project.source ? [project.source] : []), ...project.metrics.map((m) => m.source)];
      for (const span of spans) {
        const text = run.texts.get(span.seed);
        if (text === undefined || !(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length)) {
          bad.push(`${project.id} ${span.seed} [${span.start}, ${span.end}) of ${text?.length}`);
        }
      }
    }
  }
  return bad;
}

describe("the converter on arbitrary input", () => {
  it("never throws, never yields a non-finite number or an offset outside the text, and writes pages the site reads", () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const run = convert(docs);
        expect(nonFinite(run.archive)).toEqual([]);
        expect(nonFinite(run.warnings)).toEqual([]);
        expect(badOffsets(run)).toEqual([]);
        // Dates are real calendar days (never 2024-02-30), counts plausible.
        for (const source of run.archive.reports.flatMap((r) => r.sources)) {
          for (const date of [source.published, source.asOf]) if (date !== null) expect(calendarDay(date)).toBe(date);
        }
        for (const report of run.archive.reports) expect(report.projectCount === null || report.projectCount <= 1000).toBe(true);
        // Every document is either in a report or rejected, never lost.
        const seen = new Set([...run.archive.reports.flatMap((r) => r.sources.map((s) => s.seed)), ...run.archive.rejected.map((r) => r.seed)]);
        expect([...seen].sort()).toEqual(docs.map((d) => d.name).sort());
        const files = contentFiles(run.archive, run.texts);
        expect(files.size).toBe(run.archive.reports.length + run.archive.rejected.length);
        for (const [path, mdx] of files) parseReportBody(mdx.replace(/^---\n[\s\S]*?\n---\n/u, ""), path);
      }),
      { numRuns: RUNS },
    );
  });

  it("is deterministic: the same input gives the same archive, warnings and pages", () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const first = convert(docs);
        const second = convert([...docs].reverse());
        expect(JSON.stringify(second.archive)).toBe(JSON.stringify(first.archive));
        expect(second.warnings).toEqual(first.warnings);
        expect([...contentFiles(second.archive, second.texts)]).toEqual([...contentFiles(first.archive, first.texts)]);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it("reads front matter of any shape without a fault of its own: a bad field rejects with the field named", () => {
    fc.assert(
      fc.property(frontMatter, genreText, (fm, text) => {
        const run = convert([{ name: "doc.txt", bytes: new TextEncoder().encode(`${fm}南阳市2024年民生实事\n\n1.新建中小学12所。\n${text}`) }]);
        for (const r of run.archive.rejected) expect(r.reason).not.toMatch(/converter failed/);
      }),
      { numRuns: RUNS },
    );
  });
});
