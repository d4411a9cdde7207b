// A table a page drew with spaces between its cells, and left its empty cells out: rows of
// fewer cells than columns, sub-rows without a number, a header that spaces out its short
// names (序 号 考核指标 单位 工作目标 已完成数 占比 备  注). Which cell stands in which column
// is weighed from what each cell is (a row's number, a name, a figure, a percent, a unit of
// measure, an office) against what each column holds, so a row's figures keep their columns.
import { COLUMN, HEADER_CELL } from "./layouts/tables.ts";
import { displayWidth, joinSpans, type Span } from "./text.ts";

interface Cell {
  text: string;
  /** Offsets in the line's span of the cell's characters (a spaced-out name keeps its own). */
  at: number[];
}

export type ColumnKind = "no" | "title" | "text" | "measure" | "office" | "figure" | "rate";
type CellKind = "number" | "figure" | "percent" | "measure" | "office" | "figured" | "text";

// A header cell may say which months it covers (1-8月实际完成情况), or up to when (截至9月底完成 · 前三季度完成 · 上半年进展).
const MONTHS = /^(?:\d{1,2}\s*-\s*\d{1,2}月|(?:截至|截止(?:到|至)?)\s*\d{1,2}\s*月(?:底|末|\d{1,2}日)?|前?[一二三]季度|上半年)/u;
// At most so many characters in a header cell.
const MAX_HEADER_CELL = 16;
const NUMBER_CELL = /^\d{1,3}$/u;
// A figure standing alone in its cell: 1300人 · 7699套 · 10000万 · 600.
const FIGURE_CELL = /^\d+(?:\.\d+)?[^\s\d]{0,3}$/u;
export const PERCENT_CELL = /^\d+(?:\.\d+)?%$/u;
// A figure with its unit among words: 新建改扩建12所 · 改造老旧供热管网60公里 (not a date: 12月底前 · 2024年).
const FIGURED_CELL = /\d(?:\.\d+)?\s*(?![年月日号])[\u4e00-\u9fff]/u;
// A unit of measure in a cell of its own: 人次 · 万方 · 元/月/人.
const MEASURE_CELL = /^[\u4e00-\u9fff]{1,2}(?:\/[\u4e00-\u9fff]{1,2}){0,3}$/u;
// An office in charge: 区人社局 · 农林水务局 · 残联 · 区实事办.
const OFFICE_END = "(?:局|委|办|院|中心|公司|集团|政府|街道|队|站|联|部|馆|处|科)";
const OFFICE_CELL = new RegExp(`^[\\u4e00-\\u9fff]{1,10}${OFFICE_END}$`, "u");
/** Whether a cell names an office in charge (市教育局 · 北流市水务投资有限公司). */
export const isOfficeCell = (text: string): boolean => OFFICE_CELL.test(text.trim());
const MIN_COLUMNS = 3;
// What standing one column further right costs a cell: it breaks ties only.
const EARLIER = 0.01;

/** What a header cell's column holds, by the words the table reader reads its columns by (COLUMN). */
export function columnKind(name: string): ColumnKind {
  if (/^(?:序号|编号)$/u.test(name)) return "no";
  if (COLUMN.measure.test(name)) return "measure";
  if (COLUMN.unit.test(name) || /单位$/u.test(name)) return "office";
  // (What is to be done, 建设内容及目标 · 实施内容, beside the project's name holds the targets' figures.)
  if (/内容/u.test(name) && !/项目|名称|实事|事项/u.test(name)) return "figure";
  if (COLUMN.title.test(name)) return "title";
  if (COLUMN.rate.test(name) || /%$/u.test(name)) return "rate";
  if (COLUMN.target.test(name) || COLUMN.done.test(name)) return "figure";
  return "text";
}

function cellKind(text: string): CellKind {
  if (NUMBER_CELL.test(text)) return "number";
  if (PERCENT_CELL.test(text)) return "percent";
  if (FIGURE_CELL.test(text)) return "figure";
  // Several offices: 市人力资源社会保障局、市教体局、团市委
  if (OFFICE_CELL.test(text) || (/、/u.test(text) && text.split("、").every((part) => !part || OFFICE_CELL.test(part)))) return "office";
  if (MEASURE_CELL.test(text)) return "measure";
  // Words around a figure (新建改扩建12所 · 主体完工9所): a target's or a result's, more than an indicator's name.
  if (FIGURED_CELL.test(text)) return "figured";
  return "text";
}

