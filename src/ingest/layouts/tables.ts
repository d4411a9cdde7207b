// Tables of projects, however the page drew them: pipe rows (with or without edge pipes),
// TAB-separated rows, or one cell per line (序号 / 名称 / 完成情况 / 占全年计划, then
// 1 / 城镇新增就业 / 2.15万人 / 95.6%). All three become rows of cells, read by one reader.
import { appendText, joinSpans, sliceSpan, trimSpan, type Span, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Passage, Structure } from "../draft.ts";
import { LEVEL_MARK, cleanTitle, levelOfMark, nameBeforeTask, splitUnits } from "../titles.ts";
import { MEASURE_UNITS, numeral } from "../markers.ts";
import { columnKind, isOfficeCell, PERCENT_CELL, placement, unwrapHeader, unwrapRow } from "../ragged-tables.ts";

interface Row {
  cells: Span[];
  /** Block index of the row's first cell. */
  at: number;
}

interface Table {
  header: string[];
  rows: Row[];
  /** Block index of the header. */
  at: number;
  /**
   * A column the header does not name, right of the project's, where the rows state what each
   * measures (城镇新增就业(人)) under a project cell merged over several rows; absent where none.
   */
  indicatorCol?: number;
  /** The unit a line above the table gives its money columns (金额单位：万元), where their headers give none. */
  moneyUnit?: string;
}

// A header cell names a column: 序号 · 项目名称 · 年度目标 · 完成情况 · 完成比例 · 责任单位
export const HEADER_CELL = /^(?:序号|编号|项目|名称|内容|实事|事项|目标|计划|任务|完成|进展|进度|实际|比例|比率|占|责任|牵头|备注|单位)|(?:进度|情况|内容|名称|单位|目标|比例|实事|事项|项目|时限|时间|指标|完成数|完成率)$/u;
/** Whether a short line names a table column (序号 · 民生实事 · 完成时限). */
export const isHeaderCell = (text: string): boolean => text.length <= 8 && HEADER_CELL.test(text.replace(/\s+/g, ""));
/** The words a header cell names its column by (read by ragged-tables.ts too). */
export const COLUMN = {
  no: /序号|编号|^No/i,
  title: /项目|实事|名称|内容|事项/,
  target: /目标|计划|任务/,
  // (…and what the months so far did: 1-9月完成投入(万元) · 1—6月完成; not what they spent, 1-6月完成投资（万元）, a money column's.)
  done: /完成情况|推进情况|实施情况|进展|进度|实际|完成(?:数|值|量)|完成$|\d\s*月(?:份)?(?:累计)?完成(?!投资|资金)/u,
  rate: /完成率|比例|比率|占|[%％][)）]?$/u,
  unit: /责任|牵头/,
  measure: /^(?:计量)?单位$/,
  remark: /^备注$/,
  // The level or kind of each project: 类别 (省定 · 市定) · 层级 · 级别. Known so that a spaced header naming it is a
  // header (normalise.ts); no reader takes a figure or a title from it.
  level: /^(?:类别|层级|级别|类型)$/u,
};
// The header of a column of sub-projects: 子项目 · 具体项目.
const SUB_PROJECT = /子项目|具体项目/u;
// Fewest characters in a cell that names a project (a column of 省 · 市 · 县 names levels).
const MIN_NAME_CELL = 3;
// A project cell up to this long is the title as written; a longer one is cut at its first clause.
const MAX_TITLE_CELL = 40;
// …but one longer than this that goes on past a comma (持续改造提升学校操场,改善教育教学环境…) is cut there too.
const MAX_PLAIN_CELL = 24;
// Furthest a one-cell-per-line table's cell may run: longer lines are paragraphs.
export const MAX_LINE_CELL = 60;
// A header cell is short, and a table has at most so many columns.
const MAX_HEADER_CELL = 12;
export const MAX_COLUMNS = 14;
// Furthest its project cell may run, right after the row's number.
const MAX_PROJECT_CELL = 160;
// A group of rows named in a merged cell of its own: 就业促进工程 · 扶贫解困工程.
const GROUP_CELL = /^[\u4e00-\u9fff]{2,10}(?:工程|行动)$/u;
// A row's number in its number column: 12 · 十二.
const NUMBER_CELL = /^(?:\d+|[一二三四五六七八九十]{1,3})$/u;
// A cell that names a row as the sum of others: 合计 · 小计 · 总计 · 教育惠民3个项目合计.
const SUM_CELL = /^(?:合计|小计|总计)|合计$|小计$/u;
// A row heading a group of the table's rows: 一、优化基本公共服务(5件).
const GROUP_ROW = /^[一二三四五六七八九十]+、[^。;；]{2,30}$/u;
// Furthest any cell may run in a row the next row's number closes.
export const MAX_BOUNDED_CELL = 400;

/**
 * Each table of projects the text draws, as a reading: a table drawn with delimiters, else every table drawn one cell
 * per line in turn (a notice may print a table of other work before the programme's: 重点工作责任分解 ‖ … ‖ 民生实事项目责任分解).
 */
export function tableReadings(blocks: Block[]): Array<Structure | null> {
  const delimited = delimitedTable(blocks);
  if (delimited) return [tableItems(blocks, delimited)];
  const out: Array<Structure | null> = [];
  for (let from = 0, table = lineTable(blocks, from); table && out.length < MAX_TABLES; table = lineTable(blocks, from)) {
    out.push(tableItems(blocks, table));
    from = (table.rows.at(-1)?.at ?? table.at) + 1;
  }
  if (!out.length) {
    const unnumbered = unnumberedLineTable(blocks);
    if (unnumbered) out.push(tableItems(blocks, unnumbered));
  }
  return out.length ? out : [null];
}
// The most tables drawn one cell per line read from one text.
const MAX_TABLES = 4;

/** A merged cell's name for the rows under it, past its own numeral: 一、城乡教育提升工程 → 城乡教育提升工程. */
const groupName = (cell: Span): string => cleanTitle(cell.text.replace(/^[一二三四五六七八九十]+、/u, ""));

