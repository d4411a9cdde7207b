// What a report's text says about itself (src/ingest/segment.ts): its cut-off date, how many
// projects it counts, whether it plans, reports progress or reports results, and its year.
import { describe, expect, it } from "vitest";
import { asOfDate, asOfMonth, congressYear, dominantYear, openingOf, reportKind, statedCount, statedCounts } from "../../src/ingest/segment.ts";
import { regionByName } from "../../src/ingest/regions.ts";

describe("the cut-off month of a progress notice", () => {
  it("reads 截至9月底, 截至2024年6月30日 and 截至6月末", () => {
    expect(asOfMonth("截至9月底，全市民生实事进展顺利")).toBe(9);
    expect(asOfMonth("截至2024年6月30日")).toBe(6);
    expect(asOfMonth("截至6月末")).toBe(6);
  });
  it("reads a month written bare before a comma, after 今年 or not (截至今年9月，… · 截至8月份，…), but not a month that goes on (截至9月完成)", () => {
    expect(asOfMonth("截至今年9月，建设共享单车监管平台等三个项目已完成")).toBe(9);
    expect(asOfMonth("截至8月份，全县民生实事")).toBe(8);
    expect(asOfDate("截至今年9月，三个项目已完成", 2021)).toBe("2021-09-30");
    expect(asOfMonth("力争截至9月完成全部项目")).toBeNull();
  });
  it("reads the last month of a span of months (1—6月份, 1至9月) and of a month's notice (10月份…进展情况)", () => {
    expect(asOfMonth("1—6月份进展情况")).toBe(6);
    expect(asOfMonth("1至9月")).toBe(9);
    expect(asOfMonth("2023年10月份政府民生实事项目进展情况")).toBe(10);
    expect(asOfMonth("2024年4月省政府民生实事项目进展情况汇总表")).toBe(4);
  });
  it("reads no month's notice in a day (1月31日召开推进会) or a month's end (9月底前推进)", () => {
    expect(asOfMonth("1月31日上午，全市民生实事推进会召开")).toBeNull();
    expect(asOfMonth("9月底前推进完成")).toBeNull();
  });
  it("reads the first half as June, the first three quarters as September and the first quarter as March", () => {
    expect(asOfMonth("今年上半年，全市")).toBe(6);
    expect(asOfMonth("前三季度")).toBe(9);
    expect(asOfMonth("一季度")).toBe(3);
    expect(asOfMonth("民生实事一季度“成绩单”来了")).toBe(3);
    expect(asOfMonth("全县民生实事三季度进展情况的通报")).toBe(9);
  });
  it("reads no cut-off in a quarter the story passes through, of last year, or ahead (二季度复工后 · 去年一季度 · 将在三季度)", () => {
    expect(asOfMonth("2020年20项民心工程已全部完成年度任务。各区倒排工期，二季度复工后加快追赶进度。")).toBeNull();
    expect(asOfMonth("“去年一季度受疫情影响，多数项目停工。”")).toBeNull();
    expect(asOfMonth("菜市场等项目将在三季度集中完工。")).toBeNull();
  });
  it("reads no cut-off in a deadline (上半年投用) or in a text without one", () => {
    expect(asOfMonth("上半年投用")).toBeNull();
    expect(asOfMonth("全年完成")).toBeNull();
  });
  it("looks for the cut-off only in the opening of the text", () => {
    expect(asOfMonth(`${"全".repeat(1300)}截至9月底`)).toBeNull();
    expect(asOfMonth(`${"全".repeat(1100)}截至9月底`)).toBe(9);
  });
});