// How well a cell of each kind stands in a column of each kind; a column may stay empty (0).
const FIT: Record<ColumnKind, Record<CellKind, number>> = {
  no: { number: 5, figure: -9, percent: -9, measure: -9, office: -9, figured: -9, text: -9 },
  title: { number: -9, figure: -5, percent: -9, measure: -2, office: -1, figured: -2, text: 3 },
  text: { number: -3, figure: -1, percent: -1, measure: -1, office: 0, figured: 0, text: 1 },
  measure: { number: -9, figure: -5, percent: -9, measure: 3, office: -3, figured: -3, text: -3 },
  office: { number: -9, figure: -5, percent: -9, measure: -2, office: 3, figured: -3, text: -1 },
  figure: { number: 1, figure: 3, percent: 2, measure: -3, office: -3, figured: 2, text: 0 },
  rate: { number: 0, figure: 1, percent: 4, measure: -3, office: -3, figured: -1, text: -1 },
};

/** The cells of a line split at its runs of spaces, with their offsets. */
function splitCells(text: string): Cell[] {
  const cells: Cell[] = [];
  let current: Cell | null = null;
  for (let i = 0; i < text.length; i++) {
    const space = text[i] === " " || text[i] === "\u3000";
    if (space) current = null;
    else {
      if (!current) cells.push((current = { text: "", at: [] }));
      current.text += text[i];
      current.at.push(i);
    }
  }
  return cells;
}

const joinCells = (a: Cell, b: Cell): Cell => ({ text: a.text + b.text, at: [...a.at, ...b.at] });

/** A header's cells with the names it spaced out joined again: 序 号 → 序号 · 1- 8月… → 1-8月…. */
function headerCells(text: string): Cell[] {
  const out: Cell[] = [];
  // Whether the cell before was spaced out character by character (项 目 内 容).
  let spacedOut = false;
  for (const cell of splitCells(text)) {
    const last = out[out.length - 1];
    const single = /^[\u4e00-\u9fff]$/u.test(cell.text);
    if (last && single && (spacedOut || /^[\u4e00-\u9fff]$/u.test(last.text))) {
      out[out.length - 1] = joinCells(last, cell);
      spacedOut = true;
      continue;
    }
    if (last && /-$/u.test(last.text)) out[out.length - 1] = joinCells(last, cell);
    else out.push(cell);
    spacedOut = false;
  }
  return out;
}

const isColumnName = (name: string) => name.length <= MAX_HEADER_CELL && HEADER_CELL.test(name.replace(MONTHS, ""));

/**
 * The table at line `h` when its header names columns and numbered rows (and their sub-rows)
 * follow: each row's text with its cells between TABs, empty ones included, so that every row
 * has the header's columns. Null when the line opens no such table.
 */
export function raggedTable(lines: readonly { span: Span }[], h: number): { rows: Map<number, Span> } | null {
  const header = headerCells(lines[h]!.span.text);
  if (header.length < MIN_COLUMNS || !/^(?:序号|编号)$/u.test(header[0]!.text) || !header.every((c) => isColumnName(c.text))) return null;
  const names = header.map((c) => c.text);
  const kinds = names.map(columnKind);
  // Where the header names no project column, the project stands after the number; where the
  // project column is followed by figures, a sub-item's name may stand between them (完成征缴基金…).
  const virtual: number[] = [];
  let titleAt = kinds.indexOf("title");
  if (titleAt < 0) {
    kinds.splice(1, 0, "title");
    names.splice(1, 0, "项目");
    virtual.push(1);
    titleAt = 1;
  }
  if (kinds[titleAt + 1] !== "text") {
    kinds.splice(titleAt + 1, 0, "text");
    names.splice(titleAt + 1, 0, "指标");
    virtual.push(titleAt + 1);
  }
  const rows: { k: number; cells: (Cell | null)[] }[] = [];
  let last = 0;
  for (let k = h + 1; k < lines.length; k++) {
    const text = lines[k]!.span.text;
    if (text === "") continue;
    const cells = splitCells(text);
    const numbered = NUMBER_CELL.test(cells[0]!.text) && Number(cells[0]!.text) > last;
    const subRow = !numbered && last > 0 && cells.length >= 2 && /[\u4e00-\u9fff]/u.test(cells[0]!.text) && cells.some((c) => /^\d/u.test(c.text));
    if (!numbered && !subRow) break;
    if (numbered && cells.length < 2) break;
    const placed = place(cells, kinds, numbered);
    if (!placed) break;
    rows.push({ k, cells: placed });
    if (numbered) last = Number(cells[0]!.text);
  }
  if (rows.filter((r) => r.cells[0]).length < 2) return null;
  // A column the header did not name that no row fills is left out.
  const keep = kinds.map((_, j) => !virtual.includes(j) || rows.some((r) => r.cells[j]));
  const out = new Map<number, Span>();
  const headerLine: (Cell | null)[] = [];
  let named = 0;
  kinds.forEach((_, j) => headerLine.push(virtual.includes(j) ? { text: names[j]!, at: [header[0]!.at[0]!] } : header[named++]!));
  out.set(h, tabbed(lines[h]!.span, headerLine.filter((_, j) => keep[j])));
  for (const row of rows) out.set(row.k, tabbed(lines[row.k]!.span, row.cells.filter((_, j) => keep[j])));
  return { rows: out };
}

