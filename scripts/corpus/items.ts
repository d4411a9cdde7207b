// A list of projects written with one outer numbering and one kind of inner part, and the gold
// reading of exactly what it wrote.
import { actualClauses, chineseNumeral, targetClauses, type Clause } from "./clauses.ts";
import type { Inner, Outer } from "./choices.ts";
import type { Figure, GoldProject, Kind, ProjectModel, RenderContext, ReportModel } from "./model.ts";
import { pick } from "./model.ts";

const CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

/** The marker that opens project n (1-based) in a numbered outer, written before its title. */
const MARKERS: Partial<Record<Outer, (n: number) => string>> = {
  "一、": (n) => `${chineseNumeral(n)}、`,
  "（一）": (n) => `（${chineseNumeral(n)}）`,
  "1.": (n) => `${n}.`,
  "1、": (n) => `${n}、`,
  "(1)": (n) => `(${n})`,
  "①": (n) => CIRCLED[n - 1] ?? `(${n})`,
  "第一项": (n) => `第${chineseNumeral(n)}项实事，`,
  "第一件，": (n) => `第${chineseNumeral(n)}件，`,
  "一是": (n) => `${chineseNumeral(n)}是`,
  "1 ": (n) => `${n} `,
  "number-line": (n) => `${String(n).padStart(2, "0")}\n`,
};

/** Unnumbered outers that still open each project with a bullet. */
const BULLETS: Partial<Record<Outer, string>> = { "——": "——", "●": "● " };

export const isNumbered = (outer: Outer): boolean => outer in MARKERS;

/** A province's own projects are 省重点 in every layout; a city's levels show only when written (（省定）). */
export const statedLevel = (m: ReportModel): "province" | null => (m.region.level === "province" ? "province" : null);

export interface ListChoices { outer: Outer; inner: Inner; levels: boolean }
export interface WrittenList { text: string; projects: GoldProject[] }

/** What a project's figures say for the report's kind: targets of a plan, achievements with rates otherwise. */
function figureClause(ctx: RenderContext, kind: Kind, figures: Figure[], ratePhrase: string): Clause {
  if (kind === "plan") return targetClauses(ctx, figures);
  return actualClauses(ctx, figures, ratePhrase, kind === "progress" || ctx.rand() < 0.8);
}

/** The lines under a title, by inner part; `inlineUnits` puts 责任单位 in brackets for run-on outers. */
function innerParts(ctx: RenderContext, m: ReportModel, p: ProjectModel, inner: Inner, inlineUnits: boolean): { lines: string[]; metrics: Clause["metrics"] } {
  const ratePhrase = ctx.kind === "progress" ? "完成年度目标任务的" : pick(ctx.rand, ["完成年度计划的", "完成年度目标任务的"]);
  const whole = ctx.kind === "results" && ctx.rand() < 0.4 ? `${m.year}年，全${m.region.word}` : `全${m.region.word}`;
  switch (inner) {
    case "（一）sub-parts":
    case "1.sub-items": {
      const metrics: Clause["metrics"] = [];
      const lines = p.figures.map((f, j) => {
        const c = figureClause(ctx, ctx.kind, [f], ratePhrase);
        metrics.push(...c.metrics);
        return inner === "1.sub-items" ? `${j + 1}.${c.text}。` : `（${chineseNumeral(j + 1)}）${f.label}。${whole}${c.text}。`;
      });
      return { lines, metrics };
    }
    case "完成情况 labels": {
      const t = targetClauses(ctx, p.figures);
      if (ctx.kind === "plan") return { lines: [`目标任务：${t.text}。`], metrics: t.metrics };
      const a = actualClauses(ctx, p.figures, ratePhrase, ctx.rand() < 0.7);
      return { lines: [`目标：${t.text}。`, `完成情况：${a.text}。`], metrics: [...t.metrics, ...a.metrics] };
    }
    case "责任单位":
    case "none": {
      const c = figureClause(ctx, ctx.kind, p.figures, ratePhrase);
      const units = inner === "责任单位" && p.responsible.length ? p.responsible.join("、") : null;
      if (!units) return { lines: [`${whole}${c.text}。`], metrics: c.metrics };
      return inlineUnits
        ? { lines: [`${whole}${c.text}（责任单位：${units}）。`], metrics: c.metrics }
        : { lines: [`${whole}${c.text}。`, `责任单位：${units}`], metrics: c.metrics };
    }
  }
}

const levelMark = (m: ReportModel, p: ProjectModel): string => (p.level === "province" ? "（省定）" : `（${m.region.word}定）`);

/** Writes the projects as a list; the caller writes what leads into it. */
export function writeList(ctx: RenderContext, m: ReportModel, projects: ProjectModel[], list: ListChoices): WrittenList {
  const { outer, inner } = list;
  const indent = ctx.rand() < 0.5 ? "　　" : "";
  const runIn = ctx.rand() < 0.5;
  const gold: GoldProject[] = [];
  const items = projects.map((p, i) => {
    const title = list.levels ? `${p.title}${levelMark(m, p)}` : p.title;
    const parts = innerParts(ctx, m, p, inner, outer === "一是" || outer === "unnumbered");
    gold.push({
      no: isNumbered(outer) ? i + 1 : null, title: p.title,
      level: list.levels ? p.level : statedLevel(m),
      responsible: inner === "责任单位" ? p.responsible : [], metrics: parts.metrics,
    });
    const [first = "", ...rest] = parts.lines;
    switch (outer) {
      case "一是": return `${MARKERS[outer]!(i + 1)}${title}，${first.replace(/。$/, "")}`;
      case "unnumbered": return `${title}：${first}`;
      case "name-sentence": return [`${indent}${title}。${first}`, ...rest].join("\n");
      case "number-line": return [`${MARKERS[outer]!(i + 1)}${title}`, first, ...rest].join("\n");
      default: {
        const mark = MARKERS[outer]?.(i + 1) ?? BULLETS[outer] ?? "";
        // a run-in item writes its figures after the title on the marker's line
        return runIn && inner !== "（一）sub-parts" && inner !== "1.sub-items"
          ? [`${indent}${mark}${title}。${first}`, ...rest].join("\n")
          : [`${indent}${mark}${title}`, first, ...rest].join("\n");
      }
    }
  });
  const text = outer === "一是" ? `${indent}${items.join(ctx.kind === "plan" ? "；" : "。")}。\n`
    : outer === "unnumbered" ? `${items.join("\n")}\n`
    : `${items.join("\n\n")}\n`;
  return { text, projects: gold };
}

/** 'A、B、C和D': the titles of a list written inline in one sentence. */
export function inlineTitles(projects: ProjectModel[]): string {
  const titles = projects.map((p) => p.title);
  return titles.length < 2 ? titles.join("") : `${titles.slice(0, -1).join("、")}和${titles.at(-1)}`;
}

export function inlineGold(m: ReportModel, projects: ProjectModel[]): GoldProject[] {
  return projects.map((p) => ({ no: null, title: p.title, level: statedLevel(m), responsible: [], metrics: [] }));
}
