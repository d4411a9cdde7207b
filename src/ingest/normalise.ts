// Decoded text → clean paragraphs: full-width forms, traditional characters, OCR column
// breaks, repeated headlines and page trailers. Character folding is one-for-one, so every
// clean character keeps its offset in the decoded text.
import * as OpenCC from "opencc-js";
import { BRACKET_LABELS, FIELD_LABELS, MEASURE_UNITS, NAME_LABEL, isMarkOnly, isTableRow, matchMarker, opensItem } from "./markers.ts";
import { COLUMN, isHeaderCell } from "./layouts/tables.ts";
import { gridTable, isHeaderFragment, layoutTable } from "./layout-tables.ts";
import { regionNameCharacters } from "./regions.ts";
import { isRateOnly } from "./figures.ts";
import { isOfficeCell, raggedTable } from "./ragged-tables.ts";
import { displayWidth, documentPositions, joinSpans, replaceUnits, SENTENCE_END_MARKS, sliceSpan, spanOf, trimSpan, WHOLE_TAG, NAMED_SUBHEAD, type Span, allMatches } from "./text.ts";

export interface Paragraph {
  span: Span;
  /** 1-based line of the paragraph's first character. */
  line: number;
  /** Noise is kept in the source text but never read for projects or figures. */
  noise: false | "trailer" | "duplicate" | "dateline" | "links" | "picture" | "rule";
  /** The paragraph stands right under a rule (━━━━ · -----): the page starts a section or another story there. */
  ruled?: true;
}

export interface CleanDocument {
  clean: string;
  lineStarts: number[];
  paragraphs: Paragraph[];
}

/**
 * Traditional → simplified, character for character, from OpenCC's tables: every
 * character of the CJK blocks is converted once, and those that change are kept, but for
 * characters a place's name is written with in simplified text (乾安县: 乾, not 干).
 */
function traditionalTable(): Map<string, string> {
  const placeChars = regionNameCharacters();
  const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
  const chars: string[] = [];
  for (let code = 0x3400; code <= 0x9fff; code++) chars.push(String.fromCharCode(code));
  for (let code = 0xf900; code <= 0xfaff; code++) chars.push(String.fromCharCode(code));
  // One character a line, so that no phrase of the tables spans two characters.
  const converted = toSimplified(chars.join("\n")).split("\n");
  const table = new Map<string, string>();
  if (converted.length !== chars.length) return table;
  chars.forEach((ch, i) => {
    const to = converted[i]!;
    if (to !== ch && to.length === 1 && !placeChars.has(ch)) table.set(ch, to);
  });
  return table;
}

const TRADITIONAL = traditionalTable();

/**
 * Everything folded, as a table by UTF-16 unit: full-width and small forms → ASCII, odd spaces → space,
 * and the traditional characters of the table. Every folded character is in the Basic
 * Multilingual Plane, so units are characters here.
 */
const FOLDED_UNITS = foldingTable();

function foldingTable(): Array<string | undefined> {
  const table = new Array<string | undefined>(0x10000).fill(undefined);
  for (let code = 0xff01; code <= 0xff5e; code++) table[code] = String.fromCharCode(code - 0xfee0);
  // Small form variants a typesetter used for punctuation: ﹔ → ; · ﹑ → 、 · ﹐ → ,
  for (let code = 0xfe50; code <= 0xfe6b; code++) {
    const folded = String.fromCharCode(code).normalize("NFKC");
    if (folded.length === 1 && folded !== String.fromCharCode(code)) table[code] = folded;
  }
  for (const code of [0x3000, 0xa0, 0x202f]) table[code] = " ";
  for (let code = 0x2000; code <= 0x200a; code++) table[code] = " ";
  for (const [from, to] of TRADITIONAL) table[from.charCodeAt(0)] = to;
  // A table drawn in box characters (┌──┬──┐ ‖ │序号│项目名称│ ‖ ├──┼──┤): its lines as a pipe table's, its rules as dashes.
  for (let code = 0x2500; code <= 0x257f; code++) table[code] = "|";
  for (const code of [0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c, 0x254d, 0x2550]) table[code] = "-";
  return table;
}

// A year written in Chinese numerals, one digit per character: 二○二五年 · 二〇二四年度
const NUMERAL_YEAR = /[一二][〇○零一二三四五六七八九]{3}(?=\s*年)/gu;
const NUMERAL_DIGIT: Record<string, string> = { 〇: "0", "○": "0", 零: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

// A line's number that OCR read with a letter for a digit (l0． · I2. · 1O、): the letter is the digit it looks like.
const OCR_NUMBER = /(?<=^[ \t\u3000]*)[lI](?=\d[.．、])|(?<=^[ \t\u3000]*\d)[oO](?=[.．、])/gmu;
const OCR_DIGIT: Record<string, string> = { l: "1", I: "1", o: "0", O: "0" };

/** Folds a whole text; its length and every character's offset stay the same (二○二五年 → 2025年 · l0． → 10． too). */
export function foldText(text: string): string {
  return replaceUnits(text, FOLDED_UNITS)
    .replace(NUMERAL_YEAR, (year) => [...year].map((ch) => NUMERAL_DIGIT[ch]!).join(""))
    .replace(OCR_NUMBER, (ch) => OCR_DIGIT[ch]!);
}

// Characters that show nothing but change what is read: zero-width (U+200B–U+200D, U+2060,
// U+FEFF) and bidi controls (U+200E/F, U+202A–U+202E, U+2066–U+2069). Copied text hides them
// inside numbers (1\u200d2所) and titles; they are dropped from what is read, never from the text.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, "gu");

/** A string without invisible characters (front-matter values, where no offset is kept). */
export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE_ALL, "");
}

/** Drops invisible characters from a span; the others keep their offsets in the document. */
function dropInvisible(span: Span): Span {
  if (!INVISIBLE.test(span.text)) return span;
  const keep: number[] = [];
  for (let i = 0; i < span.text.length; i++) if (!INVISIBLE.test(span.text[i]!)) keep.push(i);
  return keepChars(span, keep);
}

// Emoji and bars a post sets before its lines (🔴01 · 📌一、 · 💬代表声音 · ▌第一件): decoration, not the line's
// words. (Not the symbols the genre's bullets use, ✅ · ✔ · ● · ■, outside those blocks.)
const LEADING_EMOJI = /^(?:[\u{1F000}-\u{1FAFF}\u2580-\u259f]|\ufe0f|\u200d)+\s*/u;

// Keycap digits a post numbers its items with (1️⃣城镇新增就业 · 1️⃣2️⃣… · 🔟…): the item's number, written as a mark (1.).
const KEYCAP_TEN = "\u{1F51F}";
const KEYCAP_NUMBER = new RegExp(`^(?:[0-9]\\uFE0F?\\u20E3)+|^${KEYCAP_TEN}`, "u");

/** The keycap digits a line opens with as its number and a full stop, each character at its keycap's offset. */
function keycapNumber(span: Span): Span {
  const m = KEYCAP_NUMBER.exec(span.text);
  if (!m) return span;
  // Each digit and where its keycap stands in the line.
  const keys: Array<[string, number]> = m[0] === KEYCAP_TEN ? [["1", 0], ["0", 0]] : [];
  for (let i = 0; i < m[0].length; i++) if (/[0-9]/u.test(m[0][i]!)) keys.push([m[0][i]!, i]);
  const mark = { text: `${keys.map(([digit]) => digit).join("")}.`, pos: Int32Array.from([...keys.map(([, i]) => span.pos[i]!), span.pos[m[0].length - 1]!]) };
  return joinSpans([mark, sliceSpan(span, m[0].length, span.text.length)]);
}