/**
 * The cells in the columns that fit them best, in order; null where none fits (a cell no
 * column can hold). Extra cells at the end join the last one (a remark with spaces in it).
 * A sub-row leaves the number and project columns empty.
 */
function place(raw: Cell[], kinds: ColumnKind[], numbered: boolean): (Cell | null)[] | null {
  const cells = raw.length <= kinds.length ? raw : [...raw.slice(0, kinds.length - 1), raw.slice(kinds.length - 1).reduce((a, b) => joinCells(joinCells(a, { text: " ", at: [] }), b))];
  const columns = placement(cells.map((c) => c.text), kinds, numbered);
  if (!columns) return null;
  const out = new Array<Cell | null>(kinds.length).fill(null);
  columns.forEach((j, i) => (out[j] = cells[i]!));
  return out;
}

/**
 * The column each cell stands in (as many cells as columns at most), the cells kept in order:
 * the placing whose cells fit their columns best; null where none fits. A numbered row's first
 * two cells are its number and project; a sub-row leaves those two columns empty.
 */
export function placement(texts: readonly string[], kinds: readonly ColumnKind[], numbered: boolean): number[] | null {
  const n = texts.length;
  const m = kinds.length;
  if (n > m) return null;
  const fit = (i: number, j: number) => {
    if (!numbered && (kinds[j] === "no" || kinds[j] === "title")) return -Infinity;
    if (numbered && i === 0) return kinds[j] === "no" ? 5 - j * EARLIER : -Infinity;
    if (numbered && i === 1) return kinds[j] === "title" ? 3 - j * EARLIER : -Infinity;
    // Of columns that fit as well, the earlier: a row with one figure of two states the target.
    return FIT[kinds[j]!][cellKind(texts[i]!)] - j * EARLIER;
  };
  // best[i][j]: the best score of the first i cells in the first j columns.
  const best = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const took = Array.from({ length: n + 1 }, () => new Array<boolean>(m + 1).fill(false));
  for (let j = 0; j <= m; j++) best[0]![j] = 0;
  for (let i = 1; i <= n; i++) {
    for (let j = i; j <= m; j++) {
      const skip = best[i]![j - 1]!;
      const take = best[i - 1]![j - 1]! + fit(i - 1, j - 1);
      best[i]![j] = Math.max(skip, take);
      took[i]![j] = take >= skip && take > -Infinity;
    }
  }
  if (best[n]![m] === -Infinity) return null;
  const out = new Array<number>(n);
  for (let i = n, j = m; i > 0; j--) {
    if (took[i]![j]) out[--i] = j - 1;
  }
  return out;
}

/** The line's span with its cells between TABs, each TAB pointing at the cell after it. */
function tabbed(span: Span, cells: (Cell | null)[]): Span {
  const text: string[] = [];
  const pos: number[] = [];
  let anchor = span.pos[0] ?? 0;
  cells.forEach((cell, j) => {
    if (j > 0) {
      text.push("\t");
      pos.push(anchor);
    }
    for (let c = 0; c < (cell?.text.length ?? 0); c++) {
      const at = cell!.at[c];
      text.push(cell!.text[c]!);
      pos.push(at === undefined ? anchor : span.pos[at]!);
      if (at !== undefined) anchor = span.pos[at]!;
    }
  });
  return { text: text.join(""), pos: Int32Array.from(pos) };
}

