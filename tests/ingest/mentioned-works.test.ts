// A feature story that names each work in passing (lead-sentences.ts, mentionedProjectItems): by
// its own noun (…工程 · …行动), as one of the programme's (X这件实事 · X是…的一件实事), or as the field
// it is told under (X方面，). The names make a reading only where they are as many as the text states.
import { describe, expect, it } from "vitest";
import { convertTexts, onlyReport } from "../helpers/convert-text.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { mentionedProjectItems } from "../../src/ingest/layouts/lead-sentences.ts";

const read = (text: string) => {
  const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
  return { layout: report.sources[0]!.check?.layout, titles: report.projects.map((p) => p.title) };
};

describe("works a story names in passing", () => {
  const works = [
    "六件民生实事全部完成　百姓笑容更多",
    "",
    "本报讯　记者从市发展改革委获悉，2023年安康市确定的六件民生实事已全部完成年度目标任务。",
    "",
    "就业帮扶“安心行动”成效明显。全市城镇新增就业1.2万人，完成年度目标的109%。市人社局还举办“春风行动”等招聘会86场。",
    "",
    "作为民生实事之一的社区养老扩容工程，新建社区养老服务站21个。",
    "",
    "城市更新方面，老旧小区改造工程开工改造小区64个，惠及居民8100户；燃气管道更新工程完成改造38公里。",
    "",
    "便民停车工程新增公共停车泊位2600个。农村公路提升工程新改建农村公路140公里，完成年度目标的93.3%。",
    "",
    "下一步，我市将做好已建成项目的管护。",
  ].join("\n");

  it("reads each work its own noun names (…工程 · “…行动”), not a field over two of them (城市更新方面) nor an example (举办“春风行动”等)", () => {
    expect(read(works)).toEqual({
      layout: "mentioned",
      titles: ["就业帮扶“安心行动”", "社区养老扩容工程", "老旧小区改造工程", "燃气管道更新工程", "便民停车工程", "农村公路提升工程"],
    });
  });

  it("reads works the story calls the programme's own (X这件实事 · X是…的一件实事 · X方面), without the words before them (还有 · 我市)", () => {
    const text = [
      "实事件件有回音　五件民生实事全部兑现",
      "",
      "2024年，铜川市向社会承诺办好五件民生实事。截至12月底，五件实事均已完成。",
      "",
      "旧楼改造是群众最盼的一件实事。全市改造老旧小区52个，加装电梯38部。同步推进的还有管网更新这件实事，全市更新供水管网41公里。",
      "",
      "这是我市增加学前学位这件实事的一部分：全年新建幼儿园6所，新增学位2100个。",
      "",
      "提升村医服务能力方面，全市建成标准化村卫生室74个。",
      "",
      "稳岗就业这件实事，全年城镇新增就业9800人。",
    ].join("\n");
    expect(read(text)).toEqual({ layout: "mentioned", titles: ["旧楼改造", "管网更新", "增加学前学位", "提升村医服务能力", "稳岗就业"] });
  });

  it("reads a story that calls every work a 项目 by those names, and files it under the year it reviews though one work's sentence says 今年", () => {
    const text = [
      "件件落地见实效——都匀市2024年5项民生实事办理综述",
      "2025-01-14 08:30　来源：黔南日报",
      "2024年，都匀市把5项民生实事写进政府工作报告。",
      "城区学校扩容项目是今年民生实事的“头号工程”。全年新建城区学校3所，新增学位2700个。",
      "在基层医疗服务提升项目中，都匀市为6家乡镇卫生院更新了医疗设备。老旧小区改造项目全年改造小区21个，惠及居民2600户。",
      "与此同时，背街小巷整治项目整治背街小巷32条。普惠托育项目新增普惠性托位310个。",
      "下一步，都匀市将做好已建成项目的运营管护。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.year).toBe(2024);
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容项目", "基层医疗服务提升项目", "老旧小区改造项目", "背街小巷整治项目", "普惠托育项目"]);
  });

  it("reads a story that quotes each work's name as its clause's subject (“基层医疗能力提升工程”年内建成…), not a speech or a phrase that qualifies a noun", () => {
    const text = [
      "小切口里见大民生——攸县2024年五件重点民生实事办理综述",
      "来源：株洲日报　发布时间：2025-01-10 08:40",
      "记者日前从攸县重点民生实事工作领导小组办公室获悉，2024年县政府承诺的五件重点民生实事已全部完成。",
      "“以前孩子要坐半小时公交，现在走路十分钟就到了。”家住城西的黄女士说。“城区学校扩容工程”新建学校2所，新增学位1800个。",
      "在乡村，“乡村教师安居工程”同样稳步推进，全县建成教师周转宿舍80套。",
      "“妇女健康守护行动”则把免费“两癌”筛查送到了村口，全年筛查2.4万人。",
      "与之配套的“城区供水管网改造”完成老旧管网改造12公里。在产业园，“家门口就业”的工人越来越多。",
      "“停车便民工程”新增公共停车泊位1500个。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容工程", "乡村教师安居工程", "妇女健康守护行动", "城区供水管网改造", "停车便民工程"]);
    // (A quoted subject set off by a comma before what it did, 与小区改造同步推进的“城区供热管网改造”，共更新…, is one too.)
    const commaed = convertTexts({ "a.txt": text.replace("与之配套的“城区供水管网改造”完成", "与之同步推进的“城区供水管网改造”，共完成") }).archive.reports[0]!;
    expect(commaed.projects.map((p) => p.title)).toEqual(["城区学校扩容工程", "乡村教师安居工程", "妇女健康守护行动", "城区供水管网改造", "停车便民工程"]);
  });

  it("reads among such subjects one quoted as the field its figures are told under (在“促进城乡就业创业”方面，全县…)", () => {
    const text = [
      "六件民生实事全部完成——宁远县2023年民生实事办理综述",
      "记者从县发展和改革局获悉，2023年县政府承诺的六件民生实事已全部完成年度任务。",
      "“城区学校扩容工程”新建学校2所，新增学位1600个。“乡村教师安居工程”建成教师周转宿舍60套。",
      "在“促进城乡就业创业”方面，全县城镇新增就业5200人，完成年度计划的115%。",
      "“妇女健康守护行动”为2.1万名妇女免费筛查。“城区供水管网改造”完成老旧管网改造9公里。",
      "“停车便民工程”新增公共停车泊位900个。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容工程", "乡村教师安居工程", "促进城乡就业创业", "妇女健康守护行动", "城区供水管网改造", "停车便民工程"]);
    expect(report.projects[2]!.metrics.map((m) => m.value)).toEqual([5200]);
  });

  it("reads among such subjects a quoted name that ends on its own noun wherever it stands (代表们还询问了“家庭医生签约服务提质行动”落实情况)", () => {
    const text = [
      "定南县人大常委会组织代表视察2024年民生实事项目推进情况",
      "11月1日，县人大常委会组织代表对今年县政府6件民生实事项目进行集中视察。",
      "施工负责人介绍，“城区学校扩容项目”主体已完工，建成后可新增学位1200个。",
      "在渡江镇，“乡镇卫生院提质项目”涉及4所卫生院，目前已完成3所。代表们还询问了“家庭医生签约服务提质行动”落实情况，全县重点人群签约率已达74.2%。",
      "“农村公路提质工程”已完成改造60公里；“农村供水保障工程”已完成管网延伸40公里。",
      "此外，“城区停车泊位建设项目”已新增停车泊位500个。",
    ].join("\n\n");
    expect(read(text).titles).toEqual(["城区学校扩容项目", "乡镇卫生院提质项目", "家庭医生签约服务提质行动", "农村公路提质工程", "农村供水保障工程", "城区停车泊位建设项目"]);
  });

  it("reads both works two quoted names join by 和 (“A”和“B”一同入选), not names a 候选 count closes", () => {
    const text = [
      "兴安人大：六件民生实事 代表投票说了算",
      "1月12日，兴安县人大会议票决产生县政府2023年民生实事项目共6件。",
      "“县第一中学扩建工程”以全票当选，计划新增高中学位1200个；“城区公办幼儿园建设项目”计划新增学位900个。“县人民医院门诊楼建设项目”和“乡镇卫生院提质改造工程”一同入选，后者将改造卫生院7所。",
      "交通方面，“农村公路提质改造工程”计划改造农村公路120公里；“城区停车场建设项目”计划新增泊位800个。",
      "另有“县城排涝站建设项目”“集镇污水处理设施建设项目”2件候选项目未过半数。",
    ].join("\n\n");
    expect(read(text).titles).toEqual(["县第一中学扩建工程", "城区公办幼儿园建设项目", "县人民医院门诊楼建设项目", "乡镇卫生院提质改造工程", "农村公路提质改造工程", "城区停车场建设项目"]);
  });

  it("reads among such subjects the works a quoted run names together (此外，“A”“B”等项目也均已完成), as many as the text states", () => {
    const text = [
      "涟水：八件为民办实事全面完成",
      "1月6日，涟水县召开新闻发布会，通报2020年为民办实事项目完成情况。县政府确定的8件为民办实事项目已全部完成。",
      "在教育方面，“城区学校扩容工程”新建学校3所，新增学位2400个；“乡村学校提升项目”完成32所学校校舍维修。",
      "在医疗方面，“基层卫生能力提升工程”完成6所乡镇卫生院标准化建设；“两癌免费筛查”项目为1.6万名妇女开展筛查。",
      "在交通方面，“农村公路提质工程”完成提质改造120公里；“城乡公交一体化工程”新增公交车40辆。",
      "此外，“就业技能培训”“农贸市场改造”等项目也均已完成年度任务。全年开展技能培训3800人次；改造农贸市场6个。",
    ].join("\n\n");
    expect(read(text).titles).toEqual(["城区学校扩容工程", "乡村学校提升项目", "基层卫生能力提升工程", "两癌免费筛查", "农村公路提质工程", "城乡公交一体化工程", "就业技能培训", "农贸市场改造"]);
  });

  it("reads most of the works a story quotes as its clauses' subjects, fewer than it states, as the works it chose to tell", () => {
    const text = [
      "宁河区人大代表专题视察8项民心工程落实情况",
      "11月28日，区人大常委会组织代表就我区2018年8项民心工程落实情况开展专题视察。",
      "在住有所居方面，“还迁安置”工程已交付还迁房62万平方米；“老旧小区提升改造”工程完成32个小区改造，占年度计划的108.5%。",
      "在病有所医方面，“基层医疗服务提升”工程新建改造社区卫生服务站12家；“家庭医生签约”工程累计签约常住居民16.8万人。",
      "在出行便利方面，“公交优化”工程新开、调整公交线路14条。",
      "视察中，代表们对8项民心工程取得的阶段性成果给予充分肯定。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["还迁安置", "老旧小区提升改造", "基层医疗服务提升", "家庭医生签约", "公交优化"]);
    expect(report.projectCount).toBe(8);
  });

  it("proposes no such reading where the names are fewer than the count the text states", () => {
    expect(read(works.replace("六件民生实事全部", "八件民生实事全部").replace("确定的六件", "确定的八件")).layout).not.toBe("mentioned");
  });
});

