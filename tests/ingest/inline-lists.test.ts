// Projects numbered inside running paragraphs (一是… · 第一件是…), as inline-lists.ts reads them.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { countOfInline, inlineListItems } from "../../src/ingest/layouts/inline-lists.ts";
import { convertTexts, onlyReport } from "../helpers/convert-text.ts";

const blocksOf = (text: string) => classify(normalise(text).paragraphs);

// An interview that tells the year's six projects as the questions come, not in their order.
const INTERVIEW = [
  "今年初，县政府承诺办好六件民生实事。记者就上半年进展采访了县发改局负责人。",
  "问：教育和医疗两件实事进展如何？",
  "答：第一件是新建城区幼儿园，计划3所，已开工3所。第二件是改造乡镇卫生院，计划8所，已完成5所，完成年度任务的62.5%。",
  "问：出行和住房呢？",
  "答：第三件是硬化农村道路，计划120公里，已完成70公里。第六件是改造老旧小区，计划15个，已开工9个。",
  "问：就业和养老方面呢？",
  "答：第四件是城镇新增就业，全年目标3000人，已新增1800人。第五件是建设村级养老互助站，计划20个，已建成11个。",
].join("\n\n");

describe("projects told out of order", () => {
  it("reads the numbers 1..N over the paragraphs, each once, as the list in its numbers' order", () => {
    const report = onlyReport(`安康市汉滨区2023年民生实事半年进展\n\n${INTERVIEW}`);
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建城区幼儿园"],
      [2, "改造乡镇卫生院"],
      [3, "硬化农村道路"],
      [4, "城镇新增就业"],
      [5, "建设村级养老互助站"],
      [6, "改造老旧小区"],
    ]);
    // Each keeps the figures of its own sentence.
    expect(report.projects[5]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["15个", "9个"]);
  });

  it("reads no such list where a number is missing or told twice, or where fewer than four are told", () => {
    const sorted = (text: string) => inlineListItems(blocksOf(text)).find((s) => s.items.map((it) => it.no).join() === "1,2,3,4,5,6");
    expect(sorted(INTERVIEW)).toBeDefined();
    expect(sorted(INTERVIEW.replace("第五件是", "第七件是"))).toBeUndefined();
    expect(sorted(INTERVIEW.replace("第五件是", "第四件是"))).toBeUndefined();
    const three = "答：第二件是改造乡镇卫生院，已完成5所。\n\n答：第三件是硬化农村道路，已完成70公里。第一件是新建城区幼儿园，已开工3所。";
    expect(inlineListItems(blocksOf(three)).some((s) => s.items.length === 3 && s.items[0]!.no === 1 && s.items[2]!.no === 3)).toBe(false);
  });
});

// A work report's year ahead: its sections, each with figures, and among them the programme told inline, counted by
// the sentence right before its first mark, after a sentence on last year's.
const WORK_REPORT = [
  "政府工作报告（摘要）",
  "——2024年1月20日在孝感市第十七届人民代表大会第四次会议上",
  "",
  "来源：市政府办公室\u30002024-01-22",
  "",
  "二、2024年主要工作",
  "",
  "（一）稳住经济大盘。全年完成固定资产投资增长7%左右，抓好120个市重点项目。",
  "",
  "（二）壮大实体经济。规模以上工业增加值增长7.5%，新增规上工业企业60家。",
  "",
  "（三）推进城乡融合。新建高标准农田18万亩，改造城市燃气管网90公里。",
  "",
  "（四）深化改革开放。进出口总额增长8%，实际使用外资增长10%。",
  "",
  "（五）加快科技创新。研发经费投入增长12%，新增高新技术企业80家。",
  "",
  "（六）办好八件民生实事。2023年，市政府承诺的八件民生实事全部完成。今年，我们广泛征求群众意见，确定新一批八件民生实事。一是新建改扩建中小学和幼儿园14所，新增学位9000个。二是新增城镇就业2.6万人。三是改造城镇老旧小区60个。四是建设社区嵌入式养老服务设施20个。五是为3万名适龄妇女开展“两癌”免费筛查。六是新改建农村公路300公里。七是新增城市公共停车泊位5000个。八是改造农村户厕8000户。",
  "",
  "（七）建设生态文明。空气质量优良天数比例达到85%，新增造林5万亩。",
  "",
  "（八）提升文化软实力。新建城市书房10个，开展文化惠民演出800场。",
  "",
  "（九）守牢安全底线。抓好安全生产专项整治，建设更高水平的平安城市。"
].join("\n");

