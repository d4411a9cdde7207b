// A feature story's themed headings over prose that tells several works each (candidates.ts,
// themedWorkItems): where most headings hold two works or more and the text states more projects
// than headings, the works are the projects; headings each over one work stay the projects.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";

const read = (text: string) => {
  const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
  return { layout: report.sources[0]!.check?.layout, count: report.projects.length, titles: report.projects.map((p) => p.title) };
};

const LEDE = ["普洱市2024年惠民实事落地暖民心", "", "2024-12-28　来源：普洱日报", "", "年初，市政府确定了9件惠民实事。记者从市发展改革委获悉，9件实事已全部完成年度任务。", ""];

describe("themed headings over works told in prose", () => {
  const themed = [
    ...LEDE,
    "住有所居 安居更安心",
    "",
    "全市改造城镇老旧小区46个，惠及居民6200户，完成年度任务的102%。“楼道亮了，心里也亮堂了。”居民王大爷说。",
    "",
    "与此同时，全年改造老旧供水管网31公里，城区水压不足的问题明显缓解。",
    "",
    "老有所养 幼有所育",
    "",
    "今年，全市新建社区养老服务站15个，为周边老人提供助餐服务。",
    "",
    "记者在一家服务站看到，老人们正围坐在一起吃午饭，饭菜热气腾腾。",
    "",
    "普惠托育也有新进展。全市新增普惠托位420个，完成年度目标的120%。在学前教育方面，新建公办幼儿园4所，新增学位1080个。",
    "",
    "病有所医 业有所就",
    "",
    "全年为18.5万名65岁及以上老年人开展免费健康体检。",
    "",
    "就业方面，全市城镇新增就业1.12万人，完成年度目标的103%。",
    "",
    "路通业兴 生活更便利",
    "",
    "全市新改建农村公路142公里，群众出行更方便。",
    "",
    "此外，改造提升农贸市场7个，市场面貌焕然一新。",
  ].join("\n");

  it("reads the works under each theme as the projects, as many as the text states", () => {
    const { layout, count, titles } = read(themed);
    expect(layout).toBe("themes");
    expect(count).toBe(9);
    expect(titles).not.toContain("住有所居安居更安心");
    expect(titles.filter((t) => /学前教育|幼儿园/u.test(t))).toHaveLength(1);
  });

  it("keeps headings over one work each as the projects (【稳就业】 ‖ 【兴教育】 …), fewer than the count or not", () => {
    const single = [
      ...LEDE,
      "稳就业",
      "",
      "全市城镇新增就业1.12万人，完成年度目标的103%。",
      "",
      "兴教育",
      "",
      "新建改扩建中小学校6所，新增学位5400个。",
      "",
      "“孩子在家门口就能上好学校。”家长李女士说。",
      "",
      "强医疗",
      "",
      "全年为18.5万名65岁及以上老年人开展免费健康体检。",
      "",
      "畅出行",
      "",
      "全市新改建农村公路142公里。",
      "",
      "道路通了，山里的茶叶运得出去，游客也走得进来。",
    ].join("\n");
    expect(read(single).layout).toBe("headings");
    expect(read(single).count).toBe(4);
  });

  it("keeps the headings where the text states no count: nothing says they are fewer than the projects", () => {
    const { layout, count } = read(themed.replace(/9件/gu, "一批"));
    expect(layout).toBe("headings");
    expect(count).toBe(4);
  });
});

