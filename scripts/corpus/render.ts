// Report models → document text in the layouts seen in the seeds and variant fixtures, each
// returning the gold reading (gold/SCHEMA.md) of exactly what it wrote.

export type Level = "province" | "city" | "county";
export type Kind = "plan" | "progress" | "results";

export interface Region {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  /** what the text calls the whole region: 省 / 市 / 县 / 区 / 旗 */
  word: string;
  short: string;
}

/** A figure at the region's scale: the annual target and what was achieved. */
export interface Figure {
  label: string;
  unit: string;
  target: number;
  actual: number;
  percent: boolean;
}

export interface ProjectModel {
  title: string;
  level: "province" | "city" | null;
  responsible: string[];
  figures: Figure[];
}

export interface ReportModel {
  region: Region;
  year: number;
  projects: ProjectModel[];
}

export interface GoldMetric { label: string; value: number; unit: string; role: "actual" | "target"; rate: number | null }
export interface GoldProject { no: number | null; title: string; level: string | null; responsible: string[]; metrics: GoldMetric[] }
export interface GoldReport {
  region: string; regionLevel: Level; parentRegion: string | null; year: number; kind: Kind;
  asOf: string | null; published: string | null; publisher: string | null; projectCount: number | null;
  projects: GoldProject[];
}

/** What a layout needs besides the model: chance, dates and the dateline. */
export interface RenderContext {
  rand: () => number;
  kind: Kind;
  published: string | null;
  publisher: string | null;
  asOf: string | null;
  /** state the project count in the lede ('10项') */
  statesCount: boolean;
  /** write small integers as Chinese numerals now and then ('三千户') */
  chineseNumerals: boolean;
}

export interface Rendered { text: string; reports: GoldReport[]; headline: string }

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

const percentOf = (actual: number, target: number): number => Math.round((actual / target) * 1000) / 10;

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)] as T;
}

function header(ctx: RenderContext, headline: string): string {
  const date = ctx.published ? `${ctx.published.replace(/^(\d+)-(\d+)-(\d+)$/, "$1年$2月$3日")} ${String(8 + Math.floor(ctx.rand() * 10)).padStart(2, "0")}:${String(Math.floor(ctx.rand() * 60)).padStart(2, "0")}` : "";
  const source = ctx.publisher ? `来源：${ctx.publisher}` : "";
  const line = [date, source].filter(Boolean).join("　");
  return line ? `${headline}\n\n${line}\n\n` : `${headline}\n\n`;
}

interface Clause { text: string; metrics: GoldMetric[] }

/** One figure as written: '新开工乡镇寄宿制小学150所' or '开工率达到95.5%'. */
function figureText(ctx: RenderContext, label: string, value: number, unit: string, percent: boolean, qualifier = false): string {
  if (percent) return `${label}${qualifier ? "不低于" : "达到"}${fmt(value)}%`;
  const useNumeral = ctx.chineseNumerals && Number.isInteger(value) && value < 10000 && value % 10 === 0 && !/^[万亿]/.test(unit) && ctx.rand() < 0.5;
  const num = useNumeral ? chineseNumeral(value) : fmt(value);
  if (!qualifier) return `${label}${num}${unit}`;
  return ctx.rand() < 0.5 ? `${label}不少于${num}${unit}` : `${label}${num}${unit}以上`;
}

