// A programme listed as figures inside one sentence, one 、-piece per project (src/ingest/layouts/figured-pieces.ts).
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { figuredClauseItems, figuredPieceItems } from "../../src/ingest/layouts/figured-pieces.ts";
import { convertTexts } from "../helpers/convert-text.ts";

const read = (text: string) => figuredPieceItems(classify(normalise(text).paragraphs));
const readings = (text: string) => read(text).map((s) => s.items.map((it) => it.title));

describe("figures listed one per 、-piece", () => {
  it("reads each piece as a project named by its work, the plan's lead words and the figure left out", () => {
    expect(readings("漳平市2024年民生实事\n全年计划新建乡镇卫生院3所、改造城区雨污管网约18公里、新增养老床位不少于260张、农村公路优良率提升至95%以上、为孕产妇免费筛查1.2万人次等。")).toEqual([
      ["新建乡镇卫生院", "改造城区雨污管网", "新增养老床位", "农村公路优良率提升", "为孕产妇免费筛查"],
    ]);
  });

  it("keeps a last piece without a figure (…、打造移动政务服务体系等), but not a list most of whose pieces count nothing", () => {
    expect(readings("资阳区民生实事\n计划新建公厕12座、改造背街小巷20条、新增停车位800个、打造一刻钟便民生活圈等。")[0]).toEqual(["新建公厕", "改造背街小巷", "新增停车位", "打造一刻钟便民生活圈"]);
    expect(readings("资阳区民生实事\n共收到意见涉及交通、环境、医疗、就业10条、文体等热点。")).toEqual([]);
  });

  it("reads no list where fewer than four pieces stand, or where a count is broken down by place (具体分布在A2处、B1处…)", () => {
    expect(readings("铜川市民生实事\n今年新建公厕12座、改造小巷20条、新增车位800个。")).toEqual([]);
    expect(readings("铜川市民生实事\n今年将新建8处口袋公园,具体分布在新区北段2处、老区广场1处、川口路口3处、坡头村旁2处。")).toEqual([]);
    expect(readings("铜川市民生实事\n今年将新增学位3000个,其中城关镇学校1200个、南塬镇学校800个、北塬镇学校600个、东川镇学校400个。")).toEqual([]);
  });

  it("reads a list only from the body's prose, with the paragraphs before it as its preamble", () => {
    const structure = read("漳平市2024年民生实事\n\n今年将办好十件民生实事。\n\n全年计划新建乡镇卫生院3所、改造城区雨污管网约18公里、新增养老床位不少于260张、为孕产妇免费筛查1.2万人次。")[0]!;
    expect(structure.preamble.map((b) => b.text)).toEqual(["漳平市2024年民生实事", "今年将办好十件民生实事。"]);
    expect(structure.items.every((it) => it.responsible.length === 0 && it.no === null)).toBe(true);
    // A headline that lists figures is no paragraph of prose.
    expect(readings("新建卫生院3所、改造管网18公里、新增床位260张、筛查1.2万人次\n\n漳平市今年将办好十件民生实事。")).toEqual([]);
  });

  it("offers at most four such sentences as readings", () => {
    const sentence = (n: number) => `第${n}批新建卫生院3所、改造管网18公里、新增床位260张、免费筛查1.2万人次。`;
    expect(read(["漳平市民生实事", [1, 2, 3, 4, 5, 6].map(sentence).join("")].join("\n\n"))).toHaveLength(4);
  });

  it("takes off only a closing 等 and the closing marks, keeping 等 inside a name (等级) and 至 inside one", () => {
    expect(readings("资阳区民生实事\n\n计划评定三星等级餐饮单位300家、新建至善书屋12个、新增停车位800个、打造一刻钟便民生活圈等。")[0]).toEqual(["评定三星等级餐饮单位", "新建至善书屋", "新增停车位", "打造一刻钟便民生活圈"]);
  });

  it("reads no list where any piece, its figure taken out, names no work (…、东区20个)", () => {
    expect(readings("资阳区民生实事\n\n今年新建学校3所、改造道路5条、新增车位100个、东区20个。")).toEqual([]);
  });
});

