import { describe, expect, it } from "vitest";
import { extractFigures, isRateOnly } from "../../src/ingest/figures.ts";

const read = (text: string, role: "actual" | "target" = "actual") =>
  extractFigures(text, role).map((f) => [f.value, f.unit, f.role, f.rate]);

describe("figures", () => {
  it("pairs 分别 rates with the preceding figures in order", () => {
    expect(read("全省累计开展职业技能培训428.7万人次,新增技能人才328.8万人,高技能人才124.8万人,分别完成年度目标任务的142.9%、164.4%、155.9%。")).toEqual([
      [428.7, "万人次", "actual", 142.9],
      [328.8, "万人", "actual", 164.4],
      [124.8, "万人", "actual", 155.9],
    ]);
  });

  it("reads no figure from a count of the programme's own projects told by 这 or 上述 (这3项预计11月底前全部完成)", () => {
    expect(read("6个老旧小区改造正在施工中(90%)这3项预计11月底前全部完成")).toEqual([
      [6, "个", "actual", null],
      [90, "%", "actual", null],
    ]);
    expect(read("上述4项均已完成年度任务")).toEqual([]);
    // A count of other things after 这 is still a figure.
    expect(read("这12个村新建卫生室12个").map((f) => f[0])).toContain(12);
  });

  it("reads no figure from a count of works the sentence lists in turn (进度偏慢的3项分别是：A、B、C)", () => {
    expect(read("其中，进度偏慢的3项分别是：农村户用厕所改建、贫困地区儿童营养改善、农村学校改薄")).toEqual([]);
    expect(read("改造提升农贸市场3项，分别位于城东和城西")).toEqual([[3, "项", "actual", null]]);
  });

  it("reads no figure from how far a figure went past its task (…达到312元，超任务12元 · 超计划2所)", () => {
    expect(read("全省城市低保月人均补助达到312元，超任务12元；新建学校5所，超计划2所")).toEqual([
      [312, "元", "actual", null],
      [5, "所", "actual", null],
    ]);
  });

  it("tells a post's line that is only a rate (完成年度目标的108% · 完成率112%) from one that tells its figure too", () => {
    expect(isRateOnly("完成年度目标的108%")).toBe(true);
    expect(isRateOnly("完成率112%")).toBe(true);
    expect(isRateOnly("新增学位2160个，完成年度目标的108%")).toBe(false);
  });

  it("reads the rates a long qualifier or a total stands before (完成市政府年度实事项目任务目标的152.4% · 完成任务总数的108%)", () => {
    expect(read("全年提供应届高校毕业生就业岗位15.24万个,完成市政府年度实事项目任务目标的152.4%")).toEqual([[15.24, "万个", "actual", 152.4]]);
    expect(read("开展公益性应急救护培训86420人,完成任务总数的108%")).toEqual([[86420, "人", "actual", 108]]);
  });

  it("reads square and cubic metres written short (3200平 · 4200平米 · 380立) and not the words 平均, 立项", () => {
    expect(read("新建村级活动场所,建筑面积3200平,改造广场4200平米;新建化粪池380立、蓄水池1200立方。")).toEqual([
      [3200, "平", "actual", null],
      [4200, "平米", "actual", null],
      [380, "立", "actual", null],
      [1200, "立方", "actual", null],
    ]);
    expect(read("人均住房面积35平均水平以上,年内立项12个")).toEqual([[12, "个", "actual", null]]);
  });

  it("reads a table row flattened with spaces (2400人 1800 75%): the task once with its unit, what was done, and its share as its rate", () => {
    expect(read("农村饮用水安全巩固提升 水利局 2400人 1800 75% 已解决1800人的饮水问题")).toEqual([
      [2400, "人", "target", null],
      [1800, "人", "actual", 75],
      [1800, "人", "actual", null],
    ]);
    // A percent that is no share of the task before it stays a figure of its own.
    expect(read("城市棚户区改造 住建局 5200套 2600 30%")).toEqual([
      [5200, "套", "actual", null],
      [2600, "套", "actual", null],
      [30, "%", "actual", null],
    ]);
  });

  it("gives a single rate to the figure directly before it", () => {
    expect(read("开工改造老旧小区3430个,涉及居民39万户,完成年度目标任务的102.6%。")).toEqual([
      [3430, "个", "actual", null],
      [39, "万户", "actual", 102.6],
    ]);
  });

  it("reads 占省定年度目标的 and 完成年度任务的 as completion rates, 和 as a list mark", () => {
    expect(read("完成宫颈癌筛查12.5万人、乳腺癌筛查12.8万人,分别占省定年度目标的139%、142%。").map((f) => f[3])).toEqual([139, 142]);
    expect(read("建设5008个配电台区和6384千米10千伏及以下配电线路,分别完成年度目标任务的100.2%和127.7%。")).toEqual([
      [5008, "个", "actual", 100.2],
      [6384, "千米", "actual", 127.7],
    ]);
  });

  it("keeps 高于…个百分点 apart from completion rates, sharing the unit across the list", () => {
    expect(read("筛查率98.4%,听力筛查率98.2%,分别高于年度目标任务3.4个、3.2个百分点。")).toEqual([
      [98.4, "%", "actual", null],
      [98.2, "%", "actual", null],
      [3.4, "个百分点", "actual", null],
      [3.2, "个百分点", "actual", null],
    ]);
    expect(read("分别超出省定任务(95%)6.8、6.1个百分点。")).toEqual([
      [95, "%", "target", null],
      [6.8, "个百分点", "actual", null],
      [6.1, "个百分点", "actual", null],
    ]);
  });

  it("reads Chinese numerals with a place value", () => {
    expect(read("新增就业两万人,改造三千户,新建五十所学校,修路一百二十公里。")).toEqual([
      [2, "万人", "actual", null],
      [3000, "户", "actual", null],
      [50, "所", "actual", null],
      [120, "公里", "actual", null],
    ]);
  });

  it("drops qualifiers and keeps 万/亿 in the unit as written", () => {
    expect(read("覆盖青少年22.5万余人次,受益家庭4500余户,发放补贴544.9亿元,为1100.9万居民用户加装。")).toEqual([
      [22.5, "万人次", "actual", null],
      [4500, "户", "actual", null],
      [544.9, "亿元", "actual", null],
      [1100.9, "万户", "actual", null],
    ]);
  });

  it("reads compound units", () => {
    expect(read("低保标准提高至城市675元/人/月、农村490元/人/月。")).toEqual([
      [675, "元/人/月", "actual", null],
      [490, "元/人/月", "actual", null],
    ]);
  });

  it("reads 元/人月 and 元/人·年 whole, not as 元/人", () => {
    expect(read("城乡低保标准提高到835元/人月,特困人员供养标准提高到20100元/人·年。")).toEqual([
      [835, "元/人月", "actual", null],
      [20100, "元/人·年", "actual", null],
    ]);
  });

  it.each([
    ["years and dates", "2023年9月底前,自2024年5月1日起"],
    ["ordinals", "第五项实事,第11届运动会"],
    ["counts of the projects themselves", "10件12项省重点民生实事和20项民生工程"],
    ["voltage classes, durations and ages", "10千伏线路,为期20天,6岁~9岁儿童,15分钟健身圈"],
    ["words that hold numerals", "一户一档,三提高一下降,一老一小,万名医师"],
  ])("takes no figure from %s", (_, text) => {
    expect(read(text)).toEqual([]);
  });

  it("reads figures of a plan as targets", () => {
    expect(read("全年组织不少于3000场次活动,实现超15000人次个案咨询。", "target").map((f) => f[2])).toEqual(["target", "target"]);
  });

  it("reads 目标任务要求… and 剩余… as targets within a results text", () => {
    expect(read("年度目标任务要求新建学校15个,建设面积9.9万平方米。").map((f) => f[2])).toEqual(["target", "target"]);
    expect(read("已完成改造24个,剩余5个项目10月底完工。").map((f) => f[2])).toEqual(["actual", "target"]);
  });

  it("reads, in a report of progress, a figure the sentence later tells as done in its unit as the task it is done of (新增托位300个，已新增186个)", () => {
    const progress = (text: string) => extractFigures(text, "actual", true).map((f) => [f.value, f.unit, f.role, f.rate]);
    expect(progress("新增普惠性托位300个，已新增186个。")).toEqual([
      [300, "个", "target", null],
      [186, "个", "actual", null],
    ]);
    expect(progress("改造老旧小区12个，涉及住户3400户，已开工9个，完工2个。").map((f) => f[2])).toEqual(["target", "actual", "actual", "actual"]);
    // (Not a figure of another unit, nor where nothing after it is told as done; not one after the first told done.)
    expect(progress("发放创业担保贷款3000万元，累计扶持创业800人。").map((f) => f[2])).toEqual(["actual", "actual"]);
    expect(progress("新建幼儿园5所，新增学位1500个。").map((f) => f[2])).toEqual(["actual", "actual"]);
    expect(progress("社区日间照料中心已开工8个，建成2个；农村互助幸福院已建成31个。").map((f) => f[2])).toEqual(["actual", "actual", "actual"]);
    // (Nor a period's figure before the year's so far, a step done, or a figure told done right after it.)
    expect(progress("上半年新建成92个，累计建成341个。").map((f) => f[2])).toEqual(["actual", "actual"]);
    expect(progress("进展情况：完成入户评估520户，确定改造对象500户，已完成改造60户。").map((f) => f[2])).toEqual(["actual", "actual", "actual"]);
    expect(progress("8个小区已全部开工，已完工5个。").map((f) => f[2])).toEqual(["actual", "actual"]);
    // (A results notice's first figure is what was done: 新建幼儿园24所，已竣工15所.)
    expect(read("新建、改扩建乡镇公办幼儿园24所，已竣工15所。").map((f) => f[2])).toEqual(["actual", "actual"]);
  });

  it("reads no milestone of a timetable as a figure (第二季度完成50%；第三季度累计完成培训4500人次), the sentence's figures before it kept", () => {
    expect(read("全年新增就业1.1万人。项目具体实施进度为：第一季度完成年度任务的25%；第二季度完成50%；第三季度完成80%；第四季度全部完成。").map((f) => `${f[0]}${f[1]}`)).toEqual(["1.1万人"]);
    expect(read("开展培训6000人次，项目具体实施进度为：第一季度制定计划；第二季度完成培训2500人次；第三季度累计完成培训4500人次；第四季度验收。").map((f) => `${f[0]}${f[1]}`)).toEqual(["6000人次"]);
    // (Two quarters are no timetable: 一季度完成培训2500人次，二季度完成3000人次.)
    expect(read("一季度完成培训2500人次，二季度完成3000人次。").map((f) => `${f[0]}${f[1]}`)).toEqual(["2500人次", "3000人次"]);
  });

  it("reads no satisfaction rate as a figure (满意率最高，达到99.47% · 满意率分别为98.71%、98.53%)", () => {
    expect(read("城区学位扩容工程满意率最高，达到99.47%。新增学位5400个。").map((f) => `${f[0]}${f[1]}`)).toEqual(["5400个"]);
    expect(read("满意率分别为98.71%、98.53%。")).toEqual([]);
    expect(read("群众满意度达到96.5%；城镇新增就业1.2万人，完成率105%。").map((f) => `${f[0]}${f[1]}@${f[3]}`)).toEqual(["1.2万人@105"]);
  });

  it("reads a 完成率 stated as such", () => {
    expect(read("建成45所,完成率112.5%")).toEqual([[45, "所", "actual", 112.5]]);
    expect(read("建成45所,完成率：112.5%")).toEqual([[45, "所", "actual", 112.5]]);
  });

  it("gives each figure a label from the words before it", () => {
    const [f] = extractFigures("全市新建公共服务领域充电桩1103个。", "actual");
    expect(f!.label).toContain("新建公共服务领域充电桩");
  });
});

