// What a chart component hands to the browser script: plain data, no functions.

/** Completion rates of projects or figures, drawn as horizontal bars against the 100% line. */
export interface CompletionSpec {
  kind: "completion";
  /** Short labels for the axis (the table beside the chart has them in full). */
  labels: string[];
  rates: number[];
  /** Each bar's colour, from the rule the page's counts use (lib/figures.ts): never from the rate alone. */
  tones: ("met" | "short" | "progress" | "unknown")[];
}

/** Projects per year that met / missed their targets or have no rate, as stacked bars. */
export interface CountsSpec {
  kind: "counts";
  labels: string[];
  series: { label: string; tone: "met" | "short" | "progress" | "unknown"; values: number[] }[];
}

/** Each child region's share of its parent region's figure for the same measure, as horizontal bars. */
export interface SharesSpec {
  kind: "shares";
  labels: string[];
  /** Percent of the parent's figure. */
  shares: number[];
}

export type ChartSpec = CompletionSpec | CountsSpec | SharesSpec;

/** Colours with ≥ 3:1 contrast on white (WCAG 1.4.11), and text colours ≥ 4.5:1. */
export const CHART_COLOURS = {
  met: "#1b6e3c",
  short: "#a8430a",
  progress: "#1d4f91",
  unknown: "#6b7280",
  ink: "#1d2126",
  grid: "#d9d3c7",
} as const;

/** Cuts a long project title for the axis: "开展职业技能培训和评价取证" → "开展职业技能培训和评…". */
export function axisLabel(text: string, max = 12): string {
  return [...text].length > max ? `${[...text].slice(0, max - 1).join("")}…` : text;
}