// A story's headline and lede, and the first work it tells (说起“新增公办学位”这件实事…).
const RONGCHENG_LEDE = [
  "件件有着落 事事暖民心",
  "——榕城区2024年四件民生实事全部办结",
  "",
  "记者日前从区政府了解到，去年区委、区政府向群众承诺的四件民生实事已全部办结。",
  "",
  "说起“新增公办学位”这件实事，家长林女士赞不绝口。2024年，榕城区新增公办学位2700个。",
  "",
];

describe("quoted names the story calls the programme's (“X”实事)", () => {
  it("reads each quoted name followed by 实事 wherever it stands (说起“X”这件实事 · 在“Y”实事中 · “Z”实事新增…), as many as the text states", () => {
    const text = [
      ...RONGCHENG_LEDE,
      "在“发展社区居家养老服务”实事中，全区新建长者饭堂12个。与此同时，“增加普惠托育服务”实事新增托位280个。",
      "",
      "在“促进就业创业”实事中，榕城区城镇新增就业4860人。",
    ].join("\n");
    expect(read(text)).toEqual({ layout: "mentioned", titles: ["新增公办学位", "发展社区居家养老服务", "增加普惠托育服务", "促进就业创业"] });
  });

  it("reads a quoted name with digits in it as one it calls a 实事 (“12345热线提质”实事 · “15分钟便民生活圈”实事), not the field before it", () => {
    const text = [
      ...RONGCHENG_LEDE,
      "在“发展社区居家养老服务”实事中，全区新建长者饭堂12个。",
      "",
      "便民服务方面，“12345热线提质”实事已整合部门热线26条；“15分钟便民生活圈”实事新建改造标准化农贸市场6个。",
    ].join("\n");
    expect(read(text)).toEqual({ layout: "mentioned", titles: ["新增公办学位", "发展社区居家养老服务", "12345热线提质", "15分钟便民生活圈"] });
  });

  it("reads a quoted name a sentence opens on as its field (在“扩大普惠性学前教育资源”方面，) among them", () => {
    const text = [
      "陕西省2024年四件民生实事全面完成",
      "",
      "1月12日，记者从省发展改革委获悉，2024年省四件民生实事年度目标任务全面完成。",
      "",
      "2024年，“稳定和扩大就业”实事推动全省城镇新增就业42.3万人。在“扩大普惠性学前教育资源”方面，全省新建、改扩建公办幼儿园126所。",
      "",
      "“妇女儿童健康保障”实事为108.6万名城乡适龄妇女开展“两癌”免费筛查。",
      "",
      "此外，“残疾儿童康复救助”实事为1.6万名残疾儿童提供康复救助服务。",
    ].join("\n");
    expect(read(text).titles).toEqual(["稳定和扩大就业", "扩大普惠性学前教育资源", "妇女儿童健康保障", "残疾儿童康复救助"]);
  });
});

