// Every enumeration style of the genre, on documents of regions the seeds never name.
import { describe, expect, it } from "vitest";
import { onlyReport, convertTexts } from "../helpers/convert-text.ts";

const titles = (text: string) => onlyReport(text).projects.map((p) => [p.no, p.title, p.level]);

describe("project layouts", () => {
  it("reads 第N项实事 paragraphs and a 第五、第六项 group split by 在…方面", () => {
    const report = onlyReport(
      [
        "浙江省2023年十项民生实事完成情况",
        "",
        "第一项实事,扩大优质教育资源。全省新建中小学120所,完成年度目标任务的104%。",
        "",
        "第二项实事,完善养老服务体系。全省新增养老床位1.2万张。",
        "",
        "第三、第四项实事,分别是实施“两癌”筛查、提升残疾人康复服务。在实施“两癌”筛查方面,全省完成宫颈癌筛查80万人。在提升残疾人康复服务方面,全省为2.3万名残疾人提供康复服务。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "扩大优质教育资源"],
      [2, "完善养老服务体系"],
      [3, "实施“两癌”筛查"],
      [4, "提升残疾人康复服务"],
    ]);
    expect(report.projects[2]!.metrics.map((m) => m.value)).toEqual([80]);
    expect(report.projects[3]!.metrics.map((m) => m.value)).toEqual([2.3]);
    expect(report.projects.map((p) => p.level)).toEqual(["province", "province", "province", "province"]);
  });

  it("reads ● bullets with (省定)/(市定) levels", () => {
    expect(
      titles("西安市2023年民生实事完成情况\n\n● 新建学校(省定)\n\n全市新建学校12所。\n\n● 建设口袋公园(市定)\n\n全市建成口袋公园30个。"),
    ).toEqual([
      [null, "新建学校", "province"],
      [null, "建设口袋公园", "city"],
    ]);
  });

  it("reads 一、 parts over (一) sections over 1. items, with 责任单位 and 完成情况", () => {
    const report = onlyReport(
      [
        "苏州市吴江区2023年民生实事完成情况",
        "一、省重点民生实事",
        "(一) 促进就业",
        "1.全年城镇新增就业1.2万人以上。",
        "责任单位:区人社局、区财政局",
        "完成情况:全区城镇新增就业1.5万人。",
        "二、区重点民生实事",
        "(一) 改善教育",
        "1.新建幼儿园3所。",
        "2.改造学校食堂10个。",
        "责任单位:区教育局",
        "完成情况:改造学校食堂12个。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.id.split("/").pop(), p.title, p.level])).toEqual([
      ["sheng-01", "促进就业", "province"],
      ["xian-01", "新建幼儿园", "county"],
      ["xian-02", "改造学校食堂10个", "county"],
    ]);
    expect(report.projects[0]!.responsible).toEqual(["区人社局", "区财政局"]);
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.role])).toEqual([
      [1.2, "target"],
      [1.5, "actual"],
    ]);
  });

  it("keeps the target an item's heading sentence states where its 完成情况 meets it exactly", () => {
    const report = onlyReport(
      [
        "无锡市梁溪区2023年民生实事完成情况",
        "1.促进就业：全年城镇新增就业1.2万人。",
        "完成情况:全区城镇新增就业1.2万人，完成年度目标任务的100%。",
        "2.改善教育：新建幼儿园3所。",
        "完成情况:新建幼儿园3所。",
        "3.养老服务：新增养老床位200张。",
        "完成情况:新增养老床位230张。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => [m.value, m.role]))).toEqual([
      [[1.2, "target"], [1.2, "actual"]],
      [[3, "target"], [3, "actual"]],
      [[200, "target"], [230, "actual"]],
    ]);
  });

  it("pairs numbered newspaper headlines with the paragraph they sum up, before or after", () => {
    const report = onlyReport(
      [
        "本报讯 昨日,省政府新闻办介绍2022年10项省重点民生实事完成情况。湖南省全省推进。",
        "",
        "全省累计开展职业技能培训 43.2万人次,完成年度目标任务的144%。",
        "",
        "1 43.2万人次接受技能培训",
        "",
        "2 农村公路提质改造",
        "",
        "2022年,全省改造农村公路9789公里,完成年度目标任务的195.8%。",
        "",
        "2022年,全省新建公办幼儿园253所,完成年度目标任务的126.5%。",
        "",
        "3 新建公办幼儿园253所",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.metrics.map((m) => [m.value, m.rate])])).toEqual([
      [1, [[43.2, 144]]],
      [2, [[9789, 195.8]]],
      [3, [[253, 126.5]]],
    ]);
    expect(report.projects[2]!.title).toBe("新建公办幼儿园");
  });

  it("checks a list of newspaper headlines against the count its lede states", () => {
    const report = onlyReport(
      [
        "本报讯 日前,南平市2023年十件民生实事全部办结。",
        "",
        "1 改造老旧小区45个",
        "",
        "全市改造老旧小区45个,惠及居民1.2万户。",
        "",
        "2 新增公办学位6000个",
        "",
        "全市新增公办学位6000个。",
        "",
        "3 建成长者饭堂120家",
        "",
        "全市建成长者饭堂120家。",
      ].join("\n"),
    );
    expect(report.sources[0]!.check).toMatchObject({ layout: "headlines", stated: 10, read: 3 });
  });

  it("gives a headline that repeats neither paragraph beside it the paragraph below it", () => {
    const report = onlyReport(
      [
        "本报讯 江门市2023年十件民生实事日前全部办结。",
        "",
        "记者从市政府办公室了解到,各责任单位按时间节点推进。",
        "",
        "1 银发餐桌暖心",
        "",
        "全市建成长者饭堂120家,完成年度目标任务的150%。",
        "",
        "2 改造老旧小区45个",
        "",
        "全市改造老旧小区45个,惠及居民1.2万户。",
        "",
        "3 新增公办学位6000个",
        "",
        "全市新增公办学位6000个。",
      ].join("\n"),
    );
    expect(report.projects[0]!.title).toBe("银发餐桌暖心");
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.unit, m.rate])).toEqual([[120, "家", 150]]);
  });

  it("pairs a headline's figure with the paragraph that states it in the same magnitude (5万个, not 5亿元)", () => {
    const report = onlyReport(
      [
        "本报讯 日前,绍兴市2023年十件民生实事全部办结。",
        "",
        "绍兴市推进新增停车泊位建设,市县两级财政投入资金5亿元。",
        "",
        "1 新增停车泊位5万个",
        "",
        "截至年底共建成5万个,完成年度目标任务的110%。",
        "",
        "2 改造老旧小区45个",
        "",
        "全市改造老旧小区45个,惠及居民1.2万户。",
        "",
        "3 新增公办学位6000个",
        "",
        "全市新增公办学位6000个。",
      ].join("\n"),
    );
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.unit, m.rate])).toEqual([[5, "万个", 110]]);
  });

  it("reads 一是…二是… in a plan paragraph as targets", () => {
    const report = onlyReport("遵义市2024年民生实事出炉\n\n今年将办好以下民生实事:一是新建改扩建学校20所;二是新增养老床位500张;三是改造农村公路300公里。");
    expect(report.sources[0]!.kind).toBe("plan");
    expect(report.projects.map((p) => [p.no, p.title, p.metrics[0]!.role])).toEqual([
      [1, "新建改扩建学校20所", "target"],
      [2, "新增养老床位500张", "target"],
      [3, "改造农村公路300公里", "target"],
    ]);
  });

  it("reads a pipe table with target, achievement, completion rate and units", () => {
    const report = onlyReport(
      [
        "青岛市2023年市办实事完成情况",
        "",
        "| 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 |",
        "|---|---|---|---|---|---|",
        "| 1 | 新建中小学 | 新建中小学40所 | 建成45所 | 112.5% | 市教育局 |",
        "| 2 | 城市绿道 | 新建绿道100公里 | 建成118公里 | 118% | 市园林局、市城管局 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible, p.metrics.map((m) => [m.value, m.role, m.rate])])).toEqual([
      [1, "新建中小学", ["市教育局"], [[40, "target", null], [45, "actual", 112.5]]],
      [2, "城市绿道", ["市园林局", "市城管局"], [[100, "target", null], [118, "actual", 118]]],
    ]);
  });

  it("reads unnumbered section headings of a 政府工作报告", () => {
    expect(titles("安吉县2024年政府工作报告(节选)\n\n过去一年,我们扎实办好民生实事。\n\n就业增收\n\n新增城镇就业1.15万人。\n\n教育提质\n\n新建学校5所。\n\n养老托育\n\n新增托位420个。")).toEqual([
      [null, "就业增收", null],
      [null, "教育提质", null],
      [null, "养老托育", null],
    ]);
  });

  it("reads narrative text by the 工程 it names and the themes of its figures", () => {
    const report = onlyReport(
      [
        "我市民生工程稳步推进",
        "",
        "今年以来,我市民生工程稳步推进,截至9月底,口袋公园建设工程、农村厕所改造工程等多项民生工程已完成年度目标任务。",
        "",
        "在城区,棚户区改造已建设安置房2427套。在农村,已改造农村户厕5378座,改造农村公厕223座。",
        "",
        "围绕就业促进工程,全市失业人员再就业16134人,完成年度任务的112.8%。",
        "",
        "口袋公园建设工程已建成14个口袋公园。",
      ].join("\n") + "\n\n2024-10-31 16:24:00 - 张家口发布",
    );
    const byTitle = Object.fromEntries(report.projects.map((p) => [p.title, p.metrics.map((m) => m.value)]));
    expect(byTitle).toEqual({
      口袋公园建设工程: [14],
      农村厕所改造工程: [5378, 223],
      就业促进工程: [16134],
      棚户区改造: [2427],
    });
    expect(report.region.name).toBe("张家口市");
    expect(report.sources[0]!.kind).toBe("progress");
    expect(report.sources[0]!.asOf).toBe("2024-09-30");
  });

  it("in narrative text, gives the figures after a clause that states a theme (完善社区居家养老服务，建成…) to that theme", () => {
    const report = onlyReport(
      [
        "我市民生工程稳步推进",
        "",
        "今年以来,我市民生工程稳步推进,截至9月底,城乡供水提升工程等多项民生工程已完成年度目标任务。",
        "",
        "全市新建养老床位500张,完善社区居家养老服务,建成社区食堂30个。",
        "",
        "城乡供水提升工程已新建供水站12座。",
      ].join("\n") + "\n\n2024-10-31 16:24:00 - 邢台发布",
    );
    const byTitle = Object.fromEntries(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)]));
    expect(byTitle).toMatchObject({ 新建养老床位: ["500张"], 社区居家养老服务: ["30个"] });
  });

  it("in narrative text, gives every figure of a sentence that opens by stating its theme (我市大力开展…行动，…，…) to that theme", () => {
    const report = onlyReport(
      [
        "遂宁市2022年30项民生实事全面完成",
        "",
        "就业是民生之本。我市大力开展技能培训行动,32个社区建成就业服务站,新增城镇就业1.6万人。关注老年人健康,为65岁以上老人免费体检8.2万人。",
        "",
        "加强困境儿童关爱,精准资助困难学生3.1万人次,资助金额2160万元。全市新建公办幼儿园12所。",
      ].join("\n"),
    );
    const byTitle = Object.fromEntries(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)]));
    expect(byTitle).toEqual({
      技能培训行动: ["32个", "1.6万人"],
      老年人健康: ["8.2万人"],
      困境儿童关爱: ["3.1万人次", "2160万元"],
      新建公办幼儿园: ["12所"],
    });
  });

  it("in narrative text, reads no project from the programme's own parts (“十件实事”的17个分项…), and names a sentence by its subject said to go on (水利补短板加快推进，…)", () => {
    const report = onlyReport(
      [
        "宜昌晒出2023年“十件实事”清单",
        "",
        "截至目前,“十件实事”的17个分项已全部开工、1739个子项已开工1457个、开工率83.8%,完成投资34.1亿元、占年度计划的71.6%。",
        "",
        "20个建制村农村环境综合整治项目已完工15个,完成全年目标任务的75%。水利补短板加快推进,完成中小河流堤防建设8.8公里,改善灌溉面积10万亩。",
      ].join("\n"),
    );
    const byTitle = Object.fromEntries(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)]));
    expect(byTitle).toEqual({ 建制村农村环境综合整治项目: ["20个", "15个"], 水利补短板: ["8.8公里", "10万亩"] });
  });

  it("in narrative text, reads works that each report their own rate in brackets (…已完成1个(50%)、15个…(53%)) as projects, a 工程 named after them scoping none of them", () => {
    const report = onlyReport(
      [
        "砀山县9月份民生工程进展情况",
        "",
        "2025年全县30项民生实事中,截至9月底已完成19项。剩余11项中,2个嵌入式养老机构建设已完成1个(50%)、15个农村幸福院建设已完成8个(53%),126条农村黑臭水体治理已完成120条(95%),城乡供水一体化工程正在施工中(93%)、农村供水保障提升工程正在施工中(75%),这5项预计10月底前全部完成。",
      ].join("\n"),
    );
    // (A bracketed percent that is the share done, 1 of 2, is the rate of what was done: figures.ts shareOfTask.)
    const byTitle = Object.fromEntries(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}${m.rate === null ? "" : ` @${m.rate}`}`)]));
    expect(byTitle).toMatchObject({
      嵌入式养老机构建设: ["2个", "1个 @50"],
      农村幸福院建设: ["15个", "8个 @53"],
      农村黑臭水体治理: ["126条", "120条 @95"],
      城乡供水一体化工程: ["93%"],
      农村供水保障提升工程: ["75%"],
    });
  });

  it("in narrative text, reads no project from the programme's projects counted by their state (20项重点民生实事完成1项，推进正常19项)", () => {
    const report = onlyReport(
      "日照市2025年重点民生实事一季度推进情况\n\n一季度,20项重点民生实事完成1项,推进正常19项。\n\n就业社保方面。全市实现城镇新增就业2.1万人,完成全年任务的30%。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城镇新增就业"]);
  });

  it("in narrative text, names a quoted 工程 from its opening quote to its closing one (了解“幸福工程”和“关爱工程”的落实情况)", () => {
    const report = onlyReport(
      "克拉玛依市政协委员视察2018年民生建设十大实事\n\n在白碱滩区某社区,视察组与低保户和高龄老人进行了座谈,了解“幸福工程”和“关爱工程”的落实情况。全市新建养老服务站12个。",
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(["“幸福工程”", "“关爱工程”"]));
    expect(titles.filter((t) => t.startsWith("解"))).toEqual([]);
    // A name whose quoted part opens it keeps that part.
    const opened = onlyReport("2024年民生工程进展情况\n\n今年以来,合肥市实施“皖美家政”提质扩容工程,培训家政服务人员3200人次。");
    expect(opened.projects.map((p) => p.title)).toContain("“皖美家政”提质扩容工程");
  });

  it("in narrative text, names a project by its whole quoted name where a figure stands inside the quotes (“新增3000个托位”等20件…)", () => {
    const report = onlyReport(
      [
        "广西柳州:20件民生实事提前完成",
        "",
        "2021年,广西壮族自治区下达柳州市民生实事20件。截至11月底,“新增3000个普惠托育托位”等18件实事已提前完成年度目标任务。其中,全市改造农村公路650公里。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toContain("新增3000个普惠托育托位");
  });

  it("in narrative text, names a theme by the thing after its figure where the words before only qualify it (计划为…建设的2.1万套保障性住房)", () => {
    const report = onlyReport(
      [
        "我市民心工程进展顺利",
        "",
        "截至10月底,计划为新市民建设的2.1万套保障性住房已完成1.9万套。计划今年改造的1200户城中村危房已全部完工。",
      ].join("\n") + "\n\n2019-11-05 09:30:00 - 石家庄发布",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["保障性住房", "城中村危房"]);
  });

  it("in narrative text, names a theme by the thing after its figure where only verbs stand before it (开工建设744套保障性租赁住房), and no share of it (完成全年任务35.7%) as a thing of its own", () => {
    const report = onlyReport(
      [
        "日照市2025年重点民生实事一季度推进情况",
        "",
        "人居环境方面。开工建设620套保障性租赁住房;确定改造提升1800个村卫生室,目前已改造提升400个。建成6处示范性社区养老机构,完成全年任务37.5%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["保障性租赁住房", "村卫生室", "示范性社区养老机构"]);
  });

  it("in narrative text, reads no project from the figures of how the programme was chosen (征集到建议50余个 · 400位代表投票)", () => {
    const report = onlyReport(
      [
        "我省民生实事项目遴选工作完成",
        "",
        "去年8月启动遴选,从各职能部门征集到项目建议50余个,从社会各界征集到1200余条意见建议。400位省人大代表通过无记名投票选出项目。",
        "",
        "今年全省将新建公办幼儿园120所,改造农村公路3000公里。",
      ].join("\n") + "\n\n2025-01-20 10:00:00 - 青海发布",
    );
    expect(report.projects.map((p) => p.title).filter((t) => /征集|投票|代表/u.test(t))).toEqual([]);
    expect(report.projects.length).toBeGreaterThan(0);
  });

  it("in narrative text, reads no project from the rounds that narrowed the candidates (梳理形成16件备选 · 从中比选调整为14件 · 12件候选项目)", () => {
    const report = onlyReport(
      [
        "我省民生实事项目遴选工作完成",
        "",
        "经过梳理汇总,最后梳理筛选形成16件备选的民生实事。1月26日,省政府召开常务会议进行讨论研究,从中比选调整为14件后提请审议。",
        "",
        "今年全省将新建公办幼儿园120所,改造农村公路3000公里。",
      ].join("\n") + "\n\n2025-01-20 10:00:00 - 青海发布",
    );
    expect(report.projects.map((p) => p.title).filter((t) => /比选|备选|候选/u.test(t))).toEqual([]);
    expect(report.projects.length).toBeGreaterThan(0);
  });

  it("in narrative text, reads no project from the economy's yearly targets (地区生产总值增长 · 失业率控制在), and names a thing after a figure of many-character units (万平方米)", () => {
    const report = onlyReport(
      [
        "我县民生工程扎实推进",
        "",
        "预计全年地区生产总值增长6.5%,城镇登记失业率控制在4%以内。",
        "",
        "截至9月底,为困难群众改造的12万平方米农村危房已全部完工,新建村级养老服务站30个。",
      ].join("\n") + "\n\n2023-10-08 09:00:00 - 平江发布",
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles.filter((t) => /生产总值|失业率/u.test(t))).toEqual([]);
    expect(titles).toContain("农村危房");
  });

  it("in narrative text, reads no project from a clause that names only when or how (到目前实际新增17条 · 在建65万平方米)", () => {
    const report = onlyReport(
      [
        "我市民心工程进展顺利",
        "",
        "计划今年新辟公交线路16条,到目前新增17条;既有建筑节能改造计划200万平方米,竣工180万平方米,在建20万平方米。",
      ].join("\n") + "\n\n2008-10-20 09:00:00 - 天津发布",
    );
    expect(report.projects.map((p) => p.title).filter((t) => /^(?:新增|在建|竣工|到目前)$/u.test(t))).toEqual([]);
  });

  it("in narrative text, reads no project from the programme's own count (34个子项工程) or a clause that stops before its thing (市委确定的)", () => {
    const report = onlyReport(
      [
        "我市民心工程进展顺利",
        "",
        "市委、市政府确定的广大市民高度关注的2008年新20项民心工程,由建设系统承担的34个子项工程,到目前,已有15个项目提前完成。",
        "",
        "今年计划为低收入家庭建设的6.2万套经济适用房,到10月底,实际完成6.5万套。",
      ].join("\n") + "\n\n2008-10-20 09:00:00 - 天津发布",
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles.filter((t) => /子项工程|的$/u.test(t))).toEqual([]);
    expect(titles).toContain("经济适用房");
  });

  it("in narrative text, reads no project from the deputies' verdict (代表、委员对…) or a count placed by site (具体分布在…), and ends a topic before the word joining the next (提升和)", () => {
    const report = onlyReport(
      [
        "城关区民生实事完成情况",
        "",
        "全年新建口袋公园8处,具体分布在北关2处、南关3处、东关3处。完成全区消防设施提升和3个消防站建设。",
        "",
        "代表、委员对民生实事办理情况的满意率达98%。老旧小区改造全面铺开涉及25个小区。",
      ].join("\n") + "\n\n2024-01-10 09:00:00 - 兰州发布",
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles.filter((t) => /委员|分布在|和$/u.test(t))).toEqual([]);
    // (全区, like 全市, is who does it, no part of the name.)
    expect(titles).toContain("消防设施提升");
    // (涉及 is one word: its 及 joins nothing.)
    expect(titles.filter((t) => /涉$/u.test(t))).toEqual([]);
  });

  it("splits a document whose parts name two years into two reports", () => {
    const { archive } = convertTexts({
      "gov.txt": [
        "昆明市政府工作报告(摘要)",
        "一、2023年工作回顾",
        "过去一年,年初承诺的惠民实事全部完成:",
        "1.城镇新增就业7.8万人,完成年度目标任务的111.4%。",
        "2.改造城镇老旧小区213个。",
        "二、2024年主要任务",
        "2024年,市政府将继续办好惠民实事:",
        "(一)稳定和扩大就业,城镇新增就业7万人以上。",
        "(二)改造城镇老旧小区200个。",
      ].join("\n"),
    });
    expect(archive.reports.map((r) => [r.id, r.sources[0]!.kind, r.projects.length])).toEqual([
      ["yunnan/kunming/2023", "results", 2],
      ["yunnan/kunming/2024", "plan", 2],
    ]);
    expect(archive.reports[1]!.projects[0]!.metrics[0]!.role).toBe("target");
  });

  it("reads a progress table with 年度目标 / 进度 / 完成比例 columns, computing rates from target and progress", () => {
    const report = onlyReport(
      [
        "嘉兴市2024年民生实事项目进展情况(截至6月底)",
        "",
        "| 序号 | 项目名称 | 年度目标 | 进度 | 完成比例 | 进展情况 |",
        "| --- | --- | --- | --- | --- | --- |",
        "| 1 | 新增城镇就业 | 5万人 | 3.1万人 | 62% | 正常推进 |",
        "| 2 | 改造老旧小区 | 120个 | 40个 | 33.3% | 推进缓慢 |",
      ].join("\n"),
    );
    expect(report.sources[0]).toMatchObject({ kind: "progress", asOf: "2024-06-30" });
    expect(report.projects.map((p) => [p.title, p.status, p.metrics.map((m) => [m.value, m.role, m.rate, m.computedRate])])).toEqual([
      ["新增城镇就业", "进行中", [[5, "target", null, null], [3.1, "actual", 62, 62]]],
      ["改造老旧小区", "进行中", [[120, "target", null, null], [40, "actual", 33.3, 33.3]]],
    ]);
  });

  it("reads a notice grouped by progress (提前完成 / 正常推进 / 推进缓慢) with numbered items inside the groups", () => {
    const report = onlyReport(
      [
        "关于2024年望城区为民办实事项目推进情况的通报",
        "",
        "今年区政府确定的十件为民办实事项目,截至9月底,提前或超额完成1项,正常推进1项。具体如下:",
        "",
        "一、提前或超额完成的项目",
        "",
        "(一)新建改扩建学校。全区新建改扩建学校5所,完成年度目标任务的125%。牵头单位:区教育局",
        "",
        "二、正常推进的项目",
        "",
        "(二)改造农村公路。已完成80公里,占年度目标的80%。牵头单位:区交通运输局",
      ].join("\n"),
    );
    expect(report.region.path).toEqual(["湖南省", "长沙市", "望城区"]);
    expect(report.projectCount).toBe(10);
    expect(report.projects.map((p) => [p.no, p.title, p.responsible, p.metrics.map((m) => [m.value, m.rate])])).toEqual([
      [1, "新建改扩建学校", ["区教育局"], [[5, 125]]],
      [2, "改造农村公路", ["区交通运输局"], [[80, 80]]],
    ]);
  });

  it.each([
    ["（1）…；（2）… in one paragraph", "福州市2025年为民办实事项目\n\n今年市政府将重点办好以下民生实事：（1）新建改扩建中小学10所；（2）新增养老床位800张；（3）改造老旧小区60个。"],
    ["1.…；2.… in one paragraph", "福州市2025年为民办实事项目\n\n今年市政府将重点办好以下民生实事：1.新建改扩建中小学10所；2.新增养老床位800张；3.改造老旧小区60个。"],
  ])("reads a plan listed inline as %s", (_, text) => {
    const report = onlyReport(text);
    expect(report.sources[0]!.kind).toBe("plan");
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => [m.value, m.role])])).toEqual([
      [1, "新建改扩建中小学10所", [[10, "target"]]],
      [2, "新增养老床位800张", [[800, "target"]]],
      [3, "改造老旧小区60个", [[60, "target"]]],
    ]);
  });

  it.each([
    ["第一，", "绵阳市2024年民生实事完成情况\n\n第一，新增城镇就业4.2万人，完成年度目标任务的105%。\n\n第二，改造农村公路500公里，完成年度目标任务的110%。"],
    ["实事一：", "绵阳市2024年十件实事办理情况\n\n实事一：新增城镇就业。全市新增城镇就业4.2万人，完成年度目标任务的105%。\n\n实事二：改造农村公路。改造农村公路500公里，完成年度目标任务的110%。"],
  ])("reads paragraphs opened by %s as numbered projects", (_, text) => {
    const report = onlyReport(text);
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => [m.value, m.rate])])).toEqual([
      [1, "新增城镇就业", [[4.2, 105]]],
      [2, "改造农村公路", [[500, 110]]],
    ]);
  });

  it("pairs a table's 目标任务 and 完成情况 columns into a computed rate when no rate column is given", () => {
    const report = onlyReport(
      "无锡市2023年民生实事项目完成情况表\n\n| 序号 | 项目名称 | 目标任务 | 完成情况 | 责任单位 |\n|---|---|---|---|---|\n| 1 | 新建幼儿园 | 新建幼儿园12所 | 建成13所 | 市教育局 |\n| 2 | 老旧小区改造 | 改造80个 | 改造86个 | 市住建局 |",
    );
    expect(report.projects.map((p) => p.metrics.map((m) => [m.value, m.role, m.rate, m.computedRate]))).toEqual([
      [[12, "target", null, null], [13, "actual", null, 108.3]],
      [[80, "target", null, null], [86, "actual", null, 107.5]],
    ]);
  });

  it("keeps the size a plan promises in its task's title (…3.2万人以上 · 为8000户…实施…), and an achievement's figure out of it", () => {
    const plan = onlyReport("德阳市2025年民生实事出炉\n\n今年确定民生实事:一是新增城镇就业3.2万人以上;二是为8000户特殊困难老年人家庭实施适老化改造。");
    expect(plan.projects.map((p) => p.title)).toEqual(["新增城镇就业3.2万人以上", "为8000户特殊困难老年人家庭实施适老化改造"]);
    const results = onlyReport("德阳市2025年民生实事完成情况\n\n今年民生实事全部完成:一是新增城镇就业3.5万人,完成年度目标的109%;二是为8200户特殊困难老年人家庭实施适老化改造,完成年度目标的102%。");
    expect(results.projects.map((p) => [p.title, p.metrics[0]!.role])).toEqual([
      ["新增城镇就业", "actual"],
      ["为特殊困难老年人家庭实施适老化改造", "actual"],
    ]);
  });
});

