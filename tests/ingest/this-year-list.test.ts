// A text that reviews last year's counted list and then announces this year's with 今年 (projects.ts,
// splitLists): two lists, two reports, each of its own year.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";

const reports = (text: string) =>
  convertTexts({ "a.txt": text }).archive.reports.map((r) => ({ year: r.year, kind: r.sources[0]!.kind, count: r.projects.length }));

const HEAD = ["晒出成绩单 列出任务书", "", "2022-01-20 07:50　来源：綦江日报", ""];
const REVIEW = "报告显示，2021年，綦江区确定的4件重点民生实事全部完成。一是新增城镇就业1.42万人，完成年度目标的118.3%；二是新建中小学和幼儿园9所；三是改造城镇老旧小区32个，完成年度目标的104.6%；四是新改建农村公路210公里。";
const PLAN = [
  "今年，区政府将继续把财力向民生倾斜，重点办好以下3件实事：",
  "",
  "（一）稳岗扩就业。城镇新增就业1.3万人以上。",
  "",
  "（二）扩大优质教育供给。新建学校和幼儿园6所，新增学位3600个。",
  "",
  "（三）推进城市更新。改造城镇老旧小区28个。",
];

describe("last year's list, then this year's announced with 今年", () => {
  it("reads two reports: last year's results and this year's plan", () => {
    expect(reports([...HEAD, REVIEW, "", ...PLAN].join("\n"))).toEqual([
      { year: 2021, kind: "results", count: 4 },
      { year: 2022, kind: "plan", count: 3 },
    ]);
  });

  it("reads one list where the text before this year's tells no other year's counted list", () => {
    const lede = "1月19日，綦江区人大会议举行全体会议，听取政府工作报告。全区经济运行稳中有进，地区生产总值增长6%。";
    expect(reports([...HEAD, lede, "", ...PLAN].join("\n"))).toEqual([{ year: 2022, kind: "plan", count: 3 }]);
  });
});

describe("last year's works told after this year's list, the year written straight before the count", () => {
  it("reads last year's results from the sentence that tallies them (“2020十件民生实事”…其中5件圆满完成任务，A，B，…)", () => {
    const text = [
      "北京市延庆区“2021十件民生实事”出炉",
      "",
      "来源：千龙网　|　2021-01-12 17:26:41",
      "",
      "十件民生实事：一是新建改扩建中小学和幼儿园4所，二是建设区医院医疗综合楼，三是新增养老家庭照护床位300张，四是改造老旧小区12个，五是新增城区公共停车位1500个，六是新改建农村公路85公里，七是实施山区农村供水保障提升工程，八是新建城市休闲公园和口袋公园6处，九是开展冬奥城市环境精细化整治，十是实现城乡公交“村村通”。",
      "",
      "政府工作报告中说，延庆“2020十件民生实事”取得显著进展，其中5件圆满完成任务，建成投用3所幼儿园、新增学位1080个，新增社区养老服务驿站8个，改造老旧小区9个、惠及居民2600户，新增城区停车位1200个，新建健身步道40公里。区医院医疗综合楼项目因规划调整未能按期开工。",
    ].join("\n");
    expect(reports(text)).toEqual([
      { year: 2020, kind: "results", count: 5 },
      { year: 2021, kind: "plan", count: 10 },
    ]);
  });
});

describe("a notice's furniture before the list it announces", () => {
  it("reads no list from headings that count nothing and hold no figure (一、总体要求 ‖ 二、项目安排 ‖ 2025年，全县共安排民生实事3件，具体如下：)", () => {
    const text = [
      "信丰县人民政府办公室关于印发信丰县2025年民生实事安排方案的通知",
      "",
      "《信丰县2025年民生实事安排方案》已经县政府第41次常务会议研究同意，现印发给你们，请认真抓好落实。",
      "",
      "信丰县2025年民生实事安排方案",
      "",
      "为深入践行以人民为中心的发展思想，结合我县实际，制定本方案。",
      "",
      "一、总体要求",
      "坚持尽力而为、量力而行，集中财力办好一批群众可感可及的民生实事。",
      "",
      "二、项目安排",
      "2025年，全县共安排民生实事3件，具体如下：",
      "",
      "1．义务教育学位扩容。新建城北学校1所，新增义务教育学位3600个。",
      "",
      "2．学前教育提质。新增公办幼儿园学位900个。",
      "",
      "3．农村公路提质。新改建农村公路120公里。",
    ].join("\n");
    const r = convertTexts({ "a.txt": text }).archive.reports;
    expect(r.map((x) => x.projects.map((p) => p.title))).toEqual([["义务教育学位扩容", "学前教育提质", "农村公路提质"]]);
  });

  it("reads an inline list's year from the words that introduce it in its own paragraph (2025年，…已全部完成。今年，…办好…：一是…)", () => {
    const text = [
      "政府工作报告（节选）",
      "",
      "来源：永康新闻网　2026-01-15",
      "",
      "持续办好民生实事。2025年，经县人大代表票决产生的八方面民生实事已全部完成。今年，我们将集中力量办好经票决产生的三方面民生实事：一是扩大优质教育资源，新建中小学2所，新增学位1800个；二是提升居家养老服务，新建老年食堂6家；三是缓解停车难，新增公共停车泊位900个。",
    ].join("\n");
    const r = convertTexts({ "a.txt": text }).archive.reports;
    // (Last year's programme, told only as done, is a report of its own without projects: this year's list is not its.)
    expect(r.map((x) => [x.year, x.sources[0]!.kind, x.projects.length])).toEqual([
      [2025, "results", 0],
      [2026, "plan", 3],
    ]);
  });
});

