// The structure step: candidate readings scored on the text's own evidence, lists split and
// closed, the self-check, and an archivist's front-matter hints. Documents here are short
// and of other regions than the seeds; each test names the evidence that decides it.
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { countScore, numberingScore, withoutNonProjects } from "../../src/ingest/candidates.ts";
import { statedCount, statedCounts } from "../../src/ingest/segment.ts";
import type { ItemDraft } from "../../src/ingest/draft.ts";
import { matchMarker, MARKER_FAMILIES } from "../../src/ingest/markers.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const run = (text: string, name = "doc.txt") => convert([{ name, bytes: encode(text) }]);
const item = (no: number | null, group = 0): ItemDraft => ({ no, title: "x", titleSpan: null, level: null, section: null, responsible: [], passages: [], list: 0, group });

describe("the marker table", () => {
  it("names the family of every row's own example", () => {
    for (const family of MARKER_FAMILIES) {
      const first = family.example.split(" · ")[0]!;
      expect(matchMarker(first)?.type === "group" ? "group" : matchMarker(first)?.type, first).toBe(family.type);
    }
  });

  it("reads the programme's ordinal after the name of the one who answers in an interview (周海波：第一件是…) as a numbered item, not any speaker's line", () => {
    expect(matchMarker("周海波：第一件是稳就业促增收。全年城镇新增就业6.5万人以上。")).toMatchObject({ type: "ordinal", numbers: [1] });
    expect(matchMarker("答：第二项，改造老旧小区。")).toMatchObject({ type: "ordinal", numbers: [2] });
    expect(matchMarker("周海波：今年的实事进展顺利。")).toBeNull();
  });
  it("reads circled numerals and 第N件 as numbered items, —— as an unnumbered bullet", () => {
    expect(matchMarker("⑫新建公办幼儿园8所")).toMatchObject({ type: "circled", numbers: [12] });
    expect(matchMarker("第三件，改造老旧小区")).toMatchObject({ type: "ordinal", numbers: [3] });
    expect(matchMarker("——稳就业促创业。全区城镇新增就业")).toMatchObject({ type: "dash", numbers: [] });
    expect(matchMarker("1.5万人参加培训")).toBeNull();
  });
});

describe("evidence", () => {
  it("scores numbering that runs 1..N, restarting only under a new heading", () => {
    expect(numberingScore([item(1), item(2), item(3)])).toBe(1);
    expect(numberingScore([item(1, 0), item(2, 0), item(1, 1), item(2, 1)])).toBe(1);
    // The same numbers restarting with no heading between them: the restart is no evidence of a list.
    expect(numberingScore([item(1), item(2), item(1), item(2)])).toBe(0.75);
    expect(numberingScore([item(null), item(null)])).toBe(0.5);
  });

  it("takes runs of one or two under each of many headings as parts of the headings, not a list", () => {
    // ● A / 1. ● B / 1. 2. ● C / 1. ● D / 1.: the 1. lines number each heading's parts.
    const parts = [item(1, 0), item(1, 1), item(2, 1), item(1, 2), item(1, 3)];
    expect(numberingScore(parts)).toBeLessThan(0.5);
    // 一、省定 / 1. 2. 3. 二、市定 / 1. 2. 3.: two headings over lists of their own.
    expect(numberingScore([item(1, 0), item(2, 0), item(3, 0), item(1, 1), item(2, 1), item(3, 1)])).toBe(1);
    // （一）X / 1.… （二）Y / 2.…: one item under each heading, numbered on across them, is a list.
    expect(numberingScore([item(1, 0), item(2, 1), item(3, 2), item(4, 3)])).toBe(1);
  });

  it("scores agreement with the stated count, falling off as the reading strays", () => {
    expect(countScore(12, [12])).toBe(1);
    expect(countScore(12, [10, 12])).toBe(1);
    expect(countScore(25, [12])).toBe(-1);
    expect(countScore(10, [12])).toBeLessThan(0);
    expect(countScore(11, [])).toBe(0);
  });

  it("takes a long list one short of or over its count (a name the page cut) as half an agreement, a short one not", () => {
    expect(countScore(14, [15])).toBe(0.5);
    expect(countScore(9, [8])).toBe(0.5);
    expect(countScore(5, [6])).toBeLessThan(0);
    expect(countScore(13, [15])).toBeLessThan(0);
    // The narrative reading's cuts are guesses: one off is no agreement there.
    expect(countScore(11, [10], false, false)).toBeLessThan(0);
  });

  it("takes items numbered 1..k, at least half the stated count, as the start of a list cut short", () => {
    expect(countScore(6, [10], true)).toBe(0);
    expect(countScore(6, [10], false)).toBeLessThan(0);
    expect(countScore(4, [25], true)).toBe(-1);
    expect(countScore(12, [10], true)).toBeLessThan(0);
  });

  it("takes items numbered 1..k that run to where the page was cut mid-sentence as a list cut short, however few", () => {
    expect(countScore(4, [10], true, true, true)).toBe(0);
    expect(countScore(4, [10], true, true, false)).toBeLessThan(0);
    // Not numbered from 1: no list's start.
    expect(countScore(4, [10], false, true, true)).toBeLessThan(0);
  });

  it("reads a numbered list that runs to a cut page over a narrative reading that happens to meet the count", () => {
    const text = [
      "2022年黄冈“十件实事”最新进展",
      "7月20日,黄冈市就十件实事有关工作进展情况进行了通报。",
      "实事一:创建11个美丽乡村试点村,实施村级基础设施项目200个。",
      "截至6月30日,11个试点村项目全面完工;已开工200个,开工率100%;已完工135个,完工率67.5%。",
      "实事二:新改扩建农村公路300公里,加固改造危桥120座。",
      "截至6月30日,完成农村公路新改扩建项目194个、163.98公里,完成年度目标的54.7%,余下的150个项目正在推进;危桥改造已完成87座,完成计划的72.5%。",
      "实事三:改造老旧小区131个、背街小巷38条。",
      "截至6月30日,老旧小区改造131个项目全面开工,开工率100%;背街小巷完工24条,在建13条,开工率97.4%,完工率63.2%。",
      "截至6月30日,全市计划新改扩建幼儿园、小学、初中",
    ].join("\n");
    const [report] = run(text).archive.reports;
    expect(report!.projects.map((p) => p.no)).toEqual([1, 2, 3]);
  });
});

