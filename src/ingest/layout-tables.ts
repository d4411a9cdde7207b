// A table a PDF converter laid out in columns of spaces (pdftotext -layout and its kind), its
// cells wrapped onto the lines below their row:
//
//   序号   项目名称        目标任务                 完成情况                 完成率   责任单位
//    3     城镇老旧小区    改造城镇老旧小区35个，   改造城镇老旧小区35个，   100%     区住房和城乡
//          改造            惠及居民4200户           惠及居民4356户           103.7%   建设局
//
// A line whose number column is empty continues the row above. Each piece of text stands in the
// column of the header cell it is printed under. Each row becomes one line, its cells between
// TABs, each cell's pieces joined in reading order.
import { displayWidth, joinSpans, sliceSpan, trimSpan, type Span } from "./text.ts";

interface Piece {
  /** First and last printed column (half-em units) the piece covers. */
  from: number;
  to: number;
  span: Span;
}

// A row's number: the first piece of a line that opens a row.
const ROW_NUMBER = /^\d{1,3}$/u;
// The fewest rows that make a table, and the fewest columns.
const MIN_ROWS = 2;
const MIN_COLUMNS = 3;
// A line drawn across the table: box-drawing or dashes alone.
const RULE = /^[─━═—\-=＝_＿－]{3,}(?:[ \u3000]+[─━═—\-=＝_＿－]{2,})*$/u;
// A header cell over units of measure, and a cell that is a number alone.
const MEASURE_HEADER = /^(?:计量)?单位$/u;
const BARE_FIGURE = /^\d+(?:\.\d+)?$/u;
// Blank lines a table may hold between two of its lines.
const MAX_BLANKS = 2;

/** Printed width in half-em units: a Chinese character is two, a digit or Latin letter one. */
const units = (text: string): number => 2 * displayWidth(text);

/** The line's runs of text between two or more spaces, each with the printed columns it covers. */
function piecesOf(span: Span, lineText: string, lineStart: number): Piece[] {
  const pieces: Piece[] = [];
  const text = span.text;
  let i = 0;
  while (i < text.length) {
    if (text[i] === " " || text[i] === "\u3000") {
      i++;
      continue;
    }
    let j = i;
    // A single space inside a run is the cell's own (城镇新增就业 6500人); two end it.
    while (j < text.length && !(isBlank(text[j]!) && (j + 1 >= text.length || isBlank(text[j + 1]!)))) j++;
    let end = j;
    while (end > i && isBlank(text[end - 1]!)) end--;
    const from = units(lineText.slice(0, span.pos[i]! - lineStart));
    const piece = { text: text.slice(i, end), pos: span.pos.subarray(i, end) };
    pieces.push({ from, to: from + units(piece.text) - 1, span: piece });
    i = j;
  }
  return pieces;
}

const isBlank = (ch: string) => ch === " " || ch === "\u3000";

/**
 * The table at line `h` (a header whose first cell is 序号 or 编号), when its rows wrap onto lines
 * of their own: the rows as TAB-separated spans by line index, the lines they absorbed as empty
 * spans. Null where the lines hold no such table, or no row wraps (the other spaced readers read it).
 */
