// How a list of blocks is read as projects: every layout the text could be in proposes its
// items (one candidate per marker family present, the table, the headlines, the inline
// lists, the headings, the narrative), each candidate is scored on evidence the text itself
// gives, and the best one wins. The scores are kept, so a reader can see why.
import type { Block } from "./structure.ts";
import { CLOSED_END } from "./text.ts";
import { opensGroup, type ItemDraft, type Structure } from "./draft.ts";
import { regionIndex } from "./regions.ts";
import { familyOf, numeral, type MarkerType } from "./markers.ts";
import { markerFamilyOf, markerItems, namedLinesUnderThemes } from "./layouts/markers.ts";
import { labelPairItems } from "./layouts/label-pairs.ts";
import { NAMED_WORK, headingItems, headlineItems } from "./layouts/headlines.ts";
import { PROGRAMME_NAME, STATEMENT as OPENS_ON_WORK } from "./titles.ts";
import { inlineListItems } from "./layouts/inline-lists.ts";
import { tableReadings } from "./layouts/tables.ts";
import { narrativeItems } from "./layouts/narrative.ts";
import { namedWorkItems, storyParagraphItems, titleOf } from "./layouts/story.ts";
import { countedParagraphItems, fieldParagraphItems, paragraphItem, paragraphItems } from "./layouts/paragraphs.ts";
import { bracketNamedItems, taggedItems } from "./layouts/tagged.ts";
import { countedGroupItems, paragraphGroupItems, sentenceGroupItems } from "./layouts/counted-groups.ts";
import { countMatchedNames, namesInPassing, restNamedAfter, restNamedBefore, restToldBefore, sentenceReadings, sitesVisited, statusGroupItems, groupedClauseItems } from "./layouts/sentence-list.ts";
import { lineItems, repeatedHeaderItems } from "./layouts/lines.ts";
import { gluedRowItems } from "./layouts/glued-rows.ts";
import { echoedSentenceItems } from "./layouts/echoed-sentences.ts";
import { figuredClauseItems, figuredPieceItems, groupedWorkItems } from "./layouts/figured-pieces.ts";
import { exampleItems } from "./layouts/examples.ts";
import { aimSentenceItems, inlineLeadBlocks, leadSentenceItems, mentionedProjectItems, namedClauseItems } from "./layouts/lead-sentences.ts";
import { countFigures } from "./figures-count.ts";
import { bigramDice as dice, bigrams } from "./similarity.ts";

export interface Evidence {
  /** Items the candidate reads. */
  items: number;
  /** How well its numbering runs 1..N (restarting only under a new heading): 0..1; 0.5 unnumbered. */
  numbering: number;
  /** Agreement with the count the text states: +1 equal, down to -1 far off; 0 where none is stated. */
  count: number;
  /** Share of items that carry a figure. */
  figures: number;
  /** Share of the list's figures that fall inside some item. */
  coverage: number;
  /** Median title length in characters. */
  titleLength: number;
  /** Share of items whose title is a heading of the genre's furniture (完成情况, 省定民生实事). */
  containers: number;
  /** Share of items whose title tells what happened (很多断头路通车了 · 居住环境也美了) or names nothing (88.33% · 持续推进): no project's name. */
  statements: number;
  /** Share of items that repeat the title of an item before them in their list: a list names each project once. */
  repeats: number;
  /** Numbered items (a marker family's, or inline numbers') that all stand inside one item of a family opening before them, too few for the stated count: that item's sub-parts. */
  enclosed?: boolean;
}

export interface Candidate {
  /** The layout that proposed it: marker:dot, table, headlines, inline, headings, narrative … */
  layout: string;
  structure: Structure;
  evidence: Evidence;
  score: number;
}

// How much each kind of evidence weighs. A stated count that agrees is the strongest single
// sign; numbering that runs 1..N and items that carry figures come next.
const WEIGHTS = { numbering: 2, count: 3, figures: 1.5, coverage: 1.5, containers: -3, statements: -3, repeats: -2, enclosed: -1.5, fewItems: -1, longTitles: -1, noFigures: -1, candidates: -2 };
// Layouts that read any text at all start behind: they are what is left when nothing else fits.
// (Not names the text tags with the programme's own ordinals, 名称(第十一项): the tags are evidence of their own.)
const PRIOR: Record<string, number> = { narrative: -2.5, paragraphs: -1, fields: -0.25, story: -0.4, headings: -0.5, themes: -0.5, inline: -0.25, sentence: -0.25, lines: -0.5, figured: -0.5, clauses: -1, grouped: -0.5, leads: -0.25, named: -0.5, aims: -0.75, examples: -0.5, echoes: -0.5, passing: -1, counted: -0.5 };
// The share of count evidence a narrative reading earns short of or past the count (one that meets it earns the whole).
const NARRATIVE_COUNT_SHARE = 0.5;
// Layouts that report a selection of the stated count as often as the whole of it (a feature
// story's unnumbered headings over prose, 推进养老服务工程建设 …): fewer items is no evidence against them.
const SELECTIONS = new Set(["headings"]);
// A heading over this many ；-clauses, or more, stands over a list of works (管好家门口的小区 ‖ 完成…；新增…；…), for half the headings or more: they group the projects.
const GROUP_CLAUSES = 3;
// Layouts whose partial lists the text names as such (A、B、C等10项 · 包括A；B；C等): a selection.
const NAMED_SELECTIONS = new Set(["sentence", "examples"]);
// The share of the text's figures that prose naming its projects must hold to be the list.
const MIN_NAMED_COVERAGE = 0.6;
// …and the share a lede's few names (fewer than half the count) must hold to be a selection of the programme, not its examples.
const MIN_SELECTION_COVERAGE = 0.4;
// The count evidence of such examples: half what a list that far short of the count earns.
const EXAMPLES_COUNT = -0.5;
// What numbering is worth where its runs are too short to be lists: a restart at 1 over a run of
// one, or every number of a reading whose headings each hold one or two.
const SHORT_RUN = 0.25;
// Titles longer than this are sentences, not names of projects.
const LONG_TITLE = 40;

// A field named as a title: 城镇新增就业方面 · 教育类 · 卫生领域 (one of CONTAINER's kinds).
const FIELD_TITLE = /^[\u4e00-\u9fff]{2,10}(?:方面|(?<!分)类|领域)$/u;

// Headings of the genre's furniture, not projects: 一、省重点民生实事完成情况 · 二、下一步工作 ·
// 一、提前或超额完成的项目 (a progress notice's status groups) · 一、促进就业增收（2项） ·
// 一是已完成或达到时序进度的项目25个 · 12个项目超额完成8月份节点目标 (a group that counts its projects)
// · 【正文】 · 【同期声】 · 【结束语】 (a broadcast's script: who speaks, and when)
export const CONTAINER = new RegExp(
  String.raw`^(?:导语|正文|同期声?|出镜记者?|结束语|解说词?|画外音|口播|主持人)$|(?:民生实事|为民办实事|实事项目|民生工程)(?:完成|进展|推进)?(?:情况)?$|^(?:基本|总体|完成|进展|推进)情况$|^(?:主要做法|工作措施|下一步|存在问题|工作打算|工作要求)|(?:保障|推进|工作)措施$|(?:提前|超额|已|正常|序时|按期|滞后|缓慢)[^,，。]{0,10}的?(?:项目|事项)$|[(（]\d+项[)）]$|${FIELD_TITLE.source}|的(?:实事)?项目(?:\s*(?:\d+|[一二三四五六七八九十两]+)\s*[个项件])?(?:$|[,，])|(?:\d+|[一二三四五六七八九十两]+)\s*个项目[^,，。]{0,6}(?:完成|推进|滞后|调整)[^,，。]{0,10}$`,
  "u",
);

/**
 * Whether an item titled by its field goes on, in its own line, with the figures of what was done there (1.城镇新增就业方面，
 * 全市城镇新增就业4.83万人，…): a work named by its field, no heading over others.
 */
function tellsOwnField(item: ItemDraft): boolean {
  const own = item.passages[0]?.span.text ?? "";
  const after = own.includes(item.title) ? own.slice(own.indexOf(item.title) + item.title.length) : "";
  // (Not a field that counts its works, 教育惠民领域2个,包括A、B: its figure is no work's.)
  return FIELD_TITLE.test(item.title) && /^\s*[,，]/u.test(after) && countFigures(after) > 0;
}

