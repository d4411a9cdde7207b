// The converter's pipeline, document by document: decode → normalise → structure →
// figures → reports; then reports of the same region and year are merged and enriched.
import { bigramDice } from "./similarity.ts";
import { votedItems } from "./layouts/examples.ts";
import type { Archive, DecodedDocument, ReadingCheck, InputDocument, Metric, MetricRole, Project, ProjectLevel, Rejection, Report, ReportKind, Source, Warning } from "./model.ts";
import { calendarDay, decodeDocument, DocumentError } from "./decode.ts";
import { normalise, type CleanDocument, type Paragraph } from "./normalise.ts";
import { classify } from "./structure.ts";
import { WORK_PART_NAMES, buildStructure, type ItemDraft, type ReadStructure } from "./projects.ts";
import { proposeCandidates } from "./candidates.ts";
import { countFigures } from "./figures-count.ts";
import { extractFigures, VERB_ONLY } from "./figures.ts";
import { STATED_RATE, ambiguousNames, asOfDate, asOfMonth, congressYear, documentFacts, countingOpening, dominantYear, programmeDone, regionOfFileName, reportKind, statedCount, toldDone, yearPassed, type DocumentFacts } from "./segment.ts";
import { regionByName, regionIndex, type RegionEntry } from "./regions.ts";
import { docRange, fileStem, lineAt, markCodes, SENTENCE_END_MARKS, sliceSpan, type Span, allMatches } from "./text.ts";
import { sizedTitle } from "./titles.ts";
import { mergeOwnedReports } from "./merge.ts";
import { enrichOwned } from "./enrich.ts";
import { MAX_PLAUSIBLE_RATE } from "./rates.ts";
import { RATE_LABELS, introducesInline, onlyInlineMark } from "./markers.ts";
import { attachFindings } from "./findings.ts";
import { readInParallel } from "./parallel.ts";
import { foldMagnitude, isRatioUnit } from "./quantities.ts";

export interface Conversion {
  archive: Archive;
  warnings: Warning[];
  /** Decoded text of every document that could be read, by seed (for the site's source view). */
  texts: Map<string, string>;
  /** Per document: the candidate readings of each list with their scores (npm run ingest -- --explain). */
  readings: Reading[];
  /** Per document: the character ranges of its page furniture (normalise.ts noise), which the source view marks (mdx.ts). */
  noise: Map<string, NoiseRange[]>;
}

/** Offsets [start, end) of a noise paragraph in the decoded text. */
export interface NoiseRange {
  start: number;
  end: number;
}

export interface Reading {
  seed: string;
  lines: string[];
}

// The genre's own words: a text without any of them is not a livelihood-projects report.
const GENRE = /民生|实事|惠民|为民办|暖心工程|民心工程|暖民心/u;

/**
 * What one document gives before the archive is merged: its reports or its rejection, with its
 * text, warnings and candidate readings. Plain JSON data, so a cache may keep it (scripts/ingest.ts
 * keeps it by file content: adding one document does not re-read the others).
 */
export interface DocumentReading {
  seed: string;
  /** The decoded text, or what could be read of a rejected document. */
  text?: string;
  warnings: Warning[];
  readings: Reading[];
  reports: Report[];
  rejection?: Rejection;
  /** Page furniture of the document (lines of web chrome), marked on its page. */
  noise?: NoiseRange[];
}

/** Readings kept from an earlier run; `get` returns a fresh copy the converter may change. */
export interface ReadingCache {
  get(input: InputDocument): DocumentReading | undefined;
  set(input: InputDocument, reading: DocumentReading): void;
}

export function convert(inputs: InputDocument[], cache?: ReadingCache): Conversion {
  const readings = sortedByName(inputs).map((input) => {
    let reading = cache?.get(input);
    if (!reading) {
      reading = readInput(input);
      cache?.set(input, reading);
    }
    return reading;
  });
  return convertReadings(readings);
}

/** `convert` with the documents read on `jobs` worker threads (parallel.ts): the same conversion. */
export async function convertInParallel(inputs: InputDocument[], jobs: number): Promise<Conversion> {
  const readings: DocumentReading[] = [];
  await readInParallel(sortedByName(inputs), jobs, (_, reading) => readings.push(reading));
  return convertReadings(readings);
}

