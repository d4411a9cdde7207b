// Draws every [data-chart] on the page with Chart.js. Only the bar chart parts are
// registered, so the bundle carries nothing else. Runs in the browser only.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type Plugin } from "chart.js";
import { CHART_COLOURS, type ChartSpec, type CompletionSpec, type CountsSpec, type SharesSpec } from "./chart-spec";

// No tooltip or legend plugins: the table beside each chart carries the exact numbers
// and the legend, and leaving them out keeps a report page's script under 50 KB gzipped.
Chart.register(BarController, BarElement, CategoryScale, LinearScale);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = CHART_COLOURS.ink;
Chart.defaults.animation = false;

/** The dashed 100% line: every bar past it exceeded its annual target. */
const targetLine: Plugin<"bar"> = {
  id: "targetLine",
  afterDatasetsDraw(chart) {
    const scale = chart.scales["x"];
    if (!scale) return;
    const x = scale.getPixelForValue(100);
    const { top, bottom } = chart.chartArea;
    const ctx = chart.ctx;
    ctx.save();
    ctx.strokeStyle = CHART_COLOURS.ink;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(x, top - 14);
    ctx.lineTo(x, bottom);
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = CHART_COLOURS.ink;
    ctx.font = `12px ${Chart.defaults.font.family ?? "sans-serif"}`;
    ctx.textBaseline = "top";
    // The label sits right of the line, or left of it when the line is near the right edge.
    const text = "年度目标 100%";
    const fitsRight = x + 4 + ctx.measureText(text).width <= chart.chartArea.right;
    ctx.textAlign = fitsRight ? "left" : "right";
    ctx.fillText(text, fitsRight ? x + 4 : x - 4, top - 18);
    ctx.restore();
  },
};

/** Characters per axis-label line on a phone: a label wider than ~40% of the canvas is clipped at its left edge. */
const NARROW_LINE_CHARS = 7;

/**
 * Axis labels that fit the canvas: on a narrow one, "南阳市 · 开展职业技能培训…" becomes lines
 * ("南阳市", "开展职业技能培", "训…") of at most NARROW_LINE_CHARS, three at most.
 */
function fittedLabels(canvas: HTMLCanvasElement, labels: string[]): (string | string[])[] {
  if (canvas.parentElement!.clientWidth >= 480) return labels;
  return labels.map((label) => {
    const lines = label.split(" · ").flatMap((part) => {
      const chars = [...part];
      const chunks: string[] = [];
      for (let at = 0; at < chars.length; at += NARROW_LINE_CHARS) chunks.push(chars.slice(at, at + NARROW_LINE_CHARS).join(""));
      return chunks;
    });
    return lines.length > 3 ? [...lines.slice(0, 2), `${[...lines[2]!].slice(0, NARROW_LINE_CHARS - 1).join("")}…`] : lines;
  });
}

function drawCompletion(canvas: HTMLCanvasElement, spec: CompletionSpec): void {
  const highest = Math.max(100, ...spec.rates);
  // Leave room past the longest bar and always past 100, so overshoot reads as overshoot;
  // the axis ends on a round tick (120%, 160%, 300% …).
  const step = highest > 200 ? 50 : 20;
  const max = Math.ceil((highest * 1.05) / step) * step;
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: fittedLabels(canvas, spec.labels),
      datasets: [
        {
          label: "完成率",
          data: spec.rates,
          backgroundColor: spec.tones.map((tone) => CHART_COLOURS[tone]),
          barThickness: 16,
        },
      ],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      layout: { padding: { top: 22, right: 12 } },
      scales: {
        x: {
          min: 0,
          max,
          grid: { color: CHART_COLOURS.grid },
          ticks: { stepSize: step, callback: (value) => `${value}%` },
        },
        y: { grid: { display: false } },
      },
    },
    plugins: [targetLine],
  });
}

function drawCounts(canvas: HTMLCanvasElement, spec: CountsSpec): void {
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: spec.labels,
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: series.values,
        backgroundColor: CHART_COLOURS[series.tone],
        maxBarThickness: 48,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { stacked: true, grid: { display: false } },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, grid: { color: CHART_COLOURS.grid } },
      },
    },
  });
}

function drawShares(canvas: HTMLCanvasElement, spec: SharesSpec): void {
  // Shares are small beside the whole: the axis ends on the first round ten past the longest bar.
  const max = Math.max(10, Math.ceil((Math.max(...spec.shares) * 1.1) / 10) * 10);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: fittedLabels(canvas, spec.labels),
      datasets: [{ label: "占比", data: spec.shares, backgroundColor: CHART_COLOURS.progress, barThickness: 16 }],
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: { min: 0, max, grid: { color: CHART_COLOURS.grid }, ticks: { callback: (value) => `${value}%` } },
        y: { grid: { display: false } },
      },
    },
  });
}

/**
 * A link under a drawn chart that saves it as a PNG (on white, as the page shows it), named
 * after the page: henan-2023-chart-1.png.
 */
function addSaveLink(holder: HTMLElement, canvas: HTMLCanvasElement, number: number): void {
  const base = import.meta.env.BASE_URL;
  const path = location.pathname.startsWith(base) ? location.pathname.slice(base.length) : location.pathname;
  const page = path.replace(/^\/+|\/+$/g, "").replaceAll("/", "-") || "minsheng";
  const link = document.createElement("a");
  link.className = "chart-save";
  link.href = "#";
  link.download = `${page}-chart-${number}.png`;
  link.textContent = "保存图表（PNG）";
  link.addEventListener("click", () => {
    const copy = document.createElement("canvas");
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext("2d")!;
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, copy.width, copy.height);
    ctx.drawImage(canvas, 0, 0);
    link.href = copy.toDataURL("image/png");
  });
  holder.append(link);
}

let drawn = 0;
for (const holder of document.querySelectorAll<HTMLElement>("[data-chart]")) {
  const area = holder.querySelector<HTMLElement>(".chart-area");
  const canvas = holder.querySelector("canvas");
  const spec = JSON.parse(holder.dataset["chart"] ?? "null") as ChartSpec | null;
  if (!area || !canvas || !spec) continue;
  // A narrow canvas wraps labels onto up to three lines (fittedLabels): each bar gets their height.
  const perBar = area.clientWidth < 480 && spec.kind !== "counts" ? 44 : 26;
  area.style.height = spec.kind === "counts" ? "300px" : `${spec.labels.length * perBar + 80}px`;
  holder.hidden = false;
  if (spec.kind === "completion") drawCompletion(canvas, spec);
  else if (spec.kind === "shares") drawShares(canvas, spec);
  else drawCounts(canvas, spec);
  addSaveLink(holder, canvas, ++drawn);
}
