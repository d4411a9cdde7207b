// Scores an archive against gold readings (tests/fixtures/gold/SCHEMA.md), so that the
// project's own tests can hold the converter to its extraction thresholds.
import type { Archive, Metric, Project } from "../../src/ingest/model.ts";
import Nzh from "nzh";
import { foldText } from "../../src/ingest/normalise.ts";

export interface GoldMetric {
  label: string;
  value: number;
  unit: string;
  role: "actual" | "target";
  rate: number | null;
}
export interface GoldProject {
  no: number | null;
  title: string;
  level: string | null;
  responsible: string[];
  metrics: GoldMetric[];
}
export interface GoldReport {
  region: string;
  regionLevel: string;
  parentRegion: string | null;
  year: number;
  kind: string;
  asOf: string | null;
  published: string | null;
  publisher: string | null;
  projectCount: number | null;
  projects: GoldProject[];
}
export interface Gold {
  seed: string;
  expectError?: boolean;
  reports: GoldReport[];
}

export interface Score {
  reports: number;
  kind: number;
  projectsRecall: number;
  projectsPrecision: number;
  /** Share of matched projects whose title agrees with the gold's at Dice ≥ 0.5. */
  titles: number;
  metricsRecall: number;
  metricsPrecision: number;
  rates: number;
  /** Share of matched figures whose role (target or actual) is the gold's: scored apart from recall. */
  role: number;
  /** Share of stated project counts read right. */
  counts: number;
  provenance: number;
  rejections: number;
  misses: string[];
}

const comparable = (s: string) => foldText(s.normalize("NFKC")).replace(/[\s\p{P}\p{S}]/gu, "");

function dice(a: string, b: string): number {
  const grams = (s: string) => {
    const t = comparable(s);
    const out: string[] = [];
    for (let i = 0; i + 1 < t.length; i++) out.push(t.slice(i, i + 2));
    return out;
  };
  const A = grams(a);
  const B = grams(b);
  if (!A.length || !B.length) return comparable(a) === comparable(b) && comparable(a) !== "" ? 1 : 0;
  const pool = [...B];
  let shared = 0;
  for (const g of A) {
    const k = pool.indexOf(g);
    if (k >= 0) {
      shared++;
      pool.splice(k, 1);
    }
  }
  return (2 * shared) / (A.length + B.length);
}

/** 428.7 万人次 → 4287000 人次; qualifiers (余, 以上) and 个 of 个百分点 folded. */
function normalised(value: number, unit: string): { v: number; u: string } {
  let u = foldText(unit.normalize("NFKC")).replace(/余|多|以上|左右/g, "");
  let v = value;
  for (const [prefix, factor] of [["亿", 1e8], ["万", 1e4], ["千", 1e3]] as const) {
    if (u.startsWith(prefix) && u !== "千米" && u !== "千伏") {
      v *= factor;
      u = u.slice(1);
      break;
    }
  }
  if (u === "百分点") u = "个百分点";
  return { v, u };
}

// Units agree when equal or when one names the other's counted thing more fully (万居民用户 ~ 万户).
// An empty unit (a bare 7530万) names nothing, so it agrees only with another empty unit.
const unitsAgree = (a: string, b: string) => a === b || (a !== "" && b !== "" && a.at(-1) === b.at(-1) && (a.endsWith(b) || b.endsWith(a)));
/** A project's title is right when its bigrams agree at least this much with the gold's (Dice). */
const TITLE_DICE = 0.5;
/** A project found by its number and level needs only this much of the title to confirm it. */
const NUMBERED_TITLE_DICE = 0.25;
const sameValue = (a: number, b: number) => Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-6);

