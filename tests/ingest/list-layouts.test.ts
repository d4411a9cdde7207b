// Lists inside a paragraph, feature stories of one paragraph per project, and marked items
// (src/ingest/layouts/): which layout is chosen, and what each project holds.
import { describe, expect, it } from "vitest";
import { convertTexts, onlyReport } from "../helpers/convert-text.ts";

const read = (body: string) => {
  const { archive } = convertTexts({ "a.txt": `南阳市2023年民生实事完成情况\n\n${body}` });
  const report = archive.reports[0]!;
  const check = report.sources[0]!.check!;
  return { layout: check.layout, numbering: check.numbering, projects: report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => `${m.value}${m.unit}${m.rate === null ? "" : ` ${m.rate}%`}`)]) };
};
const FOUR = [
  [1, "新建学校", ["12所"]],
  [2, "改造老旧小区", ["30个"]],
  [3, "新建公园", ["5个"]],
  [4, "改造公路", ["40公里"]],
];

describe("lists inside one paragraph", () => {
  it("reads 一是…；二是… as numbered projects", () => {
    expect(read("今年全市办好民生实事，一是新建学校12所；二是改造老旧小区30个；三是新建公园5个；四是改造公路40公里。")).toEqual({ layout: "inline", numbering: "ok", projects: FOUR });
  });
  it("reads (1)…；(2)… as numbered projects", () => {
    expect(read("重点办好以下民生实事：(1)新建学校12所；(2)改造老旧小区30个；(3)新建公园5个；(4)改造公路40公里。")).toEqual({ layout: "inline", numbering: "ok", projects: FOUR });
  });
  it("reads 一、…；二、… inside a paragraph as numbered projects, and a paragraph a lone 一、 opens as a heading", () => {
    const body = "2017年区级“十件民生实事”共涉及教育、医疗、养老、交通等4个方面。\n\n一、新建学校12所；二、改造老旧小区30个；三、新建公园5个；四、改造公路40公里。";
    const { archive } = convertTexts({ "a.txt": `六盘水市钟山区2017年民生实事完成情况\n\n${body}` });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title])).toEqual(FOUR.map(([no, title]) => [no, title]));
    const headings = convertTexts({ "a.txt": "六盘水市钟山区2017年民生实事完成情况\n\n一、教育\n\n1.新建学校。新建学校12所。\n2.改造老旧小区。改造老旧小区30个。\n\n二、环境\n\n3.新建公园。新建公园5个。" });
    expect(headings.archive.reports[0]!.projects.map((p) => p.no)).toEqual([1, 2, 3]);
  });
  it("opens an item at 第一， only after a clause break, never inside a phrase (居全省第一)", () => {
    expect(read("今年全市办好民生实事。第一，新建学校12所，总数居全省第一，新增学位6000个；第二，改造老旧小区30个；第三，新建公园5个；第四，改造公路40公里。")).toEqual({
      layout: "inline",
      numbering: "ok",
      projects: [[1, "新建学校", ["12所", "6000个"]], ...FOUR.slice(1)],
    });
  });
});

describe("a feature story, one paragraph per project", () => {
  it("takes the short sentence that opens each paragraph for the project's name", () => {
    expect(
      read("城乡人居环境整治工程。完成农村无害化卫生厕所改造2.4万座，完成年度目标任务的120%。\n\n教育提质工程。新建学校12所，完成年度目标任务的100%。\n\n养老服务工程。新建养老院6所，完成年度目标任务的100%。\n\n交通畅通工程。改造公路40公里，完成年度目标任务的110%。"),
    ).toEqual({
      layout: "leads",
      numbering: "unnumbered",
      projects: [
        [null, "城乡人居环境整治工程", ["2.4万座 120%"]],
        [null, "教育提质工程", ["12所 100%"]],
        [null, "养老服务工程", ["6所 100%"]],
        [null, "交通畅通工程", ["40公里 110%"]],
      ],
    });
  });
});

describe("records numbered by a number alone on its line, each field labelled (01 ‖ 项目名称： ‖ … ‖ 项目内容： ‖ … ‖ 责任单位： ‖ …)", () => {
  const record = (no: string, name: string, content: string, unit: string, done: string, alone: boolean) =>
    alone ? [no, "项目名称：", name, "项目内容：", content, "责任单位：", unit, "进展与成效：", done, ""] : [no, `项目名称：${name}`, `项目内容：${content}`, `责任单位：${unit}`, `进展与成效：${done}`, ""];
  const text = [
    "今年，县委、县政府确定实施3项民生实事项目。现将上半年进展与成效情况汇报如下：",
    "",
    ...record("01", "扩大城区学位供给", "新建、改扩建城区中小学和幼儿园5所，新增学位4500个。", "县教科体局、县城投集团", "已新增学位1800个，完成年度目标的40%。", true),
    ...record("02", "实施农村供水保障提升工程", "新建、改造农村供水管网210公里。", "县水利局", "已完成管网铺设136.5公里，完成年度目标的65%。", false),
    ...record("03", "发展普惠托育服务", "新增普惠性托位600个。", "县卫健委、县妇联", "已新增普惠性托位620个，完成年度目标的103.3%。", true),
  ].join("\n");

  it("names each record by its name's field, on its line or the next, its content the target, its progress what was done, its units its own", () => {
    const { archive } = convertTexts({ "a.txt": `于都县2024年民生实事项目上半年进展情况\n\n${text}` });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title, p.responsible, p.metrics.map((m) => `${m.value}${m.unit} ${m.role}${m.rate === null ? "" : ` ${m.rate}%`}`)])).toEqual([
      [1, "扩大城区学位供给", ["县教科体局", "县城投集团"], ["5所 target", "4500个 target", "1800个 actual 40%"]],
      [2, "实施农村供水保障提升工程", ["县水利局"], ["210公里 target", "136.5公里 actual 65%"]],
      [3, "发展普惠托育服务", ["县卫健委", "县妇联"], ["600个 target", "620个 actual 103.3%"]],
    ]);
  });
});