describe("works counted one ；-clause each", () => {
  const clauses = (text: string) => figuredClauseItems(classify(normalise(text).paragraphs))?.items.map((it) => it.title) ?? null;

  it("names a status group's first work by its own words, not the group's lead (已完成或超额完成的项目：A… · 正在推进的项目中，B…)", () => {
    const text = [
      "蒙城县6月份民生工程进展情况",
      "",
      "2024年全县33项民生实事，截至6月30日已完成9项，其余正按序时推进。",
      "",
      "已完成或超额完成的项目：实体零工驿站建设完成3个，完成率150%；困难残疾人康复救助1862名，完成率103.4%；工会驿站建设完成8家，完成率100%；困难退役军人帮扶286人，完成率119.2%。",
      "",
      "正在推进的项目中，安心托幼行动新增托位310个，完成率62%；农村幸福院建设18个，已建成7个；送戏进万村已演出142场，完成率41.5%；农村公路新改建43.6公里，完成率36.3%。",
    ].join("\n");
    const titles = clauses(text)!;
    expect(titles[0]).toMatch(/^实体零工驿站建设/u);
    expect(titles[4]).toMatch(/^安心托幼行动/u);
    expect(titles.filter((t) => /项目/u.test(t))).toEqual([]);
  });

  it("reads a group that is counted and then only named (主要是A、B、C等项目，因…) beside groups whose works tell figures: each name a work of it", () => {
    const text = [
      "益阳市2018年1-7月为民办实事项目进展情况分析",
      "",
      "全市12项为民办实事项目中，有8项完成进度超过60%。",
      "",
      "（一）提前完成全年任务的有3项。分别为：为农村寄宿制学校添置学生床位860个，完成进度为107.5%；完成山塘清淤扩容1200口，完成进度为100%；代缴城乡居民养老保险费1.1万人，完成进度为100%。",
      "",
      "（二）超时间进度的有5项。分别为：新增城镇就业3865人，完成进度为85.9%；完成农村危房改造1420户，完成进度为88.8%；改造城市棚户区1010户，完成进度为80.8%；新建农村公路42.6公里，完成进度为82%；办理法律援助案件586件，完成进度为83.7%。",
      "",
      "（三）进度相对滞后的有4项。主要是城区公办幼儿园建设、乡镇污水处理设施建设、农贸市场提质改造等项目，因前期手续办理时间较长，目前完成进度均在40%以下。",
      "",
      "二、存在的主要问题",
    ].join("\n");
    expect(clauses(text)).toEqual(["为农村寄宿制学校添置学生床位", "完成山塘清淤扩容", "代缴城乡居民养老保险费", "新增城镇就业", "完成农村危房改造", "改造城市棚户区", "新建农村公路", "办理法律援助案件", "城区公办幼儿园建设", "乡镇污水处理设施建设", "农贸市场提质改造"]);
    // (A group that is only named, with no group beside it telling figures, is no list of works.)
    expect(clauses(text.split("\n").filter((l) => !/^（[一二]）/u.test(l)).join("\n"))).toBeNull();
  });

  it("reads a statistics office's groups by progress, each counted, one naming all its works (分别为：) and one only the main ones (主要有：), as the list", () => {
    const text = [
      "岳阳市2017年为民办实事项目进展顺利",
      "",
      "全市10项为民办实事项目中有6项完成进度超过60%。",
      "",
      "一、实事项目进度完成情况",
      "",
      "（一）超时间进度完成指标有4项。截止7月底，超时间进度的实事项目有4项。分别为：建成农民专业合作社省级示范社25家，完成进度为83.3%；新增城镇管道天然气用户2.14万户，完成进度为85.6%；新增公租房6320套，完成进度为92.9%；新建农村客运招呼站260个，完成进度为86.7%。",
      "",
      "（二）进度相对滞后指标有6项。截止7月底，完成进度在60%以下的实事项目有6项。主要有：新建城区公厕45座，完成进度为45%；新增城区公共停车泊位3000个，已完成1420个，完成进度为47.3%；建设乡镇污水处理设施20处，已建成6处，完成进度为30%；新建标准化农贸市场10个，已建成4个，完成进度为40%。",
      "",
      "二、存在的主要问题",
      "",
      "一是部分项目前期工作推进缓慢。二是资金到位不够及时。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("clauses");
    expect(report.projects.map((p) => p.metrics[0] && `${p.metrics[0].value}${p.metrics[0].unit}`)).toEqual(["25家", "2.14万户", "6320套", "260个", "45座", "3000个", "20处", "10个"]);
  });

  it("reads the works a paragraph tells after a sentence of their count alone (4项提前完成节点任务。“A”…；“B”…), named by their quoted names", () => {
    expect(
      clauses(
        [
          "沈阳市2022年重点民生工程上半年进展",
          "2项提前超额完成全年任务。“老年人免费健康体检”原计划全年完成体检35万人，截至6月底已完成36.2万人；“公益惠民文化演出”二季度计划完成演出60场，实际完成74场。",
          "4项提前或超额完成节点任务。“老旧小区改造项目”已完成设计和施工招标，完成改造12个；“老旧供热管网改造工程”计划累计完成管网改造40公里，实际完成52.6公里；“新增公共停车泊位项目”已新增泊位4100个；“口袋公园建设”已开工建设口袋公园26个。",
        ].join("\n"),
      ),
    ).toEqual(["老年人免费健康体检", "公益惠民文化演出", "老旧小区改造项目", "老旧供热管网改造工程", "新增公共停车泊位项目", "口袋公园建设"]);
  });

  it("reads the comma-pieces after a tally of the works done as those works, where they are as many as it tallies", () => {
    const told = (tally: string) =>
      clauses(`延庆“2020十件民生实事”取得显著进展，${tally}建成投用3所幼儿园、新增学位1080个，新增社区养老服务驿站8个，改造老旧小区9个、惠及居民2600户，新增城区停车位1200个，新建健身步道40公里。`);
    expect(told("其中5件圆满完成任务，")).toEqual(["建成投用3所幼儿园、新增学位", "新增社区养老服务驿站", "改造老旧小区9个、惠及居民", "新增城区停车位", "新建健身步道"]);
    // (Not where the pieces are more than it tallies.)
    expect(told("其中4件圆满完成任务，")).toBeNull();
  });

  it("reads every sentence of four or more figured ；-clauses, under whatever headings group them, as one list", () => {
    expect(
      clauses(
        [
          "2023年长宁区政府实事项目完成情况",
          "办好家门口的小事",
          "完成12万平方米旧住房综合改造;为86个住宅小区新增电动自行车充电设施;增建24个市政消火栓;完成6处积水点改造。",
          "守护家门口的健康",
          "新建3家社区长者食堂;改建60张认知障碍照护床位;新建5家老年人日间照护中心;新增托育托位300个。",
        ].join("\n\n"),
      ),
    ).toEqual(["完成12万平方米旧住房综合改造", "为住宅小区新增电动自行车充电设施", "增建24个市政消火栓", "完成6处积水点改造", "新建3家社区长者食堂", "改建60张认知障碍照护床位", "新建5家老年人日间照护中心", "新增托育托位"]);
  });

  it("names each clause's work by its first comma-piece, past the field the sentence opens with (在城市建设方面,…)", () => {
    expect(
      clauses(
        [
          "2024年石家庄市民心工程进展",
          "在城市建设方面,新建城市道路9条;启用3个闲置地下停车场,释放停车泊位1200个;完成燃气管网改造46公里;建成开放滨河公园(二期),新增绿地4.2万平方米。",
        ].join("\n\n"),
      ),
    ).toEqual(["新建城市道路", "启用3个闲置地下停车场", "完成燃气管网改造", "建成开放滨河公园(二期)"]);
  });

  it("names the first clause past the words that announce the clauses (据介绍,5个提前完成的项目是:…)", () => {
    expect(
      clauses(["2024年常州市民生实事一季度进展", "据介绍,5个提前实现年度目标任务的项目是:完成青果巷北地块焕新提升;新增学校定制公交线路28条;安装独立式感烟探测器8000套;资助6200名特需群众参加普惠保险。"].join("\n\n")),
    ).toEqual(["完成青果巷北地块焕新提升", "新增学校定制公交线路", "安装独立式感烟探测器", "资助6200名特需群众参加普惠保险"]);
  });

  it("reads no list from clauses too few, too long, mostly without figures, or holding too few of the text's figures", () => {
    expect(clauses("长宁区实事\n\n新建食堂3家;改建床位60张;新增托位300个。")).toBeNull();
    expect(clauses("长宁区实事\n\n新建食堂3家;改建床位60张;新增托位300个;在全区各街道推进困难老年人家庭适老化改造工作并同步完善社区综合为老服务中心、助餐点、日间照护机构等配套设施建设共计12处点位。")).toBeNull();
    expect(clauses("长宁区实事\n\n新建食堂3家;推进适老化改造;完善服务网络;优化管理机制;健全工作制度。")).toBeNull();
    expect(clauses("长宁区实事\n\n全区生产总值增长5.1%,城镇新增就业4.2万人,居民收入增长6%,财政收入增长7%,投资增长8%,消费增长9%,外贸增长3%。\n\n新建食堂3家;改建床位60张;新增托位300个;完成改造6处。")).toBeNull();
  });

  it("reads fewer clauses where their paragraph opens on its theme (稳就业、兴教育，民生底色更亮。A；B。), each clause with its figures", () => {
    const text = [
      "兑现民生承诺",
      "",
      "记者从市发改委获悉，2021年，我市年初承诺的5件民生实事已全部兑现。",
      "",
      "稳就业、兴教育，民生底色更亮。我市实施城镇就业扩容行动，城镇新增就业3200人，完成年度目标的106.7%；推进城区教育扩容工程，新增学位1080个。",
      "",
      "强医疗、优养老，健康保障更实。实施乡镇卫生院提质工程，8所乡镇卫生院完成标准化改造；建设农村幸福食堂，新建幸福食堂24个；新改建农村公路52公里。",
    ].join("\n");
    expect(clauses(text)).toEqual(["我市实施城镇就业扩容行动", "推进城区教育扩容工程", "实施乡镇卫生院提质工程", "建设农村幸福食堂", "新改建农村公路"]);
    // (Not where the first sentence is no theme, but a sentence of the story: its two clauses are no list.)
    expect(clauses(text.replace("稳就业、兴教育，民生底色更亮。", "今年我市继续加大民生投入，全年统筹推进就业和教育工作。").replace("强医疗、优养老，健康保障更实。", "今年我市继续加大民生投入，医疗和养老工作同步推进。"))).toBeNull();
  });

  it("reads paragraphs that each open on their field (在X方面，A；B；C。), three at least, as every field's works, one ；-clause each", () => {
    const fields = [
      "在办好教育卫生方面，新改扩建6所公办幼儿园，新增公办学位1800个；为全市40所中小学校教室实施照明改造；完成10家村卫生所规范化建设。",
      "在关注一老一小方面，建设长者食堂10个、养老服务助餐点12个；新建4家婴幼儿照护服务机构示范点，新增托位300个；为2000名老人购买居家养老服务。",
      "在完善城市功能方面，新建公共停车泊位1800个；新开通公交线路3条；建成小游园10个。",
    ];
    const text = ["石狮：2019年为民办实事项目全部完成", "", "2019年石狮市确定的9件为民办实事项目全部如期完成。", "", ...fields.flatMap((f) => [f, ""])].join("\n");
    expect(clauses(text)).toEqual(["新改扩建6所公办幼儿园", "为全市中小学校教室实施照明改造", "完成10家村卫生所规范化建设", "建设长者食堂10个、养老服务助餐点", "新建4家婴幼儿照护服务机构示范点", "为老人购买居家养老服务", "新建公共停车泊位", "新开通公交线路", "建成小游园"]);
    // (Two such paragraphs are no fields of the whole programme.)
    expect(clauses(text.replace(fields[2]!, "城市功能也在完善，全市新建公共停车泊位1800个。"))).toBeNull();
  });

  it("reads a one-phrase theme (教育是最大的民生。) the same way, but no sentence of the paragraph that counts the programme's projects", () => {
    const text = [
      "民生答卷暖人心",
      "",
      "民生无小事，枝叶总关情。记者近日从市发改局获悉，截至2024年12月底，5个项目全部完成年度任务；其中3个超额完成，累计完成投资9.6亿元。",
      "",
      "教育是最大的民生。全年新建、改扩建中小学和幼儿园7所，新增学位5220个；全市42所中小学校食堂完成“明厨亮灶”改造。",
      "",
      "安居才能乐业。全年改造老旧小区26个，惠及居民4180户；新增公共停车泊位2650个，为年度目标的132.5%；对城区15处易涝积水点实施改造。",
    ].join("\n");
    expect(clauses(text)).toEqual(["全年新建、改扩建中小学和幼儿园", "42所中小学校食堂完成“明厨亮灶”改造", "改造老旧小区", "新增公共停车泊位", "对城区易涝积水点实施改造"]);
  });

  it("reads paragraphs that each open on their field (养老服务项目包括:A;B ‖ …) field by field, however few works each lists, and splits a clause of verb-and-figure pieces", () => {
    const text = [
      "嘉定区2026年为民办实事项目出炉",
      "经区人大代表票决,2026年嘉定区为民办实事项目共包括6个方面32个项目。",
      "养老服务项目包括:新建150张养老床位,新增80张护理型床位,改建60张认知障碍照护床位;新增3个社区长者食堂;为500户老年人家庭实施适老化改造。",
      "交通出行项目包括:新辟4条社区巴士线路;新增公共停车泊位1200个。",
      "健康服务项目包括:开展家庭医生签约服务进社区活动,为居民提供不少于300场健康讲座;新增20台自动体外除颤器。",
    ].join("\n\n");
    const structure = figuredClauseItems(classify(normalise(text).paragraphs))!;
    expect(structure.fielded).toBe(true);
    expect(structure.items.map((it) => it.title)).toEqual([
      "新建150张养老床位",
      "新增80张护理型床位",
      "改建60张认知障碍照护床位",
      "新增3个社区长者食堂",
      "为老年人家庭实施适老化改造",
      "新辟4条社区巴士线路",
      "新增公共停车泊位",
      "开展家庭医生签约服务进社区活动",
      "新增20台自动体外除颤器",
    ]);
    // One paragraph so opened is no field of several; nor is the programme itself (民生实事项目包括:).
    expect(clauses(text.split("\n\n").slice(0, 3).join("\n\n"))).toBeNull();
    expect(figuredClauseItems(classify(normalise(text.replaceAll(/[^\n]{4}项目包括/gu, "民生实事项目包括")).paragraphs))?.fielded).toBeUndefined();
  });

  it("reads as many ；-clauses as the sentence counts before its colon or its 中， (2项正在抓紧实施：A…；B… · 3项保障类民生实事中，C…；…), each named by the work it opens on", () => {
    expect(
      clauses(
        [
          "金寨县1—7月民生实事进展",
          "一、工程类民生实事加快建设",
          "5项工程类民生实事中，3项进展较快：安心托幼行动新增托位120个，完成率60%；农村黑臭水体治理已完成16条，完成率80%；“四好农村路”建设新改建农村公路40公里，完成率80%。",
          "2项正在抓紧实施：便民停车行动新增停车泊位600个，完成率50%；充换电基础设施建设新建公共充电桩45个，完成率45%。",
          "二、保障类民生实事稳步推进",
          "3项保障类民生实事中，困难群体法律援助办理法律援助案件520件，完成率70%；送戏进万村已演出120场，完成率60%；健康口腔行动已为2000名适龄儿童开展窝沟封闭，完成率80%。",
        ].join("\n\n"),
      ),
    ).toEqual(["安心托幼行动", "农村黑臭水体治理", "“四好农村路”建设", "便民停车行动", "充换电基础设施建设", "困难群体法律援助", "送戏进万村", "健康口腔行动"]);
    // Pieces fewer or more than the sentence counts are no such list.
    expect(clauses("金寨县民生实事\n\n3项正在抓紧实施：便民停车行动新增停车泊位600个；充换电基础设施建设新建公共充电桩45个。")).toBeNull();
  });

  it("reads the works a numbered paragraph announces (分别为：A；…) as many as its opening counts ((一)提前完成全年任务的有3项。…), and not its own heading", () => {
    const text = [
      "衡阳市为民办实事项目1-7月推进情况分析",
      "今年，全市12项为民办实事项目总体推进有序。",
      "（一）提前完成全年任务的有3项。截至7月底，其中省考核项目2项，市考核项目1项。分别为：为农村寄宿制学校添置学生床位1200个，完成进度为103%；完成农村中小学校舍维修改造3.1万平方米，完成进度为112%；城区新增公共自行车站点40个，完成进度为100%。",
      "（二）超时间进度推进的有2项。分别为：新增城镇就业2.6万人，完成进度为88%；完成农村危房改造3100户，完成进度为84%。",
    ].join("\n\n");
    expect(clauses(text)).toEqual(["为农村寄宿制学校添置学生床位", "完成农村中小学校舍维修改造", "城区新增公共自行车站点", "新增城镇就业", "完成农村危房改造"]);
  });

  it("takes a count of 项目 in the lead before the colon (已有3个项目完成全年目标任务，分别为：A；B；C) as a count of the works after it", () => {
    const text = [
      "醴陵市1-7月为民办实事项目进展情况分析",
      "全市9项为民办实事项目总体推进有序。",
      "（一）提前完成任务指标有3项。截至7月底，已有3个项目完成全年目标任务，分别为：为农村寄宿制学校添置学生床位1200个；完成山塘清淤扩容2800口；新建村级便民服务中心26个。",
      "（二）超时间进度完成指标有2项。分别为：新增城镇就业6200人，完成进度为86%；完成农村危房改造1300户，完成进度为84%。",
    ].join("\n\n");
    expect(clauses(text)).toEqual(["为农村寄宿制学校添置学生床位", "完成山塘清淤扩容", "新建村级便民服务中心", "新增城镇就业", "完成农村危房改造"]);
  });
  it("reads the works a notice assesses by one indicator each, counted in a long lead (…12个考核指标中，有8个考核指标超额完成任务，分别是：A；…) and again (4个考核指标100%完成任务，分别是：…)", () => {
    const text = [
      "滕州市人民政府关于2018年为民办实事完成情况的通报",
      "2018年，市政府确定了10件为民办实事，现将有关情况通报如下：",
      "（一）组织领导情况。市政府将10件为民办实事逐项分解到16个责任单位，全年投入资金5.1亿元。",
      "（二）考核指标完成情况。经考核验收，各项任务均已完成。10件为民办实事、10个考核指标中，有6个考核指标超额完成任务，分别是：改造镇村公路110公里，为任务的110%；改造农村危房980户，为任务的122.5%；新建公办幼儿园6所，为任务的150%；新增城镇就业7400人，为任务的105.7%；新建健身广场48处，为任务的120%；新增公共停车泊位1800个，为任务的112.5%。4个考核指标100%完成任务，分别是：完成城区5条道路改造；完成城区9个老旧小区综合整治；城乡低保标准分别提高到360元和200元；城镇生活垃圾无害化处理率达到95%。",
      "（三）群众满意度测评情况。综合满意率为92.8%。",
    ].join("\n\n");
    expect(clauses(text)).toHaveLength(10);
    expect(clauses(text)?.slice(0, 2)).toEqual(["改造镇村公路", "改造农村危房"]);
  });
  it("reads the works a lead announces uncounted where the paragraph above counts as many (…其中，4个项目已提前完成年度任务。 ‖ 率先完成的项目分别是：A（…）；…), and fields told without 在 (便民出行方面，A；B)", () => {
    const text = [
      "青铜峡市2023年为民办实事项目前三季度进展",
      "今年全市共安排10个为民办实事项目。截至9月底，10个项目已全部开工。其中，4个项目已提前完成年度任务，其余6个项目正按时序推进。",
      "此次率先完成年度任务的项目分别是：改造提升城区8所中小学校安全防范设施（视频监控等设施已全部安装到位）；新建3所中小学自办食堂（已完工并投用）；实施残疾儿童康复救助（已为180名残疾儿童发放救助金）；建设6个标准化村卫生室（已全部建成）。",
      "“一老一小”服务方面，实施特殊困难老年人家庭适老化改造200户，已完成改造150户；新增普惠托位200个，目前已新增120个。",
      "便民出行方面，新增城区公共停车泊位800个，已新增600个；新改建农村公路40公里，已完成28公里。",
      "就业增收方面，城镇新增就业2500人，已新增2100人；开展职业技能培训3000人次，已完成2600人次。",
    ].join("\n\n");
    expect(clauses(text)).toEqual([
      "改造提升城区8所中小学校安全防范设施",
      "新建3所中小学自办食堂",
      "实施残疾儿童康复救助",
      "建设6个标准化村卫生室",
      "实施特殊困难老年人家庭适老化改造",
      "新增普惠托位",
      "新增城区公共停车泊位",
      "新改建农村公路",
      "城镇新增就业",
      "开展职业技能培训",
    ]);
  });
  it("reads the works a counted lead announces at its paragraph's end, told one paragraph each below it (…有3项。…分别为： ‖ A…； ‖ B…； ‖ C…。), as many as it counts", () => {
    const text = [
      "株洲市为民办实事项目进展情况分析（1-7月）",
      "（一）超时间进度完成指标有4项。分别为：新增城镇就业5.1万人，完成进度为85%；新改建农村公路520公里，完成进度为82%；解决农村饮水不安全人口8.2万人，完成进度为88%；新建村级综合文化服务中心70个，完成进度为81%。",
      "（二）低于时间进度指标有3项。截止7月底，完成进度低于60%的实事项目有3项。分别为：",
      "城区新建公厕30座，已建成12座，完成进度为40%；",
      "新增城市公共停车泊位5000个，已完成2400个，完成进度为48%；",
      "新建社区居家养老服务中心20个，已建成9个，完成进度为45%。",
      "从区县（市）情况看，各地推进力度总体较大，但进度不够平衡，城区承担的城建类项目较多，受拆迁、选址等因素影响，整体进度略低于全市平均水平。",
    ].join("\n\n");
    expect(clauses(text)).toEqual(["新增城镇就业", "新改建农村公路", "解决农村饮水不安全人口", "新建村级综合文化服务中心", "城区新建公厕", "新增城市公共停车泊位", "新建社区居家养老服务中心"]);
  });
  it("reads works told one ；-clause each after a long lead that counts the programme up to its 即, each named past the money it opens on (即投资1.26亿元，实施…工程；投资3800万元，实施…；…)", () => {
    const text = [
      "渭源县2016年十件民生实事",
      "这五件民生实事涉及扶贫、住房、教育、交通、医疗等领域，件件都与群众的生产生活息息相关，即投资1.1亿元，实施5乡镇900户易地扶贫搬迁工程；投资3200万元，实施15个贫困村整村推进项目；投资1300万元，改造农村危旧房1400户；投资2600万元，实施农村通畅工程25条88公里；投资580万元，建设县中医院住院楼配套工程，新增病床60张。",
    ].join("\n\n");
    expect(clauses(text)).toEqual(["实施5乡镇900户易地扶贫搬迁工程", "实施15个贫困村整村推进项目", "改造农村危旧房", "实施农村通畅工程25条", "建设县中医院住院楼配套工程"]);
  });
});

describe("a run of clauses announced by a word that turns to the particulars", () => {
  it("names the first work without the announcing words (具体来看：改造老旧小区32个，…)", () => {
    const text = [
      "珲春市十件民生实事全部兑现",
      "报告显示，2019年市政府向全市人民承诺的十件民生实事已全部兑现，全年民生支出达到38.6亿元。具体来看：改造老旧小区32个，惠及居民1.12万户；新建改建城市道路14条；新增城区停车泊位3200个；建成社区卫生服务中心2处；新建公办幼儿园3所，新增学位810个；为困难群众发放取暖补贴1630万元；完成农村危房改造412户；建成城区公园绿地6处；新增城镇就业8750人；为全市65岁以上老年人免费体检3.9万人。",
    ].join("\n\n");
    const titles = figuredClauseItems(classify(normalise(text).paragraphs))?.items.map((it) => it.title);
    expect(titles).toHaveLength(10);
    expect(titles![0]).toBe("改造老旧小区");
  });
});
