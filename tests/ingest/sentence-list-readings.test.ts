// How sentence-list.ts reads projects named in running prose: the list a sentence announces,
// the names a count closes, the names told category by category or clause by clause, and
// which paragraph after a list gives each project its figures.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import type { ItemDraft, Structure } from "../../src/ingest/draft.ts";
import { countMatchedNames, namesInPassing, sentenceItems, sentenceReadings } from "../../src/ingest/layouts/sentence-list.ts";

const blocksOf = (text: string) => classify(normalise(text).paragraphs);

/** The text each passage gives its project: the clauses of its window, or the whole span. */
const passagesOf = (item: ItemDraft) => item.passages.map((p) => (p.window ? p.span.text.slice(p.window.start, p.window.end) : p.span.text));
const titlesOf = (s: Structure | null | undefined) => s?.items.map((it) => it.title) ?? null;
/** Each project's title with what the reading gives it, for a table of the whole reading. */
const projectsOf = (s: Structure | null | undefined) => s?.items.map((it) => [it.title, passagesOf(it)]) ?? null;

/** The readings sentenceReadings proposes, by name. */
function readings(text: string) {
  const [announced, includedThenCounted, byCategory, countedClauses, announcedParagraphs] = sentenceReadings(blocksOf(text));
  return {
    announced,
    includedThenCounted,
    byCategory,
    countedClauses,
    announcedParagraphs,
  };
}

describe("two years' lists in one text", () => {
  const TWO_YEARS =
    "2023年，江陵县5项民生实事全部完成：新建城南小学、改造老旧小区、新建滨江公园、改造乡村公路和建设养老院等。\n\n" +
    "2023年，新建城南小学1所，改造老旧小区12个，新建滨江公园1个，改造乡村公路40公里，建设养老院2所。\n\n" +
    "其中滨江公园计划于2025年扩建，新增绿地3公顷。\n\n" +
    "2024 年，江陵县将办好4项民生实事：新建图书馆、改造供水管网、新增停车泊位和建设菜市场。\n\n" +
    "新建图书馆1座，改造供水管网20公里，新增停车泊位800个，建设菜市场3个。";

  it("reads a later paragraph opening with another year as that year's list, past paragraphs of the same year or none", () => {
    const reading = sentenceItems(blocksOf(TWO_YEARS))!;
    expect(reading.lists).toBe(2);
    expect(reading.items.map((it) => `${it.list}:${it.title}`)).toEqual([
      "0:新建城南小学",
      "0:改造老旧小区",
      "0:新建滨江公园",
      "0:改造乡村公路",
      "0:建设养老院",
      "1:新建图书馆",
      "1:改造供水管网",
      "1:新增停车泊位",
      "1:建设菜市场",
    ]);
    expect(passagesOf(reading.items[8]!)).toEqual(["建设菜市场3个。"]);
  });
  it("keeps the first list's 等 (some of its projects) when a second year's list follows", () => {
    expect(sentenceItems(blocksOf(TWO_YEARS))!.partial).toBe(true);
  });
  it("reads the first list alone where a later paragraph opens with another year but announces none", () => {
    const reading = sentenceItems(
      blocksOf(
        "2023年，江陵县5项民生实事全部完成：新建城南小学、改造老旧小区、新建滨江公园、改造乡村公路和建设养老院。\n\n" +
          "新建城南小学1所，改造老旧小区12个，新建滨江公园1个，改造乡村公路40公里，建设养老院2所。\n\n" +
          "2024年，县里新建城南小学分校1所。\n\n" +
          "2025年，江陵县将办好4项民生实事：新建图书馆、改造供水管网、新增停车泊位和建设菜市场。",
      ),
    )!;
    expect(reading.lists).toBe(1);
    expect(titlesOf(reading)).toEqual(["新建城南小学", "改造老旧小区", "新建滨江公园", "改造乡村公路", "建设养老院"]);
  });
  it("looks past a headline naming the next year for the body paragraph that announces its list", () => {
    const reading = sentenceItems(
      blocksOf(
        "2023年，江陵县5项民生实事全部完成：新建城南小学、改造老旧小区、新建滨江公园、改造乡村公路和建设养老院。\n\n" +
          "新建城南小学1所，改造老旧小区12个，新建滨江公园1个，改造乡村公路40公里，建设养老院2所。\n\n" +
          "2024年民生实事安排\n\n" +
          "2024年，江陵县将办好4项民生实事：新建图书馆、改造供水管网、新增停车泊位和建设菜市场。",
      ),
    )!;
    expect(reading.lists).toBe(2);
    expect(reading.items.filter((it) => it.list === 1).map((it) => it.title)).toEqual(["新建图书馆", "改造供水管网", "新增停车泊位", "建设菜市场"]);
  });
});

describe("the sentence that announces a list", () => {
  it("reads the announcement only in body text, never in a numbered heading", () => {
    expect(sentenceItems(blocksOf("一、今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n全市新建学校12所。"))).toBeNull();
  });
  it("reads a list that runs to the paragraph's end without a closing 。", () => {
    const reading = sentenceItems(blocksOf("经县人大代表票决，今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路\n\n全市新建学校12所。"));
    expect(titlesOf(reading)).toEqual(["新建学校", "改造老旧小区", "新建公园", "改造公路"]);
  });
  it("keeps the announcing paragraph, and what comes before it, as the preamble", () => {
    const reading = sentenceItems(blocksOf("宁都县2024年民生实事进展\n\n今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n全市新建学校12所。"))!;
    expect(reading.preamble.map((b) => b.text)).toEqual(["宁都县2024年民生实事进展", "今年4项民生实事包括:新建学校、改造老旧小区、新建公园和改造公路。"]);
  });
  it("reads a list announced without a count as some of the projects", () => {
    const reading = sentenceItems(blocksOf("今年，我县将集中力量办好民生实事：新建学校、改造老旧小区、新建公园、改造公路。\n\n全市新建学校12所。"))!;
    expect(titlesOf(reading)).toEqual(["新建学校", "改造老旧小区", "新建公园", "改造公路"]);
    expect(reading.partial).toBe(true);
  });
  it("takes 一揽子 for no count: the list stays partial", () => {
    expect(sentenceItems(blocksOf("我市聚焦群众急难愁盼，办好民生实事一揽子项目：新建学校、改造老旧小区、新建公园、改造公路。"))!.partial).toBe(true);
  });
  it("reads a counted list whose last name merely contains 等 (均等化) as the whole programme", () => {
    const reading = sentenceItems(blocksOf("今年4项民生实事包括：新建学校、改造老旧小区、新建公园和推进基本公共服务均等化。"))!;
    expect(titlesOf(reading)).toEqual(["新建学校", "改造老旧小区", "新建公园", "推进基本公共服务均等化"]);
    expect(reading.partial).toBeUndefined();
  });
  it("reads no list after a bare 是 that is a copula (…实事是县政府的庄严承诺、…)", () => {
    expect(sentenceItems(blocksOf("今年4件民生实事是县政府对群众的庄严承诺、是检验干部作风的试金石、是凝聚民心的连心桥、是推动发展的助推器。"))).toBeNull();
  });
  it("reads names after a bare 是 when at least half end as names of projects do", () => {
    const reading = sentenceItems(blocksOf("今年4件民生实事是城东学校建设工程、老旧小区改造、便民菜场和公交站台。\n\n城东学校建设工程完成投资3亿元。"));
    expect(projectsOf(reading)).toEqual([
      ["城东学校建设工程", ["城东学校建设工程完成投资3亿元。"]],
      ["老旧小区改造", []],
      ["便民菜场", []],
      ["公交站台", []],
    ]);
  });
  it("gives figures of numbered paragraphs after the list to the projects, but not those of a 完成情况 label", () => {
    const reading = sentenceItems(
      blocksOf("今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n全市新建学校12所，改造老旧小区30个。\n\n三、新建公园5个，改造公路40公里。\n\n完成情况：新建公园6个。"),
    );
    expect(projectsOf(reading)).toEqual([
      ["新建学校", ["全市新建学校12所,"]],
      ["改造老旧小区", ["改造老旧小区30个。"]],
      ["新建公园", ["新建公园5个,"]],
      ["改造公路", ["改造公路40公里。"]],
    ]);
  });
});

describe("long items one per ；-clause", () => {
  it("reads a clause list that runs to the paragraph's end without a closing 。", () => {
    const reading = sentenceItems(blocksOf("这四件民生实事分别是：完成城区道路拓宽改造工程；完成棚户区改造500套；新建城市公园三座；新增城镇就业岗位二万个"));
    expect(titlesOf(reading)).toEqual(["完成城区道路拓宽改造工程", "完成棚户区改造", "新建城市公园三座", "新增城镇就业岗位二万个"]);
  });
  it("leaves out a closing 等 clause, and keeps only the announcing paragraph as the preamble", () => {
    const reading = sentenceItems(blocksOf("这四件民生实事分别是：完成城区道路拓宽改造工程；完成棚户区改造500套；新建城市公园三座；新增城镇就业岗位二万个；等。\n\n全县上下合力推进。"))!;
    expect(titlesOf(reading)).toEqual(["完成城区道路拓宽改造工程", "完成棚户区改造", "新建城市公园三座", "新增城镇就业岗位二万个"]);
    expect(reading.preamble).toHaveLength(1);
  });
  it("reads the clauses after 实事…具体是： where the count stood in the sentence before", () => {
    const text = "年初向全区群众承诺的8件实事进展顺利。各项实事进展情况具体是：城东污水处理厂扩建工程完成主体的60%，投资4200万元；新建农村公路38公里，完成年度计划的75%；新建标准化村卫生室12个，已建成9个；城区供暖管网改造工程已完成16公里。";
    expect(titlesOf(sentenceItems(blocksOf(text)))).toEqual(["城东污水处理厂扩建工程", "新建农村公路", "新建标准化村卫生室", "城区供暖管网改造工程"]);
  });
  it("keeps a clause of two characters as a project (治污)", () => {
    const reading = sentenceItems(blocksOf("这五件民生实事分别是：完成城区道路拓宽改造工程；完成棚户区改造500套；新建城市公园三座；新增城镇就业岗位二万个；治污。"));
    expect(titlesOf(reading)).toEqual(["完成城区道路拓宽改造工程", "完成棚户区改造", "新建城市公园三座", "新增城镇就业岗位二万个", "治污"]);
  });
});

