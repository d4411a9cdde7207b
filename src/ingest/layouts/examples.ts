// Projects a news story gives as examples of its programme, in one sentence after a cue:
// 其中具体成效包括：实现全省中小学教室空调全覆盖；新建改扩建普通高中30所；…等。
// · 诸多项目聚焦群众身边事，如为适龄儿童免费进行口腔窝沟封闭、推动既有多层住宅加装电梯等。
// Each example is a project with the figures it states; the list says it is a selection.
import { sliceSpan, type Span, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle, splitTopLevel, topLevelPieces } from "../titles.ts";
import { YEAR, statedCount } from "../segment.ts";

// The cue that opens the examples: 包括 · 主要有 · 诸如 · 例如 · 比如 · 如 (a word of its own, not 如期 · 如何 · 如实).
// · or the projects the public or its deputies judged (代表对A；B；C等子项的实施情况满意率较高).
const CUE = /(?:包括|涵盖|主要有|诸如|例如|比如|聚焦|(?<=将)重点(?:实施|推进|做好)(?=[^。]*[;；])|(?<=[,，:：])如(?![期何实下此今果同数])|(?<=代表|群众|市民|居民|委员)对)\s*[:：]?/gu;
// The sentence, or the one before it, speaks of the programme's projects.
const PROGRAMME = /实事|项目|子项|工程/u;
// A sentence that announces a group of projects: 将启动一批惠民工程 · 办好以下民生实事 · 10件实事
const ANNOUNCES = /(?:一批|以下|如下|下列)[^。]{0,6}?(?:实事|工程|项目)|(?:\d+|[一二三四五六七八九十两]+)\s*[项件][^。]{0,8}?(?:实事|工程|项目)/u;
// What a cue after these words lists are means, not works: 资金来源包括… · 通过…等渠道.
const MEANS = /(?:资金|经费|来源|渠道|途径|方式)\s*$/u;
// Examples a list holds at least; two are a sentence's pair.
const MIN_EXAMPLES = 3;
// An example names a piece of work: at least this long (a topic, 就业、住房, is shorter) …
const MIN_EXAMPLE = 5;
// … or, among longer ones that are at least half the list, this long (危桥改造 beside 防洪工程建设).
const MIN_SHORT_EXAMPLE = 4;
// A list that closes by calling its names projects: …、城市综合提升等重点项目
const CLOSED_AS_PROJECTS = /等[^、]{0,6}(?:实事|项目|工程)$/u;
// What a list of topics, not of works, closes on: …、医疗卫生等领域.
const TOPICS_TAIL = /等(?:多个|各个?)?(?:领域|方面|行业|问题)/u;
// … and no longer than a long name of a project.
const MAX_EXAMPLE = 36;
// A task of a sentence of tasks, one per ；, may run longer: 全力推动教育均衡发展，加快…，完善4所…并实现招生
const MAX_CLAUSE = 60;

interface Group {
  year: number | null;
  items: ItemDraft[];
  /** The sentence before the examples and this one up to its cue: where the list's count and kind are told. */
  opening: string;
}

export function exampleItems(blocks: Block[]): Structure | null {
  const groups: Group[] = [];
  let first = -1;
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    let paragraphYear: number | null = null;
    let previous = "";
    let offset = 0;
    for (const sentence of b.text.split(/(?<=。)/u)) {
      // The year the sentence writes, or the paragraph before it wrote.
      const written = sentence.matchAll(YEAR).next().value;
      if (written) paragraphYear = Number(written[1]);
      const found = examplesIn(b, sentence, offset, previous) ?? moreExamples(b, sentence, offset, groups[groups.length - 1], previous);
      if (found) {
        if (first < 0) first = k;
        groups.push({ year: written ? Number(written[1]) : paragraphYear, items: found.items, opening: previous + sentence.slice(0, found.cueAt) });
      }
      previous = sentence;
      offset += sentence.length;
    }
  }
  if (!groups.length) return null;
  // Groups of different years are those years' lists; otherwise one list.
  const years = [...new Set(groups.map((g) => g.year))];
  const split = years.length > 1 && years.every((y) => y !== null);
  const listHeadings = years.map((y) => groups.filter((g) => g.year === y).map((g) => g.opening).join("\n"));
  const items = groups.flatMap((g) => g.items.map((it) => ({ ...it, list: split ? years.findIndex((y) => y === g.year) : 0 })));
  return {
    items,
    preamble: blocks.slice(0, first),
    lists: split ? years.length : 1,
    ...(split ? { listYears: years, listHeadings } : {}),
    partial: true,
  };
}