// A title that ends on the particle of a change done (通车了 · 更方便了) is a sentence about a project; one that is
// only a figure or how far a work got (88.33% · 持续推进 · 已完成: a table's cells read as headings) names none.
const STATEMENT = /了[”"」]?$|^(?:[-—\d.,%\s]+|(?:持续|正在|稳步|有序)推进|推进中|进行中|正在实施|已(?:完成|开工))$/u;

/** A layout that may propose readings: its name, whether its items carry numbers, and the reader. */
interface Proposer {
  layout: string;
  numbered: boolean;
  read: () => Array<Structure | null>;
}

/**
 * Every reading the text allows, best first. Readers run from the cheapest; a reader whose
 * best possible score cannot beat the best so far is not run (the narrative reading, the
 * costliest, runs only where the text's lists leave it a chance).
 */
export function proposeCandidates(blocks: Block[], statedCounts: number[], forced: MarkerType | null = null): Candidate[] {
  const families = new Map<MarkerType, number>();
  const at = new Map<MarkerType, number[]>();
  blocks.forEach((b, k) => {
    const family = markerFamilyOf(b);
    if (!family) return;
    families.set(family, (families.get(family) ?? 0) + 1);
    at.set(family, [...(at.get(family) ?? []), k]);
  });
  const proposers: Proposer[] = [];
  const scored: Candidate[] = [];
  for (const [family, n] of families) {
    if (n >= 2 && (!forced || forced === family))
      proposers.push({
        layout: `marker:${family}`,
        numbered: familyOf(family).numbered,
        read: () => {
          const marked = markerItems(blocks, family);
          return [...withCountedRun(marked, statedCounts, blocks), someUnderHeading(marked, blocks), runUnderProgramme(marked, blocks), namedLinesUnderThemes(blocks, family)];
        },
      });
  }
  // Bullets of two or more glyphs (■ works ‖ △ a column's briefs beside them): the lines of each glyph are a reading of
  // their own, the others' lines left out.
  const glyphs = new Map<string, number>();
  for (const b of blocks) if (markerFamilyOf(b) === "bullet") glyphs.set(b.text[0]!, (glyphs.get(b.text[0]!) ?? 0) + 1);
  if (glyphs.size >= 2 && !forced) {
    for (const [glyph, n] of glyphs) {
      if (n < 2) continue;
      const own = blocks.filter((b) => markerFamilyOf(b) !== "bullet" || b.text[0] === glyph);
      proposers.push({ layout: "marker:bullet", numbered: false, read: () => withCountedRun(markerItems(own, "bullet"), statedCounts, own) });
    }
  }
  if (!forced) {
    if (blocks.filter((b) => b.type === "numhead").length >= 2) proposers.push({ layout: "headlines", numbered: true, read: () => [headlineItems(blocks)] });
    proposers.push({
      layout: "table",
      numbered: true,
      read: () => tableReadings(blocks).flatMap((rows) => [rows, rows && bySection(rows, statedCounts)]),
    });
    proposers.push({ layout: "inline", numbered: true, read: () => inlineListItems(blocks, statedCounts) });
    proposers.push({ layout: "sentence", numbered: false, read: () => sentenceReadings(blocks) });
    if (statedCounts.length) proposers.push({ layout: "groups", numbered: false, read: () => [statusGroupItems(blocks, statedCounts), groupedClauseItems(blocks, statedCounts), countedGroupItems(blocks, statedCounts), sentenceGroupItems(blocks, statedCounts), paragraphGroupItems(blocks, statedCounts)] });
    proposers.push({ layout: "figured", numbered: false, read: () => figuredPieceItems(blocks) });
    proposers.push({ layout: "clauses", numbered: false, read: () => [figuredClauseItems(blocks)] });
    proposers.push({ layout: "lines", numbered: false, read: () => [lineItems(blocks)] });
    proposers.push({ layout: "blocks", numbered: false, read: () => [repeatedHeaderItems(blocks)] });
    proposers.push({ layout: "glued", numbered: true, read: () => [gluedRowItems(blocks)] });
    proposers.push({ layout: "labels", numbered: false, read: () => [labelPairItems(blocks)] });
    proposers.push({ layout: "leads", numbered: false, read: () => [leadSentenceItems(blocks), leadSentenceItems(inlineLeadBlocks(blocks) ?? [])] });
    proposers.push({ layout: "named", numbered: false, read: () => [namedClauseItems(blocks)] });
    // Projects named in passing make a reading only where they are as many as the text states (a selection is the named reading's).
    proposers.push({ layout: "mentioned", numbered: false, read: () => mentionedProjectItems(blocks, statedCounts) });
    proposers.push({ layout: "echoes", numbered: false, read: () => [echoedSentenceItems(blocks)] });
    proposers.push({ layout: "aims", numbered: false, read: () => [aimSentenceItems(blocks)] });
    proposers.push({ layout: "examples", numbered: false, read: () => [exampleItems(blocks)] });
    proposers.push({ layout: "tagged", numbered: false, read: () => [taggedItems(blocks)] });
    proposers.push({ layout: "bracketed", numbered: false, read: () => [bracketNamedItems(blocks)] });
    // Themed headings over works told in prose, fewer than the text states: each heading's works, read from its own paragraphs.
    // Where most headings hold several works, the headings group the projects and are no selection of them.
    let themed: Structure[] | undefined;
    const themes = () => (themed ??= themedReadings(blocks, headingItems(blocks), statedCounts));
    proposers.push({ layout: "headings", numbered: false, read: () => [withThemes(headingItems(blocks), themes())] });
    proposers.push({ layout: "themes", numbered: false, read: () => themes() });
    proposers.push({ layout: "narrative", numbered: false, read: () => [narrativeItems(blocks)] });
    // A paragraph per project is read only against a stated count: the count is its evidence.
    if (statedCounts.length) proposers.push({ layout: "paragraphs", numbered: false, read: () => [paragraphItems(blocks)] });
    // So is a run of paragraphs that each open on their field (在教育方面，… ‖ 在就业方面，…): one project per field.
    if (statedCounts.length) proposers.push({ layout: "fields", numbered: false, read: () => [fieldParagraphItems(blocks, statedCounts)] });
    // So is a feature story's paragraph per project, each opening on a remark of its own.
    if (statedCounts.length) proposers.push({ layout: "story", numbered: false, read: () => [storyParagraphItems(blocks, statedCounts)] });
    // Last, and only where no reading above reads as many items as the text states (nor several years' lists,
    // each its own count): a clause of that many names.
    const countMet = (c: Candidate) => c.evidence.count === 1 || statedCounts.includes(c.structure.items.length) || c.structure.lists > 1;
    proposers.push({ layout: "counted", numbered: false, read: () => (scored.some(countMet) ? [] : [countMatchedNames(blocks, statedCounts)]) });
    // (…and, as the last resort too, a paragraph a work where the paragraphs after the count are as many as it counts.)
    proposers.push({ layout: "paragraphs", numbered: false, read: () => (scored.some(countMet) ? [] : [countedParagraphItems(blocks, statedCounts)]) });
  }
  const total = figuresOf(blocks);
  let best = -Infinity;
  for (const proposer of proposers) {
    if (bestPossible(proposer, statedCounts.length > 0) < best) continue;
    for (const read of proposer.read()) {
      const structure = read && withoutNonProjects(read);
      if (!structure?.items.length) continue;
      const family = proposer.layout.startsWith("marker:") ? (proposer.layout.slice(7) as MarkerType) : null;
      const marks = family ? (at.get(family) ?? []) : proposer.layout === "inline" ? itemBlocks(structure, blocks) : [];
      const enclosed = statedCounts.length > 0 && structure.items.length < Math.min(...statedCounts) / 2 && enclosedInOneItem(marks, [...at.values()]);
      // A numbered list whose items each group works, the works counted and not the items (一、A；B；C ‖ 二、… of 十方面、27项):
      // the works are a reading of their own, and the items, as few as the groups, are no list the page cut short.
      const works = family || proposer.layout === "inline" ? groupedWorkItems(structure, statedCounts) : null;
      // A list the text completes after it, naming as many projects as it lacks (■A… ■B… ‖ 此外，“C”“D”3件实事…), or before it
      // (其中2项…（A、B）已落实到位，其余11项进展情况如下： ‖ 1.…): the list with them, a reading of its own.
      const completed = works ? null : (restNamedAfter(structure, blocks, statedCounts) ?? restNamedBefore(structure, blocks, statedCounts) ?? restToldBefore(structure, blocks, statedCounts));
      // Numbered headings that each stand over prose telling several works, fewer than the count (（一）着眼稳就业、优教育… ‖ 围绕…): the works.
      const themedWorks = family && !works ? themedReadings(blocks, structure, statedCounts, familyOf(family).numbered) : [];
      for (const candidate of [
        score(proposer.layout, structure, statedCounts, total, blocks, enclosed, !!works),
        ...themedWorks.map((t) => score("themes", t, statedCounts, total, blocks)),
        ...(works ? [score("grouped", works, statedCounts, total, blocks)] : []),
        ...(completed ? [score(proposer.layout, completed, statedCounts, total, blocks)] : []),
      ]) {
        scored.push(candidate);
        best = Math.max(best, candidate.score);
      }
    }
  }
  // On a tie, the family that opens the list first: items with sub-parts under them (第一项实事…
  // 1.… 2.…, "十二件18项") are the projects, their numbered lines the parts.
  // But a family numbered 1..N straight through two or more of the earlier family's headings, more
  // items than they ((一)老有所享 ‖ 1. 2. 3. ‖ (二)儿童友好 ‖ 4. 5. …), is the list, and those headings
  // its groups: parts restart under each item they belong to.
  const firstAt = (c: Candidate) => (c.layout.startsWith("marker:") ? blocks.findIndex((b) => markerFamilyOf(b) === c.layout.slice(7)) : Infinity);
  const runsThrough = (inner: Candidate, outer: Candidate) => {
    if (!inner.layout.startsWith("marker:") || !outer.layout.startsWith("marker:")) return false;
    const marks = at.get(inner.layout.slice(7) as MarkerType) ?? [];
    const crossed = (at.get(outer.layout.slice(7) as MarkerType) ?? []).filter((m) => m > marks[0]! && m < marks.at(-1)!).length;
    return crossed >= 2 && inner.structure.items.length > outer.structure.items.length && inner.structure.items.every((it, k) => it.no === k + 1);
  };
  // Of readings equally good, the numbered headlines before the same lines read as marks: that reader also pairs each with the paragraph that tells it.
  const paired = (c: Candidate) => (c.layout === "headlines" ? 0 : 1);
  const tieOrder = (a: Candidate, b: Candidate) => (runsThrough(a, b) ? -1 : runsThrough(b, a) ? 1 : paired(a) - paired(b) || firstAt(a) - firstAt(b));
  const sorted = scored.sort((a, b) => b.score - a.score || tieOrder(a, b) || a.layout.localeCompare(b.layout));
  if (sorted[0]) sorted[0] = namedByLede(sorted[0], scored, statedCounts);
  // Numbers that run 1..N straight through the winner's headings outweigh a small lead of the headings' own
  // evidence (a figure or two more in their paragraphs): the headings group the list.
  // (Not where the headings are as many as the text states and the run is not: 山西省…十件实事 ‖ （一）促进就业 ‖ 1.承诺：… ‖
  // 2.承诺：… ‖ （二）…, ten headings over eleven promises.)
  const meets = (c: Candidate) => statedCounts.includes(c.structure.items.length);
  const through = sorted.find((c) => c !== sorted[0] && runsThrough(c, sorted[0]!) && sorted[0]!.score - c.score <= RUN_THROUGH_MARGIN && !(meets(sorted[0]!) && !meets(c)));
  if (through) return [through, ...sorted.filter((c) => c !== through)];
  // A reading of several years' lists, each as many as a stated count, one of them the winner's own works (the winner's titles,
  // most of them), within a small margin: it reads the same list and another year's whole list besides.
  const extended = sorted[0]?.structure.lists === 1 ? sorted.find((c) => c.structure.lists > 1 && listsMeetCounts(c.structure, statedCounts) && sorted[0]!.score - c.score <= EXTENDED_MARGIN && holdsMostOf(c.structure.items, sorted[0]!.structure.items)) : undefined;
  if (extended) return [extended, ...sorted.filter((c) => c !== extended)];
  // A reading of groups that each count their works and together meet the largest count the text states, one group the winner's
  // works (有3项…部分完成任务。A，… of 4 + 3 + 3 = 10): the winner met a group's count, the groups the programme's.
  const largest = Math.max(...statedCounts);
  const counted = sorted[0] && sorted[0].structure.items.length < largest ? sorted.find((c) => c.structure.countedGroups && c.structure.items.length === largest && holdsMostOf(c.structure.items, sorted[0]!.structure.items)) : undefined;
  if (counted) return [counted, ...sorted.filter((c) => c !== counted)];
  // Rows of a table run together inside a page's own numbered lines (1、…配合单位1扩大…各街道2稳定… ‖ 2、…6提升… ‖ 3、…), more of them
  // than the lines, within a small margin: the rows are the list, the page's numbers its pages.
  const glued = sorted[0]?.layout.startsWith("marker:") ? sorted.find((c) => c.layout === "glued" && c.structure.items.length > sorted[0]!.structure.items.length && sorted[0]!.score - c.score <= EXTENDED_MARGIN) : undefined;
  if (glued) return [glued, ...sorted.filter((c) => c !== glued)];
  // A narrative reading that only splits the items a marked list reads (■稳岗就业工程 ‖ 新增就业…，培训… ‖ ■养老服务提升工程 ‖ … ·
  // 城区停车整治工程。新建停车场2处，增设车位1500个。 ‖ …),
  // each of its items inside one of the list's and each of the list's holding some, reads the list's projects in pieces: its
  // count, nearer the stated one, is no evidence against the marks.
  // (Two marks will do where they are numbered 1, 2: a page cut after its second item.)
  // (Not a list of half the stated count or fewer, unnumbered, that the narrative splits into works at least twice as near it: a
  // story's theme sentences, 居住条件持续改善。…棚户区改造工程…。老旧小区改造工程… ‖ 城市功能日益完善。…, group the works.)
  const off = (c: Candidate) => Math.min(...statedCounts.map((n) => Math.abs(c.structure.items.length - n) / n));
  // (Themes state how a field fares, 居住条件持续改善; works open on what is done, 推进农村饮用水达标提标, or end on their noun,
  // 稳岗就业工程, whatever the count: a page may give only some of them.)
  const tasks = (c: Candidate) => c.structure.items.filter((it) => OPENS_ON_WORK.test(it.title) || WORK_NOUN_END.test(it.title)).length * 2 >= c.structure.items.length;
  const themes = (c: Candidate) => statedCounts.length > 0 && c.evidence.numbering <= UNNUMBERED && !tasks(c) && c.structure.items.length <= Math.min(...statedCounts) / 2 && off(sorted[0]!) <= off(c) / 2;
  const marked = sorted[0]?.layout === "narrative" ? sorted.find((c) => MARKED.test(c.layout) && c.evidence.containers < CONTAINER_SHARE && !themes(c) && splits(sorted[0]!.structure.items, c.structure.items, c.evidence.numbering === 1 ? NUMBERED_SPLIT_ITEMS : MIN_SPLIT_ITEMS)) : undefined;
  if (marked) return [marked, ...sorted.filter((c) => c !== marked)];
  // Paragraphs that each open on their field and list its works (为老服务项目包括:新增…;建立… ‖ 教育服务项目包括:…), read
  // one project per paragraph short of a count met: the fields group the projects, and the works are the list.
  const fielded = sorted[0] && sorted[0].evidence.count < 1 ? sorted.find((c) => c.structure.fielded && splits(c.structure.items, sorted[0]!.structure.items)) : undefined;
  if (fielded) return [fielded, ...sorted.filter((c) => c !== fielded)];
  // Unnumbered headings or marks, half the stated count or fewer (a story's subheads, 学位供给持续扩容 ‖ … · ■ 教育卫生项目加快复工 ‖ …),
  // whose paragraphs a narrative reading splits into works at least twice as near that count group those works: the
  // count is the narrative's. (Not numbered parts, 一、民生实事进展情况 ‖ 二、…: their numbers are evidence of their own; nor
  // a table's rows or a label opening each paragraph, 推进适老化改造：全市…, one work each by their layout.)
  const winner = sorted[0];
  // Marks numbered afresh under short headings, where more such headings stand over no marks at all (建设县医院综合楼二期 ‖ （一）…
  // （二）… ‖ 落实基本公共卫生服务 ‖ 县级财政补助资金下达… ‖ 扩大学前教育资源 ‖ …), and the headings are as many as the text
  // states: the headings are the list, the marks the parts of some of them.
  const parts = winner?.layout.startsWith("marker:") && winner.structure.items.filter((it) => it.no === 1).length >= MIN_PART_RUNS ? headingItems(blocks) : null;
  if (parts && winner && statedCounts.includes(parts.items.length)) {
    // (Each run of marks from 1 under one heading of its own, the heading just before its first mark.)
    const at = (it: ItemDraft) => it.titleSpan?.pos[0] ?? -1;
    const headingOf = (it: ItemDraft) => parts.items.findLastIndex((h) => at(h) >= 0 && at(h) <= at(it));
    const runs: number[][] = [];
    for (const it of winner.structure.items) {
      if (it.no === 1 || !runs.length) runs.push([]);
      runs.at(-1)!.push(headingOf(it));
    }
    const heads = runs.map((run) => run[0]!);
    const own = runs.every((run) => run[0]! >= 0 && run.every((h) => h === run[0])) && new Set(heads).size === heads.length;
    if (own && heads.length < parts.items.length) return [score("headings", parts, statedCounts, total, blocks), ...sorted];
  }
  const few = !!winner && (winner.layout === "headings" || winner.layout.startsWith("marker:")) && winner.evidence.numbering <= UNNUMBERED && statedCounts.length > 0 && winner.structure.items.length <= Math.min(...statedCounts) / 2;
  // (A heading whose paragraphs tell no figure holds no work, and is none: a story's 故事：‖ 一条路让盐都老街“活”了过来 ‖ ….)
  const figured = winner ? winner.structure.items.filter((it) => it.passages.some((p) => figuresIn(p.span.text) > 0)) : [];
  // (Two such headings, or one, will do: the narrative's count is the evidence.)
  const grouped = few && figured.length ? sorted.find((c) => c.layout === "narrative" && off(c) <= off(winner) / 2 && splits(c.structure.items, figured, Math.min(MIN_SPLIT_ITEMS, figured.length))) : undefined;
  return grouped ? [grouped, ...sorted.filter((c) => c !== grouped)] : sorted;
}

// Readings that name each paragraph by words of its own (供热管网改造排在8件实事的头一件 · 全年实施农村牧区供水工程…), or by a
// work it mentions (…方面，区域供水入户工程新增通水2.8万户).
const PARAGRAPH_NAMED = new Set(["story", "paragraphs", "leads", "mentioned"]);
// Readings of names a lede gives, as many as the text states.
const LEDE_NAMES = new Set(["sentence", "counted"]);
// Of such names, all but this many must each be told by the paragraph in its place.
const MAX_UNTOLD_NAMES = 1;

/**
 * A paragraph per project read as many as the text states, where a lede names as many works (…把供热管网改造、老旧小区改造、…
 * 8件民生实事写进…): each paragraph takes the lede's name in its place, where the paragraphs tell them in that order (the
 * paragraph writes the name, or its own name echoes it), all but one. The lede's names are the text's names for its works.
 * So do figured clauses after the names, each sharing words with the name in its place.
 */
function namedByLede(top: Candidate, scored: Candidate[], statedCounts: number[]): Candidate {
  const items = top.structure.items;
  const clauses = top.layout === "clauses";
  if (!(PARAGRAPH_NAMED.has(top.layout) || clauses) || top.structure.lists !== 1 || !statedCounts.includes(items.length)) return top;
  const lede = scored.find((c) => LEDE_NAMES.has(c.layout) && c.structure.items.length === items.length && c.structure.items.every((it) => it.titleSpan));
  if (!lede) return top;
  const names = lede.structure.items;
  // (Figured clauses told after the names, in their order, each its work's figures (…9项为民办实事是：学位扩容、全民健康体检、…。
  // 一年来，全市…新增学位1350个；为5.8万名…开展免费健康体检；…): each clause speaks the words of the name in its place.)
  if (clauses && !names.every((name) => name.titleSpan!.pos[0]! < (items[0]!.titleSpan?.pos[0] ?? -1))) return top;
  const told = items.filter((it, k) => {
    const name = names[k]!.title;
    if (clauses) return [...bigrams(name)].some((pair) => bigrams(it.title + it.passages.map((p) => p.span.text).join("")).has(pair));
    return it.passages.some((p) => p.span.text.includes(name)) || dice(name, it.title) >= NAME_ECHO;
  }).length;
  if (told < items.length - MAX_UNTOLD_NAMES) return top;
  return { ...top, structure: { ...top.structure, items: items.map((it, k) => ({ ...it, title: names[k]!.title, titleSpan: names[k]!.titleSpan })) } };
}
// A paragraph's own name echoes a lede's name at this likeness or more.
const NAME_ECHO = 0.5;

// The numbering evidence of items that carry no numbers (numberingScore).
const UNNUMBERED = 0.5;
// Readings of lists the text marks: by a marker family, numbered headlines, a table, a name's sentence opening each paragraph.
const MARKED = /^(?:marker:|headlines$|table$|leads$)/u;
// (Not where its items are the genre's furniture, half of them or more: fields a narrative's projects stand under, 人居环境方面。…)
const CONTAINER_SHARE = 0.5;
// A work's name ends on its noun: …工程 · …项目 · …行动.
const WORK_NOUN_END = /(?:工程|项目|行动|计划)$/u;
// Fewest runs from 1 of a family's marks that make them the parts of headings.
const MIN_PART_RUNS = 2;
// Fewest items a marked list must read for a narrative reading's pieces to be its items split.
const MIN_SPLIT_ITEMS = 3;
// …or two, numbered 1 and 2.
const NUMBERED_SPLIT_ITEMS = 2;
// The share of a narrative reading's pieces that may stand outside the marked list it splits.
const MAX_STRAYS = 0.2;

/** Whether `pieces` (where each's title, or else its first passage, starts) lie inside `items` (each from its title to the next item's), but for a few strays, more of them than items, and each of `items` holds one or more. */
function splits(pieces: ItemDraft[], items: ItemDraft[], fewest = MIN_SPLIT_ITEMS): boolean {
  if (items.length < fewest || pieces.length <= items.length) return false;
  const starts = items.map((it) => it.titleSpan?.pos[0] ?? -1);
  if (starts.some((p, k) => p < 0 || (k > 0 && p <= starts[k - 1]!))) return false;
  const last = items.at(-1)!.passages.reduce((end, p) => Math.max(end, p.span.pos[p.span.pos.length - 1] ?? -1), starts.at(-1)!);
  const held = items.map(() => 0);
  let outside = 0;
  for (const piece of pieces) {
    const at = piece.titleSpan?.pos[0] ?? piece.passages[0]?.span.pos[0] ?? -1;
    // (A piece the narrative names without a place in the text, a heading it took as a project, stands nowhere.)
    if (at < 0) continue;
    if (at < starts[0]! || at > last) outside++;
    else held[starts.findLastIndex((p) => p <= at)]!++;
  }
  // (A piece or two outside the list, of a headline or a closing word, are the narrative's strays.)
  return outside <= pieces.length * MAX_STRAYS && pieces.length - outside > items.length && held.every((n) => n > 0);
}

/**
 * The reading left where no layout reads a list: projects the text names only in passing (针对A、
 * B、C、D等热点问题进行实地查看), scored like any other so its evidence is shown. Null where it names none.
 * `sitesOnly`: only the sites an inspection visits (先后到A、B、C进行实地察看), the reading let compete with
 * readings worth less than nothing.
 */
export function lastResortCandidate(blocks: Block[], statedCounts: number[], sitesOnly = false): Candidate | null {
  const structure = sitesOnly ? sitesVisited(blocks) : namesInPassing(blocks);
  if (!structure?.items.length) return null;
  return score("passing", structure, statedCounts, figuresOf(blocks), blocks);
}

/** The figures of the blocks a reading may cover (a headline's repeat no figure of its own). */
// A number that opens a line before a space (01 新增托位3000个) numbers it: it is no figure.
const LINE_NUMBER = /^\s*\d{1,3}(?=\s)/u;
const figuresIn = (text: string): number => countFigures(text.replace(LINE_NUMBER, ""));
const figuresOf = (blocks: Block[]): number => blocks.reduce((n, b) => n + (b.type === "headline" ? 0 : figuresIn(b.text)), 0);

// An item that is only a place's full name (1、金寨县；2、裕安区 · a table's row per 市州) ranks
// or tabulates the regions, not the projects.
const PLACE_NAME = /^[\u4e00-\u9fff]{2,12}(?:省|市|县|区|州|盟|旗)$/u;
const isPlace = (item: ItemDraft) => PLACE_NAME.test(item.title) && regionIndex().byName.has(item.title);

// Items that name a web address, an app or an account (登录浙江政务服务网(www.…) · 关注…微信公众号),
// half a reading's items or more, tell the public how to take part (vote, comment), not projects.
// (One such item among projects is a project whose title carries a link: it stays, and is escaped.)
const WAY_TO_TAKE_PART = /https?(?![a-z])|www\.|\.(?:cn|com)\b|公众号|客户端|小程序|APP/iu;
const isWayToTakePart = (item: ItemDraft) => WAY_TO_TAKE_PART.test(item.title);

// A title that opens on one of the economy's yearly targets (地区生产总值增长6%左右 · 城镇登记失业率控制在4.5%以内).
const ECONOMY_TARGET = /^(?:地区生产总值|一般公共预算收入|(?:全体|城乡|城镇|农村)?居民人均可支配收入|城镇(?:登记|调查)失业率|居民消费价格|(?:全社会)?固定资产投资|社会消费品零售总额|单位(?:GDP|生产总值)能耗)/u;

/** The reading without items that only name a place, or that tell the ways to take part; none where half its items or more are the economy's targets. */
// A government body's name: 教育厅 · 发改委 · 人社局 · 扶贫办 · 残联 (not 中心 or 院: 新建养老服务中心 is a work).
const BODY_NAME = /^[\u4e00-\u9fff]{1,12}(?:厅|局|委|办|联|署)$/u;
// A date is no project's name (a notice's date under its last line, 2021年12月15日; a dateline the page ran into a paragraph).
const DATE_ONLY = /^\d{4}[-.\/年]\d{1,2}[-.\/月]\d{1,2}日?$/u;

// A title that opens on a person (我们每月能领到 · 他家 · 我局承办: a quote or a body speaking of itself), or that only names money
// raised or paid (到位资金 · 拨付 · 投资), or a schedule (超序时进度), names no project.
const NO_PROJECT_TITLE = /^(?:我们|我(?![市县区省州旗])|他们|他|她们|她|大家|咱们)|^(?:累计|已)?(?:到位|拨付|下达|筹集|投入|争取|完成)?(?:资金|投资|拨付)(?:额)?$|^超序时进度$/u;

export function withoutNonProjects(structure: Structure): Structure {
  // (A work report's targets for the year, 1.地区生产总值增长6%左右；2.一般公共预算收入增长3%；…, are no livelihood projects.)
  if (structure.items.filter((it) => ECONOMY_TARGET.test(it.title)).length * 2 >= structure.items.length) return { ...structure, items: [] };
  // (Nor are the bodies that lead them, named in a run: 发改委、教育厅、…、残联等…牵头单位的主要负责人.)
  if (structure.items.filter((it) => BODY_NAME.test(it.title)).length * 2 > structure.items.length) return { ...structure, items: [] };
  const ways = structure.items.filter(isWayToTakePart).length >= structure.items.length / 2;
  const off = (it: ItemDraft) => isPlace(it) || DATE_ONLY.test(it.title) || NO_PROJECT_TITLE.test(it.title) || (ways && isWayToTakePart(it));
  if (!structure.items.some(off)) return structure;
  return { ...structure, items: structure.items.filter((it) => !off(it)) };
}

// A themed heading stands over works of its own where at least this many of its paragraphs' works are read.
const MIN_THEME_WORKS = 2;

/** The headings, marked as grouping the projects where a themed reading splits most of them into works. */
const withThemes = (headings: Structure | null, themed: Structure[]): Structure | null => (headings && themed.length ? { ...headings, themed: true } : headings);

/**
 * A feature story's themed headings over prose (住有所居 安居更安心 ‖ 全市改造老旧小区52个…。全年改造供水管网38公里… ‖
 * 老有所养 幼有所育 ‖ …), or a work report's numbered ones ((一)着眼稳就业、优教育… ‖ 围绕稳岗就业扩容,… ‖ 围绕义务教育…),
 * fewer than the projects the text states: the works under each heading are the projects. Two readings of them: each
 * heading's paragraphs read on their own by the ordinary readers, and each of its paragraphs with figures one work. A
 * heading under which fewer than two works are read is one project itself. Only where most headings hold several works
 * (one heading over two works is a project and its parts); the stated count decides between these and the headings.
 * Under numbered headings, a work is a paragraph of its own: one paragraph of works under 1、缓解市民“出行难”。 is a
 * project and its parts (优化调整公交线路25条,新增公交车800辆。…), whatever the count, which a page cut after its
 * second item may meet by chance.
 */
function themedReadings(blocks: Block[], headings: Structure | null, statedCounts: number[], numbered = false): Structure[] {
  if (!headings || !statedCounts.length || headings.items.length >= Math.min(...statedCounts)) return [];
  // (Each heading's line: the block its first passage stands in.)
  const heads = headings.items.map((it) => blocks.findIndex((b) => it.passages[0] !== undefined && b.paragraph.span.pos.includes(it.passages[0].span.pos[0]!)));
  // (A heading line that tells figures of its own is a project's, not a theme's: (一)稳岗扩就业。城镇新增就业1.3万人….)
  if (heads.some((h) => h < 0 || countFigures(blocks[h]!.text) > 0)) return [];
  // (Prose only: lines numbered under a heading are its project's parts, 缓解停车难问题 ‖ 1.… 2.….)
  const sections = heads.map((h, k) => {
    const own: Block[] = [];
    for (let i = h + 1; i < (heads[k + 1] ?? blocks.length) && blocks[i]!.type === "body"; i++) own.push(blocks[i]!);
    // (Paragraphs that open on a field's label are one project's fields: ——推进适老化改造 ‖ 目标：… ‖ 完成情况：…; and a heading
    // that names a work by its noun, ■养老服务提升工程, is that work, its paragraph's figures its own.)
    return own.some((b) => FIELD_OPENING.test(b.text)) || NAMED_WORK.test(blocks[h]!.text) ? [] : own;
  });
  const readings: Structure[] = [];
  // (Each paragraph one work, or, in a section where that finds fewer than two, its paragraphs as read.)
  // (One work a section's only figured paragraph names by its noun is that section's work: 就业创业促进项目全年实现…；转移…。)
  const paragraphsOrRead = (own: Block[]) => {
    const works = figuredParagraphs(own);
    return works.length >= MIN_THEME_WORKS || (works.length === 1 && namedWork.has(works[0]!)) ? works : readWorks(own);
  };
  for (const worksOf of numbered ? [figuredParagraphs] : [readWorks, paragraphsOrRead]) {
    const items: ItemDraft[] = [];
    let split = 0;
    sections.forEach((own, k) => {
      const works = worksOf(own);
      if (works.length >= MIN_THEME_WORKS) {
        split++;
        for (const it of works) items.push({ ...it, no: null, list: 0, group: k });
      } else if (works.length === 1 && namedWork.has(works[0]!)) items.push({ ...works[0]!, group: k });
      // (The first heading or the last, where its paragraphs name no work at all, opens or closes the story: 群众点单：实事清单从民意中来 ‖
      // “今年的30件实事，有14件…” · 代表督单：年底交账不是终点 ‖ ….)
      else if (works.length > 0 || (k > 0 && k < sections.length - 1)) items.push({ ...headings.items[k]!, group: k });
    });
    if (split * 2 > heads.length) readings.push({ items, preamble: headings.preamble, lists: 1 });
  }
  return readings;
}

// A paragraph that opens on a short label and its colon: 目标：… · 完成情况：… · 进展情况：…
const FIELD_OPENING = /^[\u4e00-\u9fff]{1,6}[:：]/u;

/** A section's works as the ordinary readers read its paragraphs. */
const readWorks = (own: Block[]): ItemDraft[] => proposeCandidates(own, []).find((c) => c.score > 0 && c.structure.lists === 1)?.structure.items ?? [];

// The works a paragraph named by their nouns (namedWorkItems), as figuredParagraphs read them.
const namedWork = new WeakSet<ItemDraft>();

/**
 * A section's paragraphs with figures, each one work, named as a feature's paragraph names it (story.ts); a paragraph that
 * names its works by their nouns, each opening a clause with its figures, is those works.
 */
function figuredParagraphs(own: Block[]): ItemDraft[] {
  const items: ItemDraft[] = [];
  for (const b of own) {
    if (!countFigures(b.text)) continue;
    const works = namedWorkItems(b);
    if (works) {
      for (const it of works) namedWork.add(it);
      items.push(...works);
      continue;
    }
    const named = titleOf(b.text);
    // (A paragraph that names no work tells more of the one before it.)
    if (named) items.push(paragraphItem(b, named.title, named.at));
    else items.at(-1)?.passages.push({ span: b.paragraph.span, role: null });
  }
  return items;
}

/** The highest score a reader's reading can reach: numbering, count (where one is stated), figures and coverage all perfect. */
function bestPossible(proposer: Proposer, counted: boolean): number {
  return WEIGHTS.numbering * (proposer.numbered ? 1 : 0.5) + (counted ? WEIGHTS.count : 0) + WEIGHTS.figures + WEIGHTS.coverage + (PRIOR[proposer.layout] ?? 0);
}

// An item's title this short, ending the text, is one the page cut (二、实施农村公 · 八、关).
const STUB_TITLE = 6;

/** Whether the items run to the end of a text the page cut mid-sentence (…全市计划新改扩建幼儿园、小学、初中、高中). */
export function runsToCut(items: ItemDraft[], blocks: Block[]): boolean {
  const kept = blocks.filter((b) => !b.paragraph.noise);
  const end = kept.at(-1);
  // A list whose items stand over paragraphs of their own, ending on an item's line with none under it.
  const bareLastItem = end?.type === "marker" && kept.at(-2)?.type === "body";
  const reach = items.at(-1)?.passages.at(-1)?.span.pos.at(-1);
  // A heading or an item's line ends unclosed as written; prose cut short says the page was cut
  // (short enough to look like a headline, it still runs on past its commas), and so does an
  // item's title too short to be whole with nothing after it (二、实施农村公), or any item's title
  // with nothing after it where the items before it had paragraphs (…1.增加学位供给 ‖ 新增100万个… ‖ 2.健全学前至普通高中 各学段生均经),
  // or an item whose line runs on past its title into sentences and stops unclosed (7.困难群众救助项目。为650名…，为1800名重度).
  const runsOn = end?.type === "marker" && /[。，,]/u.test(end.rest ?? "");
  const cut = !!end && (end.type === "body" || end.type === "label" || (end.type === "headline" && /[,，、;；]/u.test(end.text)) || (end.type === "marker" && ((end.rest ?? "").trim().length <= STUB_TITLE || bareLastItem || runsOn)));
  return cut && reach !== undefined && !CLOSED_END.test(end.text) && reach >= (end.paragraph.span.pos[0] ?? Infinity);
}

/**
 * Whether a family's marks all stand between two marks in a row of another family that opens
 * before it (一、污水治理 ‖ 1.… 2.… 3.… ‖ 二、城市交通治堵): the sub-parts of one item of that list.
 */
function enclosedInOneItem(marks: number[], others: number[][]): boolean {
  const first = marks[0];
  const last = marks.at(-1);
  if (first === undefined || last === undefined) return false;
  return others.some((o) => o !== marks && o.some((m, k) => m < first && (o[k + 1] ?? -1) > last));
}

/**
 * A reading of a family's marks, and, where its numbers restart (a work report's sections (一)…(六), then its
 * programme's (一)…(十)) and exactly one of its runs holds as many items as the text states, that run alone:
 * the count and the numbers 1..N together are the evidence that it is the list.
 */
function withCountedRun(structure: Structure | null, statedCounts: number[], blocks: Block[]): Array<Structure | null> {
  if (!structure || !statedCounts.length || structure.lists > 1) return [structure];
  const runs: ItemDraft[][] = [];
  for (const item of structure.items) {
    const run = runs.at(-1);
    if (run && item.no !== null && item.no === run.at(-1)!.no! + 1 && item.list === run.at(-1)!.list) run.push(item);
    else runs.push([item]);
  }
  // (Runs numbered from 1, or sections an excerpt kept one or two of, shorter than the counted run: （一）…（二）… ‖ …… ‖
  // （六）深化重点领域改革…… ‖ （七）持续保障和改善民生。… ‖ （一）棚户区改造。… … （十）….)
  const counted = runs.filter((run) => statedCounts.includes(run.length));
  const run = counted[0];
  if (runs.length < 2 || counted.length !== 1 || runs.some((r) => r[0]!.no !== 1 && r.length >= run!.length)) return [structure];
  const at = blockAt(blocks, itemStart(run![0]));
  return [structure, { ...structure, items: run!, preamble: at >= 0 ? blocks.slice(0, at) : structure.preamble }];
}

// A heading that announces some of the programme's works, not all: 三、部分项目进展情况 · 重点项目推进情况.
const SOME_HEADING = /部分(?:项目|实事|工程|事项)|(?:重点|典型)(?:项目|实事)(?:进展|推进)/u;

/**
 * The run of marks numbered from 1 right under a heading that announces some of the works (三、部分项目进展情况 ‖ 1、… ‖ 2、…),
 * as a selection of the programme its stated count does not speak against; null where no run stands so.
 */
function someUnderHeading(structure: Structure | null, blocks: Block[]): Structure | null {
  if (!structure || structure.lists > 1) return null;
  const items = structure.items;
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.no !== 1) continue;
    const at = blockAt(blocks, itemStart(items[k]));
    if (at < 1 || !SOME_HEADING.test(blocks[at - 1]!.text)) continue;
    let end = k + 1;
    while (end < items.length && items[end]!.no === items[end - 1]!.no! + 1) end++;
    if (end - k < 2) continue;
    return { ...structure, items: items.slice(k, end), preamble: blocks.slice(0, at), partial: true };
  }
  return null;
}

