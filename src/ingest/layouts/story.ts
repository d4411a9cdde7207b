// A feature story that tells one project per paragraph, each paragraph opening on a remark of its
// own (孩子入园难,一直是不少家长的“心病”。学前教育扩容方面,全省新建… ‖ 清洁取暖改造继续向关中农村延伸。全年完成…):
// the run of paragraphs that each hold figures is the list, each paragraph one project, named by the
// field it names, else the work it names, else its lead sentence, else the words before its first figure.
// Read only where the run holds exactly as many paragraphs as the text states projects: a paragraph may as well
// tell a field of several works (基础设施方面,…饮水…;…公路…), and only the count says it does not.
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { PROGRAMME_NAME } from "../titles.ts";
import { longestRun, paragraphItem } from "./paragraphs.ts";
import { FIELD_WORK, LED_BY, calledSubject } from "./lead-sentences.ts";
import { countFigures } from "../figures-count.ts";
import { allMatches, sliceSpan, splitAt } from "../text.ts";

// Fewer such paragraphs in a run are prose, not a list.
const MIN_ITEMS = 4;
// A paragraph this short is a caption or a heading, not a project told.
const MIN_PARAGRAPH = 20;

// The field a sentence opens on: 学前教育扩容方面, · 在就业创业扶持这件实事上,
const FIELD = /^\s*(?:在)?([^。；;，,：:]{2,20}?)(?:这[件项]实事上|方面)[，,：:]/u;
// The work a sentence opens on: 农村饮水安全巩固提升工程覆盖陕北… (not who carries it out: 由县住建局牵头实施的老旧小区改造项目)
// (…after the group it is one of: 十大民生实事中，城区学位扩容工程满意率最高)
// (A name may open on words in quotes: “一老一小”服务提升工程满意率为99.12%。)
const WORK = /^\s*(?:[^。；;，,：:]{2,12}中[，,])?(?:由[^。；;，,：:“”]{2,14}?(?:牵头)?(?:实施|负责|承担)的)?(“[^“”。；;，,]{2,12}”[^。；;，,：:“”]{2,20}?(?:工程|项目)|[^。；;，,：:“”]{4,20}?(?:工程|项目))/u;
// A lead that says where the list puts its work, the work its subject: 饮水安全被放在了10件实事的首位 · 农村道路建设同样摆在了重要位置
const PLACED = /^\s*([^。；;，,：:“”\d]{2,16}?)(?:被|也|同样|还)?(?:放在|摆在|列在|排在)了?/u;
// A lead whose subject is the work done, before what is said of it: 促进高质量充分就业仍是… · 提升镇卫生院服务能力，重在… ·
// 推进农村生活污水治理被群众称为… · 改造城镇老旧小区也在清单之列 · 缓解中心城区停车难，今年将…
const DOING_LEAD = /^\s*((?:促进|推进|扩大|提升|提高|改造|建设|完善|缓解|升级|免费|新建|实施|加强|加快|优化|开展|落实|保障|解决)[^。；;，,：:“”]{2,16}?)(?=仍是|也是|是|被|也在|重在|让|[，,])/u;
// The work a sentence says it goes about, before a comma: 围绕稳岗就业扩容，全年城镇新增就业…
const AROUND = /^\s*围绕([^。；;，,：:]{2,20})[，,]/u;
// A lead that says what a thing is or bears on (稳就业是民生之本 · 教育事关千家万户): a claim, no name; so is one with a comma (路通了,日子就活了).
const CLAIM = /是|事关|关系到|连着|牵动|[,，；;：:]/u;
// How a lead judges its work, after the work's name: 覆盖面继续扩大 · 短板加快补齐 · 持续改善 · 继续向关中农村延伸.
const JUDGED = /(?:短板|覆盖(?:面|范围)|水平|条件)?(?:继续|持续|不断|加快|稳步|逐步|进一步|明显|全面)[^。，,]{0,10}$/u;
// Where the words before a sentence's first figure stop naming its work: a time word after the name (农村公路建设|去年新改建里程).
const TIME_AFTER_NAME = /(?<=[\u4e00-\u9fff”]{4})(?:去年|今年|全年|上半年|年内).*$/u;
const TIME_LEAD = /^(?:今年|去年|全年|上半年|截至[^,，]{1,10}[,，]?|目前)?(?:全省|全市|全县|全区)?(?:共|累计|已)?/u;
// Fewest characters of a name.
const MIN_NAME = 4;

/**
 * The project a paragraph tells, by the name it gives it: where its first sentence holds figures, the work
 * carried out in the field that sentence opens on, the field, or the words before its first figure; where the
 * first sentence is a remark (孩子入园难, 一直是…。 · 清洁取暖改造继续向关中农村延伸。), the field or work the next
 * opens on, else the work the remark names,
 * else the remark less its judgement, else the words before the next sentence's first figure. Null where it gives none.
 */
