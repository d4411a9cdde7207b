// Narrative reports (no numbering at all): projects are the 工程 the text names, and the
// themes of the sentences that report figures outside any named 工程.
import type { Block } from "../structure.ts";
import { sliceSpan, allMatches } from "../text.ts";
import { bigramDice as dice, bigrams } from "../similarity.ts";
import { extractFigures, HOW_FAR, PROGRAMME_SENTENCE } from "../figures.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { numeral } from "../markers.ts";

/** A topic is one of the named 工程 only when more than this share of its characters are in the name (a coincidence of 民生 or 工程 stays below it). */
const NAMED_FOR_CONTAINMENT = 0.59;
/** A sentence with no shared figure still speaks of the scope at this bigram Dice: a few shared words, not a theme. */
const SHARED_THEME_DICE = 0.12;
/** A clause without a subject continues the theme before it at this bigram Dice of their topics. */
const SAME_TOPIC_DICE = 0.25;

// Where a named 工程 begins: after these words or punctuation. 围绕就业促进工程 · 我市实施义务教育学校扩容提质工程
const NAME_BOUNDARY = /(?:围绕|实施|推进|还有|目前|(?:做[实细优好强]){1,3}|为|在|的|是|了|通过|开展|启动|持续|深入|加快|我市|我省|我县|全市|全省|工程[和与及])$/u;
// Not a project of its own: 20项民生工程 · 多项民生工程
// · (为)民办实事工程 (the programme's own name, cut after 为 as a boundary)
const GENERIC = /^(?:\d+项|多项|各项|一批|重点)?(?:民生|重点|惠民|民心|为?民办实事)?工程$/u;
// A clause that opens on a 项目's name, then does its work: 老旧小区改造项目全年改造… · 在…适老化改造项目中 · 新建第五幼儿园项目主体已完工 · “两癌”免费筛查项目持续推进
const SUBJECT_PROJECT = /^\s*(?:在|其中)?([\u4e00-\u9fff“”]{4,20}?项目)(?=中|全年|今年|共|累计|已|主体已|新建|新增|改造|新改建|利用|完成|实施|(?:持续|稳步|有序)推进|铺设|建成|帮助|培训|惠及|发放|安装|在全[省市县区]|为(?:全|\d))/u;
// A named 工程 that scopes the text after it: 围绕X工程, · 为做实做细X工程, · X工程中, · X工程年内完工，约2.3万名群众…
// · 老旧小区改造项目全年改造… (a 项目 as the subject that opens a clause, SUBJECT_PROJECT)
const SCOPE = new RegExp(String.raw`(?:围绕|为(?:做[实细优好强]){0,3})([^,，。;；]{2,30}?工程)(?:中)?\s*[,，]|实施([^,，。;；]{2,30}?工程)\s*[,，]|([^,，。;；]{2,30}?工程)(?:中\s*[,，]|已|正在|共|(?:年内|年底前|如期|按期|提前|顺利|全面)?(?:建成|完工|竣工))|(?<=^|[,，:：]\s*)${SUBJECT_PROJECT.source.replace(/^\^\\s\*/u, "")}`, "gu");
// Scopes that hold to the end of their paragraph: 围绕就业促进工程, · 为做实做细X工程,
const PARAGRAPH_SCOPE = /^(?:围绕|为)/u;
// A clause that carries on the theme before it: 剩余5个项目 · 其中竣工项目12个 · 实现新增… · 完工764.6公里
// · 目前已开工85个 · 已建成投用9个 (a clause with no subject before its 已 reports on the work before it) · 基本建成4200套
const CONTINUES = /^(?:剩余|其余|其中|涉及|惠及|覆盖|分别|合计|共计?|累计|占|实现|主体|竣工|完工|基本(?:建成|完工|竣工)|同时|此外|并|赔付|完成|(?:目前|现)?已)/u;
// A second achievement in the same breath names the theme too: 已建立…档案43万份,完成…筛查43万人
const PARALLEL = /^完成/u;
// A clause that only measures what the clause before it did, short before its figure: 增长8% ·
// 新开工60个 · 面积约6000平方米 · 网络点击量约23.38万人次 · 吸引超过3000人次 · 目标达成率36.5% · 为任务的116.3%.
// · 比年初承诺多出1200人 · 原计划为100个 · 年初计划为1200场 · 计划是200个 (the promise it is measured against).
const MEASURES_BEFORE = /^(?:同比|比上年|较上年|[比较]去年(?:同期)?(?:高出|增加|提高|增长)?|[比较]年初(?:承诺|计划|目标)?(?:多出?|增加)|(?:年初|原)(?:承诺|计划|目标)|(?:计划|目标)(?:是|为)|[高低]于|增长|下降|减少|超额完成|提前完成|新开工|在建|面积|总面积|目标达成率|达成率|为(?:年度|全年)?(?:目标|任务|计划))|(?:约|超过|逾)$/u;
// A measure's label is this short at most (绿化修复提升面积约: 9); a longer lead names a work of its own.
const MEASURE_MAX = 12;
// 为全市残疾人提供康复…等服务15621人 → 残疾人服务
const SERVICE = /^为(?:全市|全省|全县)?(.{2,8}?)提供.*?服务/u;
// 为3200名适龄女孩开展免费HPV疫苗接种 → 免费HPV疫苗接种 (the people counted, then the work done for them)
const FOR_WHOM_WORK = /^为[\d.]+\s*(?:万|亿)?(?:余|多)?[名人户位个](?:[\u4e00-\u9fff]|\d+\s*周?岁){1,10}?(?:开展|实施|进行)了?([\u4e00-\u9fffA-Za-z“”]{4,20})$/u;
// A clause that states a theme without a figure: 加强养老服务人才培养培训 · 在“四好农村路”提升方面
// 将符合条件的困难群众纳入救助范围 → 困难群众救助 · 水利补短板加快推进 → 水利补短板 · 把老旧供热管网改造列为民生实事 → 老旧供热管网改造
// The verbs a statement of a theme opens on: 加强… · 推进… · 改善….
const THEME_VERBS = "加强|推进|实施|开展|推动|完善|提升|提高|深化|扩大|优化|落实|做好|强化|加大|促进|关注|支持|改善|增加";
const STATEMENT = new RegExp(String.raw`^(?:${THEME_VERBS})(.{3,24})$|^在(.{2,24})方面$|^将(?:符合条件的)?(.{2,10}?)纳入(.{2,6}?)范围$|^([\u4e00-\u9fff“”]{3,16}?)(?:加快|稳步|有序|顺利|全面|扎实)推进$|^(?:今年)?把(.{2,16}?)列为(?:今年的?|全年的?)?(?:重点)?(?:民生实事|为民办实事)$`, "u");
// A field named as a task of its own (在加强养老服务方面): a work, however the text counts its fields.
export const TASK_FIELD = new RegExp(`^(?:${THEME_VERBS})`, "u");
// Who states it and how, before the verb: 我市大力开展… · 持续推进… · 进一步扩大…
const STATEMENT_LEAD = /^(?:我[市省县区]|全[市省县区])?(?:大力|积极|着力|扎实|全面|深入)?(?:进一步|持续|不断)?/u;
const statementTopic = (m: RegExpExecArray) => m[1] ?? m[2] ?? m[5] ?? m[6] ?? `${m[3]}${m[4]}`;
// The subject of a clause before 已/正在: 棚户区改造已建设安置房项目7个 · 残疾人保险已完成赔付429人
const SUBJECT = /^(?:全市|全省|全县|今年|目前)?([\u4e00-\u9fff“”"]{3,16}?)(?:已|正在)/u;
// The date a progress report counts to: 截至9月底 · 截止6月30日 · 到目前为止 · 截至三季度末.
const COUNTED_TO = /^(?:截至|截止|到)(?:今年|去年|上年|目前|年底|\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[一二三四]季度|上半年|前三季度)(?:底|末|[上中下]旬|为止)?/u;
// The period a progress report counts over, which names no thing: 一季度 · 前三季度 · 上半年 · 1-6月.
const PERIOD = /^(?:今年)?(?:[一二三四]季度|前三季度|上半年|\d{1,2}(?:-\d{1,2})?月(?:份|底|末)?)/u;
// A topic that is the programme itself, not one of its projects: “十件实事”的… · 民生实事中 · 实事计划总投资 (its count before it) · 其余
// · 20项民心工程 · 34个子项工程 (its count) · 也最能折射出民心工程 · 今年河北省民生工程 · 民心工程中 (its name, last)
// · 所有工程 · 具体工作包括：(all of them)
const PROGRAMME_TOPIC = /[十\d]+[件项大](?:民生)?实事|^实事|民生实事|为民办实事|^(?:其余|其中|常态化开展的有)$|\d+\s*个?子?项(?:民心|民生|惠民)?(?:工程|项目)|^子项(?:工程|项目)?$|(?:民心|民生)(?:工程|项目)中?$|^(?:所有|全部|各项|具体)(?:工程|工作|项目|任务)(?:包括)?[:：]?$/u;
// A topic that is how the programme was chosen, not one of its projects: 征集到项目建议40余个 ·
// 300多位省人大代表…也提出207个建议项目 · 365位代表通过无记名投票.
const CHOOSING_TOPIC = /征集|征求|投票|票决|意见建议|人大代表|委员|政协|建议项目|收到的?建议|比选|遴选|备选|候选|^也?提出$/u;
// A topic that is the economy's yearly target, not a livelihood project: 地区生产总值增长6% ·
// 城镇登记失业率控制在4%以内 · 民生支出占公共财政预算支出的75% · 经济社会发展的主要预期目标是：… · 城乡居民人均可支配收入增长7%.
export const ECONOMY_TOPIC = /生产总值|失业率|财政|预算|消费价格|固定资产投资|社会消费品|能耗|民生支出|主要预期目标|可支配收入(?:分别)?增长/u;
// A topic cut off before its object (代表、委员对) or that places a count (具体分布在…).
// So is one that stops at its verb (公布了 · 筛选出 · 最终确定 · 铺开涉及 · 构建覆盖 · 满意率分别 · 可通过以下).
// So is one cut before its figure's measure word (投资总额超 · 投入资金近 · 供热面积由 · 参合率保持在 · 占地约 · 盐城今年将),
// not a floor or ceiling the task names (…充电桩不少于 · 筛查率不低于).
const CUT_OFF = /对$|(?:目标|任务|计划)(?:是|为)$|^(?:具体)?分布在|(?:了|[选评筛]出|确定|涉及|(?<!全)覆盖|分别|以下|超|至|在|由|将|约|大概|近|达|占|(?<![少低高多大])于)$/u;
// A topic that names no thing, only when or how it was done (到今年 · 到目前 · 新增 · 在建 · 竣工 · 总投资近).
const NO_THING = /^(?:到|截至)?(?:今年|目前|年底|当前)?(?:新增|更新|在建|竣工|完成|启动|开工|实施|总投资|共计|总计|累计)*(?:近|约|达)?$/u;
// Topics that are no project of the programme, whatever figures they carry (the last: one that stops
// before its thing, 市委、市政府确定的).
// A topic that is a page's label (龙泉驿新闻: · 新闻导读:), or that opens on what it refers back to (上述工程 ·
// 这里…): no thing of its own.
// (Not a project's own name before its colon: 推进适老化改造（省定）：.)
const LABEL_OR_BACK_REFERENCE = /(?:新闻|导读|要闻|资讯|快讯|速递|聚焦|关注)\s*[:：]$|^(?:上述|这里|这些)/u;
// A topic that opens on who speaks, after a connective: 同时我们给… · 另外我们….
const SPEAKER_TOPIC = /^(?:同时|另外|此外|而且)?(?:我们|我(?![市县区省州旗]))/u;
// What a work will hold, not a work: 可容纳学生(1800人) · 建成后可提供学位(360个) · 该园设计办园规模(12个班).
const CAPACITY = /^(?:建成后|投用后)?(?:可|能|将可)(?:容纳|提供|满足|解决)|(?:设计|办园|办学)规模$/u;
const NOT_A_PROJECT = [PROGRAMME_TOPIC, CHOOSING_TOPIC, ECONOMY_TOPIC, NO_THING, CUT_OFF, LABEL_OR_BACK_REFERENCE, SPEAKER_TOPIC, CAPACITY, /的$/u];
const HAS_FIGURE = /\d|[两三四五六七八九十][十百千万]/u;
// A figure that counts the programme's own projects (公布了18项民生实事 · 最终确定12个候选项目 · 涉及25个项目 ·
// 有9个指标超额完成年度任务): no measure of a project.
export const PROGRAMME_COUNT = /(?:\d+|[一二三四五六七八九十两]+)\s*(?:个|项|件|大)?(?:民生|惠民|为民)?(?:实事|项目|候选项目|工程|事项|指标)/gu;
// In a sentence that speaks of the programme (PROGRAMME_SENTENCE), every N项 counts its projects (20项重点民生实事完成1项，推进正常19项).
// (So does one told by how far it got: 22项达到或超过序时进度 · 4项略慢于序时进度.)
const PROJECTS_COUNTED = new RegExp(`(?:\\d+|[一二三四五六七八九十两]+)\\s*[项件](?:(?![\\u4e00-\\u9fff])|(?=${HOW_FAR}))`, "gu");
// A share of the programme told by how far it got, whatever the sentence names it by: 其中6件超额完成年度目标任务 · 其余4项正在推进
// · 有1件已经提前完成全年任务,6件达到或超过时间过半的要求,还有3件因为受施工季节影响… (N件 opening a clause counts works, not a thing)
// · 15件实事中有13件已经开工 (中有 left where the programme's count is taken out).
const SHARE_TALLIED = new RegExp(`^(?:其中|其余|另有|还有|中有|有)?\\s*(?:\\d+|[一二三四五六七八九十两]+)\\s*[项件](?=${HOW_FAR}|因|受|进度)`, "u");
// A percentage, or a band of them (超过75% · 80%以上): how far a share of the programme got, after its count.
const BAND = /\d+(?:\.\d+)?\s*%/gu;
// A clause that only says where the next works are done, counting the places (在民族自治地区的51个县(市)): no measure.
const PLACES_SCOPE = /^\s*(?:在|对|于)[^\d,，。;；]{0,16}?\d+\s*个\s*(?:县|市|区|乡镇|乡|镇|村|街道|社区)[^\d,，。;；]{0,8}$/u;

function measuresAnything(clause: string, programme = false): boolean {
  if (PLACES_SCOPE.test(clause)) return false;
  // (A share's band is its own: 5件完成进度超过75% · 其中8项进度达到80%以上.)
  const counted = clause.replace(PROGRAMME_COUNT, "");
  const rest = SHARE_TALLIED.test(counted) ? counted.replace(SHARE_TALLIED, "").replace(BAND, "") : counted;
  return HAS_FIGURE.test(programme ? rest.replace(PROJECTS_COUNTED, "") : rest);
}

// 项目 words that name no work: (杭州市为民办实事)项目 · 重点项目 · 建设项目 · 该项目 · 12个项目 · 代表对项目 (not 村卫生室标准化建设项目).
const GENERIC_PROJECT = /(?:实事|民生|惠民|民心|重点|在建|新开工|续建|储备)项目$|^[\u4e00-\u9fff]{0,2}建设项目$|^(?:这个|该|这些|各|所有|其他|其余|部分|[\d一二三四五六七八九十两]+个)|^“?[^“”]{0,3}”?项目$|[对把将从就向给](?:各|全部|所有|这些)?项目$|[是为有]项目$/u;

function namedProjects(blocks: Block[]): string[] {
  const names: string[] = [];
  for (const b of blocks) {
    if (b.type !== "body" || /[…]{1,2}$|\.{3,}$/.test(b.text)) continue; // a teaser list of examples
    // Works a count names in brackets, as many as it counts (常态化开展的有2项（城乡公益性公墓管理维护；餐饮油烟…整治）): the
    // text's own names, figures or none.
    for (const m of allMatches(b.text, BRACKETED_WORKS)) {
      const listed = m[2]!.split(/[；;、]/u).map((n) => n.trim());
      if (listed.length === numeral(m[1]!) && listed.every((n) => [...n].length >= MIN_TOPIC && !/\d/u.test(n))) names.push(...listed.filter((n) => !names.includes(n)));
    }
    for (const sentence of b.text.split(/[。;；]/)) {
      let sub = false;
      // (Not 工程 as the first part of a word: 工程质量 · 工程进度 · 工程款 · 工程科.)
      for (const m of allMatches(sentence, /工程(?!质量|进度|款|师|队|车|科|处|部|公司)/gu)) {
        let from = m.index!;
        // (A quoted name starts at its opening quote: 了解“幸福工程”和“关爱工程”; one whose quoted part opens it runs
        // back over it: “皖美家政”提质扩容工程.)
        while (from > 0 && !/[,，、:：()（）\s]/.test(sentence[from - 1]!) && !NAME_BOUNDARY.test(sentence.slice(0, from))) {
          from--;
          if (sentence[from] === "“") break;
        }
        const closed = sentence[from] === "“" && sentence[m.index! + 2] === "”" ? "”" : "";
        const name = (sentence.slice(from, m.index! + 2) + closed).replace(/^(?:和|及|与|等)/, "");
        if (sub || name.length < 4 || GENERIC.test(name.replace(/^.*?(\d+项|多项)/, "$1"))) continue;
        if (!names.includes(name)) names.push(name);
        if (sentence.slice(m.index! + 2, m.index! + 3) === "中") sub = true; // X工程中,Y工程…: Y is part of X
      }
      // A 项目 named as the subject that opens a clause and does the work after it (村卫生室标准化建设项目共新建… ·
      // “城乡学位扩容”项目全年新建… · 在特殊困难老年人家庭适老化改造项目中,…): a work's own name. (Not 项目 elsewhere:
      // 新开工项目12个 · 重点项目 · 民生实事项目 name no work.)
      for (const clause of sentence.split(/[,，:：]/u)) {
        const m = SUBJECT_PROJECT.exec(clause);
        const name = m?.[1];
        if (name && !GENERIC_PROJECT.test(name) && !names.includes(name)) names.push(name);
      }
    }
  }
  // (Nor a kind of works that names examples: 农村户厕等室外工程; nor what is left of one: 剩余管网工程.)
  // (Nor works that only do, naming no thing: 改造工程全部完工 of a sentence's 乡镇卫生院.)
  // (Nor a work's part, 主体工程 · 安全生命防护工程, nor words of praise, “头号工程” · “德政工程”.)
  // (Nor works counted loosely, 很多工程 · 一些工程, nor one given as an example, 比如饮水工程.)
  return names.filter((n) => !/(?:很多|许多|一些|不少|部分|各类|多个)工程$|^(?:比如|例如|像)/u.test(n) && (!/民生工程$/.test(n) || n.length > 6) && !/等[\u4e00-\u9fff]{0,6}工程$/u.test(n) && !/^(?:剩余|其余|其他|部分|个别|相关|配套)/u.test(n) && !VERBS_ONLY.test(n.slice(0, -2)) && !PART_OR_PRAISE.test(n));
}

// A count and, in brackets, the names of its works: 有2项（A；B） · 3个（A、B、C）.
const BRACKETED_WORKS = /(\d+|[一二三四五六七八九十两]+)\s*[项个件]\s*[（(]([^()（）。]{8,240})[)）]/gu;

// A 工程 that is a part of a work (主体工程 · 安全生命防护工程 · 附属工程), or words of praise in quotes (“头号工程” · “德政工程” ·
// “精品工程”: not a work's own name in quotes, “小巷工程” · “雪亮工程”).
const PART_OR_PRAISE = /(?:^|完成|的)(?:主体|附属|配套|土建|基础|安装|安全生命防护|安防)工程$|^“?(?:头号|一号|德政|民心|民生|精品|良心|放心|样板|形象|面子)工程”?$/u;

export function narrativeItems(blocks: Block[]): Structure {
  const body = blocks.filter((b) => b.type === "body");
  const first = blocks.indexOf(body[0]!);
  const names = namedProjects(blocks);
  const items = new Map<string, ItemDraft>();
  const order: string[] = [];
  const itemFor = (title: string): ItemDraft => {
    let item = items.get(title);
    if (!item) {
      item = { no: null, title, titleSpan: null, level: null, section: null, responsible: [], passages: [], list: 0 };
      items.set(title, item);
      order.push(title);
    }
    return item;
  };
  const namedFor = (topic: string) => {
    let best: string | null = null;
    let bestScore = NAMED_FOR_CONTAINMENT;
    for (const n of names) {
      const s = charContainment(topic, n);
      if (s > bestScore) [best, bestScore] = [n, s];
    }
    return best;
  };
  for (const n of names) itemFor(n);
  const fieldsGroupWorks = blocks.some((b) => countsFieldsApart(b.text));

  for (const b of body) {
    if (/[…]{1,2}$|\.{3,}$/.test(b.text)) continue;
    const span = b.paragraph.span;
    // Scopes: from a named 工程 to the end of the paragraph (围绕…, 为…, …中) or of the sentence (…已).
    let scopeName: string | null = null;
    // A run of figures closed by …… (a lede's teaser: 新增公共停车位1664个、改造棚户区4490户……) is a sentence of its own, and read as none.
    const sentences = allMatches(span.text, /[^。;；…]+(?:[。;；]|…+)?/gu);
    let scopeLabels = "";
    // The works the paragraph's sentence before reported (a year's plan, then how far it got: 今年计划新建改扩建公办幼儿园300所 ‖ 截至9月底,已建成公办幼儿园246所).
    let before: ItemDraft[] = [];
    let sticky = false;
    // The named 工程 a sentence without figures spoke of last, in this paragraph.
    let lastNamed: string | undefined;
    const backTo = (name: string | undefined) => (name ? itemFor(name) : undefined);
    for (const s of sentences) {
      // (A sentence that opens on a quotation's close opens after it.)
      const closes = s[0].startsWith("”") ? 1 : 0;
      const text = s[0].slice(closes);
      const at = s.index! + closes;
      // (Nor is a question, an interviewer's: 供热管网改造进度只有45%,今年冬天供暖会不会受影响?)
      if (text.endsWith("…") || /[?？]$/u.test(text.trim())) continue;
      // (Nor what someone says in quotes: “等这个泵站运转起来,周边五个村的自来水就能24小时不断了。”; nor what a
      // resident says without them: 刚刚入职的青年小刘说,在家门口就找到了每月5000多元的工作.)
      if ((quoted(span.text, at) && !QUOTED_RESULT.test(span.text.trim())) || residentSays(text)) continue;
      // (A 工程 named after figures of other works in its sentence scopes none of them: 2个…已完成1个(50%)、…,
      // 皖北…引调水工程正在施工中(93%).)
      const match = allMatches(text, SCOPE).find((m) => !HAS_FIGURE.test(text.slice(0, m.index).replace(/^[^,，]*(?:截至|截止)[^,，]*[,，]/u, "")));
      const scope = match ? (match[1] ?? match[2] ?? match[3] ?? match[4])!.replace(NAME_PREFIX, "") : undefined;
      const named = scope ? names.find((n) => n.replace(/”$/u, "").endsWith(scope) || scope.endsWith(n.replace(/”$/u, ""))) ?? null : null;
      if (named) {
        scopeName = named;
        scopeLabels = text;
        sticky = PARAGRAPH_SCOPE.test(match![0]);
      } else if (scopeName && !sticky && !sharesTheme(text, scopeLabels)) scopeName = null;
      const spoken = names.filter((n) => text.includes(n)).at(-1);
      if (!HAS_FIGURE.test(text)) {
        if (spoken) lastNamed = spoken;
        continue;
      }
      if (scopeName) {
        itemFor(scopeName).passages.push({ span: sliceSpan(span, at, at + text.length), role: null });
        scopeLabels += text;
        continue;
      }
      const reported: ItemDraft[] = [];
      for (const theme of sentenceThemes(text, fieldsGroupWorks)) {
        const named = namedFor(theme.topic);
        // (A theme that refers back, 该工程同时计划完成…, tells more of the work before it.)
        // (Or to the named 工程 the text spoke of last, before it in its sentence or in one without figures: 在X工程北大镇段，代表们了解到，该工程今年计划…)
        const back = BACK_REFERENCE.test(theme.title) ? (before.findLast((it) => names.includes(it.title) || namesAThing(it.title)) ?? backTo(names.filter((n) => text.slice(0, theme.start).includes(n)).at(-1) ?? lastNamed)) : undefined;
        // (A theme told again joins the work only where it names a work: the programme's own tally, 计划实施重点民生项目共46个, joins none.)
        // (So does a sentence that opens on how far a work got, naming no work, after a sentence that told one: 今年的目标是改造老旧小区92个… ‖ 截至6月底,已开工61个.)
        const carried = theme.headless && before.length === 1 && (theme.headless === true || sharesWord(theme.title, before[0]!.title)) ? before[0] : undefined;
        // (Not a work of a sentence that named none, only dated: 2019年，我市把城镇老旧小区改造作为头号民生工程。‖ 全年改造老旧小区126个.)
        // (A theme in the words of the 工程 the paragraph named last, in a sentence of its own, tells of it: 农村饮水安全巩固提升工程进展顺利。
        // ‖ 今年全市计划巩固提升9.2万农村人口…)
        const echoed = !named && !back && lastNamed && [...theme.title].length >= 2 && lastNamed.includes(theme.title) ? itemFor(lastNamed) : undefined;
        const item = back || carried || echoed || (!named && namesAThing(theme.title) && before.find((it) => namesAThing(it.title) && toldAgain(theme.title, it))) || itemFor(named ?? quotedName(theme.title, span.text.slice(0, at + theme.end)) ?? theme.title);
        item.passages.push({ span: sliceSpan(span, at + theme.start, at + theme.end), role: null });
        reported.push(item);
      }
      before = reported;
    }
  }
  // A theme whose sentences hold no figure after all (dates only) is no project; named 工程 stay.
  const kept = order
    .map((t) => items.get(t)!)
    // A topic that runs on into a second one ends before the word that joins them (全区消防设施提升和…).
    .map((item) => ({ ...item, title: item.title.replace(/(?<=.{2})(?:[和与]|(?<![涉以普波危顾触企])及)$/u, "") }))
    .filter((item) => !NOT_A_PROJECT.some((re) => re.test(item.title)))
    // A topic of three characters or fewer is a piece of a clause (斥资 · 宽度 · 还差 · 开工率 · 12月底), not a work the
    // text names: across the held-out pages no gold project matched one (docs/CONVERTER.md, twenty-fourth round).
    .filter((item) => names.includes(item.title) || [...item.title].length >= MIN_TOPIC)
    .filter((item) => names.includes(item.title) || item.passages.some((p) => extractFigures(p.span.text, "actual").length));
  return { items: kept, preamble: blocks.slice(0, Math.max(0, first)), lists: 1 };
}

// Someone who says something, before what is said: 青年小刘说, · 王婆婆说: (not a body's officer: 负责人说 · 局长说).
const SAYS = /([\u4e00-\u9fff]{1,16})说\s*[,，:：]/u;
const OFFICER = /(?:负责人|局长|主任|书记|县长|市长|区长|省长|镇长|乡长|处长|科长|站长|院长|校长|经理|发言人)$/u;
/** Whether a sentence tells what a resident says, before its first figure. */
function residentSays(sentence: string): boolean {
  const m = SAYS.exec(sentence);
  const figure = sentence.search(/\d/u);
  return !!m && (figure < 0 || m.index < figure) && !OFFICER.test(m[1]!);
}

// A paragraph wholly in quotes that states a work's figures and no one's voice (“新建改扩建中小学幼儿园24所，新增学位1.5万个。”,
// a results card a story opens with): the work, not someone's words.
const QUOTED_RESULT = /^“(?![^”]*[我你您咱])[^“”]*\d[^“”]*”$/u;

/** Whether the sentence at `at` is said in quotes: it opens inside a quotation, or on one that runs past a clause's end (“…,…。”). */
function quoted(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) depth += text[i] === "“" ? 1 : text[i] === "”" ? -1 : 0;
  // (A sentence that opens on the quotation's close is told after it: …比自己做划算。”全区全年建成老年食堂30个.)
  if (depth > 0 && !text.startsWith("”", at)) return true;
  const open = /^\s*“/u.exec(text.slice(at));
  if (!open) return false;
  const close = text.indexOf("”", at + open[0].length);
  return close > 0 && /[,，。！？!?]/u.test(text.slice(at + open[0].length, close));
}

// A topic that refers back to the work before it: 该工程 · 该项目 · 此项工作 · 这一项(年初计划是400公里).
const BACK_REFERENCE = /^(?:该|此项?)(?:工程|项目|工作|实事)|^这一?项/u;

// Verbs a work is planned and then reported by: 新建改扩建公办幼儿园 ‖ 建成公办幼儿园.
const WORK_DONE = /^(?:新建|改扩建|建成|完成|新增|改造|开工|竣工|实施)+/u;

/** Whether a theme tells again of a work the sentence before reported: its words, or its thing without the verb, stand in that sentence. */
function toldAgain(title: string, item: ItemDraft): boolean {
  const thing = title.replace(WORK_DONE, "");
  return [title, thing].some((words) => [...words].length >= MIN_TOPIC && item.passages.some((p) => p.span.text.includes(words)));
}

// Fewest characters of a topic the narrative reading names a project by.
const MIN_TOPIC = 4;

const NAME_PREFIX = /^(?:我市|我省|我县|全市|全省)?(?:实施|围绕)?/u;

/** Does this sentence still speak of the scope's subject (shared figures or words)? */
function sharesTheme(sentence: string, scopeText: string): boolean {
  if (/^(?:其中|同时|此外|截至|另外)/.test(sentence.trim())) return true;
  const nums = (s: string) => new Set(allMatches(s, /\d+(?:\.\d+)?/g).map((m) => m[0]));
  const a = nums(scopeText);
  for (const n of nums(sentence)) if (a.has(n) && !/^20\d\d$/.test(n)) return true;
  return dice(sentence, scopeText) >= SHARED_THEME_DICE;
}

interface Theme {
  title: string;
  topic: string;
  start: number;
  end: number;
  /** A sentence's first theme that names no thing, only how far a work got (截至6月底,已开工61个 · 上半年已经完成38.5公里);
   * "part" where it names a thing after 已 (已完成管网铺设198公里), the work before it only if that names the thing too. */
  headless?: boolean | "part";
}

// A programme counted by its fields and, apart, by its works, more works than fields: 共10方面31项 · 8个领域、22件.
const FIELDS_AND_WORKS = /(\d+|[一二三四五六七八九十]+)\s*个?(?:方面|大类|领域)[、,，的]?\s*(\d+|[一二三四五六七八九十两]+)\s*[项件]/gu;

/** Whether a text counts its fields apart from its works, each field holding several (…共10方面31项): a field is then no work's name. */
function countsFieldsApart(text: string): boolean {
  return allMatches(text, FIELDS_AND_WORKS).some((m) => numeral(m[2]!) > numeral(m[1]!));
}

// A sentence's lead that counts the works after its colon: 其中超额完成任务的已有8项：
const COUNTED_LEAD = /^[^，,；;。:：]{0,30}?(?:\d+|[一二三四五六七八九十两]+)\s*[项件个][^，,；;。:：\d]{0,6}[:：]/u;

/**
 * One theme per sentence, split where a clause brings a new subject of its own. Where the text's fields group
 * several works each (`fieldsGroupWorks`), a field the sentence opens on (在为老服务方面,) names none of them.
 */
function sentenceThemes(written: string, fieldsGroupWorks = false): Theme[] {
  // (A lead that counts the works it goes on to tell, 其中超额完成任务的已有8项：A完成3个，…, is a clause of its own: the first work is
  // no part of it. Its colon is read as a comma, the sentence's length kept.)
  const sentence = written.replace(COUNTED_LEAD, (lead) => `${lead.slice(0, -1)}，`);
  // A 、 after a piece's own rate in brackets parts two works, each reporting how far it got: …已完成1个(50%)、15个…
  const clauses = allMatches(sentence.replace(/(?<=%\s*[)）])、/gu, "，"), /[^,，;；。]+[,，;；。]?/gu);
  const themes: Theme[] = [];
  const programme = PROGRAMME_SENTENCE.test(sentence);
  let pending: string | null = null;
  // The field a clause opens on (“菜篮子”保供方面,): the title of the figure after it where that one names no thing.
  let field: string | null = null;
  // A sentence that opens by stating its theme (我市大力开展就业促进行动,…) reports that theme in every clause after it.
  let opened = false;
  for (const c of clauses) {
    // (Words someone says in quotes inside the sentence are no work: …刘大爷每天中午都来吃饭，“两荤一素才12块钱，还有…补贴。”)
    if (saidInQuotes(sentence, c.index!)) continue;
    // (A clause is told after the date it counts to or the period it counts over: 截至9月底已筛查… · 一季度完成投资…;
    // a date alone, 截至9月底,, tells nothing.)
    const text = c[0].replace(/[,，;；。]$/, "").trim().replace(COUNTED_TO, "").replace(PERIOD, "");
    const start = c.index!;
    const end = start + c[0].length;
    // (Who speaks in an interview is no part of it: 刘××:今年把老旧供热管网改造列为民生实事.)
    const statement = STATEMENT.exec(text.replace(SPEAKER, "").replace(STATEMENT_LEAD, ""));
    if (!measuresAnything(text, programme)) {
      const named = FIELD.exec(text);
      field = named ? (named[1] ?? named[2])! : null;
      if (statement && themes.length && end >= sentence.length - 1) {
        // A closing statement sums up the sentence: 进一步扩大了普惠托育服务供给 → one theme.
        const topic = statementTopic(statement).replace(/^了/, "").replace(/(?:供给|水平|能力)$/, "");
        const first = themes[0]!;
        themes.length = 0;
        themes.push({ ...first, title: topic, topic, end });
        continue;
      }
      // (A field too short to name a work, 在出行方面, titles only a figure that names no thing of its own, as 方面 does
      // without 在; one that names a work, 在“四好农村路”提升方面, titles the figures after it.)
      if (statement && statement[2] !== undefined && ((fieldsGroupWorks && !TASK_FIELD.test(statement[2])) || !namesAThing(statement[2]))) field = statement[2];
      else if (statement) {
        const topic = statementTopic(statement);
        const current = themes[themes.length - 1];
        if (current && current.title === current.topic && current.end === start) current.title = topic;
        else {
          pending = topic;
          opened ||= themes.length === 0;
        }
      }
      if (themes.length) themes[themes.length - 1]!.end = end;
      continue;
    }
    const topic = clauseTopic(text);
    const current = themes[themes.length - 1];
    // (A period is no subject: 一季度已体检3.1万人.)
    const written = SUBJECT.exec(text)?.[1];
    const subject = written !== undefined && written.replace(PERIOD, "") !== "" ? written : undefined;
    const lead = text.slice(0, HAS_FIGURE.exec(text)!.index);
    const measures = lead.length <= MEASURE_MAX && MEASURES_BEFORE.test(lead);
    // (So does one that only does, naming no thing: …1800个村卫生室，目前已改造提升400个.)
    // (So does one whose thing the clause before named: 今年计划为城乡居民免费健康体检8万人，一季度已体检3.1万人.)
    // (So does one that opens on a verb of work after a clause that named its work as such: X工程新建幼儿园7所，|新增学位2160个.)
    const carries = current && (CONTINUES.test(text) || measures || (!subject && (dice(topic, current.topic) >= SAME_TOPIC_DICE || (topic.length >= 2 && current.topic.includes(topic)))) || topic.length < 2 || VERBS_ONLY.test(topic) || (WORK_NAMED_AS_SUCH.test(current.title) && WORK_VERB.test(text)));
    if (current && (carries || opened) && !pending) {
      const more = clauseTopic(text);
      // (Not where it names the thing again: 新建4个“15分钟生活圈”，完成13个“15分钟生活圈”三年攻坚任务.)
      // (Nor where it only states a share of it: 完成全年任务35.7% · 开工率100%.)
      // (Nor where it names the target it is measured against: 完成年度目标40万人的92%.)
      if (PARALLEL.test(text) && !current.title.includes("、") && !more.includes(current.title) && !SHARE_ONLY.test(text) && more !== "" && !TARGET_WORD.test(more)) current.title += `、${more}`;
      current.end = end;
      continue;
    }
    const title = pending ?? subject ?? (field && !namesAThing(topic) ? field : topic);
    // A sentence's first theme may tell only how far the work of the sentence before got. Not in a sentence of the programme
    // (…等10项民生工程,累计投入资金近6亿元 sums up all of them), nor after a clause of the sentence that names a work
    // (七个区市全部启动农村清洁取暖改造工作,累计开工14.15万户); who told the reporter is nothing said (记者了解到,截至9月底,…).
    const said = sentence.slice(0, start).replace(SPEAKER, "").split(/[,，;；]/u).some((c) => c.trim().replace(COUNTED_TO, "").replace(PERIOD, "").replace(TOLD_BY, "") !== "");
    const opening = !current && !programme && !said && title === topic;
    // It names no thing (已开工61个), or only whom the work served (受益人口达到3.5万人), or a part of it after 已, a part
    // the work before names too (新建改造农村供水管网260公里 ‖ 已完成管网铺设198公里).
    const headless = opening && (BENEFIT.test(text) || (namesAThing(title) ? (DONE_OPENING.test(text) ? "part" : false) : CONTINUES.test(text) || topic.length < 2 || VERBS_ONLY.test(topic)));
    field = null;
    themes.push({ title: title.replace(/^(?:已|完成|改造完成)/, ""), topic: title + topic, start, end, ...(headless ? { headless } : {}) });
    pending = null;
  }
  return themes;
}