describe("a story that calls each work a 项目 or a 工程", () => {
  it("reads works named as 项目 or 工程, two joined by 和 both of them, as many as the text states", () => {
    const text = [
      "珲春市民生实事项目加速推进",
      "",
      "记者从市发展和改革局获悉，截至6月底，我市2025年五件民生实事项目已全部开工。",
      "",
      "与老旧小区改造同步推进的，还有城区供热管网改造项目。今年将改造老旧供热管网18公里，已完成9.7公里。",
      "",
      "城市道路“白改黑”工程计划改造城市道路7条，目前已完成3条。",
      "",
      "在边境村屯，边境村屯道路改造项目计划新建改造村屯道路40公里，目前已完成25公里。",
      "",
      "值得一提的是，平价菜店项目和公交线路优化项目已提前完成全年任务，新设平价菜店10家，新开公交线路4条。",
    ].join("\n");
    expect(read(text).titles).toEqual(["城区供热管网改造项目", "城市道路“白改黑”工程", "边境村屯道路改造项目", "平价菜店项目", "公交线路优化项目"]);
  });

  it("reads a 项目 named wholly in quotes, figures and all (“便民停车”项目 · “15分钟品质文化生活圈”项目), and no 每个项目 or 所有项目", () => {
    const text = [
      "代表投票“点单”　5件民生实事敲定",
      "",
      "1月16日，县十七届人大五次会议票决产生2025年县政府民生实事项目，共5件。会上，代表逐项投票，连同每个项目的投资估算一并审议。",
      "",
      "“幼有善育”托育扩容项目将新建公办托育机构3家，新增普惠性托位240个；老旧小区综合改造项目计划改造小区9个、惠及居民2860户。",
      "",
      "此外，“便民停车”项目明确，年内新增公共停车泊位1200个；“家门口就业”服务项目将建成“共富工坊”20家；“15分钟品质文化生活圈”项目计划新建城市书房5个。",
      "",
      "县政府有关负责人表示，力争上半年所有项目全面开工，年底前全部完成。",
    ].join("\n");
    expect(read(text.replace("1月16日，县", "1月16日，平湖市"))).toEqual({
      layout: "mentioned",
      titles: ["“幼有善育”托育扩容项目", "老旧小区综合改造项目", "便民停车", "“家门口就业”服务项目", "15分钟品质文化生活圈"],
    });
  });
});