describe("numbered themed headings over a paragraph per work (a county head's report)", () => {
  const report = (heads: string[]) =>
    [
      "莒县人民政府关于2024年为民办实事项目完成情况的报告",
      "",
      "发布时间：2025-01-03",
      "",
      "年初，县政府确定了6件为民办实事项目。截至12月中旬，6件为民办实事项目全部完成年度目标任务。",
      "",
      heads[0],
      "围绕稳岗就业扩容，全年城镇新增就业8650人，完成年度目标的108.1%。",
      "围绕义务教育学校新改扩建，新建、改扩建学校6所，新增学位5400个。",
      "",
      heads[1],
      "基层医疗服务能力提升项目完成8处乡镇卫生院提标改造，新建中心村卫生室24处。",
      "由县民政局牵头实施的农村幸福食堂建设项目新建农村幸福食堂85处。",
      "",
      heads[2],
      "城乡供水提质项目新建改造供水管网210公里，惠及群众9.6万人。",
      "城区停车设施建设项目新增公共停车泊位3200个。",
    ].join("\n\n");
  const read = (text: string) => {
    const r = convertTexts({ "a.txt": text }).archive.reports[0]!;
    return { layout: r.sources[0]!.check?.layout, titles: r.projects.map((p) => p.title) };
  };

  it("reads each paragraph under the themes as a work, named by what it goes about or its 项目, as many as the text states", () => {
    expect(read(report(["（一）着眼稳就业、优教育，民生底板进一步筑牢", "（二）着眼强医疗、暖夕阳，服务保障进一步加强", "（三）着眼优环境、便生活，城乡面貌进一步改善"]))).toEqual({
      layout: "themes",
      titles: ["稳岗就业扩容", "义务教育学校新改扩建", "基层医疗服务能力提升项目", "农村幸福食堂建设项目", "城乡供水提质项目", "城区停车设施建设项目"],
    });
  });

  it("keeps headings that name works by their noun as the projects (（一）稳岗就业工程 ‖ …)", () => {
    expect(read(report(["（一）稳岗就业工程", "（二）医疗养老工程", "（三）城市更新工程"])).titles).toEqual(["稳岗就业工程", "医疗养老工程", "城市更新工程"]);
  });

  it("keeps a heading over its fields (——推进适老化改造 ‖ 目标：… ‖ 完成情况：…) one project", () => {
    const text = [
      "鸡西市2019年民生实事项目进展顺利",
      "",
      "截至3月底，鸡西市2019年确定的五件民生实事总体完成年度目标任务的26.3%。各项目进展如下：",
      "",
      "——推进适老化改造",
      "目标：特殊困难老年人家庭适老化改造不少于4500户。",
      "完成情况：特殊困难老年人家庭适老化改造3829户。",
      "",
      "——建设城市书房和文化驿站",
      "目标：新建城市书房23家，开展文化进基层惠民演出780场以上。",
      "完成情况：新建城市书房14家、开展文化进基层惠民演出460场。",
      "",
      "——开展职业技能培训",
      "目标：职业技能培训12.3万人次，新增技能人才9.8万人。",
      "完成情况：职业技能培训9.2万人次、新增技能人才5万人。",
    ].join("\n");
    expect(read(text).titles).toEqual(["推进适老化改造", "建设城市书房和文化驿站", "开展职业技能培训"]);
  });

  it("keeps numbered items over one paragraph of works each the projects, though the works meet the count (a page cut after its second of ten)", () => {
    const text = [
      "襄阳市政府工作报告公布2012年十件实事",
      "",
      "昨日，《政府工作报告》提出今年为民办理十件实事。",
      "",
      "1、缓解市民“出行难”。",
      "优化调整公交线路20条，新增公交车600辆。更新轮渡船舶8艘。新建公共停车场5个、泊位2500个。开放防空地下室40处、泊位5000个。新增公共自行车服务点80个。建成人行过街设施12座。",
      "",
      "2、缓解学前适龄儿童“入园难”。",
      "新、改、扩建40所幼儿园。新增1万名适龄幼儿入园学位。",
    ].join("\n");
    expect(read(text).titles).toEqual(["缓解市民“出行难”", "缓解学前适龄儿童“入园难”"]);
  });

  it("splits a theme's paragraph at each work it names by its noun as a clause's subject, and keeps one such work of a lone paragraph whole", () => {
    const text = [
      "十件实事件件落地　洋县群众幸福加码",
      "",
      "2025-01-06 09:12　来源：洋县融媒体中心",
      "",
      "2024年初，县政府承诺办好十件民生实事。一年来，十件民生实事全部完成年度任务。",
      "",
      "【住得更舒心】",
      "",
      "老旧小区改造是去年投资最大的一项。全年改造老旧小区17个，惠及居民1320户。与老旧小区改造同步推进的城区雨污分流改造项目，共完成管网改造14.6公里。",
      "",
      "农村饮水安全巩固提升工程新建改造供水工程21处，2.3万名群众受益。",
      "",
      "【出行更便捷】",
      "",
      "农村公路建设项目全年新改建农村公路92公里。城区停车难问题有了缓解，城区停车设施建设项目新增停车泊位860个。",
      "",
      "“现在有专门的停车场，省心多了。”出租车司机王师傅说。",
      "",
      "【老有所养　幼有所托】",
      "",
      "养老服务体系建设项目建成镇级区域养老服务中心3个。普惠托育项目新增普惠托位260个。",
      "",
      "【上学看病更方便】",
      "",
      "城南新建小学于去年9月建成投用，提供学位1440个。",
      "",
      "基层医疗服务能力提升项目完成5所乡镇卫生院提标改造。",
      "",
      "【钱袋子更鼓】",
      "",
      "就业是最大的民生。就业创业促进项目全年实现城镇新增就业3150人；转移农村劳动力就业8.6万人。",
    ].join("\n");
    const { layout, titles } = read(text);
    expect(layout).toBe("themes");
    expect(titles).toHaveLength(10);
    expect(titles).toEqual(expect.arrayContaining(["城区雨污分流改造项目", "城区停车设施建设项目", "养老服务体系建设项目", "普惠托育项目", "就业创业促进项目"]));
    expect(titles.some((t) => /老旧小区/u.test(t))).toBe(true);
    expect(titles.some((t) => /转移农村劳动力/u.test(t))).toBe(false);
  });
});