export function layoutTable(lines: readonly { span: Span; no: number }[], h: number, clean: string, lineStarts: readonly number[], fragments: number[] = []): Map<number, Span> | null {
  const lineText = (k: number) => {
    const start = lineStarts[lines[k]!.no - 1]!;
    const end = lines[k]!.no < lineStarts.length ? lineStarts[lines[k]!.no]! - 1 : clean.length;
    return { start, text: clean.slice(start, end) };
  };
  const piecesAt = (k: number) => {
    const { start, text } = lineText(k);
    return piecesOf(lines[k]!.span, text, start);
  };
  const header = fragments.length ? withFragments(piecesAt(h), fragments.map(piecesAt)) : piecesAt(h);
  if (header.length < MIN_COLUMNS) return null;
  // The number column ends where the header's second cell begins; a continuation writes nothing before it.
  const numberEnd = header[1]!.from;
  const rows: number[][] = [];
  let blanks = 0;
  let wrapped = false;
  // The last printed column of the rows' numbers so far.
  let numberTo = -1;
  const headerLines: number[] = [];
  // The number of the last row opened.
  let last = 0;
  // A column of units of measure (单位 · 计量单位): the figure cells under it are bare numbers.
  const measured = header.some((p) => MEASURE_HEADER.test(p.span.text));
  for (let k = Math.max(h, ...fragments) + 1; k < lines.length; k++) {
    if (lines[k]!.span.text === "") {
      if (++blanks > MAX_BLANKS) break;
      continue;
    }
    // A rule drawn under the header or between rows (──────) is no row.
    if (RULE.test(lines[k]!.span.text)) continue;
    const pieces = piecesAt(k);
    const first = pieces[0]!;
    const opens = first.from < numberEnd && ROW_NUMBER.test(first.span.text) && pieces.length >= 2;
    // (A header set over its columns' middles starts its second cell right of where the rows' names begin
    // (序号   项目名称 ‖   1   促进城乡就业): a line right under the row that opens right of the rows' numbers,
    // on no number, goes on too; after a blank line it is the text after the table.)
    const continues = rows.length > 0 && (first.from >= numberEnd || (blanks === 0 && first.from > numberTo && !ROW_NUMBER.test(first.span.text)));
    // A line that leaves the project's cell empty and gives a bare number, its unit in a column of its own, is a row of
    // the project's own (1  就业创业促进  城镇新增就业  万人  3.6 ‖ 失业人员再就业  人  9000): no wrapped text, kept a row.
    if (continues && measured && columnOf(first, header) > 1 && pieces.some((p) => BARE_FIGURE.test(p.span.text))) {
      rows.push([k]);
      blanks = 0;
      continue;
    }
    // Before the first row, a line right of the number column is the header's cells wrapped (完成年度 ‖ 目标比例).
    if (rows.length === 0 && blanks === 0 && first.from >= numberEnd && !ROW_NUMBER.test(first.span.text)) {
      headerLines.push(k);
      continue;
    }
    if (opens) {
      numberTo = Math.max(numberTo, first.to);
      const no = Number(first.span.text);
      if (no <= last) break;
      last = no;
      rows.push([k]);
    } else if (continues) {
      rows[rows.length - 1]!.push(k);
      wrapped = true;
    } else break;
    blanks = 0;
  }
  if (rows.length < MIN_ROWS || !wrapped) return null;
  const out = new Map<number, Span>();
  out.set(h, tabbedRow([header, ...headerLines.map(piecesAt)], header));
  for (const k of [...headerLines, ...fragments]) out.set(k, { text: "", pos: new Int32Array(0) });
  for (const row of rows) {
    out.set(row[0]!, tabbedRow(row.map(piecesAt), header));
    for (const k of row.slice(1)) out.set(k, { text: "", pos: new Int32Array(0) });
  }
  return out;
}

/**
 * A header whose short names a narrow column split over the lines above and below its main line (序 ‖ 号 around 项目名称 …, 完成 ‖ 率):
 * each fragment joins the cell it overlaps, or with the fragment over or under it makes a column of its own.
 */
function withFragments(main: Piece[], fragmentLines: Piece[][]): Piece[] {
  const columns = main.map((p) => ({ from: p.from, to: p.to, parts: [p.span] }));
  for (const pieces of fragmentLines) {
    for (const p of pieces) {
      const over = columns.find((c) => p.from <= c.to && p.to >= c.from);
      if (over) {
        over.parts.push(p.span);
        over.from = Math.min(over.from, p.from);
        over.to = Math.max(over.to, p.to);
      } else columns.push({ from: p.from, to: p.to, parts: [p.span] });
    }
  }
  // (The line above reads first: 序 over 号, 完成 over 率.)
  const order = (span: Span) => span.pos[0] ?? 0;
  return columns
    .sort((a, b) => a.from - b.from)
    .map((c) => ({ from: c.from, to: c.to, span: joinSpans([...c.parts].sort((a, b) => order(a) - order(b))) }));
}

/** Whether a line is a header's fragments: two or more pieces of one or two characters (序 … 完成 · 号 … 率). */
export function isHeaderFragment(text: string): boolean {
  const pieces = text.trim().split(/[ \u3000]{2,}/u);
  return pieces.length >= 2 && pieces.every((p) => /^[\u4e00-\u9fff]{1,2}$/u.test(p));
}

/**
 * The column a piece stands in: the header cell it starts nearest to, or is centred nearest under
 * (a converter places cells by the page's coordinates, a typist by eye: a few columns either way).
 */
