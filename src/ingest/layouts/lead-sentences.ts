// A feature story's list: one paragraph per project, opening with the project's name as a
// short sentence of its own ("城乡人居环境整治工程。完成农村无害化卫生厕所改造2.4万座…").
import { sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import { labelPassage, type ItemDraft, type Structure } from "../draft.ts";
import { LEVEL_MARK, PROGRAMME_NAME, cleanTitle, levelOfMark, splitUnits, topLevelPieces } from "../titles.ts";
import { itemsAt } from "./examples.ts";
import { FIELD_LABELS } from "../markers.ts";
import { countFigures } from "../figures-count.ts";
import { SPEAKER_LABEL, TASK_FIELD } from "./narrative.ts";

// A name is short and states no figure: a longer or figured first sentence is prose.
const MAX_NAME = 28;
const MIN_NAME = 3;
// Words that point to a work or describe works, naming none: 该项目 · 此项工程 · 项目 · 对推进缓慢的项目 · 已完成的项目.
const NO_NAME = /^(?:[该此这本其各每][个些项]?|所有|全部|相关|有关|[^“”]*的)?(?:项目|工程|行动)$/u;
// A field's heading that is its line's whole text: 教育方面： · 住房保障方面:
const FIELD_HEADING_LINE = /^\s*[\u4e00-\u9fff]{2,10}方面\s*[:：]\s*$/u;
// Fewer such paragraphs in a run are prose, not a list.
const MIN_ITEMS = 3;
// The name's sentence: up to its 。 (or ：), at the paragraph's start; a remark in brackets after
// the name (its years: 2606个撤并村通公路(2013—2017年)。) is no part of it; one inside it is (口袋公园(带状公园)建设项目。).
const LEAD = /^([^。:：,，;；(（]{3,40}?(?:[(（][^()（）。]{1,16}[)）][^。:：,，;；(（]{1,16})?)([(（][^()（）。]{1,16}[)）])?[。:：]/u;
// …though a name that states its works' sizes runs longer (新建城市社区日间照料中心300个、农村互助幸福院1500个。).
const MAX_SIZED_NAME = 40;
// …or, in a run whose leads are names for the most part, a target of two or three works parted by commas (新增城市公交线路4条，
// 更新公交车40辆。 · 实施城乡环境卫生整治，新增垃圾转运站12座。): sized, and no sentence of prose (今年以来，… · 上半年，…).
const SIZED_LEAD = /^((?:[^。:：,，;；(（]{2,24}[,，]){1,2}[^。:：,，;；(（]{2,24})[。]/u;
const PROSE_OPENING = /^(?:今年|去年|明年|全年|上半年|下半年|前三季度|一季度|截至|截止|目前|近年|\d{4}年|据|记者|为|在|按照|围绕|针对|通过)/u;
/**
 * The lead sentence a paragraph opens on (LEAD), where its name is short, or sized and a little longer; else null. `sized`: a
 * target of works parted by commas may lead too (SIZED_LEAD).
 */
function leadOf(text: string, sized = false): RegExpExecArray | null {
  const m = LEAD.exec(text);
  if (m) {
    // (Up to a remark in brackets inside it, as the pattern reads it.)
    const head = m[1]!.split(/[(（]/u)[0]!;
    if (head.length <= MAX_NAME || (/\d/u.test(head) && head.length <= MAX_SIZED_NAME)) return m;
  }
  const s = sized ? SIZED_LEAD.exec(text) : null;
  return s && s[1]!.length <= MAX_SIZED_NAME && /\d/u.test(s[1]!) && !PROSE_OPENING.test(s[1]!) ? s : null;
}
// A news story's dateline before its colon: 国际在线重庆频道消息 · 本报讯 · 新华社北京1月5日电.
const DATELINE = /(?:消息|讯|电|报道)$/u;
// A sentence that says what a thing is or bears on (X是Y · X事关Y · X关系到Y): a claim, no name.
const CLAIM = /[^一二三四五六七八九十]是|事关|关系到|连着|牵动/u;

// A lead that judges a field rather than naming a work: its topic, then how it went (学前教育资源持续扩容 ·
// 城市路网加快完善 · 菜篮子工程提质增效 · 城乡公厕建设提速 · 就业形势保持稳定 · 兜底保障更加牢固).
const JUDGED = /(?:更加|持续|不断|加快|稳步|逐步|明显|显著|有效|全面|进一步|保持|成效)(?:扩容|完善|提升|改善|加强|推进|缓解|稳定|牢固|优化|见效|落地|明显|显著|向好)$|提质增效$|提速$/u;
// The work a judged lead's paragraph plans or reports first: 今年计划新增公办幼儿园学位5400个 → 新增公办幼儿园学位 ·
// 上半年全市实现城镇新增就业1.62万人 → 城镇新增就业.
const PLANNED_WORK = /(?:计划|目标(?:是|为)?)((?:新增|新建|改造|打通|开工|建设|建成|完成|实施|提升|发放|开展|培训|筛查|救助|安置|扩建|改扩建|新改建)[^\d,，。;；:：]{2,18}?)(?=\s*(?:\d|[一二三四五六七八九十两百千万]+\s*[个座家条所套户人名项处公里]))/u;
const DONE_WORK = /^(?:[^,，。;；\d]{0,8}?(?:全市|全省|全县|全区))?(?:实现|完成|累计)?([^\d,，。;；:：]{3,16}?)(?=\s*\d)/u;

/** The title of a judged lead's project: the work its paragraph plans, else the first it reports, else the lead less its judgement. */
function judgedTitle(name: string, text: string): string {
  const planned = PLANNED_WORK.exec(text)?.[1];
  if (planned) return planned;
  const first = text.split(/[。;；]/u)[0] ?? "";
  const done = DONE_WORK.exec(first.replace(/^(?:今年|上半年|全年|截至[^,，]{1,10}[,，]?|目前)[,，]?/u, ""))?.[1];
  return done ?? name.replace(JUDGED, "");
}

// A work's name told as a sentence of its own inside a paragraph, before the sentences of its figures: 就业创业提质。城镇新增就业7320人…
const INLINE_LEAD = /(?<=^|。)([\u4e00-\u9fff]{2,8})。(?=[^。]*\d)/gu;

/**
 * The blocks with a paragraph that runs several works together, each opened by a short name of its own (就业创业提质。城镇新增就业
 * 7320人…。学位扩容增量。…新增学位1800个…。基层医疗提升。…), cut at each name: a paragraph per work, as the leads reader reads
 * them. Null where no paragraph holds MIN_ITEMS such names, the first at its start.
 */
export function inlineLeadBlocks(blocks: Block[]): Block[] | null {
  let cut = false;
  const out = blocks.flatMap((b) => {
    if (b.type !== "body") return [b];
    const leads = allMatches(b.text, INLINE_LEAD).filter((m) => !PROGRAMME_NAME.test(m[1]!) && !CLAIM.test(m[1]!));
    if (leads.length < MIN_ITEMS || leads[0]!.index !== 0) return [b];
    cut = true;
    return leads.map((m, k) => {
      const span = sliceSpan(b.paragraph.span, m.index!, leads[k + 1]?.index ?? b.text.length);
      return { ...b, paragraph: { ...b.paragraph, span }, text: span.text, rest: span.text, restAt: 0 };
    });
  });
  return cut ? out : null;
}

export function leadSentenceItems(blocks: Block[]): Structure | null {
  // A lead that names the programme (民生实事连着民心。…) is the closing word, no project.
  // So is one that makes a claim (就业是民生之本。 · 教育事关千家万户。): a theme's opening, not a name.
  // So is a news story's dateline (国际在线重庆频道消息：…), and a headline whose words after the colon name the programme
  // (重庆潼南：12件重点民生实事上半年完成投资过半).
  const hasLead = (b: Block | undefined, sized = false) => {
    const lead = b && b.type === "body" ? leadOf(b.text, sized) : null;
    return !!lead && !PROGRAMME_NAME.test(lead[1]!) && !CLAIM.test(lead[1]!) && !DATELINE.test(lead[1]!) && !(/[:：]$/u.test(lead[0]) && PROGRAMME_NAME.test(b!.text.slice(lead[0].length).split("。")[0]!));
  };
  // A lead with text of its own, or a name and colon alone whose text is the next paragraph (OCR breaks).
  const nameOnly = (k: number) => hasLead(blocks[k]) && /[:：]$/u.test(blocks[k]!.text.trim()) && blocks[k + 1]?.type === "body" && !hasLead(blocks[k + 1]);
  const isLeadAt = (k: number, sized = false) => hasLead(blocks[k], sized) && (blocks[k]!.text.length > leadOf(blocks[k]!.text, sized)![0].length + 2 || nameOnly(k));
  // Under a lead paragraph may stand its labelled lines (完成情况：… · 责任单位：…) and its sub-parts ((一)… · 1.…).
  const belongs = (b: Block) => b.type === "label" || b.type === "marker";
  let best: Array<[number, number]> = [];
  // (A run may hold leads that are targets of works parted by commas, as long as most of its leads are names: SIZED_LEAD.)
  for (let i = 0; i < blocks.length; ) {
    if (!isLeadAt(i, true)) {
      i++;
      continue;
    }
    const run: Array<[number, number]> = [];
    let j = i;
    while (j < blocks.length && isLeadAt(j, true)) {
      let end = nameOnly(j) ? j + 2 : j + 1;
      while (end < blocks.length && belongs(blocks[end]!)) end++;
      run.push([j, end]);
      j = end;
    }
    const named = run.filter(([at]) => isLeadAt(at)).length;
    if (named >= MIN_ITEMS && named * 2 >= run.length && run.length > best.length) best = run;
    i = j;
  }
  if (best.length < MIN_ITEMS) return null;
  // Leads that judge how a work went (教育条件持续改善。) are named by the work their paragraph tells, where most leads of the list
  // judge; where most do not, each lead names its work, however it is phrased (稳岗就业扎实推进 · 城市供热更加稳定).
  const judgedLeads = best.filter(([at]) => JUDGED.test(leadOf(blocks[at]!.text, true)![1]!.trim())).length * 2 >= best.length;
  const items: ItemDraft[] = best.map(([at, end]) => {
    const b = blocks[at]!;
    const lead = leadOf(b.text, true)!;
    const name = lead[1]!.trim();
    const span = b.paragraph.span;
    const under = blocks.slice(at + 1, end).map((x) => (x.type === "body" ? { ...x, restAt: 0 } : x));
    return {
      no: null,
      title: cleanTitle(name.length >= MIN_NAME && name.length <= MAX_NAME ? (judgedLeads && JUDGED.test(name) ? judgedTitle(name, span.text.slice(lead[0].length)) : name) : b.text.slice(0, MAX_NAME)),
      titleSpan: sliceSpan(span, 0, lead[1]!.length),
      // Its level may stand in the brackets after it (扩大普惠性学前教育资源(省定):).
      level: LEVEL_MARK.test(lead[2] ?? "") ? levelOfMark(LEVEL_MARK.exec(lead[2]!)![1]!) : null,
      section: null,
      responsible: under.filter((x) => x.label === "responsible").flatMap((x) => splitUnits(x.rest)),
      passages: [
        // A name that holds a figure (2606个撤并村通公路。) states the project's size: its target.
        ...(/\d/.test(name) ? [{ span: sliceSpan(span, 0, lead[1]!.length), role: "target" as const }] : []),
        // The lead's own text states the target where a 完成情况 line follows it.
        { span: sliceSpan(span, lead[0].length, span.text.length), role: under.some((x) => x.label === "done") ? ("target" as const) : null },
        ...under.filter((x) => x.label !== "responsible").map(labelPassage),
      ],
      list: 0,
    };
  });
  return { items, preamble: blocks.slice(0, best[0]![0]), lists: 1 };
}

// A sentence that opens with a project's name as its own clause, inside running prose:
// "棚户区改造工程，新开工11万套…。老旧小区改造工程，改造3057个…。" · "就业保障工程中，…" (or goes straight on into what
// was done: 稳就业专项行动实现城镇新增就业… · …扩容建设项目已开工58个). The name ends in a word for
// a project (工程 · 项目 · 行动) or is a field of the programme (稳定扩大社会就业方面，…), and states no figure.
// An attribution or a connective may come first (统计显示，… · 据介绍，… · 此外，…), or a count's lead (基本完成的2件分别是：), and the
// body that leads the work (由县商务局牵头的…项目).
// The body that leads a work, before the work's name: 由县商务局牵头的 · 由县卫生健康委牵头实施的 · 由市住建局承担的.
export const LED_BY = "由[^。，,；;：:“”\\d]{2,14}?(?:(?:牵头|负责|组织)(?:实施|推进|建设|负责)?|实施|承担)的";
const NAMED_CLAUSE = new RegExp(`^(?:(?:[^。，,；;\\d]{0,8}(?:显示|介绍|据悉|了解到|据了解|获悉)|此外|另外|同时|在[^。，,；;：:\\d]{2,12}上)[，,]|[^。，,；;：:\\d]{0,12}(?:\\d+|[一二三四五六七八九十两]+)\\s*[件项个]分别(?:是|为)\\s*[：:]\\s*|其中(?:[，,](?=[^，,。；;]{2,30}?(?:项目|工程)[，,]))?|(?:比如|例如|如|而)(?=[\u4e00-\u9fff“]{4}))?(?:在)?(?:${LED_BY})?((?:[^。，,；;：:\\d]|“[^“”。，,；;\\d]{0,8}\\d[^“”。，,；;]{0,8}”){0,20}?(?:工程|项目|行动|(?=方面)))(?:方面|中|领域)?(?:[，,：:]|(?=已|实现|完成|进展|累计|目前|正在|均已)|(?<=项目)(?=[\\d\\u4e00-\\u9fff“"]))`, "u");
// A field a sentence opens on and the work it goes on to name, carried out in that field: 在妇女健康方面，开展农村适龄妇女
// “两癌”免费检查，完成… (the work names the project, not the field).
export const FIELD_WORK = /^\s*(?:在)?[^。；;，,：:]{2,20}?方面[，,]\s*(?:我[省市县区]|全[省市县区]|[\u4e00-\u9fff]{1,6}?[省市县区])?(?:深入|持续|大力|全面|扎实|积极)?(?:实施|开展|推进|启动|实行)(?:了)?([^。；;，,：:\d]{4,24})[，,]/u;
// …or a short name and a colon, a project named like a field inside running prose (党建引领扶贫:拨付…。资产收益扶贫:…):
// not a page's field (许可证:1212…), a speaker or a field of the notice; words follow the colon.
const COLON_NAME = /^\s*([^。，,；;：:\d\s]{2,16})[:：](?=\s*[\u4e00-\u9fff“"])/u;
const NOT_COLON_NAME = new RegExp(`^(?:${FIELD_LABELS}|来源|作者|记者|编辑|时间|日期|地址|电话|主要内容|关键词|原标题|标题|附件|注)$|(?:说|表示|指出|介绍|称|显示|强调|认为|透露|如下|是|为|有|包括)$`, "u");
const MIN_COLON_NAMES = 2;
const isColonName = (sentence: string): boolean => {
  const m = COLON_NAME.exec(sentence);
  return !!m && !NOT_COLON_NAME.test(m[1]!);
};
// A sentence that opens on a work's quoted name as what it speaks of: “稳就业促增收”是十件实事的头一件。
const QUOTED_SUBJECT = /^“([^“”。，,；;\d]{4,16})”(?=是)/u;
// The name a clause inside a sentence opens on: one work's, not a category's (就业、教育等方面民生项目).
const CLAUSE_NAME = /^[^、等]+(?:项目|工程)$/u;
// What a clause opening a sentence of prose says of the programme as a whole, not of one project.
// (惠民工程 only as the programme's whole name, 十大惠民工程: 文体惠民工程 is one of its works.)
// (Nor some of the works, or a charge about them: 其余项目 · 部分农村公路项目 · 要注重项目.)
// (Nor the works as a whole after a preposition, 从各项目(看) · 代表们对项目(推进情况…): no work's name.)
// (Nor a kind of works, 一是建设类项目6个。其中，A项目，…；B项目，…: the works it counts follow.)
const PROGRAMME_CLAUSE = /实事|^(?:[一二三四五六七八九十]+是)?[\u4e00-\u9fff]{1,6}类(?:项目|工程)$|^[\d一二三四五六七八九十两]*[项件大]?惠民工程$|^(?:从|对|就)?(?:一大批|一批|各项|所有|全部|这些|上述|重点|其中|今年|去年|全[省市县区]|其余|其他|剩余|部分|个别|少数|大部分|多数|要)|(?:对|把|从|就|向|给)(?:各|全部|所有|这些|上述)?(?:项目|工程)$/u;

/**
 * A feature story that reports one project per sentence, in prose: each sentence that opens
 * with a project's name begins an item, which runs to the next such sentence or the end of
 * its paragraph.
 */
// A line that only names a work and sums it up, no sentence: 交通畅行工程：危桥改造过半.
const HEADING_LINE = /^[^。！？!?；;]{2,30}[:：][^。！？!?；;]{0,20}$/u;

export function namedClauseItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  // A name over its paragraphs: a line that only names a work and sums it up (交通畅行工程：危桥改造过半), the
  // paragraphs after it, up to the next name, telling it.
  let heading: ItemDraft | null = null;
  // An interview's answers open on who speaks (刘建东：农村公路建设项目前三季度…): the name is no part of the sentence.
  const interview = blocks.some((b) => INTERVIEWER.test(b.text));
  // A text that counts its programme by fields (十方面民生实事) gives a field as one of them, however many works it tells.
  const fieldsCounted = blocks.some((b) => FIELD_COUNT.test(b.text));
  blocks.forEach((b, k) => {
    // Prose, or prose the page cut short enough to pass for a headline (据介绍,在百姓安居工程方面,全市已…).
    if (b.type !== "body" && !(b.type === "headline" && k === blocks.length - 1 && /[,，]/u.test(b.text))) {
      heading = null;
      return;
    }
    const span = b.paragraph.span;
    const before = items.length;
    let open: ItemDraft | null = null;
    // Names with colons run on inside a paragraph, two or more of them; one opening its paragraph is a lead's (the leads reading's).
    // (A clause a ； closes may open on a name too: …；人才乐居保障项目完成1300套…；…)
    const colonNamed = sentences(span.text, true).filter(([start, end]) => isColonName(span.text.slice(start, end))).length >= MIN_COLON_NAMES;
    const speaker = interview ? (SPEAKER_LABEL.exec(span.text)?.[0].length ?? 0) : 0;
    // Where a sentence's field tells its works one per ；-clause, the end of that sentence.
    let fieldUntil = -1;
    for (const [from, end] of sentences(span.text, true)) {
      const start = from === 0 ? speaker : from;
      const sentence = span.text.slice(start, end);
      if (start < fieldUntil) {
        items.push((open = clauseWork(b, start, end)));
        continue;
      }
      let found = NAMED_CLAUSE.exec(sentence) ?? QUOTED_SUBJECT.exec(sentence) ?? calledSubject(sentence) ?? ONE_OF_WORKS.exec(sentence) ?? SAID_ONE_OF.exec(sentence) ?? (colonNamed && isColonName(sentence) ? COLON_NAME.exec(sentence) : null);
      // The programme's own field may open the sentence before the one work it tells (民生实事方面,许韩段颍河修复项目总投资…).
      let skipped = 0;
      // So may a field of its own before the one work it names (在就医方面，医疗服务提升项目中，…): the work names the project.
      if (found && (PROGRAMME_CLAUSE.test(found[1]!) || (/方面/u.test(found[0]) && !CLAUSE_NAME.test(found[1]!)))) {
        // (…up to the comma that ends its clause: 从各项目看，X项目….)
        const rest = sentence.slice(found[0].length);
        const lead = /^[^，,。；;：:]{0,4}[，,]\s*/u.exec(rest)?.[0].length ?? 0;
        const after = NAMED_CLAUSE.exec(rest.slice(lead));
        if (after && CLAUSE_NAME.test(after[1]!)) [skipped, found] = [found[0].length + lead, after];
      }
      // A field that opens its sentence and names no work, only a domain (在教育方面， · 在医疗卫生方面，; not a task such as
      // 促进城乡就业方面，), over works the sentence tells one per ；-clause, each with its figure (…，县城第二幼儿园建成投用，新增
      // 学位540个；为全县…改造食堂36所。): each clause is a work, named by what it did.
      const opensSentence = !/[；;]/u.test(span.text[start - 1] ?? "");
      const fieldEnd = found && !fieldsCounted && opensSentence && !skipped && /方面/u.test(found[0]) && !CLAUSE_NAME.test(found[1]!) && !TASK_FIELD.test(found[1]!.replace(/^[^\u4e00-\u9fff“]+/u, "")) && !FIELD_WORK.test(sentence) ? worksOfField(span.text, start) : -1;
      if (fieldEnd > 0) {
        fieldUntil = fieldEnd;
        items.push((open = clauseWork(b, start + found![0].length, end)));
        if (first < 0) first = k;
        continue;
      }
      // A clause after a ； opens on a name only where it names one work (…项目 · …工程), not a field or a task's aim.
      const named = found && (!/[；;]/u.test(span.text[start - 1] ?? "") || CLAUSE_NAME.test(found[1]!)) ? found : null;
      const name = named?.[1];
      const nameAt = named ? skipped + named[0].lastIndexOf(named[1]!) : 0;
      // (Not a speaker after a quote: “…。”项目现场负责人说.)
      // (A field's name may be short where the sentence goes on to the work it names: 在就业方面，开州区深入实施“稳岗就业”行动，….)
      const work = named ? FIELD_WORK.exec(sentence) : null;
      // (A field's heading alone on its line may be a word of two: 教育方面：.)
      if (named && (name!.length >= MIN_NAME || work || FIELD_HEADING_LINE.test(span.text)) && !/^[”’"」』)）]/u.test(name!) && !PROGRAMME_NAME.test(name!) && !PROGRAMME_CLAUSE.test(name!) && !NO_NAME.test(cleanTitle(name!))) {
        const [title, titleAt] = work ? [work[1]!, work[0].lastIndexOf(work[1]!)] : [name!, nameAt];
        open = {
          no: null,
          title: cleanTitle(title),
          titleSpan: sliceSpan(span, start + titleAt, start + titleAt + title.length),
          level: null,
          section: null,
          responsible: [],
          passages: [{ span: sliceSpan(span, start + skipped + named[0].length, end), role: null }],
          list: 0,
        };
        items.push(open);
        if (first < 0) first = k;
      } else if (open) {
        const added = addedWorks(b, sentence, start);
        if (added) {
          items.push(...added);
          open = null;
        } else open.passages.push({ span: sliceSpan(span, start, end), role: null });
      }
    }
    if (items.length > before) heading = items.length === before + 1 && HEADING_LINE.test(span.text) && countFigures(span.text) === 0 ? items[items.length - 1]! : null;
    else if (heading) heading.passages.push({ span, role: null });
  });
  // (A work named again, 如城市停车设施建设项目… in a section on problems, is the work named before: its words join it.)
  for (let k = items.length - 1; k > 0; k--) {
    const earlier = items.findIndex((it, j) => j < k && it.title === items[k]!.title);
    if (earlier >= 0) items[earlier]!.passages.push(...items.splice(k, 1)[0]!.passages);
  }
  // Where most works open their paragraphs (实施“清水润民”工程，… ‖ 实施“暖心助民”工程，…), one named further into a paragraph
  // (…；实施城区第二水源地及净水厂扩建工程，…) is a part of the paragraph's own.
  const paragraphOf = (it: ItemDraft) => blocks.find((b) => b.paragraph.span.pos.includes(it.titleSpan!.pos[0]!));
  const opens = (it: ItemDraft) => {
    const b = paragraphOf(it);
    return !!b && b.paragraph.span.pos.indexOf(it.titleSpan!.pos[0]!) <= OPENING_REACH;
  };
  const opening = items.filter(opens);
  if (opening.length >= MIN_ITEMS && (items.length - opening.length) * PARTS_SHARE <= items.length) {
    for (let k = items.length - 1; k >= 0; k--) {
      const it = items[k]!;
      const owner = opening.find((o) => o !== it && paragraphOf(o) === paragraphOf(it));
      if (!opens(it) && owner) owner.passages.push(...items.splice(k, 1)[0]!.passages);
    }
  }
  if (items.length < MIN_ITEMS) return null;
  // Prose that names projects one by one tells a selection as often as the whole list: fewer
  // than the stated count is no evidence against it.
  return { items, preamble: blocks.slice(0, first), lists: 1, partial: true };
}

// How far into its paragraph a work's name may stand and still open it (实施“安居惠民”工程).
const OPENING_REACH = 4;
// Works named further into a paragraph are its parts only where they are at most one in this many.
const PARTS_SHARE = 4;
// A count of a programme's fields: 十方面 · 8个方面.
const FIELD_COUNT = /(?:\d+|[一二三四五六七八九十两]+)\s*个?方面/u;
// Works a field's sentence tells one per ；-clause, at least.
const MIN_FIELD_WORKS = 2;

/** The end of the sentence from `start` where its ；-clauses are MIN_FIELD_WORKS or more, each with a figure; else -1. */
function worksOfField(text: string, start: number): number {
  const end = sentences(text).find(([from, to]) => from <= start && start < to)?.[1] ?? -1;
  const clauses = text.slice(start, end).split(/[；;]/u).filter((c) => c.replace(/[。\s]/gu, "") !== "");
  return clauses.length >= MIN_FIELD_WORKS && clauses.every((c) => countFigures(c) > 0) ? end : -1;
}

/** A work told in the clause [start, end) of a block, named as an example is (itemsAt: by its first comma-piece). */
function clauseWork(b: Block, start: number, end: number): ItemDraft {
  return itemsAt(b, [b.text.slice(start, end).replace(/[。；;\s]+$/u, "")], start)![0]!;
}

// A sentence that opens on a work's name and says it is one of the programme's (扩充学前教育资源，是全年推进最快的一件。).
const SAID_ONE_OF = /^([\u4e00-\u9fff“”]{4,16})[，,]\s*是[^。；;]{0,20}?(?:一件|一项)(?:实事|民生实事)?[。；;]?$/u;

// A sentence whose subject is one of the programme's works, called a 实事 (学前教育普惠扩容实事提出，新建… · 残疾儿童康复救助实事继续
//列入清单，… · 今年的就业促进实事提出，…), perhaps after a word that ties it to the work before (与之配套的).
const CALLED_SUBJECT = /^(?:今年的?|与之配套的|同时，?)?([\u4e00-\u9fff“”]{4,16}?)实事(?=提出|继续|今年|计划|明确|要求)/u;
const NOT_A_CALLED_WORK = /民生|为民|惠民|民心|政府|^[这那该各本]|[\d一二三四五六七八九十两]\s*[件项大]/u;

// A sentence that gives a work as one of the programme's: 这是我县2023年十件民生实事之一——乡镇卫生院提质升级项目的成果.
const ONE_OF_WORKS = /^[^。；;]{0,30}?(?:实事|民生工程|惠民工程)(?:项目)?之一\s*(?:——|—|[:：,，])\s*([\u4e00-\u9fff“”]{4,24}?(?:项目|工程|行动))(?=的|[,，。；;]|$)/u;

/** The work a sentence calls a 实事 as its subject, matched as NAMED_CLAUSE is (the name its group 1); null where none. */
export function calledSubject(sentence: string): RegExpExecArray | null {
  const m = CALLED_SUBJECT.exec(sentence);
  return m && !NOT_A_CALLED_WORK.test(m[1]!) ? m : null;
}

// The one who asks, in an interview: 记者： · 问： · 主持人：.
const INTERVIEWER = /^(?:记者|问|主持人)\s*[:：]/u;

// A sentence (or paragraph) that adds works after the named ones: 此外，新辟优化公交线路20条、改造城镇老旧小区120个、新增普惠托位1500个等也被列入清单.
export const ADDED = /^(?:此外|另外|还有|同时)[,，]?\s*/u;
// Works it adds at least, each a piece with its figure.
const MIN_ADDED = 2;

/** The works a sentence adds, one item each, where it opens on 此外 and each of its 、-pieces (up to 等) states a figure; or null. */
function addedWorks(b: Block, sentence: string, start: number): ItemDraft[] | null {
  const opening = ADDED.exec(sentence);
  if (!opening) return null;
  const body = sentence.slice(opening[0].length).replace(/等[^、]*$/u, "").replace(/[。；;]$/u, "");
  const pieces = topLevelPieces(body, "、").map(([from, to]) => body.slice(from, to).trim());
  if (pieces.length < MIN_ADDED || !pieces.every((p) => countFigures(p) > 0 && /^[\u4e00-\u9fff]{2}/u.test(p))) return null;
  return itemsAt(b, pieces, start + opening[0].length);
}

/** The [start, end) of each sentence of a paragraph, its 。 included; with `clauses`, each clause a ； closes too. */
function sentences(text: string, clauses = false): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (const m of allMatches(text, clauses ? /[。！？!?；;]/gu : /[。！？!?]/gu)) {
    out.push([start, m.index! + 1]);
    start = m.index! + 1;
    while (/\s/u.test(text[start] ?? "")) start++;
  }
  if (start < text.length) out.push([start, text.length]);
  return out.filter(([s, e]) => text.slice(s, e).trim().length > 0);
}

// A government report's sentence that opens on the task's aim as a clause of its own, then the
// work (城市交通扩容提质，开工建设朝阳路等7条市区道路。促进就业创业，完成职业技能培训4525人次。),
// perhaps after the field it stands in (在城市建设方面，…). The aim is short, names no figure, and
// is no word of time, attribution or the programme.
const FIELD_OPENER = /^(?:在|从)?[^。，,；;\d]{2,16}方面[，,]\s*/u;
const AIM_CLAUSE = /^([^。，,；;：:\d“”"（）()、]{4,10})[，,]/u;
// (Nor a speech's charge to its listeners: 要加快推进建设进度 · 一要加快工程进度 · 必须… · 务必…)
const NOT_AIM = /^(?:今年|去年|明年|目前|同时|此外|其中|另外|据悉|据了解|据介绍|近年来|下一步|与此同时|为此|为了|截至|截止|全年|全[省市县区]|我[省市县区]|一年来|近日|日前|记者|会议|报告|他说|她说|对此|因此|总之|这些|上述|通过|[一二三四五六七八九十]?要(?!素)|必须|务必)/u;
// A paragraph is such a run where this share of its sentences opens on an aim, two at least.
const AIM_SHARE = 0.6;
const MIN_AIMS_PER_PARAGRAPH = 2;

/**
 * Projects told one per sentence, each sentence opening on its aim as a clause ("提升城区防汛能力，
 * 实施…项目。"): the paragraphs most of whose sentences open so, an item per such sentence,
 * running to the next. The stated count weighs it like any list.
 */
export function aimSentenceItems(blocks: Block[]): Structure | null {
  const items: ItemDraft[] = [];
  let first = -1;
  blocks.forEach((b, k) => {
    if (b.type !== "body") return;
    const span = b.paragraph.span;
    const found: Array<{ start: number; end: number; name: string; nameAt: number; after: number } | null> = sentences(span.text).map(([start, end]) => {
      const sentence = span.text.slice(start, end);
      const field = FIELD_OPENER.exec(sentence)?.[0].length ?? 0;
      const aim = AIM_CLAUSE.exec(sentence.slice(field));
      const name = aim?.[1]?.trim();
      if (!aim || !name || NOT_AIM.test(name) || PROGRAMME_NAME.test(name) || PROGRAMME_CLAUSE.test(name)) return null;
      return { start, end, name, nameAt: start + field, after: start + field + aim[0].length };
    });
    const aims = found.filter((f) => f !== null);
    if (aims.length < MIN_AIMS_PER_PARAGRAPH || aims.length < found.length * AIM_SHARE) return;
    let open: ItemDraft | null = null;
    for (const [j, [start, end]] of sentences(span.text).entries()) {
      const aim = found[j];
      if (aim) {
        open = { no: null, title: cleanTitle(aim.name), titleSpan: sliceSpan(span, aim.nameAt, aim.nameAt + aim.name.length), level: null, section: null, responsible: [], passages: [{ span: sliceSpan(span, aim.after, end), role: null }], list: 0 };
        items.push(open);
        if (first < 0) first = k;
      } else if (open) open.passages.push({ span: sliceSpan(span, start, end), role: null });
    }
  });
  if (items.length < MIN_ITEMS) return parallelAims(blocks);
  return { items, preamble: blocks.slice(0, first), lists: 1 };
}

// Paragraphs that each open on an aim in the same words, one after another (解决好群众就业增收问题，… ‖
// 解决好群众看病难看病贵问题，… ‖ 解决好群众出行问题，…): a task per paragraph, its aim the title.
const PARALLEL_AIM = /^([^。，,；;：:\d“”"（）()]{4,20})[，,]/u;
const MIN_PARALLEL = 3;
// The words the aims share at their start.
const PARALLEL_OPENING = 2;

/** Three or more paragraphs in a row opening on aims that start alike, an item each; else null. */
function parallelAims(blocks: Block[]): Structure | null {
  let run: Array<{ k: number; name: string; after: number }> = [];
  let best: typeof run = [];
  blocks.forEach((b, k) => {
    const aim = b.type === "body" ? PARALLEL_AIM.exec(b.text) : null;
    const name = aim?.[1]?.trim();
    const fits = !!aim && !!name && !NOT_AIM.test(name) && !PROGRAMME_NAME.test(name) && !PROGRAMME_CLAUSE.test(name);
    if (fits && (!run.length || run[0]!.name.slice(0, PARALLEL_OPENING) === name!.slice(0, PARALLEL_OPENING))) run.push({ k, name: name!, after: aim![0].length });
    else if (b.type === "body" || b.type === "headline") run = fits ? [{ k, name: name!, after: aim![0].length }] : [];
    if (run.length > best.length) best = run;
  });
  if (best.length < MIN_PARALLEL) return null;
  const items: ItemDraft[] = best.map(({ k, name, after }) => {
    const span = blocks[k]!.paragraph.span;
    return { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, 0, name.length), level: null, section: null, responsible: [], passages: [{ span: sliceSpan(span, after, span.text.length), role: null }], list: 0 };
  });
  return { items, preamble: blocks.slice(0, best[0]!.k), lists: 1 };
}

// A project named in passing in prose: quoted before 项目 · 工程 (我们实施了“学位扩容”项目，…), or opening a
// clause, its name and 项目 and what was done (停车难治理项目去年新增停车泊位860个 · 农村供水项目方面，…).
const MENTION = /[“"「]([^”"」“「。；;，,]{2,20})[”"」](?:项目|工程)|(?:^|(?<=[。；;，,：:！？!?]))\s*([\u4e00-\u9fff]{3,10}?)项目(?=方面|[，,]|去年|今年|新|已|累计|完成|共|建成|改造)/gu;
// A feature's other ways of naming a work, its name and all (a reading of their own beside MENTION's):
// a work by its own noun, 工程 or 行动, as a clause's subject or what the story calls it (便民出行工程新增… ·
// 食品安全“护苗”工程完成… · 就业服务“暖心行动”成效明显 · 作为实事之一的“一老一小”服务扩容工程， · 把养老服务提升工程列为… ·
// 这是城镇老旧小区改造工程的一个缩影 · 与之相呼应的是“新徽菜·名徽厨”行动; not one of examples, 举办“春风行动”等招聘会); a work the story calls one of the programme's (供热保障这件实事 · “增加普惠托育服务”实事 · 老旧小区改造是群众
// 呼声最高的一件实事); a field a work is told under (提升基层医疗服务能力方面，), unless another name follows in its sentence.
const NAME_CHAR = "(?:[^\\s\\p{P}\\d是的把将为对在这该其已]|[“\"][^”\"。，,；;]{1,8}[”\"])";
const OPENS = "(?:^|(?<=[。；;，,：:！？!?\\s]|的|把|是|还有|实施|推进))";
// A name wholly in quotes, figures and all, before the noun it is called by: “便民停车”项目 · “15分钟品质文化生活圈”项目.
const QUOTED_NAME = "[“\"][^”\"“。，,；;：:！？!?\\s]{2,14}[”\"]";
const CALLED_WORKS: ReadonlyArray<readonly [RegExp, boolean]> = [
  // (Or quoted whole, its noun inside the quotes: 这是“城镇老旧小区改造工程”的一个缩影. Not works counted, 实施供水工程18处.)
  [new RegExp(`${OPENS}(${NAME_CHAR}{2,14}?(?:工程|行动)[”"]?|${NAME_CHAR}{1,12}?[“"][^”"。，,；;]{0,8}?(?:工程|行动)[”"]|[“"][^”"“。，,；;：:！？!?\\s]{2,14}(?:工程|行动)[”"]|${QUOTED_NAME}${NAME_CHAR}{0,6}?(?:工程|行动))(?![等、和及]|不便|自如|迟缓|困难|\\s*\\d)`, "gu"), false],
  [new RegExp(`${OPENS}(${NAME_CHAR}{2,14}?)这(?:件|项|一)(?:民生)?实事`, "gu"), false],
  // (A quoted name the story calls one of the programme's, wherever it stands: 说起“新增公办学位”这件实事 · 在“促进就业创业”实事中;
  // or a quoted name a sentence opens on as its field: 在“扩大普惠性学前教育资源”方面，.)
  // (So is one whose building the story tells under way: “农村中小学暖心食堂”建设同步推进.)
  // (Its name may hold digits where it is called a 实事 or a field: “12345热线提质”实事 · “15分钟便民生活圈”实事.)
  [/[“"]((?=[^”"“]*?[\u4e00-\u9fff]{2})[^”"“。，,；;：:！？!?\s]{3,16})[”"](?:(?:这(?:件|项|一))?(?:民生)?实事|方面[，,]|建设(?:同步|有序|稳步|持续|加快|顺利|全面)(?:推进|实施|开展))/gu, false],
  [new RegExp(`(?:^|(?<=[。；;，,：:！？!?]))\\s*(${NAME_CHAR}{3,14}?)是[^。，,；;]{0,14}?(?:一件|的)(?:民生)?实事`, "gu"), false],
  [new RegExp(`(?:^|(?<=[。；;，,：:！？!?]))\\s*在?(${NAME_CHAR}{3,14}?)方面[，,]`, "gu"), true],
  // (So is a work an ordinal opens on inside a paragraph, before its figures, 有几件实事…。一是农村牧区供水保障提升，…受益人口
  // 42万人；二是… (not what is still to do, 二是扩大群众参与，…谋划好2025年度民生实事; paragraphs that open on 一是 are a list of
  // their own), and one a sentence opens on before the year's target for it, 冬季清洁取暖改造年度目标是10万户.)
  [new RegExp(`(?<=[。；;，,：:！？!?])\\s*[一二三四五六七八九十]是(${NAME_CHAR}{3,14}?)(?:方面)?[，,](?=[^；;。]*?(?<!\\d)\\d(?!\\d{3}\\s*年))`, "gu"), false],
  [new RegExp(`(?:^|(?<=[。！？!?：:]))\\s*(${NAME_CHAR}{4,14}?)(?:今年|全年|年度)(?:目标|计划|任务)(?:任务)?(?:是|为)`, "gu"), false],
];
const SAID_BEFORE = /^(?:(?:还有|有)?(?:一个|一项|一件)|还有|有|我[省市县区]|全[省市县区]|说起|提起|谈起|说到|谈到|(?:同时|并|还|也)?(?:将|要)?(?:实施|推进))/u;
// A story that calls every work a 项目 or a 工程 (城区学校扩容项目是… · 在基层医疗服务提升项目中，… · 城市道路“白改黑”工程计划…):
// its names are a reading of their own, apart from CALLED_WORKS' (a story naming works by several nouns names others' parts
// 项目 too). (Two of them joined by 和 are both its works: 平价菜店项目和公交线路优化项目已提前完成.)
const PROJECT_NOUN = new RegExp(`(?:${OPENS}|(?<=(?:项目|工程)[和及]))在?(${NAME_CHAR}{3,16}?(?:项目|工程)|${QUOTED_NAME}${NAME_CHAR}{0,6}?(?:项目|工程))(?![等、])(?![和及](?!${NAME_CHAR}{3,16}?(?:项目|工程)))`, "gu");
// …and of a story that quotes each work's name as the subject of its clause (“基层医疗能力提升工程”年内建成… · 与之配套的
// “城区供水管网改造”完成…): a quoted run of words alone, no speech (“以前孩子要坐…，…” holds a comma), a verb after it
// (not a quoted phrase that qualifies a noun: “家门口就业”的工人; joined to another by 和, “A”和“B”一同入选, it is one of two); or the field its figures are told under (在“促进城乡就业创业”方面，全市…).
// (A quoted name that ends on its own noun is a work's wherever it stands: 代表们还询问了“家庭医生签约服务提质行动”落实情况.)
// (Nor a quoted phrase for a problem, “停车难”问题得到缓解. A quoted name on its own noun may close its sentence: 这得益于“乡镇卫生院
// 服务能力提升工程”。; one the story says it put among the programme's opens after 将 too: 将“城镇老旧小区改造”纳入为民办实事.)
const QUOTED_WORK = new RegExp(`(?:${OPENS}|(?<=将)|(?=[“"][^”"“。，,；;]{2,14}(?:项目|工程|行动)[”"]))(?:在(?=[“"][^”"“]{3,16}[”"]方面))?[“"]([^”"“。，,；;：:！？!?\\s\\d]{3,16})[”"](?=[\\u4e00-\\u9fff]|[，,]\\s*(?:共|全年|今年|年内|累计|已|新建|新增|完成)|(?<=(?:项目|工程|行动)[”"])[。；;])(?![等的]|问题)(?![和及与](?![“"]))`, "gu");
// What a work done alongside another is said with: 同步实施… · 配套建设… (not 同时推进…, which names another of the programme).
const ALONGSIDE = /(?:同步|配套|一并)(?:实施|推进|建设|开展)/u;
// Longest a theme's sentence runs after its name (“一老一小”服务持续加力。).
const MAX_THEME_TAIL = 16;
// Fewest projects so named that make a reading, and the share of them told with figures.
const MIN_MENTIONS = 4;
const MENTIONS_FIGURED = 0.75;

interface Mention {
  name: string;
  at: number;
  end: number;
}

/**
 * Each name a pattern's first group gives in a paragraph; with `spoken`, without the story's own words before it
 * (还有供热保障这件实事 · 这是我市扩充…学位这件实事的一部分).
 */
function namesSaid(text: string, pattern: RegExp, spoken: boolean): Mention[] {
  return allMatches(text, pattern).map((m) => {
    const said = m[1]!;
    const told = spoken ? said.replace(SAID_BEFORE, "") : said;
    // (A name wholly in quotes is the words inside them: 说起“新增公办学位”这件实事.)
    const name = /^[“"][^“”"]+[”"]$/u.test(told) ? told.slice(1, -1) : told;
    const at = m.index! + m[0].indexOf(said) + said.length - told.length + (name === told ? 0 : 1);
    return { name, at, end: m.index! + m[0].length };
  });
}

/** Each name a paragraph's MENTION gives. */
function mentions(text: string): Mention[] {
  return allMatches(text, MENTION).map((m) => {
    const name = (m[1] ?? m[2])!;
    return { name, at: m.index! + m[0].indexOf(name), end: m.index! + m[0].length };
  });
}

/** Each name a paragraph gives in MENTION's ways and CALLED_WORKS', in order, overlaps left out, fields another name follows in their sentence too. */
function calledWorks(text: string): Mention[] {
  const found: Array<Mention & { field: boolean }> = [...mentions(text).map((m) => ({ ...m, field: false }))];
  for (const [re, field] of CALLED_WORKS) found.push(...namesSaid(text, re, true).map((m) => ({ ...m, field })));
  // (Not a name that runs past a quoted work the story calls a 实事 into what it did: “农村饮水安全提升”实事完成农村供水工程.)
  const names = found.filter((f) => !/[”"]实事/u.test(f.name)).sort((a, b) => a.at - b.at || b.end - a.end);
  const kept: typeof found = [];
  for (const f of names) if (!kept.some((k) => f.at < k.end && k.at < f.end)) kept.push(f);
  return kept.filter((f, n) => {
    if (!f.field) return true;
    const next = kept[n + 1];
    const stop = text.slice(f.end).search(/[。！？!?]/u);
    return !next || (stop >= 0 && next.at > f.end + stop);
  });
}

/**
 * An interview or feature that names its projects in passing, each once or more, in its
 * paragraphs' prose: each name opens an item that runs to the next name or its paragraph's end
 * (the interviewer's next question is no more of it). Only where the names are as many as a
 * count the text states: fewer are a selection, which the named reading reads. Read four times: by
 * MENTION's names alone, with the story's other ways of naming works (CALLED_WORKS), by its 项目 and 工程 alone
 * (PROJECT_NOUN), and by the names it quotes as its clauses' subjects (QUOTED_WORK).
 */
export function mentionedProjectItems(blocks: Block[], stated: readonly number[]): Array<Structure | null> {
  const readings = [mentionReading(blocks, stated, mentions), mentionReading(blocks, stated, calledWorks), mentionReading(blocks, stated, projectNouns), mentionReading(blocks, stated, quotedWorks, true)];
  // (A later reading of the same names as an earlier one is no reading of its own.)
  const names = (r: Structure | null) => r?.items.map((it) => it.title).join("\n");
  return readings.filter((r, k) => !r || !readings.slice(0, k).some((e) => names(e) === names(r)));
}

/** Each work's name a paragraph quotes as the subject of its clause (QUOTED_WORK), or in a run its works' noun closes (QUOTED_WORKS_RUN), out of its quotes. */
function quotedWorks(text: string): Mention[] {
  const inRuns = allMatches(text, QUOTED_WORKS_RUN).flatMap((run) =>
    allMatches(run[0], QUOTED_IN_RUN).map((q) => ({ name: q[1]!, at: run.index! + q.index! + 1, end: run.index! + q.index! + q[0].length })),
  );
  return [...namesSaid(text, QUOTED_WORK, false), ...inRuns].sort((a, b) => a.at - b.at).filter((m, k, all) => k === 0 || m.at !== all[k - 1]!.at);
}
// Quoted names in a run that 等项目 closes: works the story names together (此外，“A”“B”等项目也均已完成年度任务).
const QUOTED_WORKS_RUN = /(?:[“"][^”"“。，,；;：:！？!?\s\d]{3,16}[”"][、和及与]?){2,}等(?:项目|工程|实事)/gu;
const QUOTED_IN_RUN = /[“"]([^”"“]+)[”"]/gu;

/** Each name a paragraph gives as a 项目 or 工程 of its own (PROJECT_NOUN), the story's words before it left out. */
const projectNouns = (text: string): Mention[] => namesSaid(text, PROJECT_NOUN, true).filter(({ name }) => !ANY_PROJECT.test(name));
// Words that speak of projects as a whole, not of one by its name: 连同每个项目 · 力争所有项目 · 候选项目 · 有哪些项目 (a question's).
const ANY_PROJECT = /(?:每个|每一个|每项|所有|各个|各类|各项|全部|这些|那些|哪些|哪几个|什么|候选|其他|其它|其余|相关|有关)(?:项目|工程)$/u;

function mentionReading(blocks: Block[], stated: readonly number[], namesOf: (text: string) => Mention[], some = false): Structure | null {
  const byName = new Map<string, ItemDraft>();
  let first = -1;
  // (A paragraph the story alone numbers, the one mark of its family, is prose all the same: 第十件实事“城乡环境卫生整治”项目全年….)
  const lone = (b: Block) => b.type === "marker" && blocks.filter((o) => o.type === "marker" && o.marker === b.marker).length === 1;
  blocks.forEach((b, k) => {
    if (b.type !== "body" && !lone(b)) return;
    const span = b.paragraph.span;
    // (Not a work the paragraph's own work carries out alongside it: “村组道路硬化”项目…；同步实施农村公路安全生命防护工程54公里.)
    const found = namesOf(span.text).filter(({ name, at }, n) => !(PROGRAMME_NAME.test(name) || PROGRAMME_CLAUSE.test(name) || NOT_AIM.test(name)) && !(n > 0 && ALONGSIDE.test(span.text.slice(Math.max(0, at - 4), at) + name)));
    found.forEach(({ name, at, end }, n) => {
      const until = found[n + 1]?.at ?? span.text.length;
      let item = byName.get(name);
      if (!item) {
        item = { no: null, title: cleanTitle(name), titleSpan: sliceSpan(span, at, at + name.length), level: null, section: null, responsible: [], passages: [], list: 0 };
        byName.set(name, item);
      }
      item.passages.push({ span: sliceSpan(span, end, until), role: null });
      if (first < 0) first = k;
    });
  });
  const named = [...byName.values()];
  const told = (it: ItemDraft) => it.passages.some((p) => countFigures(p.span.text) > 0);
  // A name told without a figure, right before another name of its paragraph, where the others without it meet the count,
  // is the paragraph's theme (“一老一小”服务持续加力。“社区养老服务”实事新建…): no work of its own.
  const theme = (it: ItemDraft) => !told(it) && it.passages.length === 1 && it.passages[0]!.span.text.length <= MAX_THEME_TAIL && /[。！!][\s“"「]*$/u.test(it.passages[0]!.span.text);
  const items = !stated.includes(named.length) && stated.includes(named.filter((it) => !theme(it)).length) ? named.filter((it) => !theme(it)) : named;
  // Names told with what was done: most of them with figures (names only, quoted in a list of some, are another layout;
  // names of last year's works told with their votes, 城东小学迁建工程,满意171票, tell no figures).
  const figured = items.filter(told).length;
  if (items.length < MIN_MENTIONS || figured < items.length * MENTIONS_FIGURED) return null;
  if (stated.includes(items.length)) return { items, preamble: blocks.slice(0, first), lists: 1 };
  // (Where the story quotes each work's name as its clause's subject, most of them, fewer than it states, are the works it chose
  // to tell: 14 of 20项民心工程, each “…”工程 in its field.)
  const whole = Math.min(...stated);
  return some && items.length < whole && items.length * 2 > whole ? { items, preamble: blocks.slice(0, first), lists: 1, partial: true } : null;
}
