// The independent choices a generated document is built from. Each is a small table of
// options drawn by the seeded PRNG; a few pairs cannot be written together (a （一） list
// cannot have （一） sub-parts), and only those are redrawn, so every option meets most others.
import type { Kind, Level } from "./model.ts";
import { pick } from "./model.ts";

/** How the projects of a list are numbered (or not). */
export const OUTER = [
  "一、", "（一）", "1.", "1、", "(1)", "①", "第一项", "第一件，", "一是", "——", "●",
  "1 ", "number-line", "name-sentence", "inline", "unnumbered",
] as const;
export type Outer = (typeof OUTER)[number];

/** What stands under a project's title. */
export const INNER = ["none", "（一）sub-parts", "1.sub-items", "责任单位", "完成情况 labels"] as const;
export type Inner = (typeof INNER)[number];

/** How a table writes its rows; "none" writes a list instead. */
export const TABLE = ["none", "pipes", "pipes-no-edge", "tabs", "cell-per-line", "cell-pipe"] as const;
export type TableStyle = (typeof TABLE)[number];

/** How the text states the number of projects. */
export const COUNT = ["absent", "十件", "10项", "十大", "N件M项"] as const;
export type CountStyle = (typeof COUNT)[number];

/** What follows the list. */
export const CLOSING = ["none", "下一步", "存在问题", "signature", "commentary"] as const;
export type Closing = (typeof CLOSING)[number];

/** How many reports the document holds and where its region and year are written. */
export const FRAME = ["single", "two-years", "front-matter"] as const;
export type Frame = (typeof FRAME)[number];

export const ENCODINGS = ["utf8", "utf8-bom-crlf", "gbk", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** What a web page or a scan adds around the report; each is drawn on its own. */
export const NOISE = ["page chrome", "share buttons", "责任编辑", "traditional", "full-width", "ocr breaks"] as const;
export type Noise = (typeof NOISE)[number];

export interface DocumentChoices {
  /** plan (targets), progress (截至X月底, 完成年度目标任务的X%) or results (完成年度计划的X%) */
  kind: Kind;
  frame: Frame;
  /** null when the projects are table rows */
  outer: Outer | null;
  inner: Inner;
  table: TableStyle;
  count: CountStyle;
  closing: Closing;
  /** write （省定）/（市定） after a city's titles */
  levels: boolean;
  /** the page is cut after this many projects (null: the whole list) */
  truncatedAfter: number | null;
  encoding: Encoding;
  noise: Noise[];
}

/** Outers that write a whole list in one sentence or paragraph: nothing can stand under a title there but a unit in brackets. */
const RUN_ON: ReadonlySet<Outer> = new Set(["一是", "inline", "unnumbered"]);

/** Inner parts an outer numbering can carry without the two reading as one family. */
export function innerFits(outer: Outer | null, inner: Inner): boolean {
  if (outer === null || outer === "inline") return inner === "none";
  if (RUN_ON.has(outer)) return inner === "none" || inner === "责任单位";
  if (inner === "（一）sub-parts") return outer !== "（一）";
  if (inner === "1.sub-items") return outer !== "1." && outer !== "1、" && outer !== "number-line" && outer !== "1 ";
  return true;
}

const draw = <T>(rand: () => number, xs: readonly T[], fits: (x: T) => boolean): T => {
  const allowed = xs.filter(fits);
  return pick(rand, allowed.length ? allowed : xs);
};

/** Draws every choice of one document; `projects` is the length of its (first) list. */
export function drawChoices(rand: () => number, kind: Kind, level: Level, projects: number, twoYearsPossible: boolean): DocumentChoices {
  const frameRoll = rand();
  const frame: Frame = kind === "plan" && frameRoll < 0.12 ? "front-matter"
    : kind === "results" && twoYearsPossible && frameRoll < 0.12 ? "two-years" : "single";
  const table: TableStyle = rand() < 0.22 ? pick(rand, TABLE.slice(1)) : "none";
  const outer: Outer | null = table === "none" ? pick(rand, OUTER) : null;
  const inner = draw(rand, INNER, (i) => innerFits(outer, i));
  // N件M项 counts sub-parts as 项, so it needs a list that has them
  const count = rand() < 0.25 ? "absent" : draw(rand, COUNT.slice(1), (c) => c !== "N件M项" || inner === "（一）sub-parts" || inner === "1.sub-items");
  const closing = pick(rand, CLOSING);
  const levels = level === "city" && outer !== "inline" && rand() < 0.25;
  const truncatedAfter = frame === "single" && outer !== "inline" && rand() < 0.1
    ? Math.ceil(projects / 2) + Math.floor(rand() * Math.floor(projects / 2)) : null;
  const noise = NOISE.filter(() => rand() < 0.15);
  // traditional text is written in UTF-8 only, and never together with full-width digits
  const traditional = noise.includes("traditional");
  const e = rand();
  const encoding: Encoding = traditional ? "utf8" : e < 0.55 ? "utf8" : e < 0.7 ? "utf8-bom-crlf" : e < 0.9 ? "gbk" : "gb18030";
  return {
    kind, frame, outer, inner, table, count, closing, levels,
    truncatedAfter: truncatedAfter !== null && truncatedAfter < projects ? truncatedAfter : null,
    encoding,
    noise: frame === "front-matter" ? [] : noise.filter((n) => !(traditional && n === "full-width") && !(table !== "none" && n === "ocr breaks")),
  };
}

/** A short description for file names and gold notes: '一、+责任单位', 'tabs'. */
export function describeChoices(c: DocumentChoices): string {
  return c.outer === null ? `table-${c.table}` : c.inner === "none" ? c.outer : `${c.outer}+${c.inner}`;
}