describe("a programme counted right before its inline list", () => {
  it("reads the counted list, not the report's sections, in the year its counting sentence calls 今年", () => {
    const reports = convertTexts({ "a.txt": WORK_REPORT }).archive.reports;
    const planned = reports.find((r) => r.projects.length > 0)!;
    expect([planned.year, planned.sources[0]!.kind, planned.projects.length]).toEqual([2024, "plan", 8]);
    expect(planned.projects[7]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["8000户"]);
  });

  it("takes the count only where as many marks follow it, numbered from one", () => {
    const paragraph = (text: string) => blocksOf(text).find((b) => b.text.includes("新建改扩建"))!;
    expect(countOfInline(paragraph(WORK_REPORT))).toBe(8);
    expect(countOfInline(paragraph(WORK_REPORT.replace("八是改造农村户厕8000户。", "")))).toBeNull();
    expect(countOfInline(paragraph(WORK_REPORT.replace("一是新建", "二是新建")))).toBeNull();
  });

  it("reads an online interview's ordinals: a work named before its ordinal (教育是第一件。), 第三件就是…, and one after a speaker's tag ([主任]第五件，…)", () => {
    const text = [
      "【在线访谈】2018年市政府六件民生实事解读",
      "[主持人] 今年要集中力量办好六件民生实事。那我们就一件一件来说。",
      "[王主任] 教育是第一件。今年要新建、改扩建中小学和幼儿园8所，新增学位4800个。第二件是健康方面，我们要为全市3万名适龄妇女开展免费“两癌”筛查。",
      "[王主任] 是的，第三件就是提高城乡居民医保财政补助标准，由每人每年420元提高到450元。第四件是就业，全年城镇新增就业1.2万人。",
      "[王主任]第五件，实施棚户区改造6000套。第六件是农村饮水，解决农村4万人饮水安全问题。",
    ].join("\n\n");
    const read = inlineListItems(blocksOf(text)).find((s) => s.items.length === 6);
    expect(read?.items.map((it) => [it.no, it.title])).toEqual([
      [1, "教育"],
      [2, "健康"],
      [3, "提高城乡居民医保财政补助标准"],
      [4, "就业"],
      [5, "实施棚户区改造"],
      [6, "农村饮水"],
    ]);
  });
  it("reads marks that number 1..N straight through a run-on paragraph as its items, though some are glued to the part heading before them (…一、办好人民满意的教育1.新建…。2.…)", () => {
    const report = onlyReport(
      [
        "天津市河东区2024年民生实事项目安排公布",
        "区人民代表大会确定年度四类8项民生实事，具体安排如下：一、办好人民满意的教育1.新建改扩建幼儿园。建成投用幼儿园2所，新增学位540个。2.实施中小学食堂提升。完成12所中小学校食堂提升改造。二、提升医疗卫生服务水平3.建设社区卫生服务站。新建社区卫生服务站4个。4.开展老年人健康服务。为65岁以上老年人免费健康体检4.2万人次。三、织密养老服务网5.建设老年助餐点。新建社区老年助餐点15个。6.开展居家适老化改造。为600户困难老年人家庭实施改造。四、方便群众出行7.打通“断头路”。打通辖区断头路4条。8.增加停车泊位。新增公共停车泊位1500个。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(report.projects.map((p) => p.title)).toEqual(["新建改扩建幼儿园", "实施中小学食堂提升", "建设社区卫生服务站", "开展老年人健康服务", "建设老年助餐点", "开展居家适老化改造", "打通“断头路”", "增加停车泊位"]);
  });
});

describe("two years' lists, each numbered inline and counted", () => {
  // Last year's results as 第一件，… paragraphs, this year's plan as 一是…十是 in one paragraph, each list counted 6.
  const TWO_YEARS = [
    "营山县2023年县自办民生实事“成绩单”出炉",
    "发布时间：2024-01-18　来源：营山县人大常委会办公室",
    "2023年县自办民生实事票决产生后，县政府逐项细化任务、明确责任单位。",
    "记者从报告中了解到，6件县自办民生实事完成情况如下：",
    "第一件，学前教育扩容工程。新建城北幼儿园，新增学位270个，完成年度目标的100%。",
    "第二件，农村公路提质工程。新改建农村公路96公里，完成年度目标的106.7%。",
    "第三件，老旧小区改造工程。改造城镇老旧小区12个，惠及居民1850户。",
    "第四件，农村供水保障工程。更新改造供水管网52公里，完成年度目标的104%。",
    "第五件，养老服务提升工程。新建社区养老服务站8个、农村互助幸福院12个。",
    "第六件，全民健身设施工程。新建社区多功能运动场5片，更新健身器材1200件。",
    "“这些实事件件都落到了实处。”县人大代表王敏说。",
    "会上，代表们还票决产生了6件2024年县自办民生实事项目。",
    "2024年县自办民生实事项目分别是：一是实施城区小学扩容工程，新增学位720个；二是实施农村公路延伸工程，新改建农村公路80公里；三是实施城区排水防涝工程，改造雨污管网12公里；四是实施农贸市场改造工程，改造农贸市场5个；五是实施托育服务扩容工程，新增普惠托位240个；六是实施公共停车场建设工程，新增停车位600个。",
    "责任编辑：何静",
  ].join("\n\n");

  it("reads each run as its year's list, the later one a plan", () => {
    const reports = convertTexts({ "a.txt": TWO_YEARS }).archive.reports;
    expect(reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.length])).toEqual([
      [2023, "results", 6],
      [2024, "plan", 6],
    ]);
    const plan = reports.find((r) => r.year === 2024)!;
    expect(plan.projects[0]!.metrics.map((m) => m.role)).toEqual(["target"]);
  });
});

