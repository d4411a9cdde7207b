// A document from its choices: headline and dateline, a lede that states (or not) the count and
// the kind, the list or table, and what closes it; with the gold reading of exactly what it wrote.
import { chineseNumeral, fmt } from "./clauses.ts";
import type { Closing, CountStyle, DocumentChoices } from "./choices.ts";
import { inlineGold, inlineTitles, writeList, type WrittenList } from "./items.ts";
import type { GoldReport, Kind, ProjectModel, RenderContext, Rendered, ReportModel } from "./model.ts";
import { pick } from "./model.ts";
import { writeTable } from "./tables.ts";

const chineseDate = (iso: string): string => iso.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日");

function header(ctx: RenderContext, headline: string): string {
  const date = ctx.published ? `${chineseDate(ctx.published)} ${String(8 + Math.floor(ctx.rand() * 10)).padStart(2, "0")}:${String(Math.floor(ctx.rand() * 60)).padStart(2, "0")}` : "";
  const source = ctx.publisher ? `来源：${ctx.publisher}` : "";
  const line = [date, source].filter(Boolean).join("　");
  return line ? `${headline}\n\n${line}\n\n` : `${headline}\n\n`;
}

/** The programme as the text counts it: '十件', '10项', '十大', '十件30项', or nothing. */
function countWord(style: CountStyle, n: number, parts: number): string {
  switch (style) {
    case "absent": return "";
    case "十件": return `${chineseNumeral(n)}件`;
    case "10项": return `${n}项`;
    case "十大": return `${chineseNumeral(n)}大`;
    case "N件M项": return `${chineseNumeral(n)}件${parts}项`;
  }
}

/** The sentence that leads into the list (or, `listed`, holds it), saying what kind of report this is. */
function lede(ctx: RenderContext, m: ReportModel, count: string, listed: string | null): string {
  const r = m.region;
  const list = (sentence: string, into: string): string => (listed === null ? `${sentence}${into}` : `${sentence}：${listed}。`);
  switch (ctx.kind) {
    case "plan":
      return list(`${m.year}年，${r.name}将集中力量办好${count}民生实事`, "，具体如下：");
    case "progress": {
      const month = Number(ctx.asOf!.slice(5, 7));
      const overall = fmt(Math.round((month / 12) * 100 * (0.8 + ctx.rand() * 0.3) * 10) / 10);
      return `截至${month}月底，${r.name}${m.year}年确定的${count}民生实事总体完成年度目标任务的${overall}%。${list("各项目进展如下", "：")}`;
    }
    case "results":
      return list(`${m.year}年，${r.name}${count}民生实事全部完成年度目标任务`, "。现将完成情况通报如下：");
  }
}

function headlineFor(kind: Kind, m: ReportModel, count: string): string {
  const r = m.region;
  switch (kind) {
    case "plan": return `${r.name}${m.year}年${count}民生实事项目出炉`;
    case "progress": return `${r.name}${m.year}年民生实事项目进展顺利`;
    case "results": return count ? `${r.name}${m.year}年${count}民生实事全部完成` : `${r.name}${m.year}年民生实事完成情况`;
  }
}

function closingText(closing: Closing, ctx: RenderContext, m: ReportModel, signer: string): string {
  const r = m.region;
  const date = ctx.published ? `\n${chineseDate(ctx.published)}` : "";
  switch (closing) {
    case "none": return "";
    case "下一步": return `下一步，${r.name}将持续跟踪项目运行管理，计划再新建${10 + Math.floor(ctx.rand() * 90)}个便民服务点，不断提升群众的获得感。\n`;
    case "存在问题": return `存在问题：一是个别项目前期工作推进较慢，${2 + Math.floor(ctx.rand() * 3)}个项目开工时间滞后；二是部分项目资金到位不及时。\n`;
    case "signature": return `${signer}${date}\n`;
    case "commentary": return `民生实事连着民心。${m.year}年，全${r.word}群众对民生实事的满意度达到${fmt(90 + Math.round(ctx.rand() * 90) / 10)}%，较上年提高${fmt(Math.round(ctx.rand() * 30) / 10 + 0.1)}个百分点。\n`;
  }
}

