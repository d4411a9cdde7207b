// A news story's list told one paragraph per project, with no marks and no name sentence of its
// own: 实施教育提升工程。完成10处… ‖ 启动大汶河综合治理,在干流建设生态护岸28公里… ‖ 开工建设区中医医院、
// 区疾控中心,启动建设… Each paragraph of the run is a project, named by its opening clause. Worth
// reading only against a count the text states: the count decides between this and the clauses
// the narrative reading cuts the same paragraphs into.
import { sliceSpan, splitAt } from "../text.ts";
import { countFigures } from "../figures-count.ts";
import type { Block } from "../structure.ts";
import { CLOSING_OPENING, type ItemDraft, type Structure } from "../draft.ts";
import { PROGRAMME_NAME, STATEMENT, cleanTitle } from "../titles.ts";
import { statedCount } from "../segment.ts";
import { ADDED } from "./lead-sentences.ts";
import { MIN_CLAUSE_NAME } from "./sentence-list.ts";

// The opening clause, up to its first stop: 启动大汶河综合治理 · 实施道路品质提升工程
const OPENING = /^([^。,，;；:：!?！？]{4,30})(?:[。,，;；:：!?！？]|$)/u;
// Fewer such paragraphs in a run are prose, not a list.
const MIN_ITEMS = 4;
// A paragraph this short is a heading or a caption, not a project told.
const MIN_PARAGRAPH = 12;
const SENTENCE_END = /[。!?！？;；]\s*$/u;
// Verbs a project's opening clause starts on beyond STATEMENT's: 启动… · 开工建设… · 新建… · 为60周岁及以上老年人… · 对府前大街…
const WORK_VERB = /^(?:启动|开工|新建|改造|改扩建|新增|建成|为|对|免费|增加|新改建|整治|新开|实现)/u;

/** Whether a block is a paragraph that opens by doing a work (实施… · 开工建设… · 为60周岁以上老年人…) or by its name and a colon, not by speaking of the programme. */
function tellsWork(b: Block, last: boolean): boolean {
  // (The text's last paragraph may be one the page cut, short as a headline: 对府前大街永)
  const cut = last && (b.type === "body" || b.type === "headline") && !SENTENCE_END.test(b.text);
  if (!cut && (b.type !== "body" || b.text.length < MIN_PARAGRAPH)) return false;
  const opening = OPENING.exec(b.text);
  if (!opening || PROGRAMME_NAME.test(b.text.split(/[。!?！？]/u)[0]!)) return false;
  // A name set off by a colon (稳定和扩大就业：…) names its work whatever its verb.
  return STATEMENT.test(opening[1]!) || WORK_VERB.test(opening[1]!) || /^[^:：]{4,30}[:：]/u.test(opening[0]!);
}


export function paragraphItems(blocks: Block[]): Structure | null {
  const [from, to] = longestRun(blocks, (b, k) => tellsWork(b, k === blocks.length - 1));
  if (to - from < MIN_ITEMS) return null;
  const items = blocks.slice(from, to).map((b) => {
    const name = OPENING.exec(b.text)![1]!;
    return paragraphItem(b, name, 0);
  });
  return { items, preamble: blocks.slice(0, from), lists: 1 };
}