describe("a feature's subheads of a theme, a colon and a two-phrase summary", () => {
  // (A made-up 2019 feature of 淄博: subheads 住有所居：老楼焕新，平房告别煤烟 stand over prose telling several works each; the
  // first and the last subhead open and close the story and tell no work.)
  const text = [
    "15件民生实事全部落地 一张清单变成一份账单",
    "",
    "2019-12-30 07:30 来源：淄博日报",
    "",
    "12月29日，部分市人大代表来到张店、淄川两区，察看2019年民生实事落实情况。",
    "记者从市政府办公室获悉，2019年全市确定的15件民生实事已全部完成年度任务，其中9件超额完成。",
    "",
    "群众点单：实事清单从民意中来",
    "“今年的15件实事，有6件直接来自代表建议。”市政府办公室相关负责人介绍，今年共收到意见建议2600余条。",
    "",
    "住有所居：老楼焕新，平房告别煤烟",
    "在“住”上，全年完成老旧小区综合整治120万平方米，完成年度任务的104%。与此同时，棚户区改造完成8600户。",
    "今年冬天，不少村民第一次不用再烧煤取暖。“气代煤”项目全年完成210个村庄、6.3万户改造，完成年度任务的101%。",
    "",
    "学有所教：新增学位，入园不再难",
    "在“学”上，全年新增幼儿园学位9600个，完成年度任务的106.7%；完成45所中小学校饮水设施改造。",
    "",
    "行有所畅：停车难、换乘难逐步缓解",
    "出行方面，全市新增、优化公交线路36条，完成年度任务的120%；新增停车位4200个；新建城市绿道85公里。",
    "",
    "代表督单：年底交账不是终点",
    "“民生实事办得好不好，最终要看群众满不满意。”市人大常委会相关负责人表示，明年将继续组织代表开展专题视察。",
  ].join("\n");

  it("reads the works under the subheads as the projects, not the subheads, and leaves the opening and closing subheads out", () => {
    const { layout, titles } = read(text);
    expect(layout).toBe("themes");
    expect(titles.length).toBeGreaterThanOrEqual(8);
    expect(titles.some((t) => /棚户区改造/u.test(t))).toBe(true);
    expect(titles.some((t) => /停车位/u.test(t))).toBe(true);
    expect(titles).not.toContain("群众点单");
    expect(titles).not.toContain("代表督单");
    expect(titles).not.toContain("住有所居");
  });
});
