// A page's citation in the formats reference managers import: BibTeX, RIS and CSL-JSON.
// Pure, so the build writes them without an access date (two builds give the same bytes);
// accessedSlot() tells the cite block's inline script (src/lib/cite-inline.ts) where each
// text takes the reader's today and in what words, so the browser adds it without a copy of
// these formatters.

export interface CitationData {
  /** The page's model id: henan/2023/05. */
  id: string;
  title: string;
  /** The region as one name: 河南省南阳市. */
  region: string;
  year: number;
  /** The page's absolute, stable URL. */
  url: string;
  /** Where the figures come from (publisher, date, document title). */
  source: string;
  /** YYYY-MM-DD, when known (the reader's today, filled in the browser). */
  accessed?: string | null;
}

export const PUBLISHER = "民生实事档案";

export type CitationFormat = "bibtex" | "ris" | "csl";

export const CITATION_FORMATS: Record<CitationFormat, { label: string; file: string; mime: string }> = {
  bibtex: { label: "BibTeX", file: "citation.bib", mime: "application/x-bibtex" },
  ris: { label: "RIS", file: "citation.ris", mime: "application/x-research-info-systems" },
  csl: { label: "CSL-JSON", file: "citation.json", mime: "application/vnd.citationstyles.csl+json" },
};

/** A citation key from the page's model id: henan/2023/05 → minsheng-henan-2023-05. */
export function citationKey(id: string): string {
  return ["minsheng", ...id.split("/").filter(Boolean)].join("-").replace(/[^A-Za-z0-9_-]/gu, "-");
}

const bibEscape = (text: string) => text.replace(/[\\{}]/gu, (c) => `\\${c}`).replace(/[%&#_$]/gu, (c) => `\\${c}`);

export function bibtex(c: CitationData): string {
  const fields: [string, string][] = [
    ["title", `${c.title}（${c.region}，${c.year}年）`],
    ["author", `{${PUBLISHER}}`],
    ["organization", PUBLISHER],
    ["year", String(c.year)],
    ["url", c.url],
    ["note", `原始来源：${c.source}`],
    ["language", "zh-CN"],
    ...(c.accessed ? ([["urldate", c.accessed]] as [string, string][]) : []),
  ];
  const body = fields.map(([k, v]) => `  ${k} = {${k === "url" || k === "author" ? v : bibEscape(v)}}`).join(",\n");
  return `@misc{${citationKey(c.id)},\n${body}\n}\n`;
}

export function ris(c: CitationData): string {
  const lines = [
    ["TY", "ELEC"],
    ["TI", `${c.title}（${c.region}，${c.year}年）`],
    ["AU", PUBLISHER],
    ["PB", PUBLISHER],
    ["PY", String(c.year)],
    ["UR", c.url],
    ["N1", `原始来源：${c.source}`],
    ["LA", "zh-CN"],
    ...(c.accessed ? [["Y2", c.accessed.replace(/-/gu, "/")]] : []),
    ["ER", ""],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`.trimEnd()).join("\r\n") + "\r\n";
}

export function cslJson(c: CitationData): string {
  const dateParts = (d: string) => ({ "date-parts": [d.split("-").map(Number)] });
  const item = {
    id: citationKey(c.id),
    type: "webpage",
    title: `${c.title}（${c.region}，${c.year}年）`,
    author: [{ literal: PUBLISHER }],
    "container-title": PUBLISHER,
    issued: { "date-parts": [[c.year]] },
    URL: c.url,
    note: `原始来源：${c.source}`,
    language: "zh-CN",
    ...(c.accessed ? { accessed: dateParts(c.accessed) } : {}),
  };
  return JSON.stringify([item], null, 2) + "\n";
}

export function citationText(format: CitationFormat, c: CitationData): string {
  return format === "bibtex" ? bibtex(c) : format === "ris" ? ris(c) : cslJson(c);
}

/** A date no citation holds, its parts told apart: year 7777, month 08, day 09. */
const SLOT_DATE = "7777-08-09";

/**
 * Where the access date goes in a format's text and what is inserted there, with the date as
 * %Y (year), %m / %d (month / day, two digits) and %n / %j (month / day, no leading zero):
 * the text with a date is exactly `text.slice(0, at) + line + text.slice(at)`.
 */
export function accessedSlot(format: CitationFormat, c: CitationData): { at: number; line: string } {
  return slotIn(format, c, citationText(format, { ...c, accessed: null }));
}

/** A data: URL of the citation, so that a download needs neither JavaScript nor a file per page. */
export function citationHref(format: CitationFormat, c: CitationData): string {
  return dataUrl(format, citationText(format, c));
}

/**
 * What a cite block shows for one format, the text written once (it is every page's, and three
 * formats' worth of texts per page was a measurable share of the build): the text without an
 * access date, its data: URL and where the reader's date goes. The same as citationText,
 * citationHref and accessedSlot of a citation without `accessed`.
 */
export function citationDownload(format: CitationFormat, c: CitationData): { text: string; href: string; slot: { at: number; line: string } } {
  const text = citationText(format, { ...c, accessed: null });
  return { text, href: dataUrl(format, text), slot: slotIn(format, c, text) };
}

function dataUrl(format: CitationFormat, text: string): string {
  return `data:${CITATION_FORMATS[format].mime};charset=utf-8,${encodeURIComponent(text)}`;
}

/** The slot of a citation whose text without a date is `plain`: found by writing it once more with SLOT_DATE. */
function slotIn(format: CitationFormat, c: CitationData, plain: string): { at: number; line: string } {
  const dated = citationText(format, { ...c, accessed: SLOT_DATE });
  let at = 0;
  while (at < plain.length && plain[at] === dated[at]) at++;
  const inserted = dated.slice(at, at + dated.length - plain.length);
  if (dated.slice(at + inserted.length) !== plain.slice(at)) throw new Error(`citation ${format}: the access date is not one insertion`);
  return { at, line: slotLine(format, inserted) };
}

/** The inserted words of each format, with the date's parts as placeholders: the same on every page, so worked out once. */
const slotLines = new Map<string, string>();

function slotLine(format: CitationFormat, inserted: string): string {
  const known = slotLines.get(inserted);
  if (known !== undefined) return known;
  const line = inserted
    .replace(/7777/gu, "%Y")
    .replace(/08/gu, "%m")
    .replace(/09/gu, "%d")
    .replace(/(?<!\d)8(?!\d)/gu, "%n")
    .replace(/(?<!\d)9(?!\d)/gu, "%j");
  if (/\d{2,}|[89]/u.test(line.replace(/Y2/gu, ""))) throw new Error(`citation ${format}: a date part left in ${JSON.stringify(line)}`);
  slotLines.set(inserted, line);
  return line;
}