/**
 * Whether the clause at `at` opens inside a quotation that runs over a clause's end (“两荤一素才12块钱，还有…。”), or opens one,
 * where the quotation opens inside the sentence (one that opens the sentence is judged with its paragraph: a results card in quotes).
 */
function saidInQuotes(sentence: string, at: number): boolean {
  const open = sentence.lastIndexOf("“", at);
  if (open <= 0 || sentence.lastIndexOf("”", at) > open) return false;
  const close = sentence.indexOf("”", open);
  return /[,，；;。！？!?]/u.test(sentence.slice(open, close < 0 ? sentence.length : close));
}

// A field named as such: 城镇老旧小区改造方面 · “菜篮子”保供方面.
// So is a work an ordinal opens before its figures (一是城区老旧小区改造,今年计划改造97个小区).
const FIELD = /^([\u4e00-\u9fff“”]{2,16}?)方面$|^[一二三四五六七八九十]是([\u4e00-\u9fff“”]{4,24})$/u;

/** Whether a topic names a thing a project could be titled by (not one cut off before its measure: 常年蔬菜基地面积稳定在). */
const namesAThing = (topic: string) => [...topic].length >= MIN_TOPIC && !NOT_A_PROJECT.some((re) => re.test(topic)) && !TARGET_WORD.test(topic);