// Emoji a post sets as its bullets (🔸新建改扩建中小学幼儿园 · 🔹 · 🟢 · ▪️): a bullet's mark (●), where no number follows (🔴01 is a number's decoration).
const BULLET_EMOJI = /^(?:[\u{1F534}-\u{1F539}\u{1F7E0}-\u{1F7EB}\u25AA\u25AB\u25FB-\u25FE\u2B1B\u2B1C])\uFE0F?\s*(?=[\u4e00-\u9fff“"「《])(?![一二三四五六七八九十]+[、是.．])/u;

/** The bullet emoji a line opens with as a bullet's mark, at the emoji's offset. */
function bulletEmoji(span: Span): Span {
  const m = BULLET_EMOJI.exec(span.text);
  if (!m) return span;
  return joinSpans([{ text: "●", pos: span.pos.subarray(0, 1) }, sliceSpan(span, m[0].length, span.text.length)]);
}

// A label with nothing after it whose value is one line, a unit's or a name's: 责任单位： · 牵头单位： · 项目名称：. (Not a field that may
// head several lines, 完成情况： ‖ 新建学校。 ‖ ….)
const LABEL_ALONE = /^(?:(?:责任|牵头|承办|主办|配合)单位|项目名称|名称)\s*[:：]$/u;

// A post's heading set off by its own emoji (🏫 学有优教 · 🅿️ 停车便民): a short name alone on its line, after one emoji or more.
// (Pictographs, not the geometric ones a post sets as bullets, 🔹 · 🟢 (BULLET_EMOJI), nor a bullet's glyph, ▶ · ✅.)
const EMOJI_HEAD = /^\s*((?:[\u{1F000}-\u{1FAFF}]\uFE0F?\u200D?)+)\s*([\u4e00-\u9fff“”]{2,10})\s*$/u;
// Fewest such headings, each over a line of its own without one, that make a post's headings.
const MIN_EMOJI_HEADS = 3;

/**
 * The lines a post heads with emoji (🏫 学有优教 ‖ 新建改扩建中小学、幼儿园5所 ‖ … ‖ 🏥 病有良医 ‖ … · 🏫 学位扩容工程 ‖ ✅ 新增学位3150个):
 * each a short name after its emoji, over a line that is no such heading; where three or more stand so, by line index. (Not emoji that only decorate a line, 👇👇👇 一起来看
 * over the first heading.)
 */
function emojiHeads(clean: string, lineStarts: number[]): Set<number> {
  const text = (i: number) => clean.slice(lineStarts[i]!, i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : clean.length).trim();
  const heads = new Set<number>();
  for (let i = 0; i < lineStarts.length; i++) {
    if (!EMOJI_HEAD.test(text(i)) || BULLET_EMOJI.test(text(i))) continue;
    let next = i + 1;
    while (next < lineStarts.length && !text(next)) next++;
    if (next < lineStarts.length && !EMOJI_HEAD.test(text(next))) heads.add(i);
  }
  return heads.size >= MIN_EMOJI_HEADS ? heads : new Set();
}

/** A post's emoji heading as the bracketed tag it stands for (🏫 学有优教 → 【学有优教】), the brackets where the emoji and the line's end stand. */
function emojiTag(span: Span): Span {
  const m = EMOJI_HEAD.exec(span.text)!;
  const from = m[0].indexOf(m[2]!, m[1]!.length);
  const name = sliceSpan(span, from, from + m[2]!.length);
  return joinSpans([{ text: "【", pos: span.pos.subarray(0, 1) }, name, { text: "】", pos: span.pos.subarray(from + m[2]!.length - 1, from + m[2]!.length) }]);
}

/** Drops the emoji a line opens with; the others keep their offsets in the document. */
function dropLeadingEmoji(span: Span): Span {
  const m = LEADING_EMOJI.exec(span.text);
  return m ? sliceSpan(span, m[0].length, span.text.length) : span;
}

// A forum's anti-copying filler, pasted in with its text: runs of two- and three-character scraps of
// ASCII between spaces, glued to a line's start or end ("* p/ {) b& x! R8 r( k 一、…项目$ N3 {7 w- a G").
const JAMMER_RUN = /(?:[!-~]{1,3}[ \t]+){4,}[!-~]{1,3}[ \t]*/gu;
// Of its scraps, two or more hold a sign (not a table's pipe) and two or more a letter: no table row
// (1 | 2 | 3), no numbers in a row, no English words.
const JAMMER_SIGNS = 2;
const JAMMER_LETTERS = 2;

/** Drops a forum's anti-copying filler from a line; the other characters keep their offsets. */
function dropJammer(span: Span): Span {
  if (!/[!-~] [!-~]/u.test(span.text)) return span;
  const drop = new Set<number>();
  for (const m of allMatches(span.text, JAMMER_RUN)) {
    const scraps = m[0].trim().split(/\s+/u);
    if (scraps.includes("|")) continue;
    if (scraps.filter((t) => /[^0-9A-Za-z]/u.test(t)).length < JAMMER_SIGNS) continue;
    if (scraps.filter((t) => /[A-Za-z]/u.test(t)).length < JAMMER_LETTERS) continue;
    for (let i = m.index!; i < m.index! + m[0].length; i++) drop.add(i);
  }
  return withoutChars(span, drop);
}

// A page converted to traditional characters with its reading in brackets after some of them (咸陽(yáng) ·
// 區(qū)): the reading is no word of the text. It is told by a toned vowel, which no word of the genre has in brackets.
const RUBY = /(?<=[\u3400-\u9fff])[(（](?=[a-zü]{0,5}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}[)）]/gu;
// Such a page doubles its commas too (見記者第一面,,咸陽 · 衛生,、教育): the first of the two is the converter's.
const DOUBLED_COMMA = /[,，](?=[,，、。；;])/gu;

/** Drops the readings a page sets in brackets after its characters, and the commas it doubled; the others keep their offsets. */
function dropRuby(span: Span): Span {
  const drop = new Set<number>();
  for (const pattern of [RUBY, DOUBLED_COMMA]) for (const m of allMatches(span.text, pattern)) for (let i = m.index!; i < m.index! + m[0].length; i++) drop.add(i);
  return withoutChars(span, drop);
}

// A post pasted as Markdown keeps its bold marks: 🔶 **一、就业增收** · **下一步**. (Not a masked number's stars, MB1C57****.)
const EMPHASIS = /\*\*(?=[^*\s])[^*\n]*?[^*\s]\*\*/gu;

/** Drops the marks of Markdown's bold type from a line; the others keep their offsets. */
function dropEmphasis(span: Span): Span {
  if (!span.text.includes("**")) return span;
  const drop = new Set<number>();
  for (const m of allMatches(span.text, EMPHASIS)) for (const i of [0, 1, m[0].length - 2, m[0].length - 1]) drop.add(m.index! + i);
  return withoutChars(span, drop);
}

/** The span without the characters at the indices `drop`; the others keep their offsets in the document. */
function withoutChars(span: Span, drop: Set<number>): Span {
  if (!drop.size) return span;
  const keep: number[] = [];
  for (let i = 0; i < span.text.length; i++) if (!drop.has(i)) keep.push(i);
  return keepChars(span, keep);
}

/** The span's characters at the indices `keep` (ascending), each with its offset in the document. */
function keepChars(span: Span, keep: number[]): Span {
  const pos = new Int32Array(keep.length);
  let text = "";
  let runStart = 0;
  for (let k = 0; k < keep.length; k++) {
    pos[k] = span.pos[keep[k]!]!;
    // Consecutive indices are copied as one slice.
    if (k + 1 === keep.length || keep[k + 1] !== keep[k]! + 1) {
      text += span.text.slice(keep[runStart], keep[k]! + 1);
      runStart = k + 1;
    }
  }
  return { text, pos };
}

/** A headline is at most this long (characters; a column is about as wide); longer lines are body text. */
const HEADLINE_MAX_CHARS = 40;
/** A line this share of the column's width (or more) ran to the edge, so a blank line after it is a page break, not a paragraph end. */
const FULL_LINE_SHARE = 0.7;
/** A line this share of the column's width (or more), last of a block, may go on after a blank line. */
const BROKEN_LINE_SHARE = 0.6;
// A line this share of the column's width, cut mid-word, goes on into the next even where that
// opens as "name：", in a column at least MIN_COLUMN wide.
const CUT_LINE_SHARE = 0.8;
const MIN_COLUMN = 12;
// A subhead's line is at most this share of the column's width.
const SUBHEAD_SHARE = 0.7;
/** A line this many times the column's width, or more, is set in no column: a heading above it is no line of its. */
const WIDER_THAN_COLUMN = 1.5;
/** A date alone, a table's cell of when a work starts or ends: 2024年12月 · 2024年底. */
const DATE_CELL = /^(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|前|末|上半年|下半年)?$/u;
/** A repeated paragraph this long (compacted characters) is a repeat of the page, not a label such as 责任单位:市教育局. */
const MIN_REPEATED_PARAGRAPH = 8;
/** A headline piece this long that an earlier headline starts or ends with is that headline repeated over two lines. */
const MIN_REPEATED_PIECE = 6;
/** Fewest column names, 序号 the first, that make a table's header drawn one cell per line. */
const MIN_HEADER_CELLS = 3;
// A sentence ends here: 。！？； or a closing quote/bracket after one.
const SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}…][”’」)]?$`);
// A rule drawn across the page to part its sections (━━━━━━ · ========== · * * * *): a line of its own, read as nothing.
const RULE_LINE = /^\s*(?:[-—–=_~*·•]\s*){4,}$/u;
// A unit of measure opening a line, a figure's: 公里，… · 万人次 · 平方米.
const UNIT_FIRST = new RegExp(`^(?:万|亿|千)?(?:${MEASURE_UNITS})(?![\u4e00-\u9fff]{0,1}[:：])`, "u");
// A line that goes on: it stops on a comma, an enumeration mark or a dash.
const OPEN_END = /[,，、—\-(“‘《]$/;
// A line that opens on a conjunction before a name's second half: 和排水防涝设施建设 · 及配套设施提升.
const CONJOINED = /^(?:和|及|与|以及)[\u4e00-\u9fff“]{2}/u;
// A short heading is at most this wide: a bulleted theme over its tasks (●着力办好“一老一小”), a name broken in two (城区雨污分流).
const MAX_SHORT_HEADING = 32;
// A line that ends on a figure and its unit (…托位300个 · …培训4000人次 · …1.2万户), and one that opens on a verb of work.
const FIGURE_AT_END = /[\u4e00-\u9fff][\d.]*\d\s*(?:万|亿)?[\u4e00-\u9fff]{1,2}$/u;
// (Not how far the line before got: 完成年度目标的105% · 完成计划的98%.)
const WORK_AT_START = /^(?:新建|新增|新改建|改扩建|建设|建成|完成(?!年度|全年|目标|计划|任务|率|了?年)|开展|改造|实施|推进|开工|提升|打造|加装|既有|为[\d一二三四五六七八九十])/u;
// The end of an article: what follows is page furniture.
const TRAILER =
  /^(?:[(（\[【]|[■□●◆◇▌▍]\s*)?(?:责任编辑|编辑[:：]|精彩图片|查看余下全文|今日热搜|相关(?:阅读|新闻|链接|稿件)|上一篇|下一篇|上一条|下一条|友情链接|热点推荐|延伸阅读|(?:新闻推荐|相关推荐|推荐阅读|热门推荐|往期推荐|往期回顾|猜你喜欢|为您推荐|相关文章|网友评论|发表评论|我要评论|热点排行|阅读排行|喜欢此内容的人还喜欢)[:：]?\s*$|-\s*END\s*-$)/i;
// A credit (编辑:王丹丹 · 责任编辑:…) ends the article only where no more of it follows: this many paragraphs of
// sentences or numbered items after it are the article's, the credit standing under its title.
const ARTICLE_AFTER_CREDIT = 3;
const CREDIT = /^[(（\[【]?(?:责任编辑|编辑[:：])/u;
// A newspaper page's head: its section's name, then the page's credits (县市新闻　　责任编辑：吉克阿呷　校对：王丽).
const PAGE_CREDIT = /^[\u4e00-\u9fff]{2,8}[ \u3000]+(?:责任编辑|编辑)[:：]/u;
// A page's tools, which stand above an article as often as below it (分享到:微信 微博 · 【打印本页】【关闭窗口】 ·
// 字号:大 中 小 · 扫一扫在手机打开 · a portal's skip links, 跳转到正文内容 · 不支持Flash · a WeChat post's counts, 阅读 2.8万 在看 126):
// furniture, but no end of the article.
const WIDGET = /^[(（\[【]?(?:扫一扫|分享到|【?纠错】|打印本页|关闭窗口|字号\s*[:：]|【?字体\s*[:：]|我要打印|返回顶部|视力保护色|站内搜索|立即下载|扫码(?:下载|关注|阅读)|下载\s*app|手机版$|客户端$|设为首页|加入收藏|登录[\]】]|关键词[:：]?$|搜索$|跳转到[\u4e00-\u9fff]{2,6}$|(?:您的浏览器)?不支持\s*Flash)|^(?:【[^】]{1,6}】\s*){2,}$|^阅读\s*[\d.]+\s*万?\+?\s*(?:在看|点赞|赞)\s*[\d.]+\s*万?$/iu;
// A navigation menu on one line: four or more short names between bars (首页|本地|国内|国际|图片).
const NAV_LINE = /^[^|｜┆丨\d]{1,6}(?:\s*[|｜┆丨]\s*[^|｜┆丨\d]{1,6}){3,}\s*$/u;
/** A menu line, not a table's header (序号 | 项目名称 | 年度目标 | 完成情况). */
const isNavLine = (text: string): boolean => NAV_LINE.test(text) && !TABLE_RULE_ROW.test(text) && text.split(/[|｜┆丨]/u).filter((cell) => isHeaderCell(cell.trim())).length < 2;
// The rule under a pipe table's header (---|---|:---:), a row of the table's.
const TABLE_RULE_ROW = /^[\s|:\-—–]+$/u;
// The calendar a site shows in its header (今天是:2026年12月4日 星期五): the day the page was read, not written.
export const SITE_CALENDAR = /^(?:今天是|今天)\s*[:：]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日/u;
// The site's own name standing alone (张家界市人民政府门户网站).
const SITE_NAME = /^[\u4e00-\u9fff·]{2,20}(?:政府)?门户网站$|^[\u4e00-\u9fff·]{2,16}人民政府网站?$/u;
// "2024年02月01日 17:27   来源:大河网" (after a bar or a bullet, 丨来源:青橙融媒 · • 2021-10-23 11:32:15) or "2024-10-31 16:24:00 - 承德发布" or "转自:承德发布"
// or "时间:2023-08-02 03:59:48来源:腾讯网" or "2025 01/24 16:18:06" (after a bar, 丨来源:青橙融媒), or a post's account and day
// (北京通州发布 2023-01-11).
export const DATELINE = /^(?:[丨｜│•●▪【\[]\s*)?(?:[\u4e00-\u9fff]{2,12}(?:日报|晚报|早报|时报|商报)[ \u3000]*\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-年.\/]\d{1,2}[-月.\/]\d{1,2}日?\s*\d{1,2}:\d{2}|\d{4}\s+\d{1,2}\/\d{1,2}\s+\d{1,2}:\d{2}|\d{1,2}\.\d{1,2}\.\d{4}\s+\d{1,2}:\d{2}|(?:发布|更新)?(?:时间|日期)[:：]\s*\d{4}[-年.\/]|转自[:：]|来源[:：]|(?:来源|原文)(?:地址|链接|网址)[:：]|发布时间[:：]|原创[ \u3000]*[\u4e00-\u9fff·]{2,16}(?:融媒体中心|融媒|日报|晚报|新闻|发布|电视台|宣传部|网)$|[\u4e00-\u9fff·]{2,16}[ \u3000]+\d{4}-\d{1,2}-\d{1,2}(?:[ \u3000]+[\u4e00-\u9fff]{2,3})?$)/;
const LINK_LINE = /^[·▪]/;
// A line of a page's markup and nothing else (<ul id="x"></ul> · • <abbr id="x"></abbr>): its source, saved with the text.
const MARKUP_LINE = /^[•·▪\s]*(?:<\/?[a-z][^<>]*>\s*)+$/iu;
// Where the page stands in its site: 当前位置:首页 > 新闻中心 > 要闻 · 首页 > 政务公开.
// So is a line of three or more short names joined by > (新华网 > 地方联播 > 正文).
export const BREADCRUMB = /^(?:当前|您的|你的|您现在的|您所在的|你所在的|所在)?位置\s*[:：]|^(?:网站)?首页\s*[>»›＞/→]|^[^\s>»›＞→。，,]{1,12}(?:\s*[>»›＞→]{1,2}\s*[^\s>»›＞→。，,]{1,12}){2,}\s*$/u;
// A site's navigation: short names one per line (首页 ‖ 新闻中心 ‖ 政务公开 ‖ …), a home link among them.
const NAV_ITEM = /^[\u4e00-\u9fffA-Za-z]{2,8}$/u;
// …or the site's tools (无障碍 · 长者模式 · English · 登录).
const NAV_HOME = /^(?:网站|返回|本站)?首页$|^主页$|^无障碍|^长者模式$|^English$|^登录$/iu;
const MIN_NAV_ITEMS = 4;
// …or three, opening on the home link (- 首页 ‖ - 新闻 ‖ - 泸州).
const MIN_HOMED_NAV = 3;
/** A navigation line's name without the list mark a page copied with it (- 首页 · • 新闻). */
const navText = (text: string): string => text.replace(/^[-•·]\s*/u, "");
// The site's footer, a line at a time: 版权所有 © 2024 · 豫ICP备05000001号 · 网站标识码 · 技术支持:… ·
// 建议使用1920×1080分辨率浏览 · 关于我们 | 网站地图 · Copyright … All Rights Reserved
const FOOTER = /^(?:版权所有|copyright|©|技术支持\s*[:：]|网站标识码|网站地图|关于我们|网站声明|(?:[\u4e00-\u9fff]\s*)?ICP备|[\u4e00-\u9fff]公网安备|公安机关备案|(?:本站)?建议使用.{0,30}(?:分辨率|浏览器))|版权所有.{0,40}$|all rights reserved/iu;
// …and lines that are the footer's only beside one of those, the site's owner named (a list's 承办单位:区教育局 is its own):
// 主办单位:市人民政府办公室 · 联系电话:0371-12345678 · 地址:…邮编:100000
const FOOTER_BESIDE = /^(?:(?:主办|承办|协办)(?:单位)?\s*[:：].*(?:人民政府|政府办公室|融媒体|信息中心|大数据|新闻|日报|传媒|网)|(?:联系电话|电子邮箱)\s*[:：][\d\s-]*\d|地址\s*[:：].{0,40}(?:电话|邮编)\s*[:：]?\s*[\d-]{6,})|邮编\s*[:：]?\s*\d{6}\s*$/u;
// How near a FOOTER line the FOOTER_BESIDE lines stand.
const FOOTER_REACH = 2;
// A picture's file name standing where the picture was (386b250c….jpg), or its caption under a
// white triangle (△代表投票 · △木渎镇区域性养老服务中心): furniture, though it introduces nothing.
// So is a line that only says a picture stands there or who gave it (资料图 · 图片 · 发布会现场 供图 某某).
const PICTURE_NAME = /^[\w.-]{1,80}\.(?:jpe?g|png|gif|webp|bmp)$|^△[^\d。,，;；:：]{1,30}$|^[(（]?(?:资料图片?|图片|配图|视频)[)）]?$|^[^。,，;；:：]{0,16}供图[^。,，;；:：]{0,16}$/iu;
// A government site's fields about the notice, stamp lines of the page like its date (• 所属类目: … · 发文字号: …),
// and the page's buttons alone on a line (• 收藏 · 打印 · 字号:).
// (Its labels may be spaced out, 索 引 号, and its fields set as a table's cells: 索 引 号 | 014129863/2025-00046 | 公开方式 | …)
const METADATA_FIELDS = ["索引号", "所属类目", "主题分类", "体裁", "发文字号", "发文日期", "成文日期", "生成日期", "公开日期", "公开类别", "公开方式", "公开范围", "机构名称", "发布机构", "主题词", "信息来源", "有效性", "文号"];
// A field of the record's metadata (索引号: · 发布机构:), perhaps as a list item; a widget's label (分享: · 收藏:) is no field.
const METADATA_FIELD = new RegExp(`^(?:[•·●▪*-]\\s*)?(?:${METADATA_FIELDS.map((f) => [...f].join("\\s*")).join("|")})\\s*[:：|｜]`, "u");
const PAGE_METADATA = new RegExp(`${METADATA_FIELD.source}|^(?:[•●]\\s*)?(?:收藏|打印|分享|关闭|返回顶部|字号)[:：]?$`, "u");
// A metadata field alone on its line, its value on the next (索引号: · 发布机构:), and how long that value runs.
const METADATA_LABEL = /^[^:：]{1,8}[:：]\s*$/u;
const MAX_METADATA_VALUE = 40;
// | 1 | 新建改扩建中小学 | … | — a row of a pipe table stands alone.

export function normalise(text: string): CleanDocument {
  const clean = foldText(text);
  // (Only a page that sets readings after its characters doubles its commas: elsewhere ,, is a table's empty cell.)
  const ruby = new RegExp(RUBY.source, "u").test(clean);
  const lineStarts = [0];
  for (let i = 0; i < clean.length; i++) if (clean.charCodeAt(i) === 0x0a) lineStarts.push(i + 1);
  const positions = documentPositions(clean.length);
  const heads = emojiHeads(clean, lineStarts);
  const lines = lineStarts.flatMap((start, i) => {
    const end = i + 1 < lineStarts.length ? lineStarts[i + 1]! - 1 : clean.length;
    const line = spanOf(clean, positions, start, end);
    const kept = trimSpan(dropEmphasis(dropJammer(dropInvisible(ruby ? dropRuby(line) : line))));
    const pieces = unflattenHeadings({ span: heads.has(i) ? emojiTag(kept) : trimSpan(dropLeadingEmoji(bulletEmoji(keycapNumber(kept)))), no: i + 1 });
    const indent = /^ */u.exec(clean.slice(start, end))![0].length;
    if (pieces.length && indent >= PARAGRAPH_INDENT.min && indent <= PARAGRAPH_INDENT.max) pieces[0] = { ...pieces[0]!, indented: true };
    return pieces;
  });
  const paragraphs = markNoise(joinBrokenLines(tabSpacedTables(withoutPageBreaks(lines), clean, lineStarts)));
  return { clean, lineStarts, paragraphs };
}

// A page's number, as a word processor prints it at the foot of each page of a notice
// ("- 3 -" · "—12—" · "第 2 页 共 5 页"): a document saved as text keeps it, often inside a sentence.
const PAGE_NUMBER = /^(?:[-—–－~]\s*\d{1,3}\s*[-—–－~]|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?)$/u;

/** The lines without page numbers, and without the blank lines around one: a page break is no paragraph break. */
function withoutPageBreaks(lines: Line[]): Line[] {
  const breaks = lines.map((l) => PAGE_NUMBER.test(l.span.text));
  if (!breaks.includes(true)) return lines;
  const drop = breaks.slice();
  breaks.forEach((isBreak, i) => {
    if (!isBreak) return;
    for (let j = i - 1; j >= 0 && lines[j]!.span.text === ""; j--) drop[j] = true;
    for (let j = i + 1; j < lines.length && lines[j]!.span.text === ""; j++) drop[j] = true;
  });
  return lines.filter((_, i) => !drop[i]);
}

interface Line {
  span: Span;
  no: number;
  /** The line opens with a paragraph's indent (two full-width spaces, or two to four spaces). */
  indented?: boolean;
}

// Fewest indented lines that show a text indents its paragraphs.
const MIN_INDENTED_LINES = 3;
// A paragraph's first-line indent, in spaces (a full-width space folds to one): wider is centring or a table's column.
const PARAGRAPH_INDENT = { min: 2, max: 4 };

// A page that joined its lines with spaces keeps its headings between them: "…占年度任务94.6%。
// 治理“餐桌污染”建设“食品放心工程” 截至9月底，…" — a short run with no punctuation of its own,
// spaced off after a sentence's end. Chinese prose puts no spaces between its words.
const FLATTENED_HEADING = /(?<=[。；;！？!?])[ \u3000]+([^\s。，,；;：:！？!?、]{4,30})[ \u3000]+(?=\S)/gu;

// …and its labels: "…全部改造工作已完工。 任务目标:对…进行改造。 进展情况:截至12月底,…"
// (a bracketed label, 【目标】 · 【完成情况】, after any space)
const FLATTENED_LABEL = new RegExp(`(?<=[。；;！？!?])[ \\u3000]+(?=(?:${FIELD_LABELS})\\s*[:：])|[ \\u3000]+(?=【(?:${BRACKET_LABELS})】)`, "gu");

// …and its bullets, where a summary wrote a list as " - A … - B …" on one line (at least three).
const FLATTENED_BULLET = /[ \u3000]+(?=-[ \u3000]+[\u4e00-\u9fff])/gu;
const MIN_FLATTENED_BULLETS = 3;
// …and its named marks: " 项目一:…  项目二:…" (at least three).
const NAMED_MARK = /^(?:项目|实事|事项)[一二三四五六七八九十]{1,3}\s*[:：]/u;
const FLATTENED_MARK = new RegExp(`[ \\u3000]+(?=${NAMED_MARK.source.slice(1)})`, "gu");

/** The line, cut where a page flattened a heading into it (before the heading and after it) or a label (before it). */
function unflattenHeadings(line: Line): Line[] {
  const text = line.span.text;
  if (!text.includes(" ") && !text.includes("\u3000")) return [line];
  const cuts: number[] = [];
  for (const m of allMatches(text, FLATTENED_HEADING)) {
    const at = m.index! + m[0].indexOf(m[1]!);
    cuts.push(at, at + m[1]!.length);
  }
  for (const m of allMatches(text, FLATTENED_LABEL)) cuts.push(m.index! + m[0].length);
  // Named marks (项目一: · 实事二:) after a space open items; a " - " after each is then the dash
  // between its name and its text (项目一:病有所医 - 实施…), no bullet.
  const marks = allMatches(text, FLATTENED_MARK);
  const marked = marks.length >= MIN_FLATTENED_BULLETS;
  if (marked) for (const m of marks) cuts.push(m.index! + m[0].length);
  const bullets = allMatches(text, FLATTENED_BULLET);
  const bulleted = !marked && bullets.length >= MIN_FLATTENED_BULLETS;
  if (bulleted) for (const m of bullets) cuts.push(m.index! + m[0].length);
  cuts.sort((a, b) => a - b);
  if (!cuts.length) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = trimSpan(sliceSpan(line.span, from, cut));
    // Such a summary parts its phrases with spaces: within a bullet they are its commas.
    // So does a piece a named mark opens: 项目一:病有所医 - 实施… reads 项目一:病有所医,-,实施…
    const opener = bulleted ? /^-[ \u3000]*/u.exec(piece.text) : marked ? NAMED_MARK.exec(piece.text) : null;
    if (piece.text) out.push({ span: opener ? spaceRunsAs(piece, ",", opener[0].length) : piece, no: line.no });
    from = cut;
  }
  return out;
}


// A table a page drew with spaces between its cells: a line of column names, then rows of as
// many cells, each opening with its number (序号 项目名称 年度目标 完成情况 / 1 新建幼儿园 新建10所 建成12所).
const SPACED_CELLS = /[ \u3000]+/u;
// A spaced table has at least this many columns, and at least two rows.
const SPACED_TABLE_MIN_COLUMNS = 3;

// The period a column's figures count over, before its name: 1—6月完成情况 · 1-9月累计完成.
const COLUMN_PERIOD = /^(?:\d{1,2}\s*[—\-–~至]\s*)?\d{1,2}\s*月(?:份|底|末)?/u;

// Longest an unlisted name in a spaced header may be (年度目标任务).
const SPACED_UNLISTED_NAME = 8;

/**
 * Whether spaced cells are a table's header: 序号 first, then names of columns, up to half of which
 * may be short names the header words do not list at their ends (年度目标任务 · 累计完成 beside 完成进度 · 责任单位).
 */
/** Whether line `h` opens a header split over three lines: 序 and other fragments, the names, then 号 and the rest. */
function splitHeader(lines: Line[], h: number): boolean {
  const above = lines[h]!.span.text.trim();
  const below = lines[h + 2]?.span.text.trim() ?? "";
  if (!/^[序编](?:[ \u3000]|$)/u.test(above) || !/^号(?:[ \u3000]|$)/u.test(below)) return false;
  const names = (lines[h + 1]?.span.text ?? "").trim().split(SPACED_CELLS).filter(Boolean);
  return (isHeaderFragment(above) || /^[序编]$/u.test(above)) && (isHeaderFragment(below) || below === "号") && names.length >= 2 && names.every((n) => isHeaderCell(n) || Object.values(COLUMN).some((words) => words.test(n)));
}

function isSpacedHeader(written: string[]): boolean {
  // (序号 may carry a note of what it numbers: 序号（项目编号）.)
  if (written.length < SPACED_TABLE_MIN_COLUMNS || !/^(?:序号|编号)(?:[(（][^()（）]{1,8}[)）])?$/u.test(written[0]!)) return false;
  const cells = written.map((c) => c.replace(COLUMN_PERIOD, "") || c);
  const unlisted = cells.filter((c) => !isHeaderCell(c));
  if (!unlisted.length) return true;
  // (Each names a column the table reader knows, by its words anywhere in it (年度目标任务), unlike a place (吴忠市).)
  const namesColumn = (name: string) => Object.values(COLUMN).some((words) => words.test(name));
  return unlisted.length * 2 <= cells.length - 1 && unlisted.every((name) => /^[\u4e00-\u9fff]+$/u.test(name) && name.length <= SPACED_UNLISTED_NAME && namesColumn(name));
}

// A heading that groups a spaced table's rows: (一)已完成年度目标的项目(3项) · 二、进度滞后的项目.
const GROUP_HEADING = /^(?:[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)[^\d]*(?:[(（]\d+\s*[项个件][)）])?$/u;

/** The lines, with the spaces between the cells of a table drawn with spaces made TABs: its rows are read as a table's, not joined by compactSpaces. */
function tabSpacedTables(lines: Line[], clean: string, lineStarts: readonly number[]): Line[] {
  const cellsOf = (line: Line) => line.span.text.split(SPACED_CELLS);
  const out = lines.slice();
  for (let h = 0; h < lines.length; h++) {
    // A table drawn as a grid, its cells wrapped between the rules: each row one line.
    const grid = gridTable(lines, h);
    if (grid) {
      for (const [k, span] of grid) out[k] = { ...lines[k]!, span };
      h = Math.max(...grid.keys());
      continue;
    }
    const header = cellsOf(lines[h]!);
    // Rows wrapped onto lines of their own (a PDF's table laid out in columns): cells placed by the columns they stand in.
    const spacedHeader = isSpacedHeader(header);
    // (A header whose 序号 a narrow column split around its main line: 序 … 完成 ‖ 项目名称 … ‖ 号 … 率.)
    const split = !spacedHeader && splitHeader(lines, h);
    if (split) {
      const laid = layoutTable(lines, h + 1, clean, lineStarts, [h, h + 2]);
      if (laid) {
        for (const [k, span] of laid) out[k] = { ...lines[k]!, span };
        h = Math.max(...laid.keys());
        continue;
      }
    }
    const laidOut = spacedHeader ? layoutTable(lines, h, clean, lineStarts) : null;
    if (laidOut) {
      for (const [k, span] of laidOut) out[k] = { ...lines[k]!, span };
      h = Math.max(...laidOut.keys());
      continue;
    }
    // Rows of fewer cells than the header's, or a header that spaces out its names: cells placed by what they are.
    const readRagged = () => {
      const ragged = raggedTable(lines, h);
      if (!ragged) return;
      for (const [k, span] of ragged.rows) out[k] = { ...lines[k]!, span };
      h = Math.max(...ragged.rows.keys());
    };
    if (!spacedHeader) {
      readRagged();
      continue;
    }
    const rows: number[] = [];
    let last = 0;
    for (let k = h + 1; k < lines.length; k++) {
      if (lines[k]!.span.text === "") continue;
      const cells = cellsOf(lines[k]!);
      // A group's heading between rows ((二)按序时推进的项目(5项)) is no row; the rows under it number from 1 again.
      if (cells.length === 1 && GROUP_HEADING.test(cells[0]!)) {
        last = 0;
        continue;
      }
      // A row may leave its last cell (备注) empty; its number runs on from the row above.
      const no = /^\d{1,3}$/u.test(cells[0]!) ? Number(cells[0]) : 0;
      if (cells.length > header.length || cells.length < header.length - 1 || no <= last) break;
      rows.push(k);
      last = no;
    }
    if (rows.length < 2) {
      readRagged();
      continue;
    }
    for (const k of [h, ...rows]) out[k] = { ...lines[k]!, span: spaceRunsAs(lines[k]!.span, "\t") };
    h = rows[rows.length - 1]!;
  }
  return out;
}

/** The span with each run of spaces from `from` on one `mark` (at the run's first position): TABs between a table's cells, commas between a summary's phrases. */
function spaceRunsAs(span: Span, mark: string, from = 0): Span {
  const keep: number[] = [];
  const text: string[] = [];
  const isRunSpace = (i: number) => i >= from && (span.text[i] === " " || span.text[i] === "\u3000");
  for (let i = 0; i < span.text.length; i++) {
    if (isRunSpace(i) && isRunSpace(i - 1)) continue;
    keep.push(i);
    text.push(isRunSpace(i) ? mark : span.text[i]!);
  }
  return { text: text.join(""), pos: Int32Array.from(keep, (i) => span.pos[i]!) };
}

/** Joins lines that a newspaper column or an OCR pass broke in mid-sentence. */
function joinBrokenLines(lines: Line[]): Paragraph[] {
  // Blocks of consecutive non-empty lines.
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (line.span.text === "") {
      if (current.length) blocks.push(current);
      current = [];
    } else current.push(line);
  }
  if (current.length) blocks.push(current);

  // The page's furniture (navigation, breadcrumb, the related links and footer after the article) sets no width of the article's.
  const furniture = furnitureLines(lines);
  const lengths = lines.filter((_, k) => !furniture.has(k)).map((l) => displayWidth(l.span.text)).filter((n) => n > 0).sort((a, b) => a - b);
  const width = lengths[Math.floor(lengths.length * 0.8)] ?? 0;

  const column = columnWidth(blocks);
  const padded = lines.some((line) => PADDED_NUMBER.test(line.span.text));
  // The text indents its paragraphs: some lines are set in, and others, their sentences' next lines or headings, are not.
  const written = lines.filter((line) => line.span.text !== "");
  const indentedLines = written.filter((line) => line.indented).length;
  const indents = indentedLines >= MIN_INDENTED_LINES && indentedLines < written.length;
  // (A table drawn one cell per line sets short lines too, its cells' lines read by the table's rows.)
  const furnished = new Set(lines.filter((_, k) => furniture.has(k)));
  const shortLines = !blocks.some((block) => isCellRun(block) || isPipedCellRun(block)) && isShortLinePost(blocks.filter((block) => block.length > 1).flat().filter((line) => !furnished.has(line)));
  const paragraphs: Paragraph[] = [];
  let parts: Line[] = [];
  const flush = () => {
    if (!parts.length) return;
    paragraphs.push({ span: dropGlosses(compactSpaces(joinSpans(parts.map((p) => p.span)))), line: parts[0]!.no, noise: false });
    parts = [];
  };
  let previousBlock: Line[] = [];
  let previousCells = false;
  for (const raw of blocks) {
    // Cells a web page drew one per line, each closed by a pipe ("24 |" / "城管局 |"), are cells.
    const piped = isPipedCellRun(raw);
    const block = piped ? raw.map(unpipe).filter((l) => l.span.text !== "") : raw;
    const cells = piped || isCellRun(block);
    const parallel = column === null ? linesOpeningAlike(block) : new Set<Line>();
    for (let i = 0; i < block.length; i++) {
      const line = block[i]!;
      const prev = parts[parts.length - 1];
      const gap = i > 0 ? "line" : "blank";
      // Nor does the last line of a list of unpunctuated lines go on across a blank line (…区域性养老服务中心建设项目 ‖ ‖ 民生无小事，…).
      // (A list's lines hold no comma either: a column's prose breaks a clause within five lines.)
      const afterList = i === 0 && previousBlock.length >= LINE_LIST_MIN && isLineList(previousBlock, previousBlock.length - 2, ANY_CLAUSE_END);
      // A line set in by a paragraph's indent opens a paragraph, where the text indents its paragraphs and
      // the line before ends no clause open (一、实施城区老旧小区改造 ‖ 　　对城区23个老旧小区实施综合改造…).
      const indentOpens = indents && line.indented === true && !OPEN_END.test(prev?.span.text ?? "");
      // …and a line set flush after a line that fills the column and ends on a ； is that paragraph's next
      // line: the column cut the sentence at a clause (…建成社区老年餐桌28个； ‖ 新增城市公共停车位3600个；…).
      const clauseCut = indents && gap === "line" && line.indented !== true && prev !== undefined && fillsColumnAtClause(prev.span.text, width) && !opensItem(line.span.text, true);
      if (prev && !clauseCut && (cells || parallel.has(line) || (i === 0 && previousCells) || afterList || indentOpens || !continues(prev.span.text, line.span.text, gap, width, gap === "line" ? i : previousBlock.length, block, column, padded, parts.length === 1, shortLines))) flush();
      parts.push(line);
    }
    previousBlock = block;
    previousCells = cells;
  }
  flush();
  return paragraphs;
}

/** A line as wide as the text's lines that ends on a clause's ；, as a column cuts a sentence. */
function fillsColumnAtClause(text: string, width: number): boolean {
  return /[;；]$/u.test(text) && width >= MIN_COLUMN && displayWidth(text) >= width * CUT_LINE_SHARE;
}

// Lines of a list that states its items one per line with no punctuation between them
// (新增托位4.5万个 ‖ 新增公办幼儿园学位1.5万个 ‖ …): at least this many in a row, no sentence ending in any.
const LINE_LIST_MIN = 5;
const ANY_SENTENCE_END = new RegExp(`[${SENTENCE_END_MARKS}:：]`);
// Where lines share a width, as a column's would, only lines without even a comma are a list: a
// column's prose breaks a clause within five lines.
const ANY_CLAUSE_END = new RegExp(`[${SENTENCE_END_MARKS}:：,，、]`);

/**
 * Whether lines `from` and `from + 1` of the block stand in such a list: some run of the list's
 * length that holds both has no sentence ending (a byline after the list's last lines ends none
 * of the runs before it). Prose a column broke ends its sentences within a few lines.
 */
function isLineList(block: Line[], from: number, ends = ANY_SENTENCE_END): boolean {
  if (block.length < LINE_LIST_MIN) return false;
  const clean = block.map((l) => !ends.test(l.span.text));
  const last = Math.min(from, block.length - LINE_LIST_MIN);
  for (let start = Math.max(0, Math.min(from + 1, block.length - 1) - LINE_LIST_MIN + 1); start <= last; start++) {
    if (clean.slice(start, start + LINE_LIST_MIN).every(Boolean)) return true;
  }
  return false;
}

// Lines that open alike, a word and then marks at the same places in each (就业难?【稳就业促增收】… ‖ 上学远?【改善…】…),
// are each a unit of their own: a column breaks prose at any word, never after the same few characters line after line. (Not
// in a text set in a column, nor lines that open on a mark or on a figure: a column that breaks a list's items alike opens line
// after line on their （责任单位：… or …62%（责任单位：….) The marks looked for, opening ones, and how far into a line.
const OPENING_MARKS = /[【\[（(?？:：｜|—]/u;
const OPENING_REACH = 8;
// Marks an opening holds, at least: a word and one mark is a field's label (项目名称：… ‖ 年度目标：…), lines of one record.
const MIN_OPENING_MARKS = 2;
// Lines sharing an opening that make a run of their own.
const MIN_PARALLEL_LINES = 3;

/** The lines of a block that open alike with at least two others (see OPENING_MARKS): each opens a paragraph. */
function linesOpeningAlike(block: Line[]): Set<Line> {
  const marksOf = (text: string) => [...text.slice(0, OPENING_REACH)].flatMap((ch, k) => (OPENING_MARKS.test(ch) ? [`${k}${ch}`] : []));
  const byShape = new Map<string, Line[]>();
  for (const line of block) {
    const marks = marksOf(line.span.text);
    const shape = marks.join(" ");
    if (marks.length >= MIN_OPENING_MARKS && !OPENING_MARKS.test(line.span.text[0] ?? "") && !/[\d%]/u.test(line.span.text.slice(0, OPENING_REACH).split(OPENING_MARKS)[0]!)) byShape.set(shape, [...(byShape.get(shape) ?? []), line]);
  }
  return new Set([...byShape.values()].filter((lines) => lines.length >= MIN_PARALLEL_LINES).flat());
}

// A post set in short lines (a WeChat post's: 教育扩容工程 ‖ 全市新建改扩建学校6所 ‖ 新增学位2160个 ‖ 完成年度目标的108%)
// puts one name, figure or phrase on each line and ends hardly any with a comma or a stop: at least this many lines
// in blocks of two or more…
const SHORT_LINE_POST_MIN = 15;
// …this share of them with no clause's end. A column's prose puts a comma or a stop in most of its lines.
const SHORT_LINE_SHARE = 0.8;

/** Whether the text's lines (those in blocks of two or more) are a short-line post's: each line a unit of its own. */
function isShortLinePost(blockLines: Line[]): boolean {
  if (blockLines.length < SHORT_LINE_POST_MIN) return false;
  return blockLines.filter((l) => !ANY_CLAUSE_END.test(l.span.text)).length >= blockLines.length * SHORT_LINE_SHARE;
}

// A column sets the lines it breaks at one width, give or take a character or two (display columns).
const COLUMN_SLACK = 3;
// A newspaper's narrowest column holds about this many characters a line.
const NARROWEST_COLUMN = 8;
// A text is set in a column where at least this share of the lines that go on to another line share one width…
const COLUMN_SHARE = 0.5;
// …and at least this many do.
const COLUMN_MIN_LINES = 3;

/** The width of the column a text was set in (the width most of its lines cut mid-sentence share), or null where it was not. */
function columnWidth(blocks: Line[][]): number | null {
  // Lines cut mid-sentence: not a line that ends its sentence, nor a heading (which may fill no column), nor a rule.
  const cut = (l: Line) => !SENTENCE_END.test(l.span.text) && !isBareHeading(l.span.text) && !RULE_LINE.test(l.span.text);
  const widths = blocks.flatMap((block) => block.slice(0, -1).filter(cut).map((l) => displayWidth(l.span.text)));
  if (widths.length < COLUMN_MIN_LINES) return null;
  let best: number | null = null;
  let bestCount = 0;
  for (const w of widths) {
    const count = widths.filter((x) => Math.abs(x - w) <= COLUMN_SLACK).length;
    if (count > bestCount || (count === bestCount && w > best!)) [best, bestCount] = [w, count];
  }
  // (Lines of one short width, under NARROWEST_COLUMN, are a list's or a menu's, set in no column.)
  return bestCount >= COLUMN_MIN_LINES && bestCount >= widths.length * COLUMN_SHARE && best! >= NARROWEST_COLUMN ? best : null;
}

/** A numbered line that is only a heading: a mark and a name, no sentence or clause of its own. */
function isBareHeading(text: string): boolean {
  const marker = matchMarker(text.replace(/^\s+/u, ""));
  return marker !== null && !/[。;；!?！？,，:：]/u.test(text);
}

// A table drawn one cell per line: many short lines, with row numbers standing alone.
const CELL_RUN = { minLines: 6, maxMedianWidth: 10, minRowNumbers: 2 };

/** Lines of a one-cell-per-line table stay apart: each is a cell, not a broken sentence. */
function isCellRun(block: Line[]): boolean {
  if (block.length < CELL_RUN.minLines) return false;
  const widths = block.map((l) => displayWidth(l.span.text)).sort((a, b) => a - b);
  const rowNumbers = block.filter((l) => /^\d{1,2}$/.test(l.span.text)).length;
  return widths[Math.floor(widths.length / 2)]! <= CELL_RUN.maxMedianWidth && rowNumbers >= CELL_RUN.minRowNumbers;
}

// Share of a block's lines that must end in a lone pipe for the block to be cells drawn that way.
const PIPED_SHARE = 0.7;
const PIPED_LINE = /^[^|]*\|\s*$|^\|+\s*$/;

/** A run of lines each ending in one pipe: a table's cells, one per line. */
function isPipedCellRun(block: Line[]): boolean {
  return block.length >= CELL_RUN.minLines && block.filter((l) => PIPED_LINE.test(l.span.text)).length >= block.length * PIPED_SHARE;
}

/** The line without its closing pipe(s). */
function unpipe(line: Line): Line {
  const m = /\s*\|+\s*$/.exec(line.span.text);
  return m ? { ...line, span: trimSpan(sliceSpan(line.span, 0, m.index)) } : line;
}

// A number alone on its line, its mark lost or never written (01 ‖ 就业创业促进工程), where the text
// writes such numbers with a leading zero (01, 02 …), as posts that number their items in large type
// do: no line goes on into it or from it, even across a blank line the text's spacing would let a
// sentence go on over. (A table flattened one cell per line has its row numbers alone on lines too.)
const BARE_NUMBER = /^\d{1,2}$/u;
// What a table writes in a cell it leaves empty: — · - · /.
const EMPTY_CELL = /^(?:[—\-–/]+|无)$/u;
const PADDED_NUMBER = /^0[1-9]$/u;


function continues(prev: string, next: string, gap: "line" | "blank", width: number, prevBlockLines: number, nextBlock: Line[], column: number | null, padded = false, opensParagraph = false, shortLines = false): boolean {
  // A unit's or a name's label alone on its line (责任单位： ‖ 县教科体局、县城投集团) goes on into its value on the next, where that is no
  // label or mark.
  if (LABEL_ALONE.test(prev.trim())) return !LABEL_ALONE.test(next.trim()) && !opensItem(next) && !isMarkOnly(next);
  if (SENTENCE_END.test(prev) || /[:：]$/.test(prev)) return false;
  if (RULE_LINE.test(prev) || RULE_LINE.test(next)) return false;
  // A line never opens on a figure's unit: a page that broke 新改建农村公路186 ‖ 公里，… broke one figure.
  // (Not a number alone on its line, an item's mark: 7 ‖ 家门口的健身场地.)
  if (gap === "line" && /[\u4e00-\u9fff][\d.\s]*\d$/u.test(prev) && UNIT_FIRST.test(next)) return true;
  if (BREADCRUMB.test(prev) || BREADCRUMB.test(next) || FOOTER.test(prev) || FOOTER.test(next) || SITE_CALENDAR.test(prev)) return false;
  if (isTableRow(prev) || isTableRow(next) || DATELINE.test(prev) || BYLINE.test(prev.trim())) return false;
  // A newspaper page's credit line (责任编辑：于浩　美术编辑：孙丽) is a line of its own: the headline under it is no more of it.
  if (CREDIT.test(prev) || CREDIT.test(next) || PAGE_CREDIT.test(prev) || PAGE_CREDIT.test(next)) return false;
  // An item that ends on its responsible unit (…。责任单位:市住建局) is complete.
  if (/(?:责任|牵头|承办)单位\s*[:：][^。]*$/.test(prev)) return false;
  next = next.replace(/^(?:<[^<>]{1,200}>\s*)+/, "");
  // A mark alone on its line numbers the name labelled after it (一、 ‖ 【项目名称】城区学校扩容提质工程).
  if (isMarkOnly(prev) && NAME_LABEL.test(next)) return true;
  // …and no line before it goes on into it: it opens an item, as a mark with text after it does.
  if (isMarkOnly(next)) return false;
  // A number alone on its line (WeChat posts: 01 ‖ 就业创业促进工程) stands alone: the structure reads
  // numbers that count up 1, 2, 3 as the marks of the paragraphs after them (classify in structure.ts).
  if (padded && (BARE_NUMBER.test(next) || BARE_NUMBER.test(prev))) return false;
  // A newspaper's subhead that names a work and sums it up, after a paragraph's end and well short of the column's edge
  // (…居民刘阿姨说。 ‖ 老旧小区改造：38个小区全部开工 ‖ 按照年度计划，今年…), heads the lines under it: a line the column
  // broke runs near its edge (新增城镇就业：全市城镇新增就 ‖ 业0.82万人…).
  if (gap === "line" && opensParagraph && width >= MIN_COLUMN && NAMED_SUBHEAD.test(prev.trim()) && displayWidth(prev) < width * SUBHEAD_SHARE) return false;
  // A line as wide as the column and cut mid-word goes on, even into a "name：" (…全部完 ‖ 成年度目标任务：…).
  const fullLine = gap === "line" && width >= MIN_COLUMN && displayWidth(prev) >= width * CUT_LINE_SHARE;
  if (opensItem(next, fullLine) || DATELINE.test(next) || TRAILER.test(next) || WIDGET.test(next) || LINK_LINE.test(next)) return false;
  // A record's metadata (发布机构: … 公开日期: …) goes on into nothing after it.
  if (PAGE_METADATA.test(prev.trim()) || DATELINE.test(prev)) return false;
  // A dash alone fills a table's empty cell (— ‖ 4): the next row's number alone is no more of it.
  if (EMPTY_CELL.test(prev.trim()) && BARE_NUMBER.test(next.trim())) return false;
  // A line that is one bracketed tag heads the lines under it, whatever the line before ends on (具体如下—— ‖ 【关键词：健康】 ‖ 健康守护工程将…).
  if (WHOLE_TAG.test(next.trim())) return false;
  if (OPEN_END.test(prev)) return true;
  // A line that ends on a figure's unit goes on into no line that opens on a verb of work: 开展职业技能培训4000人次 ‖
  // 建设就业服务站20个, a list of short tasks without marks or stops, each line one.
  if (gap === "line" && FIGURE_AT_END.test(prev) && WORK_AT_START.test(next)) return false;
  // Nor does a short bulleted theme without a figure go on into the first of its tasks, which states one: ●着力办好“一老一小” ‖
  // 新增普惠性托位300个.
  if (gap === "line" && /^[●•▪■◆]/u.test(prev) && !/\d/u.test(prev) && displayWidth(prev) <= MAX_SHORT_HEADING && /\d/u.test(next)) return false;
  // A line that opens on 和 or 及 goes on from the heading above it, broken before its second half: 城区雨污分流 ‖ 和排水防涝设施建设.
  if (gap === "line" && CONJOINED.test(next) && !/\d/u.test(prev) && displayWidth(prev) <= MAX_SHORT_HEADING) return true;
  // A mark alone on its line numbers the line after it: (一) ‖ 促进群众就业增收，…
  if (isMarkOnly(prev)) return !isMarkOnly(next);
  // A numbered heading with no sentence of its own ("2、建设城市书房和文化驿站") goes on only where
  // the text is set in a column and the heading fills it: otherwise it is the title over its text.
  // A line never opens on a comma or a closing mark: ",完成年度计划的141.4%" ends the line before.
  if (/^[,，、。;；:：%)）]/u.test(next)) return true;
  // (Not into a line wider than the column: a text set in a column breaks its heading into a line that fits it too, and a
  // notice's short lines, 牵头单位：市教育局, set no column its long task lines keep to: 一、教育保障能力提升 ‖ 新建、改扩建…；….)
  if (gap === "line" && isBareHeading(prev)) return column !== null && displayWidth(prev) >= column - COLUMN_SLACK && displayWidth(next) <= column * WIDER_THAN_COLUMN;
  // A post set in short lines puts one name or figure on each, and goes on across no blank line (see isShortLinePost); a
  // line that only tells how far the line above got (新增学位2160个 ‖ 完成年度目标的108%) is that figure's.
  if (shortLines) return gap === "line" && isRateOnly(next);
  if (gap === "line") return displayWidth(prev) >= Math.max(6, width * 0.6) && ((column !== null && displayWidth(prev) <= column + COLUMN_SLACK && !isLineList(nextBlock, prevBlockLines - 1, ANY_CLAUSE_END)) || !isLineList(nextBlock, prevBlockLines - 1));
  // Across a blank line: only a body block broken by the column, never a lone headline.
  const nextIsHeadline = nextBlock.length === 1 && !SENTENCE_END.test(next) && next.length < HEADLINE_MAX_CHARS;
  if (nextIsHeadline) return false;
  // A block broken by the column ends on a full line; a list of short lines ends on a short one, or on a task's figure and unit
  // (●着力改善居住环境 ‖ 改造城镇老旧小区15个 ‖ 新增城区公共停车泊位1500个 ‖ ‖ “听说…”).
  if (prevBlockLines >= 2 && FIGURE_AT_END.test(prev) && !/[,，、;；]/u.test(prev)) return false;
  if (prevBlockLines >= 2 && displayWidth(prev) >= width * BROKEN_LINE_SHARE) return true;
  return width >= HEADLINE_MAX_CHARS && displayWidth(prev) >= width * FULL_LINE_SHARE;
}

// A pinyin gloss a web page put after a character: 會(huì) · 實(shí)事 · 處(chù)
const GLOSS = /(?<=[\u4e00-\u9fff])\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu;

/** Drops pinyin glosses, so 實(shí)事 reads as 實事; the characters keep their offsets. */
function dropGlosses(span: Span): Span {
  if (!GLOSS.test(span.text)) return span;
  GLOSS.lastIndex = 0;
  const keep: number[] = [];
  let from = 0;
  for (const m of allMatches(span.text, GLOSS)) {
    for (let i = from; i < m.index!; i++) keep.push(i);
    from = m.index! + m[0].length;
  }
  for (let i = from; i < span.text.length; i++) keep.push(i);
  return keepChars(span, keep);
}

/** Drops spaces that typesetting put between Chinese characters (完 成 年 度); spaces beside digits stay ("2 异地就医…"). */
// A number's first group of digits after its words, and the group of three its thousands space sets off: 居民3 860户.
const THOUSANDS_BEFORE = /[\u4e00-\u9fff]\d{1,3}$/u;
const THOUSANDS_AFTER = /^\d{3}(?![\d.])[\u4e00-\u9fff]/u;

function compactSpaces(span: Span): Span {
  const t = span.text;
  if (!/\s/.test(t)) return span;
  const keep: number[] = [];
  for (let i = 0; i < t.length; i++) {
    if (isSpace(t.charCodeAt(i))) {
      let j = i;
      while (j + 1 < t.length && isSpace(t.charCodeAt(j + 1))) j++;
      const before = t[i - 1] ?? "";
      const after = t[j + 1] ?? "";
      // A space that groups a number's thousands, after its label (惠及居民3 860户), is no break between two numbers.
      const grouping = j === i && THOUSANDS_BEFORE.test(t.slice(Math.max(0, i - 5), i)) && THOUSANDS_AFTER.test(t.slice(j + 1, j + 6));
      if (!grouping && (/[A-Za-z0-9]/.test(before) || /[A-Za-z0-9]/.test(after))) keep.push(i);
      i = j;
      continue;
    }
    keep.push(i);
  }
  if (keep.length === t.length) return span;
  return keepChars(span, keep);
}

/** Spaces that typesetting adds; a TAB separates the cells of a table row and always stays. */
function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0d || code === 0x0a || code === 0x0b || code === 0x0c;
}


// A paragraph of the article after a credit is a sentence at least this long.
const MIN_ARTICLE_SENTENCE = 20;
// A footer line is short; a longer one is the article's.
const MAX_FOOTER_LINE = 80;
// A byline alone on its line: 记者 周雨桐 通讯员 韩立新 · (本报记者 黄敏 周俊杰) · 实习生 王某.
const BYLINE_ROLE = String.raw`(?:本报|特约|见习)?(?:记者|通讯员|实习生|采访人员|摄影)`;
// (The page may have dropped the spaces between the names: 记者周雨桐通讯员韩立新; three names at most run together.)
const BYLINE_NAMES = String.raw`[ \u3000]*(?:[\u4e00-\u9fff·]{2,4}(?:[ \u3000、]+[\u4e00-\u9fff·]{2,4})+|[\u4e00-\u9fff·]{2,9}?)`;
const BYLINE = new RegExp(String.raw`^[(（]?\s*${BYLINE_ROLE}${BYLINE_NAMES}(?:[ \u3000]*${BYLINE_ROLE}${BYLINE_NAMES})*\s*[)）]?$`, "u");

// A dateline the page ran into the article's first paragraph (2011-10-31 05:17 来源: 某网记者近日从…获悉,…。):
// longer than any dateline, with a sentence of the article's in it, it is the article's.
const MAX_DATELINE = 80;
const carriesArticle = (text: string): boolean => text.length > MAX_DATELINE && /[\u4e00-\u9fff]{4}[^。]*。/u.test(text);

const compact = (s: string) => s.replace(/[\s"“”'‘’]/g, "");

/** Whether the ·-line at k stands alone over a paragraph of prose: an item's heading, where links come in runs. */
function headsProse(paragraphs: Paragraph[], k: number): boolean {
  const before = paragraphs[k - 1]?.span.text ?? "";
  const after = paragraphs[k + 1]?.span.text ?? "";
  return !LINK_LINE.test(before) && !LINK_LINE.test(after) && /[。;；]/u.test(after);
}

function markNoise(paragraphs: Paragraph[]): Paragraph[] {
  const seen = new Set<string>();
  const texts = paragraphs.map((p) => p.span.text);
  let trailer = false;
  // A page's furniture above the article (下一篇 · 上一版 in an e-paper's header) ends nothing:
  // only one after a sentence of the article's (a header's links end none) closes it.
  let prose = false;
  for (const [k, p] of paragraphs.entries()) {
    const text = p.span.text;
    if (!trailer && TRAILER.test(text)) {
      if (!prose || (CREDIT.test(text) && articleFollows(paragraphs, k))) {
        p.noise = "trailer";
        continue;
      }
      trailer = true;
    }
    if (!trailer && /[。]/u.test(text)) prose = true;
    if (trailer) p.noise = "trailer";
    else if (SITE_CALENDAR.test(text)) p.noise = "links";
    else if ((DATELINE.test(text) || PAGE_METADATA.test(text) || BYLINE.test(text)) && !carriesArticle(text)) p.noise = "dateline";
    // A field of the notice's metadata drawn as a table, its value on the line after (发布机构: ‖ 市政府办公室).
    else if (k > 0 && METADATA_FIELD.test(paragraphs[k - 1]!.span.text) && METADATA_LABEL.test(paragraphs[k - 1]!.span.text) && text.length <= MAX_METADATA_VALUE && !/[。；;]/u.test(text)) p.noise = "dateline";
    else if (WIDGET.test(text) && text.length <= MAX_FOOTER_LINE) p.noise = "trailer";
    else if (BREADCRUMB.test(text) || SITE_NAME.test(text) || isNavLine(text)) p.noise = "links";
    else if (isFooter(texts, k)) p.noise = "trailer";
    // (Not a bullet line over a paragraph of prose, between no others: ·建设幼儿园 ‖ 建设幼儿园17所,…。 ‖ ·建设中小学 heads an item.)
    else if (LINK_LINE.test(text) && !headsProse(paragraphs, k)) p.noise = "links";
    else if (PICTURE_NAME.test(text)) p.noise = "picture";
    else if (MARKUP_LINE.test(text)) p.noise = "links";
    else if (RULE_LINE.test(text)) p.noise = "rule";
    else {
      const key = compact(text);
      // Labels repeat by nature (责任单位:市教育局); headlines and paragraphs do not.
      // (Nor do the rules a table draws under each of its rows, ├──┼──┤, nor the office in charge a cell of its own names
      // row after row, 市住房和城乡建设局, nor a date a cell of its own gives row after row, 2024年12月.)
      if (key.length >= MIN_REPEATED_PARAGRAPH && seen.has(key) && !opensItem(text) && !TABLE_RULE_ROW.test(text) && !isOfficeCell(text) && !DATE_CELL.test(key)) p.noise = "duplicate";
      seen.add(key);
    }
  }
  markNavigation(paragraphs);
  // A headline that only introduces page furniture (a list of links) is furniture too.
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const next = paragraphs[i + 1]!;
    if (!p.noise && next.noise === "links" && !SENTENCE_END.test(p.span.text)) p.noise = "links";
  }
  // A headline split over two lines and repeated: drop the pieces of an earlier paragraph.
  // (Not a column's name in a table's header drawn one cell per line, from 序号 on: 序号 ‖ 项目名称 ‖ 年度目标 ‖
  // 上半年进展情况 under the headline …民生实事上半年进展情况.)
  const earlier: string[] = [];
  const inHeader = (k: number) => {
    let from = k;
    while (from > 0 && isHeaderCell(paragraphs[from - 1]!.span.text) && !COLUMN.no.test(paragraphs[from]!.span.text)) from--;
    return COLUMN.no.test(paragraphs[from]!.span.text.trim()) && k - from >= MIN_HEADER_CELLS - 1;
  };
  for (const [k, p] of paragraphs.entries()) {
    const key = compact(p.span.text);
    const piece = (e: string) => e.length > key.length && (e.startsWith(key) || e.endsWith(key));
    // (Nor a heading over a numbered list or a label that the headline names with another, below the page's first two lines, where
    // a headline broken in two stands: …十大工程、十件民生实事 ‖ … ‖ 十件民生实事 ‖ 1 ‖ ….)
    const next = paragraphs[k + 1]?.span.text.trim() ?? "";
    const headsList = opensItem(next) || /^\d{1,2}$/u.test(next);
    if (!p.noise && key.length >= MIN_REPEATED_PIECE && isHeadline(p.span.text) && earlier.some(piece) && !(isHeaderCell(p.span.text) && inHeader(k)) && !(headsList && k > 1)) p.noise = "duplicate";
    if (!p.noise && isHeadline(p.span.text)) earlier.push(key);
  }
  let ruled = false;
  for (const p of paragraphs) {
    if (p.noise === "rule") ruled = true;
    else if (!p.noise && ruled) {
      p.ruled = true;
      ruled = false;
    }
  }
  return paragraphs;
}

/** Whether ARTICLE_AFTER_CREDIT paragraphs of sentences or numbered items follow paragraph k. */
function articleFollows(paragraphs: Paragraph[], k: number): boolean {
  let found = 0;
  for (const p of paragraphs.slice(k + 1)) {
    const text = p.span.text;
    if (TRAILER.test(text) && !CREDIT.test(text)) break;
    if ((text.length >= MIN_ARTICLE_SENTENCE && /[。；;]/u.test(text)) || opensItem(text)) found++;
    if (found >= ARTICLE_AFTER_CREDIT) return true;
  }
  return false;
}

/** Whether line k of `texts` is the site's footer: a FOOTER line, or a FOOTER_BESIDE one within FOOTER_REACH of one. */
function isFooter(texts: readonly string[], k: number): boolean {
  const footer = (text: string | undefined) => !!text && text.length <= MAX_FOOTER_LINE && FOOTER.test(text);
  if (footer(texts[k])) return true;
  if (!FOOTER_BESIDE.test(texts[k] ?? "") || (texts[k]?.length ?? 0) > MAX_FOOTER_LINE) return false;
  for (let d = 1; d <= FOOTER_REACH; d++) if (footer(texts[k - d]) || footer(texts[k + d])) return true;
  return false;
}

/** The lines of a page's furniture, by their own words: a navigation run, a breadcrumb, a footer line, and all after a trailer once the article has a sentence. */
function furnitureLines(lines: readonly { span: Span }[]): Set<number> {
  const out = new Set<number>();
  let prose = false;
  let trailer = false;
  let run: number[] = [];
  const texts = lines.map((line) => line.span.text.trim());
  const closeRun = (after: string) => {
    if (isNavigation(run.map((k) => texts[k]!), after)) for (const k of run) out.add(k);
    run = [];
  };
  lines.forEach((_, k) => {
    const text = texts[k]!;
    if (text === "") return;
    if (NAV_ITEM.test(navText(text))) {
      run.push(k);
      return;
    }
    closeRun(text);
    if (!trailer && prose && TRAILER.test(text) && !CREDIT.test(text)) trailer = true;
    if (/[。]/u.test(text)) prose = true;
    if (trailer || SITE_CALENDAR.test(text) || BREADCRUMB.test(text) || isNavLine(text) || isFooter(texts, k) || DATELINE.test(text) || WIDGET.test(text)) out.add(k);
  });
  closeRun("");
  return out;
}

/** Whether short lines one after another are a site's navigation: MIN_NAV_ITEMS or more, a home or tool link among them or a breadcrumb right after. */
function isNavigation(lines: readonly string[], after: string): boolean {
  const run = lines.map(navText);
  return (run.length >= MIN_NAV_ITEMS && (run.some((text) => NAV_HOME.test(text)) || BREADCRUMB.test(after))) || (run.length >= MIN_HOMED_NAV && NAV_HOME.test(run[0]!));
}

/** Runs of a site's navigation (NAV_ITEM lines, MIN_NAV_ITEMS or more, a home link among them or the breadcrumb right after) are links. */
function markNavigation(paragraphs: Paragraph[]): void {
  let start = 0;
  for (let k = 0; k <= paragraphs.length; k++) {
    const p = paragraphs[k];
    if (p && !p.noise && NAV_ITEM.test(navText(p.span.text))) continue;
    const run = paragraphs.slice(start, k);
    if (isNavigation(run.map((q) => q.span.text), p?.span.text ?? "")) for (const q of run) q.noise = "links";
    start = k + 1;
  }
}

export function isHeadline(text: string): boolean {
  return text.length <= HEADLINE_MAX_CHARS && !SENTENCE_END.test(text) && !/[。;；]/.test(text);
}

export { SENTENCE_END };