/** Documents in the order the archive lists what they give: by name. */
export function sortedByName(inputs: InputDocument[]): InputDocument[] {
  return [...inputs].sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The archive of documents' readings, given in the documents' order. */
function convertReadings(documents: DocumentReading[]): Conversion {
  const reports: Report[] = [];
  const rejected: Rejection[] = [];
  const warnings: Warning[] = [];
  const texts = new Map<string, string>();
  const readings: Reading[] = [];
  const noise = new Map<string, NoiseRange[]>();
  for (const reading of documents) {
    if (reading.text !== undefined) texts.set(reading.seed, reading.text);
    warnings.push(...reading.warnings);
    readings.push(...reading.readings);
    reports.push(...reading.reports);
    if (reading.rejection) rejected.push(reading.rejection);
    if (reading.noise) noise.set(reading.seed, reading.noise);
  }
  const archive = finishArchive(reports, rejected, warnings);
  return { archive, warnings, texts, readings, noise };
}

/** The documents' reports (owned: they are changed in place) merged by region-year, enriched, and given their findings. */
export function finishArchive(reports: Report[], rejected: Rejection[], warnings: Warning[]): Archive {
  return attachFindings(enrichOwned({ reports: mergeOwnedReports(reports), rejected }), warnings);
}

/** One document through decode → normalise → structure → figures → reports, or its rejection. */
export function readInput(input: InputDocument): DocumentReading {
  const warnings: Warning[] = [];
  const readings: Reading[] = [];
  let text: string | undefined;
  try {
    const doc = decodeDocument(input);
    text = doc.text;
    for (const w of doc.warnings ?? []) warnings.push({ seed: doc.seed, ...w });
    const noise: NoiseRange[] = [];
    const reports = readDocument(doc, warnings, readings, noise);
    return { seed: input.name, text, warnings, readings, reports, noise };
  } catch (error) {
    // A fault of the converter on one document must not cost the others: it is rejected
    // with the fault named, and its text still gets its page.
    const known = error instanceof DocumentError;
    // Whatever text could be read is kept for the rejected page.
    if (known && error.text !== undefined && text === undefined) text = error.text;
    const line = known ? error.line : 1;
    const message = known ? error.message : `the converter failed on this document (${String((error as Error).message ?? error)}); please report it`;
    const rejection: Rejection = { seed: input.name, reason: `${input.name}:${line}: ${message}`, line };
    return { seed: input.name, ...(text !== undefined ? { text } : {}), warnings, readings, reports: [], rejection };
  }
}

function readDocument(doc: DecodedDocument, warnings: Warning[], readings: Reading[], noise: NoiseRange[]): Report[] {
  const clean = normalise(doc.text);
  noise.push(...clean.paragraphs.flatMap((p) => (p.noise && p.span.pos.length > 0 ? [{ start: p.span.pos[0]!, end: p.span.pos[p.span.pos.length - 1]! + 1 }] : [])));
  const fileLine = (line: number) => line + doc.frontMatterLines;
  const live = clean.paragraphs.filter((p) => !p.noise);
  if (!GENRE.test(live.map((p) => p.span.text).join(""))) {
    throw new DocumentError("not a livelihood-projects report: it never speaks of 民生/实事 (set front matter or remove the file)", fileLine(1));
  }
  const fm = doc.frontMatter;
  const hints = { items: fm.items, count: fm.count, split: fm.split?.map((line) => line - doc.frontMatterLines) };
  const structure = buildStructure(classify(live), hints);
  readings.push({ seed: doc.seed, lines: structure.checks.flatMap((c, k) => [`list ${k + 1}: ${c.layout}, stated ${c.stated ?? "—"}, read ${c.read}, numbering ${c.numbering}`, ...c.candidates.map((l) => `  ${l}`)]) });
  refuseNonReport(structure, live, fileLine);
  // A notice about the programme as a whole (十件民生实事已全部完成, 共25项内容) is a report of
  // its region and year even where it lists no project: kept, with no projects, and said so.
  const programmeOnly = !structure.items.length && GENRE_NAME.test(live.map((p) => p.span.text).join("\n")) && statedCount(live.map((p) => p.span.text).join("\n")) !== null;
  if (!structure.items.length && !programmeOnly) {
    throw new DocumentError("no livelihood project could be read from the text (numbered items, ● bullets, a table or named 工程)", fileLine(live[0]?.line ?? 1));
  }
  const facts = documentFacts(clean.paragraphs);
  let region: RegionEntry | null = facts.region;
  if (fm.region) {
    region = regionByName(fm.region);
    if (!region) throw new DocumentError(`front matter region "${fm.region}" is not an administrative region in the division data (write its full name, e.g. 南阳市 or 河南省/南阳市)`, 1);
  }
  if (facts.regionChosen && !fm.region && region) {
    const { name, townships } = facts.regionChosen;
    warnings.push({ seed: doc.seed, line: fileLine(1), column: 1, message: `${name} is the name of several regions: ${regionIndex().toRegion(region).path.join("/")} is read from the townships the text names there (${townships.join("、")}); check the original, or set front matter region:` });
  }
  if (facts.regionFrom && !fm.region && region) {
    warnings.push({ seed: doc.seed, line: fileLine(1), column: 1, message: `the text names no region: ${region.name} is read from the one place it names that lies there (${facts.regionFrom}); check the original, or set front matter region:` });
  }
  if (!region) {
    region = regionOfFileName(doc.seed, live.map((p) => p.span.text).join("\n"));
    if (!region) {
      // Name what the reader must choose between, where the text writes a name several regions bear.
      const ambiguous = ambiguousNames(live.map((p) => p.span.text).join("\n"));
      const choices = ambiguous.map(({ name, paths }) => `${name} is ${paths.join(" or ")}`);
      const fix = ambiguous.length ? `add front matter \`region:\` with the one meant, e.g. \`region: ${ambiguous[0]!.paths[0]}\`` : "add front matter `region: <full name>`";
      throw new DocumentError(`the region cannot be determined from the text or its file name${choices.length ? ` (${choices.join("; ")})` : ""}: ${fix}`, fileLine(1));
    }
    warnings.push({ seed: doc.seed, line: fileLine(1), column: 1, message: `the text names no region: ${region.name} is read from the file name; check the original, or set front matter region:` });
  }
  // A township's own programme (震泽镇票决产生2025年八项民生实事项目): the archive holds provinces, cities and counties, so it
  // is read as its county's report, said so.
  const township = !fm.region ? townshipOfTitle(facts.title, region) : null;
  if (township) {
    warnings.push({ seed: doc.seed, line: fileLine(1), column: 1, message: `the headline names ${township}, a township of ${region.name}: its programme is read as ${region.name}'s report (the archive holds provinces, cities and counties); check the original, or set front matter region:` });
  }
  const allText = live.map((p) => p.span.text).join("\n");
  const passed = yearPassed(allText);
  const delivered = DELIVERED.exec(allText);
  const written = delivered ? Number(delivered[1]) : facts.published ? Number(facts.published.slice(0, 4)) : congressYear(allText, region) ?? (passed === null ? null : passed + 1);
  const context: DocumentContext = { doc, clean, live, structure, facts, region, written, fileLine, warnings };
  const out: Report[] = [];
  const lists: number[] = [];
  for (let list = 0; list < structure.lists; list++) {
    const items = structure.items.filter((i) => i.list === list);
    if (items.length) {
      out.push(readList(context, list, items));
      lists.push(list);
    }
  }
  // A list of a year before another list's of the text is no plan: it tells how that year went (回顾一下2015年… ‖
  // 2016年的16项…). It is read again as results, its figures achieved (the warnings of its first reading stand).
  out.forEach((report, k) => {
    if (report.sources[0]!.kind !== "plan" || doc.frontMatter.kind || !out.some((other) => other.year > report.year)) return;
    const said = warnings.length;
    out[k] = readList(context, lists[k]!, structure.items.filter((i) => i.list === lists[k]), "results");
    warnings.length = said;
  });
  out.push(...otherYearReports(context, out));
  if (programmeOnly) {
    out.push(readList(context, 0, []));
    warnings.push({ rule: "reading-check", seed: doc.seed, line: fileLine(live[0]?.line ?? 1), column: 1, message: "the text speaks of its programme but lists no project: kept as a report without projects" });
  }
  return out;
}

// A sentence that gives another year's programme by its count: 2020年，通过…票决确定10项民生实事项目 ·
// 2024年，上海市为民办实事十方面34项（共43件）任务全面完成
// · a year written straight before the programme's count (榆林市“2020十件民生实事”取得显著进展)
const YEAR_IN_SENTENCE = /(?:19|20)\d{2}(?=\s*年(?!以前|之前)|[一二三四五六七八九十两]{1,3}\s*[件项大]|\d{1,2}\s*[件项])/gu;
const YEAR_IN_SENTENCE_ONCE = new RegExp(YEAR_IN_SENTENCE.source, "u");
// Years named relative to the writing: 去年 · 上年 · 今年 · 本年 (not a comparison: 比去年增长, 较上年, 同比).
const LAST_YEAR_WORD = /(?<![比较与同])(?:去年|上一?年)(?!同期|[以之]来)/u;
const THIS_YEAR_WORD = /今年|本年/u;

/**
 * The year 今年 stands for: the year of publication, else, in a text that says 今年, the year
 * of its one list. Null where the text gives no way to tell.
 */
// The day a report or speech was given, under its title (——2020年12月25日在平遥县第十六届人民代表大会常务委员会…上):
// its 今年 is that year's, whenever the page came out.
const DELIVERED = /——\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在/u;

function relativeBase(written: number | null, text: string, listYears: number[]): number | null {
  if (written !== null) return written;
  return THIS_YEAR_WORD.test(text) && listYears.length === 1 ? listYears[0]! : null;
}

/** The years a sentence speaks of: those it writes, else 去年/今年 counted from `base`. */
function sentenceYears(sentence: string, base: number | null): number[] {
  const years = new Set((sentence.match(YEAR_IN_SENTENCE) ?? []).map(Number));
  if (years.size || base === null) return [...years];
  if (LAST_YEAR_WORD.test(sentence)) years.add(base - 1);
  if (THIS_YEAR_WORD.test(sentence)) years.add(base);
  return [...years];
}

// A paragraph that is only a year (2025年 ‖ 上海市为民办实事项目共安排…): a heading over the paragraphs after it, which speak of
// that year where they name none, up to the next such heading.
const YEAR_HEADING = /^\s*((?:19|20)\d{2})\s*年度?\s*$/u;

// So is a work report's part heading that names its year (一、2024年工作回顾 ‖ 过去一年，…10件民生实事全部完成 ‖ 二、2025年工作安排 ‖ …):
// the sentences under it that name no year speak of that year.
const WORK_PART_YEAR = new RegExp(String.raw`^\s*(?:[一二三四五六七八九十]+\s*[、.]\s*)?((?:19|20)\d{2})\s*年度?(?:${WORK_PART_NAMES})\s*$`, "u");

/** Each paragraph that is not a year heading, with the year of the heading above it (see YEAR_HEADING), or null. */
function* underYearHeadings(live: Paragraph[]): Generator<{ p: Paragraph; heading: number | null }> {
  let heading: number | null = null;
  for (const p of live) {
    const headed = YEAR_HEADING.exec(p.span.text);
    if (headed) heading = Number(headed[1]);
    else yield { p, heading };
  }
}

/** The text without its sentences about other years only (2019年“十件实事”已完成8项 · 截至去年年底…): what a year's kind is read from. */
function ownYearText(text: string, year: number, base: number | null): string {
  let heading: number | null = null;
  return text
    .split(/(?<=[。\n])/u)
    .filter((sentence) => {
      const headed = YEAR_HEADING.exec(sentence) ?? WORK_PART_YEAR.exec(sentence);
      if (headed) heading = Number(headed[1]);
      const years = headed ? [heading!] : sentenceYears(sentence, base);
      return years.length ? years.includes(year) : heading === null || heading === year;
    })
    .join("");
}

/**
 * Each sentence that speaks of one year only (written, or 去年/今年 counted from `base`) and
 * states a count for it, with what it and the rest of its paragraph say.
 */
function* yearCounts(live: Paragraph[], base: number | null): Generator<{ year: number; count: number; said: string }> {
  for (const { p, heading } of underYearHeadings(live)) {
    const sentences = p.span.text.split(/(?<=。)/u);
    let before: number[] = heading === null ? [] : [heading];
    for (const [k, sentence] of sentences.entries()) {
      const own = sentenceYears(sentence, base);
      // A sentence that names no year goes on with the one the sentence before it named (2017年，…增长5.3%。全部兑现承诺的28件民生实事。).
      const named = own.length ? own : before;
      before = own.length ? own : before;
      if (named.length !== 1) continue;
      const year = named[0]!;
      // The count stands after the year where the sentence writes it (去年 is read from the sentence's start).
      const written = sentence.indexOf(String(year));
      const count = statedCount(written >= 0 ? sentence.slice(written + 4) : sentence);
      if (count !== null) yield { year, count, said: sentences.slice(k).join("") };
    }
  }
}

// Sentences about the year alone that make its programme a report of its own.
const MIN_SENTENCES_OF_YEAR = 2;
// What a sentence that names its year only relatively (今年 · 去年) counts towards them.
const RELATIVE_SENTENCE = 0.5;
// What a sentence says the year will do: 将 · 计划 · 拟 · 力争.
const AHEAD = /将|计划|拟|力争/u;
// Figures in one sentence about a year that tell its works at length.
const FIGURES_TOLD_AT_LENGTH = 5;

/** How many sentences speak of `year` alone (written, or 去年/今年 counted from `base`). */
function sentencesAbout(live: Paragraph[], year: number, base: number | null): number {
  let n = 0;
  for (const { p, heading } of underYearHeadings(live)) {
    for (const sentence of p.span.text.split(/(?<=。)/u)) {
      const years = sentenceYears(sentence, base);
      if ((years.length ? years.join() : String(heading)) !== String(year)) continue;
      // (One sentence that tells the year's works one by one, figures and all, is told at length too:
      // 榆林市“2020十件民生实事”取得显著进展，其中8件圆满完成任务，建成20个…，投用21个…，打通8条….)
      // (A sentence that names the year only as 今年 or 去年 counts half, but for one that says what the year will do (今年，我市将…):
      // a page of early January says 今年 of the year just ended too.)
      n += countFigures(sentence) >= FIGURES_TOLD_AT_LENGTH ? MIN_SENTENCES_OF_YEAR : YEAR_IN_SENTENCE_ONCE.test(sentence) || AHEAD.test(sentence) || (!years.length && heading !== null) ? 1 : RELATIVE_SENTENCE;
    }
  }
  return n;
}

/** The count a sentence about `year` alone states (2026年，该省将继续实施12类45件民生实事), where one list of several has none of its own. */
function countOfYear(live: Paragraph[], year: number): number | null {
  for (const found of yearCounts(live, null)) if (found.year === year) return found.count;
  return null;
}

// Last year's programme told as still under way: 总体进展顺利 · 正在抓紧收尾 · 剩余2项
const UNDER_WAY = /进展顺利|正在|收尾|剩余|推进中/u;

/**
 * Reports of the years next to this document's lists that the text gives only by their
 * programme's count (last year's results in a page announcing this year's list): kept with
 * their count and kind, and no projects, where the text tells that year in a few sentences of
 * its own (a section on last year's results). A year further off (自1986年以来) is history.
 */
function otherYearReports(context: DocumentContext, lists: Report[]): Report[] {
  const years = new Set(lists.map((r) => r.year));
  if (!years.size) return [];
  const base = relativeBase(context.written, context.live.map((p) => p.span.text).join("\n"), [...years]);
  const out: Report[] = [];
  const regionModel = regionIndex().toRegion(context.region);
  for (const { year, count, said } of yearCounts(context.live, base)) {
    if (years.has(year) || ![...years].some((y) => Math.abs(y - year) === 1) || out.some((r) => r.year === year)) continue;
    // A year after the list's is announced; one before it is told as done, or as under way.
    const kind: ReportKind = [...years].some((y) => year > y) ? "plan" : UNDER_WAY.test(said) && !/全部完成|均已完成|全面完成/u.test(said) ? "progress" : "results";
    const id = `${regionModel.slug}/${year}`;
    // Its projects where a paragraph about that year tells their satisfaction vote one by one, its results one by one, or names them
    // after their count.
    const toldOnes = context.live.filter((p) => p.span.text.includes(`${year}年`)).map((p) => votedItems(p.span)).find((items) => items !== null) ?? told(context, year, kind, base);
    const works = toldOnes.length ? toldOnes : namedAsCounted(context, year, base);
    out.push({
      id,
      region: regionModel,
      year,
      projectCount: plausibleCount(count),
      sources: [{ seed: context.doc.seed, kind, title: context.doc.frontMatter.title ?? context.facts.title, published: validDay(context.facts.published), publisher: context.facts.publisher, asOf: null }],
      projects: works.length ? buildProjects(context, works, id, kind) : [],
    });
    // One sentence that only counts it is context for this document's list, not a report (福田区…
    // 2023年20项民生实事项目中X项目满意度最高 in a page announcing 2024's): a report needs the year told at more length.
    // (Unless that sentence is the year's verdict on its programme: 2023年河津市21件民生实事全部高标准办结.)
    if (!works.length && sentencesAbout(context.live, year, base) < MIN_SENTENCES_OF_YEAR && !programmeDone(said.split(/(?<=。)/u)[0]!)) out.pop();
  }
  return out;
}

const WRITTEN_YEAR = /(?:19|20)\d{2}(?=\s*年)/gu;

/**
 * The projects of another year's results told in a paragraph of their own, outside the text's list (2025年…十大民生实事全部完成。
 * 其中,建成…10个;开展…465场次;…): that paragraph read by the candidate readers alone, from the verdict on, taking its
 * best reading worth anything. None for a plan or progress, or where the paragraph also speaks of other years.
 */
function told(context: DocumentContext, year: number, kind: ReportKind, base: number | null): ItemDraft[] {
  if (kind !== "results") return [];
  // (A paragraph that also speaks of other years, 从2012年的…增加到2017年的…, sums them up: none of its figures is that year's work.)
  // (The year may stand straight before the programme's count: 延庆“2020十件民生实事”取得显著进展，其中9件圆满完成任务，….)
  // (Or be named from the writing: 去年，市政府承诺的10件民生实事全部兑现。新建…；改造….)
  const speaksOf = (text: string) => allMatches(text, YEAR_IN_SENTENCE).some((m) => Number(m[0]) === year) || text.split(/(?<=。)/u).some((sentence) => sentenceYears(sentence, base).join() === String(year));
  const own = context.live.filter((p) => speaksOf(p.span.text) && programmeDone(p.span.text) > 0 && allMatches(p.span.text, WRITTEN_YEAR).every((m) => Number(m[0]) === year));
  if (own.length !== 1) return [];
  // What the verdict introduces is the programme's (…全部完成。其中,建成…); what comes before it is the year's other news
  // (一般公共预算收入增长1.4%…粮食产量… ‖ …10件民生实事全部完成): only the verdict's sentence and those after it are read.
  const paragraph = own[0]!;
  const verdict = allMatches(paragraph.span.text, SENTENCE).find((m) => programmeDone(m[0]) > 0)!;
  // (…up to where the paragraph turns to this year's programme: …已全部完成。今年，我们将…办好…：一是….)
  const turn = allMatches(paragraph.span.text, SENTENCE).find((m) => m.index > verdict.index && THIS_YEAR_TURN.test(m[0]));
  const fromVerdict = { ...paragraph, span: sliceSpan(paragraph.span, verdict.index, turn?.index ?? paragraph.span.text.length) };
  const best = proposeCandidates(classify([fromVerdict]), []).find((c) => c.score > 0);
  return best ? best.structure.items : [];
}
const SENTENCE = /[^。！!？?]+[。！!？?]?/gu;

/**
 * The works of another year's programme that a sentence counting it names (…票决产生2021年市政府十大民生实事，分别是：A、B、…、J。),
 * or the paragraph after it where that paragraph names works and no year (…票决出江津区2021年十大民生实事项目。 ‖ 票决出的项目有：A、…):
 * read by the candidate readers alone, where a reading names exactly as many works as the sentence counts; else none.
 */
function namedAsCounted(context: DocumentContext, year: number, base: number | null): ItemDraft[] {
  // (Not the works of the text's own list: 2017年…10件实事已全部兑现。 ‖ 这10件实事是：1.…, this year's list after last year's count.)
  const listed = new Set(context.structure.items.map((it) => it.titleSpan?.pos[0]));
  for (const found of yearCounts(context.live, base)) {
    if (found.year !== year) continue;
    const sentence = found.said.split(/(?<=。)/u)[0]!;
    const k = context.live.findIndex((p) => p.span.text.includes(sentence));
    if (k < 0) continue;
    const paragraph = context.live[k]!;
    const at = paragraph.span.text.indexOf(sentence);
    const next = context.live[k + 1];
    const spans = [sliceSpan(paragraph.span, at, at + sentence.length), ...(next && !allMatches(next.span.text, WRITTEN_YEAR).length ? [next.span] : [])];
    for (const span of spans.filter((s) => /[:：]/u.test(s.text))) {
      const named = proposeCandidates(classify([{ ...paragraph, span }]), [found.count]).find((c) => c.score > 0 && c.structure.items.length === found.count);
      if (named && !named.structure.items.some((it) => listed.has(it.titleSpan?.pos[0]))) return named.structure.items;
    }
  }
  return [];
}
// A sentence that opens on the year being written in, or the next: 今年， · 本年度 · 明年.
const THIS_YEAR_TURN = /^\s*(?:今年|本年|明年)/u;

// Phrases only the genre uses: a text naming its programme this way (or by its count: 十件实事) is a report of it.
const GENRE_NAME = /民生实事|为民办实事|为民实事|办实事|实事项目|民生工程|惠民工程|民心工程|暖心工程|民生项目|惠民实事|(?:\d+|[一二三四五六七八九十]+)\s*[件项]实事/u;
// A list read from a text that only mentions 民生 in passing is a report when this many of its items carry figures.
const MIN_ITEMS_WITH_FIGURES = 3;

/**
 * The genre gate, from positive evidence: the programme named as such (民生实事, 为民办实事 …),
 * or a count the text states, or a list (not a narrative reading) of three or more items
 * with figures. A weather or sports article that says 民生 once has none of these.
 */
function refuseNonReport(structure: ReadStructure, live: Paragraph[], fileLine: (n: number) => number): void {
  if (GENRE_NAME.test(live.map((p) => p.span.text).join("\n"))) return;
  if (structure.checks.some((c) => c.stated !== null)) return;
  const listed = structure.checks.some((c) => c.layout !== "narrative") && structure.items.filter((i) => i.passages.some((p) => countFigures(p.span.text) > 0)).length >= MIN_ITEMS_WITH_FIGURES;
  if (listed) return;
  throw new DocumentError("not a livelihood-projects report: it never names a programme (民生实事, 为民办实事 …), states no project count and lists no projects with figures", fileLine(live[0]?.line ?? 1));
}

/** The township or street a headline names in `region`, where it names neither the region nor a place above it; else null. */
function townshipOfTitle(title: string | null, region: RegionEntry): string | null {
  if (!title) return null;
  for (let up: RegionEntry | null = region; up; up = up.parent) if (title.includes(up.name) || (up.short.length >= 2 && title.includes(up.short))) return null;
  return [...regionIndex().townshipMentions(title)].find((t) => t.counties.includes(region))?.name ?? null;
}

interface DocumentContext {
  doc: DecodedDocument;
  clean: CleanDocument;
  live: Paragraph[];
  structure: ReadStructure;
  facts: DocumentFacts;
  region: RegionEntry;
  /** The year the text was written in: the day it was delivered (——2020年12月25日在…上), else its publication's, else that of the province's congress session it names, else the one after a year it calls just past. */
  written: number | null;
  fileLine: (line: number) => number;
  warnings: Warning[];
}

// A sentence that speaks of a span of years, not of one: 2019年以来 · 2021年至2023年.
const YEARS_SPAN = /以来|至今|[至到~～—–-]\s*(?:19|20)\d{2}/u;

/**
 * The one year written by the sentence that names a list's projects inside it (2023年，该县基本实现A、
 * B、C等“十大民生实事”), or its 今年 where it writes none; else null: the list's own year, whatever
 * other years the text speaks of.
 */
function namingSentenceYear(live: Paragraph[], items: ItemDraft[], written: number | null): number | null {
  const at = items[0]?.titleSpan?.pos[0];
  if (at === undefined) return null;
  const paragraph = live.find((p) => p.span.pos.includes(at));
  if (!paragraph) return null;
  const sentence = sentenceAround(paragraph.span.text, paragraph.span.pos.indexOf(at));
  const years = new Set((sentence.match(YEAR_IN_SENTENCE) ?? []).map(Number));
  // Writing none, its 今年 is the year the text was written in (今年，湖南…持续办好“十大重点民生实事”，包括…), where the
  // sentence names the list (two of its items or more), not one work in a story written after its year
  // (城区学校扩容项目是今年民生实事的“头号工程” in a review published the next January).
  const namesList = items.filter((it) => it.title.length >= 2 && sentence.includes(it.title)).length >= 2;
  if (!years.size && written !== null && THIS_YEAR_WORD.test(sentence) && namesList) return written;
  // …and its 去年 the year before: the year the text was written in, else, in a text that writes two years
  // running (听取2025年民生实事完成、2026年民生实事谋划情况), the later (去年，建设完成了A、B、C等…).
  if (!years.size && LAST_YEAR_WORD.test(sentence)) {
    const writtenIn = written ?? laterOfTwoYears(live.map((p) => p.span.text).join("\n"));
    if (writtenIn !== null) return writtenIn - 1;
  }
  return years.size === 1 && !YEARS_SPAN.test(sentence) ? [...years][0]! : null;
}

/**
 * The one year written by the paragraph that introduces a list, right before its first item and ending on a colon
 * (大会确定区2026年十大民生实事项目为： ‖ 一、…): the list's own year, whatever the page says of other years.
 */
function introducingYear(live: Paragraph[], items: ItemDraft[], written: number | null): number | null {
  const at = items[0]?.titleSpan?.pos[0];
  if (at === undefined) return null;
  const k = live.findIndex((p) => p.span.pos.includes(at));
  if (k < 0) return null;
  const sentence = introducingSentence(live[k]!.span.text.slice(0, live[k]!.span.pos.indexOf(at)), live[k - 1]?.span.text);
  if (sentence === null) return null;
  const years = new Set((sentence.match(YEAR_IN_SENTENCE) ?? []).map(Number));
  // Writing none, its 今年 is the year the text was written in (2025年，…已全部完成。今年，我们将…办好…十方面民生实事：一是…).
  if (!years.size && written !== null && THIS_YEAR_WORD.test(sentence) && !LAST_YEAR_WORD.test(sentence)) return written;
  return years.size === 1 && !YEARS_SPAN.test(sentence) ? [...years][0]! : null;
}

const lastSentence = (text: string): string => text.split(/(?<=[。！？])/u).at(-1)!;

/**
 * The sentence that introduces a list, from the words before its first item in its own paragraph: the one closing on the
 * colon only its mark follows (…办好十方面民生实事：一是), or the one right before its mark that counts it (…遴选出新一批十大
 * 重点民生实事，…。一是); else the last of the paragraph before, where it ends on a colon or counts the programme. Null where none does.
 */
function introducingSentence(before: string, previous: string | undefined): string | null {
  const colon = Math.max(before.lastIndexOf("："), before.lastIndexOf(":"));
  if (colon >= 0 && introducesInline(before.slice(colon))) return lastSentence(before.slice(0, colon + 1));
  const stop = before.lastIndexOf("。");
  const counting = colon < 0 && stop >= 0 && onlyInlineMark(before.slice(stop + 1)) ? lastSentence(before.slice(0, stop + 1)) : null;
  if (counting !== null && statedCount(counting) !== null) return counting;
  if (previous !== undefined && /[:：]\s*$/u.test(previous)) return lastSentence(previous);
  // (…or one that counts the programme without a colon, right before the first item: 今年，我市将集中财力办好…“十件实事” ‖ 1.….)
  return previous !== undefined && statedCount(lastSentence(previous)) !== null ? lastSentence(previous) : null;
}

/** The later of the only two years a text writes, where they run one after the other; else null. */
function laterOfTwoYears(text: string): number | null {
  const years = [...new Set((text.match(YEAR_IN_SENTENCE) ?? []).map(Number))].sort((a, b) => a - b);
  return years.length === 2 && years[1]! - years[0]! === 1 ? years[1]! : null;
}

const THIS_YEAR_OPENS = /^\s*(?:今年|本年)/u;

/** One list of projects (most documents have one; a results + plan page has two) → a report. */
function readList(context: DocumentContext, list: number, items: ItemDraft[], told: ReportKind | null = null): Report {
  const { doc, live, structure, facts, fileLine } = context;
  const fm = doc.frontMatter;
  const heading = structure.listHeadings?.[list] ?? "";
  // Items named without passages of their own (A、B、C等3项) speak through the paragraph that names them.
  const namedIn = [...new Set(items.filter((i) => !i.passages.length && i.titleSpan?.pos.length).map((i) => live.find((p) => p.span.pos.includes(i.titleSpan!.pos[0]!))))];
  const itemText = [heading, ...items.flatMap((i) => i.passages.map((p) => p.span.text)), ...namedIn.map((p) => p?.span.text ?? "")].join("\n");
  // What the report's facts are read from: the whole text, or only this list's where there are two.
  const scope = structure.lists > 1 ? itemText : live.map((p) => p.span.text).join("\n");
  // (A list its paragraph opens with 今年, after another year's, is the year the text was written in: 今年，…重点办好以下10件实事：)
  const thisYears = structure.lists > 1 && THIS_YEAR_OPENS.test(heading) ? context.written : null;
  const listYear = structure.listYears?.[list] ?? (structure.lists > 1 ? dominantYear(itemText, null) ?? thisYears ?? facts.ledeYears[list] : null);
  // Per-item evidence of achievement: the share of items that state how far they got (a rate, or a 完成情况 of their own).
  const rated = items.length ? items.filter((i) => i.passages.some((p) => p.done || STATED_RATE.test(p.span.text))).length / items.length : 0;
  const fromText = fm.year ?? listYear ?? namingSentenceYear(live, items, context.written) ?? introducingYear(live, items, context.written) ?? openingThisYear(context) ?? yearAfterDone(live) ?? facts.year ?? yearFromWriting(context.written, scope) ?? yearFromPublication(facts.published, scope, rated) ?? yearOfDates(scope);
  const year = fromText ?? yearOfFileName(doc.seed);
  if (!year) throw new DocumentError("the year cannot be determined from the text or its file name: add front matter `year: <YYYY>`", fileLine(1));
  if (fromText === null) {
    context.warnings.push({ seed: doc.seed, line: fileLine(1), column: 1, message: `the text names no year: ${year} is read from the file name; check the original, or set front matter year:` });
  }
  const own = ownYearText(scope, year, relativeBase(context.written, scope, [year]));
  const yearEnd = asOfDate(own, year)?.startsWith(`${year}-12-`) ?? false;
  // (A title speaks for the whole text, not for one of its two lists.)
  const title = structure.lists > 1 ? null : facts.title;
  const kind: ReportKind = fm.kind ?? told ?? reportKind(own, rated, asOfMonth(own) ?? monthSoFar(facts.published, year, own), yearEnd, monthsInto(validDay(facts.published), year), title);
  const source: Source = {
    seed: doc.seed,
    kind,
    title: fm.title ?? facts.title,
    // Dates read from the text (发布时间：2024年2月30日) are kept only where they are real days.
    published: fm.published ?? validDay(facts.published),
    publisher: fm.publisher ?? facts.publisher,
    asOf: kind === "progress" ? validDay(asOfDate(scope, year)) : null,
    ...(fm.source_url ? { source_url: fm.source_url } : {}),
  };
  const check = structure.checks[list];
  if (check) {
    source.check = { layout: check.layout, stated: fm.count ?? check.stated, read: check.read, numbering: check.numbering };
    warnDisagreement(context, source.check, items);
  }
  // A text that gives several regions' lists in turn: each list is its own region's report.
  const regionModel = regionIndex().toRegion(structure.listRegions?.[list] ?? context.region);
  const id = `${regionModel.slug}/${year}`;
  const projects = buildProjects(context, items, id, kind);
  // The count the text states: the front matter's, the one the structure step weighed, else the opening's.
  // The count the list meets where it meets one; else the one its opening states first.
  // (Not a narrative reading's: its cuts are its own guesses, and meeting the kinds of 8类41项 by chance says nothing;
  // nor a list the text gives as some of its programme, 七大类70项…进展较好的项目有:A、…G等.)
  const agreed = check && check.stated === check.read && check.layout !== "narrative" && !check.partial ? check.stated : null;
  // (A sentence about another year only, 刚刚过去的2020年…实施36个项目, states no count of this one.)
  const opening = ownYearText(listOpening(context, list, heading), year, relativeBase(context.written, scope, [year]));
  const projectCount = plausibleCount(fm.count ?? agreed ?? statedCount(opening) ?? check?.stated ?? (structure.lists > 1 ? countOfYear(live, year) : null));
  return { id, region: regionModel, year, projectCount, sources: [source], projects };
}



// A stated project count above this is a misreading (the genre's longest lists run to ~100).
const MAX_PROJECT_COUNT = 1000;

function plausibleCount(count: number | null): number | null {
  return count !== null && Number.isSafeInteger(count) && count > 0 && count <= MAX_PROJECT_COUNT ? count : null;
}

function validDay(date: string | null): string | null {
  return date === null ? null : calendarDay(date);
}

/**
 * The year after the one year a text writes, where it writes it only to tell that year's programme done and speaks of 今年's
 * programme (今年…集中力量为全县群众办好十件民生实事。 ‖ 据介绍，2015年县政府…十件实事已全部兑现…): a plan told the next year,
 * with no date of its own. Null otherwise.
 */
function yearAfterDone(live: Paragraph[]): number | null {
  const sentences = live.flatMap((p) => p.span.text.split(/(?<=[。！？])/u));
  const dated = sentences.filter((sentence) => sentence.search(WRITTEN_YEAR) >= 0);
  const years = new Set(dated.flatMap((sentence) => allMatches(sentence, WRITTEN_YEAR).map((m) => Number(m[0]))));
  if (years.size !== 1 || !dated.every(toldDone)) return null;
  // (…where 今年's sentence counts the programme it plans, not one that only calls for the next: 今年，…将继续面向社会征集为民办实事项目.)
  // (…and tells it to do, not done: 今年以来，宁陕县十件民生实事全部完成 is the written year's own results.)
  const plans = (sentence: string) => THIS_YEAR_WORD.test(sentence) && GENRE_NAME.test(sentence) && statedCount(sentence) !== null && !toldDone(sentence) && !dated.includes(sentence);
  return sentences.some(plans) ? [...years][0]! + 1 : null;
}

/**
 * The year the text before a list gives as 今年 (山西河津承诺今年办好6件民生实事 ‖ 今年将…再办好6件民生实事), writing
 * no year of its own: the year the text was written in, whatever other years its later paragraphs tell of.
 */
function openingThisYear(context: DocumentContext): number | null {
  if (context.written === null || context.structure.lists > 1) return null;
  const opening = context.structure.preamble.map((b) => b.text).join("\n");
  return THIS_YEAR_WORD.test(opening) && !opening.match(YEAR_IN_SENTENCE) ? context.written : null;
}

/** Where a list's project count is stated: its part heading, or the document's opening. */
function listOpening(context: DocumentContext, list: number, heading: string): string {
  const { structure, live } = context;
  // A document's one list, dated by a heading that states no count, is counted by the opening.
  if (structure.listHeadings && (structure.lists > 1 || statedCount(heading) !== null)) return heading;
  const opening = structure.preamble.map((b) => b.text).join("\n") + "\n" + countingOpening(live.map((p) => p.span.text), 3).join("\n");
  // "2022年10项…和2023年10项…": the n-th list's count is the n-th of the opening.
  return structure.lists > 1 ? opening.split(/和|及/)[list] ?? opening : opening;
}

/** The text's own evidence disagrees with the reading: say so, at the list's first line. */
function warnDisagreement(context: DocumentContext, check: ReadingCheck, items: ItemDraft[]): void {
  const problems: string[] = [];
  if (check.stated !== null && check.stated !== check.read) problems.push(`read ${check.read} projects where the text states ${check.stated}`);
  if (check.numbering === "gaps" || check.numbering === "restarts") problems.push(`the numbering ${check.numbering === "gaps" ? "has gaps" : "restarts"} (${items.map((i) => i.no ?? "·").join(",")})`);
  if (!problems.length) return;
  const first = items[0]?.titleSpan ?? items[0]?.passages[0]?.span;
  const line = context.fileLine(first ? lineAt(context.clean.lineStarts, first.pos[0] ?? 0) : 1);
  context.warnings.push({ rule: "reading-check", seed: context.doc.seed, line, column: 1, message: `${problems.join("; ")} (layout ${check.layout}); check the original, or set front matter items:/count:/split:` });
}

// How a list was chosen: 确定了…民生实事 · 票决产生 · 征集…建议.
const LIST_CHOSEN = /确定了?|票决|征集|审定|遴选/u;
// Progress told as of the day of writing: 截至目前 · 目前已 · 今年以来
const SO_FAR = /截至目前|截止目前|目前已|今年以来|半年(?:以)?来/u;

/** The month of the list's year a text was published in (1..12), beyond 12 after the year ends (13 = January of the next), 0 or below before it begins (0 = December of the year before), or null: undated. */
function monthsInto(published: string | null, year: number): number | null {
  if (!published) return null;
  return (Number(published.slice(0, 4)) - year) * 12 + Number(published.slice(5, 7));
}

/** The month of a text dated within its own year that reports progress so far (截至目前), or null. */
function monthSoFar(published: string | null, year: number, text: string): number | null {
  // (Not where it tells how the list was chosen: 今年以来，…在广泛征集…的基础上，…确定了2021年12件民生实事.)
  const told = text.split(/[。！？!?\n]/u).some((sentence) => SO_FAR.test(sentence) && !LIST_CHOSEN.test(sentence));
  if (!published || Number(published.slice(0, 4)) !== year || !told) return null;
  return Number(published.slice(5, 7)) || null;
}

// A year's results are told in its last weeks and in the first months of the next.
const RESULTS_TOLD_UNTIL_MONTH = 3;

/**
 * The year of a text that names none, from its publication date: a results report published in
 * the first months of a year tells the year before; any other text, the year it was published in.
 */
function yearFromPublication(published: string | null, text: string, rated: number): number | null {
  const year = published ? Number(published.slice(0, 4)) : NaN;
  if (!Number.isInteger(year) || year < 1949) return null;
  const month = Number(published!.slice(5, 7));
  return reportKind(text, rated) === "results" && month >= 1 && month <= RESULTS_TOLD_UNTIL_MONTH ? year - 1 : year;
}

// A day written in full: 2020年1月1日 · 2020-01-01.
const FULL_DATE = /((?:19|20)\d{2})\s*(?:年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|-\d{1,2}-\d{1,2}(?!\d))/gu;

/** The year of a text that writes no year but days, all of one year (从2020年1月1日起，已将…提高到…), or null. */
function yearOfDates(text: string): number | null {
  const years = new Set(allMatches(text, FULL_DATE).map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

// A year in a file's name, written apart from other digits (2023-yantai.txt · 烟台_2023_进展.txt), not inside a word or a hash (a2019f).
const YEAR_IN_NAME = /(?<![A-Za-z0-9])(?:19[5-9]\d|20\d{2})(?![A-Za-z0-9])/gu;

/**
 * The year a file's name gives, as a text that names none is filed (Jekyll's 2023-05-12-title.md):
 * its one year, else null (2024-2025 · none).
 */
export function yearOfFileName(name: string): number | null {
  const years = new Set((fileStem(name).match(YEAR_IN_NAME) ?? []).map(Number));
  return years.size === 1 ? [...years][0]! : null;
}

function yearFromWriting(written: number | null, text: string): number | null {
  if (written === null) return null;
  // "今年以来…" or "截至目前…" in a notice dated 2024-10-31 speaks of 2024;
  if (/今年|本年|年内/.test(text) || SO_FAR.test(text)) return written;
  // "去年…全部完成" in one dated 2025-01-10 speaks of 2024.
  return LAST_YEAR_WORD.test(text) ? written - 1 : null;
}

function buildProjects(context: DocumentContext, items: ItemDraft[], reportId: string, kind: ReportKind): Project[] {
  const { doc, clean, fileLine, warnings, region } = context;
  const defaultRole: MetricRole = kind === "plan" ? "target" : "actual";
  const regionLevel: ProjectLevel | null = region.level === "province" ? "province" : null;
  const ids = projectIds(items, reportId, regionLevel);
  return items.map((item, k) => {
    const level = item.level ?? regionLevel;
    const no = item.no ?? k + 1;
    const metrics = itemMetrics(item, defaultRole, doc, clean, fileLine, warnings, kind === "progress");
    const titleRange = item.titleSpan?.pos.length ? docRange(item.titleSpan, 0, item.titleSpan.pos.length) : null;
    const title = item.titleSpan ? sizedTitle(item.title, item.titleSpan.text, targetIn(item.titleSpan, metrics)) : item.title;
    const project: Project = {
      id: ids[k]!,
      no: item.no,
      title: titleAsWritten(title, item.titleSpan, clean.clean, doc.text) || `项目${no}`,
      level,
      responsible: [...new Set(item.responsible.map((u) => asWritten(u, clean.clean, doc.text)))],
      metrics,
      section: item.section,
      ...(titleRange ? { source: { seed: doc.seed, ...titleRange, line: fileLine(lineAt(clean.lineStarts, titleRange.start)) } } : {}),
    };
    return project;
  });
}

/**
 * Whether a metric read as a target starts inside [from, to) of `span`, or is the figure written
 * there (a headline's figure that its paragraph repeats is kept as the paragraph's).
 */
function targetIn(span: Span, metrics: Metric[]): (from: number, to: number) => boolean {
  return (from, to) => {
    const { start, end } = docRange(span, from, to);
    const written = extractFigures(span.text.slice(from, to), "target");
    return metrics.some((m) => m.role === "target" && ((m.source.start >= start && m.source.start < end) || written.some((f) => f.value === m.value && f.unit === m.unit)));
  };
}

/**
 * Project ids: the report id and the project's own number (…/2023/05). Where a document
 * numbers 省定 and 市定 projects separately, the level goes in front (…/sheng-01, …/shi-01);
 * where numbers still repeat, the ordinal in the document is used, so an id is never shared.
 */
function projectIds(items: ItemDraft[], reportId: string, regionLevel: ProjectLevel | null): string[] {
  const pad = (n: number) => String(n).padStart(2, "0");
  const plain = items.map((item, k) => pad(item.no ?? k + 1));
  if (new Set(plain).size === plain.length) return plain.map((p) => `${reportId}/${p}`);
  const byLevel = items.map((item, k) => `${levelPrefix(item.level ?? regionLevel)}-${pad(item.no ?? k + 1)}`);
  if (new Set(byLevel).size === byLevel.length) return byLevel.map((p) => `${reportId}/${p}`);
  return items.map((_, k) => `${reportId}/${pad(k + 1)}`);
}

function levelPrefix(level: ProjectLevel | null): string {
  return level === "province" ? "sheng" : level === "city" ? "shi" : level === "county" ? "xian" : "qita";
}

// Rates stated as a list for the figures before them: 分别完成年度目标的142.9%、164.4%
const RATES_WITH_FENBIE = /分别[^。]{0,12}?\d+(?:\.\d+)?%/;
// A line of its own that states only the item's completion rate, under the lines of its figures (目标任务：城镇新增就业2.8万人 ‖
// 进展情况：已新增就业2.41万人 ‖ 完成率：86.1%): the rate of the last figure done, no figure of its own.
const RATE_LINE = new RegExp(`^\\s*(?:${RATE_LABELS})\\s*[:：]?\\s*(\\d+(?:\\.\\d+)?)\\s*%\\s*[。;；]?\\s*$`, "u");

/** An item's figures; `progress` where the report tells how far the works got (a task's figure before what is done of it is its target). */
function itemMetrics(item: ItemDraft, defaultRole: MetricRole, doc: DecodedDocument, clean: CleanDocument, fileLine: (n: number) => number, warnings: Warning[], progress = false): Metric[] {
  const body: Metric[] = [];
  const headline: Metric[] = [];
  for (const passage of item.passages) {
    const window = passage.window;
    const rateLine = window ? null : RATE_LINE.exec(passage.span.text);
    const done = rateLine ? body.findLast((m) => m.role === "actual" && m.rate === null && !isRatioUnit(m.unit)) : undefined;
    if (rateLine && done) {
      done.rate = Number(rateLine[1]);
      continue;
    }
    const figures = extractFigures(passage.span.text, passage.role ?? defaultRole, progress).filter((f) => !window || (f.start >= window.start && f.start < window.end));
    for (const f of figures) {
      const range = docRange(passage.span, f.start, f.end);
      const place = { seed: doc.seed, line: fileLine(lineAt(clean.lineStarts, range.start)), column: 1 };
      const written = passage.span.text.slice(f.start, f.end);
      if (!plausibleValue(f.value, written)) {
        warnings.push({ ...place, message: `the figure "${written.length > 40 ? `${written.slice(0, 20)}…${written.slice(-10)}` : written}" has more than ${MAX_DIGITS} digits and is not read as a number; check the original` });
        continue;
      }
      if (f.rate !== null && !(f.rate <= MAX_PLAUSIBLE_RATE)) {
        warnings.push({ ...place, message: `the completion rate stated for "${written}" (${String(f.rate).length > 20 ? `${String(f.rate).length} digits` : `${f.rate}%`}) is over ${MAX_PLAUSIBLE_RATE}% and is not used; check the original` });
        f.rate = null;
      }
      const metric: Metric = {
        // A figure with no words of its own (a table cell: "5万人", "建成13所") is labelled by its project.
        label: asWritten(f.label && !VERB_ONLY.test(f.label) ? f.label : item.title, clean.clean, doc.text),
        value: f.value,
        unit: f.unit,
        role: f.role ?? defaultRole,
        rate: f.rate,
        source: { seed: doc.seed, ...range, line: fileLine(lineAt(clean.lineStarts, range.start)) },
        sentence: sentenceAround(passage.span.text, f.start),
      };
      (passage.headline ? headline : body).push(metric);
    }
    if (RATES_WITH_FENBIE.test(passage.span.text) && figures.every((f) => f.rate === null)) {
      const line = fileLine(lineAt(clean.lineStarts, passage.span.pos[0] ?? 0));
      warnings.push({ seed: doc.seed, line, column: 1, message: `rates stated with 分别 could not be paired with figures in "${passage.span.text.slice(0, 30)}…"` });
    }
  }
  // A headline repeats a figure of its paragraph: keep the body's (its sentence says more).
  const magnitude = (m: Metric) => foldMagnitude(m.value, m.unit).value;
  const repeated = (m: Metric) => body.some((b) => Math.abs(magnitude(b) - magnitude(m)) < 1e-6);
  // So does a plan's sentence that tells a figure of the item again, for what it says of it (全年新增就业1.1万人，开展… ‖ 全年新增就业1.1万人。
  // 项目具体实施进度为：…): the same target, told first where it is first told, its rate kept wherever it is stated. (A report of what
  // was done may state the task and then the same figure done: 新增10个社区“宝宝屋” ‖ 新增10个社区“宝宝屋”。, two figures.)
  const toldAgain = (m: Metric, k: number) =>
    defaultRole === "target" ? body.slice(0, k).find((b) => b.role === m.role && b.sentence !== m.sentence && Math.abs(magnitude(b) - magnitude(m)) < 1e-6 && sameMeasure(b.label, m.label)) : undefined;
  const once = body.filter((m, k) => {
    const first = toldAgain(m, k);
    if (first && first.rate === null) first.rate = m.rate;
    return !first;
  });
  return [...headline.filter((m) => !repeated(m)), ...once].sort((a, b) => a.source.start - b.source.start);
}

/** Whether two labels name one measure: one holds the other, or they share most of their words (新增家庭养老床位 · 新增家庭养老床位). */
function sameMeasure(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || bigramDice(a, b) >= SAME_MEASURE;
}
// Words two labels of one measure share at least.
const SAME_MEASURE = 0.6;

// A figure is read as a number only with at most this many digits before its point: beyond
// them a double no longer holds it exactly (and 400 digits are Infinity, which JSON writes as null).
const MAX_DIGITS = 15;

function plausibleValue(value: number, written: string): boolean {
  const integerDigits = /\d+/.exec(written)?.[0].length ?? 0;
  return Number.isFinite(value) && integerDigits <= MAX_DIGITS;
}

/**
 * The words as the document writes them (繁體, full-width forms): folding is one character
 * for one, so the folded text's offsets are the document's.
 */
/** A title as the text writes it: through its own span's positions where it lies inside the span (a name the page's pinyin glosses ran through), else as asWritten finds it. */
function titleAsWritten(title: string, span: Span | null, clean: string, text: string): string {
  const at = span && title ? span.text.indexOf(title) : -1;
  if (at < 0 || !span) return asWritten(title, clean, text, true);
  let out = "";
  for (let k = at; k < at + title.length; k++) {
    const pos = span.pos[k];
    out += pos !== undefined && clean[pos] === title[k - at] ? text[pos]! : title[k - at]!;
  }
  return out;
}

/** Folded words as the text writes them, where they stand in it whole; else, `pieced`, piece by piece in order; else as read. */
function asWritten(folded: string, clean: string, text: string, pieced = false): string {
  if (!folded) return folded;
  const at = clean.indexOf(folded);
  if (at >= 0) return text.slice(at, at + folded.length);
  if (!pieced) return folded;
  // A name made of pieces of the text (the words on both sides of a figure taken out; a name a page's pinyin glosses
  // ran through, 縣(xiàn)城): each piece as written, in order; a piece too short to place stays as read.
  let out = "";
  let from = 0;
  let i = 0;
  while (i < folded.length) {
    let j = i + MIN_WRITTEN_PIECE;
    let found = j <= folded.length ? clean.indexOf(folded.slice(i, j), from) : -1;
    // (After its first piece, a name's next pieces stand near it: the words on both sides of one figure.)
    if (found >= 0 && out && found - from > PIECE_REACH) found = -1;
    if (found < 0) {
      out += folded[i];
      i++;
      continue;
    }
    while (j < folded.length) {
      const longer = clean.indexOf(folded.slice(i, j + 1), from);
      if (longer < 0) break;
      found = longer;
      j++;
    }
    out += text.slice(found, found + (j - i));
    from = found + (j - i);
    i = j;
  }
  return out;
}

// A piece of a name placed in the text is at least this long (one character may stand anywhere).
const MIN_WRITTEN_PIECE = 2;
// How far after a name's piece its next may stand.
const PIECE_REACH = 400;

// The marks a figure's sentence ends at, by UTF-16 unit (no string is made per character read).
const SENTENCE_MARKS = markCodes(SENTENCE_END_MARKS + "\n");

function sentenceAround(text: string, at: number): string {
  let s = at;
  while (s > 0 && !SENTENCE_MARKS.has(text.charCodeAt(s - 1))) s--;
  let e = at;
  while (e < text.length && !SENTENCE_MARKS.has(text.charCodeAt(e))) e++;
  return text.slice(s, Math.min(text.length, e + 1)).trim();
}