export function tableItems(blocks: Block[], found?: Table): Structure | null {
  const table = found ?? delimitedTable(blocks) ?? lineTable(blocks);
  if (!table || table.rows.length < 2) return null;
  const col = (re: RegExp) => table.header.findIndex((h) => re.test(h));
  const noCol = col(COLUMN.no);
  // The project column is another than the number's (项目编号 names the number, not the project).
  let titleCol = table.header.findIndex((h, k) => k !== noCol && COLUMN.title.test(h));
  // Without one, the project is the first column after the number's whose cells name something (序号 | 工作任务 | …;
  // not a column of one-character levels, 序号 | 层级 | 工作任务 ‖ 1 | 省 | 新建…), else the one after the number's.
  if (titleCol < 0) {
    const from = noCol >= 0 ? noCol + 1 : 0;
    // (Judged on the rows that fill every column: a row whose leading cell a merged cell above holds is shifted.)
    const full = table.rows.filter((r) => r.cells.length >= table.header.length);
    const names = (k: number) => full.filter((r) => (r.cells[k]?.text.trim().length ?? 0) >= MIN_NAME_CELL).length * 2 > full.length;
    titleCol = table.header.findIndex((_, k) => k >= from && names(k));
    if (titleCol < 0) titleCol = from;
  }
  // Without a column named for rates, a second column of progress whose cells are percents gives them (进展情况 | 进度 ‖
  // 已完工30个… | 83.4%); a table's only column of progress (当前进度 ‖ 95%) tells how far each got.
  const percents = (k: number) => table.rows.filter((r) => PERCENT_CELL.test(r.cells[k]?.text.trim() ?? "")).length * 2 > table.rows.length;
  const progress = table.header.flatMap((h, k) => (k !== titleCol && COLUMN.done.test(h) ? [k] : []));
  const rateCol = [col(COLUMN.rate)].find((k) => k >= 0) ?? (progress.length >= 2 ? (progress.slice(1).find(percents) ?? -1) : -1);
  // Of the columns naming targets, the first whose cells hold figures (年度目标任务 | | ‖ 内容 | 目标值: the 目标值), else the first.
  // (Not a column of money, 年度计划投资（万元）: what the works cost is read with the other money columns, below.)
  // (Nor a column of the steps a work is carried out by, 工作举措及实施计划: its dates and counts of sites are no target.)
  // (Nor a period's milestone, 三季度目标 ‖ 完成改造9所, where the work's own cell states the year's task: 改造…取暖设施12所.)
  const titledFigures = table.rows.filter((r) => /\d/u.test(r.cells[titleCol]?.text ?? "")).length * 2 > table.rows.length;
  const targets = table.header.flatMap((h, k) => (COLUMN.target.test(h) && !STEPS_COLUMN.test(h) && !(titledFigures && PERIOD_TARGET.test(h)) && k !== titleCol && k !== rateCol && !moneyUnit(h, table) ? [k] : []));
  const figured = (k: number) => table.rows.filter((r) => /\d/u.test(r.cells[k]?.text ?? "")).length * 2 >= table.rows.length;
  let targetCol = targets.find(figured) ?? targets[0] ?? -1;
  const doneCols = table.header.flatMap((h, k) => (COLUMN.done.test(h) && k !== rateCol && k !== titleCol ? [k] : []));
  // A period's column and the year's so far (第三季度完成 | 累计完成 | 完成比例): both tell what was done, and the
  // rate is the year's so far. Elsewhere the first column of progress (完成情况) tells what was done.
  const doneCol = doneCols.find((k) => SO_FAR.test(table.header[k]!)) ?? doneCols[0] ?? -1;
  const periodCols = SO_FAR.test(table.header[doneCol] ?? "") ? doneCols.filter((k) => k !== doneCol) : [];
  const unitCol = col(COLUMN.unit);
  // A column of units of measure (单位 · 计量单位), where the figure cells are bare numbers.
  const measureCol = table.header.findIndex((h) => COLUMN.measure.test(h));
  const remarkCol = col(COLUMN.remark);
  // Columns of what the works cost, in a unit the header gives (完成投资（万元） · 计划投资(亿元)), read by no other column.
  const taken = new Set([noCol, titleCol, targetCol, doneCol, rateCol, ...periodCols]);
  const moneyCols = table.header.flatMap((h, k) => {
    const unit = moneyUnit(h, table);
    return !taken.has(k) && unit ? [{ k, unit, role: DONE_MONEY.test(h) ? ("actual" as const) : ("target" as const) }] : [];
  });
  // Where the column of what was done tells how the works look (形象进度 ‖ 完工6处，在建5处) beside a column of money spent,
  // the rate (占年度计划 ‖ 42.2%) is the money's share of the year's plan.
  const spentCol = moneyCols.find((m) => m.role === "actual")?.k ?? -1;
  const rateOfMoney = spentCol >= 0 && rateCol >= 0 && STATUS_COLUMN.test(table.header[doneCol] ?? "");
  // A column naming what each row counts, its unit in brackets (考核指标 ‖ 开工改造小区（个） · 主要任务 ‖ 城镇新增就业（人）):
  // named so, or most of its cells closing on a unit.
  const unitsNamed = (k: number) => {
    const cells = table.rows.map((r) => (r.cells[k]?.text ?? "").replace(/\s+/gu, "")).filter(Boolean);
    return cells.length >= MIN_UNIT_CELLS && cells.filter((c) => MEASURE_IN_NAME.test(c)).length * 2 > cells.length;
  };
  const measureNameCol = table.header.findIndex((h, k) => k !== titleCol && (/指标/u.test(h) || unitsNamed(k)));
  // A column of sub-projects right of the project column (项目名称 | 起止年限 | 子项目 | …): each row
  // is one of them, under the project its merged cell names once for all its rows.
  // (Not one that states their targets too, 子项目及年度目标: the target column, each row's cell under the project's name.)
  const subCol = table.header.findIndex((h, k) => k > titleCol && SUB_PROJECT.test(h) && !COLUMN.target.test(h));
  let group: string | null = null;
  let category: string | null = null;
  // What each project or sub-project is to do (具体内容 · 建设内容), where no column names the target, is its target.
  if (targetCol < 0) targetCol = table.header.findIndex((h, k) => k > (subCol >= 0 ? subCol : titleCol) && k !== rateCol && k !== doneCol && /内容/u.test(h));
  // The unit a column's header gives its bare numbers in brackets (年度计划投入(万元) ‖ 32000 · 完成(个) ‖ 12).
  const headerUnit = (k: number): string => HEADER_UNIT.exec(table.header[k] ?? "")?.[1] ?? "";
  const items: ItemDraft[] = [];
  const digits = table.rows.some((r) => /^\d+$/u.test(r.cells[Math.max(noCol, 0)]?.text.trim() ?? ""));
  const numberCell = (text: string) => (digits ? /^\d+$/u : NUMBER_CELL).test(text);
  for (const row of table.rows) {
    // A row with no number of its own, under a numbered one, is a sub-row of that project:
    // "新增800张困难重度残疾人养护床位 | 810 | 101% |" under "1 | 新增4000张养老床位 | 4385 | 110% |".
    // A sub-row of a table drawn with spaces keeps its empty number and project cells ("\t\t新生儿…筛查\t人次\t2800…").
    const placedSubRow = noCol === 0 && items.length > 0 && row.cells[0]?.text === "" && !row.cells[titleCol]?.text;
    // (A number in Chinese numerals, 一 · 二 · 十, numbers its row as digits do, where no row is numbered in digits: beside
    // digits, 一 · 二 head groups of the rows, 一 | 就业增收 | | ‖ 1 | 促进高质量充分就业 | ….)
    const subRow = placedSubRow || (noCol === 0 && items.length > 0 && !numberCell(row.cells[0]?.text.trim() ?? "") && /[\u4e00-\u9fff]/.test(row.cells[0]?.text ?? ""));
    // A row whose leading cells the table merged with the rows above (大类 | 序号 | 工作任务 … then
    // "2 | 特困供养…"): its number opens it, standing in the number column's place.
    const merged = noCol > 0 && row.cells.length < table.header.length && /^\d+$/.test(row.cells[0]?.text ?? "");
    // (A sub-row whose empty cells the line lost, opening on an indicator and its unit (惠及居民（户） ‖ 1950 ‖ 2012 ‖ 103.2%),
    // starts in the column of indicators.)
    // (So does one that lost the project's cells too, in a table whose column after the project's names its indicators:
    // 项目名称 | 主要指标 | 单位 | 年度目标 | … ‖ 农村劳动力转移就业 ‖ 人 ‖ 12000 ‖ ….)
    const indicatorFirst = subRow && !placedSubRow && titleCol >= 0 && INDICATOR_HEADER.test(table.header[titleCol + 1] ?? "") && row.cells.length <= table.header.length - titleCol - 1;
    const lostCells = indicatorFirst || (subRow && !placedSubRow && measureNameCol > 0 && row.cells.length < table.header.length && MEASURE_IN_NAME.test((row.cells[0]?.text ?? "").replace(/\s+/gu, "")));
    let cells = lostCells ? [...Array<null>(indicatorFirst ? titleCol + 1 : measureNameCol).fill(null), ...row.cells] : subRow && !placedSubRow ? [null, ...row.cells] : merged ? [...Array<null>(noCol).fill(null), ...row.cells] : row.cells;
    // Under a merged project cell, the row's cells start one column early: its years stand where the project's name would.
    if (subCol >= 0 && /^[\d\s\-—–~至年]+$/u.test(cells[titleCol]?.text ?? "")) cells = [...cells.slice(0, titleCol), null, ...cells.slice(titleCol)];
    const cell = (k: number): Span | null => (k >= 0 && k < cells.length && cells[k]?.text ? cells[k]! : null);
    // A row that sums others (合计：4大类9个项目 | 186420 | … · 一、教育惠民 | 教育惠民3个项目合计 | 52300 | …) is no project; where it opens
    // on a group's name, the rows after it are that group's.
    if (row.cells.slice(0, 2).some((c) => SUM_CELL.test(c.text))) {
      if (GROUP_ROW.test(row.cells[0]?.text.trim() ?? "")) category = groupName(row.cells[0]!);
      continue;
    }
    if (subCol >= 0 && cell(titleCol)) group = groupName(cell(titleCol)!);
    // A column of categories left of the numbers (大类 | 序号 | 工作任务 …), its cell merged over its rows: each row's category, named
    // on its first row.
    if (noCol > 0 && !merged && cell(0) && /[\u4e00-\u9fff]{2}/u.test(cell(0)!.text)) category = groupName(cell(0)!);
    // A row that states what it measures is named by it, under the project its merged cell names.
    const indicator = cell(table.indicatorCol ?? -1);
    if (indicator && cell(titleCol)) group = cleanTitle(cell(titleCol)!.text);
    // A placed sub-row is named by its first cell of words (the sub-item's name).
    const titleSpan = indicator ?? cell(subCol >= 0 ? subCol : titleCol) ?? (placedSubRow || lostCells ? (cells.find((c) => c && /[\u4e00-\u9fff]{2}/u.test(c.text)) ?? null) : null);
    if (!titleSpan) continue;
    const noText = (cell(noCol)?.text ?? "").replace(ROW_MARK, "");
    const passages: Passage[] = [];
    // A bare number takes the unit its row gives: the unit column's (人次), else the other figure's (1300人 · 700).
    // …or the one its name gives in brackets (城镇新增就业(人) · 城镇登记失业率(%)).
    const bare = [cell(targetCol), cell(doneCol)].some((c) => !!c && BARE_NUMBER.test(c.text));
    // …or the one a column of indicators gives its row (考核指标 ‖ 开工改造小区（个）).
    const indicatorUnit = MEASURE_IN_NAME.exec((cell(measureNameCol)?.text ?? "").replace(/\s+/gu, ""))?.[1];
    const named = (bare && (MEASURE_IN_NAME.exec(titleSpan.text)?.[1] ?? indicatorUnit)) || "";
    const measure = cell(measureCol)?.text ?? "";
    const target = withUnit(cell(targetCol), measure || headerUnit(targetCol) || unitOf(cell(doneCol)) || named);
    if (target) passages.push({ span: target, role: "target" });
    // Without a target column, the project cell states the target: 新建中小学校3所，新增学位5400个; so it does where the target
    // column states a stage without a figure (三季度目标 ‖ 主体工程完工).
    if ((!target || !/\d/.test(target.text)) && (cell(doneCol) || target) && /\d/.test(titleSpan.text)) passages.push({ span: titleSpan, role: "target" });
    // Sub-rows of a one-cell-per-line table repeat the 完成情况 / 比例 pair after the title.
    const extra = cells.length > table.header.length ? (cells.slice(table.header.length) as Span[]) : [];
    const done = withUnit(cell(doneCol), measure || headerUnit(doneCol) || unitOf(cell(targetCol)) || named || (TITLE_UNIT.exec(titleSpan.text)?.[1] ?? ""));
    const rate = cell(rateCol);
    for (const k of periodCols) {
      const period = withUnit(cell(k), measure || headerUnit(k) || unitOf(cell(targetCol)) || named);
      if (period && /\d/.test(period.text)) passages.push({ span: period, role: "actual" });
    }
    if (done) passages.push({ span: rate && /\d/.test(rate.text) && !rateOfMoney ? joinRate(done, rate) : done, role: "actual" });
    else if (rate && doneCol < 0 && targetCol < 0) passages.push({ span: rate, role: "actual" });
    // A column of what a work costs, its unit in the header (完成投资（万元） ‖ 5860): a figure of the work's, what was spent
    // where the header says it was done, else what is planned.
    for (const { k, unit, role } of moneyCols) {
      const money = withUnit(cell(k), unit);
      if (money && BARE_MONEY.test(money.text)) passages.push({ span: rateOfMoney && k === spentCol && rate && /\d/.test(rate.text) ? joinRate(money, rate) : money, role });
    }
    // A remark that states figures (已解决700人的饮水问题) says what was done besides.
    const remark = cell(remarkCol);
    if (passages.length && remark && /\d/.test(remark.text)) passages.push({ span: remark, role: null });
    for (let k = 0; k + 1 < extra.length; k += 2) passages.push({ span: /\d/.test(extra[k + 1]!.text) ? joinRate(extra[k]!, extra[k + 1]!) : extra[k]!, role: "actual" });
    // A header that names no column of figures (项目内容 · 项目进展情况 under a header the page
    // broke over lines): the row's other cells that state figures are its text.
    if (!passages.length && !cell(targetCol) && !cell(doneCol) && !cell(rateCol)) {
      cells.forEach((c, k) => {
        if (c && k !== noCol && k !== titleCol && k !== unitCol && !STEPS_COLUMN.test(table.header[k] ?? "") && c.text.length > MAX_HEADER_CELL && /\d/.test(c.text)) passages.push({ span: c, role: null });
      });
    }
    // A table whose only figures sit in its title column (项目 | 备注) reads them there.
    if (!passages.length) passages.push({ span: titleSpan, role: null });
    if (subRow) {
      items[items.length - 1]!.passages.push(...passages);
      continue;
    }
    const written = named && MEASURE_IN_NAME.test(titleSpan.text) ? titleSpan.text.replace(MEASURE_IN_NAME, "") : titleSpan.text;
    // (A table with no number column may number its rows in the name's cell: 1.稳定和扩大城镇就业.)
    const ownNumber = numberCell(noText.trim()) ? null : NUMBER_IN_NAME.exec(written);
    const title = ownNumber ? written.slice(ownNumber[0].length) : written;
    items.push({
      no: numberCell(noText.trim()) ? numeral(noText.trim()) : ownNumber ? Number(ownNumber[1]) : items.length + 1,
      // The cell as written: a table's project cell is its title, figures and all.
      // A sentence of a task (将X从560元提高到600元。) is named by what it raises.
      // (A name and its task after a colon, 农村公路建设：新建改造农村公路120公里, is named by the name.)
      title: nameBeforeTask(title) ?? (title.length <= MAX_TITLE_CELL && !TASK_SENTENCE.test(title) && !(title.length > MAX_PLAIN_CELL && /[,，]/u.test(title)) ? title.replace(LEVEL_MARK, "").replace(/[。;；]$/u, "").trim() : taskName(title)),
      titleSpan,
      level: LEVEL_MARK.test(title) ? levelOfMark(LEVEL_MARK.exec(title)![1]!) : null,
      section: subCol >= 0 || table.indicatorCol !== undefined ? group : noCol > 0 ? category : null,
      responsible: unitCol >= 0 ? splitUnits(cell(unitCol)?.text ?? "") : [],
      passages,
      list: 0,
    });
  }
  return { items, preamble: blocks.slice(0, table.at), lists: 1 };
}