export function titleOf(text: string): { title: string; at: number } | null {
  const sentences = [...text.matchAll(/[^。!！]+[。!！]?/gu)].map((m) => ({ text: m[0], at: m.index! }));
  const [first, second] = sentences;
  if (!first) return null;
  const opening = (s: { text: string; at: number } | undefined, pattern: RegExp) => {
    const m = s ? pattern.exec(s.text) : null;
    return m && m[1]!.length >= 2 ? { title: m[1]!, at: s!.at + m[0].indexOf(m[1]!) } : null;
  };
  const beforeFigure = (s: { text: string; at: number } | undefined) => {
    if (!s || !/\d/u.test(s.text)) return null;
    const clause = s.text.slice(0, s.text.search(/\d/u)).split(/[,，；;]/u).at(-1) ?? "";
    const name = clause.replace(TIME_LEAD, "").replace(TIME_AFTER_NAME, "");
    return name.length >= MIN_NAME ? { title: name, at: s.at + s.text.indexOf(name) } : null;
  };
  // (A work the sentence calls a 实事 as its subject names it: 学前教育普惠扩容实事提出，新建….)
  const called = (s: { text: string; at: number } | undefined) => {
    const m = s ? calledSubject(s.text) : null;
    return m ? { title: m[1]!, at: s!.at + m[0].indexOf(m[1]!) } : null;
  };
  if (/\d/u.test(first.text)) return opening(first, PLACED) ?? called(first) ?? opening(first, FIELD_WORK) ?? opening(first, FIELD) ?? opening(first, AROUND) ?? opening(first, WORK) ?? opening(first, DOING_LEAD) ?? beforeFigure(first);
  const lead = first.text.replace(/[。!！]$/u, "").trim();
  const judged = CLAIM.test(lead) ? "" : lead.replace(JUDGED, "");
  return (
    opening(first, PLACED) ??
    opening(second, FIELD_WORK) ??
    opening(second, FIELD) ??
    opening(second, WORK) ??
    opening(first, WORK) ??
    opening(first, DOING_LEAD) ??
    (judged.length >= MIN_NAME ? { title: judged, at: first.at + first.text.indexOf(judged) } : null) ??
    beforeFigure(second)
  );
}

// A work named by its noun as the subject that opens a clause, what it did or will do right after (城区停车设施建设项目新增
// 停车泊位860个 · 与老旧小区改造同步推进的城区雨污分流改造项目，共完成… · 在适老化改造项目中，… · 普惠托育项目新增…).
// (WORK above takes such a work only where it opens a paragraph; this one, wherever a clause opens.)
const CLAUSE_WORK = new RegExp(`(?<=^|[。；;，,！!]\\s*)(?:在|与[^。，,；;]{2,12}?同步(?:推进|实施)的|${LED_BY})?([^。；;，,：:“”\\d在]{4,20}?(?:项目|工程))(?=中[，,]|[，,]?(?:全年|今年|年内|共|累计|已|新建|新增|改造|新改建|利用|完成|建成|实现|实施|为|计划|覆盖))`, "gu");

/**
 * The works a paragraph names by their nouns, each as the subject opening a clause with figures of its own, one item
 * each from its name to the next (养老服务体系建设项目建成…3个。普惠托育项目新增普惠托位260个…); the paragraph's words
 * before the first go with it. Null where the paragraph names none so, or a named one tells no figure.
 */
export function namedWorkItems(b: Block): ItemDraft[] | null {
  const text = b.text;
  const span = b.paragraph.span;
  const opens = allMatches(text, CLAUSE_WORK).map((m) => ({ name: m[1]!, at: m.index! + m[0].length - m[1]!.length }));
  // (A work named again further on is the same work: the first naming opens it.)
  const firsts = opens.filter((o, k) => !opens.slice(0, k).some((e) => e.name === o.name));
  if (!firsts.length) return null;
  const items: ItemDraft[] = [];
  // (Words with figures before the first, telling a work the paragraph opens on, are that work: 老旧小区改造是…。全年改造…。与之同步推进的…项目….)
  const lead = text.slice(0, firsts[0]!.at);
  const leadName = countFigures(lead) ? titleOf(lead) : null;
  if (leadName) items.push({ ...paragraphItem(b, leadName.title, leadName.at), passages: [{ span: sliceSpan(span, 0, firsts[0]!.at), role: null }] });
  for (const [k, o] of firsts.entries()) {
    const from = k === 0 && !leadName ? 0 : o.at;
    const to = firsts[k + 1]?.at ?? text.length;
    if (!countFigures(text.slice(o.at, to))) return null;
    items.push({ ...paragraphItem(b, o.name, o.at), passages: [{ span: sliceSpan(span, from, to), role: null }] });
  }
  return items;
}