describe("the cut-off date of a progress notice", () => {
  it("reads the last day of the month a notice runs to (截至9月底 → 09-30, 截至2月底 → 02-28)", () => {
    expect(asOfDate("截至9月底", 2023)).toBe("2023-09-30");
    expect(asOfDate("截至2月底", 2023)).toBe("2023-02-28");
    expect(asOfDate("截至2月底", 2024)).toBe("2024-02-29");
  });
  it("reads a date with its own year and day (截至2024年6月15日)", () => {
    expect(asOfDate("截至2024年6月15日", 2023)).toBe("2024-06-15");
  });
  it("reads the end of the last month of a notice of months", () => {
    expect(asOfDate("1—6月份进展情况", 2023)).toBe("2023-06-30");
    expect(asOfDate("2023年10月份政府民生实事项目进展情况", 2023)).toBe("2023-10-31");
  });
  it("reads no date where the text gives none, or gives a month that does not exist", () => {
    expect(asOfDate("全年", 2023)).toBeNull();
    expect(asOfDate("截至13月底", 2023)).toBeNull();
    expect(asOfDate("1至13月", 2023)).toBeNull();
    expect(asOfDate("13月份民生实事进展情况", 2023)).toBeNull();
  });
  it("reads a notice of January alone, or of the whole year, to its month's last day", () => {
    expect(asOfDate("1月份民生实事进展情况", 2023)).toBe("2023-01-31");
    expect(asOfDate("1—12月份进展情况", 2023)).toBe("2023-12-31");
  });
  it("looks for a notice's months only in the opening of the text", () => {
    expect(asOfDate(`${"全".repeat(1300)}1—6月份进展情况`, 2023)).toBeNull();
    expect(asOfDate(`${"全".repeat(1300)}2023年10月份政府民生实事项目进展情况`, 2023)).toBeNull();
  });
});