describe("a paragraph's theme quoted before its works", () => {
  it("leaves out a quoted theme told without a figure right before the paragraph's next name, where the others meet the count", () => {
    const text = [
      "固原市2024年5项民生实事全部完成",
      "",
      "记者1月8日从市发展改革委获悉，固原市2024年确定的5项民生实事已全部完成年度任务。",
      "",
      "“学前教育扩容”实事新建公办幼儿园6所，新增学位1350个；“就业援助”实事实现城镇新增就业1.1万人。",
      "",
      "“一老一小”服务持续加力。“社区养老服务”实事新建社区老年助餐点40个；“普惠托育”实事新增普惠性托位900个。",
      "",
      "“农村饮水安全提升”实事完成农村供水工程维修养护48处，受益群众9万人。",
    ].join("\n");
    // (…nor a name run past a quoted work called a 实事 into what it did: “农村饮水安全提升”实事完成农村供水工程.)
    expect(read(text)).toEqual({ layout: "mentioned", titles: ["学前教育扩容", "就业援助", "社区养老服务", "普惠托育", "农村饮水安全提升"] });
    // (So where the story quotes each work as its clause's subject, calling none a 实事.)
    expect(read(text.replaceAll("”实事", "”"))).toEqual({ layout: "mentioned", titles: ["学前教育扩容", "就业援助", "社区养老服务", "普惠托育", "农村饮水安全提升"] });
  });
});