describe("a work report whose review refers last year's list to an appendix", () => {
  it("reads the appendix's list (附表 ‖ 2024年十件民生实事完成情况 ‖ 1.…) as the review's year, this year's plan as its own", () => {
    const text = [
      "政府工作报告（摘要）",
      "",
      "发布日期：2025-01-20　来源：彭州市人民政府办公室",
      "",
      "一、2024年工作回顾",
      "",
      "民生福祉持续增进。三件民生实事全面完成，累计投入资金2.1亿元（完成情况见附表）。",
      "",
      "二、2025年工作安排",
      "",
      "用心用情办好民生实事。2025年，我们将集中财力办好三件民生实事：一是新建中小学2所，新增学位1800个；二是改造城镇老旧小区20个；三是新增普惠托位300个。",
      "",
      "附表",
      "",
      "2024年三件民生实事完成情况",
      "",
      "1.城乡教育扩容：竣工投用学校3所，新增学位2400个，完成年度目标的105%。",
      "2.老旧小区改造：完成改造老旧小区26个，惠及居民4100户。",
      "3.普惠托育扩容：新增普惠托位420个，完成年度目标的120%。",
    ].join("\n");
    const reports = convertTexts({ "a.txt": text }).archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.map((p) => p.title)]);
    expect(reports).toEqual([
      [2024, "results", ["城乡教育扩容", "老旧小区改造", "普惠托育扩容"]],
      [2025, "plan", ["新建中小学2所", "改造城镇老旧小区20个", "新增普惠托位300个"]],
    ]);
  });
});


describe("a page's two years under bracketed tags", () => {
  // Last year's results as ▲ lines under 【2023年成绩单】, this year's plan as （1）… under 【2024年任务书】.
  const PAGE = [
    "去年8个为民办实事项目全部完成 今年6个项目接续实施",
    "",
    "来源：宁德日报　　发布时间：2024-02-20 08:30",
    "",
    "本报讯　记者从蕉城区发改局获悉，2023年区委、区政府确定的8个为民办实事项目已全部完成。今年，该区将继续实施6个为民办实事项目。",
    "",
    "【2023年成绩单】",
    "",
    ...["新增城镇就业。全年新增4100人。", "建设公办幼儿园。建成3所，新增学位720个。", "改造老旧小区。完成6个。", "提升农村供水。改造管网40公里。", "建设农村公路。新改建30公里。", "增设停车泊位。新增900个。", "建设口袋公园。建成8个。", "整治农贸市场。完成3个。"].flatMap((line) => [`▲${line}`, ""]),
    "【2024年任务书】",
    "",
    ...["稳岗就业。城镇新增就业3800人以上。", "扩大学前教育资源。新增学位450个。", "改造老旧小区。改造5个。", "保障饮水安全。改造管网35公里。", "优化城乡交通。新改建农村公路25公里。", "增加停车泊位。新增800个。"].flatMap((line, k) => [`（${k + 1}）${line}`, ""]),
  ].join("\n");

  it("reads each tag's list as its year's report", () => {
    expect(reports(PAGE)).toEqual([
      { year: 2023, kind: "results", count: 8 },
      { year: 2024, kind: "plan", count: 6 },
    ]);
  });
});

describe("a work report's review in counted clauses, then a part heading that plans the next year", () => {
  const done = ["城镇新增就业2.1万人", "新改建农村公路620公里", "完成农村危房改造1400户", "改造中小学校舍5.2万平方米", "新建城区公厕18座", "建成农家书屋260个"];
  const planned = ["促进城乡就业。城镇新增就业2万人。", "推进农村公路建设。新改建农村公路500公里。", "实施农村危房改造。改造农村危房1500户。", "推进校舍安全工程。加固改造校舍6万平方米。", "完善城区便民设施。新建城区公厕20座。", "繁荣群众文化生活。建成农家书屋200个。"];
  const text = (heading: string) =>
    [
      "政府工作报告（节选）",
      "——2012年1月10日在荆门市第六届人民代表大会第五次会议上",
      "",
      "（五）民生保障持续加强。全市财政用于民生的支出达到41.2亿元。年初市政府承诺的六件实事全部兑现：" + done.join("；") + "。",
      "",
      heading,
      "",
      "今年，市政府将继续集中财力为民办好六件实事：",
      "",
      ...planned.map((p, k) => `（${"一二三四五六"[k]}）${p}`),
    ].join("\n");

  it("reads the clauses as the year before's results, the heading's list as its year's plan", () => {
    expect(reports(text("四、2012年为民办实事安排"))).toEqual([
      { year: 2011, kind: "results", count: 6 },
      { year: 2012, kind: "plan", count: 6 },
    ]);
  });
});

describe("a work report whose one part heading names the year it reviews", () => {
  it("files the list under 一、2023年工作回顾 as that year's results, not the year the report's title plans", () => {
    const text = [
      "2024年天门市人民政府工作报告",
      "",
      "——2024年2月20日在天门市第九届人民代表大会第四次会议上",
      "",
      "各位代表：",
      "",
      "现在，我代表市人民政府向大会报告工作，请予审议。",
      "",
      "一、2023年工作回顾",
      "",
      "——民生保障更加有力。年初承诺的四件民生实事全面完成：一是实施城区教育扩容工程，新增学位2700个；二是改造老旧小区31个，惠及居民4120户；三是城镇新增就业6380人，完成目标任务的116%；四是新增公共停车泊位3200个。",
      "",
      "（以下为2024年工作安排，略）",
    ].join("\n");
    expect(reports(text)).toEqual([{ year: 2023, kind: "results", count: 4 }]);
  });

  it("files a list under 一、2016年工作回顾 as that year's, where 二、2017年工作安排 opens with the next year's programme and lists none", () => {
    const text = [
      "政府工作报告",
      "",
      "——2017年1月12日在汉阴县第十八届人民代表大会第一次会议上",
      "",
      "一、2016年工作回顾",
      "",
      "（三）民生实事全面兑现。年初承诺的四件民生实事全部办结：",
      "",
      "——实施教育扩容工程，新增学位2100个。",
      "",
      "——新改建通村公路312公里，完成年度目标的120%。",
      "",
      "——新增城镇就业3260人。",
      "",
      "——建成城区公共停车场2个，新增停车位560个。",
      "",
      "二、2017年工作安排",
      "",
      "2017年，我们将继续办好四件民生实事，具体项目另行公布。",
      "",
      "注释：",
      "",
      "[1]通村公路：指连接行政村的公路。",
      "",
      "[2]停车场：指城区公共停车场。",
    ].join("\n");
    // (The next year's programme, counted in its own part, is kept as a report of its count, as other years told beside a list are.)
    expect(reports(text)).toEqual([
      { year: 2016, kind: "results", count: 4 },
      { year: 2017, kind: "plan", count: 0 },
    ]);
  });
});