function columnOf(piece: Piece, header: Piece[]): number {
  const centre = (p: Piece) => (p.from + p.to) / 2;
  let best = 0;
  let bestDistance = Infinity;
  header.forEach((h, j) => {
    const distance = Math.min(Math.abs(piece.from - h.from), Math.abs(centre(piece) - centre(h)));
    if (distance < bestDistance) {
      best = j;
      bestDistance = distance;
    }
  });
  return best;
}

/** One row from its lines' pieces: each column's pieces in reading order, the columns between TABs. */
function tabbedRow(lineRows: Piece[][], header: Piece[]): Span {
  const cells: Span[][] = header.map(() => []);
  for (const pieces of lineRows) for (const p of pieces) cells[columnOf(p, header)]!.push(p.span);
  return tabbedCells(cells, lineRows[0]![0]!.span.pos[0]!);
}

/** One line of cells between TABs, each cell's pieces joined in reading order; `at` anchors a row whose first cells are empty. */
function tabbedCells(cells: Span[][], at: number): Span {
  const parts: Span[] = [];
  cells.forEach((pieces, j) => {
    const anchor = pieces[0]?.pos[0] ?? parts.at(-1)?.pos.at(-1) ?? at;
    if (j > 0) parts.push({ text: "\t", pos: Int32Array.of(anchor) });
    pieces.forEach((piece, n) => {
      // Pieces of one cell on two lines join without a space where Chinese meets Chinese (区人力资源 ‖ 和社会保障局),
      // with one between figures (105.3% ‖ 100%).
      if (n > 0 && !(isHan(pieces[n - 1]!.text.at(-1)!) || isHan(piece.text[0]!))) parts.push({ text: " ", pos: Int32Array.of(piece.pos[0]!) });
      parts.push(piece);
    });
  });
  return joinSpans(parts);
}

const isHan = (ch: string) => /[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef(),;:]/u.test(ch);

// A table drawn as a grid (reStructuredText, a terminal's or a converter's ASCII art), its cells wrapped onto the lines
// of their row between the rules:
//
//   +------+------------+----------------------+
//   | 序号 | 实事名称   | 年度目标任务         |
//   +======+============+======================+
//   | 1    | 促进城乡就 | 城镇新增就业3.2万    |
//   |      | 业创业     | 人；农村劳动力新增…  |
//   +------+------------+----------------------+
//
// Each row becomes one line, its cells between TABs, each cell's pieces joined in reading order.
const GRID_RULE = /^\+(?:[-=]{2,}\+){2,}$/u;
const GRID_ROW = /^\|.*\|$/u;

/** The rows of a grid table whose rule is line `h`, each made one line (the other lines of its row and the rules empty); or null. */
export function gridTable(lines: readonly { span: Span }[], h: number): Map<number, Span> | null {
  const rule = lines[h]!.span.text.trim();
  if (!GRID_RULE.test(rule)) return null;
  const columns = rule.split("+").length - 2;
  const out = new Map<number, Span>();
  let group: number[] = [];
  const rows: number[][] = [];
  let k = h;
  for (; k < lines.length; k++) {
    const text = lines[k]!.span.text.trim();
    if (GRID_RULE.test(text)) {
      if (group.length) rows.push(group);
      group = [];
      out.set(k, { text: "", pos: new Int32Array(0) });
    } else if (GRID_ROW.test(text) && text.split("|").length - 2 === columns) group.push(k);
    else break;
  }
  if (group.length) rows.push(group);
  if (rows.length < MIN_ROWS || columns < MIN_COLUMNS) return null;
  for (const row of rows) {
    out.set(row[0]!, gridRow(row.map((r) => lines[r]!.span), columns));
    for (const r of row.slice(1)) out.set(r, { text: "", pos: new Int32Array(0) });
  }
  return out;
}

/** One line of a grid's row: each column's pieces, line by line, joined as a wrapped cell's are; the cells between TABs. */
function gridRow(spans: Span[], columns: number): Span {
  const cells: Span[][] = Array.from({ length: columns }, () => []);
  for (const span of spans) {
    const bars = [...span.text.matchAll(/\|/gu)].map((m) => m.index!);
    for (let c = 0; c < columns; c++) {
      const piece = trimSpan(sliceSpan(span, bars[c]! + 1, bars[c + 1]!));
      if (piece.text) cells[c]!.push(piece);
    }
  }
  return tabbedCells(cells, spans[0]!.pos[0]!);
}