describe("works run together in one paragraph, each opened by a short name of its own", () => {
  it("reads each name's sentence and the sentences after it, up to the next name, as a project (就业创业提质。城镇新增就业…。学位扩容增量。…)", () => {
    expect(
      read(
        "今年确定的4件重点民生实事，截至6月底均已启动实施。具体推进情况如下：\n\n就业创业提质。城镇新增就业7320人，完成年度目标的56.3%。学位扩容增量。2所新建小学主体完工，新增学位1800个。养老服务扩面。新建社区养老服务站9个，完成年度目标的60%。城市停车缓解。新增公共停车泊位1350个。\n\n下半年，将加快施工进度，确保年底前全面完成。",
      ),
    ).toEqual({
      layout: "leads",
      numbering: "unnumbered",
      projects: [
        [null, "就业创业提质", ["7320人 56.3%"]],
        [null, "学位扩容增量", ["2所", "1800个"]],
        [null, "养老服务扩面", ["9个 60%"]],
        [null, "城市停车缓解", ["1350个"]],
      ],
    });
  });
});

describe("marked items", () => {
  it("reads (一) lines as the projects, each with the figures of its paragraph", () => {
    expect(read("(一)新建学校。全市新建学校12所。\n(二)改造老旧小区。全市改造老旧小区30个。\n(三)新建公园。全市新建公园5个。")).toEqual({ layout: "marker:section", numbering: "ok", projects: FOUR.slice(0, 3) });
  });
  it("says the numbering has gaps where a number is missing (1, 2, 4)", () => {
    expect(read("1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n4.新建公园。全市新建公园5个。")).toEqual({
      layout: "marker:dot",
      numbering: "gaps",
      projects: [FOUR[0], FOUR[1], [4, "新建公园", ["5个"]]],
    });
  });
});

describe("a narrative report", () => {
  it("reads the 工程 the prose names as its projects, each with the figures and rates that follow it", () => {
    expect(read("今年以来，我市扎实推进民生实事。实施教育提质工程，新建学校12所，完成年度目标任务的120%。实施养老服务提升工程，新建养老院6所。实施道路畅通工程，改造公路40公里，完成年度目标任务的110%。")).toEqual({
      // Each sentence opens with its project's name as a clause of its own: the named-clause reading.
      layout: "named",
      numbering: "unnumbered",
      projects: [
        [null, "实施教育提质工程", ["12所 120%"]],
        [null, "实施养老服务提升工程", ["6所"]],
        [null, "实施道路畅通工程", ["40公里 110%"]],
      ],
    });
  });
});

describe("titles of marked items", () => {
  it("takes a dotted item's first clause for its title where the item has no sentence end", () => {
    expect(read("1.全年新建学校12所,完成年度目标任务的120%\n2.全年改造老旧小区30个,完成年度目标任务的100%\n3.全年新建公园5个,完成年度目标任务的100%").projects.map(([, title]) => title)).toEqual(["全年新建学校", "全年改造老旧小区", "全年新建公园"]);
  });
});