// A run's heading is this short or shorter.
const MAX_RUN_HEADING = 20;

/**
 * Of runs of marks each numbered from 1 under its own heading, the one whose heading names the programme where the others' name
 * none (十大工程 ‖ 1 ‖ … ‖ 十件民生实事 ‖ 1 ‖ …): the programme's works, the other runs another list the text gives beside them.
 */
function runUnderProgramme(structure: Structure | null, blocks: Block[]): Structure | null {
  if (!structure || structure.lists > 1) return null;
  const items = structure.items;
  const runs: Array<{ from: number; to: number; heading: string }> = [];
  for (let k = 0; k < items.length; k++) {
    if (items[k]!.no !== 1) continue;
    let end = k + 1;
    while (end < items.length && items[end]!.no === items[end - 1]!.no! + 1) end++;
    const at = blockAt(blocks, itemStart(items[k]));
    // (A heading: a line of its own, short and closed by no stop.)
    const heading = at > 0 ? blocks[at - 1]! : undefined;
    runs.push({ from: k, to: end, heading: heading && (heading.type === "headline" || heading.type === "body") && heading.text.length <= MAX_RUN_HEADING && !/[。；;:：]/u.test(heading.text) ? heading.text : "" });
    k = end - 1;
  }
  if (runs.length < 2 || runs.reduce((n, r) => n + r.to - r.from, 0) !== items.length) return null;
  const named = runs.filter((r) => PROGRAMME_NAME.test(r.heading));
  if (named.length !== 1 || runs.some((r) => !r.heading)) return null;
  const run = named[0]!;
  return { ...structure, items: items.slice(run.from, run.to), preamble: blocks.slice(0, blockAt(blocks, itemStart(items[run.from]))) };
}

