// Sentence → figures: numbers with their units (Arabic or Chinese numerals), the
// completion rates stated after them, and whether each is a target or an achievement.
import type { MetricRole } from "./model.ts";
import { markCodes, SENTENCE_END_MARKS, allMatches } from "./text.ts";
import { numeral } from "./markers.ts";

export interface Figure {
  value: number;
  unit: string;
  label: string;
  /** Character range of the number and unit in the text read. */
  start: number;
  end: number;
  rate: number | null;
  role: MetricRole | null;
  kind: "count" | "percent" | "points";
}

// Units of the genre, longest first so 万人次 wins over 万人 and 个百分点 over 个.
const UNITS = [
  "个百分点", "百分点", "平方公里", "平方米", "立方米", "万千瓦", "千瓦时", "千瓦", "兆瓦",
  "元/人/月", "元/人/年", "元/人·月", "元/人·年", "元/人月", "元/人年", "元/人", "元/月", "元/年", "元/吨", "元/平方米", "吨/日", "吨/天", "立方米/日", "立方米/天", "m²", "㎡",
  "人次", "场次", "批次", "户次", "车次", "架次", "课时", "学时", "公里", "千米", "公顷", "床位",
  // 12个班 (classes a school sets), not 3个班子 (a leadership team)
  "个班(?![子次])",
  "人", "名", "位", "户", "所", "个", "家", "座", "处", "条", "台", "套", "份", "种", "批", "次",
  "场", "例", "颗", "栋", "幢", "项", "件", "间", "张", "床", "辆", "吨", "亩", "元", "盏", "块",
  "支", "期", "班", "册", "本", "部", "只", "头", "眼", "口", "根", "倍", "单", "篇", "趟", "棵",
  "株", "组", "对", "米", "起", "宗", "艘", "笔", "%", "‰",
  // 10片市民球场 (not 3片区, an area of a town)
  "片(?!区)",
  // Square and cubic metres written short: 5800平米 · 5800平 · 460立方 · 460立 (not 平均, 平台, 立项, 立体 …)
  "平米", "平(?![方均台时安稳价衡原])", "立方(?!米)", "立(?![方体项即案足起])",
  // 31村扶贫开发整村推进 (not 10村民小组, 3村委会, 5村级)
  "村(?![民委级])",
];
const UNIT_ALT = UNITS.join("|");
// Big-number multipliers that stay in the unit, as written: 428.7万人次, 544.9亿元.
const MULTIPLIER = "(?:千万|百万|万|亿)";
const ARABIC = "\\d+(?:\\.\\d+)?";
// A Chinese numeral carries a place (五十, 三千, 一百二十) or stands before 万/亿 (两万).
// A bare numeral counts things only before a measure word of built things, never before an
// abstract noun: 新建加压泵站三座 · 改造背街小巷三条, but not 三个方面 · 五个坚持 · 四个全面; 一 only where
// its measure word ends the clause (新建水厂一座。, never 打造一座城市).
const BARE_COUNT = "一(?=(?:座|所|处|条|家|台|辆|张|间|套)(?=[,，。;；、)）]|$))|[三四五六七八九](?=(?:座|条|所|家|处|台|辆|张|个)(?!方面|层面|环节|重点|全面|坚持|到位|确保|聚焦|必须|维护|一|类|批|月|年|字|多|是))|两(?=(?:座|条|所|家|处|台|辆|张)(?!类|批|是))";
// 三万五千 carries its 万 inside the number: 35000, not 3万 and 5000.
const CHINESE =
  "[一二两三四五六七八九十百千]+[万亿][零〇一二两三四五六七八九]+[十百千][零〇一二两三四五六七八九十百千]*|[零〇一二两三四五六七八九十百千]*[十百千][零〇一二两三四五六七八九十百千]*|[一二两三四五六七八九](?=\\s*[万亿])|" + BARE_COUNT;