describe("a voted list without figures, its works' figures told in the prose after it", () => {
  const story = (prose: string[]) =>
    [
      "合江县票决产生2025年六件民生实事项目",
      "",
      "1月9日，县人大代表以无记名投票方式票决产生了2025年县政府六件民生实事项目：",
      "1.城区学校扩容提质项目",
      "2.城乡居民饮水安全巩固提升项目",
      "3.城区停车和充电设施建设项目",
      "4.老旧小区改造项目",
      "5.农村人居环境整治提升项目",
      "6.全民健身设施建设项目",
      "",
      "合江县第十八届人民代表大会第五次会议主席团",
      "2025年1月9日",
      "",
      ...prose,
    ].join("\n");

  it("gives each work the figured clauses that speak its own words", () => {
    const report = onlyReport(
      story([
        "据了解，这六件民生实事计划总投资约2.1亿元。其中，城区学校扩容提质项目将新建一所小学，建成后新增学位一千二百个；饮水安全项目计划新建改造供水管网60公里。",
        "城市功能方面，停车和充电设施项目计划新增公共停车位五百个、充电桩一百个；老旧小区改造项目将改造老旧小区15个。农村人居环境方面，将完成农村户厕改造900户；全民健身项目将建设多功能运动场3个。",
      ]),
    );
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`).join(" "))).toEqual(["1200个", "60公里", "500个 100个", "15个", "900户", "3个"]);
  });

  it("gives a work no clause that shares only the genre's words with it (工程 · 建设)", () => {
    const report = onlyReport(story(["据了解，这六件民生实事均为年内可完成的项目。计划投资70万元的福龙桥改造提升工程建设项目，已完成50%的工程量，完成投资35万元。"]));
    expect(report.projects.flatMap((p) => p.metrics)).toEqual([]);
  });

  it("reads a table copied block by block, each block opening on the same header cell (地区 ‖ X工程 ‖ …), as one project a block, named by the line after the cell", () => {
    const block = (name: string, indicator: string, numbers: string[]) => ["地区", name, indicator, "市有关部门", "目标", "任务", "进度", "完成比例(%)", "全市", ...numbers, "东坡区", ...numbers];
    const text = [
      "眉山市2020年四大民生工程项目完成情况表地区",
      ...block("就业促进工程", "城镇新增就业(人)", ["12000", "13100", "109.2"]).slice(1),
      ...block("教育提升工程", "新增学位(个)", ["2400", "2520", "105"]),
      ...block("饮水安全工程", "解决饮水人口(人)", ["80000", "86200", "107.8"]),
      ...block("交通畅通工程", "新改建农村公路(公里)", ["600", "642", "107"]),
    ].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check!.layout).toBe("blocks");
    expect(report.projects.map((p) => p.title)).toEqual(["就业促进工程", "教育提升工程", "饮水安全工程", "交通畅通工程"]);
  });

  it("reads a table a document-sharing page ran together (…配合单位1扩大…各街道2稳定…), its rows numbered 1, 2, 3 … glued between letters, across the page's own numbered lines", () => {
    const text = [
      "2023年宿迁市民生实事项目目标任务责任分解表.docx",
      "1、附件2023年宿迁市民生实事项目目标任务责任分解表序号项目名称主要内容市政府分管领导牵头单位配合单位1扩大优质教育资源供给新建、改扩建中小学和幼儿园6所，新增学位3200个。张明市教育局各县区政府2稳定和扩大就业城镇新增就业6500人，扶持创业1200人。张明市人社局各县区政府3提升居家养老服务水平为全市8000名老年人提供居家上门服务。李华市民政局各县区政府",
      "2、改造老旧小区12个。王强市住建局各县区政府4整治背街小巷整治28条，同步改造雨污管网6.5公里。王强市城管局各县区政府5提升基层医疗服务能力完成2家社区卫生服务中心提档升级。李华市卫健委各县区政府",
      "3、备注：各牵头单位于每月25日前报送进展。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check!.layout).toBe("glued");
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "扩大优质教育资源供给"],
      [2, "稳定和扩大就业"],
      [3, "提升居家养老服务水平"],
      [4, "整治背街小巷"],
      [5, "提升基层医疗服务能力"],
    ]);
    // A row cut by the page keeps its text on the next page (改造老旧小区12个 is row 3's).
    expect(report.projects[2]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["8000名", "12个"]);
  });

  it("reads rows run together whose numbers the page set off by a space on each side (…完成情况 1 就业… 2 教育…), numbered within the cells (1.… 2.…) too", () => {
    const text = [
      "2019年弥勒市政府工作报告重点工作落实情况(8)",
      "附件2 2019年五件民生实事完成情况",
      "序号 项目 具体内容 完成情况 1 稳定和扩大就业 1.城镇新增就业5000人。2.开展职业技能培训3000人次。 (1)城镇新增就业5230人，完成年度任务的104.6%。(2)培训3120人次。 2 扩大学前教育资源 新建公办幼儿园4所，新增学位1200个。 4所幼儿园全部建成，新增学位1260个。 3 改善农村饮水条件 解决2.1万人饮水安全问题。 已解决2.2万人，完成年度任务的104.8%。 4 整治城乡人居环境 新建公厕30座。 建成公厕32座。 5 丰富群众文体生活 新建村级文体广场15个。 建成15个。",
      "上一页 1 2 3 4 5 6 7 8 9 下一页",
    ].join("\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.sources[0]!.check!.layout).toBe("glued");
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "稳定和扩大就业"],
      [2, "扩大学前教育资源"],
      [3, "改善农村饮水条件"],
      [4, "整治城乡人居环境"],
      [5, "丰富群众文体生活"],
    ]);
    expect(report.projects[0]!.metrics.map((m) => m.value)).toContain(5230);
  });

  it("reads of two runs numbered from 1, each under its heading, the one the heading calls the programme (十大工程 ‖ 1 ‖ … ‖ 十件民生实事 ‖ 1 ‖ …), though the headline names both", () => {
    const projects = ["新建区第三中学，改扩建农村薄弱学校20所；", "新建标准化村卫生室60个；", "改造城区供热管网15公里；", "新增城镇就业5000人；", "新建城区公共停车泊位1000个；", "实施农村饮水工程，铺设管网200公里；", "新建农村幸福院30个；", "新建城区公厕20座；", "开展文化惠民演出200场；", "为2万名妇女免费开展“两癌”检查。"];
    const works = ["实施景区提升工程，打造精品线路；", "实施流域治理工程；", "实施现代农业产业园建设工程；", "实施易地扶贫搬迁工程，完成1800户安置房建设；", "实施棚户区改造工程，开工2000套；", "实施工业园区提档升级工程；", "实施农村道路改造工程；", "实施城市“双修”工程；", "实施污水处理设施建设工程；", "实施物流园建设工程。"];
    const text = [
      "关系百万甘州人，2019年将实施的十大工程、十件民生实事",
      "1月9日上午，张掖市甘州区人民代表大会开幕。报告提出，2019年，我区重点实施十大工程、办好十件民生实事。",
      "十大工程",
      ...works.flatMap((w, k) => [`${k + 1}`, w]),
      "十件民生实事",
      ...projects.flatMap((w, k) => [`${k + 1}`, w]),
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects).toHaveLength(10);
    expect(report.projects[0]!.title).toMatch(/^新建区第三中学/u);
    expect(report.projects.some((p) => /景区/u.test(p.title))).toBe(false);
  });

  it("reads the numbered items under a heading that announces some of the works (三、部分项目进展情况) as a selection of the stated count, not the notice's parts", () => {
    const text = [
      "太湖县1至9月份民生工程实施进度通报",
      "为扎实推进我县2019年30项民生工程精准实施，现将1至9月份实施进度通报如下：",
      "一、各乡镇民生工程实施进度综合排名",
      "1、晋熙镇；2、徐桥镇；3、新仓镇（其余乡镇略）。",
      "二、总体进度",
      "截至9月底，全县30项民生工程累计下达资金5.1亿元，已拨付4.2亿元。",
      "三、部分项目进展情况",
      "1、农村道路畅通工程，牵头单位：县交通运输局。全年计划改造农村道路150公里，已完成120公里。",
      "2、农村饮水安全巩固提升工程，牵头单位：县水利局。计划新建改造供水管网180公里，已完成140公里。",
      "3、农村危房改造，牵头单位：县住建局。计划改造危房500户，已竣工470户。",
      "请进度偏慢的乡镇和牵头单位认真查找原因。",
    ].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "农村道路畅通工程"],
      [2, "农村饮水安全巩固提升工程"],
      [3, "农村危房改造"],
    ]);
  });

  it("reads no headings from a line the page repeats word for word (文章图片 over each picture)", () => {
    const text = [
      "喜迎国庆 漯河一批民生实事项目建成投用",
      "2019年，漯河市确定实施10件重点民生实事。进入三季度，一批民生实事项目在国庆前集中建成投用。",
      "文章图片",
      "今年，我市城区学校建设民生实事计划新建、改扩建中小学和幼儿园12所，截至9月底已建成投用9所，新增学位8600个。",
      "文章图片",
      "不仅是学校，一批社区养老服务设施也在国庆前交付使用。截至9月底，全市新建社区日间照料中心22个。",
      "文章图片",
      "全市今年计划改造老旧小区80个，目前已完工61个，惠及居民7200户。",
    ].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => p.title)).not.toContain("文章图片");
  });
});

describe("items that open on the programme's own ordinal", () => {
  it("numbers them by it and names them without it, in the programme's order, where attachments number them afresh", () => {
    const { projects, numbering } = read(
      [
        "全区兴办5件惠民实事项目，其余项目正按序时推进。具体见附件。",
        "",
        "附件1：慢序时项目",
        "1.第二项 拱辰街道第二幼儿园建设工程：主体结构完成60%，计划12月底竣工。",
        "2.第四项 职业技能提升工程：年度计划培训3000人次，已培训1620人次。",
        "",
        "附件2：按序时项目",
        "1.第一项 区实验小学扩建工程：已竣工，新增学位900个。",
        "2.第三项 社区卫生服务站标准化建设：年度计划建设6个，已建成4个。",
        "3.第五项 城区公共停车场建设：年度计划新增车位800个，已新增560个。",
      ].join("\n"),
    );
    expect(projects.map((p) => [p[0], p[1]])).toEqual([
      [1, "区实验小学扩建工程"],
      [2, "拱辰街道第二幼儿园建设工程"],
      [3, "社区卫生服务站标准化建设"],
      [4, "职业技能提升工程"],
      [5, "城区公共停车场建设"],
    ]);
    expect(numbering).toBe("ok");
  });
  it("reads a progress notice's works under the programme's own numbers, some of them, each after the programme's name (民生工程第3项“…”：)", () => {
    const { projects, numbering } = read(
      [
        "今年，县委、县政府确定实施15项民生工程。截至9月底，15项已全部开工。会上通报了部分项目进展：",
        "",
        "民生工程第2项“城区学校扩容”：新建学校3所，已完工2所，新增学位1350个。",
        "",
        "民生工程第3项“社区养老服务”：新建社区养老服务站16个，已建成11个。",
        "",
        "民生工程第6项“农村公路提升”：改造农村公路58公里，已完成47公里，完成81%。",
        "",
        "民生工程第11项“城区停车泊位”：新增停车泊位2200个，已新增1830个。",
        "",
        "民生工程第15项“燃气管网改造”：更换老旧燃气管道32公里，已完成29公里。",
        "",
        "下一步，将对进度滞后的项目挂账督办，确保年底前全部完成。",
      ].join("\n"),
    );
    expect(projects.map((p) => [p[0], p[1]])).toEqual([
      [2, "城区学校扩容"],
      [3, "社区养老服务"],
      [6, "农村公路提升"],
      [11, "城区停车泊位"],
      [15, "燃气管网改造"],
    ]);
    expect(projects[2]![2]).toContain("47公里 81%");
    expect(numbering).toBe("gaps");
  });
});

describe("items numbered anew in each section, each over one line of a number that runs through them all", () => {
  const SECTIONS = [
    "我市承办的省、市两级5件重点民生实事全部完成年度目标任务。现将完成情况公示如下：",
    "",
    "一、省重点民生实事完成情况",
    "",
    "（一）开展职业技能培训",
    "1.全年开展职业技能培训6万人次以上。",
    "完成情况：全市开展职业技能培训6.8万人次。",
    "",
    "（二）实施城镇老旧小区改造",
    "2.开工改造城镇老旧小区90个。",
    "完成情况：开工改造老旧小区96个。",
    "",
    "二、市重点民生实事完成情况",
    "",
    "（一）建设城市公园游园",
    "3.新建改造城市公园、游园20个。",
    "完成情况：建成公园、游园23个。",
    "",
    "（二）增加公共停车泊位",
    "4.新增公共停车泊位3000个。",
    "完成情况：新增公共停车泊位3260个。",
    "",
    "（三）建设城市书房",
    "5.建成城市书房8个。",
    "完成情况：8个城市书房全部建成开放。",
  ];

  it("numbers them by the lines' numbers, the programme's own (1..5 through 一、省 and 二、市)", () => {
    const { projects } = read(SECTIONS.join("\n"));
    expect(projects.map((p) => [p[0], p[1]])).toEqual([
      [1, "开展职业技能培训"],
      [2, "实施城镇老旧小区改造"],
      [3, "建设城市公园游园"],
      [4, "增加公共停车泊位"],
      [5, "建设城市书房"],
    ]);
  });

  it("keeps the items' own numbers where the lines do not run through them all", () => {
    const { projects } = read(SECTIONS.join("\n").replace("3.新建改造城市公园", "1.新建改造城市公园").replace("4.新增公共", "2.新增公共").replace("5.建成城市书房", "3.建成城市书房"));
    expect(projects.map((p) => p[0])).toEqual([1, 2, 1, 2, 3]);
  });
});

describe("themes over works numbered straight through them, each work named by its field (一、… ‖ 1.城镇新增就业方面，全市…)", () => {
  it("reads the works, as many as the finer count (3件6项), not the themes", () => {
    const text = [
      "截至9月底，2020年3件6项市政府民生实事中的4项已实现年度目标。",
      "",
      "一、促进就业创业，城镇新增就业4.5万人，开展职业技能培训6万人次",
      "1.城镇新增就业方面，全市城镇新增就业4.83万人，占年计划的107.3%。",
      "2.职业技能培训方面，开展各类职业技能培训6.42万人次，占年计划的107%。",
      "",
      "二、扩大优质教育资源，新建改扩建中小学幼儿园40所",
      "3.中小学校建设方面，新建改扩建的22所中小学已全部完工。",
      "4.幼儿园建设方面，新建改扩建公办幼儿园18所，已完工14所。",
      "",
      "三、提升医疗卫生服务水平",
      "5.健康体检方面，为65岁以上老年人免费健康体检38.6万人，占年计划的110.3%。",
      "6.村卫生室建设方面，建成标准化村卫生室260个，占年计划的86.7%。",
    ].join("\n");
    const { projects } = read(text);
    expect(projects.map((p) => p[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(projects.map((p) => p[1])).toEqual(["城镇新增就业方面", "职业技能培训方面", "中小学校建设方面", "幼儿园建设方面", "健康体检方面", "村卫生室建设方面"]);
  });
});

describe("a statistical bulletin whose one section names the programme", () => {
  const BULLETIN = [
    "互助县2022年国民经济和社会发展统计公报",
    "",
    "一、综 合",
    "初步核算，2022年全县地区生产总值1286632万元，比上年增长3.1%。",
    "",
    "二、农 业",
    "全年粮食播种面积40.6万亩，比上年增长0.8%；粮食总产量9.82万吨，增长1.5%。",
    "",
    "三、人民生活",
    "全年全体居民人均可支配收入23361元，比上年增长5.6%。",
    "",
    "四、民生实事",
    "全年县委、县政府确定的5件民生实事全部完成。新建改建农村公路160公里，改造危桥4座；完成农村危旧房改造1100户；新建改扩建幼儿园3所，新增学位540个；改造城镇老旧小区15个，惠及居民2100户；开展职业技能培训7600人次。",
    "",
    "五、教育和文化",
    "年末全县共有各级各类学校150所，在校学生5.2万人。",
  ].join("\n");

  it("reads the programme's section alone, not the bulletin's sections as projects", () => {
    const { projects } = read(BULLETIN);
    expect(projects.map((p) => p[1])).toEqual(["新建改建农村公路", "完成农村危旧房改造", "新建改扩建幼儿园", "改造城镇老旧小区", "开展职业技能培训"]);
  });

  it("reads the one topic's section whose paragraph counts the programme where no heading names it, though the topics are as many as the count (三、人民生活 ‖ …实施五项惠民实事…。其中：A；B；…)", () => {
    const unnamed = BULLETIN.replace("\n四、民生实事\n", "\n")
      .replace("全年县委、县政府确定的5件民生实事全部完成。新建", "全年投入资金3.2亿元实施五项惠民实事，各项目全部完成年度任务。其中：新建")
      .replace("三、人民生活", "三、人民生活和社会保障")
      .replace("五、教育和文化", "四、教育和文化")
      .concat("\n\n五、资源和环境\n全年空气质量优良天数比例为91.2%，比上年提高1.4个百分点。");
    const { projects } = read(unnamed);
    expect(projects.map((p) => p[1])).toEqual(["新建改建农村公路160公里", "完成农村危旧房改造1100户", "新建改扩建幼儿园3所", "改造城镇老旧小区15个", "开展职业技能培训7600人次"].map((t) => expect.stringContaining(t.replace(/\d.*$/u, ""))));
  });
});

describe("a report cut into topics, one of which counts the programme without telling it", () => {
  it("reads the programme's list where the text gives it, not that topic's section alone", () => {
    const text = [
      "互助县2022年政府工作报告（摘要）",
      "",
      "一、综合",
      "全年地区生产总值增长3.1%，一般公共预算收入增长4.2%。",
      "",
      "二、农业",
      "全年粮食总产量9.82万吨，增长1.5%。",
      "",
      "三、民生",
      "全年民生支出占一般公共预算支出的80.2%，县政府承诺的5件民生实事全部完成，具体完成情况如下。",
      "",
      "四、环境",
      "全年空气质量优良天数比例为91.2%。",
      "1.新建改建农村公路160公里。",
      "2.完成农村危旧房改造1100户。",
      "3.新建改扩建幼儿园3所。",
      "4.改造城镇老旧小区15个。",
      "5.开展职业技能培训7600人次。",
    ].join("\n");
    const { projects } = read(text);
    expect(projects.map((p) => p[1])).toEqual(["新建改建农村公路", "完成农村危旧房改造", "新建改扩建幼儿园", "改造城镇老旧小区", "开展职业技能培训"]);
  });
});

describe("paragraphs that each open on the work's name", () => {
  it("reads a name that states its works' sizes, longer than a bare name, as one of them", () => {
    const { layout, projects } = read(
      [
        "解决农村312万人饮水安全问题。上半年已建成工程960处，解决了148.6万人的饮水安全问题，占年度计划的47.6%。",
        "",
        "建设保障性住房28万套。上半年已开工建设24.1万套，基本建成11.3万套。",
        "",
        "新建城市社区日间照料中心300个、农村互助幸福院1500个。上半年已建成社区日间照料中心142个、农村互助幸福院913个。",
        "",
        "新增城镇就业42万人。上半年全省城镇新增就业25.8万人，完成年度计划的61.4%。",
      ].join("\n"),
    );
    expect(layout).toBe("leads");
    expect(projects.map((p) => p[1])).toEqual(["解决农村312万人饮水安全问题", "建设保障性住房28万套", "新建城市社区日间照料中心300个、农村互助幸福院1500个", "新增城镇就业42万人"]);
  });
});

describe("a notice's status groups numbered anew, each item tagged with the programme's own ordinal (1.A（第二项） … 1.C（第一项）)", () => {
  const text = [
    "关于2023年为民办实事项目1-8月份进展情况的通报",
    "今年，市委、市政府共兴办6件为民办实事，截至8月31日，已完成2件，按序时推进3件，进度滞后1件。",
    "（一）已完成年度任务的项目（2件）",
    "1.城区学位扩容（第二项）。新增学位1860个，完成年度目标的103.3%。",
    "2.就业技能培训（第五项）。开展职业技能培训1.26万人次。",
    "（二）按序时推进的项目（3件）",
    "1.村落污水管网提升（第一项）。已完成管网改造86公里。",
    "2.老旧小区改造（第三项）。已开工改造老旧小区34个。",
    "3.农村公路提质改造（第四项）。已完成农村公路提质改造64公里。",
    "（三）进度滞后的项目（1件）",
    "1.城区停车场建设（第六项）。目前仅建成停车场2个。",
  ].join("\n");

  it("numbers each by its tag, in the programme's order, and names it without the tag", () => {
    const { archive } = convertTexts({ "a.txt": text.replace("关于2023年", "关于大理市2023年") });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "村落污水管网提升"],
      [2, "城区学位扩容"],
      [3, "老旧小区改造"],
      [4, "农村公路提质改造"],
      [5, "就业技能培训"],
      [6, "城区停车场建设"],
    ]);
  });
});

describe("a progress notice that gives each work on its line, its offices on the next, then 实际完成情况： on a line of its own", () => {
  it("reads the figures of the work's line as its targets and those after the label as achieved", () => {
    const text = [
      "福清市2022年为民办实事项目1—6月份进展情况公示",
      "",
      "2022年市委、市政府为民办实事项目共有3项。现将1—6月份进展情况予以公示，接受社会监督。",
      "",
      "1.新建、改扩建中小学和幼儿园7所，新增学位4200个。",
      "牵头领导：郑国华　责任单位：市教育局",
      "实际完成情况：已竣工4所，新增学位2860个，完成年度目标任务的68.1%。",
      "",
      "2.新增养老机构护理型床位500张。",
      "牵头领导：郑国华　责任单位：市民政局",
      "实际完成情况：已新增护理型床位380张。",
      "",
      "3.完成农村公路提级改造60公里。",
      "牵头领导：林辉　责任单位：市交通运输局",
      "实际完成情况：已完成48公里。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`))).toEqual([
      ["7所 target", "4200个 target", "4所 actual", "2860个 actual"],
      ["500张 target", "380张 actual"],
      ["60公里 target", "48公里 actual"],
    ]);
  });
});

