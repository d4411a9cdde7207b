// A cheap count of the figures in a text (a number with a unit or a percent, dates left out):
// evidence for the structure step, which weighs the same passages again and again. The
// figures themselves are read by figures.ts.
import { allMatches } from "./text.ts";

// A figure: a number with a unit or a percent (years and dates excluded by the caller).
const FIGURE = /(?<![\d.])\d+(?:\.\d+)?\s*(?:万|亿|余|多)?\s*(?:%|[\u4e00-\u9fff])/gu;
// Dates, counts of items (8项提前完成 · 10件实事 · 9个项目 · 14个指标) and of the bodies at work (9个部门): how far the
// programme got and who spoke (9个部门 · 12个方面), not a project's figure; nor are votes (满意95票), which
// figures.ts reads as none.
const NOT_A_FIGURE = /^(?:19|20)\d{2}\s*年|^\d{1,2}\s*(?:月|日|时)|^\d+\s*(?:[项件票]|个?(?:部门|单位|方面)|个(?:民生|重点|实事)*项目|个指标)/u;
// A hotline's number (12345政务服务便民热线 · 12345热线) is whom to call, not a figure.
const HOTLINE = /^\d{3,}\s*[\u4e00-\u9fff]{0,8}?(?:热线|服务电话|专线)/u;
const HOTLINE_REACH = 16;
// A figure as a text tells it, to find it told again elsewhere: its number and its unit's first letters (326公里 · 21.4万人 ·
// 286万元 · 12个, not 12月's 12月 of a date: the letter after the number is kept, so 12个 and 12月 differ). Percents are none.
export const FIGURE_TOKEN = /(?<![\d.])\d+(?:\.\d+)?\s*[万亿]?[^\d\s.,，。；;、:：%％]/gu;
/** The figures a text tells, as FIGURE_TOKEN writes them, spaces taken out, each once. */
export const figureTokens = (text: string): string[] => [...new Set(allMatches(text, FIGURE_TOKEN).map((m) => m[0].replace(/\s/gu, "")))];

const figureCounts = new Map<string, number>();
// Texts counted again and again (each candidate reads the same passages) are counted once; the cache is bounded.
const FIGURE_CACHE_LIMIT = 50_000;

export function countFigures(text: string): number {
  if (!hasDigit(text)) return 0;
  const cached = figureCounts.get(text);
  if (cached !== undefined) return cached;
  if (figureCounts.size > FIGURE_CACHE_LIMIT) figureCounts.clear();
  const n = countFiguresIn(text);
  figureCounts.set(text, n);
  return n;
}

function countFiguresIn(text: string): number {
  let n = 0;
  for (const m of allMatches(text, FIGURE)) if (!NOT_A_FIGURE.test(m[0]) && !NOT_A_FIGURE.test(text.slice(m.index!, m.index! + 8)) && !HOTLINE.test(text.slice(m.index!, m.index! + HOTLINE_REACH))) n++;
  return n;
}


/** Every figure has an ASCII digit: a text without one (most headings and labels) needs no count and no cache entry. */
function hasDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) return true;
  }
  return false;
}