/** The examples one sentence gives after its cue, each with its own span, and where the cue stands; or null. */
function examplesIn(b: Block, sentence: string, offset: number, previous: string): { items: ItemDraft[]; cueAt: number } | null {
  for (const cue of allMatches(sentence, CUE)) {
    const start = cue.index! + cue[0].length;
    const body = sentence.slice(start).replace(/。$/u, "");
    // …or the list itself closes on them (聚焦A、B、C等重点项目).
    if (!PROGRAMME.test(sentence.slice(0, cue.index!)) && !PROGRAMME.test(previous) && !CLOSED_AS_PROJECTS.test(body.split(/[,，]/u)[0]!)) continue;
    // (Where the money comes from, or by which ways, is no work: 资金来源包括中央补助、市县配套….)
    if (MEANS.test(sentence.slice(0, cue.index!))) continue;
    // Long examples stand one per ；; short ones one per 、, up to the first comma (…、B等，惠及…).
    const clauses = /[;；]/u.test(body);
    // 以及 joins the last example to the others as a 、 would (…增长到90%以及继续实施…).
    const lastClosed = (p: string, k: number, all: string[]) => (k === all.length - 1 ? p.replace(/等[^、;；]*$/u, "") : p).trim();
    let run = (clauses ? body.split(/[;；]/u).flatMap(pairedTasks) : splitTopLevel(body.split(/[,，]/u)[0]!).flatMap((p) => p.split(/以及/u)))
      // The last may close with 等: …完成1.9万台电梯“焕新”等 · …二次供水设施等多个项目
      .map(lastClosed);
    // Names with a comma of their own (…运动场建设,实现标准运动场地全覆盖、继续建设…快检室,实现市区全覆盖): the
    // sentence's 、-pieces are the list where they, and not the pieces before its first comma, are as many as the count told.
    const told = clauses ? null : statedCount(previous + sentence.slice(0, cue.index!));
    if (told !== null && run.length < told) {
      const whole = topLevelPieces(body, "、").flatMap(([from, to]) => body.slice(from, to).split(/以及/u)).map(lastClosed);
      if (whole.length === told && whole.every((p) => p.length >= MIN_EXAMPLE && p.length <= MAX_CLAUSE)) run = whole;
    }
    const named = (p: string) => p.length >= MIN_EXAMPLE && p.length <= MAX_EXAMPLE;
    const works = run.every(named) || (!clauses && !TOPICS_TAIL.test(body.split(/[,，]/u)[0]!) && run.every((p) => p.length >= MIN_SHORT_EXAMPLE && p.length <= MAX_EXAMPLE) && run.filter(named).length * 2 >= run.length);
    const items = run.length >= MIN_EXAMPLES && works ? itemsAt(b, run, offset + start) : null;
    if (items) return { items, cueAt: cue.index! };
  }
  // No cue: tasks one per ；-clause that the sentence closes as projects (…新增6家…中心；…；创建100条“美丽街巷”等子项的实施情况满意率较高).
  const closed = CLOSED_CLAUSES.exec(sentence);
  if (closed) {
    const run = closed[1]!.split(/[;；]/u).map((p) => p.trim());
    const items = run.length >= MIN_EXAMPLES && run.every((p) => p.length >= MIN_EXAMPLE && p.length <= MAX_CLAUSE) ? itemsAt(b, run, offset + closed.index + closed[0].indexOf(closed[1]!)) : null;
    if (items) return { items, cueAt: closed.index };
  }
  // No cue: the projects of a satisfaction vote, one per ；-clause (美丽乡村建设工程，满意95票，基本满意27票；…).
  const voted = votedProjects(b.paragraph.span, sentence, offset);
  if (voted) return { items: voted, cueAt: 0 };
  // No cue: a sentence of tasks one per ；-clause, after one that announces them (…将启动一批惠民工程。完成A；实施B；落实C。).
  if (!ANNOUNCES.test(previous)) return null;
  const run = sentence.replace(/。$/u, "").split(/[;；]/u).map((p) => p.trim());
  if (run.length < MIN_EXAMPLES || !run.every((p) => p.length >= MIN_EXAMPLE && p.length <= MAX_CLAUSE)) return null;
  const items = itemsAt(b, run, offset);
  return items && { items, cueAt: 0 };
}

// ；-clauses a sentence closes as projects, after a short opening clause at most: (从测评结果来看，)A；B；C等子项…
const CLOSED_CLAUSES = /^(?:[^。;；,，]{0,12}[,，])?\s*((?:[^。;；]{5,60}[;；]){2,}[^。;；]{5,60}?)等(?:子项|项目|工程|实事)/u;
// A clause that measures the task before it: its area, investment or length (面积约18万平方米 · 总投资3亿元).
const MEASURE_OF = /(?:面积|投资|总量|长度|里程|资金)(?:约|达到?|为|共|合计)?\s*[\d.]+/u;
// A clause that tells where the task before it stands: 目前已达… · 现已完成… · 截至10月…
const STATUS_OPENER = /^(?:目前|现已|现在|已经?|均已|截至|截止)/u;