// What a clause names where it names the target: 年度目标 · 全年任务 · 目标任务.
const TARGET_WORD = /^(?:年度|全年)?(?:目标|任务|计划)/u;

// A clause whose only figure is a percentage: a share of what the clause before counts.
const SHARE_ONLY = /^[^\d]*\d+(?:\.\d+)?\s*%[^\d]*$/u;

// Words that only do, naming no thing: 改造完成 · 开工建设 · 确定改造提升.
const VERBS_ONLY = /^(?:改造|完成|建成|新建|建设|开展|实施|培训|救助|新增|开工|竣工|提升|确定|启动|改建|扩建|新改建|打造|安装|发放)+$/u;

// A verb of work that opens a clause whose thing may follow its figure: 减免…44.05万名学前幼儿保教费 · 新建…3所幼儿园
const WORK_VERB = /^(?:减免|免除|新建|建设|建成|改造|新增|发放|提供|资助|救助|培训|实施|完成)/u;
// A theme that names a work as such, then what it did: …扩容工程(新建…) · …助餐服务项目(全年建成…).
const WORK_NAMED_AS_SUCH = /[\u4e00-\u9fff”](?:工程|项目)(?!建设|质量|进度)/u;
// A thing named after a figure is at least this long (6.23万套经济适用房).
const MIN_THING = 2;