export function scoreArchive(archive: Archive, golds: Gold[], texts: Map<string, string>): Score {
  const c = { goldReports: 0, found: 0, kind: 0, goldProjects: 0, outProjects: 0, matched: 0, goldMetrics: 0, outMetrics: 0, matchedMetrics: 0, goldRates: 0, rates: 0, roleOk: 0, titlesOk: 0, goldCounts: 0, counts: 0, prov: 0, provOk: 0, expectErr: 0, errOk: 0 };
  const misses: string[] = [];
  const groups = new Map<string, Array<GoldReport & { seed: string }>>();
  for (const g of golds) {
    if (g.expectError) {
      c.expectErr++;
      const rejected = archive.rejected.some((r) => r.seed === g.seed);
      const used = archive.reports.some((r) => r.sources.some((s) => s.seed === g.seed));
      if (rejected && !used) c.errOk++;
      else misses.push(`${g.seed}: expected a rejection`);
      continue;
    }
    for (const r of g.reports) {
      const key = `${comparable(r.region)}|${r.year}`;
      groups.set(key, [...(groups.get(key) ?? []), { ...r, seed: g.seed }]);
    }
  }
  for (const [key, reps] of groups) {
    c.goldReports += reps.length;
    const out = archive.reports.find((o) => `${comparable(o.region.name)}|${o.year}` === key);
    // Gold projects of one region-year, united across documents by (level, no) or title.
    const united: Array<GoldProject & { metrics: GoldMetric[] }> = [];
    for (const r of reps) {
      for (const p of r.projects) {
        const same =
          united.find((q) => p.no !== null && q.no === p.no && (q.level ?? null) === (p.level ?? null)) ??
          united.find((q) => p.no === null && q.no === null && dice(q.title, p.title) >= 0.8);
        if (same) same.metrics.push(...p.metrics);
        else united.push({ ...p, metrics: [...p.metrics] });
      }
    }
    c.goldProjects += united.length;
    for (const p of united) c.goldMetrics += p.metrics.length;
    if (!out) {
      misses.push(`no report for ${key}`);
      continue;
    }
    for (const r of reps) {
      c.found++;
      if (r.projectCount !== null) {
        c.goldCounts++;
        if (out.projectCount === r.projectCount) c.counts++;
        else misses.push(`${key}: stated count ${out.projectCount}, gold ${r.projectCount}`);
      }
      if (out.sources.some((s) => s.seed === r.seed && s.kind === r.kind)) c.kind++;
      else misses.push(`${key}: ${r.seed} not read as ${r.kind}`);
    }
    c.outProjects += out.projects.length;
    const taken = new Set<number>();
    for (const p of united) {
      let best = -1;
      let bestScore = 0;
      out.projects.forEach((o, i) => {
        if (taken.has(i)) return;
        if (p.no !== null && o.no === p.no && p.level && o.level && p.level !== o.level) return;
        const s = dice(o.title, p.title) + (p.no !== null && o.no === p.no ? 1 : 0);
        if (s > bestScore) [best, bestScore] = [i, s];
      });
      const outNo = best >= 0 ? out.projects[best]!.no : null;
      // The number (and level) is the strongest evidence and the title confirms it; without a
      // number the title alone must agree. Whether the title is right is scored apart (titles).
      if (best < 0 || !(bestScore >= 1 + NUMBERED_TITLE_DICE || ((p.no === null || outNo === null) && bestScore >= TITLE_DICE))) {
        misses.push(`${key}: project not found: ${p.no ?? "-"} ${p.title}`);
        continue;
      }
      taken.add(best);
      c.matched++;
      if (dice(out.projects[best]!.title, p.title) >= TITLE_DICE) c.titlesOk++;
      else misses.push(`${key}: title "${out.projects[best]!.title}", gold "${p.title}"`);
      matchMetrics(p.metrics, out.projects[best]!, c, misses, key);
    }
  }
  for (const r of archive.reports) {
    for (const p of r.projects) {
      for (const m of p.metrics) {
        c.prov++;
        const text = texts.get(m.source.seed);
        if (text && sliceStates(text.slice(m.source.start, m.source.end), m.value)) c.provOk++;
        else misses.push(`${m.source.seed}:${m.source.start}: the slice does not state ${m.value}`);
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  return {
    reports: ratio(c.found, c.goldReports),
    kind: ratio(c.kind, c.goldReports),
    projectsRecall: ratio(c.matched, c.goldProjects),
    projectsPrecision: ratio(c.matched, c.outProjects),
    titles: ratio(c.titlesOk, c.matched),
    metricsRecall: ratio(c.matchedMetrics, c.goldMetrics),
    metricsPrecision: ratio(c.matchedMetrics, c.outMetrics),
    rates: ratio(c.rates, c.goldRates),
    role: ratio(c.roleOk, c.matchedMetrics),
    counts: ratio(c.counts, c.goldCounts),
    provenance: ratio(c.provOk, c.prov),
    rejections: ratio(c.errOk, c.expectErr),
    misses,
  };
}

/**
 * Whether a figure's source slice writes its value: the digits (1,250 → 1250; full-width
 * folded), or a Chinese numeral that reads as it (两万 → 2, 一百二十 → 120).
 */
function sliceStates(slice: string, value: number): boolean {
  const folded = foldText(slice).normalize("NFKC").replace(/[\s,，]/g, "");
  if (folded.includes(String(value))) return true;
  return [...folded.matchAll(/[零〇一二两三四五六七八九十百千万亿]+/gu)].some(([numeral]) => {
    const plain = numeral.replace(/[万亿]$/u, "").replace(/两/gu, "二").replace(/〇/gu, "零");
    return plain !== "" && Number(Nzh.cn.decodeS(plain)) === value;
  });
}

function matchMetrics(gold: GoldMetric[], project: Project, c: { outMetrics: number; matchedMetrics: number; goldRates: number; rates: number; roleOk: number }, misses: string[], key: string) {
  const out = project.metrics.map((m: Metric) => ({ m, n: normalised(m.value, m.unit) }));
  c.outMetrics += out.length;
  const used = new Set<number>();
  for (const g of gold) {
    const n = normalised(g.value, g.unit);
    const fits = (x: (typeof out)[number], k: number) => !used.has(k) && sameValue(x.n.v, n.v) && unitsAgree(x.n.u, n.u);
    let k = out.findIndex((x, i) => fits(x, i) && x.m.role === g.role);
    if (k < 0) k = out.findIndex(fits);
    if (k < 0) {
      misses.push(`${key} ${project.id}: figure not found: ${g.value}${g.unit}`);
      continue;
    }
    used.add(k);
    c.matchedMetrics++;
    if (out[k]!.m.role === g.role) c.roleOk++;
    else misses.push(`${key} ${project.id}: ${g.value}${g.unit} read as ${out[k]!.m.role}, gold ${g.role}`);
    if (g.rate !== null) {
      c.goldRates++;
      const rate = out[k]!.m.rate;
      if (rate !== null && Math.abs(rate - g.rate) < 0.051) c.rates++;
      else misses.push(`${key} ${project.id}: rate of ${g.value}${g.unit} is ${rate}, gold ${g.rate}`);
    }
  }
}