function goldReport(m: ReportModel, ctx: RenderContext, kind: Kind, count: CountStyle, n: number, projects: WrittenList["projects"]): GoldReport {
  return {
    region: m.region.name, regionLevel: m.region.level, parentRegion: m.region.parent, year: m.year, kind,
    asOf: kind === "progress" ? ctx.asOf : null, published: ctx.published, publisher: ctx.publisher,
    projectCount: count === "absent" ? null : n, projects,
  };
}

/** The lede and the list or table of one report. */
function body(ctx: RenderContext, m: ReportModel, c: DocumentChoices, shown: ProjectModel[]): WrittenList {
  const parts = m.projects.reduce((n, p) => n + p.figures.length, 0);
  const count = countWord(c.count, m.projects.length, parts);
  if (c.outer === "inline") return { text: `${lede(ctx, m, count, inlineTitles(shown))}\n\n`, projects: inlineGold(m, shown) };
  const list = c.outer === null
    ? writeTable(ctx, m, shown, c.table as Exclude<typeof c.table, "none">)
    : writeList(ctx, m, shown, { outer: c.outer, inner: c.inner, levels: c.levels });
  return { text: `${lede(ctx, m, count, null)}\n\n${list.text}\n`, projects: list.projects };
}

/** One report in a page with headline and dateline (or, framed by front matter, naming neither region nor year). */
export function renderDocument(ctx: RenderContext, m: ReportModel, c: DocumentChoices): Rendered {
  const shown = m.projects.slice(0, c.truncatedAfter ?? m.projects.length);
  const count = countWord(c.count === "N件M项" ? "十件" : c.count, m.projects.length, 0);
  const written = body(ctx, m, c, shown);
  const signer = `${m.region.name}人民政府办公室`;
  const closing = c.truncatedAfter === null ? closingText(c.closing, ctx, m, signer) : "";
  if (c.frame === "front-matter") {
    const headline = "关于印发今年民生实事项目的通知";
    const text = written.text.replace(new RegExp(`${m.year}年，${m.region.name}|${m.region.name}${m.year}年`, "g"), "今年，我" + m.region.word);
    const dated = c.closing === "signature" ? ctx.published : null;
    const front = `---\nregion: ${m.region.name}\nyear: ${m.year}\nkind: plan\n---\n`;
    const closingHidden = closing.replace(signer, `${m.region.word}人民政府办公室`);
    return {
      text: `${front}${headline}\n\n各有关单位：\n\n${text}${closingHidden}`, headline,
      reports: [goldReport(m, { ...ctx, published: dated, publisher: null }, "plan", c.count, m.projects.length, written.projects)],
    };
  }
  const headline = headlineFor(ctx.kind, m, count);
  return { text: `${header(ctx, headline)}${written.text}${closing}`, headline, reports: [goldReport(m, ctx, ctx.kind, c.count, m.projects.length, written.projects)] };
}

/** A government work report's excerpt: last year's results, then this year's plan, switched by a paragraph and no heading. */
export function renderTwoYears(ctx: RenderContext, last: ReportModel, next: ReportModel, c: DocumentChoices): Rendered {
  const headline = `${next.region.name}政府工作报告（摘要）`;
  const undated = { ...ctx, published: null };
  const done = body({ ...undated, kind: "results" }, last, c, last.projects);
  const planned = body({ ...undated, kind: "plan" }, next, c, next.projects);
  const closing = closingText(c.closing, undated, next, `${next.region.name}人民政府`);
  return {
    text: `${header(undated, headline)}过去一年，${pick(ctx.rand, ["我们坚持以人民为中心", "我们持续保障和改善民生"])}。\n\n${done.text}${planned.text}${closing}`,
    headline,
    reports: [
      goldReport(last, undated, "results", c.count, last.projects.length, done.projects),
      goldReport(next, undated, "plan", c.count, next.projects.length, planned.projects),
    ],
  };
}