describe("a work report whose list stands under the part that plans its year", () => {
  it("reads the list under 二、2025年工作安排 as a plan, though the part 一、2024年工作回顾 says last year's programme was all done in words that name no year", () => {
    const text = [
      "政府工作报告",
      "",
      "——2025年1月8日在鹤峰县第十届人民代表大会第五次会议上",
      "",
      "一、2024年工作回顾",
      "",
      "过去一年，全县地区生产总值增长5.6%。县人大票决的4件民生实事全部完成。",
      "",
      "二、2025年工作安排",
      "",
      "（六）用心用情办好民生实事。今年，县政府将集中力量办好四件民生实事：一是促进就业创业，城镇新增就业4000人；二是改善办学条件，新建城区幼儿园1所；三是推进老旧小区改造，改造老旧小区12个；四是改善出行条件，新改建农村公路60公里。",
      "",
      "三、全面加强政府自身建设",
    ].join("\n");
    expect(reports(text)).toEqual([{ year: 2025, kind: "plan", count: 4 }]);
  });
});

describe("a press conference's two years, the second's list after the programme's name and a colon, its count in the sentence before", () => {
  it("reads 2024年…民生实事项目分别是：A；B；… as the second year's list, after the first year's works told one paragraph each", () => {
    const text = [
      "去年6件民生实事全部交账 今年6件实事定了",
      "",
      "“去年我们承诺的事，一件一件都办到了。”区政府新闻发言人介绍，2023年吴兴区6件民生实事项目已全部完成年度目标任务。具体来看——",
      "",
      "“老年助餐服务扩面”项目，新增老年助餐服务点26个，完成年度目标的130%。",
      "",
      "“普惠托育扩容”项目，新增普惠性托位420个，完成年度目标的105%。",
      "",
      "“农村供水管网更新”项目，更新改造农村供水管网215公里，完成年度目标的107.5%。",
      "",
      "“老旧小区改造”项目，完成老旧小区改造14个，惠及居民3860户。",
      "",
      "“城乡公交提质”项目，新辟优化公交线路11条。",
      "",
      "“河湖水系综合治理”项目，完成中小河流治理32公里。",
      "",
      "记者了解到，今年的民生实事项目从群众意见建议中梳理形成8个候选项目，经人大代表无记名投票，最终确定6件。2024年区政府民生实事项目分别是：新增老年助餐服务点20个；新增普惠性托位300个；改造提升农村生活污水处理终端60个；改造老旧小区12个；新增公共停车泊位2000个；建设运河沿线慢行步道25公里。",
    ].join("\n");
    expect(reports(text)).toEqual([
      { year: 2023, kind: "results", count: 6 },
      { year: 2024, kind: "plan", count: 6 },
    ]);
  });
});

describe("a press conference's two years, the second's list inside its announcing paragraph", () => {
  // The year before's results, numbered (1)…(4) under the paragraph that announces them.
  const RESULTS_2017 = [
    "据介绍，2017年市政府四件民生实事全部完成，具体情况如下：",
    "",
    "（1）就业创业。城镇新增就业5.8万人，完成年度任务的116%。",
    "",
    "（2）教育扩容。新建、改扩建城区中小学和幼儿园25所，新增学位1.6万个。",
    "",
    "（3）棚户区改造。棚改新开工2.35万套，完成年度任务的104.4%。",
    "",
    "（4）农村公路。新改建农村公路1650公里，完成年度任务的110%。",
    "",
  ];
  const text = (closing: string) =>
    [
      "去年四件民生实事全部兑现　今年四件实事清单出炉",
      "",
      "2018-01-26 07:50　　来源：上饶日报",
      "",
      "本报讯　1月25日，市政府新闻办举行新闻发布会，通报2017年市政府四件民生实事完成情况，并发布2018年市政府四件民生实事。",
      "",
      ...RESULTS_2017,
      "发布会同时公布了2018年市政府四件民生实事。2018年，我市将重点办好以下四件实事：（一）促进就业创业，城镇新增就业5.5万人以上；（二）扩大优质教育资源，新增学位1.2万个以上；（三）推进棚户区改造，新开工棚改安置住房2万套；（四）建设“四好农村路”，新改建农村公路1500公里。",
      "",
      closing,
    ].join("\n");

  it("reads the inline list of the paragraph that announces it (…重点办好以下四件实事：（一）…（二）…) as the second year's", () => {
    expect(reports(text("责任编辑：熊晓丽"))).toEqual([
      { year: 2017, kind: "results", count: 4 },
      { year: 2018, kind: "plan", count: 4 },
    ]);
  });

  it("opens no list at a closing whose ordinals follow no count of works (下一步将重点做好两方面工作：一是…；二是…2018年4项民生实事)", () => {
    const closing = "市发改委负责人表示，下一步将重点做好两方面工作：一是建立已完工项目长效管护机制；二是全力推进本次会议票决产生的2018年4项民生实事，确保早开工、早见效。";
    const plain = [
      "去年四件民生实事全部兑现",
      "",
      "2018-01-26 07:50　　来源：上饶日报",
      "",
      ...RESULTS_2017,
      closing,
    ].join("\n");
    expect(reports(plain)).toEqual([{ year: 2017, kind: "results", count: 4 }]);
  });
});