// A table drawn one cell per line whose cells a narrow column wrapped over several lines (促进就业 ‖ 创业 ‖ 城镇新增就业5000人，…再就业 ‖
// 1500人，…；开展 ‖ 补贴性职业技能培训3000人次。 ‖ 区人力资源 ‖ 社会保障局 ‖ …): a row's lines are grouped into its cells, in order,
// weighing what each group reads as against its column, and how a column wraps: every line of a cell but its last fills the cell's
// width, and a cell never ends on 、 or ，.
// What a line short of its cell's width costs, where a later line of the cell is wider (it would have been the cell's last).
const SHORT_LINE = -2;
// What a cell that ends on an open mark (、 · ，) costs: the line after it goes on with it.
const OPEN_CELL_END = -3;
// What a line that ends a sentence inside a cell costs (a wrapped cell ends its sentence on its last line).
const SENTENCE_INSIDE = -1;
// A column's lines share its width give or take this share of it, and at least one character.
const WRAP_SLACK = 0.15;
const OPEN_MARK = /[、，,]$/u;
const SENTENCE_MARK = /[。；;]$/u;

// Offices as a plan's table names them, bodies of towns among them: 各镇（街道） · 相关镇 · 区财政局、各镇(街道).
const WRAPPED_OFFICE = new RegExp(`^(?:(?:[\\u4e00-\\u9fff]{1,14}${OFFICE_END}|(?:各|相关|有关)[镇乡](?:街道)?)[)）]?[、,，]?)+$`, "u");

/** What a wrapped cell's text is: a percent among words counts as a figure's words (覆盖率达到92%), a town's body as an office. */
function wrappedKind(text: string): CellKind {
  const kind = cellKind(text);
  if (kind !== "text") return kind;
  if (/\d\s*%/u.test(text)) return "figured";
  return WRAPPED_OFFICE.test(text.replace(/[(（]([^()（）]{1,6})[)）]/gu, "$1")) ? "office" : kind;
}

function wrapScore(lines: string[], kind: ColumnKind): number {
  const widths = lines.map(displayWidth);
  const widest = Math.max(...widths);
  let score = FIT[kind][wrappedKind(lines.join(""))];
  lines.slice(0, -1).forEach((line, k) => {
    if (widths[k]! < widest - Math.max(1, widest * WRAP_SLACK)) score += SHORT_LINE;
    if (SENTENCE_MARK.test(line)) score += SENTENCE_INSIDE;
  });
  if (OPEN_MARK.test(lines[lines.length - 1]!)) score += OPEN_CELL_END;
  return score;
}

/**
 * A row's lines (its number left out) grouped into `kinds.length` cells, each of one line or more, in order, where the row has more
 * lines than cells; null where it has no more.
 */
export function unwrapRow(lines: Span[], kinds: ColumnKind[]): Span[] | null {
  const n = lines.length;
  const m = kinds.length;
  if (n <= m || m === 0) return null;
  const texts = lines.map((l) => l.text.trim());
  // best[j][i]: the best score of the first i lines in the first j cells; from[j][i] where cell j-1 began.
  const best = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-Infinity));
  const from = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(-1));
  best[0]![0] = 0;
  for (let j = 1; j <= m; j++) {
    for (let i = j; i <= n - (m - j); i++) {
      for (let s = j - 1; s < i; s++) {
        if (best[j - 1]![s] === -Infinity) continue;
        const score = best[j - 1]![s]! + wrapScore(texts.slice(s, i), kinds[j - 1]!);
        if (score > best[j]![i]!) [best[j]![i], from[j]![i]] = [score, s];
      }
    }
  }
  if (best[m]![n] === -Infinity) return null;
  const cells: Span[] = [];
  for (let j = m, i = n; j > 0; j--) {
    const s = from[j]![i]!;
    cells.unshift(joinSpans(lines.slice(s, i)));
    i = s;
  }
  return cells;
}

// The halves of a column's name a narrow column wraps: 完成 ‖ 时限 · 牵头 ‖ 单位 · 项目 ‖ 名称 · 目标 ‖ 任务.
const HEAD_PIECE = /^(?:完成|牵头|责任|配合|项目|目标|年度|建设|实施|进展|推进|计划|工作)$/u;
const TAIL_PIECE = /^(?:时限|时间|情况|单位|名称|内容|目标|任务|进度)$/u;

/** A header one cell per line with its names a narrow column wrapped joined again (完成 ‖ 时限 → 完成时限): two pieces that make one name. */
export function unwrapHeader(header: string[]): string[] {
  const out: string[] = [];
  for (const name of header) {
    const last = out[out.length - 1];
    if (last !== undefined && HEAD_PIECE.test(last) && TAIL_PIECE.test(name)) out[out.length - 1] = last + name;
    else out.push(name);
  }
  return out;
}