/** Achieved figures of one project with completion rates, in one of the genre's patterns. */
function actualClauses(ctx: RenderContext, figures: Figure[], ratePhrase: string, withRates: boolean): Clause {
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

function targetClauses(ctx: RenderContext, figures: Figure[]): Clause {
  const parts: string[] = [];
  const metrics: GoldMetric[] = [];
  for (const f of figures) {
    parts.push(figureText(ctx, f.label, f.target, f.unit, f.percent, ctx.rand() < 0.3));
    metrics.push({ label: f.label, value: f.target, unit: f.percent ? "%" : f.unit, role: "target", rate: null });
  }
  return { text: parts.join("，"), metrics };
}

function goldReport(m: ReportModel, ctx: RenderContext, kind: Kind, projects: GoldProject[]): GoldReport {
  return {
    region: m.region.name, regionLevel: m.region.level, parentRegion: m.region.parent, year: m.year, kind,
    asOf: kind === "progress" ? ctx.asOf : null, published: ctx.published, publisher: ctx.publisher,
    projectCount: ctx.statesCount ? projects.length : null, projects,
  };
}

/** A province's own projects are 省重点 in every layout; a city's levels only show in '●…（省定）' lists. */
const statedLevel = (m: ReportModel): "province" | null => (m.region.level === "province" ? "province" : null);

const ORDINAL_MARKS = {
  chapter: (n: number) => `第${chineseNumeral(n)}项实事，`,
  dun: (n: number) => `${chineseNumeral(n)}、`,
  paren: (n: number) => `（${chineseNumeral(n)}）`,
  dot: (n: number) => `${n}.`,
  comma: (n: number) => `${n}、`,
  arabicParen: (n: number) => `（${n}）`,
};

/** 新闻稿: '第X项实事，title。' / '一、title。' / '1.title。' followed by the year's figures. */
export function renderNews(m: ReportModel, ctx: RenderContext): Rendered {
  const r = m.region;
  const kind = ctx.kind === "plan" ? "results" : ctx.kind;
  const levelWord = r.level === "province" ? "省重点民生实事" : "重点民生实事";
  const n = m.projects.length;
  const headline = kind === "progress"
    ? `${r.name}${m.year}年重点民生实事项目进展顺利`
    : pick(ctx.rand, [`${r.name}${m.year}年${chineseNumeral(n)}件${levelWord}全部完成`, `${r.name}${m.year}年民生实事交出满意答卷`]);
  const count = ctx.statesCount ? `${n}项` : "各项";
  const asOfText = ctx.asOf ? `截至${ctx.asOf.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}，` : "";
  let text = header(ctx, headline);
  text += kind === "progress"
    ? `　　${asOfText}${r.name}${m.year}年确定的${count}${levelWord}总体进展顺利，多项已提前完成年度目标任务。\n\n`
    : `　　记者从${r.name}人民政府新闻办公室获悉，${m.year}年${r.name}${count}${levelWord}均已完成年度目标任务。\n\n`;
  const mark = pick(ctx.rand, ["chapter", "dun", "dot", "comma"] as const);
  const projects: GoldProject[] = [];
  m.projects.forEach((p, i) => {
    const c = actualClauses(ctx, p.figures, "完成年度目标任务的", true);
    text += `　　${ORDINAL_MARKS[mark](i + 1)}${p.title}。${kind === "results" ? `${m.year}年，` : ""}全${r.word}${c.text}。\n\n`;
    projects.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: [], metrics: c.metrics });
  });
  return { text, headline, reports: [goldReport(m, ctx, kind, projects)] };
}

/** 政府公示: '一、category' / '（一）title' then 目标：/完成情况：/责任单位： lines. */
export function renderNotice(m: ReportModel, ctx: RenderContext): Rendered {
  const r = m.region;
  const headline = `${r.name}${m.year}年为民办实事项目完成情况公示`;
  let text = header(ctx, headline);
  text += `根据工作部署，${m.year}年${ctx.statesCount ? `确定的${m.projects.length}项` : ""}为民办实事项目已全部完成。现将完成情况公示如下：\n\n`;
  const projects: GoldProject[] = [];
  m.projects.forEach((p, i) => {
    const t = targetClauses(ctx, p.figures);
    const a = actualClauses(ctx, p.figures, "完成年度目标的", ctx.rand() < 0.7);
    text += `${ORDINAL_MARKS.paren(i + 1)}${p.title}\n\n目标：${t.text}。\n\n完成情况：${a.text}。\n\n`;
    if (p.responsible.length) text += `责任单位：${p.responsible.join("、")}\n\n`;
    projects.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: p.responsible, metrics: [...t.metrics, ...a.metrics] });
  });
  text += "特此公示。\n";
  return { text, headline, reports: [goldReport(m, ctx, "results", projects)] };
}

/** '● title（省定）' bullets of a city's province- and city-level projects (seed 001). */
export function renderBullets(m: ReportModel, ctx: RenderContext): Rendered {
  const r = m.region;
  const headline = `${r.name}${m.year}年重点民生实事完成情况`;
  const prov = m.projects.filter((p) => p.level === "province").length;
  let text = header(ctx, headline);
  text += ctx.statesCount
    ? `${m.year}年，我${r.word}承担的${prov}项省定民生实事和${m.projects.length - prov}项${r.word}定民生实事全部完成。\n\n`
    : `${m.year}年，我${r.word}省定、${r.word}定民生实事全部完成。\n\n`;
  const projects: GoldProject[] = [];
  for (const p of m.projects) {
    const provincial = p.level === "province";
    const c = actualClauses(ctx, p.figures, provincial ? "完成省定年度目标的" : "完成年度目标的", true);
    text += `● ${p.title}（${provincial ? "省定" : `${r.word}定`}）\n\n全${r.word}${c.text}。\n\n`;
    projects.push({ no: null, title: p.title, level: p.level, responsible: [], metrics: c.metrics });
  }
  return { text, headline, reports: [goldReport(m, ctx, "results", projects)] };
}