// Fewest cells closing on a unit that make a column of measures.
const MIN_UNIT_CELLS = 2;

// A unit of measure in brackets closing a row's name: 城镇新增就业(人) · 完成投资(万元) · 就业率(%); not a phase, (一期).
const MEASURE_IN_NAME = /[(（]((?:万|亿)?(?:(?![一二三四五六七八九十])[\u4e00-\u9fff](?<!期)[\u4e00-\u9fff]?(?<!期)|%|％))[)）]$/u;

// Where a task's sentence turns from what it raises to how far: 将X从574元提高到609元 · X不低于… · X达到….
const TASK_MEASURE = /(?:从|由)[^、,，]{0,8}?\d|提高到|提升到|不低于|不少于|达到/u;
// A project cell that is a task's sentence: it opens on 将 (将X从560元提高到600元).
const TASK_SENTENCE = /^将/u;
// A task's name is at least this long before its measure; shorter, the measure is the name's own word.
const MIN_TASK_NAME = 4;

/** The name of the task a long project cell states: its first clause, without 将 and the measure (将城镇低保补差水平从574元提高到609元 → 城镇低保补差水平). */
function taskName(cell: string): string {
  const clause = cell.split(/[,，;；。]/u)[0]!.replace(/^将(?=[\u4e00-\u9fff])/u, "");
  const measure = clause.search(TASK_MEASURE);
  return cleanTitle((measure >= MIN_TASK_NAME ? clause.slice(0, measure) : clause).replace(/分别$/u, ""));
}