describe("named works whose paragraphs number their parts", () => {
  const text = [
    "2021年简阳十大民生实事项目出炉",
    "1月8日，在简阳市第十七届人民代表大会第六次会议上，与会代表投票确定了2021年市政府十大民生实事项目。",
    "城乡学校扩容提质工程：建成东溪街道第二小学，新增学位1980个；改造提升6所乡镇学校运动场。",
    "老旧院落改造提升：对22个老旧院落实施改造，惠及居民3180户。",
    "养老服务体系建设：1、建成区域养老服务中心1个；2、新建社区老年食堂8个；3、为600户空巢老人安装烟雾报警器；4、新建未成年人保护工作站2个。",
    "“安心菜篮子”工程：新建农贸市场快检室6个，全年开展快速检测2万批次。",
    "农村生活污水治理：新建村级污水处理站14座，铺设污水管网46公里。",
    "全民健身设施提升：1、新建社区多功能运动场4个；2、建设健身步道15公里；3、为50个村更新健身器材。",
    "城乡公交优化：新开、调整城乡公交线路5条，更新新能源公交车30辆。",
    "医疗卫生服务能力提升：新增床位260张，建设标准化村卫生室18个。",
    "智慧安防小区建设：新增社会面监控探头600路，建设智慧安防小区30个。",
    "特殊群体关爱服务：1、为1.8万名适龄妇女开展免费筛查；2、为2000名孕妇开展产前筛查；3、为困难残疾人提供康复服务1200人次。",
  ].join("\n\n");

  it("reads the named paragraphs as the works, not the parts their marks number run together to the count", () => {
    const report = onlyReport(text);
    expect(report.projects).toHaveLength(10);
    expect(report.projects.map((p) => p.title)).toContain("养老服务体系建设");
    expect(report.projects.map((p) => p.title)).not.toContain("新建社区老年食堂");
  });

  it("runs the marks of the paragraphs together only where no named paragraph without marks stands between them", () => {
    expect(inlineListItems(blocksOf(text)).some((s) => s.items.length === 10)).toBe(false);
    const bare = text.split("\n\n").filter((p) => !/^[^，：]{2,12}：[^1]/u.test(p) || p.includes("代表")).join("\n\n");
    expect(inlineListItems(blocksOf(bare)).some((s) => s.items.length === 10)).toBe(true);
  });
});