/** Markdown pipe table: 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 (first figure of each project). */
export function renderTable(m: ReportModel, ctx: RenderContext): Rendered {
  const r = m.region;
  const headline = `${r.name}${m.year}年民生实事完成情况一览`;
  let text = header(ctx, `# ${headline}`);
  text += `${m.year}年，${ctx.statesCount ? `${m.projects.length}项` : ""}民生实事全部完成年度目标任务，具体如下表：\n\n`;
  text += "| 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 |\n|---|---|---|---|---|---|\n";
  const projects: GoldProject[] = [];
  m.projects.forEach((p, i) => {
    const f = p.figures.find((x) => !x.percent) ?? p.figures[0]!;
    const unit = f.percent ? "%" : f.unit;
    const rate = f.percent ? null : percentOf(f.actual, f.target);
    text += `| ${i + 1} | ${p.title} | ${f.label}${fmt(f.target)}${unit} | ${f.label}${fmt(f.actual)}${unit} | ${rate == null ? "—" : `${fmt(rate)}%`} | ${p.responsible.join("、")} |\n`;
    projects.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: p.responsible, metrics: [
      { label: f.label, value: f.target, unit, role: "target", rate: null },
      { label: f.label, value: f.actual, unit, role: "actual", rate },
    ] });
  });
  return { text: `${text}\n`, headline, reports: [goldReport(m, ctx, "results", projects)] };
}

/** A plan in one paragraph: '一是…；二是…；三是…'. */
export function renderPlanParagraph(m: ReportModel, ctx: RenderContext): Rendered {
  const r = m.region;
  const n = m.projects.length;
  const headline = `${r.name}${m.year}年${chineseNumeral(n)}件民生实事出炉`;
  let text = header(ctx, headline);
  text += `日前，${r.name}${m.year}年民生实事项目经人大代表票决产生，将于年内全部完成。\n\n`;
  const clauses: string[] = [];
  const projects: GoldProject[] = [];
  m.projects.forEach((p, i) => {
    const t = targetClauses(ctx, p.figures);
    clauses.push(`${chineseNumeral(i + 1)}是${p.title}，${t.text}`);
    projects.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: [], metrics: t.metrics });
  });
  text += `${m.year}年，${ctx.statesCount ? `将集中力量办好${chineseNumeral(n)}件民生实事` : "将集中力量办好民生实事"}：${clauses.join("；")}。\n`;
  return { text, headline, reports: [goldReport(m, ctx, "plan", projects)] };
}

/** A plan notice with '（1）' items and 牵头单位 lines; with `hidden` the text never names region or year. */
export function renderPlanNotice(m: ReportModel, ctx: RenderContext, hidden: boolean): Rendered {
  const r = m.region;
  const headline = hidden ? "关于印发今年民生实事项目的通知" : `关于印发${r.name}${m.year}年民生实事项目的通知`;
  let text = `${headline}\n\n各有关单位：\n\n经${r.word}政府研究同意，现将${hidden ? "今年" : `${m.year}年`}民生实事项目印发给你们，请认真抓好落实。${ctx.statesCount ? `项目共${m.projects.length}项：` : ""}\n\n`;
  const projects: GoldProject[] = [];
  m.projects.forEach((p, i) => {
    const t = targetClauses(ctx, p.figures);
    text += `${ORDINAL_MARKS.arabicParen(i + 1)}${p.title}。${t.text}。\n${p.responsible.length ? `牵头单位：${p.responsible.join("、")}\n` : ""}\n`;
    projects.push({ no: i + 1, title: p.title, level: statedLevel(m), responsible: p.responsible, metrics: t.metrics });
  });
  if (ctx.published) text += `${r.word}人民政府办公室\n${ctx.published.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}\n`;
  return { text, headline, reports: [goldReport(m, { ...ctx, publisher: null }, "plan", projects)] };
}

/** 政府工作报告 excerpt with last year's results ('1.') and this year's plan ('（一）'). */
export function renderTwoYears(last: ReportModel, next: ReportModel, ctx: RenderContext): Rendered {
  const r = next.region;
  const headline = `${r.name}政府工作报告（摘要）`;
  let text = header({ ...ctx, published: null }, headline);
  text += `一、${last.year}年工作回顾\n\n过去一年，${ctx.statesCount ? `年初承诺的${last.projects.length}件` : ""}惠民实事全部完成：\n\n`;
  const done: GoldProject[] = [];
  last.projects.forEach((p, i) => {
    const c = actualClauses(ctx, p.figures, "完成年度目标任务的", true);
    text += `${i + 1}.${p.title}：${c.text}。\n\n`;
    done.push({ no: i + 1, title: p.title, level: statedLevel(last), responsible: [], metrics: c.metrics });
  });
  text += `二、${next.year}年主要任务\n\n${next.year}年，将继续办好${ctx.statesCount ? `${next.projects.length}件` : ""}惠民实事：\n\n`;
  const planned: GoldProject[] = [];
  next.projects.forEach((p, i) => {
    const t = targetClauses(ctx, p.figures);
    text += `${ORDINAL_MARKS.paren(i + 1)}${p.title}，${t.text}。\n\n`;
    planned.push({ no: i + 1, title: p.title, level: statedLevel(next), responsible: [], metrics: t.metrics });
  });
  const noDate = { ...ctx, published: null };
  return { text, headline, reports: [goldReport(last, noDate, "results", done), goldReport(next, noDate, "plan", planned)] };
}