/** The blocks where a reading's items open, in order (for readers that number items inside paragraphs). */
function itemBlocks(structure: Structure, blocks: Block[]): number[] {
  return structure.items.map((it) => blockAt(blocks, itemStart(it)));
}

/** Where an item opens in the text: its title's first character, else its first passage's; -1 for none. */
const itemStart = (it: ItemDraft | undefined): number => (it?.titleSpan ?? it?.passages[0]?.span)?.pos[0] ?? -1;

/** The block whose paragraph holds the text's position `at`, or -1. */
const blockAt = (blocks: Block[], at: number): number => blocks.findIndex((b) => (b.paragraph.span.pos[0] ?? Infinity) <= at && at <= (b.paragraph.span.pos.at(-1) ?? -Infinity));

// Words announcing the candidates a vote chose from, not the programme: 遴选了12件提请人大代表票决候选项目。(1)…
const CANDIDATES_CUE = /候选|备选|提请[^。]{0,12}票决/u;
// How far before a list's first item its announcing words are looked for.
const CUE_REACH = 40;

/** Whether the words just before a reading's first item announce candidates (…票决候选项目。(1)…). */
function announcedAsCandidates(structure: Structure, blocks: Block[]): boolean {
  const start = itemStart(structure.items[0]);
  const k = blockAt(blocks, start);
  if (k < 0) return false;
  const at = blocks[k]!.paragraph.span.pos.indexOf(start);
  const before = at > 0 ? blocks[k]!.paragraph.span.text.slice(Math.max(0, at - CUE_REACH), at) : (blocks[k - 1]?.text.slice(-CUE_REACH) ?? "");
  return CANDIDATES_CUE.test(before);
}