describe("projects told one paragraph each after a counted cue", () => {
  const FIRST = "县政府确定的四件惠民实事具体包括：实施“光明工程”，为6000名老人免费做白内障手术。";
  const REST = "\n\n新建社区食堂20个，方便老人就餐。\n\n改造农村公路80公里。\n\n新增城市停车泊位1500个。";

  it("reads the first project after the cue and one in each paragraph after it, as many as the count", () => {
    const reading = readings(`桐庐县2024年民生实事\n\n${FIRST}${REST}\n\n全县群众满意率达95%。`).announcedParagraphs!;
    expect(titlesOf(reading)).toEqual(["光明工程", "新建社区食堂", "改造农村公路", "新增城市停车泊位"]);
    expect(reading.partial).toBeUndefined();
    expect(reading.preamble.map((b) => b.text)).toEqual(["桐庐县2024年民生实事"]);
  });
  it("stops at a heading: fewer paragraphs than the count make a partial list", () => {
    const reading = readings(`${FIRST.replace("四件", "五件")}${REST}\n\n下一步工作\n\n建设口袋公园12个。`).announcedParagraphs!;
    expect(titlesOf(reading)).toEqual(["光明工程", "新建社区食堂", "改造农村公路", "新增城市停车泊位"]);
    expect(reading.partial).toBe(true);
  });
  it("stops at a paragraph too long to tell one project", () => {
    const long = `建设口袋公园12个，${"其中城区公园绿地提升改造".repeat(16)}。`;
    expect(long.length).toBeGreaterThan(200);
    const reading = readings(`${FIRST.replace("四件", "五件")}${REST}\n\n${long}`).announcedParagraphs!;
    expect(titlesOf(reading)).toHaveLength(4);
  });
  it("reads a paragraph of exactly 200 characters as one project", () => {
    const paragraph = `建设口袋公园12个，${"城区绿地提升".repeat(31)}，全年完成。`.slice(0, 199) + "。";
    expect(paragraph.length).toBe(200);
    const reading = readings(`${FIRST.replace("四件", "五件")}${REST}\n\n${paragraph}`).announcedParagraphs!;
    expect(titlesOf(reading)).toEqual(["光明工程", "新建社区食堂", "改造农村公路", "新增城市停车泊位", "建设口袋公园"]);
  });
  it("reads nothing where the cue closes its paragraph, the projects all coming after it", () => {
    expect(readings(`县政府确定的四件惠民实事具体包括：\n\n实施“光明工程”，为6000名老人免费做白内障手术。${REST}`).announcedParagraphs).toBeNull();
  });
  it("reads nothing where what follows the cue closes with 等 (fields, not a project)", () => {
    expect(readings(`县政府确定的四件惠民实事具体包括：助餐、助医等。${REST}\n\n建设口袋公园12个。`).announcedParagraphs).toBeNull();
    expect(readings(`县政府确定的四件惠民实事具体包括：助餐、助医等${REST}\n\n建设口袋公园12个。`).announcedParagraphs).toBeNull();
  });
  it("reads the first project even where it mentions a group with 等, and counts 、 only after the cue", () => {
    const reading = readings(`经教育、卫生、交通部门论证，县政府确定的四件惠民实事具体包括：为老人和儿童等群体免费体检6000人次。${REST}`).announcedParagraphs;
    expect(titlesOf(reading)).toEqual(["为老人和儿童等群体免费体检", "新建社区食堂", "改造农村公路", "新增城市停车泊位"]);
  });
  it("reads the cue only in body text, never in a numbered heading", () => {
    expect(readings(`一、${FIRST}${REST}`).announcedParagraphs).toBeNull();
  });
});

describe("projects told one per clause after a sentence that counts them", () => {
  const COUNTED = "全市40个实事项目中，有4个项目超额完成节点任务。";
  it("reads each clause's name up to where its report begins, as some of the programme", () => {
    const reading = readings(`${COUNTED}村内道路建设已提前建成使用；村邮站建设年度计划完成120个；农村饮水工程目前已完工85%；乡镇卫生院改造完成9所。`).countedClauses!;
    expect(titlesOf(reading)).toEqual(["村内道路建设", "村邮站建设", "农村饮水工程", "乡镇卫生院改造完成"]);
    expect(reading.items.map((it) => it.titleSpan?.text)).toEqual(["村内道路建设", "村邮站建设", "农村饮水工程", "乡镇卫生院改造完成9所。"]);
    expect(reading.partial).toBe(true);
  });
  it("takes a clause of three characters for a project, and a closing 等 for none", () => {
    const reading = readings(
      `${COUNTED.replace("有4个", "有5个")}村内道路建设已提前建成使用；村邮站建设年度计划完成120个；建公厕；农村饮水工程目前已完工85%；乡镇卫生院改造完成9所；等。`,
    ).countedClauses;
    expect(titlesOf(reading)).toEqual(["村内道路建设", "村邮站建设", "建公厕", "农村饮水工程", "乡镇卫生院改造完成"]);
  });
  it("reads nothing where a clause opens with its report and names no project (已建成…)", () => {
    expect(readings(`${COUNTED}村内道路建设已提前建成使用；已建成村邮站120个；农村饮水工程目前已完工85%；乡镇卫生院改造完成9所。`).countedClauses).toBeNull();
  });
  it("reads the counting sentence only in body text, never in a numbered heading", () => {
    expect(readings(`一、${COUNTED}村内道路建设已提前建成使用；村邮站建设年度计划完成120个；农村饮水工程目前已完工85%；乡镇卫生院改造完成9所。`).countedClauses).toBeNull();
  });
});

describe("a programme named category by category", () => {
  const BY_CATEGORY =
    "阜阳市2024年民生实事\n\n经人大代表票决，确定今年民生实事12项。\n\n" +
    "中小学食堂改造是家长最关心的事。教育提升类2项，主要是中小学食堂改造、推进义务教育优质均衡等民生工程；养老服务类1项，即新建颐养中心。\n\n" +
    "医疗保障类3项，主要是基本医疗服务均等化、急救站点布设、慢病随访服务等惠民项目。\n\n" +
    "全年完成投资5亿元。";

  it("reads two or more categories' names, each under its category, and a category of one that names its one project", () => {
    const reading = readings(BY_CATEGORY).byCategory!;
    expect(reading.items.map((it) => `${it.section}:${it.title}`)).toEqual([
      "教育提升类:中小学食堂改造",
      "教育提升类:推进义务教育优质均衡",
      "养老服务类:新建颐养中心",
      "医疗保障类:基本医疗服务均等化",
      "医疗保障类:急救站点布设",
      "医疗保障类:慢病随访服务",
    ]);
    expect(reading.partial).toBe(true);
  });
  it("drops only the closing 等 of a category's list, not one inside its last name (均等化等民生工程)", () => {
    const text = "经人大代表票决，确定今年民生实事8项。\n\n教育提升类2项，主要是中小学食堂改造、推进义务教育均等化等民生工程；医疗保障类2项，主要是急救站点布设、慢病随访服务等惠民项目。";
    expect(readings(text).byCategory!.items.map((it) => it.title)).toEqual(["中小学食堂改造", "推进义务教育均等化", "急救站点布设", "慢病随访服务"]);
  });
  it("keeps the paragraphs before the first category as the preamble", () => {
    expect(readings(BY_CATEGORY).byCategory!.preamble.map((b) => b.text)).toEqual(["阜阳市2024年民生实事", "经人大代表票决,确定今年民生实事12项。"]);
  });
  it("points each title at the name in its category's list, not at an earlier mention", () => {
    const canteen = readings(BY_CATEGORY).byCategory!.items[0]!;
    expect(canteen.titleSpan?.pos[0]).toBe(BY_CATEGORY.indexOf("中小学食堂改造、推进"));
  });
  it("reads no programme from a single category of names, beside it one that names a single project", () => {
    expect(readings("医疗保障类3项，主要是社区卫生服务站建设、急救站点布设、慢病随访服务等惠民项目。").byCategory).toBeNull();
    expect(readings("医疗保障类3项，主要是社区卫生服务站建设、急救站点布设、慢病随访服务等惠民项目；养老服务类1项，即新建颐养中心。").byCategory).toBeNull();
  });
  it("has no preamble where the categories open the text", () => {
    const reading = readings("教育提升类2项，主要是城东幼儿园新建、中小学食堂改造。\n\n医疗保障类3项，主要是社区卫生服务站建设、急救站点布设、慢病随访服务。").byCategory!;
    expect(reading.items).toHaveLength(5);
    expect(reading.preamble).toEqual([]);
  });
  it("reads categories only in body text, not in numbered headings", () => {
    expect(readings("一、教育提升类2项，主要是城东幼儿园新建、中小学食堂改造。\n\n二、医疗保障类3项，主要是社区卫生服务站建设、急救站点布设、慢病随访服务。").byCategory).toBeNull();
  });
});