// Who speaks, in an interview: 答： · 记者： · 主任： · 祁××：.
// (A short name before a colon at the clause's start speaks too, 钱立新： · 艾尔肯·吐尔逊：; so does the ordinal that counts a work, 二是.)
export const SPEAKER_LABEL = /^(?:答|问|记者|主持人|[\u4e00-\u9fff]{0,4}(?:局长|书记|县长|市长|区长|旗长|负责人)|[\u4e00-\u9fff][×＊*]{1,2}|[\u4e00-\u9fff]{2,3}(?=[:：]\S)|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,6}(?=[:：]\S))[:：]/u;
const SPEAKER = new RegExp(`${SPEAKER_LABEL.source}|^[一二三四五六七八九十]是`, "u");

// A clause that tells whom the work before served: 受益人口达到3.5万人 · 惠及居民1.2万户.
const BENEFIT = /^(?:受益|惠及|覆盖)(?:人口|群众|居民|农户)?/u;
// A clause that opens on what is done so far: 已完成… · 目前已建成….
const DONE_OPENING = /^(?:目前|现)?已(?:经)?/u;
/** Whether two titles share a word of two characters (管网铺设 · 新建改造农村供水管网). */
const sharesWord = (a: string, b: string): boolean => [...a].some((_, i) => i + 1 < a.length && /^[\u4e00-\u9fff]{2}$/u.test(a.slice(i, i + 2)) && b.includes(a.slice(i, i + 2)));

