// Projects as table rows, in the table styles published texts use once a table has lost its
// borders: pipes with or without edge pipes, TABs, one cell per line (bare or closed by ' |').
import { fmt, percentOf } from "./clauses.ts";
import type { TableStyle } from "./choices.ts";
import type { GoldProject, ProjectModel, RenderContext, ReportModel } from "./model.ts";
import type { WrittenList } from "./items.ts";
import { statedLevel } from "./items.ts";

type Row = string[];

function formatRows(style: Exclude<TableStyle, "none">, rows: Row[]): string {
  const [head = [], ...body] = rows;
  switch (style) {
    case "pipes": return [`| ${head.join(" | ")} |`, `|${head.map(() => "---").join("|")}|`, ...body.map((r) => `| ${r.join(" | ")} |`)].join("\n");
    case "pipes-no-edge": return rows.map((r) => r.join(" | ")).join("\n");
    case "tabs": return rows.map((r) => r.join("\t")).join("\n");
    case "cell-per-line": return rows.flat().join("\n");
    case "cell-pipe": return rows.flat().map((cell) => `${cell} |`).join("\n");
  }
}

/** One row per project from its first counted figure: a plan's target and units, or an achievement and its share of the year's plan. */
export function writeTable(ctx: RenderContext, m: ReportModel, projects: ProjectModel[], style: Exclude<TableStyle, "none">): WrittenList {
  const plan = ctx.kind === "plan";
  const rows: Row[] = [plan ? ["序号", "项目名称", "目标任务", "责任单位"] : ["序号", "项目名称", "完成情况", "占全年计划"]];
  const gold: GoldProject[] = [];
  projects.forEach((p, i) => {
    const f = p.figures.find((x) => !x.percent) ?? p.figures[0]!;
    const unit = f.percent ? "%" : f.unit;
    if (plan) {
      rows.push([String(i + 1), p.title, `${f.label}${fmt(f.target)}${unit}`, p.responsible.join("、")]);
      gold.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: p.responsible, metrics: [{ label: f.label, value: f.target, unit, role: "target", rate: null }] });
      return;
    }
    const rate = f.percent ? null : percentOf(f.actual, f.target);
    rows.push([String(i + 1), p.title, `${f.label}${fmt(f.actual)}${unit}`, rate === null ? "—" : `${fmt(rate)}%`]);
    gold.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: [], metrics: [{ label: f.label, value: f.actual, unit, role: "actual", rate }] });
  });
  return { text: `${formatRows(style, rows)}\n`, projects: gold };
}