// A column of a period's milestone: 三季度目标 · 上半年目标 · 9月底目标.
const PERIOD_TARGET = /[一二三四1-4]季度|上半年|下半年|\d{1,2}\s*月/u;
// A column of the steps a work is carried out by: 工作举措及实施计划 · 推进措施 · 时间节点 · 进度安排.
const STEPS_COLUMN = /举措|措施|时间节点|进度安排|工作安排/u;
// Numbered rows, at least, for a table's rows without a number to be read as sub-rows missing their first cells.
const MIN_NUMBERED_ROWS = 3;
// A row's number written at the head of its name's cell: 1.稳定和扩大城镇就业 · 10、推进….
const NUMBER_IN_NAME = /^\s*(\d{1,3})\s*[.、．](?!\d)\s*/u;

/** Rows whose cells are split by pipes or TABs; the header is the first row of header words. */
function delimitedTable(blocks: Block[]): Table | null {
  const rows = blocks.map((b, at) => ({ b, at })).filter(({ b }) => b.type === "table");
  if (rows.length < 3) return null;
  // A table drawn with edge pipes opens its first row on one (| 序号 | 项目 |); one drawn without them opens a row on a pipe
  // only where its first cell is empty (类别 | 名称 | … ‖  | 2.提高… : the category merged over the rows under it).
  const edged = /^\s*\|/u.test(rows[0]!.b.paragraph.span.text);
  const split = (b: Block): Span[] => {
    const span = b.paragraph.span;
    const sep = /\t/.test(span.text) && !/\|/.test(span.text) ? "\t" : "|";
    const cells: Span[] = [];
    let from = 0;
    for (let i = 0; i <= span.text.length; i++) {
      if (i === span.text.length || span.text[i] === sep) {
        cells.push(trimSpan(sliceSpan(span, from, i)));
        from = i + 1;
      }
    }
    // Edge pipes leave empty first and last cells.
    if (sep === "|" && cells[0]?.text === "" && edged) cells.shift();
    if (sep === "|" && cells[cells.length - 1]?.text === "") cells.pop();
    return cells;
  };
  // (A column's name is short and no field's label: a page's record above the table, 名 称: | 石门县…完成情况 |, names none.)
  const names = (c: Span) => c.text.length <= MAX_HEADER_CELL && !/[:：]\s*$/u.test(c.text) && HEADER_CELL.test(c.text.replace(/\s+/g, ""));
  const headerRow = rows.find(({ b }) => split(b).filter(names).length >= 2) ?? rows[0]!;
  const header = split(headerRow.b).map((c) => c.text.replace(/\s+/g, ""));
  // A header the page broke over two rows (… | 1-8月实际完成情况 | / 任务完成率 | 备注 |): the
  // next row of column names only goes on with it.
  let headerEnd = headerRow.at;
  const next = rows.find(({ at }) => at > headerRow.at);
  if (next) {
    const under = split(next.b).map((c) => c.text.replace(/\s+/g, ""));
    const cells = under.filter(Boolean);
    if (cells.length && cells.every((c) => HEADER_CELL.test(c) && !/\d/.test(c))) {
      // …or a header whose cells span columns (年度目标任务 | | 完成情况 | | ‖ 内容 | 目标值 | 完成值 | 完成率): each column is
      // named by the spanning cell over it and its own name under it.
      if (under.length === header.length && header.some((h) => h === "")) {
        let over = "";
        header.forEach((h, k) => {
          over = h || (under[k] ? over : "");
          header[k] = over + (h && !under[k] ? "" : under[k]!);
        });
      } else {
        // (Sub-columns of one column of progress, fewer than the header's, where the rows run wider than it (… | 2019年7月进展情况 |
        // 责任单位 ‖ 完成投(筹)资 | 投(筹)资完成率 | 实施情况 ‖ 1 | … | 38000 | 24120 | 63.5% | 6所学校均已开工… | 市教育局): they stand
        // in that column's place.)
        // (Not a header row that goes on with more columns, … | 1-6月实际完成情况 | ‖ 任务完成率 | 备注 |, whose rows run as wide as both.)
        const parent = header.findIndex((h) => PROGRESS_PARENT.test(h));
        const widths = rows.filter(({ at }) => at > next.at).map(({ b }) => split(b).length);
        const wide = widths.filter((w) => w > header.length && w < header.length + cells.length).length * 2 > widths.length;
        if (cells.length >= 2 && parent >= 0 && wide && header.filter((h) => PROGRESS_PARENT.test(h)).length === 1) header.splice(parent, 1, ...cells);
        else header.push(...cells);
      }
      headerEnd = next.at;
    }
  }
  const rule = (r: { cells: Span[] }) => r.cells.every((c) => /^:?-{2,}:?$/.test(c.text) || c.text === "");
  const lines = rows.filter(({ at }) => at > headerEnd).map(({ b, at }) => ({ cells: split(b), at, text: b.text.trim() }));
  // A sub-row of a numbered table whose page left its number and name cells empty, the empty cells lost with the line's leading
  // tabs (1 ‖ 促进城乡就业创业 ‖ 城镇新增就业1.8万人 ‖ … then 农村劳动力转移就业5万人 ‖ 转移就业5.42万人 ‖ 108.4%): its cells
  // stand in the columns after the name's.
  const isNumber = (r: { cells: Span[] }) => NUMBER_CELL.test(r.cells[0]?.text.trim() ?? "");
  const numbered = !!lines[0] && isNumber(lines[0]) && lines.filter(isNumber).length >= MIN_NUMBERED_ROWS;
  if (numbered && COLUMN.no.test(header[0] ?? "") && COLUMN.title.test(header[1] ?? "")) {
    for (const r of lines) {
      const first = r.cells[0];
      if (first && first.text !== "" && !isNumber(r) && r.cells.length >= 2 && r.cells.length <= header.length - 2) {
        r.cells = [sliceSpan(first, 0, 0), sliceSpan(first, 0, 0), ...r.cells];
      }
    }
  }
  const body = ruledRows(lines, rule).filter((r) => !rule(r));
  const unitLine = blocks.slice(Math.max(0, headerRow.at - UNIT_LINE_REACH), headerRow.at).map((b) => MONEY_UNIT_LINE.exec(b.text.trim())?.[1]).find(Boolean);
  return { header, rows: wrappedRows(joinBrokenRows(body, header.length), header), at: headerRow.at, ...(unitLine ? { moneyUnit: unitLine } : {}) };
}