// A figure: number, optional multiplier, optional 余/多 (about), optional noun gap, unit.
// 428.7万人次 · 22.5万余人次 · 4500余户 · 1100.9万居民用户 · 两万人 · 7530万
const FIGURE = new RegExp(
  `(${ARABIC}|${CHINESE})\\s*(${MULTIPLIER})?(余|多)?\\s*(?:(${UNIT_ALT})|([\\u4e00-\\u9fff]{1,3}?)([户人家所座个]))?`,
  "gu",
);
// Completion of the annual target: 分别完成年度目标任务的142.9%、164.4% · 完成省定年度目标的109% · 分别占省定年度目标的139%
// · 完成计划80公里的106.3% · 完成全年目标(600张)的108.7% (the target named between, with its unit, perhaps in brackets:
// 完成全年任务35.7% names none)
const RATE_PHRASE =
  /(?:分别)?(?:完成|占|达到?|为)了?(?:[^,，。;；%\d]{0,10}?)(?:目标|任务|计划)(?:任务|目标)?(?:总数|总量)?([(（]?\d+(?:\.\d+)?[^,，。;；%\d的.()（）]{1,4}[)）]?)?的?\s*((?:\d+(?:\.\d+)?\s*%\s*(?:[、和及与,]\s*)?)+)/gu;