describe("the number of projects a report states", () => {
  it.each([
    ["今年确定10项省重点民生实事", 10, [10]],
    ["10件12项省重点民生实事", 12, [10, 12]],
    ["20项民生工程", 20, [20]],
    ["十件民生实事", 10, [10]],
    ["民生实事12项", 12, [12]],
    ["为民实事项目5件12项", 12, [5, 12]],
    ["项目共8项", 8, [8]],
    ["十个方面34项", 34, [34]],
    ["办好群众最急需的10个方面民生实事。截至7月底，10个方面的28项民生实事中，3项已完成全年任务", 28, [10, 28]],
    ["办好群众最急需的10个方面民生实事。截至7月底，8个方面的28项民生实事中，3项已完成全年任务", 10, [10, 28]],
    ["今年十件民生实事涉及10个方面19项任务，截至目前，3项已完成", 10, [10, 19]],
    ["省下达20项民心工程，我市又增加了2项民生实事，共计十个方面27项民生实事", 27, [2, 20, 27]],
    ["截至3月31日，十大类工程32个子项目资金实际支出360.9亿元", 32, [10, 32]],
    ["2024年度温江区民生实事项目总共10个大项，由39个子项目组成", 10, [10]],
    ["2024年全市承担的13项省、市为民实事任务全部完成", 13, [13]],
  ] as const)("reads %s as %i projects", (text, count, counts) => {
    expect(statedCount(text)).toBe(count);
    expect(statedCounts(text)).toEqual(counts);
  });
  it("reads the parts of the programme where a later sentence tells it finer (30件…项目 ‖ 共办理30件40个…项目), not another programme's", () => {
    expect(statedCount("衡阳市1-11月30件省市重点民生实事项目全力推进。2018年,衡阳市共办理30件40个重点民生实事项目。")).toBe(40);
    // Another count told finer (12件15项) is another programme's, not this one's parts.
    expect(statedCount("衡阳市1-11月30件省市重点民生实事项目全力推进。另有12件15项县级民生实事项目。")).toBe(30);
  });
  it("reads 惠民工程 as the programme's name, counted however it is told (惠民工程共涉及18项 · 十大惠民工程)", () => {
    expect(statedCount("今年我区惠民工程共涉及18项,涵盖教育、医疗、养老等领域。")).toBe(18);
    expect(statedCount("今年实施十大惠民工程。")).toBe(10);
  });
  it("reads the works counted straight after their kinds (“十大惠民工程”的27项为民办实事项目) as the count, not a later count further on", () => {
    expect(statedCount("将农村饮水工作列为省政府“十大惠民工程”的27项为民办实事项目之一。")).toBe(27);
    expect(statedCount("今年实施十大惠民工程。经过征集,共收到群众建议200条,涉及30项民生实事。")).toBe(10);
  });
  it("reads the parts told right after the programme's count (10件市办实事共有33项具体内容) as the count", () => {
    expect(statedCount("烟台市2026年10件市办实事共有33项具体内容,快来看看吧!")).toBe(33);
    // Parts of a sentence further on are no parts of this count.
    expect(statedCount("烟台市2026年10件市办实事已经确定。经过多轮征集和论证,各部门共提出建议,全市民生项目库共有33项具体内容。")).toBe(10);
  });
  it("reads the programme's count, not the first count said to be done, where the text counts more (18项…提前完成 ‖ 实施20项民生工程)", () => {
    expect(statedCount("山西:18项民生工程提前或超额完成年度目标任务。今年以来,山西大力实施20项民生工程。")).toBe(20);
    // Done, and no more counted: the programme itself is done; nor is a report's name for itself a count said to be done.
    expect(statedCount("太原市10件民生实事全部完成。各项目均通过验收。")).toBe(10);
    expect(statedCount("关于2024年太原市十件民生实事完成情况的通报。已完成年度目标的项目共有18项。")).toBe(10);
  });
  it("reads a programme told only by its parts: a total (37个子项中36个子项已完成), or those done and the rest in one sentence", () => {
    expect(statedCount("全区实施了一批民心工程项目。37个子项中36个子项已完成,1个子项基本完成。")).toBe(37);
    expect(statedCount("截至6月底,4个子项已完成,其余22个子项正在加快推进!")).toBe(26);
    // The rest in another sentence is no part of this count; a count of the programme itself wins.
    expect(statedCount("截至6月底,4个子项已完成。其余22个子项正在加快推进。")).toBeNull();
    expect(statedCount("全区实施20项民心工程,37个子项中36个子项已完成。")).toBe(20);
  });
  it("reads no count in an ordinal (第一项实事), the candidates of a vote, or an approximate count (10余项)", () => {
    for (const text of ["第一项实事", "19项为民办实事候选项目", "全年办好10余项民生实事", "没有数"]) {
      expect(statedCount(text), text).toBeNull();
      expect(statedCounts(text), text).toEqual([]);
    }
  });
  it("reads no count in places counted before the programme's name (对18个乡镇民生工程进度考核 · 12个社区民生实事), and the programme's own count beside them", () => {
    for (const text of ["县直部门对18个乡镇民生工程实施进度进行考核", "全区12个社区民生实事进展顺利", "9个街道为民办实事", "对6个部门民生实事办理情况开展测评"]) expect(statedCount(text), text).toBeNull();
    expect(statedCount("根据实施28项民生工程的通知要求，对18个乡镇民生工程实施进度进行考核")).toBe(28);
    expect(statedCount("10个县级民生实事")).toBe(10);
  });
  it("adds the province's and the city's counts given in one sentence", () => {
    expect(statedCount("今年实施12项省重点民生实事和20项市重点民生实事")).toBe(32);
    expect(statedCounts("今年实施12项省重点民生实事和20项市重点民生实事")).toEqual([32]);
  });
  it("keeps counts of different sentences apart, the first standing", () => {
    expect(statedCount("今年实施12项省重点民生实事。另有20项市重点民生实事")).toBe(12);
    expect(statedCounts("今年实施12项省重点民生实事。另有20项市重点民生实事")).toEqual([12, 20]);
  });
  it("keeps the first count where one sentence counts the city's programme and a part of it", () => {
    const text = "今年确定10项市重点民生实事，其中4项市级民生实事由市直部门牵头";
    expect(statedCount(text)).toBe(10);
    expect(statedCounts(text)).toEqual([4, 10]);
  });
  it("adds a sentence's counts only where each names its own level (省 and 县), not where one names none", () => {
    expect(statedCounts("今年实施12项省重点民生实事和8项县重点民生实事")).toEqual([20]);
    expect(statedCounts("今年实施12项省重点民生实事和8项民生实事")).toEqual([8, 12]);
  });
  it("offers no count above 200 as evidence of the list's length", () => {
    expect(statedCount("实施300项民生实事")).toBe(300);
    expect(statedCounts("实施300项民生实事")).toEqual([]);
  });
});