// A column of progress that sub-columns may split: 2019年7月进展情况 · 完成情况 · 推进情况.
const PROGRESS_PARENT = /进展情况|完成情况|推进情况|执行情况/u;

// Fewest numbered rows whose wrapped lines are read as wraps: a pattern, not a coincidence of two rows.
const MIN_WRAPPED_ROWS = 3;
// A cell that is a figure alone (5.2 · 139.1% · 1360): a column of data, whose lines are rows of their own.
const BARE_FIGURE = /^[\d.,，]+\s*[%％]?$/u;

/**
 * Rows a page wrapped inside their cells, each numbered row followed by one line that leaves the number
 * empty and goes on with its cells (1 | 城乡供水提质 | 新建…受益人 | 县水利局 | 2024年 ‖ | 工程 | 口2.8万人 |
 * 县水务集团 | 12月底): every numbered row has exactly one such line under it, most of them going on with
 * the project's name, and no column holds a figure alone on both lines. Each line is joined, cell by cell,
 * to its row. (Not a table whose unnumbered lines are a project's further indicators, 2 | 通水泥路 | 公里 |
 * 1360 ‖ | 提质改造农村公路 | 公里 | 168: their figures stand alone in their columns.)
 */
function wrappedRows(rows: Row[], header: string[]): Row[] {
  const no = header.findIndex((h) => COLUMN.no.test(h));
  const title = header.findIndex((h) => COLUMN.title.test(h));
  if (no < 0 || title < 0 || rows.length < 2 * MIN_WRAPPED_ROWS || rows.length % 2) return rows;
  const cell = (r: Row, k: number) => r.cells[k]?.text ?? "";
  const pairs = rows.flatMap((r, k) => (k % 2 === 0 ? [[r, rows[k + 1]!] as const] : []));
  const wrapped = pairs.every(
    ([row, line]) =>
      /^\d{1,3}$/u.test(cell(row, no)) && cell(line, no) === "" && line.cells.length === row.cells.length && !row.cells.some((c, k) => BARE_FIGURE.test(c.text) && BARE_FIGURE.test(cell(line, k))),
  );
  if (!wrapped || pairs.filter(([, line]) => cell(line, title) !== "").length * 2 < pairs.length) return rows;
  return pairs.map(([row, line]) => ({ ...row, cells: joinedCells(row.cells, line.cells) }));
}

/**
 * A row's cells with the line that wraps them, cell by cell: each goes on in the line's cell below it. A unit's name on each
 * line is two units (县水利局 ‖ 县水务集团); a name that goes on is one (县文化和广电旅游 ‖ 体育局).
 */
function joinedCells(cells: Span[], wrapped: Span[]): Span[] {
  const join = (c: Span, next: Span) => (isOfficeCell(c.text) && isOfficeCell(next.text) ? joinSpans([appendText(c, "、"), next]) : joinSpans([c, next]));
  return cells.map((c, k) => (wrapped[k]!.text ? (c.text ? join(c, wrapped[k]!) : wrapped[k]!) : c));
}

/**
 * The rows of a table that rules a line under each row (├──┼──┤): a line without a rule above it and
 * without a number of its own is the row above wrapped inside its cells (宫颈癌1.26万人、 ‖ 乳腺癌1.24万人),
 * each cell joined to the one above it. Rows of a table ruled only under its header stay as they are.
 */
function ruledRows<R extends { cells: Span[]; at: number; text: string }>(lines: R[], rule: (r: R) => boolean): R[] {
  const data = lines.filter((r) => !rule(r));
  const ruledUnder = lines.filter((r, k) => !rule(r) && !!lines[k + 1] && rule(lines[k + 1]!)).length;
  if (data.length < 2 || ruledUnder * 2 < data.length) return lines;
  const out: R[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    const wrapped = !rule(line) && !!above && !rule(above) && line.cells[0]?.text === "" && line.cells.length === above.cells.length;
    if (!wrapped) out.push(line);
    else out[out.length - 1] = { ...above, cells: joinedCells(above.cells, line.cells) };
  }
  return out;
}

/**
 * The header of a table drawn one cell per line, where block `h` opens one: from 序号 to the first
 * row's number, three or more cells of which name columns (分管领导 or 1-11月推进情况 may stand
 * among them); null where none opens there.
 */
export function lineTableHeader(blocks: Block[], h: number): { header: string[]; end: number; groupsLeft: boolean } | null {
  if (!COLUMN.no.test(blocks[h]!.text.replace(/\s+/g, ""))) return null;
  let end = h + 1;
  while (end < blocks.length && end - h < MAX_COLUMNS && blocks[end]!.text.length <= MAX_HEADER_CELL && !/^\d+$/.test(blocks[end]!.text.trim())) end++;
  // A header cell that only gives the unit of the one before it ((%) under 完成目标) is part of it.
  const header = blocks
    .slice(h, end)
    .map((b) => b.text.replace(/\s+/g, ""))
    .reduce<string[]>((out, name) => (out.length && /^[(（][^()（）]{1,4}[)）]$/u.test(name) ? [...out.slice(0, -1), out[out.length - 1]! + name] : [...out, name]), []);
  // The name of the first group of rows, in a column left of the number's, stands last (就业促进工程).
  const groupsLeft = header.length > 3 && GROUP_CELL.test(header[header.length - 1]!) && !isHeaderCell(header[header.length - 1]!);
  if (groupsLeft) header.pop();
  // 序号 and at least two more column names (满意 · 测评等次 may stand among them), or three in all.
  if (header.length < 3 || header.filter((cell) => isHeaderCell(cell)).length < 2) return null;
  return { header, end, groupsLeft };
}

