// Text → report facts: which region and year a document speaks of, what kind of report
// each of its lists is (plan / progress / results), dates, publisher, stated project count.
import type { ReportKind, RegionLevel } from "./model.ts";
import { regionIndex, isAncestor, type RegionEntry } from "./regions.ts";
import { BREADCRUMB, DATELINE, SITE_CALENDAR, type Paragraph } from "./normalise.ts";
import { numeral } from "./markers.ts";
import { HOW_FAR, QUARTERS, isTimetable } from "./figures.ts";
import { asWrittenApart, fileStem, SENTENCE_END_MARKS, allMatches } from "./text.ts";

export interface DocumentFacts {
  title: string | null;
  published: string | null;
  publisher: string | null;
  region: RegionEntry | null;
  /** Where the region rests on one township's name alone (the text names no region): that township, for a finding. */
  regionFrom: string | null;
  /** Where the region is one of several bearing the name the text writes, chosen by the townships it names: the name and those townships, for a finding. */
  regionChosen: { name: string; townships: string[] } | null;
  /** Years named in the opening, in order of appearance. */
  ledeYears: number[];
  /** The year most spoken of. */
  year: number | null;
}

// 2024年02月01日 17:27 · 2024-10-31 16:24:00 · 发布时间:2024年3月5日 · 2025 01/24 16:18
// A page's stamp written day first, as some sites' templates do: 29.11.2018 13:10.
const DAY_FIRST_STAMP = /^(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}/u;
const DATE = /(\d{4})\s*(?:[-年.\/]|\s)\s*(\d{1,2})\s*[-月.\/]\s*(\d{1,2})\s*日?/u;
// 来源:大河网 · "2024-10-31 16:24:00 - 承德发布" · 转自:承德发布
const SOURCE = /(?:来源|转自|稿源)\s*[:：]\s*([^\s|,，;；]{2,20})|\d{1,2}:\d{2}(?::\d{2})?\s*[-—]\s*([^\s|,，]{2,20})\s*$/u;
// 本报讯(正观新闻·某某晚报记者 张三) · 大河网讯(记者 …)
const BYLINE = /(?:本报讯|讯)\s*[(（](?:[^)）]*?·)?([^)）·\s]{2,12}?(?:日报|晚报|早报|商报|时报|报))\s*记者/u;
const WEB_BYLINE = /^\s*([\u4e00-\u9fff]{2,8}网)讯/u;
// "我市/全市/市委" — the level a report speaks from.
// A body that hands tasks down (市政府下达的任务) is above the speaker: no cue.
const SELF_REFERENCE: Array<[RegionLevel, RegExp]> = [
  // (Not a rank among the province's places, 常住人口参保居全省第一 · 位列全省前列: a city's text compares itself.)
  // (An autonomous region speaks of itself as 自治区: 自治区党委、政府 · 2024年自治区十件民生实事.)
  ["province", /(?:我省|全省(?!第|排名|前列|前茅|首位|平均|同类|领先)|省委|省政府(?!下达)|省人大|本省|自治区(?:党委|人民政府|政府|人大|发展改革委|(?=\d|[一二三四五六七八九十]+[件项])))/gu],
  // 市委、市政府 of a county's text that speaks of 省、市政府 above it is no self-reference.
  // So is a unit named by its level alone (市财政局 · 县教育局 in a list of 责任单位): the speaker's own bureau
  // (not 市政局, a bureau of municipal works at any level; 市政务服务管理局 is the city's).
  ["city", /(?:我市|全市|(?<!省[、,，]?)市委|(?<!省[、,，]?)市政府(?!下达)|(?<!省[、,，]?)市人大|本市|我州|全州|州委|州政府|我盟|全盟|(?<=^|[、:：,，\s])市(?![场民区县]|政(?![务府]))[\u4e00-\u9fff]{1,10}?(?:局|委|办)(?=[、,，。;；\s]|$))/gu],
  // (Not the counties below a city, 各县区政府负责 · 各县政府: the units it names.)
  ["county", /(?:我县|全县|县委|(?<!各)县政府(?!下达)|县人大|本县|我区|全区|(?<![县各])区委|(?<![县各])区政府(?!下达)|区人大|我旗|全旗|(?<=^|[、:：,，\s])[县区](?![域内])[\u4e00-\u9fff]{1,10}?(?:局|委|办)(?=[、,，。;；\s]|$))/gu],
];
/** A year the text writes, not a date's (2024年 · not 2024年3月5日), nor the end of a period's (2023-2025年). */
// (Not a year before which things stand, 建成于2000年以前的小区: it dates them, not the text.)
export const YEAR = /(?=[12])(?<!\d{4}\s*[-—–~～至到]\s*)((?:19|20)\d{2})\s*年(?![\d-]*月\d)(?!以前|之前)/gu;

/** A source as named, without its brackets or the field that follows it: 来源:[福州日报] 发布时间: → 福州日报. */
function sourceName(raw: string): string {
  // Square brackets are a page's markup, never part of a name: [福州日报] · 福州[日报].
  return raw.replace(/(?:发布时间|发布日期|时间|作者|编辑)[:：]?.*$/u, "").replace(/[\[\]【】]/gu, "").replace(/^[(（《]+|[)）》]+$/gu, "").trim();
}

// A page's stamp line among its first lines: a date with its time between its channel and its place (时事   2024-11-06 20:22   山西).
const HEAD_STAMP = /^.{0,12}\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}.{0,12}$/u;
// A line that holds only a date, perhaps after a list's dash (- 2014年01月10日): the page's date among its opening lines.
const DATE_ALONE = /^[-—–•·\s]*\d{4}年\d{1,2}月\d{1,2}日\s*$/u;
// A newspaper page's masthead: the paper and the day of the issue (张掖日报   2019年4月12日 星期五 · 海东时报数字报 | 2025年01月16日
// 第A04版 · 2020年04月17日 星期五　第 01 版：要闻).
const MASTHEAD = /^(?:[\u4e00-\u9fff]{2,12}(?:日报|晚报|时报|报)(?:数字报|电子版)?[\s|｜]*)?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期[一二三四五六日天]|[|｜]?\s*第\s*[A-Z]?\d{1,3}\s*版)/u;

// Lines of a page above its headline: the site's name, its breadcrumbs, its links (天津市政府门户网站 政务邮箱).
// So is its greeting (青山湖区人民政府网站欢迎您的访问!), its contacts (网站热线:… 总编信箱:…@qq.com) and its menu:
// five or more short words apart, no punctuation (首 页 要闻 统战时讯 非公经济 …).
const PAGE_FURNITURE = /^[\u4e00-\u9fffA-Za-z]{1,10}(?:网|频道|客户端|新闻|日报|晚报)$|>|当前位置|所在的?位置|门户网站|政务邮箱|网站地图|无障碍|欢迎您?的?访问|欢迎光临|热线\s*[:：]|信箱\s*[:：]|[\w.-]+@[\w-]+\.[a-z]{2,}|^(?:[\u4e00-\u9fffA-Za-z]{1,8} ){4,}[\u4e00-\u9fffA-Za-z]{1,8}$/u;
// The headline stands among the page's first lines.
const TITLE_SCAN = 5;
// A site's name or section after its place's name: 石泉要闻 · 武隆网 · 余杭新闻 · 上海频道.
const SITE_SECTION = /([\u4e00-\u9fff]{2,4}?)(要闻|新闻网?|网|频道|发布|动态)(?=\s|[>»›＞→]|$)/gu;
// Longest a headline runs.
const MAX_TITLE = 60;
// A word of the genre a headline names: 民生实事 · 为民办实事 · 惠民工程.
const GENRE_WORD = /实事|民生|惠民/u;

// A subtitle's opening dash: —— · ── · --.
const SUBTITLE = /^\s*(?:[—―─]{1,3}|-{2})\s*[^\s—―─-]/u;

