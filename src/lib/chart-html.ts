// A chart's markup as text, the bytes Astro writes for it: ChartCanvas.astro and
// CompletionChart.astro render through these functions, and so do the report and project embed
// pages, which are written after the build without going through Astro
// (src/integrations/page-files.ts). One source, so an embed page and its page draw the same chart.
import { CHART_COLOURS, axisLabel, type ChartSpec, type CompletionSpec } from "./chart-spec.ts";
import { toneClass } from "./figures.ts";
import { formatRate } from "./labels.ts";
import type { ChartRow, CompletionChartData } from "./embed.ts";

const TEXT_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" };

/** Text between tags, escaped as Astro escapes an expression's text. */
export function htmlText(text: string): string {
  return text.replace(/[&<>'"]/gu, (character) => TEXT_ESCAPES[character]!);
}

/** An attribute's value, escaped as Astro escapes one (only & and "). */
export function htmlAttribute(value: string): string {
  return value.replace(/&/gu, "&amp;").replace(/"/gu, "&quot;");
}

const SWATCH = '<svg viewBox="0 0 10 10" width="12" height="12">';

/**
 * The canvas Chart.js draws in, with its legend. It stays hidden until the script draws it, so a
 * reader without JavaScript sees only the data table the chart components put beside it.
 * `label` says what the chart shows, for screen readers; `sharesLegend` names what a shares
 * chart's bars are a share of.
 */
export function chartCanvasHtml(spec: ChartSpec, label: string, sharesLegend = "占比"): string {
  const legend =
    spec.kind === "counts"
      ? spec.series.map((series) => ({ label: series.label, colour: CHART_COLOURS[series.tone] }))
      : spec.kind === "shares"
      ? [{ label: sharesLegend, colour: CHART_COLOURS.progress }]
      : [
          { label: "达到或超过目标", colour: CHART_COLOURS.met, shown: spec.tones.includes("met") },
          { label: "未达到目标", colour: CHART_COLOURS.short, shown: spec.tones.includes("short") },
          { label: "进行中（尚未结束的年度）", colour: CHART_COLOURS.progress, shown: spec.tones.includes("progress") },
          { label: "无状态", colour: CHART_COLOURS.unknown, shown: spec.tones.includes("unknown") },
        ].filter((item) => item.shown);
  const items = legend.map((item) => `<li>${SWATCH}<rect width="10" height="10" fill="${htmlAttribute(item.colour)}"></rect></svg>${htmlText(item.label)}</li>`);
  if (spec.kind === "completion") {
    items.push(`<li>${SWATCH}<path d="M5 0v10" stroke="${CHART_COLOURS.ink}" stroke-width="2" stroke-dasharray="3 2"></path></svg>年度目标 100%</li>`);
  }
  return (
    `<div class="chart-canvas" data-chart="${htmlAttribute(JSON.stringify(spec))}" hidden>` +
    `<div class="chart-area"><canvas role="img" aria-label="${htmlAttribute(label)}"></canvas></div>` +
    `<ul class="chart-legend" aria-hidden="true">${items.join("")}</ul></div>`
  );
}

/** What a completion chart draws: one bar per row against the 100% line. */
export function completionSpec(rows: ChartRow[]): CompletionSpec {
  return { kind: "completion", labels: rows.map((row) => axisLabel(row.label)), rates: rows.map((row) => row.rate), tones: rows.map((row) => row.tone) };
}

/** A completion chart's words for screen readers: how many rows met their target. */
export function completionLabel(chart: Pick<CompletionChartData, "title" | "rows">): string {
  const met = chart.rows.filter((row) => row.tone === "met").length;
  const progress = chart.rows.filter((row) => row.tone === "progress").length;
  return `${chart.title}：横向条形图，${chart.rows.length} 条中 ${met} 条达到年度目标${progress > 0 ? `、${progress} 条仍在进行中` : ""}，数据见旁边的表格。`;
}

/** A completion chart's numbers as a table, and its caption: what follows the canvas in its figure. */
export function completionTableHtml(chart: CompletionChartData): string {
  const rows = chart.rows.map((row) => {
    const name = row.href ? `<a href="${htmlAttribute(row.href)}">${htmlText(row.title)}</a>` : htmlText(row.title);
    return `<tr><th scope="row">${name}</th><td class="num ${toneClass(row.tone)}">${htmlText(formatRate(row.rate))}</td></tr>`;
  });
  return (
    `<div class="chart-data table-wrap"><table><caption>${htmlText(chart.title)}（数据表）</caption>` +
    `<thead><tr><th scope="col">${htmlText(chart.labelHeader)}</th><th scope="col" class="num">完成率</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table></div>` +
    `<figcaption>${htmlText(chart.title)}。虚线为年度目标（100%），超过虚线即超额完成。来源：${htmlText(chart.source)}</figcaption>`
  );
}

/** A completion chart's whole figure, with `script` (the chart script's tag) where Astro puts it: after the canvas. */
export function completionFigureHtml(chart: CompletionChartData, script: string): string {
  return `<figure class="chart-figure">${chartCanvasHtml(completionSpec(chart.rows), completionLabel(chart))}${script}${completionTableHtml(chart)}</figure>`;
}
