// A list with no marks at all: one short line per project, each stating its figure or its name.
// 建设100个口袋公园、10座体育公园。 / 加装农村公路安全护栏4000公里。 / …
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { countFigures } from "../figures-count.ts";
import { statedCount } from "../segment.ts";
import { PROGRAMME_NAME, STATEMENT, levelWord } from "../titles.ts";
import { asWrittenApart, sliceSpan, type Span } from "../text.ts";
import { calledSubject } from "./lead-sentences.ts";

// A line longer than this is a paragraph of prose, not a project's line…
const MAX_LINE = 60;
// …but for one that opens on its project's name in brackets (【稳岗就业】全年城镇新增就业…；发放…): the name is the line's.
const MAX_TAGGED_LINE = 200;
const TAG_LED = /^【[^【】]{2,12}】/u;
const lineLength = (b: Block) => (TAG_LED.test(b.text) ? MAX_TAGGED_LINE : MAX_LINE);
// A line without a figure this short may be a project's name.
const MAX_NAME = 24;
/** A line that may be a project's bare name: short words, no sentence, no date, no column name or signature. */
function isName(text: string): boolean {
  return (
    text.length <= MAX_NAME &&
    /^[\u4e00-\u9fff“"《]/u.test(text) &&
    /[\u4e00-\u9fff]{3}/u.test(text) &&
    !/[。!?！？]$/u.test(text) &&
    // (A question is never a name, whatever follows it: 具体有哪些？小编为你划重点👇)
    !/[?？]/u.test(text) &&
    !ASIDE.test(text) &&
    !COLUMN_NAME.test(text) &&
    !SIGNATURE.test(text)
  );
}

// A line wholly in brackets is an aside: (按得票多少排序)
const ASIDE = /^[(（].*[)）]$/u;
// A table's column names, drawn one per line: 序号 · 项目名称 · 责任单位 · 满意
const COLUMN_NAME = /^(?:序号|编号|项目(?:名称)?|名称|(?:实事)?内容|(?:责任|牵头|配合)单位|完成(?:情况|时限|时间)|进展情况|备注|(?:基本)?满意|不满意|测评等次|民生实事(?:工程|项目)?)$/u;
// Who signs a notice: 区人大常委会办公室 · 县人民政府 · 市发展和改革委员会
const SIGNATURE = /(?:办公室|委员会|人民政府|常委会|管理局|领导小组)$/u;

// A page's menu (人大简介 机构设置: short words set apart) or a link's title it cut (哈尔滨市第十六届人民代表大 ...).
const MENU = /^[\u4e00-\u9fff]{2,6}(?:\s+[\u4e00-\u9fff]{2,6})+$/u;
const CUT_LINK = /(?:\.{2,}|…|⋯)\s*$/u;
const isFurniture = (b: Block): boolean => CUT_LINK.test(b.text) || MENU.test(asWrittenApart(b.paragraph.span));

const PROGRAMME_COUNT = /(?:\d+|[一二三四五六七八九十]+)\s*[项件](?:重点)?(?:民生实事|为民办实事|实事|民生工程)/u;
// A phrase of a list has no sentence end and no colon (a sentence or an introduction breaks it).
const PHRASE_BREAK = /[。;；!?！？:：]/u;
// …where at least this share of the run's phrases are lines of their own.
const PHRASE_SHARE = 2 / 3;
// Fewer lines in a run are a passage of prose, not a list.
const MIN_LINES = 4;

export function lineItems(blocks: Block[]): Structure | null {
  // A line that ends in a colon introduces the list ("…办好5件民生实事。具体包括："), it is no item.
  // A line states its project's figure, or is a project's bare name (中小学校舍建设工程项目).
  // A line that counts the programme (日前确定10项民生实事) is its lede, no project; one that names it, its title.
  const isOwnLine = (b: Block) =>
    (b.type === "body" || b.type === "headline") &&
    b.text.length <= lineLength(b) &&
    !isFurniture(b) &&
    !/[:：]\s*$/u.test(b.text) &&
    !PROGRAMME_COUNT.test(b.text) &&
    !PROGRAMME_NAME.test(b.text) &&
    (countFigures(b.text) > 0 || isName(b.text) || isTask(b.text));
  // A task line with neither figure nor short name (在县(市)全面落实…补助政策) is a line of the list
  // where it stands in a run of phrases (no sentence, no colon) most of which are lines of their own.
  const isPhrase = (b: Block) => (b.type === "body" || b.type === "headline") && b.text.length <= MAX_LINE && !PHRASE_BREAK.test(b.text) && !ASIDE.test(b.text);
  const bridged = new Array<boolean>(blocks.length).fill(false);
  for (let i = 0; i < blocks.length; ) {
    let j = i;
    let own = 0;
    while (j < blocks.length && isPhrase(blocks[j]!)) if (isOwnLine(blocks[j++]!)) own++;
    if (own >= MIN_LINES && own >= (j - i) * PHRASE_SHARE) for (let k = i; k < j; k++) bridged[k] = !PROGRAMME_COUNT.test(blocks[k]!.text) && !PROGRAMME_NAME.test(blocks[k]!.text);
    i = Math.max(j, i + 1);
  }
  const isLine = (b: Block, k: number) => isOwnLine(b) || bridged[k]!;
  // A text that counts its programme's fields (10大类52项 · 8个方面) heads its lines with them:
  // a short line without a figure over figured ones (one of the next three) names a field (着力实现幼有善育).
  const fields = blocks.some((b) => FIELD_COUNT.test(b.text));
  // A short heading between lines (一 生态环境 · 公共交通) names the field of the lines under it.
  // (So does a bulleted heading without a figure over lines without bullets: 🔹着力办好“一老一小” ‖ 新增普惠性托位300个 ‖ ….)
  const isSection = (k: number) => {
    const b = blocks[k]!;
    if (b.type === "marker" && b.marker === "bullet") return b.rest.trim().length <= MAX_SECTION && !/\d/.test(b.rest) && k + 1 < blocks.length && isOwnLine(blocks[k + 1]!) && countFigures(blocks[k + 1]!.text) > 0;
    return b.type === "headline" && b.text.length <= MAX_SECTION && !/\d/.test(b.text) && k + 1 < blocks.length && isLine(blocks[k + 1]!, k + 1) && (!isLine(b, k) || NUMBERED_FIELD.test(b.text) || (fields && b.text.length <= MAX_FIELD && blocks.slice(k + 1, k + 1 + FIELD_REACH).some((x) => /\d/.test(x.text))));
  };
  const isItemLine = (k: number) => isLine(blocks[k]!, k) && !isSection(k);
  const runs: Array<{ from: number; to: number; lines: number }> = [];
  for (let i = 0; i < blocks.length; ) {
    if (!isLine(blocks[i]!, i) && !isSection(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && (isLine(blocks[j]!, j) || isSection(j))) j++;
    let lines = 0;
    for (let k = i; k < j; k++) if (isItemLine(k)) lines++;
    runs.push({ from: i, to: j, lines });
    i = j;
  }
  // Runs each led by a paragraph that counts as many works as the run has lines (8件市级民生实事有序推进，… ‖ 8 lines ‖
  // 10件县级民生实事进展良好，… ‖ 10 lines): the programme told group by group, every group read, each of the level its lead names.
  const counted = runs.filter((r) => r.lines >= MIN_COUNTED_LINES && r.from > 0 && leadCount(blocks[r.from - 1]!) === r.lines);
  const best = runs.reduce<(typeof runs)[number] | null>((b, r) => (!b || r.lines > b.lines ? r : b), null);
  const chosen = counted.length >= 2 && counted.reduce((n, r) => n + r.lines, 0) > (best?.lines ?? 0) ? counted : best && best.lines >= MIN_LINES ? [best] : [];
  if (!chosen.length) return null;
  const items: ItemDraft[] = [];
  for (const run of chosen) {
    let section: string | null = null;
    const level = chosen.length > 1 ? levelWord(blocks[run.from - 1]!.text) : null;
    for (let k = run.from; k < run.to; k++) {
      const b = blocks[k]!;
      if (!isItemLine(k)) {
        section = b.text.replace(/^[一二三四五六七八九十]+[、.\s]*/u, "");
        continue;
      }
      items.push({ no: null, title: lineTitle(b.text), titleSpan: b.paragraph.span, level, section, responsible: [], passages: [{ span: b.paragraph.span, role: null }], list: 0 });
    }
  }
  nameByTags(items, items.map((it) => it.passages[0]!.span));
  return { items, preamble: blocks.slice(0, chosen[0]!.from), lists: 1 };
}

// Fewest lines of a group its lead counts.
const MIN_COUNTED_LINES = 3;
/** The works a group's lead counts in its opening clause (8件市级民生实事有序推进，… · 10项县级实事进展良好，…), or null. */
function leadCount(b: Block): number | null {
  return b.type === "body" || b.type === "headline" ? statedCount(b.text.split(/[。，,；;]/u)[0]!) : null;
}

/**
 * Items that each open on a tag of their own (【稳就业】… ‖ 【优教育】… ‖ …), every tag another, are named by their tags
 * (not by a field's bare word, 【就业】 · 【教育】, where the line names its work; but where most lines tell several works,
 * 【就业】城镇新增就业…；发放创业担保贷款…, the field is what the line is about). `spans` are the items' opening texts.
 */
export function nameByTags(items: ItemDraft[], spans: Array<Span | null>): void {
  const tags = spans.map((span) => (span ? LINE_TAG.exec(span.text)?.[1] ?? null : null));
  const several = spans.filter((span) => span && span.text.split(CLAUSE_BREAK).filter(countsAWork).length >= 2).length * 2 > items.length;
  if (items.length < 2 || !tags.every((t) => t !== null && (t.length >= MIN_WORK_TAG || several)) || new Set(tags).size !== tags.length) return;
  items.forEach((it, n) => {
    const span = spans[n]!;
    const at = span.text.indexOf(tags[n]!);
    it.title = tags[n]!;
    it.titleSpan = sliceSpan(span, at, at + tags[n]!.length);
  });
}

// A line's clauses (城镇新增就业3260人，农村劳动力转移就业5100人；…) each count a work where they hold a figure
// other than a percent (…，完成年度目标任务的120% says how far the clause before it got).
const CLAUSE_BREAK = /[;；,，]/u;
const PERCENT = /\d+(?:\.\d+)?\s*%/gu;
const countsAWork = (clause: string) => countFigures(clause.replace(PERCENT, "")) > 0;

// A tag opening a line: 【稳就业】 · 【便停车】 name a work (three characters or more), 【就业】 · 【教育】 a field.
const LINE_TAG = /^\s*【([^】]{2,12})】/u;
const MIN_WORK_TAG = 3;

// A field numbered in Chinese numerals (一 生态环境 · 二、重点道桥) heads lines; it is never one of them.
const NUMBERED_FIELD = /^[一二三四五六七八九十]+[、.\s]*[\u4e00-\u9fff]{2,8}$/u;
// A section heading over lines is this short: a field's name, not a sentence.
const MAX_SECTION = 12;
// A field the text counts (10大类 · 8个方面 · 5大领域), heading lines of figures, is a phrase this short.
const FIELD_COUNT = /(?:\d+|[一二三四五六七八九十]+)\s*(?:大类|类|个方面|大方面|大领域|个领域)/u;
const MAX_FIELD = 10;
// …over figured lines within this many after it (a field may open on a task or two without a figure).
const FIELD_REACH = 3;
// A line that states a task with no figure: 启动锡澄运河整治工程。 · 开工建设菱湖大桥。 · 竣工飞凤路北延工程。
const TASK = /^(?:启动(?:建设)?|开工(?:建设)?|竣工|建成(?:投运|投用)?|完成|新建|改建|扩建|新增|新辟|实施|推进|改造|打造|建设)[^。;；]{3,40}。$/u;
const isTask = (text: string): boolean => TASK.test(text) && !/[,，]/.test(text);

// What leads into a line before the project itself: a field's tag, 【教育】 · 在教育方面， · 全市 · 全年 · 今年
const LEAD_IN = /^(?:【[^】]{1,8}】\s*)?(?:在[^，,。]{1,10}方面[，,]?|[^，,。]{0,8}是最大的民生。)?(?:全市|全省|全县|全区|全年|今年|我市|我省|我县|我区)?/u;

/** The project as its line states it: its first clause with a figure, after the lead-in (在农村，…), figure kept. */
function lineTitle(text: string): string {
  // A line whose subject is a work it calls a 实事 (学前教育普惠扩容实事提出，新建…) is named by it.
  const called = calledSubject(text) ?? calledSubject(text.replace(LEAD_IN, ""));
  if (called) return called[1]!;
  const clauses = text.replace(LEAD_IN, "").split(/[，,。;；]/u).map((c) => c.trim()).filter(Boolean);
  // (A first clause that names the task in words before the figured clauses that do it, 改善农村办学条件，改造农村中小学校舍2.4万
  // 平方米，…, names it.)
  if (clauses.length > 1 && NAMING_CLAUSE.test(clauses[0]!) && /\d/.test(clauses[1]!)) return clauses[0]!;
  return clauses.find((c) => /\d/.test(c)) ?? clauses[0] ?? text;
}
// A task named in words: a verb of work and what it works on, no figure, no time or place before it (今年 · 全市 · 目前).
const NAMING_CLAUSE = new RegExp(`^(?:切实|全力|着力)?(?:${STATEMENT.source.replace(/^\^/u, "")})[\u4e00-\u9fff“”]{2,12}$`, "u");

// A table a page copied block by block, each project's block opening on the same header cell (地区 ‖ 就业促进工程 ‖ 城镇新增就业(人) ‖
// … ‖ 全市 ‖ 24500 ‖ … ‖ 地区 ‖ 教育提升工程 ‖ …): at least this many blocks.
const MIN_HEADED_BLOCKS = 3;
// The header cell each block repeats: a short word of its own line (地区 · 项目 · 单位).
const HEADER_CELL = /^[\u4e00-\u9fff]{2,6}$/u;
// A line after it that names a body, not a work (市教育局 · 县人民政府 · 民生办): no project's name.
const BODY_NAME = /(?:局|委|办|院|厅|政府|公司|中心|部|站|所)$/u;

/**
 * The projects of a table copied block by block: a header cell repeated at the head of every block, each time before a
 * different name, names the block's project by that line; the block's lines to the next repeat tell it. Null where no cell
 * repeats so, before names all different, MIN_HEADED_BLOCKS times at least.
 */
export function repeatedHeaderItems(blocks: Block[]): Structure | null {
  const repeats = new Map<string, number[]>();
  blocks.forEach((b, k) => {
    const text = b.text.trim();
    if (HEADER_CELL.test(text)) repeats.set(text, [...(repeats.get(text) ?? []), k]);
  });
  const nameAfter = (k: number) => blocks[k + 1]?.text.trim() ?? "";
  const namesWork = (n: string) => isName(n) && countFigures(n) === 0 && !BODY_NAME.test(n);
  let heads: number[] | null = null;
  let cell = "";
  for (const [text, at] of repeats) {
    if (at.length < MIN_HEADED_BLOCKS || (heads && heads.length >= at.length)) continue;
    const names = at.map(nameAfter);
    if (names.every(namesWork) && new Set(names).size === names.length) [heads, cell] = [at, text];
  }
  if (!heads) return null;
  // (The first block's cell may have joined the line above it, the table's own title: …完成情况表地区 ‖ 就业促进工程.)
  const joined = blocks.findIndex((b, k) => k < heads![0]! && b.text.trim().endsWith(cell) && namesWork(nameAfter(k)) && !heads!.some((h) => nameAfter(h) === nameAfter(k)));
  if (joined >= 0) heads = [joined, ...heads];
  const items = heads.map((k, j): ItemDraft => {
    const own = blocks.slice(k + 1, heads![j + 1] ?? blocks.length);
    return { no: null, title: lineTitle(nameAfter(k)), titleSpan: blocks[k + 1]!.paragraph.span, level: null, section: null, responsible: [], passages: own.map((b) => ({ span: b.paragraph.span, role: null })), list: 0 };
  });
  return { items, preamble: blocks.slice(0, heads[0]), lists: 1 };
}