/** How many items have a figure in their text. */
const figuredItems = (items: ItemDraft[]): number => items.filter((it) => it.passages.some((p) => figuresIn(p.span.text) > 0)).length;

/**
 * A table's rows under the projects their merged cells name (一、教育优质均衡提升工程 | … | 子项目 ‖ | | 子项目 ‖ 二、…), one item
 * each, where those projects are as many as the text states and the rows are not: the text counts the projects, the rows are
 * their parts. Null otherwise.
 */
function bySection(rows: Structure, stated: number[]): Structure | null {
  const sections = [...new Set(rows.items.map((it) => it.section))];
  if (sections.length < 2 || sections.some((s) => !s) || !stated.includes(sections.length) || stated.includes(rows.items.length)) return null;
  const items = sections.map((section, k): ItemDraft => {
    const own = rows.items.filter((it) => it.section === section);
    return { ...own[0]!, no: k + 1, title: section!, section: null, passages: own.flatMap((it) => it.passages), responsible: [...new Set(own.flatMap((it) => it.responsible))] };
  });
  return { ...rows, items };
}

/** A reading's items, list by list. */
const listsOf = (structure: Structure): ItemDraft[][] => Array.from({ length: structure.lists }, (_, list) => structure.items.filter((it) => it.list === list));

/** Whether a reading of several lists reads each as many items as a count the text states. */
function listsMeetCounts(structure: Structure, stated: number[]): boolean {
  if (structure.lists < 2) return false;
  return listsOf(structure).every((own) => stated.includes(own.length));
}