describe("plan, progress or results", () => {
  it("reads what is done so far (目前已完成…) as progress, not as the year's result", () => {
    const text = "序号\n重点工作任务\n进展情况\n1\n新增老年食堂12个\n目前已完成选址，其中2个点位已完成建设。\n2\n新增养老床位300张\n目前已完成120张床位建设。\n3\n建成区级老年活动中心\n目前正在进行装修。";
    expect(reportKind(text, 0)).toBe("progress");
  });
  it("takes a date reached with what was done by it (到11月12日，…已完成工程量60.5%) as the cut-off", () => {
    expect(asOfMonth("今年我县承担为民办实事工程6个子项目。到11月12日，拉沟至木龙公路已完成工程量60.5%，完成投资490万元。")).toBe(11);
  });
  it("reads the place's own future after the year, on the programme (2013年乌达区将…办好10件惠民实事), as a plan whatever its items' 建成", () => {
    const text = "记者从日前闭幕的区人大会议上了解到，2013年乌达区将集中力量和资金，精心组织办好10件惠民实事。1.建成新大地幼儿园投入使用；2.师生公寓楼建成使用；3.新建第十二中学教学楼。";
    expect(reportKind(text, 0)).toBe("plan");
  });
  it("reads part of a counted whole said done (10个…整治已完成5个 · 3项已完成，其余16项…) as progress, and its 已完成 as no result", () => {
    const text = "今年十件民生实事涉及19项任务,截至目前,3项已完成。计划建成20所学校,目前已建成5所;10个交通“堵点”整治已完成5个,10个交通“黑点”整治已完成3个。";
    expect(reportKind(text, 0)).toBe("progress");
    // The whole done, or more than it, is no part: a result.
    expect(reportKind("10个交通“堵点”整治已完成10个,8个交通“黑点”整治已完成9个。", 0)).toBe("results");
    expect(reportKind("3项已完成,其余16项正在推进。", 0)).toBe("progress");
    expect(reportKind("3项已完成,其余16项正在推进。".replace("其余16项正在推进", "超额完成"), 0)).toBe("results");
  });
  it("reads a list published in its year's first months that says its works have begun as often as what they will be (目前，各责任单位已着手…) as the plan", () => {
    const text = "2014年，市政府将继续集中财力为群众办好十件实事，分别是：解决农村15万人饮水安全问题；新建公办幼儿园20所。目前，各责任单位已着手开展项目前期工作。";
    // (Published in January of its year: month 1.)
    expect(reportKind(text, 0, null, false, 1)).toBe("plan");
    // (Later in the year, the same words tell how far the works got.)
    expect(reportKind(text, 0, null, false, 9)).toBe("progress");
  });
  it("reads a congress that closes on its agenda done (圆满完成各项议程) as no result: its 圆满完成 is the meeting's", () => {
    expect(reportKind("区人民代表大会第六次会议圆满完成各项议程，胜利闭幕。大会确定区2026年十大民生实事项目。", 0)).toBe("plan");
    expect(reportKind("区人民代表大会第六次会议闭幕。2025年十件民生实事圆满完成。大会确定区2026年十大民生实事项目。", 0)).toBe("results");
  });
  it("reads a title that reviews the year (年终盘点 · 回眸) as results", () => {
    const text = "过去的一年,民生实事交出了怎样的答卷?查看进展情况。";
    expect(reportKind(text, 0, null, false, null, "年终盘点:2019宜春十项民生实事做得如何")).toBe("results");
    expect(reportKind(text, 0, null, false, null, "2019宜春十项民生实事做得如何")).toBe("progress");
  });
  it("reads a text of results cues as results, of plan cues as a plan and of progress cues as progress", () => {
    expect(reportKind("全部完成。顺利完成", 0)).toBe("results");
    expect(reportKind("将实施。计划新建", 0)).toBe("plan");
    expect(reportKind("进展顺利，稳步推进", 0)).toBe("progress");
  });
  it("reads 完成年计划的N% and 过去的一年 as results, and works done so far (目前，…已经改造完成) as progress", () => {
    expect(reportKind("过去的一年,10件民生实事群众得到实惠。城镇新增就业、新增发放创业担保贷款分别完成年计划的112.3%、234.2%,拟继续推进。", 0)).toBe("results");
    expect(reportKind("今年年初,全市启动实施20项民心工程。其中,要在农村地区新建2.4万座无害化卫生户厕。目前,全市首批3700多座已经改造完成。", 0)).toBe("progress");
  });
  it("reads the speaker's future in a closing paragraph that opens on the new year (新的一年，我县将继续…) as no plan cue, as after 下一步", () => {
    const text = "鄢陵县召开2025年度重点民生实事项目完成情况新闻发布会。2025年,全县新改建农村公路18公里,建成老年食堂12个。新的一年,我县将继续聚焦民生关切,扎实推进各项民生工作。";
    expect(reportKind(text, 0)).toBe("results");
    expect(reportKind(text.replace("新的一年,我县将", "我县将"), 0)).toBe("plan");
  });
  it("reads the rest said to go on as planned (其余实事正常推进 · 均顺利推进) as progress, over the items already done", () => {
    expect(reportKind("其中两项已完成,其余实事正常推进;另一项已超额完成,其余实事均顺利推进。", 0)).toBe("progress");
  });
  it("reads no cue in the title of a document the text cites (《…稳步推进…的指导意见》 is no progress)", () => {
    const text = "(三)启动城中村改造项目\n项目内容:贯彻落实《关于稳步推进城中村改造的指导意见》,确定改造项目。";
    expect(reportKind(text, 0)).toBe("plan");
    expect(reportKind(text.replace(/[《》]/gu, ""), 0)).toBe("progress");
  });
  it("reads 今年要办的 as a plan, and 全面落实 (a policy to carry out) as no sign of results", () => {
    expect(reportKind("2022年要办的民生实事。全面落实三孩生育政策。全面落实耕地地力补贴。", 0)).toBe("plan");
    expect(reportKind("根据票决结果，群众最急需办的10项民生实事依次为：全面落实城乡居民医保财政补助，全面落实困难群众救助政策。", 0)).toBe("plan");
  });
  it("reads a congress's review of how the programme was handled (办理情况) as results, over the vote and the ranking's words", () => {
    expect(reportKind("市人大常委会公布2023年十件民生实事办理情况排名。年初以票决方式选定项目。各单位提交办理情况报告,审议综合办理情况报告后开展测评,满意度均在85%以上。", 0)).toBe("results");
  });
  it("reads a congress's inspection of how far the works have got (集中视察 · 实施进度) as progress", () => {
    expect(reportKind("县人大常委会组织开展2024年度民生实事集中视察,详细了解项目实施进度和遇到的困难。", 0)).toBe("progress");
    expect(reportKind("区人大常委会开展民生实事项目专题咨询,对两个项目的建设情况进行咨询,督促项目顺利实施。", 0)).toBe("progress");
  });
  it("reads a text that tells some achievement as results when published within a year after its list's year, and as progress when published in the year's second half, over the words of its announcement", () => {
    const text = "年初经人大代表票决确定的10件民生实事,计划新建学校5所,全面完成。";
    expect(reportKind(text, 0)).toBe("plan");
    // Months into the list's year: 14 is the February after it; 9 its September; 12 its December.
    expect(reportKind(text, 0, null, false, 14)).toBe("results");
    expect(reportKind(text, 0, null, false, 9)).toBe("progress");
    expect(reportKind(text, 0, null, false, 12)).toBe("results");
    // Published in its first half, or reposted two years on, the date says nothing; nor does it where nothing is told done.
    expect([6, 7, 13, 24, 25].map((told) => reportKind(text, 0, null, false, told))).toEqual(["plan", "progress", "results", "results", "plan"]);
    expect(reportKind(text, 0, null, false, 3)).toBe("plan");
    expect(reportKind(text, 0, null, false, 35)).toBe("plan");
    expect(reportKind("年初经人大代表票决确定的10件民生实事,计划新建学校5所。", 0, null, false, 14)).toBe("plan");
  });
  it("reads a list of projects with no sign of achievement as a plan", () => {
    expect(reportKind("新建学校", 0)).toBe("plan");
  });
  it("reads a text with a cut-off before December as progress, even with stated rates", () => {
    expect(reportKind("完成年度目标任务的100%", 0, 9)).toBe("progress");
    expect(reportKind("全部完成", 1, 11)).toBe("progress");
    expect(reportKind("全部完成", 0, 12)).toBe("results");
  });
  it("lets a list whose items state rates outweigh a plan's words", () => {
    expect(reportKind("计划新建", 1)).toBe("results");
    expect(reportKind("计划新建", 0)).toBe("plan");
  });
  it("reads a completion still to come as a plan's (确保全年目标任务顺利完成)", () => {
    expect(reportKind("确保全年目标任务顺利完成", 0)).toBe("plan");
  });
  it("never reads the 计划 of a result measured against the plan as a plan cue (超计划完成)", () => {
    expect(reportKind("超计划完成。", 0)).toBe("results");
  });
  it("breaks a tie progress before results before plan", () => {
    expect(reportKind("完成情况。计划新建。稳步推进", 0)).toBe("progress");
    expect(reportKind("完成情况。计划新建", 0)).toBe("results");
    expect(reportKind("计划。稳步推进", 0)).toBe("progress");
    expect(reportKind("计划新建。计划改造。稳步推进", 0)).toBe("plan");
  });
});