/**
 * Rows a page broke inside a cell (3 | 省重点 | 农村适龄妇女“两癌”免费检查 | 宫颈癌筛查 ‖ （人） | 52000 | …):
 * a row short of the header's cells and the line after it, which opens on no row number, make one row
 * where their cells, the broken one counted once, are as many as the header's.
 */
function joinBrokenRows(rows: Array<Row & { text: string }>, width: number): Row[] {
  // Where rows close on a pipe, a row broken inside a cell leaves its line open and the next line's unopened.
  const closed = rows.filter((r) => r.text.endsWith("|")).length * 2 > rows.length;
  const out: Row[] = [];
  for (let k = 0; k < rows.length; k++) {
    const { text, ...row } = rows[k]!;
    const next = rows[k + 1];
    const broken = !closed || (!text.endsWith("|") && !!next && !next.text.startsWith("|"));
    if (next && broken && row.cells.length < width && !/^\d{1,3}$/u.test(next.cells[0]?.text ?? "") && row.cells.length + next.cells.length - 1 === width) {
      out.push({ cells: [...row.cells.slice(0, -1), joinSpans([row.cells[row.cells.length - 1]!, next.cells[0]!]), ...next.cells.slice(1)], at: row.at });
      k++;
    } else out.push(row);
  }
  return out;
}

// A line that opens on its label, after a table: 附件：… · 来源：… · 备注：…
const LABELLED_LINE = /^[\u4e00-\u9fff]{2,4}\s*[:：]/u;

// A line wholly in brackets: （此件公开发布） · (完)
const BRACKETED_NOTE = /^\s*[（(][^（）()]*[)）]\s*$/u;

// Fewest rows an unnumbered table drawn one cell per line holds: its fixed width is the only mark of its rows.
const MIN_UNNUMBERED_ROWS = 3;

/**
 * A table drawn one cell per line without a number column (a statistical bulletin's 表8: 项目 ‖ 计量单位 ‖ 年度目标 ‖ 完成数 ‖
 * 完成率(%) ‖ 城镇新增就业 ‖ 人 ‖ 20000 ‖ …): a header that opens on the project's column and names two more, then rows of
 * exactly as many lines, each opening on a name and holding a number, three rows at least; null where there is none.
 */
function unnumberedLineTable(blocks: Block[]): Table | null {
  const short = (b: Block | undefined) => !!b && b.text.trim().length > 0 && b.text.length <= MAX_LINE_CELL && b.type !== "label";
  for (let h = 0; h < blocks.length; h++) {
    const first = blocks[h]!.text.replace(/\s+/g, "");
    if (!COLUMN.title.test(first) || !isHeaderCell(first) || COLUMN.no.test(first)) continue;
    let end = h + 1;
    while (end < blocks.length && end - h < MAX_COLUMNS && isHeaderCell(blocks[end]!.text.replace(/\s+/g, "").replace(/[(（][^()（）]{1,4}[)）]$/u, ""))) end++;
    const header = blocks.slice(h, end).map((b) => b.text.replace(/\s+/g, ""));
    if (header.length < 3) continue;
    const rows: Row[] = [];
    for (let i = end; i + header.length <= blocks.length; i += header.length) {
      const cells = blocks.slice(i, i + header.length);
      const named = /[\u4e00-\u9fff]{2}/u.test(cells[0]!.text) && !/^[\d.]+$/u.test(cells[0]!.text.trim());
      if (!cells.every(short) || !named || !cells.slice(1).some((c) => /\d/u.test(c.text)) || cells.slice(1).some((c) => isHeaderCell(c.text) && COLUMN.title.test(c.text))) break;
      rows.push({ cells: cells.map((c) => c.paragraph.span), at: i });
    }
    if (rows.length >= MIN_UNNUMBERED_ROWS) return { header, rows, at: h };
  }
  return null;
}

/** A table drawn one cell per line: a run of header words, then rows that open with 1, 2, 3 … */
function lineTable(blocks: Block[], from = 0): Table | null {
  const short = (b: Block | undefined) => !!b && b.text.length <= MAX_LINE_CELL && b.type !== "label";
  for (let h = from; h < blocks.length; h++) {
    const head = lineTableHeader(blocks, h);
    if (!head) continue;
    const { header, end, groupsLeft } = head;
    const namedAfterNumber = COLUMN.title.test(header[1] ?? "");
    const rows: Row[] = [];
    let i = end;
    // A row of the table's own that heads a group of rows (一、优化基本公共服务(5件)) stands before rows, not in one.
    const groupRow = (k: number) => !!blocks[k] && GROUP_ROW.test(blocks[k]!.text.trim());
    while (groupRow(i)) i++;
    // A progress table may list only some rows: its numbers start where they start, and run on.
    // Positions in a row (0 its number) where the rows the next number closed had long cells.
    const longCells = new Set<number>();
    let expected = Number(/^\d{1,3}$/u.exec(blocks[i]?.text.trim().replace(ROW_MARK, "") ?? "")?.[0] ?? 1);
    while (i < blocks.length && isRowNumber(blocks[i], expected)) {
      const cells: Span[] = [blocks[i]!.paragraph.span];
      // A row runs to the next row's number when it comes within a few short cells (a cell
      // may hold several lines: three 责任单位, or a second task of the same row).
      // The cell after the row's number, the project, may run long (a whole sentence of work).
      // A long cell of the last row stands where the rows above had one (项目内容 of a page cut mid-row).
      const cellAt = (k: number) =>
        short(blocks[k]) ||
        (k === i + 1 && !!blocks[k] && blocks[k]!.text.length <= MAX_PROJECT_CELL && blocks[k]!.type !== "label") ||
        (longCells.has(k - i) && !!blocks[k] && blocks[k]!.text.length <= MAX_BOUNDED_CELL && blocks[k]!.type !== "label");
      // Between a row's number and the next row's, any cell may run long (项目内容 · 项目进展情况).
      const boundedCell = (k: number) => !!blocks[k] && blocks[k]!.text.length <= MAX_BOUNDED_CELL && blocks[k]!.type !== "label";
      let nextRow = i + 1;
      // (Where the project's column follows the number's, a row's number is followed by its name: a figure cell that happens to be the
      // next number, 满意 33 ‖ 基本满意 2 ‖ 2 ‖ 老旧供热管网改造, is no row's number.)
      const nextNumber = (k: number) => isRowNumber(blocks[k], expected + 1) && (!namedAfterNumber || !/^[\d.%\s]*$/u.test(blocks[k + 1]?.text ?? "x"));
      const opensNext = (k: number) => nextNumber(k) || (groupRow(k) && isRowNumber(blocks[k + 1], expected + 1));
      while (nextRow < blocks.length && nextRow - i <= 2 * header.length && boundedCell(nextRow) && !opensNext(nextRow)) nextRow++;
      const bounded = opensNext(nextRow);
      let j = i + 1;
      while (j < blocks.length && (bounded ? j < nextRow : cellAt(j)) && !nextNumber(j)) {
        // The last row ends where a sentence begins (the closing text after the table); a cell
        // of the row itself may end in 。 (新建公办园5所，新增学位1000个。).
        // So does a labelled line after the last row's cells (附件：…清单.pdf · 来源：…),
        // a line that leads into what follows (2025年，…办好五大民生实事，具体如下：), and another table's header.
        // So does a note wholly in brackets, once the row is full: （此件公开发布）.
        if (!bounded && (/[。：:]$/u.test(blocks[j]!.text) || LABELLED_LINE.test(blocks[j]!.text) || BRACKETED_NOTE.test(blocks[j]!.text)) && cells.length >= header.length) break;
        if (!bounded && cells.length >= header.length && lineTableHeader(blocks, j)) break;
        cells.push(blocks[j]!.paragraph.span);
        j++;
      }
      if (bounded) cells.forEach((c, k) => c.text.length > MAX_LINE_CELL && longCells.add(k));
      // …and so does the next group's name, closing the row above its first row (…超额完成 / 扶贫解困工程 / 16).
      if (groupsLeft && cells.length > 2 && GROUP_CELL.test(cells[cells.length - 1]!.text)) cells.pop();
      rows.push({ cells, at: i });
      expected++;
      i = j;
      if (groupRow(i) && isRowNumber(blocks[i + 1], expected)) i++;
    }
    if (rows.length < 2) continue;
    // (Under a column of indicators, rows longer than the header that most split into whole sub-rows, each opening on its
    // indicator, hold sub-rows, not wrapped cells: 主要指标 ‖ 单位 ‖ 年度目标 ‖ … then 农村劳动力转移就业 ‖ 人 ‖ 12000 ‖ ….)
    const indicators = header.some((name) => INDICATOR_HEADER.test(name));
    const split = rows.map((r) => withSubRows(r, header.length, indicators));
    const longer = rows.filter((r) => r.cells.length > header.length).length;
    if (indicators && longer > 0 && split.filter((s) => s.length > 1).length * 2 > longer) return placeRagged({ header, rows: split.flat(), at: h });
    return placeRagged(unwrapped({ header, rows, at: h }) ?? { header, rows: split.flat(), at: h });
  }
  return null;
}

