// Figures as the genre writes them: numerals, targets and achievements with their completion
// rates, each clause returned with the gold metrics of exactly what it wrote.
import type { Figure, GoldMetric, RenderContext } from "./model.ts";

const DIGITS = "零一二三四五六七八九";

/** 3000 → 三千, 120 → 一百二十, 15 → 十五 (integers below 10000). */
export function chineseNumeral(n: number): string {
  if (n === 0) return "零";
  const places: Array<[number, string]> = [[1000, "千"], [100, "百"], [10, "十"], [1, ""]];
  let out = "";
  let zero = false;
  for (const [p, name] of places) {
    const d = Math.floor(n / p) % 10;
    if (d === 0) {
      if (out) zero = true;
      continue;
    }
    if (zero) out += "零";
    zero = false;
    const digit = d === 2 && p === 1000 ? "两" : d === 1 && p === 10 && !out ? "" : DIGITS[d];
    out += digit + name;
  }
  return out;
}

/** 156.30 → "156.3": numbers as an official text prints them. */
export const fmt = (v: number): string => String(Number(v.toFixed(2)));

export const percentOf = (actual: number, target: number): number => Math.round((actual / target) * 1000) / 10;

export interface Clause { text: string; metrics: GoldMetric[] }

/** One figure as written: '新开工乡镇寄宿制小学150所' or '开工率达到95.5%'. */
export function figureText(ctx: RenderContext, label: string, value: number, unit: string, percent: boolean, qualifier = false): string {
  if (percent) return `${label}${qualifier ? "不低于" : "达到"}${fmt(value)}%`;
  const useNumeral = ctx.chineseNumerals && Number.isInteger(value) && value < 10000 && value % 10 === 0 && !/^[万亿]/.test(unit) && ctx.rand() < 0.5;
  const num = useNumeral ? chineseNumeral(value) : fmt(value);
  if (!qualifier) return `${label}${num}${unit}`;
  return ctx.rand() < 0.5 ? `${label}不少于${num}${unit}` : `${label}${num}${unit}以上`;
}

/** Achieved figures of one project with completion rates, in one of the genre's patterns. */
export function actualClauses(ctx: RenderContext, figures: Figure[], ratePhrase: string, withRates: boolean): Clause {
  const counts = figures.filter((f) => !f.percent);
  const percents = figures.filter((f) => f.percent);
  const parts: string[] = [];
  const metrics: GoldMetric[] = [];
  const together = withRates && counts.length > 1 && ctx.rand() < 0.6;
  if (together) {
    parts.push(counts.map((f) => figureText(ctx, f.label, f.actual, f.unit, false)).join("、") +
      `，分别${ratePhrase}${counts.map((f) => `${fmt(percentOf(f.actual, f.target))}%`).join("、")}`);
    for (const f of counts) metrics.push({ label: f.label, value: f.actual, unit: f.unit, role: "actual", rate: percentOf(f.actual, f.target) });
  } else {
    for (const f of counts) {
      const rated = withRates && ctx.rand() < 0.7;
      const rate = percentOf(f.actual, f.target);
      parts.push(figureText(ctx, f.label, f.actual, f.unit, false) + (rated ? `，${ratePhrase}${fmt(rate)}%` : ""));
      metrics.push({ label: f.label, value: f.actual, unit: f.unit, role: "actual", rate: rated ? rate : null });
    }
  }
  for (const f of percents) {
    const excess = Math.round((f.actual - f.target) * 10) / 10;
    const showExcess = withRates && excess > 0 && ctx.rand() < 0.6;
    parts.push(figureText(ctx, f.label, f.actual, "%", true) + (showExcess ? `，高于年度目标任务${fmt(excess)}个百分点` : ""));
    metrics.push({ label: f.label, value: f.actual, unit: "%", role: "actual", rate: null });
    if (showExcess) metrics.push({ label: `${f.label}高于年度目标任务`, value: excess, unit: "个百分点", role: "actual", rate: null });
  }
  return { text: parts.join("；"), metrics };
}

export function targetClauses(ctx: RenderContext, figures: Figure[]): Clause {
  const parts: string[] = [];
  const metrics: GoldMetric[] = [];
  for (const f of figures) {
    parts.push(figureText(ctx, f.label, f.target, f.unit, f.percent, ctx.rand() < 0.3));
    metrics.push({ label: f.label, value: f.target, unit: f.percent ? "%" : f.unit, role: "target", rate: null });
  }
  return { text: parts.join("，"), metrics };
}
