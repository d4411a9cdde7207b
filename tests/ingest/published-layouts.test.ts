// Layouts and habits of published pages (news sites, WeChat posts, notices), each in a short
// text written for the test, of regions other than the seeds'. Each test names the habit.
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { CONTAINER } from "../../src/ingest/candidates.ts";
import { statedCounts } from "../../src/ingest/segment.ts";

const run = (text: string) => convert([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }]);
/** Every project title the text's reports read. */
const titlesOf = (text: string) => run(text).archive.reports.flatMap((r) => r.projects.map((p) => p.title));
const only = (text: string) => {
  const { archive } = run(text);
  expect(archive.rejected).toEqual([]);
  expect(archive.reports).toHaveLength(1);
  return archive.reports[0]!;
};

describe("published pages", () => {
  it("reads numbers standing alone on their lines (01, 02 …) as the numbers of the items below them", () => {
    const report = only(
      ["临夏市2025年十项民生实事出炉", "市人大代表票决产生10项民生实事", "具体如下", "01", "新建公办幼儿园3所,新增学位900个;", "02", "改造老旧小区12个;", "03", "实施城区供热管网改造", "新建换热站2座", "04", "新增公共停车泊位800个。", "票决后,市政府将全力推进。"].join("\n\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4]);
    expect(report.projects[2]!.title).toBe("实施城区供热管网改造");
    // The item's second line is its own, not a headline of the next item.
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["2座"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["800个"]);
  });

  it("reads a mark alone on its line ((一) · 2.) as the number of the line after it", () => {
    const report = only(
      ["桂林市2024年十件民生实事", "今年将扎实办好“三件民生实事”。", "(一)", "促进群众就业增收,开展职业技能培训1.5万人次。", "(二)", "办好人民满意教育,新建公办幼儿园6所。", "(三)", "提高卫生健康水平,为3万名妇女免费做宫颈癌筛查。"].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "促进群众就业增收"],
      [2, "办好人民满意教育"],
      [3, "提高卫生健康水平"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["6所"]);
  });

  it("reads named marks a flattened page ran into one line (项目一:病有所医 - 实施…) as items, the name before the dash as the title", () => {
    const report = only(
      ["泰州市海陵区2025年十件民生实事项目出炉", "2025年度海陵区十大民生实事项目概览 - 通过人大代表票决确定 项目一:病有所医 - 新建社区卫生服务站3个 得票数最高 项目二:老有所养 - 改造养老床位200张 项目三:学有所教 - 新建幼儿园2所 项目四:行有所畅 - 打通断头路4条"].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "病有所医"],
      [2, "老有所养"],
      [3, "学有所教"],
      [4, "行有所畅"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["200张"]);
  });

  it("reads a number and a space opening each line (a copied list that lost its dots) as the item numbers", () => {
    const report = only(
      ["遂宁市2022年十件民生实事完成情况", "2022年,全市10件民生实事全部完成。", "1 26.8万人次参加职业技能培训,完成年度目标的112%。", "2 让老人吃上热乎饭:新建社区老年食堂18个,完成年度目标的120%。", "3 新建改造农村公路420公里,完成年度目标的105%。", "下一步,我市将继续办好民生实事。"].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "26.8万人次参加职业技能培训"],
      [2, "让老人吃上热乎饭"],
      [3, "新建改造农村公路"],
    ]);
    // The item's number is no figure ("2 让老人" is not 2人).
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["18个"]);
  });

  it("weighs numbered headline lines (\"2 稳定就业\") as the items of a list when sub-parts, not paragraphs, stand under them", () => {
    const report = only(
      ["郴州市2021年十件民生实事项目", "2021年,郴州市将集中力量办好十件民生实事,具体如下:", "1 改善农村学校办学条件", "(一)新开工乡镇寄宿制小学。全市新开工乡镇寄宿制小学3所。", "2 稳定和扩大就业", "(一)城镇新增就业。全市城镇新增就业2.4万人。", "(二)职业技能培训。全市职业技能培训5万人次。", "3 建设口袋公园", "(一)建成口袋公园。全市建成口袋公园16个。"].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "改善农村学校办学条件"],
      [2, "稳定和扩大就业"],
      [3, "建设口袋公园"],
    ]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["3所"], ["2.4万人", "5万人次"], ["16个"]]);
  });

  it("reads 任务目标/进展情况 pairs as one project each, where a page flattened them into one paragraph", () => {
    const report = only(
      "保定市全面完成2019年十件民生实事\n任务目标:新建改建城区公厕60座。 进展情况:截至12月底,新建改建公厕64座,超额完成任务。 任务目标:对全市80个老旧小区的供水管网进行改造。 进展情况:实际完成改造83个老旧小区。 任务目标:新扩建30所公办幼儿园。 进展情况:截至12月底,30所幼儿园全部建成。 责任单位:市教育局",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建改建城区公厕60座", "对全市80个老旧小区的供水管网进行改造", "新扩建30所公办幼儿园"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`))).toEqual([
      ["60座 target", "64座 actual"],
      ["80个 target", "83个 actual"],
      ["30所 target", "30所 actual"],
    ]);
    expect(report.projects[2]!.responsible).toEqual(["市教育局"]);
  });

  it("reads a list of lines with no punctuation between them as one project per line, a task with no figure among them included, and joins none of them", () => {
    const report = only(
      [
        "2023年江西省政府工作报告明确，今年将继续办好12类民生实事，让群众有更多获得感。",
        "新建改扩建公办幼儿园80所",
        "在全省推行义务教育课后服务全覆盖，鼓励学校开设兴趣课程",
        "新增养老机构护理型床位1.2万张",
        "为80岁以上老年人发放高龄津贴",
        "完成农村户厕改造12万户",
        "新改建农村公路3000公里，实施农村公路安全生命防护工程",
        "建设城市社区嵌入式服务设施100个",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建改扩建公办幼儿园80所", "在全省推行义务教育课后服务全覆盖", "新增养老机构护理型床位1.2万张", "为80岁以上老年人发放高龄津贴", "完成农村户厕改造12万户", "新改建农村公路3000公里", "建设城市社区嵌入式服务设施100个"]);
    expect(report.projects[6]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["100个"]);
  });

  it("completes a numbered list the page cut short with the names its lede gives, in order, up to the count the lede states", () => {
    const report = only(
      [
        "记者从近日召开的柳州市两会上获悉，2022年柳州市政府工作报告提出的新建城区公办幼儿园、改造老旧小区、提升农村饮水安全、建设口袋公园、开展免费健康体检、增设公共停车泊位6件惠民实事，截至12月20日已全部完成。",
        "1.新建城区公办幼儿园",
        "目标任务：新建公办幼儿园8所。",
        "完成情况：建成公办幼儿园9所，新增学位2700个。",
        "2.改造老旧小区",
        "目标任务：改造老旧小区60个。",
        "完成情况：完成改造老旧小区63个。",
        "3.提升农村饮水安全",
        "目标任务：巩固提升农村供水工程40处。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建城区公办幼儿园"],
      [2, "改造老旧小区"],
      [3, "提升农村饮水安全"],
      [4, "建设口袋公园"],
      [5, "开展免费健康体检"],
      [6, "增设公共停车泊位"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["60个 target", "63个 actual"]);
    expect(report.projects[3]!.metrics).toEqual([]);
  });

  it("leaves a short numbered list alone where the lede's names are not its items in order", () => {
    const report = only(
      [
        "2022年柳州市政府工作报告提出的建设口袋公园、开展免费健康体检、新建城区公办幼儿园、改造老旧小区、提升农村饮水安全、增设公共停车泊位6件惠民实事，截至12月20日已全部完成。",
        "1.新建城区公办幼儿园",
        "完成情况：建成公办幼儿园9所，新增学位2700个。",
        "2.改造老旧小区",
        "完成情况：完成改造老旧小区63个。",
        "3.提升农村饮水安全",
        "完成情况：巩固提升农村供水工程42处。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建城区公办幼儿园", "改造老旧小区", "提升农村饮水安全"]);
  });

  it("takes the headline under the site's name, breadcrumbs and column (株洲新闻) as the title, and its province-and-city short names (湖南株洲) as the report's city, whatever the province's bodies the story names", () => {
    const text = [
      "新华网",
      "新华网>>湖南频道>>民生",
      "株洲新闻",
      "湖南株洲：12件民生实事已完成年度目标任务",
      "2022年12月05日10:20 | 来源：新华网-湖南频道",
      "新华网株洲12月5日电 近日，湖南省人大常委会调研组赴株洲市调研民生实事项目推进情况。2022年，湖南省政府共下达重点民生实事，其中涉及株洲的有12件。截至11月底，株洲市12件民生实事均已完成年度目标任务：",
      "1.新建改扩建公办幼儿园15所，完成年度目标的107%。",
      "2.改造农村公路危桥36座，完成年度目标的112%。",
      "3.新增城镇就业3.1万人，完成年度目标的103%。",
    ].join("\n\n");
    const report = only(text);
    expect(report.region.name).toBe("株洲市");
    expect(report.sources[0]!.title).toBe("湖南株洲:12件民生实事已完成年度目标任务");
  });

  it("leaves a field's tag (【就业】 · 【教育】) out of the project's name", () => {
    const report = only(
      ["临汾市2022年十件民生实事全部完成", "截至12月底，十件民生实事全部完成年度目标任务。", "【就业】全市城镇新增就业4.2万人，完成年度目标任务的120%。", "【教育】新建改扩建公办幼儿园22所，新增学位6600个。", "【医疗】为12万名65岁以上老年人免费健康体检。", "【养老】新建社区日间照料中心30个，完成年度目标任务的100%。"].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城镇新增就业4.2万人", "新建改扩建公办幼儿园22所", "为12万名65岁以上老年人免费健康体检", "新建社区日间照料中心30个"]);
  });

  it("joins the parts of a programme stated as parts and their whole, each part a list of its own layout (◆ lines, then 1. 2. …)", () => {
    const report = only(
      [
        "娄底市今年将集中办好8项民生实事",
        "本报讯 日前，市政府确定了2025年重点民生实事任务清单。今年我市共安排省市重点民生实事8项，其中承接省重点民生实事4项、实施市级重点民生实事4项。",
        "承接的省重点民生实事任务主要有：",
        "◆就业帮扶。城镇新增就业2.4万人。（牵头单位：市人社局）",
        "◆普惠托育服务。新增普惠托位800个。（牵头单位：市卫健委）",
        "◆城镇老旧小区改造。改造城镇老旧小区96个。（牵头单位：市住建局）",
        "◆残疾儿童康复救助。为900名残疾儿童提供康复服务。（牵头单位：市残联）",
        "市级重点民生实事为：",
        "1.停车设施建设。新增公共停车泊位3000个。",
        "2.学位扩容。新增学位2400个。",
        "3.口袋公园建设。建设口袋公园12个。",
        "4.老年助餐服务。新建老年助餐点40个。",
        "据了解，今年的8项民生实事均已明确牵头单位和完成时限。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [null, "就业帮扶"],
      [null, "普惠托育服务"],
      [null, "城镇老旧小区改造"],
      [null, "残疾儿童康复救助"],
      [1, "停车设施建设"],
      [2, "学位扩容"],
      [3, "口袋公园建设"],
      [4, "老年助餐服务"],
    ]);
  });

  it("names a project told in a field by the work carried out in it (在妇女健康方面，开展…免费检查，…), the field's own part joined to the table of the other", () => {
    const report = only(
      [
        "6项为民办实事工程全面完成",
        "本报讯 记者从市政府办公室获悉，2024年钦州市承担的自治区为民办实事工程任务3项和市本级为民办实事工程3项，共6项为民办实事工程已全面完成年度目标任务。",
        "在农村供水方面，我市实施农村规模化供水工程，新建改造供水工程21处，新增农村供水人口4.1万人。",
        "在妇女健康方面，开展农村适龄妇女“两癌”免费检查，完成宫颈癌检查1.9万人。",
        "在托育服务方面，实施普惠托育服务扩容，新增普惠性托位480个。",
        "市本级为民办实事工程完成情况如下：",
        "序号\t项目名称\t年度目标\t完成情况",
        "1\t城区学校扩容\t新增学位1800个\t新增学位1950个",
        "2\t公共停车场建设\t新增泊位2000个\t新增泊位2210个",
        "3\t社区老年食堂建设\t新建16个\t建成17个",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村规模化供水工程", "农村适龄妇女“两癌”免费检查", "普惠托育服务扩容", "城区学校扩容", "公共停车场建设", "社区老年食堂建设"]);
  });

  it("reads a tag alone on its line (🏫【上学更方便】) as a heading over its paragraph, named by the tag, and the editor's word (▌小编说) as no project", () => {
    const report = only(
      [
        "2025年嵊州四大民生实事项目定了→",
        "嵊州发布 2025年01月15日",
        "1月14日，市人大代表票决产生2025年度四大民生实事项目。",
        "🏫【上学更方便】",
        "城区新建、改扩建中小学和幼儿园4所，新增学位3600个。",
        "👵【养老更暖心】",
        "新增老年食堂（助餐点）25家，为200户困难失能老人家庭开展适老化改造。",
        "🚌【出行更顺畅】",
        "新辟、优化公交线路9条。",
        "🅿️【停车更便捷】",
        "新增公共停车泊位2600个。",
        "▌小编说",
        "四件实事，件件连着民心。你最期待哪一件？",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["上学更方便", "养老更暖心", "出行更顺畅", "停车更便捷"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["4所", "3600个"]);
  });

  it("reads the bullets of one glyph (■) apart from a column of briefs under another (△) and its heading (■简讯)", () => {
    const report = only(
      [
        "去年我市5项为民办实事工程全部完成",
        "本报讯 记者从市发展改革委获悉，2023年我市确定的5项为民办实事工程已全部完成年度建设任务。",
        "■城区学校建设工程 新建、改扩建中小学校6所，新增学位4800个。",
        "■农村公路建设工程 完成农村公路建设190公里。",
        "■简讯",
        "△东兴区近日开展安全生产大检查，共检查企业96家。",
        "△蒙山县计划新种植茶叶1.2万亩。",
        "■基层医疗服务提升工程 改造提升乡镇卫生院7所。",
        "■养老服务设施建设工程 新建农村幸福院24个。",
        "■村级文体设施建设工程 建设村级文体活动场地45个。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校建设工程", "农村公路建设工程", "基层医疗服务提升工程", "养老服务设施建设工程", "村级文体设施建设工程"].map((t) => expect.stringContaining(t)));
    expect(report.projects.flatMap((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).not.toContain("96家");
  });

  it("names each line by its tag where every line opens on a tag of its own that names a work (【稳就业】 · 【畅出行】)", () => {
    const report = only(
      ["北海市2023年十件民生实事全部完成", "截至12月底，四件民生实事全部完成年度目标任务。", "【稳就业】全市城镇新增就业2.6万人，完成年度目标任务的104%。", "【优教育】新建改扩建公办幼儿园12所，新增学位3600个。", "【畅出行】新改建农村公路210公里。", "【便停车】新增公共停车泊位3100个。"].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["稳就业", "优教育", "畅出行", "便停车"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12所", "3600个"]);
  });

  it("names each paragraph by its field's tag where most tell several works (【就业】城镇新增就业…；发放…), however long", () => {
    const quote = "在老城区开了一家小吃店的返乡青年告诉记者，正是靠着创业担保贷款，他的小店才顺利开张，“现在店里雇了3个帮手，生意越来越红火，明年还打算再开一家分店”。";
    const report = only(
      [
        "开封市2016年十件民生实事全部完成",
        "截至12月底，全市四件民生实事全部完成年度目标任务。",
        `【就业】城镇新增就业5.1万人，完成年度目标的108%；新增农村劳动力转移就业2.2万人；发放创业担保贷款3.5亿元。${quote}`,
        "【教育】新建、改扩建城区中小学8所，新增学位6000个；新建、改扩建公办幼儿园20所。",
        "【住房】棚户区改造新开工1.3万套；改造老旧小区86个。",
        "【养老】新建社区日间照料中心30个；发放高龄津贴0.8亿元。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业", "教育", "住房", "养老"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`).slice(0, 3)).toEqual(["5.1万人", "2.2万人", "3.5亿元"]);
  });

  it("reads items a page numbered 1） 2） 3） as a numbered list, the marks out of the titles", () => {
    const report = only(["朔州市2021年民生实事完成情况", "截至12月底，我市4件民生实事全部完成。", "1）新建改扩建幼儿园10所，完成年度目标的110%。", "2）改造老旧小区30个，完成年度目标的100%。", "3）新增城镇就业1.2万人，完成年度目标的105%。", "4）改造农村公路120公里，完成年度目标的120%。"].join("\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "新建改扩建幼儿园"], [2, "改造老旧小区"], [3, "新增城镇就业"], [4, "改造农村公路"]]);
  });

  it.each([
    ["1)", ["1)", "2)", "3)", "4)"]],
    ["⑴", ["⑴", "⑵", "⑶", "⑷"]],
  ])("reads items marked %s inside one sentence as a numbered list", (_, marks) => {
    const names = ["新建改扩建幼儿园10所", "改造老旧小区30个", "新增城镇就业1.2万人", "改造农村公路120公里"];
    const report = only(`朔州市2022年民生实事\n今年，我市将办好4件民生实事：${names.map((n, k) => marks[k] + n).join("；")}。`);
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "新建改扩建幼儿园10所"], [2, "改造老旧小区30个"], [3, "新增城镇就业1.2万人"], [4, "改造农村公路120公里"]]);
  });

  it("takes a headline's place tag (长治：…) as the report's city, and a text that names no year as of its publication's (results published in January: the year before)", () => {
    const items = ["1.新建改扩建幼儿园10所，完成年度目标的110%。", "2.改造老旧小区30个，完成年度目标的100%。", "3.新增城镇就业1.2万人，完成年度目标的105%。"];
    const december = only(["长治：十件民生实事全部完成", "来源：山西日报 2022-12-30", ...items].join("\n"));
    expect([december.region.name, december.year]).toEqual(["长治市", 2022]);
    const january = only(["长治：十件民生实事全部完成", "来源：山西日报 2023-01-12", ...items].join("\n"));
    expect(january.year).toBe(2022);
    const plan = only(["长治：今年十件民生实事敲定", "来源：山西日报 2023-02-10", "1.新建改扩建幼儿园10所。", "2.改造老旧小区30个。", "3.新增城镇就业1.2万人。"].join("\n"));
    expect([plan.year, plan.sources[0]!.kind]).toEqual([2023, "plan"]);
  });

  it("takes the headline below a page's menu (首 页 要闻 …, short words apart) and its place tag as the report's region, however often the text names a city", () => {
    const text = [
      "首 页 新闻 时政要闻 民族团结 乡村振兴 文化旅游 新时代文明实践 生态环境保护 政务公开",
      "首页>民生>要闻",
      "宁夏:十件民生实事超额完成年度计划",
      "2022年12月20日 10:21 | 来源:宁夏日报",
      "截至11月底,全区十件民生实事完成年度计划的108%。",
      "1.固原市新建改扩建幼儿园10所,完成年度目标的110%。",
      "2.固原市改造老旧小区30个,完成年度目标的100%。",
      "3.固原市新增城镇就业1.2万人,完成年度目标的105%。",
    ].join("\n\n");
    expect(only(text).region.name).toBe("宁夏回族自治区");
  });

  it("reads items numbered 1..N straight through theme headings ((一)… 1. 2. ‖ (二)… 3. 4.) as the projects, the headings as their groups; parts that restart under each heading stay parts", () => {
    const groups = [
      ["(一)幸福养老", ["1.新建社区长者食堂6家", "2.改造适老化住房300户"]],
      ["(二)教育提质", ["3.新增公办学位2000个", "4.改造学校食堂12所"]],
      ["(三)便民出行", ["5.新建公共停车位1500个", "6.改造农村公路80公里"]],
    ] as const;
    const text = (numbers: (k: number, j: number) => number) =>
      ["2024年江门市政府民生实事项目安排", "一、民生实事项目", ...groups.flatMap(([heading, items], k) => [heading, ...items.map((item, j) => item.replace(/^\d+/, String(numbers(k, j))))])].join("\n\n");
    const through = only(text((k, j) => 2 * k + j + 1));
    expect(through.projects.map((p) => [p.no, p.title])).toEqual([[1, "新建社区长者食堂6家"], [2, "改造适老化住房300户"], [3, "新增公办学位2000个"], [4, "改造学校食堂12所"], [5, "新建公共停车位1500个"], [6, "改造农村公路80公里"]]);
    const restarting = only(text((_, j) => j + 1));
    expect(restarting.projects.map((p) => p.title)).toEqual(["幸福养老", "教育提质", "便民出行"]);
  });

  it("never takes headings that count projects by their status (5个项目超额完成9月份节点目标 · 9月份新增1个项目完成全年任务) for projects", () => {
    const text = [
      "鞍山市2024年重点民生实事最新进展",
      "截至9月底,6项重点民生实事30个项目持续推进落实。",
      "9月份新增1个项目完成全年任务",
      "“新建城市书房10处”项目9月底全部建成开放,新增阅读座位800个,藏书12万册。",
      "前期已有4个项目完成全年任务,分别是“改造农村公路120公里”项目、“提高城乡低保标准”项目、“建设社区食堂20个”项目、“新建公办幼儿园6所”项目。",
      "5个项目超额完成9月份节点目标",
      "与此同时,“改造老旧小区300万平方米”“新增公共停车泊位5000个”“建设口袋公园12个”“更新公交车辆150台”“新建社区卫生服务站8个”“新开办6所公办幼",
    ].join("\n");
    const titles = only(text).projects.map((p) => p.title);
    expect(titles.length).toBeGreaterThan(2);
    expect(titles.filter((t) => /个项目/.test(t))).toEqual([]);
    expect(CONTAINER.test("12个项目超额完成8月份节点目标") && CONTAINER.test("3个项目进展滞后")).toBe(true);
    expect(CONTAINER.test("新建10个项目化社区服务站")).toBe(false);
  });

  it("reads names set one after another in 《》, commas and all, as the projects (《新增城镇就业1500人以上》《建成幼儿园2所,新增学位600个》…)", () => {
    const names = ["新增城镇就业1500人以上", "建成幼儿园2所,新增学位600个", "为800名妇女开展“两癌”免费检查", "新建农村公路120公里", "新增城区停车位800个以上"];
    const text = [
      "湟源县2024年为民实事政策解读",
      "一、《通知》出台的目的",
      "保障和改善民生,切实把我县决定办理的5件实事办好办实。",
      "二、《通知》主要内容",
      `《通知》内容主要包括${names.map((n) => `《${n}》`).join("")}5个县列为民办实事方案,分别明确了目标任务。`,
    ].join("\n\n");
    expect(only(text).projects.map((p) => p.title)).toEqual(["新增城镇就业1500人以上", "建成幼儿园2所,新增学位600个", "为800名妇女开展“两癌”免费检查", "新建农村公路120公里", "新增城区停车位800个以上"]);
  });

  it("reads an inline list that a status opens (进度较慢的项目，一是…五是…) as some of the programme's projects, however far from its count", () => {
    const text = [
      "关于2022年1-9月份民生工程实施进度的通报",
      "根据《霍邱县人民政府关于2022年实施30项民生工程的通知》要求，县直牵头部门对30个乡镇民生工程实施进度进行了考核。",
      "一、乡镇考评情况",
      "经考核评分，28个乡镇得分在90分以上，城关镇、河口镇位居全县前两名。",
      "二、实施进度情况",
      "目前，我县实施进度较慢的项目，一是农村饮水安全巩固提升，二是城镇老旧小区改造，三是免费婚检，四是困难残疾人康复，五是农村道路畅通工程。",
    ].join("\n\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(["农村饮水安全巩固提升", "城镇老旧小区改造", "免费婚检", "困难残疾人康复", "农村道路畅通工程"]);
    expect(report.projectCount).toBe(30);
  });

  it("reads paragraphs that each open on an aim in the same words (解决好…问题，… ‖ 解决好…问题，…), three or more in a row, as a task each", () => {
    const aims = [
      ["解决好群众住房安全问题", "改造农村危房1200户,改造老旧小区35个,同步完善小区排水、照明和消防设施,让群众住得安心、住得舒心。"],
      ["解决好群众就医、养老和托育问题", "新增住院床位800张,新建社区养老服务站20个,持续扩大普惠托育服务供给,让群众病有良医、老有颐养。"],
      ["解决好群众出行问题", "改造农村公路300公里,新增停车位2000个以上,优化城乡公交线路和站点布局,让群众出行更便捷、更安全。"],
      ["解决好群众用水用气问题", "实施城乡供水一体化工程,新增天然气用户3万户,加快老旧燃气管网更新改造,让群众用水用气更放心。"],
    ];
    const text = ["安康今年将继续办好4件民生实事", "2024年2月20日,安康市第五届人民代表大会第四次会议开幕,市长在政府工作报告中提出,今年将继续办好4件民生实事。", ...aims.map(([aim, work]) => `${aim},${work}`)].join("\n\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(aims.map(([aim]) => aim));
    expect(report.projects.map((p) => p.metrics.length)).toEqual([2, 2, 2, 1]);
  });

  it("reads a lede's list of long names that its count closes (…确定实施A、B、…J10件为民实事)", () => {
    const names = ["城乡义务教育学校“改厕所扩食堂”工程", "新增城镇就业25万人及支持5000名未就业高校毕业生到基层就业", "建设80个乡镇综合养老服务中心", "困难家庭子女普通高校入学资助", "新建8000公里自然村(组)通硬化路"];
    const report = only(`【回眸2022】2022年青海省为民实事全面完成\n\n记者从省政府办公厅获悉，2022年省政府工作报告确定实施${names.join("、")}5件为民实事，截至12月25日全面完成。`);
    expect(report.projects.map((p) => p.title)).toEqual(names);
  });

  it("reads the projects deputies judged, one per ；-clause after 代表对 (two figured tasks joined by 、 are two), as a selection", () => {
    const report = only(
      [
        "2024年度衢州市民生实事项目实施情况代表总体满意率97.8%",
        "本报讯 昨天，参加市八届人大五次会议的代表对2024年度市政府民生实事项目实施情况进行满意度测评。",
        "此次满意度测评分为10个方面18个子项。从测评结果来看，代表对新建、改扩建幼儿园5所，新增学位1800个；建设4家社区嵌入式服务设施；为适龄女生免费接种HPV疫苗1.2万人；完成困难家庭适老化改造300户、完成困难群众基础家电配置420户等子项的实施情况满意率较高。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建、改扩建幼儿园", "建设4家社区嵌入式服务设施", "为适龄女生免费接种HPV疫苗", "完成困难家庭适老化改造", "完成困难群众基础家电配置"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["5所", "1800个"]);
  });

  it("reads three names a count closes as a selection of the programme (A、B、C等6个项目提前完成)", () => {
    const report = only(
      "2020年沈阳市重点民生工程稳步推进\n\n记者从市政府督查部门了解到，截至7月底，我市12项重点民生工程中，新建农村公路280公里、改造老旧小区60个、新增公办幼儿园学位4200个等6个项目提前或超额完成了节点任务，其余项目均按照时间节点稳步推进。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建农村公路280公里", "改造老旧小区60个", "新增公办幼儿园学位4200个"]);
    expect(report.projectCount).toBe(12);
  });

  it("reads the names a congress voted for, closed by their count in words (票决出了A、B、C、D五个民生实事项目)", () => {
    const report = only(
      "2021年，宝兴县十八届人大五次会议票决出了城区公办幼儿园、农村饮水安全巩固提升工程、城乡老旧电线线路改造、65岁以上老人免费接种流感疫苗四个民生实事项目。一年过去，项目全部完成。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区公办幼儿园", "农村饮水安全巩固提升工程", "城乡老旧电线线路改造", "65岁以上老人免费接种流感疫苗"]);
    expect(report.projectCount).toBe(4);
  });

  it("reads the short lines over a list's figured lines as the fields the text counts (8大类30项), not as projects", () => {
    const report = only(
      [
        "2024年，江西省将继续实施8大类30项民生实事，让人民群众收获更多幸福。",
        "着力办好公平教育",
        "新建改扩建公办幼儿园80所",
        "在全省推行义务教育课后服务全覆盖,新增义务教育学位5万个",
        "持续提升医疗服务",
        "免费筛查适龄妇女“两癌”120万人次",
        "新增县级三级医院8家,“口子县”三级医院覆盖率达到80%以上",
        "建成50家数智化病理科",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.section, p.title])).toEqual([
      ["着力办好公平教育", "新建改扩建公办幼儿园80所"],
      ["着力办好公平教育", "新增义务教育学位5万个"],
      ["持续提升医疗服务", "免费筛查适龄妇女“两癌”120万人次"],
      ["持续提升医疗服务", "新增县级三级医院8家"],
      ["持续提升医疗服务", "建成50家数智化病理科"],
    ]);
  });

  it("reads a field's line as its heading where a figured line comes within three lines under it (two tasks without figures first)", () => {
    const report = only(
      [
        "2023年，福建省将继续实施6大类24项民生实事。",
        "着力办好幼有善育",
        "免费开展新生儿听力筛查,将产前检查费用纳入医保",
        "在县(市)全面落实多孩家庭购房补助政策",
        "新增婴幼儿托位3万个",
        "新增公办幼儿园学位1万个",
        "持续提升医疗服务",
        "免费筛查适龄妇女“两癌”120万人次",
        "新增县级三级医院8家",
      ].join("\n"),
    );
    expect(report.projects[0]!.section).toBe("着力办好幼有善育");
    expect(report.projects.map((p) => p.title)).not.toContain("着力办好幼有善育");
  });

  it("keeps apart lines of a list that share one width, as a column's would, where none has even a comma", () => {
    const report = only(
      ["2024年，安徽省将继续实施8大类30项民生实事。", "着力办好公平教育", "新建改扩建公办幼儿园80所", "新增义务教育学位5万个", "持续提升医疗服务", "免费筛查适龄妇女“两癌”120万人次", "新增县级三级医院8家", "新增城镇就业40万人"].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建改扩建公办幼儿园80所", "新增义务教育学位5万个", "免费筛查适龄妇女“两癌”120万人次", "新增县级三级医院8家", "新增城镇就业40万人"]);
  });

  it("reads last year's projects from their satisfaction vote, one per ；-clause (X工程，满意95票…), beside this year's list", () => {
    const { archive } = run(
      [
        "人大代表票决确定2022年8项民生实事项目",
        "象山新闻网讯 1月20日，记者从象山县十七届人大二次会议上获悉，2022年8项民生实事项目名单正式出炉。据介绍，这8项民生实事项目分别是城乡供水提升工程、城东幼儿园工程、老旧小区改造工程、农贸市场提升工程、适老化改造工程、排水提质增效工程、公共停车场建设工程、托育服务建设工程。",
        "2021年，通过县十七届人大一次会议票决确定8项民生实事项目，截至2021年12月底，8个项目全部完成年度目标。",
        "会议还通报了2021年民生实事项目完成情况满意度测评结果。测评结果显示，美丽乡村建设工程，满意195票，基本满意27票，不满意0票；农村公路改造提升工程，满意161票，基本满意58票，不满意3票；城南消防站工程，满意159票，基本满意62票，不满意1票；中心城区停车位建设工程，满意145票，基本满意74票，不满意3票。",
      ].join("\n"),
    );
    const byYear = Object.fromEntries(archive.reports.map((r) => [r.year, r]));
    expect(byYear[2022]!.projects).toHaveLength(8);
    expect(byYear[2021]!.projects.map((p) => p.title)).toEqual(["美丽乡村建设工程", "农村公路改造提升工程", "城南消防站工程", "中心城区停车位建设工程"]);
    // The votes are the deputies' judgement, no figure of the project.
    expect(byYear[2021]!.projects.flatMap((p) => p.metrics)).toEqual([]);
  });

  it("splits the last of a story's examples at 以及 as at a 、", () => {
    const report = only(
      "2018年桂林市为民办实事项目确定\n\n最终市政府确定2018年8件为民办实事项目。其中包括整治市区内涝积水点、完善城市社区服务场所、建设300个电动汽车充电桩、实施白内障免费复明手术以及建设食品安全快检室，年内全部完成。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["整治市区内涝积水点", "完善城市社区服务场所", "建设300个电动汽车充电桩", "实施白内障免费复明手术", "建设食品安全快检室"]);
  });

  it("reads a summary that wrote its list on one line as \" - A 包括… - B …\", its spaces as commas, each bullet a project named by its first phrase", () => {
    const report = only(
      "丹阳市公布2025年市政府民生实事项目\n2025年丹阳市民生实事项目概览 - 丹阳市人大常委会确定了民生实事项目 [1] 基础设施 - 实施城区防洪排涝二期工程 包括挡墙6.2千米 护砌1.8千米 [1] - 实施新民路改造工程 改造长度约900米 宽度约30米 [2] 公共服务 - 开展免费健康筛查项目 预计覆盖受益群众超过5万人 [2] - 实施老旧小区电梯更新改造项目 对40个住宅的老旧电梯进行更新改造 [3]",
    );
    expect(report.projects.map((p) => p.title)).toEqual(expect.arrayContaining(["实施城区防洪排涝二期工程", "实施新民路改造工程", "开展免费健康筛查项目", "实施老旧小区电梯更新改造项目"]));
    const road = report.projects.find((p) => p.title === "实施新民路改造工程")!;
    expect(road.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["900米", "30米"]);
  });

  it("reads status groups that count their projects and then name as many after a comma, each perhaps with its own rate", () => {
    const report = only(
      "2023年1-6月迎江区30项民生实事有序推进\n今年以来，全区30项民生实事有序推进。工程类民生实事中，3项进展较快，社区食堂建设完成率40%、口袋公园建设完成率60%、工会驿站建设完成率100%；4项正在抓紧实施，老旧小区改造、农贸市场改造、城区排水改造、公共停车场建设完成率分别为12%、20%、25%、30%。保障类民生实事中，城乡低保提标、残疾人两补等2项动态达到年度目标。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(expect.arrayContaining(["社区食堂建设", "口袋公园建设", "工会驿站建设", "老旧小区改造", "农贸市场改造", "城区排水改造", "公共停车场建设"]));
  });

  it("reads every field label the converter knows where a page flattened it (承办单位: after a 。)", () => {
    const report = only(
      "许昌市2020年十件民生实事完成情况\n任务目标:新建改建城区公厕50座。 进展情况:截至12月底,新建改建公厕52座。 承办单位:市城管局。 任务目标:新扩建公办幼儿园20所。 进展情况:截至12月底,20所幼儿园全部建成。 承办单位:市教育局。 任务目标:改造农村公路120公里。 进展情况:截至12月底,改造农村公路131公里。 承办单位:市交通运输局",
    );
    expect(report.projects.map((p) => p.responsible)).toEqual([["市城管局"], ["市教育局"], ["市交通运输局"]]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["120公里 target", "131公里 actual"]);
  });

  it("keeps the name of the one item under the last heading of a page cut off mid-sentence, where the other headings hold several", () => {
    const lines = [
      "烟台市2026年10件市办实事详细解读",
      "烟台市2026年10件市办实事共有30项具体内容。",
      "第一件:强化就业服务保障",
      "1.推动重点群体就业创业20万人以上。",
      "2.开展职业技能培训3万人次以上。",
      "第二件:提升安居宜居水平",
      "3.完成城中村改造回迁项目12个。",
    ];
    const cut = only([...lines, "城中村改造是解决"].join("\n\n"));
    expect(cut.projects.map((p) => p.title)).toEqual(["推动重点群体就业创业20万人以上", "开展职业技能培训3万人次以上", "完成城中村改造回迁项目12个"]);
    // Whole, the page's lone item is its heading's project (a heading over one numbered line names it).
    const whole = only([...lines, "城中村改造是解决群众住房难题的重要举措。"].join("\n\n"));
    expect(whole.projects.map((p) => p.title)[2]).toBe("提升安居宜居水平");
  });

  it("keeps the name of the only item under a heading that names a field of work ((三)社区服务方面)", () => {
    const report = only(
      ["咸阳市2024年重点民生实事", "(一)交通出行方面", "1.新开调整公交线路。新开调整公交线路20条。", "2.市政道路改造。改造市政道路30条。", "(二)社区服务方面", "3.城市社区嵌入式服务设施建设。建成社区嵌入式服务设施12个。", "(三)供水改造方面", "4.农村供水工程。新建农村供水工程6处。", "5.城区管网改造。改造城区供水管网18公里。"].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新开调整公交线路", "市政道路改造", "城市社区嵌入式服务设施建设", "农村供水工程", "城区管网改造"]);
  });

  it("reads task lines under short field headings as the projects, where the count the text states is theirs (3件7项)", () => {
    const report = only(
      ["2021年常州市为民办实事项目来啦", "市长在政府工作报告中提到,扎扎实实办好今年3件7项为民办实事项目。", "一 生态环境", "完成城区污水管网提标改造工程建设。", "启动横塘河整治工程。", "二 重点道桥", "开工建设青洋路快速化改造工程。", "竣工飞龙路北延工程。", "启动建设新堂大桥。", "三 公共交通", "建成投运地铁2号线二期工程。", "新辟、优化调整公交线路12条以上。"].join("\n\n"),
    );
    expect(report.projects).toHaveLength(7);
    expect(report.projects.map((p) => p.section)).toEqual(["生态环境", "生态环境", "重点道桥", "重点道桥", "重点道桥", "公共交通", "公共交通"]);
    expect(report.projects[1]!.title).toBe("启动横塘河整治工程");
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads 【目标】/【完成情况】 pairs flattened into one paragraph, each named by the last name its target quotes, as progress half a year in", () => {
    const report = only(
      [
        "半年来,这些惠民实事办得咋样?",
        "2020-07-20 10:15:02 江门发布",
        "这半年以来,一件接一件的惠民实事落地。那么,2020年江门十件惠民实事办得咋样了?",
        "改善出行条件 【目标】市交通局牵头的“加快城区道路建设”子项目“胜利路等瓶颈路段建成通车” 【完成情况】胜利路改造工程已于5月30日建成通车。 【目标】市教育局牵头的“新建公办幼儿园” 【完成情况】已新建公办幼儿园6所,新增学位1800个。 【目标】市卫健委牵头的“免费两癌筛查” 【完成情况】已完成筛查2.1万人。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["胜利路等瓶颈路段建成通车", "新建公办幼儿园", "免费两癌筛查"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["6所", "1800个"]);
    expect(report.sources[0]!.kind).toBe("progress");
    // 一件接一件 counts nothing; the count is the 十件.
    expect(report.projectCount).toBe(10);
  });

  it("leaves numbers alone inside a table drawn one cell per line", () => {
    const report = only(
      ["铜仁市碧江区2019年民生实事目标任务分解表", "序号", "民生实事", "责任单位", "完成时限", "1", "新建公办幼儿园2所。", "区教育局", "12月底前", "2", "改造农村公路40公里。", "区交通局", "区财政局", "10月底前", "3", "新建农贸市场1个。", "区商务局", "12月底前"].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建公办幼儿园2所"],
      [2, "改造农村公路40公里"],
      [3, "新建农贸市场1个"],
    ]);
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("takes 十大…项目分别是 and 包括 as the announcement of a list named in one sentence", () => {
    const report = only(
      "绍兴市上虞区2024年十大民生实事项目与群众生活息息相关,包括城乡供水提升工程、老旧小区改造工程、托育服务扩容工程、校园午休改善工程、农村公路提升工程、社区食堂建设工程、文体设施惠民工程、医疗服务提升工程、平安守护工程、就业创业帮扶工程。\n以城乡供水提升工程为例,今年将新建改造供水管网80公里。\n老旧小区改造工程将改造小区35个。",
    );
    expect(report.projectCount).toBe(10);
    expect(report.projects).toHaveLength(10);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["80公里"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["35个"]);
  });

  it("reads a year written in Chinese numerals in the heading over the list", () => {
    const { archive } = run(
      ["2024年天津市为民办实事任务全面完成", "2024年,天津市20项民生实事全部完成。", "二○二五年天津市为民办实事项目", "1.新增养老床位2000张", "2.改造老旧小区80个", "3.新建口袋公园30个"].join("\n"),
    );
    const years = archive.reports.map((r) => r.year);
    expect(years).toContain(2025);
    expect(archive.reports.find((r) => r.year === 2025)!.projects).toHaveLength(3);
  });

  it("names a county by its short name where its news site or development zone follows it", () => {
    const report = only(
      "泰顺新闻网讯 1月20日,县十届人大三次会议票决产生2024年10项民生实事项目。这10项民生实事项目分别是:城乡供水工程、老旧小区改造工程、托育服务工程、校园提升工程、农村公路工程、养老服务工程、文体惠民工程、医疗提升工程、平安守护工程、就业帮扶工程。",
    );
    expect(report.region.name).toBe("泰顺县");
    expect(report.region.path).toEqual(["浙江省", "温州市", "泰顺县"]);
  });

  it("reads counts with words between the number and the programme, never a count of candidates", () => {
    const report = only(
      "汉中市南郑区2025年民生实事\n区人大代表对21项为民办实事候选项目进行投票,票决出15项南郑区人民政府2025年为民办实事项目。\n1.新建幼儿园2所\n2.改造农村公路30公里\n3.新增养老床位200张",
    );
    expect(report.projectCount).toBe(15);
  });

  it("dates a page from a 时间: line and calls 截至目前 in a page of its own year progress", () => {
    const report = only(
      ["十堰晒出“十件实事”成绩单", "时间:2023-08-02 03:59:48来源:十堰日报", "十堰市政府召开新闻发布会,截至目前,“十件实事”已开工子项120个,完成投资12.5亿元。", "1.新建幼儿园5所,已完工3所", "2.改造农村公路100公里,已完成60公里", "3.新增养老床位300张,已新增180张"].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2023-08-02");
    expect(report.sources[0]!.publisher).toBe("十堰日报");
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads projects named group by group (【主要项目】 / 【完成情况】), each group's figures its own", () => {
    const report = only(
      [
        "2019年泉州市为民办实事项目全部完成",
        "市委、市政府确定的15件为民办实事项目全部完成。",
        "关键词:住有所居",
        "【主要项目】棚户区改造、老旧小区改造、农村危房改造",
        "【完成情况】新开工棚户区改造8200套,改造老旧小区46个,完成农村危房改造1300户。",
        "关键词:出行便利",
        "【主要项目】农村公路提升、公交线路优化",
        "【完成情况】新建改造农村公路260公里,新辟优化公交线路18条。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["棚户区改造", "老旧小区改造", "农村危房改造", "农村公路提升", "公交线路优化"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`).join(" "))).toEqual(["8200套", "46个", "1300户", "260公里", "18条"]);
  });

  it("reads the quantity a name in a list states as the project's target", () => {
    const report = only(
      "中新网西宁电 青海省2021年十件民生实事包括建设50所公办幼儿园、为20万农村妇女免费做“两癌”检查、改造农村公路800公里、新增城镇就业6万人等。\n截至6月底,50所公办幼儿园已完工21所。",
    );
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(expect.arrayContaining(["50所 target", "21所 actual"]));
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["800公里 target"]);
  });

  it("reads a table whose cells a page drew one per line, each closed by a pipe, listing only some rows", () => {
    const report = only(
      [
        "2022年盐城市亭湖区政府民生实事项目推进情况(1-9月)",
        "序号 |", "主要任务 |", "分管 领导 |", "牵头 单位 |", "1-9月推进情况 |", "是否达序 |",
        "7 |", "新建口袋公园12个。 |", "王明 |", "住建局 |", "已建成9个。 |", "是 |", "||",
        "8 |", "改造老旧小区20个,惠及居民6000户。 |", "王明 |", "住建局 |", "已完工15个。 |", "是 |", "|",
        "9 |", "新增公共停车泊位1500个。 |", "李强 |", "城管局 |", "已新增1100个。 |", "否 |",
      ].join("\n"),
    );
    // A table's project cell is its title as written, figures and all; they are the target, 推进情况 the actual.
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [7, "新建口袋公园12个"],
      [8, "改造老旧小区20个,惠及居民6000户"],
      [9, "新增公共停车泊位1500个"],
    ]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["1500个 target", "1100个 actual"]);
  });

  it("reads a vote-ordered list of bare names, one per line, without running into the paragraph after it", () => {
    const names = ["中小学校舍建设项目", "城市人居环境提升项目", "城乡供水完善工程项目", "老旧小区改造项目", "农村公路提档升级项目", "城市供暖项目"];
    const report = only(["邳州市人大代表票决产生2021年度6项民生实事项目", "", "2021年全市6项重点民生实事项目", "", "(按得票多少排序)", ...names, "", "民生无小事,枝叶总关情。市人大将始终把群众利益放在首位。"].join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(names);
  });

  it("reads a feature's paragraphs that each open with the project's name as a sentence of its own", () => {
    const report = only(
      [
        "东光县2020年度10项民生实事日前确定。",
        "城乡人居环境整治工程。完成农村卫生厕所改造1.2万座,建设垃圾处理站1座。",
        "农村饮水安全工程。投资1800万元,对8个集中供水站升级改造,下半年建成投用。",
        "城区停车整治工程。新建停车场2处,增设车位1500个。",
        "健康养老提升工程。建设县医院康复中心,面积6000平方米。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城乡人居环境整治工程", "农村饮水安全工程", "城区停车整治工程", "健康养老提升工程"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["2处", "1500个"]);
    // 下半年建成投用 is a date still ahead, not a result.
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads names a sentence lists between commas (5个项目包括A项目，B工程，…，估算总投资…)", () => {
    const report = only(
      "天全县十六届人大三次会议票决出5个项目入选2020年县人民政府为民办实事项目。5个项目包括城东幼儿园建设项目,农村公路提升改造工程,城区河道治理工程,农村生活污水治理项目,城区停车场建设项目,估算总投资3.2亿元。",
    );
    expect(report.projectCount).toBe(5);
    expect(report.projects.map((p) => p.title)).toEqual(["城东幼儿园建设项目", "农村公路提升改造工程", "城区河道治理工程", "农村生活污水治理项目", "城区停车场建设项目"]);
  });

  it("reads four names between commas as a list too (4个项目包括A项目，B工程，C工程，D项目，…)", () => {
    const report = only(
      "荥经县十八届人大二次会议票决出4个项目入选2023年县人民政府为民办实事项目。4个项目包括县城幼儿园建设项目,农村公路提升改造工程,城区河道治理工程,城区停车场建设项目,估算总投资2.6亿元。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["县城幼儿园建设项目", "农村公路提升改造工程", "城区河道治理工程", "城区停车场建设项目"]);
  });

  it("takes the region a headline names in full over the level the body speaks from, and a table header broken over two rows", () => {
    const report = only(
      [
        "雨湖区2021年1-6月省市重点民生实事项目完成情况 | |||",
        "序号 | 项目名称 | 责任单位 | 目标任务 | 1-6月实际完成情况 |",
        "任务完成率 | 备注 | |",
        "1 | 新增城镇就业 | 区人社局 | 5200人 | 3100人 | 60% | |",
        "2 | 改造农村公路 | 区交通局 | 40公里 | 26公里 | 65% | |",
        "3 | 新建公办幼儿园 | 区教育局 | 3所 | 2所 | 67% | |",
        "全市民生实事推进有力,雨湖公安分局配合开展安全检查。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("雨湖区");
    expect(report.projects.map((p) => p.title)).toEqual(["新增城镇就业", "改造农村公路", "新建公办幼儿园"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(["40公里 target null", "26公里 actual 65"]);
  });

  it("keeps a notice about the programme as a whole as a report without projects, and says so", () => {
    const { archive, warnings } = run(
      [
        "关于2024年恩平市十件民生实事完成情况的通报",
        "2024年市十件民生实事共25项内容,已全部完成年度任务。",
        "截至12月底,已提前完成或超额完成年度目标任务的有18项,正常推进的有7项。",
        "现将完成情况予以通报(具体见附件)。",
      ].join("\n"),
    );
    expect(archive.rejected).toEqual([]);
    const [report] = archive.reports;
    expect([report!.region.name, report!.year, report!.projectCount, report!.sources[0]!.kind]).toEqual(["恩平市", 2024, 10, "results"]);
    expect(report!.projects).toEqual([]);
    expect(warnings.map((w) => w.message).join("\n")).toMatch(/lists no project/);
  });

  it("does not read a copula (N件民生实事是…的承诺、…) as a list of names", () => {
    const report = only(
      "温州市龙湾区2023年民生实事进展情况\n办好40件民生实事是区政府对全区人民的庄严承诺、是提高群众获得感的重要举措、是检验作风的试金石、是凝聚人心的纽带。截至10月31日,40件民生实事已完成18件。\n1.新建幼儿园3所\n2.改造老旧小区10个\n3.新增停车泊位500个",
    );
    expect(report.projects.map((p) => p.title)).not.toContain("是提高群众获得感的重要举措");
  });

  it("finds no district inside ordinary words (万户以上城区 holds no 上城区) and takes the city of the counties named", () => {
    const report = only(
      ["近日,市委、市政府印发《2019年为民办实事工作计划》。", "一、实施城区连片棚户区改造", "基本完成1万户以上城区连片棚户区改造。", "二、建设农贸市场", "新建改造10个城区农贸市场。", "三、改善农村饮水", "建成闽清县坂东镇供水工程。"].join("\n"),
    );
    expect(report.region.name).toBe("福州市");
  });

  it("finds no two-character county inside a word (示范县 holds no 范县)", () => {
    const report = only(
      [
        "2022年,礼泉县将集中力量办好一批民生实事。",
        "一是创建省级食品安全示范县,新建农贸市场2个。",
        "二是创建国家农产品质量安全示范县,建设检测站10个。",
        "三是改造农村公路45公里。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("礼泉县");
  });

  it("reads a year-end account (10项实事全部办理完成) as results, whatever 65岁以上 says, and counts 10个民生实事项目", () => {
    const report = only(
      [
        "永宁县2024年10个民生实事项目全面落实",
        "2024年,县政府议定的民生实事全部办理完成。",
        "一、老年人健康提升项目。为1.8万名65岁以上老人免费接种流感疫苗。",
        "二、创业扶持项目。累计发放创业担保贷款0.9亿元,帮助860人自主创业。",
        "三、道路提升项目。改造城区道路6公里。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
    expect(report.projectCount).toBe(10);
  });

  it("dates a page from a source line that does not open with the date", () => {
    const report = only(
      ["四川完成全年目标的民生小项又增4个", "www.example.cn(2015-05-28)来源:西部新闻网", "今年十件民生实事中仍有13件未达到目标任务进度。", "1.新建幼儿园50所,已完工20所", "2.改造农村公路800公里,已完成300公里", "3.新增养老床位3000张,已新增1200张"].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2015-05-28");
    expect(report.year).toBe(2015);
  });

  it("dates a page from its 更新时间 line where the text writes no year", () => {
    const report = only(
      ["泸县民生实事项目公布", "更新时间:2022-03-18 09:30:12 作者:县融媒体中心", "今年,县政府将办好以下民生实事。", "1、城乡供水提升工程", "新建供水管网30公里。", "2、学校建设工程", "新建小学2所。", "3、农村公路工程", "改造农村公路60公里。"].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2022-03-18");
    expect(report.year).toBe(2022);
  });

  it("reads the end of a period (2023-2025年) as no year of the report's", () => {
    const report = only(
      ["曲靖市民生实事项目推进会召开", "发布时间:2024-04-09", "今年,市政府确定了以下民生实事项目。", "1.实施2023-2025年城镇燃气管道老化更新改造工程,改造管道120公里。", "2.新建城区口袋公园12个。", "3.改造老旧小区3000户。"].join("\n"),
    );
    expect(report.year).toBe(2024);
  });

  it("dates a page from the stamp line under its headline (频道 · date and time · place)", () => {
    const report = only(
      ["县人大常委会视察民生实事项目", "要闻   2023-09-12 08:15   江西", "9月12日,县人大常委会视察今年民生实事项目推进情况。", "今年以来,我县实施的民生实事项目进展顺利:于都县城区新建停车场3处;改造农村公路45公里;新建幼儿园2所。"].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2023-09-12");
    expect(report.year).toBe(2023);
  });

  it("reads projects an inspection names only in passing (针对A、B、C、D等热点问题), in the year it inspects, not the year it prepares", () => {
    const report = only(
      [
        "区人大常委会视察2023年度10件民生实事完成情况",
        "1月12日,区人大常委会组织代表围绕2023年度10件民生实事完成情况开展集中视察。",
        "视察组针对城区污水管网改造、农村公路提档升级、公办幼儿园扩容、社区养老服务站建设等群众关心的热点问题,进行实地查看,了解我区民生实事落实情况。同时,为谋划2024年民生实事做好准备。",
        "代表们对一年来全区民生实事取得的成绩给予肯定。南明区人大常委会办公室供稿。",
      ].join("\n"),
    );
    expect(report.year).toBe(2023);
    expect(report.projects.map((p) => p.title)).toEqual(["城区污水管网改造", "农村公路提档升级", "公办幼儿园扩容", "社区养老服务站建设"]);
  });

  it("reads no projects from the channels a programme was gathered through (A、B、C、D等多渠道)", () => {
    const { archive } = run(
      [
        "2025年,株洲市将办好15件民生实事。",
        "在民生实事谋划过程中,市政府通过12345市民热线、人大代表建议、政协委员提案、网络问政平台等多渠道征集群众意见,形成候选项目。",
      ].join("\n"),
    );
    expect(archive.reports.flatMap((r) => r.projects)).toEqual([]);
  });

  it("reads two quoted names closed by a count (“A”“B”等20件民生实事) as named projects of that programme", () => {
    const report = only(
      "1月20日,在洛阳市人大会议闭幕会上,“实施老旧管网更新改造”“开展城市公园提质行动”等15件民生实事,被确定为洛阳市2025年民生实事项目。这些项目涉及就业、教育、医疗等领域。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["实施老旧管网更新改造", "开展城市公园提质行动"]);
    expect(report.projectCount).toBe(15);
  });

  it("reads the year-end choice of the most satisfying projects (最满意的十件实事) as results", () => {
    const report = only(
      "市人大常委会会议通报了泉州市“2022年人民群众最满意的十件实事”评选结果。这10件实事分别为:新建公办幼儿园10所;改造老旧小区50个;新建农村公路200公里;新增养老床位800张。",
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads examples a feature gives after 聚焦 or 包括, closed as 等重点项目, short names among longer ones, and no topics (…等领域)", () => {
    const report = only(
      [
        "近日,石泉县人大代表票决确定2025年10件民生实事项目,涉及基础设施、城市管理、乡村建设、公共教育等领域。",
        "2025年,石泉县将聚焦城区停车场建设、老旧供水管网改造、城区公厕提升改造、背街小巷整治等重点项目,提升县城承载能力。",
        "同时,农村民生实事还包括推进农村公路安全生命防护工程、危桥改造、防洪堤坝建设、饮用水水源地保护等重点民生项目,补齐农村基础设施短板。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区停车场建设", "老旧供水管网改造", "城区公厕提升改造", "背街小巷整治", "推进农村公路安全生命防护工程", "危桥改造", "防洪堤坝建设", "饮用水水源地保护"]);
  });

  it("reads a list flattened into one paragraph: a short sentence names each project, the sentences after it echo its figure or its words", () => {
    const report = only(
      "保定日报讯 近日,保定市确定了2022年度7件惠民实事。新建20所公办幼儿园。在城区和县城新建20所公办幼儿园,新增学位6000个。改造300个老旧小区,提升居住品质。打通8条断头路。从完善城区路网入手,打通东三环等8条断头路,方便市民出行。新建城市书房15个。在主城区新建城市书房15个,打造15分钟阅读圈。实施农村供水提升工程。采取管网延伸、水厂改造等方式,推进农村供水提升工程,惠及12万人。新增公共停车泊位5000个。在医院、学校周边新增公共停车泊位5000个。建设口袋公园30个。利用边角地建设口袋公园30个,让市民推窗见绿。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建20所公办幼儿园", "改造300个老旧小区", "打通8条断头路", "新建城市书房15个", "实施农村供水提升工程", "新增公共停车泊位5000个", "建设口袋公园30个"]);
    // A figure the name states and the next sentence repeats is one figure.
    expect(report.projects[0]!.metrics.filter((m) => m.value === 20)).toHaveLength(1);
  });

  it("does not read prose that tells something new in every sentence as a flattened list", () => {
    const report = only(
      "2023年,宁安市10件民生实事全部完成。全年新增城镇就业3200人。新建改建农村公路86公里。完成老旧小区改造1200户。新增养老床位300张。建成口袋公园12个。群众满意度明显提升。",
    );
    expect(report.projects.map((p) => p.title).join("|")).not.toMatch(/群众满意度/u);
  });

  it("drops the genre's furniture from the winning list: the programme counted, how it was carried out", () => {
    const report = only(
      "文章核心观点 - 天水市麦积区2024年已全部办结10件民生实事 [1] 民生服务 - 养老助餐服务:新增8个养老助餐服务点 [2] - 托育服务:新增2家托育机构及80个托位 [3] - 垃圾分类:推进生活垃圾分类 新建分类收集点60个 [4] - 城市道路:打通6条断头路 [5] 项目实施 - 项目推进措施:通过压实责任、加强调度等措施保障民生实事推进 [6]",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["养老助餐服务", "托育服务", "垃圾分类", "城市道路"]);
  });

  it("reads projects named like fields inside running prose (党建引领扶贫:拨付…。资产收益扶贫:…), not a page's licence line", () => {
    const report = only(
      [
        "投入资金41.2亿!2020年池州民生工程成绩单出炉",
        "来源:池州新闻网",
        "据介绍,2020年,全市33项民生工程全部完成年度目标任务。",
        "★扶贫工作",
        "产业扶贫:全市累计建设特色产业扶贫基地86个,带动贫困户2100户,完成率131%。党建引领扶贫:拨付驻村工作队经费210万元,拨付率100%。资产收益扶贫:实施资产收益扶贫项目35个,带动贫困人口4200人。",
        "★住房保障",
        "农村危房改造:开工改造危房980户,开工率152%。健康脱贫综合医疗保障:惠及贫困人口9800人次,支付兜底资金620万元。",
        "互联网新闻信息服务许可证:34120180002",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["产业扶贫", "党建引领扶贫", "资产收益扶贫", "农村危房改造", "健康脱贫综合医疗保障"]);
  });

  it("reads sections of prose each opened by its 工程 (据了解,在X工程方面,… · 此外,在Y工程方面,…), the last one cut short", () => {
    const report = only(
      [
        "2012年绵阳市为民办实事民生工程进展情况公布",
        "记者了解到,截至6月底,绵阳市为民办实事民生工程进展顺利。",
        "据了解,在环境提升工程方面,城区绿道已建成42公里,新建公园3个。截至6月30日,完成污水处理厂建设12座。",
        "在教育助学工程方面,纳入民生工程的农村幼儿园建设项目共120个,已完工54个。此外,在社会保障工程方面,市社会福利院改扩建项目已完成主体工程。",
        "据介绍,在百姓安居工程方面,全市已开工建设保障性住房12000套,其中",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["环境提升工程", "教育助学工程", "社会保障工程", "百姓安居工程"]);
    // …or 领域 (在公共文化服务提升工程领域,…).
    const field = only(
      [
        "2012年绵阳市为民办实事民生工程进展情况公布",
        "记者了解到,截至6月底,绵阳市为民办实事民生工程进展顺利。",
        "据了解,在环境提升工程方面,城区绿道已建成42公里,新建公园3个。在公共文化服务提升工程领域,共发放城市文化惠民卡3万张。",
        "在教育助学工程方面,纳入民生工程的农村幼儿园建设项目共120个,已完工54个。",
      ].join("\n"),
    );
    expect(field.projects.map((p) => p.title)).toEqual(["环境提升工程", "公共文化服务提升工程", "教育助学工程"]);
  });

  it("reads the projects an inspection visits (深入A、B…等6个项目实施点): a count of projects is no project's figure", () => {
    const report = only(
      [
        "10月22日至24日,砚山县人大常委会组织开展2024年度重大民生实事集中视察。",
        "视察期间,视察组先后深入县人民医院门诊楼建设项目、砚山县第二中学食堂建设项目、平远镇高标准农田建设项目、城区雨污分流改造项目等6个项目实施点。通过实地查看、听取情况介绍等开展视察。每到一地,视察组都详细了解项目实施进度。",
        "视察组强调,要提高政治站位,确保民生实事项目有序推进。县人民政府要高度重视,加强统筹协调,全力推进项目实施。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["县人民医院门诊楼建设项目", "砚山县第二中学食堂建设项目", "平远镇高标准农田建设项目", "城区雨污分流改造项目"]);
  });

  it("reads no page menu (人大简介 机构设置) or cut link titles (…人民代表大 ...) as a list of lines", () => {
    const { archive } = run(
      [
        "人大简介 机构设置",
        "机关建设 历程展馆",
        "立法工作 监督工作",
        "代表工作 选举任免",
        "通知公告 决议决定",
        "齐齐哈尔市第十七届人民代表大 ...",
        "齐齐哈尔市第十七届人民代表大 ...",
        "选票连着民意丨2023年度民生实事出炉",
        "1月8日,在市十七届人大二次会议闭幕式上,人大代表从15项候选项目中票决选出2023年“十件民生实事”。",
      ].join("\n"),
    );
    expect(archive.reports.flatMap((r) => r.projects.map((p) => p.title)).join("|")).not.toMatch(/机构设置|人民代表大/u);
  });

  it("reads a government site's fields about the notice (• 所属类目: … · 发文字号: …) as no list, and 2.50个小区 between 1. and 3. as item 2", () => {
    const report = only(
      [
        "上海市嘉定区人民政府办公室关于印发《2023年区政府要完成的与人民生活密切相关的实事》的通知",
        "  • 所属类目: 区政府办公室文件",
        "  • 主题分类: 政务公开",
        "  • 发文字号: 嘉府办〔2023〕2号",
        "  • 公开类别: 主动公开",
        "  • 机构名称: 区政府办公室",
        "2023年区政府要完成的与人民生活密切相关的实事",
        "1.既有多层住宅加装电梯新增300台、完工150台。",
        "2.40个小区新增电动自行车充电设施;为8个老旧小区实施消防设施改造。",
        "3.30个小学生爱心暑托班办班点开班。",
        "4.320个居村综合文化活动室提供不少于1800场文化活动。",
        "5.为十万职工送专享基本保障计划。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toContain("40个");
  });

  it("reads last year's programme named with its year straight before its count (“2020十件民生实事”) as a report of its own", () => {
    const { archive } = run(
      [
        "延安“2021十件民生实事”出炉",
        "来源:西部网 | 2021-04-16 10:12:30",
        "4月15日,延安市人大会议开幕,市长在政府工作报告中确定了今年要办的十件民生实事。",
        "十件民生实事:一是解决出行难问题,二是解决停车难问题,三是发展普惠托育服务,四是实施老旧小区改造,五是建设社区综合服务中心。",
        "政府工作报告中说,延安市“2020十件民生实事”取得显著进展,其中8件圆满完成任务,建成15个社区综合服务中心,打通6条断头路。2020年,全市还新增城镇就业1.2万人。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind])).toEqual([
      [2020, "results"],
      [2021, "plan"],
    ]);
  });

  it("reads a year-end account whose projects were started on dates it names (该项目于2023年7月开工建设) as results", () => {
    const report = only(
      [
        "2023年,渭滨区坚持把办好区人大票决通过的民生实事项目作为重要政治任务,民生实事项目取得显著成效。",
        "2023年民生实事项目之一",
        "渭滨区职业教育实训基地项目",
        "总投资1.8亿元,2023年计划投资2000万元,新建教学楼、实训楼。",
        "2023年完成情况:该项目于2023年6月开工建设,目前主体已封顶。",
        "2023年民生实事项目之二",
        "农村户厕改造项目",
        "计划新建农村户厕400座。",
        "2023年完成情况:该项目于2023年9月开工,已完成户厕改造420座。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads a list whose cue opens the sentence after the count (…十件实事涉及…。分别为：A；B；…) as that year's", () => {
    const { archive } = run(
      [
        "驻马店消息 市长在政府工作报告中公布2020年市“十件实事”,并通报上年度民生实事完成情况。",
        "2020年“十件实事”涉及教育、交通、公交等多个民生问题。分别为:完成中心城区20条老旧道路改造;新建扩建8所中小学校;新建改建公厕30座;改造农村敬老院20个;新建社区卫生服务中心6所;新建社区公园12个;购置新能源公交车80辆;改造农贸市场10个;改造老旧小区16个;新建停车场5处。",
        "据悉,2019年“十件实事”已完成8项,剩余2项,预计今年9月底前全部完成。",
      ].join("\n"),
    );
    // Last year's programme, given in one sentence that counts it, is no report of its own.
    expect(archive.reports.map((r) => [r.year, r.projects.length])).toEqual([[2020, 10]]);
  });

  it("keeps the year next to the list that the text tells in sentences of its own as a report, with the works its own paragraph tells, never a year of history", () => {
    const list = [
      "象山县人大代表票决确定2021年10项民生实事项目",
      "这10项民生实事项目分别是城乡供水工程、美丽乡村工程、校园提升工程、菜市场改造工程、适老化改造工程、排水提质工程、托育服务工程、文体惠民工程、平安守护工程、就业帮扶工程。",
    ];
    const lastYear = "2020年,通过县人大会议票决确定的10项民生实事项目已全部完成年度目标。";
    const history = "自2008年以来,全县共实施民生实事项目120多项。";
    const told = run([...list, lastYear + "2020年,全县新建农村公路86公里,新增托位600个。", history].join("\n")).archive;
    expect(told.reports.map((r) => [r.year, r.sources[0]!.kind, r.projectCount, r.projects.length])).toEqual([
      [2020, "results", 10, 2],
      [2021, "plan", 10, 10],
    ]);
    expect(told.reports[0]!.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`))).toEqual([["86公里 actual"], ["600个 actual"]]);
    // One sentence that only counts last year's programme is context for this year's list…
    const counted = run([...list, "2020年,通过县人大会议票决确定的10项民生实事项目中,城乡供水工程满意度最高。", history].join("\n")).archive;
    expect(counted.reports.map((r) => [r.year, r.projectCount, r.projects.length])).toEqual([[2021, 10, 10]]);
    // …but one that gives its verdict on it (…已全部完成年度目标 · 21件民生实事全部高标准办结) reports it.
    const verdict = run([...list, lastYear, history].join("\n")).archive;
    expect(verdict.reports.map((r) => [r.year, r.sources[0]!.kind, r.projectCount, r.projects.length])).toEqual([
      [2020, "results", 10, 0],
      [2021, "plan", 10, 10],
    ]);
  });

  it("reads items that open with their name and a colon (the name alone on a line too), with their level", () => {
    const report = only(
      [
        "台州市2019年10项民生实事全部完成",
        "2019年,台州市10项民生实事全部完成年度目标任务。现将完成情况通",
        "报如下:",
        "扩大普惠性学前教育资源(省定):全市新建、改扩建公办幼儿园28所,完成年度目标任务的140%。",
        "改善农村学校办学条件(省定):",
        "2019年,全市新开工乡镇寄宿制小学12所。",
        "建设口袋公园(市定):全市建成口袋公园80个;新增城市绿道60公里。",
        "实施体育惠民工程(市定):全市新建改造社区运动场地150个,完成年度计划的150%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.level])).toEqual([
      ["扩大普惠性学前教育资源", "province"],
      ["改善农村学校办学条件", "province"],
      ["建设口袋公园", "city"],
      ["实施体育惠民工程", "city"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12所"]);
  });

  it("splits last year's results and this year's list, both unnumbered lines, at the paragraph that opens the second", () => {
    const { archive } = run(
      [
        "黔东南苗族侗族自治州政府工作报告(摘要)",
        "2021年,黔东南州8项民生实事全部完成年度目标任务。现将完成情况通报如下:",
        "加强残疾儿童康复服务:全州残疾儿童得到康复救助2100名,完成年度计划的130%。",
        "加强农村基础设施建设:全州新建和改造农村公路380公里,完成年度计划的140%。",
        "推进公共停车设施建设:全州新增公共停车泊位1.2万个,完成年度计划的120%。",
        "2022年,黔东南州将集中力量办好3项民生实事,具体如下:",
        "建设城市书房和文化驿站:全州新建城市书房20家。",
        "实施体育惠民工程:全州新建改造社区运动场地不少于40个。",
        "开展城镇老旧小区改造:全州新开工改造城镇老旧小区200个。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.length])).toEqual([
      [2021, "results", 3],
      [2022, "plan", 3],
    ]);
  });

  it("tells the region from who speaks: a county that names 省、市政府 above it, a district whose 区委 ties the city's 市委, a city that names its county most", () => {
    const county = only("记者从刚刚闭幕的通渭县第十七届人民代表大会第四次会议上了解到,2016年,通渭县在落实好省、市政府确定的实事的同时,将办好10件民生实事:新建幼儿园3所、改造农村公路60公里、新增城镇就业1500人、改造危房800户。");
    expect(county.region.name).toBe("通渭县");
    const district = only("2024年12月,黄州区“两会”期间,代表对2024年十大民生实事办理成效开展评议。区委、区政府高度重视,市委、市政府给予支持。\n1.新建幼儿园3所\n2.改造农村公路60公里\n3.新增停车泊位500个");
    expect(district.region.name).toBe("黄州区");
    const city = only("为扎实推进我市2017年民生工程实施工作,现将1至7月进度通报如下:全市民生工程进展顺利,金寨县、霍邱县名列前茅。六安市民生工程进度:\n1.金寨县完成投资2亿元\n2.金寨县新建幼儿园3所\n3.金寨县改造农村公路60公里\n4.金寨县新增停车泊位500个");
    expect(city.region.name).toBe("六安市");
  });

  it("reads the shorter runs of quoted names that go on in a paragraph naming projects so (；“A”“B”等项目…), each name once", () => {
    const report = only(
      "截至12月25日,2017年重庆市为民办实事项目已全部完成。今年初安排了15项实事项目。其中,“新增养老床位”“新建社区食堂”“更新老旧电梯”“改造农贸市场”等项目深受好评;“新增学校少年宫”“建设小学生爱心暑托班”等项目丰富了学生生活;“新建百姓健身步道”“新建社区食堂”等项目方便了群众健身。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增养老床位", "新建社区食堂", "更新老旧电梯", "改造农贸市场", "新增学校少年宫", "建设小学生爱心暑托班", "新建百姓健身步道"]);
  });

  it("reads projects named in quotes, one after another, as some of the programme's (其中“A”“B”…等)", () => {
    const report = only(
      "截至12月25日,2016年天津市为民办实事项目已全部完成。今年初安排了20项实事项目。其中,“新建老年人日间服务中心”“新设社区老年人助餐服务点”“更新老旧电梯”“改造农贸市场”等项目超额完成。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建老年人日间服务中心", "新设社区老年人助餐服务点", "更新老旧电梯", "改造农贸市场"]);
    expect(report.projectCount).toBe(20);
  });

  it("reads the quantity a quoted name states as the task's target, in a progress notice too (“改造800万平方米老旧小区”等项目超额完成)", () => {
    const report = only(
      "截至9月底,2022年沈阳市重点民生实事持续推进。其中,“改造800万平方米老旧小区”“新建30个社区食堂”“更新老旧电梯”“新建百姓健身步道”等项目超额完成节点目标。",
    );
    expect(report.sources[0]!.kind).toBe("progress");
    const figures = report.projects.flatMap((p) => p.metrics.map((m) => [p.title, `${m.value}${m.unit}`, m.role]));
    expect(figures).toEqual([
      ["改造800万平方米老旧小区", "800万平方米", "target"],
      ["新建30个社区食堂", "30个", "target"],
    ]);
  });

  it("reads a list whose every task, stated as planned (确保…以上), has a 完成情况 of its own as a results report", () => {
    const report = only(
      [
        "许昌市2022年重点民生实事公示",
        "1.确保全年新增城镇就业3万人以上。",
        "责任单位:市人力资源和社会保障局",
        "完成情况:全年新增城镇就业3.4万人。",
        "2.力争改造农村公路200公里以上。",
        "责任单位:市交通运输局",
        "完成情况:改造农村公路236公里。",
        "3.确保新增养老床位1000张以上。",
        "责任单位:市民政局",
        "完成情况:新增养老床位1120张。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`))).toEqual([
      ["3万人 target", "3.4万人 actual"],
      ["200公里 target", "236公里 actual"],
      ["1000张 target", "1120张 actual"],
    ]);
  });

  it("reads pairs of 目标任务 and 完成情况 labels, the targets stated as planned, as a results report", () => {
    const report = only(
      [
        "平顶山市2022年重点民生实事公示",
        "目标任务:确保全年新增城镇就业3万人以上。",
        "完成情况:全年新增城镇就业3.4万人。",
        "目标任务:力争改造农村公路200公里以上。",
        "完成情况:改造农村公路236公里。",
        "目标任务:确保新增养老床位1000张以上。",
        "完成情况:新增养老床位1120张。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("finds the programme's count past a photo caption and an anecdote that open the story", () => {
    const report = only(
      [
        "醴陵市重点民生实事实现“双过半”",
        "",
        "(资料图)",
        "",
        "醴陵市政务服务中心“一网通办”推广工作会议现场。",
        "",
        "“谢谢你的耐心指导,用APP办理社保查询、缴费很方便,我们以后不用跑腿了。”6月25日,来自醴陵市的居民李先生对政务服务窗口工作人员开心地说道。",
        "",
        "这是该市全面推广政务服务“一网通办”,让群众少跑路,让数据多跑路,助推实事办理精度和深度的一个缩影。今年以来,该市坚持早谋划、早行动、早见效,第一时间组建工作专班,制定作战任务图,倒排作战时间,压实各方责任。",
        "",
        "该市注重调查研究,把百姓满不满意作为实事办得好不好、实不实的唯一标准,对群众关注度高的难点问题,充分征集民意,做好宣传动员,采取一户一册等举措,全面推进项目建设。",
        "",
        "2023年,醴陵市承办省、市重点民生实事共36项。截至目前,新建公办幼儿园3所,改造农村公路120公里,新增养老床位300张。",
      ].join("\n"),
    );
    expect(report.projectCount).toBe(36);
  });

  it("reads a page stamp written day first (29.11.2018 13:10) as the publication date, and its year where the text names two years as often", () => {
    const report = only(
      [
        "市政协委员视察民生建设十大实事",
        "29.11.2018 13:10",
        "本文来源: 市政府",
        "11月27日,市政协组织委员对我市“民生建设十大实事”建设成果进行视察。在克拉玛依区,视察组察看了“改厕工程”,改造提升的120座厕所已进入收尾阶段。自2017年5月开始,我市累计完成绿化面积2万亩,其中2018年完成1.5万亩。",
      ].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2018-11-29");
    expect(report.year).toBe(2018);
  });

  it("opens another year's list at a question that looks back on that year's projects (回顾一下2017年…的项目，带来了哪些便利？), its numbering restarting", () => {
    const { archive } = run(
      [
        "2018年,钦州市将开工建设一批体育、文化、医疗等8项为民办实事事项。这8项为民办实事事项分别是:",
        "1、建成钦州市妇幼保健院;",
        "2、完成人民公园改造项目;",
        "3、建成自然村硬底化道路120公里;",
        "4、完成农村危房改造4000户;",
        "那么,我们再来回顾一下2017年,曾经影响着我们钦州人的项目,都给钦州人带来了哪些便利?",
        "1、城市低保:累计为12.5万人次城市低保对象足额发放低保金3200万元;",
        "2、农村低保:累计为40.2万人次农村低保对象发放低保金5100万元;",
        "3、新农合筹资:每人每年390元提高到470元。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.projects.length])).toEqual([
      [2017, 3],
      [2018, 4],
    ]);
  });

  it("reads names closed by the deputies' verdict on them (A、B、C等项目的测评结果均为满意) as projects of the programme", () => {
    const report = only(
      "1月20日下午,曲靖市第六届人民代表大会第五次会议上,到会的人大代表对2024年10件票决民生实事项目的完成情况进行满意度测评。投票结果显示,实施健康惠民工程、“一老一小”关爱行动、城乡供水保障工程、农村公路提质工程等项目的测评结果均为满意。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["健康惠民工程", "“一老一小”关爱行动", "城乡供水保障工程", "农村公路提质工程"]);
  });

  it("reads one quoted project of its own paragraph (“A”项目8月底具备通车条件) where the text names the others in runs", () => {
    const report = only(
      [
        "截至8月底,沈阳市2023年15项重点民生实事持续推进。",
        "“沈阳至抚顺城际通道项目通车”项目8月底具备通车条件,于9月1日实现全线通车。",
        "与此同时,“改造老旧小区”“燃气安全提升工程”“增加中心城区停车泊位有效供给”“城市道路照明建设工程”等项目超额完成8月份节点目标。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toContain("沈阳至抚顺城际通道项目通车");
  });

  it("reads groups of names that their own count closes (A、B等2项…；C、D、E等3项…) as projects", () => {
    const report = only(
      "2024年1-4月宿松县30项民生实事有序推进。其中出生缺陷防治、噪声扰民整治等2项达到年度目标。菜市场整治、电信诈骗治理、法律援助等3项常态化开展。老旧小区改造、无障碍改造2项正在进行前期工作。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["出生缺陷防治", "噪声扰民整治", "菜市场整治", "电信诈骗治理", "法律援助", "老旧小区改造", "无障碍改造"]);
  });

  it("reads counted groups in paragraphs that each open with the same year as one list", () => {
    const report = only(
      ["2024年1-6月，东至县20项民生实事有序推进。其中出生缺陷防治、噪声扰民整治等2项达到年度目标。", "2024年以来，菜市场整治、电信诈骗治理、法律援助等3项常态化开展。"].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["出生缺陷防治", "噪声扰民整治", "菜市场整治", "电信诈骗治理", "法律援助"]);
    expect(report.sources).toHaveLength(1);
    expect(report.sources[0]!.check).toMatchObject({ layout: "sentence", stated: 20, read: 5 });
  });

  it("never takes rates listed in turn after a count (2项…完成率分别为：35.29%、39.73%) for names of projects", () => {
    const report = only("2024年1-6月，东至县20项民生实事有序推进。其中出生缺陷防治、噪声扰民整治等2项达到年度目标。菜市场整治、法律援助等2项常态化开展，完成率分别为：35.29%、39.73%。");
    expect(report.projects.map((p) => p.title)).toEqual(["出生缺陷防治", "噪声扰民整治", "菜市场整治", "法律援助"]);
  });

  it("gives each name of a counted group its own rate where the sentence lists one per name (分别达38%、64%)", () => {
    const report = only(
      "2024年1-4月宿松县30项民生实事有序推进。法律援助、送戏进万村活动、残疾人培训等3项完成率分别达38%、64%、70%;菜市场整治、电信诈骗治理等2项常态化开展。",
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`).join(" ")])).toEqual([
      ["法律援助", "38%"],
      ["送戏进万村活动", "64%"],
      ["残疾人培训", "70%"],
      ["菜市场整治", ""],
      ["电信诈骗治理", ""],
    ]);
  });

  it("reads prose that opens a sentence with each project's name (X工程，…。Y工程，…。) as those projects, a selection of the stated count", () => {
    const report = only(
      [
        "山西:16项民生工程进展顺利",
        "",
        "2023年11月05日 来源：山西日报",
        "",
        "太原11月5日电 今年以来，山西大力实施16项民生工程。截至目前，多数工程已超额完成年度目标任务。",
        "",
        "据介绍，城镇供热管网改造工程，改造管网420公里，完成年度任务的105%。农村饮水提质工程，新建集中供水站36座，完成年度任务的100%。统计显示，“暖心食堂”建设工程，建成社区食堂210个，完成年度任务的116.7%；另有村级助餐点80个在建。",
        "",
        "随着民生工程的推进，群众获得感不断增强。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`).join(" ")])).toEqual([
      ["城镇供热管网改造工程", "420公里"],
      ["农村饮水提质工程", "36座"],
      ["“暖心食堂”建设工程", "210个 80个"],
    ]);
    expect(report.projectCount).toBe(16);
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads paragraphs that open with a project's name going straight on into what was done (X项目已开工… · Y行动实现…) as those projects", () => {
    const report = only(
      [
        "时间过半 绍兴市民生实事项目进展如何",
        "稿源: 绍兴网 2021-08-10",
        "记者从市政府获悉，今年市人大代表票决产生的10项民生实事项目总体进展顺利。",
        "城区学校扩容建设项目已开工32个，完成年度投资6.2亿元。",
        "稳就业专项行动实现城镇新增就业5.3万人，已完成目标任务的58.9%。",
        "老旧小区改造项目，已有21个小区进场施工。",
        "农村饮用水达标提标工程完成提标8.2万人，完成目标任务的68.3%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容建设项目", "稳就业专项行动", "老旧小区改造项目", "农村饮用水达标提标工程"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.rate}`)).toEqual(["5.3万人 58.9"]);
  });

  it("reads the last project of such prose where the page lost its closing 。", () => {
    const report = only(
      [
        "呼和浩特:12项民生工程进展顺利",
        "",
        "2023年10月12日 来源：呼和浩特日报",
        "",
        "今年以来，呼和浩特市大力实施12项民生工程。截至目前，多数工程已完成年度目标任务。",
        "",
        "据介绍，城区道路改造工程，改造道路35公里，完成年度任务的110%。农村供水保障工程，新建供水站20座，完成年度任务的100%。老旧小区改造工程，改造小区48个，完成年度任务的120%",
      ].join("\n"),
    );
    expect(report.projects.at(-1)).toMatchObject({ title: "老旧小区改造工程", metrics: [{ value: 48, unit: "个", rate: 120 }] });
  });

  it("reads names that an ellipsis closes, the count later in the sentence (A、B、C……在…会上，10件…项目由代表选出), and no count in the proposals gathered", () => {
    const report = only(
      [
        "票决实事回应群众期盼",
        "",
        "东台市2025年度共收集到民生实事96件，经汇总筛选后提交大会票决。",
        "",
        "老旧小区改造工程、城乡公交提升工程、社区托育扩容工程、农贸市场改造工程……在1月10日闭幕的东台市人民代表大会上，10件2025年度民生实事项目由代表投票选出。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["老旧小区改造工程", "城乡公交提升工程", "社区托育扩容工程", "农贸市场改造工程"]);
    expect(report.projectCount).toBe(10);
    expect(report.year).toBe(2025);
  });

  it("reads a report whose cut-off is the end of its own year (截至2022年12月底…完成全年任务) as results, whatever words of its announcement it repeats", () => {
    const report = only(
      [
        "2022年，鞍山市委、市政府通过公开征集，研究确定了“供暖提质工程”、“背街小巷整治工程”、“社区食堂工程”、“老年助餐工程”等10项重点民生工程。",
        "",
        "截至2022年12月底，我市10项重点民生工程全面完成了全年任务目标。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("never takes a ranking or a table of places (1、砀山县；2、萧县 · a row per 市州) for projects", () => {
    const report = only(
      [
        "宿州市1至6月份民生工程实施进度通报",
        "为扎实推进我市2023年30项民生工程精准实施,现将1至6月份实施进度通报如下:",
        "一、各县区民生工程实施进度综合排名",
        "1、砀山县;2、埇桥区;3、灵璧县;4、泗县;5、萧县。",
        "二、部分项目进展情况",
        "1、职业技能培训,牵头单位:市人社局。其中,技能培训进度较慢的为泗县。",
        "2、老年助餐服务,牵头单位:市民政局。其中,助餐点建设进度较慢的为萧县。",
        "3、农村公路提质改造,牵头单位:市交通局。其中,提质改造进度较慢的为灵璧县、泗县。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["职业技能培训", "老年助餐服务", "农村公路提质改造"]);
  });

  it("restores headings a page flattened into its paragraph with spaces (。 推进X工程 截至…), a feature's selection of the stated count", () => {
    const report = only(
      [
        "江西为民办实事项目进展顺利",
        "2019-10-20 09:12:40 来源:江西日报",
        "记者从省发改委获悉,2019年省委、省政府确定的25件为民办实事项目已实施过半。 推进城乡供水一体化 截至9月底,新建供水管网860公里、占年度任务91.5%;新增受益人口32万人。 实施农村危房改造 截至9月底,完成改造1.2万户、占年度任务103.2%。 建设乡镇综合文化站 截至9月底,新建综合文化站46个,省级补助资金到位0.8亿元。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([
      ["推进城乡供水一体化", 2],
      ["实施农村危房改造", 1],
      ["建设乡镇综合文化站", 2],
    ]);
    expect(report.projectCount).toBe(25);
  });

  it("reads prose by fields of the programme (X方面，…) as those projects, and no count in a subset (3项…的实事进展良好)", () => {
    const report = only(
      [
        "青海2022年民生实事推进有序",
        "2022年08月10日 来源:青海日报",
        "办好群众最急需的8个方面民生实事，是省政府的庄严承诺。截至7月底，8个方面的25项民生实事中，4项已完成全年任务，3项动态跟进办理的实事进展良好。",
        "促进城乡就业方面，城镇新增就业3.1万人，完成目标任务的80.2%；培训城乡劳动者5.6万人次，开发公益性岗位2100个。改善办学条件方面，新建幼儿园12所，改扩建校舍8万平方米。在加强养老服务方面，新建社区养老服务站40个，改造特困供养机构15所，新增护理型床位600张。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([
      ["促进城乡就业", 3],
      ["改善办学条件", 2],
      ["加强养老服务", 3],
    ]);
    // The count is the works the text counts where it names its fields again (8个方面的25项), as of 十个方面34项.
    expect(report.projectCount).toBe(25);
  });

  it("takes 十方面…项目涉及A、B、C等。 as the announcement of a list, never 涉及 topics that the sentence goes on about", () => {
    const report = only(
      [
        "2月20日，记者从衢州市政府办公室获悉，2021年衢州市政府十方面民生实事项目已全部如期完成。",
        "2021年衢州市政府十方面民生实事项目涉及保障饮水安全、扩大托育服务、改善交通出行、推进垃圾分类等。",
        "保障饮水安全连续多年入选民生实事项目。去年，全市改造提升农村供水工程86处。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([
      ["保障饮水安全", 1],
      ["扩大托育服务", 0],
      ["改善交通出行", 0],
      ["推进垃圾分类", 0],
    ]);
    const topics = only("驻马店市2022年“十件实事”涉及医疗、教育、交通等多个民生问题，亮点十足。分别为：新建中小学校8所；改造农村公路60公里；新建社区公园12个。");
    expect(topics.projects).toHaveLength(3);
    expect(topics.projects.map((p) => p.title)).not.toContain("教育");
  });

  it("reads the names a count opens in brackets (推进缓慢的有3(A、B、C)) as projects, once however many places repeat them", () => {
    const report = only(
      [
        "遂宁市2018年“十件民生实事”1—9月进度公示",
        "截至9月底，已提前完成年度目标任务的有4项；推进缓慢的有2(城区停车场建设、农贸市场改造)。其中：船山区有2(城区停车场建设、农贸市场改造)推进缓慢；射洪县有1(农贸市场改造)推进缓慢。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区停车场建设", "农贸市场改造"]);
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads the projects a sentence lists in turn without a count (得分居前的项目分别是：A、B、…) as some of the stated count", () => {
    const report = only(
      [
        "2019年度天津市政府民心工程全部完成",
        "市政府于2019年共安排20项民心工程，所有项目均按期完成目标任务，其中18个项目超计划完成。",
        "据测评，得分居前的项目（按得分从高到低）分别是：新建50个社区老年助餐点、新建100公里健身步道、开设300个暑期托管班、改造40个农贸市场。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建50个社区老年助餐点", "新建100公里健身步道", "开设300个暑期托管班", "改造40个农贸市场"]);
    expect(report.projectCount).toBe(20);
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads the names each count announces (进度偏慢的3项分别是：A、B、C) as projects, list after list", () => {
    const report = only(
      [
        "株洲市2020年1-9月重点民生实事进展",
        "截至9月20日，省实事中有8项提前完成；进度偏慢的2项分别是：农村户用厕所改造、城区公厕建设。",
        "市实事中有6项提前完成；进展偏慢的3项分别是：新建公办幼儿园、老旧小区改造、农贸市场提质改造。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村户用厕所改造", "城区公厕建设", "新建公办幼儿园", "老旧小区改造", "农贸市场提质改造"]);
  });

  it("reads projects listed in turn after each status group's count (一是…项目5个。分别为：A、B；C…。二是…), never rates listed in turn", () => {
    const report = only(
      [
        "永州市1-10月20件重点民生实事项目进展顺利",
        "2018年，永州市共办理20件重点民生实事项目。一是已完成或达到时序进度的项目3个，占比达60%。分别为：城镇棚户区改造、农村危房改造；提高城乡低保标准。二是有一定进度的项目2个，占比达40%。分别为：乡镇农贸市场建设、中小河流治理。各县区完成率分别为95.2%、88.6%、79.3%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城镇棚户区改造", "农村危房改造", "提高城乡低保标准", "乡镇农贸市场建设", "中小河流治理"]);
    expect(report.projectCount).toBe(20);
  });

  it("splits counted groups by the paragraph that opens another year (2015年，…谋划了A、B、C等3个方面), never counting the departments that speak", () => {
    const { archive } = run(
      [
        "昨日，通化市政府举行新闻发布会，通报2014年全市惠民实事完成情况。市住建局、民政局、教育局等3个部门负责人回答了提问。",
        "2014年，通化市确定了就业创业、住房保障、城乡饮水安全、地下管网改造、疾病防治共5项工程20件惠民实事。截止到2014年底，20件惠民实事有19件全面完成。",
        "2015年，通化市初步谋划了农民增收致富、社会保障提升、便民服务拓展等3个方面15件惠民实事。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.map((p) => p.title)])).toEqual([
      [2014, "results", ["就业创业", "住房保障", "城乡饮水安全", "地下管网改造", "疾病防治"]],
      [2015, "plan", ["农民增收致富", "社会保障提升", "便民服务拓展"]],
    ]);
  });

  it("reads a look back at voted projects (竣工, 满意率 from the deputies' rating) as results, not the vote's plan", () => {
    const report = only(
      [
        "2021年，宝兴县人代会票决出了县城幼儿园、农村公路提升、老旧线路改造三个民生实事项目。县政府随即印发实施方案。",
        "一年过去，项目完成情况如何？在近日举行的人代会上，代表们给出了答案：县城幼儿园满意率98.4%，农村公路提升满意率96.1%。",
        "——2021年12月中旬，老旧线路改造竣工，附近村民交口称赞。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads the clauses a sentence includes and counts at its end (包括了A，B，…以及E五项重点民生实事) as the projects, over groups named later", () => {
    const report = only(
      [
        "山西公布2021年五项重点民生实事",
        "据介绍，2021年山西重点民生实事包括了新增城镇就业45万人，推进城镇老旧小区改造提质，继续实施残疾儿童康复救助，持续改善大气环境质量以及加快建设农村教师周转宿舍五项重点民生实事。",
        "总体来看，既有需要持续推进的事项，包括新增城镇就业、残疾儿童康复救助、改善大气环境质量等3项；也有新列入的事项，包括老旧小区改造提质、建设农村教师周转宿舍等2项。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增城镇就业45万人", "推进城镇老旧小区改造提质", "继续实施残疾儿童康复救助", "持续改善大气环境质量", "加快建设农村教师周转宿舍"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["45万人"]);
  });

  it("gives each item of a group its own name where two are joined by 和 (第一、第二项实事，分别是A和B，均已完成)", () => {
    const report = only(
      ["铜川市2024年民生实事完成情况", "第一、第二项实事，分别是新建幼儿园3所和改造老旧小区12个，均已完成。", "第三项实事，新增公共停车位800个，已完成。", "第四项实事，改造农村公路60公里，已完成。"].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建幼儿园"],
      [2, "改造老旧小区"],
      [3, "新增公共停车位"],
      [4, "改造农村公路"],
    ]);
  });

  it("never takes a line or a lead that names the programme (the title line, 民生实事连着民心。…) for a project", () => {
    const lines = only(["延安市2024年民生实事项目", "", "新建幼儿园12所", "", "改造老旧小区30个", "", "新增停车位800个", "", "改造农村公路60公里"].join("\n"));
    expect(lines.projects.map((p) => p.title)).toEqual(["新建幼儿园12所", "改造老旧小区30个", "新增停车位800个", "改造农村公路60公里"]);
    const leads = only(
      [
        "2021年，鄞州区将办好四件民生实事，具体如下：",
        "建设口袋公园。全区建成口袋公园11个。",
        "实施体育惠民工程。全区建设体育公园2个。",
        "发展老年助餐服务。全区建成老年助餐场所34个。",
        "实施职业技能提升行动。全区职业技能培训2.9万人次。",
        "民生实事连着民心。2021年，全区群众满意度达到96.1%。",
      ].join("\n\n"),
    );
    expect(leads.projects.map((p) => p.title)).toEqual(["建设口袋公园", "实施体育惠民工程", "发展老年助餐服务", "实施职业技能提升行动"]);
  });

  it("reads two years' lists named in one sentence each (2023年…全部完成：A、B… ‖ 2024年…将办好：C、D…) as two reports", () => {
    const { archive } = run(
      [
        "亳州市政府工作报告（摘要）",
        "2023年，亳州市4项民生实事全部完成年度目标任务：提升基层医疗卫生服务能力、加强农村基础设施建设、加强残疾儿童康复服务和新增公共停车泊位。",
        "2024年，亳州市将集中力量办好5项民生实事：扩大普惠性学前教育资源、实施职业技能提升行动、提升基层医疗卫生服务能力、建设口袋公园和开展“两癌”免费筛查。",
      ].join("\n\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.length])).toEqual([
      [2023, "results", 4],
      [2024, "plan", 5],
    ]);
  });

  it("reads counted groups whose names run long (向全市1891名特困群众和1206名残疾人发放生活救助金、…4个子项已提前完成)", () => {
    const report = only(
      [
        "固原市政府督查室对2017年度市政府承诺为民办理实事进行督察。",
        "市政府承诺为民办理的10件实事目前正在稳步推进。其中向全市1891名特困群众和1206名残疾人发放生活救助金、对餐饮店免费制作发放统一标识标牌2个子项已提前完成；市区10个老旧小区基础设施维修改造、建设市区城市绿道2个子项也在稳步推进当中。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["向全市特困群众和残疾人发放生活救助金", "对餐饮店免费制作发放统一标识标牌", "市区10个老旧小区基础设施维修改造", "建设市区城市绿道"]);
  });
  it("reads the projects a news story gives as examples after 包括/如, each year's examples as that year's list", () => {
    const text = [
      "成都讯 四川省政府昨日举行新闻发布会,介绍2024年民生实事完成情况和2025年民生实事安排。2025年,全省将继续实施10类30件民生实事。",
      "会上通报,2024年四川省10类30件民生实事年度目标任务已全面完成。其中具体成效包括:新建城市社区嵌入式服务设施120个;改造农村危房1.2万户、抗震改造农房3000户;为65岁以上老年人免费体检;完成2.5万台老旧电梯更新等。",
      "2025年的民生实事更加聚焦群众身边事,如为中小学生免费开展脊柱侧弯筛查、新增城乡公益性岗位1万个、推进农村客运公交化改造等。",
      "据省财政厅介绍,2024年全省民生支出占一般公共预算支出的比重为68.5%。",
    ].join("\n");
    const { archive } = run(text);
    const byYear = Object.fromEntries(archive.reports.map((r) => [r.year, r]));
    expect(Object.keys(byYear)).toEqual(["2024", "2025"]);
    // Two figured tasks joined by 、 are two examples.
    expect(byYear[2024]!.projects.map((p) => p.title)).toEqual(["新建城市社区嵌入式服务设施", "改造农村危房", "抗震改造农房", "为65岁以上老年人免费体检", "完成2.5万台老旧电梯更新"]);
    expect(byYear[2024]!.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3000户"]);
    // The year of the examples is told by the sentence before them: done, and how many in all.
    expect(byYear[2024]!).toMatchObject({ projectCount: 30 });
    expect(byYear[2024]!.sources[0]!.kind).toBe("results");
    expect(byYear[2025]!.projects.map((p) => p.title)).toEqual(["为中小学生免费开展脊柱侧弯筛查", "新增城乡公益性岗位1万个", "推进农村客运公交化改造"]);
    // Its count stands in another paragraph's sentence about 2025.
    expect(byYear[2025]!).toMatchObject({ projectCount: 30 });
    expect(byYear[2025]!.sources[0]!.kind).toBe("plan");
    // The budget share is no project's figure.
    expect(archive.reports.flatMap((r) => r.projects.flatMap((p) => p.metrics.map((m) => m.value)))).not.toContain(68.5);
  });

  it("does not read topics (就业、住房…) or 如期 as examples", () => {
    const { archive } = run("2024年,资阳市实施10件民生实事,涵盖就业、收入、住房、医疗等方面,如期完成。各项目包括就业、教育、医疗、养老等领域。\n\n1.新建幼儿园3所。\n\n2.改造老旧小区12个。\n\n3.新增停车位800个。");
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["新建幼儿园", "改造老旧小区", "新增停车位"]);
  });
  it("reads a sentence of tasks, one per ；, after a sentence that announces a batch of projects (将启动一批惠民工程。完成A；实施B；…)", () => {
    const report = only(
      "深圳龙华区将启动一批惠民工程\n\n2016年3月2日 来源:宝安日报\n\n据介绍,在办好为民办10件实事的基础上,龙华区今年将启动一批惠民工程,进一步夯实民生基础。完成观澜河沿线3条市政道路贯通工程;实施城中村危房改造,加快大浪片区危房改造工作;完成2个社区幸福院的建设;落实创业培训补贴、小额担保贷款工作;完善12个社区健康服务中心网络建设。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["完成观澜河沿线3条市政道路贯通工程", "实施城中村危房改造", "完成2个社区幸福院的建设", "落实创业培训补贴、小额担保贷款工作", "完善12个社区健康服务中心网络建设"]);
    expect(report.projects[4]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12个"]);
  });

  it("leaves the ；-parts of one project's paragraph to that project where nothing announces them as a batch", () => {
    const report = only(
      "2018年黄石市十大民生实事完成情况\n\n一、学前教育扩容工程\n\n全年新建幼儿园12所,超额完成10所的年度目标任务;新增学位3000个,超额完成2500个的年度目标任务;培训幼儿教师800人,完成年度目标任务。\n\n二、棚户区改造工程\n\n改造棚户区5000户。\n\n三、农村公路提升工程\n\n新建农村公路300公里。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["学前教育扩容工程", "棚户区改造工程", "农村公路提升工程"]);
  });
  it("names a —— or ● item by its whole first sentence where that sentence states no figure, by its first clause where it does", () => {
    const report = only(
      "宝鸡市政府决定2001年为群众办好以下十件事\n\n——增加公交车辆,调整公共交通线路,提高服务质量。新购公交车辆120部等。\n\n——加快经济适用房建设,扩大就业渠道。年底竣工50万平方米。\n\n——新建农村公路300公里,改造危桥20座。\n\n——加强市容市貌整洁工作,改善市民生活环境。完成人行道改造30万平方米。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["增加公交车辆,调整公共交通线路,提高服务质量", "加快经济适用房建设,扩大就业渠道", "新建农村公路300公里", "加强市容市貌整洁工作,改善市民生活环境"]);
  });
  it("reads projects a text names and counts (A、B、C、D等10项民生工程) though their figures stand in an earlier paragraph, and takes the promise off the first name", () => {
    const report = only(
      [
        "本报长春1月20日电 “新建农村寄宿制学校86所,乡镇文化站150个……”今天上午,在吉林省第十一届人民代表大会第五次会议上,省长作《政府工作报告》。",
        "2011年,在去年1月召开的省人代会上,省长向代表们承诺了继续扩大就业、努力增加城乡居民收入、进一步完善城乡社会保障体系、继续改善农村中小学办学条件等10项民生工程。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["继续扩大就业", "努力增加城乡居民收入", "进一步完善城乡社会保障体系", "继续改善农村中小学办学条件"]);
    expect(report.projectCount).toBe(10);
  });
  it("does not split a list at items that open with a date (一、截至2019年12月底… · 三、…预计2020年6月完工): a part's year is its heading's", () => {
    const report = only(
      [
        "2019年区政府实事项目完成情况",
        "2020年01月20日 来源: 静安区政府网",
        "一、截至2019年12月底,新增就业岗位5200个,完成全年目标的104%。",
        "二、新建社区老年人助餐服务点12个,完成全年目标的120%。",
        "三、实验学校加固工程主体完工,二中由于方案调整,预计2020年6月主体完工;完成6所学校体育场地夜间开放。",
        "四、为全区600户困难残疾人提供居家养护服务。",
      ].join("\n\n"),
    );
    expect(report.year).toBe(2019);
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4]);
  });

  it("drops a last heading the page cut to a stub (四、关…), but keeps every item before it", () => {
    const text = ["江西省2024年十件民生实事上半年进展情况", "截至6月底,全省十件民生实事进展顺利。", "一、关于开展职业技能培训", "培训18.2万人次,完成年度目标的61%。", "二、关于改造城镇老旧小区", "开工改造小区1021个,完成年度目标的87%。", "三、关于建设普惠托育机构", "新增托位1.2万个,完成年度目标的55%。", "四、关"].join("\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(["开展职业技能培训", "改造城镇老旧小区", "建设普惠托育机构"]);
    // A short title with text of its own is an item.
    expect(only(text + "\n完成年度目标的40%。").projects).toHaveLength(4);
  });

  it("reads a report's list told one project per sentence, each opening on its aim as a clause (提升城区防汛能力，实施…), against fewer fields", () => {
    const report = only(
      [
        "2024年定州将实施9件民生实事项目",
        "从近日闭幕的定州市人民代表大会上获悉,今年该市将实施9件民生实事项目。",
        "在城市建设方面,改善城市交通,开工建设北环路等5条市区道路。建设口袋公园,新建口袋公园12个。提升城区防汛能力,实施城区雨水管网改造项目。",
        "在民生保障方面,强化教育惠民,完成3所学校项目建设。促进就业创业,完成职业技能培训3200人次。提高健康保障能力,完成市人民医院门诊楼改造。",
        "在农业农村方面,保障粮食增产,新建高标准农田2万亩。改善农村人居环境,改造农村户厕3000座。提升农村供水保障,新建改造农村供水工程20处。",
      ].join("\n"),
    );
    expect(report.sources[0]!.check).toMatchObject({ layout: "aims", stated: 9, read: 9 });
    expect(report.projects.map((p) => p.title).slice(0, 3)).toEqual(["改善城市交通", "建设口袋公园", "提升城区防汛能力"]);
    expect(report.projects[4]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3200人次"]);
  });

  it("reads no aims in a speech's charges to its listeners (要加快推进建设进度，… · 一要加快工程进度，…)", () => {
    const speech = [
      "2025年民生实事工作会议召开",
      "1月8日,牡丹江市召开民生实事工作会议,听取2024年民生实事完成情况汇报。",
      "会议强调,要持续谋深谋实2025年民生实事,细化分解工作任务。要加快推进建设进度,确保各项民生实事如期完成。要加强宣传报道,让群众广为知晓。要把质量做优,强化全过程质量跟踪。要保安全,时刻绷紧安全生产这根弦。要管长远,建立健全长期运营机制。",
    ].join("\n");
    const { archive } = run(speech);
    const titles = archive.reports.flatMap((r) => r.projects.map((p) => p.title));
    expect(titles.filter((t) => /^[一二三]?要/u.test(t))).toEqual([]);
  });

  it("keeps every line of an unpunctuated list apart, though a byline with a colon follows its last lines", () => {
    const report = only(
      [
        "1月12日,东莞市大朗镇人大票决产生了2025年度十大民生实事。",
        "十大民生实事项目",
        "3000名长者享受助餐服务",
        "12所学校食堂提质改造",
        "8万名居民免费健康体检",
        "6个社区口袋公园建设",
        "20公里污水管网建设",
        "1.5万户燃气安全改造",
        "500个公共停车位建设",
        "30公里碧道建设提升",
        "15个村居垃圾分类示范点",
        "2000名青年就业见习",
        "文/记者:李明 、王芳",
        "编辑:张三",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title).at(-1)).toMatch(/就业见习/);
    expect(report.projects).toHaveLength(10);
  });

  it("reads a text that gives several districts' lists in turn, each under its name, as one report per district", () => {
    const { archive } = run(
      [
        "武汉各区2025年民生实事出炉",
        "先来看看中心城区的民生新规划",
        "江岸区",
        "江岸区人民政府",
        "2025年实施民生实事项目4项",
        "后湖片区老旧小区改造项目",
        "长江二桥下口袋公园建设项目",
        "社区养老服务中心建设项目",
        "百步亭花园路升级改造项目",
        "江汉区",
        "江汉区人民政府",
        "2025年实施民生实事项目4项",
        "唐家墩片区道路改造项目",
        "中小学校园安全提升项目",
        "社区食堂建设项目",
        "背街小巷整治项目",
        "丨来源:武汉发布",
      ].join("\n\n"),
    );
    expect(archive.rejected).toEqual([]);
    expect(archive.reports.map((r) => [r.region.path.join("/"), r.year, r.projects.length, r.projectCount])).toEqual([
      ["湖北省/武汉市/江岸区", 2025, 4, 4],
      ["湖北省/武汉市/江汉区", 2025, 4, 4],
    ]);
    expect(archive.reports[1]!.projects.map((p) => p.title).at(-1)).toBe("背街小巷整治项目");
  });

  it("reads a feature's headlines that open on each district's name (天河区 确保… · 越秀区新建…) as those districts' parts, and a part's own lines that open on its name as its own", () => {
    const { archive } = run(
      [
        "广州各区齐头并进书写民生答卷",
        "2021年以来,各区积极推进民生实事。",
        "天河区 确保民生支出占比75%以上",
        "今年天河区将推进棚户区改造项目,新建安置房1800套;完成学校续建项目4个。",
        "天河区社区卫生服务中心建设",
        "新建社区卫生服务中心3个,年内投入使用。",
        "越秀区新建10处小游园",
        "今年越秀区将新建10处小游园及街旁绿地,规划面积1.4万平方米。",
        "越秀区老旧小区改造",
        "改造老旧小区12个,新增停车位800个。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => r.region.name)).toEqual(["天河区", "越秀区"]);
  });

  it("keeps one report where two headings name regions of different cities (a partner district), not parts of one place", () => {
    const report = only(
      ["江岸区2025年民生实事项目", "江岸区", "改造老旧小区12个,新增学位900个。", "建设社区食堂8个,新增停车位600个。", "福田区", "与深圳福田区结对共建,引进项目3个。", "新建口袋公园5个。"].join("\n\n"),
    );
    expect(report.region.name).toBe("江岸区");
  });

  it("reads prose that names each project as the place of its news (就业保障工程中，…) as those projects", () => {
    const report = only(
      [
        "2024年重庆10项民心工程上半年进展顺利",
        "截至6月底,今年10项民心工程进展顺利。",
        "就业保障工程中,全市实现城镇新增就业38.2万人。育才护苗工程中,已建成中小学校3所,新增学位4200个。绿色畅行工程中,新开通公交线路12条。",
        "此外,多项工作正在推进。燃气供热工程中,完成老旧燃气管网改造120公里。全民健身工程中,新建社区健身场地45处。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业保障工程", "育才护苗工程", "绿色畅行工程", "燃气供热工程", "全民健身工程"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3所", "4200个"]);
  });

  it("takes the parts a list's announcing paragraph gives of the stated whole as counts too (十五项 ‖ 续办6件、新办9件。具体为：), so a page cut after the first part reads that part", () => {
    const report = only(
      [
        "益阳十五项重点民生实事出炉",
        "12月28日,益阳市第七届人民代表大会第五次会议开幕。市长作政府工作报告。",
        "会议听取了计划报告和预算报告。",
        "代表们认真审议了各项报告。",
        "2020年,全市经济运行稳中向好,地区生产总值增长7.8%左右,固定资产投资增长10%以上,规模工业增加值增长8%以上,城乡居民人均可支配收入分别增长8.5%、9.2%。2021年,主要预期目标是:地区生产总值增长7.5%以上,固定资产投资增长10%左右,地方一般公共预算收入增长4.5%左右。",
        "报告指出,2021年,我市在全面完成省重点民生实事的基础上,将继续办好6件实事,新增办理9件实事。具体为:",
        "续办民生实事:①推进农村学校建设,新建教师周转房800套。②改造农村危桥60座。③改造整治农村交通事故易发点50处。④新改造老旧小区120个。⑤加强食品安全监管,抽检食品5000批次。⑥完成村庄规划编制300个,实现",
      ].join("\n\n"),
    );
    expect(report.sources[0]!.check).toMatchObject({ layout: "inline", read: 6, numbering: "ok" });
    expect(report.projects.map((p) => p.title)[1]).toBe("改造农村危桥60座");
  });

  it("reads the projects a draft list's story names after 涵盖 as examples of it", () => {
    const report = only(
      [
        "2024年莆田为民办实事项目公开征求意见",
        "为扎实办好2024年民生实事,市委市政府多次研究部署,初步形成了拟列入2024年为民办实事项目清单共30件。",
        "据悉,拟列入我市2024年为民办实事项目清单的内容涵盖老旧小区电梯加装工程、城市智慧停车平台建设、社区嵌入式托育服务项目、农村供水保障工程等一批群众关注的热点项目。根据清单,我市拟新增公共停车泊位1500个、新增义务教育学位3000个。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["老旧小区电梯加装工程", "城市智慧停车平台建设", "社区嵌入式托育服务项目", "农村供水保障工程"]);
  });

  it("keeps how far an example got (…占比达到45%，目前已达46.2%) with the example, not as one of its own", () => {
    const report = only(
      "2019年,重庆市江北区15件重点民生实事推进顺利。其中,30个子项已完成年度目标任务,包括普惠性幼儿园在园幼儿占比达到80%,目前已达82.5%;新建社区便民服务中心8个;观音桥片区公共绿地项目建设已完成;鸿恩寺步道建设已完工等。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["普惠性幼儿园在园幼儿占比", "新建社区便民服务中心", "观音桥片区公共绿地项目建设", "鸿恩寺步道建设"]);
    expect(report.projects[0]!.metrics.map((m) => m.value)).toEqual([80, 82.5]);
  });

  it("splits two names joined by 和 where the list falls one short of its count, and drops the 以及 a comma left on a name", () => {
    const report = only(
      "2025年,江西省持续办好“十大民生实事”,包括促进教育高质量发展和促进高质量充分就业,提升居民健康水平、提升养老服务水平、提升困难群众救助水平、提升居民消费能力,以及加强数字政务服务能力建设、加强防灾减灾救灾能力建设、加强人居环境建设、加强农业农村基础设施建设。",
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "促进教育高质量发展",
      "促进高质量充分就业",
      "提升居民健康水平",
      "提升养老服务水平",
      "提升困难群众救助水平",
      "提升居民消费能力",
      "加强数字政务服务能力建设",
      "加强防灾减灾救灾能力建设",
      "加强人居环境建设",
      "加强农业农村基础设施建设",
    ]);
  });

  it("adds the projects a sentence names after a run of examples closed by 等 (其中，A、B和C均…), once each", () => {
    const report = only(
      "沈阳今年15项重点民生工程推进进入冲刺阶段。截至11月底,沈阳市2017年“15项重点民生工程”进展顺利。11月份,有12项重点民生工程完成全年任务,包括新增公租房补贴项目、维修老旧住宅电梯项目、农村河道治理工程、电子商务进农村示范工作等项目。其中,“暖房子”工程、农村河道治理工程和新增停车泊位20万个均提前超额完成。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增公租房补贴项目", "维修老旧住宅电梯项目", "农村河道治理工程", "电子商务进农村示范工作", "“暖房子”工程", "新增停车泊位"]);
  });

  it("reads the tasks a district will carry out first (将重点实施A；B；C), one per ；-clause, with what measures a task kept in it", () => {
    const report = only(
      "1月9日,青岛市城阳区公布2021年区办实事项目,全区将重点办好10大类36项实事项目。其中,在城市品质提升方面,城阳区将重点实施楼院外墙及屋面节能保温改造约80万平方米;为满足加装电梯条件的9个楼座安装电梯30部;完成3处山头公园整治,绿化修复提升面积约12万平方米;新建改建口袋公园,增加居民休闲活动空间约2万平方米。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["楼院外墙及屋面节能保温改造约80万平方米", "为满足加装电梯条件的9个楼座安装电梯", "完成3处山头公园整治", "新建改建口袋公园"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3处", "12万平方米"]);
  });

  it("reads names a count of projects closes (经票决，A、B…J10个项目列入…) as the list", () => {
    const report = only(
      "福田区八届人大四次会议闭幕。会议同意报告提出的2024年主要工作任务。经票决,优质教育惠民行动、交通出行优化工程、养老服务提质项目、卫生健康惠民服务行动、供排水设施建设、老旧住宅小区改造行动6个项目列入2024年民生实事人大代表重点监督项目。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["优质教育惠民行动", "交通出行优化工程", "养老服务提质项目", "卫生健康惠民服务行动", "供排水设施建设", "老旧住宅小区改造行动"]);
  });

  it("gives a status group's names (A、B、C等8个项目已提前完成) only the later figures that name them", () => {
    const report = only(
      [
        "2020年全省33项民生工程全面攻坚",
        "今年以来,江西省推动33项民生工程全力冲刺,贫困残疾人康复、农村电商提质增效、农村危房改造、智慧学校4个项目已提前完成年度任务。",
        "困难人员救助,发放各类救助资金146亿元。义务教育经费保障,累计拨付到校公用经费56亿元。",
        "农村危房改造,完成改造2.1万户。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["贫困残疾人康复", []],
      ["农村电商提质增效", []],
      ["农村危房改造", ["2.1万户"]],
      ["智慧学校", []],
    ]);
  });

  it("reads names a sentence then declares the programme (最终，A、B…被确定为2026年度市政府民生实事项目) as the list", () => {
    const report = only(
      "本报讯 昨天上午,市九届人大六次会议举行民生实事项目票决。此次提交大会票决的候选项目共8项。最终,医疗卫生服务、食品安全保障、帮困助弱扶残、城镇环境改善、心理健康护航、稳岗就业帮扶被确定为2026年度嘉兴市政府民生实事项目。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["医疗卫生服务", "食品安全保障", "帮困助弱扶残", "城镇环境改善", "心理健康护航", "稳岗就业帮扶"]);
  });

  it("reads a programme's parts named after 包含N个子项目，即A、B… as the list, the parts counted too", () => {
    const report = only(
      "本报讯 1月18日,记者从荔城区相关部门获悉,荔城区今年将全力办好学位扩容工程等4件惠民实事。据悉,最终确定2021年4件惠民实事包含6个子项目,即黄石小学新校区建设、拱辰幼儿园装修改造、道路交通安全隐患整治、口袋公园建设、职业技能提升工程、全民健身场地设施建设等。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["黄石小学新校区建设", "拱辰幼儿园装修改造", "道路交通安全隐患整治", "口袋公园建设", "职业技能提升工程", "全民健身场地设施建设"]);
    expect(report.sources[0]!.check).toMatchObject({ stated: 6, read: 6 });
  });

  it("completes a cut numbered list from the quoted names of its lede (以“A、B…”为主要内容的N项民生实事)", () => {
    const report = only(
      [
        "开原市2022年民生实事完成情况",
        "2022年,全市实施以“政务服务大厅改造、文化宫建设、农村道路提升、老旧小区改造、污水管网改造”为主要内容的5项民生实事工程。现具体情况公告如下。",
        "(一)政务服务大厅改造工程。该工程投入资金1200万元,设有94个窗口。",
        "(二)文化宫建设工程。该工程投入资金1900万元,总建筑面积4169平方米。",
        "(三)农村道路提升工程。该工程新建农村公路40公里,现已全",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "政务服务大厅改造工程"],
      [2, "文化宫建设工程"],
      [3, "农村道路提升工程"],
      [4, "老旧小区改造"],
      [5, "污水管网改造"],
    ]);
  });

  it("takes the year a list's announcement writes without 年 (备受关注的2022区办实事“出炉”) over the years of the congress's other reports", () => {
    const report = only(
      [
        "李沧区第三届人民代表大会第一次会议闭幕。会议表决通过了关于李沧区2021年国民经济和社会发展计划执行情况与2022年计划的决议、关于2021年预算执行情况的决议。备受关注的2022区办实事“出炉”,今年李沧区要干这4件事:",
        "1.改善居民居住条件,改造老旧小区53处。",
        "2.实施绿化提升工程,新建口袋公园9处。",
        "3.新建中小学3所。",
        "4.新增停车泊位2000个。",
      ].join("\n"),
    );
    expect(report.year).toBe(2022);
  });

  it("reads names quoted one by one and each called a project (主办的“A，B”项目) as the programme's projects", () => {
    const report = only(
      "深圳市人大常委会公布2023年十件民生实事办理情况排名。测评结果显示,2023年十件民生实事项目总体满意度均在85%以上。其中,市市场监管局主办的“开展食用农产品快检,加大食品抽检力度”项目、市卫生健康委主办的“为老年人免费接种肺炎疫苗”项目,满意度排名并列第一;市公安局主办的“推动公安政务服务‘一窗通办’”项目,满意度排名第二。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["开展食用农产品快检,加大食品抽检力度", "为老年人免费接种肺炎疫苗", "推动公安政务服务‘一窗通办’"]);
  });

  it("reads tasks one per ；-clause that their sentence closes as projects (A；B；C等子项的实施情况满意率较高)", () => {
    const report = only(
      "昨天,参加市九届人大五次会议的代表对2024年度嘉兴市政府民生实事项目实施情况进行满意度测评。从测评结果来看,为适龄儿童免费接种水痘疫苗5.1万人次;新增公办托育机构4家;完成困难群众居家环境改善260户;创建80条“美丽街巷”等子项的实施情况满意率较高。",
    );
    expect(report.projects.map((p) => p.title)).toEqual(["为适龄儿童免费接种水痘疫苗", "新增公办托育机构", "完成困难群众居家环境改善", "创建80条“美丽街巷”"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["80条"]);
  });

  it("reads a sentence that lists the programme as figures, one 、-piece each and as many as the stated count, as its projects", () => {
    const report = only(
      [
        "荣昌区扎实推进2026年八件民生实事遴选工作",
        "一是广泛征集。区政府通过网站和热线征集群众意见,共收到建议936条。",
        "二是严格筛选。经部门论证后形成2026年八件民生实事候选项目,计划新建社区食堂12个、改造农村危桥26座、新增公办幼儿园学位1800个、建设智慧停车泊位约2400个、为65岁以上老人免费体检6万人次、新改建城乡供水管网85公里、开展急救技能培训不少于300场次、建设城市书房等。",
        "(区发展改革委)",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建社区食堂12个", "改造农村危桥26座", "新增公办幼儿园学位1800个", "建设智慧停车泊位约2400个", "为65岁以上老人免费体检6万人次", "新改建城乡供水管网85公里", "开展急救技能培训不少于300场次", "建设城市书房"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["26座"]);
    expect(report.projects[6]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["300场次"]);
  });

  it("takes a list cut on an item's line, the items before it standing over paragraphs, for the start of the stated count, not against it", () => {
    const report = only(
      [
        "2024年晋中市政府工作报告摘要",
        "主要预期目标",
        "地区生产总值增长5.5%左右;一般公共预算收入增长4%;固定资产投资增长8%;城镇新增就业4.2万人;城镇调查失业率控制在5.5%以内;居民消费价格涨幅3%左右;单位生产总值能耗下降2.5%。",
        "2024年市十件民生实事",
        "1.扩大普惠托育服务供给",
        "新增普惠托位1200个。",
        "2.实施城乡居民健康体检提升行动 为65岁以上老年人",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2]);
    expect(report.projects[0]!.title).toBe("扩大普惠托育服务供给");
  });

  it("takes the region a headline opens on as its subject (2020年晋中将…) for the report's, however often the text names a place it speaks of", () => {
    const report = only(
      [
        "2024年晋中将全力办好十件民生实事",
        "报告提出,支持榆次区建设区域中心城市,支持榆次区老城改造,支持榆次区发展文旅产业,推动榆次区产业园区扩容。",
        "1.扩大普惠托育服务供给",
        "新增普惠托位1200个。",
        "2.改造老旧小区",
        "改造老旧小区86个。",
      ].join("\n\n"),
    );
    expect(report.region.name).toBe("晋中市");
  });

  it("reads names closed by 等“十大民生实事” as some of the programme, of the year their sentence writes, without the figures of the paragraph after them", () => {
    const { archive } = run(
      [
        "(通讯员 张三)5月8日,在岳池县城北水厂建设现场,工人正在安装设备。据悉,该项目力争今年下半年投运,日供水3万立方米。",
        "2021年3月,该县确定城北水厂建设为重大民生实事项目之一。",
        "2022年,该县基本实现城区污水管网全覆盖、白庙水库除险加固全面完成、县医院新院区开工建设等“十大民生实事”,群众获得感进一步增强。",
        "同时,该县全年民生支出达31亿元,城镇新增就业5120人,发放救助资金2.1亿元。",
      ].join("\n\n"),
    );
    const report = archive.reports.find((r) => r.projects.length)!;
    expect(report.year).toBe(2022);
    expect(report.projectCount).toBe(10);
    expect(report.projects.map((p) => p.title)).toEqual([expect.stringContaining("城区污水管网全覆盖"), "白庙水库除险加固", "县医院新院区开工建设"]);
    expect(report.projects.flatMap((p) => p.metrics)).toEqual([]);
  });

  it("takes a portal's link line (重庆市政府门户网站 政务邮箱) for the page's furniture, not for the headline naming the region", () => {
    const report = only(
      [
        "重庆市政府门户网站 政务邮箱",
        "当前位置: 首页>区县动态",
        "区人大常委会视察上半年15件民生实事项目推进情况",
        "发布日期: 2024-06-28 09:12      来源: 渝北融媒",
        "日前,区人大常委会组织代表对渝北区上半年15件民生实事项目推进情况开展视察。区人大常委会主任出席。",
        "视察组先后来到龙兴镇敬老院改造项目、两路街道口袋公园、空港小学扩建工程、双凤桥农贸市场改造项目等点位,实地察看项目进展。",
        "视察组认为,区政府高度重视,各项目有序推进。重庆市民对此十分关注。",
      ].join("\n\n"),
    );
    expect(report.region.name).toBe("渝北区");
  });

  it("reads names an inspection closes with 等民生实事项目 (详细了解A、B、C等民生实事项目推进情况) as some of the programme, without the verb before them", () => {
    const report = only(
      [
        "定边县人大常委会调研2024年民生实事项目",
        "2024-11-20 来源:定边发布",
        "调研组先后到县中医院、南关社区、北环路停车场等项目现场,详细了解县域医疗中心建设、老旧小区改造、停车泊位增设、农村学校供暖改造等民生实事项目推进情况。",
        "调研组要求,各相关部门要压实责任,确保项目按期完成。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["县域医疗中心建设", "老旧小区改造", "停车泊位增设", "农村学校供暖改造"]);
  });

  it("dates names told in a sentence about 去年 the year before the later of the two years the text writes (听取2024年…完成、2025年…谋划 ‖ 去年，…)", () => {
    const text = [
      "来源:牡丹江市政府",
      "1月8日,牡丹江市召开民生实事工作会议,听取2024年民生实事完成、2025年民生实事谋划情况汇报。",
      "会议指出,去年,建设完成了太平路人防工程改造、东一条路人行天桥建设、滨江绿道延伸等“七聚七提”民生实事,群众满意。",
      "会议强调,要持续谋深谋实2025年民生实事,细化分解工作任务。",
    ].join("\n\n");
    const reports = run(text).archive.reports;
    expect(reports.map((r) => [r.year, r.projects.length])).toEqual([[2024, 3]]);
  });

  it("reads names closed by 等 and a quoted slogan before the programme's name (A、B、C等“七聚七提”民生实事) as some of the programme, without the verb before them", () => {
    const report = only(
      [
        "牡丹江市召开2024年民生实事工作会议",
        "12月20日,牡丹江市召开民生实事工作会议,听取2024年民生实事完成情况汇报。",
        "会议指出,今年,建设完成了太平路人防工程改造、东一条路人行天桥建设、滨江绿道延伸等“七聚七提”民生实事,群众满意。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["太平路人防工程改造", "东一条路人行天桥建设", "滨江绿道延伸"]);
  });

  it("reads names a speech closes with their state (A、B、C等任务进展顺利) as some of the programme, over the speech's own 一要…五要", () => {
    const report = only(
      [
        "省长主持召开专题会 调度今年我省15项民生工程推进情况",
        "来源:陕西日报 2023-07-10",
        "省长指出,今年围绕教育、医疗、养老等领域实施15项民生工程。目前各项工程有序推进,农村供水保障、城市更新改造、普惠托育服务、县域医疗中心建设等任务进展顺利,取得阶段性成效。一要加快工程进度,协调做好要素保障。二要加强督导检查,狠抓工程质量。三要强化责任落实,形成工作合力。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村供水保障", "城市更新改造", "普惠托育服务", "县域医疗中心建设"]);
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads the sites an inspection visits in turn (先后到A、B、C进行实地察看) as the projects, where the text counts its programme and names none otherwise", () => {
    const report = only(
      [
        "留坝县人大视察2021年“8件民生实事”实施情况",
        "发布时间:2022-03-18 10:20:00",
        "2021年,留坝县政府承诺办好8件民生实事。3月16日,县人大常委会组成视察组,对县政府2021年“8件民生实事”实施情况进行集中视察。",
        "视察组一行先后到留坝县污水处理厂、紫柏街道幸福院、县全民健身中心、火烧店镇中心小学进行了实地察看,听取了项目建设情况汇报。",
        "座谈会上,副县长汇报了实施进展情况。2021年,县政府全面推进落实,较好地完成了6件任务,剩余2件正在加紧推进中。视察组认为,县政府思想重视,推动有力,成效明显。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["留坝县污水处理厂", "紫柏街道幸福院", "县全民健身中心", "火烧店镇中心小学"]);
  });

  it("reads the sites an inspection views in turn, told verb first (先后实地察看了A、B、C), as the projects, though the text states no count", () => {
    const report = only(
      [
        "泾川县人大常委会视察2023年度民生实事项目",
        "为深入了解2023年度民生实事项目推进情况,6月12日,泾川县人大常委会组织部分人大代表开展视察。",
        "代表们先后实地察看了泾川县城区集中供热扩容项目、泾川县第二幼儿园新建项目、王村镇农贸市场改造工程、泾川县全民健身中心建设项目。代表们认真听取了相关负责人关于项目进展的汇报。",
        "代表们表示,民生工程关系群众切身利益,要加快进度,确保按期建成投用。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["泾川县城区集中供热扩容项目", "泾川县第二幼儿园新建项目", "王村镇农贸市场改造工程", "泾川县全民健身中心建设项目"]);
  });

  it("reads the sites an inspection visits where a comma stands before what it did there (先后到A、B、C等处,实地调研), but not where it checks delegates' proposals too", () => {
    const visit = (what: string) =>
      only(
        [
          "宜君县人大常委会调研2024年十件民生实事",
          "日期:2024-08-02",
          "8月1日,县人大常委会副主任刘某带队调研我县2024年十件民生实事项目实施情况。",
          `刘某一行先后到城关镇污水管网改造项目、县第二幼儿园扩建项目、彭镇卫生院迁建项目等处,实地察看${what},听取项目负责人汇报。`,
          "调研组要求,各承办单位要倒排工期,确保按期完成。",
        ].join("\n\n"),
      );
    expect(visit("民生实事项目建设进展").projects.map((p) => p.title)).toEqual(["城关镇污水管网改造项目", "县第二幼儿园扩建项目", "彭镇卫生院迁建项目"]);
    expect(visit("民生实事项目进展和代表建议办理情况").projects.map((p) => p.title)).not.toContain("县第二幼儿园扩建项目");
  });

  it("reads the work a sentence tells after the programme's own field (民生实事方面,A项目总投资…) as that work, its total investment its target", () => {
    const report = only(
      [
        "镇平县人大常委会视察重点项目",
        "时间:2023/09/12 来源:镇平县人大",
        "据了解,高丘镇蔬菜大棚建设项目投资260万元,新建温室大棚9座。",
        "民生实事方面,赵河堤防加固项目总投资1260.5万元,目前主体工程已经完工。",
        "县人民医院是我县“两癌”筛查项目定点医疗机构,全年为适龄妇女免费筛查。",
      ].join("\n\n"),
    );
    const dike = report.projects.find((p) => p.title === "赵河堤防加固项目");
    expect(dike?.metrics.map((m) => [m.value, m.role])).toEqual([[1260.5, "target"]]);
    expect(report.projects.find((p) => p.title.startsWith("高丘镇"))?.metrics.map((m) => m.value)).toEqual([260, 9]);
  });

  it("reads an interview's answers as the works they tell, a sentence that only says how far a work got joined to the one before it, and no tally or closing remarks as works", () => {
    const report = only(
      [
        "营口日报 2019-08-02",
        "十件民生实事进展如何?——访市发改委负责人",
        "记者:今年的8件民生实事,上半年进展怎样?",
        "王主任:截至6月底,有2件已经提前完成全年任务,4件达到时间过半要求,还有2件因为受雨季影响,进度慢一些。",
        "记者:老旧小区改造呢?",
        "王主任:今年的目标是改造老旧小区40个。截至6月底,已开工26个,完成改造面积31万平方米,完成年度目标任务的65%。",
        "记者:供热方面呢?",
        "王主任:今年把老旧供热管网改造列为民生实事,全年计划改造60公里。上半年已经完成21公里,完成年度目标任务的35%。",
        "记者:农村公路呢?",
        "王主任:今年计划新改建农村公路180公里。目前已经完成路基92公里。",
        "王主任:今年计划新建公办幼儿园6所,已经开工4所。今年计划更新新能源公交车90辆,目前已有45辆投入运营。",
        "记者:资金从哪里来?",
        "王主任:资金来源主要是两块:一是争取上级专项资金,二是市县两级财政预算安排。",
        "记者:下一步有哪些难点?",
        "王主任:一是施工期短,二是个别项目手续还在办理。我们专门要求各牵头部门落实工程质量终身责任制。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["改造老旧小区", "老旧供热管网改造", "新改建农村公路", "新建公办幼儿园", "更新新能源公交车"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["40个", "26个", "31万平方米"]);
    expect(report.projects[1]!.metrics.map((m) => [m.value, m.role, m.rate])).toEqual([[60, "target", null], [21, "actual", 35]]);
    expect(report.projects[2]!.metrics.map((m) => m.value)).toEqual([180, 92]);
  });

  it("takes no tally of the programme (12件实事中有10件已经开工), part of a work (主体工程) or words of praise (“头号工程”) for a work of a progress story", () => {
    const titles = titlesOf(
      [
        "民生实事开局良好——我区12件重点民生实事一季度推进情况",
        "2024-04-10 来源:江津日报",
        "截至3月31日,12件实事中有10件已经开工或启动实施,其余2件正在办理前期手续。",
        "老旧小区改造是今年民生实事中的“头号工程”。今年全区将改造老旧小区36个,一季度已开工8个。",
        "学前教育方面,今年计划新增公办幼儿园学位1500个,3所在建幼儿园的主体工程已经完工。",
        "今年全区将新建公共充电桩400个,一季度已建成120个,完成年度目标的30%。",
        "今年全区计划整治背街小巷12条,目前已启动5条。",
      ].join("\n\n"),
    );
    expect(titles).not.toContainEqual(expect.stringMatching(/头号工程|^主体工程|中有|^实事/u));
    expect(titles).toContainEqual(expect.stringMatching(/老旧小区/u));
  });

  it("takes a byline alone on its line (记者 王某某 通讯员 李某) for page furniture, a work the text calls one of its 实事 by that name (饮水安全实事完成…), and no department (工程科) for a work", () => {
    const text = [
      "灌南:10件民生实事全部兑现",
      "发布时间:2023-01-10 09:30 来源:灌南县融媒体中心",
      "记者 王晓东 通讯员 李敏",
      "1月9日,记者从县发改委获悉,2022年县政府承诺的10件民生实事已全部完成。",
      "路通了,心也顺了",
      "全年新改建农村公路96公里,完成年度目标任务的120%。“雨季我们集中做桥梁基础。”县交通运输局工程科负责人说。",
      "“一老一小”有人管",
      "全县建成区域性养老服务中心3个,为860户特殊困难老年人家庭实施了居家适老化改造,完成目标任务的107.5%。",
      "此外,饮水安全实事完成老旧供水管网改造22.5公里;食品安全实事完成8个农贸市场标准化改造。",
    ].join("\n\n");
    const { archive } = run(text);
    const titles = archive.reports.flatMap((r) => r.projects.map((p) => p.title));
    expect(titles).toEqual(expect.arrayContaining(["饮水安全", "食品安全", "居家适老化改造"]));
    expect(titles).not.toContainEqual(expect.stringMatching(/记者|工程科|^了/u));
  });

  it("reads the programme's own run of marks (一)…(六) apart from the work report's sections marked the same way before it, where its run alone holds the stated count", () => {
    const text = [
      "2024年崇州市人民政府工作报告",
      "二、2024年主要任务",
      "(一)全力以赴稳增长。全年实施重点项目90个,完成投资180亿元以上。",
      "(二)加快建设现代产业体系。培育规模以上工业企业12户以上。",
      "(三)全面推进乡村振兴。新建高标准农田2万亩。",
      "(四)用心用情增进民生福祉。2024年继续办好六件民生实事:",
      "(一)稳岗扩就业。城镇新增就业8000人以上。",
      "(二)扩充学前教育资源。新建公办幼儿园2所,新增学位900个。",
      "(三)改造城镇老旧小区。完成老旧小区改造25个。",
      "(四)完善农村交通路网。新建改造农村公路45公里。",
      "(五)提升养老服务水平。新增养老床位200张。",
      "(六)守护青少年视力健康。为2.8万名中小学生开展免费视力筛查。",
      "我们将实行民生实事清单化管理,每季度向社会公布进展。",
    ].join("\n\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗扩就业", "扩充学前教育资源", "改造城镇老旧小区", "完善农村交通路网", "提升养老服务水平", "守护青少年视力健康"]);
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it("reads the programme's own run apart from an excerpt's sections kept one or two at a time ((一)…(二)… ‖ …… ‖ (六)…(七)…)", () => {
    const text = [
      "2014年崇州市人民政府工作报告(摘要)",
      "二、2014年工作安排",
      "实现上述目标,要着力抓好以下几个方面工作:",
      "(一)加快转变农业发展方式,巩固提升粮食综合生产能力。……",
      "(二)推进工业转型升级,培育壮大新的增长点。……",
      "……",
      "(六)深化重点领域改革,扩大对外开放。……",
      "(七)持续保障和改善民生。今年,我们将继续集中财力办好5件惠民实事:",
      "(一)棚户区改造。新建改造各类棚户区住房1600套。",
      "(二)学前教育。新建改扩建公办幼儿园10所,新增学位2000个。",
      "(三)妇女健康。为4万名城乡适龄妇女免费进行“两癌”检查。",
      "(四)城市供热。新增城市集中供热能力30万平方米。",
      "(五)养老服务。新增养老床位1200张。",
      "对上述民生实事,市政府将逐项分解到责任部门。",
    ].join("\n\n");
    expect(only(text).projects.map((p) => [p.no, p.title])).toEqual([
      [1, "棚户区改造"],
      [2, "学前教育"],
      [3, "妇女健康"],
      [4, "城市供热"],
      [5, "养老服务"],
    ]);
  });

  it("reads an interview's answers without works counted loosely or given as examples (很多工程 · 比如饮水工程), the promise a figure is measured against (计划是200个), or the suggestions gathered", () => {
    const titles = titlesOf(
      [
        "【新春访谈】十项民生实事如何兑现?——访通辽市发改委主任",
        "2021年02月05日 来源:通辽日报",
        "记者:疫情带来了哪些影响?",
        "主任:一季度很多工程没法开工,我们倒排工期,十项民生实事全部完成了年度目标。",
        "记者:学位建设有什么成效?",
        "主任:年初我们定的目标是新建、改扩建中小学和幼儿园20所。到年底,全市新增学位9800个,完成年度目标的108%。",
        "记者:老旧小区改造呢?",
        "主任:全市改造城镇老旧小区180个,计划是160个,完成了年度目标的112.5%。",
        "记者:旗县区之间是否平衡?",
        "主任:牧区成本高,比如饮水工程在居住分散的地方采用分散式供水。",
        "记者:群众怎样参与?",
        "主任:去年收到的建议有两千多条,筛选后提交市政府常务会议研究。",
      ].join("\n\n"),
    );
    expect(titles).not.toContainEqual(expect.stringMatching(/很多工程|饮水工程|建议|^、|目标是/u));
    expect(titles).toContainEqual(expect.stringMatching(/^改造城镇老旧小区$/u));
  });

  it("reads no work from what someone says in quotes, and joins to the work before it a sentence that tells only whom it served or a part of it done so far", () => {
    const report = only(
      [
        "金秋时节看实事——安达市十项民生实事前三季度推进走笔",
        "2023-10-16 来源:安达市融媒体中心",
        "秋收正忙,工地上工人们正在安装设备。“等这个泵站运转起来,周边五个村的自来水就能24小时不断了。”镇党委副书记说。",
        "年初,安达市承诺办好十项民生实事。",
        "按照年初计划,全市要新建改造农村供水管网180公里。记者了解到,截至9月底,已完成管网铺设150公里,完成年度任务的83.3%;受益人口达到2.6万人。",
        "今年全市计划新建改建农村公路90公里,截至9月底已完成81公里,完成年度任务的90%。",
        "今年全市计划新增城区公共停车位500个,目前已施划停车位410个。",
        "全市计划为65岁以上老年人免费体检3万人次,已完成体检2.4万人次,完成年度任务的80%。",
      ].join("\n\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).not.toContainEqual(expect.stringMatching(/自来水|管网铺设|受益人口/u));
    expect(report.projects.find((p) => p.title.includes("供水管网"))?.metrics.map((m) => m.value)).toEqual([180, 150, 2.6]);
  });

  it("reads an interview whose speakers are tagged in brackets (【王某】今年计划…) by the works they tell, without the tag, 我们 or the year's target words in the names", () => {
    const titles = titlesOf(
      [
        "半年考|琼海市民生实事进展如何?听听局长们怎么说",
        "2024-07-12 来源:琼海融媒",
        "【记者】教育方面进展如何?",
        "【王敏】好的。今年我们的年度目标是新增公办中小学学位2400个,截至6月底已经形成学位1500个,完成年度目标的62.5%。",
        "【记者】老旧小区改造呢?",
        "【陈立】今年计划改造城镇老旧小区12个,目前已开工8个。",
        "【记者】基层医疗呢?",
        "【陈立】我们今年要建设标准化村卫生室24间,已建成15间,完成年度目标的62.5%。",
        "【记者】养老呢?",
        "【陈立】今年的目标是新增护理型养老床位180张,已新增96张。",
      ].join("\n\n"),
    );
    expect(titles).toEqual(expect.arrayContaining(["新增公办中小学学位", "改造城镇老旧小区", "建设标准化村卫生室", "新增护理型养老床位"]));
    expect(titles.join(" ")).not.toMatch(/【|我们|目标是/u);
  });

  it("reads no work from what a resident says without quotes (青年小刘说,在家门口就找到了每月5000多元的工作), but what an officer says stays", () => {
    const titles = titlesOf(
      [
        "合川区重点民生实事一季度推进情况",
        "2023-04-12 来源:合川日报",
        "今年区政府承诺的12件重点民生实事一季度实现良好开局。",
        "稳就业方面,一季度实现城镇新增就业3900人,完成年度目标的26%。在产业园一家企业,刚刚入职的青年小刘说,在家门口就找到了每月5000多元的工作。",
        "区交通局负责人说,今年全区计划新改建农村公路150公里,截至3月底已完成36公里。",
        "今年全区将新建公共充电桩400个,一季度已建成120个。",
      ].join("\n\n"),
    );
    expect(titles.join(" ")).not.toMatch(/家门口/u);
    expect(titles).toContainEqual(expect.stringMatching(/农村公路/u));
  });

  it("reads the figures of names a sentence told done before naming them (截至10月初,已完成A、B、C等82个子项目) as achieved", () => {
    const report = only(
      [
        "莆田市中心城区民生工程推进有力",
        "10月20日,莆田市召开中心城区民生工程通报会。2022年计划实施民生工程子项目120个。截至10月初,已完成12个路段绿化提升、30处内涝点整治、9个口袋公园、4处运动场、7个老旧小区改造等76个子项目,其余子项目有序推进。",
      ].join("\n\n"),
    );
    const figures = report.projects.flatMap((p) => p.metrics.map((m) => [m.value, m.role]));
    expect(figures).toContainEqual([30, "actual"]);
    expect(figures).toContainEqual([7, "actual"]);
    expect(figures.filter(([, role]) => role === "target")).toEqual([]);
  });

  it("keeps the last name of a list whole where the names are as many as the count without parting it at 和", () => {
    const report = only(
      [
        "云南省2011年实施“十大民生工程”",
        "云南省今年将实施“十大民生工程”,进一步加大投入。记者从省政府了解到,云南省“十大民生工程”包括扶贫开发、就业和创业、劳动者素质提升、城乡社会保障体系建设、保障性住房建设、基础设施向乡村延伸、农村人居环境改善、公共文化服务体系建设、公共卫生事业建设、社会治理创新和平安创建工程等。2011年,全省将新增50个乡镇通油路。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title).at(-1)).toBe("社会治理创新和平安创建工程");
    expect(report.projects).toHaveLength(10);
  });

  it("reads a feature story that tells one project per paragraph, each opening on a remark, as many paragraphs as the count, by the field, work or lead each names", () => {
    const text = (count: string) => [
      `通渭县:${count}件民生实事交出满意答卷`,
      `2021年,通渭县向全县人民承诺的${count}件民生实事全部完成,累计投入资金3.2亿元。`,
      "上学难是不少家长的烦心事。学前教育扩容方面,全县新建公办幼儿园6所,新增学位1800个,完成年度目标任务的120%。",
      "看病更方便了。在乡村医疗服务提升这件实事上,全县改造村卫生室42个,完成年度任务的105%。",
      "农村饮水安全巩固提升工程惠及12个乡镇。全年巩固提升2.3万农村人口饮水安全水平,完成年度任务的102%。",
      "城乡环境持续改善。全县新建改造农村户厕3200座,完成年度任务的106.7%。",
      "路通了,产业就活了。农村公路建设今年新改建里程186公里,完成年度目标的103.3%。",
      "县发改局负责人表示,明年将继续征集民生实事,让群众有更多获得感。",
    ].join("\n\n");
    const report = only(text("五"));
    const story = ["学前教育扩容", "乡村医疗服务提升", "农村饮水安全巩固提升工程", "城乡环境", "农村公路建设"];
    expect(report.projects.map((p) => p.title)).toEqual(story);
    expect(report.projects[1]!.metrics.map((m) => [m.value, m.rate])).toEqual([[42, 105]]);
    // As many paragraphs as another count: no such list.
    expect(only(text("六")).projects.map((p) => p.title)).not.toEqual(story);
  });

  it("keeps a clause that only measures the one before it (增长8% · 新开工60个 · 面积约 · 点击量约) with that clause's project in prose", () => {
    const report = only(
      [
        "桐庐县2023年民生实事项目年终盘点",
        "2023年,桐庐县十件民生实事全部完成。全县改造老旧小区21个,新开工9个;建成口袋公园6个,面积约1.2万平方米。",
        "全年举办线上招聘会35场,网络点击量约12.5万人次。农村居民人均可支配收入4.1万元,增长7.2%。",
        "完成主次干道绿化景观提升8条,绿化修复提升面积约18万平方米。",
      ].join("\n\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toHaveLength(5);
    expect(titles.filter((t) => /新开工|面积|点击量|增长/u.test(t))).toEqual([]);
    const parks = report.projects.find((p) => p.title.includes("口袋公园"))!;
    expect(parks.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["6个", "1.2万平方米"]);
  });

  it("reads no project from a lede's teaser of figures closed by …… inside its paragraph", () => {
    const report = only(
      [
        "乌当区明确2024年民生项目任务单",
        "乌当网讯 新建停车场3个、改造老旧小区36个……3月2日,记者从乌当区获悉,该区明确2024年民生实事项目任务单。今年,乌当区将新建停车场3个;改造老旧小区36个,惠及居民5200户;新建社区食堂8个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建停车场", "改造老旧小区", "新建社区食堂"]);
  });

  it("names a prose project once where its second clause names the same thing again (新建4个“口袋公园”，完成13个“口袋公园”提升任务)", () => {
    const report = only(
      [
        "花溪区明确2024年民生实事项目",
        "今年,花溪区将新建4个“口袋公园”,完成13个“口袋公园”提升任务;改造农贸市场5个;新增托育托位600个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["“口袋公园”", "改造农贸市场", "新增托育托位"]);
  });

  it("reads the works a results story tells, not its paragraphs' claims (就业是民生之本。 · 教育事关千家万户。), as the projects", () => {
    const report = only(
      [
        "芜湖市2023年40项民生实事全面完成",
        "2023年,芜湖市扎实办好40项民生实事,截至12月底,各项民生实事圆满完成。",
        "就业是民生之本。我市开展就业促进行动,新增城镇就业3.1万人。支持毕业生求职创业,发放求职创业补贴5200名。",
        "健康是幸福生活的基础。为农村适龄妇女提供两癌筛查服务4.2万人次。开展儿童窝沟封闭服务1.8万人。",
        "教育事关千家万户。改造中小学教室照明220间。资助困难学生6.5万人次。",
      ].join("\n\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles.filter((t) => /是|事关/u.test(t))).toEqual([]);
    expect(titles.length).toBeGreaterThanOrEqual(5);
  });

  it("reads the clauses of one long sentence that each open on a project's name (…；城区污水管网改造项目新建管网42公里；…) as the projects, not a clause that names a field", () => {
    const report = only(
      [
        "2024年1-12月昆山市民生实事项目建设推进情况",
        "2024年1-12月,昆山市15个民生实事项目已全部开工,累计完成投资38.2亿元;城区污水管网改造项目新建管网42公里;社区养老服务提升项目建成助餐点25个;公办幼儿园扩容项目新增学位2400个;就业、医疗等方面民生项目共惠及群众3.2万人;人才安居项目完成800套人才公寓上线运营。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区污水管网改造项目", "社区养老服务提升项目", "公办幼儿园扩容项目", "人才安居项目"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["42公里"]);
  });

  it("reads no project from prose that counts the programme itself (最终确定12个候选项目 · 公布了18项民生实事) or stops at its verb (满意率分别 · 可通过以下)", () => {
    const report = only(
      [
        "常山县2024年民生实事项目出炉",
        "经过广泛征集,共收到意见建议460余条,从中筛选出18个候选项目,最终确定12个民生实事项目。县政府常务会议审议通过12个民生实事项目。",
        "今年,常山县将新建城乡公交候车亭60个,改造农村供水管网85公里,建成居家养老服务中心9家。",
        "群众对去年项目的满意率分别达到98.5%、97.9%和96.4%。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建城乡公交候车亭", "改造农村供水管网", "建成居家养老服务中心"]);
  });

  it("reads no project from the numbered ways the public may take part (登录…网(www.…) · 关注…微信公众号)", () => {
    const { archive } = run(
      [
        "2025年宁波市民生实事候选项目公开征求意见",
        "宁波市将于2025年办好10件民生实事,现将候选项目向社会公开征求意见。",
        "公众可通过以下4种方式参与投票:1.访问宁波政务服务网投票页面(http://www.nb.gov.cn);2.登录宁波政务服务网(www.nbzw.gov.cn);3.下载并打开甬易办APP;4.关注宁波发布微信公众号。",
      ].join("\n\n"),
    );
    const titles = archive.reports.flatMap((r) => r.projects.map((p) => p.title));
    expect(titles).toEqual([]);
    // One link among projects is a project whose title carries it: kept.
    const one = only(["宁波市2025年民生实事", "今年我市确定10项民生实事。", "1.新建改扩建中小学12所。", "2.上线甬易办APP养老服务专区1个。", "3.改造农村公路300公里。"].join("\n\n"));
    expect(one.projects).toHaveLength(3);
  });

  it("reads the works a results page lists one ；-clause each, not the slogans over them (办好家门口的小事), as the projects: headings that group ；-lists are no selection of the count", () => {
    const report = only(
      [
        "2023年长宁区政府实事项目完成情况",
        "2023年,长宁区推进15个实事项目,截至2023年12月31日,所有项目均已完成。",
        "办好家门口的小事",
        "完成12万平方米旧住房综合改造;为86个住宅小区新增电动自行车充电设施;增建24个市政消火栓;完成6处积水点改造。",
        "守护家门口的健康",
        "新建3家社区长者食堂;改建60张认知障碍照护床位;新建5家老年人日间照护中心;新增托育托位300个。",
        "建好家门口的客厅",
        "新建4条市民健身步道;新增2.5公里滨水绿道;开展120场市民文化艺术活动;建成8个社区睦邻中心。",
      ].join("\n\n"),
    );
    expect(report.projects).toHaveLength(12);
    expect(report.projects.map((p) => p.title)).not.toContain("办好家门口的小事");
  });

  it("reads the 一、 items of a page cut short as the projects, not the 1. 2. 3. sub-parts that stand inside the first of them, too few for the count", () => {
    const report = only(
      [
        "2019年丽水市政府民生实事十大项目",
        "经全体人大代表票决,以下十个项目为2019年市政府民生实事项目:",
        "一、城乡供水提升",
        "完成农村饮用水提标改造覆盖12万人;新建改造供水管网80公里。",
        "建设内容",
        "1.对原有建设标准较低的农村供水工程进行管网改造,其中莲都区3万人、青田县4万人、缙云县5万人。",
        "2.新建改造城区供水管网80公里,其中主城区50公里、开发区30公里。",
        "3.年底前完成12个乡镇水厂提标改造任务。",
        "二、公交优先",
        "新增、更新公交车60辆,新建公交站点90个。",
        "建设内容",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城乡供水提升", "公交优先"]);
  });

  it("names two 工程 that prose joins with 和 as two projects (城市用气提升工程和全民健身惠民工程)", () => {
    const report = only(
      [
        "龙游县2023年民生实事项目票决产生",
        "今年,龙游县将实施生命守护工程,新增急救站点8个。同时实施城市用气提升工程和全民健身惠民工程,新建燃气管网30公里,建成百姓健身房12个。",
      ].join("\n\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toContain("全民健身惠民工程");
    expect(titles.filter((t) => t.includes("和"))).toEqual([]);
  });

  it("reads a task table whose category cell the rows below share (大类 | 序号 | 工作任务 …), its year from the days it writes and its city from the counties it lists", () => {
    const report = only(
      [
        "大类 | 序号 | 工作任务 | 分管市领导 | 牵头单位 | 落实进展情况 |",
        "一、提高底线民生保障水平 | 1 | 将城乡低保人均最低补差水平从每人每月560元提高到每人每月600元。 | 李明 | 市民政局 | 已完成。从2021年1月1日起,我市浈江区、武江区、曲江区补差水平提高到600元/人月。 |",
        "2 | 将孤儿养育标准提高到每人每月2000元,乐昌市、南雄市同步提高。 | 李明 | 市民政局 | 已完成。从2021年1月1日起,全市孤儿养育标准提高到2000元/人月。 |",
        "3 | 将特困人员基本生活标准提高到当地低保标准的1.6倍。 | 李明 | 市民政局 | 已完成。仁化县、始兴县同步落实。 |",
      ].join("\n"),
    );
    expect(report.year).toBe(2021);
    expect(report.region.name).toBe("韶关市");
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "城乡低保人均最低补差水平"],
      [2, "孤儿养育标准"],
      [3, "特困人员基本生活标准"],
    ]);
  });

  it("dates a list named in a sentence of 今年 by the year the text compares with (较2023年增加…), not by the last year its lede reports", () => {
    const { archive } = run(
      [
        "江西听民声办实事",
        "中新网南昌1月18日电 全省新增城镇就业42万人;建设老年助餐点600个......截至2023年底,江西2023年民生实事全部完成,投入资金420亿元。",
        "今年,江西持续办好“五大重点民生实事”,包括扩大优质教育供给、稳定和扩大就业、提升医疗服务能力、完善养老服务体系、加强农村基础设施建设。",
        "“民生实事预计投入资金450亿元,较2023年增加30亿元。”省发展改革委负责人表示。",
      ].join("\n\n"),
    );
    const listed = archive.reports.find((r) => r.projects.length)!;
    expect(listed.year).toBe(2024);
    expect(listed.projects.map((p) => p.title)).toEqual(["扩大优质教育供给", "稳定和扩大就业", "提升医疗服务能力", "完善养老服务体系", "加强农村基础设施建设"]);
  });

  it("reads the list a vote chose (选出8项省级民生实事项目,分别为:…), not the figures of how it was chosen (征集到建议50余个 · 400位代表投票)", () => {
    const report = only(
      [
        "青海以人大代表票决方式确定省级民生实事项目",
        "发布时间:2025年01月20日",
        "去年8月,省政府启动2025年省级民生实事项目遴选工作,从各职能部门征集到项目建议50余个,从社会各界征集到1200余条意见建议。同时,200多位省人大代表也提出96个民生实事建议项目。",
        "当天,现场参会的400位省人大代表通过无记名投票,最终选出8项省级民生实事项目,分别为:免费接种流感疫苗、增加普惠托位、农村牧区道路提升、中小学教室照明改造、老年助餐服务、困难残疾人康复补助、城乡供水保障、社区嵌入式服务设施建设。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["免费接种流感疫苗", "增加普惠托位", "农村牧区道路提升", "中小学教室照明改造", "老年助餐服务", "困难残疾人康复补助", "城乡供水保障", "社区嵌入式服务设施建设"]);
  });

  it("reads a story's status groups of indicators (有4个指标超额完成年度任务，即：A…，为任务的X%；…): each figure with its rate, no indicator count as a project", () => {
    const report = only(
      [
        "衡阳市圆满完成2019年省重点民生实事任务",
        "2019年,省里下达衡阳市重点民生实事10件12个指标,各项指标至12月底已圆满完成年度任务。",
        "其中,有4个指标超额完成年度任务,即:新增城镇就业52310人,为任务的112.5%;新建农村公路1680公里,为任务的105.2%;完成农村危房改造9120户,为任务的121.3%;孕产妇免费产前筛查40215人,为任务的101.6%。此外,有2个指标全面完成年度任务,即:开展县级饮用水水源地环境整治12个,为任务的100%;完成城镇棚户区改造18600套,为任务的100%。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增城镇就业", "新建农村公路", "农村危房改造", "孕产妇免费产前筛查", "县级饮用水水源地环境整治", "城镇棚户区改造"]);
    expect(report.projects.map((p) => p.metrics.map((m) => [m.value, m.rate]))).toEqual([[[52310, 112.5]], [[1680, 105.2]], [[9120, 121.3]], [[40215, 101.6]], [[12, 100]], [[18600, 100]]]);
  });

  it("counts no votes (满意158票) as figures: a vote told clause by clause (A工程,满意158票,…;B工程,…) does not pass for the year's list of figured tasks", () => {
    const { archive } = run(
      [
        "象山县召开人大会议票决2022年民生实事项目",
        "会议票决产生了2022年民生实事项目。据介绍,这5项民生实事项目分别是公共卫生能力提升工程、城西幼儿园工程、菜市场提升改造工程、老旧小区改造工程、城区排水提质增效工程。",
        "会议还通报了2021年民生实事项目票决确定项目完成情况满意度测评结果。测评结果显示,城乡供水一体化工程,满意158票,基本满意40票,不满意2票;农村公路提质工程,满意162票,基本满意35票,不满意3票;城东小学迁建工程,满意171票,基本满意28票,不满意1票;社区居家养老服务中心工程,满意150票,基本满意47票,不满意3票;城南消防站工程,满意159票,基本满意62票,不满意1票。",
      ].join("\n\n"),
    );
    const report = archive.reports.find((r) => r.year === 2022)!;
    expect(report.projects.map((p) => p.title)).toEqual(["公共卫生能力提升工程", "城西幼儿园工程", "菜市场提升改造工程", "老旧小区改造工程", "城区排水提质增效工程"]);
    expect(archive.reports.flatMap((r) => r.projects).filter((p) => p.title.includes("票"))).toEqual([]);
  });

  it("runs a numbered item's title past the quoted slogan that heads it (1.“食得放心”:加大…抽检力度,… → “食得放心”:加大…抽检力度)", () => {
    const report = only(
      [
        "天河区2025年民生实事项目票决结果出炉",
        "区人大代表从10项候选项目中票决出2025年4件民生实事项目,分别是:",
        "1.“学有优教”:新建改扩建中小学,增加公办学位供给;",
        "2.“老有颐养”:建设社区长者饭堂,完善居家养老服务;",
        "3.“出行畅通”:交通拥堵点整治;",
        "4.“绿美家园”:建设口袋公园。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["“学有优教”:新建改扩建中小学", "“老有颐养”:建设社区长者饭堂", "“出行畅通”:交通拥堵点整治", "“绿美家园”:建设口袋公园"]);
  });

  it("reads names joined by 、 and 和 that the programme's count closes (…完成A、B和C三项民生实事任务) as the projects, not each figured sentence after them, and gives them the figures told after", () => {
    const report = only(
      [
        "湖北2024年超额完成三项民生实事",
        "新华网 武汉1月20日电 2024年,湖北省超额圆满完成城镇老旧小区改造、农村公路提档升级和城乡供水一体化三项民生实事任务。",
        "全省开工改造老旧小区2860个,惠及居民41.2万户。各地新增停车位2.1万个,新增充电桩1.6万个。",
        "全省完成农村公路提档升级8200公里,新建桥梁310座。",
        "城乡供水一体化覆盖人口新增180万人。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城镇老旧小区改造", "农村公路提档升级", "城乡供水一体化"]);
    expect(report.sources[0]!.check).toMatchObject({ layout: "sentence", stated: 3, read: 3 });
    // Each paragraph after is the current project's, until a clause echoes the next.
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["2860个", "41.2万户", "2.1万个", "1.6万个"], ["8200公里", "310座"], ["180万人"]]);
  });

  it("reads a one-cell-per-line table whose rows are its city's districts as the city's, and its header cells repeated over each part (进度 · 完成比例) as one cue each", () => {
    const header = ["目标", "任务", "进度", "完成比例(%)"];
    const rows: Array<[string, string[]]> = [
      ["市中区", ["6000", "7800", "130", "400", "440", "110"]],
      ["沙湾区", ["2000", "2300", "115", "150", "171", "114"]],
      ["五通桥区", ["2500", "2750", "110", "200", "214", "107"]],
      ["犍为县", ["3000", "3390", "113", "250", "270", "108"]],
    ];
    const cells = [
      "2019年十大民生工程完成情况表",
      "2020-01-20 10:06  市民生办",
      "2019年十大民生工程项目完成情况表",
      "地区",
      "就业促进工程",
      "城镇新增就业(人)",
      "就业困难人员就业(人)",
      "市人力资源社会保障局",
      ...header,
      ...header,
      "全市",
      "21000",
      "25200",
      "120",
      "1500",
      "1650",
      "110",
      ...rows.flatMap(([name, figures]) => [name, ...figures]),
    ];
    const report = only(cells.join("\n\n"));
    // Not the last district's: the districts label the rows (东坡区 ‖ 8000 ‖ 22921 …), no lists stand under them.
    expect(report.region.name).toBe("乐山市");
    expect(report.projects.length).toBeGreaterThan(0);
    // A 完成情况表 published after its year, whatever 进度 its header repeats.
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("passes over a reposting site's header line of contacts (网站热线:… 总编信箱:…@qq.com) to the headline, and so to the region it names", () => {
    const report = only(
      [
        "西南网-中国西南网:打造中国西南第一主流媒体 网站热线:13900001111 总编信箱:news1234@qq.com",
        "当前位置: 网站首页 > 西南资讯 > 重庆资讯 > 正文",
        "",
        "湖南完成全年目标的民生小项又增5个",
        "",
        "www.example.cn(2016-06-28)来源:湘江新闻网",
        "湘江新闻网讯(记者王明)来自省政府督查室的报告显示,5月,已完成或超额完成全年目标任务的民生小项增加5个,12件民生实事中仍有6件未达到目标任务进度。",
        "",
        "新增的5个小项,有3项属于社会保障工程。5月城市低保对象累计月人均补助新增20元,达到300元,占目标任务的101.5%;农村低保对象累计月人均补助新增16元,达到160元,占目标任务的104.2%;新建乡镇敬老院12所,占目标任务的100%。",
      ].join("\n"),
    );
    expect(report.sources[0]!.title).toBe("湖南完成全年目标的民生小项又增5个");
    expect(report.region.name).toBe("湖南省");
  });

  it("names every item of a list by its field headline (1 医疗卫生 ‖ 2 教育助学 ‖ 3 养老帮困 …) where one item's paragraph opens on a statement (全面推行…)", () => {
    const report = only(
      [
        "2024年江西省十件民生实事",
        "省政府确定2024年十件民生实事如下:",
        "1 医疗卫生",
        "为全省65岁以上老年人免费开展健康体检,2024年体检300万人以上。",
        "2 教育助学",
        "新建改扩建公办幼儿园120所,新增学位3.6万个。",
        "3 养老帮困",
        "全面推行长期护理保险制度,2024年新增参保人数500万人以上。",
        "4 关爱儿童",
        "为全省适龄女生免费接种二价HPV疫苗,2024年接种20万人。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["医疗卫生", "教育助学", "养老帮困", "关爱儿童"]);
  });

  it("reads no project from a page's date line among headings (2023年01月16日 来源:江南都市报), and no numbered tag (礼包1:) into a title", () => {
    const report = only(
      [
        "您所在的位置:首页 > 专题聚焦 > 2023江西两会专题 > 媒体报道",
        "2023年江西十件民生实事出炉,快看有哪些大礼包",
        "2023年01月16日 来源:江南都市报",
        "今天上午,江西省十四届人大一次会议开幕,2023年省十件民生实事正式出炉,一起来看",
        "礼包1:提供优质基础教育,增加公办学位约8万个",
        "新建、改扩建一批公办中小学、幼儿园,增加公办学位约8万个。",
        "礼包2:提高困难群众生活救助水平",
        "城乡低保标准分别提高到每人每月850元和620元以上。",
        "礼包3:全年完成城镇新增就业40万人",
        "开展补贴性职业技能培训30万人次。",
      ].join("\n\n"),
    );
    // (The headline's size stays in the title, though the figure is read from the paragraph that repeats it;
    // a headline's figure its paragraph does not repeat is the item's too.)
    expect(report.projects.map((p) => p.title)).toEqual(["提供优质基础教育,增加公办学位约8万个", "提高困难群众生活救助水平", "全年完成城镇新增就业40万人"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["8万个"], ["850元", "620元"], ["40万人", "30万人次"]]);
  });

  it("reads the list a vote chose (票决结果公布,分别为A、B…J) over the numbered candidates it chose from (遴选了6件…票决候选项目。(1)…(6)…)", () => {
    const report = only(
      [
        "长沙市十大民生实事项目票决结果公布",
        "长沙市政府工作报告提到,2021年,长沙市遴选了6件提请人大代表票决候选项目。(1)新建公办幼儿园20所。(2)改造老旧小区120个。(3)新增公共停车泊位5000个。(4)建设口袋公园30个。(5)新建城市书房15个。(6)完成中小学基本建设工程项目12个。",
        "5月10日,2021年度长沙市民生实事项目票决结果公布,分别为公办幼儿园建设工程、2021年度老旧小区改造、口袋公园建设工程、学校网点规划和建设工程,涵盖民生各方面。",
        "这四件民生实事将于年内完成。",
      ].join("\n\n"),
    );
    // (A year before its name is no part of it; 和建设工程 only ends the last name.)
    expect(report.projects.map((p) => p.title)).toEqual(["公办幼儿园建设工程", "老旧小区改造", "口袋公园建设工程", "学校网点规划和建设工程"]);
  });

  it("names a work told in prose without the share that follows it after 、 (开工建设520套保障性租赁住房、开工率100%), or a first count's noun (5个小区、260户…), or the people it is for (为2800名适龄女孩开展…)", () => {
    const report = only(
      [
        "滨州市2025年民生实事项目上半年进展情况",
        "截至6月底,我市民生实事项目进展顺利。",
        "人居环境方面。开工建设520套保障性租赁住房、开工率100%;完成410个小区电动自行车充电设施建设,完成全年任务的35.2%;建成公共停车位2100个,完成全年任务的30.5%。",
        "城市更新方面。完成5个小区、260户城市供水设施改造提升,惠及居民800人。",
        "医疗服务方面。为2800名适龄女孩开展免费HPV疫苗接种;为1.2万名适龄妇女开展两癌筛查。",
      ].join("\n\n"),
    );
    expect(report.projects[0]!.title).toBe("保障性租赁住房");
    // …nor the noun of a first count where a second counts the work (5个小区、260户城市供水设施改造提升).
    expect(report.projects.map((p) => p.title)).toContain("城市供水设施改造提升");
    // …and for whom, how many, then the work: the work (为2800名适龄女孩开展免费HPV疫苗接种).
    expect(report.projects.map((p) => p.title).slice(-2)).toEqual(["免费HPV疫苗接种", "两癌筛查"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["520套", "100%"]);
  });
});

describe("published pages, eleventh round", () => {
  it("reads paragraphs led by a figured name with its years in brackets (3200个自然村通硬化路(2021—2023年)。) as the items, though the page was cut before the stated count", () => {
    const report = only(
      [
        "2022年,柳州市20件重点民生实事计划总投资96亿元,上半年完成投资51.3亿元,占全年计划的53.4%。主要进度如下:",
        "3200个自然村通硬化路(2021—2023年)。上半年已完成硬化路1260公里,新通达自然村410个。累计通达2980个,占总计划的93.1%。",
        "新建改扩建乡镇卫生院40所(2022—2023年)。上半年开工28所,完工9所。",
        "12万人易地搬迁后续扶持(2021—2025年)。上半年新增就业帮扶1.6万人。",
        "改造农村危房5000户(2022年)。上半年已完成改造3120户,完成年度计划的62.4%。",
        "1800个行政村环境整治(2021—2023年)。上半年已完成整治510个,累计完成1340个,占总计划的74",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["3200个自然村通硬化路", "新建改扩建乡镇卫生院40所", "12万人易地搬迁后续扶持", "改造农村危房5000户", "1800个行政村环境整治"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toContain("3120户");
    // The figure a lead's name holds is the project's target.
    expect(report.projects[0]!.metrics.filter((m) => m.role === "target").map((m) => `${m.value}${m.unit}`)).toContain("3200个");
  });

  it("names no project after the programme itself, wherever it stands in a clause (也最能体现民心工程 · 民心工程中 · 所有工程)", () => {
    const report = only(
      [
        "2024年石嘴山市民心工程三季度进展",
        "截至9月底,我市今年15项民心工程中已有9项完成全年任务。",
        "群众身边的变化,也最能体现民心工程正在一点点改善生活,全市新建口袋公园12个,新增绿地面积6.5万平方米。",
        "做好老旧小区改造,是今年全市民生工程的重要内容,已改造老旧小区28个,惠及居民6100户。",
        "所有工程已全部开工,累计完成投资8.6亿元。",
        "在城市建设方面,新建城市道路4条,新增停车泊位900个。完成供热管网改造36公里,改造燃气管网41公里。",
      ].join("\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toEqual(["老旧小区改造", "城市建设", "供热管网改造"]);
  });
  it("reads the works a news lead runs together (…讯(记者 …)新建5所中小学、打通4条断头路…) as the projects, not the fields the candidates were said to cover (涵盖了…等民生领域)", () => {
    const report = only(
      [
        "晋州今年将实施10项民心工程",
        "晋州新闻网讯(记者 王明)新建5所中小学、打通4条断头路、改造20万平方米老旧小区……2月3日,晋州市第八届人民代表大会第三次会议投票表决了2023年要实施的10项民心工程。",
        "会议召开前,晋州市政府列出了13项民生实事候选项目,涵盖了教育文化、城乡建设、医疗卫生、就业创业、社会保障等民生领域。会议期间,由人大代表投票确定10项民生项目。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建5所中小学", "打通4条断头路", "改造20万平方米老旧小区"]);
  });

  it("names no project after the programme in a clause that opens on a name (翻开省民生项目和…的进度清单,…)", () => {
    const report = only(
      [
        "2023年衡水市民生工程进展",
        "实施棚户区改造工程,任务目标是开工3200套。截至目前,开工率100%。",
        "实施老旧小区改造工程,任务目标是改造96个小区。截至目前,完成总工程量75%。",
        "翻开省民生项目和市重点民生实事项目的进度清单,以人民为中心的发展思想贯穿始终。",
        "实施城市公共停车设施建设工程,任务目标新增停车位6000个。目前已建成6900个,完成率115%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title).some((t) => /民生项目/u.test(t))).toBe(false);
    expect(report.projects).toHaveLength(3);
  });
  it("reads items numbered with a comma (1,截至…), each named past its date and its state (…已于5月8日正式启用)", () => {
    const report = only(
      [
        "2023年扬州市“三优三提升”30个实事项目进展顺利。",
        "(一)优化就业环境工程",
        "1,截至11月底,全市城镇新增就业8.2万人,完成全年目标的102.5%。",
        "2,城乡劳动者技能培训共21300人,完成全年目标的106.5%。",
        "(二)优化健康服务工程",
        "3,全市42所农村卫生室标准化建设工作已有序完成。",
        "4,市第三人民医院新院区已于5月8日正式启用,新增床位600张。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "城镇新增就业"],
      [2, "城乡劳动者技能培训"],
      [3, "42所农村卫生室标准化建设"],
      [4, "市第三人民医院新院区"],
    ]);
  });

  it("takes a programme named 暖民心行动 for the genre", () => {
    const { archive } = run(["2024年6月份暖民心行动六安市进展情况表", "一、就业促进行动", "1.开发公益性岗位600个 完成612个,完成率102%", "2.募集青年就业见习岗位400个 完成288个,完成率72%", "二、老年助餐服务行动", "1.新增城市老年食堂8个 完成5个,完成率62.5%"].join("\n"));
    expect(archive.rejected).toEqual([]);
    expect(archive.reports).toHaveLength(1);
  });
  it("reads a progress table's works (一、) over their starred indicators (*1.), the county's cell before the first and the count of indicators after each", () => {
    const report = only(
      [
        "2024年6月份暖民心行动各县区进展情况表",
        "县区 项目名称 年度目标任务 完成进度",
        "凤台县 一、就业促进行动",
        "(3项指标)",
        "*1.开发公益性岗位600个 完成612个,完成率102%",
        "2.募集青年就业见习岗位400个 完成288个,完成率72%",
        "3.开展农民工职业技能培训3000人次 完成1260人次,完成率42%",
        "二、老年助餐服务行动(2项指标) *1.新增城市老年食堂8个 完成5个,完成率62.5%",
        "*2.新增农村老年食堂20个 完成9个,完成率45%",
        "三、安心托幼行动(1项指标) 1.新建示范性托育服务机构2个 完成1个,完成率50%",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "就业促进行动"],
      [2, "老年助餐服务行动"],
      [3, "安心托幼行动"],
    ]);
    expect(report.projects[1]!.metrics.filter((m) => m.role === "actual").map((m) => `${m.value}${m.unit}`)).toEqual(["5个", "9个"]);
  });
  it("ends a name that opens on a verb where the task's own verb follows it, in a list run together ((8)推进既有住宅加装电梯推进…加装139台)", () => {
    const report = only(
      [
        "2022年九江市民生实事项目票决结果公布。分别是:",
        "(1)推进九江市既有住宅加装电梯推进既有住宅加装电梯加装120台;(2)打造九江市15分钟健身圈完成50个点位社区全民健身设施建设;(3)推广社区诊所实行医保刷卡组织开展社区定点医药机构准入评估工作;(4)实施城区供水管网改造工程完成改造管网30公里。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["推进九江市既有住宅加装电梯", "打造九江市15分钟健身圈", "推广社区诊所实行医保刷卡", "实施城区供水管网改造工程"]);
  });
  it("reads no 和县 in 城乡结合部和县中心区: a two-character name opening on a joining word, inside running words, is the word", () => {
    const text = [
      "关于2023年为民办实事项目实施情况的通报",
      "各级各有关部门把为民办实事作为重要内容,加强组织领导,12项为民办实事年度目标任务如期完成。",
      "一、新增义务教育公办学校学位3万个",
      "重点推进主城区、城乡结合部和县中心区义务教育阶段公办学校扩容建设,新增学位3.2万个,完成年度计划的106.7%。",
      "二、新建、改扩建公办幼儿园80所",
      "全省开工新建、改扩建公办幼儿园86所,完成年度计划的107.5%。",
    ].join("\n");
    const { archive } = run(text);
    expect(archive.reports.map((r) => r.region.name)).not.toContain("和县");
    expect(archive.reports.map((r) => r.region.path.join(""))).not.toContain("安徽省马鞍山市和县");
    expect(archive.reports.map((r) => r.region.path[0])).not.toContain("安徽省");
  });
  it("reads a notice's records (【项目一】 ‖ 项目名称：… ‖ 年度目标：… ‖ 进展情况：… ‖ 完成率：…) as numbered items named by their name field, each rate the last figure done's", () => {
    const record = (no: string, name: string, target: string, done: string, rate: string, unit: string) => [`【项目${no}】`, `项目名称：${name}`, `年度目标：${target}`, `进展情况：${done}`, `完成率：${rate}`, `责任单位：${unit}`, ""];
    const report = only(
      [
        "藤县2025年为民办实事项目进展情况公示（截至9月30日）",
        "现将我县2025年3项为民办实事项目截至9月30日的进展情况公示如下：",
        "",
        ...record("一", "城镇老旧小区改造", "改造城镇老旧小区12个，惠及居民1500户", "12个小区已全部开工，已完工7个", "58.3%", "县住房城乡建设局"),
        ...record("二", "农村公路建设", "新改建农村公路45公里", "完成路基38公里，完成路面硬化31.5公里", "70%", "县交通运输局"),
        ...record("三", "老年人健康体检", "为3万名65岁及以上老年人免费健康体检", "已完成体检2.45万人", "81.7%", "县卫生健康局"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "城镇老旧小区改造"],
      [2, "农村公路建设"],
      [3, "老年人健康体检"],
    ]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}${m.role === "target" ? "T" : ""}${m.rate === null ? "" : `@${m.rate}`}`))).toEqual([
      ["12个T", "1500户T", "12个", "7个@58.3"],
      ["45公里T", "38公里", "31.5公里@70"],
      ["3万名T", "2.45万人@81.7"],
    ]);
    expect(report.projects[1]!.responsible).toEqual(["县交通运输局"]);
  });

  it("reads no 兴县 in a slogan (实干兴县), and names set in one pair of quotes before their count (将“A、B、…”列为五大重点实事) as the projects", () => {
    const text = [
      "务实为民 实干兴县 ——2013年我县五大重点实事综述",
      "2014/01/20 来源:仙居新闻网",
      "2013年初,我县将“生态文明建设、‘秀美乡村’建设、农贸市场改造提升、学前教育水平提升、‘美化仙居’行动”列为五大重点实事。仙居的山更青、水更绿。",
      "生态文明结硕果",
      "2013年,我县有39个村被命名为市级生态村。",
      "“美化仙居”行动完成森林抚育2.5万亩、绿化道路75公里。",
    ].join("\n");
    const report = only(text);
    expect(report.region.name).toBe("仙居县");
    expect(report.projects.map((p) => p.title)).toEqual(["生态文明建设", "‘秀美乡村’建设", "农贸市场改造提升", "学前教育水平提升", "‘美化仙居’行动"]);
  });
  it("names a vote's first choice past 选出, and a quoted name called a project (“婚姻登记跨区通办”项目) by its quotes", () => {
    const chosen = only(["2024年綦江区民生实事项目票决产生", "经依法票决,选出农村饮水保障工程、农村公路建设、城市危旧房改造、学校标准化建设等10件民生实事项目。"].join("\n"));
    expect(chosen.projects[0]!.title).toBe("农村饮水保障工程");
    const quoted = only(
      [
        "2022年鞍山市24项民生实事项目三季度进展",
        "“婚姻登记跨区通办”项目,已在全市7个婚姻登记处实现跨区通办,办理登记2300对。",
        "“老旧小区改造”项目,已开工改造老旧小区86个,完成年度计划的102%。",
        "“实施供热设施维修改造”项目,已完成改造管网45公里。",
      ].join("\n"),
    );
    expect(quoted.projects.map((p) => p.title)).toEqual(["婚姻登记跨区通办", "老旧小区改造", "实施供热设施维修改造"]);
  });
  it("reads names run together by 、 and closed by the count (…、“打通最后一公里”农村水利工程10件为民实事), one of them long and the last quoted", () => {
    const report = only(
      [
        "2023年青海省10件为民实事全面完成",
        "省十四届人大一次会议审议通过的《政府工作报告》,确定实施中小学“扩食堂增学位”、建设80个乡镇综合养老服务中心、开展30万人次政府补贴性职业技能培训及支持800名未就业普通高校毕业生到基层就业、对城乡低保家庭子女普通高校入学资助、对15万妇女进行“两癌”免费筛查、对3000户地质灾害区农户实施避险搬迁、提升公共卫生服务能力、建设60个“新就业形态劳动者驿站”、新建5000公里自然村通硬化路、“打通最后一公里”农村水利惠民工程10件为民实事。",
        "一年来,全省各级政府全力推进,10件为民实事全面完成。",
      ].join("\n"),
    );
    expect(report.projects).toHaveLength(10);
    expect(report.projects[2]!.title).toBe("开展30万人次政府补贴性职业技能培训及支持800名未就业普通高校毕业生到基层就业");
    expect(report.projects[9]!.title).toBe("“打通最后一公里”农村水利惠民工程");
  });
  it("takes the year of the sentence that states the programme's count over years mentioned in passing (2018年…共8类41项 ‖ 2017年，市民享受… ‖ …于2017年投入使用)", () => {
    const report = only(
      [
        "近日,文登区2018年民生实事出炉,共6类30项民生实事,涉及基本保障、教育、医疗等多个民生热点领域。",
        "1 提高城乡低保标准,为8000名困难群众发放救助金;2 扩大慈善大病救助覆盖面;3 继续实施“健康体检惠民工程”,为2万名老人免费体检;",
        "2017年,文登区市民享受免费健康体检。4 新建、改扩建幼儿园6处,新增学位1800个。",
        "新一中于2017年投入使用。5 实施农村公路提档升级工程,改造农村公路120公里。",
      ].join("\n"),
    );
    expect(report.year).toBe(2018);
  });
});

describe("published pages, twelfth round", () => {
  it("reads names that a count in 大项 closes (其中A、B、…、L12大项,…已提前完成) as the projects, without the 其中", () => {
    const report = only(
      [
        "怀远县民生工程前三季度进展顺利",
        "本报讯 2021年以来,怀远县扎实推进民生工程,截至9月底,已到位资金6.2亿元。其中 城乡居民养老保险、农村道路畅通工程、困难残疾人生活补贴、城市社区居家养老服务、农村危房改造、义务教育营养改善计划6大项,以及若干小项已提前完成全年任务,其余项目正按序时进度推进。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城乡居民养老保险", "农村道路畅通工程", "困难残疾人生活补贴", "城市社区居家养老服务", "农村危房改造", "义务教育营养改善计划"]);
  });

  it("reads paragraphs named like '政务惠民工程:包括…等7项' as the projects, as many as the kinds the text counts (5大类40件), with no figure in the count of the names each lists", () => {
    const report = only(
      [
        "盐城市今年将办好5大类40件民生实事",
        "2019年盐城市为民办实事计划日前公布,全市将办好5大类40件实事。这5大类40件实事分别为:",
        "教育提升工程:包括新建改扩建中小学、学前教育资源扩充、乡村教师周转房建设等9项。",
        "健康服务工程:包括基层医疗机构标准化建设、家庭医生签约服务、村卫生室改造等8项。",
        "政务惠民工程:包括不动产登记便民服务、政务服务网上办理、12345热线提升等7项。",
        "交通畅行工程:包括农村公路提档升级、城市公交优化、停车场建设等10项。",
        "生态宜居工程:包括黑臭水体治理、口袋公园建设、农村生活污水治理等6项。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["教育提升工程", "健康服务工程", "政务惠民工程", "交通畅行工程", "生态宜居工程"]);
    // The kinds (5大类) are what the list names, and the count it meets.
    expect(report.projectCount).toBe(5);
    // 等9项 counts the names the clause lists: no figure of the project.
    expect(report.projects.flatMap((p) => p.metrics)).toEqual([]);
  });

  it("keeps a count of named works followed by what they are (等12项省级体育赛事) as a figure", () => {
    const report = only(
      [
        "2023年宜宾市民生实事完成情况",
        "1.举办体育赛事。成功举办宜宾马拉松、长江公开水域游泳赛、川南篮球邀请赛等12项省级体育赛事。",
        "2.改造老旧小区。完成改造老旧小区86个,惠及居民1.2万户。",
        "3.新增托位。新增普惠托位1500个。",
      ].join("\n"),
    );
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12项"]);
  });

  it("counts a project read twice under one title once against the stated count (a table whose sub-items repeat in its progress column)", () => {
    const report = only(
      [
        "上饶市2024年市人大代表票决民生实事项目进展情况表(截至6月30日)",
        "(共十大类 26个子项目)",
        "序号",
        "项目名称",
        "项目内容",
        "责任单位",
        "项目进展情况",
        "1",
        "城区公园提升项目",
        "①滨江公园改造项目:改造绿地3万平方米;②东湖公园提升项目:新建步道2.4公里。",
        "市城管局",
        "①滨江公园改造项目:已完成绿地改造2.1万平方米。②东湖公园提升项目:步道已完工。",
        "2",
        "农贸市场改造项目",
        "①城东农贸市场改造项目:改造面积5000平方米;②城西农贸市场改造项目:改造面积3200平方米。",
        "市商务局",
        "①城东农贸市场改造项目:主体已完工。②城西农贸市场改造项目:3月开工建设,目前",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区公园提升项目", "农贸市场改造项目"]);
  });

  it("reads a notice of the second quarter (二季度完成情况) as progress to the end of June, though it lists what is done", () => {
    const report = only(
      [
        "近期,市政府督查室对全市重点民生实事二季度完成情况进行了督导,现将有关情况通报如下:",
        "2023年滕州市20项重点民生实事,5项已完成,12项按计划推进,3项进展较为缓慢。",
        "1.新建城区公办幼儿园4所。已完成2所主体施工,完成年度任务的50%。",
        "2.改造农村公路120公里。已完成改造80公里。",
        "3.新增城市停车泊位3000个。已建成停车泊位3100个,已完成全年任务。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads the count quoted after the programme's name (为民办实事“十大”工程) and names each part before the remark its page cut open (科教惠民工程(项目6个,其中…))", () => {
    const report = only(
      [
        "钦州市政府工作报告确定了2024年实施交通出行惠民、便民服务等为民办实事“十大”工程。",
        "今年市本级为民办实事“十大”工程计划项目主要实施内容",
        "一、教育惠民工程(项目5个,其中基建工程类4个、“小而美”事项类1个)。主要是新建幼儿园12所,新增学位3600个以上。",
        "二、就业惠民工程(项目3个,均为“小而美”事项类)。主要是全年举办招聘会200场,提供就业岗位2万个。",
        "三、健康惠民工程(项目6个,其中基建工程类4个、“小而美”事项类2个)。建设市妇幼保健院新院区等4个项目。",
      ].join("\n"),
    );
    expect(report.projectCount).toBe(10);
    expect(report.projects.map((p) => p.title)).toEqual(["教育惠民工程", "就业惠民工程", "健康惠民工程"]);
  });

  it("reads a district named like any town's part (城北区 · 老城区) as the word it also is, where its city goes unnamed", () => {
    const report = only(
      [
        "绩溪确定今年为民十件实事",
        "绩溪讯 近日,绩溪县围绕群众最关心的问题,确定了2016年努力办好的为民十件实事。",
        "这10件实事分别为:一是加快城北区棚户区改造;二是推进老城区老旧小区和背街小巷整治;三是新建城北区农贸市场;四是改造农村公路60公里;五是新增停车位500个;六是建成养老服务中心1个;七是改造中小学薄弱学校8所;八是新建公厕20座;九是实施饮水安全工程;十是整治城区油烟污染。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("绩溪县");
  });

  it("reads a provincial notice that lists lagging counties again and again (除邵阳隆回县、永州江华县外) as the province's", () => {
    const report = only(
      [
        "12月18日,省政府办公厅通报了2019年湖南省重点民生实事前11个月进展情况。",
        "一、提高城乡低保补助水平。除邵阳隆回县、永州江华县、怀化沅陵县外,其余119个县级单位均已发放到位;除永州江华县、怀化沅陵县外,农村低保资金均已发放到位。",
        "二、提高特困人员补助水平。截至11月底,除怀化沅陵县、永州江华县外,其余县级单位均已发放,完成年度目标任务。",
        "三、新增城镇就业70万人以上。截至11月底,全省新增城镇就业73.2万人。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("湖南省");
  });

  it("reads a list announced with what comes next (下一步,加强进度考核…有序推进) as a plan, not progress", () => {
    const report = only(
      [
        "山西公布2021年十项重点民生实事",
        "1月25日,山西省政府新闻办召开新闻发布会。据介绍,2021年山西重点民生实事包括了新增城镇就业45万人,推进城镇老旧小区改造,实施农村公路提质工程,提高城乡低保标准,建设农村寄宿制学校,实施残疾儿童康复救助,改善大气环境质量,推进农村电网改造,建设县级医院,加快建设农村幸福院十项重点民生实事。",
        "目前,省政府正在组织相关部门研究制定考核办法。下一步,在定期通报的基础上,加强进度考核,推动每件实事按时间节点有序推进。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads no project from the economy's targets a work report states beside its 实事 (地区生产总值增长8%；一般公共预算收入增长6%；…)", () => {
    const { archive } = run(
      [
        "长沙市人大会议开幕,将新建公办幼儿园列入2017年“十件实事”",
        "今天上午,长沙市第十四届人民代表大会第六次会议开幕。市长向大会作政府工作报告,将新建公办幼儿园、改善空气质量等市民关切的问题纳入2017年“十件实事”中。",
        "他表示:“今年全市经济社会发展的主要预期目标是:地区生产总值增长8.5%;地方一般公共预算收入增长7%;全社会固定资产投资增长12%;社会消费品零售总额增长10.5%。”",
        "2017年,长沙将新建公办幼儿园50所,新增停车泊位3万个。",
      ].join("\n"),
    );
    const titles = archive.reports.flatMap((r) => r.projects.map((p) => p.title));
    expect(titles.filter((t) => /生产总值|预算收入|固定资产投资|社会消费品/u.test(t))).toEqual([]);
  });

  it("completes the paragraphs that tell some works (就业促进工程中,…) by the names an ellipsis closes before the programme (A、B、…E……公布2019年民生实事工程)", () => {
    const report = only(
      [
        "涉及6大类30项 今年我省民生实事工程出炉",
        "就业创业工程、教育均衡工程、安居保障工程、健康宁夏工程、文化惠民工程、生态宜居工程……2月26日,自治区政府新闻办公室召开新闻发布会,公布2019年民生实事工程。",
        "经反复筛选,最终确定了6类30项民生实事工程。",
        "就业创业工程中,包括开展职业技能培训8万人次,全区城镇新增就业7.5万人。",
        "教育均衡工程中,包括新建、改扩建幼儿园30所,开工建设义务教育学校20所。",
        "安居保障工程中,包括开工改造城镇老旧小区3.2万套,发放住房租赁补贴5000户。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业创业工程", "教育均衡工程", "安居保障工程", "健康宁夏工程", "文化惠民工程", "生态宜居工程"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["30所", "20所"]);
  });

  it("reads no programme count from the years added up (累计办理重点民生实事180件)", () => {
    const report = only(
      [
        "江西15年累计办理重点民生实事180件",
        "从2009年至2023年,江西已累计办理重点民生实事180件,在就业就学、医疗养老等方面解决了一大批群众关心的问题。2023年,全省十件民生实事全面完成。",
        "1.城镇新增就业45.2万人,完成年度目标的113%。",
        "2.改造城镇老旧小区1200个,完成年度目标的100%。",
        "3.新增托位1.6万个,完成年度目标的107%。",
      ].join("\n"),
    );
    expect(report.projectCount).toBe(10);
  });

  it("reads an item's overall rate (…,整体完成率108.2%) as a figure of the item with its rate, not the rate of the figure before it", () => {
    const report = only(
      [
        "宁波市2024年民生实事项目完成情况",
        "(一)已新增社区食堂48个、新增家庭养老床位1500张,整体完成率108.2%。",
        "(二)已新建城市书房30个、改造农家书屋120个,整体完成率100%。",
        "(三)已改造老旧小区64个,完成率96.5%。",
      ].join("\n"),
    );
    const first = report.projects[0]!;
    expect(first.metrics.map((m) => [m.label, m.value, m.unit, m.rate])).toEqual([
      ["新增社区食堂", 48, "个", null],
      ["新增家庭养老床位", 1500, "张", null],
      ["整体完成率", 108.2, "%", 108.2],
    ]);
    expect(first.status).toBe("超额完成");
    // A plain completion rate is still the rate of the figure before it.
    expect(report.projects[2]!.metrics.map((m) => m.rate)).toEqual([96.5]);
  });

  it("reads a percent in brackets after what was done (12个…已完成9个(75%)) as its rate where it is that share of the task before it, and the task as its target", () => {
    const report = only(
      [
        "砀山县2024年民生实事进展情况",
        "截至9月底,全县30项民生实事中,已完成18项。",
        "剩余项目中,12个村级养老服务站建设已完成9个(75%),40条农村道路硬化已完成30条(75%),200场送戏进万村已送150场(75%),城区学校在校生中留守儿童占比(12%)较上年下降。",
      ].join("\n"),
    );
    const metrics = report.projects.flatMap((p) => p.metrics).map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`);
    expect(metrics).toEqual(expect.arrayContaining(["12个 target null", "9个 actual 75", "40条 target null", "30条 actual 75", "200场 target null", "150场 actual 75"]));
    // A bracketed percent that is no share of a task before it stays a figure.
    expect(metrics).toContain("12% actual null");
    expect(metrics.filter((m) => m.startsWith("75%"))).toEqual([]);
  });

  it("keeps the count of projects (共6类30项 → 30) where only a narrative reading meets the count of kinds", () => {
    const report = only(
      [
        "乳山市2019年民生实事出炉",
        "近日,乳山市2019年民生实事出炉,共6类30项民生实事,涉及基本保障、教育、医疗、生态环境等方面。今年,乳山将新建改扩建幼儿园5所。在医疗方面,乳山将为全市老人免费查体3万人次。城市建设上,将改造老旧小区12个。交通方面,将新改建农村公路80公里。生态方面,将完成荒山绿化2000亩。就业方面,将开展职业技能培训6000人次。",
      ].join("\n"),
    );
    expect(report.sources[0]!.check?.layout).toBe("narrative");
    expect(report.projectCount).toBe(30);
  });

  it("reads the projects a progress notice names as going well (项目有:A、B、…、E等。) as some of its programme, whose count stays the stated one", () => {
    const report = only(
      [
        "2024年,沭阳县共实施六大类50项民生实事项目。截至6月底,48个项目达序时或超序时进度。进展较好的项目有:人民路快速化改造工程、沭阳县燃气管网建设、社区综合服务中心提档升级行动、稳岗就业提升行动、教师队伍引才行动、“幸福宝贝”0-3岁儿童早期发展行动等。",
        "下一步,沭阳县发改局将督促项目牵头单位紧盯序时进度,确保按期完成民生实事项目年度任务。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["人民路快速化改造工程", "沭阳县燃气管网建设", "社区综合服务中心提档升级行动", "稳岗就业提升行动", "教师队伍引才行动", "“幸福宝贝”0-3岁儿童早期发展行动"]);
    // Six named, six kinds (六大类): the names meet the kinds by chance, and the count stays 50.
    expect(report.projectCount).toBe(50);
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads no programme count from the candidates voted on (从15件候选民生项目中选出十大民生实事项目)", () => {
    const report = only(
      [
        "今天上午,在丰顺县十六届人大三次会议第三次全体会议上,与会的168名代表以票决的方式从15件候选民生项目中选出了2022年县政府十大民生实事项目。",
        "代表票决选出的十大民生实事项目包括:“实施农村道路硬化工程”、“实施危桥改造项目”、“新建城南公园”、“实施县城供水管网改造工程”、“新建3所公办幼儿园”等。",
      ].join("\n"),
    );
    expect(report.projectCount).toBe(10);
  });

  it("reads works told one by one between ；s after 项目分别是, each with its remark in brackets (a 。 inside a remark ends nothing)", () => {
    const report = only(
      [
        "2023年南安市为民办实事项目高效推进。截至9月底,全年18个项目中已有6个项目提前完成。",
        "此次率先完成年度任务的项目分别是升级改造30所学校安防设施;新建或改建8所中小学食堂(城东中学、溪美小学等8所学校食堂已完工并投用);实施残疾儿童康复救助工程(已为420名儿童发放康复救助金380万元,提前完成目标任务。已发放助学补助金96.5万元);实施32个居民小区雨污分流改造工程(柳城街道20个小区、美林街道12个小区均已完成改造)。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["升级改造30所学校安防设施", "新建或改建8所中小学食堂", "实施残疾儿童康复救助工程", "实施32个居民小区雨污分流改造工程"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["420名", "380万元", "96.5万元"]);
  });

  it("reads a vote's result told between ；s (最终票决出:A;B,C;…,为我市…8项民生实事项目), a long work by its first comma-piece", () => {
    const report = only(
      [
        "朔州市票决产生2024年市政府8项民生实事项目",
        "会上,与会代表采取无记名投票方式进行差额投票表决,最终票决出:创建智慧养老示范社区;建设户外劳动者驿站,实施劳动者关爱行动;开展公交智慧化提升工程;开展老旧小区物业服务全覆盖行动;打响“塞上云谷”数字品牌,培训数字服务业劳动者6000人,创造3000个就业岗位;实施群众文化惠民工程;新建8所公办幼儿园;实施农村寄递物流服务提升工程,为我市2024年市政府8项民生实事项目。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "创建智慧养老示范社区",
      "建设户外劳动者驿站,实施劳动者关爱行动",
      "开展公交智慧化提升工程",
      "开展老旧小区物业服务全覆盖行动",
      "打响“塞上云谷”数字品牌",
      "实施群众文化惠民工程",
      "新建8所公办幼儿园",
      "实施农村寄递物流服务提升工程",
    ]);
    expect(report.projectCount).toBe(8);
  });
});

describe("published pages, thirteenth round", () => {
  it("dates a list by the year nearest before it in the sentence that names it (对2020年…测评，票决2021年…项目包括…), and counts it by the count closing its names (…六个项目)", () => {
    const report = only(
      [
        "泰顺县十届人大五次会议举行第二次全体会议",
        "大会应到代表186名,实到代表179名,符合法定人数。",
        "3月4日上午,会议听取了有关报告,对2020年县政府民生实事项目完成情况进行满意度测评,票决2021年县政府民生实事项目包括城区学校扩容工程、乡镇卫生院提升工程、农村供水保障工程、山区公路改造工程、居家养老服务工程、城乡公交一体化工程六个项目。",
      ].join("\n"),
    );
    expect(report.year).toBe(2021);
    expect(report.projectCount).toBe(6);
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容工程", "乡镇卫生院提升工程", "农村供水保障工程", "山区公路改造工程", "居家养老服务工程", "城乡公交一体化工程"]);
  });

  it("leaves what a work costs out of its name, after it (…工程,全年计划投资3.2亿元) or before it (今年,X县总投资1.6亿元的…)", () => {
    const after = only(
      [
        "宁德市2020年民生工程包实施方案印发",
        "2020年民生工程项目包括:城乡供水提升工程,全年计划投资3.2亿元;农村公路畅通工程,全年计划投资5.1亿元;教育补短板工程,全年计划投资2.4亿元;医疗养老提升工程,全年计划投资1.8亿元;市场食品安全工程,全年计划投资0.6亿元。",
      ].join("\n"),
    );
    expect(after.projects.map((p) => p.title)).toEqual(["城乡供水提升工程", "农村公路畅通工程", "教育补短板工程", "医疗养老提升工程", "市场食品安全工程"]);
    expect(after.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3.2亿元"]);
    const before = only(
      [
        "邹平市2016年十大民生工程",
        "今年,邹平市总投资1.6亿元的城市体育中心将在年内开工建设;总投资2.2亿元的市民服务中心建成投用;投资3000万元新建城区公办幼儿园4所;投资5000万元改造农村危房600户;投资800万元新建社区卫生服务站12处。",
      ].join("\n"),
    );
    expect(before.projects.map((p) => p.title)).toEqual(["城市体育中心将在年内开工建设", "市民服务中心", "新建城区公办幼儿园", "改造农村危房", "新建社区卫生服务站"]);
  });

  it("splits the names after 包括 at each 、 where names with commas of their own (…建设,实现全覆盖) make the count told, not at the first comma", () => {
    const report = only(
      [
        "荆门市2018年市政府为民办实事项目确定",
        "经征集意见,最终市政府确定2018年6件为民办实事项目。其中包括整治城区积水点、新建社区服务中心、改造农村公路500公里、建设停车泊位2000个以及继续实施校园运动场建设,实现乡镇学校全覆盖、继续建设农贸市场快检室,实现城区全覆盖。",
      ].join("\n"),
    );
    expect(report.projects).toHaveLength(6);
    expect(report.projects[5]!.title).toMatch(/^继续建设农贸市场快检室/u);
  });

  it("reads the works a quoted group names after 即 (“两个提升”,即提升…；提升…), one per ；-clause, however few each group holds", () => {
    const report = only(
      [
        "江津区2024年6件重点民生实事发布",
        "区政府新闻发言人介绍,2024年的6件重点民生实事共26家单位参与,预计投入资金1.8亿元,可以概括为“两个新建”“两个提升”“两个开展”。",
        "“两个新建”,即新建城区公办幼儿园,新增学位900个,配套建设运动场2处;新建社区养老服务站,建成站点12个,为老年人提供助餐服务3万人次以上。",
        "“两个提升”,即提升农村供水保障,实施2个水厂扩建工程和5个管网延伸工程;提升基层医疗能力,为15个乡镇卫生院配置救护车15辆。",
        "“两个开展”,即开展困难群众住房救助,改造农村危房300户;开展青少年暑期托管,开设托管班30个,服务学生6000人次。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建城区公办幼儿园", "新建社区养老服务站", "提升农村供水保障", "提升基层医疗能力", "开展困难群众住房救助", "开展青少年暑期托管"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["900个", "2处"]);
  });

  it("reads a ·-line between paragraphs of prose as an item's heading, while a run of ·-lines stays a list of links", () => {
    const report = only(
      [
        "2022年泰州要办这3件民生实事",
        "今年我市将继续实施3件民生实事,年度计划总投资超30亿元。",
        "教育供给",
        "·建设幼儿园",
        "建设幼儿园 12 所,7 所年内竣工交付。",
        "·建设中小学",
        "建设中小学 8 所,5 所年内主体竣工。",
        "医疗卫生",
        "·建设社区卫生服务中心",
        "新建社区卫生服务中心 6 个。",
        "相关新闻",
        "·泰州召开全市教育工作会议",
        "·市领导调研民生实事推进情况",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["建设幼儿园", "建设中小学", "建设社区卫生服务中心"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["6个"]);
  });

  it("takes a list published in its year's first months for the plan, though it is written as what will be done (完成主体封顶)", () => {
    const report = only(
      [
        "2022年镇江市民生实事项目",
        "发布日期:2022-01-20",
        "1、提升医疗服务水平",
        "市第一人民医院新院区完成主体封顶。新增8个农村区域性医疗卫生中心,全部建成投用。",
        "2、教育惠民工程",
        "实施新建、改扩建学校项目30个,竣工12个,增加学位9000个。",
        "3、养老服务提升",
        "建成社区助餐点40个,完成适老化改造1000户。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads quoted names called a project by 一项 · 上榜 · 成效 beside the runs of quoted names a progress story gives", () => {
    const report = only(
      [
        "记者从浙江省政府督查室获悉,2019年我省十项民生工程绝大多数已达到任务进度。",
        "前三季度“农村危房改造”成效突出,新增完成改造12000户,为目标任务的120%。",
        "三季度新增完成全年目标任务项目中,“农村公路建设”上榜,全省新增建成农村公路2100公里。",
        "“为1万名困难群众实施免费体检”一项中,9月新增体检1500人,累计达9200人。",
        "未达到目标任务进度的民生小项,涉及“食品安全”、“安全社区建设”、“耕地质量建设”、“文化基础设施建设”和“饮用水源地整治”等。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(expect.arrayContaining(["农村危房改造", "农村公路建设", "食品安全", "安全社区建设", "饮用水源地整治"]));
    expect(report.projects.some((p) => p.title.includes("免费体检"))).toBe(true);
  });

  it("names a work told in prose by the words on both sides of its figure where its thing follows the figure (减免…3.2万名学前幼儿保教费)", () => {
    const report = only(
      [
        "2023年云南省20件民生实事全面完成",
        "截至2023年12月底,全省20件民生实事已完成或超额完成年度目标任务。",
        "去年20件民生实事中,减免农村地区3.2万名学前幼儿保教费,完成年度目标任务的106.5%;新增城镇就业52万人,完成年度目标任务的104%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toContain("减免农村地区学前幼儿保教费");
  });

  it("ends a list of names announced after a colon at an ellipsis (…D……一幅幅温暖的民生图景、…跃然纸上)", () => {
    const report = only(
      [
        "旺苍县2022年民生实事项目完成情况",
        "翻开旺苍县2022年民生实事项目完成情况报告:完成农村危房改造800户以上、实现家庭医生签约服务全覆盖、完成新改建农村公路260公里、完成15个村的供水工程改造升级……一幅幅温暖的民生图景、一份份暖心的民生成绩单跃然纸上。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title).join(" ")).not.toMatch(/民生图景|成绩单/u);
    expect(report.projects).toHaveLength(4);
  });

  it("leaves a tag after a project's name (…建设项目(票决项目) · …工程(第三项)) and what runs on after it out of the name, but keeps a phase (…工程(一期))", () => {
    const report = only(
      [
        "德阳市2023年民生实事项目(6类18件)",
        "1.德阳西站站前广场及配套设施建设项目(票决项目)工程起于旌湖大道与长江西路交叉口,全长2.1公里。",
        "2.城区雨污分流改造工程(一期),完成管网改造15公里。",
        "3.农村饮水安全巩固提升工程(第三项)新建供水站4座。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["德阳西站站前广场及配套设施建设项目", "城区雨污分流改造工程(一期)", "农村饮水安全巩固提升工程"]);
  });

  it("reads a clause that only counts the places the next works are done in (在民族自治地区的51个县(市),…) as no project of its own", () => {
    const report = only(
      [
        "2022年青海省民生实事全面完成",
        "截至2022年12月底,全省民生实事已完成或超额完成年度目标任务。",
        "在牧区的23个县(市),对5.6万名在园幼儿全面免除学前保教费,完成年度目标任务的104%;新增城镇就业6.2万人,完成年度目标任务的103%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title).join(" ")).not.toMatch(/^县|县\(市\)$/u);
    expect(report.projects.flatMap((p) => p.metrics).map((m) => `${m.value}${m.unit}`)).not.toContain("23个");
  });

  it("names a project in the text's own characters where its name is pieced together or runs through pinyin glosses (縣(xiàn)城…)", () => {
    const report = only(
      [
        "綿陽市2023年民生實事項目",
        "1.縣(xiàn)城供水管網(wǎng)改造工程,新建管網(wǎng)30公里。",
        "2.鄉(xiāng)鎮(zhèn)衛(wèi)生院提升工程,改造衛生院8個。",
        "3.新建社區(qū)養老服務中心,建成12個。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["縣城供水管網改造工程", "鄉鎮衛生院提升工程", "新建社區養老服務中心"]);
    // A name pieced together from both sides of a figure keeps the text's characters too.
    const told = only(
      [
        "2022年四川省民生實事全面完成",
        "截至2022年12月底,全省民生實事已完成或超額完成年度目標任務。減免非民族自治地區44.05萬名學前幼兒保教費,完成年度目標任務的110.11%;新增城鎮就業52萬人,完成年度目標任務的104%。",
      ].join("\n"),
    );
    expect(told.projects.map((p) => p.title)).toContain("減免非民族自治地區學前幼兒保教費");
  });

  it("reads the names a notice tags with the programme's own ordinal (…工程(第十一项)), wherever they stand, as its projects", () => {
    const report = only(
      [
        "日前,涵江区政府督查室对2023年省、市两级为民办实事项目1-9月份进展情况进行跟踪督查。现将进展情况通报如下:",
        "省、市两级为民办实事项目涉及我区共30项,其中4项已完成,分别是:提高城乡居民医保财政补助标准(第二项)、实施农村供水提升工程(第九项)、建设农贸市场快检室(第十七项)、改造老旧小区燃气管道(第二十四项)。",
        "滞后项目:一是实施中小学校园安防提升工程(第五项)正在开展招标;二是建设社区嵌入式养老服务设施(第十二项)预计10月份开工。",
        "请各责任单位加快推进,确保按序时完成。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "提高城乡居民医保财政补助标准",
      "实施农村供水提升工程",
      "建设农贸市场快检室",
      "改造老旧小区燃气管道",
      "实施中小学校园安防提升工程",
      "建设社区嵌入式养老服务设施",
    ]);
    // The tags number the programme, not the list: the items carry no numbers of their own.
    expect(report.projects.every((p) => p.no === null)).toBe(true);
  });

  it("reads items numbered 1..N straight through 一、 headings as the list, though the headings' paragraphs hold a figure more", () => {
    const report = only(
      [
        "2024年常州要办这几类民生实事",
        "一、大力促进就业创业",
        "1 组织线上线下招聘会800场次,开发就业见习岗位8000个。",
        "2 做好青年人才驿站建设运营。",
        "3 建成就业服务站30家,帮扶失业人员就业5万人。",
        "二、关爱新就业形态群体",
        "4 向新就业形态劳动者赠送医疗互助保障项目。",
        "5 新建6个交通驿站,设置6处临时停车区域。",
        "三、贴心开展为老服务",
        "6 完成800户老年人家庭适老化改造。",
        "7 新增示范性社区助餐点40个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(report.projects[1]!.title).toBe("做好青年人才驿站建设运营");
  });

  it("places a notice of several levels' lists at the level it calls its own (义乌本级), not at the city that reports on it (被金华通报)", () => {
    const text = (
      [
        "2023年度省市县三级民生实事共计118项,在市委市政府高度重视和各部门共同努力下,118项民生实事均全部或超额完成年度目标任务。",
        "省级民生实事30项,其中“新增持证养老护理员”等15项超额完成;金华市民生实事45项,其中“新增公办幼儿学位”等20项超额完成;义乌市民生实事43项,其中“农村公路大中修”等16项超额完成。",
        "另,“公共场所新增AED”(市红十字会)、“老旧小区改造”(市住建局)等3个项目曾因过程性滞后被金华通报,但均能如期完成。“居家养老服务设施改造”(市民政局)被金华采纳为亮点案例。",
        "附件:1.2023年度省政府民生实事项目完成情况",
        "2.2023年度金华市级民生实事项目完成情况",
        "3.2023年度义乌本级民生实事项目完成情况",
      ].join("\n")
    );
    const { archive } = run(text);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["义乌市"]);
    // …and where it writes its own full name before 本级.
    const full = run(text.replace("义乌本级", "义乌市本级")).archive;
    expect(full.reports.map((r) => r.region.name)).toEqual(["义乌市"]);
  });

  it("reads status groups told one after another (A、B和C等12个建设类项目已全面完工；…D、E和F等3个培训类项目已全部完成) together as the list", () => {
    const report = only(
      [
        "霍邱县民生工程取得突破性进展",
        "截至2018年10月底,霍邱县33项民生工程已有24项提前完成年度目标任务,其中城镇老旧小区改造、“四好农村路”建设和农村危房改造等12个建设类项目已全面完工;补助类项目按月发放到人,困难残疾人生活补贴、政策性农业保险和城乡居民养老保险等9个项目已完成年度任务;技能培训工程、家政服务培训工程和幼师培训工程等3个培训类项目已全部完成计划。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "城镇老旧小区改造",
      "“四好农村路”建设",
      "农村危房改造",
      "困难残疾人生活补贴",
      "政策性农业保险",
      "城乡居民养老保险",
      "技能培训工程",
      "家政服务培训工程",
      "幼师培训工程",
    ]);
  });
});

describe("published pages, fourteenth round", () => {
  it("reads a table drawn with spaces that leaves its empty cells out: each cell in the column that fits what it is (a name, a unit, a figure, a percent, an office), sub-rows under their project", () => {
    const report = only(
      [
        "醴陵市2023年1-9月重点民生实事项目进度表",
        "来源:市实事办 2023-10-18",
        "序 号 考核指标 单位 工作目标 已完成数 占比 备  注",
        "1 新增城镇就业 城镇新增就业人数 人 6500 5210 80.2%",
        "2 妇幼健康筛查 孕产妇免费产前筛查 人次 3100 2790 90%",
        "新生儿听力筛查 人次 3000 2851 95%",
        "3 城乡低保提标 城市低保标准 元/月/人 650 100% 1-9月城市低保标准已达到660元/月",
        "4 农村公路提质 新改建农村公路 公里 45 30%",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新增城镇就业"],
      [2, "妇幼健康筛查"],
      [3, "城乡低保提标"],
      [4, "农村公路提质"],
    ]);
    const figures = (k: number) => report.projects[k]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate ?? ""}`.trim());
    // The unit column's 人 and 人次 go with the bare numbers; the sub-row's figures stay with project 2.
    expect(figures(0)).toEqual(["6500人 target", "5210人 actual 80.2"]);
    expect(figures(1)).toEqual(["3100人次 target", "2790人次 actual 90", "3000人次 target", "2851人次 actual 95"]);
    // One figure of two columns is the target; the remark states what was done.
    expect(figures(2)).toContain("650元/月 target");
    expect(figures(2)).toContain("660元/月 actual");
    expect(figures(3)[0]).toBe("45公里 target");
  });

  it("reads a spaced table whose header names the project column and an office column, a row's sub-item name standing between them", () => {
    const report = only(
      [
        "湘潭县2018年1-6月省重点民生实事完成情况表",
        "序号 省重点民生实事项目名称 责任单位 目标任务 1- 6月实际完成情况   1-6月实际完成率% 备注",
        "1 新增城镇就业 县人社局 5200人 3100 60%",
        "2 残疾儿童康复救助 残联 60人 60 100%",
        "3 提高城乡低保标准 完成城市低保提标 县民政局 100% 100%",
        "完成农村低保提标 县民政局 100% 100%",
        "4 新增养老床位 县民政局 120张 80 67%",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增城镇就业", "残疾儿童康复救助", "提高城乡低保标准", "新增养老床位"]);
    expect(report.projects.map((p) => p.responsible)).toEqual([["县人社局"], ["残联"], ["县民政局"], ["县民政局"]]);
    // The achieved cell's bare number takes the target's unit.
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate ?? ""}`.trim())).toEqual(["5200人 target", "3100人 actual 60"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit} ${m.rate ?? ""}`.trim())).toEqual(["120张", "80张 67"]);
  });
  it("takes for the headline the first line that names the genre, not a section's name the page set above it (山东 ‖ …民生实事项目来了!)", () => {
    const report = only(
      [
        "浙江",
        "浙江频道 浙江新闻",
        "关注两会|2024年绍兴市上虞区民生实事项目出炉",
        "2024-01-10 09:20:11 来源:中华网浙江频道",
        "刚刚闭幕的上虞区人民代表大会票决出了2024年民生实事项目:",
        "一、新建城区公办幼儿园2所。",
        "二、改造农村公路60公里。",
        "三、新增养老床位300张。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("上虞区");
    expect(report.projects).toHaveLength(3);
  });
  it("gives a 票决 result's names the figures of the candidates' list they name ((3)对15个老旧小区进行改造 ‖ …分别为…、老旧小区改造工程、…)", () => {
    const report = only(
      [
        "九江市票决产生6件民生实事项目",
        "时间:2021-03-02",
        "2021年,九江市遴选了8件提请人大代表票决候选项目。(1)市体育中心完成工程总量80%。(2)改造农村公路300公里。(3)对15个老旧小区进行综合改造。(4)新增公交线路3条,更换新能源公交车60台。(5)新建城市公厕40座。(6)建成20个社区养老服务站。(7)新增社会足球场12个。(8)完成中小学校舍维修改造项目16个。",
        "3月1日,2021年度九江市民生实事项目票决结果公布,分别为九江市体育中心建设工程、农村公路提质工程、老旧小区改造工程、新增公交线路及更换车辆、社区养老服务站建设项目、中小学校舍维修改造工程。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["九江市体育中心建设工程", "农村公路提质工程", "老旧小区改造工程", "新增公交线路及更换车辆", "社区养老服务站建设项目", "中小学校舍维修改造工程"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["80%"], ["300公里"], ["15个"], ["3条", "60台"], ["20个"], ["16个"]]);
  });
  it("counts a county named by its people (@全体靖江人) for the region, over the city a repost's account names", () => {
    const report = only(
      [
        "@全体靖江人,2020十件民生实事交卷",
        "2020-12-28 泰州文话",
        "缓解停车难问题",
        "1.实施人民路改造工程,完成人民路与江平路、骥江路与东环路交叉口渠化改造,同步实施沿线管网改造和路灯照明改造。",
        "2.结合旧城更新和城市道路、绿化建设,新增停车位1200个以上,新建智慧停车管理平台一处,实现城区公共停车位统一管理。",
        "加大扶贫保障力度",
        "1.实施农村危房改造520户,对符合条件的低收入家庭住房做到应改尽改。",
        "2.向城区中低收入家庭提供保障性住房400套,实施公租房小区配套设施改造提升。",
        "3.减轻建档立卡低收入人口住院医疗费用负担,政策范围内个人负担不超过10%。",
        "提升污水处理能力",
        "1.启动建设靖江经济开发区工业污水处理厂。",
        "2.实施镇村生活污水治理工程。",
      ].join("\n\n"),
    );
    expect(report.region.name).toBe("靖江市");
  });

  it("reads a count in Chinese numerals that follows the year straight on (2021十件民生实事)", () => {
    const report = only(
      ["仪征市2021十件民生实事公布", "一、新建城区公办幼儿园3所。", "二、改造农村公路80公里。", "三、新增养老床位400张。"].join("\n"),
    );
    expect(report.projectCount).toBe(10);
  });

  it("reads headings over lines numbered from 1 again under each as the projects, those lines their parts", () => {
    const report = only(
      [
        "靖江市2020年十件民生实事",
        "2020-02-10 靖江发布",
        "缓解停车难问题",
        "1.实施人民路改造工程。",
        "2.新增停车位1200个以上。",
        "加大扶贫保障力度",
        "1.实施农村危房改造520户。",
        "2.提供保障性住房400套。",
        "3.减轻低收入人口住院医疗负担。",
        "综合整治水环境",
        "1.整治农村河道300条以上。",
        "2.新建中沟桥梁15座。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["缓解停车难问题", "加大扶贫保障力度", "综合整治水环境"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["1200个"], ["520户", "400套"], ["300条", "15座"]]);
  });
  it("reads a table drawn one cell per line whose rows stand under group rows (一、优化基本公共服务(5件)), a long project cell cut at its comma", () => {
    const report = only(
      [
        "怀柔区2023年重要民生实事项目进展情况(二季度) |",
        "序号 |",
        "实事项目 |",
        "牵头单位 |",
        "进展情况 |",
        "一、优化基本公共服务(4件) |",
        "1 |",
        "持续改造提升学校操场,改善教育教学环境和校内资源开放条件,更好服务师生 |",
        "区教委 |",
        "本年度计划提升改造操场6块,目前已完工4块。 |",
        "2 |",
        "新增急救站点 |",
        "区卫生健康委 |",
        "本年度新增3处急救站,均已建设完成。 |",
        "二、改善人居环境(3件) |",
        "3 |",
        "推进老旧小区综合整治 |",
        "区住房城乡建设委 |",
        "已开工改造老旧小区12个。 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "持续改造提升学校操场", ["区教委"]],
      [2, "新增急救站点", ["区卫生健康委"]],
      [3, "推进老旧小区综合整治", ["区住房城乡建设委"]],
    ]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12个"]);
  });
});

describe("published pages, fifteenth round", () => {
  it("reads a clause of names as many as the stated count, whatever words announce it, over a page's navigation list", () => {
    const report = only(
      [
        "- 首页",
        "- 政务公开",
        "- 互动交流",
        "- 办事服务",
        "",
        "平江县首次由人大代表票决民生实事",
        "3月8日，平江县十八届人大三次会议上，代表们票决产生了平江县2022年八大民生实事项目。",
        "入选的是：城区停车场建设、乡镇污水处理设施提质、农村饮水安全巩固、县人民医院发热门诊改造、义务教育学校食堂改造、农贸市场提质改造、城区公厕新建和敬老院消防改造。",
        "这8个项目年度计划投资3.2亿元。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "城区停车场建设",
      "乡镇污水处理设施提质",
      "农村饮水安全巩固",
      "县人民医院发热门诊改造",
      "义务教育学校食堂改造",
      "农贸市场提质改造",
      "城区公厕新建",
      "敬老院消防改造",
    ]);
  });
  it("takes the lead-in verb off the first of such names, and leaves a clause of covered fields alone", () => {
    const named = only(
      "2021年以来，澧县始终把改善民生作为工作重点，统筹推进城区供水、农村公路、校舍安全、基层医疗、公共文化、社会救助等六大民生工程。目前六大民生工程均已完成。",
    );
    expect(named.projects.map((p) => p.title)).toEqual(["城区供水", "农村公路", "校舍安全", "基层医疗", "公共文化", "社会救助"]);
    const fields = run("安乡县2022年六件民生实事覆盖就业、教育、卫生、养老、托育、交通。全县将认真组织实施。").archive.reports;
    expect(fields.flatMap((r) => r.projects.map((p) => p.title))).not.toContain("教育");
  });
  it("does not take sentences that tell what changed (街巷路面平整了、…更方便了……) for project names over the works a feature then describes", () => {
    const report = only(
      [
        "邢台市15件民生实事项目全部办结",
        "2022-12-12 来源:邢台日报",
        "街巷路面平整了、公园绿地多了、孩子入园更方便了……记者从邢台市政府获悉,今年邢台市确立的15件2022年民生实事已办结9件,其余6件正在全力推进。",
        "已完成的9件民生实事涉及城市建设、养老、教育等领域。其中,背街小巷整治提升,改善了群众出行条件;社区养老服务中心的建设,满足了老年人就近养老的需求;公办幼儿园的新建,缓解了入园难问题;城区公园绿地的提升,为市民提供了休闲场所;农贸市场的改造,方便了群众日常生活。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).not.toContain("街巷路面平整了");
    expect(report.projects.map((p) => p.title)).toContain("社区养老服务中心的建设");
  });
  it("reads the names a cut page kept of a counted clause, the stub the cut left aside, in the year the clause's paragraph names", () => {
    const { archive } = run(
      [
        "平利县:民生实事项目出炉",
        "据了解,平利县发改局于2023年9月启动2024年民生实事项目征集工作,共征集项目建议60个。",
        "2024年票决产生的民生实事项目围绕教育、医疗、交通等领域,精心谋划了十大“惠民工程”。建设项目主要包括新建城区第二幼儿园、改造乡镇卫生院、完善城乡公交站亭、实施农村饮水提质、建设社区养老服务站、新建",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)])).toEqual([
      [2024, ["新建城区第二幼儿园", "改造乡镇卫生院", "完善城乡公交站亭", "实施农村饮水提质", "建设社区养老服务站"]],
    ]);
  });
});

describe("published pages, sixteenth round", () => {
  it("reads a one-cell-per-line table that leaves out the cells it merged over rows, by what each cell is", () => {
    // The page drew a 工程名称 column left of the number (its name stands before row 1), a project cell
    // merged over rows 1–3 and an office merged over rows 2–3; units stand in brackets after each
    // indicator, percents bare under 完成比例(%); a mark after a number (4*) flags a project added this year.
    const cells = [
      "遂宁市2018年1—9月民生工程项目实施进度表",
      "工程",
      "名称",
      "序号",
      "项目内容",
      "年度目标",
      "牵头单位",
      "完成数",
      "完成比例",
      "(%)",
      "备注",
      "教育保障工程",
      "1",
      "改善办学条件",
      "新建公办幼儿园(所)",
      "12",
      "市教育局",
      "9",
      "75",
      "进度正常",
      "2",
      "新增学位(个)",
      "3600",
      "2900",
      "80.6",
      "3",
      "改造农村薄弱学校(所)",
      "40",
      "41",
      "102.5",
      "超额完成",
      "健康保障工程",
      "4*",
      "免费孕前优生健康检查(对)",
      "15000",
      "市卫生计生委",
      "12100",
      "80.7",
      "5",
      "城乡居民健康体检(万人)",
      "30",
      "市卫生计生委、市财政局",
      "26.3",
      "87.7",
    ];
    const report = only(cells.join("\n\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建公办幼儿园"],
      [2, "新增学位"],
      [3, "改造农村薄弱学校"],
      [4, "免费孕前优生健康检查"],
      [5, "城乡居民健康体检"],
    ]);
    const figures = (k: number) => report.projects[k]!.metrics.map((m) => [m.role, m.value, m.unit, m.rate]);
    expect(figures(0)).toEqual([["target", 12, "所", null], ["actual", 9, "所", 75]]);
    expect(figures(1)).toEqual([["target", 3600, "个", null], ["actual", 2900, "个", 80.6]]);
    expect(figures(2)).toEqual([["target", 40, "所", null], ["actual", 41, "所", 102.5]]);
    expect(figures(3)).toEqual([["target", 15000, "对", null], ["actual", 12100, "对", 80.7]]);
    expect(figures(4)).toEqual([["target", 30, "万人", null], ["actual", 26.3, "万人", 87.7]]);
    expect(report.projects[4]!.responsible).toEqual(["市卫生计生委", "市财政局"]);
  });
  it("counts no line's number (01 新增托位3000个) as a figure when it weighs readings, so a line without figures stays an item", () => {
    const report = only(
      [
        "德州市2024年重点民生事项公布",
        "来源:德州日报 2024-01-18",
        "2024年重点民生事项",
        "  01 新改扩建公办幼儿园8所,新增学位2400个",
        "  02 新建改建中小学6所,新增学位9000个",
        "  03 推动公共体育场馆免费或低收费开放,推进学校、机关、企事业单位体育场地设施向公众开放",
        "  04 新增3岁以下婴幼儿托位2000个",
        "  05 完成老年人家庭适老化改造1200户",
        "  06 新建城市书房15个",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6]);
    // A line too long for a headline, and without figures: the numbered lines' reading keeps it.
    expect(report.projects[2]!.title).toMatch(/^推动公共体育场馆免费或低收费开放/u);
  });
  it("reads the article inside a government site's furniture: navigation, breadcrumb, tools above the article, related links and footer below", () => {
    const page = [
      "网站首页",
      "走进铜仁",
      "政务公开",
      "政务服务",
      "政民互动",
      "当前位置：首页 > 政务公开 > 民生实事",
      "",
      "铜仁市2024年十件民生实事进展情况",
      "2024-10-08 09:30  来源：铜仁日报",
      "今年以来，铜仁市扎实推进十件民生实事，截至9月底进展如下。",
      "分享到：微信 微博 QQ空间",
      "字号：大 中 小",
      "1.新建城区公办幼儿园6所，已建成4所。",
      "2.改造城镇老旧小区40个，已完工35个。",
      "3.新增公共停车泊位3000个，已建成2650个。",
      "4.为8万名适龄妇女免费开展“两癌”筛查，已筛查6.9万人。",
      "【打印本页】【关闭窗口】",
      "相关新闻",
      "全市安全生产工作会议召开 2024-09-12",
      "市政府召开常务会议 2024-09-03",
      "",
      "主办单位：铜仁市人民政府办公室  承办单位：铜仁市大数据中心",
      "版权所有：铜仁市人民政府  网站标识码：5206000001",
      "黔ICP备05000001号-1  黔公网安备 52060202000001号",
      "联系电话：0856-5222222",
    ];
    const report = only(page.join("\n"));
    expect([report.region.name, report.year]).toEqual(["铜仁市", 2024]);
    // (Each line's task, a target beside what is done of it, names its work with its size.)
    expect(report.projects.map((p) => p.title)).toEqual(["新建城区公办幼儿园6所", "改造城镇老旧小区40个", "新增公共停车泊位3000个", "为适龄妇女免费开展“两癌”筛查"]);
    // No figure of the footer (a telephone number, a site code) is any project's.
    expect(report.projects.flatMap((p) => p.metrics.map((m) => m.value))).toEqual([6, 4, 40, 35, 3000, 2650, 8, 6.9]);
  });

  it("keeps short lines that name projects, where no home link or breadcrumb marks them as a site's navigation", () => {
    const report = only(["崇义县2023年民生实事项目", "今年全县实施以下民生实事项目：", "", "新建城市书房", "改造农贸市场", "建设口袋公园", "新增停车泊位", "", "以上项目年底前全部完成。"].join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["新建城市书房", "改造农贸市场", "建设口袋公园", "新增停车泊位"]);
  });
  it("reads an article under a credit line and a notice's metadata table, beside a site name, an arrowed breadcrumb and page tools", () => {
    const page = [
      "宁陕县人民政府门户网站",
      "首页→新闻中心→部门动态",
      "索引号:",
      "11610923MB0000000X/2023-00188",
      "发布机构:",
      "宁陕县人民政府办公室",
      "生成日期:",
      "2023-12-20",
      "宁陕县2023年十件民生实事完成情况",
      "今年以来，宁陕县十件民生实事全部完成年度目标任务。",
      "编辑：李明",
      "1.新建农村公路38公里，完成年度任务的108%。",
      "2.改造农村危房120户，完成年度任务的100%。",
      "3.新增城镇就业860人，完成年度任务的107.5%。",
      "4.建成村级养老服务站12个，完成年度任务的100%。",
      "【返回顶部】",
      "视力保护色：",
    ];
    const report = only(page.join("\n"));
    expect([report.region.name, report.year]).toEqual(["宁陕县", 2023]);
    expect(report.projects.map((p) => p.title)).toEqual(["新建农村公路", "改造农村危房", "新增城镇就业", "建成村级养老服务站"]);
  });
});

describe("published pages, seventeenth round", () => {
  it("dates a programme counted as 今年's by the day the page came out, not by a year its headline speaks of after the count", () => {
    const page = [
      "重庆发布今年12项重点民生实事，看2021年哪些实事群众最满意",
      "2022年02月18日 09:12  来源：华龙网",
      "原标题：重庆发布今年12项重点民生实事，看2021年哪些实事群众最满意",
      "记者从市政府获悉，2022年市政府重点民生实事已经确定，共12项。",
      "一、新建改扩建公办幼儿园60所。",
      "二、改造城镇老旧小区1500个。",
      "三、新增城市停车泊位3万个。",
    ];
    const report = only(page.join("\n"));
    expect([report.region.name, report.year]).toEqual(["重庆市", 2022]);
  });

  it("reads the works a numbered list's items group, one ；-clause each, where the text counts the works and not the items", () => {
    const page = [
      "2021年广州市十件民生实事",
      "2021年市政府民生实事共安排四个方面、10项任务。",
      "一、新增公办幼儿园学位2万个；新建中小学校12所；开设暑期托管班300个。",
      "二、新增养老床位1500张；建设长者饭堂100个。",
      "三、改造城镇老旧小区120个；加装电梯800台；新增停车泊位5000个。",
      "四、新建社区体育公园20个；建设碧道200公里。",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual([
      "新增公办幼儿园学位2万个",
      "新建中小学校12所",
      "开设暑期托管班300个",
      "新增养老床位1500张",
      "建设长者饭堂100个",
      "改造城镇老旧小区120个",
      "加装电梯800台",
      "新增停车泊位5000个",
      "新建社区体育公园20个",
      "建设碧道200公里",
    ]);
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[2], [12], [300], [1500], [100], [120], [800], [5000], [20], [200]]);
  });

  it("keeps a numbered list's items, each with several targets, where the text states no count or counts the items", () => {
    const items = [
      "一、新增公办幼儿园学位2万个；新建中小学校12所。",
      "二、新增养老床位1500张；建设长者饭堂100个。",
      "三、改造城镇老旧小区120个；加装电梯800台。",
      "四、新建社区体育公园20个；建设碧道200公里。",
    ];
    for (const lead of ["2021年广州市民生实事项目", "2021年广州市民生实事项目\n今年市政府安排4项民生实事。"]) {
      const report = only([lead, ...items].join("\n"));
      expect(report.projects.map((p) => [p.no, p.title])).toEqual([
        [1, "新增公办幼儿园学位2万个"],
        [2, "新增养老床位1500张"],
        [3, "改造城镇老旧小区120个"],
        [4, "新建社区体育公园20个"],
      ]);
    }
  });

  it("reads a paragraph that names its fields, each before its works, however few works each field holds", () => {
    const page = [
      "2023年洛阳市重点民生实事方案出炉",
      "经广泛征集和论证，目前2023年市重点民生实事方案初步列入的教育方面的事项有：新建改扩建中小学校15所，新增学位2万个；新增公办幼儿园学位6000个。医疗卫生方面的事项有：推进县级医院能力建设，建设胸痛中心8个。城市建设方面的事项有：改造老旧小区210个；新建城市书房30座；新增公共停车泊位1万个。",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[15, 2], [6000], [8], [210], [30], [1]]);
    expect(report.projects.map((p) => p.title)).toEqual(["新建改扩建中小学校15所", "新增公办幼儿园学位6000个", "推进县级医院能力建设", "改造老旧小区210个", "新建城市书房30座", "新增公共停车泊位1万个"]);
  });

  it("reads status groups that state how many tasks each holds, numbered afresh in each, on a page cut inside a progress note", () => {
    const page = [
      "丽水市2024年度十件民生实事1-6月推进情况",
      "(一)已完成任务共2项",
      "1.新增城镇就业2.5万人。(责任单位:市人力社保局)",
      "推进情况:累计新增城镇就业2.7万人，完成年度任务的108%。",
      "2.改造农村公路危桥30座。(责任单位:市交通运输局)",
      "推进情况:已完成危桥改造30座，完成年度任务的100%。",
      "(二)序时推进任务共12项",
      "1.新建改扩建中小学校8所。(责任单位:市教育局)",
      "推进情况:已开工6所，完成年度任务的75%。",
      "2.改造城镇老旧小区60个。(责任单位:市建设局)",
      "推进情况:已开工改造老旧小区41个，完成年度任务的68.3%。",
      "3.新增养老床位800张。(责任单位:市民政局)",
      "推进情况:已新增养老床位350张，完成年度任务的43.8%。",
      "4.建设城市书房20个。(责任单位:市文广旅体局)",
      "推进情况:已建成城市书房9个，完成年度任务的45%。",
      "5.新增公共停车泊位5000个。(责任单位:市住建局)",
      "推进情况:已新增公共停车泊位2100个，完成年度",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新增城镇就业2.5万人"],
      [2, "改造农村公路危桥30座"],
      [1, "新建改扩建中小学校8所"],
      [2, "改造城镇老旧小区60个"],
      [3, "新增养老床位800张"],
      [4, "建设城市书房20个"],
      [5, "新增公共停车泊位5000个"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => [m.role, m.value, m.rate])).toEqual([["target", 30, null], ["actual", 30, 100]]);
  });

  it("reads a news feature whose projects are headed 民生实事之一：…之N：, with quotes and photo captions between them", () => {
    const page = [
      "6项民生实事全部完成！一起来看这份成绩单",
      "洛阳日报 2024-01-12 08:30",
      "记者从市政府获悉，2023年我市确定的6项民生实事全部完成年度目标任务。",
      "民生实事之一：稳岗扩就业",
      "全年城镇新增就业5.1万人，完成年度目标的102%。",
      "“我们把招聘会开进了社区。”市人社局有关负责人说。",
      "民生实事之二：改造老旧小区",
      "全年改造老旧小区215个，完成年度目标的107.5%。",
      "▲西工区某小区改造后的楼道。记者 王明 摄",
      "民生实事之三：扩充学前学位",
      "新增公办幼儿园学位4200个。",
      "民生实事之四：建设养老服务站",
      "新建社区养老服务站36个，完成年度目标的120%。",
      "民生实事之五：更新燃气管网",
      "更新改造老旧燃气管道180公里。",
      "民生实事之六：增加停车泊位",
      "新增公共停车泊位8000个，完成年度目标的100%。",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "稳岗扩就业"],
      [2, "改造老旧小区"],
      [3, "扩充学前学位"],
      [4, "建设养老服务站"],
      [5, "更新燃气管网"],
      [6, "增加停车泊位"],
    ]);
  });

  it("takes the count from the line announcing a work report's list, and reads the year's economic targets before it as no list", () => {
    const page = [
      "2021年绥化市政府工作报告（摘要）",
      "二、2021年工作安排",
      "今年经济社会发展的主要预期目标是：1.地区生产总值增长7%左右；2.一般公共预算收入增长5%；3.城乡居民人均可支配收入增长7%；4.城镇登记失业率控制在4.5%以内。",
      "（五）坚持以人民为中心，持续保障和改善民生",
      "2021年，市政府将集中财力办好八项民生实事：",
      "(1)促进就业创业。1.城镇新增就业2.6万人；2.开展职业技能培训1.5万人次。",
      "(2)改善办学条件。1.新建改扩建公办幼儿园5所；2.改造农村学校供暖设施30所。",
      "(3)提升医疗服务。1.为4万名农村妇女免费开展“两癌”筛查；2.建设标准化村卫生室60个。",
      "(4)完善养老服务。1.新建社区日间照料中心15个；2.新增养老床位600张。",
      "(5)改造老旧小区。改造老旧小区70个、面积180万平方米。",
      "(6)改善城市供热。1.改造老旧供热管网40公里；2.新增集中供热面积100万平方米。",
      "(7)方便群众出行。1.新建改造城市道路12条；2.更新新能源公交车80辆。",
      "(8)保障饮水安全。实施农村饮水安全巩固提升工程，惠及农村人口4万人。",
      "以上民生实事，市政府将逐项明确责任单位和完成时限。",
    ];
    const { archive } = run(page.join("\n"));
    expect(archive.reports).toHaveLength(1);
    const report = archive.reports[0]!;
    expect(report.projectCount).toBe(8);
    expect(report.projects.map((p) => p.title)).toEqual(["促进就业创业", "改善办学条件", "提升医疗服务", "完善养老服务", "改造老旧小区", "改善城市供热", "方便群众出行", "保障饮水安全"]);
  });

  it("reads a card's 完成率 line as the rate of the figure done above it, not as a figure of its own", () => {
    const page = [
      "一图读懂｜前三季度，湘潭十大民生实事进展如何？",
      "截至9月底，我市2023年十大民生实事项目总体进展顺利。",
      "01",
      "城镇新增就业",
      "目标任务：城镇新增就业2.2万人",
      "进展情况：已新增就业1.87万人",
      "完成率：85%",
      "02",
      "老旧小区改造",
      "目标任务：改造城镇老旧小区90个",
      "进展情况：已开工90个，完工63个",
      "完成率：70%",
      "03",
      "农村公路提质",
      "目标任务：提质改造农村公路300公里",
      "进展情况：已完成270公里",
      "完成率：90%",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["城镇新增就业", "老旧小区改造", "农村公路提质"]);
    expect(report.projects.map((p) => p.metrics.map((m) => [m.role, m.value, m.rate]))).toEqual([
      [["target", 2.2, null], ["actual", 1.87, 85]],
      [["target", 90, null], ["actual", 90, null], ["actual", 63, 70]],
      [["target", 300, null], ["actual", 270, 90]],
    ]);
  });

  it("reads a report as of November that says the whole programme is done as the year's results, and one that does not as progress", () => {
    const lede = (done: string) => [
      "长沙市芙蓉区人大常委会听取区政府关于2023年民生实事项目办理情况的报告",
      "发布时间：2023-12-20",
      `报告指出，今年区人代会票决产生的8件民生实事项目，截至11月底，${done}`,
      "一是新建改扩建幼儿园4所，完成年度目标的100%。二是改造老旧小区30个，完成年度目标的103%。三是新增养老床位300张，完成年度目标的110%。",
    ];
    const done = only(lede("8件民生实事均已完成或超额完成年度目标任务。").join("\n\n"));
    expect(done.sources[0]!.kind).toBe("results");
    const going = only(lede("8件民生实事总体进展顺利，其中6件已完成年度目标任务。").join("\n\n"));
    expect(going.sources[0]!.kind).toBe("progress");
  });

  it("names an item by what stands before a dash (城乡供水一体化提升工程——新建改造…)", () => {
    const page = [
      "嵊州市2021年民生实事项目票决结果公布",
      "市十七届人大五次会议票决产生2021年市政府民生实事项目8项：",
      "1.城乡供水一体化提升工程——新建改造供水主管网30公里，赞成票268票。",
      "2.中小学校扩容工程——建成学校3所，新增学位2700个，赞成票270票。",
      "3.老旧小区综合改造工程——改造老旧小区10个，赞成票265票。",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["城乡供水一体化提升工程", "中小学校扩容工程", "老旧小区综合改造工程"]);
  });

  it("reads 第一件是…第二件是… in an interview's answers, keeping the numbers as written where one mark stands inside a sentence", () => {
    const page = [
      "今年我市十件民生实事怎么办？——访市发展改革委主任",
      "记者：能否具体介绍一下今年的十件实事？",
      "答：第一件是稳就业，全年城镇新增就业2.1万人。第二件是扩学位，新增中小学学位6000个。第三件是强医疗，建设县域医疗次中心5个。",
      "记者：“一老一小”是很多家庭关心的问题。",
      "答：这正是第四件，新建社区老年助餐点50个。第五件是老旧小区改造，改造老旧小区120个。第六件是供暖保障，改造供热管网40公里。",
      "记者：出行方面呢？",
      "答：第七件是畅通出行，新增公共停车泊位5000个。第八件是城市绿化，新建口袋公园30个。",
    ];
    const report = only(["2024年抚州市十件民生实事", ...page].join("\n\n"));
    const byNo = new Map(report.projects.map((p) => [p.no, p.title]));
    expect([byNo.get(1), byNo.get(2), byNo.get(5), byNo.get(8)]).toEqual(["稳就业", "扩学位", "老旧小区改造", "城市绿化"]);
  });

  it("reads a post's items set as an emoji, 实事一｜ and a name, each over its 1) 2) tasks", () => {
    const page = [
      "成绩单来了！2024年宜都市三件民生实事全部完成✅",
      "截至2024年12月底",
      "三件民生实事全部完成年度目标",
      "🏫 实事一｜教育扩容提质",
      "1) 新建、改扩建幼儿园5所，新增学位1800个",
      "2) 完成30所中小学直饮水设备安装",
      "🏥 实事二｜基层医疗提升",
      "1) 完成4个乡镇卫生院提档升级",
      "2) 为65岁以上老年人免费体检4.2万人",
      "👴 实事三｜养老服务暖心",
      "1) 新建老年助餐点30个",
      "2) 为300户特殊困难老年人家庭完成适老化改造",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "教育扩容提质"],
      [2, "基层医疗提升"],
      [3, "养老服务暖心"],
    ]);
    expect(report.projects[0]!.metrics.map((m) => m.value)).toEqual([5, 1800, 30]);
  });

  it("reads items whose mark stands alone over bracketed fields (一、 ‖ 【项目名称】… ‖ 【建设内容】… ‖ 【责任单位】…)", () => {
    const page = [
      "沾益区2024年区级民生实事项目清单",
      "经区人民代表大会票决，确定2024年区级民生实事项目3件。",
      "一、",
      "【项目名称】城区学校扩容工程",
      "【建设内容】新建第三小学，新增学位1200个。",
      "【责任单位】区教育体育局",
      "【完成时限】2024年12月底前",
      "二、",
      "【项目名称】“一老一小”服务提升工程",
      "【建设内容】新建社区养老服务站10个，新增普惠托位300个。",
      "【责任单位】区民政局、区卫生健康局",
      "【完成时限】2024年12月底前",
      "三、",
      "【项目名称】便民停车工程",
      "【建设内容】新增公共停车泊位1500个。",
      "【责任单位】区住房城乡建设局",
      "【完成时限】2024年11月底前",
    ];
    const report = only(page.join("\n").replace(/(?<=前)\n/gu, "\n\n"));
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "城区学校扩容工程", ["区教育体育局"]],
      [2, "“一老一小”服务提升工程", ["区民政局", "区卫生健康局"]],
      [3, "便民停车工程", ["区住房城乡建设局"]],
    ]);
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[1200], [10, 300], [1500]]);
  });

  it("reads a pipe table's second progress column of bare percents (进展情况 | 进度) as the rates of the figures done", () => {
    const page = [
      "青州市2022年为民办实事项目1—9月份进展情况",
      "截至9月底，10件实事项目全部开工。",
      "| 序号 | 项目 | 年度目标 | 进展情况 | 进度 |",
      "|---|---|---|---|---|",
      "| 1 | 农村公路提档升级 | 新改建农村公路200公里 | 完成新改建农村公路170公里 | 85% |",
      "| 2 | 公办幼儿园建设 | 新建、改扩建公办幼儿园6所 | 主体完工4所 | 66.7% |",
      "| 3 | 职业技能培训 | 开展职业技能培训1万人次 | 完成培训1.1万人次 | 110% |",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.metrics.map((m) => [m.role, m.value, m.rate]))).toEqual([
      [["target", 200, null], ["actual", 170, 85]],
      [["target", 6, null], ["actual", 4, 66.7]],
      [["target", 1, null], ["actual", 1.1, 110]],
    ]);
  });

  it("reads a province's report that names its cities' shares as the province's, where the province is named only by the site and the paper", () => {
    const page = [
      "江西新闻网",
      "首页 | 时政 | 民生 | 市县",
      "我省2022年十件民生实事全部完成",
      "2023-01-18 08:10　来源：江西日报",
      "记者从省政府办公厅获悉，2022年省政府确定的十件民生实事已全部完成。",
      "城镇老旧小区改造。全省开工改造城镇老旧小区1850个，完成年度任务的104.1%。其中，南昌市改造320个、赣州市286个、九江市210个。",
      "农村公路建设。全省新改建农村公路4100公里，完成年度任务的102.5%。其中，赣州市1020公里、吉安市680公里。",
      "养老服务。全省新建社区养老服务设施520个。其中，南昌市98个、上饶市85个。",
    ];
    const report = only(page.join("\n\n"));
    expect([report.region.name, report.year]).toEqual(["江西省", 2022]);
  });

  it("keeps fields that are themselves the projects (●实施残疾儿童康复救助方面：…) whole in one paragraph, and a county's page under a province's site as the county's", () => {
    const fields = only(
      [
        "一季度湖北重点民生实事进展顺利",
        "2022年一季度，湖北省10件重点民生实事进展顺利。 ●实施残疾儿童康复救助方面：6100名残疾儿童接受了康复救助服务，完成年度目标任务的40.2%。 ●推进城镇老旧小区改造提升方面：完成老旧小区改造15.2万户，完成年度目标任务的35.1%；同步改造管网320公里。 ●改善农村出行条件方面：全省完成1500个自然村通硬化路；新建农村公路300公里。",
      ].join("\n\n"),
    );
    expect(fields.projects).toHaveLength(3);
    const county = only(
      [
        "省政府",
        "门户网站",
        "首页",
        "省情概况",
        "新闻中心",
        "政务公开",
        "济南市长清区2023年民生实事项目票决产生",
        "长清区人大常委会召开会议，票决产生2023年区级民生实事项目8件：新建改扩建中小学3所、新增公办幼儿园学位900个、改造老旧小区12个、新增公共停车泊位2000个、建设口袋公园15个。",
      ].join("\n"),
    );
    expect(county.region.name).toBe("长清区");
  });
});

describe("published pages, eighteenth round", () => {
  // A WeChat post numbers its items in large type, each number alone on its line (01 ‖ 名称), and
  // ticks the figures under each with ✅: the numbers are the items, the ticked lines their figures.
  const post = [
    "晒单！2023年新都区十件民生实事全部完成",
    "新都发布 2024年01月12日 19:02 四川",
    "2023年，区政府十件民生实事全部兑现。一起来看👇",
    "",
    "01",
    "稳岗就业工程",
    "",
    "✅城镇新增就业1.1万人，完成年度目标的105%",
    "✅开展职业技能培训5200人次",
    "",
    "02",
    "学前教育扩容工程",
    "",
    "✅新建改扩建公办幼儿园4所",
    "✅新增学位1800个",
    "",
    "03",
    "老旧小区改造工程",
    "",
    "✅改造老旧小区16个，惠及居民3900户",
    "",
    "04",
    "社区养老服务工程",
    "",
    "✅新建社区养老服务综合体2个",
    "✅新增老年助餐点30个",
    "",
    "05",
    "农村供水保障工程",
    "",
    "✅改造农村供水管网45公里",
  ];

  it("reads numbers alone on their lines (01, 02 …) as the items' marks, and the ✅ lines under each as its figures", () => {
    const report = only(post.join("\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "稳岗就业工程"],
      [2, "学前教育扩容工程"],
      [3, "老旧小区改造工程"],
      [4, "社区养老服务工程"],
      [5, "农村供水保障工程"],
    ]);
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[1.1, 5200], [4, 1800], [16, 3900], [2, 30], [45]]);
  });

  it("keeps an item's last figure line with it when the next numbered name follows it directly (no heading counts anything)", () => {
    const page = [
      "定了！2025年枣阳市十件民生实事出炉",
      "枣阳发布 2025-01-10 19:30 湖北",
      "票决产生了市政府2025年十件民生实事，具体如下：",
      "1 学有所教",
      "新建公办幼儿园3所",
      "为60间教室更换护眼灯",
      "2 病有所医",
      "为2.8万名老年人免费体检",
      "新建村卫生室12个",
      "3 老有所养",
      "新增老年助餐点25个",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["学有所教", "病有所医", "老有所养"]);
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[3, 60], [2.8, 12], [25]]);
  });

  it("reads items a speaker numbers inline with Arabic figures (第1件，…；第2件，…) across paragraphs, the numbers carrying on", () => {
    const page = [
      "访谈：解读2024年汉阴县十件民生实事",
      "主持人：今年的10件民生实事分哪几类？",
      "嘉宾：分两个方面。第一个方面是教育和养老，有3件。第1件，新建公办幼儿园2所，新增学位540个；第2件，新建村级互助幸福院15个；第3件，为900户困难老人家庭实施适老化改造。",
      "第二个方面是城乡建设，有2件。第4件，改造城镇老旧小区9个，惠及居民1600户；第5件，新改建农村公路85公里。",
      "主持人：谢谢您的介绍。",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建公办幼儿园2所"],
      [2, "新建村级互助幸福院15个"],
      [3, "为900户困难老人家庭实施适老化改造"],
      [4, "改造城镇老旧小区9个"],
      [5, "新改建农村公路85公里"],
    ]);
  });
});


describe("published pages, nineteenth round", () => {
  it("reads a city's list and then one of its districts' as two reports, each under the numbered heading that names it", () => {
    const page = [
      "宁波市海曙区人民政府",
      "2023年市、区两级民生实事项目完成情况",
      "现将2023年宁波市和海曙区民生实事项目完成情况公布如下：",
      "一、宁波市2023年十件民生实事完成情况",
      ...Array.from({ length: 10 }, (_, k) => `${k + 1}.新建城市项目${"ABCDEFGHIJ"[k]}${k + 3}个，完成年度任务的10${k}%。`),
      "二、海曙区2023年八件民生实事完成情况",
      ...Array.from({ length: 8 }, (_, k) => `${k + 1}.区级项目${"ABCDEFGH"[k]}：改造${k + 2}处，完成年度任务的100%。`),
      "海曙区人民政府办公室",
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.region.name, r.year, r.projects.length])).toEqual([
      ["宁波市", 2023, 10],
      ["海曙区", 2023, 8],
    ]);
    expect(archive.reports[1]!.projects[0]!.metrics.map((m) => m.value)).toEqual([2]);
  });

  it("keeps a headline that names the city with the page, where only one numbered heading names a region", () => {
    const page = [
      "宁波市海曙区人民政府",
      "海曙区2023年民生实事项目完成情况",
      "一、海曙区2023年八件民生实事",
      ...Array.from({ length: 8 }, (_, k) => `${k + 1}.区级项目${"ABCDEFGH"[k]}：改造${k + 2}处，完成年度任务的100%。`),
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.region.name, r.projects.length])).toEqual([["海曙区", 8]]);
  });

  it("reads a PDF's table laid out in columns of spaces, its cells wrapped onto the lines below, with one rate per figure", () => {
    const page = [
      "灌南县2022年十件民生实事完成情况",
      "2022年，县委、县政府确定的十件民生实事已全部完成。",
      "序号   项目名称          目标任务                      完成情况                        完成率    责任单位",
      "",
      " 1     城镇新增就业      城镇新增就业3200人            城镇新增就业3460人              108.1%    县人力资源",
      "                                                                                                和社会保障局",
      "",
      " 2     农村公路建设      新改建农村公路90公里，        新改建农村公路96公里，          106.7%    县交通运输局",
      "                         改造危桥8座                   改造危桥8座                     100%",
      "",
      " 3     老旧小区          改造城镇老旧小区12个          改造城镇老旧小区12个            100%      县住房和城乡",
      "       改造                                                                                     建设局",
      "",
      "【打印】 【关闭】",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["城镇新增就业", "农村公路建设", "老旧小区改造"]);
    expect(report.projects.map((p) => p.responsible)).toEqual([["县人力资源和社会保障局"], ["县交通运输局"], ["县住房和城乡建设局"]]);
    expect(report.projects[1]!.metrics.map((m) => [m.value, m.role, m.rate])).toEqual([
      [90, "target", null],
      [96, "actual", 106.7],
      [8, "target", null],
      [8, "actual", 100],
    ]);
  });

  it("reads the works a lede gives its count one each (十件民生实事分别聚焦稳就业、强教育、…) as the projects, not fields it covers", () => {
    const names = ["稳就业", "强教育", "优医疗", "兜养老", "改旧区", "畅交通", "保供水", "治污水", "兴文体", "守食安"];
    const text = [
      "政府工作报告里的“民生清单”",
      "——解读揭阳市2024年十件民生实事",
      "",
      `市政府工作报告提出，今年将继续集中财力办好十件民生实事。记者梳理发现，今年的十件民生实事分别聚焦${names.join("、")}，既有“硬件”建设，也有“软件”提升。`,
      "",
      "在“稳就业”上，报告提出全年城镇新增就业1.8万人。“强教育”方面，今年将新增公办中小学学位6000个。",
    ].join("\n");
    expect(only(text).projects.map((p) => p.title)).toEqual(names);
    // (Fields a lede says the works cover, 涉及就业、教育、医疗…等方方面面, are no projects.)
    const covers = text.replace(`分别聚焦${names.join("、")}`, `聚焦${names.join("、")}`);
    expect(only(covers).projects.map((p) => p.title)).not.toEqual(names);
  });

  it("reads a feature's tagged subheads (【教育提质】新增学位1620个) over its paragraphs as the works its lede names after 县委、县政府…承诺的", () => {
    const text = [
      "件件有回音　事事暖民心",
      "——长宁县2023年五件民生实事办理情况综述",
      "",
      "　　2023年，县委、县政府向全县人民承诺的就业增收、教育提质、健康保障、养老服务、道路畅通等五件民生实事全部兑现。",
      "",
      "【就业增收】家门口有了“好饭碗”",
      "　　“在园区上班离家只有十几分钟。”村民王大姐说。",
      "　　一年来，全年城镇新增就业4216人，完成年度目标的105.4%。",
      "",
      "【教育提质】新增学位1620个",
      "　　9月1日，县第二实验小学建成投用，新增学位1620个。",
      "",
      "【健康保障】体检服务送到家门口",
      "　　县卫健局为65岁及以上老年人开展免费健康体检4.1万人。",
      "",
      "【养老服务】互助养老点成了“老年之家”",
      "　　全年新建村级互助养老点22个，完成年度目标的110%。",
      "",
      "【道路畅通】村道通到院坝",
      "　　全年新改建农村公路126公里。",
    ].join("\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(["就业增收", "教育提质", "健康保障", "养老服务", "道路畅通"]);
    expect(report.projects.map((p) => p.metrics.at(-1)?.value)).toEqual([4216, 1620, 4.1, 22, 126]);
    // (The lede's names alone, the party's body and its government its subject: no 县委 among them.)
    const lede = only(text.split("【就业增收】")[0]! + "全县累计完成投资5.37亿元。");
    expect(lede.projects.map((p) => p.title)).toEqual(["就业增收", "教育提质", "健康保障", "养老服务", "道路畅通"]);
  });

  it("reads a newspaper page's subheads that name a work and what it came to (农村公路建设：完成44.5公里), each over the column's lines of its paragraph", () => {
    const page = [
      "人大代表票决的2024年4件民生实事进展顺利",
      "本报讯 记者日前从市发改局获悉，今年年初经市人大会议票决产",
      "生的4件民生实事项目总体推进顺利，截至8月底全部开工。",
      "老旧小区改造：38个小区全部开工",
      "按照年度计划，今年我市将改造城镇老旧小区38个，惠及居民",
      "2160户。目前已全部开工，完工21个，占年度目标的55.3%。",
      "农村饮水提升：受益群众近2万人",
      "今年计划新建改造农村供水工程12处，受益人口2.6万人。截至",
      "8月底，已完工9处，受益1.9万人，分别占年度目标的75%、73.1%。",
      "城区停车泊位建设：超额完成目标",
      "今年计划新增城区停车泊位1500个，目前已建成1620个，完成率",
      "108%，提前超额完成年度任务，市民停车难问题有所缓解。",
      "农村公路建设：完成44.5公里",
      "今年计划新改建农村公路60公里，截至8月底已完成44.5公里，占",
      "年度目标的74.2%，其余路段将于11月底前全部完工通车。",
    ];
    const report = only(page.join("\n").replace("今年年初", "绵竹市今年年初"));
    expect(report.projects.map((p) => p.title)).toEqual(["老旧小区改造", "农村饮水提升", "城区停车泊位建设", "农村公路建设"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}${m.rate === null ? "" : `@${m.rate}`}`).slice(-4)).toEqual(["12处", "2.6万人", "9处@75", "1.9万人@73.1"]);
  });

  it("reads a table laid out in spaces with a column of units, each project's further indicators on rows of their own under it, and a unit wrapped", () => {
    const page = [
      "2024年舒城县民生实事完成情况",
      "2024年，县委、县政府确定的3项民生实事全部完成年度目标任务。",
      "序号  项目名称          考核指标                    单位    年度目标   完成数    完成比例   牵头单位",
      "1     就业创业促进      城镇新增就业                万人    3.6        4.12      114.4%     县人力资源",
      "                                                                                           和社会保障局",
      "                        失业人员再就业              人      9000       10230     113.7%",
      "2     学前教育扩容      新建改扩建公办幼儿园        所      10         10        100%       县教体局",
      "                        新增公办学位                个      3000       3240      108%",
      "3     中小学食堂改造    改造提升中小学食堂          个      50         56        112%       县教体局",
      "",
      "下一步，县民生办将对已完成项目开展“回头看”。",
    ];
    const report = only(page.join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["就业创业促进", "学前教育扩容", "中小学食堂改造"]);
    expect(report.projects[0]!.responsible).toEqual(["县人力资源和社会保障局"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}${m.role === "target" ? "T" : ""}${m.rate === null ? "" : `@${m.rate}`}`))).toEqual([
      ["3.6万人T", "4.12万人@114.4", "9000人T", "10230人@113.7"],
      ["10所T", "10所@100", "3000个T", "3240个@108"],
      ["50个T", "56个@112"],
    ]);
  });

  it("ends a newspaper page's credit line at its line: the headline and lede under it still give the year and count", () => {
    const page = [
      "3　综合新闻　　　　　　　通化日报　　　　　　　2022年1月8日　星期六",
      "　　　　　　　　　　　　　　　　　　　　　　　　责任编辑：王 静　美术编辑：李 娜",
      "",
      "我市2021年十件民生实事全部完成",
      "件件承诺落到实处　群众获得感持续增强",
      "",
      "本报讯（记者 张明）记者从市政府",
      "办公室获悉，我市2021年确定的十件",
      "民生实事已全部完成年度目标任务。",
      "",
      // Items set in the page's narrow column, broken every 14 characters.
      ...["就业创业", "老旧小区改造", "农村公路", "校舍改造", "村卫生室", "养老服务", "城乡供水", "城市绿化", "公共停车", "农村改厕"].flatMap((name, k) =>
        `　　${"一二三四五六七八九十"[k]}是${name}扎实推进。全市完成${name}任务${k + 2}${"个处条所个个处个个座"[k]}，完成年度任务的10${k}%。`.match(/.{1,14}/gu)!,
      ),
    ];
    const report = only(page.join("\n"));
    expect([report.year, report.projectCount, report.projects.length]).toEqual([2021, 10, 10]);
  });

  it("leaves the notice's closing paragraph out of the last item where every item is told in one paragraph of its own", () => {
    const page = [
      "2021年新余市渝水区十件民生实事完成情况公示",
      ...["城区道路改造：改造背街小巷28条，完成年度任务的100%。", "农贸市场：新建改造农贸市场4个。", "养老服务：建成社区养老服务站15个。", "托育服务：新增普惠性托位300个。"].map((t, k) => `${k + 1}.${t}`),
      "如对公示内容有异议，请于公示之日起5个工作日内向区政府督查室反映，联系电话：0790-6223456。",
      "渝水区人民政府办公室",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => p.metrics.map((m) => m.value))).toEqual([[28], [4], [15], [300]]);
  });

  it("leaves the paragraph after a list of names alone (①A； ‖ …) out of the last item: the programme's total is no work's figure", () => {
    const page = [
      "平利县人大代表票决产生2021年十大民生实事项目",
      "来源：平利县融媒体中心　2021-03-26",
      "经与会代表无记名投票，票决产生2021年十大民生实事项目：",
      ...["城区供水管网改造提升工程", "农村公路安全生命防护工程", "县城第二幼儿园建设项目", "乡镇卫生院标准化提升项目", "社区居家养老服务中心建设项目", "农村厕所革命整村推进项目", "城区停车场建设工程", "农贸市场标准化改造项目", "城区老旧小区改造工程", "全民健身场地设施补短板项目"].map((t, k) => `${"①②③④⑤⑥⑦⑧⑨⑩"[k]}平利县${t}${k === 9 ? "。" : "；"}`),
      "十大民生实事项目计划总投资约1.86亿元，涉及教育、医疗、养老、交通等多个领域，覆盖全县11个镇。",
      "（平利县融媒体中心 记者 王敏）",
    ];
    const report = only(page.join("\n"));
    expect(report.projects).toHaveLength(10);
    expect(report.projects.flatMap((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([]);
  });

  it("reads a city's list and a district's under headings that name each region and programme, each counted in brackets", () => {
    const page = [
      "市里8件、区里5件！今年的为民办实事项目来了",
      "七星发布　2024-02-20",
      "近日，桂林市2024年为民办实事项目正式公布，七星区也确定了区级项目。一起来看↓",
      "桂林市2024年为民办实事项目（8项）",
      ...Array.from({ length: 8 }, (_, k) => `${k + 1}.市级项目${"ABCDEFGH"[k]}。新建${k + 2}个。`),
      "七星区2024年为民办实事项目（5项）",
      ...Array.from({ length: 5 }, (_, k) => `（${"一二三四五"[k]}）区级项目${"ABCDE"[k]}。改造${k + 3}处。`),
      "来源：七星区融媒体中心",
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.region.name, r.projectCount, r.projects.length])).toEqual([
      ["桂林市", 8, 8],
      ["七星区", 5, 5],
    ]);
  });

  it("drops a notice's metadata set as a pipe table with spaced-out labels (索 引 号 | … | 公开方式 | …), which is no list", () => {
    const page = [
      "索 引 号 | 11320900MB0123456X/2023-00012 | 公开方式 | 主动公开 |",
      "发布机构 | 东台市人民政府办公室 | 发布日期 | 2023-02-10 |",
      "文 号 | 东政办发〔2023〕3号 | 有 效 性 | 有效 |",
      "",
      "东台市人民政府办公室关于印发2023年市政府民生实事项目分解表的通知",
      "市十七届人大三次会议票决确定了2023年市政府3项民生实事项目，现将分解表印发给你们，请认真抓好落实。",
      "东台市人民政府办公室",
      "2023年2月8日",
      "",
      "东台市2023年民生实事项目分解表",
      "序号 | 项目名称 | 目标任务 | 牵头单位 |",
      "1 | 城乡学校建设 | 新建、改扩建中小学4所，新增学位1800个 | 市教育局 |",
      "2 | 农村公路提档 | 新改建农村公路120公里 | 市交通运输局 |",
      "3 | 养老服务提质 | 新建区域性养老服务中心2个 | 市民政局 |",
    ];
    const { archive } = run(page.join("\n"));
    expect(archive.reports.map((r) => r.projects.map((p) => p.title))).toEqual([["城乡学校建设", "农村公路提档", "养老服务提质"]]);
  });

  it("reads a quarter's column and the year's so far in a progress table, the rate the year's so far", () => {
    const page = [
      "2023年新乐市民生实事项目第二季度进展情况",
      ["序号", "项目名称", "年度目标", "第二季度完成", "累计完成", "完成比例", "责任单位"].join("\t"),
      ["1", "城镇新增就业（人）", "3000", "800", "1650", "55%", "市人社局"].join("\t"),
      ["2", "新增公办学位（个）", "1200", "300", "600", "50%", "市教育局"].join("\t"),
      ["3", "村卫生室标准化改造（个）", "40", "10", "22", "55%", "市卫健局"].join("\t"),
    ];
    const report = only(page.join("\n"));
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.role, m.rate])).toEqual([
      [3000, "target", null],
      [800, "actual", null],
      [1650, "actual", 55],
    ]);
  });

  it("reads a work report's year in review that counts its programme, a colon, and as many ；-clauses, and the plan's count from its section's colon", () => {
    const page = [
      "政府工作报告",
      "——2023年1月5日在通道侗族自治县第十八届人民代表大会第二次会议上",
      "一、2022年工作回顾",
      "（一）经济运行稳中有进。全年实现地区生产总值118.6亿元。",
      "（五）民生福祉持续增进。全年民生支出22.8亿元。八件民生实事全面完成：新增城镇就业2150人；新建改扩建城乡学校6所，新增学位1800个；完成农村危房改造420户；新建村级养老服务站25个；新改建农村公路95公里；解决1.2万农村人口饮水安全问题；改造城镇老旧小区9个；新建乡镇标准化卫生院2所。",
      "二、2023年工作安排",
      "（六）用心增进民生福祉。集中财力办好八件民生实事：",
      ...Array.from({ length: 8 }, (_, k) => `${k + 1}.民生项目${"ABCDEFGH"[k]}。新建${k + 2}个。`),
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.year, r.projectCount, r.projects.length])).toEqual([
      [2022, 8, 8],
      [2023, 8, 8],
    ]);
    expect(archive.reports[0]!.projects.map((p) => p.title).slice(0, 3)).toEqual(["新增城镇就业", "新建改扩建城乡学校", "完成农村危房改造"]);
  });

  it("reads an interview that names its projects in passing, as many as it states, each with what was done", () => {
    const page = [
      "5个为民办实事项目全部完成——访宁都县发改局局长王立",
      "记者：2023年我县为民办实事项目完成得怎么样？",
      "王立：2023年，县委县政府确定了5个为民办实事项目，年底已全部完成。",
      "记者：教育和养老方面做了什么？",
      "王立：教育方面，我们实施了“校舍提质”项目，改造校舍12栋，新增学位900个。养老方面，我们推进“幸福食堂”项目，建成幸福食堂15个。",
      "记者：出行和饮水呢？",
      "王立：农村公路项目方面，新改建农村公路46公里；城乡供水项目新建供水管网38公里；停车治理项目去年新增停车泊位620个。",
      "记者：谢谢王局长！",
    ];
    const report = only(page.join("\n\n"));
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => m.value)])).toEqual([
      ["校舍提质", [12, 900]],
      ["幸福食堂", [15]],
      ["农村公路", [46]],
      ["城乡供水", [38]],
      ["停车治理", [620]],
    ]);
  });

  it("gives a list headed by its level alone (市级…：) to the city whose district's list follows under its own name", () => {
    const page = [
      "市级8项民生工程全部完成 金水区6件区级民生实事同步交账",
      "本报讯 记者从市发展改革委获悉，2023年我市确定的市级8项民生工程已全部完成，金水区确定的6件区级民生实事也已完成。",
      "2023年市级民生工程完成情况：",
      ...Array.from({ length: 8 }, (_, k) => `（${k + 1}）市级项目${"ABCDEFGH"[k]}：新建${k + 2}个。`),
      "金水区2023年区级民生实事完成情况：",
      ...Array.from({ length: 6 }, (_, k) => `●区级项目${"ABCDEF"[k]}改造${k + 3}处`),
      "编辑：李明",
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.region.name, r.projects.length])).toEqual([
      ["郑州市", 8],
      ["金水区", 6],
    ]);
  });

  it("reads lists under tagged headings set as text (【市级】…　【区级】…) as the city's and the district's", () => {
    const page = [
      "市区两级2022年民生实事清单出炉",
      "近日，湘潭市、雨湖区两级2022年民生实事项目相继确定，小编为您梳理如下——",
      "【市级】湘潭市2022年十大重点民生实事",
      ...Array.from({ length: 10 }, (_, k) => `${k + 1}.市级项目${"ABCDEFGHIJ"[k]}新建${k + 2}个；`),
      "【区级】雨湖区2022年6件民生实事",
      ...Array.from({ length: 6 }, (_, k) => `${"一二三四五六"[k]}、区级项目${"ABCDEF"[k]}改造${k + 3}处；`),
    ];
    const { archive } = run(page.join("\n\n"));
    expect(archive.reports.map((r) => [r.region.name, r.projects.length])).toEqual([
      ["湘潭市", 10],
      ["雨湖区", 6],
    ]);
  });

  it("cuts a post's two lists at the years set alone on their lines or between rules (2023年 ‖ … ‖ —— 2024年 ——)", () => {
    const block = (names: string[]) => names.flatMap((name, k) => [`0${k + 1} ${name}`, `新建${name}设施${k + 2}个`, `完成${name}服务${k + 30}人次`]);
    const page = [
      "两会特刊丨2023年做到了，2024年这么干！建瓯民生“账本”请收好",
      "原创 建瓯发布 2024年01月12日 18:30",
      "1月11日上午",
      "建瓯市第十七届人民代表大会第三次会议开幕",
      "市长代表市人民政府作政府工作报告",
      "报告中，一份民生“账本”",
      "既有过去一年的成绩",
      "也有新一年的承诺",
      "一起来看 ↓↓↓",
      "2023年",
      "我们办好了这些民生实事",
      ...block(["就业", "学位", "看病", "养老"]),
      "—— 2024年 ——",
      "我们这样干",
      ...block(["就业", "学位", "看病", "养老", "托育"]),
      "来源：建瓯市融媒体中心",
    ];
    const { archive } = run(page.join("\n"));
    expect(archive.reports.map((r) => [r.year, r.projects.length])).toEqual([
      [2023, 4],
      [2024, 5],
    ]);
  });
});

describe("published pages, twentieth round", () => {
  it("reads a one-cell-per-line table whose header names some columns at length (1-9月实际完成率%), its lone row numbers no items of their own", () => {
    const cells = (...row: string[]) => row.map((c) => `${c} |`);
    const report = only(
      [
        "汨罗市2019年1-9月重点民生实事完成情况表 |",
        ...cells("序号", "重点民生实事项目名称", "责任单位", "目标任务", "1-9月实际完成情况", "1-9月实际完成率%", "备注"),
        ...cells("1", "新增城镇就业", "人社局", "4200人", "3655人", "87%"), "|",
        ...cells("2", "改造农村危房", "住建局", "600户", "540户", "90%"), "|",
        ...cells("3", "新建村级卫生室", "卫健局", "12个", "9个", "75%", "3个在建"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新增城镇就业"],
      [2, "改造农村危房"],
      [3, "新建村级卫生室"],
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(["600户 target null", "540户 actual 90"]);
  });

  it("reads a table laid out with spaces and a rule under its header, in the appendix after the closing section and the signature", () => {
    const report = only(
      [
        "铁岭市人民政府办公室关于2019年民生实事完成情况的通报",
        "2019年,市政府确定的4项民生实事全部完成年度目标任务。现通报如下:",
        "一、总体情况",
        "各责任单位按月调度,全年无滞后事项。",
        "二、完成情况",
        "具体完成情况见附表。",
        "三、下一步工作",
        "各责任单位要做好已建成项目的管护。",
        "铁岭市人民政府办公室",
        "2020年1月15日",
        "附表",
        "序号  项目名称      年度目标任务          完成情况          完成率   责任单位",
        "──────────────────────────────────────────────────────────────",
        " 1    农村公路建设  新改建农村公路300     完成318公里       106%     市交通局",
        "                    公里",
        " 2    居家养老服务  建设社区居家养老      建成22个          110%     市民政局",
        "                    服务站20个",
        " 3    城镇新增就业  新增就业2万人         新增2.2万人       110%     市人社局",
        " 4    薄弱学校改造  改造薄弱学校15所      完成15所          100%     市教育局",
        "──────────────────────────────────────────────────────────────",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村公路建设", "居家养老服务", "城镇新增就业", "薄弱学校改造"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(expect.arrayContaining(["20个 target null", "22个 actual 110"]));
  });

  it("keeps a pipe table's header when a rule of dashes follows it (---|---), not taking the two for a menu", () => {
    const report = only(
      [
        "2023年市政府民生实事推进情况(1-6月)",
        "今年,许昌市政府确定了3件民生实事,具体推进情况如下:",
        "序号 | 项目名称 | 年度目标任务 | 牵头单位 | 1-6月进展情况 | 完成比例",
        "---|---|---|---|---|---",
        "1 | 农村公路提档升级 | 新改建农村公路500公里 | 市交通运输局 | 完成260公里 | 52%",
        "2 | 城乡供水管网改造 | 改造供水管网900公里 | 市水利局 | 完成610公里 | 67.8%",
        "3 | 新能源汽车充电设施 | 新建公共充电桩800个 | 市发展改革委 | 建成330个 | 41.3%",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村公路提档升级", "城乡供水管网改造", "新能源汽车充电设施"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(["500公里 target null", "260公里 actual 52"]);
  });

  it("reads an interview's answers, target and progress of one project together, without the answer's mark or the period in its name", () => {
    const report = only(
      [
        "阿勒泰市2025年民生实事一季度进展如何?听听发改委主任怎么说",
        "编者按:今年,阿勒泰市确定了10项民生实事。记者专访了市发展和改革委员会主任。",
        "记者:群众最关心的就业情况怎么样?",
        "答:今年我们的目标是城镇新增就业3000人。一季度城镇新增就业960人,完成年度目标的32%。",
        "记者:医疗和养老方面呢?",
        "答:今年计划为城乡居民免费健康体检6万人,一季度已体检2.4万人,占年度计划的40%。全年计划新增社区老年助餐点8个,一季度已新增5个,完成年度目标的62.5%。",
        "记者:住房方面呢?",
        "答:老旧小区改造今年计划改造14个小区、1600户,目前正在进行施工招标。供热管网改造计划改造8公里,已完成勘察设计。受天气影响,老旧小区、供热管网等室外工程将于4月中旬开工。",
      ].join("\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toEqual(expect.arrayContaining(["城镇新增就业", "城乡居民免费健康体检", "老旧小区改造", "供热管网改造"]));
    expect(titles.join(" ")).not.toMatch(/答|一季度|计划|等室外工程/);
    const exam = report.projects.find((p) => p.title === "城乡居民免费健康体检")!;
    expect(exam.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(["6万人 target null", "2.4万人 actual 40"]);
  });

  it("reads a post's numbers behind emoji (🔴01), each item ending on its 牵头单位 line, the post's text after the last no part of it", () => {
    const item = (no: string, name: string, task: string, unit: string) => [`🔴${no}`, name, task, `牵头单位：${unit}`, ""];
    const report = only(
      [
        "官宣！2023年双流区十件民生实事定了👇",
        "经全体代表投票表决,2023年区级民生实事项目正式确定,一共10件。",
        "",
        ...item("01", "学位扩容工程", "新建中小学和幼儿园4所", "区教育局"),
        ...item("02", "老旧院落改造", "改造老旧院落36个", "区住建局"),
        ...item("03", "两癌免费筛查", "为1.2万名妇女免费筛查", "区卫健局"),
        ...item("04", "菜市场改造", "完成标准化菜市场改造8个", "区商务局"),
        "💬代表声音",
        "“去年我们走访了辖区30多个院落",
        "居民反映最多的就是停车难”",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "学位扩容工程"],
      [2, "老旧院落改造"],
      [3, "两癌免费筛查"],
      [4, "菜市场改造"],
    ]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["8个"]);
  });

  it("reads a post's items between rules drawn of dashes and a glyph (———— ✦ ———— ‖ 01 | 名称), each named by its own line", () => {
    const rule = "———— ✦ ————";
    const item = (no: string, name: string, task: string) => [rule, "", `${no} | ${name}`, "", task, ""];
    const report = only(
      [
        "定了！2025年沂水县5件民生实事来了👇",
        "日前，县政府常务会议研究确定了2025年5件民生实事。",
        "",
        ...item("01", "就业增收行动", "城镇新增就业5200人以上。"),
        ...item("02", "学前教育扩容工程", "新建公办幼儿园6所，新增学位1620个。"),
        ...item("03", "农村养老服务工程", "新建农村幸福院20处。"),
        ...item("04", "城乡供水一体化工程", "更新改造供水管网85公里。"),
        ...item("05", "文体惠民工程", "送戏下乡600场。"),
        rule,
        "据县发展改革局介绍，5件民生实事年底前全部完成。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "就业增收行动"],
      [2, "学前教育扩容工程"],
      [3, "农村养老服务工程"],
      [4, "城乡供水一体化工程"],
      [5, "文体惠民工程"],
    ]);
  });

  it("reads an ordinal heading behind a bar (▌第一件) as an item over the paragraph under it", () => {
    const report = only(
      [
        "调兵山市2024年十件民生实事三季度进展",
        "截至9月底,十件民生实事全部开工。",
        "▌第一件　城镇老旧小区改造",
        "今年计划改造老旧小区12个,已完工8个,完成年度目标任务的66.7%。",
        "▌第二件　农村供水管网改造",
        "计划改造农村供水管网90公里,已完成63公里,完成年度目标任务的70%。",
        "▌第三件　老年助餐服务",
        "建成老年助餐点11个,完成年度目标任务的110%。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "城镇老旧小区改造"],
      [2, "农村供水管网改造"],
      [3, "老年助餐服务"],
    ]);
  });

  it("reads a laid-out table whose header names columns at length (年度目标任务 · 累计完成), rates parted by their own marks in turn", () => {
    const report = only(
      [
        "开远市2024年十件惠民实事推进情况表",
        "序号  项目名称          年度目标任务           累计完成          完成进度   责任单位",
        " 1    中小学幼儿园      新建改扩建学校4所；    完工3所；新增        75%；    市教育体育局",
        "      建设              新增学位2000个         学位1600个           80%",
        " 2    农村户厕改造      改造农村卫生户厕       完成1800户          60%      市农业农村局",
        "                        3000户",
        " 3    全民健身设施      新建健身路径50条、     建成健身路径54条、  108%、   市文化体育局",
        "                        运动场5个              运动场5个           100%",
        " 4    社区食堂建设      建成社区食堂8个        建成3个             37.5%    市民政局",
        " 5    就业技能培训      开展职业技能培训       培训3380人次        112.7%   市人社局",
        "                        3000人次",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["中小学幼儿园建设", "农村户厕改造", "全民健身设施", "社区食堂建设", "就业技能培训"]);
    const rated = (k: number) => report.projects[k]!.metrics.filter((m) => m.role === "actual").map((m) => `${m.value}${m.unit} ${m.rate}`);
    expect(rated(0)).toEqual(["3所 75", "1600个 80"]);
    expect(rated(2)).toEqual(["54条 108", "5个 100"]);
  });

  it("takes a line set in by a paragraph's indent for a new paragraph, so a heading over an indented paragraph stays a heading of its own", () => {
    const report = only(
      [
        "祁县2023年十件民生实事",
        "一、实施城区老旧小区改造",
        "　　对城区15个老旧小区实施综合改造,惠及居民2100户。",
        "　　牵头单位:县住建局",
        "二、扩充学前教育学位",
        "　　新建、改扩建公办幼儿园3所,新增学位900个。",
        "　　牵头单位:县教育局",
        "三、改善农村出行条件",
        "　　新改建农村公路46公里。",
        "　　牵头单位:县交通运输局",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["实施城区老旧小区改造", "扩充学前教育学位", "改善农村出行条件"]);
  });

  it("reads 今年 in a report from the day it was delivered, not the page's later publication, and a question about next year's programme is no report", () => {
    const { archive } = run(
      [
        "关于2021年县政府十件民生实事完成情况的报告",
        "发布时间:2022-01-05 09:30:12 来源:县人大常委会办公室",
        "——2021年12月28日在介休市第十七届人民代表大会常务委员会第二十次会议上",
        "今年以来,县政府把十件民生实事作为必须兑现的承诺。截至12月中旬,十件民生实事已全部完成年度任务。具体情况是:",
        "①清洁取暖改造。完成“煤改电”2100户,完成年度任务的105%。",
        "②老旧小区改造。完成老旧小区改造18个,完成年度任务的100%。",
        "③农村公路建设。新改建农村公路130公里,完成年度任务的104%。",
        "下一步,县政府将抓紧做好2022年县政府民生实事项目的征集和论证工作。",
        "记者:2022年的为民办实事工程会在哪些方面发力?",
        "答:2022年为民办实事工程的具体项目正在征求意见。",
        "■ 相关新闻",
        "介休市2022年春季招聘会提供岗位3000余个",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.projects.length])).toEqual([[2021, 3]]);
  });

  it("names an item 一是…方面 by its field, without 方面, in a press conference's transcript whose speakers head its parts", () => {
    const report = only(
      [
        "河北省政府新闻办举行新闻发布会 介绍2021年省重点民生实事前三季度进展情况",
        "【主持人 李华】",
        "今年年初,省政府确定实施5项重点民生实事。首先,请王明同志作介绍。",
        "【省发展改革委副主任 王明】",
        "截至9月底,5项省重点民生实事总体进展顺利。",
        "一是学前教育扩容方面,新建、改扩建幼儿园380所,完成年度目标的101%。",
        "二是农村供水保障方面,已惠及186万人,完成年度任务的88%。",
        "三是残疾儿童康复救助方面,救助残疾儿童2.1万名,完成年度目标的97%。",
        "四是农村危房改造方面,完成改造1.3万户,完成年度目标的99%。",
        "【省人力资源社会保障厅副厅长 赵强】",
        "今年我们把职业技能提升行动列入民生实事,年度目标是培训120万人次,已完成131万人次。",
      ].join("\n"),
    );
    // Numbered as the speaker numbers them: the items of his list, not fields named in passing.
    expect(report.projects.map((p) => [p.no, p.title]).slice(0, 4)).toEqual([
      [1, "学前教育扩容"],
      [2, "农村供水保障"],
      [3, "残疾儿童康复救助"],
      [4, "农村危房改造"],
    ]);
  });

  it("reads a laid-out table whose header stands over its columns' middles, a row's wrapped name starting left of it, and ends it at the blank line before the signature", () => {
    const report = only(
      [
        "玉树州2018年州级为民办实事项目责任分解方案",
        " 序号   项目名称          目标任务                          责任单位          完成时限",
        "  1   促进城乡就业   城镇新增就业5000人，农村劳动        州人力资源社会    2018年12月",
        "                     力转移就业12万人次                  保障局",
        "  2   易地扶贫搬迁   建设易地扶贫搬迁安置住房1800套      州发展改革委      2018年11月",
        "      安置住房建设",
        "  3   村卫生室标准   建设标准化村卫生室40个              州卫生计生委      2018年10月",
        "      化建设",
        "",
        "    玉树州人民政府办公室                              2018年3月2日印发",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["促进城乡就业", "易地扶贫搬迁安置住房建设", "村卫生室标准化建设"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["5000人 target", "12万人次 target"]);
  });

  it("in narrative progress, reads 5G as part of a name, 全区 as who does it, a comparison with last year as no project, and what is left of a 工程 as none", () => {
    const report = only(
      [
        "青海省2022年民生实事前三季度进展情况",
        "截至9月底,全省10项民生实事总体进展顺利。",
        "就业方面,全区城镇新增就业5.1万人,完成年度目标的92%,比去年同期高出1.8个百分点。",
        "数字惠民方面,全区新建5G基站2600个,完成年度目标的104%。",
        "供水方面,新建改造农村供水管网860公里,完成年度目标的86%,剩余管网工程将于11月底前完工。",
      ].join("\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles).toContain("新建5G基站");
    expect(titles.join(" ")).not.toMatch(/全区|去年|剩余/);
    expect(report.projects.find((p) => p.title === "新建5G基站")!.metrics.map((m) => `${m.value}${m.unit} ${m.rate}`)).toEqual(["2600个 104"]);
  });

  it("reads bare figures in the unit a column of indicators names (考核指标 ‖ 新增学位（个）), and a row the page broke inside a cell", () => {
    const report = only(
      [
        "2023年1—9月省市重点民生实事项目完成进度表",
        "娄底市绩效办",
        "序号 | 类别 | 项目名称 | 考核指标 | 年度目标 | 累计完成 | 完成率 | 责任单位 |",
        "1 | 省重点 | 新增公办幼儿园学位 | 新增学位（个） | 2400 | 1980 | 82.50% | 市教育局 |",
        "2 | 省重点 | 农村供水保障工程 | 提升供水保障人口",
        "（万人） | 6.2 | 5.1 | 82.26% | 市水利局 |",
        "3 | 市重点 | 中心城区新增停车泊位 | 新增泊位（个） | 3000 | 2310 | 77.00% | 市城管局 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新增公办幼儿园学位", "农村供水保障工程", "中心城区新增停车泊位"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`).join(" "))).toEqual([
      "2400个 target 1980个 actual",
      "6.2万人 target 5.1万人 actual",
      "3000个 target 2310个 actual",
    ]);
  });

  it("reads bare figures in the unit a column's cells close on, whatever its header (主要任务 ‖ 城镇新增就业（人）), its sub-rows too", () => {
    const report = only(
      [
        "池州市2023年民生实事1—6月份实施进展情况",
        "| 序号 | 项目名称 | 主要任务 | 年度目标 | 累计完成 | 完成进度 | 牵头单位 |",
        "|---|---|---|---|---|---|---|",
        "| 1 | 城镇新增就业 | 城镇新增就业（人） | 9000 | 5120 | 56.9% | 市人社局 |",
        "|  |  | 补贴性职业技能培训（人次） | 6000 | 3010 | 50.2% |  |",
        "| 2 | 农村供水保障 | 农村供水管网改造（公里） | 120 | 64 | 53.3% | 市水利局 |",
        "| 3 | 文化惠民 | 送戏进万村（场） | 400 | 210 | 52.5% | 市文旅局 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`).join(" "))).toEqual([
      "9000人 target 5120人 actual 6000人次 target 3010人次 actual",
      "120公里 target 64公里 actual",
      "400场 target 210场 actual",
    ]);
  });

  it("reads a column of what each work cost, its unit in the header (完成投资（万元） ‖ 5860), as spent; a planned one as planned", () => {
    const table = (money: string) =>
      only(
        [
          "丽水市2012年十方面民生实事完成情况公示",
          `| 序号 | 项目名称 | 年度目标 | 完成情况 | ${money} |`,
          "|---|---|---|---|---|",
          "| 1 | 城乡居民就业促进工程 | 城镇新增就业3万人 | 城镇新增就业3.3万人，完成率110% | 4860 |",
          "| 2 | 农村饮用水工程 | 新增受益人口12万人 | 受益人口12.6万人，完成率105% | 21300 |",
          "| 3 | 农村公路建设 | 新改建农村公路400公里 | 新改建农村公路436公里，完成率109% | 18450 |",
        ].join("\n"),
      );
    expect(table("完成投资（万元）").projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["12万人 target", "12.6万人 actual", "21300万元 actual"]);
    expect(table("计划投资（万元）").projects[2]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toContain("18450万元 target");
  });

  it("reads as many names as the stated count in one sentence, each as long as a counted name may run, brackets and all", () => {
    const names = [
      "东坡大道市政道路改造项目及滨湖新区建设项目(滨湖大道、湿地公园、生态河堤)",
      "县第二幼儿园整体搬迁项目(二标段)",
      "岷江三桥项目主体工程及东城大道一期工程路基及桥涵工作",
      "县中医医院住院业务用房建设项目主体工程",
      "城区老旧合表小区配电设施改造项目",
    ];
    const report = only(
      `眉山网讯 今年,丹棱县将办好5件民生实事,共计60个项目。据悉,该县确定今年办好的5件民生实事涵盖了群众生活的方方面面。包括${names.join("、")}。\n更新时间:2019-04-18 09:24:35`,
    );
    expect(report.projects.map((p) => p.title)).toEqual(names);
  });

  it("numbers each numbered group's circled items as the text writes them (2、…工程：①…②… ‖ 3、…：①…), not in document order", () => {
    const report = only(
      [
        "汨罗市教育体育局2021年重点民生实事项目任务完成情况公示",
        "根据市人民政府《关于认真做好2021年市政府6件实事的通知》文件,现将教育体育局2021年民生实事项目建设情况公示如下:",
        "1、省实事工程:扩大公办学前教育资源,增加公办幼儿园学位 860 个。",
        "2、岳阳市民生实事工程:①提质改造乡村小规模学校 24 所;②建成社会足球场 5 个。",
        "3、汨罗市民生实事工程:①完成汨罗市特殊学校建设;②建成 2 所中学社会足球场;③建成 3 栋乡镇中学教学楼。",
        "至2021年12月底,教育体育局圆满完成2021年民生实事工程建设任务。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 1, 2, 1, 2, 3]);
  });

  it("reads the quantity named as the year's task after a figure done (超额完成40所的年度目标任务) as the target", () => {
    const report = only(
      [
        "2019年温州市10个民生实事项目全面落实",
        "据市政府通报,2019年10个民生实事项目全面落实。",
        "学前教育扩容提质工程。全年新(改)扩建幼儿园36所,超额完成30所的年度目标任务;增加入学名额9800个,超额完成8000个的年度目标任务。",
        "棚户区改造工程。全年新开工安置房12100套,超额完成1万套的全年任务。",
        "公共厕所提升工程。全年新(改)扩建公共厕所160座,超额完成120座的年度目标任务。",
      ].join("\n"),
    );
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["36所 actual", "30所 target", "9800个 actual", "8000个 target"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["12100套 actual", "1万套 target"]);
  });

  it("reads a count after the programme's 工程 (为民办实事工程10项) and one whose year and region stand before the programme (10件2021年…区人民政府民生实事项目)", () => {
    const first = only(
      [
        "2020年西藏自治区为民办实事工程完成情况新闻发布会",
        "2020年,自治区确定实施为民办实事工程8项,年度计划投资56.2亿元。具体情况是:",
        "一是农牧民转移就业。转移就业61.2万人,完成年度目标任务的102%。",
        "二是“四好农村路”建设。建成通村硬化路3120公里,完成年度目标任务的104%。",
        "三是城镇老旧小区改造。改造老旧小区120个,完成年度目标任务的100%。",
      ].join("\n"),
    );
    expect(first.projectCount).toBe(8);
    const second = only(
      [
        "今天,人大代表通过投票表决,在12项政府民生实事候选项目中选出了9件2021年宁波市鄞州区人民政府民生实事项目。",
        "01 教育扩容工程",
        "开工建设学校12所,提供学位8600个。",
        "02 老旧小区改造",
        "改造老旧小区30个。",
      ].join("\n"),
    );
    expect(second.projectCount).toBe(9);
  });

  it("reads the page's date beside its count of readers on the breadcrumb's line, so 今年 is that year's", () => {
    const report = only(
      [
        "今年上半年我县实施民生实事项目12个",
        "您的位置:城口网 > 社会民生 > 正文   |   2019-07-08   阅读量:",
        "本网讯 近日,记者从城口县发改委获悉,今年上半年我县共实施12个民生实事项目。截至6月底,建档立卡贫困家庭大学生资助、易地扶贫搬迁、农村小康路建设3项民生实事已完成年度目标任务。",
      ].join("\n"),
    );
    expect(report.year).toBe(2019);
    expect(report.sources[0]!.published).toBe("2019-07-08");
  });

  it("reads the region a site's breadcrumb names (首页> 岚皋要闻 · 武隆网) before a county whose name the text writes as a verb (会同)", () => {
    const report = only(
      [
        "您的位置: 首页> 岚皋要闻> 部门动态>正文详情",
        "县发改局:扎实开展民生实事项目督查",
        "时间:2022-08-19 16:20 来源:县发改局",
        "8月17日,县发改局会同县人大、县政府督查室组成联合督查组,对2022年县级民生实事项目推进情况进行了实地督查。",
        "据了解,今年我县实施民生实事10个项目,截至目前累计开工9个,开工率达90%,城区停车场、镇村应急广播、就业服务站3个项目全面完成任务。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("岚皋县");
  });

  it("reads last year's programme told in one sentence of its works and figures as a report of its own", () => {
    const { archive } = run(
      [
        "延安“2022十件民生实事”出炉",
        "来源:西部网 | 2022-04-15 17:03:29",
        "十件民生实事:一是解决出行难问题,二是解决停车难问题,三是打造“15分钟健身圈”,四是开展课后服务,五是发展普惠托育服务,六是实施老旧小区改造,七是建设社区综合服务中心,八是新建一批公共卫生间,九是开展物业服务市场整治,十是开展媒体问政专项活动。",
        "政府工作报告中说,延安市“2021十件民生实事”取得显著进展,其中8件圆满完成任务,建成16个社区综合服务中心,投用18个社区日间照料中心,打通6条断头路,实施64个老旧小区改造项目,组织开展1800场文化惠民演出活动。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projectCount])).toEqual([
      [2021, "results", 10],
      [2022, "plan", 10],
    ]);
  });

  it("reads the stated count's names from a paragraph a page set as a bullet, without the words that hand them down (年初下达的)", () => {
    const report = only(
      [
        "2019年全省八项民生工程完成情况",
        "  • 2019年以来,各地、各部门扎实推进八项民生工程,年初下达的就业促进、扶贫解困、教育助学、社会保障、医疗卫生、百姓安居、生态环境、文化体育八项民生工程涉及的39个分项均完成或超额完成目标任务。",
        "  • 全省八项民生工程各级预算执行900.2亿元,占资金总额安排的112.3%。",
      ].join("\n").replace(/^/, "云南省"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业促进", "扶贫解困", "教育助学", "社会保障", "医疗卫生", "百姓安居", "生态环境", "文化体育"]);
  });

  it("reads a news story's sections headed by a work's name and a summing-up line (交通畅行工程:危桥改造过半), each section's paragraph its figures", () => {
    const report = only(
      [
        "十大民生实事“半年报”出炉",
        "2023-07-12 08:36 来源:海安日报",
        "“9月1日前必须交付。”项目现场负责人说。今年1月,海安市人大代表票决产生2023年市政府十大民生实事。",
        "交通畅行工程:危桥改造过半",
        "今年,我市计划改造农村公路危桥12座。截至6月底,已完成危桥改造7座。",
        "颐养幸福工程:助餐点陆续开张",
        "今年计划新建社区助餐点16个,已建成11个。",
        "文体惠民工程:口袋公园“见缝插绿”",
        "今年全市计划新建口袋公园6个,目前已建成口袋公园4个。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["交通畅行工程", "颐养幸福工程", "文体惠民工程"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["16个 target", "11个 actual"]);
  });

  it("reads an interview's ordinals where the first opens a sentence after the answer's first words (答:好的。第一件是…), the next its own lines", () => {
    const report = only(
      [
        "让实事落地 让百姓有感——访太仓市发改委主要负责人",
        "发布时间:2020-01-08 07:58 来源:太仓日报",
        "记者:2019年市政府五大为民办实事项目总体完成情况怎么样?",
        "答:总体完成得比较好,5件实事全部完成。",
        "记者:能不能按项目给读者具体介绍一下?",
        "答:好的。第一件是教育资源扩容。全年新建、改扩建中小学和幼儿园9所,完成年度目标的108%。",
        "第二件是基层医疗服务提升。新建社区卫生服务站6个。",
        "第三件是养老服务。全年新增养老床位420张,完成年度目标的105%。",
        "答:第四件是交通出行。新辟、优化公交线路12条。第五件是老旧小区改造,全年完成21个小区的综合整治。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "教育资源扩容"],
      [2, "基层医疗服务提升"],
      [3, "养老服务"],
      [4, "交通出行"],
      [5, "老旧小区改造"],
    ]);
  });

  it("reads status groups told one after another, the second done as planned (…等19个项目超额完成；…等10个项目按计划完成), as the list", () => {
    const report = only(
      [
        "2023年上海市为民办实事项目全部完成",
        "从项目完成度来看,养老床位、普惠性托育点、平安屋、口袋公园等17个项目超额完成;早餐工程示范点、医疗急救(120)分站、社区食堂等12个项目按计划完成。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["养老床位", "普惠性托育点", "平安屋", "口袋公园", "早餐工程示范点", "医疗急救(120)分站", "社区食堂"]);
  });
});

describe("published pages, twenty-first round", () => {
  const kindOf = (text: string) => only(text).sources[0]!.kind;

  it("weighs the text's own title: a title saying the year's list is done makes results where the body's words lean to a plan", () => {
    const body = [
      "2016年,市委、市政府把办好省、市实事考核项目作为重要民生工程,各级各部门将办好每一件实事。",
      "一、规范村民建房。全年办好村民建房示范点12个。",
      "二、农村安全饮水。计划解决3.2万人饮水安全问题,以上工程有序推进。",
      "三、城乡公交。新开通城乡公交线路6条,顺利推进。",
    ];
    expect(kindOf(["——临湘市全面完成2016年省、岳阳市实事考核项目", ...body].join("\n"))).toBe("results");
    expect(kindOf(["临湘市2016年省、岳阳市实事考核项目", ...body].join("\n"))).toBe("plan");
  });

  it("reads a notice issuing the year's list with its quarterly timetable as a plan, not as a first-quarter report", () => {
    const text = [
      "淮安市人民政府办公室关于做好2020年市政府为民办十件实事的通知",
      "各县区人民政府:现将《2020年市政府为民办十件实事实施方案》印发给你们,请细化进度责任,确保完成。",
      "1. 更新改造老旧小区70个。一季度完成立项;二季度完成方案设计;三季度完成60%任务;四季度完成年度改造任务。",
      "2. 新建城市公园5个。一季度完成选址;二季度开工;三季度完成主体;四季度投入使用。",
    ].join("\n");
    expect(kindOf(text)).toBe("plan");
    // One quarter named is a cut-off: the same list told by its first quarter is progress.
    expect(kindOf(["淮安市2020年市政府为民办十件实事一季度推进情况", "1. 更新改造老旧小区70个,一季度已完成立项。", "2. 新建城市公园5个,一季度已完成选址。"].join("\n"))).toBe("progress");
  });

  it("reads a story told one paragraph per project, each opening on its work, against the count it states, the last cut by the page", () => {
    const report = only(
      [
        "<ul id=\"ymyim\"></ul>",
        "  • <abbr id=\"ymyim\"></abbr>",
        "莱芜区为民办十件实事敲定",
        "发布日期:2021-02-02",
        "近日,在莱芜区人大会议上,公布了2021年莱芜区为民办十件实事。这些实事涵盖教育、医疗、养老等多个方面。",
        "实施校园提升工程。完成12处塑胶操场建设,实现中小学塑胶操场全覆盖;推进教育教学设施信息化建设,完成30所学校的智能黑板改造。",
        "启动汶河支流综合治理,建设生态护岸20公里、生态步道40公里,新建橡胶坝6座;对沿线支流进行整治,清理河道底泥,恢复河道生态。",
        "开工建设区妇幼保健院,提升改造3处乡镇卫生院,新建9处中心村卫生室,全面提升全区医疗服务水平,方便群众就近看病就医。",
        "实施道路品质提升工程,完成东西南三条环城路大修,改造提升城市道路5条,改善城区群众出行条件,提升城市道路通行能力。",
        "加快区养老服务中心建设,设置床位400张,进一步提高养老服务水平。",
        "为60周岁及以上老年人每人购买1份意外伤害保险。",
        "新建污水管网15公里,改造城区雨污分流管网8公里,完成18个村生活污水治理,全面提升城乡污水治理水平。",
        "建设城市书房4处,新建农家书屋提升点20个,开展文化惠民演出120场,丰富群众精神文化生活。",
        "对胜利大街",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual([
      "实施校园提升工程",
      "启动汶河支流综合治理",
      "开工建设区妇幼保健院",
      "实施道路品质提升工程",
      "加快区养老服务中心建设",
      "为60周岁及以上老年人每人购买1份意外伤害保险",
      "新建污水管网15公里",
      "建设城市书房4处",
      "对胜利大街",
    ]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["20公里", "40公里", "6座"]);
  });

  it("reads the region whose congress the text is held in (桐庐县十六届人大二次会议) before the news portal's sections above it (浙江在线 > 浙江新闻 > 杭州)", () => {
    const report = only(
      [
        "您当前的位置 :浙江在线 > 浙江新闻 > 浙江纵横 > 杭州 正文",
        "十件民生实事含金量高",
        "2018年01月31日 08:51:24 来源: 杭州日报",
        "日前,在桐庐县十六届人大二次会议第三次全体会议上,与会代表投票产生了今年政府将实施的十个民生实事项目:城乡公交惠民、农村公路提升、校车扩面、学校门禁系统建设、养老服务扩面、管道天然气延伸、卫生院服务能力提升、农贸市场提升、餐桌安全治理、便民办事。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("桐庐县");
  });

  it("reads the headline's subject (广东将…) before a breadcrumb's section named after one of its cities (广州要闻)", () => {
    const report = only(
      [
        "当前位置:首页 > 广州要闻",
        "2020年广东将重点抓好十个方面工作全力办好十件民生实事",
        "广州、深圳两市要发挥带头作用。全省将集中力量办好十件民生实事:",
        "1. 新增城镇就业110万人。",
        "2. 新建改扩建公办幼儿园500所。",
        "3. 改造农村公路5000公里。",
      ].join("\n"),
    );
    expect(report.region.name).toBe("广东省");
  });

  it("reads 会同 after a body that acts or a word that asks for it (县发改局会同县人大 · 要会同县督查办) as the verb, not as 会同县", () => {
    const text = [
      "关于2023年10月份民生实事项目进展情况的通报",
      "办好65件民生实事项目是县政府对全县人民的庄严承诺。现将10月份进展情况通报如下:",
      "截至10月31日,65件民生实事已完成26件,完成率40%;已开工事项65件,开工率达100%。",
      "下一步,县发改委要会同县督查落实办对相关工作进行督导;县财政局会同县人大开展资金检查。",
    ].join("\n");
    const { archive } = convert([{ name: "huichang-2023.txt", bytes: new TextEncoder().encode(text) }]);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["会昌县"]);
  });

  it("reads 会同 after an office or a government (县政府督查室会同县发改委 · 县政府会同县财政局) as the verb, not as 会同县", () => {
    const text = [
      "关于2021年县政府十件民生实事推进情况的通报",
      "近期，县政府督查室会同县发改委、县财政局对十件民生实事推进情况进行了专项督查；县政府会同县人社局开展就业专项检查。",
      "截至9月底，十件民生实事已完成4件，按序时推进5件，进度滞后1件。",
    ].join("\n");
    const { archive } = convert([{ name: "xuyi-2021.txt", bytes: new TextEncoder().encode(text) }]);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["盱眙县"]);
  });

  it("reads a count given after the programme's name as N个项目 (承办的省重点民生实事24个项目36项指标), and keeps a report that names no project by it", () => {
    const report = only(
      [
        "市人大常委会视察重点民生实事项目",
        "发布时间:2024-10-25",
        "10月25日,常德市人大常委会组织视察重点民生实事项目。",
        "今年以来,全市各级各部门全力实施省、市重点民生实事项目。截至9月底,我市承办的省重点民生实事24个项目36项指标均达到序时进度。",
      ].join("\n"),
    );
    expect([report.region.name, report.year, report.projectCount]).toEqual(["常德市", 2024, 24]);
  });

  it("completes a reading short of the stated count with the names a later sentence gives as a group (…要求的重点民生实事有:A、B、C、D等项目), as many as are missing", () => {
    const text = [
      "本报7月22日讯 今年上半年,全省8件重点民生实事总体进展顺利。",
      "根据2018年重点民生实事项目表,8件重点民生实事中上半年完成较好的有4件,包括“完成城镇新增就业70万人”项目,已新增43.91万人;“开展322个县级饮用水水源地环境整治”项目,已完成281个;“城镇棚户区改造27.76万套”项目,已完成17.18万套;“孕产妇免费产前筛查50万人”项目,已筛查28.36万人。",
      "基本达到时间节点要求的重点民生实事有:提质改造农村公路、农村饮水安全巩固提升、城镇黑臭水体整治、基本消除义务教育超大班额等项目。",
    ];
    const titles = (lines: string[]) => only(["湖南省2018年重点民生实事上半年进展顺利", ...lines].join("\n")).projects.map((p) => p.title);
    expect(titles(text).slice(-4)).toEqual(["提质改造农村公路", "农村饮水安全巩固提升", "城镇黑臭水体整治", "基本消除义务教育超大班额"]);
    expect(titles(text)).toHaveLength(8);
    // Names that are not as many as are missing are no part of the list.
    expect(titles([text[0]!, text[1]!, text[2]!.replace("、基本消除义务教育超大班额", "")])).toHaveLength(4);
  });

  it("reads a programme told field by field, each counting and naming its projects (教育惠民领域2个,包括A、B;…), as those projects, with no field's count for a figure", () => {
    const report = only(
      [
        "2月10日,记者从西宁市城东区2026年民生实事项目新闻发布会上获悉,2026年,城东区确定民生实事项目共4大类8个,计划总投资3.2亿元。",
        "其中,教育惠民领域2个,包括朝阳小学建设项目、南山路小学改扩建项目;生态环境领域2个,包括低氮锅炉改造项目、湟水河支流生态修复项目;城市品质提升领域3个,包括老旧管网更新改造项目、社区基础设施提升项目、农村道路硬化项目;公共安全领域1个,为应急避难场所建设项目。",
      ].join("\n"),
    );
    expect(report.projectCount).toBe(8);
    expect(report.projects.map((p) => p.title)).toEqual([
      "朝阳小学建设项目",
      "南山路小学改扩建项目",
      "低氮锅炉改造项目",
      "湟水河支流生态修复项目",
      "老旧管网更新改造项目",
      "社区基础设施提升项目",
      "农村道路硬化项目",
      "应急避难场所建设项目",
    ]);
    expect(report.projects.flatMap((p) => p.metrics)).toEqual([]);
  });

  it("reads the sites an inspection views in turn where the narrative's guesses are only some of those names (先后实地察看了A项目、B工程、…)", () => {
    const report = only(
      [
        "为深入了解2024年度民生实事项目的进展情况,2月16日,余干县人大常委会组织人大代表视察2024年度民生实事项目。",
        "代表们先后实地察看了余干县康养福利中心项目、余干县保障性租赁住房建设项目、余干县工人文化宫新建改建项目、余干县第一幼儿园分园改扩建工程、余干县乡道Y027公路改建工程。代表们认真听取了项目负责人关于工程进展的汇报。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["余干县康养福利中心项目", "余干县保障性租赁住房建设项目", "余干县工人文化宫新建改建项目", "余干县第一幼儿园分园改扩建工程", "余干县乡道Y027公路改建工程"]);
  });

  it("takes a record's metadata lines written as a list (- 索引号: · - 公开日期:) for metadata, and the title after them, however many they are", () => {
    const text = [
      "- 索引号:446279798D/2020-1769882",
      "- 发布机构:县水利局",
      "- 公开范围:全部公开",
      "- 生成日期:2020-11-26",
      "- 公开日期:2020-11-26",
      "- 公开方式:政府网站",
      "湘阴县水利局承办2020年为民办实事项目完成情况公示",
      "我局承办2020年为民办实事项目指标任务为:巩固和新增农村通自来水人口12100人,截至11月25日,已顺利完成年度目标任务。现公示如下:",
      "1. 新建集中供水工程5处,已全部建成。",
      "2. 新增农村通自来水人口12500人。",
    ].join("\n\n");
    const report = only(text);
    expect(report.sources[0]!.title).toBe("湘阴县水利局承办2020年为民办实事项目完成情况公示");
    expect(report.sources[0]!.published).toBe("2020-11-26");
    // A cut-off in the year's last quarter, under a title that says the list is done: results.
    expect(report.sources[0]!.kind).toBe("results");
    expect(only(text.replace("完成情况公示", "进展情况公示")).sources[0]!.kind).toBe("progress");
  });

  it("does not read the 计划 of a programme so named (民生计划) as a sign of a plan", () => {
    const report = only(
      [
        "7月23日,同心县人大常委会视察组对全县2025年民生计划进展情况及民生实事项目进行专题视察,进一步确保各项民生计划圆满完成。",
        "视察组先后来到同心县水源联通工程、县第二幼儿园、县老年食堂等地,听取了2025年民生计划办理情况汇报。",
        "视察组指出,民生计划事关群众切身利益,各部门要对照民生计划,把民生计划的每一项任务落实到位,确保按期完成。",
      ].join("\n"),
    );
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads a programme told by status, group after group, each naming some of its projects and closed by its count, where the counts add up to the stated one", () => {
    const text = [
      "今年上半年我区实施民生实事项目20个",
      "2018年7月6日,记者从区发改委获悉,今年上半年我区共实施20个民生实事项目。",
      "截至6月底,我区实施大学生资助、建成梓潼游园、易地扶贫搬迁3项民生实事已完成年度目标任务;农村小康路建设、社区养老服务设施建设、充电基础设施建设等10项民生实事正常有序推进;免费无线局域网建设、公共直饮水项目、油坊沟农贸市场建设等7项民生实事还处于项目前期工作阶段。",
    ];
    const titles = (lines: string[]) => only(["武隆区", ...lines].join("\n")).projects.map((p) => p.title);
    expect(titles(text)).toEqual(["大学生资助", "建成梓潼游园", "易地扶贫搬迁", "农村小康路建设", "社区养老服务设施建设", "充电基础设施建设", "免费无线局域网建设", "公共直饮水项目", "油坊沟农贸市场建设"]);
    // Counts that add up to no count the text states are no reading of the programme.
    expect(titles([text[0]!.replace("20个", "25个"), text[1]!.replace("20个", "25个"), text[2]!])).not.toContain("公共直饮水项目");
  });

  it("reads a list of a year before another list's of the text as that year's results, its figures achieved, whatever words it shares with the plan", () => {
    const { archive } = run(
      [
        "元月11日上午,钦州市人民政府举行为民办实事新闻发布会。2016年,钦州市将办好12项为民办实事事项。",
        "这12项为民办实事事项分别是:",
        "1、建成钦州市儿童医院;",
        "2、建成自然村硬底化道路100公里;",
        "3、完成农村危房改造5080户。",
        "期待2016年钦州的设施建设能越来越好。那么,我们再来回顾一下2015年,曾经影响着我们钦州人的项目,都给钦州人带来了哪些便利?",
        "1、城市低保:为16.39万人次城市低保对象足额发放低保金4465.55万元;",
        "2、农村低保:农村低保对象累计52.33万人次;",
        "3、新农合筹资:每人每年390元提高到470元。",
      ].join("\n"),
    );
    const byYear = new Map(archive.reports.map((r) => [r.year, r]));
    expect([byYear.get(2015)?.sources[0]!.kind, byYear.get(2016)?.sources[0]!.kind]).toEqual(["results", "plan"]);
    expect(byYear.get(2015)!.projects[0]!.metrics.map((m) => m.role)).toEqual(["actual", "actual"]);
    expect(byYear.get(2016)!.projects[1]!.metrics.map((m) => m.role)).toEqual(["target"]);
  });

  it("dates a list its opening gives as 今年 by the year the page was written, and reads a later paragraph's verdict on the year before as that year's report", () => {
    const { archive } = run(
      [
        "山西侯马承诺今年办好6件民生实事",
        "时间:2024-03-01 来源:中北新闻网",
        "侯马市在政府工作报告中提出,今年将在全面承接省、市民生实事的基础上,为侯马人民再办好6件民生实事。",
        "侯马市政府承诺的这6件民生实事涉及城乡人居环境改善等领域。一是新改造一批城市背街小巷;二是新建一批城市“口袋公园”;三是新建165个城市公交候车亭;四是为全市所有在校孤儿减免食宿费用;五是为全市所有在校适龄女学生免费接种HPV疫苗;六是点亮全市125个农村街巷路灯。",
        "据了解,2023年侯马市21件民生实事全部高标准办结,70个村级卫生室标准化改造全部完工。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projectCount, r.projects.length])).toEqual([
      [2023, "results", 21, 0],
      [2024, "plan", 6, 6],
    ]);
  });
});

describe("published pages, twenty-second round", () => {
  it("keeps a dateline the page ran into the lead paragraph as the article's: its count and cut-off are read", () => {
    const lead = "2019-05-12 08:30 来源: 曲靖市人民政府网记者从有关部门获悉,到9月底,2019年市委市政府20项为民办实事项目中有4项已经完成,另有14个项目可以按时完成。";
    const rest = [
      "提前完成的项目为:新建城市公厕40座、改造农村危房1200户、新增公交线路8条、建设社区食堂15个等4个项目已完成。",
      "教育设施进一步改善。新建幼儿园已开工12所,完成校舍改造3.5万平方米。",
      "农村公路建设有序推进。提级改建农村公路已完工45公里,在建30公里。",
    ];
    const report = only(["为民办实事四项目提前完成", lead, ...rest].join("\n"));
    expect(report.projectCount).toBe(20);
    expect(report.sources[0]!.kind).toBe("progress");
    expect(report.sources[0]!.asOf).toBe("2019-09-30");
    // A dateline alone on its line is still the page's furniture, never the article.
    const alone = only(["为民办实事四项目提前完成", "2019-05-12 08:30 来源: 曲靖市人民政府网", lead.slice(lead.indexOf("记者")), ...rest].join("\n"));
    expect(alone.projectCount).toBe(20);
    expect(alone.projects.some((p) => p.title.includes("曲靖市人民政府网"))).toBe(false);
  });

  it("reads a date reached as a cut-off where the sentence says what was done by it, and a deadline as none", () => {
    const list = ["1. 新建城市公厕40座。", "2. 改造农村危房1200户。", "3. 新增公交线路8条。"];
    const kindOf = (opening: string) => only([opening, ...list].join("\n")).sources[0]!.kind;
    expect(kindOf("到8月底,曲靖市2019年10项为民办实事项目中有3项已经完成,其余项目进展顺利。")).toBe("progress");
    expect(kindOf("曲靖市2019年将实施10项为民办实事项目,力争到8月底,新建项目全部开工。")).toBe("plan");
    expect(kindOf("曲靖市2019年将实施10项为民办实事项目,到8月底,力争已开工项目全部竣工。")).toBe("plan");
  });

  it("reads a programme said done as 民心实事 as results, whatever words of its announcement the text repeats", () => {
    const text = [
      "欢迎进入惠农区委组织部网站!",
      "“去年是我们搬来的第一年,就享受到了好政策。”1月9日,72岁的李秀兰说。惠农区聚焦民生关切,将为65岁以上老年人免费体检纳入2024年为民办实事项目,并于当年8月开展体检工作。2024年,石嘴山市惠农区把办好民生实事作为头等大事,共征集议定为民办实事10项,其中民生保障类4项、设施提升类6项,这10项民心实事全部办理完成。",
      "民生保障类4项实事中,由区教育局负责的校园食堂改造项目投资320万元,已在第一中学、第三中学改造食堂各1处;由区人社局负责的创业扶持项目,累计发放创业担保贷款8600万元,帮助860人自主创业;由区卫健局负责的老年人体检项目投资90万元,共为1.8万名65岁以上老人免费体检;由区民政局负责的社区康复服务项目投资40万元,累计提供康复服务500余人次。",
    ].join("\n");
    expect(only(text).sources[0]!.kind).toBe("results");
  });

  it("reads 完成了 as a result, but not in the idiom 完成了从…到…", () => {
    const kindOf = (opening: string) =>
      only([opening, "1. 新建城市公园5个。", "2. 改造老旧小区30个。", "3. 新增公交线路8条。"].join("\n")).sources[0]!.kind;
    expect(kindOf("2023年,阜新市公布民生实事,建设完成了以下项目。")).toBe("results");
    expect(kindOf("2023年,阜新市公布民生实事,全市完成了从资源城市向宜居城市的转变。")).toBe("plan");
  });

  it("takes a list published before its year's second half for the plan or its progress, never the year's results", () => {
    const text = (date: string) =>
      [
        "滨海县2020年惠民实事项目",
        `发布日期:${date}`,
        "滨海县2020年惠民实事项目如下。",
        "1. 新建县人民医院新院区,年底建成投入使用。",
        "2. 改造城区道路5条,完成后投入使用。",
        "3. 新增公交线路8条。",
      ].join("\n");
    expect(only(text("2020-05-29")).sources[0]!.kind).toBe("plan");
    expect(only(text("2021-01-29")).sources[0]!.kind).toBe("results");
  });

  it("reads last year's results told in a paragraph of their own beside this year's list as that year's projects", () => {
    const text = [
      "1月26日,石柱县2026年县级民生实事解读活动在县融媒体中心举行。",
      "据了解,2025年石柱县十大民生实事全部完成。其中,建成便民驿站12个,为政务服务大厅加装电梯2部;开展群众文体活动380场次;整治城区外墙瓷砖3.2万平方米;建设农村公路90公里;新建农村公厕16座,铺设供水管道38.5公里。",
      "发布会现场还公布了2026年十大民生实事:新建人行天桥;提升农村饮水质量;整治外墙瓷砖脱落;推进农村公路建设;提升高层建筑消防安全;新建体育公园;治理农村生活污水;新建滨江健身广场;改造老旧街巷;新建智慧停车楼。",
    ].join("\n");
    const { archive } = run(text);
    const byYear = new Map(archive.reports.map((r) => [r.year, r]));
    expect(byYear.get(2026)!.projects).toHaveLength(10);
    const done = byYear.get(2025)!;
    expect(done.sources[0]!.kind).toBe("results");
    expect(done.projects.length).toBeGreaterThanOrEqual(5);
    expect(done.projects.some((p) => p.metrics.some((m) => m.value === 90 && m.unit === "公里"))).toBe(true);
    // A paragraph summing up several years (从2020年的…到2025年的…) gives that year no projects.
    const summed = text.replace("据了解,2025年石柱县", "五年来,全县生产总值从2020年的120亿元增加到2025年的168亿元。2025年石柱县");
    expect(new Map(run(summed).archive.reports.map((r) => [r.year, r])).get(2025)?.projects ?? []).toEqual([]);
    // Nor does the year's other news before the verdict (…粮食产量…,城镇新增就业… ‖ …十大民生实事全部完成): only what the verdict introduces is the programme's.
    const news = text.replace(/据了解,2025年石柱县十大民生实事全部完成。其中,[^\n]*/u, "2025年,全县一般公共预算收入28亿元,增长4.2%,考虑政策性减收因素同比增长9.6%。粮食产量达到18万吨,创历史最高水平。居民消费价格上涨1.8%。城镇新增就业6200人,超额完成全年目标任务。全县2025年确定的十大民生实事全部完成,社会大局保持和谐稳定。");
    expect(new Map(run(news).archive.reports.map((r) => [r.year, r])).get(2025)?.projects ?? []).toEqual([]);
  });

  it("takes a programme counted as 十件实事 for the genre's own name", () => {
    const text = ["2015年汉中市政府确定十件实事进展情况通报(一)", "汉中市政府督查室对十件实事进展情况进行了专项督查,现将有关情况通报如下:", "一、推动创业就业", "目标任务:新增城镇就业1.5万人。"].join("\n");
    const { archive } = run(text);
    expect(archive.rejected).toEqual([]);
    expect(archive.reports[0]!.projectCount).toBe(10);
  });
});

describe("published pages, twenty-third round", () => {
  it("reads a project's name that holds a bracket (口袋公园(带状公园)建设项目。) as the lead of its paragraph, the run unbroken", () => {
    const report = only(
      [
        "邢台市确定今年5项民生实事项目",
        "市人代会票决确定了5项2024年民生实事项目。",
        "棚户区改造项目。新开工棚户区改造项目3个2100套。",
        "城镇老旧小区改造项目。改造老旧小区26个。",
        "口袋公园(带状公园)建设项目。全市建成口袋公园8个、带状公园1个。",
        "就业促进项目。城镇新增就业4.2万人。",
        "学校扩容提质项目。新建、改扩建中小学校6所。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["棚户区改造项目", "城镇老旧小区改造项目", "口袋公园(带状公园)建设项目", "就业促进项目", "学校扩容提质项目"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["8个", "1个"]);
  });

  it("reads the marked headings of a selection (■稳岗就业工程 ‖ …) as the projects, not the narrative's clauses that split them, however near the stated count those come", () => {
    const report = only(
      [
        "天津：2022年10项民心工程全部兑现",
        "记者从市民心办获悉，2022年本市实施的10项民心工程已全部完成年度任务。",
        "■稳岗就业工程",
        "全年实现城镇新增就业12.4万人，完成年度目标任务的103.3%；开展职业技能培训6.2万人次。",
        "■养老服务提升工程",
        "新建老年人助餐点86个，新增养老床位900张，为4000户困难老年人家庭实施适老化改造。",
        "■公交优化工程",
        "新开通公交线路18条，优化调整线路26条，更新新能源公交车220部。",
        "■全民健身工程",
        "新建更新社区健身园160个，建成多功能运动场12块。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗就业工程", "养老服务提升工程", "公交优化工程", "全民健身工程"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["86个", "900张", "4000户"]);
  });

  it("keeps no report of next year from one sentence that counts its programme and sentences that only say 今年 (a page of early January)", () => {
    const text = [
      "天津：2022年10项民心工程全部兑现",
      "稿源：今晚报 2023-01-12 16:32",
      "记者从市民心办获悉，2022年本市实施的10项民心工程已全部完成年度任务。",
      "“今年的难度比往年大，好几个项目是抢出来的。”市民心办负责人说。",
      "1.城镇新增就业12.4万人，完成年度目标任务的103.3%。",
      "2.新建老年人助餐点86个，完成年度目标任务的107.5%。",
      "3.新开通公交线路18条，完成年度目标任务的120%。",
      "据了解，2023年的10项民心工程已经确定，今年将继续接受市民监督。",
    ].join("\n\n");
    const { archive } = run(text);
    expect(archive.reports.map((r) => `${r.year} ${r.sources[0]!.kind} ${r.projects.length}`)).toEqual(["2022 results 3"]);
    // Told in two sentences that name it, that year is a report of its own.
    const told = run(text.replace("据了解，2023年的10项", "据了解，2023年的民心工程征集已经结束。2023年的10项")).archive;
    expect(told.reports.map((r) => `${r.year} ${r.sources[0]!.kind}`)).toEqual(["2022 results", "2023 plan"]);
  });

  it("closes a list at the story's background on the programme (据了解，本市民心工程…): its count is no figure of the last project", () => {
    const list = [
      "天津：2022年10项民心工程全部兑现",
      "2022年本市实施的10项民心工程已全部完成年度任务。",
      "■稳岗就业工程",
      "全年实现城镇新增就业12.4万人，完成年度目标任务的103.3%。",
      "■养老服务提升工程",
      "新建老年人助餐点86个，新增养老床位900张。",
      "■全民健身工程",
      "新建更新社区健身园160个，建成多功能运动场12块。",
    ];
    const close = "据了解，本市民心工程已连续实施多年，2023年的12项民心工程已经确定，共涉及5个领域。";
    const last = (text: string) => only(text).projects.at(-1)!.metrics.map((m) => `${m.value}${m.unit}`);
    expect(last([...list, close].join("\n\n"))).toEqual(["160个", "12块"]);
    // A paragraph after the list that tells the last project more (据了解，该运动场…) stays its own.
    expect(last([...list, "据了解，新建的运动场已建成8块，年底前全部开放。"].join("\n\n"))).toContain("8块");
  });

  it("reads a table drawn one cell per line past a row whose rate cell is a dash (—): the dash is no mark of the next row's number", () => {
    const rows = [
      ["1", "新改建农村公路60公里。", "县交通运输局", "已完成路面47.3公里。", "78.8%"],
      ["2", "为全县老年人免费接种流感疫苗6000人。", "县卫生健康局", "已完成疫苗采购招标。", "—"],
      ["3", "新建居家养老服务照料中心12家。", "县民政局", "已建成照料中心9家。", "75%"],
      ["4", "城区新增公共停车泊位800个。", "县住建局", "已新增公共停车泊位652个。", "81.5%"],
    ];
    const report = only(["景宁县2021年8月县政府民生实事项目进展情况", "截至8月底，4项民生实事总体按序时推进。", "序号", "项目内容", "牵头单位", "进展情况", "完成率", ...rows.flat()].join("\n\n"));
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["12家", "9家"]);
  });

  it("takes no report year from 建成于2000年以前 (the age of the houses a project rebuilds): the file name gives it, and says so", () => {
    const text = ["5月29日，南阳市召开重点民生实事项目新闻发布会，通报正扎实推进重点民生实事共3项。", "1.新增城镇就业6万人。截至4月30日，全市新增城镇就业21257人，完成年度目标的35.43%。", "2.推进城镇老旧小区改造。对建成于2000年以前的住宅小区进行改造，全年完成改造不少于8166户。", "3.新建城市书房10个。截至4月30日，已建成4个。"].join("\n\n");
    const { archive, warnings } = convert([{ name: "nanyang_2020_progress.txt", bytes: new TextEncoder().encode(text) }]);
    expect(archive.reports.map((r) => r.year)).toEqual([2020]);
    expect(warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^the text names no year: 2020 is read from the file name/));
  });
});

describe("published pages, twenty-fourth round", () => {
  const story = [
    "湛江为民办实事“半年考”成绩出炉",
    "2019-07-16 08:35 来源：湛江日报",
    "今年的12项为民办实事事项是在去年底面向社会征集意见后确定的。",
    "学前教育资源持续扩容。今年计划新增公办幼儿园学位4800个，截至6月底已新增学位2600个。",
    "城市路网加快完善。今年计划打通城市断头路18条，目前已完工11条。",
    "菜篮子工程提质增效。全年计划改造农贸市场12家，已完成改造7家。",
    "就业形势保持稳定。上半年全市实现城镇新增就业1.3万人，完成年度目标任务的54%。",
    "停车难问题逐步缓解。今年计划新增公共停车泊位1.2万个，截至6月底已建成6800个。",
    "保障性安居工程稳步推进。全年计划开工棚户区改造安置住房3600套，目前已开工2500套。",
    "此外，城乡居民医保财政补助提标、困难群众临时救助提标、公交线网优化等3项事项已按计划完成全年任务。",
  ];

  it("names a project whose lead judges its field (学前教育资源持续扩容。…) by the work its paragraph plans or reports (新增公办幼儿园学位 · 城镇新增就业)", () => {
    const titles = only(story.join("\n\n")).projects.map((p) => p.title);
    expect(titles.slice(0, 4)).toEqual(["新增公办幼儿园学位", "打通城市断头路", "改造农贸市场", "城镇新增就业"]);
    // A lead that names its work keeps its name.
    const named = story.map((line) => line.replace("学前教育资源持续扩容", "公办幼儿园扩容工程"));
    expect(only(named.join("\n\n")).projects[0]!.title).toBe("公办幼儿园扩容工程");
  });

  it("adds the projects a sentence names besides the list (此外，A、B、C等3项事项已…) where they are fewer than the list lacks, and only where it says they come besides it", () => {
    expect(only(story.join("\n\n")).projects.map((p) => p.title).slice(6)).toEqual(["城乡居民医保财政补助提标", "困难群众临时救助提标", "公交线网优化"]);
    const without = story.map((line) => line.replace("此外，", "同时，全市"));
    expect(only(without.join("\n\n")).projects).toHaveLength(6);
  });
});

describe("published pages, twenty-fourth round: years as headings", () => {
  it("reads a paragraph that is only a year (2025年 ‖ …共安排十方面34项…已全面完成) as the heading of the paragraphs after it: that year's report, its kind read from them alone", () => {
    const text = [
      "2026年杭州市为民办实事项目出炉",
      "第1版:要闻 2026-02-13",
      "2026年",
      "杭州市为民办实事项目共安排30项36小项，涵盖老有所养、儿童友好、安居乐业等10个方面，将于年内全部完成。",
      "2025年",
      "杭州市为民办实事项目共安排十方面33项45小项，已全面完成全年目标。评议结果显示，市民总体满意度为近五年最高。",
    ].join("\n\n");
    const { archive } = run(text);
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projectCount])).toEqual([
      [2025, "results", 33],
      [2026, "plan", 30],
    ]);
  });
});

describe("published pages, twenty-fourth round: a congress's page", () => {
  it("takes a list's year from the paragraph that introduces it (大会确定区2026年十大民生实事项目为： ‖ 一、…) over the years the page names more", () => {
    const text = [
      "2月7日，番禺区第十七届人民代表大会第六次会议圆满完成各项议程，胜利闭幕。",
      "会议表决通过关于区2025年国民经济和社会发展计划执行情况与2026年计划的决议、关于区2025年预算执行情况和2026年预算的决议。",
      "会议宣布了番禺区2025年民生实事项目办理情况测评结果和2026年民生实事项目投票表决结果。2025年，番禺区10件民生实事项目测评结果均为满意。2025年，全区民生支出占一般公共预算支出的75%。",
      "大会确定区2026年十大民生实事项目为：",
      "一、老有所医：社区医养结合服务提升项目",
      "二、绿色出行：电动自行车综合整治行动",
      "三、特教提质：区特殊教育学校新校区开办",
      "四、舌尖护航：农产品质检放心行动",
      "五、就业赋能：职业技能提升培训行动",
      "六、畅停无忧：体育中心停车场改造项目",
      "七、城水和美：市桥河生态绿廊品质提升",
      "八、书香番禺：城市书房建设项目",
      "九、安居宜业：老旧小区加装电梯项目",
      "十、平安守护：智慧消防站建设项目",
      "会议指出，过去一年，全区上下团结奋斗。2025年，全区地区生产总值增长5.1%；2025年新增城镇就业2.1万人，2025年完成固定资产投资480亿元。",
    ].join("\n");
    const report = run(text).archive.reports.find((r) => r.projects.length)!;
    expect([report.year, report.sources[0]!.kind, report.projects.length]).toEqual([2026, "plan", 10]);
  });
});

describe("published pages, twenty-fourth round: a story's labels", () => {
  it("reads no page label before a figure (郫都新闻:2020年…48个项目 · 新闻导读:…) as a project of a narrative reading", () => {
    const text = [
      "郫都新闻:2020年全区十大民生工程48个项目 4项提前完成 44项稳步推进",
      "发布时间:2020-07-13 11:59   来源: 成都新闻网",
      "新闻导读:2020年全区十大民生工程48个项目,上半年4项提前完成,44项稳步推进。",
      "安靖湿地公园,示范段初步蓄水,已有8000株乔木在这里安下新家,完成投资3.2亿元。",
      "区妇幼保健院建设现场,塔吊正吊装材料。上半年,这里完成投资1.1亿元,主体结构封顶。",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => /[:：]$/u.test(t))).toEqual([]);
    // A project's own name before its colon is no label.
    const named = titlesOf(`${text}\n\n推进适老化改造（省定）：全区完成特殊困难老年人家庭适老化改造320户。`);
    expect(named.some((t) => t.startsWith("推进适老化改造"))).toBe(true);
  });
});

describe("published pages, twenty-fourth round: a narrative's short topics", () => {
  it("names no project of a narrative reading by a topic of three characters or fewer (斥资 · 宽度 · 还差 · 12月底), a piece of a clause, while a named 工程 and a four-character work stay", () => {
    const text = [
      "平川区民生实事项目建设稳步推进",
      "2023-09-12 来源：平川融媒",
      "今年以来，全区扎实推进民生实事项目建设。斥资1.2亿元，启动实施城乡供水一体化工程，已铺设管网86公里。",
      "老旧小区改造已完成32个，惠及居民4100户；宽度12米的滨河路已拓宽完成。",
      "截至8月底，城市书房新建6家，还差2家。农村公路新改建45公里。",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => [...t].length <= 3)).toEqual([]);
    expect(titles).toContain("城乡供水一体化工程");
    expect(titles.some((t) => t.includes("农村公路") || t.includes("老旧小区"))).toBe(true);
  });
});

describe("published pages, twenty-fourth round: a narrative's cut topics and an inspection's sites", () => {
  it("names no project of a narrative reading by a topic cut before its figure's measure word (投资总额超 · 供热面积由 · 占地约), but keeps one that names a floor (…充电桩不少于)", () => {
    const text = [
      "平川区民生实事项目建设稳步推进",
      "2023-09-12 来源：平川融媒",
      "今年以来，全区扎实推进民生实事项目建设。城乡供水一体化工程投资总额超1.2亿元，已铺设管网86公里。",
      "集中供热扩网工程供热面积由120万平方米增加到135万平方米。这个新建的滨河口袋公园占地约1.5万平方米。",
      "全区新建公共充电桩不少于200个。",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => /(?:超|由|约)$/u.test(t))).toEqual([]);
    expect(titles.some((t) => t.includes("充电桩"))).toBe(true);
  });

  it("reads the sites an inspection visits as the projects where they score above a narrative's guesses, whatever those score", () => {
    const text = [
      "2023年枫泾区重大工程和民心工程实事项目推进情况",
      "发布时间:2023-11-13 来源:东方网",
      "日前,区人大常委会组织部分区人大代表对2023年本区民心实事工程项目推进情况,开展集中视察评议。",
      "区人大代表分两路先后视察了新城第二综合为老服务中心、枫泾中学新建工程、朱泾镇北秀路新建工程项目等,实地查看并听取工程建设情况及遇到的问题。",
      "其中,新城第二综合为老服务中心建筑面积约1000平方米,可为老年人提供多样化养老服务,目前已全部建设完成。",
      "枫泾中学新建工程项目建筑面积约为2.11万平方米,教学规模为24班,目前正在主体结构施工中。",
      "朱泾镇北秀路新建工程项目全长1.2公里,已完成路基施工0.8公里。",
      "据了解,今年民心工程实事项目共安排10项,截至目前,7个已全部完成,3个正在实施中,预计到年底3个能完成,至年底可完成年度投资0.9亿元。今年重大工程安排64项,计划新开工的30个项目中有17个已开工建设。",
    ].join("\n");
    const titles = titlesOf(text);
    expect(titles).toEqual(["新城第二综合为老服务中心", "枫泾中学新建工程", "朱泾镇北秀路新建工程项目"]);
  });
});

describe("published pages, twenty-fifth round: a numbered list the page cut", () => {
  // A county's plan whose page was cut inside its seventh item: the text states 15, the list runs 1..7.
  const plan = [
    "2024年临洮县要办这15件民生实事",
    "临洮 更新于:2024-02-20 09:12",
    "就业、教育、医疗、养老、住房保障……临洮县着眼于人民群众的实际需求，让发展成果更多惠及人民，2024年将办好这15件民生实事。",
    "这15件民生实事分别是：",
    "1.稳就业促增收项目。全年开展补贴性职业技能培训3000人次，实现城镇新增就业4500人。",
    "2.公益性岗位开发项目。通过公益性岗位安置就业困难人员，稳定就业。",
    "3.义务教育学校改造项目。实施城区2所小学、1所初中维修改造和设备购置，改善办学条件。",
    "4.学前教育保教项目。提高学前教育非在编教师待遇，稳定教师队伍。",
    "5.农村住房保障项目。实施农村危房改造，改善群众住房条件。",
    "6.县医院医疗服务能力提升项目。支持建设县人民医院胸痛中心、卒中中心等学科建设。",
    "7.困难群众救助项目。为650名困难学生发放助学补贴，为1800名重度",
  ].join("\n\n");

  it("reads the numbered items to where the page stopped mid-sentence (7.…为1800名重度) over a run of field names in the lede (就业、教育、医疗、养老、住房保障……)", () => {
    const report = only(plan);
    expect(report.projects.map((p) => p.title)).toEqual([
      "稳就业促增收项目",
      "公益性岗位开发项目",
      "义务教育学校改造项目",
      "学前教育保教项目",
      "农村住房保障项目",
      "县医院医疗服务能力提升项目",
      "困难群众救助项目",
    ]);
  });
});

describe("published pages, twenty-sixth round: a column that cut a sentence at its ；", () => {
  // A work report set in a column with indented paragraphs: one line of the list's sentence ends,
  // full width, on a clause's ；, and the next line is set flush, as the sentence goes on.
  const report = [
    "岷县人民政府 > 政务公开 > 规划计划",
    "政府工作报告",
    "发布时间：2023-02-10　　来源：县政府办",
    "",
    "    各位代表：",
    "    现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和",
    "其他列席人员提出意见。",
    "    一年来，全县民生支出占一般公共预算支出的80.2%。8件民生实事全部完",
    "成：新建城区幼儿园2所，新增学位540个；改造农村公路86公里，完成年度",
    "计划的107.5%；新建村级卫生室12个，配齐基本诊疗设备和常用药品；",
    "为1.6万名适龄妇女开展免费检查；新增城镇就业3200人，完成年度计划的",
    "106.7%；改造老旧小区9个，惠及群众1850户；建成日间照料中心6个；为",
    "2100名困难群众发放临时救助金，兜牢了民生底线。",
    "    今年，我们将继续办好民生实事，让群众的获得感成色更足。",
  ].join("\n");

  it("reads the sentence's eight clauses as one list, each titled from its start", () => {
    expect(only(report).projects.map((p) => p.title)).toEqual([
      "新建城区幼儿园2所",
      "改造农村公路",
      "新建村级卫生室12个",
      "为1.6万名适龄妇女开展免费检查",
      "新增城镇就业",
      "改造老旧小区9个",
      "建成日间照料中心6个",
      "为2100名困难群众发放临时救助金",
    ]);
  });
});

describe("published pages, twenty-sixth round: a table's rule drawn in runs of dashes under its columns", () => {
  it("reads a spaced table whose header is ruled column by column (----  --------) and whose cells wrap", () => {
    const report = only(
      [
        "附件",
        "            岱山县2021年民生实事项目推进情况表",
        "                  （截至2021年6月30日）",
        "",
        "序号  项目名称            年度目标任务               牵头单位      1-6月完成情况        完成率",
        "----  ------------------  -------------------------  ------------  -------------------  ------",
        " 1    农村公路提升        新改建农村公路18公里       县交通局      完成9.6公里          53.3%",
        " 2    海岛供水管网        改造供水管网26公里         县水利局      完成15.2公里         58.5%",
        " 3    居家养老服务        新建老年助餐点10个         县民政局      建成7个              70%",
        " 4    公共停车泊位        新增公共停车泊位600个，    县住建局      新增泊位342个        57%",
        "      建设                其中充电车位60个",
        " 5    百姓健身房          新建百姓健身房4个          县文广旅体局  建成3个              75%",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村公路提升", "海岛供水管网", "居家养老服务", "公共停车泊位建设", "百姓健身房"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(expect.arrayContaining(["600个 target null", "342个 actual 57"]));
  });
});

describe("published pages, twenty-sixth round: a spaced table whose header cells wrap", () => {
  it("reads the header's second line (完成年度 ‖ 目标比例) as its cells' words, and the wrapped rows under it", () => {
    const report = only(
      [
        "北镇市2021年民生实事项目上半年推进情况",
        "",
        "序号  项目名称          年度目标任务            上半年完成情况             完成年度   责任单位",
        "                                                                           目标比例",
        " 1    农村公路          新改建农村公路60        完成路基40公里，           66.7%      市交通局",
        "      建设              公里                    铺筑路面28公里",
        " 2    城镇新增就业      城镇新增就业1800人      实现城镇新增就业1050人     58.3%      市人社局",
        " 3    居家养老          新建社区养老服务站      建成6个                    50%        市民政局",
        "      服务              12个",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["农村公路建设", "城镇新增就业", "居家养老服务"]);
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit} ${m.role} ${m.rate}`)).toEqual(expect.arrayContaining(["12个 target null", "6个 actual 50"]));
  });
});

describe("published pages, twenty-sixth round: a table's column of levels before its tasks", () => {
  it("takes the project from the first column after the number whose cells name something, not a column of 省 · 市 · 县", () => {
    const report = only(
      [
        "连州市2022年十件民生实事进展情况（截至6月底）",
        "",
        "| 序号 | 层级 | 工作任务 | 责任单位 | 截至6月底进展情况 |",
        "| --- | --- | --- | --- | --- |",
        "| 1 | 省 | 新建改造农村公路80公里 | 市交通运输局 | 已完工46公里，完成年度目标任务的57.5%。 |",
        "| 2 | 市 | 新建长者饭堂12个 | 市民政局 | 已建成7个，完成年度目标任务的58.3%。 |",
        "| 3 | 县 | 改造城镇老旧小区9个 | 市住房和城乡建设局 | 已开工9个，完工4个。 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["新建改造农村公路80公里", "新建长者饭堂12个", "改造城镇老旧小区9个"]);
  });
});

describe("published pages, twenty-seventh round: a story whose subheads group its works", () => {
  // A news story of a year's results: short subheads, each over a paragraph that reports one to three works in
  // running prose, and a stated count the subheads fall far short of.
  const story = [
    "我市2022年八件民生实事全面完成",
    "来源：临沧日报  2023-01-10",
    "    记者9日从市政府办公室获悉，2022年市政府承诺的8件民生实事已全部完成年度任务。",
    "学位供给持续扩容",
    "    全市新建、改扩建中小学校舍，新增公办学位1.2万个，完成年度目标任务的120%。同时，对45所乡镇中心学校食堂开展标准化提升。",
    "基层医疗提质增效",
    "    全市新建村卫生室标准化示范点80个，完成年度目标任务的106.7%。",
    "养老服务更加暖心",
    "    养老服务方面，全市新建社区居家养老服务站36个，原计划为30个。全年为8600名困难失能老人提供上门照护服务，比年初承诺多出600人。",
    "出行安居惠及城乡",
    "    2022年全市新改建农村公路612公里，完成年度目标任务的102%。全市改造城镇老旧小区74个，惠及居民5300户。",
    "    “菜篮子”保供方面，全市常年蔬菜基地面积稳定在12.5万亩。",
    "    记者了解到，今年的民生实事正在征求意见。",
  ].join("\n\n");

  it("reads the eight works the text counts, not the four subheads over them", () => {
    const report = only(story);
    expect(report.projects).toHaveLength(8);
    expect(report.projects.map((p) => p.title)).not.toContain("学位供给持续扩容");
  });

  it("keeps with its work the clause that measures it against the promise (原计划为 · 比年初承诺多出), and reads no work from a year", () => {
    const report = only(story);
    const care = report.projects.find((p) => p.title.includes("养老服务"))!;
    expect(care.metrics.map((m) => `${m.role}:${m.value}${m.unit}`)).toEqual(["actual:36个", "target:30个"]);
    const visits = report.projects.find((p) => p.metrics.some((m) => m.value === 8600))!;
    expect(visits.metrics.map((m) => m.value)).toContain(600);
    expect(report.projects.filter((p) => /年初|承诺|计划/u.test(p.title))).toEqual([]);
    expect(report.projects.map((p) => p.title)).toContain("新改建农村公路");
  });

  it("titles a work by the field its clause opens on where the clause's own words are cut before the measure (稳定在)", () => {
    const report = only(story);
    const vegetables = report.projects.find((p) => p.metrics.some((m) => m.value === 12.5))!;
    expect(vegetables.title).toBe("“菜篮子”保供");
  });
});

describe("published pages, twenty-seventh round: a 工程 that only names the work done", () => {
  it("reads no project named by a verb and 工程 alone (改造工程全部完工 after the works it finished), and ends a topic before 惠及", () => {
    const text = [
      "宁洱县2023年5件民生实事全部完成",
      "    记者从县政府获悉，今年县政府承诺的5件民生实事已全部完成。全县对12所乡镇卫生院开展提质改造，改造工程全部完工。全县新建公共厕所20座，完成年度目标任务的100%。农村饮水巩固提升惠及3.1万人。全县新增城镇就业2600人，完成年度目标任务的118%。为1.2万名城乡居民开展免费健康体检。",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles).toHaveLength(5);
    expect(titles.filter((t) => /^(?:改造|建设|新建)工程$/u.test(t))).toEqual([]);
    expect(titles).toContain("农村饮水巩固提升");
  });
});

describe("published pages, twenty-seventh round: a progress story's plan, then how far it got", () => {
  const story = [
    "我省十件民生实事前三季度进展顺利",
    "贵州日报  2021-10-20",
    "    记者从省政府新闻办获悉，截至9月底，2021年十件民生实事总体进度符合预期。",
    "    教育方面，全省今年计划新建改扩建公办幼儿园200所、新增学位4万个。截至9月底，已建成公办幼儿园164所，新增学位3.2万个，分别完成年度目标任务的82%、80%。",
    "    就业方面，全省前三季度城镇新增就业28.6万人，完成年度目标32万人的89.4%。",
    "    卫生方面，农村适龄妇女“两癌”免费筛查项目今年目标为30万人，截至9月底已筛查25.2万人，完成年度目标任务的84%。",
    "    全省新建城乡社区日间照料中心312个，完成年度目标任务的89.1%。全省新改建农村公路3280公里，完成年度目标任务的91.1%。",
    "    城镇老旧小区改造已开工1560个，完成年度目标任务的97.5%。全省已为8600名残疾儿童提供康复救助服务，完成年度目标任务的95.6%。",
    "    全省新建农村供水工程420处，惠及群众61.5万人。全省完成农村户厕改造9.8万户，完成年度目标任务的98%。全省新增公共停车泊位2.1万个。",
  ].join("\n\n");

  it("keeps a work's plan and its progress in the paragraph's next sentence as one project (新建改扩建公办幼儿园 ‖ 已建成公办幼儿园 · 新增学位)", () => {
    const report = only(story);
    const kindergartens = report.projects.filter((p) => p.title.includes("幼儿园") || p.title.includes("学位"));
    expect(kindergartens).toHaveLength(1);
    expect(kindergartens[0]!.metrics.map((m) => m.value)).toEqual(expect.arrayContaining([200, 4, 164, 3.2]));
    expect(report.projects).toHaveLength(10);
  });

  it("reads no title from the date a clause counts to, the period before a work or the target it is measured against", () => {
    const titles = only(story).projects.map((p) => p.title);
    expect(titles.filter((t) => /截至|底|前三季度|目标/u.test(t))).toEqual([]);
    expect(titles).toContain("城镇新增就业");
    expect(titles).toContain("农村适龄妇女“两癌”免费筛查项目");
  });
});

describe("published pages, twenty-seventh round: the programme's tallies in a narrative", () => {
  it("reads no work from the programme's tallies after a date alone (到12月中旬，10件实事已经全部办结，其中6件超额完成…) nor joins its total to the sentence before", () => {
    const text = [
      "访谈：十件为民实事件件落地",
      "2023-12-28 来源：西固区融媒体中心",
      "    记者：今年的十件为民实事完成得怎么样？",
      "    答：年初，我们向全区群众承诺了十件为民实事。到12月中旬，10件实事已经全部办结，其中6件超额完成年度目标任务。比如群众最关心的上学问题，今年新建的3所学校都已经投用，新增学位2400个；老旧楼院改造惠及居民4100户。",
      "    据了解，西固区2023年实施的重点民生项目旨在解决就业、社会保障等领域的突出问题，提升全区群众的幸福指数。全年计划实施重点民生项目共46个，计划投资8.37亿元。",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.filter((t) => /超额完成|幸福指数|年度目标/u.test(t))).toEqual([]);
  });
});

describe("published pages, twenty-seventh round: marks that group a progress story's works", () => {
  const story = [
    "一季度我市为民办实事项目有序推进",
    "2021年04月16日  来源：三明日报",
    "　　本报讯  截至3月底，全市12个为民办实事项目累计完成投资6.2亿元，其中2个项目已提前完成全年任务。",
    "　　■ 教育医疗项目加快建设",
    "　　城区学校扩容工程年度计划新增学位3000个，一季度完成投资0.9亿元，占年度计划的25.1%。普惠性幼儿园建设项目计划新建幼儿园8所，目前均已开工。",
    "　　乡镇卫生院提升工程计划改造乡镇卫生院15所，一季度完成投资0.3亿元；该工程同时计划完成村卫生所标准化建设90个，已完成30个。",
    "　　■ 农村基础设施项目抢抓工期",
    "　　农村公路建设项目年度计划新改建农村公路260公里，一季度完成70公里。农村供水保障工程计划受益人口9万人。",
    "　　农村生活污水治理项目计划完成120个村庄污水治理，目前已完成21个村。",
    "　　■ 城市品质项目稳步推进",
    "　　老旧小区改造项目年度计划改造小区45个，目前已开工12个；公共停车场建设项目计划新增停车泊位2500个，一季度新增380个。",
    "　　就业方面，一季度全市城镇新增就业3620人，完成年度目标1.2万人的30.2%。",
  ].join("\n\n");

  it("reads the works under three unnumbered ■ marks, nearer the stated twelve than the marks", () => {
    const report = only(story);
    expect(report.projects.length).toBeGreaterThanOrEqual(9);
    expect(report.projects.map((p) => p.title)).not.toContain("教育医疗项目加快建设");
  });

  it("names a work before the year's plan for it (…建设项目计划新建…), joins 该工程 to the work before it, and carries a clause after its period (一季度完成…)", () => {
    const report = only(story);
    const titles = report.projects.map((p) => p.title);
    expect(titles).toContain("普惠性幼儿园建设项目");
    expect(titles).toContain("老旧小区改造项目");
    const clinics = report.projects.find((p) => p.title === "乡镇卫生院提升工程")!;
    expect(clinics.metrics.map((m) => m.value)).toEqual(expect.arrayContaining([15, 0.3, 90, 30]));
    expect(titles.filter((t) => /^(?:该|完成投资)/u.test(t))).toEqual([]);
  });
});

describe("published pages, twenty-seventh round: a sentence names the programme, a numbered account the page cut tells the first", () => {
  const story = [
    "信宜市2023年十件民生实事全面完成",
    "■通讯员 陈一鸣",
    "本报讯 2023年,信宜市扎实推进十件民生实事。截至目前,所有项目均已全面完成。",
    "2023年,信宜市将新增公办学前教育学位、提升特困人员供养水平、8座小型水库除险加固、镇村污水管网延伸、“四好农村路”提升改造、城区停车场建设、体育公园建设、老旧小区改造、城区内涝点整治、山洪灾害预警设施建设列为十件民生实事,并逐项明确任务目标。",
    "一是学前教育方面。2023年,信宜市投入约1.2亿元,全年新增公办学前教育学位2160个。",
    "二是困难群体保障方面。2023年,信宜市将特困人员基本生活标准提高到每人每月1150元,为680户特困人员家庭开展居家适老化改造。",
    "三是水利安全方面。2023年,信宜市完成8座小型水库除险加固,投入资金约3200万元。",
    "四是乡村污水治理方面。2023年,信宜市以",
  ].join("\n");

  it("reads the ten names as the projects, the first three told by the numbered items in their places", () => {
    const report = only(story);
    expect(report.projects.map((p) => p.title)).toEqual([
      "新增公办学前教育学位",
      "提升特困人员供养水平",
      "8座小型水库除险加固",
      "镇村污水管网延伸",
      "“四好农村路”提升改造",
      "城区停车场建设",
      "体育公园建设",
      "老旧小区改造",
      "城区内涝点整治",
      "山洪灾害预警设施建设",
    ]);
    expect(report.projects[0]!.metrics.map((m) => m.value)).toContain(2160);
    expect(report.projects[2]!.metrics.map((m) => m.value)).toContain(3200);
  });

  it("keeps the numbered items where the sentence names only the fields the programme spans (底线民生、扶贫济困…等十件)", () => {
    const fields = [
      "2017年广东省投入2703亿元 办好十件民生实事",
      "2017年,全省集中力量为人民群众办好底线民生、扶贫济困、教育发展、医疗卫生、就业创业、生产生活、污染治理、防灾减灾、公共服务、公共安全等十件民生实事。",
      "1 巩固提升底线民生保障水平",
      "全省城乡居民基本养老保险基础养老金标准已达到每人每月120元。全省孤儿基本生活最低养育标准已达到每月1450元。",
      "2 加大扶贫济困力度",
      "全年全省各地累计投入扶贫资金135亿",
    ].join("\n\n");
    const titles = titlesOf(fields);
    expect(titles).toEqual(["巩固提升底线民生保障水平", "加大扶贫济困力度"]);
  });
});

describe("published pages, twenty-seventh round: last year's results under their own heading in a page about this year's plan", () => {
  it("files the list under the year of the part it stands in, not the headline's (whose page furniture, short lines, reads as a list of its own)", () => {
    const text = [
      "请点击右上角 选择浏览器打开",
      "(欢迎您)注销",
      "惠民生 2024年绵阳市将实施12件重点民生实事",
      "发布时间:2024-03-01 09:30",
      "发布时间:2024-03-01 09:30",
      "字号: [小] [大] 【打印正文】",
      "分享到:",
      "2月28日,记者从绵阳市发展改革委获悉,截至2023年底,全市12件重点民生实事均已全面完成年度目标任务。",
      "根据市政府办公室印发的工作目标任务,2024年,全市将接续实施7件重点民生实事,新增5件重点民生实事,全年实施好12件重点民生实事。",
      "2023年12件重点民生实事惠民成效显著",
      "截至2023年底,全市12件重点民生实事均已全面完成年度目标任务,累计完成投资共48亿元。",
      "其中,城镇老旧小区改造、农村公路安全防护工程、公益性公墓建设、婴幼儿照护服务、残疾人康复服务、小微停车场建设、城市公园建设、适龄女性免费接种HPV疫苗等8件重点民生实事超额完成全年目标任务;普惠性学前教育、青少年心理健康教育、城区排涝设施改造、社区食堂建设等4件重点民生实事按期完成全年目标任务。",
    ].join("\n\n");
    const { archive } = run(text);
    const withProjects = archive.reports.filter((r) => r.projects.length > 0);
    expect(withProjects.map((r) => r.year)).toEqual([2023]);
    expect(withProjects[0]!.projects).toHaveLength(12);
  });
});

describe("published pages, twenty-seventh round: a newspaper page's masthead and a lede in 今年", () => {
  const page = [
    "酒泉日报                                    2021年4月9日 星期五",
    "3                                          县市区新闻",
    "金塔:十件为民实事首季开局良好",
    "    本报讯(记者 王小明)记者近日从金塔县发改局获悉,今年县委、县政府确定的十件为民实事项目一季度进展顺利,截至3月底,已有6项开工实施。",
    "    全县今年计划实施农村危房改造420户,一季度已开工96户。城镇老旧小区改造年度任务为7个小区,目前已完成设计。农村饮水安全巩固提升工程计划改造管网64公里,一季度已铺设管网18公里。",
    "  ■链接",
    "    2020年,金塔县十件为民实事全面完成,群众满意度测评达到95分以上。",
  ].join("\n");

  it("reads the issue's day from the masthead as the page's date", () => {
    const { archive } = run(page);
    expect(archive.reports.flatMap((r) => r.sources.map((s) => s.published))).toContain("2021-04-09");
  });

  it("files the story under the year its lede calls 今年, not the year a box of links below names", () => {
    const { archive } = run(page);
    const withProjects = archive.reports.filter((r) => r.projects.length > 0);
    expect(withProjects.map((r) => r.year)).toEqual([2021]);
  });
});

describe("published pages, twenty-seventh round: a notice's attached table laid out in spaces", () => {
  it("reads a spaced table whose header names a kind column (类别) and a period before its column (1—6月完成情况)", () => {
    const text = [
      "南平市人民政府办公室关于2020年上半年为民办实事项目进展情况的通报",
      "    2020年,我市共安排为民办实事项目4项。截至6月30日,4个项目均已启动实施。现将有关情况通报如下。",
      "    一、存在问题",
      "    部分项目受用地因素影响,进度相对滞后。",
      "    二、下一步工作要求",
      "    (一)加快进度。各牵头单位要倒排工期。",
      "    (二)保障质量。严格落实工程质量终身责任制。",
      "附件",
      "            2020年南平市为民办实事项目1—6月进展情况表",
      "序号  类别   项目名称              年度目标            1—6月完成情况       完成率    责任单位",
      " 1    省定   新增公办幼儿园学位    新增学位2000个      新增学位1100个       55%      市教育局",
      " 2    省定   农村饮水安全巩固      受益人口5万人       受益人口2.6万人      52%      市水利局",
      "             提升",
      " 3    市定   新建城市公厕          新建30座            建成12座             40%      市城管局",
      " 4    市定   居家社区养老服务照料  建设20个            建成9个              45%      市民政局",
      "             中心",
    ].join("\n");
    const report = only(text);
    expect(report.projects.map((p) => p.title)).toEqual(["新增公办幼儿园学位", "农村饮水安全巩固提升", "新建城市公厕", "居家社区养老服务照料中心"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.role}:${m.value}${m.unit}`)).toEqual(["target:5万人", "actual:2.6万人"]);
  });
});

describe("published pages, twenty-seventh round: an interview that tells the programme's works in answers", () => {
  const interview = [
    "“半年账单”亮出来 民生实事加速跑",
    "——访市发展和改革委员会主任",
    "2022-07-21 07:45  来源:鸡西日报",
    "【编者按】年初,市政府向全市人民承诺办好8件民生实事。本报记者专访了市发展和改革委员会主任。",
    "记者:今年的8件民生实事总体进展如何?",
    "主任:总的来看,进度符合预期。截至6月30日,8件实事中已有7件开工,个别工程类项目进度稍慢。",
    "记者:“住”的问题进展怎么样?",
    "主任:住房类实事有两项。一是城区老旧小区改造,今年计划改造60个小区、0.8万户,目前已开工52个,完工20个。二是棚户区改造,年度任务900套,已开工700套,完成年度计划的77.8%。",
    "记者:“一老一小”方面呢?",
    "主任:今年要新建、改扩建公办幼儿园6所,目前已有4所主体完工。养老方面,要建设社区居家养老服务中心10个,已建成投用6个。",
    "记者:出行方面有哪些实事?",
    "主任:在出行方面,更新新能源公交车120辆,这一项已经在5月份全部投入运营;改造城区背街小巷30条,已完工18条。农村方面,今年要完成农村户厕改造1.2万户,目前已完成0.8万户。",
    "记者:背街小巷改造进度只有60%,年底能完成吗?",
    "主任:7月至9月是施工黄金期,进度会明显加快。",
  ].join("\n\n");

  it("reads each work an answer tells, with its plan and its progress, as the count states", () => {
    const report = only(interview);
    expect(report.projects.map((p) => p.title)).toEqual([
      "城区老旧小区改造",
      "棚户区改造",
      "新建、改扩建公办幼儿园",
      "建设社区居家养老服务中心",
      "更新新能源公交车",
      "改造城区背街小巷",
      "农村户厕改造",
    ]);
    const kindergartens = report.projects[2]!;
    expect(kindergartens.metrics.map((m) => m.value)).toEqual([6, 4]);
  });

  it("reads no title from who speaks, an ordinal, a modal, the interviewer's question or the target a figure is measured against", () => {
    const titles = only(interview).projects.map((p) => p.title);
    expect(titles.filter((t) => /主任|^[一二]是|^要|年度任务|只有|个别/u.test(t))).toEqual([]);
  });
});

describe("paragraphs that each open on their field and list its works (Shanghai districts' 为民办实事)", () => {
  it("reads the works, not the fields, where the page was cut before the count's end", () => {
    const text = [
      "本报讯 记者从嘉定区获悉,经区人大代表票决,2026年嘉定区为民办实事项目共包括8个方面40个项目。",
      "养老服务项目包括:新建150张养老床位,新增80张护理型床位,改建60张认知障碍照护床位;新增3个社区长者食堂;为500户老年人家庭实施适老化改造。",
      "教育服务项目包括:新增200个公办托额;开办30个小学生爱心暑托班;新建2所中小学。",
      "交通出行项目包括:新辟4条社区巴士线路;新增公共停车泊位1200个。",
      "健康服务项目包括:新增20台自动体外除颤器;建设5家",
    ].join("\n\n");
    const titles = titlesOf(text);
    expect(titles).toHaveLength(12);
    expect(titles.slice(0, 3)).toEqual(["新建150张养老床位", "新增80张护理型床位", "改建60张认知障碍照护床位"]);
    expect(titles.some((t) => /项目包括/u.test(t))).toBe(false);
  });
});

describe("a newspaper page's headline and its subtitle", () => {
  it("weighs the year the subtitle writes (——2024年…全部完成) as the headline's, over a year another story on the page writes more often", () => {
    const text = [
      "余姚日报　2025年1月16日　星期四　　A2　要闻",
      "",
      "八件民生实事件件有回音",
      "——2024年市政府民生实事项目全部完成",
      "",
      "本报讯 昨日，市人大常委会听取了市政府关于2024年度民生实事项目完成情况的报告。8项民生实事已全部完成。",
      "",
      "▶城乡公交提升",
      "新增新能源公交车60辆，完成率100%。",
      "",
      "▶农贸市场改造",
      "完成6家农贸市场改造提升。",
      "",
      "▶老年助餐服务",
      "新建老年食堂30个，完成率107%。",
      "",
      "我市启动2025年“春风行动”",
      "本报讯 昨日，2025年“春风行动”启动，全市将举办招聘会20余场。",
      "",
      "据悉，2025年民生实事候选项目征集已经结束，12个候选项目将提交票决。",
    ].join("\n");
    const reports = run(text).archive.reports;
    expect(reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.length])).toEqual([[2024, "results", 3]]);
  });
});

describe("a progress story that tells its works by 方面, as many as it states", () => {
  it("reads the works the prose tells, as many as the count, over the fields named in a few of its paragraphs", () => {
    const text = [
      "我县八件民生实事前三季度进展顺利",
      "",
      "发布时间：2025-10-15 10:02　　来源：玉树日报",
      "",
      "本报讯　今年以来，县委、县政府把办好八件民生实事作为重要抓手，实行清单化管理、项目化推进。截至9月底，八件民生实事均已启动实施，总体进展顺利。",
      "",
      "就业方面，“城镇新增就业”一项前三季度新增就业1860人，完成年度目标（2400人）的77.5%；“农牧民转移就业”一项累计转移就业农牧民1.6万人次，已超过全年任务。",
      "",
      "住房和城市运行方面，老旧小区改造年度计划改造12个小区，目前已开工10个；城区供暖扩面工程年度计划新增供暖面积20万平方米，目前已完成主管网铺设六公里。",
      "",
      "教育医疗方面，年内新建改扩建幼儿园4所，已完工2所。饮水安全方面，今年安排的18处农村供水巩固提升工程已开工15处，完工6处。",
      "",
      "居家养老方面，4个社区嵌入式养老服务站已全部完成选址，其中1个进入装修阶段。“菜篮子”方面，平价便民菜店年度计划建设10家，已建成营业7家，完成年度任务的70%。",
      "",
      "县发展和改革局相关负责人表示，第四季度将紧盯时间节点，全面完成八件民生实事年度目标任务。",
    ].join("\n");
    const titles = titlesOf(text);
    expect(titles).toHaveLength(8);
    expect(titles).toEqual(expect.arrayContaining(["老旧小区改造", "平价便民菜店", "社区嵌入式养老服务站"]));
    expect(titles.filter((t) => /方面$|^住房和城市运行$|^教育医疗$/u.test(t))).toEqual([]);
  });
});

describe("a feature whose paragraphs each open on their project's name in brackets", () => {
  it("reads every 【name】 paragraph as a project, a long one with two clauses too", () => {
    const tag = (name: string, text: string) => [`【${name}】${text}`, ""];
    const text = [
      "6件民生实事全部兑现",
      "——我市2024年为民办实事工作综述",
      "",
      "这是我市办好民生实事的一个缩影。2024年，丹东市委、市政府将6件民生实事写入政府工作报告。截至2024年12月底，6件民生实事全部完成。",
      "",
      ...tag("稳岗就业", "全年城镇新增就业1.86万人，完成年度计划的112%；发放创业担保贷款2.4亿元，扶持创业带动就业3600余人，零就业家庭动态清零。"),
      ...tag("暖房工程", "完成既有居住建筑节能改造52万平方米，惠及居民8600户。"),
      ...tag("供热管网改造", "改造老旧供热管网41公里，完成年度计划的102.5%。"),
      ...tag("教育扩容", "新建、改扩建幼儿园和中小学4所，新增学位2700个。"),
      ...tag("助老助餐", "新建老年食堂（助餐点）30个，全年累计提供助餐服务14万人次。"),
      ...tag("便民停车", "新增公共停车泊位2600个，完成年度计划的104%。"),
    ].join("\n");
    expect(titlesOf(text)).toEqual(["稳岗就业", "暖房工程", "供热管网改造", "教育扩容", "助老助餐", "便民停车"]);
  });
});

describe("a post whose lede sets three ✅ lines above its numbered items", () => {
  it("reads the ✔ lines under each 01 | item as its lines, not the ✅ bullets as headings over the items", () => {
    const item = (no: string, name: string, lines: string[]) => [`${no} | ${name}`, ...lines.map((l) => `✔ ${l}`), ""];
    const text = [
      "重磅！2024年市级五件民生实事“成绩单”来了→",
      "",
      "广元发布　2025-01-12 18:30　四川",
      "",
      "2024年，广元市用心用情办好市级五件民生实事。",
      "",
      "✅ 全部完成年度目标任务",
      "✅ 其中3件超额完成",
      "✅ 累计完成投资6.2亿元",
      "",
      ...item("01", "就业创业扶持", ["城镇新增就业1.6万人，完成目标任务的106%", "发放创业担保贷款2.1亿元"]),
      ...item("02", "城区学位扩容", ["新建改扩建中小学4所", "新增学位3200个"]),
      ...item("03", "老年助餐服务", ["新建老年助餐点45个，完成目标任务的112%"]),
      ...item("04", "普惠托育", ["新增普惠性托位420个"]),
      ...item("05", "便民停车", ["新增公共停车泊位2100个", "新建充电桩300个"]),
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.length])).toEqual([
      [1, "就业创业扶持", 2],
      [2, "城区学位扩容", 2],
      [3, "老年助餐服务", 1],
      [4, "普惠托育", 1],
      [5, "便民停车", 2],
    ]);
  });
});

describe("published pages, as prose and notices tell them", () => {
  it("names a notice's lines by their fields' tags where most lines tell several works, comma or ；; the hotline's number is no figure", () => {
    const report = only(
      [
        "陵水黎族自治县2023年为民办实事事项完成情况公示",
        "2023年，县委、县政府确定的5件为民办实事事项已全部办结。现将完成情况公示如下：",
        "【教育】新建公办幼儿园2所，新增学位360个；改造乡村学校厕所9所。",
        "【就业】城镇新增就业2100人，农村劳动力转移就业3400人。",
        "【交通】新改建农村公路42公里；新开通城乡公交线路2条。",
        "【养老】建成农村幸福院12个。",
        "【文化】开展送戏下乡80场，放映公益电影900场。",
        "公示期为2024年1月10日至1月16日，如有意见，可拨打12345政务服务便民热线反映。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([["教育", 3], ["就业", 2], ["交通", 2], ["养老", 1], ["文化", 2]]);
  });

  it("reads each item's own 下步工作： as a field of the item, not as the close of the list", () => {
    const item = (no: string, name: string, target: string, done: string) => [`${no}、${name}`, `年度目标：${target}`, `推进情况：${done}`, "下步工作：加快施工进度，确保年底前全部完成。"];
    const report = only(
      [
        "文山州2023年八件惠民实事前三季度推进情况",
        "截至9月30日，八件惠民实事总体进展顺利。现将推进情况公布如下：",
        ...item("一", "扩大学前教育资源", "新建公办幼儿园6所。", "已竣工4所，完成年度目标的66.7%。"),
        ...item("二", "提升农村供水保障", "实施农村供水项目30件。", "已完工24件，完成年度目标的80%。"),
        ...item("三", "加快农村公路建设", "新改建农村公路300公里。", "完成252公里，完成年度目标的84%。"),
        "下一步，州发展改革委将加强调度，确保八件惠民实事年底前全面兑现。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "扩大学前教育资源"], [2, "提升农村供水保障"], [3, "加快农村公路建设"]]);
  });

  it("reads an interview's answers as prose: who answers is no part of a work, the works go by the names the answers quote, and where the money comes from is no list", () => {
    const report = only(
      [
        "“8件实事，件件来自群众点单”",
        "——访哈密市发展和改革委员会主任买买提·艾力",
        "日前，我市公布了2024年8件民生实事。记者就此专访了市发展和改革委员会主任买买提·艾力。",
        "记者：今年的清单有哪些新项目？",
        "买买提·艾力：最受关注的是“社区避暑驿站”。哈密夏季炎热，今年我们将在社区和公交站附近建设驿站50个，7月前全部投用。",
        "另一个是“老旧小区加装电梯”，计划加装电梯120部，这项工作由市住建局牵头。",
        "记者：农村方面呢？",
        "买买提·艾力：今年计划新改建农村公路90公里。",
        "记者：8件实事需要多少资金？",
        "买买提·艾力：8件实事计划总投资约3.2亿元，资金来源包括中央补助、自治区补助以及市县财政配套。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["社区避暑驿站", ["50个"]],
      ["老旧小区加装电梯", ["120部"]],
      ["新改建农村公路", ["90公里"]],
    ]);
  });

  it("reads a broadcast's script by its prose: the script's tags (【正文】 · 【结束语】) head no works, and examples after 其中 are not the whole list where the rest of the figures are told elsewhere", () => {
    const report = only(
      [
        "酒泉新闻丨10件民生实事加速推进 5件提前完成",
        "2024-09-05 20:30　来源：酒泉市融媒体中心",
        "【导语】",
        "观众朋友，年初，市政府承诺办好10件民生实事。这些实事进展得怎么样？请看记者的报道。",
        "【正文】",
        "在肃州区一处老旧小区，施工人员正在做外墙保温。今年，我市计划改造老旧小区30个，截至8月底，已完工22个，完成年度任务的73.3%。",
        "【正文】",
        "截至8月底，10件民生实事中已有5件提前完成年度任务。其中，城市燃气管网改造项目完成改造12.5公里，为年度计划的104.2%；新建口袋公园6个，已全部建成开放；为65岁及以上老年人免费健康体检，计划5000人，目前已完成5400人。",
        "【正文】",
        "教育方面，新建第三幼儿园项目主体已完工，建成后可提供学位270个。出行方面，新增公共停车泊位900个，完成年度目标的90%；新购置新能源公交车20辆，已全部投入运营。",
        "【结束语】",
        "接下来，市政府将加密调度，确保各项实事按期完成。本台将持续关注。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title).sort()).toEqual(
      ["城市燃气管网改造项目", "新建第三幼儿园项目", "改造老旧小区", "新建口袋公园", "为65岁及以上老年人免费健康体检", "新增公共停车泊位", "新购置新能源公交车"].sort(),
    );
  });

  it("reads works a brief adds after its named ones (此外，A20条、B120个…等也被列入清单) as works of their own, and a figure after a 工程 completed as that 工程's", () => {
    const report = only(
      [
        "泰州今年将办10类30项民生实事",
        "2025-01-20 07:30　来源：泰州日报",
        "本报讯　2025年，我市将实施10类30项民生实事。“家门口的好学校”项目将新建中小学、幼儿园8所，新增学位6400个；“一刻钟健身圈”项目计划新建健身步道30公里；“颐养助餐”项目将新建助餐点50个。此外，新辟优化公交线路15条、改造城镇老旧小区90个、新增普惠托位1200个等也被列入清单。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title.replace(/\d+[条个]$/u, ""), p.metrics.length])).toEqual([
      ["家门口的好学校", 2],
      ["一刻钟健身圈", 1],
      ["颐养助餐", 1],
      ["新辟优化公交线路", 1],
      ["改造城镇老旧小区", 1],
      ["新增普惠托位", 1],
    ]);
    const story = only(
      [
        "滨州市2023年8件民生实事全部兑现",
        "本报讯　记者从市发展改革委获悉，我市2023年确定的8件民生实事已全部完成年度目标任务。全市改造城镇老旧小区55个，惠及居民1.2万户；改造老旧供热管网30.5公里。此外，沿黄群众饮水保障工程年内完工，约1.8万名群众告别季节性缺水。",
      ].join("\n\n"),
    );
    const water = story.projects.find((p) => p.title.includes("饮水保障工程"));
    expect(water?.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["1.8万名"]);
  });

  it("reads a post pasted as Markdown: its bold marks (🔶 **一、就业增收**) are no part of the items' marks or names", () => {
    const item = (head: string, line: string) => [`🔶 **${head}**`, line, ""];
    const report = only(
      [
        "📢2025年固原市五件民生实事定了！",
        "固原发布　2025年01月18日 19:05　宁夏",
        "经全体代表投票表决，2025年固原市五件民生实事正式出炉。一起来看👇",
        "",
        ...item("一、就业增收", "城镇新增就业4200人以上，开展职业技能培训6000人次。"),
        ...item("二、学位扩容", "新建公办幼儿园2所，新增学位1800个。"),
        ...item("三、供热保障", "改造老旧供热管网18公里。"),
        ...item("四、农村饮水", "更新改造农村供水管网120公里。"),
        ...item("五、便民停车", "新增公共停车泊位1500个。"),
        "💡**小贴士**",
        "五件民生实事由人大代表票决产生。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "就业增收"], [2, "学位扩容"], [3, "供热保障"], [4, "农村饮水"], [5, "便民停车"]]);
  });

  it("reads an infographic's 实事一 heads, their mark and name run together, each over its figure and caption lines, a bracketed target the last line of its item", () => {
    const report = only(
      [
        "图解｜雨湖区2024年五件民生实事“成绩单”",
        "2024年，区委、区政府把票决产生的五件民生实事作为民心工程来抓，全年五件实事全部完成。一起来看——",
        "实事一　就业创业帮扶", "5200人", "城镇新增就业",
        "实事二　学前教育扩容", "2所", "新建公办幼儿园",
        "实事三　居家适老化改造", "180户", "特殊困难老年人家庭完成适老化改造", "（年度任务150户）",
        "实事四　老年人健康体检", "0.9万名", "65岁及以上老年人免费健康体检",
        "实事五　背街小巷整治", "28条", "完成整治背街小巷",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      [1, "就业创业帮扶", ["5200人"]],
      [2, "学前教育扩容", ["2所"]],
      [3, "居家适老化改造", ["180户", "150户"]],
      [4, "老年人健康体检", ["0.9万名"]],
      [5, "背街小巷整治", ["28条"]],
    ]);
  });

  it("joins a list told twice, the year's targets numbered 1. 2. … before how each work got on ((一) (二) …), item by item, the first telling's figures the targets", () => {
    const report = only(
      [
        "綦江区2024年重点民生实事完成情况",
        "2024年我区实施5件区级重点民生实事，全部完成年度目标任务。现将有关情况公布如下。",
        "一、年度目标任务",
        "2024年5件重点民生实事年度目标为：",
        "1.新增普惠托位400个。",
        "2.改造城镇老旧小区20万平方米，惠及居民3000户。",
        "3.新增公共停车泊位2000个。",
        "4.新改建“四好农村路”120公里。",
        "5.开展“文化进万家”演出200场。",
        "二、完成情况",
        "（一）普惠托育扩容。新增普惠托位452个，完成年度目标的113%。",
        "（二）城镇老旧小区改造。完成改造21.5万平方米，惠及居民3180户。",
        "（三）停车设施建设。新增公共停车泊位2160个。",
        "（四）“四好农村路”建设。新改建农村公路128公里。",
        "（五）文化惠民。开展“文化进万家”演出215场。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}:${m.role}`)])).toEqual([
      [1, "普惠托育扩容", ["400个:target", "452个:actual"]],
      [2, "城镇老旧小区改造", ["20万平方米:target", "3000户:target", "21.5万平方米:actual", "3180户:actual"]],
      [3, "停车设施建设", ["2000个:target", "2160个:actual"]],
      [4, "“四好农村路”建设", ["120公里:target", "128公里:actual"]],
      [5, "文化惠民", ["200场:target", "215场:actual"]],
    ]);
  });

  it("reads a table drawn as a grid (+----+ rules, | cells) whose cells wrap onto the lines of their row", () => {
    const report = only(
      [
        "安顺市2024年四件民生实事完成情况",
        "2024年，全市四件民生实事全部按期完成。现将完成情况公布如下：",
        "+------+--------------+----------------------+----------------------+----------+--------------+",
        "| 序号 | 实事名称     | 年度目标任务         | 完成情况             | 完成率   | 责任单位     |",
        "+======+==============+======================+======================+==========+==============+",
        "| 1    | 促进城乡就   | 城镇新增就业2.1万    | 城镇新增就业2.26万   | 107.6%、 | 市人力资源   |",
        "|      | 业创业       | 人；农村劳动力新增   | 人；农村劳动力新增   | 103%     | 社会保障局   |",
        "|      |              | 转移就业4万人        | 转移就业4.12万人     |          |              |",
        "+------+--------------+----------------------+----------------------+----------+--------------+",
        "| 2    | 扩大学前教   | 新建、改扩建公办幼   | 12所幼儿园全部建成， | 100%、   | 市教育局     |",
        "|      | 育资源       | 儿园12所，新增学位   | 新增学位2540个       | 105.8%   |              |",
        "|      |              | 2400个               |                      |          |              |",
        "+------+--------------+----------------------+----------------------+----------+--------------+",
        "| 3    | 推进城镇老   | 新开工改造城镇老旧   | 新开工改造64个、     | 100%、   | 市住房城乡   |",
        "|      | 旧小区改造   | 小区64个、0.9万户    | 0.95万户             | 105.6%   | 建设局       |",
        "+------+--------------+----------------------+----------------------+----------+--------------+",
        "| 4    | 巩固提升农   | 巩固提升农村供水工   | 完成55处，受益人口   | 100%、   | 市水务局     |",
        "|      | 村供水保障   | 程55处，受益人口9    | 9.4万人              | 104.4%   |              |",
        "|      |              | 万人                 |                      |          |              |",
        "+------+--------------+----------------------+----------------------+----------+--------------+",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "促进城乡就业创业", ["市人力资源社会保障局"]],
      [2, "扩大学前教育资源", ["市教育局"]],
      [3, "推进城镇老旧小区改造", ["市住房城乡建设局"]],
      [4, "巩固提升农村供水保障", ["市水务局"]],
    ]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}:${m.role}`).sort()).toEqual(["2.1万人:target", "2.26万人:actual", "4.12万人:actual", "4万人:target"]);
  });

  it("names a work a feature's sentence opens on by its quoted name (“稳就业促增收”是十件实事的头一件。…), as it names the others by theirs (“…”项目…)", () => {
    const report = only(
      [
        "宜昌十件实事交出暖心答卷",
        "2025-01-16 08:20　来源：三峡日报",
        "2024年，我市十件民生实事全部完成年度目标。",
        "关键词：就业",
        "“稳就业促增收”是十件实事的头一件。一年来，全市城镇新增就业4.8万人，完成年度目标的110%。",
        "关键词：入学",
        "“扩充城区学位供给”项目全年新建、改扩建中小学7所，新增学位6300个。",
        "关键词：养老",
        "“完善居家养老服务”项目新建老年食堂80个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["稳就业促增收", ["4.8万人"]],
      ["扩充城区学位供给", ["7所", "6300个"]],
      ["完善居家养老服务", ["80个"]],
    ]);
  });

  it("reads no figure from what an item's own 下步工作： paragraph says is still to do", () => {
    const item = (no: string, name: string, target: string, done: string, next: string) => [`${no}、${name}`, `年度目标：${target}`, `推进情况：${done}`, `下步工作：${next}`];
    const report = only(
      [
        "楚雄州2023年三件惠民实事前三季度推进情况",
        "截至9月30日，三件惠民实事总体进展顺利。现将推进情况公布如下：",
        ...item("一", "扩大学前教育资源", "新建公办幼儿园6所。", "已竣工4所。", "督促剩余2所幼儿园加快施工。"),
        ...item("二", "提升农村供水保障", "实施农村供水项目30件。", "已完工24件。", "对尚未完工的6件项目挂牌督办。"),
        ...item("三", "加快农村公路建设", "新改建农村公路300公里。", "完成252公里。", "抢抓旱季施工黄金期。"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["6所", "4所"], ["30件", "24件"], ["300公里", "252公里"]]);
  });

  it("reads a TAB table whose sub-rows lost their empty leading cells (惠及居民（户） ‖ 1950 ‖ 2012 ‖ 103.2%) in the column of indicators, and a 完成值 column as what was done", () => {
    const row = (...cells: string[]) => cells.join("\t");
    const report = only(
      [
        "沁水县2024年民生实事完成情况",
        "2024年，我县10项民生实事全部完成年度目标。具体完成情况如下表：",
        row("序号", "类别", "实事项目", "主要指标", "年度目标", "完成值", "完成率", "责任单位"),
        row("1", "省定", "城镇老旧小区改造", "改造小区（个）", "12", "12", "100%", "县住建局"),
        "\t\t\t" + row("惠及居民（户）", "1500", "1560", "104%", ""),
        row("2", "省定", "农村公路建设", "新改建农村公路（公里）", "45", "47.5", "105.6%", "县交通运输局"),
        "\t\t\t" + row("危桥改造（座）", "4", "4", "100%", ""),
        row("3", "县定", "学前教育扩容", "新增学位（个）", "300", "320", "106.7%", "县教育局"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}:${m.role}`)])).toEqual([
      [1, "城镇老旧小区改造", ["12个:target", "12个:actual", "1500户:target", "1560户:actual"]],
      [2, "农村公路建设", ["45公里:target", "47.5公里:actual", "4座:target", "4座:actual"]],
      [3, "学前教育扩容", ["300个:target", "320个:actual"]],
    ]);
  });

  it("counts a programme called 暖民心行动 (10项暖民心行动) and reads its works a feature names by their 行动, a quoted name among them (“新徽菜·名徽厨”行动), not the programme's own name", () => {
    const report = only(
      [
        "民生账单里的温度——我市2024年暖民心行动年度任务全面完成",
        "2025-01-17 08:12　来源：池州日报",
        "记者从市发展改革委获悉，2024年，我市4项暖民心行动全部完成年度目标任务。市委、市政府把做好暖民心行动作为头等大事。",
        "■ 饭桌上的幸福",
        "老年助餐服务行动是群众点赞最多的一项。一年来，全市新建老年食堂（助餐点）96个，累计提供助餐服务88万人次。",
        "与之相呼应的是“新徽菜·名徽厨”行动。全年开展徽菜师傅技能培训2100人次。",
        "■ 身边事更顺心",
        "便民停车行动方面，全市新增公共停车泊位8600个。",
        "就业促进行动稳住了群众的饭碗，全年城镇新增就业2.6万人。",
      ].join("\n\n"),
    );
    expect(report.projectCount).toBe(4);
    expect(report.projects.map((p) => p.title)).toEqual(["老年助餐服务行动", "“新徽菜·名徽厨”行动", "便民停车行动", "就业促进行动"]);
  });

  it("reads a table drawn with spaces whose rows stand in groups under headings ((一)已完成年度目标的项目(2项)), numbered from 1 in each", () => {
    const report = only(
      [
        "关于昆都仑区2024年区级民生实事项目1—10月份推进情况的通报",
        "2024年，区政府确定了4项区级民生实事。截至10月31日，已完成年度目标2项，按序时推进2项。具体情况如下：",
        "序号 项目名称 年度目标 完成情况 完成比例 责任单位",
        "（一）已完成年度目标的项目（2项）",
        "1 就业服务 城镇新增就业2800人 新增就业2950人 105.4% 区人社局",
        "2 农村饮水 改造农村供水管网35公里 完成35公里 100% 区水务局",
        "（二）按序时推进的项目（2项）",
        "1 老旧小区改造 改造老旧小区24个 完工18个 75% 区住建局",
        "2 学前教育 新增公办幼儿园学位500个 已新增380个 76% 区教育局",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "就业服务", ["区人社局"]],
      [2, "农村饮水", ["区水务局"]],
      [1, "老旧小区改造", ["区住建局"]],
      [2, "学前教育", ["区教育局"]],
    ]);
  });

  it("names a page's paragraphs by their bracketed tags, up to twelve characters each (【提升基层医疗服务能力】为…配备…)", () => {
    const report = only(
      [
        "——2023年宁夏回族自治区4件民生实事全部完成",
        "本报1月10日讯　记者从自治区人民政府办公厅获悉，2023年自治区确定的4件民生实事已全部完成年度目标任务。",
        "【稳岗扩就业】全区城镇新增就业12.6万人，完成年度目标的105%；帮扶城镇失业人员再就业3.1万人。",
        "【改善义务教育办学条件】改造农村学校旱厕210所，新建、改扩建学生宿舍和食堂共6.5万平方米。",
        "【提升基层医疗服务能力】为96个乡镇卫生院配备数字化医学影像设备，完成年度目标的106.7%。",
        "【建设“四好农村路”】新改建农村公路3600公里；改造危旧桥梁120座。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗扩就业", "改善义务教育办学条件", "提升基层医疗服务能力", "建设“四好农村路”"]);
  });

  it("keeps a date that a table drawn one cell per line gives row after row (2024年12月) as each row's cell, not a repeat of the page; a labelled line after the last row (附件：…) is none of its cells", () => {
    const row = (no: string, name: string, content: string, unit: string, start: string, end: string, money: string, progress: string) => [no, name, content, unit, start, end, money, progress];
    const report = only(
      [
        "赣州市人民政府",
        "2024年市人大代表票决民生实事项目进展情况表（截至8月31日）",
        "（共3个项目）",
        ...["序号", "项目名称", "项目内容", "责任单位", "开工时间", "竣工时间", "总投资（万元）", "项目进展情况"],
        ...row("1", "城区老旧小区改造项目", "改造城区老旧小区40个，涉及居民5200户。", "市住建局", "2024年3月", "2024年12月", "28000", "已全部开工，完工26个。"),
        ...row("2", "打通断头路项目", "打通中心城区断头路4条。", "市城管局", "2024年1月", "2024年12月", "15600", "已建成通车2条。"),
        ...row("3", "养老服务设施建设项目", "建设社区嵌入式养老服务中心8个。", "市民政局", "2024年3月", "2024年12月", "5200", "已建成5个"),
        "附件：赣州市2024年民生实事项目清单.pdf",
      ].join("\n\n"),
    );
    expect(report.region.name).toBe("赣州市");
    expect(report.projects.map((p) => [p.no, p.metrics.map((m) => `${m.value}${m.unit}:${m.role}`)])).toEqual([
      [1, ["40个:target", "5200户:target", "28000万元:target", "26个:actual"]],
      [2, ["4条:target", "15600万元:target", "2条:actual"]],
      [3, ["8个:target", "5200万元:target", "5个:actual"]],
    ]);
  });

  it("ends a table drawn one cell per line at its last row's cells, a labelled line after it (附件：…清单.pdf) none of them, where a row above left a cell out", () => {
    const report = only(
      [
        "乌审旗2025年重点民生实事清单",
        "2025年，旗政府确定3件重点民生实事，现予公布。",
        ...["序号", "项目名称", "建设内容及目标", "责任单位", "完成时限"],
        ...["1", "稳岗就业", "城镇新增就业1500人，农牧民转移就业0.9万人", "旗人力资源和社会保障局", "2025年12月底"],
        ...["2", "学前教育扩容", "新建公办幼儿园1所，新增学位270个", "旗教育体育局"],
        ...["3", "便民停车充电", "新增城区公共停车泊位600个、公共充电桩120个", "旗住房和城乡建设局、旗公安局", "2025年11月底"],
        "附件：乌审旗2025年重点民生实事清单.pdf",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      [1, "稳岗就业", ["1500人", "0.9万人"]],
      [2, "学前教育扩容", ["1所", "270个"]],
      [3, "便民停车充电", ["600个", "120个"]],
    ]);
  });

  it("names a work a story's clause opens on as a 项目 that goes on (“两癌”免费筛查项目持续推进，…)", () => {
    const report = only(
      [
        "件件有着落——我市2023年三件民生实事全面完成",
        "来源：吉安日报　　2024-01-09 08:20",
        "本报讯　记者从市发改委获悉，2023年市政府承诺的3件民生实事已全部完成年度目标任务。",
        "与此同时，“两癌”免费筛查项目持续推进，全年为9.6万名农村适龄妇女提供免费检查。",
        "养老服务提升项目新建长者食堂52个。",
        "公交出行提升项目新增新能源公交车120辆。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["“两癌”免费筛查项目", ["9.6万名"]],
      ["养老服务提升项目", ["52个"]],
      ["公交出行提升项目", ["120辆"]],
    ]);
  });

  it("keeps a notice's numbered heading apart from its long task line under it, where short 牵头单位 lines would make a narrow column", () => {
    const report = only(
      [
        "淮安市2025年民生实事项目计划",
        "2025年，市政府确定实施4件民生实事项目，现将任务清单公布如下：",
        "一、教育保障能力提升",
        "新建、改扩建中小学校和幼儿园12所，新增学位1.1万个；为中小学新增、更新护眼照明教室不少于600间。",
        "牵头单位：市教育局",
        "二、普惠托育服务扩容",
        "新增普惠性托位1800个，建设社区嵌入式托育服务点20个。",
        "牵头单位：市卫生健康委",
        "三、就业创业帮扶",
        "城镇新增就业4.8万人以上，开展职业技能培训3万人次。",
        "牵头单位：市人社局",
        "四、城镇老旧小区改造",
        "改造城镇老旧小区40个、惠及居民1.4万户。",
        "牵头单位：市住建局",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "教育保障能力提升"], [2, "普惠托育服务扩容"], [3, "就业创业帮扶"], [4, "城镇老旧小区改造"]]);
  });
});

describe("published pages, as posts, round-ups and interviews tell them", () => {
  it("reads a post's two years apart where rules set off each year's heading (━━━ ‖ 📊 2024年 · 成绩单 ‖ ━━━), and names its ✔️ lines by their tags", () => {
    const { archive } = run(
      [
        "两会特刊｜去年民生实事交答卷，今年实事这样办👇",
        "盐城发布  2025年01月16日 20:10",
        "📢 盐城市政府工作报告回顾了2024年民生实事完成情况，也提出了2025年的安排。一起来看——",
        "━━━━━━━━━━━━\n📊 2024年 · 成绩单\n━━━━━━━━━━━━",
        "2024年，我市三大民生实事全部完成，一起回顾👇",
        "✔️【稳就业】城镇新增就业6.2万人，完成年度目标的103%。",
        "✔️【暖养老】新增老年助餐点90个，完成适老化改造2100户。",
        "✔️【畅出行】新增公共停车泊位5400个。",
        "━━━━━━━━━━━━\n📝 2025年 · 新清单\n━━━━━━━━━━━━",
        "今年，我市将继续办好三大民生实事👇",
        "1️⃣ 稳岗扩就业\n城镇新增就业6万人以上。",
        "2️⃣ 助餐助老\n新增老年助餐点80个。",
        "3️⃣ 普惠托育\n新增普惠托位1500个。",
      ].join("\n\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)])).toEqual([
      [2024, ["稳就业", "暖养老", "畅出行"]],
      [2025, ["稳岗扩就业", "助餐助老", "普惠托育"]],
    ]);
  });

  it("ends the last item at a rule, where the page sets another story under it", () => {
    const report = only(
      [
        "宿迁市2024年五件民生实事全部完成",
        "本报讯　记者从市发改委获悉，2024年宿迁市确定的5件民生实事全部完成。",
        "1.新增城镇就业1.2万人，完成年度任务的110%。",
        "2.新建公办幼儿园4所，新增学位1080个。",
        "3.改造老旧小区36个，惠及居民8200户。",
        "4.新改建农村公路210公里。",
        "5.开展送戏下乡演出860场，完成率107.5%。",
        "--------------------------------------------------",
        "城区开展冬季燃气安全检查\n本报讯　近日，区住建局组成6个检查组，共检查餐饮单位218家，督促整改隐患37处。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["1.2万人"], ["4所", "1080个"], ["36个", "8200户"], ["210公里"], ["860场"]]);
  });

  it("leaves a closing paragraph on the region's spending on livelihoods (据介绍，全市民生支出占…) out of the last project", () => {
    const report = only(
      [
        "临沂市2024年四件民生实事全部完成",
        "2024年，临沂市确定的4件民生实事全部完成。",
        "1.新增城镇就业1.1万人。",
        "2.新建社区食堂25个。",
        "其中农村助餐点9个。",
        "3.新改建农村公路180公里。",
        "4.开展送戏下乡演出700场。",
        "据介绍，2024年全市民生支出占一般公共预算支出的比重达到76.4%。",
      ].join("\n"),
    );
    expect(report.projects.at(-1)!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["700场"]);
  });

  it("reads the works a story's themes group (一是就业更加充分。A；B；C。 ‖ 二是…) where they are as many as it states", () => {
    const report = only(
      [
        "湖北省2024年10项重点民生实事全部完成",
        "本报讯　记者从湖北省政府新闻办获悉，2024年，省委、省政府确定的10项重点民生实事全部完成年度目标任务。具体来看：",
        "一是就业更加充分。城镇新增就业61.2万人，完成年度目标的112%；开展补贴性职业技能培训30.5万人次；发放创业担保贷款84.3亿元。",
        "二是教育资源持续扩容。新建、改扩建中小学和幼儿园230所，新增学位11.6万个；改善中小学食堂640所。",
        "三是医疗服务更加便捷。建成中心村卫生室560家；为适龄妇女开展“两癌”筛查72.4万人。",
        "四是出行条件不断改善。新改建农村公路2600公里；新建公共充电桩1.4万个。",
        "五是生态环境持续向好。完成860个行政村生活污水治理任务。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.metrics[0] && `${p.metrics[0].value}${p.metrics[0].unit}`)).toEqual(["61.2万人", "30.5万人次", "84.3亿元", "230所", "640所", "560家", "72.4万人", "2600公里", "1.4万个", "860个"]);
  });

  it("keeps a notice's headed items whole (（1）改善办学条件。全市新开工…12所。), each telling one work, though their works are as many as it states", () => {
    const report = only(
      [
        "亳州市2024年民生实事项目进展顺利",
        "截至3月底，亳州市2024年确定的四大民生实事总体完成年度目标任务的22.5%。各项目进展如下：",
        "(1)改善农村学校办学条件。全市新开工乡镇寄宿制小学8所，完成年度目标任务的80%。\n责任单位：市教育局",
        "(2)提升心理健康服务水平。全市心理健康服务进社区活动126场；个案心理咨询310人次。\n责任单位：团市委",
        "(3)开展城镇老旧小区改造。全市新开工改造城镇老旧小区120个，完成年度目标任务的75%。\n责任单位：市住房和城乡建设局",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["改善农村学校办学条件", "提升心理健康服务水平", "开展城镇老旧小区改造"]);
  });

  it("reads the works an interview's answers name after who speaks (刘明：农村公路建设项目前三季度…)", () => {
    const report = only(
      [
        "日照市8项市级民生实事进展如何？——访市发改委主任",
        "日照新闻网  2024-10-21 09:30",
        "记者：今年的8项市级民生实事，目前总体进展如何？",
        "王立：总体进展顺利，绝大多数指标完成率在75%以上。",
        "记者：出行方面有哪些变化？",
        "王立：农村公路建设项目前三季度新改建农村公路64公里，完成年度任务的80%。公共充电设施建设项目新建公共充电桩510台。",
        "记者：“一老一小”方面呢？",
        "王立：学前教育方面，公办幼儿园建设项目新建公办幼儿园4所。养老方面，老年助餐服务项目新建老年食堂32处。",
        "记者：农村饮水方面呢？",
        "王立：农村规模化供水项目今年新增规模化供水村庄38个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(expect.arrayContaining(["农村公路建设项目", "公办幼儿园建设项目", "农村规模化供水项目"]));
  });

  it("names a round-up's paragraphs under keyword labels (关键词：就业 ‖ “促进城乡就业”是…) by the works they quote, and leaves the story's close out of the last", () => {
    const report = only(
      [
        "三件实事件件落地——当阳市2023年民生实事完成情况综述",
        "2024年01月10日　来源：三峡日报",
        "记者日前从当阳市发展和改革局获悉，2023年市政府确定的三件民生实事已全部办结。",
        "关键词：就业",
        "“促进城乡充分就业”是三件实事中的头一件。全年城镇新增就业3120人，完成年度任务的118%。",
        "关键词：上学",
        "在“扩大优质教育资源”这件实事上，3所学校如期建成投用，共新增学位1860个。",
        "关键词：停车",
        "城区停车难是市民反映较多的问题。“城区停车便民”实事全年新增公共停车泊位900个。",
        "市发展和改革局相关负责人介绍，委托第三方开展的群众满意度调查显示，综合满意率超过95%。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["促进城乡充分就业", ["3120人"]],
      ["扩大优质教育资源", ["3所", "1860个"]],
      ["城区停车便民", ["900个"]],
    ]);
  });

  it("reads no figure in a quoted slogan of how near a service is (出门“300米见绿、500米见园” · “15分钟健身圈”)", () => {
    const report = only(
      [
        "远安县2023年三件民生实事全部完成",
        "2023年，远安县确定的3件民生实事全部完成。",
        "1.新建口袋公园6个，群众出门“300米见绿、500米见园”。",
        "2.新建社区健身场地12处，构建“15分钟健身圈”。",
        "3.新改建农村公路64公里。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["6个"], ["12处"], ["64公里"]]);
  });

  it("reads a notice's own numbered requirements as its text, and the attachment's list in the same marks as the projects (一、压实责任。今年确定的3件… ‖ 附件 ‖ 一、…)", () => {
    const report = only(
      [
        "綦江区人民政府办公室关于印发綦江区2025年重点民生实事工作目标任务的通知",
        "各镇人民政府、街道办事处，区政府各部门：",
        "《綦江区2025年重点民生实事工作目标任务》已经区政府常务会议审议通过，现印发给你们，并就有关事项通知如下。",
        "一、压实责任。今年确定的3件重点民生实事，是区政府向全区人民作出的承诺，各牵头单位要制定实施方案。",
        "二、加强督导。实行“月调度、季通报”，区政府督查室对进度滞后的予以通报。",
        "三、强化保障。区财政局要将所需资金优先纳入年度预算。",
        "附件：綦江区2025年重点民生实事工作目标任务",
        "綦江区人民政府办公室\n2025年2月20日",
        "附件",
        "綦江区2025年重点民生实事工作目标任务",
        "一、城乡就业扩容提质\n城镇新增就业1.2万人，开展职业技能培训6000人次。\n牵头单位：区人力社保局",
        "二、学前教育普惠扩容\n新增普惠性学位900个。\n牵头单位：区教委",
        "三、城镇老旧小区改造\n改造城镇老旧小区42个，惠及居民1.1万户。\n牵头单位：区住房城乡建委",
      ].join("\n\n"),
    );
    expect(report.projectCount).toBe(3);
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "城乡就业扩容提质"], [2, "学前教育普惠扩容"], [3, "城镇老旧小区改造"]]);
  });

  it("groups the lines of a table copied one cell per line from a PDF, its cells wrapped by narrow columns (促进就业 ‖ 创业 ‖ …；开展 ‖ 补贴性… ‖ 区人力资源 ‖ 社会保障局), into their cells", () => {
    const report = only(
      [
        "纳溪区2024年三件民生实事目标任务分解表",
        "2024年，纳溪区确定3件民生实事，现将目标任务分解如下。",
        ...["序号", "项目名称", "目标任务", "牵头单位", "责任单位", "完成", "时限"],
        ...["1", "促进就业", "创业", "城镇新增就业4200人，城镇失业人员再就业", "1300人；开展补贴性职业技能培训", "2600人次。", "区人力资源", "社会保障局", "区财政局、", "各镇（街道）", "2024年12", "月底"],
        ...["2", "学前教育", "普惠发展", "新增普惠性学位450个，普惠性幼儿园覆盖", "率达到91%。", "区教育和", "体育局", "各镇（街道）", "2024年9月", "底"],
        ...["3", "停车充电", "设施建设", "新增公共停车泊位1200个，新建公共充电桩", "260个。", "区住房城乡", "建设局", "区交通运输", "局、区供电", "公司", "2024年12", "月底"],
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible[0], p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      [1, "促进就业创业", "区人力资源社会保障局", ["4200人", "1300人", "2600人次"]],
      [2, "学前教育普惠发展", "区教育和体育局", ["450个", "91%"]],
      [3, "停车充电设施建设", "区住房城乡建设局", ["1200个", "260个"]],
    ]);
  });

  it("names a story's work where a short field opens the sentence and the region goes on to the work (在就业方面，万州区深入实施“稳岗就业”行动，…)", () => {
    const report = only(
      [
        "万州区2023年民生实事办得怎么样",
        "2023年，万州区承诺的15件民生实事全部完成。记者走访了其中几件。",
        "在就业方面，万州区深入实施“稳岗就业”行动，全年城镇新增就业2.1万人，完成年度目标的105%。",
        "在学校建设方面，全区新建、改扩建学校5所，新增学位4200个。",
        "在老旧小区改造方面，全区完成改造老旧小区48个，惠及居民7900户。",
        "在养老服务方面，全区新建社区养老服务站12个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toContain("“稳岗就业”行动");
  });

  it("reads an OCR'd e-paper page whose lines broke a figure from its unit (…农村公路186 ‖ 公里，…) and spaced a number's thousands (居民3 860户), under its masthead", () => {
    const { archive } = run(
      [
        "攀枝花日报　　2025年1月16日　星期四　　　　　　　3",
        "县区新闻　　　　　　　　　　责任编辑：李　明　　校对：王　芳",
        "",
        "三件实事件件落地",
        "——米易县2024年三件民生实事完成情况综述",
        "",
        "　　本报讯　记者从米易县发展和改革局获",
        "悉，2024年米易县确定的三件民生实事已全",
        "部完成年度目标任务。",
        "",
        "■推进城镇老旧小区改造",
        "　　改造城镇老旧小区28个，惠及居民2 140",
        "户，完成年度目标的104%。",
        "",
        "■建设“四好农村路”",
        "　　新改建农村公路126",
        "公里，完成年度目标的112%。",
        "",
        "■增加城区停车设施",
        "　　新增公共停车泊位1800个。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => r.year)).toEqual([2024]);
    expect(archive.reports[0]!.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["28个", "2140户"], ["126公里"], ["1800个"]]);
  });

  it("ends the last of items told each under its heading at as many paragraphs as the others take, the press conference after it none of its", () => {
    const report = only(
      [
        "辽宁省2025年4项民生实事全部完成",
        "本报讯　省政府新闻办召开新闻发布会，2025年辽宁省4项民生实事全部完成。",
        "■稳就业促增收",
        "全省城镇新增就业41.2万人，完成年度目标的103%。",
        "“社区的就业专员隔三岔五打电话推荐岗位。”一位求职者说。",
        "■扩大优质教育资源",
        "新建、改扩建公办幼儿园38所，新增学位1.1万个。",
        "■完善养老服务体系",
        "新建社区老年助餐点360个。",
        "■丰富群众文体生活",
        "开展送戏下乡演出3200场；新建全民健身场地540个。",
        "发布会上，省民政厅、省教育厅有关负责同志回答了记者提问。",
        "在回答资金从哪里来的提问时，省财政厅有关负责人介绍，38.5亿元资金中，省级财政投入22.1亿元。",
        "记者了解到，第三方满意度调查共回收有效问卷2.8万份，总体满意度为95.1%。",
      ].join("\n\n"),
    );
    expect(report.projects.at(-1)!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3200场", "540个"]);
  });

  it("reads the attachment's table drawn one cell per line after the notice's closing measures (三、保障措施 ‖ … ‖ 附件 ‖ 序号 ‖ 项目名称 ‖ …)", () => {
    const report = only(
      [
        "2023年县政府为民办实事项目实施方案",
        "经县政府研究，确定2023年景泰县县政府为民办实事3件。",
        "一、总体要求",
        "聚焦就业、教育、养老等民生领域，年底前全面完成各项目标任务。",
        "二、项目内容及责任分工",
        "具体项目内容、责任单位和完成时限详见附件。",
        "三、保障措施",
        "（一）压实工作责任。各牵头单位主要负责同志为第一责任人。",
        "（二）强化资金保障。县财政局要优先保障项目资金需求。",
        "附件",
        "2023年县政府为民办实事项目任务分解表",
        ...["序号", "项目名称", "主要内容及年度目标", "责任单位", "完成时限"],
        ...["1", "城乡就业促进", "新增城镇就业2100人，输转城乡富余劳动力4.8万人", "县人社局", "2023年12月底"],
        ...["2", "学前教育提升", "新建城区幼儿园1所，新增学位360个", "县教育局", "2023年11月底"],
        ...["3", "居家养老服务", "新建农村互助老人幸福院6个", "县民政局", "2023年10月底"],
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      [1, "城乡就业促进", ["2100人", "4.8万人"]],
      [2, "学前教育提升", ["1所", "360个"]],
      [3, "居家养老服务", ["6个"]],
    ]);
  });

  it("reads a PDF's table laid out in columns whose header's narrow columns split 序号 and 完成率 over the lines around its names", () => {
    const report = only(
      [
        "阿荣旗2024年三件民生实事完成情况表",
        "",
        "序                                                                  完成",
        "     项目名称      年度目标任务               完成情况                           责任单位",
        "号                                                                  率",
        "1    城镇就业创    城镇新增就业 2100 人；农   城镇新增就业 2290 人；     109%      旗人力资源和社",
        "     业            牧民转移就业 1.6 万人次    农牧民转移就业 1.7 万人次  106.3%    会保障局",
        "2    学前教育扩    新建公办幼儿园 1 所，新增  1 所幼儿园建成投用，新增  100%      旗教育局",
        "     容            学位 270 个                学位 270 个                100%",
        "3    农村牧区道    新改建农村牧区公路 60 公   完成 66 公里               110%      旗交通运输局",
        "     路建设        里",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "城镇就业创业"], [2, "学前教育扩容"], [3, "农村牧区道路建设"]]);
    expect(report.projects[2]!.metrics.map((m) => [m.value, m.role, m.rate])).toEqual([[60, "target", null], [66, "actual", 110]]);
  });

  it("names each lead by itself where most of the list's leads are names, however some are phrased (教育条件持续改善。 among 稳岗就业扎实推进。…)", () => {
    const report = only(
      [
        "2023年市政府5件民生实事全部兑现",
        "本报讯　记者从鹤岗市发展和改革委员会获悉，2023年鹤岗市政府承诺的5件民生实事已全部兑现。",
        "稳岗就业扎实推进。全市城镇新增就业6200人，完成年度任务的105%。",
        "教育条件持续改善。新建、改扩建公办幼儿园3所，新增学位720个。",
        "养老服务提质扩面。新建社区老年食堂18个。",
        "老旧小区焕发新颜。改造老旧小区32个，惠及居民9800户。",
        "农村出行更加便捷。新建改建农村公路142公里。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗就业扎实推进", "教育条件持续改善", "养老服务提质扩面", "老旧小区焕发新颜", "农村出行更加便捷"]);
  });

  it("keeps a clause that says how many are all but done (…新开工保障性住房6800套，基本建成4200套) with the work before it in prose", () => {
    const report = only(
      [
        "十件惠民实事跑出“加速度”",
        "2013-10-15　　博州日报",
        "本报讯　截至9月底，博尔塔拉蒙古自治州年初承诺的十件惠民实事总体进展顺利。",
        "城镇保障性住房方面，全州新开工各类保障性住房5200套，完成年度开工任务的100%，基本建成3100套。前三季度，全州城镇新增就业1.21万人，完成年计划的101.3%。",
        "农村基础设施建设加快推进。新建、改建农村公路318公里，占年计划的82.4%。",
      ].join("\n\n"),
    );
    const housing = report.projects.find((p) => p.metrics.some((m) => m.value === 5200))!;
    expect(housing.metrics.map((m) => m.value)).toEqual([5200, 3100]);
  });

  it("names a prefecture's works in prose without the 全州 that speaks for it, and a standard raised by the standard (城市低保标准由每人每月…提高到…)", () => {
    const report = only(
      [
        "十件惠民实事进展顺利",
        "2013-10-15　　伊犁日报",
        "本报讯　截至9月底，伊犁哈萨克自治州年初承诺的十件惠民实事总体进展顺利。",
        "前三季度，全州城镇新增就业1.52万人，完成年计划的101.3%。全州新建、改建农村公路388公里，占年计划的85.2%。",
        "从7月1日起，全州城市低保标准由每人每月260元提高到300元。",
      ].join("\n\n"),
    );
    const titles = report.projects.map((p) => p.title);
    expect(titles.filter((t) => t.startsWith("全州"))).toEqual([]);
    expect(titles).toContain("城市低保标准");
  });

  it("reads a TAB table's money as money (年度计划投资（万元）), its content column as the targets, and its rate with the money spent beside 形象进度", () => {
    const report = only(
      [
        "五指山市2024年为民办实事事项上半年进展情况",
        "现将五指山市2024年3项为民办实事事项截至6月30日的进展情况公布如下。",
        ["序号", "项目名称", "建设内容及规模", "总投资（万元）", "年度计划投资（万元）", "1-6月完成投资（万元）", "占年度计划", "形象进度", "责任单位"].join("\t"),
        ["1", "城区第三幼儿园建设项目", "新建幼儿园1所，提供学位270个", "2800", "1600", "640", "40.0%", "主体结构已完工", "市教育局"].join("\t"),
        ["2", "农村饮水安全巩固提升工程", "新建、改造农村供水工程9处", "2100", "2100", "1050", "50.0%", "完工5处，在建4处", "市水务局"].join("\t"),
        ["3", "老年助餐服务点建设项目", "建设老年助餐服务点6个", "180", "180", "96", "53.3%", "建成投用3个", "市民政局"].join("\t"),
      ].join("\n"),
    );
    const water = report.projects[1]!.metrics.map((m) => [m.value, m.unit, m.role, m.rate]);
    expect(water).toEqual(expect.arrayContaining([[9, "处", "target", null], [2100, "万元", "target", null], [1050, "万元", "actual", 50], [5, "处", "actual", null]]));
    expect(report.projects[0]!.metrics.find((m) => m.value === 1600)).toMatchObject({ unit: "万元", role: "target" });
  });

  it("reads a city's list and its share of the province's under numbered parts (第一部分　市十件民生实事 ‖ 一、… ‖ 第二部分　省十件民生实事我市任务 ‖ 1.…) as one report of both levels", () => {
    const report = only(
      [
        "汕尾市2024年市民生实事及省民生实事我市任务1—10月进展情况",
        "2024年，汕尾市将市3件民生实事和省十件民生实事中涉及我市的2项任务分解落实。现将进展情况公布如下：",
        "第一部分　市十件民生实事",
        "一、促进高质量充分就业\n1—10月，全市城镇新增就业2.1万人，完成年度任务的95%。",
        "二、办好老年助餐服务\n新建长者饭堂30个，已建成26个。",
        "三、建设万里碧道\n建成碧道24公里。",
        "第二部分　省十件民生实事我市任务",
        "1.新增普惠性托位。年度任务新增普惠性托位900个，已新增820个。",
        "2.推进农村饮水安全提升。完成农村集中供水工程提质改造18宗，已完工15宗。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.no, p.level, p.title])).toEqual([
      [1, "city", "促进高质量充分就业"],
      [2, "city", "办好老年助餐服务"],
      [3, "city", "建设万里碧道"],
      [1, "province", "新增普惠性托位"],
      [2, "province", "推进农村饮水安全提升"],
    ]);
  });

  it("keeps an item's number alone on its line apart from a heading that opens on a measure word's character (07 ‖ 家门口的健身场地)", () => {
    const report = only(
      [
        "建德市2024年民生实事进度条",
        "2024年，建德市确定3件民生实事，截至9月底进展如下。",
        "01\n城区停车泊位\n新增公共停车泊位1200个。",
        "02\n老年人健康体检\n为4.1万名老年人提供免费健康体检。",
        "03\n家门口的健身场地\n新建社区健身场地24个，已建成19个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([[1, "城区停车泊位"], [2, "老年人健康体检"], [3, "家门口的健身场地"]]);
  });

  it("names the works an explainer calls 实事 as the subjects of its paragraphs (学前教育普惠扩容实事提出，新建…；今年的就业促进实事提出，…)", () => {
    const report = only(
      [
        "五件民生实事 件件连着民心——解读2025年宁夏回族自治区政府工作报告中的民生“承诺单”",
        "2025-01-23 09:30　来源：宁夏新闻网",
        "新年伊始，自治区政府工作报告列出了2025年要办好的5件民生实事。",
        "学前教育普惠扩容实事提出，新建、改扩建公办幼儿园40所，新增公办学位8000个。",
        "城乡老年助餐服务实事提出，全年新建老年助餐点300个。",
        "今年的就业促进实事提出，实现城镇新增就业8万人以上，开展各类职业技能培训12万人次。",
        "残疾儿童康复救助实事继续列入清单，今年计划为3000名残疾儿童提供康复救助。",
        "与之配套的城市燃气管道老化更新改造实事提出，更新改造城市燃气管道300公里。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["学前教育普惠扩容", ["40所", "8000个"]],
      ["城乡老年助餐服务", ["300个"]],
      ["就业促进", ["8万人", "12万人次"]],
      ["残疾儿童康复救助", ["3000名"]],
      ["城市燃气管道老化更新改造", ["300公里"]],
    ]);
  });

  it("names a slogan's subhead or ■ bullet by the work its paragraph opens on (X实事… · X工程新增… · “X工程”全年…), not one whose paragraph opens on doing it (实施X工程，)", () => {
    const subheads = [
      "海东市2024年四件民生实事全部兑现",
      "2025-01-09　来源：海东日报",
      "记者从市政府获悉，2024年市政府承诺的四件民生实事已全部完成年度目标任务。",
      "学有优教：新增学位一千二百个",
      "学前教育扩容工程方面，全市新建、改扩建幼儿园8所，新增学位1200个，完成年度目标的120%。",
      "安居宜居：老旧小区换新颜",
      "城镇老旧小区改造实事共改造老旧小区28个，惠及居民3100余户。",
      "温暖过冬：燃气入户4200户",
      "城镇燃气入户工程新增燃气入户4200户，完成年度目标的105%。",
      "放心消费：农贸市场提档升级",
      "农贸市场改造提升实事改造提升农贸市场4个，新增摊位300个。",
      "下一步，全市将抓好已建成项目的运营管护。",
    ].join("\n\n");
    expect(only(subheads).projects.map((p) => p.title)).toEqual(["学前教育扩容工程", "城镇老旧小区改造", "城镇燃气入户工程", "农贸市场改造提升"]);
    const bullets = [
      "达州市2024年民生实事交出“暖心账单”",
      "本报讯　记者从市政府办公室获悉，2024年我市确定的4件民生实事已全部完成。",
      "■上学更方便了",
      "“学位扩容工程”全年建成投用中小学、幼儿园9所，新增学位五千个。",
      "■看病更便捷了",
      "基层医疗服务提升工程建成县域医疗次中心2个，为18.2万名老年人开展免费健康体检。",
      "■农村供水保障",
      "实施农村供水保障工程，受益人口约8.1万人，农村自来水普及率达到90.2%。",
      "■环境更宜居了",
      "城乡人居环境整治工程完成农村户厕改造9000户，新建城市口袋公园16个。",
    ].join("\n\n");
    expect(only(bullets).projects.map((p) => p.title)).toEqual(["学位扩容工程", "基层医疗服务提升工程", "农村供水保障", "城乡人居环境整治工程"]);
  });

  it("names an item by the line above its slogan that names the work (💼 就业创业促进工程 ‖ 👉 在家门口端稳“饭碗” ‖ …)", () => {
    const text = [
      "晒出“民生账本”！2024年罗山县四件民生实事全部交账👏",
      "罗山融媒  2025年01月16日 18:30  河南",
      "记者从县发展和改革委员会获悉，县委、县政府年初承诺的四件民生实事已全部完成年度目标任务。",
      "这份“成绩单”，一起来看👇",
      "💼 就业创业促进工程\n👉 在家门口端稳“饭碗”",
      "全县城镇新增就业5200人，完成年度目标的104%；开展职业技能培训7300人次。",
      "🏫 教育提质扩容工程\n👉 好学校就在家门口",
      "5个新建、改扩建学校项目全部投用，新增学位3900个。",
      "🏥 基层医疗服务提升工程\n👉 小病不出村",
      "新建标准化村卫生室21个；为全县65岁及以上老年人免费健康体检6.1万人次。",
      "🚌 交通出行改善工程\n👉 乡村路更畅通",
      "新改建农村公路98公里，完成年度计划的103.2%；改造危桥7座。",
      "“实事办得好不好，群众说了算。”县发展和改革委员会相关负责人表示，2025年将继续广泛征集民生实事项目建议。",
    ].join("\n\n");
    expect(only(text).projects.map((p) => p.title)).toEqual(["就业创业促进工程", "教育提质扩容工程", "基层医疗服务提升工程", "交通出行改善工程"]);
  });

  it("keeps an item's own name under a section heading that counts its one item (（三）养老服务类（1件） ‖ 3.农村互助养老…)", () => {
    const text = [
      "关于2024年泗阳县政府民生实事项目推进情况的报告",
      "今年1月，县人大会议票决确定了3类4件县政府民生实事项目。截至9月30日，4件民生实事均按序时进度推进。",
      "（一）教育提质类（2件）",
      "1.第二实验小学新建工程（牵头单位：县教育体育局）",
      "年度目标：新增学位1800个。推进情况：主体结构已封顶，累计完成投资0.9亿元。",
      "2.义务教育学校课桌椅更新（牵头单位：县教育体育局）",
      "年度目标：更新课桌椅1.2万套。推进情况：已安装1.05万套，完成年度目标的87.5%。",
      "（二）养老服务类（1件）",
      "3.农村互助养老睦邻点建设（牵头单位：县民政局）",
      "年度目标：新建睦邻点30个。推进情况：建成睦邻点22个，完成年度目标的73.3%。",
      "（三）生态环境类（1件）",
      "4.农村黑臭水体整治（牵头单位：县生态环境局）",
      "年度目标：整治农村黑臭水体20条。推进情况：已完成整治14条。",
    ].join("\n\n");
    expect(only(text).projects.map((p) => p.title)).toEqual(["第二实验小学新建工程", "义务教育学校课桌椅更新", "农村互助养老睦邻点建设", "农村黑臭水体整治"]);
  });

  it("keeps the name of an item numbered on from the items before it, alone under its field ((六)文化体育 ‖ 12.实施公共文化惠民工程。…)", () => {
    const fields = [
      "2022年景德镇市民生实事安排意见",
      "一、省级下达的民生实事",
      "（一）就业创业",
      "1.促进城乡劳动者就业。城镇新增就业2.3万人。（责任单位：市人社局）",
      "2.开展职业技能培训。开展补贴性职业技能培训1.8万人次。（责任单位：市人社局）",
      "（二）教育",
      "3.扩充城区义务教育学位。新建学校6所，新增学位5400个。（责任单位：市教育局）",
      "4.发展公办学前教育。新建公办幼儿园8所。（责任单位：市教育局）",
      "（三）文化体育",
      "5.实施公共文化惠民工程。开展送戏下乡演出360场。（责任单位：市文广新旅局）",
    ].join("\n\n");
    expect(only(fields).projects.map((p) => p.title)).toEqual(["促进城乡劳动者就业", "开展职业技能培训", "扩充城区义务教育学位", "发展公办学前教育", "实施公共文化惠民工程"]);
  });

  it("names a press conference's works past the sentence that counts them (…有两项实事：改造老旧小区21个) and by what it calls a 实事 (X这项实事全年建成…)", () => {
    const text = [
      "蜀山区举行2024年民生实事完成情况新闻发布会",
      "2025-01-08 17:42　来源：蜀山区融媒体中心",
      "1月7日上午，蜀山区政府新闻办举行新闻发布会，通报2024年区级民生实事完成情况。",
      "区住房和城乡建设局副局长陈卫东介绍，城市更新方面有两项实事：改造老旧小区21个、惠及居民9860户；新增停车泊位3200个。",
      "记者：加装电梯一直是老旧小区居民的热切期盼，去年是怎么推动的？",
      "陈卫东：难点主要在低层住户的意见协调。",
      "区城市管理局副局长李敏介绍，口袋公园和绿道建设这项实事全年建成口袋公园8个、绿道12公里。",
    ].join("\n\n");
    const titles = only(text).projects.map((p) => p.title);
    expect(titles).toContain("改造老旧小区");
    expect(titles).toContain("口袋公园和绿道建设");
  });

  it("reads a paragraph that names as many works as it counts as the list itself, though it opens like a story's background (据介绍，这8项…分别是A、B…)", () => {
    const report = only(
      [
        "- 人大代表票决确定2025年8项民生实事项目",
        "- www.example.gov.cn 县新闻网 2025年01月12日",
        "-泾源新闻网讯 1月11日，泾源县十七届人大五次会议以无记名投票方式票决产生2025年8项民生实事项目。",
        "据介绍，这8项民生实事项目分别是县城第二小学建设工程、中心卫生院改造工程、农村供水管网更新工程、老旧小区改造工程、城区停车场建设工程、乡镇养老服务中心建设工程、农贸市场改造工程、全民健身场地建设工程。",
        "- 责任编辑：李明",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["县城第二小学建设工程", "中心卫生院改造工程", "农村供水管网更新工程", "老旧小区改造工程", "城区停车场建设工程", "乡镇养老服务中心建设工程", "农贸市场改造工程", "全民健身场地建设工程"]);
  });

  it("reads no names that a count of towns closes (沙沟、中堡、李中等6个镇) as a list of works", () => {
    const titles = titlesOf(
      [
        "高邮：10件为民办实事全部完成",
        "记者从高邮市政府获悉，2022年高邮市确定的10件为民办实事项目已全部完成年度目标任务。",
        "农村供水管网改造全年改造老化供水管网210公里，完成年度计划的105%，南营、北营、西河等5个镇约2.1万户群众告别了水压低。",
        "农村公路提档升级工程全年新改建农村公路160公里。城镇老旧小区改造项目完成改造18个小区。",
      ].join("\n"),
    );
    expect(titles).not.toContain("南营");
    expect(titles).toContain("城镇老旧小区改造项目");
  });

  it("reads a story's prose works past the works as a whole (从各项目看，X项目… · 代表们对项目…), and a name whose quoted part holds a digit (“15分钟健身圈”项目)", () => {
    const titles = titlesOf(
      [
        "南陵县人大常委会视察民生实事项目推进情况",
        "2024年，南陵县共实施10项县级民生实事项目。截至9月底，已有4项完成年度目标任务。",
        "从各项目看，学前教育提升项目新建的中心幼儿园已竣工，新增学位270个；农村供水保障项目改造老化管网41公里，完成年度目标的93.2%；“15分钟健身圈”项目新建、改造健身场地18处，完成年度目标。",
        "代表们对项目推进情况给予肯定。",
      ].join("\n"),
    );
    expect(titles).toHaveLength(3);
    expect(titles.slice(0, 2)).toEqual(["学前教育提升项目", "农村供水保障项目"]);
    expect(titles[2]).toContain("15分钟健身圈");
  });

  it("dates the list a paragraph before another year's list tells (2023年，…8个项目全部完成…：A；B；…) by its own year, and titles its first work after the colon", () => {
    const { archive } = run(
      [
        "洞口县人大代表票决2024年民生实事项目",
        "本报讯 3月12日，洞口县第十八届人民代表大会第四次会议以无记名投票方式，票决产生2024年度6个民生实事项目。",
        "2023年，洞口县票决产生的5个民生实事项目全部完成，累计投入资金1.92亿元：完成城区背街小巷提质改造26条；新建农村公办幼儿园3所；改造农村危桥9座；完成农村户厕改造860户；建成乡镇农贸市场2个。",
        "经票决，洞口县2024年民生实事项目为：",
        "1．城区学校扩容工程：新增学位1200个；",
        "2．农村公路提质改造：提质改造农村公路60公里；",
        "3．城乡供水一体化：新建供水管网80公里；",
        "4．背街小巷提质改造：改造背街小巷20条；",
        "5．养老服务提升：建设区域养老服务中心2个；",
        "6．城区停车设施建设：新增公共停车泊位800个。",
      ].join("\n"),
    );
    const byYear = new Map(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)]));
    expect([...byYear.keys()].sort()).toEqual([2023, 2024]);
    expect(byYear.get(2023)![0]).toBe("完成城区背街小巷提质改造");
    expect(byYear.get(2023)).toHaveLength(5);
    expect(byYear.get(2024)).toHaveLength(6);
  });

  it("reads another year's whole list named and counted in a paragraph before the year's results (票决2020年…，包括A、…F六个项目。 ‖ 2019年…六个…均已完成：…)", () => {
    const { archive } = run(
      [
        "安吉县十届人大四次会议举行第三次全体会议",
        "会议对2019年县政府民生实事项目落实情况进行满意度测评；票决2020年县政府民生实事项目，包括城乡公交提升工程、县中医院迁建工程、农村饮用水提标工程、城镇老旧小区改造工程、居家养老服务提升工程、农贸市场改造提升工程六个项目。",
        "据县政府关于2019年民生实事项目完成情况的报告，2019年票决产生的六个民生实事项目均已完成年度任务：学前教育提升工程新建公办幼儿园4所；农村公路工程新改建农村公路96公里；停车难治理工程新增公共停车泊位1800个；居家养老服务工程新建照料中心15个；全民健身工程建成健身步道24公里；垃圾分类工程新增分类行政村30个。",
      ].join("\n"),
    );
    const byYear = new Map(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)]));
    expect([...byYear.keys()].sort()).toEqual([2019, 2020]);
    expect(byYear.get(2020)).toEqual(["城乡公交提升工程", "县中医院迁建工程", "农村饮用水提标工程", "城镇老旧小区改造工程", "居家养老服务提升工程", "农贸市场改造提升工程"]);
    expect(byYear.get(2019)).toHaveLength(6);
  });

  it("opens next year's list at a paragraph that counts it and tells it in ；-clauses after its colon (…2022年拟办的六件民生实事包括：A，…；B，…；…), after this year's told 一是…六是", () => {
    const { archive } = run(
      [
        "射阳县召开2021年民生实事新闻发布会",
        "2021年，县政府确定的六件民生实事全部完成。一是就业创业扎实推进，城镇新增就业8600人；二是教育资源加快扩充，新建幼儿园4所；三是医疗服务能力持续提升，改造乡镇卫生院5家；四是养老服务体系不断完善，新建养老服务中心3个；五是农村交通条件明显改善，新改建农村公路180公里；六是食品安全守护有力，完成快检3800批次。",
        "记者：明年还有哪些打算？",
        "县长：经过前期公开征集，我们共收到建议1500多条。",
        "具体来说，2022年拟办的六件民生实事包括：城乡就业提质工程，城镇新增就业8000人；教育优质均衡工程，新建中小学3所；健康射阳工程，建成发热诊室15个；养老服务提升工程，新增家庭养老床位400张；交通畅通工程，新改建农村公路120公里；食品安全放心工程，新建农贸市场4个。",
      ].join("\n"),
    );
    const byYear = new Map(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)]));
    expect([...byYear.keys()].sort()).toEqual([2021, 2022]);
    expect(byYear.get(2022)).toEqual(["城乡就业提质工程", "教育优质均衡工程", "健康射阳工程", "养老服务提升工程", "交通畅通工程", "食品安全放心工程"]);
    expect(byYear.get(2021)).toHaveLength(6);
  });

  it("reads works told as “name”，what it does (；-clauses), then the names a sentence adds as many as the count lacks (此外，还有A、B和C)", () => {
    const report = only(
      [
        "“八大工程”里的民生温度",
        "2017年02月20日　来源：海东日报",
        "近日，海东市今年将集中实施八项为民办实事工程。",
        "今年的这八项工程，名字听起来都不“高大上”：“暖心工程”，给城区6000户困难家庭更换暖气管；“菜篮子工程”，新建标准化农贸市场8个；“微循环工程”，打通城区断头路6条、改造背街小巷40条；“如厕工程”，新建、改建公厕80座；“泊位工程”，新增公共停车泊位3000个。此外，还有育苗工程、健康工程和清水工程，分别落在学前教育、基层医疗和饮水安全上。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["暖心工程", "菜篮子工程", "微循环工程", "如厕工程", "泊位工程", "育苗工程", "健康工程", "清水工程"]);
  });


  it("reads a notice's attached table of numbered rows after its closing section (三、下一步工作 ‖ 附件 ‖ 1 … ‖ 2 … ‖ …), a row the page took for a headline included", () => {
    const report = only(
      [
        "钦州市人民政府办公室关于2022年市本级为民办实事项目完成情况的通报",
        "2022年，市本级确定的五件为民办实事项目均已完成年度目标任务。现将有关情况通报如下：",
        "一、完成情况",
        "全年五件为民办实事项目累计完成投资4.12亿元。各项目具体完成情况见附件。",
        "二、主要做法",
        "（一）坚持高位推动。市政府主要领导多次召开专题会议研究推进。",
        "（二）坚持清单管理。对每个项目明确牵头单位和完成时限。",
        "三、下一步工作",
        "各有关部门要做好已建成项目的运营管护。",
        "附件",
        "序号 项目名称 年度目标任务 完成情况 完成率 牵头单位",
        "1 城镇新增就业 城镇新增就业1.2万 城镇新增就业1.31 109.2% 市人力资源社会",
        "人 万人 保障局",
        "2 城区义务教育学 新增城区义务教育 新增学位3260个 108.7% 市教育局",
        "位扩容 学位3000个",
        "3 城镇老旧小区改 改造城镇老旧小区 改造完成52个，惠 100% 市住房城乡建设",
        "造 52个 及居民4120户 局",
        "4 农村公路建设 新改建农村公路 建成321公里 107% 市交通运输局",
        "300公里",
        "5 城区农贸市场改 改造提升城区农贸 完成4个 100% 市商务局",
        "造 市场4个",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads no list from the numbered lines right under a closing head (下一步工作要求： ‖ 1.… ‖ 2.… ‖ 3.…): they are its own, no appended table", () => {
    const report = only(
      [
        "宾川县8月份民生实事进展情况",
        "2023年全县20项民生实事中不设年度目标任务、常态化开展的有3项（规范公益性公墓管理；开展餐饮油烟专项整治；实施便民停车服务行动），其余17项中，截至8月底已完成9项。剩余项目中，12个村级互助幸福院建设已完成7个（58%），40条农村黑臭水体治理已完成31条（78%），200场送戏下乡已送150场（75%），4个城市书房建设已完成1个（25%）。",
        "其中超额完成任务的已有5项：实体零工驿站建设完成3个，完成率150%；为困难残疾人提供康复救助1620名，完成率108%；资助家庭经济困难学生12600名，完成率105%。",
        "下一步工作要求：",
        "1.各牵头单位要对照年度目标逐项“回头看”，对进度低于80%的项目制定倒排工期表。",
        "2.县民生实事办将联合县委督查室、县政府督查室，对滞后项目开展专项督查。",
        "3.各乡镇要加强与县直牵头部门的沟通衔接，确保20项民生实事年底前全面完成。",
      ].join("\n"),
    );
    expect(report.projects.length).toBeGreaterThanOrEqual(5);
    expect(report.projects.some((p) => /回头看|专项督查|沟通衔接/u.test(p.title))).toBe(false);
    expect(report.projects.some((p) => /幸福院/u.test(p.title))).toBe(true);
  });

  it("dates a list by the paragraph right before it that counts the programme as this year's (今年，我市将…办好…“八件实事” ‖ 1.…), though the lede looks back on last year; and reads no 增城市 in 新增城市绿地", () => {
    const report = only(
      [
        "《政府工作报告》解读2019：八件实事",
        "作者：佚名   发布时间：2019-02-21 16:38   来源：濮阳新闻网",
        "2月19日，市人代会开幕。报告在回顾2018年工作时指出，去年确定的八件实事已全部办结。",
        "今年，我市将集中财力办好事关人民群众切身利益的“八件实事”",
        "1.实施城市道路畅通工程。建成道路26条。",
        "2.实施城乡绿化提升工程。新增城市绿地面积120万平方米。",
        "3.扩大优质教育资源。新增学位9600个。",
        "4.提升基层医疗服务能力。建成标准化村卫生室85个。",
        "5.新增城市公共自行车1500辆。",
        "6.完成老旧小区综合改造64个。",
        "7.新改建农村公路260公里。",
        "8.新开工棚户区改造5200套。",
      ].join("\n"),
    );
    expect([report.region.name, report.year, report.sources[0]!.kind]).toEqual(["濮阳市", 2019, "plan"]);
    expect(report.projects).toHaveLength(8);
  });

  it("takes a line that holds only a date after a dash (- 2014年01月10日) among the opening lines for the page's date", () => {
    const report = only(
      [
        "| 惠民实事分得更细了 |",
        "- 2015年01月12日",
        "来源：齐鲁晚报",
        "本报1月11日讯 11日，临沂市长在作政府工作报告时提出，今年将重点做好五个方面的民生实事。早在2014年9月，市政府就面向全市征集建议。",
        "教育方面：新建、改扩建幼儿园30所。",
        "就业方面：城镇新增就业4万人。",
        "医疗方面：新建标准化村卫生室120个。",
        "住房方面：完成农村危房改造2500户。",
        "交通方面：新改建农村公路800公里。",
      ].join("\n"),
    );
    expect(report.sources[0]!.published).toBe("2015-01-12");
    expect(report.year).toBe(2015);
  });
  it("numbers items that open 其一，…其N， (a press conference's results told one paragraph each) and names each by what follows the mark", () => {
    const report = only(
      [
        "景洪市通报2016年8件惠民实事完成情况",
        "记者从市政府新闻办获悉，2016年确定的8件惠民实事已全部完成年度目标。",
        "其一，城乡饮水安全。新建农村饮水工程32件，完成年度计划的106.7%。",
        "其二，农村危房改造。改造农村危房2100户，完成年度计划的105%。",
        "其三，学前教育。新建公办幼儿园6所，新增学位1500个。",
        "其四，就业创业。新增城镇就业5200人，完成年度计划的104%。",
        "其五，养老服务。新增养老床位300张。",
        "其六，农村公路。新改建农村公路180公里。",
        "其七，环境整治。新建乡镇垃圾处理设施4座。",
        "其八，文化惠民。送文艺演出下乡90场。",
        "市政府表示，2017年将继续实施惠民实事。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.projects.map((p) => p.title).slice(0, 4)).toEqual(["城乡饮水安全", "农村危房改造", "学前教育", "就业创业"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["32件"]);
  });
  it("reads the attachment's table where the notice's section on the programme only counts it (二、8项民生实事完成情况 ‖ …（详见附件2） ‖ 三、… ‖ 附件2 ‖ table)", () => {
    const report = only(
      [
        "格尔木市人民政府督查室关于2022年民生实事完成情况的报告",
        "市政府：现将2022年政府工作报告确定的主要目标、重点工作和8项民生实事完成情况报告如下。",
        "一、主要预期目标完成情况",
        "全市6项主要预期目标中5项完成。地区生产总值增长6.1%，一般公共预算收入增长8.2%。",
        "二、8项民生实事完成情况",
        "8项民生实事全部完成年度目标任务（详见附件2），累计完成投资1.9亿元。",
        "三、重点工作任务完成情况",
        "60项重点工作任务中，57项已完成，3项未完成：",
        "1.引进亿元以上项目10个。全年引进8个。",
        "2.建设高标准农田2万亩。全年完成1.6万亩。",
        "3.新增规模以上工业企业4家。全年新增2家。",
        "格尔木市人民政府督查室",
        "2023年1月16日",
        "附件2",
        "2022年8项民生实事完成情况表",
        "| 序号 | 民生实事 | 责任单位 | 完成情况 |",
        "| 1 | 新增城镇就业1800人 | 市人社局 | 新增城镇就业1920人，完成年度目标的106.7% |",
        "| 2 | 新建公办幼儿园1所 | 市教育局 | 已建成投用 |",
        "| 3 | 改造老旧小区10个 | 市住建局 | 完成改造10个 |",
        "| 4 | 免费健康体检5000人 | 市卫生健康局 | 完成体检5230人 |",
        "| 5 | 改造供热管网6公里 | 市住建局 | 完成6.4公里 |",
        "| 6 | 新改建农村公路30公里 | 市交通运输局 | 完成31.5公里 |",
        "| 7 | 新增公共停车泊位500个 | 市公安局 | 新增520个 |",
        "| 8 | 新建改造公共厕所10座 | 市城市管理局 | 完成10座 |",
      ].join("\n"),
    );
    expect(report.projects).toHaveLength(8);
    expect(report.projects[0]!.title).toContain("新增城镇就业");
    expect(report.projects[7]!.title).toContain("公共厕所");
  });
  it("reads a progress story's paragraphs that each open on the work's target, some two works parted by a comma (新增公交线路3条，更新公交车30辆。上半年…), past its headline and dateline", () => {
    const report = only(
      [
        "遂宁船山：10件重点民生实事上半年进展顺利",
        "华西都市报消息：记者从遂宁市船山区发展改革局获悉，2024年10件重点民生实事计划总投资6.2亿元，截至6月底完成投资3.3亿元。主要进度如下：",
        "新建、改扩建幼儿园4所，新增学位1200个。上半年，2所幼儿园主体完工，新增学位300个，占年度计划的25%。",
        "改造城镇老旧小区28个。上半年开工改造15个，占全年计划的53.6%。",
        "新增公共停车泊位2000个。上半年已建成1100个，占全年计划的55%。",
        "新增城市公交线路3条，更新公交车30辆。上半年已开通2条线路，更新公交车18辆。",
        "新建社区养老服务站12个。上半年建成投用5个，占全年计划的41.7%。",
        "新改建农村公路120公里。上半年已完成路基工程70公里，占全年计划的58.3%。",
        "实施城乡环境卫生整治，新增垃圾转运站8座。上半年已建成垃圾转运站4座。",
        "为全区4万名65岁以上老年人免费健康体检。上半年已体检2.3万人，占全年计划的57.5%。",
        "新建标准化村卫生室30个。上半年已建成16个，占全年计划的53.3%。",
        "新增城镇就业4000人，农村劳动力转移就业5000人。上半年新增城镇就业2300人、转移就业2900人。",
        "下一步，各责任单位要倒排工期，确保全年目标任务如期完成。",
      ].join("\n"),
    );
    expect(report.projects).toHaveLength(10);
    const titles = report.projects.map((p) => p.title);
    expect(titles[0]).toContain("幼儿园");
    expect(titles[3]).toContain("公交");
    expect(titles[6]).toContain("实施城乡环境卫生整治");
    expect(titles[9]).toContain("城镇就业");
    // The lead states the targets; the sentence after it how far the half-year got.
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["3条 target", "30辆 target", "2条 actual", "18辆 actual"]);
    expect(titles.join("|")).not.toMatch(/消息|船山：/u);
  });
  it("names a feature's works by the names it quotes whole (这是“城镇老旧小区改造工程”的一个缩影), not by works it counts (实施供水工程18处), under slogan subheads fewer than its count", () => {
    const report = only(
      [
        "彬州市2021年八件民生实事办理情况回眸",
        "在彬州市第十八届人民代表大会第二次会议上，市政府向大会报告，2021年确定的8件民生实事已全部完成。",
        "【学有所教】新学校迎来新面孔",
        "作为八件民生实事之一的“城区学校扩容工程”，全年新建学校和幼儿园4所，新增学位2600个。",
        "【住有宜居】老旧小区换新颜",
        "新铺的沥青路面平整干净，这是“城镇老旧小区改造工程”的一个缩影。全年共改造老旧小区36个，惠及居民3100户。",
        "【饮水安全】放心水流进农家院",
        "“农村饮水安全巩固提升工程”全年实施供水工程15处，铺设改造管网180公里，受益群众3.6万人。",
        "【病有所医】家门口看病更方便",
        "“县域医疗能力提升工程”建成标准化村卫生室20个，新增床位200张。",
        "【老有所养】幸福院里笑声多",
        "“养老服务提升工程”全年新建社区日间照料中心5个、农村互助幸福院10个。",
        "【出行畅通】城乡道路连成网",
        "“城乡道路畅通工程”新改建农村公路110公里。与此同时，“城区停车设施建设工程”新增停车泊位2000个。",
        "【文体惠民】精神文化更丰富",
        "“文化体育惠民工程”全年开展惠民演出300场，新建村级健身广场25个。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区学校扩容工程", "城镇老旧小区改造工程", "农村饮水安全巩固提升工程", "县域医疗能力提升工程", "养老服务提升工程", "城乡道路畅通工程", "城区停车设施建设工程", "文化体育惠民工程"]);
  });
  it("groups a row's office cell a narrow column wrapped (市人力资 ‖ 源和社会 ‖ 保障局) into its cell, under a header whose own names wrapped (牵头 ‖ 单位), though most rows fit", () => {
    const report = only(
      [
        "嘉峪关市人民政府关于印发2017年为民办实事项目责任分解表的通知",
        "2017年市政府将集中财力办好6件为民办实事，现将责任分解表印发给你们。",
        "附件：",
        "嘉峪关市2017年为民办实事项目责任分解表",
        "序号",
        "实 事 项 目",
        "目   标   任   务",
        "牵头",
        "单位",
        "责  任  单  位",
        "1",
        "城乡饮水安全工程",
        "新建改造农村饮水工程10处，解决1.2万农村人口饮水安全问题",
        "市水务局",
        "各镇人民政府",
        "2",
        "农村道路畅通工程",
        "新改建农村公路100公里",
        "市交通运输局",
        "各镇人民政府",
        "3",
        "就业创业促进工程",
        "新增城镇就业2000人，培训城乡劳动力4000人次",
        "市人力资",
        "源和社会",
        "保障局",
        "市财政局",
        "4",
        "学前教育提升工程",
        "新建公办幼儿园4所，新增学位720个",
        "市教育局",
        "市财政局",
        "5",
        "文化体育惠民工程",
        "新建村级综合文化服务中心15个，送戏下乡80场",
        "市文化广",
        "电和旅游局",
        "各镇人民政府",
        "6",
        "老旧小区综合整治工程",
        "改造老旧小区12个",
        "市住建局",
        "各街道办事处",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城乡饮水安全工程", "农村道路畅通工程", "就业创业促进工程", "学前教育提升工程", "文化体育惠民工程", "老旧小区综合整治工程"]);
    expect(report.projects[2]!.responsible).toEqual(["市人力资源和社会保障局", "市财政局"]);
    expect(report.projects[4]!.responsible).toEqual(["市文化广电和旅游局", "各镇人民政府"]);
  });
  it("names a review's works it quotes as they close a sentence (这得益于“X工程”。) or as put among the programme (将“X”纳入…), not a quoted problem (“停车难”问题)", () => {
    const report = only(
      [
        "田东县2022年六件为民办实事落实情况综述",
        "年初，田东县人民政府承诺办好六件为民办实事。截至12月下旬，六件为民办实事已全部完成年度目标任务。",
        "今年，田东把“城区学位扩容工程”列为为民办实事之首，新增义务教育学位1800个，完成年度计划的112.5%。",
        "在林逢镇卫生院，村民说现在镇里就能做检查。这得益于“乡镇卫生院服务能力提升工程”。今年完成6家乡镇卫生院提质改造，配备设备80台（套）。",
        "今年，田东将“城镇老旧小区改造”纳入为民办实事，全年改造老旧小区12个，惠及居民2100户。",
        "此外，“城区饮水安全提升工程”全年新建改造供水管网30公里，惠及群众9万人。",
        "在城区，“停车难”问题得到有效缓解。“城区停车设施建设”项目新建公共停车场5处，新增公共停车泊位1600个。",
        "“就业创业促进行动”全年城镇新增就业3100人，开展职业技能培训9000人次。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城区学位扩容工程", "乡镇卫生院服务能力提升工程", "城镇老旧小区改造", "城区饮水安全提升工程", "城区停车设施建设", "就业创业促进行动"]);
  });
  it("names a work report's line by the task it names in words before its figured clauses (改善农村办学条件，改造农村中小学校舍2.4万平方米，…)", () => {
    const report = only(
      [
        "尚志市政府工作报告：今年重点实施6个方面民生实事",
        "报告提出，2019年将重点实施6个方面民生实事。",
        "切实保障基本民生，城镇零就业家庭援助率达到100%，帮助200名城镇残疾人实现就业。",
        "改善农村办学条件，改造农村中小学校舍1.8万平方米，为10所农村学校建设供暖锅炉房。",
        "整合改造4个乡镇敬老院，新建农村互助养老服务大院20个。",
        "新改建农村公路120公里，完成危桥改造5座。",
        "解决1.6万农村人口饮水安全问题。",
        "实施城区“暖房子”工程，完成既有居住建筑节能改造12万平方米。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["切实保障基本民生", "改善农村办学条件", "整合改造4个乡镇敬老院", "新改建农村公路120公里", "解决1.6万农村人口饮水安全问题", "实施城区“暖房子”工程"]);
  });
  it("dates a list its own paragraph introduces (这10件实事是：1.…) by the headline's year, not by the paragraph before it that tells last year's programme done (2017年…10件实事已全部兑现)", () => {
    const { archive } = run(
      [
        "榆中县确定2018年为民兴办10件实事",
        "来源：大西北网　　2018-01-18 10:20",
        "记者从县人代会上获悉，今年榆中县将集中财力为群众兴办10件实事，全年预计投入资金3.9亿元。",
        "县长在作政府工作报告时说，2017年县政府确定的10件实事已全部兑现，全县民生支出占一般公共预算支出的比重达到80.2%。",
        "这10件实事是：1.新建、改造农村公路150公里。2.新增学前学位480个。3.改造薄弱学校校舍2万平方米。4.改造农村危旧房1000户。5.新增城镇就业2400人。6.解决1.2万人饮水水质不达标问题。7.新增养老床位100张。8.为6000名农村适龄妇女免费开展“两癌”筛查。9.新建村级公共厕所40座。10.新增城区绿地5万平方米。",
      ].join("\n"),
    );
    const listed = archive.reports.filter((r) => r.projects.length);
    expect(listed.map((r) => [r.year, r.projects.length])).toEqual([[2018, 10]]);
  });
  it("dates an undated plan the year after the one year it writes, where it writes that year only to tell its programme done and counts 今年's (…办好十件民生实事 ‖ 2015年…十件实事已全部兑现)", () => {
    const lede = "笔者从渭源县人代会上获悉，今年渭源县集中力量为全县群众办好五件民生实事。";
    const done = "据介绍，2015年县政府向全县人民承诺的十件实事已全部兑现，累计完成投资3.17亿元。";
    const list = "这五件民生实事是：1.改造农村危旧房1400户。2.实施农村通畅工程25条。3.新建公厕12座。4.新增养老床位150张。5.新建学生食堂6个。";
    expect(only([lede, done, list].join("\n")).year).toBe(2016);
    // (Not where 今年's sentence counts no programme of its own: a results story that calls for the next.)
    expect(only([done, list, "今年，渭源县将继续面向社会征集民生实事项目。"].join("\n")).year).toBe(2015);
  });

  it("reads paragraphs that each open on a few words to the reader and a bracketed name (就业难?【稳岗就业】…) as one project each, named by the bracket", () => {
    const lines = [
      "就业难?【稳岗就业】全市城镇新增就业3.2万人,完成年度目标的106.7%;农民工转移就业8.5万人次",
      "上学远?【城乡学校建设】改造薄弱学校校舍6.4万平方米,新建改扩建幼儿园18所",
      "看病难?【基层医疗提升】新建改扩建村卫生室96个",
      "养老愁?【居家养老服务】新建社区养老服务站42个,新增养老床位900张",
      "出行堵?【农村公路建设】新改建农村公路760公里,完成年度目标的108.6%",
    ];
    const report = only(["2023年赤峰市五件民生实事“成绩单”出炉", "", "过去一年,市委、市政府确定的五件民生实事全部兑现。一起来看看这份“成绩单”——", ...lines, "", "2024年,我市将继续办好民生实事。"].join("\n"));
    expect(report.projects.map((p) => p.title)).toEqual(["稳岗就业", "城乡学校建设", "基层医疗提升", "居家养老服务", "农村公路建设"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["3.2万人", "8.5万人次"]);
  });

  it("names items numbered straight through a post's themes (—— 住有所居 —— ‖ 01 ‖ 老旧小区改造 ‖ ▪ …) by their own lines, not by a theme over one of them", () => {
    const item = (no: string, name: string, ...figures: string[]) => [no, name, ...figures.map((f) => `▪ ${f}`), ""];
    const report = only(
      [
        "2025年顺义区重要民生实事项目来了", "", "区人大会议票决产生", "2025年顺义区", "5件重要民生实事项目", "",
        "—— 🏠 住有所居 ——", "", ...item("01", "老旧小区综合整治", "新开工老旧小区综合整治项目12个", "加装电梯40部"),
        "—— 👶 幼有所育 ——", "", ...item("02", "普惠托育扩容", "新增普惠托位600个"),
        "—— 🚗 出行更便捷 ——", "", ...item("03", "错时共享停车", "新增错时共享停车位1500个"), ...item("04", "慢行系统提升", "新建改造自行车道12公里"),
        "—— 🌳 环境更宜居 ——", "", ...item("05", "口袋公园建设", "新建口袋公园10处"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "老旧小区综合整治"],
      [2, "普惠托育扩容"],
      [3, "错时共享停车"],
      [4, "慢行系统提升"],
      [5, "口袋公园建设"],
    ]);
  });

  describe("a progress notice in groups that each count their works, each group told in its own layout", () => {
    const text = [
      "2019年市政府为民办实事项目三季度完成情况",
      "发布时间:2019年10月18日　　来源:长治市政府督查室",
      "",
      "截至9月底,全市7个为民办实事项目已完成投资12.4亿元,为全年计划的76.1%。",
      "",
      "一、进度较快的项目(3个),均已超过序时进度:",
      "",
      "项目名称\t年度计划投入(万元)\t1-9月完成投入(万元)\t占年度计划(%)",
      "城区集中供热管网改造\t21000\t18900\t90",
      "农村饮水安全提升工程\t6400\t5440\t85",
      "城区公共自行车系统\t1800\t1800\t100",
      "",
      "二、基本达到序时要求的项目(2个):背街小巷改造,1-9月完成投入4100万元(占年度计划75.9%);居家养老服务网络建设,完成投入1520万元(占年度计划74.5%)。",
      "",
      "三、进度偏慢的项目(2个):",
      "",
      "1、城区污水管网改造工程。年度计划投资1.6亿元,1-9月完成5200万元,仅为年度计划的32.5%。",
      "",
      "2、农贸市场升级改造。全年计划改造农贸市场8个,现完工3个。",
      "",
      "下一步,市政府督查室将对实施较慢的项目实行周调度。",
    ].join("\n");
    it("reads each group the way that gives as many works as it counts: the table's rows, the ；-clauses, the numbered lines", () => {
      expect(only(text).projects.map((p) => p.title)).toEqual(["城区集中供热管网改造", "农村饮水安全提升工程", "城区公共自行车系统", "背街小巷改造", "居家养老服务网络建设", "城区污水管网改造工程", "农贸市场升级改造"]);
    });
    it("gives a table's bare numbers the unit their column's header names in brackets (年度计划投入(万元) ‖ 21000), and reads 1-9月完成… as what was done", () => {
      const first = only(text).projects[0]!;
      expect(first.metrics.map((m) => [m.value, m.unit, m.role, m.rate])).toEqual([
        [21000, "万元", "target", null],
        [18900, "万元", "actual", 90],
      ]);
    });
  });

  it("reads a brief that states its count and then tells each work in a paragraph of its own, as many paragraphs as it counts, one project a paragraph, whatever each opens on", () => {
    const report = only(
      [
        "本报讯 2021年年初以来,内黄县扎实推进六件民生实事,各项工作进展顺利。",
        "就业形势总体稳定。1至5月,全县新增城镇就业2860人,失业人员再就业860人,农村劳动力转移就业1940人,新发放创业担保贷款3200万元。",
        "自3月1日起,70岁以上老人免费乘坐城区公交,已办理乘车卡3120张。",
        "健康服务持续加强。开展免费健康体检1.2万人次,两癌筛查3460人,新生儿听力筛查2180人,家庭医生签约服务覆盖4.6万户居民。",
        "实施残疾儿童康复救助,为96名残疾儿童提供康复训练。",
        "农村道路不断完善。8条46公里县乡道路正在进行路基施工。",
        "教育设施建设加快。县第三小学主体已完工,城东中学正在基础施工,5所农村寄宿制学校全部开工,2所幼儿园正在装修。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业形势总体稳定", "70岁以上老人免费乘坐城区公交", "健康服务持续加强", "实施残疾儿童康复救助", "农村道路不断完善", "教育设施建设加快"]);
  });

  it("reads a list's numbers that lost their stop and their space before a short heading (1稳定和扩大就业) as its marks, but not a count that opens a line (2所学校已开工)", () => {
    const item = (no: number, name: string, unit: string, done: string) => [`${no}${name}`, "", `牵头单位：${unit}`, "", `具体情况：${done}`, ""];
    const report = only(
      [
        "关于2023年区级民生实事项目推进落实情况的督查报告",
        "",
        "颍泉区政府督查室对2023年三大类5件区级民生实事推进落实情况开展了专项督查。具体情况报告如下：",
        "",
        "一、就业增收类",
        "",
        ...item(1, "稳定和扩大就业", "区人社局", "截至5月底，城镇新增就业3120人，完成年度任务的46.2%。"),
        ...item(2, "开展职业技能培训", "区人社局", "开展职业技能培训4260人次，完成年度任务的51.3%。"),
        "二、教育卫生类",
        "",
        ...item(3, "新建城区公办幼儿园", "区教育局", "计划新建公办幼儿园3所，目前1所已完成主体施工。"),
        "2所学校已开工",
        "",
        ...item(4, "开展免费健康体检", "区卫健委", "完成免费健康体检2.1万人，完成年度任务的43.8%。"),
        "三、城乡建设类",
        "",
        ...item(5, "改造城镇老旧小区", "区住建局", "计划改造老旧小区18个，已开工12个。"),
      ].join("\n"),
    );
    expect(report.region.name).toBe("颍泉区");
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "稳定和扩大就业"],
      [2, "开展职业技能培训"],
      [3, "新建城区公办幼儿园"],
      [4, "开展免费健康体检"],
      [5, "改造城镇老旧小区"],
    ]);
  });

  it("reads a paragraph that tells the programme group by group (有4个项目进展较快。其中：A完成投入…；B…。有2个项目…具体情况如下： ‖ 1、… ‖ 2、…), each group's ；-clauses or the marked lines after it, the counts making the programme's", () => {
    const report = only(
      [
        "2016年县政府为民办实事项目三季度完成情况",
        "",
        "1-9月份，滨海县8个为民办实事项目累计完成投入5.2亿元，占年度计划的70.3%。",
        "",
        "全县8个为民办实事项目中，有4个项目进展较快，超额完成序时进度。其中：城乡就业创业工程完成投入3150万元，占年度计划82%；城乡居民养老保险提标工程完成投入1.26亿元，占年度计划80.5%；农村公路提档升级工程完成投入1.05亿元，占年度计划79.6%；农村危桥改造完成投入2260万元，占年度计划81%。有2个项目基本达到序时进度。其中：文化惠民工程完成投入950万元，占年度计划72%；城区菜市场改造完成投入1280万元，占年度计划75%。有2个项目实施较慢，具体情况如下：",
        "",
        "1、县城污水管网完善工程。该项目年度计划投入5800万元，目前仅完成投入2320万元，占年度计划40%。",
        "",
        "2、城区停车场建设。计划新建公共停车场5处，目前建成2处，完成投入760万元，占年度计划38%。",
        "",
        "对进展较慢的项目，县政府督查室将实行专项督查。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["城乡就业创业工程", "城乡居民养老保险提标工程", "农村公路提档升级工程", "农村危桥改造", "文化惠民工程", "城区菜市场改造", "县城污水管网完善工程", "城区停车场建设"]);
    expect(report.projects[1]!.metrics.map((m) => [m.value, m.unit, m.rate])).toEqual([[1.26, "亿元", 80.5]]);
  });

  it("reads a story's works a paragraph each past its subheads (一老一小 织密民生保障网), as many as it counts, each named past its field (养老方面，…)", () => {
    const report = only(
      [
        "8件民生实事定了，今年钢城这么干",
        "",
        "13日，济南市钢城区人民代表大会召开。会上公布了钢城区2022年要办好的8件民生实事。",
        "",
        "教育医疗 补齐公共服务短板",
        "",
        "今年，钢城将新建、改扩建中小学和幼儿园3所，新增学位2100个。",
        "",
        "为全区65周岁以上老年人每人免费体检一次，计划完成体检3.5万人。",
        "",
        "一老一小 织密民生保障网",
        "",
        "养老方面，钢城将新建镇级综合养老服务中心2处、农村幸福院8处，为200户困难老年人家庭实施居家适老化改造。",
        "",
        "托育方面，新增普惠性托位300个，新建社区嵌入式托育机构3处。",
        "",
        "出行就业 办好家门口的事",
        "",
        "新改建“四好农村路”60公里，新开通城乡公交线路3条。",
        "",
        "开发城乡公益性岗位1200个，全年城镇新增就业4000人。",
        "",
        "新建城区公共停车位800个，配建充电桩120个，缓解老城区停车难。",
        "",
        "实施农村饮水提质工程，新建改造供水管网60公里，惠及群众2.1万人。",
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["钢城将新建、改扩建中小学和幼儿园3所", "为全区65周岁以上老年人每人免费体检一次", "钢城将新建镇级综合养老服务中心2处、农村幸福院8处", "新增普惠性托位300个", "新改建“四好农村路”60公里", "开发城乡公益性岗位1200个", "新建城区公共停车位800个", "实施农村饮水提质工程"]);
  });

  it("reads a table drawn with ideographic spaces whose 序号 carries a note (序号（项目编号）　项目名称　年度目标　…) as a table, its cells apart", () => {
    const row = (...cells: string[]) => cells.join("\u3000");
    const report = only(
      [
        "镇海区2023年民生实事项目1-9月进展情况",
        "",
        "今年，区委区政府共兴办3件民生实事项目。现将1-9月份进展情况公布如下：",
        "",
        row("序号（项目编号）", "项目名称", "年度目标", "1-9月进展", "责任单位"),
        row("2", "城镇老旧小区改造", "改造老旧小区18个", "已开工12个，已完工3个", "区住建局"),
        row("5", "新建改扩建中小学校", "新建、改扩建中小学校3所", "3所学校均按计划施工", "区教育局"),
        row("9", "免费“两癌”筛查", "为适龄妇女免费开展“两癌”筛查1.2万人", "已完成1.02万人，完成年度任务的85%", "区卫健局"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [2, "城镇老旧小区改造", ["区住建局"]],
      [5, "新建改扩建中小学校", ["区教育局"]],
      [9, "免费“两癌”筛查", ["区卫健局"]],
    ]);
  });

  it("reads last year's run (…确定的4件民生实事已全部完成。“第一件，…) and this year's (今年的民生实事…共4件：一是…) as two years' lists, each counted by its own words", () => {
    const { archive } = run(
      [
        "郸城报",
        "",
        "县人大常委会举办“代表·局长面对面”民生专场",
        "",
        "1月14日下午，郸城县人大常委会举办民生专场，县人大代表与部门负责人面对面交流。",
        "",
        "“请问2024年的民生实事完成得怎么样？”",
        "",
        "“2024年县政府确定的4件民生实事已全部完成。”县发展改革委主任逐件作答，“第一件，稳就业。全县城镇新增就业5120人。第二件，扩学位。新增学位2200个。第三件，改造老旧小区。完成老旧小区改造11个。第四件，建口袋公园。建成口袋公园12个。”",
        "",
        "“今年的民生实事是怎么定的？”",
        "",
        "他介绍，今年的民生实事经过公开征集、部门论证，由县人代会票决产生，共4件：一是促进就业创业，城镇新增就业5000人；二是扩充优质教育资源，新增学位2000个；三是推进城市更新，改造老旧小区10个；四是增加停车供给，新增公共停车泊位1200个。",
      ].join("\n"),
    );
    expect(archive.reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.map((p) => p.title)])).toEqual([
      [2024, "results", ["稳就业", "扩学位", "改造老旧小区", "建口袋公园"]],
      [2025, "plan", ["促进就业创业", "扩充优质教育资源", "推进城市更新", "增加停车供给"]],
    ]);
  });

  it("reads a pipe table under a page's record (名 称: | …完成情况 |), its header the row of short column names, and a row of units under it (| | （%） |) no row of its own", () => {
    const report = only(
      [
        "索引号: | 4307230001/2025-00011 | 主题分类: | 规划计划 |",
        "发布机构: | 澧县人民政府办公室 | 发布日期: | 2025-01-15 10:12 |",
        "名 称: | 澧县2024年度重点民生实事项目完成情况 | |",
        "",
        "2024年，县委、县政府确定的3项重点民生实事项目已全部完成年度目标任务。具体完成情况如下：",
        "",
        "序号 | 项目名称 | 年度目标任务 | 完成情况 | 完成率 | 责任单位 | |",
        " |  |  |  | （%） |  | |",
        "1 | 城镇新增就业 | 城镇新增就业3200人 | 城镇新增就业3456人 | 108 | 县人社局 |",
        "2 | 义务教育学校食堂改造 | 改造农村学校食堂12所 | 改造完成13所 | 108.3 | 县教育局 |",
        "3 | 农村公路提质改造 | 提质改造农村公路100公里 | 完成110公里 | 110 | 县交通运输局 |",
      ].join("\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "城镇新增就业", ["县人社局"]],
      [2, "义务教育学校食堂改造", ["县教育局"]],
      [3, "农村公路提质改造", ["县交通运输局"]],
    ]);
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.role, m.rate])).toEqual([[3200, "target", null], [3456, "actual", 108]]);
  });

  it("names a TAB table's projects by their own column where the column after it holds sub-projects and their targets together (实事项目 | 子项目及年度目标), the sub-rows the project's figures", () => {
    const row = (...cells: string[]) => cells.join("\t");
    const report = only(
      [
        "襄州区2017年“三件实事”1-9月份进展情况",
        "",
        "截至9月30日，3件实事5个子项目中，已完成全年目标的2个。具体进展情况如下：",
        "",
        row("序号", "实事项目", "子项目及年度目标", "1-9月完成情况", "完成比例", "牵头单位"),
        row("一", "就业创业工程", "城镇新增就业5200人", "4810人", "92.5%", "区人社局"),
        row("", "", "扶持创业带动就业1500人", "1380人", "92%", "区人社局"),
        row("二", "农村公路建设", "新改建农村公路200公里", "186公里", "93%", "区交通运输局"),
        row("", "", "改造危桥10座", "10座", "100%", "区交通运输局"),
        row("三", "城市公交", "新增更新公交车40辆", "40辆", "100%", "区交通运输局"),
      ].join("\n"),
    );
    expect(report.projects.map((p) => p.title)).toEqual(["就业创业工程", "农村公路建设", "城市公交"]);
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.unit, m.role])).toEqual([[5200, "人", "target"], [4810, "人", "actual"], [1500, "人", "target"], [1380, "人", "actual"]]);
  });
});


describe("a progress notice that tells its programme in paragraphs of counted groups (有5项…分别是A、B… ‖ 有4项…A，其中… ‖ 其余3项——A、B、C…)", () => {
  const text = [
    "宿松县2021年前三季度民生实事推进情况",
    "",
    "截至9月底，我县今年组织实施的10项民生实事累计拨付资金5.2亿元，占计划投入的86.1%。",
    "",
    "有4项民生实事已完成年度任务，分别是城乡居民基本医疗保险、困难残疾人两项补贴、农村饮水安全巩固提升、城乡困难群体法律援助。",
    "",
    "有3项民生实事部分完成任务。技能培训提升，其中开展脱贫劳动力技能培训612人，完成率153%。养老服务提升，建成乡镇养老服务指导中心10个，完成率100%。文化惠民，完成“送戏进万村”168场，完成率84%。",
    "",
    "其余3项民生实事——中小河流治理、老旧小区改造、农村生活污水治理按序时稳步推进。",
    "",
    "下一步，各牵头单位要对照年度目标，倒排工期、挂图作战。",
  ].join("\n");

  it("reads every group's works, named or led, as many as each counts, the counts adding up to the programme's", () => {
    const report = only(text);
    expect(report.projectCount).toBe(10);
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([
      ["城乡居民基本医疗保险", 0],
      ["困难残疾人两项补贴", 0],
      ["农村饮水安全巩固提升", 0],
      ["城乡困难群体法律援助", 0],
      ["技能培训提升", 1],
      ["养老服务提升", 1],
      ["文化惠民", 1],
      ["中小河流治理", 0],
      ["老旧小区改造", 0],
      ["农村生活污水治理", 0],
    ]);
  });

  it("takes three or more counts that add up to another for its groups', not the programme's (4 + 3 + 3 of 10)", () => {
    expect(statedCounts(text)).toEqual([10]);
  });
});