describe("units of boats and classes", () => {
  it("reads vessels (为1500艘海洋渔船…) and a school's classes (设置12个班), not a leadership team (3个班子)", () => {
    expect(extractFigures("为1500艘海洋渔船免费更新安装防碰撞预警设备。", "target").map((f) => [f.value, f.unit])).toEqual([[1500, "艘"]]);
    expect(extractFigures("新建幼儿园1所，设置12个班，新增学位360个。", "target").map((f) => [f.value, f.unit])).toEqual([[1, "所"], [12, "个班"], [360, "个"]]);
    expect(extractFigures("调整3个班子。", "target").map((f) => f.unit)).toEqual(["个"]);
  });
  it("reads loans counted in 笔 (发放创业担保贷款4215笔)", () => {
    expect(extractFigures("全年发放创业担保贷款4215笔、金额23.6亿元。", "actual").map((f) => `${f.value}${f.unit}`)).toEqual(["4215笔", "23.6亿元"]);
  });

  it("reads no measure in the votes a 票决 gave a work (（得票198张）)", () => {
    expect(extractFigures("农村饮用水提标工程（得票198张）。新建改造农村供水管网120公里。", "target").map((f) => `${f.value}${f.unit}`)).toEqual(["120公里"]);
  });

  it("reads no measure in the parts a programme is counted in (…等5个子项目)", () => {
    expect(extractFigures("承担中小河流治理、农村饮水安全工程建设等5个子项目，新建管网12公里。", "actual").map((f) => `${f.value}${f.unit}`)).toEqual(["12公里"]);
  });

  it("reads no count in a span of time (间隔6个月 · 3个工作日内办结)", () => {
    expect(extractFigures("第二针需与第一针间隔6个月，已有3.52万人完成接种。", "actual").map((f) => `${f.value}${f.unit}`)).toEqual(["3.52万人"]);
    expect(extractFigures("申请在3个工作日内办结，全年办理1200件。", "actual").map((f) => `${f.value}${f.unit}`)).toEqual(["1200件"]);
  });
});