export function documentFacts(paragraphs: Paragraph[], maxScan = 4000): DocumentFacts {
  const live = paragraphs.filter((p) => !p.noise || p.noise === "dateline");
  // The title is the first line that is no furniture of the page (人民网 · 人民网>>江苏频道>>民生).
  // (Nor a record's metadata: 索引号 · 发布机构 · 生成日期.)
  // (Counted after a record's metadata, which may run longer than the lines scanned: 索引号 · 发布机构 · 生成日期 · 公开日期 …)
  const heads = live.filter((p) => p.noise !== "dateline").slice(0, TITLE_SCAN).filter((p) => !p.noise && !PAGE_FURNITURE.test(asWrittenApart(p.span)));
  // (No sentence of the body: none ends in 。 or holds one, 李鸿忠还表示,…荆楚大地。(完).)
  const headline = (text: string) => text.length <= MAX_TITLE && !/[。]/.test(text) && !DATELINE.test(text);
  // Of the first lines that could be the headline, one that names the genre (…民生实事项目来了!) is,
  // before a section's name the page set above it (山东 · 齐鲁大地:). (A newspaper page may set it below
  // the lede's columns.)
  const first = heads.find((p) => headline(p.span.text) && GENRE_WORD.test(p.span.text))?.span.text ?? heads[0]?.span.text ?? live[0]?.span.text ?? "";
  const title = live.length > 1 && headline(first) ? first : null;
  // A newspaper's subtitle, on the line after the headline and opening on a dash (十件民生实事交出暖心答卷 ‖ ——2024年…全部完成):
  // part of the headline where the year is weighed.
  const next = title === null ? undefined : live[live.findIndex((p) => p.span.text === title) + 1]?.span.text;
  const subtitle = next !== undefined && SUBTITLE.test(next) && headline(next) ? next : "";
  let published: string | null = null;
  let publisher: string | null = null;
  for (const p of paragraphs.slice(0, 12).concat(paragraphs.filter((p) => p.noise === "dateline"))) {
    const text = p.span.text;
    if (SITE_CALENDAR.test(text)) continue;
    // (…or the page's date beside its count of readers, on the breadcrumb's line: …> 正文 | 2018-07-06 阅读量:)
    if (DATELINE.test(text) || HEAD_STAMP.test(text) || MASTHEAD.test(text) || DATE_ALONE.test(text) || /发布时间|发布日期|公开日期|更新时间|(?:来源|稿源)[:：]|阅读量|阅读次数|浏览次数|点击量/.test(text)) {
      const d = DATE.exec(text);
      if (d && !published) published = iso(Number(d[1]), Number(d[2]), Number(d[3]));
      // A stamp written day first (29.11.2018 13:10).
      const dmy = DAY_FIRST_STAMP.exec(text);
      if (dmy && !published) published = iso(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
      const s = SOURCE.exec(text);
      if (s && !publisher) publisher = sourceName((s[1] ?? s[2])!);
    }
    const by = BYLINE.exec(text) ?? WEB_BYLINE.exec(text);
    if (by && !publisher) publisher = by[1]!;
  }
  const text = live.map((p) => p.span.text).join("\n").slice(0, maxScan);
  // Names are matched where the document writes them together: never across a space or a
  // line break the paragraph joined ("海曙 江北" does not spell 海北).
  const scanned = live.map((p) => asWrittenApart(p.span)).join("\n").slice(0, maxScan);
  // Where the page stands in its site (您的位置: 首页> 石泉要闻 · 武隆网 > 社会民生): a place it names is the site's,
  // read as the headline's mentions are, before the text's own (县发改局会同县人大: 会同 is a verb there).
  const crumbs = breadcrumbs(paragraphs);
  let region = crumbs.length ? detectRegion(`${crumbs.join("\n")}\n${scanned}`, title) : detectRegion(scanned, title);
  // A text that speaks as 我市 on its own government's site (主办:新郑市人民政府办公室) is that place's,
  // where it lies inside the region the text names most (新郑市 in 郑州市, whose list it carries out).
  const owner = siteOwner(paragraphs);
  // (So is one that speaks as no place at all, a table, whose source line names that government too: 来源：龙泉市人民政府办公室.)
  const spoken = spokenSuffix(text);
  if (owner && region && owner !== region && isAncestor(region, owner) && (spoken === owner.name.slice(-1) || (spoken === null && !!publisher?.startsWith(owner.name)))) region = owner;
  // A text that names no region at all may still name one township or street only one county has.
  // A text that names a region several bear (西湖区 is 杭州's and 南昌's) is the bearer whose townships it names.
  const chosen = region ? null : bearerByTownships(regionIndex(), scanned);
  if (chosen) region = chosen.region;
  const lone = region ? null : loneTownship(regionIndex(), scanned);
  if (lone) region = lone.county;
  const lede = live.slice(0, 4).map((p) => p.span.text).join("\n");
  const ledeYears: number[] = [];
  for (const m of allMatches(lede, YEAR)) if (!ledeYears.includes(Number(m[1]))) ledeYears.push(Number(m[1]));
  return { title, published, publisher, region, regionFrom: lone?.township ?? null, regionChosen: chosen && { name: chosen.region.name, townships: chosen.townships }, ledeYears, year: dominantYear(text, title && title + subtitle, published) };
}

/**
 * The page's breadcrumb lines among its first, as written apart, each site section named after one place
 * (石泉要闻 · 武隆网 · 余杭新闻) given that place's full name, so its mention is read as one.
 */
function breadcrumbs(paragraphs: Paragraph[]): string[] {
  const idx = regionIndex();
  const fullName = (whole: string, name: string, section: string) => {
    const places = idx.byName.get(name) ?? idx.countyByShort.get(name) ?? [];
    return places.length === 1 ? `${places[0]!.name} ${section}` : whole;
  };
  return paragraphs
    .slice(0, TITLE_SCAN)
    .filter((p) => p.noise && BREADCRUMB.test(p.span.text))
    .map((p) => asWrittenApart(p.span).replace(SITE_SECTION, fullName));
}

// A page's owner, as its footer states it: 主办:新郑市人民政府办公室 · 版权所有:河南省新郑市人民政府 · 主办单位：…
const SITE_OWNER = /(?:主办(?:单位)?|版权所有)\s*[:：]?\s*(?:©\s*)?([\u4e00-\u9fff]{2,24}?(?:人民政府|政府|委员会|融媒体中心))/u;

/** The one region whose government's site the page is, from its footer (主办 · 版权所有), or null. */
function siteOwner(paragraphs: Paragraph[]): RegionEntry | null {
  const idx = regionIndex();
  const owners = new Set<RegionEntry>();
  for (const p of paragraphs) {
    const m = SITE_OWNER.exec(p.span.text);
    if (!m) continue;
    // The most specific full name the owner's line writes (河南省新郑市人民政府 → 新郑市).
    const names = [...idx.scan(m[1]!)].map(({ name }) => idx.byName.get(name)!.filter((e) => e.name === name));
    const last = names.filter((n) => n.length).at(-1);
    const entry = last && (last.length === 1 ? last[0] : last.find((e) => names.some((n) => n.some((a) => a !== e && isAncestor(a, e)))));
    if (entry) owners.add(entry);
  }
  return owners.size === 1 ? [...owners][0]! : null;
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

// A year the text writes as just past (刚刚过去的2020年), or compares this year's with (较2024年增加35亿元):
// the text is written in the year after.
// (…or that the text looks back on: 政府工作报告在回顾2023年工作时 · 回顾2021年，我市….)
const PAST_YEAR = /(?:过去的|回顾|[较比](?=\s*\d{4}\s*年\s*(?:增加|增长|提高|减少|下降|多|少)))\s*((?:19|20)\d{2})\s*年/gu;
export const THIS_YEAR = /今年|本年/u;
// The year just past, as a page written early in the next speaks of it: 过去一年 · 去年 · 刚刚过去的一年 (not a comparison: 比去年).
const YEAR_JUST_PAST = /过去(?:的)?一年|(?<![比较与同])去年(?!同期)/u;
const THIS_YEARS = new RegExp(THIS_YEAR.source, "gu");
// How often a text must say 今年 for it to weigh, and the most it weighs (a year written in the headline weighs 3).
const MIN_THIS_YEARS = 2;
const MAX_THIS_YEAR_WEIGHT = 2;
/** 今年 right before the count of its programme (上海公布今年27项实事项目): the year the page came out. */
export const THIS_YEAR_COUNT = /今年(?=\s*(?:\d+|[一二三四五六七八九十两]+)\s*[项件个大])/u;
const COUNTED_THIS_YEAR = new RegExp(THIS_YEAR_COUNT.source, "gu");

/** The year a text writes as just past (刚刚过去的2020年 → 2020), or null. */
export function yearPassed(text: string): number | null {
  const m = new RegExp(PAST_YEAR.source, "u").exec(text);
  return m ? Number(m[1]) : null;
}

// A year that names a government's work report (作2014年吉林省政府工作报告): the year it is given in, which
// looks back on the year before as often as it plans its own; no evidence of which year the text is of
// where the text names another.
const WORK_REPORT_AFTER = /^[\u4e00-\u9fff]{0,8}?政府工作报告/u;

const COUNTED_YEAR_WEIGHT = 2;
// What a year the headline writes weighs.
const TITLE_YEAR_WEIGHT = 3;
// A year a headline opens on, written without 年, before words: 2011杭州… · 2024 民生实事… (not 2024-01-05, 2024.1, 20240105).
const TITLE_BARE_YEAR = /^\s*((?:19|20)\d{2})(?=\s?(?![年届])[\u4e00-\u9fff“"《])/u;

// A short line that ends on no sentence's end (nor a colon that opens a list), before another short line: one sentence broken over lines.
const BROKEN_LINE = /(?<=^|\n)([^\n。！？!?：:]{2,30})\n(?=[^\n]{2,40}(?:\n|$))/gu;
export function dominantYear(text: string, title: string | null, published: string | null = null): number | null {
  const counts = new Map<number, number>();
  // In a text that speaks of 今年, a year written as just past is last year: it names the year after.
  const now = THIS_YEAR.test(text);
  // 今年 right before a count (上海公布今年27项实事项目) is the year the page came out.
  const thisYear = (t: string) => (published ? t.replace(COUNTED_THIS_YEAR, `${published.slice(0, 4)}年`) : t);
  const counted = thisYear(now ? text.replace(PAST_YEAR, (_, y: string) => `过去的${" ".repeat(y.length)}年`) : text);
  if (now) for (const m of allMatches(text, PAST_YEAR)) counts.set(Number(m[1]) + 1, (counts.get(Number(m[1]) + 1) ?? 0) + 1);
  const reportYears: number[] = [];
  for (const m of allMatches(counted, YEAR)) {
    if (WORK_REPORT_AFTER.test(counted.slice(m.index! + m[0].length, m.index! + m[0].length + 12))) reportYears.push(Number(m[1]));
    else counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  }
  // …unless the text names no other: a plan told by its work report (2024年政府工作报告提出，今年将…) is of that year.
  if (!counts.size) for (const y of reportYears) counts.set(y, (counts.get(y) ?? 0) + 1);
  // A year in the sentence that states the programme's count (荣成市2018年民生实事出炉，共8类41项民生实事) is the
  // programme's, more than years the text mentions in passing (2017年，市民享受… · …于2017年投入使用).
  // (Only years written before the count: 上海公布2020年27项实事项目，来看2019年哪几项测评得分居前 speaks of 2019's in passing;
  // where none is, a year after it in its own clause: 12项实事2023年底全部完成, not …12项实事年底前完成，同时启动2024年…的征集.)
  // The first sentence after the headline that counts the programme says what the page is about: where it gives it as 今年's
  // (今年县委、县政府确定的十件为民实事项目一季度进展顺利), the year the page came out in weighs as a headline's year would,
  // and wins a tie (over 2018年，…十件为民实事全面完成 in a box of links below).
  let opening: number | null = null;
  let first = true;
  // (A sentence a page broke into short lines, 2024年涪陵区首次开展 ‖ 区级重点民生实事项目 ‖ … ‖ 10件区级重点民生实事项目 ‖ 全部完成，
  // runs on over them: a line that ends on no mark goes on in the next, where both are short.)
  for (const sentence of counted.replace(BROKEN_LINE, "$1").split(/[。！？!?\n]/u)) {
    const count = mayCount(sentence) ? allMatches(sentence, COUNT).find((m) => numeral(countOf(m)) >= MIN_PROGRAMME) : undefined;
    if (!count) continue;
    const years = allMatches(sentence, YEAR);
    const before = years.filter((m) => m.index! < count.index!);
    const sameClause = years.filter((m) => m.index! > count.index! && !/[，,；;]/u.test(sentence.slice(count.index!, m.index!)));
    // (The headline's own count is weighed below.)
    // (A headline that ends on its !, split off here, is still the headline: 10件区级重点民生实事全部完成！)
    const headline = !!title && (title.includes(sentence.trim()) || sentence.includes(title.replace(/[。！？!?\s]+$/u, "")));
    // (…and where it gives the year itself, telling the count the headline tells (10件区级重点民生实事全部完成！ ‖ 2024年大渡口区…10件
    // 区级重点民生实事项目全部完成), that year weighs so, over a closing sentence on the next year's vote: 2025年，…将票决产生2025年10件…;
    // not a first count of another, the year before's look back: 2020年，县政府承诺的10件民生实事全部办结 under …2021年将…办好12件.)
    const titleCounts = title && mayCount(title) ? allMatches(title, COUNT).map((m) => numeral(countOf(m))) : [];
    if (first && !headline && before.length && titleCounts.includes(numeral(countOf(count)))) opening = Number(before.at(-1)![1]);
    if (first && !headline && published && !before.length && !sameClause.length) {
      const lead = sentence.slice(0, count.index);
      if (THIS_YEAR.test(lead)) opening = Number(published.slice(0, 4));
      // (…and where it gives it as the year just past, 过去一年，我市高质量完成了12项…, the year before; not in a page that speaks
      // of 今年 too: its 去年 looks back before this year's.)
      else if (!now && YEAR_JUST_PAST.test(lead)) opening = Number(published.slice(0, 4)) - 1;
    }
    first &&= headline;
    for (const y of new Set((before.length ? before : sameClause).map((m) => Number(m[1])))) counts.set(y, (counts.get(y) ?? 0) + COUNTED_YEAR_WEIGHT);
  }
  if (opening !== null) counts.set(opening, (counts.get(opening) ?? 0) + TITLE_YEAR_WEIGHT);
  for (const m of allMatches(thisYear(title ?? ""), YEAR)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + TITLE_YEAR_WEIGHT);
  // (So does one a headline opens on without 年, as headlines write it: 2011杭州政府工作报告开征民意 · 2024民生实事清单出炉.)
  const bare = TITLE_BARE_YEAR.exec(title ?? "");
  if (bare) counts.set(Number(bare[1]), (counts.get(Number(bare[1])) ?? 0) + TITLE_YEAR_WEIGHT);
  // On a tie, the year the page was published in, where it is one of them and the page came out in its
  // second half (自2017年5月开始… ‖ 其中2018年完成…, published November 2018: early in a year, a page as often
  // tells the year before); else the year the text names first (its opening states what it is about).
  const stamped = published && Number(published.slice(5, 7)) >= SECOND_HALF ? Number(published.slice(0, 4)) : null;
  // A page of the year's second half that speaks of 今年 again and again (今年以来… 今年70岁的… 从今年6月份开始…) speaks of
  // the year it came out in, more than of a year it names once in passing (2019年，借着危房改造…).
  const spokenOf = stamped !== null ? Math.min(allMatches(text, THIS_YEARS).length, MAX_THIS_YEAR_WEIGHT) : 0;
  if (spokenOf >= MIN_THIS_YEARS) counts.set(stamped!, (counts.get(stamped!) ?? 0) + spokenOf);
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)!) best = year;
  if (best !== null && stamped !== null && counts.get(stamped) === counts.get(best)) return stamped;
  if (best !== null && opening !== null && counts.get(opening) === counts.get(best)) return opening;
  return best;
}

// What follows a short name when it names a place inside a region: a township, street, road …
const INNER_PLACE = /^(?:等?乡镇|镇|乡|街道|村|路|大道|大街|街|社区|小区|站|桥|湖|公园|广场|片区|新区|园区)/u;
// A region's own bodies, written after its full name: 濂溪区政府 · 鄂城区委 · 舒城县人大.
const REGION_BODY = /^(?:政府|委|人大|人民政府)/u;
// A headline opening (after its year) on a place and what it will do: 2020年广东将… · 广州今年….
const TITLE_SUBJECT = /^(?:(?:19|20)\d{2}\s*年\s*)?([\u4e00-\u9fff]{2,8}?)(?=将|今年|全力|再次|继续)/u;
// Counties of one city a text names for it to speak of the city, not of one of them.
const MIN_LISTED_COUNTIES = 3;
// The government that issues the page, named by its source line (来源：太仓市人民政府办公室) or signing it above its date
// (诸城市人民政府办公室 ‖ 2024年1月24日): the page's own region, as its congress is.
const SOURCE_BEFORE = /(?:来源|发布机构|发布单位|信息来源)\s*[:：]\s*$/u;
const GOVERNMENT_AFTER = /^(?:人民政府|政府)(?:办公室|办公厅|办)?/u;
const SIGNED_DATE = /^\s*\n\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;

/** Whether the region's name at [index, end) names the government that issues the page. */
function isIssuer(text: string, index: number, end: number): boolean {
  const body = GOVERNMENT_AFTER.exec(text.slice(end, end + 8));
  if (!body) return false;
  return SOURCE_BEFORE.test(text.slice(Math.max(0, index - 8), index)) || SIGNED_DATE.test(text.slice(end + body[0].length, end + body[0].length + 20));
}

// What a region above the speaker does to its tasks: 苏州市下达 · 省人民政府下达 · 市政府下达.
const ASSIGNS = /^(?:人民政府|政府)?下达/u;
// Share of the best-named region's weight that a region at the spoken level needs to be chosen.
const LEVEL_CUE_SUPPORT = 0.5;

const SEGMENTER = new Intl.Segmenter("zh", { granularity: "word" });
// The words 县 opens that any county has: 县城 · 县医院 · 县幼儿园 · 县级 · 县直 · 县域 · 县第六小学.
const COUNTY_WORD_AFTER = /^(?:城|医院|人民医院|中医院|幼儿园|一中|二中|中学|小学|级|直|域|第[一二三四五六七八九十\d])/u;
// How often the text must write a name's first part before other words for the name to be that word.
const MIN_WORD_USES = 2;

// Fewest mentions of a short name, each after the same letters, that make those letters and the name one word.
const MIN_SAME_BEFORE = 2;

/** Whether every mention of a short name comes right after the same two letters, MIN_SAME_BEFORE mentions at least. */
function sameLettersBefore(text: string, found: Array<{ name: string; index: number }>, name: string): boolean {
  const before = found.filter((f) => f.name === name).map((f) => text.slice(Math.max(0, f.index - 2), f.index));
  return before.length >= MIN_SAME_BEFORE && /^[\u4e00-\u9fff]{2}$/u.test(before[0]!) && before.every((b) => b === before[0]);
}

/** How often `text` writes `part` (新建) where it does not open `name` (新建县). */
function wordElsewhere(text: string, part: string, name: string): number {
  return text.split(part).length - text.split(name).length;
}
// A district's full name this short (城区, 郊区, 上城区) may be letters of ordinary words around it.
const SHORT_FULL_NAME = 3;
// Words that join or place others, opening a two-character name (和县): inside a sentence, the word.
const JOINING_FIRST = /^[和与及或在对向从为于将把]/u;
// Verbs a county's slogan sets before 县 (实干兴县 · 工业富县), which two counties' names open on.
const SLOGAN_FIRST = /^[兴富]/u;
const FORMER_CITY_MENTIONS = 2;
const JOINT_VERB = /^会同/u;
const ASKS_FOR = /[要将并由应须责可局委办厅部院所站组室处科府会心队]/u;

// A region's own congress, in session or by its standing committee, right after its full name
// (建德市十六届人大二次会议 · 钢城区第十八届人民代表大会 · 某县人大常委会): the programme it votes on or hears is that region's.
const CONGRESS_AFTER = /^(?:第?[一二三四五六七八九十]+届)?(?:人大|人民代表大会)/u;
const CONGRESS_WEIGHT = 3;
// The weight of a mention of a place listed with others, by 、.
const LISTED_WEIGHT = 0.25;
// Districts named as any town names its parts: 老城区 (洛阳) is also every town's old town.
const DESCRIPTIVE_DISTRICT = /^(?:老城|新城|城|郊|矿|城[东南西北中关]|市中)区$/u;
// Characters of context either side of a name that the segmenter reads to place word boundaries.
const WORD_CONTEXT = 6;

/** The word boundaries around [start, end), as offsets into the text, by the runtime's dictionary segmenter (ICU). */
function boundariesAround(text: string, start: number, end: number): Set<number> {
  const from = Math.max(0, start - WORD_CONTEXT);
  const bounds = new Set<number>([Math.min(text.length, end + WORD_CONTEXT)]);
  for (const { index } of SEGMENTER.segment(text.slice(from, end + WORD_CONTEXT))) bounds.add(from + index);
  return bounds;
}

/** Whether [start, end) begins and ends on word boundaries. */
function atWordBoundaries(text: string, start: number, end: number): boolean {
  const bounds = boundariesAround(text, start, end);
  return bounds.has(start) && bounds.has(end);
}

/** Whether a word of the text begins at `start` (涉及|长乐市 does; 新增|城市 has no word begin at 增). */
const startsWord = (text: string, start: number): boolean => boundariesAround(text, start, start).has(start);

const depth = (e: RegionEntry): number => (e.parent ? depth(e.parent) + 1 : 0);

/** The counties whose short name (longer than `name`) the text writes at `index`, or null. */
function longerCountyShort(idx: ReturnType<typeof regionIndex>, text: string, index: number, name: string): RegionEntry[] | null {
  for (let length = 4; length > name.length; length--) {
    const entries = idx.countyByShort.get(text.slice(index, index + length));
    if (entries) return entries;
  }
  return null;
}

/** Counties under one of `entries` whose short name the text writes at `index` (海口美兰 → 美兰区), or null. */
function partWrittenAfter(idx: ReturnType<typeof regionIndex>, text: string, index: number, entries: RegionEntry[]): RegionEntry[] | null {
  for (let length = 3; length >= 2; length--) {
    const parts = idx.countyByShort.get(text.slice(index, index + length))?.filter((c) => entries.some((e) => isAncestor(e, c)));
    if (parts?.length) return parts;
  }
  return null;
}

/**
 * The region a text speaks for, under the name of the text's years where it speaks as a 县 of a place since made a
 * county-level city or a district (我县 … 玉环新闻网: 玉环县, now 玉环市), as where it writes that name itself.
 */
export function detectRegion(text: string, title: string | null): RegionEntry | null {
  const region = regionSpokenFor(text, title);
  if (!region || region.level !== "county" || !/(?:市|区)$/u.test(region.name) || spokenSuffix(text) !== "县") return region;
  return regionIndex().byName.get(`${region.short}县`)?.find((e) => e.code === region.code) ?? region;
}

// How many times the others' weight together one part must be named to speak for itself among listed parts.
const DOMINANT_PART = 3;
/** Whether one of the weights is DOMINANT_PART times the others' together or more. */
function dominated(weights: number[]): boolean {
  const top = Math.max(...weights);
  return top >= DOMINANT_PART * (weights.reduce((a, b) => a + b, 0) - top);
}

/** The region a text speaks for: the level it speaks from (我市 …), then the most named region there. */
function regionSpokenFor(text: string, title: string | null): RegionEntry | null {
  const idx = regionIndex();
  const score = new Map<RegionEntry, number>();
  const add = (entry: RegionEntry, w: number) => score.set(entry, (score.get(entry) ?? 0) + w);
  const mentions: Array<{ entries: RegionEntry[]; weight: number }> = [];
  const found = [...idx.scan(text)];
  // A place listed with others (除焦作博爱县、周口沈丘县、济源外 · 柴桑区、濂溪区): a text above them names
  // them, often, and each is not the text's own region.
  const listedWeight = (start: number, end: number): number => (text[start - 1] === "、" || text[end] === "、" ? LISTED_WEIGHT : 1);
  // A place whose own level the text names (乐清本级民生实事, beside 温州市级…) is the speaker.
  const ownLevel = new Set<RegionEntry>();
  // Parts named right after their region (西宁市城中区): only the region's own part of that name.
  const within = new Map<number, RegionEntry[]>();
  // Where a part so written begins, its region's name included (周口|沈丘县 begins at 周口).
  const writtenFrom = new Map<number, number>();
  const writtenAfter = new Set<RegionEntry>();
  for (const [k, { name, index }] of found.entries()) {
    const entries = within.get(k) ?? idx.byName.get(name)!;
    const full = entries.some((e) => e.name === name) || idx.writtenShort.has(name);
    // A name written before one of its own parts (聊城市东昌府区 · 湖北省黄石市 · 海口美兰) only says
    // where that part lies: the part is what the text names.
    const end = index + name.length;
    const next = found[k + 1];
    const parts = next?.index === end ? idx.byName.get(next.name)!.filter((part) => entries.some((e) => isAncestor(e, part))) : [];
    if (parts.length) {
      within.set(k + 1, parts);
      writtenFrom.set(k + 1, writtenFrom.get(k) ?? index);
      for (const part of parts) writtenAfter.add(part);
      continue;
    }
    const part = partWrittenAfter(idx, text, end, entries);
    if (part) {
      const partEnd = end + (text.startsWith(part[0]!.name, end) ? part[0]!.name.length : part[0]!.short.length);
      mentions.push({ entries: part, weight: (index < 300 ? 2 : 1) * (title?.includes(name) ? 2 : 1) * listedWeight(index, partEnd) });
      continue;
    }
    // A city's short name that goes on as a county's short name is the county: 岳阳楼公安分局 is 岳阳楼区's.
    const county = full ? null : longerCountyShort(idx, text, index, name);
    if (county) {
      mentions.push({ entries: county, weight: 0.5 * (index < 300 ? 2 : 1) });
      continue;
    }
    // A short name that goes on as a place inside a region is not the region: 中山等乡镇 · 大同路;
    // nor one that straddles two words of the sentence: 扩大/同城化 is not 大同.
    if (!full && INNER_PLACE.test(text.slice(index + name.length, index + name.length + 3))) continue;
    // So is a short full name inside a word: 万户以上城区 holds no 上城区, 示范县 no 范县.
    const shortFull = name.length <= SHORT_FULL_NAME && (name.endsWith("区") || name.length <= 2);
    if (!within.has(k) && (!full || shortFull) && !atWordBoundaries(text, index, index + name.length)) continue;
    // …or one the same letters always come right before, where the text writes it twice or more (王建|东区住建局 ‖ 王建|东区城管局):
    // the letters and the name are one word, a person's name run into the body after it, not the district.
    if (shortFull && !within.has(k) && sameLettersBefore(text, found, name)) continue;
    // A county's name run into a word of any county's (新建|县城第二小学 · 新建|县医院), where the text writes the name's
    // first part as a word of its own again and again (新建江南休闲主题公园 · 新建廉租房): the verb and the word, not 新建县.
    if (full && !within.has(k) && name.endsWith("县") && COUNTY_WORD_AFTER.test(text.slice(end, end + 4)) && wordElsewhere(text, name.slice(0, -1), name) >= MIN_WORD_USES) continue;
    // An old city's name (长乐市) only before the place's own bodies (长乐市政府 · 长乐市委), or written again and
    // again: 新建市城区停车场 builds.
    if (idx.formerCities.has(name) && !REGION_BODY.test(text.slice(end, end + 4)) && found.filter((f) => f.name === name).length < FORMER_CITY_MENTIONS) continue;
    // …nor where it begins inside a word (新增|城市绿地 holds no 增城市), however often.
    if (idx.formerCities.has(name) && !within.has(k) && !startsWord(text, index)) continue;
    // A two-character name that opens on a joining word, inside running words (城乡结合部和县中心区 · 乡镇（街道）和县直部门, a
    // bracket closing the word before): the word, not 和县.
    if (full && name.length === 2 && JOINING_FIRST.test(name) && /[\u4e00-\u9fff）)」”』]/u.test(text[index - 1] ?? "")) continue;
    // So is one that opens on a slogan's verb, after the words the slogan sets to it (实干兴县 · 产业富县), not after a
    // region's name (吕梁市兴县, read above as its part): the slogan, not 兴县.
    if (full && name.length === 2 && SLOGAN_FIRST.test(name) && /[\u4e00-\u9fff]/u.test(text[index - 1] ?? "") && !/[省市州盟]/u.test(text[index - 1]!)) continue;
    // A name that opens on the verb of acting jointly, right after a word that asks for it or a body that acts
    // (要会同县督查办 · 并会同县财政局 · 县发改局会同县人大 · 县政府督查室会同县发改委): the verb.
    if (JOINT_VERB.test(name) && ASKS_FOR.test(text[index - 1] ?? "")) continue;
    const weight = (full ? 1 : 0.5) * (index < 300 ? 2 : 1) * (title?.includes(name) ? 2 : 1) * listedWeight(writtenFrom.get(k) ?? index, end) * (full && (CONGRESS_AFTER.test(text.slice(end, end + 12)) || isIssuer(text, index, end)) ? CONGRESS_WEIGHT : 1);
    mentions.push({ entries, weight });
    if (text.startsWith("本级", end)) for (const e of entries) ownLevel.add(e);
  }
  // A county's short name counts where the place's own bodies follow it (宁海新闻网, 崇川经济开发区).
  for (const { name, index } of idx.countyShortMentions(text)) {
    if (!atWordBoundaries(text, index, index + name.length)) continue;
    mentions.push({ entries: idx.countyByShort.get(name)!, weight: 0.5 * (index < 300 ? 2 : 1) });
    if (text.startsWith("本级", index + name.length)) for (const e of idx.countyByShort.get(name)!) ownLevel.add(e);
  }
  const named = [...new Set(mentions.flatMap((m) => m.entries))];
  // (A part written right after its region's name, 西宁市城中区, is supported by it.)
  const related = (e: RegionEntry) => writtenAfter.has(e) || named.some((a) => isAncestor(a, e) || isAncestor(e, a));
  for (const { entries, weight } of mentions) {
    // A name several regions bear (朝阳区) counts for those whose ancestors are named too; so does a
    // district named like a part of any town (老城区 · 城北区 · 郊区), which a text says as a word.
    const shared = entries.length > 1 || entries.every((e) => DESCRIPTIVE_DISTRICT.test(e.name));
    // (Where the text names no kin of any of them, a short name a province bears with lesser places, 海南 of 海南日报 · 海南要闻, is the province's.)
    const kin = shared ? entries.filter(related) : entries;
    const provinces = entries.filter((e) => e.level === "province");
    const chosen = shared && !kin.length && entries.length > 1 && provinces.length === 1 ? provinces : kin;
    for (const e of chosen) add(e, weight / chosen.length);
  }
  // A region that hands the speaker its tasks (“苏州市实事项目”为苏州市下达我市任务 · 省政府下达的目标) is above it: where the
  // text names a place below it too, that place speaks.
  for (const { name, index } of found) {
    if (!ASSIGNS.test(text.slice(index + name.length, index + name.length + 8))) continue;
    for (const above of idx.byName.get(name) ?? []) if ([...score.keys()].some((e) => isAncestor(above, e))) score.delete(above);
  }
  if (!score.size) return landmarkRegion(idx, text);
  // A headline that writes a region's full name (岳阳楼区2019年…完成情况) names the report's region,
  // the most specific one where it writes several (湖北省黄石市…), whatever level the body speaks from.
  const top = Math.max(...score.values());
  // So does one that writes it by its short name after its parent's (江苏盐城：46件民生实事…), or
  // opens on its short name as a newspaper's place tag (太原：今年为民办实事…).
  const inTitle = (e: RegionEntry) =>
    !!title &&
    (title.includes(e.name) ||
      // (or by the short name and kind an autonomous region is written by: 黔西南州 · 木垒县)
      title.includes(idx.writtenShortOf.get(e.code) ?? e.name) ||
      (e.short.length >= 2 && new RegExp(`^${e.short}\\s*[:：]`, "u").test(title)) ||
      (!!e.parent && e.short.length >= 2 && (title.includes(e.parent.short + e.short) || title.includes(e.parent.name + e.short))));
  const headlined = [...score]
    .filter(([e, w]) => inTitle(e) && w >= top * LEVEL_CUE_SUPPORT)
    .sort((a, b) => depth(b[0]) - depth(a[0]) || b[1] - a[1] || (a[0].code < b[0].code ? -1 : 1));
  // …unless the body writes one part of it after its name and speaks of that part as much as the headline
  // and body of it (青海省西宁市兑现30项民生实事 ‖ 西宁市城西区… 城西区…): the headline gave the part by its city.
  if (headlined.length) {
    const [region, weight] = headlined[0]!;
    const parts = [...score].filter(([e, w]) => e.parent === region && writtenAfter.has(e) && w >= weight);
    return parts.length === 1 ? parts[0]![0] : region;
  }
  if (ownLevel.size === 1 && score.has([...ownLevel][0]!)) return [...ownLevel][0]!;
  // A headline whose subject is a region (2020年广东将全力办好十件民生实事 · 广东将…) names it,
  // however often the text names the places it speaks of (支持广州…).
  const subject = title ? TITLE_SUBJECT.exec(title)?.[1] : undefined;
  // (Its short name is looked up as written: a word segmenter may join it to the verb, 晋中将 → 晋|中将.)
  const bearers = subject ? (idx.byName.get(subject) ?? []) : [];
  const subjectEntry = bearers.length === 1 ? bearers[0] : bearers.find((e) => score.has(e) || [...score.keys()].some((s) => isAncestor(e, s) || isAncestor(s, e)));
  if (subjectEntry) return subjectEntry;
  const cue = new Map<RegionLevel, number>();
  // Bodies of two or more regions written with their names (柴桑区政府、濂溪区政府) are units a text
  // above them names, not the speaker: they are no cue. One region's (鄂城区政府) is the text's own.
  const bodies = found.filter(({ name, index }) => name.length > 2 && REGION_BODY.test(text.slice(index + name.length, index + name.length + 3)));
  let spokenText = text;
  if (new Set(bodies.map((b) => b.name)).size >= 2) for (const { name, index } of bodies) spokenText = spokenText.slice(0, index) + "　".repeat(name.length) + spokenText.slice(index + name.length);
  for (const [level, re] of SELF_REFERENCE) cue.set(level, (spokenText.match(re) ?? []).length);
  const levels: RegionLevel[] = ["province", "city", "county"];
  const ranked = [...score].sort((a, b) => b[1] - a[1] || (a[0].code < b[0].code ? -1 : 1));
  // Equal cues of two levels (市委 and 区委 once each): the level of the region most named.
  const topLevel = ranked[0]![0].level;
  const spoken = [...levels].sort((a, b) => cue.get(b)! - cue.get(a)! || (b === topLevel ? 1 : 0) - (a === topLevel ? 1 : 0))[0]!;
  // A text speaking as 我市 that names three or more counties of one city (端州区、鼎湖区、高要区、四会市…)
  // speaks of that city: a county-level city does not list its neighbours.
  if (cue.get(spoken)! > 0 && spoken === "city") {
    const counties = new Map<RegionEntry, Set<RegionEntry>>();
    for (const e of named) if (e.level === "county" && e.parent?.level === "city") counties.set(e.parent, (counties.get(e.parent) ?? new Set()).add(e));
    // (Not where one of them is named far more than the others together, 邵东市 thirteen times beside 新邵县 and 邵阳县 once
    // each: a county-level city that names its neighbours in passing.)
    const listed = [...counties].filter(([, parts]) => parts.size >= MIN_LISTED_COUNTIES && !dominated([...parts].map((e) => score.get(e) ?? 0)));
    if (listed.length === 1) return listed[0]![0];
  }
  // A county-level city (喀什市) speaks of itself as 我市 too.
  const atLevel = ranked.filter(([e]) => e.level === spoken || (spoken === "city" && e.level === "county" && e.name.endsWith("市")));
  // A text that speaks as a 区 and names only a 县 (a partner county's school) names its district by landmarks, if at all.
  const suffix = spoken === "county" ? spokenSuffix(spokenText) : null;
  if (suffix && atLevel.length && !atLevel.some(([e]) => e.name.endsWith(suffix))) {
    const landmarked = landmarkRegion(idx, spokenText);
    if (landmarked) return landmarked;
  }
  // The level the text speaks from picks among the well-supported regions, not against the evidence.
  if (cue.get(spoken)! > 0 && atLevel.length && atLevel[0]![1] >= ranked[0]![1] * LEVEL_CUE_SUPPORT) return atLevel[0]![0];
  // A city's text that names one of its counties most (我市…舒城县…) speaks of the city it names too.
  if (cue.get(spoken)! > 0 && spoken === "city" && ranked[0]![0].level === "county") {
    const city = ancestorAt(ranked[0]![0], "city");
    if (city && score.has(city)) return city;
    // …and one that names a county of a city it never names (家住桥东区… of another city's 桥东区) speaks of the city it does name.
    if (city && atLevel.length && !ranked.some(([e]) => isAncestor(e, ranked[0]![0]))) return atLevel[0]![0];
  }
  // A text speaking as a district (区政府 · 全区) that names its city most (宜春十中 · 宜春市特教学校)
  // is the district of that city it names, however seldom; naming none, it does not say which.
  // (So is one that names only its province, or a municipality, 重庆 · 陕西省: 大渡口幼儿园 · 美丽潼关建设; not an
  // autonomous region, whose own voice is 全区.)
  if (cue.get(spoken)! > 0 && spoken === "county" && (ranked[0]![0].level === "city" || (ranked[0]![0].level === "province" && !ranked[0]![0].name.endsWith("自治区")))) {
    const part = atLevel.find(([e]) => isAncestor(ranked[0]![0], e));
    if (part) return part[0];
    // Naming none of its districts, its landmarks and townships may (望城镇 · 长堎街道 → 新建区).
    if (!atLevel.length) return landmarkRegion(idx, text, ranked[0]![0]) ?? shortNamedCounty(idx, spokenText, ranked[0]![0]);
  }
  // A text speaking as 全省 that names only a city below it speaks of that city's province; so does one that
  // names the province too, however seldom (山西新闻网 ‖ 我省… 全省… 其中，太原市…、大同市…).
  if (cue.get(spoken)! > 0 && spoken !== "county") {
    const above = ancestorAt(ranked[0]![0], spoken);
    if (above && (!atLevel.length || (spoken === "province" && ranked[0]![0].level === "city" && atLevel.some(([e]) => e === above)))) return above;
  }
  // No self-reference: the most specific region among the best named.
  return ranked[0]![0];
}

/**
 * The one county under `within` whose short name a text that speaks as a county writes as a word of its own
 * (美丽潼关建设 · 大渡口幼儿园), its suffix agreeing with how the text speaks of itself; null where none or several.
 * (A short name written more often inside other words than apart, 新建 of 新建学校, is a word, not a place.)
 */
function shortNamedCounty(idx: ReturnType<typeof regionIndex>, text: string, within: RegionEntry): RegionEntry | null {
  const suffix = spokenSuffix(text);
  const named = new Set<RegionEntry>();
  for (const [short, entries] of idx.countyByShort) {
    if (short.length < 2 || !text.includes(short)) continue;
    const agreeing = entries.filter((e) => isAncestor(within, e) && (suffix === null || e.name.endsWith(suffix)));
    if (!agreeing.length) continue;
    const uses = allMatches(text, new RegExp(short, "gu"));
    const apart = uses.filter((m) => atWordBoundaries(text, m.index!, m.index! + short.length)).length;
    if (apart * 2 > uses.length) for (const e of agreeing) named.add(e);
  }
  return named.size === 1 ? [...named][0]! : null;
}

// What a place names after itself: its schools, hospitals, stations, its old town (陆丰学校 ·
// 钟楼医院 · 新郑老城区). Weak evidence (新建学校 is a school being built), read only where the text
// names no region of its own (`landmarkRegion`).
const LANDMARK = /(?=((?:第[一二三四五六七八九十]|实验|职业|高级)?(?:中学|小学|学校|一中|二中|三中|人民医院|中医院|医院|妇幼保健院|汽车站|火车站|高铁站|客运站|体育馆|体育中心|图书馆|博物馆|老城区|城区)))/gu;
// A landmark counted is a kind of building, no place's own (新建学校3所 · 改造医院两家).
const COUNTED_AFTER = /^[\d一二三四五六七八九十两]+(?:\.\d+)?\s*(?:所|个|座|家|处)/u;
// The suffix of a county-level name that each way of speaking of oneself implies: 我市 · 我县 · 全区 · 我旗.
const SPOKEN_SUFFIX: Array<[RegExp, string]> = [
  [/我市|全市|市委|市政府|本市/gu, "市"],
  [/我县|全县|县委|县政府|本县/gu, "县"],
  [/我区|全区|区委|区政府/gu, "区"],
  [/我旗|全旗/gu, "旗"],
];

/** The suffix of the name of the county-level place a text speaks as most (我市 → 市, 全区 → 区), or null where it speaks as none, or as two alike. */
function spokenSuffix(text: string): string | null {
  const counts = SPOKEN_SUFFIX.map(([re, suffix]) => [suffix, (text.match(re) ?? []).length] as const).sort((a, b) => b[1] - a[1]);
  return counts[0]![1] > counts[1]![1] ? counts[0]![0] : null;
}

// A township name shared by more counties than this (城关镇 is in 88) says nothing of which.
const TOWNSHIP_MAX_COUNTIES = 3;
// Distinct townships of one county a text must name for them to place it.
const TOWNSHIP_MIN_NAMES = 2;

/**
 * The county a text that names no region of its own speaks for, from the places it names after
 * it or inside it: the one county short name before a landmark (a text that says 我市 and 陆丰学校
 * is 陆丰市's), else the county two or more of whose townships or streets it names (望城镇 and
 * 长堎街道 are 新建区's) — in both, where the county's suffix agrees with how the text speaks of
 * itself, and under `within` where the text names the city it lies in. Null where the evidence
 * points to no county or to more than one.
 */
function landmarkRegion(idx: ReturnType<typeof regionIndex>, text: string, within: RegionEntry | null = null): RegionEntry | null {
  const suffix = spokenSuffix(text);
  const agrees = (e: RegionEntry) => (suffix === null || e.name.endsWith(suffix)) && (within === null || isAncestor(within, e));
  const named = new Set<RegionEntry>();
  if (suffix !== null) {
    const before = new Map<string, number>();
    for (const m of allMatches(text, LANDMARK)) {
      if (COUNTED_AFTER.test(text.slice(m.index! + m[1]!.length, m.index! + m[1]!.length + 6))) continue;
      for (const length of [3, 2]) {
        const at = m.index! - length;
        const short = at >= 0 ? text.slice(at, m.index!) : "";
        const entries = at >= 0 ? idx.countyByShort.get(short)?.filter(agrees) : undefined;
        if (entries?.length) {
          before.set(short, (before.get(short) ?? 0) + 1);
          break;
        }
      }
    }
    // A short name the text writes more often before other words than before its landmarks is a word
    // of the text, not a place (新建学校 · 新建道路 · 新建公园: 新建 builds).
    for (const [short, landmarks] of before) {
      if (landmarks * 2 <= text.split(short).length - 1) continue;
      for (const e of idx.countyByShort.get(short)!.filter(agrees)) named.add(e);
    }
  }
  if (named.size === 1) return [...named][0]!;
  if (named.size > 1) return null;
  const townships = new Map<RegionEntry, Set<string>>();
  // (A township written bare, 长堎大道 · 义桥至楼塔段, is the same township as 长堎街道: one name.)
  for (const { name, counties } of [...idx.townshipMentions(text), ...idx.bareTownshipMentions(text)]) {
    if (counties.length > TOWNSHIP_MAX_COUNTIES) continue;
    const stem = name.replace(/(?:街道|镇|乡)$/u, "");
    for (const county of counties.filter(agrees)) townships.set(county, (townships.get(county) ?? new Set()).add(stem));
  }
  const ranked = [...townships].map(([county, names]) => [county, names.size] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best && best[1] >= TOWNSHIP_MIN_NAMES && (!second || second[1] < best[1]) ? best[0] : null;
}

/**
 * The full names the text writes that several regions bear (鼓楼区 is in 南京, 徐州, 福州 and
 * 开封), each with the paths of its bearers: what a reader must choose between where the text
 * says no more.
 */
export function ambiguousNames(text: string): Array<{ name: string; paths: string[] }> {
  const idx = regionIndex();
  return [...sharedNames(idx, text)].map(([name, bearers]) => ({ name, paths: bearers.map((e) => idx.toRegion(e).path.join("/")) }));
}

/** The full names `text` writes that several regions bear, each with its bearers, in the order written. */
function sharedNames(idx: ReturnType<typeof regionIndex>, text: string): Map<string, RegionEntry[]> {
  const shared = new Map<string, RegionEntry[]>();
  for (const { name } of idx.scan(text)) {
    const bearers = idx.byName.get(name)!.filter((e) => e.name === name);
    if (bearers.length > 1) shared.set(name, bearers);
  }
  return shared;
}

// Townships or streets listed bare and then named for what they are: 友谊、东里、振头等8个街道 · 城关、新集两镇.
const LISTED_TOWNSHIPS = /((?:[\u4e00-\u9fff]{2,4}、)+[\u4e00-\u9fff]{2,4})(?:等|两|三|四|五)?(?:\d+|[一二三四五六七八九十]+)?个?(街道|镇|乡)/gu;

/**
 * Of the regions bearing a name the text writes (鼓楼区 is in 南京, 徐州, 福州 and 开封), the one
 * whose townships or streets the text names (西湖区 and 三墩镇 → 杭州's 西湖区), where it is the only
 * bearer named so, and the text writes one such name only. Null where none, or several, are.
 */
function bearerByTownships(idx: ReturnType<typeof regionIndex>, text: string): { region: RegionEntry; townships: string[] } | null {
  const shared = sharedNames(idx, text);
  if (shared.size !== 1) return null;
  const bearers = [...shared.values()][0]!;
  const named = new Map<RegionEntry, Set<string>>();
  // (Names listed bare before the word that says what they are count as written whole: 友谊、东里、振头等8个街道 → 友谊街道 ….)
  const listed = `${text}\n${allMatches(text, LISTED_TOWNSHIPS).flatMap((m) => m[1]!.split("、").map((name) => name + m[2]!)).join("、")}`;
  for (const { name, index, counties } of idx.townshipMentions(listed)) {
    if (!atWordBoundaries(listed, index, index + name.length)) continue;
    for (const bearer of bearers) {
      if (counties.some((county) => county === bearer || isAncestor(bearer, county))) named.set(bearer, (named.get(bearer) ?? new Set()).add(name));
    }
  }
  if (named.size !== 1) return null;
  const [region, townships] = [...named][0]!;
  return { region, townships: [...townships] };
}

/**
 * The county of the one township or street a text names that lies in one county only, where the
 * county's suffix agrees with how the text speaks of itself (陆城镇 in a text that says 我区 →
 * 云溪区; 小城镇 in a text that says 全区 is no 舒兰市's): weak evidence, read only where the text
 * names no region at all, and reported as a finding. Null where it names none, or several counties'.
 */
function loneTownship(idx: ReturnType<typeof regionIndex>, text: string): { county: RegionEntry; township: string } | null {
  const suffix = spokenSuffix(text);
  // (A township's name that straddles two words is none: 创建|城镇 holds no 建城镇.)
  const unique = [...idx.townshipMentions(text)].filter(({ name, index, counties }) => counties.length === 1 && atWordBoundaries(text, index, index + name.length));
  const counties = new Set(unique.map(({ counties }) => counties[0]!));
  if (counties.size !== 1) return null;
  const county = [...counties][0]!;
  return suffix === null || county.name.endsWith(suffix) ? { county, township: unique[0]!.name } : null;
}

// A word of a file's name that may spell a place: pinyin of two syllables or more (xian · taicang).
const SPELLED_WORD = /[a-z]{4,}/gu;

/**
 * The region a file's name gives, as a text that names none is filed (taicang_2025.txt ·
 * 太仓市民生实事.txt): the one region its words name, in characters or in pinyin as the site's
 * addresses spell it, where the region's suffix agrees with how the text speaks of itself. Weak
 * evidence, read only where the text names no region at all, and reported as a finding. Null where
 * the name gives none, or several (chaoyangqu is in Beijing and in Changchun).
 */
export function regionOfFileName(name: string, text: string): RegionEntry | null {
  const idx = regionIndex();
  const stem = fileStem(name);
  const named = new Set<RegionEntry>();
  for (const { name: found } of idx.scan(stem)) for (const e of idx.byName.get(found) ?? []) named.add(e);
  for (const [word] of allMatches(stem.toLowerCase(), SPELLED_WORD)) for (const e of idx.bySpelling(word)) named.add(e);
  const suffix = spokenSuffix(text);
  const agreeing = [...named].filter((e) => suffix === null || e.level !== "county" || e.name.endsWith(suffix));
  // (The one district the name spells is the text's though it speaks as the county or city the district was before, and under
  // the name it then had: penglai, 2015, 我市 → 蓬莱市, now 蓬莱区. Districts are made of counties and county-level cities, never
  // the other way: a city's name where the text speaks as a county is no such place.)
  const [only] = named.size === 1 ? [...named] : [];
  const former = !agreeing.length && only?.level === "county" && only.name.endsWith("区") && (suffix === "市" || suffix === "县");
  if (agreeing.length === 1) return agreeing[0]!;
  if (!former) return null;
  return idx.byName.get(`${only!.short}${suffix}`)?.find((e) => e.code === only!.code) ?? only!;
}

function ancestorAt(entry: RegionEntry, level: RegionLevel): RegionEntry | null {
  for (let e: RegionEntry | null = entry.parent; e; e = e.parent) if (e.level === level) return e;
  return null;
}

// Year-end results: stated completion rates, 完成情况, 交卷, 全部完成, 兑现, 竣工 (not a congress's 圆满完成各项议程), the public's
// satisfaction measured (满意率 · 满意度测评), how it was handled (办理情况), 建设完毕, 成绩单, 均在2024年完成 … What was opened is told after its subject
// (西馆建成开放。); the verb before its object is a task (建成开放苏州博物馆西馆).
const RESULT_CUES = /完成(?:年度|省定|市定|全年|年)?(?:目标)?(?:任务|计划)的|完成(?:年度|省定)?目标的|完成情况|交卷|已达成|全部(?:提前或超额)?完成|全部[^,，。;；]{1,4}?完成|(?:如期|全面)[^,，。;；]{0,6}?完成|全部办结|顺利完成|圆满完成(?!各项议程)|超额完成|均已完成|完成了预期目标|(?<![要将需])完成了(?!从)|年度目标任务完成|全部兑现|工作回顾|过去的?一年|(?:比|超|超过|高于)(?:年度|全年)?计划|(?<!目前)已(?:经)?(?:全部)?(?:完成|建成|累计|发放|为)|(?:建成投用|建成(?:使用|通车|开放)|投入(?:使用|运营)|全线贯通)(?=[了,，。;；、]|$)|完成投资|竣工(?!验收)|满意率|满意度测评|办理情况|最满意的|取得了?(?:显著|明显|良好|积极)成效|(?:建设|施工|改造)完毕|成绩单|均(?:在|于)[^,，。;；]{0,8}?完成/gu;
// Interim progress: 进展顺利, any 进度 (序时进度 · 进度表 · 形象进度), 上半年, 今年以来, works under way (正在 · 已开工 · 截至目前 · 目前，…已), a congress's inspection of how far the works got (视察 · 实施进度) … (not a timetable's 进度安排 · 进度要求: a plan's)
const PROGRESS_CUES = /稳步推进|顺利推进|正常推进|半年(?:以)?来|有序推进|进展顺利|推进情况|进展情况|进度(?!安排|要求)|视察|专题咨询|今年以来|正在|已开工|(?:截至|截止)目前|目前[,，]?[^。;；]{0,24}?已|上半年(?![内前]?(?:投用|开工|建成|完成|启动|竣工))|前三季度|一季度|1[-—~至]\d{1,2}月/gu;
// The half-year as a cut-off (今年上半年，… · 上半年以来), not as a deadline (上半年投用).
// (…and a heading's half-year account: …事项上半年推进情况 · 上半年进展情况汇总表.)
// (…or its 半年度 account: 2023年民生实事项目半年度推进情况 · 半年度建设情况.)
const FIRST_HALF = /上半年(?=[,，]|以来|全[省市县区]|共|累计|[^。，,；;\n]{0,8}?(?:推进|进展|完成|落实)情况)|(?:截至|今年)上半年|(?<![上下全每])半年度(?=[^。，,；;\n]{0,8}?(?:推进|进展|完成|落实|建设)情况)/u;
// Announced plans: 出炉, 敲定, 票决, 将于年内, 主要任务 … (not the 计划 of a programme so named: 民生计划)
const PLAN_CUES = /将(?:继续)?(?:实施|办好|推进|于)|要办(?:的|好)|(?<!将(?:继续)?|已|已经|全面)办好(?!了)|(?<!民生)计划|拟|力争|敲定|出炉|票决(?!制)|征集|公布|发布|确定|印发|抓好落实|主要任务|全年(?:完成|新建|开展|组织|救助|培训)|不少于|(?<!岁)以上|任务分解|分解下达|责任分工|完成时限|实施方案/gu;
// The speaker's own future, the plainest sign of a plan: 我们将继续… · 全市将… (its tasks may well be to open things: 建成投用…);
// or the place's, after the year, opening its sentence on the programme: 2013年乌达区将集中力量和资金，精心组织办好10件惠民实事
// (Not the closing word of a report: 下一步，我市将… · 今后，全市将… · 新的一年，我县将…)
const FUTURE_VOICE = /(?=[我全])(?<!(?:下一步|今后|接下来|明年|新的一年|来年)[^。]{0,12})(?:我们|我市|我省|我县|我区|全市|全省|全县|全区)(?:今年)?将|(?<=(?:^|[。！？\n，,：:])\s*(?:19|20)\d\d年[，,]?)[\u4e00-\u9fff]{1,8}?[省市县区旗](?:今年)?将(?=[^。]{0,16}?(?:办好|实施|推进|集中))/gu;
const FUTURE_WEIGHT = 3;
// A completion still to come is a plan's: 确保全年目标任务顺利完成 · 力争年底前建成. Its 完成 is no result.
// So is one set for a time still ahead: 下半年建成投用 · 10月份完成 · 年底前竣工 (已于年底前完成 is done).
const ASPIRATION = /(?:确保|力争|争取|务必)[^,，。;；]{0,16}?(?:完成|建成|兑现)|(?<!已于?|已在|(?<!计划|将|拟|预计)于(?:\d{4}年)?)(?:上半年|下半年|年底前?|年内|\d{1,2}月(?:底|份)?前?)[^,，。;；\d已]{0,4}?(?:完成|建成|投用|竣工|开工)/gu;

// A completion rate stated in the text: 完成年度目标任务的142.9% · 完成年度计划的104.4% · 完成率95% · 占全年计划88%
export const STATED_RATE = /完成[^,，。;；]{0,10}(?:目标|任务|计划)[^,，。;；\d]{0,4}的\s*\d|为(?:年度|全年)?(?:目标|任务|计划)的\s*\d|完成率\s*\d|(?:完成|占)(?:全年|年度)?(?:计划|目标)?比例\s*\d|占全年(?:计划|目标|任务)\s*\d/u;
const STATED_RATES = new RegExp(STATED_RATE.source, "gu");
// A result measured against the plan, whose 计划 is no plan cue: 比年度计划高20.3个百分点 · 超计划完成 · 高于计划
const MEASURED_AGAINST_PLAN = /(?:比|超|超过|高于|低于)(?:年度|全年)?计划/gu;
// A plan told with what was done of it, in one clause run: 计划新增16条公交线，到目前实际新增17条 ·
// 计划今年新建住宅供热700万平方米，已竣工650万平方米. Its 计划 is the measure, not a plan.
const PLAN_THEN_DONE = /计划[^。；;]{0,40}?[,，][^。；;]{0,12}?(?:已|实际)[^。；;,，]{0,6}?(?:完成|竣工|建成|开通|新增|更新|开工|改造)/gu;
// A part of a counted whole said done, the rest still to come: 10个交通"堵点"整治已完成5个 · 计划建成20所学校，目前已建成5所
// · 3项已完成，其余16项正稳步推进. Where a text tells its works so, the year is under way: each is a sign of progress, and its 已完成 none of results.
const PART_DONE = new RegExp(
  // N个… 已完成M个, M less than N
  `(?<whole>\\d+)\\s*(?<unit>[个项件所座条家处套户])[^。；;!！?？]{0,24}?(?:已经?|目前已)(?:完成|建成|竣工|开工|开通)(?<part>\\d+)\\s*\\k<unit>(?![\\d%])` +
    // N项已完成，其余M项… · 已完成N项，剩余M项…
    `|(?:\\d+\\s*(?<done>[项件个])(?:已经?|均已)?(?:完成|建成|办结)|(?:已经?)?(?:完成|建成|办结)了?\\s*\\d+\\s*(?<doneAfter>[项件个]))[^。；;]{0,12}?(?:其余|剩余|另有)\\s*\\d+\\s*(?:\\k<done>|\\k<doneAfter>)`,
  "gu",
);
/** How many times a text says part of a counted whole is done (see PART_DONE), the part less than the whole. */
function partsDone(text: string): number {
  return allMatches(text, PART_DONE).filter(isPart).length;
}
const isPart = (m: RegExpMatchArray): boolean => !m.groups!.whole || Number(m.groups!.part) < Number(m.groups!.whole);
/** The text without its parts said done (see PART_DONE): their 已完成 tells no result. */
function withoutParts(text: string): string {
  let out = "";
  let from = 0;
  for (const m of allMatches(text, PART_DONE).filter(isPart)) {
    out += text.slice(from, m.index);
    from = m.index! + m[0].length;
  }
  return out + text.slice(from);
}
// How much the share of items with stated rates weighs against the cue words (a list whose
// every item states its rate is results, whatever a closing paragraph plans).
const RATED_WEIGHT = 6;
// The programme itself said to be done, in a sentence that neither aims at it nor puts it ahead
// (南京今年民生实事项目全面完成 · 年初确定的40项民生实事项目，均已完成年度目标 · 扎实推动完成67个为民办实事项目):
// the report's own verdict, worth more than any one cue word.
// (Narrower than PROGRAMME, the count's vocabulary below: a bare 实事 beside 完成 is as often one task's; with it, kind −1.)
const PROGRAMME_SPOKEN = "(?:民生实事|为民办实事|为民实事|实事项目|民生工程|惠民工程|民心工程|惠民实事|民心实事)";
const PROGRAMME_DONE_WORDS = "(?:全面完成|全部[^。,，;；]{0,4}?(?:完成|兑现|办结)|均已完成|圆满完成|推动完成|已全部完成)";
// …the programme and its completion within a few words of each other, either way round.
const PROGRAMME_DONE = new RegExp(`${PROGRAMME_SPOKEN}[^。;；]{0,12}?${PROGRAMME_DONE_WORDS}|${PROGRAMME_DONE_WORDS}[^。;；,，]{0,12}?${PROGRAMME_SPOKEN}`, "u");
// (…and a deadline: 12件民生实事年底前全部兑现, a headline's promise.)
const NOT_YET = /将|要|确保|力争|争取|务必|计划|目标是|预计|拟|下一步|如何|能否|是否|年底前|年内/u;
const PROGRAMME_DONE_WEIGHT = 3;
// The month a cut-off from which a text that says its programme is done tells the year's results.
const LAST_QUARTER = 10;

// A count of 实事 told done: 10件实事已全部兑现 · 十件实事均已完成.
const COUNT_DONE = /(?:\d+|[一二三四五六七八九十两]+)\s*[件项](?:重点)?实事[^。；;，,]{0,6}?(?:全部|均已|已全部|已经全部)(?:完成|兑现|办结)/u;

/** Whether a text tells its programme done, by name (PROGRAMME_DONE) or by its count of 实事 (COUNT_DONE). */
export const toldDone = (text: string): boolean => programmeDone(text) > 0 || COUNT_DONE.test(text);

/** How many sentences of the text say its programme is done (see PROGRAMME_DONE). */
export function programmeDone(text: string): number {
  return text.split(/[。！!？?\n]/u).filter((s) => PROGRAMME_DONE.test(s) && !NOT_YET.test(s)).length;
}

const MONTHS = 12;
// A cited document's title, up to a length no sentence-long quotation reaches.
const CITED_TITLE = /《[^《》\n]{1,80}》/gu;
// The month from which a text published in its list's year tells how the year's works are going (plans come out before).
const SECOND_HALF = 7;
// Months into its year a text may be published and still be that year's plan, whatever voice it takes:
// any before the second half (a plan's 建成投入使用 is a target, not how the year ended).
const EARLY_MONTHS = SECOND_HALF - 1;

/**
 * Plan, progress or results, by the cues of each and by the share of items that state a
 * completion rate: a cut-off date before December makes an interim report even when it
 * states completion rates ("截至6月底…完成年度目标任务的62%"); one at the end of the report's own
 * year (`yearEnd`: 截至2020年12月底) tells the year as done, whatever words of its announcement
 * (征集, 确定) the text repeats. "完成年度计划的X%" is a result; its 计划 is never
 * read as a plan cue.
 */
// A line this short may be a table's header cell.
const HEADER_CELL = 10;

/** The text with each short line that repeats an earlier one left out: a header cell counts once. */
function onceEach(text: string): string {
  const seen = new Set<string>();
  return text
    .split("\n")
    .filter((line) => {
      const cell = line.trim();
      if (cell.length > HEADER_CELL || !cell) return true;
      if (seen.has(cell)) return false;
      seen.add(cell);
      return true;
    })
    .join("\n");
}

// What a text's own title says it is, the author's word on the whole, in the order it is asked:
// how far works got before how they ended (前三季度"成绩单"出炉), how they ended before what was
// announced (…完成情况的通知); it weighs as much as a few cue words of the body.
const TITLE_CUES: ReadonlyArray<readonly [ReportKind, RegExp]> = [
  ["progress", /进展|推进情况|进度|季度|半年|年中|截至|截止|进行时|时间过半|阶段|\d{1,2}\s*[-—~至]\s*\d{1,2}\s*月|\d{1,2}\s*月份/u],
  ["results", /完成情况|落实情况|(?:全部|全面|圆满)完成|兑现|交卷|交账|成绩单|答卷|工作回顾|盘点|回眸/u],
  ["plan", /印发|通知|出炉|定了|确定|敲定|票决|选出|将|要办|来了|任务书|责任分[工解]|分解表|实施方案|实施计划/u],
];
const TITLE_WEIGHT = 4;

/** The kind a title names (see TITLE_CUES), or null. */
function titleKind(title: string | null): ReportKind | null {
  return title ? (TITLE_CUES.find(([, cue]) => cue.test(title))?.[0] ?? null) : null;
}

export function reportKind(whole: string, ratedShare: number, asOfMonth: number | null = null, yearEnd = false, told: number | null = null, title: string | null = null): ReportKind {
  // (Not where, in the year's last quarter, the text says the whole programme is done: 截至11月底，10件民生实事均已完成或超额完成年度目标任务.)
  // (Nor where its title says so: …为民办实事项目完成情况公示, 截至11月25日.)
  // A text dated before its year begins can only tell what is promised (发布时间：2022-12-30 · 2023年将继续办好民生十件实事：…完成…).
  if (told !== null && told < 1) return "plan";
  if (asOfMonth !== null && asOfMonth < 12 && !(asOfMonth >= LAST_QUARTER && (programmeDone(whole) > 0 || titleKind(title) === "results"))) return "progress";
  if (yearEnd) return "results";
  // The title of a document the text cites (《…稳步推进城中村改造的指导意见》) is not the text's own voice;
  // a table's header cell repeated over each of its parts (进度 · 完成比例) is one word of it, not one per part.
  const text = onceEach(whole).replace(CITED_TITLE, "《》");
  const count = (re: RegExp, t = text) => (t.match(re) ?? []).length;
  const withoutRates = text.replace(STATED_RATES, "").replace(MEASURED_AGAINST_PLAN, "").replace(PLAN_THEN_DONE, (m) => m.replace(/^计划/u, ""));
  const titled = (kind: ReportKind) => (titleKind(title) === kind ? TITLE_WEIGHT : 0);
  // (What a 下一步 sentence says is to be done, 加强进度考核…有序推进, is no progress; nor are a timetable's quarters, 第一季度完成选址…第四季度验收.)
  const underWay = text.replace(NEXT_STEPS, "").replace(PROMISED_WATCH, "").replace(NAV_MENU, "");
  const progressText = isTimetable(text) ? underWay.replace(QUARTERS, "") : underWay;
  const scores: Array<[ReportKind, number]> = [
    ["results", count(RESULT_CUES, withoutParts(text.replace(ASPIRATION, "确保"))) + RATED_WEIGHT * ratedShare + PROGRAMME_DONE_WEIGHT * programmeDone(text) + titled("results")],
    ["plan", count(PLAN_CUES, withoutRates) + count(ASPIRATION) + FUTURE_WEIGHT * count(FUTURE_VOICE) + titled("plan")],
    ["progress", count(PROGRESS_CUES, progressText) + partsDone(progressText) + titled("progress")],
  ];
  // Published after its year, a text about that year's list that tells any achievement tells how
  // the year ended, whatever words of its announcement it repeats; published in the year's second
  // half, how far it got.
  const [results, plan, progress] = scores.map(([, n]) => n) as [number, number, number];
  // (A page dated a year or more later is a repost: its date says nothing of the text's.)
  if (told !== null && results + progress > 0 && plan >= Math.max(results, progress)) {
    if (told > MONTHS && told <= 2 * MONTHS) return progress > results ? "progress" : "results";
    if (told >= SECOND_HALF && told <= MONTHS) return told === MONTHS && results >= progress ? "results" : "progress";
  }
  // No sign of achievement at all: a list of projects announced, not reported on.
  if (scores[0]![1] === 0 && scores[2]![1] === 0) return "plan";
  // Published in the year's first months, a text cannot tell how the year ended: its results are what
  // the plan promises (市疾控中心检验检测大楼完成主体封顶, published 2021-01-16), unless it tells how far works got.
  if (told !== null && told <= EARLY_MONTHS && results >= Math.max(plan, progress)) return progress > 0 && progress >= plan ? "progress" : "plan";
  // (Nor how far its works got, where it says what they will be as often: 2013年，市政府将…办好十件实事，分别是：… 目前，各责任单位已着手
  // 开展项目前期工作, published 2013-01-11: the plan.)
  if (told !== null && told <= EARLY_MONTHS && plan > 0 && plan >= Math.max(results, progress)) return "plan";
  // The highest score wins; on a tie, progress before results before plan (a notice of works under
  // way tells what is done as often as what is still going on).
  return [scores[2]!, scores[0]!, scores[1]!].reduce((best, s) => (s[1] > best[1] ? s : best))[0];
}

// A promise to report how the works go, or to watch over it (每季度向社会公布进展情况 · 定期通报推进情况 · 项目进展情况实行月报制度 ·
// 全年完成情况按期报送 · 对项目推进情况开展跟踪督查): a plan's words, no progress.
const PROMISED_WATCH = /(?:将|每季度|每月|每半年|按季度|按月|定期)[^。！？!?\n,，]{0,10}?(?:公布|通报|报告|公开)[^。！？!?\n,，]{0,6}?(?:进展|推进|进度)(?:情况)?|对[^。！？!?\n,，]{0,12}?(?:推进|进展|进度)(?:情况)?(?:开展|进行|实行)[^。！？!?\n,，]{0,4}?(?:督查|督办|监督|检查)|(?:推进|进展|进度)情况实行[^。！？!?\n,，]{0,6}?(?:月报|季报|报告|通报)制度|(?:推进|进展|进度|完成)情况(?:按期|定期|按时|按月|按季度?)(?:报送|上报|报告)/gu;
const PROMISED_WATCH_ONCE = new RegExp(PROMISED_WATCH.source, "u");
// A site's menu of short tabs on one line (项目概况 | 项目动态 | 进度公示 | 政策解读): no words of the text. (Not a table's row: a
// row has figures, or opens or closes on its pipe.)
const NAV_MENU = /^(?:\s*[\u4e00-\u9fff]{2,6}\s*[|｜]){2,}\s*[\u4e00-\u9fff]{2,6}\s*$/gmu;
// A sentence on what comes next, from its opening words to its end.
const NEXT_STEPS = /(?:下一步|下步|今后|接下来)[^。！？!?\n]*/gu;
// 截至9月底 · 截至2024年9月30日 · 截至6月末 · 截止到2014年底 · 截至今年9月，…
const AS_OF = /(?:截至|截止(?:到|至)?)\s*(?:(\d{4})\s*年|今年)?\s*(?:(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|底|末|份?(?=\s*[,，、]))|(?<=年\s*)(底|末))/u;

// The months a progress notice covers: 1—6月份进展情况 · 1至9月
const MONTH_SPAN = /(?<!\d)1\s*[-—~至]\s*(\d{1,2})\s*月/u;
// A month's progress notice: 2023年10月份政府民生实事项目进展情况 · 2024年4月省政府民生实事项目进展情况 (not a day or a month's end: 1月31日 · 9月底前)
const MONTH_PROGRESS = /(?<!\d)(\d{1,2})\s*月(?:份)?(?!\s*\d|日|底|末)[^。\n]{0,16}?(?:进展|进度|推进)/u;
// 前三季度 · 第二季度 · 二季度 (not 四季度: the year's end).
const QUARTER = /(?:前|第)?([一二三])季度/gu;
// How far into a text its cut-off date is looked for: the opening paragraphs of a notice.
const AS_OF_WINDOW = 1200;

// A date reached, with what was done by it: 到10月底，实际完成104% · 到今年9月底，已完成… · 到9月底,34项…中有6项已经完成
// (not a deadline: 到10月底完成 states none, nor 到10月底，全面完成…).
const REACHED_BY = /到(?:今年)?\s*(\d{1,2})\s*月(?:底|末|\d{1,2}日)\s*[,，]\s*(?:已|实际|累计|共|[^。;；]{0,40}?(?<!将|要|计划|预计|力争|确保)已(?:经)?(?:完成|建成|开工|竣工))/u;

/** The month of a cut-off date in the opening of a text (截至9月底 → 9), or null. */
export function asOfMonth(text: string): number | null {
  // (Not the periods a promise to report names: 项目进展情况实行月报制度，半年、前三季度、全年完成情况按期报送市政府.)
  const opening = text.slice(0, AS_OF_WINDOW).split(/(?<=[。！？!?\n])/u).filter((s) => !PROMISED_WATCH_ONCE.test(s)).join("");
  const m = AS_OF.exec(opening);
  if (m) return m[2] ? Number(m[2]) : 12;
  const reached = REACHED_BY.exec(opening);
  if (reached) return Number(reached[1]);
  const span = MONTH_SPAN.exec(opening) ?? MONTH_PROGRESS.exec(opening);
  if (span) return Number(span[1]);
  if (FIRST_HALF.test(opening)) return 6;
  // The quarter a notice covers (前三季度 · 二季度完成情况 · 第一季度): the month it ends.
  if (isTimetable(opening)) return null;
  const quarter = allMatches(opening, QUARTER).find((q) => q[0].startsWith("前") || (!QUARTER_NOT_CUT_OFF.test(opening.slice(Math.max(0, q.index! - 4), q.index!)) && QUARTER_CUT_OFF.test(opening.slice(q.index! + q[0].length, q.index! + q[0].length + QUARTER_REACH))));
  return quarter ? 3 * "一二三".indexOf(quarter[1]!) + 3 : null;
}

// What a quarter that is a notice's cut-off goes on to: its progress, its report card, a break (一季度“成绩单” ·
// 三季度进展情况 · 一季度各项民生实事推进 · 一季度（截至3月31日）); not a quarter the story passes through (二季度复工后加快追赶).
const QUARTER_CUT_OFF = /^(?:[^。，,；;后受]{0,8}?(?:进展|进度|完成|推进|成绩单|答卷|情况|以来|末|底)|\s*[,，:：（(“"]|\s*$)/u;
// How far after the quarter its cut-off words are looked for.
const QUARTER_REACH = 12;
// …nor one of last year, or of a time ahead (去年一季度 · 将在三季度 · 顺延至2019年一季度).
const QUARTER_NOT_CUT_OFF = /(?:去年|上年|将在|将于|至|\d年)$/u;

export function asOfDate(text: string, year: number): string | null {
  const m = AS_OF.exec(text);
  if (!m) {
    // A notice of months (1—6月份, 10月份…进展情况) runs to the end of its last month; so does one told by a date reached.
    const span = MONTH_SPAN.exec(text.slice(0, AS_OF_WINDOW)) ?? MONTH_PROGRESS.exec(text.slice(0, AS_OF_WINDOW)) ?? REACHED_BY.exec(text.slice(0, AS_OF_WINDOW));
    // (…and a half-year's account, to the end of June.)
    const month = span ? Number(span[1]) : FIRST_HALF.test(text.slice(0, AS_OF_WINDOW)) ? 6 : 0;
    return month >= 1 && month <= 12 ? iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) : null;
  }
  const y = m[1] ? Number(m[1]) : year;
  const month = m[2] ? Number(m[2]) : 12;
  const day = m[3] ? Number(m[3]) : new Date(Date.UTC(y, month, 0)).getUTCDate();
  return iso(y, month, day);
}

// 10项省重点民生实事 · 22件省市重点民生实事 · 10件12项省重点民生实事 · 20项民生工程 · 十件
// · 8项市办实事 · 6件惠民实事 · 10项省政府民生实事 · 项目共8项 (never 第一项实事)
// · 十项重要民生实事 (never 19项为民办实事候选项目, the candidates put to a vote, nor 一件件…实事, nor 收集到民生实事108件) · and the noun first: 民生实事12项 · 民生实事项目八件 · 省重点民生实事24个项目 · 民生实事项目共5大类12个 · 为民实事项目5件12项 · 民生工程9项 · 为民办实事工程10项
// · the year and the region between count and name: 10件2021年杭州市余杭区人民政府民生实事项目
// · the noun first and its verb: 民心工程实事项目共安排10项 · 民生实事项目确定为12项 · 民生实事项目总共10个大项 · 为民办实事事项12项
// A bare 实事 after 的 names a subset (3项动态跟进办理的实事进展良好), not the programme.
const PROGRAMME = "(?:民生实事|为民办实事|为民实事|民生工程|民心工程|惠民工程|惠民实事|民生项目|暖民心行动|(?<!的)实事)";
// Proposals gathered before the vote are no count of the programme: 共收集到民生实事108件 · 征集到建议200条.
const GATHERED = "(?<!(?:收集|征集|收到|汇总)到?(?:了|共)?[^。，,；;]{0,4})";
// Places counted are no count of the programme: 对25个乡镇民生工程实施进度进行考核.
const PLACES = "乡|镇|村|社区|街道|部门|单位";
// Last year's programme is no count of this year's: 去年9件民生实事如期完成.
const LAST_YEAR = "(?<!(?:去年|上年|上一年)[^。，,；;\\d]{0,4})";
// Years of programmes added up are no count of this year's: 累计办理重点民生实事220件 · 累计实施民生工程500余项.
const CUMULATIVE = "(?<!累计[^。，,；;\\d]{0,8})";
const COUNT = new RegExp(
  // (A count in Chinese numerals may follow the year straight on: 2019十件民生实事.)
  `(?=[\\d一二三四五六七八九十两])(?:(?<![第\\d])|(?<=(?:19|20)\\d\\d)(?=[一二三四五六七八九十两]))${GATHERED}${LAST_YEAR}${CUMULATIVE}(?:(\\d+|[一二三四五六七八九十]+)件)?(\\d+|[一二三四五六七八九十两]+)(?:项(?!项)|件(?!件)|大|个?方面|个(?!个))(?!左右|余|多|候选|${PLACES})(?:[^。,，;；:：、\\d]{0,12}?(?:\\d{4}年度?[^。,，;；:：、\\d]{0,12}?)?)?(?:[省市县区](?:政府|委|定|办|级)?|省[、,，]?市)?(?:重点|重要|主要)?${PROGRAMME}(?!(?:项目)?候选)` +
    `|(?:方面|大类|类)(\\d+|[一二三四五六七八九十]+)(?:个)?(?:项|件|事项)` +
    `|(?:项目)?共(?:计)?(\\d+|[一二三四五六七八九十]+)项` +
    `|(?=民生|为民|惠民|民心|实事)${GATHERED}${CUMULATIVE}${PROGRAMME}(?:项目|工程|事项)?(?:清单)?(?:共有|共计|一共|总共|总计|共涉及|涉及|共?(?:安排|确定)(?:了|为)?|共|计|为|有)?(?:(?:\\d+|[一二三四五六七八九十]+)\\s*大?类)?(?:(\\d+|[一二三四五六七八九十]+)件)?(\\d+|[一二三四五六七八九十两]+)(?:[项件](?![目])|个(?=[,，。;；])|个项目|个?大项)(?!左右|余|多)` +
    // 为民办实事“十大”工程: the count quoted after the programme's name.
    `|(?=民生|为民|惠民|民心|实事)${GATHERED}${PROGRAMME}[“"「](\\d+|[一二三四五六七八九十]+)大[”"」](?:工程|项目|行动)` +
    // The count in brackets after the programme's name: 柳州市2023年为民办实事项目（10项）.
    `|(?=民生|为民|惠民|民心|实事)${PROGRAMME}(?:项目)?(?:清单)?[(（](\\d+|[一二三四五六七八九十]+)\\s*[项件个][)）]` +
    // A list of names (three at least) closed by their count, ending its sentence: …A、B、…和J十个项目。
    `|(?=[\\d一二三四五六七八九十])(?<=、[^。,，;；:：、\\d]{2,40}、[^。,，;；:：、\\d]{2,40})(\\d+|[一二三四五六七八九十]+)\\s*个(?:项目|工程)(?=\\s*(?:[。;；]|$))` +
    // A vote's outcome, the programme named before it: …梳理形成10个候选项目，经人大代表无记名投票，最终确定8件。
    `|(?<=(?:最终|最后)(?:确定|票决(?:产生|出)?)(?:了)?)(\\d+|[一二三四五六七八九十两]+)\\s*[件项](?=\\s*[。；;]|$)`,
  "gu",
);
// Every count COUNT reads has a numeral and one of these words after it (项 · 件 · 大 · 方面 · 个 · 类):
// a sentence without both states none, and is not searched.
const COUNT_WORD = /[项件大面个类]/u;
const NUMERAL_CHAR = /[\d一二三四五六七八九十两]/u;
const mayCount = (text: string): boolean => COUNT_WORD.test(text) && NUMERAL_CHAR.test(text);

// A programme's parts, counted: 11件惠民实事包含18个子项目 · 民生工程共含33个子项
// · 10件市办实事共有33项具体内容
const PARTS_COUNT = new RegExp(`${PROGRAMME}[^。,，;；]{0,4}?(?:包含|包括|含|共含|共有)(\\d+|[一二三四五六七八九十]+)(?:个?子项(?:目)?|项具体(?:内容|任务))`, "gu");
// A count given by kinds first: 8大类72件实事 · 10类36项民生实事 · 十大类25个子项目.
const KINDS_COUNT = new RegExp(`(\\d+|[一二三四五六七八九十]+)\\s*大?类\\s*(?:工程|项目)?\\s*(\\d+|[一二三四五六七八九十]+)\\s*(?:个子项(?:目|工程)?|[项件个][^。,，;；:：、]{0,8}?${PROGRAMME})`, "gu");
// How near after a count its parts may be told (10件市办实事共有33项具体内容).
const PARTS_REACH = 24;
// How near after a count of kinds the count of their works may follow (“十大惠民工程”的27项…).
const KINDS_THEN_WORKS = 4;
// The kinds counted again right before a count of works: 10个方面的 · 十大类 · 8类.
const KINDS_BEFORE = /(\d+|[一二三四五六七八九十]+)\s*(?:个?方面|大类|类)的?\s*$/u;
const KINDS_REACH = 8;
const PROGRAMME_WORD = new RegExp(PROGRAMME, "u");
const PROGRAMME_NEXT = new RegExp(`^[^。,，;；:：]{0,6}?${PROGRAMME}`, "u");
// What gives a count as the total: 共计 · 总计 · 合计, perhaps with the kinds between (共计十个方面27项).
const TOTAL_BEFORE = /(?:共计|总计|合计)(?:[\d一二三四五六七八九十]+\s*(?:个?方面|大?类)的?)?\s*$/u;
// A count said to be done (18项民生工程提前或超额完成…): where the text counts more, those are some of them.
// (Not a report's name for itself: 十件民生实事完成情况.)
const DONE_AFTER_COUNT = /^[^。,，;；]{0,4}?(?:已|均已|已经)?(?:提前|超额|全部|全面|基本)?(?:或超额)?完成(?!情况)/u;
// The count a match states (the 项 of "N件M项"; 34 of 十个方面34项), and every number it names.
const countOf = (m: RegExpMatchArray): string => (m[2] ?? m[3] ?? m[4] ?? m[6] ?? m[7] ?? m[8] ?? m[9] ?? m[10])!;
const numbersOf = (m: RegExpMatchArray): string[] => [m[1], m[2], m[3], m[4], m[5], m[6], m[7], m[8], m[9], m[10]].filter((t): t is string => !!t);

// A session of a province's people's congress (省十届人大四次会议 · 湖北省第十二届人民代表大会第二次会议),
// where the year's programme is announced and the last year's reported on. Provincial congresses
// sit for five-year terms, the 8th from 1993 (the 14th from 2023), one session early each year;
// cities' and counties' terms are not in step, so only a province's own congress dates a text.
const CONGRESS = /(省|自治区|市)?(?:第)?([一二三四五六七八九十]{1,3})届(?:人民代表大会|人大)(?:第)?([一二三四五六七])次(?:全体)?会议/gu;
const EIGHTH_TERM = 1993;
const TERM_YEARS = 5;

let provinceList: RegionEntry[] | null = null;
/** Every province, autonomous region and municipality (their short names tell a congress's province). */
function provinces(): RegionEntry[] {
  provinceList ??= [...new Set([...regionIndex().byName.values()].flat())].filter((e) => e.level === "province");
  return provinceList;
}

/** The year a province's text was written in, by the session of the province's congress it names; or null. */
export function congressYear(text: string, region: RegionEntry): number | null {
  if (region.level !== "province") return null;
  for (const m of allMatches(text, CONGRESS)) {
    const before = text.slice(Math.max(0, m.index! - region.name.length), m.index!);
    // 省十四届 is the text's own province's; 湖南省第十四届 is only where the text is 湖南's.
    const otherProvince = provinces().some((p) => p !== region && before.endsWith(p.short));
    const own = (m[1] !== undefined && region.name.endsWith(m[1]) && !otherProvince) || before.endsWith(region.short) || before.endsWith(region.name);
    const term = numeral(m[2]!);
    if (!own || term < 8) continue;
    return EIGHTH_TERM + TERM_YEARS * (term - 8) + numeral(m[3]!) - 1;
  }
  return null;
}

// A text's opening: its first paragraphs, at least this many and, where short lines of page
// furniture (栏目 · 制图/某某) come first, enough of them to hold this many characters.
const OPENING_PARAGRAPHS = 4;
const OPENING_CHARS = 200;
// …but never further than this many paragraphs.
const MAX_OPENING_PARAGRAPHS = 8;
// A line shorter than this is a phrase, and so many phrases make a paragraph.
const PHRASE_LINE = 16;
const PHRASES_PER_PARAGRAPH = 4;

/** The opening of a text given as its paragraphs' texts: where its count and year are stated. */
/**
 * The opening where a programme's count is looked for: the opening, and where it counts nothing
 * (a headline, a photo's caption, an anecdote), the paragraphs after it up to the first that counts
 * the programme (湘潭县承办省、市重点民生实事共39项), within MAX_OPENING_PARAGRAPHS.
 */
export function countingOpening(texts: string[], least = OPENING_PARAGRAPHS): string[] {
  const opening = openingOf(texts, least);
  if (statedCount(opening.join("\n")) !== null) return opening;
  const more = texts.slice(opening.length, MAX_OPENING_PARAGRAPHS).findIndex((t) => statedCount(t) !== null);
  return more < 0 ? opening : texts.slice(0, opening.length + more + 1);
}

export function openingOf(texts: string[], least = OPENING_PARAGRAPHS): string[] {
  let chars = 0;
  let k = 0;
  // A page that sets a phrase per line (岁末年终 ‖ 又到了回顾总结的时候 ‖ …) counts four such lines as one paragraph.
  let paragraphs = 0;
  while (k < texts.length && paragraphs < MAX_OPENING_PARAGRAPHS && (paragraphs < least || chars < OPENING_CHARS)) {
    const length = texts[k++]!.length;
    chars += length;
    paragraphs += length < PHRASE_LINE ? 1 / PHRASES_PER_PARAGRAPH : 1;
  }
  return texts.slice(0, k);
}

export function statedCount(text: string): number | null {
  // A programme of one is no programme: 一件接一件的惠民实事 counts nothing.
  const matches = mayCount(text) ? allMatches(text, COUNT).filter((m) => numeral(countOf(m)) >= MIN_PROGRAMME) : [];
  if (!matches.length) return kindsWorks(text) ?? subitemCount(text);
  const value = (m: RegExpMatchArray) => numeral(countOf(m));
  // "省…12项 … 市…20项" in one sentence: the report covers both lists.
  const first = matches[0]!;
  const inSentence = sameSentence(text, matches);
  const levels = new Set(inSentence.map((m) => levelText(text, m)).map((s) => (/省市/.test(s) ? "both" : /省/.test(s) ? "p" : /市/.test(s) ? "c" : "x")));
  if (inSentence.length >= 2 && levels.has("p") && levels.has("c")) return inSentence.reduce((n, m) => n + value(m), 0);
  // The same programme told finer later (30件…项目 ‖ 共办理30件40个…项目), or its parts right after it
  // (10件市办实事共有33项具体内容): the parts are the count.
  const finer = matches.find((m) => m[1] && numeral(m[1]) === value(first) && value(m) > value(first));
  if (finer) return value(finer);
  // …or its works counted straight after its kinds (“十大惠民工程”的27项为民办实事项目): the works are the count.
  const second = matches[1];
  const between = second ? text.slice(first.index! + first[0].length, second.index) : "";
  if (second && value(second) > value(first) && between.length <= KINDS_THEN_WORKS && !/[。,，;；:：\d]/u.test(between)) return value(second);
  // A count the text gives as its total (…又增加了2项民生实事…，共计十个方面27项民生实事): the programme, whatever it added up.
  // (Read before the count's own numeral: a match may open on the kinds' word, 方面27项.)
  const before = (m: RegExpMatchArray) => text.slice(Math.max(0, m.index! - KINDS_REACH), m.index! + m[0].indexOf(countOf(m)));
  // (Works of the programme, named so after their count: not 19项任务 of 十件民生实事涉及10个方面19项任务.)
  const ofProgramme = (m: RegExpMatchArray) => PROGRAMME_WORD.test(m[0]) || PROGRAMME_NEXT.test(text.slice(m.index! + m[0].length));
  const total = matches.find((m) => TOTAL_BEFORE.test(before(m)) && value(m) > value(first) && ofProgramme(m));
  if (total) return value(total);
  // So are works counted where the text names its kinds again (10个方面民生实事 ‖ 截至7月底，10个方面的28项民生实事中…).
  const restated = matches.find((m) => {
    const kinds = KINDS_BEFORE.exec(before(m));
    return !!kinds && numeral(kinds[1]!) === value(first) && value(m) > value(first) && ofProgramme(m);
  });
  if (restated) return value(restated);
  const parts = allMatches(text, PARTS_COUNT).find((p) => p.index! > first.index! && p.index! - first.index! - first[0].length <= PARTS_REACH);
  if (parts) return numeral(parts[1]!);
  const after = (m: RegExpMatchArray) => text.slice(m.index! + m[0].length);
  // A higher level's programme, then the text's own share of it: the share is the count.
  const own = (m: RegExpMatchArray) => {
    const share = OWN_SHARE.exec(after(m));
    return share && numeral(share[1]!) < value(m) ? numeral(share[1]!) : value(m);
  };
  // A first count said to be done, where the text counts more elsewhere not said so (18项…提前或超额完成 ‖
  // 大力实施20项民生工程): the larger is the programme.
  if (DONE_AFTER_COUNT.test(after(first))) {
    const whole = matches.find((m) => value(m) > value(first) && !DONE_AFTER_COUNT.test(after(m)));
    if (whole) return own(whole);
  }
  return own(first);
}

// The text's own share of a higher level's programme, told right after its count: 共下达55件民生实事,其中涉及盐城的有51件 ·
// 33项民生工程(我市有任务31项) · 其中我县承担12项.
const OWN_SHARE = /^[^。;；]{0,8}?(?:其中)?\s*(?:涉及[^。,，;；()（）]{1,8}?的|我[省市县区旗]|本[市县区旗])(?:承担|承办|有任务|任务|有)(?:的)?(?:有)?\s*(\d+|[一二三四五六七八九十]+)\s*[项件个]/u;

/** The works of a count given by kinds first where no other count is stated (10大类34个子项目分解到…): 34, or null. */
function kindsWorks(text: string): number | null {
  const m = text.match(new RegExp(KINDS_COUNT.source, "u"));
  return m ? numeral(m[2]!) : null;
}

// A programme told only by its parts: 37个子项中36个子项已完成 · 4个子项已完成，其余22个子项正在加快推进.
const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}]`, "u");
const SUBITEMS = /(其余|剩余)?(\d+|[一二三四五六七八九十]+)\s*个子项(?:目|工程)?(中)?/gu;

/** The count of a programme's parts where the text states no other count: a total (N个子项中), or the parts done and the rest added up. */
function subitemCount(text: string): number | null {
  const parts = allMatches(text, SUBITEMS);
  const first = parts[0];
  if (!first || first[1]) return null;
  if (first[3]) return numeral(first[2]!);
  const rest = parts[1];
  const end = text.slice(first.index!).search(SENTENCE_END);
  const sameSentence = !!rest && (end < 0 || first.index! + end > rest.index!);
  return rest?.[1] && sameSentence ? numeral(first[2]!) + numeral(rest[2]!) : null;
}

// The fewest projects a stated count may count.
const MIN_PROGRAMME = 2;

/**
 * Every count a text states, as evidence for the structure step: each N项 / N件 / 十大, the
 * 件 and 项 of "10件12项", and the sum of the counts one sentence gives per level.
 */
export function statedCounts(text: string): number[] {
  const matches = mayCount(text) ? allMatches(text, COUNT) : [];
  const out = new Set<number>();
  // The parts a programme holds are counted too: 11件惠民实事包含18个子项目.
  for (const m of allMatches(text, PARTS_COUNT)) out.add(numeral(m[1]!));
  // And the kinds its count is given by, and their works (8大类72件实事 · 十大类25个子项目): a list may name either.
  for (const m of allMatches(text, KINDS_COUNT)) out.add(numeral(m[1]!)).add(numeral(m[2]!));
  const inSentence = sameSentence(text, matches);
  const levels = new Set(inSentence.map((m) => levelText(text, m)).map((s) => (/省/.test(s) ? "p" : /市/.test(s) ? "c" : /[县区]/.test(s) ? "x" : "")));
  // Counts given per level in one sentence (12项省… 和 20项市…) state the whole by their sum.
  const perLevel = inSentence.length >= 2 && levels.size === inSentence.length && !levels.has("");
  if (perLevel) out.add(inSentence.reduce((n, m) => n + numeral(countOf(m)), 0));
  for (const m of matches) {
    if (perLevel && inSentence.includes(m)) continue;
    // A share of a larger count the text states, told by how far it got (10项民生实事…，其中3项已提前…完成), is a tally, not the
    // programme (not a part the text names, 其中4项市级民生实事由市直部门牵头: a list may be of it).
    const tally = SHARE_BEFORE.test(text.slice(Math.max(0, m.index! - SHARE_REACH), m.index)) && HOW_FAR_AFTER.test(text.slice(m.index! + m[0].length));
    // (So is a kind's share: 住房类实事有两项 of 8件民生实事.)
    const kind = KIND_SHARE.test(text.slice(0, m.index! + m[0].indexOf(countOf(m))));
    if ((tally || kind) && matches.some((o) => numeral(countOf(o)) > numeral(countOf(m)))) continue;
    for (const token of numbersOf(m)) out.add(numeral(token));
    const share = OWN_SHARE.exec(text.slice(m.index! + m[0].length));
    if (share) out.add(numeral(share[1]!));
  }
  // A programme told only by its parts (37个子项中36个子项已完成) is counted by them, as statedCount does.
  if (!out.size) {
    const parts = subitemCount(text);
    if (parts !== null) out.add(parts);
  }
  const counts = [...out].filter((n) => n >= MIN_PROGRAMME && n <= 200).sort((a, b) => a - b);
  // Three or more counts that add up to another the text states are its groups' (有5项…已完成 · 有4项…部分完成 · 其余3项… of
  // 12项民生实事): the larger is the programme's.
  // (Each as often as the text states it, where two groups count alike: 4 + 3 + 3 of 10.)
  const stated = matches.map((m) => numeral(countOf(m)));
  const whole = counts.find((n) => partsOf(counts.filter((c) => c < n), n) || partsOf(stated.filter((c) => c < n), n));
  return whole === undefined ? counts : counts.filter((c) => c >= whole);
}

// Fewest groups whose counts, adding up to the programme's, are no count of it.
const MIN_COUNTED_PARTS = 3;

/** Whether `parts`, MIN_COUNTED_PARTS of them or more, all together add up to `whole`. */
function partsOf(parts: number[], whole: number): boolean {
  return parts.length >= MIN_COUNTED_PARTS && parts.reduce((n, c) => n + c, 0) === whole;
}

// How far before a programme's name its level may stand: 省重点民生实事11项.
const LEVEL_REACH = 3;

/** The words a count's level is read from: the count's match, and where it opens on the programme's name, the few before it (承担省重点|民生实事11项). */
function levelText(text: string, m: RegExpMatchArray): string {
  return m[0] + (/^(?:民生|为民|惠民|民心|实事)/u.test(m[0]) ? text.slice(Math.max(0, m.index! - LEVEL_REACH), m.index) : "");
}
// Where a count is a share of another: right after 其中 or 其余.
const SHARE_BEFORE = /(?:其中|其余)[,，]?\s*(?:共?有)?\s*$/u;
const SHARE_REACH = 6;
// A kind of the programme whose share is counted: 住房类实事有两项 · 教育类项目共3项.
const KIND_SHARE = /[\u4e00-\u9fff]{1,4}类(?:实事|项目)?(?:有|共有?)?\s*$/u;
// …and told by how far it got (HOW_FAR).
const HOW_FAR_AFTER = new RegExp(`^\\s*(?:${HOW_FAR})`, "u");

function sameSentence(text: string, matches: RegExpMatchArray[]): RegExpMatchArray[] {
  if (!matches.length) return [];
  const sentenceEnd = text.indexOf("。", matches[0]!.index);
  return matches.filter((m) => sentenceEnd < 0 || m.index! < sentenceEnd);
}