// A paragraph about the programme as a whole: it counts it (十件民生实事正式确定), or tells how it was chosen (从…意见建议中比选产生).
// (Not one of its works it tells, 十大民生实事中，城区学位扩容工程满意率最高.)
// (Not a work said to be one of it: 促进高质量充分就业仍是今年民生实事的“头号工程”。)
const COUNTED_PROGRAMME = new RegExp(`(?:\\d+|[一二三四五六七八九十两]+)\\s*[件项个大][^。，,]{0,6}?(?:${PROGRAMME_NAME.source})(?!中)|(?:${PROGRAMME_NAME.source})[^。]{0,30}?(?:征集|比选|票决|投票|审议)`, "u");

/** Whether a block is a paragraph that tells one work with figures, not the programme as a whole. */
const tellsWork = (b: Block): boolean => b.type === "body" && b.text.length >= MIN_PARAGRAPH && countFigures(b.text) > 0 && !COUNTED_PROGRAMME.test(b.text);

export function storyParagraphItems(blocks: Block[], statedCounts: number[]): Structure | null {
  return storyRun(blocks, statedCounts, false) ?? storyRun(blocks, statedCounts, true);
}

// A sentence that opens on a work's own name, as a paragraph of the run may tell a second work after its first (…危桥改造11座。
// 老旧小区改造工程满意率为98.31%，…): the name, a noun of works closing it.
const WORK_SENTENCE = /^((?:“[^“”。，,；;\d]{2,16}”)?[^。，,；;：:、\d“”]{2,20}?(?:工程|项目|行动))(?=满意|已|全年|今年|完成|累计|实现|新建|建成|[,，])/u;

// The words after a work's name that make sentences parallel: 满意率 of …工程满意率为98.63% ‖ …工程满意率为98.31%.
const PARALLEL_WORDS = 2;

/**
 * Where, past its first sentence, a paragraph opens a sentence on another work's name, and the name: only a sentence that goes on
 * as the run's paragraphs open (…工程满意率为…), parallel to them, not one that names a work in passing.
 */
function laterWorks(b: Block, openings: Set<string>): Array<{ at: number; name: string }> {
  const out: Array<{ at: number; name: string }> = [];
  for (const m of allMatches(b.text, /[。!！]\s*(?=\S)/gu)) {
    const at = m.index! + m[0].length;
    const work = WORK_SENTENCE.exec(b.text.slice(at));
    if (work && openings.has(b.text.slice(at + work[1]!.length, at + work[1]!.length + PARALLEL_WORDS))) out.push({ at, name: work[1]! });
  }
  return out;
}

/** The words after the work's name each paragraph of a run opens on, where most of the run's paragraphs open so. */
function parallelOpenings(run: Block[]): Set<string> {
  const words = run.flatMap((b) => {
    const work = WORK_SENTENCE.exec(b.text);
    return work ? [b.text.slice(work[1]!.length, work[1]!.length + PARALLEL_WORDS)] : [];
  });
  return new Set(words.filter((w) => words.filter((x) => x === w).length * 2 > run.length));
}

/**
 * The run read one work a paragraph, or, `split`, with the works a paragraph tells in later sentences that open on their names
 * too, where only so the run makes a stated count.
 */