// Who told the reporter, a clause of its own: 记者了解到 · 据介绍 · 记者从市住建局获悉.
const TOLD_BY = /^(?:记者|据)?(?:从[^,，]{2,16})?(?:了解到|获悉|介绍|悉|了解)$/u;

// A work named as one of the programme's 实事, before what it did: 饮水安全实事完成… · 食品安全实事新建…
// (Or by 这项 · 这件 before the word: 口袋公园和绿道建设这项实事全年建成….)
const CALLED_WORK = /^([\u4e00-\u9fff“”]{2,8}?)实事(?=完成|建成|新建|实现|累计|共|已)|^([\u4e00-\u9fff“”]{2,12}?)这[项件]实事(?=完成|建成|新建|实现|累计|共|已|全年|今年)/u;
// (Not the programme's own name: 省政府民生实事共有… · 为民办实事完成….)
const PROGRAMME_WORDS = /民生|民办|惠民|民心|政府/u;

// A tag in brackets opening a clause: who speaks (【符××】) or the field (【就业】).
const TAG = /^【[^】]{1,8}】\s*/u;
// Who speaks of what the year will do: 我们今年要建设… · 我们将….
// (Not where 我们 only speaks, in a quote: 我们每月能领到1200多块钱.)
const WE_WILL = /^我们(?:(?:今年|全年)(?:还|也)?(?:将|要)?|(?:还|也)?(?:将|要))(?=[\u4e00-\u9fff]{2})/u;