describe("a statistical bulletin whose box lists the programme", () => {
  it("reads the box's list (专栏 ‖ …确定的4件为民实事全部完成。 ‖ 1.…), as many as that sentence counts, not the bulletin's numbered sections nor its notes (注： ‖ 1.…), as one report", () => {
    const text = [
      "青海省2020年国民经济和社会发展统计公报（节选）",
      "",
      "青海省统计局",
      "",
      "一、综合",
      "",
      "初步核算，全年全省地区生产总值3005.9亿元，比上年增长1.5%。全年居民消费价格比上年上涨2.6%。",
      "",
      "……",
      "",
      "九、人民生活",
      "",
      "全年全省居民人均可支配收入24037元，比上年增长6.3%。全年临时救助困难群众11.2万人次。",
      "",
      "十、教育和科学技术",
      "",
      "全年普通高等学校招生2.9万人，在校生9.7万人。学前三年毛入园率91.2%。",
      "",
      "十一、卫生和社会保障",
      "",
      "年末全省共有医疗卫生机构6500个。全年城镇新增就业6.3万人，年末城镇登记失业率2.9%。",
      "",
      "专栏　2020年省委省政府为民办实事完成情况",
      "",
      "2020年，省委省政府确定的4件为民实事全部完成年度目标任务。",
      "",
      "1.城乡就业。城镇新增就业6.3万人，完成目标任务的105.0%。",
      "",
      "2.农村公路建设。新改建农村公路3200公里，完成目标任务的106.7%。",
      "",
      "3.学前教育。新建、改扩建公办幼儿园112所，新增学位1.05万个。",
      "",
      "4.残疾儿童康复救助。为0.9万名残疾儿童提供康复救助，完成目标任务的112.5%。",
      "",
      "十二、资源和环境",
      "",
      "全年完成造林面积300.6万亩。年末全省自然保护区11个。",
      "",
      "十三、城市建设和公用事业",
      "",
      "年末全省城市燃气普及率达到93.8%，城市污水处理率达到95.9%。全年新增城市道路长度112公里。",
      "",
      "注：",
      "",
      "1.本公报中部分数据为初步统计数。",
      "",
      "2.城镇新增就业、农村公路等数据来自省人社厅、省交通运输厅等部门。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.map((p) => p.title)])).toEqual([[2020, "results", ["城乡就业", "农村公路建设", "学前教育", "残疾儿童康复救助"]]]);
  });
});

describe("a 票决 notice dated inside its sentence", () => {
  it("reads the day the vote was held (于2021年12月23日依法票决产生了…2022年民生实事项目) as no other year's list", () => {
    const text = [
      "桃源县人民政府2022年民生实事项目票决结果出炉",
      "",
      "会议采取无记名投票方式，从6个候选项目中差额票决产生了县人民政府2022年民生实事项目4项。",
      "",
      "桃源县第十八届人民代表大会第一次会议于2021年12月23日依法票决产生了桃源县人民政府2022年民生实事项目，现将票决结果公告如下：",
      "",
      "桃源县人民政府2022年民生实事项目：",
      "1.县城区学校扩容提质工程；",
      "2.城区沿江防洪堤提质改造；",
      "3.农村饮水安全巩固提升；",
      "4.县殡仪馆提质改造。",
    ].join("\n");
    expect(reports(text)).toEqual([{ year: 2022, kind: "plan", count: 4 }]);
  });
});

describe("a work report's parts headed by a year and the part's name", () => {
  it("reads 2010年工作回顾 and 2011年工作安排 as two years' parts, each with its list", () => {
    const text = [
      "政 府 工 作 报 告",
      "（2011年1月18日在兴宁市第十四届人民代表大会第六次会议上）",
      "",
      "2010年工作回顾",
      "2010年，全市生产总值实现98.6亿元，增长12.3%。",
      "三、民生福祉持续改善。",
      "五件民生实事全面完成。新增城镇就业6120人，完成年度任务的122.4%；完成农村危房改造1850户；解决农村4.3万人饮水不安全问题；新建、改造农村公路186公里；建成乡镇综合文化站5个。",
      "",
      "2011年工作安排",
      "（五）切实办好五件民生实事。继续集中财力为群众办好五件实事：一是促进城乡就业，新增城镇就业5500人；二是改造农村危房2000户；三是解决农村5万人饮水不安全问题；四是新建、改造农村公路200公里；五是建设农村文体广场50个。",
    ].join("\n");
    expect(reports(text)).toEqual([
      { year: 2010, kind: "results", count: 5 },
      { year: 2011, kind: "plan", count: 5 },
    ]);
  });
});

describe("two years' inline lists, each after the paragraph that counts its programme with 大 (五大民生实事 · 十二大民生实事)", () => {
  const text = [
    "某区政府工作报告（摘要）",
    "",
    "2015年，南开区五大民生实事全部完成年度目标任务。现将完成情况通报如下：",
    "",
    "一是推进充电基础设施建设，新建充电桩532个。二是实施农村供水保障工程，新建改造供水管网85公里，完成年度目标任务的121.4%。三是开展“两癌”免费筛查，宫颈癌筛查2.14万人。四是改善农村学校办学条件，新开工寄宿制小学3所。五是推进口袋公园建设，建成口袋公园15个。",
    "",
    "2016年，南开区将集中力量办好四大民生实事，具体如下：",
    "",
    "一是建设老年食堂，建成老年助餐场所34个；二是实施体育惠民工程，新建社区运动场地8个；三是新增城镇就业不少于8800人；四是建设“四好农村路”，新建和改造农村公路63公里。",
  ].join("\n");

  it("reads each paragraph's inline list as its year's: the first year's results, the second's plan", () => {
    expect(reports(text)).toEqual([
      { year: 2015, kind: "results", count: 5 },
      { year: 2016, kind: "plan", count: 4 },
    ]);
  });

  it("opens no year's list at a count of a party congress (十九大) that no list follows", () => {
    const congress = text.replace("2015年，南开区五大民生实事全部完成年度目标任务。现将完成情况通报如下：", "2015年，全区深入学习党的十九大精神，民生持续改善。");
    expect(reports(congress).map((r) => r.year)).toEqual([2016]);
  });
});

describe("last year's results told as 去年 in a paragraph of their own, before this year's numbered list", () => {
  const text = [
    "今年某县办好10件实事",
    "2024年01月16日　来源：某县融媒体中心",
    "本报讯　16日，县长在县十八届人大三次会议上作政府工作报告时提出，今年将办好10件民生实事。",
    "去年，县政府承诺的8件民生实事全部兑现。新建城乡公办幼儿园3所，新增学位900个；改造老旧小区21个，惠及居民3100户；新改建农村公路96公里；为2.1万名65岁以上老年人免费健康体检；新建社区食堂5个。其余3件实事也均按期完成。",
    "县长说，今年将办好10件实事。记者看到，这些实事涵盖教育、就业、住房、养老等方面：",
    ...["新建公办幼儿园2所。", "城镇新增就业3200人。", "改造老旧小区18个。", "新改建农村公路80公里。", "为1.5万名适龄妇女开展“两癌”免费筛查。", "新建社区食堂4个。", "改造农村危房120户。", "新增公共停车泊位900个。", "建设城市书房3个。", "新建公共充电桩150个。"].map((t, k) => `${k + 1}.${t}`),
  ].join("\n");

  it("reads the works that paragraph names as last year's results, beside this year's plan", () => {
    expect(reports(text.replaceAll("某县", "永嘉县")).sort((a, b) => a.year - b.year)).toEqual([
      { year: 2023, kind: "results", count: 5 },
      { year: 2024, kind: "plan", count: 10 },
    ]);
  });
});

describe("a press conference's second year, announced by a long sentence that ends on its count and a colon", () => {
  it("opens that year's list (2019年，市政府在广泛征集…的基础上，经…审定，确定了3件民生实事：)", () => {
    const text = [
      "市政府新闻办举行新闻发布会　通报2018年民生实事完成情况及2019年民生实事安排",
      "2019-02-26 16:05　来源：晋城新闻网",
      "发言人介绍，2018年市政府向社会承诺办好3件民生实事，3件民生实事全部完成。具体情况如下：",
      "一是新建改扩建城区中小学和幼儿园。全年新建改扩建学校16所，完成年度目标的111.3%。",
      "二是实施城镇老旧小区综合整治。整治老旧小区72个。",
      "三是新改建农村公路。完成农村公路新改建460公里。",
      "发言人说，2019年，市政府在广泛征集社会各界意见建议的基础上，经市政府常务会议研究、市委常委会审定，确定了3件民生实事：",
      "一是扩大优质教育资源供给，新建改扩建中小学和幼儿园14所；",
      "二是改造城镇老旧小区60个；",
      "三是新改建农村公路400公里。",
    ].join("\n");
    expect(reports(text.replaceAll("市政府", "晋城市政府"))).toEqual([
      { year: 2018, kind: "results", count: 3 },
      { year: 2019, kind: "plan", count: 3 },
    ]);
  });
});

describe("two years' inline lists whose paragraphs name the programme without counting it", () => {
  it("opens a year's list at a paragraph that names its programme and then announces the list (2019年，…民生实事全部完成年度目标任务。现将完成情况通报如下：)", () => {
    const text = [
      "朔州市政府工作报告（摘要）",
      "2019年，朔州市民生实事全部完成年度目标任务。现将完成情况通报如下：",
      "一是加强基层医疗卫生服务，培训基层卫生技术人员1.42万名，完成年度计划的129.1%。二是建设城市书房，全市新建城市书房12家。三是推进口袋公园建设，建成口袋公园9个。",
      "2020年，朔州市将集中力量办好民生实事，具体如下：",
      "一是丰富群众文化生活，全市新建城市书房16家；二是建设“四好农村路”，新建和改造农村公路410公里；三是新增城镇就业不少于2万人。",
    ].join("\n");
    expect(reports(text)).toEqual([
      { year: 2019, kind: "results", count: 3 },
      { year: 2020, kind: "plan", count: 3 },
    ]);
  });
});

describe("a year's list whose works open on their names with the first figure's mark run in (开展全民健身设施建设。1.新建… ‖ 2.建设…)", () => {
  it("is opened by the paragraph that counts its programme, though the first mark it sees alone is 2.", () => {
    const text = [
      "江苏省政府工作报告（摘要）",
      "2021年，江苏省三件民生实事全部完成年度目标任务。现将完成情况通报如下：",
      "开展全民健身设施建设。1.新建改造社区运动场地1343个。",
      "2.建设体育公园203个。",
      "新增公共停车泊位。1.新增公共停车泊位35.92万个，完成年度目标任务的168.6%。",
      "推进适老化改造。1.特殊困难老年人家庭适老化改造5.78万户，完成年度计划的134.4%。",
      "2022年，江苏省将集中力量办好两件民生实事，具体如下：",
      "提高妇女儿童健康保障水平。1.宫颈癌筛查96.6万人。",
      "2.乳腺癌筛查110.7万人。",
      "新建改扩建公办幼儿园。1.新建改扩建公办幼儿园320所。",
    ].join("\n\n");
    expect(reports(text)).toEqual([
      { year: 2021, kind: "results", count: 3 },
      { year: 2022, kind: "plan", count: 2 },
    ]);
  });
});

describe("this year's list announced beside last year's verdict", () => {
  it("reads the list below as the year announced (2022年…将办好6件 ‖ 回顾2021年，…6件…全部按期完成), not the year told done", () => {
    const text = [
      "重磅！2022年宁化为民办实事项目来了",
      "",
      "今天上午，",
      "宁化县第十八届人民代表大会",
      "第一次会议胜利闭幕。",
      "大会审议通过的政府工作报告明确，",
      "2022年，县委、县政府将集中力量",
      "办好6件为民办实事项目。",
      "",
      "回顾2021年，",
      "我县6件为民办实事项目全部按期完成，",
      "群众满意度测评达95.1分。",
      "",
      "今年的实事有哪些？",
      "",
      "小编为你划重点",
      "",
      "▪ 新建、改扩建中小学和幼儿园4所，新增学位3200个。",
      "▪ 新建标准化村卫生所12个。",
      "▪ 新增普惠性托位300个。",
      "▪ 新改建农村公路80公里。",
      "▪ 改造城镇老旧小区16个。",
      "▪ 城镇新增就业4000人。",
    ].join("\n");
    const listed = reports(text).filter((r) => r.count > 0);
    expect(listed).toEqual([{ year: 2022, kind: "plan", count: 6 }]);
  });

  it("reads the list below a headline that counts it as that headline's year, though the paragraph between opens on last year's count (…2022年将实施5件 ‖ 刚刚过去的2021年，…20件…。今年，…5件惠民实事如下：)", () => {
    const text = [
      "华坪县2022年将实施5件惠民实事 快看有没有你关心的",
      "",
      "民生无小事，枝叶总关情。刚刚过去的2021年，县委、县政府实施的20件惠民实事中，19件顺利完成，1件基本完成。今年，华坪县继续开展惠民实事工作，将实施5个具体项目。5件惠民实事如下：",
      "",
      "1。 新建、改扩建公办幼儿园4所，新增学位800个；",
      "2。 新建村级卫生室标准化示范点12个；",
      "3。 改造建设社区老年食堂6个；",
      "4。 新增城区公共停车泊位1200个；",
      "5。 新改建农村公路90公里。",
    ].join("\n");
    expect(reports(text).filter((r) => r.count > 0)).toEqual([{ year: 2022, kind: "plan", count: 5 }]);
  });
});

describe("last year's results in counted clauses, then this year's list inline after 今年's colon", () => {
  it("reads two reports, the later the year after the one the work report looks back on (回顾2023年工作)", () => {
    const text = [
      "辽阳：去年4件民生实事全部兑现 今年再办4件暖心事",
      "",
      "1月16日，辽阳市第十七届人民代表大会第三次会议开幕。政府工作报告在回顾2023年工作时，专门向代表们交了民生“账单”。",
      "",
      "报告显示，2023年市政府确定的4件民生实事全部兑现：改造城镇老旧小区63个，完成年度计划的105%；改造老旧供热管网96公里；新建、改扩建公办幼儿园7所；新改建农村公路320公里。",
      "",
      "“这些事看着不大，可每一件都办到了大家心坎上。”人大代表孙桂兰说。",
      "",
      "今年，市政府将继续办好4件民生实事：一是实施城镇老旧小区改造，改造老旧小区58个；二是改造老旧供热管网100公里；三是扩大普惠性学前教育资源，新增学位1200个；四是新改建农村公路300公里。",
    ].join("\n");
    expect(reports(text)).toEqual([
      { year: 2023, kind: "results", count: 4 },
      { year: 2024, kind: "plan", count: 4 },
    ]);
  });
});

describe("another year's programme named in the sentence that counts it, or in the paragraph after it", () => {
  const HEADLINE = ["2023年度兴化市政府实事项目全部完成 市民满意度达91.6分", "", "2024-02-06 08:10　来源：兴化日报", ""];
  const RESULTS = "记者从市政府办公室获悉，2023年度市政府为民办实事项目全面完成。据测评，得分居前的项目分别是：新建改造农村公厕80座、新增社区助餐点30个、开设暑期托管班200个、新建健身步道40公里、改造城区积水点18处。";
  it("reads next year's works where the sentence counting them names as many after its colon", () => {
    const plan = "在今年1月召开的市人代会上，代表们从14个候选项目中票决产生2024年市政府八大民生实事，分别是：城乡公交提档、中小学校扩容、普惠托育扩面、居家养老提质、老旧小区改造、停车设施建设、农村污水治理、农贸市场改造。";
    expect(reports([...HEADLINE, RESULTS, "", plan].join("\n"))).toEqual([
      { year: 2023, kind: "results", count: 5 },
      { year: 2024, kind: "plan", count: 8 },
    ]);
  });
  it("reads them from the paragraph after the count where that paragraph names them and no year", () => {
    const plan = "会上，代表们以无记名投票方式，从14个候选项目中票决出兴化市2024年八大民生实事项目。\n\n票决出的项目有：城乡公交提档、中小学校扩容、普惠托育扩面、居家养老提质、老旧小区改造、停车设施建设、农村污水治理、农贸市场改造。";
    expect(reports([...HEADLINE, RESULTS, "", plan].join("\n"))).toContainEqual({ year: 2024, kind: "plan", count: 8 });
  });
  it("reads none where the names are fewer than the count", () => {
    const plan = "在今年1月召开的市人代会上，代表们票决产生2024年市政府八大民生实事，分别是：城乡公交提档、中小学校扩容、普惠托育扩面、居家养老提质、老旧小区改造、停车设施建设、农村污水治理。";
    expect(reports([...HEADLINE, RESULTS, "", plan].join("\n")).find((r) => r.year === 2024)?.count ?? 0).toBe(0);
  });
});

describe("a press conference that counts this year's programme, talks about it, then appends it (附2022年…：‖ 1.…)", () => {
  it("reads one list where the text before counts only the appended list's own year: its lede and talk, not another year's list", () => {
    const text = [
      "2022年，信阳市政府将办好这十件重点民生实事",
      "",
      "2022-02-15 17:42:08　来源：信阳日报　编辑：王敏",
      "",
      "信阳日报讯（记者 李娜 通讯员 赵磊）2月15日，信阳市政府新闻办召开新闻发布会，介绍2022年信阳市十件重点民生实事基本情况。",
      "",
      "据市政府副秘书长、市政府办公室主任刘明介绍，为更好地倾听民声、汇集民智、体现民意，市政府办公室从2021年10月下旬就启动了2022年重点民生实事的征集拟定工作，通过市政府门户网站、“信阳发布”微信公众号、12345市民服务热线等渠道公开征集意见建议，共收到群众建议1520余条。交通出行、教育、养老托育、医疗卫生、老旧小区改造等方面成为群众关注的焦点。",
      "",
      "按照“尽力而为、量力而行、惠及多数、当年见效”的原则，市政府办公室会同市发展改革委、市财政局对征集到的意见进行了梳理归类，先后两次召开专题会议研究论证，并征求了市人大代表、政协委员和各县（市、区）意见，经市政府常务会议、市委常委会会议研究，最终确定了2022年十件重点民生实事。十件民生实事计划总投资约31.2亿元，其中市级财政安排资金7.4亿元。",
      "",
      "刘明表示，今年的十件重点民生实事有三个特点：一是更加突出“一老一小”，把普惠托育和居家养老两项内容单列；二是更加注重城乡统筹，农村供水、农村公路等项目向县区延伸；三是更加强调可量化、可考核，每一件都明确了具体目标和完成时限。",
      "",
      "发布会上，市住建局、市教育局、市卫健委负责人分别就老旧小区改造、学位供给、基层医疗等项目回答了记者提问。市住建局副局长张涛说，今年老旧小区改造将在水电气暖等基础类改造的同时，同步推进加装电梯、增设充电设施和适老化改造，“改一个、成一个、群众满意一个”。",
      "",
      "记者：今年学位供给方面有哪些考虑？",
      "市教育局副局长王红：近年来，中心城区学龄人口持续增加，部分学校“大班额”问题比较突出。今年我们把新建、改扩建幼儿园和义务教育学校一并列入民生实事，重点向新建小区集中、学位缺口较大的片区倾斜。项目全部建成后，中心城区公办幼儿园在园幼儿占比将进一步提高，义务教育“大班额”问题将得到有效缓解。同时，我们将同步推进学校食堂“明厨亮灶”改造，让家长对孩子吃饭放心。",
      "",
      "记者：基层医疗方面，群众最关心的是看病方便不方便。今年有什么具体安排？",
      "市卫健委副主任陈刚：今年的民生实事中，医疗卫生的内容主要落在县级医院和村卫生室两头。县级医院重点是提升急诊急救、重症监护和常见病诊疗能力，让群众大病不出县；村卫生室重点是标准化建设，做到有房子、有设备、有合格的村医。另外，“两癌”筛查已经连续实施多年，今年继续列入，筛查对象是辖区内35至64岁的适龄妇女，筛查费用由财政承担。",
      "",
      "附2022年信阳市十件重点民生实事：",
      "",
      "1.全市开工改造城镇老旧小区118个，涉及居民1.6万户，其中，中心城区68个；既有住宅加装电梯60部。",
      "",
      "2.新建、改扩建公办幼儿园20所，新增学位5400个；新建、改扩建义务教育学校14所，新增学位1.26万个。完成中心城区38所中小学校食堂“明厨亮灶”改造。",
      "",
      "3.新增普惠性婴幼儿托位1500个；新建社区居家养老服务中心（站）45个，为2000户特殊困难老年人家庭实施居家适老化改造。",
      "",
      "4.完成4个县级医院综合能力提升工程；建设标准化村卫生室120个；为辖区内适龄妇女免费开展“两癌”筛查6万人。",
      "",
      "5.中心城区新开通、优化调整公交线路10条，新增公共停车泊位5000个，新建公共充电桩800个。",
      "",
      "6.实施农村供水“规模化、市场化、水源地表化、城乡一体化”工程，新增受益人口18万人。",
      "",
      "7.新改建农村公路500公里，完成农村公路危桥改造30座。",
      "",
      "8.中心城区新建口袋公园30个，新建城市绿道50公里。",
      "",
      "9.城镇新增就业4.5万人，新增农村劳动力转移就业1.2万人；开展补贴性职业技能培训6万人次。",
      "",
      "10.中心城区新建、改造标准化农贸市场10个，新建改造城市公厕60座。",
    ].join("\n");
    expect(reports(text)).toEqual([{ year: 2022, kind: "plan", count: 10 }]);
  });

  it("opens no list at a sentence whose colon introduces a count of something else (今年的十件…有三个特点：一是…三是)", () => {
    const text = [
      "2022年，信阳市政府将办好这十件重点民生实事",
      "",
      "2022-02-16 10:12:30　来源：信阳日报　编辑：王敏",
      "",
      "信阳日报讯（记者 李娜）2月15日，信阳市政府新闻办召开新闻发布会，介绍2022年信阳市十件重点民生实事基本情况。市政府副秘书长、市政府办公室主任刘明，市发展改革委、市财政局、市住建局、市教育局、市卫健委等部门负责人出席发布会，介绍相关情况并回答记者提问。",
      "",
      "据市政府副秘书长刘明介绍，市政府办公室从2021年11月上旬就启动了2022年重点民生实事的征集工作，通过门户网站、微信公众号、市民热线等渠道公开征集意见，共收到群众建议1500余条。交通出行、教育、养老托育、医疗卫生、老旧小区改造等方面成为群众关注的焦点。",
      "",
      "经梳理论证、征求各方意见，并经市政府常务会议、市委常委会会议研究，最终确定了2022年十件重点民生实事。十件民生实事计划总投资约21.3亿元，其中市级财政安排资金6.1亿元。",
      "",
      "刘明表示，今年的十件重点民生实事有三个特点：一是更加突出“一老一小”；二是更加注重城乡统筹；三是更加强调可量化、可考核，每一件都明确了具体目标、牵头单位和完成时限，年底前接受人大代表、政协委员和群众代表的满意度测评。",
      "",
      "发布会上，市住建局、市教育局负责人分别就老旧小区改造、学位供给等项目回答了记者提问。市住建局副局长张涛说，今年老旧小区改造将在水电气暖等基础类改造的同时，同步推进加装电梯、增设充电设施和适老化改造，做到改一个、成一个、群众满意一个。",
      "",
      "记者：今年学位供给方面有哪些考虑？",
      "市教育局副局长王红：今年我们把新建、改扩建幼儿园和中小学一并列入民生实事，重点向学位缺口较大的片区倾斜，项目建成后大班额问题将得到缓解。",
      "",
      "记者：基层医疗方面有什么安排？",
      "市卫健委副主任陈刚：今年的民生实事中，医疗卫生的内容主要落在县级医院和村卫生室，适龄妇女“两癌”筛查继续列入，筛查对象是35至64岁的妇女。",
      "",
      "记者：群众如何监督这些实事？",
      "刘明：我们将在门户网站开设专栏，按季度公开每件实事的进展情况，年底组织满意度测评。",
      "",
      "附2022年信阳市十件重点民生实事：",
      "",
      "1.开工改造城镇老旧小区96个，惠及居民1.3万户。",
      "",
      "2.新建、改扩建公办幼儿园12所，新增学位3600个。",
      "",
      "3.新增普惠性托位900个。",
      "",
      "4.新改建农村公路400公里。",
      "",
      "5.中心城区新建口袋公园20个。",
      "",
      "6.城镇新增就业3.8万人。",
      "",
      "7.新建社区养老服务站30个。",
      "",
      "8.新增公共停车泊位4000个。",
      "",
      "9.新建改造城市公厕50座。",
      "",
      "10.新建、改造标准化农贸市场8个。",
      "",
      "刘明表示，下一步，市政府将把十件重点民生实事纳入重点督查事项，实行月调度、季通报，确保件件落地。",
      "",
      "责任编辑：王敏",
    ].join("\n");
    expect(reports(text)).toEqual([{ year: 2022, kind: "plan", count: 10 }]);
  });
});

describe("a work report's review bullet that counts last year's programme and tells most of it in ；-clauses", () => {
  it("reads the clauses as that year's works, a part of the count, not the review's bullets", () => {
    const text = [
      "政府工作报告",
      "",
      "——2021年1月20日在海南藏族自治州第十四届人民代表大会第六次会议上",
      "",
      "一、2020年工作回顾",
      "——疫情防控取得重大成果。第一时间启动应急响应，全州实现确诊病例零发生，筹措资金1.36亿元。",
      "——生态保护持续加强。完成国土绿化38.6万亩、黑土滩治理22万亩。",
      "——民生福祉持续增进。民生支出占一般公共预算支出的78.4%。州政府承诺的十件民生实事全面完成：新建改建农牧区公路386公里；城镇新增就业4210人；新建改扩建幼儿园12所；改造城镇老旧小区28个；改造农牧区危旧房2600户；新建和改造农村饮水工程45处；为2.1万名适龄妇女免费开展“两癌”筛查；建成村级综合文化服务中心60个。",
      "——改革开放不断深化。新增市场主体3200户。",
      "",
      "二、2021年工作安排",
      "今年州政府将集中力量办好十件民生实事：一是新增城镇就业4000人；二是新建改扩建公办幼儿园8所；三是新建州第二民族高级中学；四是改造城镇老旧小区32个；五是新建改建农村公路420公里；六是实施农村供水保障工程38处；七是新建社区日间照料中心10个；八是为全州65岁以上老年人免费健康体检；九是新增城区公共停车泊位1200个；十是建设全民健身路径60处。",
    ].join("\n");
    const found = reports(text);
    expect(found).toContainEqual({ year: 2020, kind: "results", count: 8 });
    expect(found).toContainEqual({ year: 2021, kind: "plan", count: 10 });
  });
});

describe("a story that looks back on last year's count between this year's count and the list it announces", () => {
  it("reads one list, of the year whose count the announcing sentence repeats (2017年10件 ‖ 2016年…12件…全部完成 ‖ 最终确定的10件民生实事是：)", () => {
    const text = [
      "伊春首次由人大代表票决民生实事",
      "东北网伊春1月13日讯 今天上午，298名市人大代表首次以无记名投票的方式，确定该市2017年10件民生实事项目。",
      "改造棚户区住房8000套；新建林区社区卫生服务站12个；更新城区公交车60辆……今天上午审议通过的伊春市政府工作报告中提出，要把有限的财力更多用在保障和改善民生上。",
      "伊春市政府工作报告显示，2016年全市民生支出占一般公共预算支出的比重达到81.2%，年初承诺的12件民生实事全部完成。",
      "经过代表差额票决，最终确定的10件民生实事是：",
      ...["实施棚户区改造，改造棚户区住房8000套", "改造老旧供热管网60公里", "新建林区社区卫生服务站12个", "更新城区公交车60辆", "新建、改扩建公办幼儿园6所", "为困难群众发放冬季取暖补贴，受益1.1万户", "新建和改造农村公路260公里", "新建、改造路灯2000盏", "建设林区职工群众健身广场20个", "开展“林都技能”培训1万人次"].map((t) => `——${t}；`),
    ].join("\n\n");
    // (The look back stays what it is, 2016's programme told done without its works.)
    expect(reports(text)).toEqual([
      { year: 2016, kind: "results", count: 0 },
      { year: 2017, kind: "plan", count: 10 },
    ]);
    // (Where the announcing sentence repeats the look back's count, 最终确定的12件民生实事是：, that opener still opens its list.)
    expect(reports(text.replace("最终确定的10件", "最终确定的12件")).map((r) => r.year)).toContain(2016);
  });
});

describe("last year's works told as a paragraph's ；-clauses after a colon, before this year's opener and its list", () => {
  const text = [
    "沿河：去年十件民生实事全面完成 今年再办十件实事",
    "1月22日，记者从沿河土家族自治县人民代表大会上获悉，2020年县政府承诺的十件民生实事全面完成，累计完成投资2.1亿元。",
    "一年来，全县统筹推进民生实事项目建设：新建县城第三幼儿园，新增学位360个；改造农村薄弱学校9所；完成农村公路硬化120公里；实施农村饮水安全巩固提升工程35处；新建县城公共停车场2处；改造城镇老旧小区8个；为1.8万名农村适龄妇女免费开展“两癌”检查；开展职业技能培训3600人次；改造提升农贸市场3个；新建城区公厕16座。",
    "“这些实事都是老百姓身边的事。”县人大代表田某说。",
    "2021年，沿河县将继续集中力量办好十件民生实事。这十件实事是：",
    ...["新建县城第四小学，新增学位1500个。", "改造提升乡镇寄宿制学校6所。", "实施农村饮水工程25处。", "新改建农村公路90公里。", "改造城镇老旧小区12个。", "新建城区公共停车位600个。", "建成县中医院住院楼。", "新建农村互助幸福院8个。", "城镇新增就业2500人。", "新建、改造城区公厕18座。"].map((t, k) => `${k + 1}.${t}`),
  ].join("\n\n");

  it("are last year's list, of the year the sentence that counts them names; the numbered list is this year's", () => {
    expect(reports(text)).toEqual([
      { year: 2020, kind: "results", count: 10 },
      { year: 2021, kind: "plan", count: 10 },
    ]);
  });
});

describe("a list dated before its year begins", () => {
  // 老河口-like: published in the December before, the list's own words (完成…, 实现…全覆盖) say what will be done.
  const text = [
    "鹤峰:办好民生“八件实事” 交出满意答卷",
    "",
    "发布时间:2023-12-28 来源: 鹤峰县融媒体中心",
    "",
    "12月26日,在鹤峰县人民代表大会上,县长承诺,2024年将继续办好民生八件实事:",
    "",
    "1.完成12所农村学校教师周转宿舍改造; ",
    "",
    "2.实现全县学校食堂明厨亮灶全覆盖,建成6所学校门口交通信号灯; ",
    "",
    "3.完成3万人次高血压、糖尿病免费筛查; ",
    "",
    "4.改造40个老旧小区、30条背街小巷; ",
    "",
    "5.完成8个农村生活污水处理一体化建设; ",
    "",
    "6.打通断头路20公里; ",
    "",
    "7.完成城区铁路道口平改立工程; ",
    "",
    "8.实现快递进村全覆盖。 ",
  ].join("\n");
  it("reads it as the plan, whatever its items' words of completion", () => {
    expect(reports(text)).toEqual([{ year: 2024, kind: "plan", count: 8 }]);
  });
  it("reads the same words dated in the year after as its results", () => {
    expect(reports(text.replace("2023-12-28", "2025-01-10"))[0]!.kind).toBe("results");
  });
});