describe("Chinese numerals of the genre", () => {
  const read = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit}`);

  it("reads 片 as a unit of pitches (新建改建10片市民球场), not the 片 of an area (改造3片区)", () => {
    expect(read("新建改建10片市民球场、2片市民足球场。")).toEqual(["10片", "2片"]);
    expect(read("改造3片区老旧小区。").some((f) => f.includes("片"))).toBe(false);
  });
  it("reads compound numerals whole (三万五千人 is 35000人) and keeps 万 as written (一百二十万元)", () => {
    expect(read("惠及居民三万五千人")).toEqual(["35000人"]);
    expect(read("安排资金一百二十万元")).toEqual(["120万元"]);
  });

  it("reads a bare numeral before a measure word of built things, never before an abstract noun", () => {
    expect(read("新建加压泵站三座，改造背街小巷三条，已完工两条")).toEqual(["3座", "3条", "2条"]);
    expect(read("坚持三个方面，做到五个坚持、两个维护")).toEqual([]);
    expect(read("千家万户、百姓人家")).toEqual([]);
  });

  it("reads 米 as a unit but not a distance that places something", () => {
    expect(read("改造城区道路共计3200米")).toEqual(["3200米"]);
    expect(read("海河路西段(107国道以西200米)")).toEqual([]);
  });
});

describe("numbers that are not figures", () => {
  it("never reads a 人大 session or a 年度 as people", () => {
    expect(extractFigures("县十四届人大四次会议召开，由2025年度人大代表票决产生", "actual")).toEqual([]);
  });

  it("never reads a count of the programme's indicators (12件14个指标 · 有9个指标超额完成) as a figure of work", () => {
    expect(extractFigures("省里下达衡阳市重点民生实事10件12个指标，其中有4个指标超额完成年度任务", "actual")).toEqual([]);
    expect(extractFigures("新建空气质量指标监测站5个", "actual").map((f) => `${f.value}${f.unit}`)).toEqual(["5个"]);
  });

  it("never lets 分别 rates reach back across a sentence end: 12所 of the sentence before keeps no rate", () => {
    expect(read("新建学校12所。改造道路30公里,分别完成年度目标任务的110%、120%。")).toEqual([
      [12, "所", "actual", null],
      [30, "公里", "actual", 120],
    ]);
  });

  it("reads a figure with a stated completion rate as an actual, even in a plan", () => {
    expect(read("开展职业技能培训428.7万人次,完成年度目标任务的142.9%。", "target")).toEqual([[428.7, "万人次", "actual", 142.9]]);
  });

  it("reads what a progress clause says is done so far as an actual after the plan's figure in the same sentence, and what is yet to do as a target", () => {
    expect(read("计划新建改扩建中小学校15所,目前已开工12所。")).toEqual([[15, "所", "target", null], [12, "所", "actual", null]]);
    expect(read("计划改造老旧小区80个,累计完成65个,剩余15个力争年底前完工。")).toEqual([[80, "个", "target", null], [65, "个", "actual", null], [15, "个", "target", null]]);
    expect(read("今年将新建学校10所,其中已开工3所。", "target")).toEqual([[10, "所", "target", null], [3, "所", "actual", null]]);
  });

  it("never reads a numeral that opens with 百 or 千 as a figure: 千家万户 is not 1000家, 百姓人家 not 100人", () => {
    expect(read("让改革成果走进千家万户,惠及百姓人家。")).toEqual([]);
  });
});

describe("rates written around a named target", () => {
  const read = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit}@${f.rate}`);

  it("pairs 完成计划80公里的106.3% with the achievement before it, and keeps the target named inside as a figure of its own", () => {
    expect(read("新改建农村公路85公里，完成计划80公里的106.3%。")).toEqual(["85公里@106.3", "80公里@null"]);
    // A rate with a decimal point right after the target's word is the rate, not a target named between (35 · .7%).
    expect(read("建成5处示范性社区养老机构，完成全年任务35.7%。")).toEqual(["5处@35.7"]);
    expect(read("全年新增城镇就业7.08万人，完成省定任务6.2万人的114.2%。")).toEqual(["7.08万人@114.2", "6.2万人@null"]);
  });

  it("pairs 完成全年目标(600张)的108.7% with the achievement before it, and keeps the target in brackets as a target", () => {
    expect(read("全区新增养老床位652张,完成全年目标(600张)的108.7%;新增社区长者食堂9个,完成全年目标(8个)的112.5%。")).toEqual(["652张@108.7", "600张@null", "9个@112.5", "8个@null"]);
    expect(extractFigures("完成旧住房成套改造6.4万平方米,完成全年目标(6万平方米)的106.7%。", "actual").map((f) => f.role)).toEqual(["actual", "target"]);
  });

  it("reads a bare 完成88% that opens its clause as the rate of the figure before it", () => {
    expect(read("已完成132公里，完成88%")).toEqual(["132公里@88"]);
  });
});