/** A ；-clause of two tasks each with its figure (完成…改善200户、完成…配置350户): the two; else the clause. */
function pairedTasks(clause: string): string[] {
  const parts = splitTopLevel(clause);
  // Each names its own work, not only another count of the same (幼儿园10所、中小学5所 is one), nor
  // how far the one before got (占比达到45%，目前已达46.2%), nor what it measures (…整治，绿化修复提升面积约18万平方米).
  const own = (p: string, k: number) => /\d/u.test(p) && p.replace(/[\d.]/gu, "").trim().length >= MIN_EXAMPLE && !(k > 0 && (STATUS_OPENER.test(p) || MEASURE_OF.test(p)));
  return parts.length > 1 && parts.every(own) ? parts : [clause];
}

// A project's name, then the votes it got: 农村公路改造提升工程，满意161票 (after 测评结果显示， in the first clause).
const VOTED = /^(?:[^,，;；]{0,16}?(?:显示|结果|如下)[,，:：])?\s*([^,，:：;；]{3,30}?)\s*[,，:：]\s*(?:非常满意|很满意|满意)(?:票数|率)?\s*\d/u;

/** The projects a satisfaction vote names, one per ；-clause, at least MIN_EXAMPLES, each named before its votes (which are no figures of the project); or null. */
function votedProjects(span: Span, sentence: string, offset: number): ItemDraft[] | null {
  const clauses = sentence.replace(/。$/u, "").split(/[;；]/u);
  if (clauses.length < MIN_EXAMPLES || !clauses.every((c) => VOTED.test(c))) return null;
  const items: ItemDraft[] = [];
  let at = offset;
  for (const clause of clauses) {
    const name = VOTED.exec(clause)![1]!.trim();
    const from = span.text.indexOf(name, at);
    if (from < 0) return null;
    at = from + name.length;
    items.push({ no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, from, from + name.length), level: null, section: null, responsible: [], passages: [], list: 0 });
  }
  return items;
}

/** The projects of the first satisfaction vote a paragraph tells (its sentences, one by one); or null. */
export function votedItems(span: Span): ItemDraft[] | null {
  let offset = 0;
  for (const sentence of span.text.split(/(?<=。)/u)) {
    const items = votedProjects(span, sentence, offset);
    if (items) return items;
    offset += sentence.length;
  }
  return null;
}

// The sentence right after a run of examples closed by 等 that names more of the programme's
// projects: 其中，“暖房子”工程、城建“五个一”工程和新增停车泊位30万个均提前超额完成。
const MORE_EXAMPLES = /^\s*其中[,，]\s*((?:[^、,，。;；]{3,30}、)*[^、,，。;；]{3,30}?和[^、,，。;；]{3,30}?)(?=均|都|全部|已|也)/u;

/** The projects such a sentence names that the examples before it did not, or null. */
function moreExamples(b: Block, sentence: string, offset: number, before: Group | undefined, previous: string): { items: ItemDraft[]; cueAt: number } | null {
  if (!before || !/等[^。]{0,8}。?$/u.test(previous)) return null;
  const m = MORE_EXAMPLES.exec(sentence);
  if (!m) return null;
  const run = m[1]!.split(/、|和/u).map((p) => p.trim());
  const known = new Set(before.items.map((it) => it.title));
  const items = itemsAt(b, run, offset + m.index + m[0].indexOf(m[1]!))?.filter((it) => !known.has(it.title));
  return items?.length ? { items, cueAt: 0 } : null;
}

/** An item per piece, found in order from `at` in the block, its figures its own; null where a piece is not found. */
export function itemsAt(b: Block, run: string[], at: number): ItemDraft[] | null {
  const items: ItemDraft[] = [];
  for (const piece of run) {
    const from = b.text.indexOf(piece, at);
    if (from < 0) return null;
    at = from + piece.length;
    const span = sliceSpan(b.paragraph.span, from, from + piece.length);
    // A piece of several clauses is named by its first (新建…中小学7所,新增学位7000个 · 新建改建口袋公园,增加…空间约1万平方米).
    const first = piece.split(/[,，]/u)[0]!;
    items.push({ no: null, title: cleanTitle(first.length >= MIN_EXAMPLE ? first : piece), titleSpan: span, level: null, section: null, responsible: [], passages: [{ span, role: null }], list: 0 });
  }
  return items;
}