function storyRun(blocks: Block[], statedCounts: number[], split: boolean): Structure | null {
  const [from, to0] = longestRun(blocks, tellsWork);
  const parallel = split ? parallelOpenings(blocks.slice(from, to0)) : new Set<string>();
  const later = blocks.map((b, k) => (split && k >= from && k < to0 ? laterWorks(b, parallel) : []));
  const extra = (to: number) => later.slice(from, to).reduce((n, works) => n + works.length, 0);
  if (split && extra(to0) === 0) return null;
  // (A paragraph of the run may gather the rest, one work a ；-clause or a name each, making the count with the paragraphs before
  // it, the run's end: 此外，该县还将新建农贸市场1处…；在全县新建农村文化广场30个…；… · 此外，A、B…G等也都取得了显著成效. The count
  // met only so is evidence enough.)
  let rest: ItemDraft[] | null = null;
  let to = to0;
  if (!statedCounts.includes(to0 - from + extra(to0))) {
    // (…or the paragraph right after it, where it names them without figures.)
    for (let k = from + MIN_GATHERED_AFTER; k <= to0 && k < blocks.length && !rest; k++) {
      if (blocks[k]!.type === "body") rest = gatheredRest(blocks[k]!, statedCounts, k - from + extra(k));
      if (rest) to = k;
    }
  }
  if (to - from < (rest ? MIN_GATHERED_AFTER : MIN_ITEMS) || !(rest || statedCounts.includes(to - from + extra(to)))) return null;
  // Most of its paragraphs open on a remark without figures: where they open on the work and its figures, the list is the lines' or the paragraphs' reading.
  const remarks = blocks.slice(from, to).filter((b) => !/\d/u.test(b.text.split(/[。!！]/u)[0]!)).length;
  if (!rest && remarks * 2 < to - from) return null;
  // Where every paragraph opens on a short slogan without figures (稳就业，增收入。城镇新增就业… ‖ 让孩子上好学。新建… ‖ 老有所养。…),
  // the slogans are the works' names, the list's own way of naming them, whatever works the sentences after them name.
  // Where they open instead on a short phrase before a remark (学有所教，办好家门口的学校。 ‖ 病有所医，守护群众健康。), those phrases.
  const run = blocks.slice(from, to);
  const openings = (pattern: RegExp) => run.map((b) => pattern.exec(b.text)?.[1] ?? null);
  const every = (names: (string | null)[]) => (names.every((x) => x !== null) ? names : null);
  const slogans = every(openings(SLOGAN)) ?? every(openings(THEME_PHRASE));
  const items: ItemDraft[] = [];
  for (const [k, b] of run.entries()) {
    const slogan = slogans ? slogans[k]! : null;
    const named = slogan !== null ? { title: slogan, at: b.text.indexOf(slogan) } : titleOf(b.text);
    if (!named) return null;
    const works = later[from + k]!;
    if (!works.length) {
      items.push(paragraphItem(b, named.title, named.at));
      continue;
    }
    // (Each work its own sentences: the first up to the second's name, and so on.)
    const span = b.paragraph.span;
    const ends = [...works.map((w) => w.at), b.text.length];
    items.push({ ...paragraphItem(b, named.title, named.at), passages: [{ span: sliceSpan(span, 0, ends[0]!), role: null }] });
    works.forEach((w, j) => items.push({ ...paragraphItem(b, w.name, w.at), passages: [{ span: sliceSpan(span, w.at, ends[j + 1]!), role: null }] }));
  }
  return { items: [...items, ...(rest ?? [])], preamble: blocks.slice(0, from), lists: 1 };
}

// Names run by 、 and closed by 等, what the paragraph gathers: 城乡公路畅通工程、基层医疗提质工程…等也都…
const NAMES_CLOSED = /^((?:[^、，,。；;：:]{2,20}、)+[^、，,。；;：:]{2,20}?)等/u;
// Fewest paragraphs told one work each before a paragraph that gathers the rest.
const MIN_GATHERED_AFTER = 2;
// A paragraph that gathers the works not told yet: 此外，… · 另外，…
const GATHERS = /^\s*(?:此外|另外)[,，]\s*(?:[\u4e00-\u9fff]{1,4}?(?:县|市|区|省))?(?:还将|还|将)?/u;

/**
 * The works a paragraph that gathers the rest tells, one each ；-clause with figures, where they make a stated count with the
 * `before` works told before it; null where they do not. Each is named by its words up to its first figure.
 */
function gatheredRest(b: Block, statedCounts: number[], before: number): ItemDraft[] | null {
  const lead = GATHERS.exec(b.text);
  if (!lead) return null;
  const span = b.paragraph.span;
  const clauses = splitAt(sliceSpan(span, lead[0].length, b.text.length), /[;；。]/u).filter((c) => countFigures(c.text) > 0);
  if (clauses.length >= 2 && statedCounts.includes(before + clauses.length)) {
    return clauses.map((clause) => {
      const name = clause.text.slice(0, clause.text.search(/\d/u)).replace(/[，,、\s]+$/u, "");
      return { ...paragraphItem(b, name, span.pos.indexOf(clause.pos[0]!)), passages: [{ span: clause, role: null }] };
    });
  }
  // (…or names the rest in a run a 等 closes: 此外，A、B、…G等也都取得了显著成效.)
  const run = NAMES_CLOSED.exec(b.text.slice(lead[0].length));
  const names = run ? run[1]!.split("、") : [];
  if (names.length < 2 || !statedCounts.includes(before + names.length)) return null;
  let at = lead[0].length;
  return names.map((name) => {
    at = b.text.indexOf(name, at);
    return { ...paragraphItem(b, name, at), passages: [] };
  });
}

// A slogan that opens a paragraph as its own short sentence, without figures: 稳就业，增收入。 · 让孩子上好学。 · 平安守护。
const SLOGAN = /^\s*([^。!！\d]{3,10}?)[。!！]/u;
// A short phrase opening a paragraph's first sentence, the rest of that sentence a remark without figures: 学有所教，办好家门口的学校。
const THEME_PHRASE = /^\s*([^。!！,，；;：:\d]{2,8})[,，][^。!！\d]{2,20}[。!！]/u;