describe("counts of the programme's projects", () => {
  it("are no figures of a project where their sentence speaks of the programme", () => {
    const read = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit}`);
    expect(read("全县20项民生实事中,常态化开展的有2项,其余18项中,截至9月底已完成12项,新增托位300个。")).toEqual(["300个"]);
    // Without the programme in its sentence, N项 is a project's own measure.
    expect(read("完成农田水利工程12项。")).toEqual(["12项"]);
  });

  it("are no figures where they tell how the programme was chosen (从14个候选项目中 · 征集民生实事建议3200余条)", () => {
    const read = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit}`);
    expect(read("代表们从14个候选项目中票决，今年新建老年助餐点120处。")).toEqual(["120处"]);
    expect(read("市政府面向社会征集民生实事建议3200余条，全年整治背街小巷65条。")).toEqual(["65条"]);
  });

  it("are no figures where an item's brackets count its projects by kind (（项目6个，其中基建工程类5个、“小而美”事项类1个）)", () => {
    const read = (text: string) => extractFigures(text, "target").map((f) => `${f.value}${f.unit}`);
    expect(read("一、教育提质工程（项目6个，其中基建工程类5个、“小而美”事项类1个）。主要是新建幼儿园2所，新增学位1200个。")).toEqual(["2所", "1200个"]);
    // (A work's own count of projects stays: 实施农村供水保障项目12个.)
    expect(read("实施农村供水保障项目12个。")).toEqual(["12个"]);
  });
});