const YEAR_LEAD = /^(?:(?:19|20)\d\d\s*年度?|去年|今年|全年)+(?=[\u4e00-\u9fff])/u;

/** What a clause counts: the words before its first figure, or after it when it leads. */
function clauseTopic(whole: string): string {
  // (A year or the year it speaks of is no figure and no thing: 2021年全省新改建… · 去年全省城镇新增就业….)
  // (Nor is who speaks, in an interview: 主任：今年要新建….)
  // (Nor a tag in brackets before it, a speaker's or a field's: 【符××】今年计划… · 【就业】….)
  // (Nor a quote's opening mark it never closes: “改造城镇老旧小区156个，… of a quoted results card.)
  const clause = whole.replace(/^“(?![^”]*”)/u, "").replace(TAG, "").replace(SPEAKER, "").replace(YEAR_LEAD, "").replace(WE_WILL, "");
  // (A digit in a name, glued to letters, is no figure: 5G基站 · 4K; nor an age that says for whom: 为65岁及以上老年人免费健康体检.)
  const m = /(?<![A-Za-z\d.])\d(?![\d.]*[A-Za-z])(?!\d*\s*周?岁)|[两三四五六七八九十][十百千万]/u.exec(clause);
  if (!m) return clause;
  // A figure inside a quoted name is part of the name: “兜底帮扶2500名困难群体就业”等46件实事已完成.
  const quoted = allMatches(clause, /“([^“”]{4,30})”/gu).find((q) => q.index! < m.index && m.index < q.index! + q[0].length);
  if (quoted) return quoted[1]!;
  // A work the text calls one of its 实事 by name: 饮水安全实事完成老旧供水管网改造41.6公里 → 饮水安全.
  const called = CALLED_WORK.exec(clause);
  const calledName = called ? (called[1] ?? called[2])! : undefined;
  if (calledName && !PROGRAMME_WORDS.test(calledName)) return calledName;
  const service = SERVICE.exec(clause);
  if (service) return `${service[1]}服务`;
  // For whom, how many, then the work: 为3200名适龄女孩开展免费HPV疫苗接种 → 免费HPV疫苗接种.
  const work = FOR_WHOM_WORK.exec(clause);
  if (work) return work[1]!;
  const before = clause
    .slice(0, m.index)
    // (So does the region that speaks, and its future: 乌当区将新建… · 该区还将…)
    .replace(/^(?:[\u4e00-\u9fff]{1,6}[省市县区])?(?:还|也)?(?:将|要)(?:继续)?/u, "")
    // (or only the region, before what it plans: 海伦市计划改造…)
    .replace(/^[\u4e00-\u9fff]{1,6}[省市县区](?=计划)/u, "")
    // (and the word that opens a list of them: 即：新增城镇就业66289人; or the sentence that counts them, up to its colon:
    // 城市更新方面有四项实事：改造老旧小区21个)
    .replace(/^(?:即|分别是|分别为)[:：]/u, "")
    .replace(/^[^:：]*?(?:\d+|[一二三四五六七八九十两]+)\s*[项件个](?:民生)?实事[:：]/u, "")
    // (…or the sentence that speaks of the other works, up to its colon: 其他几件实事同样进展顺利：农村公路新改建完成…)
    .replace(/^[^:：。]{0,12}实事[^:：。]{0,10}[:：]/u, "")
    // (and the period a progress report counts over: 一季度城镇新增就业1280人 · 1-6月)
    .replace(PERIOD, "")
    // (and what the year plans it as: 今年我们的目标是… · 全年计划培训…)
    .replace(/^(?:今年|全年|年度|年初)?(?:我们)?(?:定的|确定的|的)?(?:年度|全年)?(?:目标|计划)(?:任务)?(?:是|为)?(?=[\u4e00-\u9fff]{2})/u, "")
    .replace(/^(?:我市|全市|全省|全县|全区|全州|全盟|全旗|我州|我盟|我旗|今年|年内|累计|共|已经|已|并|在城区|在农村|开展|完成|实施|实现|计划(?:今年)?|到目前|截至目前|目前|实际)+/u, "")
    // (…where the region that counts comes first: 全省前三季度城镇新增就业)
    .replace(PERIOD, "")
    .replace(/(?:已|共|累计|达到?|为|惠及|受益)$/u, "")
    // (and the old level of a standard raised: 城市低保标准由每人每月(260元提高到305元) → 城市低保标准)
    .replace(/[由从](?:每人|每户)?(?:每[月年])?$/u, "")
    // (and, after a 项目 named, what the year plans for it: 公办幼儿园建设项目计划新建、改扩建幼儿园12所)
    .replace(/(?<=[\u4e00-\u9fff”]{3}项目)(?:今年|全年|年度)?(?:计划|目标).*$/u, "")
    // (and, after the thing, what the year plans for it: 老旧小区改造今年计划改造16个小区 · …筛查项目今年目标为50万人)
    .replace(/(?<=[\u4e00-\u9fff]{3})(?:今年|全年|年度)?(?:计划[\u4e00-\u9fff]{0,2}|目标(?:任务)?)$/u, "");
  // (The thing ends where its report begins: …保障性住房|已完成1.9万套.)
  // (Nor where a share of it follows after 、: …744套保障性租赁住房|、开工率100%.)
  const after = clause
    .slice(m.index)
    .replace(/^[\d.]+\s*(?:万|亿)?(?:余|多)?[^\u4e00-\u9fff]*(?:平方米|平方公里|立方米|公里|千米|人次|户次|[\u4e00-\u9fff])?/u, "")
    .replace(/(?:已|正在|全部|均已).*$/u, "")
    .replace(/、[^、]{0,8}?(?:率|比例)(?:达到?|为)?\s*\d.*$/u, "")
    // (Nor the noun of a first count where a second counts the work: 3个小区、179户|城市供水设施改造提升.)
    .replace(/^[\u4e00-\u9fff]{1,4}、\s*[\d.]+\s*(?:万|亿)?[户个人所座条家套处]/u, "");
  // Words before it that only qualify the thing after it name the thing (为困难家庭建设的6.23万套经济适用房).
  // (It ends at its next figure: …楼座安装电梯|42部.)
  const thing = after.replace(/\d.*$/u, "");
  // (Not where it is the programme's: “十件实事”的17个分项已全部开工 tells of the programme, no project.)
  if (/的$/u.test(before) && thing.length >= MIN_THING && !PROGRAMME_TOPIC.test(before)) return thing;
  // "改造完成3957户特殊困难老年人家庭适老化改造" · "开工建设744套保障性租赁住房": only verbs before the figure, the thing after it.
  const verbsOnly = VERBS_ONLY.test(before);
  // A work that names its thing after the figure it counts (减免非民族自治地区|44.05万名|学前幼儿保教费): the
  // words on both sides, where the thing runs to the clause's end.
  if (before.length >= 3 && !verbsOnly && WORK_VERB.test(before) && thing.length >= MIN_THING && thing === after && /^[\u4e00-\u9fff]+$/u.test(thing)) return before + thing;
  return before.length >= 3 && !verbsOnly ? before : (verbsOnly && after.length >= MIN_THING) || after.length > before.length ? after : before;
}