describe("the year a report is of", () => {
  it("weighs the year just past of the first sentence that counts the programme (过去一年，我市…完成了12项…) as the year before the page's, where the page never says 今年", () => {
    const text = "威海新闻网讯 推进城区老旧供热管网改造、新建一批公办幼儿园……过去一年，我市高质量完成了12项市级重点民生实事年度任务。2016年，我市新建公办幼儿园18所。2017年我市将继续把群众满意度作为标尺，2017年建议项目已征集完毕。";
    expect(dominantYear(text, null, "2017-01-12")).toBe(2016);
    // (Not where the page says 今年 too: its 去年 looks back before this year's.)
    expect(dominantYear("过去一年，我市10件民生实事全部完成。今年，我市将继续办好12件民生实事，2017年新建学校5所。", null, "2017-01-12")).toBe(2017);
  });

  it("reads no year from one that only dates what stands before it (建成于2000年以前的小区)", () => {
    expect(dominantYear("对建成于2000年以前的住宅小区进行改造，全年完成改造不少于8166户。", null)).toBeNull();
    expect(dominantYear("2020年，对建成于2000年以前的住宅小区进行改造。", null)).toBe(2020);
  });

  it("weighs a year a headline opens on without 年 (2011杭州政府工作报告开征民意) as a headline's year, not one written with it twice", () => {
    const text = "与报告一起征求意见的，还有《关于2010年计划执行情况与2011年计划草案的报告》《关于2010年预算执行情况与2011年预算草案的报告》。今年，政府要办这些事。";
    expect(dominantYear(text, "2011杭州政府工作报告开征民意")).toBe(2011);
    expect(dominantYear(text, "2011 民生实事清单出炉")).toBe(2011);
    // (Without the headline, the years written in the text weigh alone; and a headline's 2016年 counts once, not twice.)
    expect(dominantYear(text, null)).toBe(2010);
    expect(dominantYear("2015年，全市民生实事全部完成。2015年，新建幼儿园59所。2015年，新增就业1.1万人。", "2016年，全市将办好民生实事")).toBe(2015);
  });

  it("reads a page of the year's second half that says 今年 again and again as of the year it came out, over a year it names once in passing", () => {
    const text = "1-10月，全市33项民生工程有力有序推进。今年70岁的陈大爷家住白庙村，从今年6月份开始每月能领到1200元。2019年，借着危房改造的春风，他家的老屋被改造一新。今年以来，全市继续实施33项民生工程。";
    expect(dominantYear(text, null, "2020-11-18")).toBe(2020);
    // Not from a page of the year's first months (its 今年 may be the year just ended), nor from one 今年.
    expect(dominantYear(text, null, "2020-01-18")).toBe(2019);
    expect(dominantYear("2019年，借着危房改造的春风，老屋被改造一新。今年以来，全市民生工程有序推进。", null, "2020-11-18")).toBe(2019);
  });
  it("weighs the 今年 of the first sentence that counts the programme as a headline's year, over a year a later sentence names", () => {
    const text = "本报讯 今年县委、县政府确定的十件为民实事项目一季度进展顺利。全县今年计划改造农村危房420户。■链接 2018年，该县十件为民实事全面完成。";
    expect(dominantYear(text, null, "2019-04-12")).toBe(2019);
    // Undated, the page's 今年 has no year to give.
    expect(dominantYear(text, null, null)).toBe(2018);
    // Nor is a 今年 after a first count sentence that has none the page's subject.
    expect(dominantYear("2018年，该县十件为民实事全面完成。今年县政府确定的十件为民实事项目进展顺利。", null, "2019-04-12")).toBe(2018);
  });
  it("takes a year after the programme's count as its year only in the count's own clause, not a next year's call for proposals", () => {
    const text = "截至9月底，县政府年初确定的10项民生实事总体进展顺利。今年以来，各牵头单位倒排工期。下一步，确保10项实事年底前全部完成，同时启动2025年民生实事项目征集。今年的进度总体好于往年。";
    expect(dominantYear(text, null, "2024-10-20")).toBe(2024);
    // In its own clause it is the programme's year.
    expect(dominantYear("截至9月底，县里确定的10项民生实事2024年底前全部完成。", null)).toBe(2024);
  });
  it("does not count the year of a government's work report (作2014年辽宁省政府工作报告) where the text names another", () => {
    expect(dominantYear("辽宁省省长代表省政府作2014年辽宁省政府工作报告。报告显示2013年民生继续改善,12个方面民生实事全部完成。", null)).toBe(2013);
    expect(dominantYear("2024年政府工作报告提出,今年将办好10件民生实事。", null)).toBe(2024);
  });
  it("takes the year the text names most often, on a tie the one it names first (its opening says what it is about)", () => {
    expect(dominantYear("2023年2023年2024年", null)).toBe(2023);
    expect(dominantYear("2024年2023年", null)).toBe(2024);
    expect(dominantYear("随着政府工作报告出炉,2020年度遂宁民生实事清单亮相。2019年遂宁教育话题不断。", null)).toBe(2020);
  });
  it("counts a year in the title three times", () => {
    expect(dominantYear("2023年2024年", "2024年民生实事")).toBe(2024);
    expect(dominantYear("2023年2023年2023年2023年2023年2024年", "2024年民生实事")).toBe(2023);
  });
  it("reads no year in a text without one", () => {
    expect(dominantYear("没有年份", null)).toBeNull();
  });
});