describe("more units and counts of the genre", () => {
  const read = (text: string) => extractFigures(text, "target").map((f) => `${f.value}${f.unit}`);
  it("reads 一座 where its measure word ends the clause, never 一座城市", () => {
    expect(read("在城关镇新建水厂一座。")).toEqual(["1座"]);
    expect(read("打造一座宜居城市")).toEqual([]);
  });
  it("reads rates per day and square metres written as m²", () => {
    expect(read("新增生活垃圾转运能力3350吨/天,改造服务大厅500m²。")).toEqual(["3350吨/天", "500m²"]);
  });
});

describe("labels of figures", () => {
  const labels = (text: string) => extractFigures(text, "actual").map((f) => f.label);
  it("drops the year, 截至…底, 全市, 累计, 其中, 约 and 以上 around the thing counted", () => {
    expect(labels("2023年全省新建学校12所。")).toEqual(["新建学校"]);
    expect(labels("截至9月底，全市累计新建学校12所。")).toEqual(["新建学校"]);
    expect(labels("其中新建学校约12所以上。")).toEqual(["新建学校"]);
  });
  it("takes the words after the figure where the words before it are only a verb (完成3957户…改造)", () => {
    expect(labels("完成3957户特殊困难老年人家庭适老化改造。")).toEqual(["完成特殊困难老年人家庭适老化改造"]);
  });
  it("keeps a 、 inside a label, and stops at a 、 that closes the figure before", () => {
    expect(labels("新增取得职业资格、职业技能等级等证书的技能人才15万人。")).toEqual(["新增取得职业资格、职业技能等级等证书的技能人才"]);
    expect(labels("宫颈癌筛查89.2万人、乳腺癌筛查88.1万人。")).toEqual(["宫颈癌筛查", "乳腺癌筛查"]);
  });
});