/**
 * A one-cell-per-line table whose cells a narrow column wrapped over lines (促进就业 ‖ 创业 ‖ …): where most rows have more lines than
 * the header has columns (its own names joined again, 完成 ‖ 时限), or some do under a header whose own names wrapped, each such
 * row's lines grouped into its cells (unwrapRow); null where most rows fit the header (a row longer than it holds sub-rows,
 * withSubRows).
 */
function unwrapped(table: Table): Table | null {
  const header = unwrapHeader(table.header);
  // (Offices in charge a line each, 市教育局 ‖ 浔阳区政府, are one cell's lines of their own kind, no column's wrapping.)
  const joined = table.rows.map(withOfficesJoined);
  const longer = joined.filter((r) => r.cells.length > header.length).length;
  // (Where the header's own names wrapped, 牵头 ‖ 单位, its narrow columns wrap the rows' cells too, however few rows are longer.)
  if (longer * 2 <= joined.length && (longer === 0 || header.length === table.header.length)) return null;
  const kinds = header.slice(1).map(columnKind);
  const rows = joined.map((r) => {
    const cells = r.cells.length > header.length ? unwrapRow(r.cells.slice(1), kinds) : null;
    return cells ? { cells: [r.cells[0]!, ...cells], at: r.at } : r;
  });
  return { ...table, header, rows };
}

/**
 * A one-cell-per-line table whose rows leave out the cells the page merged over several rows
 * (市级牵头责任单位 named once for seven rows): each row's cells placed in the columns that
 * fit them best (ragged-tables.ts), where some row has fewer cells than the header names. A
 * row with one cell more than that, right after its project, states what it measures.
 */
function placeRagged(whole: Table): Table {
  const width = whole.header.length;
  const table = { ...whole, rows: whole.rows.map(withOfficesJoined) };
  // Sub-rows (withSubRows) are rows of their own already.
  const numbered = table.rows.every((r) => /^\d{1,3}$/u.test(r.cells[0]?.text.trim().replace(ROW_MARK, "") ?? ""));
  if (!numbered || !table.rows.some((r) => r.cells.length < width) || table.rows.some((r) => r.cells.length > width + 1)) return table;
  const kinds = table.header.map(columnKind);
  const titleAt = kinds.indexOf("title");
  if (titleAt < 0 || kinds.indexOf("no") !== 0) return table;
  const indicatorCol = table.rows.some((r) => r.cells.length > width) && kinds[titleAt + 1] !== "text" ? titleAt + 1 : -1;
  if (indicatorCol >= 0) kinds.splice(indicatorCol, 0, "text");
  const rows: Row[] = [];
  for (const row of table.rows) {
    const columns = placement(row.cells.map((c) => c.text), kinds, true);
    if (!columns) return table;
    const empty = sliceSpan(row.cells[0]!, 0, 0);
    const cells = new Array<Span>(kinds.length).fill(empty);
    columns.forEach((j, i) => (cells[j] = row.cells[i]!));
    rows.push({ cells, at: row.at });
  }
  if (indicatorCol < 0) return { ...table, rows };
  return { header: [...table.header.slice(0, indicatorCol), "", ...table.header.slice(indicatorCol)], rows, at: table.at, indicatorCol };
}

/** The row with the offices in charge of it, a line each (市教育局 ‖ 市住房和城乡建设局), as one cell (市教育局、市住房和城乡建设局). */
function withOfficesJoined(row: Row): Row {
  const cells: Span[] = [];
  // (Not onto the last line of an office a narrow column wrapped, 市人力资 ‖ 源和社会 ‖ 保障局: the lines before it are its own.)
  const wrapTail = (k: number) => {
    const [before, prev, last] = [cells[k - 2], cells[k - 1], cells[k]!];
    if (!prev || isOfficeCell(prev.text)) return false;
    return isOfficeCell(prev.text + last.text) || (!!before && !isOfficeCell(before.text) && isOfficeCell(before.text + prev.text + last.text));
  };
  for (const cell of row.cells) {
    const last = cells[cells.length - 1];
    if (last && isOfficeCell(cell.text) && isOfficeCell(last.text.split("、").at(-1)!) && !wrapTail(cells.length - 1)) cells[cells.length - 1] = joinSpans([appendText(last, "、"), cell]);
    else cells.push(cell);
  }
  return { ...row, cells };
}

// A row's number may carry a mark its table explains below (9* · 12※: a project added this year).
const ROW_MARK = /[*＊※]$/u;