/** `groupsWorks`: the items group works the text counts (groupedWorkItems), so their count is no prefix of a list the page cut. */
function score(layout: string, structure: Structure, stated: number[], totalFigures: number, blocks: Block[] = [], enclosed = false, groupsWorks = false): Candidate {
  const items = structure.items;
  const withFigures = figuredItems(items);
  let inItems = 0;
  const seen = new Set<string>();
  for (const it of items)
    for (const p of it.passages) {
      const key = `${p.span.pos[0]}:${p.span.pos.length}`;
      if (seen.has(key)) continue;
      seen.add(key);
      inItems += figuresIn(p.span.text);
    }
  const lengths = items.map((it) => it.title.length).sort((a, b) => a - b);
  const coverage = totalFigures ? Math.min(1, inItems / totalFigures) : 0;
  // A selection of the stated count: a list the text marks as partial, or a layout that tells
  // one; prose naming projects one by one only where its sentences hold most of the figures.
  // (Not headings over lists of works, one ；-clause each: they group the projects, and the count speaks against them.)
  const grouping = items.filter((it) => it.passages.some((p) => (p.span.text.match(/[;；]/gu) ?? []).length >= GROUP_CLAUSES)).length >= items.length / 2;
  // (Nor examples with figures where the text tells most of its figures elsewhere: 其中，A…；B…；C… of six done, then the other works told in prose.)
  // (Nor names that a count right after them says are all of a group, A、B、C等3项正按序时推进 of 33: a group the text tells in full,
  // whose count is the evidence against it. Names as many as the programme, 等十件 of 十件, stay what the sentence says they are.)
  const whole = !!structure.partial && NAMED_SELECTIONS.has(layout) && !stated.includes(items.length) && countedAsWhole(items, blocks);
  // A few names a lede gives as examples (A、B、C……), where the text tells most of its figures outside them, are a selection
  // that counts against them, half: a feature story whose works its paragraphs tell.
  const examplesOnly = layout === "sentence" && !!structure.partial && !structure.countedGroups && items.length < Math.min(...stated) / 2 && coverage < MIN_SELECTION_COVERAGE && !!wordsAfter(items, blocks)?.match(/^\s*(?:…|⋯|\.{3})/u);
  // (A list whose own numbers pick some of the programme's, 第1项 · 第2项 · 第5项 … 第20项 of 20, is a selection the numbers tell.)
  const picked = pickedByNumber(items, stated, structure.lists);
  const selection = picked || (!whole && ((SELECTIONS.has(layout) && !grouping && !structure.themed && !structure.tagged) || (!!structure.partial && ((layout !== "named" && (layout !== "examples" || withFigures === 0)) || coverage >= MIN_NAMED_COVERAGE))));
  const repeated = items.filter((it, k) => items.slice(0, k).some((before) => before.list === it.list && before.title === it.title)).length;
  // A project read twice under one title counts once against the stated count; one whose title lists works the text counts
  // (此外，A、B、C、D、E等5件实事也全部按期完成 read as one) counts as many as that.
  const distinct = items.length - repeated + items.reduce((n, it) => n + worksNamedIn(it) - 1, 0);
  // (Items numbered in document order are judged by the numbers the text wrote: 一是…三是 ‖ 一是…二是 runs 1..3 and 1..2, no list 1..5.)
  const asWritten = structure.writtenNumbers ? items.map((it, k) => ({ ...it, no: structure.writtenNumbers![k]! })) : items;
  const evidence: Evidence = {
    items: items.length,
    numbering: picked ? 1 : numberingScore(asWritten),
    // The narrative reading cuts prose at its own guesses: how far it strays from the count is half the evidence. A count it
    // meets exactly is the whole (ten works told by 方面 where the text states ten, against four it names in quotes).
    // Groups each counted where they are named, and read as many, meet their counts.
    // So do lists of several years, each as many as a count the text states (票决2019年…A、…J十个项目 ‖ 2018年…十个…均已完成：…).
    count: structure.countedGroups || groupsMeetCounts(structure, blocks) || listsMeetCounts(structure, stated)
      ? 1
      : (selection && stated.some((n) => items.length <= n) ? (examplesOnly ? EXAMPLES_COUNT : 0) : countScore(distinct, stated, !groupsWorks && runsFromOne(asWritten), layout !== "narrative", !groupsWorks && runsToCut(items, blocks), items.every((it) => it.no === null))) * (layout === "narrative" && !stated.includes(distinct) ? NARRATIVE_COUNT_SHARE : 1),
    // (Lists of several years that each meet a stated count are judged by the list with figures: a plan names its works, a year's results count them.)
    figures: listsMeetCounts(structure, stated) ? Math.max(...listsOf(structure).map((own) => figuredItems(own) / own.length)) : withFigures / items.length,
    coverage,
    titleLength: lengths[Math.floor(lengths.length / 2)] ?? 0,
    containers: items.filter((it) => CONTAINER.test(it.title) && !tellsOwnField(it)).length / items.length,
    statements: items.filter((it) => STATEMENT.test(it.title)).length / items.length,
    repeats: repeated / items.length,
    ...(enclosed ? { enclosed } : {}),
  };
  const value =
    WEIGHTS.numbering * evidence.numbering +
    WEIGHTS.count * evidence.count +
    WEIGHTS.figures * evidence.figures +
    WEIGHTS.coverage * evidence.coverage +
    WEIGHTS.containers * evidence.containers +
    WEIGHTS.statements * evidence.statements +
    WEIGHTS.repeats * evidence.repeats +
    (enclosed ? WEIGHTS.enclosed : 0) +
    (items.length < 3 ? WEIGHTS.fewItems * (3 - items.length) : 0) +
    // A list that names its projects without figures, as many as the text states, is no worse for
    // figures standing elsewhere (last year's results before this year's list).
    // Nor is a list the text itself names as a selection of its programme (A、B、C等10项民生工程).
    (withFigures === 0 && totalFigures > 0 && evidence.count < 1 && !(structure.partial && NAMED_SELECTIONS.has(layout) && !whole) ? WEIGHTS.noFigures : 0) +
    (evidence.titleLength > LONG_TITLE ? WEIGHTS.longTitles : 0) +
    (stated.length && !stated.includes(items.length) && announcedAsCandidates(structure, blocks) ? WEIGHTS.candidates : 0) +
    (PRIOR[layout] ?? 0);
  return { layout, structure, evidence, score: Math.round(value * 1000) / 1000 };
}