describe("roles and rates of figures", () => {
  const read2 = (text: string, role: "actual" | "target" = "actual") => extractFigures(text, role).map((f) => [f.value, f.unit, f.role, f.rate, f.kind]);
  it("reads 剩余, 不少于 and every figure of a plan as targets", () => {
    expect(read2("目前已完成，剩余5个项目，力争年底完成。")).toEqual([[5, "个", "target", null, "count"]]);
    expect(read2("不少于3000场次。")).toEqual([[3000, "场次", "target", null, "count"]]);
    expect(read2("新建学校15个。", "target")).toEqual([[15, "个", "target", null, "count"]]);
  });
  it("reads what the year's task is (年度任务是硬化道路350万平方米) as the target, and what is done of it, with its share, as the actual", () => {
    expect(read2("村内道路建设年度任务是硬化道路350万平方米，上半年完成248万平方米，占年度任务的71%。").map((f) => [f[0], f[2], f[3]])).toEqual([
      [350, "target", null],
      [248, "actual", 71],
    ]);
    expect(read2("社会保障卡工程全年任务发卡60万张，目前发卡37.9万张。").map((f) => [f[0], f[2]])).toEqual([[60, "target"], [37.9, "actual"]]);
  });
  it("reads a percentage in brackets after 任务 as the target and the points after it as an actual", () => {
    expect(read2("超出省定任务(65%)3个百分点。")).toEqual([[65, "%", "target", null, "percent"], [3, "个百分点", "actual", null, "points"]]);
  });
  it("reads a 完成率 or 完成比例 as a rate, never as a figure of its own", () => {
    expect(read2("完成率为112%，完成比例108%。")).toEqual([]);
    expect(read2("已完成132公里，完成88%。")).toEqual([[132, "公里", "actual", 88, "count"]]);
  });
  it("reads a 完成进度为 as the rate of the figure before it, and keeps it a figure where none stands before it, but no band of progress", () => {
    expect(read2("为农村寄宿制学校添置学生床位2460个，完成进度为104.7%；新建农村公办幼儿园，完成进度为41.7%。")).toEqual([
      [2460, "个", "actual", 104.7, "count"],
      [41.7, "%", "actual", null, "percent"],
    ]);
    expect(read2("完成进度在80%到100%之间的实事项目有6项。").map((f) => f[3])).toEqual([null, null]);
    // (A lone 完成率 stays none.)
    expect(read2("改造公厕，完成率为60%。")).toEqual([]);
  });
  it("keeps 分别 rates to their sentence: the figure of the next sentence has none", () => {
    expect(read2("新建学校12所、改造小区30个，分别完成年度目标任务的120%、100%。随后新建公园5个。").map((f) => f[3])).toEqual([120, 100, null]);
  });
  it("gives a completion rate to the count before it, not to a percentage the sentence also states", () => {
    expect(read2("农村自来水普及率达到98%,新改造供水管网120公里,完成年度目标任务的110%。")).toEqual([
      [98, "%", "actual", null, "percent"],
      [120, "公里", "actual", 110, "count"],
    ]);
  });
});