// A work's own name in quotes: “夏季纳凉点” · “护眼行动” (words only, as long as a topic at least; not a saying, “晴天一身土、雨天一身泥”).
const QUOTED_NAME = /“([\u4e00-\u9fff]{4,12})”/gu;
// What a work named in quotes does, right after its name: “护眼行动”为… · “学前扩容”将….
const DOES_AFTER_NAME = /^(?:为|将|要|计划|全年|今年|累计|已|共)/u;
// The character pairs a topic shares with a quoted name for the name to be the topic's.
const MIN_SHARED_PAIRS = 2;

/**
 * The name in quotes a topic goes by, where its paragraph quotes it before the topic ends (另一个是“城区小区二次供水改造”，计划改造
 * 二次供水设施45处 · 最大的“新面孔”是“夏季纳凉点”。…今年…建设纳凉点80个): the quoted name sharing most of the topic's words.
 */
function quotedName(topic: string, told: string): string | null {
  const words = bigrams(topic);
  let best: string | null = null;
  let most = MIN_SHARED_PAIRS - 1;
  for (const m of allMatches(told, QUOTED_NAME)) {
    const name = m[1]!;
    // (A topic that quotes the name in its own words, 推进城镇非居民用户“瓶改管”改造 · “四好农村路”提升 · “口袋公园”, is the
    // fuller name; not one that opens on the name as who does the work, “护眼行动”为全市中小学更换护眼灯具.)
    const at = topic.indexOf(m[0]);
    if (PROGRAMME_TOPIC.test(name) || (at >= 0 && !(at === 0 && DOES_AFTER_NAME.test(topic.slice(m[0].length))))) continue;
    const shared = [...bigrams(name)].filter((pair) => words.has(pair)).length;
    if (shared > most || (shared === most && best !== null)) [best, most] = [name, shared];
  }
  return best;
}

/** Share of the topic's characters, beyond the generic ones, found in a project name. */
function charContainment(topic: string, name: string): number {
  const generic = /[工程建设改造提升实施开展完成全市已新增项目服务]/u;
  const chars = new Set([...topic].filter((c) => /[\u4e00-\u9fff]/.test(c) && !generic.test(c)));
  const own = new Set([...name].filter((c) => !generic.test(c)));
  if (chars.size < 2 || own.size === 0) return 0;
  let inName = 0;
  for (const c of own) if (chars.has(c)) inName++;
  return inName / own.size;
}