describe("groups of names a progress notice counts", () => {
  // 36 characters: as long as a project's name may be.
  const LONGEST = "城区老旧供水管网更新改造及二次供水设施提升暨智慧水务平台建设一期配套工程";

  it("reads names listed in turn after a count, a pair joined by 和 where the count is two, but not figures, uncounted bodies or a name too long", () => {
    const reading = sentenceItems(
      blocksOf(
        [
          "进度偏慢的2项分别是：5G基站建设、新建停车场3处。",
          "推进缓慢的有2(背街小巷整治、公共厕所建设)。",
          "完成数居前的2项分别为：12个、15个。",
          "三项考核得分分别为：8、9、7。",
          "进度偏慢的2项分别是：城区停车场建设和口袋公园建设。",
          "牵头单位分别是：市住建局、市城管局。全年共推进5项工作。",
          `排名靠后的2项分别是：${LONGEST}、口袋公园建设。`,
          `排名居中的2项分别是：新${LONGEST}、乡村道路建设。`,
        ].join("\n\n"),
      ),
    )!;
    expect(LONGEST).toHaveLength(36);
    expect(titlesOf(reading)).toEqual(["5G基站建设", "新建停车场", "背街小巷整治", "公共厕所建设", "城区停车场建设", "口袋公园建设", LONGEST, "口袋公园建设"]);
  });

  it("reads a pair listed in turn without a colon after the comma that follows its count (…项目2个，占比13.3%，分别为A和B。)", () => {
    const reading = sentenceItems(blocksOf(["一是已完成的项目3个，分别为：城镇新增就业、城乡低保提标、中小学校舍改造。", "二是正在开展前期工作的项目2个，占比13.3%，分别为乌达区城市综合停车场建设和海南区农贸市场新建。"].join("\n\n")))!;
    expect(titlesOf(reading)).toEqual(["城镇新增就业", "城乡低保提标", "中小学校舍改造", "乌达区城市综合停车场建设", "海南区农贸市场新建"]);
  });
  it("reads no places listed in turn as works (进度较快的街道3个，分别为A街道、B街道、C街道，所承担项目…), and ends names run by 、 at the comma after them", () => {
    const reading = sentenceItems(
      blocksOf(
        [
          "一是已完成的项目3个，分别为：城镇新增就业、城乡低保提标、中小学校舍改造。",
          "二是正在开展前期工作的项目2个，分别为：城南菜市场改造、全民健身中心改造。",
          "从各街道推进情况看：一是进度较快的街道3个，分别为夫子庙街道、秦虹街道、双塘街道，所承担项目均已达到时序进度；二是进度一般的街道2个。",
        ].join("\n\n"),
      ),
    )!;
    expect(titlesOf(reading)).toEqual(["城镇新增就业", "城乡低保提标", "中小学校舍改造", "城南菜市场改造", "全民健身中心改造"]);
  });
  it("says the counts are met group by group only where every group names as many as its count", () => {
    const met = sentenceItems(blocksOf("截至9月底,省实事8件12项中有7项提前完成;进度偏慢的2项分别是：农村供水提升、背街小巷整治。\n\n市实事10件15项中,进展偏慢的3项分别是：城区停车场建设、口袋公园建设、公共厕所建设。"))!;
    expect(titlesOf(met)).toEqual(["农村供水提升", "背街小巷整治", "城区停车场建设", "口袋公园建设", "公共厕所建设"]);
    expect(met.countedGroups).toBe(true);
    const short = sentenceItems(blocksOf("截至9月底,省实事8件12项中有7项提前完成;进度偏慢的3项分别是：农村供水提升、背街小巷整治。\n\n市实事10件15项中,进展偏慢的3项分别是：城区停车场建设、口袋公园建设、公共厕所建设。"))!;
    expect(titlesOf(short)).toHaveLength(5);
    expect(short.countedGroups).toBeUndefined();
  });
  it("reads quoted names their count closes and a count's ；-clauses as runs where all the runs make the programme's count (“A”“B”2项为… ‖ 已完成3项，分别是：… ‖ 剩余3项中，…)", () => {
    const text = [
      "1—9月，8项民生实事累计完成投资1.6亿元。现将进展情况公布如下：",
      "2023年全市8项民生实事中，“城乡居民医保财政补助”“困难群众生活保障”2项为政策类项目，其余6项中，截至9月底已完成3项，分别是：改造城区老旧小区9个（100%）；新建改造农村公路50公里（104%）；新建城区公共停车泊位400个（100%）。",
      "剩余3项中，第二中学新校区建设项目主体已封顶（70%）；城区供水管网改造15公里已完成12公里（80%）；5所公办幼儿园改扩建已完成3所（60%）。",
      "下一步，市民生办对进度滞后的第二中学新校区、公办幼儿园改扩建2个项目实行周调度。",
    ].join("\n\n");
    const reading = sentenceReadings(blocksOf(text)).find((r) => r?.items.length === 8);
    expect(titlesOf(reading)).toEqual(["城乡居民医保财政补助", "困难群众生活保障", "改造城区老旧小区", "新建改造农村公路", "新建城区公共停车泊位", "第二中学新校区建设项目", "城区供水管网改造", "公办幼儿园改扩建"]);
    expect(convertTexts({ "a.txt": `黄龙县9月份民生实事进展情况\n\n${text}` }).archive.reports[0]!.projects).toHaveLength(8);
    // (Not where the runs make no count the text states: a part the text adds, 增加了“A”和“B”2项县定民生工程.)
    const part = "今年在省定31项民生工程的基础上，增加安排了“农村危桥改造”和“城区公厕新建改造”2项县定民生工程。其中农村五保供养、孤儿基本生活保障2项已提前完成。";
    expect(sentenceReadings(blocksOf(part)).filter((r) => r?.countedGroups)).toEqual([]);
  });
  it("reads a count that ends its paragraph on a colon and as many paragraphs after it, each opening on a quoted work, as a run (…有3件： ‖ “A”项目，… ‖ …)", () => {
    const text = [
      "上半年我市6件民生实事总体进展顺利。",
      "根据2018年民生实事项目表，6件民生实事中上半年完成较好的有3件：",
      "“城镇新增就业4.5万人”项目，已新增就业2.61万人，完成年度任务的58%；",
      "“改造城市棚户区1.2万套”项目，已开工8460套，开工率70.5%；",
      "“建设城市公共自行车站点100个”项目，已建成站点68个。",
      "基本达到时间节点要求的民生实事有：实施农村安全饮水巩固提升工程、提质改造农村公路、汾河沿岸生态修复等3个项目。",
    ].join("\n\n");
    const runs = sentenceReadings(blocksOf(text)).filter((r) => r?.countedGroups);
    expect(runs.map(titlesOf)).toEqual([["城镇新增就业", "改造城市棚户区", "建设城市公共自行车站点", "农村安全饮水巩固提升工程", "提质改造农村公路", "汾河沿岸生态修复"]]);
  });
  it("gives each name of a counted run its own rate, listed in turn after it", () => {
    const reading = sentenceItems(blocksOf("推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。\n\n今年以来，城区停车场建设、口袋公园建设等2项完成率分别达38%、64%。群众满意率达95%。"))!;
    const parks = reading.items.filter((it) => it.title === "城区停车场建设" || it.title === "口袋公园建设");
    expect(parks.map((it) => it.passages.map((p) => [p.span.text, p.role]))).toEqual([[["38%", "actual"]], [["64%", "actual"]]]);
  });
  it("gives the rates of a run that closes its paragraph without a 。", () => {
    const reading = sentenceItems(blocksOf("推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。\n\n今年以来，全市加力推进，城区停车场建设、口袋公园建设等2项完成率分别达38%、64%"))!;
    expect(reading.items.slice(-2).map((it) => it.passages.map((p) => p.span.text))).toEqual([["38%"], ["64%"]]);
  });
  it("gives no rates where the sentence lists more rates than names", () => {
    const reading = sentenceItems(blocksOf("推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。\n\n城区停车场建设、口袋公园建设等2项完成率分别达38%、64%、70%。"))!;
    expect(reading.items.slice(-2).map((it) => it.passages)).toEqual([[], []]);
  });
  it("reads a status group's names after its count and comma, names of two characters too, but not where the count disagrees", () => {
    const reading = sentenceItems(
      blocksOf(
        "3项进展较快，托幼完成率35%、驿站完成率100%、助餐完成率60%。\n\n推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。4项正在抓紧实施，乡村道路建设、公共厕所改造。推进缓慢的有3(城区停车场建设、口袋公园建设)。",
      ),
    );
    expect(titlesOf(reading)).toEqual(["托幼", "驿站", "助餐", "农村供水提升", "背街小巷整治", "公共厕所建设"]);
  });
  it("reads a project named by two groups once", () => {
    const reading = sentenceItems(
      blocksOf("城区停车场建设、口袋公园建设等2项动态达到年度目标。\n\n推进缓慢的有2(口袋公园建设、背街小巷整治)。2项进展较快，城区停车场建设完成率95%、背街小巷整治完成率90%。"),
    );
    expect(titlesOf(reading)).toEqual(["城区停车场建设", "口袋公园建设", "背街小巷整治"]);
  });
  it("reads no notice from one group, however often its names come again", () => {
    expect(sentenceItems(blocksOf("城区停车场建设、口袋公园建设等2项动态达到年度目标。\n\n2项进展较快，城区停车场建设完成率95%、口袋公园建设完成率90%。"))).toBeNull();
  });
  it.each([
    ["a run its count closes", "城区停车场建设、口袋公园建设等2项完成率分别达38%、64%。", "农村供水提升、背街小巷整治等2项稳步推进。"],
    ["names listed in turn", "进度偏慢的2项分别是：城区停车场建设、口袋公园建设。", "进度较快的2项分别是：农村供水提升、背街小巷整治。"],
    ["names in brackets after a count", "推进缓慢的有2(城区停车场建设、口袋公园建设)。", "推进较快的有2(农村供水提升、背街小巷整治)。"],
    ["a status group named after its comma", "2项进展较快，城区停车场建设完成率95%、口袋公园建设完成率90%。", "2项正在实施，农村供水提升完成率50%、背街小巷整治完成率40%。"],
  ])("has no preamble where %s opens the text", (_, opening, later) => {
    const reading = sentenceItems(blocksOf(`${opening}\n\n${later}`))!;
    expect(titlesOf(reading)).toEqual(["城区停车场建设", "口袋公园建设", "农村供水提升", "背街小巷整治"]);
    expect(reading.preamble).toEqual([]);
  });
  it("reads no notice from one group beside a list in turn whose name is too long, or a group in a numbered heading", () => {
    expect(sentenceItems(blocksOf(`推进缓慢的有2(城区停车场建设、口袋公园建设)。\n\n排名居中的2项分别是：新${LONGEST}、乡村道路建设。`))).toBeNull();
    expect(sentenceItems(blocksOf("一、全市看，农村供水提升、背街小巷整治等2项稳步推进。\n\n推进缓慢的有2(城区停车场建设、口袋公园建设)。"))).toBeNull();
  });
  it("keeps the paragraphs before the first group as the preamble", () => {
    const reading = sentenceItems(blocksOf("襄阳市民生实事进展\n\n推进缓慢的有2(城区停车场建设、口袋公园建设)。\n\n推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。"))!;
    expect(reading.preamble.map((b) => b.text)).toEqual(["襄阳市民生实事进展"]);
  });
  it("points a name in brackets, and one after a status group's comma, at that list", () => {
    const text = "背街小巷整治反映最多，推进缓慢的有2(背街小巷整治、公共厕所建设)。重点关注乡村道路建设，2项进展较快，乡村道路建设完成率95%、口袋公园建设完成率90%。";
    const reading = sentenceItems(blocksOf(text))!;
    expect(reading.items.map((it) => it.titleSpan?.pos[0])).toEqual([text.indexOf("背街小巷整治、"), text.indexOf("公共厕所建设"), text.indexOf("乡村道路建设完成率"), text.indexOf("口袋公园建设")]);
  });
  it("keeps one list across a paragraph that opens with the year and one that opens with none", () => {
    const reading = sentenceItems(blocksOf("2023年，推进缓慢的有2(城区停车场建设、口袋公园建设)。\n\n2024年，全市加大投入。\n\n推进缓慢的有3(农村供水提升、背街小巷整治、公共厕所建设)。"))!;
    expect(reading.lists).toBe(1);
    expect(reading.items.map((it) => it.list)).toEqual([0, 0, 0, 0, 0]);
  });
  it("takes the verb that opens a run off its first name (确定了扩绿 → 扩绿)", () => {
    const reading = sentenceItems(blocksOf("全县确定了扩绿、治污、修路等3项。\n\n推进缓慢的有2(城区停车场建设、口袋公园建设)。"))!;
    expect(titlesOf(reading)).toEqual(["扩绿", "治污", "修路", "城区停车场建设", "口袋公园建设"]);
  });
});

describe("projects named group by group", () => {
  const GROUPED = [
    "关键词：城乡统筹",
    "【主要项目】保障性安居工程、提升农村低保、农村公路建设。共3项。",
    "【完成情况】新建保障房1200套，农村低保标准提高到每月500元。",
    "全年投入资金3亿元。",
    "2024年进展",
    "一、农村公路建设完成120公里。",
    "【主要项目】新建学校、社区医院建设",
    "新建学校5所，社区医院建设3个。",
    "【主要项目】新建体育馆",
  ].join("\n\n");

  it("reads each group's names, giving them the figures of every paragraph up to the next group, labelled, numbered or not", () => {
    const reading = sentenceItems(blocksOf(GROUPED))!;
    expect(projectsOf(reading)).toEqual([
      ["保障性安居工程", ["【完成情况】新建保障房1200套,"]],
      ["提升农村低保", ["农村低保标准提高到每月500元。", "全年投入资金3亿元。"]],
      ["农村公路建设", ["农村公路建设完成120公里。"]],
      ["新建学校", ["新建学校5所,"]],
      ["社区医院建设", ["社区医院建设3个。"]],
    ]);
    expect(reading.preamble.map((b) => b.text)).toEqual(["关键词:城乡统筹"]);
  });
});