describe("counts that are no evidence", () => {
  it("offers no count of zero projects", () => {
    expect(statedCounts("0项民生实事")).toEqual([]);
  });
});

describe("the opening of a text", () => {
  it("takes four paragraphs, more while they hold fewer than 200 characters, and never more than eight; a line of a phrase (under 16 characters) is a quarter of one", () => {
    expect(openingOf(Array(6).fill("全".repeat(120)))).toHaveLength(4);
    expect(openingOf(Array(12).fill("全".repeat(20)))).toHaveLength(8);
    expect(openingOf(["栏目", "民生", "制图/张三", "一", "二", "三", "四", "五", "六", "七"])).toHaveLength(10);
    // Phrase by phrase (岁末年终 ‖ 又到了回顾总结的时候 ‖ …), thirty-two lines make eight paragraphs.
    expect(openingOf(Array(40).fill("又到了回顾总结的时候"))).toHaveLength(20);
    expect(openingOf(Array(40).fill("岁末年终"))).toHaveLength(32);
  });
});

describe("the year of a province's congress", () => {
  const jiangxi = regionByName("江西省")!;
  it("reads the session of the province's own congress however the text names it (省十四届 · 内蒙古十四届 → 2024)", () => {
    expect(congressYear("今年1月，在省十四届人大二次会议上，省政府提出办好十件民生实事。", jiangxi)).toBe(2024);
    expect(congressYear("自治区政府工作报告提出，内蒙古十四届人大二次会议审议通过了今年的民生实事。", regionByName("内蒙古自治区")!)).toBe(2024);
  });
  it("reads the first session of the eighth term as 1993, and no year for an earlier term", () => {
    expect(congressYear("在江西省八届人大一次会议上", jiangxi)).toBe(1993);
    expect(congressYear("在江西省七届人大一次会议上", jiangxi)).toBeNull();
  });
  it("never dates a province's text by another region's congress", () => {
    expect(congressYear("江西省代表团列席广西壮族自治区第十四届人民代表大会第二次会议。", jiangxi)).toBeNull();
    // 省 after another province's short name is that province's.
    expect(congressYear("江西考察团学习湖南省第十四届人民代表大会第二次会议确定的民生实事。", jiangxi)).toBeNull();
  });
});