describe("numbers that are no figures of a project", () => {
  const values = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit}`);
  it("never reads a date, a voltage class or hours as a figure", () => {
    expect(values("2023年12月5日，建成10千伏线路3条，建成24小时自助点5个。")).toEqual(["3条", "5个"]);
  });
  it("never reads a session, a grade or a part of a token (5A, 3D, 第11届) as a figure", () => {
    expect(values("十四届人大代表，建成5A景区1个，第11届，3D影院2个。")).toEqual(["1个", "2个"]);
  });
  it("reads what a progress report says the year will do (今年全区将改造…36个) and a work's total investment as targets, what it did or invested so far as achieved", () => {
    expect(read("今年全区将改造老旧小区36个,一季度已开工8个。")).toEqual([
      [36, "个", "target", null],
      [8, "个", "actual", null],
    ]);
    expect(read("赵河堤防加固项目总投资1260.5万元,累计完成投资820万元。").map(([value, , role]) => [value, role])).toEqual([
      [1260.5, "target"],
      [820, "actual"],
    ]);
    expect(read("将近3000人受益。").map(([, , role]) => role)).toEqual(["actual"]);
  });

  it("never reads a distance that places something (以西200米, 向东1公里) as a figure", () => {
    expect(values("107国道以西200米，向东1公里处，新建公园2个。")).toEqual(["2个"]);
  });
  it("never reads counts of the programme's projects (10件12项, 第三项, 30项民生实事, 已完成19项) as figures", () => {
    expect(values("10件12项省重点民生实事，第三项，30项民生实事中，已完成19项，剩余11项。")).toEqual([]);
  });
  it("never reads 次 before 会 as a count of meetings held", () => {
    expect(values("会议2次会上，培训5次。")).toEqual(["5次"]);
  });
  it("reads bare numerals before measure words of built things, never before abstract nouns", () => {
    expect(values("新建学校3座，新建五十所学校，二十一人，一座城市，三个方面，五个坚持，新建水厂一座。")).toEqual(["3座", "50所", "21人", "1座"]);
  });
});

describe("villages counted", () => {
  it("reads villages counted bare (完成上袁等31村整村推进) as a figure, but not 村民, 村委会 or 村级", () => {
    expect(read("完成上袁等31村扶贫开发整村推进项目建设").map(([value, unit]) => `${value}${unit}`)).toEqual(["31村"]);
    expect(read("组织10村民小组开展活动,3村委会完成换届,5村级组织").map(([, unit]) => unit)).not.toContain("村");
  });
});

describe("standards raised and targets inside a rate", () => {
  it("reads the level a standard is raised to, not the one it is raised from (由每人每月260元提高到305元)", () => {
    const figures = extractFigures("从7月1日起，城市低保标准由每人每月260元提高到305元，农村低保标准从每人每年1320元提升至1560元。", "actual");
    expect(figures.map((f) => [f.label, f.value, f.unit])).toEqual([
      ["城市低保标准", 305, "元"],
      ["农村低保标准", 1560, "元"],
    ]);
  });

  it("keeps a target written inside a rate (为年度目标50万人的125.6%) as a target, the rate with the figure before it", () => {
    const figures = extractFigures("全省城镇新增就业62.8万人，为年度目标50万人的125.6%。", "actual");
    expect(figures.map((f) => [f.value, f.unit, f.role, f.rate])).toEqual([
      [62.8, "万人", "actual", 125.6],
      [50, "万人", "target", null],
    ]);
  });
});

describe("a work's quoted name", () => {
  it("reads the size a work's quoted name states (“城镇新增就业2.6万人”项目) as its target", () => {
    expect(read("“城镇新增就业2.6万人”项目，截至6月底全市已新增1.52万人，完成年度任务的58.5%。")).toEqual([
      [2.6, "万人", "target", null],
      [1.52, "万人", "actual", 58.5],
    ]);
  });
});

describe("what the year is to do, in an interview's words", () => {
  it("reads 今年要新建… and 今年任务是… as targets in a progress report, what is done so far as achieved", () => {
    const roles = (text: string) => extractFigures(text, "actual").map((f) => `${f.value}${f.unit} ${f.role}`);
    expect(roles("今年要新建、改扩建公办幼儿园15所，目前已经建成8所。")).toEqual(["15所 target", "8所 actual"]);
    expect(roles("城镇老旧小区改造今年任务是62个小区，上半年已开工48个。")).toEqual(["62个 target", "48个 actual"]);
    // (Not 主要: 主要新建了…, what was mainly done.)
    expect(roles("上半年主要新建社区食堂12个。")).toEqual(["12个 actual"]);
  });
});