// Names listed and counted after 等: A、B、C、D、E等5件实事 · A、B等3项.
const COUNTED_NAMES = /[、][^、，,。；;]{2,16}等\s*(\d+|[一二三四五六七八九十两]+)\s*[件项个]/u;

/** How many works an item holds by the text's count of the names its title lists (A、B、…等5件 → 5); else 1. */
function worksNamedIn(item: ItemDraft): number {
  if (!item.title.includes("、") || !item.titleSpan) return 1;
  const passage = item.passages.find((p) => p.span.pos.includes(item.titleSpan!.pos[0]!));
  const text = passage ? passage.span.text.slice(passage.span.pos.indexOf(item.titleSpan.pos[0]!)) : item.title;
  const m = COUNTED_NAMES.exec(text);
  const names = item.title.split("、").length;
  return m && m.index! < item.title.length && numeral(m[1]!) >= names ? numeral(m[1]!) : 1;
}

/** The words of its paragraph after the last item's name, or null where the name stands nowhere. */
function wordsAfter(items: ItemDraft[], blocks: Block[]): string | null {
  const end = items.at(-1)?.titleSpan?.pos.at(-1);
  if (end === undefined) return null;
  const block = blocks.find((b) => b.paragraph.span.pos.includes(end));
  return block ? block.paragraph.span.text.slice(block.paragraph.span.pos.indexOf(end) + 1) : null;
}

