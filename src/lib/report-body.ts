// A report's body as the converter writes it (src/ingest/mdx.ts), read without compiling it
// as MDX: compiling and bundling 2,400 MDX modules was a third of the build's time and most of
// its memory (README "## Benchmarks"). The converter writes a small, fixed subset of MDX —
//
//   {/* comment */}                                   a line of its own, shows nothing
//   a paragraph                                       one line, blank lines between
//   <SourceDocument seed={"…"} kind={"…"}>            a document: its lines are paragraphs
//   text <Fig project={"…"} metric={N}>text</Fig> …   a figure inside a paragraph
//   <Noise>text</Noise>                               a line of page furniture (责任编辑, 精彩图片)
//   </SourceDocument>
//
// with every ASCII punctuation mark in text written as a character reference (&#58;), so no
// text is markup. ReportBody.astro renders the blocks exactly as MDX rendered them (the same
// components, a line break between top-level blocks). Anything outside this subset is never
// guessed at: a body an archivist edited (a <Note> with a correction) is compiled by
// @astrojs/mdx instead (src/integrations/hand-written-bodies.ts picks those files), and
// any other body outside it stops the build with file and line.

import type { ReportKind } from "../ingest/model";

/** Text, or a figure mark inside a paragraph. */
export type Inline = { kind: "text"; text: string } | { kind: "fig"; project: string; metric: number; text: string };

/** A line of a document: its text and figures; `noise` when it is page furniture (never printed). */
export interface Line {
  inlines: Inline[];
  noise?: true;
}

export type Block =
  | { kind: "comment" }
  | { kind: "paragraph"; inlines: Inline[] }
  | { kind: "document"; seed: string; sourceKind?: ReportKind; paragraphs: Line[] };

const COMMENT = /^\{\/\*[\s\S]*?\*\/\}$/u;
const JSON_STRING = String.raw`"(?:[^"\\]|\\.)*"`;
const DOCUMENT_OPEN = new RegExp(String.raw`^<SourceDocument seed=\{(${JSON_STRING})\}(?: kind=\{(${JSON_STRING})\})?>$`, "u");
const DOCUMENT_CLOSE = "</SourceDocument>";
/** A line of page furniture, as a whole line: <Noise>(责任编辑&#58;石兰兰)</Noise>. */
const NOISE_LINE = /^<Noise>([^<]*)<\/Noise>$/u;
const FIG = new RegExp(String.raw`<Fig project=\{(${JSON_STRING})\} metric=\{(\d+)\}>([^<{}]*)</Fig>`, "gu");
/**
 * Text as the converter escapes it: no ASCII punctuation, only numeric references. Hand-made
 * files (tests/fixtures/site-content) also use a few named references and the marks that are
 * never markdown on their own (, . % ( ) : ; ? /); anything else could be markup.
 */
const PLAIN_TEXT = /^(?:[^!-/:-@[-`{-~]|[,.%():;?/]|&#\d+;|&(?:lt|gt|amp|quot|apos|nbsp);)*$/u;
/** What markdown could still read in such text: an autolink, "..."; and at a line's start, an ordered list item. */
const MARKDOWN_HINT = /:\/\/|www\.|\.\./iu;
const LIST_ITEM = /^\d+[.)]/u;
const NAMED_REFERENCES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'", nbsp: "\u00a0" };

export class ReportBodyError extends Error {}

/** True when the body is the converter's subset (the fast path reads it); false when only MDX can. */
export function isConverterBody(body: string): boolean {
  try {
    parseReportBody(body);
    return true;
  } catch (error) {
    if (error instanceof ReportBodyError) return false;
    throw error;
  }
}

/** The blocks of a converter-written body; throws ReportBodyError on anything else. */
export function parseReportBody(body: string, where = "body"): Block[] {
  const lines = body.split("\n");
  const blocks: Block[] = [];
  let document: Extract<Block, { kind: "document" }> | null = null;
  let previousBlank = true;
  lines.forEach((raw, index) => {
    const fail = (why: string): never => {
      throw new ReportBodyError(`${where}, line ${index + 1}: ${why}: ${JSON.stringify(raw.slice(0, 80))}`);
    };
    const line = raw.trim();
    if (line === "") {
      previousBlank = true;
      return;
    }
    // Markdown would read leading spaces (an indented code block) or a trailing double space.
    if (raw !== line) fail("spaces around a line");
    if (!previousBlank) fail("two lines without a blank line between them");
    previousBlank = false;
    if (document) {
      if (line === DOCUMENT_CLOSE) {
        blocks.push(document);
        document = null;
        return;
      }
      const noise = NOISE_LINE.exec(line);
      document.paragraphs.push(noise ? { inlines: parseInlines(noise[1]!, fail), noise: true } : { inlines: parseInlines(line, fail) });
      return;
    }
    if (COMMENT.test(line)) {
      blocks.push({ kind: "comment" });
      return;
    }
    const open = DOCUMENT_OPEN.exec(line);
    if (open) {
      document = {
        kind: "document",
        seed: JSON.parse(open[1]!) as string,
        ...(open[2] !== undefined ? { sourceKind: JSON.parse(open[2]) as ReportKind } : {}),
        paragraphs: [],
      };
      return;
    }
    blocks.push({ kind: "paragraph", inlines: parseInlines(line, fail) });
  });
  if (document) throw new ReportBodyError(`${where}: <SourceDocument> not closed`);
  return blocks;
}

function parseInlines(line: string, fail: (why: string) => never): Inline[] {
  const inlines: Inline[] = [];
  if (LIST_ITEM.test(line)) fail("markup the converter does not write");
  let at = 0;
  const text = (raw: string) => {
    if (raw === "") return;
    if (!PLAIN_TEXT.test(raw) || MARKDOWN_HINT.test(raw)) fail("markup the converter does not write");
    inlines.push({ kind: "text", text: decodeReferences(raw) });
  };
  for (const match of line.matchAll(FIG)) {
    text(line.slice(at, match.index));
    if (!PLAIN_TEXT.test(match[3]!) || MARKDOWN_HINT.test(match[3]!)) fail("markup inside <Fig>");
    inlines.push({ kind: "fig", project: JSON.parse(match[1]!) as string, metric: Number(match[2]), text: decodeReferences(match[3]!) });
    at = match.index + match[0].length;
  }
  text(line.slice(at));
  return inlines;
}

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d+)|([a-z]+));/gu, (_reference, code: string | undefined, name: string | undefined) =>
    code !== undefined ? String.fromCodePoint(Number(code)) : NAMED_REFERENCES[name!]!,
  );
}