describe("a feature's residents and the works it tells under way", () => {
  it("reads a quoted work whose building is under way (“…”建设同步推进) as named, and no 行动 a resident cannot make (老伴中风后行动不便)", () => {
    const text = [
      "岳西县2023年四项民生实事全部完成",
      "",
      "记者从县发展改革委获悉，岳西县2023年确定的4项民生实事已全部完成。",
      "",
      "在“城区学校扩容提质”实事中，城东幼儿园建成投用，全年新增学位900个。与此同时，“农村中小学暖心食堂”建设同步推进，县教育局对15所农村中小学食堂进行改造。",
      "",
      "在“特殊困难老年人家庭适老化改造”实事中，全县完成改造320户。王大爷的老伴前年中风后行动不便，改造后床边装上了一键呼叫器。",
      "",
      "“城区停车泊位建设”实事新增公共停车泊位640个。",
    ].join("\n");
    expect(read(text)).toEqual({ layout: "mentioned", titles: ["城区学校扩容提质", "农村中小学暖心食堂", "特殊困难老年人家庭适老化改造", "城区停车泊位建设"] });
  });
});

describe("a work quoted by a long name", () => {
  it("reads a quoted 项目 name up to twenty characters (“义务教育家庭经济困难学生生活补助”项目), so the short names alone do not meet the kinds' count (3类5件)", () => {
    const text = [
      "温州市2025年民生实事上半年进展顺利",
      "",
      "记者从市政府新闻办获悉，今年市政府确定的3类5件民生实事总体进展顺利。",
      "",
      "教育方面，“新建改扩建普通高中”项目年度目标为6所，目前已开工4所；“义务教育家庭经济困难学生生活补助”项目已惠及3.2万人，提前完成全年任务。",
      "",
      "养老方面，“特殊困难老年人家庭适老化改造”项目完成改造1600户；“普惠托育服务扩容”项目新增普惠性托位900个。",
      "",
      "出行方面，“城区公共停车泊位建设”项目新增泊位1200个。",
    ].join("\n");
    const names = ["新建改扩建普通高中", "义务教育家庭经济困难学生生活补助", "特殊困难老年人家庭适老化改造", "普惠托育服务扩容", "城区公共停车泊位建设"];
    expect(read(text).titles).toEqual(names);
    // (The reading by quoted 项目 names alone, MENTION's, reads all five: not three short ones, as many as the kinds.)
    const [byMention] = mentionedProjectItems(classify(normalise(text).paragraphs.filter((p) => !p.noise)), [3, 5]);
    expect(byMention?.items.map((it) => it.title)).toEqual(names);
  });
});