/** Whether a line is row number `n` of a one-cell-per-line table (12, or 12* with a mark). */
function isRowNumber(block: Block | undefined, n: number): boolean {
  return !!block && block.text.trim().replace(ROW_MARK, "") === String(n);
}

/**
 * A row of a one-cell-per-line table that goes on with whole sub-rows without their number
 * (名称 / 完成情况 / 比例 again): the row, then each sub-row as a row of its own, which
 * tableItems joins to the project above it.
 */
function withSubRows(row: Row, columns: number, indicators = false): Row[] {
  const extra = row.cells.slice(columns);
  const named = (c: Span) => /[\u4e00-\u9fff]{2}/u.test(c.text) && !/^\d/.test(c.text);
  // (Under a column of indicators, sub-rows may lack more than their number: the project's name and its offices, merged over them,
  // leave indicator ‖ unit ‖ target ‖ done ‖ rate, each sub-row opening on its indicator and holding a figure.)
  const fits = (width: number, figured: boolean) =>
    width >= 2 && extra.length > 0 && extra.length % width === 0 && extra.every((c, k) => k % width !== 0 || (named(c) && (!figured || extra.slice(k + 1, k + width).some((x) => /\d/u.test(x.text)))));
  const width = fits(columns - 1, false) ? columns - 1 : indicators ? [columns - 2, columns - 3].find((w) => fits(w, true)) : undefined;
  if (width === undefined) return [row];
  const rows: Row[] = [{ cells: row.cells.slice(0, columns), at: row.at }];
  for (let k = 0; k < extra.length; k += width) rows.push({ cells: extra.slice(k, k + width), at: row.at });
  return rows;
}

// A column of what each row measures, or of the works a row breaks into: 主要指标 · 指标名称 · 具体工作 · 子项.
const INDICATOR_HEADER = /指标|具体(?:工作|任务|内容)|子项/u;

// A figure's unit in a project cell: 新增4000张养老床位 → 张 · 改造老旧小区40个 → 个
const TITLE_UNIT = /\d+(?:\.\d+)?\s*((?:万|亿)?(?:平方米|公里|万元|亿元|人次|[\u4e00-\u9fff]))/u;

const BARE_NUMBER = /^\d+(?:\.\d+)?$/u;

/** A bare number in a figure cell (4385) with `unit` (its row's: 新增4000张… → 张); other cells as they are. */
function withUnit(cell: Span | null, unit: string): Span | null {
  if (!cell || !unit || !BARE_NUMBER.test(cell.text)) return cell;
  return appendText(cell, unit);
}

/** The unit of a cell that is one figure (1300人 → 人), else "". */
function unitOf(cell: Span | null): string {
  return /^\d+(?:\.\d+)?(?:万|亿)?([\u4e00-\u9fff]{1,3})$/u.exec(cell?.text ?? "")?.[1] ?? "";
}

// A header over what the works cost: 完成投资（万元） · 年度投资(亿元) · 总投资（万元）.
const MONEY_HEADER = /投(?:[(（]筹[)）])?资|资金/u;
/**
 * The unit a header of a money column names (年度计划投资（万元） → 万元 · 完成投资(亿元)), else the one the table's unit line gives
 * (金额单位：万元 ‖ … | 年度计划投资 | 完成投(筹)资 |), or undefined for another column.
 */
const moneyUnit = (h: string, table?: Table): string | undefined => (MONEY_HEADER.test(h) ? (MEASURE_IN_NAME.exec(h.replace(/\s+/gu, ""))?.[1] ?? table?.moneyUnit) : undefined);
// A line above a table that gives its money's unit: 金额单位：万元 · 单位：万元 · 资金单位:亿元.
const MONEY_UNIT_LINE = /^(?:[\u4e00-\u9fff]{2})?单位\s*[:：]\s*((?:万|亿)?元)\s*\|?\s*$/u;
// How far above a table's header its unit line may stand.
const UNIT_LINE_REACH = 3;
// A column of how the works look, not of figures done: 形象进度 · 工程形象进度 · 实施情况.
const STATUS_COLUMN = /形象进度|实施情况/u;
// …what was spent, not planned: 完成投资 · 实际投资 · 累计投资.
const DONE_MONEY = /完成|实际|累计|到位|拨付/u;
// A unit in brackets closing a column's header: (万元) · （个） · (公里); not a share (%), which is a rate's.
const HEADER_UNIT = new RegExp(`[(（]\\s*((?:万|亿|千)?(?:${MEASURE_UNITS}))\\s*[)）]\\s*$`, "u");
// A money cell as read with its unit: 5860万元.
const BARE_MONEY = /^\s*\d+(?:\.\d+)?\s*(?:万|亿)?元\s*$/u;

// A column of what was done so far in the year, beside one of a period's (累计完成 · 1-9月累计).
const SO_FAR = /累计/u;
// A 完成率 cell of several percents, one per figure of its row (105.3% 100%), and the clauses of an achievement cell.
const RATES_IN_CELL = /\d+(?:\.\d+)?%/gu;
const CLAUSE_END = /[,，;；]/gu;
const LIST_END = /[,，;；、]/gu;

/** A 完成率 cell reads as "…,完成率X%" after the achievement it rates; a cell of several rates, after each clause. */
function joinRate(done: Span, rate: Span): Span {
  const rates = allMatches(rate.text, RATES_IN_CELL);
  const endsAt = (re: RegExp) => allMatches(done.text.replace(/[。；;]$/u, ""), re).map((m) => m.index!);
  // Clauses parted by commas, else by 、 where each piece states a figure of its own (建成健身路径108条、多功能运动场10个 ‖ 108%、100%).
  const pieceFigures = (ends: number[]) => [0, ...ends.map((e) => e + 1)].every((start, k) => /\d/u.test(done.text.slice(start, ends[k] ?? done.text.length)));
  const ends = [endsAt(CLAUSE_END), endsAt(LIST_END)].find((e) => e.length + 1 === rates.length && pieceFigures(e)) ?? endsAt(CLAUSE_END);
  // 新改建农村公路158公里,改造危桥10座 ‖ 105.3% 100%: one rate per clause, in order.
  // (The rates may stand between marks of their own: 80%；80% · 42%、55%.)
  if (rates.length > 1 && rates.length === ends.length + 1 && rate.text.replace(RATES_IN_CELL, "").replace(/[；;、,，\s]/gu, "") === "") {
    const clauses = [0, ...ends.map((e) => e + 1)].map((start, k) => sliceSpan(done, start, k < ends.length ? ends[k]! : done.text.replace(/[。；;]$/u, "").length));
    return joinSpans(clauses.flatMap((clause, k) => [appendText(clause, ",完成率"), appendText(sliceSpan(rate, rates[k]!.index!, rates[k]!.index! + rates[k]![0].length), k < clauses.length - 1 ? ";" : "")]));
  }
  // A cell that closes its sentence (建成12所。) would keep its rate out of it.
  const end = /[。；;]$/u.test(done.text) ? done.text.length - 1 : done.text.length;
  // A column of percents may write them bare (完成目标(%) · 123.4).
  return joinSpans([appendText(sliceSpan(done, 0, end), ",完成率"), BARE_NUMBER.test(rate.text) ? appendText(rate, "%") : rate]);
}