/** Whether the words right after the last item's name count the items, all of them: …、C等3项 after three names. */
function countedAsWhole(items: ItemDraft[], blocks: Block[]): boolean {
  const m = /^\s*等\s*(\d+|[一二三四五六七八九十两]+)\s*[项件个]/u.exec(wordsAfter(items, blocks) ?? "");
  return !!m && numeral(m[1]!) === items.length;
}

/**
 * Whether every group of the items holds as many as its heading states ((一)已完成任务共2项 ‖ 1.… 2.… ‖
 * (二)已开工建设任务共15项 ‖ 1.… …), the last perhaps fewer where the page was cut: the text counted them.
 */
function groupsMeetCounts(structure: Structure, blocks: Block[]): boolean {
  const counts = structure.groupCounts;
  if (!counts) return false;
  const groups = [...new Set(structure.items.map((it) => it.group ?? 0))];
  return groups.every((g, k) => {
    const held = structure.items.filter((it) => (it.group ?? 0) === g).length;
    const stated = counts[g] ?? null;
    const selected = structure.groupSelections?.[g] === true && held >= 1 && held < (stated ?? 0);
    return stated !== null && (held === stated || selected || (k === groups.length - 1 && held < stated && runsToCut(structure.items, blocks)));
  });
}

// A list that picks from its programme's numbers holds at least this many works.
const MIN_PICKED = 3;

/**
 * Whether the items' numbers rise, skipping at least half as many as they hold, and stay within a count the text states (民心工程第1项 · 第2项 · 第5项 … 第20项
 * under 20项民心工程): a progress notice giving some of the works under the programme's own numbers.
 */
function pickedByNumber(items: ItemDraft[], stated: number[], lists: number): boolean {
  if (lists > 1 || items.length < MIN_PICKED || items.some((it) => it.no === null)) return false;
  const rising = items.every((it, k) => k === 0 || it.no! > items[k - 1]!.no!);
  // (Numbers that skip one here and there, 1.… 2.… 4.… 5.…, lost a line's mark more likely than they picked.)
  const skipped = items.at(-1)!.no! - items[0]!.no! + 1 - items.length;
  return rising && skipped * 2 >= items.length && stated.some((n) => items.length < n && items.at(-1)!.no! <= n);
}

/**
 * 1 when the numbers run 1, 2, 3 … N, restarting at 1 only under a new heading (a new
 * level, section or list); 0.5 when the items carry no numbers (no evidence either way).
 */
export function numberingScore(items: ItemDraft[]): number {
  const numbered = items.filter((it) => it.no !== null);
  if (numbered.length < items.length / 2) return 0.5;
  // The size of the run each item opens under its heading.
  const runs = items.map(() => 0);
  let opener = 0;
  items.forEach((it, k) => {
    if (opensGroup(items[k - 1], it)) opener = k;
    runs[opener]!++;
  });
  const openers = runs.filter((n) => n > 0).length;
  const restarts = items.filter((it, k) => runs[k]! > 0 && it.no === 1).length;
  // Runs of one or two, each from 1, under each of many headings ("● X / 1.… ● Y / 1.… 2.…")
  // number the parts of the headings, not a list of projects.
  if (openers >= 3 && items.length / openers < 2 && restarts > openers / 2) return SHORT_RUN;
  let good = 0;
  items.forEach((it, k) => {
    const prev = items[k - 1];
    if (it.no === null) return;
    if (prev?.no != null && it.no === prev.no + 1) good++;
    // A restart at 1 is a list's start only where 2 follows it.
    else if (it.no === 1 && opensGroup(prev, it)) good += items.length === 1 || items[k + 1]?.no === 2 ? 1 : SHORT_RUN;
  });
  return good / items.length;
}

// How far behind the headings' reading a family numbered straight through them may score and still be the list.
const RUN_THROUGH_MARGIN = 0.5;
// How far below the winner a reading that holds the winner's works and more (another year's counted list, or rows run together
// inside the winner's numbered lines) may score and still be chosen.
const EXTENDED_MARGIN = 0.5;

/** Whether most of `items` are among `reading`'s, by title (one contains the other). */
function holdsMostOf(reading: ItemDraft[], items: ItemDraft[]): boolean {
  const held = items.filter((it) => reading.some((r) => r.title.includes(it.title) || it.title.includes(r.title))).length;
  return held * 2 > items.length;
}
// A count of at least this many, met but for one item, is half the evidence of one met exactly.
const NEAR_COUNT_MIN = 8;
const NEAR_COUNT = 0.5;

/**
 * +1 when the items match a stated count, falling to -1 as they stray from it; 0 with none
 * stated. Items numbered 1..k without a gap, k at least half the count, are the start of the
 * list (a page cut off, an excerpt): no evidence against, 0. One off a count of eight or more
 * is half an agreement where `near` (a reading that cuts where the text marks, not by guess).
 */
export function countScore(n: number, stated: number[], prefix = false, near = true, cutShort = false, unnumbered = false): number {
  if (!stated.length) return 0;
  const off = Math.min(...stated.map((s) => Math.abs(n - s) / s));
  if (off === 0) return 1;
  // One short of or over a long list's count (a name the page cut, a part read as two) still agrees.
  // (Not for the narrative reading, whose cuts are its own guesses.)
  if (near && stated.some((s) => s >= NEAR_COUNT_MIN && Math.abs(n - s) === 1)) return NEAR_COUNT;
  // Numbered 1..k, most of the count, or as far as a page cut mid-sentence goes: no evidence against.
  // Nor is an unnumbered list that runs to where the page was cut (not the narrative reading's guesses).
  if (prefix && stated.some((s) => n < s && (n >= s / 2 || cutShort))) return 0;
  if (unnumbered && near && cutShort && stated.some((s) => n < s)) return 0;
  return -Math.min(1, off * 2);
}

/** Whether the items are numbered 1, 2, 3 … k in order, without a gap or a restart. */
function runsFromOne(items: ItemDraft[]): boolean {
  return items.length > 0 && items.every((it, k) => it.no === k + 1);
}

/** The candidates as lines a reader can follow: layout, score and the evidence behind it. */
export function describeCandidates(candidates: Candidate[]): string[] {
  return candidates.map((c) => {
    const e = c.evidence;
    return `${c.layout.padEnd(16)} ${c.score.toFixed(2).padStart(6)}  items=${e.items} numbering=${e.numbering.toFixed(2)} count=${e.count.toFixed(2)} figures=${e.figures.toFixed(2)} coverage=${e.coverage.toFixed(2)} title=${e.titleLength} containers=${e.containers.toFixed(2)} statements=${e.statements.toFixed(2)} repeats=${e.repeats.toFixed(2)}${e.enclosed ? " enclosed" : ""}`;
  });
}