describe("a lede that names the works, then a paragraph per work that mentions another name", () => {
  it("names each paragraph by the lede's name in its place (保障农村饮水安全, not the 区域供水入户工程 its paragraph mentions)", () => {
    const report = onlyReport(
      [
        "承诺兑现暖民心　六件实事全部完成",
        "——赣榆区2018年区政府六件实事办理情况综述",
        "",
        "来源：赣榆区人民政府办公室　　发布时间：2019-01-12",
        "",
        "2018年，区政府向全区人民承诺办好六件实事，区政府随即将各项任务分解到责任单位。经考核，六件实事全部完成年度任务。",
        "",
        "2018年，区政府确定的六件实事是：促进城乡就业、保障农村饮水安全、改善城乡道路、优化教育资源、完善养老服务和丰富群众文化生活。",
        "",
        "促进城乡就业方面，全年新增城镇就业6100人；转移农村劳动力4300人。",
        "",
        "保障农村饮水安全方面，区域供水入户工程新增通水2.1万户，全区区域供水入户率达到95.8%。",
        "",
        "改善城乡道路方面，改造提升农村公路140公里，改造农村危桥18座。",
        "",
        "优化教育资源方面，新建、改扩建中小学和幼儿园6所，新增学位3600个。",
        "",
        "完善养老服务方面，新建城乡居家养老服务中心20个。",
        "",
        "丰富群众文化生活方面，建成农家书屋100个，开展送戏下乡260场。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["促进城乡就业", "保障农村饮水安全", "改善城乡道路", "优化教育资源", "完善养老服务", "丰富群众文化生活"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["2.1万户", "95.8%"]);
  });
});

describe("an interview that names its works as it answers", () => {
  const interview = (closing: string) =>
    [
      "【专访】七件实事办到哪一步了？",
      "",
      "2023-10-18　来源：宁夏日报　作者：马晓东",
      "",
      "今年，固原市政府承诺办好7件民生实事。记者就此专访了市发展改革委主任。",
      "",
      "记者：就业方面进展怎样？",
      "",
      "主任：稳岗扩岗这件实事推进顺利。前三季度，全市城镇新增就业1.1万人，完成年度目标的91.7%。",
      "",
      "记者：城里的居民关心什么？",
      "",
      "主任：供热管网改造年度目标是120公里，截至9月底已改造96公里。背街小巷整治方面，今年已整治小巷46条。",
      "",
      "记者：农村呢？",
      "",
      "主任：主要有三件。一是农村饮水巩固提升，今年已完成提升供水工程，受益人口8.6万人；二是村卫生室标准化建设，已建成95个；三是农村互助养老，新建互助养老服务点64个。",
      "",
      "记者：还有哪些？",
      "",
      "主任：学前学位扩充这件实事，今年已新增公办幼儿园学位2400个。",
      "",
      closing,
    ].join("\n");

  it("reads the works an ordinal opens on (一是…，) and one a sentence opens on before its year's target (…年度目标是), as many as the count", () => {
    const report = onlyReport(interview("记者：谢谢！"));
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗扩岗", "供热管网改造", "背街小巷整治", "农村饮水巩固提升", "村卫生室标准化建设", "农村互助养老", "学前学位扩充"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["120公里", "96公里"]);
  });

  it("reads no work in what the closing says is still to do, though an ordinal opens it (二是扩大群众参与，…2024年度)", () => {
    const report = onlyReport(interview("主任：下一步，一是做好已建成项目的运营管护；二是扩大群众参与，广泛征集意见，谋划好2024年度民生实事。"));
    expect(report.projects).toHaveLength(7);
    expect(report.projects.map((p) => p.title)).not.toContain("扩大群众参与");
  });
});

describe("a broadcast that names each work as what the year will do", () => {
  it("reads works named after the verb that does them (将实施X工程 · 同时推进Y工程) and a 项目 whose clause goes on to improve (X项目改造…), as many as the count", () => {
    const text = [
      "介休市融媒体中心　广播新闻稿",
      "题目：今年我市将办好6件民生实事",
      "【主持人口播】",
      "听众朋友，早上好！记者从市发展和改革局了解到，我市日前研究确定了2025年6件民生实事。",
      "【记者录音报道】",
      "教育方面，市里将实施城区学前教育扩容工程，新建幼儿园2所，新增学位540个；同时推进农村寄宿制学校改善工程，对9所农村寄宿制学校的宿舍进行改造。",
      "看病就医方面，基层医疗服务提升工程今年将新建标准化村卫生室16个。",
      "住房方面，城镇老旧小区改造工程计划改造小区14个、涉及2160户。",
      "此外，今年的民生实事还包括：城区停车泊位建设项目新增公共停车泊位600个，城区供热管网改造项目改造管网12公里。",
      "【主持人】",
      "据了解，6件民生实事将纳入全市年度目标责任考核。",
    ].join("\n\n");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.title)).toEqual(["城区学前教育扩容工程", "农村寄宿制学校改善工程", "基层医疗服务提升工程", "城镇老旧小区改造工程", "城区停车泊位建设", "城区供热管网改造"]);
    expect(report.projects[5]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12公里"]);
  });
});

describe("an interview that calls every work a 项目", () => {
  it("names a work without the words that introduce it (还有一个X项目) and reads no work in the interviewer's question (有哪些项目？)", () => {
    const text = [
      "【访谈】4个民生项目办得怎么样？——访寿阳县发改局局长",
      "2025-01-12　来源：寿阳县融媒体中心",
      "2024年，寿阳县确定了4个民生实事项目。年终岁尾，记者采访了县发改局局长李建华。",
      "记者：就业和教育方面有哪些项目？",
      "李建华：我们的就业创业扶持项目，全年城镇新增就业3260人，完成年度目标的108.7%。城区学校扩容项目新增学位1350个。还有一个农村学校直饮水项目，为24所学校安装了直饮水设备。",
      "记者：住房方面呢？",
      "李建华：老旧小区改造项目改造小区10个，惠及居民1380户。",
      "记者：谢谢！",
    ].join("\n\n");
    expect(onlyReport(text).projects.map((p) => p.title)).toEqual(["就业创业扶持项目", "城区学校扩容项目", "农村学校直饮水项目", "老旧小区改造项目"]);
  });
});

describe("a feature that quotes each work as its paragraph's subject, the last numbered alone (第十件实事“…”项目)", () => {
  const paragraphs = [
    "“城区幼儿园建设”项目新建公办幼儿园2所，新增学位540个。",
    "“农村学校改善”项目完成12所寄宿制学校宿舍改造，惠及学生3200人。",
    "“饮水安全提升”项目新建改造供水工程26处，受益群众1.8万人。",
    "“村组道路硬化”项目完成自然村道路硬化218公里；同步实施农村公路安全生命防护工程54公里。",
    "“老旧小区改造”项目改造小区19个，惠及居民2300户。",
    "第六件实事“城乡环境整治”项目新建改造城乡公厕42座，配置垃圾清运车辆15辆。",
  ];
  const text = ["2019年香格里拉市六件惠民实事全部完成", "", "记者从市政府办公室获悉，2019年市委、市政府承诺的六件惠民实事全部完成。", "", ...paragraphs.flatMap((p) => [p, ""])].join("\n");

  it("reads the lone numbered paragraph's work as one of them, and no work the paragraph's own work carries out alongside it (同步实施…工程)", () => {
    expect(read(text).titles).toEqual(["城区幼儿园建设", "农村学校改善", "饮水安全提升", "村组道路硬化", "老旧小区改造", "城乡环境整治"]);
  });
});