describe("a list whose cue opens the sentence after its count", () => {
  it("reads the names after 各项目进展如下 where the sentence before counts the projects", () => {
    const reading = sentenceItems(blocksOf("截至9月底，全县民生实事4项完成年度目标任务的65.9%。各项目进展如下：新建学校、改造老旧小区、新建公园、改造公路。\n\n新建学校12所，改造老旧小区30个。"));
    expect(projectsOf(reading)).toEqual([
      ["新建学校", ["新建学校12所,"]],
      ["改造老旧小区", ["改造老旧小区30个。"]],
      ["新建公园", []],
      ["改造公路", []],
    ]);
  });
  it("reads no list after the cue where no sentence before it counts the projects", () => {
    expect(sentenceItems(blocksOf("截至9月底，全县民生实事完成年度目标任务的65.9%。各项目进展如下：新建学校、改造老旧小区、新建公园、改造公路。"))).toBeNull();
  });
  it("counts only the sentence right before the cue, not an earlier one", () => {
    expect(sentenceItems(blocksOf("全县确定民生实事4项。截至9月底，完成年度目标任务的65.9%。各项目进展如下：新建学校、改造老旧小区、新建公园、改造公路。"))).toBeNull();
  });
});

describe("the names of a list", () => {
  it("splits a name joined by 和 in two where the list is one short of its count", () => {
    const reading = sentenceItems(blocksOf("今年5项民生实事包括：新建学校、促进教育高质量发展和促进高质量充分就业、新建公园和改造公路。"));
    expect(titlesOf(reading)).toEqual(["新建学校", "促进教育高质量发展", "促进高质量充分就业", "新建公园", "改造公路"]);
  });
  it("keeps a name joined by 和 whole where the names already make the count", () => {
    const reading = sentenceItems(blocksOf("今年4项民生实事包括：新建学校、促进教育高质量发展和促进高质量充分就业、新建公园和改造公路。"));
    expect(titlesOf(reading)).toEqual(["新建学校", "促进教育高质量发展和促进高质量充分就业", "新建公园", "改造公路"]);
  });
  it("reads a list one short of its count as it stands where no name is joined by 和", () => {
    expect(titlesOf(sentenceItems(blocksOf("今年5项民生实事包括：新建学校、改造老旧小区、新建公园、改造公路。")))).toEqual(["新建学校", "改造老旧小区", "新建公园", "改造公路"]);
  });
});

describe("the figures after a list", () => {
  it("reads the paragraph after the list whole, and a later one only while it names a project of the list", () => {
    const reading = sentenceItems(
      blocksOf(
        [
          "今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。",
          "全市新建学校12所、改造老旧小区30个，新建公园5个。最终选出了10项。改造公路40公里，另有公路养护20公里。",
          "各项工作稳步推进。",
          "以改造老旧小区为例，完成投资2亿元。",
          "新建学校方面，今年在建2所。",
          "据悉，全县财政投入3亿元。",
          "新建公园另有3个在建。",
        ].join("\n\n"),
      ),
    );
    expect(projectsOf(reading)).toEqual([
      ["新建学校", ["全市新建学校12所、", "今年在建2所。"]],
      ["改造老旧小区", ["改造老旧小区30个,", "完成投资2亿元。"]],
      ["新建公园", ["新建公园5个。"]],
      ["改造公路", ["改造公路40公里,另有公路养护20公里。"]],
    ]);
  });
});

describe("a later paragraph that names a project", () => {
  it("goes on the reading where it writes a short name of the list (扩绿) within a longer phrase", () => {
    const reading = sentenceItems(blocksOf("今年4项民生实事包括：扩绿、治污、修路和建校。\n\n全县植树1万株。\n\n在全县扩绿行动中，新增绿地3公顷。"));
    expect(projectsOf(reading)![0]).toEqual(["扩绿", ["全县植树1万株。", "新增绿地3公顷。"]]);
  });
  it("goes on the reading where it all but repeats a name in other words (学校新建 ~ 新建学校)", () => {
    const reading = sentenceItems(blocksOf("今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n改造公路40公里。\n\n今年，学校新建2所。\n\n公园建设，全年新增绿地3公顷。"));
    expect(projectsOf(reading)![0]).toEqual(["新建学校", ["学校新建2所。"]]);
  });
});

describe("names separated by commas", () => {
  it("reads the pieces that end as names do, up to the first that does not (估算总投资…), a closing 等 making them some", () => {
    const reading = sentenceItems(blocksOf("城关镇5个项目包括：老街改造项目，滨河绿道工程，污水管网工程，停车场建设项目等，估算总投资4.66亿元。\n\n老街改造项目完成投资1亿元。"))!;
    expect(projectsOf(reading)).toEqual([
      ["老街改造项目", ["老街改造项目完成投资1亿元。"]],
      ["滨河绿道工程", []],
      ["污水管网工程", []],
      ["停车场建设项目", []],
    ]);
    expect(reading.partial).toBe(true);
  });
});

describe("names each in quotes", () => {
  it("reads every quoted name of the runs once, a name with a figure stating its plan", () => {
    const reading = sentenceItems(
      blocksOf(
        "泉州市民生实事群众满意度测评\n\n" +
          "其中，“新建老年人日间服务中心”“新设社区老年人助餐服务点”“改造农村公路50公里”“建设城市书房”等项目群众满意。\n\n" +
          "此外，“建设城市书房”“新增公共停车泊位”“改造背街小巷”“建设口袋公园”等项目满意度较高。",
      ),
    )!;
    expect(reading.items.map((it) => [it.title, it.titleSpan?.text, passagesOf(it)])).toEqual([
      ["新建老年人日间服务中心", "新建老年人日间服务中心", []],
      ["新设社区老年人助餐服务点", "新设社区老年人助餐服务点", []],
      ["改造农村公路", "改造农村公路50公里", ["改造农村公路50公里"]],
      ["建设城市书房", "建设城市书房", []],
      ["新增公共停车泊位", "新增公共停车泊位", []],
      ["改造背街小巷", "改造背街小巷", []],
      ["建设口袋公园", "建设口袋公园", []],
    ]);
    expect(reading.preamble.map((b) => b.text)).toEqual(["泉州市民生实事群众满意度测评"]);
    expect(reading.partial).toBe(true);
  });
  it("reads quoted names only in body text, not in a numbered heading", () => {
    expect(sentenceItems(blocksOf("一、“新建老年人日间服务中心”“新设社区老年人助餐服务点”“改造农村公路”“建设城市书房”等项目群众满意。"))).toBeNull();
  });
  it("reads names quoted one by one and said to be done or under way (“A”和“B”已完成 · “C”已超额完成), where a paragraph names three or more so", () => {
    const text = "截止目前,我市承担的2022年省重点民生实事共8项,其中“提高城乡低保标准”和“县级医院能力提升”已完成,其余正常推进;市重点民生实事共10项,其中“建成保障性住房320套”已超额完成,“农村公路提档升级”正在推进。";
    const reading = sentenceItems(blocksOf(text))!;
    expect(reading.items.map((it) => it.title)).toEqual(["提高城乡低保标准", "县级医院能力提升", "建成保障性住房", "农村公路提档升级"]);
    expect(reading.partial).toBe(true);
    // Two are a sentence's pair, no list.
    expect(sentenceItems(blocksOf("其中“提高城乡低保标准”和“县级医院能力提升”已完成,其余正常推进。"))).toBeNull();
  });
  it("reads names quoted one by one, each called a project, where a paragraph calls three or more so", () => {
    const text = [
      "市卫生健康委主办的“为老年人免费接种流感疫苗”项目、市教育局的“中小学课后延时服务”项目和市住建局的“老旧小区加装电梯”工程获评优秀。",
      "市民政局的“困难群众救助提标”行动、市交通局的“城乡公交一体化”项目、市水利局的“农村饮水安全巩固”工程同样获评优秀。",
      "市体育局的“全民健身步道”项目、市文旅局的“送戏下乡”活动获评良好。",
    ].join("\n\n");
    const reading = sentenceItems(blocksOf(text))!;
    // (…and, the text having called six so, the one its last paragraph calls a project alone: 活动 is no project's word.)
    expect(reading.items.map((it) => it.titleSpan?.text)).toEqual(["为老年人免费接种流感疫苗", "中小学课后延时服务", "老旧小区加装电梯", "困难群众救助提标", "城乡公交一体化", "农村饮水安全巩固", "全民健身步道"]);
    expect(reading.preamble).toEqual([]);
    // Alone in a text that calls fewer so, a name called a project is a sentence's, not a list's.
    expect(sentenceItems(blocksOf("今年，“为老年人免费接种流感疫苗”项目和“中小学课后延时服务”项目获评优秀。\n\n市体育局的“全民健身步道”项目获评良好。"))).toBeNull();
  });
  it("reads quoted names a count of projects closes, as many as it counts (“A”“B”两个项目)", () => {
    const text = [
      "截至9月底，全省15项重点民生实事总体进展顺利。",
      "“城镇新增就业80万人”项目已完成85.2万人。“一老一小”方面，“新增普惠托位1.5万个”“改造特殊困难老年人家庭1万户”两个项目分别完成1.6万个、0.8万户。",
      "“新建改扩建中小学200所”项目已开工190所；“新建改造农村公路6000公里”项目已完成5200公里。",
    ].join("\n\n");
    expect(sentenceItems(blocksOf(text))?.items.map((it) => it.title)).toEqual(["城镇新增就业", "新增普惠托位", "改造特殊困难老年人家庭", "新建改扩建中小学", "新建改造农村公路"]);
    // A count other than the names' is no count of them.
    expect(sentenceItems(blocksOf(text.replace("两个项目", "三个项目")))?.items.map((it) => it.title) ?? []).not.toContain("新增普惠托位");
  });
});

describe("names a stated count closes", () => {
  it("gives fields named by a word each the noun the count closes them with (社保、教育、…等五大惠民工程 → 社保惠民工程)", () => {
    const names = (text: string) => countMatchedNames(blocksOf(text), [5])?.items.map((it) => it.title) ?? null;
    expect(names("今年以来，全区抓好社保、教育、水利、安居、交通等五大惠民工程，确保办实办好。")).toEqual(["社保惠民工程", "教育惠民工程", "水利惠民工程", "安居惠民工程", "交通惠民工程"]);
    // Names of works keep their own words.
    expect(names("今年以来，全区抓好城区供水、学校扩建、农村公路、棚户区改造、公交优化等五大惠民工程。")).toEqual(["城区供水", "学校扩建", "农村公路", "棚户区改造", "公交优化"]);
  });
  it("reads as many names as the count, but not a run of things one of which closes its own count (…等4条公路安装护栏、标志牌…)", () => {
    const names = (text: string) => countMatchedNames(blocksOf(text), [4])?.items.map((it) => it.title) ?? null;
    expect(names("今年办好4件实事:新建城市公园、改造老旧小区、建设社区食堂和增设公交线路。")).toEqual(["新建城市公园", "改造老旧小区", "建设社区食堂", "增设公交线路"]);
    expect(names("农村公路安全提升项目总投资2100万元,分别在河滨街(惠农段)、红果子路、园艺路等4条一级公路安装护栏、标志牌等交通安全设施。")).toBeNull();
  });
});

