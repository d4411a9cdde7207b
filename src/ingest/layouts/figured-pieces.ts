// Projects listed as figures, one 、-piece each, inside one sentence of prose:
// …计划更新改造老旧小区14个、推动群众自主加装电梯约60台、新增城镇就业超25000人、…、打造移动政务服务体系等。
// …or one ；-clause each (完成37万平方米旧住房综合改造；为193个住宅小区新增…；…, layout clauses).
// The pieces carry no names of their own beyond the work they count; the candidates module
// weighs such a reading against the text's other lists (the stated count decides most).
import { sliceSpan, splitAt, type Span, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { MONEY_CLAUSE, PROGRAMME_NAME, cleanTitle } from "../titles.ts";
import { numeral } from "../markers.ts";
import { countFigures } from "../figures-count.ts";
import { PROGRAMME_SENTENCE } from "../figures.ts";
import { ECONOMY_TOPIC, PROGRAMME_COUNT } from "./narrative.ts";
import { TOLD_FIELD } from "./paragraphs.ts";

// A list holds at least this many pieces; fewer is a sentence with figures, not a programme.
const MIN_PIECES = 4;
// …or two, where the sentence counts them before they begin (2项正在抓紧实施：A…；B…).
const MIN_COUNTED_PIECES = 2;
// A count of works in a sentence's lead, up to its colon (…中，4项进展较快： · 已有4个项目完成全年目标任务，分别为：) or its 中，
// (7项保障类民生实事中，).
// (A notice that assesses its works by one indicator each counts the indicators: 有8个考核指标超额完成任务，分别是：.)
const LEAD_COUNT = /(\d+|[一二三四五六七八九十两]+)\s*(?:[项件]|个(?:民生)?(?:项目|实事|工程|考核指标))/gu;
// The longest lead a count of works may stand in.
const MAX_COUNTED_LEAD = 30;
// …or a longer lead, the count in its last two comma-pieces, that long (12件为民办实事、12个考核指标中，有8个考核指标超额完成任务，分别是：).
const MAX_LONG_LEAD = 60;

/** A count of works a sentence's lead states, the lead's length, and whether the lead says it names only some of them. */
interface Counted {
  count: number;
  length: number;
  selection?: boolean;
}

/** The last count of works before a sentence's colon, or before its first 中，where it has no colon, with the lead's length; or null. */
function countedLead(text: string): Counted | null {
  const colon = text.search(/[：:]/u);
  const lead = colon >= 0 ? text.slice(0, colon + 1) : (/^[^，,。]{0,24}?中[，,]/u.exec(text)?.[0] ?? "");
  if (!lead || lead.length > MAX_LONG_LEAD) return null;
  const tail = lead.length > MAX_COUNTED_LEAD ? lead.split(/[，,]/u).slice(-2).join("，") : lead;
  if (tail.length > MAX_COUNTED_LEAD) return null;
  const counts = allMatches(tail, LEAD_COUNT);
  return counts.length ? { count: numeral(counts.at(-1)![1]!), length: lead.length } : null;
}
// A counted work's name, before what it did: 安心托幼行动|新增托位216个 · 农村黑臭水体治理|已完成28条 · 送戏进万村|已演出236场.
const WORK_NAMED = /^(.{2,20}?(?:行动|工程|项目))(?=[\u4e00-\u9fff])|^([\u4e00-\u9fff“”"]{3,16}?)(?:已|正在|累计|计划|完成|新增|新建|新改建|办理)/u;
/** The name a counted work opens on, or null. */
function countedWorkName(text: string): string | null {
  // (A name in quotes that opens the work is the name, where what follows is no more of it: “老年人免费健康体检”原计划全年…, not
  // “四好农村路”建设新改建….)
  const quoted = /^“([^“”]{2,24})”(?!建设|工程|项目|行动|提升|改造|服务)/u.exec(text.trim());
  if (quoted) return quoted[1]!;
  const m = WORK_NAMED.exec(text.trim());
  return m ? (m[1] ?? m[2])! : null;
}
// A lead that only announces the works after it: 分别为： · 具体是： · 包括：.
// (The words a lead announces with: 分别为 · 具体是 · 主要有 · 包括.)
const ANNOUNCING = "(?:分别|具体|主要)?(?:为|是|包括|有)";
const ANNOUNCING_LEAD = new RegExp(`^\\s*${ANNOUNCING}\\s*[:：]`, "u");
// A sentence that is a count of works and how far they got, alone: 2项提前超额完成全年任务。 · 6项按计划完成节点任务。
const COUNT_SENTENCE = /^\s*(\d+|[一二三四五六七八九十两]+)\s*[项件][^。，,；;\d]{2,24}。\s*$/u;
// …or some of them: 主要有： · 其中， (…有11项，主要集中在工程建设类项目。其中，A…；B…).
const SELECTING_LEAD = /^\s*(?:主要有|主要包括|其中)\s*[:：,，]/u;

/**
 * Where a sentence opens by announcing its works (分别为：), or some of them (主要有：), the first count of works its paragraph
 * states before it (…的有5项。…), or null; `selection` where it names only some.
 */
function countedBefore(text: string, before: string): Counted | null {
  const selecting = SELECTING_LEAD.exec(text)?.[0];
  const lead = ANNOUNCING_LEAD.exec(text)?.[0] ?? selecting;
  const count = lead ? allMatches(before, LEAD_COUNT)[0] : undefined;
  if (lead && count) return { count: numeral(count[1]!), length: lead.length, ...(selecting ? { selection: true } : {}) };
  // (A paragraph that opens on a sentence of the count alone, and how far those works got, tells them in the sentence after it:
  // 4项提前或超额完成节点任务。“A”已完成…；“B”…；…)
  const alone = lead ? null : COUNT_SENTENCE.exec(before);
  return alone ? { count: numeral(alone[1]!), length: 0 } : null;
}
// A paragraph's last words that announce the works below it: 分别为： · 具体如下：.
const ANNOUNCES_BELOW = /(?:分别为|分别是|具体为|具体是|如下)\s*[:：]\s*$/u;
/**
 * The `count` paragraphs right after block `k`, where each is one work with its figures (a ；-clause of its own, MAX_GROUPED_CLAUSE at
 * most) and the paragraph after them is none: a counted lead's works told a paragraph each. Null otherwise.
 */
function worksBelow(blocks: Block[], k: number, count: number): number[] | null {
  const clause = (b: Block | undefined) => b?.type === "body" && countFigures(b.text) > 0 && b.text.length <= MAX_GROUPED_CLAUSE && !/[。；;].+/u.test(b.text.trim().slice(0, -1));
  const at = Array.from({ length: count }, (_, n) => k + 1 + n);
  return count >= MIN_COUNTED_PIECES && at.every((i) => clause(blocks[i])) && !(clause(blocks[k + 1 + count]) && /[；;]\s*$/u.test(blocks[k + 1 + count]!.text)) ? at : null;
}
// A lead that announces the works after it, uncounted: 此次率先完成年度任务的项目分别是：.
const UNCOUNTED_LEAD = /^[^:：;；。,，\d]{2,24}?(?:项目|实事|工程)(?:分别是|分别为|包括)\s*[:：]/u;

/** Where a sentence opens on an uncounted lead (UNCOUNTED_LEAD), the count of `pieces` works the paragraph above states; else null. */
function countedAbove(text: string, above: Block | undefined, pieces: number): Counted | null {
  const lead = UNCOUNTED_LEAD.exec(text)?.[0];
  if (!lead || above?.type !== "body") return null;
  return allMatches(above.text, LEAD_COUNT).some((m) => numeral(m[1]!) === pieces) ? { count: pieces, length: lead.length } : null;
}
// Nearly every piece counts its work: one in five may not, and one always may (…、打造移动政务服务体系等).
const MIN_FIGURED_SHARE = 0.8;
// A piece's work, once its figure is taken out, is at least this long (其中A县120个 leaves a place, not work).
const MIN_WORK = 4;
// How many such sentences a text may offer as readings (a results summary may precede the list).
const MAX_READINGS = 4;
// A count broken down by place or part, not a list of works: 具体分布在A处3处、B处1处 · 其中A县120个、…
const BREAKDOWN = /^(?:具体|主要)?(?:分布在|分布于|分别在|分别位于|位于|其中|涉及)/u;
// Words of the plan before the first piece's work: 计划更新改造… · 力争新增… · 全年完成…
const LEAD_WORDS = /^(?:计划|将|拟|力争|预计|全年|年内|今年|共|累计|重点)+(?=[\u4e00-\u9fff]{4})/u;
// The field a sentence of clauses opens with (在城市建设方面,…), or the words announcing them (据介绍,8个…的项目是:):
// no part of the first work.
// …or the group it names (“两个实施”,即实施…；实施…): no part of the first work either.
const FIELD_LEAD = /^(?:在)?[\u4e00-\u9fff]{2,10}(?:方面|领域)[,，:：]\s*|^[^:：;；。]{0,40}?(?:是|包括|如下|分别为|具体来看|具体而言)\s*[:：]\s*|^[^:：;；。,，]{2,12}[,，]\s*即\s*[:：]?\s*/u;
// A sentence that names a group and then its works (“两个开展”,即开展…；开展…): its clauses are works however few.
const GROUP_LEAD = /^\s*[“"「][^”"」]{2,8}[”"」]\s*[,，:：]\s*即/u;
// A paragraph's theme, a short first sentence of two parts: 稳就业、兴教育，民生底色更亮。 · 强医疗、优养老，健康保障更实。
// · or one phrase: 教育是最大的民生。 · 稳就业是稳民生的“压舱石”。
const THEME_SENTENCE = /^[\u4e00-\u9fff、“”]{2,12}[,，][\u4e00-\u9fff“”]{2,12}[。！!]?$|^[\u4e00-\u9fff“”]{4,16}[。！!]?$/u;
// Fewest works a themed paragraph's sentence counts, each with its figures.
const MIN_THEMED_PIECES = 2;
// A clause's work is its first comma-piece (启用4个居住小区闲置地下停车场,释放停车泊位1573个), where that names one.
const MIN_PIECE_WORK = 6;
// …or the quoted name it opens on, before its comma (“暖心工程”，给城区8000户困难家庭…).
const QUOTED_LEAD = /^“([^“”]{2,16})”[，,]/u;
// The money a clause opens on before its work (投资1.26亿元，实施…): no part of the work's name.
const MONEY_FIRST = new RegExp(`^${MONEY_CLAUSE}[，,]\\s*`, "u");
// A remark in brackets after a work on how far it got, no part of its name: …自办食堂（灵武一中…自办食堂已完工并投用）.
const PROGRESS_REMARK = /(?<=[^\s(（]{4})\s*[(（](?=[^()（）]*(?:已|完成|正在|全部|\d))[^()（）]*[)）]?\s*$/u;
function clauseWork(text: string): string {
  const work = text.replace(FIELD_LEAD, "").replace(/[、,，。;；\s]+$/u, "").replace(/等$/u, "").replace(LEAD_WORDS, "").replace(PROGRESS_REMARK, "").replace(MONEY_FIRST, "");
  const quoted = QUOTED_LEAD.exec(work.trim());
  if (quoted) return quoted[1]!;
  const first = work.split(/[,，]/u)[0]!;
  return (first.match(/[\u4e00-\u9fff]/gu) ?? []).length >= MIN_PIECE_WORK ? first : work;
}

// A ；-clause this long at most is one work counted (完成37万平方米旧住房综合改造；), not a paragraph of prose.
const MAX_CLAUSE = 60;
// …or this long, after a group's name (“两个开展”,即开展残疾人服务提升行动,新增…40人,实施…60户,…).
const MAX_GROUPED_CLAUSE = 120;
// …and together they hold at least this share of the text's figures.
const MIN_CLAUSE_SHARE = 0.6;

/** Each sentence whose comma-clause lists at least MIN_PIECES figured pieces, as a reading of one project per piece. */
export function figuredPieceItems(blocks: Block[]): Structure[] {
  const out: Structure[] = [];
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body" || countFigures(b.text) < MIN_PIECES - 1) continue;
    for (const sentence of splitAt(b.paragraph.span, /[。;；]/u)) {
      for (const clause of splitAt(sentence, /[,，]/u)) {
        const items = figuredPieces(clause);
        if (items) out.push({ items, preamble: blocks.slice(0, k), lists: 1 });
        if (out.length >= MAX_READINGS) return out;
      }
    }
  }
  return out;
}

/** The items of a clause's 、-pieces, or null where they are too few, too rarely figured, or name no work. */
function figuredPieces(clause: Span): ItemDraft[] | null {
  const pieces = splitAt(clause, /、/u);
  if (pieces.length < MIN_PIECES) return null;
  const bare = pieces.filter((p) => countFigures(p.text) === 0).length;
  // (Counted as the figured pieces' share: 10 × (1 − 0.8) is 1.9999999999999996 in floating point.)
  if (bare > 1 && pieces.length - bare < pieces.length * MIN_FIGURED_SHARE) return null;
  const items = pieces.map((span): ItemDraft => {
    const work = span.text.replace(/[、,，。;；\s]+$/u, "").replace(/等$/u, "").replace(LEAD_WORDS, "");
    return { no: null, title: cleanTitle(work).replace(/(?<=[\u4e00-\u9fff]{4})至$/u, ""), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 };
  });
  if (BREAKDOWN.test(pieces[0]!.text)) return null;
  return items.every((it) => (it.title.match(/[\u4e00-\u9fff]/gu) ?? []).length >= MIN_WORK) ? items : null;
}

/** A work read from its own clause: named by it, its figures its own. */
const workItem = (span: Span): ItemDraft => ({ no: null, title: cleanTitle(clauseWork(span.text)), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 });

/**
 * The works counted one ；-clause each, in every sentence of the text that lists at least
 * MIN_PIECES of them (完成37万平方米旧住房综合改造；对366台老旧住宅电梯开展安全风险评估；…), under
 * whatever headings group them, as one reading; null where no sentence does.
 */
export function figuredClauseItems(blocks: Block[]): Structure | null {
  let items: ItemDraft[] = [];
  let first = -1;
  // The works of sentences that count them before they begin (2项正在抓紧实施：A…；B…): a list where they are MIN_PIECES at least.
  const countedWorks = new Set<ItemDraft>();
  // Each counted sentence's count, and whether it names only some (主要有：).
  const groupCounts: number[] = [];
  const groupSelections: boolean[] = [];
  // (Fields told as 在X方面，… are fields of the whole programme only where three paragraphs at least open so.)
  const fieldParagraphs = blocks.filter((b) => b.type === "body" && fieldOpening(b.text));
  const fielded = fieldParagraphs.length >= (fieldParagraphs.every((b) => TOLD_FIELD.test(b.text)) ? MIN_TOLD_FIELDS : MIN_FIELDS);
  // Paragraphs read as a counted lead's works already (worksBelow).
  const taken = new Set<number>();
  // Works of groups that only name them (namedGroup): read only beside groups whose works tell figures.
  const namedOnly = new Set<ItemDraft>();
  // A counted sentence's works, a group of their own: each named by the work it opens on.
  const addCounted = (spans: Span[], counted: Counted) => {
    const group = groupCounts.length;
    groupCounts.push(counted.count);
    groupSelections.push(!!counted.selection);
    for (const span of spans) {
      const item = { ...workItem(span), title: cleanTitle(countedWorkName(span.text) ?? clauseWork(span.text)), group };
      countedWorks.add(item);
      items.push(item);
    }
  };
  for (const [k, b] of blocks.entries()) {
    if (taken.has(k)) continue;
    // (A numbered paragraph's works are read only where its sentence counts them: （一）提前完成全年任务的有5项。…分别为：A；…；E。)
    const marked = b.type === "marker";
    if (b.type !== "body" && !marked) continue;
    // Paragraphs that each open on their field (为老服务项目包括:A;B ‖ 教育服务项目包括:C;D): every field's works, however few.
    const opening = fielded && !marked ? fieldOpening(b.text) : 0;
    if (opening) {
      const works = splitAt(sliceSpan(b.paragraph.span, opening, b.paragraph.span.text.length), /[;；。]/u).filter((w) => /[\u4e00-\u9fff]{2}/u.test(w.text));
      for (const span of works.flatMap(commaWorks)) items.push(workItem(span));
      if (first < 0) first = k;
      continue;
    }
    // A group counted in one sentence and named in the next, its works without figures (（四）进度相对滞后的有6项。主要是A、B、C、D等项目，
    // 因…): each name a work of that group, some of its count where it names fewer.
    const named = namedGroup(b.paragraph.span);
    if (named) {
      addCounted(named.names, { count: named.count, length: 0, ...(named.names.length < named.count ? { selection: true } : {}) });
      for (const it of items.slice(-named.names.length)) namedOnly.add(it);
      if (first < 0) first = k;
      continue;
    }
    // (A paragraph that ends on a lead announcing the works below it holds none of their figures: …有7项。…分别为： ‖ ….)
    if (countFigures(b.text) < MIN_PIECES - 1 && !ANNOUNCES_BELOW.test(b.text)) continue;
    // A paragraph that names its fields, each before its works (…城市基础设施提升方面的事项有：A；B；C。老旧小区改造方面的事项有：D。…):
    // every field's works, however few each holds.
    const fields = marked ? null : fieldWorks(b.paragraph.span);
    if (fields) {
      for (const span of fields) items.push(workItem(span));
      if (first < 0) first = k;
      continue;
    }
    // A paragraph that opens on its theme, a short sentence without a figure (稳就业、兴教育，民生底色更亮。我市实施…；推进…。), groups
    // the works of its sentences after it, however few each holds.
    const sentences = splitAt(b.paragraph.span, /。/u);
    const themed = !marked && sentences.length > 1 && countFigures(sentences[0]!.text) === 0 && THEME_SENTENCE.test(sentences[0]!.text.trim());
    for (const sentence of themed ? sentences.slice(1) : sentences) {
      const pieces = splitAt(sentence, /[;；]/u).filter((p) => p.text.trim());
      // (Its clauses each name a work and then its figures, and may run longer.)
      // (Under a theme, a sentence of one work counts too; not a resident's words in quotes, “…只要付8块钱。”…, nor what the
      // sentence says of the programme, …梳理出12个为民办实事项目 · 12个项目全部完成年度任务.)
      // A sentence that counts its works before a colon (4项进展较快：A…；B…；C…；D…) or before 中， (7项保障类民生实事中，A…；B…；…):
      // as many pieces as it counts are works, however few, the count and its words no part of the first.
      const before = b.paragraph.span.text.slice(0, sentence.pos[0]! - b.paragraph.span.pos[0]!);
      // (…or, where a paragraph opens on a lead that announces works without counting them, the paragraph before it, where it
      // counts as many works as the sentence tells: …其中，8个项目已提前完成年度任务。 ‖ 此次率先完成年度任务的项目分别是：A；…；H。)
      const counted = countedLead(pieces[0]!.text) ?? countedBefore(pieces[0]!.text, before) ?? (before.trim() ? null : countedAbove(pieces[0]!.text, blocks[k - 1], pieces.length));
      // (Some of them, fewer than it counts, where it says it names only some: …有11项。主要有：A；…；G.)
      // (…or told in the paragraphs right after it, one work each, where the lead ends its paragraph on its colon: …有7项。…分别为： ‖
      // A…，完成进度为42.5%； ‖ B…； ‖ ….)
      const below = counted && !counted.selection && pieces.length === 1 && pieces[0]!.text.trim().length <= counted.length && sentences.at(-1) === sentence ? worksBelow(blocks, k, counted.count) : null;
      if (below) {
        for (const at of below) taken.add(at);
        addCounted(below.map((at) => blocks[at]!.paragraph.span), counted!);
        if (first < 0) first = k;
        continue;
      }
      const meets = counted && (counted.selection ? pieces.length < counted.count && pieces.length >= MIN_PIECES : counted.count === pieces.length);
      if (counted && meets && pieces.length >= MIN_COUNTED_PIECES && pieces.every((p) => p.text.length <= MAX_GROUPED_CLAUSE)) {
        pieces[0] = sliceSpan(pieces[0]!, counted.length, pieces[0]!.text.length);
        addCounted(pieces, counted);
        if (first < 0) first = k;
        continue;
      }
      // A sentence that tallies the works done and then tells them, one comma-piece each, as many as it tallies (…取得显著进展，
      // 其中9件圆满完成任务，建成投用3所幼儿园、新增学位1080个，新增社区养老服务驿站8个，…): those pieces are the works.
      const tallied = pieces.length === 1 ? talliedWorks(sentence) : null;
      if (tallied) {
        for (const span of tallied) items.push(workItem(span));
        if (first < 0) first = k;
        continue;
      }
      if (marked) continue;
      const grouped = GROUP_LEAD.test(sentence.text) || (themed && pieces.length >= MIN_THEMED_PIECES && pieces.every((p) => countFigures(p.text) > 0) && !/^\s*[“”"]/u.test(sentence.text) && !PROGRAMME_SENTENCE.test(sentence.text) && sentence.text.search(PROGRAMME_COUNT) < 0);
      // (The sentence's opening up to its colon counts the programme, no work of it: 2023年，…8个民生实事项目全部完成，…：A；B；….
      // So does one up to its 即: 这十件民生实事涉及扶贫、住房…等领域，…，即投资1.26亿元，实施…；投资3800万元，….)
      const lead = /^[^：:]*[：:]/u.exec(pieces[0]!.text)?.[0] ?? /^[^：:]*?[，,]\s*即\s*/u.exec(pieces[0]!.text)?.[0];
      if (lead && lead.search(PROGRAMME_COUNT) >= 0 && lead.length < pieces[0]!.text.length) pieces[0] = sliceSpan(pieces[0]!, lead.length, pieces[0]!.text.length);
      // (So does one that names a group by how far its works got, 已完成或超额完成的项目： · 正在推进的项目中，: the group's words, no work's.)
      else {
        const status = STATUS_LEAD.exec(pieces[0]!.text)?.[0];
        if (status && status.length < pieces[0]!.text.length) pieces[0] = sliceSpan(pieces[0]!, status.length, pieces[0]!.text.length);
      }
      if ((pieces.length < MIN_PIECES && !grouped) || pieces.some((p) => p.text.length > (grouped ? MAX_GROUPED_CLAUSE : MAX_CLAUSE))) continue;
      const bare = pieces.filter((p) => countFigures(p.text) === 0).length;
      if ((bare > 1 && pieces.length - bare < pieces.length * MIN_FIGURED_SHARE) || BREAKDOWN.test(pieces[0]!.text)) continue;
      // The economy's targets (地区生产总值增长9%；一般公共预算收入增长10%；…) are no livelihood projects.
      if (pieces.filter((p) => ECONOMY_TOPIC.test(p.text)).length * 2 >= pieces.length) continue;
      for (const span of pieces) {
        items.push(workItem(span));
      }
      if (first < 0) first = k;
    }
  }
  if (namedOnly.size && groupCounts.length - new Set([...namedOnly].map((it) => it.group)).size === 0) {
    items = items.filter((it) => !namedOnly.has(it));
    for (const it of namedOnly) countedWorks.delete(it);
  }
  // (Fewer, one field's works of a story that tells others in prose, are no list: 城市更新方面有两项实事：A…；B….)
  if (countedWorks.size && countedWorks.size < MIN_PIECES) {
    items = items.filter((it) => !countedWorks.has(it));
    const at = items[0]?.passages[0]?.span.pos[0];
    first = at === undefined ? -1 : blocks.findIndex((b) => b.paragraph.span.pos.includes(at));
  }
  // The clauses are the list only where they hold most of the text's figures.
  const all = blocks.reduce((n, b) => n + (b.type === "body" ? countFigures(b.text) : 0), 0);
  const held = items.reduce((n, it) => n + countFigures(it.passages[0]!.span.text), 0);
  // (Where every work stands in a counted sentence, two or more, each sentence's count is its group's: 有6项。分别为：… ‖ 有11项。主要有：….)
  const grouped = groupCounts.length >= 2 && items.every((it) => countedWorks.has(it)) ? { groupCounts, groupSelections } : {};
  return items.length && held >= all * MIN_CLAUSE_SHARE ? { items, preamble: blocks.slice(0, first), lists: 1, ...(fielded ? { fielded } : {}), ...grouped } : null;
}

// A sentence that names a counted group's works, no figure among them: 主要是A、B、C、D等项目 · 包括：A、B和C.
const GROUP_NAMES = new RegExp(String.raw`^\s*${ANNOUNCING}\s*[:：]?\s*((?:[^、，,。；;：:\d]{2,16}、)+[^、，,。；;：:\d]{2,16}?(?:和[^、，,。；;：:\d]{2,16}?)?)(等)?(?:\d+个|[一二三四五六七八九十]+个)?(?:项目|实事|工程|事项)?(?=[，,。；;]|$)`, "u");

/**
 * The works a paragraph names as one group right after the sentence that counts the group (（四）进度相对滞后的有6项。主要是A、B、C、D等项目，
 * 因…), with that count; null where it names none so.
 */
function namedGroup(span: Span): { names: Span[]; count: number } | null {
  const [counting, naming] = splitAt(span, /。/u);
  if (!counting || !naming) return null;
  const count = allMatches(counting.text, LEAD_COUNT).at(-1);
  const m = count && countFigures(counting.text) <= 1 ? GROUP_NAMES.exec(naming.text) : null;
  if (!m || !count) return null;
  const from = m.index + m[0].indexOf(m[1]!);
  const names: Span[] = [];
  let at = from;
  for (const name of m[1]!.split(/、|和/u)) {
    names.push(sliceSpan(naming, at, at + name.length));
    at += name.length + 1;
  }
  return names.length >= MIN_COUNTED_PIECES && names.length <= numeral(count[1]!) ? { names, count: numeral(count[1]!) } : null;
}

// A lead that names a group of works by how far they got: 已完成或超额完成的项目： · 正在推进的项目中， · 进度滞后的事项有：.
const STATUS_LEAD = /^\s*(?:已|正在|提前|超额|按|未|尚未|进度|进展)[^：:，,。；;\d]{0,14}?的?(?:项目|实事|事项)(?:中|有)?\s*[：:，,]\s*/u;

// Where a paragraph names a field before its works: …提升方面的事项有： · 交通出行方面的项目包括： (not a field that is
// itself the project, ●实施残疾儿童康复救助方面：…, which names no works to come).
const FIELD_NAMED = /[^。；;：:,，、]{2,16}?(?:方面|领域)的?(?:事项|项目|实事|任务|工作)(?:主要)?(?:有|是|包括|为)?\s*[:：]/gu;
// A paragraph names at least this many fields before it is read field by field.
const MIN_FIELDS = 2;

/** The works of a paragraph that names its fields, one ；-clause or sentence each after each field's name; null unless it names MIN_FIELDS, and MIN_PIECES works. */
function fieldWorks(span: Span): Span[] | null {
  const starts = allMatches(span.text, FIELD_NAMED);
  if (starts.length < MIN_FIELDS) return null;
  const works = starts.flatMap((m, k) => {
    const from = m.index! + m[0].length;
    const to = starts[k + 1]?.index ?? span.text.length;
    return splitAt(sliceSpan(span, from, to), /[;；。]/u).filter((w) => /[\u4e00-\u9fff]{2}/u.test(w.text));
  });
  return works.length >= MIN_PIECES && works.every((w) => w.text.length <= MAX_GROUPED_CLAUSE) ? works : null;
}

// A paragraph that opens on the field of the works it lists (为老服务项目包括: · 教育类实事有:), not on the programme (民生实事项目包括:).
// (Or on the field it tells, its works one ；-clause each after the comma: 在关注一老一小方面，建设长者食堂12个…；新建…；….)
// (The 在 may go: 便民出行方面，新增…；新建…；…, its works two ；-clauses at least.)
const FIELD_OPENING = /^\s*([\u4e00-\u9fff]{2,10}?)(?:类|领域|方面)?的?(?:项目|实事|事项)(?:主要)?(?:包括|有)\s*[:：]|^\s*在([\u4e00-\u9fff“”]{2,10}?)方面[,，](?=(?:[^。]*[;；]){2})|^\s*(?!在)([\u4e00-\u9fff“”]{2,10}?)方面[,，](?=[^。]*[;；])/u;
const PROGRAMME_WORD = /实事|民生|为民|惠民/u;
// Paragraphs that open on (在)X方面， are the programme's fields only where at least this many do (two may be a story's examples).
const MIN_TOLD_FIELDS = 3;

/** Where a paragraph's works begin after the field it opens on; 0 where it opens on none. */
function fieldOpening(text: string): number {
  const m = FIELD_OPENING.exec(text);
  // (A field told after 方面 is a field however it is worded, 文化惠民方面，; not the programme, 民生实事方面，.)
  return m && !(m[1] !== undefined ? PROGRAMME_WORD : PROGRAMME_NAME).test((m[1] ?? m[2] ?? m[3])!) ? m[0].length : 0;
}

// A clause of three or more comma-pieces, each a verb and then its figure (新增480张养老床位,新增100张…,改建150张…), is as
// many works; a clause whose later pieces explain its first (开展…行动,为…提供不少于200人次的培训) is one.
const MIN_COMMA_WORKS = 3;
const VERB_THEN_FIGURE = /^\s*[\u4e00-\u9fff]{1,4}\s*\d/u;

/** A clause's works: its comma-pieces where each counts a work of its own (MIN_COMMA_WORKS or more), or the clause. */
function commaWorks(clause: Span): Span[] {
  const pieces = splitAt(clause, /[,，]/u).filter((p) => p.text.trim());
  return pieces.length >= MIN_COMMA_WORKS && pieces.every((p) => VERB_THEN_FIGURE.test(p.text) && countFigures(p.text) > 0) ? pieces : [clause];
}

// A clause that tallies the works done: 其中9件圆满完成任务， · 其中8项全部完成，.
const TALLY_CLAUSE = /(?:^|[，,])\s*其中\s*(\d+|[一二三四五六七八九十两]+)\s*[件项][^，,。]{0,10}?(?:完成|兑现|办结)[^，,。]{0,6}[，,]/u;

/** The comma-pieces after a sentence's tally of works done, where they are as many as it tallies (MIN_PIECES or more), each with a figure; else null. */
function talliedWorks(sentence: Span): Span[] | null {
  const tally = TALLY_CLAUSE.exec(sentence.text);
  if (!tally) return null;
  const count = numeral(tally[1]!);
  const rest = sliceSpan(sentence, tally.index + tally[0].length, sentence.text.replace(/[。；;\s]+$/u, "").length);
  const pieces = splitAt(rest, /[,，]/u).filter((p) => p.text.trim());
  return count >= MIN_PIECES && pieces.length === count && pieces.every((p) => countFigures(p.text) > 0) ? pieces : null;
}

// An item that groups works holds at least this many ；-clauses (一、新增7000张养老床位；新建50家…).
const MIN_GROUPED_WORKS = 2;

/**
 * The text of an item's first passage from its title on; `headed`: after the heading sentence of no figure it opens on
 * (一是就业增收更加有力。促进…；开展…). Null where the passage does not hold the title, or holds no such heading.
 */
function itemText(item: ItemDraft, headed: boolean): Span | null {
  const passage = item.passages[0];
  if (!passage || !item.titleSpan) return null;
  let start = passage.span.pos.indexOf(item.titleSpan.pos[0] ?? -1);
  if (start < 0) return null;
  if (headed) {
    const heading = HEADING_SENTENCE.exec(passage.span.text.slice(start));
    if (!heading || countFigures(heading[0]) > 0) return null;
    start += heading[0].length;
  }
  return sliceSpan(passage.span, start, passage.span.text.length);
}

/**
 * An item's works, one ；-clause each of its text (itemText); null unless it holds MIN_GROUPED_WORKS or more.
 * `headed`: the works of an item that opens on a heading sentence of no figure, after it.
 */
function worksOf(item: ItemDraft, headed = false): Span[] | null {
  const text = itemText(item, headed);
  if (!text) return null;
  const works = splitAt(text, /[;；]/u).filter((w) => /[\u4e00-\u9fff]/u.test(w.text));
  // (An item with a heading of its own, ■优化基本公共服务 2020年将扩增…；…, names a field the text presents as one project.)
  const named = works[0] && cleanTitle(clauseWork(works[0].text)) !== item.title;
  return works.length >= MIN_GROUPED_WORKS && (headed || !named) && works.every((w) => w.text.length <= MAX_CLAUSE) ? works : null;
}

/** The one work the last item tells after its heading sentence, as a list of one; null where it tells none or several. */
function lastWork(item: ItemDraft): Span[] | null {
  const work = itemText(item, true);
  return work && countFigures(work.text) > 0 && !/[;；]/u.test(work.text.replace(/[;；]\s*$/u, "")) ? [work] : null;
}

// An item's heading sentence before its works: 就业增收更加有力。
const HEADING_SENTENCE = /^[^。；;]{2,24}。/u;

/**
 * A numbered list read as the works its items group, one ；-clause each (一、新增7000张养老床位；新建
 * 50家…；… ‖ 二、…), where the text counts the works and not the items (十方面、27项): every item but
 * the last holds several, opening on its first work, and their works come nearer a stated count than
 * the items do. Null otherwise (a list of ten items, each with two targets, that the text counts as ten).
 */
export function groupedWorkItems(structure: Structure, stated: number[]): Structure | null {
  if (!stated.length) return null;
  const plain = structure.items.map((it) => worksOf(it));
  // Items that each open on a heading sentence and then tell their works (一是就业增收更加有力。促进…；开展…；… ‖ 二是…)
  // group them only where the works are just as many as the text states: a heading sentence more often opens one work's text.
  // (The last item may tell one work: 八是农村人居环境持续提升。完成…治理任务。)
  const headed = structure.items.map((it, k) => worksOf(it, true) ?? (k === structure.items.length - 1 ? lastWork(it) : null));
  const exact = !headed.some((w) => !w) && stated.includes(headed.reduce((n, w) => n + w!.length, 0));
  const works = exact ? headed : plain;
  // (Every item but the last, which the page may cut: a list of projects with two targets here and there is no list of groups.)
  if (works.slice(0, -1).some((w) => !w)) return null;
  const items = structure.items.flatMap((it, k): ItemDraft[] =>
    (works[k] ?? []).length === 0
      ? [{ ...it, no: null, group: k }]
      : // (The passages after the first, if any, stay with the last work.)
        works[k]!.map((span, w, all) => ({ ...it, no: null, title: cleanTitle(clauseWork(span.text)), titleSpan: span, passages: [{ span, role: it.passages[0]!.role }, ...(w === all.length - 1 ? it.passages.slice(1) : [])], group: k })),
  );
  const off = (n: number) => Math.min(...stated.map((s) => Math.abs(n - s)));
  return items.length <= Math.max(...stated) && off(items.length) < off(structure.items.length) ? { ...structure, items } : null;
}