// (…完成市政府年度实事项目任务目标的196.8% · 完成任务总数的117%.)
// A completion rate given as such: 完成率为112%, 完成比例108%, 完成进度为91.8% (a statistics office's
// word for it; not 完成进度在80%到100%之间, a band, nor 形象进度, how far a building stands)
// · and a bare 完成88% opening its clause (已完成132公里，完成88%); a 完工率 is a measure of its own
const RATE_WORD = /完成(?:率|比例|进度)\s*[:：]?\s*(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*%|(?<=^|[,，;；。])\s*完成\s*(\d+(?:\.\d+)?)\s*%/gu;
/** Whether the text is a completion rate and nothing more (完成年度目标的108% · 完成率112%), as a post's line of its own under its figure's. */
export function isRateOnly(text: string): boolean {
  const t = text.trim().replace(/[。;；,，]$/u, "");
  return [RATE_PHRASE, RATE_WORD].some((pattern) => allMatches(t, pattern).some((m) => m.index === 0 && m[0].trimEnd().length === t.length));
}
// Counts of the projects themselves, not figures: 10件12项省重点民生实事 · 20项民生工程 · 第三项
const PROJECT_COUNT = /^(?:[省市县区]?(?:重点)?民生|[省市县区]?(?:市)?(?:重点)?(?:为民办)?实事|项?(?:省|市)?(?:重点)?民生|件|省市)/u;
// Words that tell how far a share of the programme got, right after its count (其中3项已提前… · 22项达到或超过序时进度 ·
// 4项略慢于序时进度 · 其中6件超额完成…): that count tallies the programme's projects.
export const HOW_FAR = "已|正|均|达到|超过|超额|略|滞后|提前|按|完成";
// A sentence about the programme's projects: its N项 count them (30项民生实事中，已完成19项，剩余11项).
export const PROGRAMME_SENTENCE = /民生实事|为民办实事|实事项目|民生项目|民生工程/u;

// Words after a count of works that list them in turn: 3项分别是： · 4项分别为.
const LISTED_NEXT = /^\s*分别(?:是|为)/u;
/** Whether the N项 at `start` counts the programme's projects: its sentence speaks of the programme. */
function countsProgramme(text: string, start: number): boolean {
  // Status groups of the programme: 已提前完成…的有3项 · 共有5项 · 其余27项 · 剩余8项 · 这5项预计…完成
  if (/(?:的有|共有|其余|剩余|这|上述)$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  const from = text.lastIndexOf("。", start) + 1;
  const end = text.indexOf("。", start);
  return PROGRAMME_SENTENCE.test(text.slice(from, end < 0 ? text.length : end));
}
// Not a measure: years, dates, ages, durations, grades, voltage classes.
const NOT_A_FIGURE_AFTER = /^(?:年|月|日|号|时|岁|天|周|小时|分钟|届|级|星|代|甲|千伏|kV|伏|后|型|路公交|号线|版|点|成|是)/u;
// A sentence that states the plan: 年度目标任务要求新建…15个 · 计划新建… · 年度目标为…
// What makes a completion rate the whole item's: 整体完成率 · 总体完成率 · 综合完成率.
const OVERALL_WORD = "(?:整体|总体|综合)";
const OVERALL = new RegExp(`${OVERALL_WORD}$`, "u");
const OVERALL_RATE = new RegExp(`${OVERALL_WORD}完成(?:率|比例)$`, "u");
const PLAN_STATEMENT = /目标任务要求|计划|年度目标(?:任务)?(?:为|是|要求)/;
// …and opens with it, before its first comma.
const PLAN_OPENING = /目标任务|年度目标|计划|要求/;
// Words of a clause that make its figure what is done: 目前已开工12所 · 累计完成 · 实际完成
export const DONE_WORDS = /已(?!于|经?(?:计划|确定|列入|纳入))|累计|实际完成|目前完成/u;
// Words of a clause that make its figure the plan's, not the result: 剩余5个项目 · 力争 · 不少于3000场次
// (年度任务是硬化道路350万平方米 · 年度任务新建…40处: the year's task, not its share 年度任务的71%; 今年要新建…15所 · 今年任务是62个小区:
// what the year is to do, in an interview's words)
const TARGET_WORDS = /剩余|将(?=为)|(?:将|(?<![主重需只必])要)(?=新建|新增|改造|建设|建成|实施|完成|开展|培训|提升|新改建|改扩建|整治)|任务是|(?<!完成|累计)总投资|力争|拟|计划|确保|不少于|不低于|目标|(?:年度|全年)任务(?!的)/;

// Words that make the number after them a position: 以西200米 · 向东1公里 · 距5公里
// A clause that lists names (…包括A、B、C等), up to where a count of them would stand.
const LISTED_CLAUSE = /、[^。；;，,、]{2,40}等$/u;
const PLACING = /(?:以|向|往)[东南西北]$|距离?$/u;

function chineseValue(token: string, multiplier: string): number | null {
  // Chinese numerals must carry a place (两万, 三千, 五十): a bare 一 is a word, not a number.
  const bare = /^[一两三四五六七八九]$/.test(token); // only ever matched before a measure word (BARE_COUNT)
  if ((!/[十百千]/.test(token) && !multiplier && !bare) || /^[百千]/.test(token)) return null;
  const value = numeral(token);
  return Number.isFinite(value) && value > 0 ? value : null;
}

interface RawNumber {
  value: number;
  unit: string;
  start: number;
  end: number;
}

// A standard raised from one level to another: 由 (or 从) before the old level, 提高到 (提升至 · 上调到 · 增加到) after it.
const RAISED_TO = /^\s*(?:提高|提升|上调|增加|调整|增长)(?:到|至)/u;
const RAISED_FROM = /[由从][^。，,；;由从]{0,10}$/u;
const RAISED_REACH = 12;
// …and the new level's label without the old one: 农村低保标准由每人每年1320元提高到 → 农村低保标准.
const RAISED_LABEL = /[由从][^。，,；;由从]{0,16}(?:提高|提升|上调|增加|调整|增长)(?:到|至)$/u;
// The words before a figure that tell how far past its task it went: 超任务 · 超出年度任务 · 超计划.
const PAST_TASK = /超(?:出|过)?(?:年度|全年)?(?:目标)?(?:任务|计划)$/u;

// A slogan in quotes: a short phrase of how near a service is (300米见绿 · 15分钟健身圈 · 半小时生活圈).
const SLOGAN = /“[^“”。；;，,]{0,16}?(?:见|圈)[^“”。；;，,]{0,8}”/gu;

/** Whether the character at `start` stands inside a match of the global `pattern` (a quoted phrase: none without quotes). */
function insideQuoted(text: string, pattern: RegExp, start: number): boolean {
  if (!text.includes("“")) return false;
  return allMatches(text, pattern).some((m) => start > m.index! && start < m.index! + m[0].length);
}

function scanNumbers(text: string): RawNumber[] {
  const out: RawNumber[] = [];
  for (const m of allMatches(text, FIGURE)) {
    const [whole, num, mult = "", , unit, gap, gapUnit] = m;
    const start = m.index!;
    const chinese = !/\d/.test(num!);
    const before = text.slice(Math.max(0, start - 1), start);
    // Part of a larger token: 第11届, 5A, 3D, 20222022.
    if (before === "第" || /[A-Za-z.]/.test(before) || (/\d/.test(before) && !chinese)) continue;
    if (chinese && (before === "第" || /[一二三四五六七八九十]$/.test(before))) continue;
    // A distance that places something, not a measure of work: 107国道以西200米 · 距市区3公里
    if (PLACING.test(text.slice(Math.max(0, start - 3), start))) continue;
    // How far a figure went past its task (…达到312元，超任务12元 · 超出年度任务85元): a difference, no measure of the work.
    if (PAST_TASK.test(text.slice(Math.max(0, start - 8), start))) continue;
    // A slogan's distance or time, quoted (群众出门“300米见绿、500米见园” · “15分钟健身圈”), names what the work is for.
    if (insideQuoted(text, SLOGAN, start)) continue;
    const value = chinese ? chineseValue(num!, mult) : Number(num);
    if (value === null) continue;
    let fullUnit = mult + (unit ?? (gap ? gapUnit! : ""));
    let end = start + whole!.length;
    if (!unit && !gap) end = start + num!.length + mult.length + (m[3]?.length ?? 0);
    const after = text.slice(end);
    if (!unit && !gap && NOT_A_FIGURE_AFTER.test(after)) continue;
    // The level a standard is raised from (由每人每月260元提高到305元): the old level, no figure; the new one is.
    if (RAISED_TO.test(after) && RAISED_FROM.test(text.slice(Math.max(0, start - RAISED_REACH), start))) continue;
    // A year, session or grade that a noun gap would read as people: 十四届人大 · 2025年度人大代表
    if (!unit && gap && NOT_A_FIGURE_AFTER.test(text.slice(start + num!.length + mult.length))) continue;
    // (…and so do the works it lists in turn: 进度偏慢的3项分别是：A、B、C.)
    if (unit && /^[件项]$/.test(unit) && (PROJECT_COUNT.test(after) || /^\d+项/.test(after) || LISTED_NEXT.test(after) || countsProgramme(text, start))) continue;
    if (unit === "次" && /^[会]/.test(after)) continue;
    // A count of the names a clause has just listed, closing it (包括A、B、C等10项。), numbers the list, not a work.
    if (unit && /^[件项]$/.test(unit) && before === "等" && /^\s*(?:[。；;，,]|$)/u.test(after) && LISTED_CLAUSE.test(text.slice(0, start))) continue;
    // Indicators counted are the programme's parts, not a measure of work: 12件14个指标 · 有9个指标超额完成 · (2项指标)
    if ((unit === "个" || unit === "项") && /^指标/u.test(after)) continue;
    // The votes a 票决 gave a work, not a measure of it: （得票198张）.
    if (/(?:得票|票数)\s*[:：]?\s*$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    // The parts a programme is counted in, not a measure of work: 等5个子项目 · an item's projects counted by kind in the
    // brackets after its name (（项目6个，其中基建工程类5个、“小而美”事项类1个）).
    if (unit === "个" && /^子项目/u.test(after)) continue;
    if ((unit === "个" || unit === "项") && /(?:[(（]项目|[\u4e00-\u9fff”"]类)\s*$/u.test(text.slice(Math.max(0, start - 8), start))) continue;
    // How the programme was chosen, not a measure of work: 从14个候选项目中 · 征集民生实事建议3200余条 · 收到意见建议416条.
    if (unit === "个" && /^候选/u.test(after)) continue;
    if (unit === "条" && /(?:建议|意见)(?:共|累计)?\s*$/u.test(text.slice(Math.max(0, start - 4), start))) continue;
    // A span of time, not a count: 间隔6个月 · 3个工作日.
    if (unit === "个" && /^(?:月|工作日|小时)/u.test(after)) continue;
    if (chinese && !unit && !gap) continue;
    if (unit === undefined && gap) fullUnit = mult + gapUnit!;
    out.push({ value, unit: fullUnit, start, end });
  }
  return out;
}

/**
 * Resolves units written once for a whole list: 41个、22个百分点 · 6.8、6.1个百分点
 * (every member takes the last member's unit when its own is missing or a prefix of it).
 */
function distributeUnits(text: string, numbers: RawNumber[]): void {
  for (let i = numbers.length - 2; i >= 0; i--) {
    const cur = numbers[i]!;
    const next = numbers[i + 1]!;
    const between = text.slice(cur.end, next.start);
    if (!/^\s*[、和及与]\s*$/.test(between)) continue;
    if (cur.unit === "" || (next.unit.length > cur.unit.length && next.unit.startsWith(cur.unit))) cur.unit = next.unit;
  }
  // A table's row flattened with spaces gives the unit once, with the task: 1300人 700 54% (700 is 人 too).
  for (let i = 1; i < numbers.length; i++) {
    const [cur, next] = [numbers[i - 1]!, numbers[i]!];
    if (next.unit === "" && cur.unit !== "" && cur.unit !== "%" && /^[ \t\u3000]+$/u.test(text.slice(cur.end, next.start)) && !/^[\d.%]/u.test(text.slice(next.end))) next.unit = cur.unit;
  }
}

// Characters that end a clause (labels never reach across them), by code, since they are tested per character.
const CLAUSE_BREAK = markCodes(",，;；。:：!?！？()（）");
const SENTENCE_END_CODES = markCodes(SENTENCE_END_MARKS);
// Where a figure's clause starts, for its role.
const ROLE_CLAUSE_BREAK = markCodes(",，;；。");
const ENUMERATION_COMMA = "、".charCodeAt(0);
const FILLER =
  /^(?:\d{4}年(?:全年)?|截至[^,，]*?(?:底|末|日)|今年以来|今年|全年|其中|此外|同时|另外|全省|全市|全县|全区|我省|我市|我县|我区|共计?|累计|已经?|均|并|还|对|在)+/u;
const LABEL_TRIM = /(?:达到?|为|约|超|近|共|计|逾|以上|不少于|不低于|超过|分别)+$/u;

// A label that is only a verb names no thing: 完成, 培训, 新增
export const VERB_ONLY = /^(?:完成|开展|实施|新建|建成|建设|新增|培训|改造|救助|达到|实现)+$/u;
// A figure just before a 、 ends a list member: 宫颈癌筛查89.2万人、乳腺癌筛查…
const FIGURE_BEFORE = /(?:\d|[十百千万亿])[\u4e00-\u9fff%]{0,4}$/u;

/** How far back (characters) a 、 looks for the figure that closes the list member before it. */
const FIGURE_BEFORE_CHARS = 8;
/** A label names a thing in two characters or more (学校, 公园); one is a fragment. */
const MIN_LABEL_CHARS = 2;
/** A label longer than this (characters) has run into the sentence: it is cut there. */
const MAX_LABEL_CHARS = 40;

function labelFor(text: string, n: RawNumber): string {
  let from = n.start;
  // Back to the clause's start; a 、 stops the label only where it closes another figure
  // ("新增取得职业资格、职业技能等级等证书的技能人才" is one label).
  while (from > 0 && !CLAUSE_BREAK.has(text.charCodeAt(from - 1)) && !(text.charCodeAt(from - 1) === ENUMERATION_COMMA && FIGURE_BEFORE.test(text.slice(Math.max(0, from - 1 - FIGURE_BEFORE_CHARS), from - 1)))) from--;
  let label = text
    .slice(from, n.start)
    .replace(/^\d{1,2}\s+/, "") // the number of a headline: "5 新建改扩建公办幼儿园659所"
    .replace(/\s+/g, "")
    .replace(/^(?:以上|左右|余|多)+/, "")
    .replace(FILLER, "")
    .replace(LABEL_TRIM, "");
  // "完成1250个家庭医生团队线下培训、16.6万名…": the words before this figure belong to the one before.
  if (/\d/.test(label)) label = label.slice(label.lastIndexOf("、") + 1);
  if (label.length < MIN_LABEL_CHARS || /\d/.test(label) || VERB_ONLY.test(label)) {
    // "完成3957户特殊困难老年人家庭适老化改造": the thing counted follows the figure.
    let to = n.end;
    while (to < text.length && !CLAUSE_BREAK.has(text.charCodeAt(to)) && text.charCodeAt(to) !== ENUMERATION_COMMA) to++;
    const after = text.slice(n.end, to).replace(/\s+/g, "").replace(/^(?:的|已|已经)/, "");
    if (after.length >= MIN_LABEL_CHARS) label = (/\d/.test(label) ? "" : label) + after;
  }
  return label.slice(0, MAX_LABEL_CHARS);
}

/** Splits at sentence ends: rates and roles never reach across them. */
function sentenceBounds(text: string): number[] {
  const bounds = [0];
  for (let i = 0; i < text.length; i++) if (SENTENCE_END_CODES.has(text.charCodeAt(i))) bounds.push(i + 1);
  bounds.push(text.length);
  return bounds;
}

/**
 * Reads every figure of a passage. `defaultRole` is the role of a figure with no cue of its
 * own (target in a plan, actual in a results notice).
 */
export function extractFigures(text: string, defaultRole: MetricRole, progress = false): Figure[] {
  const numbers = scanNumbers(text);
  distributeUnits(text, numbers);
  const rateSpans: Array<{ start: number; end: number; rates: number[]; target?: [number, number]; progress?: true }> = [];
  for (const m of allMatches(text, RATE_PHRASE)) {
    const rates = allMatches(m[2]!, /(\d+(?:\.\d+)?)\s*%/g).map((r) => Number(r[1]));
    // (A target inside the phrase, in brackets or not, 完成全年目标(600张)的108.7% · 为年度目标50万人的125.6%, stays a figure of its own.)
    const at = m[1] ? m[0].lastIndexOf(m[1], m[0].length - m[2]!.length) : -1;
    const target: [number, number] | undefined = at >= 0 ? [m.index! + at, m.index! + at + m[1]!.length] : undefined;
    rateSpans.push({ start: m.index!, end: m.index! + m[0].length, rates, ...(target ? { target } : {}) });
  }
  for (const m of allMatches(text, RATE_WORD)) {
    // An item's overall rate (…,整体完成率111.5%) is a figure of the item, not the rate of the figure before it.
    if (OVERALL.test(text.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    rateSpans.push({ start: m.index!, end: m.index! + m[0].length, rates: [Number(m[1] ?? m[2])], ...(m[0].includes("进度") ? { progress: true as const } : {}) });
  }
  rateSpans.sort((a, b) => a.start - b.start);
  const inRate = (n: RawNumber) => rateSpans.some((r) => n.start >= r.start && n.start < r.end && !(r.target && n.start >= r.target[0] && n.start < r.target[1]));

  const bounds = sentenceBounds(text);
  const sentenceOf = (pos: number) => {
    let k = 0;
    while (k + 1 < bounds.length && bounds[k + 1]! <= pos) k++;
    return k;
  };

  const figures: Figure[] = [];
  const milestones = timetableRanges(text);
  for (const n of numbers) {
    if (n.unit === "" || inRate(n)) continue;
    // (A timetable's milestones, 第二季度完成50%；第三季度累计完成培训4500人次, are no figures of the work.)
    if (milestones.some(([from, to]) => n.start >= from && n.start < to)) continue;
    const kind = n.unit === "%" || n.unit === "‰" ? "percent" : /百分点$/.test(n.unit) ? "points" : "count";
    const unit = kind === "points" ? "个百分点" : n.unit;
    // A member of a list with no words of its own shares the list's label: 21.1个、3.4个百分点
    const label = labelFor(text, n).replace(RAISED_LABEL, "") || (figures.length && /^[、和及与]\s*$/.test(text.slice(figures[figures.length - 1]!.end, n.start)) ? figures[figures.length - 1]!.label : "");
    figures.push({ value: n.value, unit, label, start: n.start, end: n.end, rate: null, role: null, kind });
  }

  // Pair stated rates with the figures before them in the same sentence, in order.
  const unpaired: Figure[] = [];
  for (const span of rateSpans) {
    const sentence = sentenceOf(span.start);
    const before = figures.filter((f) => f.end <= span.start && sentenceOf(f.start) === sentence && f.rate === null);
    let candidates = before.filter((f) => f.kind === "count");
    if (candidates.length < span.rates.length) candidates = before.filter((f) => f.kind !== "points");
    const chosen = candidates.slice(-span.rates.length);
    const offset = span.rates.length - chosen.length;
    chosen.forEach((f, i) => (f.rate = span.rates[i + offset]!));
    // A 完成进度 with no figure before it to be the rate of (新建农村公办幼儿园，完成进度为41.7%) is how far the work got: a figure of
    // its own. (A lone 完成率 stays no figure: in the genre it rates a figure a table or a sentence put elsewhere.)
    if (chosen.length === 0 && span.progress) {
      const n = numbers.find((x) => x.start >= span.start && x.start < span.end && x.unit === "%");
      if (n) unpaired.push({ value: n.value, unit: "%", label: labelFor(text, n), start: n.start, end: n.end, rate: null, role: null, kind: "percent" });
    }
  }
  if (unpaired.length) {
    figures.push(...unpaired);
    figures.sort((a, b) => a.start - b.start);
  }

  // The item's overall rate, a figure of its own, states how far the item got: its rate is its value.
  for (const f of figures) if (f.kind === "percent" && OVERALL_RATE.test(f.label)) f.rate = f.value;
  const tasks = new Set<Figure>();
  // (How satisfied people are with a work, 满意率最高，达到99.47% · 满意率分别为98.71%、…, is their rating of it, no figure of it.)
  const rated = (f: Figure) => f.kind === "percent" && SATISFACTION.test(text.slice(0, f.start).split(/[。；;！!？?]/u).at(-1)!);
  const kept = figures.filter((f) => !rated(f) && !shareOfTask(text, f, figures, sentenceOf, tasks));
  // (The task a share is of is a target, whatever words stand before it.)
  for (const f of kept) f.role = tasks.has(f) ? "target" : roleOf(text, f, bounds, defaultRole);
  // In a report of progress, a figure its sentence (or ；-clause) later tells as done so far in its unit (新增普惠性托位300个，已新增186个 ·
  // 改造老旧小区12个，…，已开工9个) is the task it is done of: the target, where no cue of its own made it so. (Not one after the first
  // told done, 已开工8个，建成2个; nor a period's figure before the year's so far, 上半年新建成92个，累计建成341个; nor a step done,
  // 完成入户评估520户, or one told done right after it, 8个小区已全部开工.)
  if (!progress) return kept;
  const piece = (f: Figure) => text.slice(0, f.start).search(/[。；;！!？?][^。；;！!？?]*$/u);
  const done = kept.filter((g) => g.kind === "count" && g.role === "actual" && soFarClause(text, g, bounds));
  for (const f of kept) {
    if (f.role !== "actual" || f.rate !== null || f.kind !== "count") continue;
    if (STEP_DONE.test(text.slice(lastBreak(text, f.start), f.start)) || SO_FAR_DONE.test(text.slice(f.end).split(/[,，;；。]/u)[0]!)) continue;
    const first = done.find((g) => piece(g) === piece(f));
    if (first && first.start > f.end && done.some((g) => g.start > f.end && piece(g) === piece(f) && g.unit === f.unit)) f.role = "target";
  }
  return kept;
}

// A clause that opens on a step done: 完成入户评估520户 · 确定改造对象500户.
const STEP_DONE = /^\s*(?:[^,，;；:：]{0,8}[:：]\s*)?(?:完成|确定|建成|开工|竣工|投用|启动)/u;
// What tells a figure done so far (已新增186个 · 目前已开工9个), not a period's or the year's running total (累计建成341个).
const SO_FAR_DONE = /已(?!于|经?(?:计划|确定|列入|纳入))|目前/u;

/** Where the sentence a figure stands in starts, of the sentence bounds a text's figures are read by. */
function sentenceStart(f: Figure, bounds: number[]): number {
  let s = 0;
  while (s + 1 < bounds.length && bounds[s + 1]! <= f.start) s++;
  return bounds[s]!;
}

/** Whether the clause a figure stands in tells what is done so far (目前已开工12所), not what is to be done. */
function soFarClause(text: string, f: Figure, bounds: number[]): boolean {
  const clause = text.slice(Math.max(sentenceStart(f, bounds), lastBreak(text, f.start)), f.start);
  return SO_FAR_DONE.test(clause) && !/累计/u.test(clause) && !TARGET_WORDS.test(clause);
}

// How far a percent in brackets may be from the share it would state to be that share (rounding).
const RATE_TOLERANCE = 1;

/**
 * Whether `f` is a percent in brackets right after a figure (…已完成1个(50%)), or in the next cell of a
 * row flattened with spaces (1300人 700 54%), that is what that
 * figure is of a target in the same unit before it in its sentence (2个…建设已完成1个 → 50%): then it
 * is that figure's rate, and no figure of its own. A bracketed percent that is no such share (a
 * part's share, 占比) stays a figure.
 */
function shareOfTask(text: string, f: Figure, figures: Figure[], sentenceOf: (pos: number) => number, tasks: Set<Figure>): boolean {
  if (f.kind !== "percent") return false;
  const k = figures.indexOf(f);
  const done = figures[k - 1];
  // In brackets (…已完成1个(50%)) or in the next cell of a row flattened with spaces (1300人 700 54%).
  const between = done ? text.slice(done.end, f.start) : "";
  const bracketed = /^\s*[(（]\s*$/u.test(between) && /^\s*[)）]/u.test(text.slice(f.end, f.end + 2));
  if (!done || done.kind !== "count" || done.rate !== null || !(bracketed || /^[ \t\u3000]+$/u.test(between))) return false;
  const target = figures
    .slice(0, k - 1)
    .reverse()
    .find((t) => t.kind === "count" && t.unit === done.unit && sentenceOf(t.start) === sentenceOf(done.start));
  if (!target || target.value <= 0 || Math.abs((done.value / target.value) * 100 - f.value) > RATE_TOLERANCE) return false;
  done.rate = f.value;
  tasks.add(target);
  return true;
}

// Every quarter a text names (第一季度完成选址…第二季度启动施工… · 二季度 · 3季度), not a span up to one (前三季度): three or more
// are a timetable, not a cut-off (segment.ts) and no figures of the work (below).
export const QUARTERS = /(?<!前)第?([一二三四1-4])季度/gu;
const TIMETABLE_QUARTERS = 3;

/** Whether a text names three or more of the year's quarters (一季度 and 1季度 are one). */
export function isTimetable(text: string): boolean {
  return new Set(allMatches(text, QUARTERS).map((m) => "一二三四"["1234".indexOf(m[1]!)] ?? m[1])).size >= TIMETABLE_QUARTERS;
}

/** The ranges of a text's timetables: each sentence naming three quarters or more, from its first quarter on. */
function timetableRanges(text: string): Array<[number, number]> {
  return allMatches(text, /[^。！？!?]+/gu)
    .filter((m) => isTimetable(m[0]))
    .map((m) => [m.index! + m[0].search(QUARTERS), m.index! + m[0].length] as [number, number]);
}

// People's satisfaction with a work, before its percent in the sentence.
const SATISFACTION = /满意(?:率|度)/u;

// What names a figure before it as a task's quantity: 的年度目标任务 · 的全年任务 · 的目标.
const TASK_AFTER = /^\s*的(?:年度|全年)?(?:目标)?(?:任务|目标|计划)/u;

// A work's name in quotes, then the word that makes it one: “城镇新增就业2.6万人”项目.
const QUOTED_WORK_NAME = /“[^“”。；;]{2,40}”(?=项目|工程|实事)/gu;

function roleOf(text: string, f: Figure, bounds: number[], defaultRole: MetricRole): MetricRole {
  // 超出省定任务(65%): a target quoted in brackets after 任务/目标.
  if (/(?:任务|目标|标准)\s*[(（]\s*$/.test(text.slice(Math.max(0, f.start - 8), f.start))) return "target";
  if (f.rate !== null || f.kind === "points") return "actual";
  // A work's quoted name that states its size (“城镇新增就业2.6万人”项目 · “新建城区公共停车泊位3000个”项目): its target.
  if (insideQuoted(text, QUOTED_WORK_NAME, f.start)) return "target";
  // The quantity a task set, named as such after it (超额完成40所的年度目标任务 · 1万套的全年任务): the target.
  if (TASK_AFTER.test(text.slice(f.end, f.end + 12))) return "target";
  // A task's figure with what was done of it in the next cell (新增城市老年食堂8个 完成5个,完成率62.5%): the target.
  if (doneFollows(text.slice(f.end), f.unit)) return "target";
  const start = sentenceStart(f, bounds);
  const lead = text.slice(start, f.start);
  const clause = text.slice(Math.max(start, lastBreak(text, f.start)), f.start);
  const comma = lead.search(/[,，]/);
  const opening = comma < 0 ? lead : lead.slice(0, comma);
  // A clause that tells what is done so far (目前已开工12所 after 计划新建…15所) states an achievement.
  if (DONE_WORDS.test(clause) && !TARGET_WORDS.test(clause)) return "actual";
  if (PLAN_STATEMENT.test(lead) && PLAN_OPENING.test(opening)) return "target";
  if (defaultRole === "target" || TARGET_WORDS.test(clause)) return "target";
  return "actual";
}

/** Whether what follows a figure is what was done of it, in its unit: " 完成5个" · "，已完成1260人次". */
function doneFollows(after: string, unit: string): boolean {
  // (…or after the work's name: 2个嵌入式养老机构建设已完成1个 · 263场送戏进万村已送230场.)
  const m = /^\s*[,，]?\s*(?:(?:已|累计|实际)?完成|[^,，。;；:：\d]{2,16}?(?:已|累计|实际)(?:完成|建成|送)?)\s*(?:\d+(?:\.\d+)?)\s*((?:万|亿)?[\u4e00-\u9fff]{1,3})/u.exec(after);
  return !!m && unit.length > 0 && m[1]!.endsWith(unit.slice(-1));
}

function lastBreak(text: string, pos: number): number {
  for (let i = pos - 1; i >= 0; i--) if (ROLE_CLAUSE_BREAK.has(text.charCodeAt(i))) return i + 1;
  return 0;
}