describe("names in passing", () => {
  it("reads an inspection's subjects (…等热点问题), not the fields of the proposals gathered (涉及A、B、…等重要民生事项)", () => {
    const names = (text: string) => namesInPassing(blocksOf(text))?.items.map((it) => it.title) ?? null;
    expect(names("视察组针对城区停车难题、老旧小区改造、农贸市场提升、城区道路拓宽等热点问题进行实地查看。")).toEqual(["城区停车难题", "老旧小区改造", "农贸市场提升", "城区道路拓宽"]);
    expect(names("共收集到2018年度民生实事建议322项,涉及教育事业、卫生医疗、社会保障、环境整治、住房保障等重要民生事项。")).toBeNull();
  });
});

describe("a count, then as many sentences or ；-clauses each opening on its aim", () => {
  it("reads the sentences after the sentence that counts them, in its paragraph, each aim the title, not the next paragraph's aims", () => {
    const text = [
      "鹤岗市2025年政府工作报告（摘要）",
      "",
      "（六）持续保障和改善民生",
      "",
      "办好八件民生实事。今年，市政府将集中财力办好八件民生实事，年底向市人大常委会报告。稳定扩大城乡就业，城镇新增就业1.1万人。增加普惠托育和学前学位供给，新增普惠性托位400个，新建公办幼儿园3所。改善中小学办学条件，改造农村学校校舍2.4万平方米。推进城镇老旧小区改造，改造老旧小区41个。更新城市供热管网，改造老旧管网38公里。提升村级医疗服务水平，建成标准化村卫生室52个。完善居家养老服务网络，新建老年助餐点25个。改善城乡出行条件，新改建农村公路260公里。",
      "",
      "健全社会保障体系。落实全民参保计划，参保率稳定在95%以上。做好困难群众冬季取暖救助。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["稳定扩大城乡就业", "增加普惠托育和学前学位供给", "改善中小学办学条件", "推进城镇老旧小区改造", "更新城市供热管网", "提升村级医疗服务水平", "完善居家养老服务网络", "改善城乡出行条件"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["400个", "3所"]);
  });

  it("takes the count from a work report's section where the opening states none, its list the ；-clauses of the sentence after it", () => {
    const text = [
      "秀英区政府工作报告",
      "",
      "——2025年1月10日在海口市秀英区第七届人民代表大会第五次会议上",
      "",
      "各位代表：现在，我代表区人民政府向大会报告工作。",
      "",
      "一、2024年工作回顾",
      "",
      "（一）产业发展稳中有进。规上工业增加值增长7.6%，新增规上企业26家。",
      "",
      "（二）民生福祉持续增进。区委、区政府确定的6件重点民生实事全部完成。实施就业帮扶行动，城镇新增就业8600人；推进学校扩容，新增学位2400个；提升基层医疗能力，改造村卫生室40个；完善养老服务网络，建成社区养老服务站15个；推进老旧小区改造，改造小区28个；整治农村人居环境，完成户厕改造2100户。",
      "",
      "（三）安全底线更加牢固。安全生产事故起数下降10.2%。",
    ].join("\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projectCount).toBe(6);
    expect(report.projects.map((p) => p.title)).toEqual(["实施就业帮扶行动", "推进学校扩容", "提升基层医疗能力", "完善养老服务网络", "推进老旧小区改造", "整治农村人居环境"]);
  });

  it("reads no such list where the sentences tell what was done without an aim of their own (全县新建公共厕所20座，…)", () => {
    const text = "宁洱县2023年5件民生实事全部完成\n\n记者从县政府获悉，今年县政府承诺的5件民生实事已全部完成。全县对12所乡镇卫生院开展提质改造，改造工程全部完工。全县新建公共厕所20座，完成年度目标任务的100%。农村饮水巩固提升惠及3.1万人。全县新增城镇就业2600人，完成年度目标任务的118%。为1.2万名城乡居民开展免费健康体检。";
    expect(convertTexts({ "a.txt": text }).archive.reports[0]!.sources[0]!.check?.layout).not.toBe("sentence");
  });
});

describe("a count and a colon inside an item of a work report's own list", () => {
  it("reads the ；-clauses after 十件为民办实事全部兑现： in a —— item, and after 办好十件为民实事： in a （六） section, each as its year's list", () => {
    const clauses = (names: string[]) => names.map((n, k) => `${n}${k + 2}个`).join("；");
    const done = ["新建幼儿园", "改造危房", "改造老旧小区", "新建村卫生室", "建成供水工程"];
    const planned = ["新建口袋公园", "新建寄递物流站", "改造农村公路", "新建助餐点", "新增托育机构"];
    const text = [
      "三江侗族自治县人民政府工作报告（摘要）",
      "——2025年1月8日在三江侗族自治县第十七届人民代表大会第五次会议上",
      "一、2024年工作回顾",
      "——特色产业加快壮大。新增茶叶加工企业4家，新建标准化茶园8000亩。",
      `——民生福祉持续增进。全年民生支出21.3亿元。年初承诺的五件为民办实事全部兑现：${clauses(done)}。`,
      "二、2025年工作安排",
      "（一）做强特色产业。新增出口备案茶园基地2000亩。",
      `（二）用心用情保障和改善民生。今年，县政府将继续集中力量办好五件为民实事：${clauses(planned)}。`,
    ].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    const byYear = Object.fromEntries(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)]));
    // (A clause's name keeps or drops its figure as the clause reader names any: the works are what is asserted.)
    const named = (titles: string[] | undefined) => titles?.map((t) => t.replace(/\d+个$/u, ""));
    expect(named(byYear[2024])).toEqual(done);
    expect(named(byYear[2025])).toEqual(planned);
  });
  it("names each clause that opens on its field (在促进就业方面，…) by the field, and reads them over the report's sections", () => {
    const fields = ["促进就业", "扩大学位供给", "长者助餐", "普惠托育", "城市更新", "燃气安全", "农村出行", "充电设施"];
    const figures = ["城镇新增就业12.1万人", "新增公办学位2.4万个", "建成长者饭堂320个", "新增普惠托位6000个", "改造城镇老旧小区210个", "更新燃气管道380公里", "新改建农村公路410公里", "新增公共充电桩6200个"];
    const text = [
      "政府工作报告（摘要）",
      "——2025年1月15日在广西壮族自治区第十四届人民代表大会第四次会议上",
      "一、2024年工作回顾",
      "（一）经济运行稳中有进。地区生产总值增长4.2%。",
      "（二）产业升级步伐加快。新增规上工业企业800家以上。",
      "（三）改革开放持续深化。进出口总额增长8%。",
      "（四）生态环境保持优良。新增造林面积150万亩。",
      "（五）城乡发展更加协调。新建高标准农田200万亩。",
      `（六）民生福祉持续增进。八件民生实事全部落地见效：${fields.map((f, k) => `在${f}方面，${figures[k]}`).join("；")}。`,
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect([report.year, report.projects.map((p) => p.title)]).toEqual([2024, fields]);
    expect(report.projects[7]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["6200个"]);
    // (So does one that names its field without 在: 促进就业方面，….)
    const bare = convertTexts({ "a.txt": text.replace(/在([^；：]+?)方面/gu, "$1方面") }).archive.reports[0]!;
    expect(bare.projects.map((p) => p.title)).toEqual(fields);
  });
});

describe("names, then a clause of figures for each in their order", () => {
  // A television report: the programme's names in one sentence, then what each came to, one ；-clause each, unnamed.
  const names = ["学位扩容", "全民健康体检", "稳就业", "老旧小区改造", "农村公路建设", "城市停车设施建设", "农村改厕"];
  const clauses = ["新增学位1200个", "为4.1万名老年人开展免费健康体检", "城镇新增就业2800人", "改造老旧小区16个", "新改建农村公路72公里", "新增城市公共停车位900个", "完成农村户厕改造1300座"];
  const text = (told: string[]) =>
    [
      "拜城县2024年7项为民办实事全部完成",
      "",
      "来源：拜城县融媒体中心　　2025-01-08",
      "",
      "【解说】记者从县发改委了解到，2024年拜城县确定的7项为民办实事已全部完成。",
      "",
      `【解说】2024年，拜城县确定的7项为民办实事是：${names.join("、")}。一年来，全县${told.join("；")}。`,
    ].join("\n");

  it("names each clause by the name in its place, its figures its own", () => {
    const report = convertTexts({ "a.txt": text(clauses) }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(names);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["4.1万名"]);
  });

  it("keeps the clauses' own words where two or more speak of other works than the names in their places", () => {
    const swapped = [clauses[2]!, clauses[0]!, clauses[1]!, ...clauses.slice(3)];
    const report = convertTexts({ "a.txt": text(swapped) }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).not.toEqual(names);
  });
});