/** The [from, to) of the longest run of blocks in a row that `fits` accepts (the first such run on a tie); [0, 0] for none. */
export function longestRun(blocks: Block[], fits: (b: Block, k: number) => boolean): [number, number] {
  let best: [number, number] = [0, 0];
  for (let i = 0; i < blocks.length; ) {
    if (!fits(blocks[i]!, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && fits(blocks[j]!, j)) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  return best;
}

/** A project told by one paragraph, named by the `title` that stands at `at` in it. */
export function paragraphItem(b: Block, title: string, at: number): ItemDraft {
  const span = b.paragraph.span;
  return {
    no: null,
    title: cleanTitle(title),
    titleSpan: sliceSpan(span, at, at + title.length),
    level: null,
    section: null,
    responsible: [],
    passages: [{ span, role: null }],
    list: 0,
  };
}

// A paragraph or clause that opens on the field it tells, with or without 在: 在医疗卫生方面，… · 便民出行方面，… (group 1 the field).
export const TOLD_FIELD = /^\s*在?([\u4e00-\u9fff“”]{2,10}?)方面[,，]/u;

/**
 * A run of paragraphs that each open on their field (在医疗卫生方面，… ‖ 在教育方面，… ‖ …), as many as the text states: one
 * project per field, named by it, its paragraph its text. Null where no run meets a stated count.
 */
export function fieldParagraphItems(blocks: Block[], statedCounts: number[]): Structure | null {
  const [from, to] = longestRun(blocks, (b) => b.type === "body" && b.text.length >= MIN_PARAGRAPH && TOLD_FIELD.test(b.text));
  if (to - from < MIN_ITEMS) return null;
  // (Not where a paragraph after the fields adds works with figures, 此外，全市改造供水管网85公里、…: the fields are not the whole list.)
  const added = blocks[to]?.type === "body" && ADDED.test(blocks[to]!.text) && countFigures(blocks[to]!.text) > 0;
  if (!statedCounts.includes(to - from)) return added ? null : fieldClauseItems(blocks.slice(from, to), statedCounts, blocks.slice(0, from));
  const items = blocks.slice(from, to).map((b) => {
    const m = TOLD_FIELD.exec(b.text)!;
    return paragraphItem(b, m[1]!, m[0].indexOf(m[1]!));
  });
  return { items, preamble: blocks.slice(0, from), lists: 1 };
}

// Words before a field's task that are no part of its name: 今年全市将 · 将 · 要.
const TASK_LEAD = /^(?:今年)?(?:全[省市县区])?(?:将|要)/u;

/**
 * The fields' paragraphs read one work a ；-clause (在教育方面，将新建…幼儿园8所，新增…学位2400个；推进…课后服务全覆盖，…186所…), where
 * the paragraphs hold more works than they are and their clauses with figures are as many as the text states; null where not.
 */
function fieldClauseItems(run: Block[], statedCounts: number[], preamble: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  for (const [group, b] of run.entries()) {
    const lead = TOLD_FIELD.exec(b.text)![0].length;
    // (Parted by ；: a sentence after a 。 may open on another field, 饮水安全方面，…, a reading of fields, not of works.)
    for (const clause of splitAt(sliceSpan(b.paragraph.span, lead, b.text.length), /[;；]/u)) {
      if (!countFigures(clause.text)) continue;
      const first = clause.text.split(/[,，]/u)[0]!.trim();
      const name = cleanTitle(first).replace(TASK_LEAD, "");
      if (name.length < MIN_CLAUSE_NAME) return null;
      // (The name's own words where they stand together, 将新建…幼儿园8所 → 新建…幼儿园; else the clause's first words.)
      const at = clause.text.indexOf(name);
      const titleSpan = at >= 0 ? sliceSpan(clause, at, at + name.length) : sliceSpan(clause, 0, first.length);
      items.push({ ...paragraphItem(b, name, 0), titleSpan, passages: [{ span: clause, role: null }], group });
    }
  }
  return items.length > run.length && statedCounts.includes(items.length) ? { items, preamble, lists: 1 } : null;
}

// A story that states its count and then tells each work in a paragraph of its own, as many paragraphs as it counts
// (…扎实做好十二件民生实事 ‖ 就业形势更加稳固。1至4月,… ‖ 自4月1日起,实行80岁以上老人… ‖ …): each paragraph a project. The count is the
// evidence, so no opening words are asked of the paragraphs; most must tell a figure. A paragraph is named by its opening
// sentence where that is a short one without figures (就业形势更加稳固。), else by its first clause that is no time
// (自4月1日起 · 1至4月 · 截至目前) and no field (养老方面，…).
const TIME_CLAUSE = /^(?:自|从|截至|截止|今年|目前|年初|近年|\d{1,4}\s*(?:年|月|至|—|-))|^[^,，]{1,6}方面$/u;
// The share of the paragraphs that must tell a figure.
const FIGURED_SHARE = 2 / 3;
// A short opening sentence that sums up its paragraph, at most this long.
const MAX_SUMMARY = 16;

export function countedParagraphItems(blocks: Block[], stated: number[]): Structure | null {
  const k = blocks.findIndex((b) => b.type === "body" && stated.includes(statedCount(b.text) ?? -1));
  if (k < 0) return null;
  const run: Block[] = [];
  // (A story's subheads between its paragraphs, 教育医疗 补齐公共服务短板, and a byline are no works.)
  for (const b of blocks.slice(k + 1)) {
    if (b.type === "headline") continue;
    if (b.type !== "body" || CLOSING_OPENING.test(b.text)) break;
    run.push(b);
  }
  if (run.length !== statedCount(blocks[k]!.text) || run.filter((b) => countFigures(b.text) > 0).length < run.length * FIGURED_SHARE) return null;
  return { items: run.map((b) => paragraphItem(b, ...openingName(b.text))), preamble: blocks.slice(0, k + 1), lists: 1 };
}

/** A paragraph's name and where it stands: its short opening sentence without figures, else its first clause that tells no time. */
function openingName(text: string): [string, number] {
  const sentence = /^[^。!?！？,，;；]{4,}(?=[。!?！？])/u.exec(text)?.[0];
  if (sentence && sentence.length <= MAX_SUMMARY && !/\d/u.test(sentence)) return [sentence, 0];
  let at = 0;
  for (const clause of text.split(/(?<=[,，;；。])/u)) {
    const name = clause.replace(/[,，;；。]$/u, "");
    if (name.length >= MIN_CLAUSE_NAME && !TIME_CLAUSE.test(name)) return [name.slice(0, MAX_NAME), at];
    at += clause.length;
  }
  return [text.slice(0, MAX_NAME), 0];
}
// Longest name taken from a clause.
const MAX_NAME = 30;
