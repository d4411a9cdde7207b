// Titles and names as the genre writes them: level marks (省定), result tails (超额完成目标任务),
// figures inside headlines, lists split on 、, responsible units.
import type { ProjectLevel } from "./model.ts";
import { allMatches, WHOLE_TAG } from "./text.ts";
import { FIELD_LABELS, MEASURE_UNITS } from "./markers.ts";

// A short name without a figure, a colon, then a task that states one.
const NAME_THEN_TASK = /^([^:：\d,，。;；]{2,16})[:：](?=[^:：]*\d)/u;

// A short name, a colon and a short remark with no figure and no further clause: 保障性住房：开工基本到位 (not a quoted
// slogan, whose work is told after the colon: “出行畅通”:交通拥堵点整治).
const NAME_THEN_REMARK = /^([^:：\d,，。;；“"「]{2,10})[:：]\s*([^:：\d,，。;；]{2,12})$/u;
// Words that label a field, not a project: 项目名称：… · 目标任务：… (an item's fields, markers.ts), or a page's stamp: 来源：武汉日报.
const FIELD_NAME = new RegExp(`^(?:${FIELD_LABELS}|项目(?:名称)?|名称|实事|内容|目标|任务|备注|时间|地点|来源|稿源|作者|记者|(?:责任)?编辑|发布(?:时间|日期)|日期)$`, "u");

/** The name before a colon whose task after it states a figure (农村公路建设：新建改造农村公路120公里 → 农村公路建设), out of its quotes; else null. */
export function nameBeforeTask(title: string): string | null {
  const named = NAME_THEN_TASK.exec(title);
  return named ? named[1]!.replace(/^“([^“”]+)”$/u, "$1").replace(LEVEL_MARK, "").trim() : null;
}
export const LEVEL_MARK = /[(（]\s*(省定|市定|县定|区定|省重点|市重点|县重点)\s*[)）]\s*$/u;
// Words that name the programme itself: a line or a lead holding one is its title, heading or
// closing word (延安市2024年民生实事项目 · 民生实事连着民心。), never a project.
export const PROGRAMME_NAME = /民生实事|为民办实事|为民实事|惠民实事|民生工程|民心工程|民生项目|暖民心行动/u;
export const levelOfMark = (mark: string): ProjectLevel => (/省/.test(mark) ? "province" : /市/.test(mark) ? "city" : "county");
// A statement of the whole project at a paragraph's head: 实施学前教育普惠扩容工程,…
export const STATEMENT = /^(?:实施|推进|持续|加强|加快|完善|开展|提升|提高|改善|建设|推动|深化|扩大|优化|落实|做好|深入|积极|全面|大力|着力|强化|加大|新建|打造|促进|办好|保障|健全|构建)/u;

// A level that owns the programme after it, with what may stand between: 省重点民生实事 · 市定 · 县级 · 市本级 · 县自主实施民生实事.
// (A count may stand between too: 市十件民生实事 · 省十件民生实事我市任务.)
const LEVEL_OWN = "(?:重点|定|级|本级|自主(?:实施|确定)?)?(?:[\\d一二三四五六七八九十]{1,3}[件项大])?(?:民生|为民)";
const LEVEL_WORDS: ReadonlyArray<[RegExp, ProjectLevel]> = [
  [new RegExp(`省${LEVEL_OWN}`, "u"), "province"],
  [new RegExp(`市${LEVEL_OWN}`, "u"), "city"],
  [new RegExp(`[县区]${LEVEL_OWN}`, "u"), "county"],
];

export function levelWord(text: string): ProjectLevel | null {
  return LEVEL_WORDS.find(([word]) => word.test(text))?.[1] ?? null;
}

/** Splits 、-lists at the top level only: 进村(社区)行动、实施… */
export function splitTopLevel(text: string): string[] {
  return topLevelPieces(text, "、，,").map(([start, end]) => text.slice(start, end).trim()).filter(Boolean);
}

/**
 * The [start, end) of each piece of `text` from `from` that `separators` divide outside brackets,
 * quotes and book titles; with `stop`, the pieces end at the first `stop` character outside them.
 */
export function topLevelPieces(text: string, separators: string, stop = "", from = 0): Array<[number, number]> {
  const pieces: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let i = from; i < text.length; i++) {
    const ch = text[i]!;
    if ("(（“《".includes(ch)) depth++;
    if (")）”》".includes(ch)) depth = Math.max(0, depth - 1);
    if (depth > 0) continue;
    if (stop.includes(ch)) {
      pieces.push([start, i]);
      return pieces;
    }
    if (separators.includes(ch)) {
      pieces.push([start, i]);
      start = i + 1;
    }
  }
  pieces.push([start, text.length]);
  return pieces;
}

export function splitUnits(text: string): string[] {
  return text
    .replace(/[。;；]\s*$/, "")
    .split(/[、,，;；]|\s{2,}/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 2);
}

// A slogan in quotes that heads its task before a colon (“食得放心”:加大食品安全抽检力度,…): the clause runs on past it.
const SLOGAN_HEAD = /^\s*“[^“”]{2,8}”\s*[:：]\s*(?=[\u4e00-\u9fff“])/u;

// When the clause that opens a progress item only dates it (截至11月底,全市城镇新增就业… · 今年以来,…): the name is in the next.
// (…or a word that only turns to the particulars: 具体来看，改造老旧小区32个… · 具体而言 · 从具体项目看.)
const TIME_LEAD = /^\s*(?:(?:(?:截至|截止|到)[^,，。;；:：]{1,12}|今年以来|目前|年初以来)[,，]|(?:具体(?:来看|而言|来说|说来)|从具体项目(?:来)?看)[,，:：])\s*(?=[\u4e00-\u9fff])/u;

// …or only says what need it answers (针对居民小区充电需求，新建电动自行车集中充电设施300处 · 聚焦“一老一小”，…): the name is in the next.
const PURPOSE_LEAD = /^\s*(?:针对|聚焦|着眼于?|立足|紧扣|为了)[^,，。;；:：]{2,20}[,，]\s*(?=[\u4e00-\u9fff“"]{4})/u;

// (A dash after a name of four characters or more closes it too: 城乡供水一体化提升工程——新建改造城乡供水主管网38公里.)
export function firstClause(text: string, sentenceEnd: number): string {
  const sentence = (sentenceEnd < 0 ? text : text.slice(0, sentenceEnd)).replace(TIME_LEAD, "").replace(PURPOSE_LEAD, "");
  const from = SLOGAN_HEAD.exec(sentence)?.[0].length ?? 0;
  const comma = sentence.slice(from).search(/[,，:：;；]|(?<=[\u4e00-\u9fff”"]{4})——/u);
  return comma > 0 ? sentence.slice(0, from + comma) : sentence;
}

// Trailing result phrases of a headline: 深入推进城市更新超额完成目标任务 → 深入推进城市更新 ·
// 棉花街社区体育文化公园建设已开工 → …公园建设
const RESULT_TAIL = /(?:实事)?(?:任务)?(?:超额|圆满|顺利|全面|提前)?(?:完成|交卷)(?:了)?(?:年度)?(?:目标)?(?:任务)?$|(?:稳步|有序)推进$|(?:已经?|均已)?(?:完工|开工|竣工|建成投用|投入使用)$/u;
// (Not where what follows speaks of the programme: …全力推进并已全部办结10件民生实事, a heading of the programme.)
const STATE_TAIL = /(?=工作|已|均已)(?<=[\u4e00-\u9fff”"]{4})(?:工作)?(?:已经?|均已)(?:于|在|全部|有序|顺利|正式|基本|提前|超额|圆满|全面)(?![^,，。;；]*(?:实事|民生))[^,，。;；]*$/u;
// A title longer than this that lists figures between 、 is a list of achievements, not a name.
const LIST_TITLE = 30;
// Qualified figures inside a title: 新建高水平高中1所 → 新建高水平高中, 全年技能培训300万人次 → kept whole when no verb precedes
const TITLE_FIGURE = /\s*(?:不少于|不低于|超过?|以上)?\s*\d+(?:\.\d+)?\s*(?:万|亿)?(?:余|多)?[\u4e00-\u9fff%]{0,4}(?:以上)?$/u;

// What a work costs, as a clause of its own: 总投资3.4亿元 · 全年计划投资57.6亿元 · 投入资金约800万元 (sentence-list.ts
// reads a ；-clause's name past it too).
export const MONEY_CLAUSE = "(?:全年|年度|今年)?(?:总|共|计划|累计|共计)?(?:计划)?(?:投资|投入)(?:资金)?(?:约|达)?\\s*\\d+(?:\\.\\d+)?\\s*(?:万|亿)?元";
// (a time word and the place may come before it: 今年,博兴县总投资13.6亿元的博兴水库…)
const MONEY_BEFORE_NAME = new RegExp(`^(?:(?:今年|年内|全年)[,，]?)?(?:[\\u4e00-\\u9fff]{1,6}?[省市县区镇])?${MONEY_CLAUSE}(?:的(?=[\\u4e00-\\u9fff“"]{2})|(?=(?:新建|建成|建设|完成|实施|改造|新增|开工|启动|续建|改扩建)[\\u4e00-\\u9fff\\d]{2}))`, "u");
const MONEY_AFTER_NAME = new RegExp(`(?=[,，])(?<=[\\u4e00-\\u9fff”"]{2})[,，]\\s*${MONEY_CLAUSE}$`, "u");

export function cleanTitle(text: string): string {
  let title = text
    .replace(/^\s*(?:[一二三四五六七八九十]+\s*[、.]|[一二三四五六七八九十]{1,3}是(?=[\u4e00-\u9fff“"])|\(\s*[一二三四五六七八九十\d]+\s*\)|\d{1,2}\s*[.、](?!\d)|\d{1,2}\s+|[●○◆◇■□▲△★☆•])\s*/u, "")
    .replace(LEVEL_MARK, "")
    // A colon or comma left before the name by the words that introduced it (分别是：新建幼儿园) is no part of it;
    // nor is the 其中： that opens a run of the programme's works.
    .replace(/^[:：,，、]\s*/u, "")
    .replace(/^其中\s*[:：,，]\s*(?=[\u4e00-\u9fff“"])/u, "")
    // A field's tag before the project (【就业】城镇新增就业…) is no part of its name; nor is a numbered tag (礼包1:提供…).
    .replace(/^【[^】]{1,8}】\s*(?=[\u4e00-\u9fff“"])/u, "")
    // …but a tag that is the whole heading is its name (【上学更方便】).
    .replace(WHOLE_TAG, "$1")
    .replace(/^[\u4e00-\u9fff]{1,3}\s*\d{1,2}\s*[:：]\s*(?=[\u4e00-\u9fff“])/u, "")
    // …nor the programme's own ordinal label (实事1 就业保障 · 实事三：…).
    .replace(/^(?:实事|事项)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：、.]?\s*(?=[\u4e00-\u9fff“"])/u, "")
    // (…and the comma after that year, 2022年，全县新建…: the clause's own opening.)
    .replace(/^\d{4}年度?[,，]?\s*(?:全省|全市|全县|全区)?/u, "")
    // What a work costs is no part of its name, before it (总投资3.4亿元的市民文化中心 · 投资5300万元建成公租房510套) or after it (…工程包,全年计划投资57.6亿元).
    .replace(MONEY_BEFORE_NAME, "")
    .replace(MONEY_AFTER_NAME, "")
    // A name quoted and called a project ("婚姻登记跨区通办"项目) is the name in the quotes.
    .replace(/^“([^“”]{4,40})”(?:项目|工程)$/u, "$1")
    // So is a name the text calls a 实事, what it did told after (农贸市场改造实事改造提升农贸市场 · 卫生室建设实事).
    .replace(/^([\u4e00-\u9fff“”"]{4,24}?[^民生办件项大为])实事(?:(?:全年|新增|新建|改造|建成|完成|实施|开展|提升|推进|为).*)?$/u, "$1")
    // A notice's heading "关于X" names X.
    .replace(/^关于(?=[\u4e00-\u9fff“"]{4})/u, "")
    // A news story's byline that opens the first name of its lead (河北新闻网讯(采访人员 张三)新建4所中小学、…).
    .replace(/^[\u4e00-\u9fff]{0,10}讯\s*[(（][^()（）]{1,30}[)）]\s*(?=[\u4e00-\u9fff“"])/u, "")
    // …or a byline alone in brackets ((记者 魏某 通讯员 王某)城市道路提档升级工程、…).
    .replace(/^[(（]\s*(?:特约)?(?:记者|通讯员|采访人员)[^()（）]{1,40}[)）]\s*(?=[\u4e00-\u9fff“"])/u, "")
    // The count of a work's indicators ends its name (“新徽菜·名徽厨”行动(2项指标)*1.开展…): its indicators follow.
    .replace(/(?<=[\u4e00-\u9fff”"]{3})\s*[(（]\s*\d+\s*项指标\s*[)）].*$/u, "")
    // Who leads it, in brackets after the name (学前教育扩容（牵头单位：市教育局）), is no part of it.
    .replace(/\s*[(（](?:牵头|责任|承办|主办|配合)(?:单位|部门)\s*[:：][^()（）]*[)）]\s*$/u, "")
    // Nor are the votes a 票决 gave it (农村饮用水提标工程（得票198张） · …工程（赞成票182票）).
    .replace(/\s*[(（]\s*(?:得票|票数|赞成票|同意票)(?:数)?\s*[:：]?\s*\d+\s*[张票]?\s*[)）]\s*$/u, "")
    // Nor is the task a bracket after the name states with its figure (新建县第三实验幼儿园（新增学前教育学位270个） · 农村供水保障提升工程
    // （受益群众1.1万人）): the work's figure, read as such; not the years it runs (2020—2022年) or its phase (一期).
    .replace(FIGURE_BRACKET, "")
    .replace(/[。;；,，:：\s]+$/u, "")
    .trim();
  // A long list of what was done stands for its project by its first piece: 已新增老年助餐服务点235个、新增… → 新增老年助餐服务点
  if (title.length > LIST_TITLE && /^已/u.test(title) && title.includes("、") && /\d/.test(title)) title = title.slice(0, title.indexOf("、")).replace(/^已(?:经)?(?:完成)?(?=[\u4e00-\u9fff]{3})/u, "");
  // What a progress item says of its state after the name (…提档升级工作已有序完成 · 市广济医院已于11月24日正式启用) is no part of it.
  title = title.replace(STATE_TAIL, "");
  const stripped = title.replace(RESULT_TAIL, "");
  if (stripped.length >= 4) title = stripped;
  // A name and its task after a colon, the task stating its figure (农村公路建设：新建改造农村公路120公里 ·
  // “学位扩容”：新建、改扩建公办中小学和幼儿园15所): the name, out of its quotes. So is a short name before a short
  // remark, a subhead's (保障性住房：开工基本到位), unless the name is a field's label (项目名称：…) or the remark a task
  // (学前教育：扩大普惠性资源).
  title = nameBeforeTask(title) ?? title;
  const remarked = NAME_THEN_REMARK.exec(title);
  if (remarked && !FIELD_NAME.test(remarked[1]!) && !STATEMENT.test(remarked[2]!)) title = remarked[1]!.trim();
  // A work named after the scope its figures give it (实施15村2130户9600人的整村推进项目): the work.
  const scoped = SCOPED_WORK.exec(title);
  if (scoped) title = scoped[1]!;
  // A name run on into its task with no mark between (a page lost its bold or colon):
  // 老旧小区改造工程改造南昌市17个老旧小区 → 老旧小区改造工程 · 智慧平安小区建设由全市12个区县… → 智慧平安小区建设
  const runOn = RUN_ON.exec(title);
  if (title.length > RUN_ON_TITLE && runOn && runOn.index + runOn[1]!.length >= MIN_RUN_ON_NAME) title = title.slice(0, runOn.index + runOn[1]!.length);
  // …or where a name that opens on a verb meets the task's own verb (打造南昌市15分钟健身圈完成65个点位… ·
  // 推进既有住宅加装电梯推进既有住宅加装电梯加装139台 · 推广社区诊所实行医保刷卡组织开展…).
  else if (title.length > RUN_ON_TITLE && VERB_NAME.test(title)) {
    const second = TASK_VERB.exec(title.slice(MIN_VERB_NAME));
    if (second) title = title.slice(0, MIN_VERB_NAME + second.index);
  }
  // "开工改造城镇老旧小区38.94万户" → the work, not the figure, where words come before it.
  const figure = TITLE_FIGURE.exec(title);
  if (figure && figure.index >= 4) title = title.slice(0, figure.index);
  // (…and the figure before it, where two measures of the work are parted by 、: 新建改建城市道路14条、31.6公里 → 新建改建城市道路.)
  const pair = figure && figure.index >= 4 && /、$/u.test(title) ? TITLE_FIGURE.exec(title.slice(0, -1)) : null;
  if (pair && pair.index >= 4) title = title.slice(0, pair.index);
  // "为8000户特殊困难老年人家庭实施适老化改造" → the work; the figure is a metric already.
  const inner = title.replace(INNER_FIGURE, "");
  if (inner !== title && inner.length >= 6 && /^[为对在向给]/u.test(title)) title = inner;
  // A tag after a project's name (…建设项目(票决项目) · …改造工程(第三项)), and what runs on after it, are no part of it.
  title = title.replace(TAG_AFTER_NAME, "");
  // A bracket the name's clause left open (科教惠民工程(项目6个,其中…)): the remark is cut, so the name ends before it.
  title = title.replace(OPEN_REMARK, "");
  // What a figure taken out leaves behind: 在园幼儿占比达到(45%) → 在园幼儿占比 · 项目建设已(完成) · 节能保温改造约(120万平方米) ·
  // 管网改造工程已完成(16公里)
  // (Not the 全州 of 全州县.)
  return title.replace(/^(?:全省|全市|全县|全区|全州(?![县市区])|全盟|全旗)/u, "").replace(FIGURE_LEFTOVER, "").trim();
}

// A bracket closing a name of four characters or more that tells a task with its figure and unit: （新增学位270个） · （改造管网12.6公里）.
const FIGURE_BRACKET = new RegExp(`(?<=[\\u4e00-\\u9fff”"]{4})\\s*[(（][^()（）]*?[\\u4e00-\\u9fff][^()（）]*?\\d+(?:\\.\\d+)?\\s*(?:万|亿)?(?:${MEASURE_UNITS}|例|项)[^()（）\\d]*[)）]\\s*$`, "u");
// (not a phase, which names the work: 农村生活污水治理工程(一期))
// The programme's own ordinal a notice tags a project's name with: (第十一项) · （第3项）. layouts/tagged.ts reads the names it tags.
export const ORDINAL_TAG = "[(（]第([一二三四五六七八九十百零〇\\d]{1,5})[项項件][)）]";
const TAG_AFTER_NAME = new RegExp(`(?<=(?:项目|工程|行动|項目|行動))\\s*(?:[(（](?:票决项目|票決項目)[)）]|${ORDINAL_TAG}).*$`, "u");
// An opening bracket never closed, and the words that follow it, after a name of four characters or more
// (not a web address cut open: 访问…页面(http://…, which says the item is none).
const OPEN_REMARK = /(?=\s*[(（])(?<=[\u4e00-\u9fff”"]{4})\s*[(（](?=[^()（）]*[\u4e00-\u9fff])[^()（）]*$/u;
// (not the 约 of 节约 · 签约 · 预约, nor the 共 of 公共)
const FIGURE_LEFTOVER = /(?=达到|已达|已|约|共)(?<=[\u4e00-\u9fff]{4})(?:达到|已达|已经?(?:完成|建成)?|(?<![节签预])约|共计|(?<!公)共)$/u;

// A title longer than this may be a name run on into its task…
const RUN_ON_TITLE = 16;
// …where a name's last word meets the task's first (a verb, a year, a place of work); the name is this long at least.
const RUN_ON = /(工程|项目|行动|计划|整治|发展|建设)(?=(?:完成|改造|建成|新建|新增|新改建|实施|推进|组织开展|开展|整治|巩固|利用|累计|由|在|对|为|\d{4}年|全市|全县|全区|全省|全年|今年|年内|城镇))/u;
const MIN_RUN_ON_NAME = 6;
const VERB_NAME = /^(?:继续)?(?:推进|打造|推广|实施|开展|加快|提升)/u;
const TASK_VERB = /完成|组织开展|推进/u;
const MIN_VERB_NAME = 8;
// A scope of figures, 的, and the work it is the scope of, ending the title: …4乡镇9村412户1786人的易地扶贫搬迁工程
const SCOPED_WORK = /^[^的]*\d[^的\d]*的([\u4e00-\u9fff“”"]{3,20}(?:工程|项目|行动))$/u;
// A figure inside a title, with its qualifiers: 8000户 · 约3500名 · 不少于2.9万名
const INNER_FIGURE = /(?:约|不少于|超过?)?\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?[户人名个所家座处条台套项](?:以上)?/gu;


// A task's size as its clause writes it after the name: 200个 · 不少于2000场次 · 约3000个 · 400个以上 · 80%以上
const SIZE_AFTER = /^(?:不少于|不低于|超过?|约|达到|至)?\d+(?:\.\d+)?(?:万|亿)?(?:余|多)?(?:[\u4e00-\u9fff]{1,3}?|%)(?:以上|左右)?(?=[,，。;；、:：(（]|$)/u;

// A title longer than this is a sentence run on past the name (提高新农合保障水平全年目标是…稳定在): no size is added to it.
const SIZED_TITLE = 24;

/**
 * A plan's task keeps the size it promises in its name, as a reader writes it: 新建充电桩 of
 * "新建充电桩200个，满足…" is 新建充电桩200个, 为贫困残疾人家庭实施… of "为62户贫困残疾人家庭实施…"
 * is 为62户贫困残疾人家庭实施…. An achievement's figure stays out (开工改造城镇老旧小区, of 38.94万户
 * done). `raw` is the words the title was cleaned from; `target(from, to)` says whether a figure
 * read as a target lies in raw's [from, to). The title unchanged where no target sits beside it.
 */
export function sizedTitle(title: string, raw: string, target: (from: number, to: number) => boolean): string {
  if (!title || title.length > SIZED_TITLE) return title;
  const at = raw.indexOf(title);
  if (at >= 0) {
    const after = at + title.length;
    const size = SIZE_AFTER.exec(raw.slice(after));
    return size && target(after, after + size[0].length) ? title + size[0] : title;
  }
  for (const m of allMatches(raw, INNER_FIGURE)) {
    const without = raw.slice(0, m.index) + raw.slice(m.index + m[0].length);
    const from = without.indexOf(title);
    if (from >= 0 && from < m.index && m.index < from + title.length && target(m.index, m.index + m[0].length)) return raw.slice(from, from + title.length + m[0].length);
  }
  return title;
}