describe("a feature that tells some works by their quoted names, then lists the rest", () => {
  const feature = (rest: string) =>
    [
      "一件件实事暖民心",
      "——林芝市2024年八件民生实事办理综述",
      "",
      "林芝日报　2025-01-10",
      "",
      "清晨，巴宜区的退休职工扎西推开家门，屋里暖意融融。“以前冬天要烧炉子，现在暖气一开就行。”",
      "",
      "这是我市2024年八件民生实事中的“城镇集中供暖扩面”项目带来的变化。一年来，新建供热管网21.4公里，新增供暖面积42万平方米。",
      "",
      "在工布江达县，“农村饮水安全巩固提升”让村民喝上了放心水。全年巩固提升农村供水工程63处，惠及群众3.2万人。",
      "",
      rest,
      "——稳就业促增收：城镇新增就业3100人。",
      "——学前教育普及：新建改扩建幼儿园9所。",
      "——医疗服务提升：新建标准化村卫生室18个。",
      "——农村公路建设：新改建农村公路240公里。",
      "——养老服务：新建社区日间照料中心4个。",
      "——文化惠民：开展文艺演出下乡320场。",
    ].join("\n");

  it("reads the quoted names with their paragraphs, then the list, where the text says the list is the rest", () => {
    const report = convertTexts({ "a.txt": feature("除上述两件外，其余六件民生实事同样兑现了承诺：") }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["城镇集中供暖扩面", "农村饮水安全巩固提升", "稳就业促增收", "学前教育普及", "医疗服务提升", "农村公路建设", "养老服务", "文化惠民"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["63处", "3.2万人"]);
  });

  it("reads only the list where the paragraph before it does not say the others were told above", () => {
    const report = convertTexts({ "a.txt": feature("全年六件民生实事同样兑现了承诺：") }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).not.toContain("城镇集中供暖扩面");
    // (The subtitle under the headline is no item of the dash list.)
    expect(report.projects.map((p) => p.title)).not.toContain("林芝市2024年八件民生实事办理综述");
  });
});

describe("names in a sentence, then prose that turns to each by its field", () => {
  it("gives a clause to the work whose name holds the field the prose turns to (医疗方面，…), and a paragraph that names a work further on keeps its first clauses for the works before it", () => {
    const text = [
      "遵义市2023年八件民生实事全部完成",
      "",
      "记者从市发展改革委获悉，2023年我市确定的八件民生实事已全部完成年度目标任务。",
      "",
      "2023年我市八件民生实事分别是：稳岗就业增收、教育学位扩容、基层医疗提升、城镇老旧小区改造、农村饮水巩固、农村公路提升、文体惠民和食品安全守护。",
      "",
      "就业方面，全市城镇新增就业3.2万人；教育方面，新增学位1.6万个；医疗方面，乡镇卫生院完成提档升级，为适龄妇女免费开展“两癌”筛查9.5万人次；老旧小区改造方面，开工改造城镇老旧小区96个。",
      "",
      "在农村，全市巩固提升农村饮水工程310处，惠及群众41万人；改造提升农村公路980公里。文体惠民方面，全年建成全民健身场地90个；食品安全方面，完成食品安全监督抽检8600批次。",
    ].join("\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`).join(" "))).toEqual(["3.2万人", "1.6万个", "9.5万人次", "96个", "310处 41万人", "980公里", "90个", "8600批次"]);
  });
});

describe("names a story calls projects, told one by one", () => {
  it("gives each quoted name called a project the clause that tells how it got on (“新建城区公共停车泊位2500个”项目，已建成泊位1400个，…；)", () => {
    const text = [
      "时间过半 实事过半——我市2024年市重点民生实事上半年推进情况扫描",
      "本报讯　今年娄底市政府确定的5件市重点民生实事上半年总体推进有序。",
      "据介绍，进展较快的有2件。“城镇新增就业2.2万人”项目，截至6月底全市已新增1.31万人，完成年度任务的59.5%；“新建城区公共停车泊位2500个”项目，已建成泊位1400个，完成年度任务的56%。",
      "按时序推进的有2件。“改造城镇老旧小区96个”项目，已开工90个，开工率93.8%；“提质改造农村公路160公里”项目，已完成路基路面施工70公里。",
      "另有1件进度相对滞后。“建设乡镇综合养老服务中心6个”项目，目前建成运营2个，受选址调整影响整体进度偏慢。",
    ].join("\n\n");
    const named = sentenceReadings(blocksOf(text)).find((r) => r?.items.some((it) => it.title.startsWith("城镇新增就业")));
    expect(named?.items.map((it) => passagesOf(it).join(" | "))).toEqual([
      "城镇新增就业2.2万人 | 截至6月底全市已新增1.31万人,完成年度任务的59.5%;",
      "新建城区公共停车泊位2500个 | 已建成泊位1400个,完成年度任务的56%。",
      "改造城镇老旧小区96个 | 已开工90个,开工率93.8%;",
      "提质改造农村公路160公里 | 已完成路基路面施工70公里。",
      "建设乡镇综合养老服务中心6个 | 目前建成运营2个,受选址调整影响整体进度偏慢。",
    ]);
  });

  it("reads no names closed by a count of stages or islands (分报告、问答、测评三个环节 · 衢山、秀山两个岛) as works, nor runs of them as status groups", () => {
    const text = "岱山县民生实事向人民报告\n\n活动分报告、问答、测评三个环节。\n\n县住建局、县水务集团负责人分别报告了“安居宜居”和“放心饮水”两个项目。\n\n衢山、秀山两个岛的12个村用上了大陆引水。";
    const titles = sentenceReadings(blocksOf(text)).flatMap((s) => s?.items.map((it) => it.title) ?? []);
    expect(titles).not.toContain("测评");
    expect(titles).not.toContain("秀山");
  });
});

describe("names that follow a sentence's announcing colon, the last joined by 和, with no count (各项目进展如下：A、B、…和K。)", () => {
  it("reads each as a work where every name opens on a verb of work, five at least", () => {
    const text = "截至3月底，寿光市2021年确定的民生实事总体完成年度目标任务的22.4%。各项目进展如下：新建公共充电桩、建设老年食堂和助餐服务点、建设口袋公园、推进适老化改造、加强基层医疗卫生服务和新增城镇就业。";
    expect(titlesOf(sentenceItems(blocksOf(text))!)).toEqual(["新建公共充电桩", "建设老年食堂和助餐服务点", "建设口袋公园", "推进适老化改造", "加强基层医疗卫生服务", "新增城镇就业"]);
    // (Not places or bodies: 各项目进展如下：城关镇、东城街道、西城街道、南湖乡和北山镇.)
    expect(sentenceItems(blocksOf("各项目进展如下：城关镇、东城街道、西城街道、南湖乡和北山镇。"))).toBeNull();
  });

  it("parts the last name at the 和 a verb of work follows, not where a verb's two objects are joined (…泊位和建设城市书房和文化驿站)", () => {
    const text = "截至8月底，来宾市2017年确定的民生实事总体完成年度目标任务的69.9%。各项目进展如下：建设“四好农村路”、推进农村饮用水达标提标、稳定和扩大就业、开展职业技能培训、新增公共停车泊位和建设城市书房和文化驿站。";
    expect(titlesOf(sentenceItems(blocksOf(text))!)).toEqual(["建设“四好农村路”", "推进农村饮用水达标提标", "稳定和扩大就业", "开展职业技能培训", "新增公共停车泊位", "建设城市书房和文化驿站"]);
  });
});

describe("names a count right after them says are a whole group", () => {
  it("reads no programme from …A、B、C等3项正按序时推进 of 30 where the text tells its other works with figures: a group, no selection of the programme", () => {
    const text = [
      "宿州市8月份民生工程进展情况",
      "2022年全市30项民生工程中，常态化实施、不设年度目标任务的有3项（城乡居民基本医疗保险；困难群众救助；残疾人两项补贴），其余27项中，截至8月底已完成15项。未完成的12项中，城镇老旧小区改造已开工70个、完工48个（69%），农村道路畅通工程已完成提质改造260公里（80%），中小河流治理已完成5段（50%），城市燃气老旧管网改造已完成30公里（75%），这4项预计11月底前全部完成；公办幼儿园建设已竣工6所（55%），农村户厕改造已完成1.1万户（88%），这2项预计12月底前全部完成；城市社区嵌入式养老服务设施建设、文化惠民演出、全民健身工程等3项正按序时推进。",
      "已完成的15项中，超额完成任务的有9项：新增城镇就业2.4万人，完成率118%；开展职业技能培训1.3万人次，完成率121%；为困难残疾儿童提供康复救助980名，完成率103%；为适龄妇女开展“两癌”免费检查2.9万人，完成率110%；为困难群体提供法律援助2100件，完成率120%；新增普惠性托位720个，完成率140%；资助家庭经济困难学生1.8万名，完成率106%；新建口袋公园15个，完成率150%；新增城市公共停车泊位2800个，完成率112%。",
      "请各牵头部门对照年度目标逐项梳理，确保全年任务如期完成。",
    ].join("\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    // (Each status group is read as a run of its count: 3 in brackets, the 3 closed by 等3项, and 9; not the 12 unfinished,
    // told in 4 + 2 + 3 pieces, fewer than their count.)
    expect(report.projects.length).toBe(15);
    expect(report.projects.some((p) => /口袋公园/u.test(p.title))).toBe(true);
    expect(report.projects.some((p) => /城镇老旧小区改造/u.test(p.title))).toBe(false);
  });

  it("still reads names a count says are some of the programme (A、B、C等10项民生工程) though the text's figures stand elsewhere", () => {
    const text = [
      "泗县2022年民生工程",
      "2021年，全县共投入民生工程资金3.2亿元，完成投资计划的104%。",
      "2022年全县将实施城镇老旧小区改造、农村供水保障、全民健身工程等10项民生工程。",
    ].join("\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["城镇老旧小区改造", "农村供水保障", "全民健身工程"]);
  });
});

describe("a work report's two years of 民心工程", () => {
  // (A made-up 2018 work report of 河北省: last year's programme told done in one section's ；-run, thirteen of twenty; this
  // year's numbered under another section that counts it in a sentence of its own.)
  const clauses = [
    "新建和改造提升农贸市场30个",
    "完成城镇老旧小区改造1200万平方米，惠及居民18万户",
    "新建公办幼儿园50所，新增学位1.5万个",
    "完成230所中小学校舍和设施改造",
    "建成社区老年日间照料服务中心100个，新增养老床位5000张",
    "为65岁以上老年人免费健康体检95万人",
    "新建和提升改造农村公路600公里",
    "改造农村危陋房屋6000户",
    "新增公共停车泊位3.2万个",
    "新开和调整公交线路60条，更新新能源公交车1200辆",
    "改造供热旧管网350公里",
    "完成农村饮水提质增效工程，35万农村人口受益",
    "建成全民健身路径450条",
  ];
  const text = [
    "政府工作报告（摘要）",
    "——2018年1月25日在河北省第十三届人民代表大会第一次会议上",
    "一、2017年工作回顾",
    "（一）经济结构调整步伐加快。化解钢铁过剩产能，淘汰落后产能企业120家。战略性新兴产业增加值占规模以上工业比重提高到25%。",
    "（二）改革开放持续深化。新增市场主体12.6万户，省级行政许可事项精简40%。",
    `（三）民生保障不断加强。全年民生支出占一般公共预算支出的78%。20项民心工程全面完成：${clauses.join("；")}。城镇新增就业88.6万人。`,
    "二、2018年工作安排",
    "（一）着力保障和改善民生。坚持把人民群众的小事当作政府的大事，继续实施20项民心工程。",
    ...Array.from({ length: 20 }, (_, k) => `${k + 1}.新建和提升改造第${k + 1}批社区服务设施${(k + 1) * 10}个。`),
    "（二）加强生态文明建设。……",
  ].join("\n");

  it("reads last year's ；-run after 20项民心工程全面完成： as that year's list, thirteen told of twenty, and this year's numbered list counted by its section's sentence", () => {
    const reports = convertTexts({ "hebei_2018.txt": text }).archive.reports;
    const byYear = new Map(reports.map((r) => [r.year, r]));
    expect(byYear.get(2017)?.projects.map((p) => p.title).slice(0, 2)).toEqual(["新建和改造提升农贸市场", "完成城镇老旧小区改造"]);
    expect(byYear.get(2017)?.projects).toHaveLength(13);
    expect(byYear.get(2018)?.projects).toHaveLength(20);
    expect(byYear.get(2018)?.projectCount).toBe(20);
  });
});

describe("a work report's ；-run the page elides", () => {
  it("reads the clauses before …… as some of the programme however few (十件民生实事全部办结：A；B；C；D；E……), not the economy's figures around them", () => {
    const text = [
      "2017年上栗县政府工作报告（摘要）",
      "一、2016年工作回顾",
      "产业发展提质增效。全年完成规模以上工业增加值51.2亿元，增长9.2%；新增规模以上工业企业8家。新签约亿元以上项目16个；园区完成基础设施投资3.3亿元。农业方面，粮食总产稳定在12.5万吨；全年接待游客260万人次，增长18%。",
      "城乡建设加快推进。完成城建投资8.6亿元，新建改造城区道路10条；完成村庄整治点75个。",
      "民生事业持续改善。全县民生类支出12.2亿元，占财政总支出的77.5%。年初承诺的十件民生实事全部办结：城镇新增就业4120人；新改建农村公路96公里；完成农村危房改造1160户；解决2.1万农村人口饮水安全问题；新建城区公办幼儿园2所……城乡低保标准提高到每人每月460元。",
    ].join("\n");
    const report = convertTexts({ "shangli_2017.txt": text }).archive.reports.find((r) => r.year === 2016)!;
    expect(report.projects.map((p) => p.title)).toEqual(["城镇新增就业", "新改建农村公路", "完成农村危房改造", "解决2.1万农村人口饮水安全问题", "新建城区公办幼儿园"]);
  });
});

describe("subheads that count the works below them by status", () => {
  // (A city paper's story after the layout of holdS238's ir12, names and places changed: subheads 3件实事完成全年目标 ‖ “A”实事，… ‖ ….)
  it("reads each subhead's paragraphs, one quoted work each, as many as it counts, the counts adding up to the programme", () => {
    const text = [
      "前三季度我市为民办实事项目扎实推进",
      "2020-10-14 08:31　来源：天水日报　　分享到：",
      "本报讯（天水日报全媒体记者 杨晓东）前三季度，市委、市政府坚持以人民为中心、以督查为抓手、以考核促落实，克服新冠肺炎疫情和“8·17”特大暴洪灾害带来的不利影响，有序推动2020年10件为民办实事18个子项目落到实处。截至9月底，3件实事完成全年目标，4件实事超额完成前三季度节点目标，3件实事按计划有序推进。",
      "3件实事完成全年目标",
      "“提高城乡低保和特困人员救助供养标准”实事，我市于7月1日起按新标准在各县区发放保障金，城市低保标准提高到每人每月615元，农村低保标准提高到每人每年4260元。截至9月底，累计发放城乡低保金4.62亿元，特困供养金1.18亿元，惠及困难群众28.6万人。",
      "“适龄妇女‘两癌’免费检查”实事，截至9月底，全市累计完成农村适龄妇女宫颈癌检查2.35万人、乳腺癌检查2.35万人，完成年度目标的117.5%，对查出的136名患者全部落实救治措施。",
      "“乡村学校少年宫建设”实事，于8月份完成新建乡村学校少年宫30所的年度目标，并全部投入使用，秋季学期开学以来累计开展兴趣活动1200余场次，受益学生2.1万人。",
      "4件实事超额完成9月份节点目标",
      "“城镇老旧小区改造”实事，截至9月底，累计完成总工程量72.4%，超额完成9月份设置的累计完成总工程量60%的节点目标，累计改造老旧小区68个、惠及居民7420户。其中，两当县、徽县已全部完工，成县完成90%，麦积区、秦安县完成70%以上，其他县完成50%以上，预计11月底前全部完成。",
      "“农村公路建设”实事，截至9月底，累计新改建农村公路612公里，分别完成年度目标（新改建农村公路800公里、实施安全生命防护工程300公里）的76.5%和81.3%，其中安全生命防护工程完成244公里。受暴洪灾害影响，部分县区水毁路段修复任务较重，市交通运输局已组织力量抢抓晴好天气集中施工。",
      "“农村饮水安全巩固提升”实事，截至9月底，累计完成集中供水工程48处，铺设管网586公里，巩固提升农村人口饮水安全6.8万人，完成年度目标的85%，超额完成9月份节点目标。灾后受损的132处供水设施已全部完成应急修复，群众饮水全部恢复。",
      "“城区停车泊位建设”实事，截至9月底，全市城区新增公共停车泊位2160个，完成年度目标（3000个）的72%，超额完成9月份节点目标（1800个）。武都城区新建的东江新区立体停车场已投入试运营。",
      "3件实事按计划有序推进",
      "“新建和改扩建公办幼儿园”实事，全年计划新建和改扩建公办幼儿园20所，截至9月底，已竣工14所，其余6所主体工程已完工，正在进行室内装修和室外配套，预计11月底前全部投入使用，可新增学位3600个。",
      "“基层医疗卫生机构标准化建设”实事，全年计划完成乡镇卫生院标准化建设25所、村卫生室标准化建设150个，截至9月底，已完成乡镇卫生院18所、村卫生室112个，分别完成年度目标的72%和74.7%。",
      "“就业创业促进”实事，截至9月底，全市城镇新增就业1.02万人，完成年度目标的85%；输转城乡富余劳动力38.6万人，实现劳务收入82.3亿元；发放创业担保贷款2.35亿元。受疫情影响，部分外出务工人员返岗推迟，市人社局通过“点对点”包车、劳务专列等方式组织输转，输转人数已基本恢复到去年同期水平。",
      "在各县区，实事项目推进中涌现出不少好做法。麦积区对老旧小区改造实行“居民点单、社区派单、企业接单”，改造内容由居民议事会商定，施工过程请居民代表全程监督；成县把农村饮水工程建设与灾后恢复重建结合起来，在修复受损设施的同时对老化管网一并更换；礼县在乡镇卫生院标准化建设中同步推进远程会诊系统建设，让山区群众在乡镇就能享受到市级医院专家的诊疗服务。",
      "“以前孩子上幼儿园要跑到县城，现在在家门口就能上，还不用每天接送那么远。”家住秦安县某镇的一位家长说，镇上新建的公办幼儿园9月份开园，孩子每天放学回来都说喜欢幼儿园的老师和小伙伴。文县一位低保户告诉记者，今年低保标准提高了，每月领到的钱比去年多了，家里的日子比以前好过多了。",
      "市人大代表、市政协委员在近期开展的专题视察中也对实事项目推进情况给予肯定，同时建议有关部门在加快进度的同时更加注重工程质量，对已经建成的项目要尽快建立管护机制，防止出现“重建设、轻管理”的问题；对受灾较重地区的项目要实事求是地做好进度调整，既不能因灾放松，也不能为赶进度降低质量标准。",
      "据市政府督查室相关负责人介绍，今年的为民办实事项目实行“一件实事、一名市级领导、一个牵头单位、一套推进方案”的工作机制，市政府督查室每月调度、每季度通报，对进度滞后的项目实行挂牌督办。灾害发生后，市上及时对受灾较重县区的实事项目进度节点进行了调整，但年度目标任务不降低、标准不放松。"
    ].join("\n");
    const report = convertTexts({ "tianshui_2020.txt": text }).archive.reports[0]!;
    expect(report.projects).toHaveLength(10);
    expect(report.projects.map((p) => p.title).slice(0, 3)).toEqual(["提高城乡低保和特困人员救助供养标准", "适龄妇女‘两癌’免费检查", "乡村学校少年宫建设"]);
    expect(report.projects.at(-1)!.title).toBe("就业创业促进");
  });
});

describe("figures told after the names in their own paragraph", () => {
  it("gives the sentence after the list (…分别是A、B、…。其中，A计划…；B覆盖…) to the names it echoes, and none to the others", () => {
    const text = [
      "肥乡区2023年十件民生实事票决产生",
      "最终确定的10件民生实事项目分别是城区集中供热管网改造工程、农村生活污水治理工程、县医院感染性疾病楼建设工程、第二实验小学建设工程、城乡公交一体化工程、困难老年人家庭适老化改造工程、农贸市场提质改造工程、农村饮水安全巩固提升工程、城区口袋公园建设工程、残疾儿童康复救助工程。其中，城区集中供热管网改造工程计划改造老旧管网16.5公里；农村生活污水治理工程覆盖38个行政村；第二实验小学建成后可提供学位1980个。",
    ].join("\n");
    const report = convertTexts({ "feixiang_2023.txt": text }).archive.reports[0]!;
    const figures = (name: string) => report.projects.find((p) => p.title === name)?.metrics.map((m) => `${m.value}${m.unit}`);
    expect(figures("城区集中供热管网改造工程")).toEqual(["16.5公里"]);
    expect(figures("农村生活污水治理工程")).toEqual(["38个"]);
    expect(figures("第二实验小学建设工程")).toEqual(["1980个"]);
    expect(figures("城乡公交一体化工程")).toEqual([]);
  });
});

describe("status groups that each count the works they tell, short of the programme's count", () => {
  it("reads a statistics office's groups, each count's figured ；-clauses after 分别为 as its works, in numbered paragraphs too", () => {
    const text = [
      "2019年乐平市为民办实事项目完成情况分析",
      "2019年，全市10项为民办实事项目全部完成或基本完成年度目标任务，其中9项完成或超额完成，1项基本完成。",
      "（一）超额完成任务的有3项。截至12月底，超额完成年度目标任务的实事项目有3项，分别为：城镇新增就业4210人，完成进度为120.3%；新改建农村公路168公里，完成进度为112%；新增养老服务床位260张，完成进度为130%。",
      "（二）全面完成任务的有2项。截至12月底，全面完成年度目标任务的实事项目有2项，分别为：城区新建改造公厕9座；为65岁以上老年人免费健康体检4.8万人。",
      "（三）基本完成任务的有1项。城区棚户区改造项目计划开工安置房800套，实际开工736套，完成进度为92%。",
      "二、存在的主要问题",
      "（一）个别项目前期工作滞后。",
    ].join("\n\n");
    const read = sentenceItems(blocksOf(text));
    expect(titlesOf(read)).toEqual(["城镇新增就业", "新改建农村公路", "新增养老服务床位", "城区新建改造公厕", "为65岁以上老年人免费健康体检"]);
    // (Each work's clause is its passage: 新改建农村公路168公里，完成进度为112%.)
    expect(passagesOf(read!.items[1]!)[0]).toMatch(/^新改建农村公路168公里[,，]完成进度为112%/u);
    // (Five of the ten: a selection.)
    expect(read!.partial).toBe(true);
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.find((p) => p.title === "新改建农村公路")?.metrics.map((m) => m.value)).toContain(168);
  });

  it("parts a count's works closed by how far each got in brackets, run by run where words count each run again (这3项…；C、D等2项…), and skips a 其中 that repeats works told", () => {
    const text = [
      "宁国市9月份民生实事进展情况",
      "2022年全市20项民生实事中，常态化开展、不设年度目标任务的有2项（城乡公益性公墓管理维护；背街小巷环境卫生整治），其余18项中，截至9月底已完成6项：新建乡镇污水处理站3座，完成率100%；新增城区公共停车泊位650个，完成率130%；为4200名65岁以上老年人开展免费健康体检，完成率105%；改造提升农村互助幸福院12个，完成率100%；新建城区公厕8座，完成率100%；发放困难群众临时救助资金286万元，完成率114.4%。",
      "剩余12项中，5个城镇老旧小区改造已完工3个（60%），新改建农村公路70公里已完成41公里（58.6%），60个村级综合性文化服务中心提升已完成34个（56.7%），这3项预计10月底前全部完成；城区东片区供热管网改造正在施工中、县医院门急诊综合楼建设主体已封顶，这2项预计11月底前全部完成；3所公办幼儿园新建工程正在施工中（55%），“两癌”免费筛查1.6万名已筛查7120名（44.5%），这2项预计12月中旬前完成；文化惠民演出、全民健身工程、农村户厕改造、中小河流治理、智慧养老服务平台建设等5项正按序时推进。",
      "其中超额完成任务的已有2项：老年人健康体检4200名，完成率105%；新增停车泊位650个，完成率130%。",
      "下一步，市民生办将对进度滞后的项目实行周调度、月通报。",
    ].join("\n\n");
    const read = sentenceItems(blocksOf(text));
    const titles = titlesOf(read)!;
    expect(titles).toHaveLength(20);
    expect(titles.slice(8, 15)).toEqual(["城镇老旧小区改造", "新改建农村公路", "村级综合性文化服务中心提升", "城区东片区供热管网改造", "县医院门急诊综合楼建设", "公办幼儿园新建工程", "“两癌”免费筛查"]);
    expect(titles.filter((t) => /健康体检/u.test(t))).toHaveLength(1);
    expect(read!.countedGroups).toBe(true);
  });

  it("reads a run the page cuts short (……（其余项目略）) as the clauses it gives, and the next count's run after it; a count's status may stand before its colon (其余5项已按期完成年度任务：)", () => {
    const text = [
      "2023年全县30项民生实事中，常态化开展的有3项（提升公益性公墓管理服务水平；城区餐饮油烟扰民整治；便民停车行动），其余27项已全部完成年度目标任务。",
      "其中按计划完成的有15项：新建社区养老服务机构2个，完成率100%；建设农村幸福院12个，完成率100%；改造城镇老旧小区9个，完成率100%；治理农村黑臭水体38条，完成率100%……（其余项目略）",
      "超额完成年度任务的有7项：建成零工驿站3个，完成率150%；为困难残疾人提供康复救助1386名，完成率105.8%；新增托位620个，完成率155%；建成最美工会驿站9家，完成率112.5%；帮扶困难退役军人276人，完成率138%；资助家庭经济困难学生9215名，完成率116.6%；新增电动自行车充电端口1480个，完成率296%。",
      "其余5项已按期完成年度任务：城镇新增就业3150人；为七年级适龄女生免费接种HPV疫苗1860人；治理城区易涝点12处；为农村适龄妇女开展“两癌”免费检查8000人；完成中小学校食堂“明厨亮灶”改造42所。",
    ].join("\n\n");
    const titles = titlesOf(sentenceItems(blocksOf(`龙游县2023年民生实事完成情况\n\n${text}`)))!;
    expect(titles).toHaveLength(3 + 4 + 7 + 5);
    expect(titles).toContain("治理农村黑臭水体");
    expect(titles).toContain("建成零工驿站");
    expect(titles).toContain("城镇新增就业");
  });

  it("reads a count's run of names parted by 、 with no ；, as many as its count (其余已完成的5项为：A、B、C、D、E), as that group's works", () => {
    const text = [
      "2019年全市12项民生实事中，常态化开展的有2项（城区背街小巷保洁提升行动；食品安全“双随机”抽查），其余10项中，截至10月底已完成8项。剩余2项中，3个城区公办幼儿园建设已完成2个（67%），12处农村幸福院建设已完成9处（75%），这2项预计11月底前全部完成。",
      "其中超额完成任务的已有3项：城镇新增就业6850人，完成率114.2%；新建社区日间照料中心8处，完成率133%；完成农村改厕2160户，完成率108%。其余已完成的5项为：市中医院门诊楼改造、建成城区“口袋公园”6个、农村饮水安全巩固提升工程、为60岁以上城乡居民免费健康查体、建设智慧农贸市场1处。",
    ].join("\n\n");
    const titles = titlesOf(sentenceItems(blocksOf(`新泰市10月份民生实事进展情况\n\n${text}`)))!;
    expect(titles).toHaveLength(2 + 2 + 3 + 5);
    expect(titles).toContain("市中医院门诊楼改造");
    expect(titles).toContain("农村饮水安全巩固提升工程");
  });

  it("reads no programme from runs that make one group's count (8项工程类民生实事中，4项进展较快：…；2项…；2项…) of 20", () => {
    const text = [
      "今年以来，金寨县20项民生实事有序推进。截至7月31日，已完成年度目标任务的2项，常态化开展的4项，其余14项正按序时进度加快实施。",
      "8项工程类民生实事中，4项进展较快：安心托幼行动新增托位216个，完成率60%；农村黑臭水体治理已完成28条，完成率80%；新改建农村公路62公里，完成率77.5%；嵌入式养老服务机构已完成1个，完成率50%。",
      "2项正在抓紧实施：便民停车行动新增停车泊位1120个，完成率56%；充换电基础设施建设新建公共充电桩86个，完成率43%。",
      "2项正在施工中：城镇老旧小区改造已全部开工，形象进度约55%；农村供水保障提升工程正在进行管网铺设，形象进度65%。",
    ].join("\n\n");
    const read = sentenceItems(blocksOf(text));
    expect(titlesOf(read)).toHaveLength(8);
    // (A selection of the programme: the groups meet their own counts, not its 20.)
    expect(read!.partial).toBe(true);
    expect(read!.countedGroups).toBeFalsy();
  });
});

describe("a count stated in a numbered paragraph of prose", () => {
  it("reads the status groups' clauses as the programme where a numbered paragraph states its count ((二)…20项为民办实事考核指标中，有13个…分别是：…；7个…分别是：…)", () => {
    const groups = (n: number, from: number) => Array.from({ length: n }, (_, k) => `新建示范点${String.fromCharCode(0x4e00 + from + k)}工程${k + 2}个，为任务的10${k % 10}%`).join("；");
    const text = [
      "江永县2019年为民办实事工作总结",
      "来源：江永县人民政府办公室　发布时间：2020-01-16",
      "一、主要工作及成效",
      "（一）强化组织领导。年初，县政府召开全县为民办实事工作动员会，将8项为民办实事考核指标分解到20个县直责任单位，层层签订责任状。",
      `（二）为民办实事考核指标完成情况。经县实事办会同县统计局考核验收，各责任单位均按时完成了各项任务。8项为民办实事考核指标中，有5个考核指标超额完成任务，分别是：${groups(5, 0)}。3个考核指标100%完成任务，分别是：${groups(3, 10)}。`,
      "（三）强化资金保障。全年为民办实事共投入资金1.26亿元，所有配套资金均按进度及时拨付到位。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect([report.projectCount, report.projects.length]).toEqual([8, 8]);
  });
});

describe("status groups numbered as a run of their own, their works told as ；-clauses", () => {
  const notice = (groups: string[]) =>
    [
      "江西省人民政府办公厅关于2017年民生工程实施情况的通报",
      "一、总体情况",
      "（一）资金投入情况。全省民生工程计划投入资金860亿元，实际投入881亿元，为计划的102.4%。",
      "（二）项目考核情况。经省民生工程领导小组考核验收，11个设区市和省直各牵头部门均按时完成了年度目标任务，考核达标。全年实施的9项民生工程中，有5项超额完成任务，3项100%完成任务，1项基本完成任务。",
      "二、项目完成情况",
      ...groups,
      "三、存在的主要问题",
      "（一）个别项目资金拨付进度偏慢，少数市县配套资金年底才集中到位。",
      "（二）部分项目建后管护机制不健全。",
    ].join("\n\n");
  const groups = [
    "（一）超额完成任务的项目。分别是：农村危房改造，完成改造3.1万户，为任务的116.1%；棚户区改造，开工改造各类棚户区住房12.6万套，为任务的108.7%；农村道路畅通工程，建成农村公路6200公里，为任务的126%；就业促进工程，城镇新增就业48.9万人，为任务的114.8%；学前教育促进工程，新建、改扩建幼儿园212所，为任务的103%。",
    "（二）100%完成任务的项目。分别是：城乡低保，城市低保月人均补助水平提高到520元；医疗救助，资助困难群众参加城乡居民医保52.6万人；水利惠民工程，完成小型水库除险加固310座。",
    "（三）基本完成任务的项目。农村清洁能源工程，建设户用沼气1.4万户，为任务的93.3%，主要原因是部分项目县调整了建设内容。",
  ];

  it("reads every clause of the groups as a work where the groups together hold as many as the text states", () => {
    const report = convertTexts({ "a.txt": notice(groups) }).archive.reports[0]!;
    expect([report.projectCount, report.projects.length]).toEqual([9, 9]);
    expect(report.projects.map((p) => p.title)).toEqual(["农村危房改造", "棚户区改造", "农村道路畅通工程", "就业促进工程", "学前教育促进工程", "城乡低保", "医疗救助", "水利惠民工程", "农村清洁能源工程"]);
  });

  it("reads no works from numbered topics whose sentences happen to make the count ((一)总体完成情况。经考核验收，… ‖ (二)…完成情况。10件实事中，…分别是：… ‖ (三)…)", () => {
    const done = Array.from({ length: 8 }, (_, k) => `新建${"东南西北中上下前"[k]}城社区服务站${k + 3}个，为任务的10${k}%`).join("；");
    const text = [
      "海东市人民政府办公室关于2019年为民办实事完成情况的通报",
      "（一）总体完成情况。经考核验收，17个市直责任单位和6个区县政府均按时完成了各项任务，考核达标。",
      `（二）为民办实事完成情况。10件实事中，有8件超额完成任务，分别是：${done}。2件100%完成任务，分别是：完成6个区县医共体建设；为全市农村低保对象代缴医保个人缴费部分，代缴覆盖面100%。`,
      "（三）群众满意度情况。委托第三方机构开展满意度测评，共发放问卷3000份，群众总体满意率为93.6%。",
    ].join("\n\n");
    const titles = convertTexts({ "a.txt": text }).archive.reports[0]!.projects.map((p) => p.title);
    expect(titles).not.toContain("经考核验收");
    expect(titles).toHaveLength(10);
  });
});

describe("a run of names some of its count (A、B、C等6件已完成) beside runs that meet theirs", () => {
  const lagging = [
    "截至10月20日，省重点民生实事15项指标中有10项提前完成，2项进展较快，3项进度偏慢。其中，进度偏慢的3项分别是：农村户用厕所改建、贫困地区儿童营养改善、农村义务教育学校改薄。",
    "市重点民生实事16项指标中，有9项提前完成，4项进展偏慢。其中，进展偏慢的4项分别是：城区老旧小区提质改造、新建乡镇公办幼儿园、城区农贸市场提质改造、城区公共厕所新建改造。",
  ];
  const own = "市本级民生实事10件中，长安街道社区卫生服务中心建设、城区背街小巷硬化亮化、乡镇敬老院消防改造等6件已完成；城区学校大班额化解正在扫尾。";

  it("reads the names it gives with the runs whose counts are met", () => {
    const titles = titlesOf(sentenceItems(blocksOf(["临湘市召开民生实事项目调度会", ...lagging, own].join("\n\n"))))!;
    expect(titles).toHaveLength(3 + 4 + 3);
    expect(titles).toContain("城区背街小巷硬化亮化");
  });

  it("reads no list from such runs alone: selections", () => {
    const early = "今年民生工程进展总体快于往年。早在三季度末，就业技能培训、城乡居民基本养老保险、农村五保供养等7个项目就已提前完成全年目标任务。10月底，农村道路畅通工程、农村危房改造、农村饮水安全工程等5个建设类项目相继完成全年任务。";
    // (The first run may be read as a list of names of its own; the two are no list of runs.)
    expect(titlesOf(sentenceItems(blocksOf(["六安市33项民生工程完成投资98.6%", early].join("\n\n")))) ?? []).not.toContain("农村道路畅通工程");
  });
});