const TONGBAO = [
  "柳州市人民政府办公室关于2023年市级为民办实事完成情况的通报",
  "",
  "2023年，全市4项为民办实事全部完成年度计划。现将有关情况通报如下：",
  "",
  "一、促进就业创业",
  "（一）城镇新增就业4.1万人，完成年度计划的102.5%。",
  "（二）开展职业技能培训2.2万人次，完成年度计划的110%。",
  "",
  "二、扩大学前教育资源",
  "（一）新建公办幼儿园6所，完成年度计划的100%。",
  "",
  "三、改造老旧小区",
  "（一）开工改造老旧小区52个，完成年度计划的104%。",
  "（二）加装电梯80部，完成年度计划的114.3%。",
  "",
  "四、建设农村公路",
  "（一）新改建农村公路260公里，完成年度计划的104%。",
  "",
  "下一步，各责任单位要巩固成果：",
  "（一）健全长效管护机制。",
  "（二）做好新旧年度衔接。",
].join("\n");

describe("choosing the reading", () => {
  it("reads a story's works where two of its four subheads hold them and the other two tell no figure (a story, a deputy's words)", () => {
    const text = [
      "自贡市2021年10件民生实事亮出前三季度“成绩单”",
      "",
      "今年初，市政府将10件民生实事写进《政府工作报告》。截至9月底，10件民生实事中，3件已提前完成全年目标任务。",
      "",
      "托起“一老一小” 新增学位1.2万个",
      "",
      "今年，我市计划新建、改扩建中小学和幼儿园16所，截至9月底已建成投用13所，完成全年任务的81.3%。",
      "",
      "在“老”的一头，我市今年计划新建社区养老服务综合体12个，目前已建成10个；为2000户经济困难老年人家庭实施适老化改造，已完成2000户。",
      "",
      "民生为大 “急难愁盼”一件件解决",
      "",
      "城镇老旧小区改造是群众最关心的实事之一。今年我市计划改造老旧小区156个，截至9月底已完工118个。",
      "",
      "今年全市计划为9.2万农村人口巩固提升供水保障水平，目前已完成7.4万人。",
      "",
      "今年计划为1.5万名农村妇女免费开展宫颈癌、乳腺癌筛查，目前已完成1.5万人；计划建成标准化村卫生室80个，已建成64个。",
      "",
      "在出行方面，全市今年计划新改建农村公路500公里，截至9月底已完成410公里；中心城区新增公共停车泊位3000个的目标，目前已新增1960个。",
      "",
      "一条路 让盐都老街“活”了过来",
      "",
      "沿滩区仙市古镇旁的一条村道，今年被纳入农村公路建设项目。路修通后，周边村民开起了农家乐。",
      "",
      "代表“挂牌”督办 滞后项目逐一销号",
      "",
      "为确保民生实事落到实处，市人大常委会对民生实事实行人大代表“挂牌”监督，每件实事由一个代表小组跟踪督办。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`).join(" "))).toEqual([
      "16所 13所",
      "12个 10个",
      "2000户 2000户",
      "156个 118个",
      "9.2万人 7.4万人",
      "1.5万名 1.5万人",
      "80个 64个",
      "500公里 410公里",
      "3000个 1960个",
    ]);
  });

  it("reads the sections as the projects where they are as many as the text states and the promises numbered straight through them are not", () => {
    const section = (k: number, name: string, promises: string[]) => [`（${"一二三四五"[k]}）${name}`, ...promises];
    let n = 0;
    const promise = (task: string, done: string) => [`${++n}.承诺：${task}`, done];
    const text = [
      "安徽省2013年省政府五件实事落实情况的报告",
      "",
      "2013年，省政府向全省人民承诺的五件实事已全面完成。现将有关情况报告如下：",
      "",
      ...section(0, "促进城乡就业创业", [...promise("城镇新增就业40万人。", "全省城镇新增就业43.2万人，完成年度任务的108%。"), ...promise("发放小额担保贷款18亿元。", "全年发放小额担保贷款21.5亿元。")]),
      ...section(1, "实施农村饮水安全工程", promise("解决农村180万人饮水安全问题。", "解决了192.6万农村人口的饮水安全问题。")),
      ...section(2, "推进农村公路建设", promise("新改建农村公路8000公里。", "全年新改建农村公路8640公里。")),
      ...section(3, "改善中小学办学条件", promise("新建、改扩建公办幼儿园400所。", "新建、改扩建公办幼儿园428所。")),
      ...section(4, "丰富群众文化生活", promise("新建农家书屋4000个。", "全年新建农家书屋4120个。")),
    ].join("\n\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "促进城乡就业创业"],
      [2, "实施农村饮水安全工程"],
      [3, "推进农村公路建设"],
      [4, "改善中小学办学条件"],
      [5, "丰富群众文化生活"],
    ]);
  });

  it("reads no heading that is only a figure or how far a work got (85.56% · 持续推进) as a project: a progress table's cells, one per line, are its rows", () => {
    const cells = (row: string[]) => row.map((c) => `${c} |`).join("\n");
    const text = [
      "霍山县2021年民生工程1-9月份实施进度表（一）",
      "",
      "现将我县2021年20项民生工程截至9月30日的实施进度予以公示（本表为第1-4号项目，其余项目见进度表（二）），接受社会监督。",
      "",
      cells(["序号", "类别", "项目名称", "目标任务", "牵头单位", "年度目标", "累计完成", "累计进度", "备注"]),
      cells(["1", "一、就业创业（2项）", "高校毕业生就业促进", "城镇新增就业3800人", "县人社局", "3800", "3512", "92.42%", ""]),
      cells(["2", "创业担保贷款", "发放创业担保贷款0.9亿元", "县人社局、县财政局", "0.9", "0.77", "85.56%", "单位：亿元"]),
      cells(["3", "二、社会保障（2项）", "困难群众临时救助", "按需及时救助", "县民政局", "-", "3120", "持续推进", "单位：人次"]),
      cells(["4", "孤儿基本生活保障", "按月足额发放保障金", "县民政局", "-", "1450", "持续推进", "单位：人次"]),
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4]);
    expect(report.projects.map((p) => p.title)).toContain("高校毕业生就业促进");
    expect(report.projects.filter((p) => /^[\d.%]+$|推进$/u.test(p.title))).toEqual([]);
  });

  it("reads 一、 lines as the projects when they match the stated count, their （一） lines as sub-parts", () => {
    const { archive } = run(TONGBAO);
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.length])).toEqual([
      [1, "促进就业创业", 2],
      [2, "扩大学前教育资源", 1],
      [3, "改造老旧小区", 2],
      [4, "建设农村公路", 1],
    ]);
    expect(report.sources[0]!.kind).toBe("results");
    expect(report.sources[0]!.check).toEqual({ layout: "marker:part", stated: 4, read: 4, numbering: "ok" });
  });

  it("reads the projects a progress notice names group by group, each group as many as its count, over prose cut at its counts and shares though as many pieces as the text states (9件)", () => {
    const text = [
      "【常德市】提前完成12项省市重点民生实事",
      "",
      "10月20日,2021年1-10月省、市重点民生实事项目调度会上发布消息,常德市已提前完成12项省、市重点民生实事项目,但仍有5项进展偏慢。",
      "",
      "截至10月15日,省实事9件14项中有8项提前完成,占比57%;4项进展较快,占比29%;2项进度偏慢,占比14%。其中,进度偏慢的2项分别是:农村供水提升、直播卫星户户通。",
      "",
      "市实事9件16项中,有4项提前完成任务,占比25%;9项进展较快,占比56%;3项进展偏慢,占比19%。其中,进展偏慢的3项分别是:城区停车场建设、口袋公园建设、公共厕所建设。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["农村供水提升", "直播卫星户户通", "城区停车场建设", "口袋公园建设", "公共厕所建设"]);
    expect(report.sources[0]!.kind).toBe("progress");
  });

  it("reads bullets as the projects when each carries one or two numbered parts", () => {
    const text = [
      "2022年瑞安市民生实事项目",
      "",
      "2022年，瑞安市将办好以下民生实事：",
      "",
      "● 扩大普惠性托育服务",
      "1.新增托位600个。",
      "",
      "● 改造农村公路",
      "1.改造提升农村公路60公里。",
      "2.新建港湾式候车亭20个。",
      "",
      "● 建设城市书房",
      "1.新建城市书房8家。",
      "",
      "● 提升急救服务",
      "1.新增急救站点5个。",
      "2.配备救护车10辆。",
      "",
      "● 推进老年助餐",
      "1.新建老年食堂30家。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => [p.title, p.metrics.length])).toEqual([
      ["扩大普惠性托育服务", 1],
      ["改造农村公路", 2],
      ["建设城市书房", 1],
      ["提升急救服务", 2],
      ["推进老年助餐", 1],
    ]);
  });

  it("closes the list at 下一步: the closing measures are not projects", () => {
    const { archive } = run(TONGBAO);
    expect(archive.reports[0]!.projects.map((p) => p.title)).not.toContain("健全长效管护机制");
  });

  it("prints every candidate with its score, the winner first", () => {
    const { readings } = run(TONGBAO);
    expect(readings[0]!.lines[0]).toBe("list 1: marker:part, stated 4, read 4, numbering ok");
    expect(readings[0]!.lines[1]).toMatch(/^ {2}marker:part /);
    expect(readings[0]!.lines.some((l) => /marker:section .*items=6/.test(l))).toBe(true);
  });

  it("splits last year's results from this year's plan where a paragraph opens the new list", () => {
    const text = [
      "遂宁市发布民生实事成绩单和任务书",
      "",
      "2024年，我市3件民生实事全部完成。具体如下：",
      "1.新增城镇就业2.1万人，完成年度目标的105%。",
      "2.改造老旧小区40个，完成年度目标的100%。",
      "3.新建公办幼儿园5所，完成年度目标的125%。",
      "",
      "2025年，我市将继续办好3件民生实事：",
      "1.新增城镇就业2万人。",
      "2.改造老旧小区35个。",
      "3.新增普惠托位600个。",
    ].join("\n");
    const reports = run(text).archive.reports;
    expect(reports.map((r) => [r.region.name, r.year, r.sources[0]!.kind, r.projects.length])).toEqual([
      ["遂宁市", 2024, "results", 3],
      ["遂宁市", 2025, "plan", 3],
    ]);
    expect(reports[1]!.projects[0]!.metrics[0]).toMatchObject({ value: 2, unit: "万人", role: "target" });
  });

  it("splits last year's results from this year's plan where a numbered line of the first list opens the new one (4.…2025年将继续办好…具体如下：)", () => {
    const text = [
      "广元市2024年民生实事完成情况",
      "",
      "2024年，我市10件民生实事全部完成。",
      "1.新建改扩建幼儿园12所，新增学位3600个。",
      "2.改造老旧小区85个，惠及居民1.2万户。",
      "3.新增城镇就业3.1万人，完成年度目标的110%。",
      "4.我市2025年将继续办好10件民生实事，具体如下：",
      "1.新建城市公园5个。",
      "2.改造农村公路300公里。",
      "3.新增养老床位800张。",
    ].join("\n");
    const reports = run(text).archive.reports;
    expect(reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.map((p) => p.no)])).toEqual([
      [2024, "results", [1, 2, 3]],
      [2025, "plan", [1, 2, 3]],
    ]);
  });

  it("reads a list named in one sentence, each figure clause going to the project it names", () => {
    const text = [
      "绵阳市2024年五件民生实事全部完成",
      "",
      "今年确定的五件实事是：城区学校扩容、老旧小区改造、农村公路建设、社区养老服务和城乡公厕建设，均已完成。",
      "",
      "全年城区学校新增学位3200个，改造老旧小区36个，新改建农村公路180公里，新建社区养老服务站20个，新建城乡公厕60座，分别完成年度计划的106%、100%、112.5%、100%、120%。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}@${m.rate}`)])).toEqual([
      ["城区学校扩容", ["3200个@106"]],
      ["老旧小区改造", ["36个@100"]],
      ["农村公路建设", ["180公里@112.5"]],
      ["社区养老服务", ["20个@100"]],
      ["城乡公厕建设", ["60座@120"]],
    ]);
  });

  it("reads a list with no marks, one short line per project, each line's first clause its title", () => {
    const text = [
      "2025年自贡市将办好5件民生实事",
      "",
      "今年，自贡将接续办好5件民生实事。具体包括：",
      "新开工改造城镇老旧小区120个。",
      "建设30个口袋公园、5座体育公园。",
      "在农村，加装农村公路安全护栏400公里，消除隐患路段。",
      "为20万中小学生开展心理健康测评。",
      "新增公交线路12条。",
      "",
      "责任编辑：李明",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.sources[0]!.check).toMatchObject({ layout: "lines", stated: 5, read: 5 });
    expect(report.projects.map((p) => p.title)).toEqual(["新开工改造城镇老旧小区120个", "建设30个口袋公园、5座体育公园", "加装农村公路安全护栏400公里", "为20万中小学生开展心理健康测评", "新增公交线路12条"]);
  });

  it("reads a line of up to 24 characters without a figure as a project's bare name in such a list", () => {
    const text = [
      "2024年德阳市将办好5件民生实事",
      "",
      "今年，德阳将接续办好5件民生实事。具体包括：",
      "",
      "新开工改造城镇老旧小区80个。",
      "",
      "农村订单定向免费医学生培养和基层卫生人才队伍建设",
      "",
      "建设20个口袋公园、3座体育公园。",
      "",
      "为15万中小学生开展视力筛查。",
      "",
      "新增公交线路9条。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.sources[0]!.check).toMatchObject({ layout: "lines", read: 5 });
    expect(report.projects[1]!.title).toBe("农村订单定向免费医学生培养和基层卫生人才队伍建设");
  });

  it("reads a table drawn one cell per line, sub-rows included", () => {
    const text = [
      "绵阳市2024年为民办实事进展情况",
      "",
      "今年以来，全市3项为民办实事推进顺利。现将截至9月底进展情况公布如下：",
      "",
      "序号",
      "名称",
      "完成情况",
      "占全年计划",
      "1",
      "城镇新增就业",
      "新增就业1.8万人",
      "90%",
      "2",
      "老旧小区改造",
      "开工改造老旧小区30个",
      "100%",
      "惠及居民5000户",
      "95%",
      "3",
      "农村公路建设",
      "新改建农村公路150公里",
      "75%",
      "",
      "下一步，各责任单位要加快进度。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.sources[0]).toMatchObject({ kind: "progress", asOf: "2024-09-30" });
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}@${m.rate}`)])).toEqual([
      [1, "城镇新增就业", ["1.8万人@90"]],
      [2, "老旧小区改造", ["30个@100", "5000户@95"]],
      [3, "农村公路建设", ["150公里@75"]],
    ]);
  });

  it("keeps in a one-cell-per-line table's last row a sub-row cell with a 。 inside it", () => {
    const text = [
      "广元市2024年为民办实事进展情况",
      "",
      "今年以来，全市3项为民办实事推进顺利。现将截至9月底进展情况公布如下：",
      "",
      "序号",
      "名称",
      "完成情况",
      "占全年计划",
      "1",
      "城镇新增就业",
      "新增就业1.1万人",
      "85%",
      "2",
      "农村公路建设",
      "新改建农村公路90公里",
      "75%",
      "3",
      "老旧小区改造",
      "开工改造老旧小区24个",
      "100%",
      "惠及居民3600户。其中困难家庭200户",
      "90%",
      "",
      "下一步，各责任单位要加快进度。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projects.at(-1)!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["24个", "3600户", "200户"]);
  });

  it("reads TAB-separated and edge-less pipe tables alike, pairing target and actual in a row", () => {
    const rows = (sep: string) =>
      [
        ["序号", "项目", "年度目标", "完成情况", "完成率"],
        ["1", "新建幼儿园", "新建幼儿园8所", "建成8所", "100%"],
        ["2", "改造供水管网", "改造供水管网40公里", "完成44公里", "110%"],
        ["3", "新增停车泊位", "新增泊位2000个", "新增2300个", "115%"],
      ].map((r) => r.join(sep) + (sep === " | " ? " |" : "")).join("\n");
    for (const sep of ["\t", " | "]) {
      const text = `德阳市2024年为民办实事完成情况\n\n2024年，全市3项为民办实事全部完成。\n\n${rows(sep)}\n`;
      const report = run(text).archive.reports[0]!;
      expect(report.projects.map((p) => p.metrics.map((m) => `${m.role}:${m.value}${m.unit}${m.rate === null ? "" : "@" + m.rate}`)), JSON.stringify(sep)).toEqual([
        ["target:8所", "actual:8所@100"],
        ["target:40公里", "actual:44公里@110"],
        ["target:2000个", "actual:2300个@115"],
      ]);
    }
  });
});

describe("stated counts", () => {
  it("reads the count written after the programme's name, and the 项 of N件M项 over headings that count their own items", () => {
    const text = [
      "张掖市人民政府关于公布2021年为民实事项目的公告",
      "",
      "市人民政府确定2021年为民实事项目2件4项，现公告如下：",
      "",
      "一、促进就业增收（2项）",
      "1.城镇新增就业4500人。",
      "2.农村劳动力转移就业3.2万人次。",
      "二、改善居住条件（2项）",
      "3.改造老旧小区12个。",
      "4.新建保障性住房300套。",
    ].join("\n");
    const report = run(text).archive.reports[0]!;
    expect(report.projectCount).toBe(4);
    expect(report.projects.map((p) => p.no)).toEqual([1, 2, 3, 4]);
  });

  it("reads 十项重要民生实事 and 民生工程9项 as counts", () => {
    const read = (sentence: string) => run(["2024年铜仁市民生实事", "", sentence, "", "1.新增就业1万人。", "2.新建幼儿园3所。", "3.改造老旧小区9个。"].join("\n")).archive.reports[0]!.projectCount;
    expect(read("今年确定了三项重要民生实事项目。")).toBe(3);
    expect(read("今年拟实施民生工程3项，计划总投资1.2亿元：")).toBe(3);
    expect(read("2024年市政府民生实事项目共有3项任务，内容涉及就业、教育、住房。")).toBe(3);
    expect(read("初步形成了拟列入2024年为民办实事项目清单共3件，涉及就业、教育、住房。")).toBe(3);
    expect(read("据了解，今年民心工程实事项目共安排3项，截至目前，2个已全部完成。")).toBe(3);
    expect(read("2024年民生实事项目确定3项。")).toBe(3);
    expect(read("经市人民代表大会代表票决，2024年市政府民生实事项目确定为3项。")).toBe(3);
  });

  it("never takes last year's programme for this year's count", () => {
    expect(statedCount("去年9件民生实事如期完成。今年，我市确定了3项民生实事。")).toBe(3);
    expect(statedCounts("上年12件民生实事全部完成，今年安排10件。")).toEqual([]);
  });

  it("reads a vote's outcome, the programme named before it, as the count (…10个候选项目，经人大代表无记名投票，最终确定8件。), not the candidates", () => {
    expect(statedCounts("今年的民生实事项目从群众提出的612条意见建议中梳理形成10个候选项目，经人大代表无记名投票，最终确定8件。")).toEqual([8]);
    // (Only the sentence's last words: 最终确定8件事项和3个片区 counts no programme.)
    expect(statedCounts("经研究，最终确定8件事项和3个片区。")).toEqual([]);
  });

  it("reads a count told after the programme's name and its 事项 (共确定为民办实事事项12项)", () => {
    expect(statedCounts("据市政府汇报，2024年全市共确定为民办实事事项12项。截至10月31日，已完成8项。")).toEqual([12]);
  });

  it("reads the text's own share of a higher level's programme, told right after its count, as the count (55件…其中涉及盐城的有51件 · 33项…(我市有任务31项))", () => {
    expect(statedCount("2023年,江苏省政府共下达13类55件民生实事,其中涉及盐城的有51件。截至11月底,盐城51件民生实事项目累计完成投资192.66亿元。")).toBe(51);
    expect(statedCount("全省33项民生工程(我市有任务31项)全部完成年度目标任务。")).toBe(31);
    // …after a first count said to be done, too (46件…已提前完成 ‖ 共下达55件,其中涉及盐城的有51件).
    expect(statedCount("盐城:46件民生实事已提前完成年度目标任务。省政府共下达55件民生实事,其中涉及盐城的有51件。")).toBe(51);
    expect(statedCounts("省政府共下达55件民生实事,其中涉及盐城的有51件。")).toEqual([51, 55]);
    // A share larger than the programme is no share of it.
    expect(statedCount("全市10项民生实事,其中我市承担12项任务。")).toBe(10);
  });

  it("gives the candidates no count from a tally of the programme's projects right after 其中 (十件民生实事…其中8件实事完成…80%以上)", () => {
    expect(statedCounts("截至9月底，十件民生实事累计完成投资312.6亿元，其中8件实事完成年度目标任务的80%以上。")).toEqual([10]);
    expect(statedCounts("10项民生实事总体进展顺利，其中3项已提前超额完成年度目标任务，其余7项正按序时推进。")).toEqual([10]);
    // (Counts per level, each after the programme's name its level stands before, state the whole by their sum.)
    expect(statedCounts("2021年，我市承担省重点民生实事11项、市重点民生实事6项。")).toEqual([17]);
    // (…and after 其中，有: 实施38项民生实事项目，其中，有33项民生实事提前或超额完成.)
    expect(statedCounts("市政府安排实施38项民生实事项目。其中，有33项民生实事提前或超额完成，剩余几项年底前完成。")).toEqual([38]);
    // (A count after 其中 with no larger one beside it is still the text's count.)
    expect(statedCounts("今年安排的民生实事中，其中8件实事已经完成。")).toEqual([8]);
  });

  it("reads the works of a count given by kinds first as the count where no other is stated (10大类34个子项目分解到…)", () => {
    expect(statedCount("2020年,武宣县明确将10大类34个子项目分解到16个县直相关部门,多措并举扎实推进为民办实事工作。")).toBe(34);
    expect(statedCounts("2020年,武宣县明确将10大类34个子项目分解到16个县直相关部门。")).toEqual([10, 34]);
  });

  it("gives the candidates the count of a programme told only by its parts (37个子项中36个子项已完成), as the report's count is", () => {
    const text = "2021年,区委、区政府实施了一批民心工程项目。37个子项中36个子项已完成,1个子项基本完成。";
    expect(statedCount(text)).toBe(37);
    expect(statedCounts(text)).toEqual([37]);
    // A programme counted in its own words keeps that count alone.
    expect(statedCounts("2021年20项民心工程共37个子项,其中36个子项已完成。")).not.toContain(36);
  });
});


describe("a list the text completes before it, in the paragraph that announces it", () => {
  const text = (counted: string, rest: string) =>
    [
      "上半年攸县重点民生实事进展顺利",
      "",
      `2024年省重点民生实事涉及我县任务共7项，截至6月30日，${counted}，${rest}进展情况如下：`,
      "",
      "1.城镇新增就业：年度目标2800人，已新增1650人，完成率58.9%。",
      "2.农村公路提质改造：年度任务40公里，已完工22公里。",
      "3.城镇老旧小区改造：年度计划开工改造小区12个，已全部开工。",
      "4.农村供水工程：年度任务新建改造供水工程5处，已完工2处。",
      "5.残疾儿童康复救助：年度任务120人，已救助80人。",
      "",
      "下半年将重点抓好三方面工作：一是紧盯进度滞后项目；二是加强工程质量安全监管；三是做好资金拨付。",
    ].join("\n");
  const titles = (t: string) => run(t).archive.reports[0]!.projects.map((p) => p.title);
  const list = ["城镇新增就业", "农村公路提质改造", "城镇老旧小区改造", "农村供水工程", "残疾儿童康复救助"];

  it("adds the works it counts and names in brackets before the rest it counts as the list's, where together they meet the count", () => {
    expect(titles(text("其中2项政策提标类任务（提高城乡低保标准、提高困难残疾人“两项补贴”标准）已于年初全面落实到位", "其余5项"))).toEqual(["提高城乡低保标准", "提高困难残疾人“两项补贴”标准", ...list]);
  });

  it("adds none where the rest counted is not the list, or the works named and the list together miss the count", () => {
    expect(titles(text("其中2项政策提标类任务（提高城乡低保标准、提高困难残疾人“两项补贴”标准）已于年初全面落实到位", "其余4项"))).not.toContain("提高城乡低保标准");
    expect(titles(text("其中3项政策提标类任务（提高城乡低保标准、提高困难残疾人“两项补贴”标准、提高孤儿基本生活费）已全面落实", "其余5项"))).not.toContain("提高城乡低保标准");
  });
});

describe("a list the text completes after it", () => {
  const LIST = [
    "伊宁市八件民生实事前三季度进展顺利",
    "",
    "截至9月底，伊宁市2023年确定的八件民生实事累计完成投资3.1亿元。",
    "",
    "■城区供热管网改造：已改造老旧管网21公里，完成年度任务的105%。",
    "",
    "■老年助餐点建设：计划新建助餐点15个，已建成12个。",
    "",
    "■公共停车场建设：新增公共停车位1200个，完成年度任务的80%。",
    "",
    "■农贸市场改造：改造农贸市场4个，已全部投入运营。",
    "",
    "■社区卫生服务站建设：新建社区卫生服务站6个，已建成5个。",
    "",
  ];
  const titles = (rest: string) => run([...LIST, rest, "", "下一步，市发改委将加强调度，确保年底前全面完成。"].join("\n")).archive.reports[0]!.projects.map((p) => p.title);

  it("adds the projects a later sentence names and counts as exactly the rest of the stated count, or some of it after 此外", () => {
    const read = ["城区供热管网改造", "老年助餐点建设", "公共停车场建设", "农贸市场改造", "社区卫生服务站建设"];
    expect(titles("此外，“城乡居民两癌筛查”“背街小巷改造”“农村饮水提升”3件实事也在有序推进中。")).toEqual([...read, "城乡居民两癌筛查", "背街小巷改造", "农村饮水提升"]);
    expect(titles("另外，城乡居民两癌筛查、背街小巷改造和农村饮水提升3项实事正按计划推进。")).toEqual([...read, "城乡居民两癌筛查", "背街小巷改造", "农村饮水提升"]);
    // Some of the rest, where the sentence says they come besides the list (此外…2件), are added too; not where it
    // counts more than the rest, nor without saying so, nor where its names repeat the list's.
    expect(titles("此外，“城乡居民两癌筛查”“背街小巷改造”2件实事也在有序推进中。")).toEqual([...read, "城乡居民两癌筛查", "背街小巷改造"]);
    expect(titles("此外，“城乡居民两癌筛查”“背街小巷改造”“农村饮水提升”“城市书房建设”4件实事也在有序推进中。")).toEqual(read);
    expect(titles("“城乡居民两癌筛查”“背街小巷改造”2件实事也在有序推进中。")).toEqual(read);
    expect(titles("此外，“老年助餐点建设”“公共停车场建设”“农贸市场改造”3件实事已提前完成。")).toEqual(read);
  });
});
describe("kind", () => {
  it("reads a month's progress notice (10月份…进展情况) as progress to that month", () => {
    const text = ["2023年10月份巴中市民生实事项目进展情况", "", "今年3项民生实事推进顺利。", "1.新增城镇就业1万人，完成年度目标的90%。", "2.新建幼儿园3所。", "3.改造老旧小区9个，完成年度目标的80%。"].join("\n");
    expect(run(text).archive.reports[0]!.sources[0]).toMatchObject({ kind: "progress", asOf: "2023-10-31" });
  });
});

describe("the self-check", () => {
  it("warns at the list's line when the projects read differ from the count the text states", () => {
    const text = ["宜宾市2024年十件民生实事进展", "", "今年，我市确定了10件民生实事。", "", "1.新增城镇就业1.5万人。", "2.改造老旧小区20个。", "3.新建幼儿园4所。"].join("\n");
    const { archive, warnings } = run(text, "yibin.txt");
    expect(archive.reports[0]!.sources[0]!.check).toMatchObject({ stated: 10, read: 3 });
    expect(warnings.map((w) => [w.seed, w.line])).toEqual([["yibin.txt", 5]]);
    expect(warnings[0]!.message).toMatch(/read 3 projects where the text states 10/);
  });

  it("rejects a text that only says 民生 in passing, with the reason", () => {
    const text = ["西湖景区国庆假期接待游客创新高", "", "国庆期间，景区接待游客120万人次，同比增长8%。", "", "为保障周边市民生活，景区增开公交线路6条，新增停车泊位800个。"].join("\n");
    const { archive } = run(text, "tourism.txt");
    expect(archive.reports).toEqual([]);
    expect(archive.rejected[0]!.reason).toMatch(/^tourism\.txt:1: not a livelihood-projects report/);
  });
});

describe("regions read at word boundaries", () => {
  it("never spells a region from two districts listed apart (海曙 江北 is not 海北)", () => {
    const text = ["宁波市2014年民生实事进展", "", "市政府民生实事项目共有3项。", "", "1.新增公交线路10条。责任单位：鄞州 海曙 江北 北仑各区政府", "2.改造老旧小区20个。", "3.新建幼儿园4所。"].join("\n");
    expect(run(text).archive.reports[0]!.region.name).toBe("宁波市");
  });

  it("never reads a region inside an ordinary word (扩大同城化 is not 大同)", () => {
    const text = ["湖州市2024年民生实事进展", "", "我市扩大同城化公交覆盖，3项民生实事进展顺利。", "", "1.新增公交线路10条。", "2.改造老旧小区20个。", "3.新建幼儿园4所。"].join("\n");
    expect(run(text).archive.reports[0]!.region.name).toBe("湖州市");
  });
});

describe("the region a text speaks for", () => {
  const list = ["1.新增城镇就业2万人，完成年度目标的105%。", "2.改造老旧小区20个，完成年度目标的100%。", "3.新建幼儿园4所，完成年度目标的100%。"];
  const regionOf = (...lines: string[]) => run([...lines, ...list].join("\n")).archive.reports[0]!.region.name;

  it("is the county-level city, not the prefecture it lies in", () => {
    expect(regionOf("义乌市2024年3件民生实事完成情况", "", "2024年，义乌市3件民生实事全部完成，金华市委、市政府高度重视。")).toBe("义乌市");
  });

  it("is the province when the text speaks as 全省 and names only a city", () => {
    expect(regionOf("2024年全省3件民生实事进展顺利", "", "今年以来，全省各地扎实推进民生实事。在长沙市召开的推进会上，省政府要求加快进度。")).toBe("湖南省");
  });

  it("is the city whose districts and bodies the text names", () => {
    expect(regionOf("2024年为民办实事项目完成情况", "", "今年，我市3项为民办实事全部完成。鼓楼区、台江区、仓山区、晋安区积极推进，福州市公安局配合落实。")).toBe("福州市");
  });
});

describe("corrections in front matter", () => {
  const body = ["德阳市2024年民生实事完成情况", "", "一、就业", "1.新增城镇就业1.5万人。", "2.开展技能培训3万人次。", "二、教育", "1.新建幼儿园4所。", "2.新增学位2400个。"].join("\n");

  it("items: names the numbering that marks the projects", () => {
    const read = (fm: string) => run(`---\n${fm}\n---\n${body}`).archive.reports[0]!.projects.map((p) => p.title);
    expect(read("items: 一、")).toEqual(["就业", "教育"]);
    expect(read("items: dot")).toEqual(["新增城镇就业", "开展技能培训", "新建幼儿园", "新增学位"]);
  });

  it("count: states the count the text does not, and the self-check weighs it", () => {
    const report = run(`---\ncount: 2\n---\n${body}`).archive.reports[0]!;
    expect(report.projectCount).toBe(2);
    expect(report.projects.map((p) => p.title)).toEqual(["就业", "教育"]);
    expect(report.sources[0]!.check?.stated).toBe(2);
  });

  it("split: starts another report at a line of the file", () => {
    const text = ["---", "split: 10", "---", "资阳市民生实事", "", "2023年完成情况：", "1.新增城镇就业1.5万人，完成年度目标的110%。", "2.新建幼儿园4所，完成年度目标的100%。", "", "2024年安排：", "1.新增城镇就业1.6万人。", "2.新建幼儿园5所。"].join("\n");
    const reports = run(text).archive.reports;
    expect(reports.map((r) => [r.year, r.sources[0]!.kind, r.projects.length])).toEqual([
      [2023, "results", 2],
      [2024, "plan", 2],
    ]);
  });

  it("rejects a hint it cannot use, naming the field", () => {
    const { archive } = run(`---\nitems: 甲乙\n---\n${body}`, "bad-hint.txt");
    expect(archive.rejected[0]!.reason).toMatch(/^bad-hint\.txt:2: front matter items "甲乙"/);
  });
});

describe("a list cut off after its sixth of ten headings", () => {
  it("reads the six numbered projects, not a narrative that happens to find ten pieces", () => {
    const text = [
      "张掖市甘州区2025年度十件民生实事项目出炉",
      "一、村内道路提升工程",
      "在12个乡镇硬化道路8万平方米并安装路灯900盏，惠及12个乡镇。",
      "二、农村饮水维修工程",
      "维修更换农村30处机泵，改善7万人口饮水安全。",
      "三、电网改造工程",
      "改造10千伏线路12公里、0.4千伏线路150公里，新增配变40台；受益群众4万人。",
      "四、供热扩建工程",
      "铺设供热主管网，全长约3.5公里，惠及3万户居民。",
      "五、排水管网改造工程",
      "铺设雨水管网300米、污水管网320米。",
      "六、幼儿园提质工程",
      "对全县15所中心幼儿园提档升级，新增学位600个。",
    ].join("\n");
    const [report] = run(text).archive.reports;
    expect(report!.projectCount).toBe(10);
    expect(report!.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "村内道路提升工程"],
      [2, "农村饮水维修工程"],
      [3, "电网改造工程"],
      [4, "供热扩建工程"],
      [5, "排水管网改造工程"],
      [6, "幼儿园提质工程"],
    ]);
  });
});

describe("evidence at its limits", () => {
  it("scores a count off by a tenth -0.2 and by half or more -1", () => {
    expect(countScore(27, [30])).toBeCloseTo(-0.2, 10);
    expect(countScore(33, [30])).toBeCloseTo(-0.2, 10);
    expect(countScore(15, [10])).toBe(-1);
    expect(countScore(5, [10])).toBe(-1);
  });
  it("takes the closest of several stated counts", () => {
    expect(countScore(18, [40, 20])).toBeCloseTo(-0.2, 10);
  });
  it("takes exactly half the stated count, numbered from 1, as a list cut short, but not fewer", () => {
    expect(countScore(5, [10], true)).toBe(0);
    expect(countScore(4, [10], true)).toBe(-1);
  });
  it("scores numbering from the share of items in order, unnumbered where fewer than half carry a number", () => {
    expect(numberingScore([item(1), item(2), item(4), item(5)])).toBe(0.75);
    expect(numberingScore([item(2), item(3)])).toBe(0.5);
    expect(numberingScore([item(1), item(null), item(null)])).toBe(0.5);
    expect(numberingScore([item(1), item(2), item(null)])).toBeCloseTo(2 / 3, 10);
  });
});

describe("items that are no projects", () => {
  it("drops an item that opens on a person or only names money raised or paid, and keeps works of 我市 and works that invest", () => {
    const named = (title: string): ItemDraft => ({ ...item(null), title });
    const structure = { items: ["新建农贸市场", "我们每月能领到", "到位资金", "拨付", "超序时进度", "他家", "我局承办", "我市新建公办幼儿园", "投资建设城市书房", "改造农村公路"].map(named), preamble: [], lists: 1 };
    expect(withoutNonProjects(structure).items.map((it) => it.title)).toEqual(["新建农贸市场", "我市新建公办幼儿园", "投资建设城市书房", "改造农村公路"]);
  });

  it("drops an item named only by a date (a notice's date under its last line, a dateline run into a paragraph), and keeps dated works", () => {
    const named = (title: string): ItemDraft => ({ ...item(null), title });
    const structure = { items: ["新建农贸市场", "2021年12月15日", "改造农村公路", "2011-10-31", "2024年12月底前建成社区食堂"].map(named), preamble: [], lists: 1 };
    expect(withoutNonProjects(structure).items.map((it) => it.title)).toEqual(["新建农贸市场", "改造农村公路", "2024年12月底前建成社区食堂"]);
  });

  it("reads no projects from a run of the bodies that lead them (教育厅、民政厅、…、残联), but keeps works that build a 中心 or 院", () => {
    const named = (title: string): ItemDraft => ({ ...item(null), title });
    const bodies = { items: ["发改委", "教育厅", "民政厅", "交通厅", "扶贫办", "残联", "新建养老服务中心"].map(named), preamble: [], lists: 1 };
    expect(withoutNonProjects(bodies).items).toEqual([]);
    const works = { items: ["新建养老服务中心", "新建县人民医院", "改造农贸市场", "城乡客运一体化办"].map(named), preamble: [], lists: 1 };
    expect(withoutNonProjects(works).items).toHaveLength(4);
  });
});