describe("a progress notice that runs its table into one paragraph: each work, its offices, then 实际完成情况：", () => {
  it("reads the figures before the label as the work's targets and those after it as achieved", () => {
    const text = [
      "福清市2022年为民办实事项目1—9月份进展情况公示",
      "截至9月底，3项任务总体进展良好。 1.新建、改扩建中小学和幼儿园7所，新增学位4200个。 牵头领导：郑国华 责任单位：市教育局 实际完成情况：已竣工4所，新增学位2860个，完成年度目标任务的68.1%。 2.新增养老机构护理型床位500张。 牵头领导：郑国华 责任单位：市民政局 实际完成情况：已新增护理型床位380张。 3.完成农村公路提级改造60公里。 牵头领导：林辉 责任单位：市交通运输局 实际完成情况：已完成48公里。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.kind).toBe("progress");
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit} ${m.role}`))).toEqual([
      ["7所 target", "4200个 target", "4所 actual", "2860个 actual"],
      ["500张 target", "380张 actual"],
      ["60公里 target", "48公里 actual"],
    ]);
  });
});

describe("a progress story that tells its programme level by level, each group's lines after a lead that counts them", () => {
  const text = [
    "某县12件民生实事前三季度进展情况",
    "",
    "2023-10-10 09:30　来源：县融媒体中心",
    "",
    "10月9日，记者从县发展改革局获悉，今年前三季度，我县12件民生实事累计完成投资3.1亿元，占全年计划的76.2%。",
    "",
    "5件市级民生实事稳步推进，累计完成投资0.9亿元，占全年计划的80.4%。",
    "",
    "新增城镇就业1860人；",
    "",
    "改造城镇老旧小区14个、惠及居民1320户；",
    "",
    "新改建农村公路46公里，提前完成全年任务；",
    "",
    "完成适龄妇女“两癌”筛查9200人；",
    "",
    "开展应急救护培训3100人次。",
    "",
    "7件县级民生实事进展良好，累计完成投资2.2亿元，占全年计划的74.8%。",
    "",
    "建成城区停车场3个，新增停车泊位260个；",
    "",
    "新建供水管网9.4公里；",
    "",
    "新增护理型床位60张；",
    "",
    "建成口袋公园4个；",
    "",
    "新开通城乡公交线路2条；",
    "",
    "建成滨河健身步道3.6公里；",
    "",
    "新增路灯420盏。",
    "",
    "下一步，县发展改革局将加大调度力度，确保12件民生实事按期完成。",
  ].join("\n").replace("某县", "南部县");

  it("reads every group's lines as projects, each of the level its lead names", () => {
    const report = onlyReport(text);
    expect(report.projects).toHaveLength(12);
    expect(report.projects.map((p) => p.level)).toEqual([...Array(5).fill("city"), ...Array(7).fill("county")]);
    expect(report.projects[5]!.title).toMatch(/^建成城区停车场/);
  });

  it("reads no groups where a lead counts other than its lines", () => {
    const report = onlyReport(text.replace("7件县级民生实事", "9件县级民生实事"));
    expect(report.projects.some((p) => p.level === "county")).toBe(false);
  });
});

describe("a post's bulleted themes, each over lines of tasks with neither marks nor stops", () => {
  it("reads every line under the themes as a project, and no question the post asks before them", () => {
    const text = [
      "2025年，这些民生实事将在某市落地！",
      "",
      "今天，市第十九届人民代表大会第五次会议审议通过了政府工作报告。报告提出，2025年将聚焦“一老一小”、就业增收、城乡宜居等群众关心的领域，集中力量办好9件民生实事，让幸福生活更有质感。",
      "",
      "具体有哪些？小编为你划重点👇",
      "",
      "🔹着力办好“一老一小”",
      "新增普惠性托位300个",
      "新建社区老年食堂12个",
      "为400户特殊困难老年人家庭实施适老化改造",
      "",
      "🔹着力稳就业促增收",
      "城镇新增就业6500人",
      "开展补贴性职业技能培训4000人次",
      "建设“家门口”就业服务站20个",
      "",
      "🔹着力改善居住环境",
      "改造城镇老旧小区15个",
      "既有住宅加装电梯40部",
      "新增城区公共停车泊位1500个",
      "",
      "“听说小区里要装电梯了，我们这些住六楼的老人最盼这个。”家住城北社区的李婆婆在看了政府工作报告后说。市人大代表陈红表示，这9件实事条条都落在老百姓的心坎上。",
      "",
      "下一步，市政府将把民生实事逐项分解到责任单位，实行“月调度、季通报”，确保年底前全部完成。",
    ].join("\n").replace("某市", "广汉市");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.title.replace(/\d.*$/u, ""))).toEqual([
      "新增普惠性托位",
      "新建社区老年食堂",
      "为",
      "城镇新增就业",
      "开展补贴性职业技能培训",
      "建设“家门口”就业服务站",
      "改造城镇老旧小区",
      "既有住宅加装电梯",
      "新增城区公共停车泊位",
    ]);
  });
});

describe("a work report whose section announces the programme, its works in paragraphs that each open on 一是…", () => {
  it("reads the works, as many as the section's count, not the report's sections", () => {
    const text = [
      "政府工作报告",
      "",
      "——2023年1月8日在某县第十八届人民代表大会第三次会议上",
      "",
      "二、2023年工作安排",
      "",
      "重点抓好以下工作：",
      "",
      "（一）全力扩大有效投资。计划实施重点项目150个，年度计划投资165亿元以上。",
      "",
      "（二）加快建设现代产业体系。力争规上工业产值增长10%，培育规上企业20家。",
      "",
      "（三）用心用情增进民生福祉。坚持尽力而为、量力而行，今年将继续集中财力办好6件重点民生实事：",
      "",
      "一是扩大就业。城镇新增就业8000人以上。",
      "",
      "二是扩充优质学位。新建、改扩建中小学和幼儿园4所，新增学位2800个。",
      "",
      "三是发展普惠托育。新增普惠性托位400个。",
      "",
      "四是实施老旧小区改造。改造城镇老旧小区28个。",
      "",
      "五是畅通城乡交通。新改建农村公路200公里。",
      "",
      "六是缓解停车难。新增城区公共停车泊位2000个。",
      "",
      "（四）加快推进城乡融合发展。推进县城城市更新，新建城市道路8公里。",
      "",
      "（五）持续深化改革开放。深化“放管服”改革，新增市场主体5000户。",
    ].join("\n").replace("某县", "垫江县");
    const report = onlyReport(text);
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "扩大就业"],
      [2, "扩充优质学位"],
      [3, "发展普惠托育"],
      [4, "实施老旧小区改造"],
      [5, "畅通城乡交通"],
      [6, "缓解停车难"],
    ]);
  });
});

describe("a notice whose works are short headings, some over parts numbered afresh (（一）（二）), others over a paragraph", () => {
  it("reads the headings as the works, as many as the text states, not the parts", () => {
    const text = [
      "关于2021年县委和县政府为民办实事项目实施情况的通报",
      "",
      "2021年，各有关部门全力克服疫情影响，有力保障6项为民办实事项目全面完成。现将有关情况通报如下：",
      "",
      "建设县医院综合楼二期",
      "县级财政补助资金下达3200万元，完成年度计划的106.7%。",
      "（一）综合楼主体结构封顶，完成外墙施工。",
      "（二）全年完成项目投资5860万元。",
      "",
      "提升乡镇卫生院服务能力",
      "（一）完成12家乡镇卫生院发热诊室规范化改造。",
      "（二）为9家乡镇卫生院配备DR设备9台。",
      "",
      "落实基本公共卫生服务",
      "县级财政补助资金下达1865万元，完成年度计划的101.3%。",
      "",
      "扩大学前教育资源",
      "新建公办幼儿园3所，新增学位810个，完成年度计划的112.5%。",
      "",
      "建设四好农村路",
      "（一）新改建农村公路62公里。",
      "（二）实施农村公路安全生命防护工程118公里。",
      "",
      "改造城镇老旧小区",
      "开工改造城镇老旧小区14个，惠及居民2368户。",
    ].join("\n").replace("关于2021年", "尤溪县人民政府办公室关于2021年");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.title)).toEqual(["建设县医院综合楼二期", "提升乡镇卫生院服务能力", "落实基本公共卫生服务", "扩大学前教育资源", "建设四好农村路", "改造城镇老旧小区"]);
  });
});

describe("a post whose lede is set a phrase per line, one of them the programme's count, over headed works", () => {
  it("reads the works' headings, not the line that counts the programme", () => {
    const text = [
      "德州发布",
      "2021-01-19 21:30 发表于山东",
      "",
      "记者从市人大会议上获悉：",
      "2020年德州市",
      "人大代表票决的",
      "4件市级重点民生实事",
      "全部完成。",
      "具体如下：",
      "",
      "农村生活污水治理",
      "完成投资2.35亿元，比年度计划高4.9个百分点。完成312个村庄生活污水治理。",
      "",
      "实施集中供热“扩面提质”",
      "完成投资3.1亿元，与年度计划持平。新增集中供热面积310万平方米。",
      "",
      "基层医疗服务能力提升",
      "完成投资0.46亿元。建成标准化村卫生室150个。",
      "",
      "城市公共停车场建设",
      "完成投资1.2亿元。新建公共停车场12处，新增泊位3600个。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.title)).toEqual(["农村生活污水治理", "实施集中供热“扩面提质”", "基层医疗服务能力提升", "城市公共停车场建设"]);
  });
});

describe("a press conference that names its works as it goes", () => {
  const text = [
    "据介绍，2018年全市12件民生实事中，完成的有10件，基本完成的2件。",
    "城建方面，棚户区改造项目完成改造8600户，完成年度计划的107.5%；老旧小区改造项目改造小区86个。",
    "教育卫生方面，中小学校舍改造项目新建、改扩建校舍42所，新增学位6800个；该项目同时为全市农村学生免费提供营养餐，惠及学生18.7万人。",
    "就业创业促进项目全年城镇新增就业3.2万人，完成年度计划的106.7%。农村公路建设项目新改建农村公路860公里。",
    "基本完成的2件分别是：中心城区停车场建设项目，计划新建公共停车场8处，目前已建成6处；市第一医院门诊综合楼项目，主体工程已封顶。",
    "新闻发言人表示，安排项目坚持几个原则：一是要围绕群众呼声最强烈的问题安排项目；二是要量力而行；三是项目要目标明确、责任落实，真正能够落地。",
  ].join("\n");

  it("reads the works a count's lead names (基本完成的2件分别是：A项目，…) and no pointer or bare noun (该项目 · 三是项目要…) as a work", () => {
    const titles = read(text).projects.map(([, title]) => title);
    expect(titles).toContain("中心城区停车场建设项目");
    expect(titles).toContain("市第一医院门诊综合楼项目");
    expect(titles).not.toContain("该项目");
    expect(titles).not.toContain("项目");
  });
});

describe("a story's opening card of quoted results above the table it quotes", () => {
  it("is no list of its own: its lines tell only figures the table's rows give", () => {
    const rows = [
      ["农村公路建设", "新改建农村公路200公里", "215公里", "107.5%"],
      ["农牧民安居", "改造农牧民危旧房800户", "836户", "104.5%"],
      ["饮水安全", "巩固提升农村供水工程60处", "62处", "103.3%"],
      ["包虫病防治", "开展包虫病筛查15万人", "15.8万人", "105.3%"],
      ["学前教育", "新建改扩建幼儿园10所", "10所", "100%"],
      ["城镇供暖", "新增城镇供暖面积15万平方米", "16.2万平方米", "108%"],
    ];
    const text = [
      "“晒”出民生成绩单 代表点赞“幸福账”",
      "发布时间：2023-01-13 09:20 来源：甘孜州人大常委会办公室",
      "“新改建农村公路215公里，完成年度任务的107.5%。”",
      "“新增城镇供暖面积16.2万平方米，城区群众温暖过冬。”",
      "“开展包虫病筛查15.8万人。”",
      "……",
      "这是在甘孜州人民代表大会上，州人民政府向全体代表“晒”出的2022年六件民生实事成绩单。",
      "2022年州六件民生实事确定后，州政府逐项制定实施方案，明确牵头单位和完成时限。",
      "下一步，州人大常委会将继续紧盯2023年州六件民生实事，组织各级人大代表开展全过程监督。",
      "附：2022年甘孜州六件民生实事完成情况",
      "序号  项目名称  年度目标  完成情况  完成率",
      ...rows.map((r, k) => `${k + 1}  ${r.join("  ")}`),
    ].join("\n");
    const reports = convertTexts({ "a.txt": text }).archive.reports;
    expect(reports).toHaveLength(1);
    expect(reports[0]!.projects.map((p) => p.title)).toEqual(rows.map((r) => r[0]));
    expect(reports[0]!.sources).toHaveLength(1);
  });
});

describe("an item that tells a figure again in a sentence of its own", () => {
  it("keeps one figure for a measure told twice in the item, with the rate wherever it is stated", () => {
    const text = [
      "西青区人民政府办公室关于印发2024年区级民心工程实施方案的通知",
      "区政府确定2024年实施4项区级民心工程，具体如下：",
      "一、促进城乡劳动者就业创业。全年新增就业1.2万人，开展补贴性职业技能培训5000人次。",
      "全年新增就业1.2万人，由区人社局牵头负责。",
      "二、扩大养老服务供给。新建街镇综合养老服务中心3个，新增家庭养老床位400张。",
      "新增家庭养老床位400张，由区民政局牵头负责。",
      "三、增加优质教育学位供给。新建、改扩建中小学和幼儿园6所，新增学位3600个。",
      "四、完善全民健身设施。新建社区健身园25个，更新老旧健身器材600件。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([
      ["1.2万人", "5000人次"],
      ["3个", "400张"],
      ["6所", "3600个"],
      ["25个", "600件"],
    ]);
  });
});

describe("a post's numbered themes over lines that name their works", () => {
  const post = (heads: string[]) =>
    [
      "晒清单！2021年这些民生实事，件件落地了",
      "2021年\n是很不平凡的一年\n永安的民生实事\n一件没落下\n跟着小编一起来看看",
      `01\n${heads[0]}`,
      "教育扩容工程\n城南幼儿园扩建如期交付\n全市新建改扩建学校6所\n新增学位2160个\n完成年度目标的108%",
      `02\n${heads[1]}`,
      "基层医疗服务提升工程\n完成乡镇卫生院提升改造5所\n建成村卫生所标准化23个",
      `03\n${heads[2]}`,
      "农村公路建设\n新改建农村公路86公里\n完成年度目标的107.5%\n新开通城乡公交线路4条",
      "城区停车位建设\n新增公共停车位1100个",
      "来源：永安市发展和改革局\n编辑：陈雨菲",
    ].join("\n\n");

  it("reads the named works as the projects, the themes' numbers no ordinals of theirs, a theme over two works two", () => {
    const report = onlyReport(post(["上学更方便了", "看病更省心了", "出行更顺畅了"]));
    expect(report.projects.map((p) => [p.no ?? null, p.title])).toEqual([
      [null, "教育扩容工程"],
      [null, "基层医疗服务提升工程"],
      [null, "农村公路建设"],
      [null, "城区停车位建设"],
    ]);
    expect(report.projects[0]!.metrics.map((m) => [m.value, m.unit, m.rate])).toEqual([
      [6, "所", null],
      [2160, "个", 108],
    ]);
  });

  it("keeps numbered headings that name their works themselves as the projects", () => {
    const report = onlyReport(post(["“学位”工程", "“健康”工程", "“畅行”工程"]));
    expect(report.projects.map((p) => p.title)).toEqual(["“学位”工程", "“健康”工程", "“畅行”工程"]);
  });
});
