// Tables of projects however the page drew them (src/ingest/layouts/tables.ts): every column
// the header names goes to its place in the project.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";

const read = (body: string) => {
  const { archive } = convertTexts({ "a.txt": `南阳市2023年民生实事完成情况\n\n${body}` });
  const report = archive.reports[0]!;
  expect(report.sources[0]!.check?.layout).toBe("table");
  return report.projects.map((p) => ({ no: p.no, title: p.title, level: p.level, responsible: p.responsible, figures: p.metrics.map((m) => [m.value, m.unit, m.role, m.rate]) }));
};

// Two projects in merged cells over their sub-projects' rows (项目名称 | 起止年限 | 子项目 | …), the later rows one column early.
const SUB_PROJECTS = [
  "序号 | 项目名称 | 起止年限 | 子项目 | 具体内容 | 完成情况 |",
  "1 | 一、城乡教育提升工程 | 2023 | 新建第三中学教学楼 | 新建教学楼1幢,24个教学班 | 主体完工 |",
  "2 | 2022-2023 | 改造农村学校食堂 | 改造食堂15所 | 已完成10所 |",
  "3 | 二、基层医疗提升工程 | 2023 | 新建社区卫生服务中心 | 新建中心3个 | 已开工 |",
].join("\n");

describe("tables of projects", () => {
  it("reads under a column of indicators the sub-rows that lost their number, name and offices (主要指标 ‖ 单位 ‖ 年度目标 ‖ 完成数 ‖ 完成比例), each under its project", () => {
    const header = ["序号", "项目名称", "主要指标", "单位", "年度目标", "完成数", "完成比例（%）", "责任单位"];
    const lines = [
      ...["1", "城乡就业创业促进工程", "城镇新增就业", "人", "4500", "5126", "113.9", "市人力资源社会保障局"],
      ...["农村劳动力转移就业", "人", "12000", "13480", "112.3"],
      ...["2", "学前教育扩容工程", "新建、改扩建公办幼儿园", "所", "6", "6", "100", "市教育体育局"],
      ...["新增学前教育学位", "个", "1200", "1350", "112.5"],
      ...["3", "城市停车工程", "新增公共停车泊位", "个", "2000", "2180", "109", "市住房城乡建设局"],
    ];
    const projects = read(["十件惠民实事完成情况表", "", ...header, ...lines].join("\n"));
    expect(projects.map((p) => p.title)).toEqual(["城乡就业创业促进工程", "学前教育扩容工程", "城市停车工程"]);
    expect(projects[0]!.figures).toEqual([
      [4500, "人", "target", null],
      [5126, "人", "actual", 113.9],
      [12000, "人", "target", null],
      [13480, "人", "actual", 112.3],
    ]);
  });

  it("reads a table drawn one cell per line without a number column (项目 ‖ 计量单位 ‖ 年度目标 ‖ 完成数 ‖ 完成率(%) ‖ …), row by row as wide as its header", () => {
    const rows = [
      ["城镇新增就业", "人", "20000", "23516", "117.6"],
      ["农村危房改造", "户", "6500", "6712", "103.3"],
      ["新建改扩建公办幼儿园", "所", "30", "32", "106.7"],
      ["新建改造农村公路", "公里", "600", "647.5", "107.9"],
    ];
    const projects = read(["全年确定的为民办实事项目共4项，年内全部完成。", "", "表8　为民办实事项目完成情况", "项目", "计量单位", "年度目标", "完成数", "完成率(%)", ...rows.flat()].join("\n"));
    expect(projects.map((p) => p.title)).toEqual(rows.map((r) => r[0]));
    expect(projects[0]!.figures).toEqual([
      [20000, "人", "target", null],
      [23516, "人", "actual", 117.6],
    ]);
  });

  it("reads rows numbered in Chinese numerals (一 · 二) as the projects, their unnumbered rows as sub-rows, but as group headings beside rows numbered in digits", () => {
    const chinese = read(
      [
        "| 序号 | 民生实事 | 工作内容 | 年度目标 | 完成情况 | 完成率 |",
        "| 一 | 促进就业创业 | 城镇新增就业 | 5500人 | 6120人 | 111.3% |",
        "|  |  | 开展职业技能培训 | 8000人次 | 9230人次 | 115.4% |",
        "| 二 | 扩大学位供给 | 新增公办幼儿园学位 | 900个 | 900个 | 100% |",
        "| 三 | 改造城镇老旧小区 | 开工改造老旧小区 | 14个 | 14个 | 100% |",
      ].join("\n"),
    );
    expect(chinese.map((p) => [p.no, p.title, p.figures.length])).toEqual([
      [1, "促进就业创业", 4],
      [2, "扩大学位供给", 2],
      [3, "改造城镇老旧小区", 2],
    ]);
    const grouped = read(
      [
        "| 序号 | 实事名称 | 具体指标 | 年度目标 | 完成情况 | 完成率 |",
        "| 一 | 就业增收 | | | | |",
        "| 1 | 促进高质量充分就业 | 城镇新增就业（万人） | 3.2 | 3.47 | 108.4% |",
        "| 二 | 教育医疗 | | | | |",
        "| 2 | 扩充优质教育资源 | 新增公办学位（个） | 4500 | 4820 | 107.1% |",
        "| 3 | 提升基层医疗服务能力 | 建成紧密型县域医共体（个） | 10 | 10 | 100% |",
      ].join("\n"),
    );
    expect(grouped.map((p) => p.title)).not.toContain("教育医疗");
    expect(grouped.map((p) => p.title)).toContain("扩充优质教育资源");
  });

  it("reads a pipe table's number, title and level, target, what was done, rate and responsible units", () => {
    expect(read("| 序号 | 项目名称 | 年度目标 | 完成情况 | 完成率 | 责任单位 |\n| 1 | 新建学校（省定） | 10所 | 12所 | 120% | 市教育局、市财政局 |\n| 2 | 改造老旧小区 | 30个 | 30个 | 100% | 市住建局 |\n| 3 | 新建公园 | 5个 | 4个 | 80% | 市城管局 |")).toEqual([
      { no: 1, title: "新建学校", level: "province", responsible: ["市教育局", "市财政局"], figures: [[10, "所", "target", null], [12, "所", "actual", 120]] },
      { no: 2, title: "改造老旧小区", level: null, responsible: ["市住建局"], figures: [[30, "个", "target", null], [30, "个", "actual", 100]] },
      { no: 3, title: "新建公园", level: null, responsible: ["市城管局"], figures: [[5, "个", "target", null], [4, "个", "actual", 80]] },
    ]);
  });
  it("reads a column of sub-projects as the projects, under the project a merged cell names once (its later rows start one column early), and 具体内容 as their targets", () => {
    const { archive } = convertTexts({ "a.txt": `南阳市2023年民生实事进展表\n\n${SUB_PROJECTS}` });
    const projects = archive.reports[0]!.projects;
    expect(projects.map((p) => [p.no, p.title, p.section])).toEqual([
      [1, "新建第三中学教学楼", "城乡教育提升工程"],
      [2, "改造农村学校食堂", "城乡教育提升工程"],
      [3, "新建社区卫生服务中心", "基层医疗提升工程"],
    ]);
    expect(projects.map((p) => p.metrics.map((m) => [m.value, m.unit, m.role]))).toEqual([[[1, "幢", "target"], [24, "个", "target"]], [[15, "所", "target"], [10, "所", "actual"]], [[3, "个", "target"]]]);
  });

  it("reads the projects a merged cell names, not their sub-projects, where the text counts the projects (十大 … 2 of them) and not the rows", () => {
    const { archive } = convertTexts({ "a.txt": `南阳市2023年两大民生实事项目进展表\n\n${SUB_PROJECTS}` });
    const projects = archive.reports[0]!.projects;
    expect(projects.map((p) => [p.no, p.title])).toEqual([
      [1, "城乡教育提升工程"],
      [2, "基层医疗提升工程"],
    ]);
    // Each project holds its sub-projects' figures.
    expect(projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["1幢", "24个", "15所", "10所"]);
  });

  it("reads a 建设内容 column as the target where no column names one", () => {
    const { archive } = convertTexts({ "a.txt": "桂林市2023年民生实事完成情况\n\n| 序号 | 项目名称 | 建设内容 | 完成情况 |\n| 1 | 学校建设 | 新建学校10所 | 建成12所 |\n| 2 | 老旧小区改造 | 改造老旧小区30个 | 完成改造30个 |" });
    expect(archive.reports[0]!.projects.map((p) => p.metrics.map((m) => [m.value, m.unit, m.role]))).toEqual([
      [[10, "所", "target"], [12, "所", "actual"]],
      [[30, "个", "target"], [30, "个", "actual"]],
    ]);
  });

  it("reads TAB-separated rows the same way", () => {
    expect(read("序号\t项目\t目标\t完成\n1\t新建学校\t10所\t12所\n2\t改造公路\t40公里\t45公里")).toEqual([
      { no: 1, title: "新建学校", level: null, responsible: [], figures: [[10, "所", "target", null], [12, "所", "actual", null]] },
      { no: 2, title: "改造公路", level: null, responsible: [], figures: [[40, "公里", "target", null], [45, "公里", "actual", null]] },
    ]);
  });
  it("reads a table a page drew with spaces between its cells, its empty last cells left out, not as one run-on title per row", () => {
    expect(read("序号 项目名称 年度目标 完成情况 完成率 备注\n1 新建改扩建幼儿园 新建10所 建成12所 120%\n2 改造老旧小区 改造50个 改造55个 110% 提前完成\n3 农村公路提质改造 300公里 320公里 106.7%\n\n全年任务全面完成。")).toEqual([
      { no: 1, title: "新建改扩建幼儿园", level: null, responsible: [], figures: [[10, "所", "target", null], [12, "所", "actual", 120]] },
      { no: 2, title: "改造老旧小区", level: null, responsible: [], figures: [[50, "个", "target", null], [55, "个", "actual", 110]] },
      { no: 3, title: "农村公路提质改造", level: null, responsible: [], figures: [[300, "公里", "target", null], [320, "公里", "actual", 106.7]] },
    ]);
  });
  it("keeps a rate with what was done where the 完成情况 cell closes its sentence (建成12所。)", () => {
    expect(read("序号\n\n名称\n\n完成情况\n\n完成率\n\n1\n\n新建学校\n\n建成12所。\n\n100%\n\n2\n\n改造公路\n\n改造45公里；\n\n112%\n\n全年任务全面完成。").map((p) => p.figures)).toEqual([
      [[12, "所", "actual", 100]],
      [[45, "公里", "actual", 112]],
    ]);
  });
  it("reads a one-cell-per-line table whose cells run long, under a header the page broke over lines, to the row the page cut (long cells where the rows above had them)", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "2024年市人大代表票决民生实事项目进展情况表(截至6月30日)",
        "序号", "项目名称", "项目内容", "责任单位", "开工", "时间", "总投资", "(万元)", "项目进展情况",
        "1", "城区老旧小区改造项目",
        "①袁州区秀江社区改造项目:实施雨污分流、道路修缮、外立面整治等，改造面积约8万平方米;②宜阳新区锦绣社区改造项目:改造供水管网、增设停车位，改造面积约6.5万平方米。",
        "市住建局", "2024年3月", "12000",
        "①袁州区秀江社区改造项目:4月开工，正在进行雨污管网施工。②宜阳新区锦绣社区改造项目:已完成外立面整治。",
        "2", "打通城区断头路项目",
        "①东风路北延项目:南起东风大街，北至环城北路，全长420米，宽24米，包括道路工程、排水工程等;②锦绣大道连接线:全长360米，桥长48米。",
        "市城管局", "2024年5月", "6800",
        "①东风路北延项目:已完工通车。②锦绣大道连接线:完成桥梁桩基",
      ].join("\n\n"),
    });
    const report = archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("table");
    expect(report.projects.map((p) => p.title)).toEqual(["城区老旧小区改造项目", "打通城区断头路项目"]);
    expect(report.projects[1]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(expect.arrayContaining(["420米", "360米", "48米"]));
  });
  it("reads a table drawn one cell per line, its 占全年计划 column as the rate of what was done", () => {
    expect(read("序号\n\n名称\n\n完成情况\n\n占全年计划\n\n1\n\n城镇新增就业\n\n2.15万人\n\n95.6%\n\n2\n\n新建学校\n\n12所\n\n100%")).toEqual([
      { no: 1, title: "城镇新增就业", level: null, responsible: [], figures: [[2.15, "万人", "actual", 95.6]] },
      { no: 2, title: "新建学校", level: null, responsible: [], figures: [[12, "所", "actual", 100]] },
    ]);
  });

  it("reads the unnumbered sub-rows of a table drawn one cell per line (名称 / 完成情况 / 比例 again) as the project's own targets, achievements and rates", () => {
    expect(read("序号\n\n实事项目名称\n\n完成情况\n\n占全年计划\n\n1\n\n新增2000张养老床位\n\n2150\n\n107.5%\n\n新增500张护理型床位\n\n520\n\n104%\n\n2\n\n新建社区食堂40个\n\n46\n\n115%")).toEqual([
      { no: 1, title: "新增2000张养老床位", level: null, responsible: [], figures: [[2000, "张", "target", null], [2150, "张", "actual", 107.5], [500, "张", "target", null], [520, "张", "actual", 104]] },
      { no: 2, title: "新建社区食堂40个", level: null, responsible: [], figures: [[40, "个", "target", null], [46, "个", "actual", 115]] },
    ]);
  });
});

// Each table below is written for the test, of a region other than the seeds'.
const readWhole = (lines: string[]) => {
  const { archive } = convertTexts({ "a.txt": lines.join("\n") });
  const report = archive.reports[0]!;
  expect(report.sources[0]!.check?.layout).toBe("table");
  return report.projects.map((p) => ({ no: p.no, title: p.title, figures: p.metrics.map((m) => `${m.role}:${m.value}${m.unit}${m.rate === null ? "" : "@" + m.rate}`) }));
};

describe("tables of projects: rows and columns as pages write them", () => {
  it("reads a row without a number of its own, under a numbered one, as a sub-row of that project, a bare number taking the unit of its target", () => {
    expect(
      readWhole([
        "赣州市2023年民生实事完成情况",
        "",
        "| 序号 | 项目名称 | 完成情况 | 完成率 |",
        "| 1 | 新增养老床位1200张 | 1320 | 110% |",
        "| 新增护理型床位300张 | 330 | 110% |",
        "| 2 | 改造老旧小区60个 | 62 | 103% |",
        "| 3 | 新建城市书房15个 | 15 | 100% |",
      ]),
    ).toEqual([
      { no: 1, title: "新增养老床位1200张", figures: ["target:1200张", "actual:1320张@110", "target:300张", "actual:330张@110"] },
      { no: 2, title: "改造老旧小区60个", figures: ["target:60个", "actual:62个@103"] },
      { no: 3, title: "新建城市书房15个", figures: ["target:15个", "actual:15个@100"] },
    ]);
  });

  it("takes the column after 序号 for the project where no header names it, and the first column where there is no 序号", () => {
    const rows = [
      ["新建城市书房20个", "建成22个", "110%"],
      ["改造农贸市场8个", "完成8个", "100%"],
      ["新增停车泊位3000个", "新增3300个", "110%"],
    ];
    const expected = [
      { no: 1, title: "新建城市书房20个", figures: ["target:20个", "actual:22个@110"] },
      { no: 2, title: "改造农贸市场8个", figures: ["target:8个", "actual:8个@100"] },
      { no: 3, title: "新增停车泊位3000个", figures: ["target:3000个", "actual:3300个@110"] },
    ];
    const numbered = ["| 序号 | 工程 | 完成情况 | 完成率 |", ...rows.map((r, k) => `| ${k + 1} | ${r.join(" | ")} |`)];
    expect(readWhole(["九江市2023年民生工程完成情况", "", ...numbered])).toEqual(expected);
    const unnumbered = ["| 工程 | 完成情况 | 完成率 |", ...rows.map((r) => `| ${r.join(" | ")} |`)];
    expect(readWhole(["景德镇市2023年民生工程完成情况", "", ...unnumbered])).toEqual(expected);
  });

  it("keeps the numbers a table gives its rows when it lists only some of them", () => {
    expect(
      readWhole([
        "抚州市2023年民生实事完成情况(部分)",
        "",
        "| 序号 | 项目名称 | 年度目标 | 完成情况 |",
        "| 7 | 新建社区食堂 | 15个 | 18个 |",
        "| 8 | 改造供水管网 | 40公里 | 42公里 |",
        "| 9 | 新增公共厕所 | 30座 | 30座 |",
      ]).map((p) => [p.no, p.title]),
    ).toEqual([
      [7, "新建社区食堂"],
      [8, "改造供水管网"],
      [9, "新增公共厕所"],
    ]);
  });

  it("keeps a project cell up to 40 characters as written, less its level mark and closing 。, and cuts a longer one at its first clause (keeping the target it states)", () => {
    expect(
      readWhole([
        "萍乡市2023年民生实事完成情况",
        "",
        "| 序号 | 项目名称 | 年度目标 | 完成情况 | 完成率 |",
        "| 1 | 新建改扩建城区中小学校5所，新增学位3000个，缓解城区学校大班额问题，改善农村学校办学条件 | 5所 | 5所 | 100% |",
        "| 2 | 改造农村公路120公里；维修危桥8座。 | 120公里 | 126公里 | 105% |",
        "| 3 | 新增养老床位 （省定） | 600张 | 640张 | 107% |",
      ]).map((p) => p.title),
    ).toEqual(["新建改扩建城区中小学校5所", "改造农村公路120公里；维修危桥8座", "新增养老床位"]);
  });

  it("splits a row at its pipes even where TABs pad the cells", () => {
    expect(
      readWhole([
        "鹰潭市2023年民生实事完成情况",
        "",
        "| 序号\t| 项目名称\t| 年度目标\t| 完成情况\t|",
        "| 1\t| 新建社区食堂\t| 15个\t| 18个\t|",
        "| 2\t| 改造供水管网\t| 40公里\t| 42公里\t|",
        "| 3\t| 新增公共厕所\t| 30座\t| 30座\t|",
      ]),
    ).toEqual([
      { no: 1, title: "新建社区食堂", figures: ["target:15个", "actual:18个"] },
      { no: 2, title: "改造供水管网", figures: ["target:40公里", "actual:42公里"] },
      { no: 3, title: "新增公共厕所", figures: ["target:30座", "actual:30座"] },
    ]);
  });

  it("reads a first row whose project ends like a column name (…项目) as a project, and takes the target from the project cell where the row leaves its target cell empty", () => {
    expect(
      readWhole([
        "新余市2023年民生实事完成情况",
        "",
        "| 序号 | 项目名称 | 年度目标 | 完成情况 |",
        "| 1 | 城区供水管网改造项目 | 40公里 | 44公里 |",
        "| 2 | 新增公共停车泊位2000个 |  | 2100个 |",
        "| 3 | 农村公路提升项目 | 90公里 | 90公里 |",
      ]),
    ).toEqual([
      { no: 1, title: "城区供水管网改造项目", figures: ["target:40公里", "actual:44公里"] },
      { no: 2, title: "新增公共停车泊位2000个", figures: ["target:2000个", "actual:2100个"] },
      { no: 3, title: "农村公路提升项目", figures: ["target:90公里", "actual:90公里"] },
    ]);
  });
});

describe("tables of projects: what a column or a row may lack", () => {
  it("reads a project whose header column stands after another (序号 | 责任单位 | 项目名称) from that column", () => {
    expect(
      readWhole([
        "宜春市袁州区2023年民生实事完成情况",
        "",
        "| 序号 | 责任单位 | 项目名称 | 年度目标 | 完成情况 |",
        "| 1 | 区教育局 | 新建幼儿园 | 4所 | 4所 |",
        "| 2 | 区住建局 | 改造老旧小区 | 25个 | 27个 |",
        "| 3 | 区交通局 | 改造农村公路 | 60公里 | 63公里 |",
      ]).map((p) => p.title),
    ).toEqual(["新建幼儿园", "改造老旧小区", "改造农村公路"]);
  });

  it("reads the year's task from the work's own cell, not a period's milestone column (三季度目标), where the work's cells state figures", () => {
    const figures = read(
      [
        "序号 | 工作任务 | 责任单位 | 三季度目标 | 进展情况 |",
        "1 | 改造农村学校取暖设施12所 | 教育局 | 完成改造9所 | 已完成10所学校改造 |",
        "2 | 新建改建农村公路65公里 | 交通运输局 | 完成50公里 | 已完成路面38公里 |",
        "3 | 城区新增公共停车泊位800个 | 城管局 | 新增泊位500个 | 已施划公共停车泊位560个 |",
      ].join("\n"),
    ).map((p) => p.figures.map(([value, unit, role]) => `${value}${unit}:${role}`));
    expect(figures).toEqual([["12所:target", "10所:actual"], ["65公里:target", "38公里:actual"], ["800个:target", "560个:actual"]]);
  });

  it("reads a 完成比例 column, where the table has no target or achievement column, as what each project achieved", () => {
    expect(
      readWhole([
        "吉安市2023年民生实事完成情况",
        "",
        "| 序号 | 项目名称 | 完成比例 |",
        "| 1 | 新建城市书房20个 | 110% |",
        "| 2 | 改造农贸市场8个 | 100% |",
        "| 3 | 新增停车泊位3000个 | 96% |",
      ]).map((p) => p.figures),
    ).toEqual([["actual:110%"], ["actual:100%"], ["actual:96%"]]);
  });

  it("skips a row that only names a category of the projects below it (一、教育类)", () => {
    expect(
      readWhole([
        "丽水市2023年民生实事完成情况",
        "",
        "| 序号 | 项目名称 | 年度目标 | 完成情况 |",
        "| 一、教育类 | | | |",
        "| 1 | 新建幼儿园 | 4所 | 4所 |",
        "| 2 | 新增中小学学位 | 3000个 | 3200个 |",
        "| 二、住房类 | | | |",
        "| 3 | 改造老旧小区 | 25个 | 27个 |",
      ]),
    ).toEqual([
      { no: 1, title: "新建幼儿园", figures: ["target:4所", "actual:4所"] },
      { no: 2, title: "新增中小学学位", figures: ["target:3000个", "actual:3200个"] },
      { no: 3, title: "改造老旧小区", figures: ["target:25个", "actual:27个"] },
    ]);
  });

  it("joins a sub-row named in words alone (护理型床位) to the project above it, and reads a bare number under a project that names no unit without failing", () => {
    const projects = readWhole([
      "衢州市2023年民生实事完成情况",
      "",
      "| 序号 | 项目名称 | 完成情况 | 完成率 |",
      "| 1 | 新增养老床位1200张 | 1320 | 110% |",
      "| 护理型床位 | 330张 | 110% |",
      "| 2 | 新建城市书房 | 22 | 110% |",
      "| 3 | 改造老旧小区60个 | 62 | 103% |",
    ]);
    expect(projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新增养老床位1200张"],
      [2, "新建城市书房"],
      [3, "改造老旧小区60个"],
    ]);
    expect(projects[0]!.figures.filter((f) => f.startsWith("actual"))).toEqual(["actual:1320张@110", "actual:330张@110"]);
  });

  it("names each column under a header cell that spans two (年度目标 | | 完成情况 | | ‖ 内容 | 目标值 | 完成值 | 完成率), and takes the target from the column of figures", () => {
    const projects = readWhole([
      "2022年韶关市民生实事完成情况",
      "",
      "| 序号 | 项目名称 | 年度目标 | | 完成情况 | | 责任单位 |",
      "| | | 内容 | 目标值 | 完成值 | 完成率 | |",
      "|---|---|---|---|---|---|---|",
      "| 1 | 就业服务 | 城镇新增就业 | 2.1万人 | 2.4万人 | 114.3% | 市人社局 |",
      "| | | 就业困难人员再就业 | 1500人 | 1620人 | 108% | |",
      "| 2 | 助餐服务 | 新建老年助餐点 | 40个 | 44个 | 110% | 市民政局 |",
      "| 3 | 口袋公园 | 新建口袋公园 | 12个 | 12个 | 100% | 市住建局 |",
    ]);
    expect(projects.map((p) => [p.no, p.title, p.figures])).toEqual([
      [1, "就业服务", ["target:2.1万人", "actual:2.4万人@114.3", "target:1500人", "actual:1620人@108"]],
      [2, "助餐服务", ["target:40个", "actual:44个@110"]],
      [3, "口袋公园", ["target:12个", "actual:12个@100"]],
    ]);
  });
});

describe("a pipe table whose rows the page wrapped inside their cells", () => {
  const table = [
    "| 序号 | 项目名称 | 主要内容及年度目标 | 责任单位 | 完成时限 |",
    "|------|----------|--------------------|----------|----------|",
    "| 1 | 城乡供水提质 | 新建改造供水管网28公里，受益人 | 县水利局 | 2025年 |",
    "|   | 工程 | 口2.1万人 | 县水务集团 | 12月底 |",
    "| 2 | 普惠托育服务 | 新增普惠性托位150个，建成 |  县卫生健康局 | 2025年 |",
    "|   |  | 婴幼儿成长驿站4个 |  | 11月底 |",
    "| 3 | 文化惠民设施 | 新建城市书房3家，提升农村文化礼 | 县文化和广电旅游 | 2025年 |",
    "|   | 建设 | 堂12家 | 体育局 | 12月底 |",
  ];
  it("joins each numbered row and the line under it that leaves the number empty, cell by cell: a unit on each line is two units", () => {
    const { archive } = convertTexts({ "a.txt": ["缙云县2025年民生实事项目责任分解表", "", ...table].join("\n") });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title, p.responsible, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      [1, "城乡供水提质工程", ["县水利局", "县水务集团"], ["28公里", "2.1万人"]],
      [2, "普惠托育服务", ["县卫生健康局"], ["150个", "4个"]],
      [3, "文化惠民设施建设", ["县文化和广电旅游体育局"], ["3家", "12家"]],
    ]);
  });
  it("keeps the lines apart where a column holds a figure alone on both: a project's further indicator", () => {
    const rows = [
      "| 序号 | 项目名称 | 单位 | 目标 | 完成 |",
      "|---|---|---|---|---|",
      "| 1 | 城镇新增就业 | 万人 | 1.2 | 1.3 |",
      "|  | 失业人员再就业 | 万人 | 0.3 | 0.35 |",
      "| 2 | 农村公路建设 | 公里 | 120 | 126 |",
      "|  | 危桥改造 | 座 | 8 | 8 |",
      "| 3 | 老旧小区改造 | 个 | 20 | 21 |",
      "|  | 加装电梯 | 台 | 30 | 32 |",
    ];
    const { archive } = convertTexts({ "a.txt": ["缙云县2025年民生实事完成情况", "", ...rows].join("\n") });
    expect(archive.reports[0]!.projects.map((p) => p.title)).not.toContain("城镇新增就业失业人员再就业");
  });
});

describe("tables drawn with spaces", () => {
  it("reads a column named for the time it covers (截至9月底完成) and cells that hold figures among words (新建改扩建12所) as the target and what was done", () => {
    const projects = readWhole([
      "2024年定西市为民办实事项目进展情况",
      "",
      "序号  项目名称          年度目标                截至9月底完成          完成率    责任单位",
      "1     城镇新增就业      1.5万人                 1.21万人               80.7%     市人社局",
      "2     公办幼儿园建设    新建改扩建8所           主体完工6所            75%       市教育局",
      "3     农村公路建设      新改建农村公路260公里   完成221公里            85%       市交通运输局",
    ]);
    expect(projects.map((p) => [p.no, p.title, p.figures])).toEqual([
      [1, "城镇新增就业", ["target:1.5万人", "actual:1.21万人@80.7"]],
      [2, "公办幼儿园建设", ["target:8所", "actual:6所@75"]],
      [3, "农村公路建设", ["target:260公里", "actual:221公里@85"]],
    ]);
  });
});

describe("tables drawn in box characters", () => {
  it("reads a table ruled in box characters under each row, a row wrapped inside its cells joined to the row above it", () => {
    const projects = readWhole([
      "白银市2023年为民办实事完成情况",
      "",
      "┌──┬────────┬──────┬──────────┬──────┐",
      "│序号│项目名称        │年度目标      │完成情况            │完成率    │",
      "├──┼────────┼──────┼──────────┼──────┤",
      "│1 │新建口袋公园    │15个          │16个                │106.7%    │",
      "├──┼────────┼──────┼──────────┼──────┤",
      "│2 │免费健康体检    │各5000人      │男性5100人、        │102%、    │",
      "│  │                │              │女性5300人          │106%      │",
      "├──┼────────┼──────┼──────────┼──────┤",
      "│3 │农村公路建设    │300公里       │310公里             │103.3%    │",
      "└──┴────────┴──────┴──────────┴──────┘",
    ]);
    expect(projects.map((p) => [p.no, p.title, p.figures])).toEqual([
      [1, "新建口袋公园", ["target:15个", "actual:16个@106.7"]],
      [2, "免费健康体检", ["target:5000人", "actual:5100人@102", "actual:5300人@106"]],
      [3, "农村公路建设", ["target:300公里", "actual:310公里@103.3"]],
    ]);
  });
});

describe("units wrapped inside a ruled table's cell", () => {
  it("reads a unit's name on each line of a wrapped row as two units, a name that goes on as one", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "白银市2023年为民办实事完成情况",
        "",
        "┌──┬────────┬──────┬──────────┐",
        "│序号│项目名称        │完成情况      │责任单位            │",
        "├──┼────────┼──────┼──────────┤",
        "│1 │城乡供水提质    │新建管网35公里│市水务局            │",
        "│  │                │              │市城投集团          │",
        "├──┼────────┼──────┼──────────┤",
        "│2 │文化惠民        │新建书房2家   │市文化和广电旅游    │",
        "│  │                │              │体育局              │",
        "├──┼────────┼──────┼──────────┤",
        "│3 │农村公路建设    │新建310公里   │市交通运输局        │",
        "└──┴────────┴──────┴──────────┘",
      ].join("\n"),
    });
    expect(archive.reports[0]!.projects.map((p) => p.responsible)).toEqual([["市水务局", "市城投集团"], ["市文化和广电旅游体育局"], ["市交通运输局"]]);
  });
});

describe("tables drawn one cell per line", () => {
  it("takes a figure cell that happens to be the next row's number (基本满意 2 ‖ 2 ‖ 老旧供热管网改造) for a figure, the row's number being the one before its name", () => {
    const lines = ["序号", "民生实事项目", "满意", "基本满意", "不满意"];
    const rows = [
      ["1", "城镇老旧小区改造", "33", "2", "0"],
      ["2", "老旧供热管网改造", "29", "5", "1"],
      ["3", "中小学校舍改造和学位扩充", "34", "1", "0"],
      ["4", "社区居家养老服务设施建设", "30", "4", "1"],
    ];
    const { archive } = convertTexts({ "a.txt": ["大庆市2021年市政府民生实事项目完成情况满意度测评结果", "", "对2021年市政府4项民生实事项目完成情况开展满意度测评。", "", ...lines, ...rows.flat()].join("\n") });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title])).toEqual(rows.map((r) => [Number(r[0]), r[1]]));
  });

  it("reads the programme's table where a notice prints a table of other work before it", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "舟山市人民政府办公室关于印发2022年政府工作报告重点工作和市政府民生实事项目责任分解的通知",
        "",
        "《2022年政府工作报告重点工作责任分解》和《2022年市政府民生实事项目责任分解》已经市政府常务会议审议通过，现印发给你们。",
        "",
        "2022年政府工作报告重点工作责任分解",
        ...["序号", "主要工作任务", "责任单位"],
        ...["1", "地区生产总值增长7.5%左右。", "市发展改革委"],
        ...["2", "一般公共预算收入增长8%。", "市财政局"],
        "",
        "2022年市政府民生实事项目责任分解",
        ...["序号", "民生实事项目", "牵头单位"],
        ...["1", "新增城镇就业2.2万人。", "市人力社保局"],
        ...["2", "新建、改扩建中小学和幼儿园12所，新增学位5400个。", "市教育局"],
        ...["3", "改造城镇老旧小区28个，惠及居民8600户。", "市住建局"],
        ...["4", "新增海岛公共停车泊位2000个。", "市综合执法局"],
      ].join("\n"),
    });
    expect(archive.reports[0]!.projects.map((p) => p.responsible[0])).toEqual(["市人力社保局", "市教育局", "市住建局", "市综合执法局"]);
  });

  it("ends a year's table at the paragraph that announces the next year's, whose own table is that year's list", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "阿克苏地区政府工作报告（摘要）",
        "",
        "2024年，阿克苏地区三大民生实事全部完成年度目标任务。现将完成情况通报如下：",
        "",
        ...["序号", "项目名称", "完成情况", "占全年计划"],
        ...["1", "扩大普惠性学前教育资源", "新建、改扩建公办幼儿园25所", "104.2%"],
        ...["2", "建设“四好农村路”", "新建和改造农村公路1153公里", "177.4%"],
        ...["3", "丰富群众文化生活", "新建城市书房43家", "179.2%"],
        "",
        "2025年，阿克苏地区将集中力量办好三大民生实事，具体如下：",
        "",
        ...["序号", "项目名称", "目标任务", "责任单位"],
        ...["1", "开展职业技能培训", "职业技能培训14.8万人次", "地区人力资源和社会保障局"],
        ...["2", "增加学前教育学位供给", "新建、改扩建公办幼儿园34所", "地区教育局"],
        ...["3", "开展全民健身设施建设", "新建改造社区运动场地96个", "地区体育局"],
      ].join("\n"),
    });
    expect(archive.reports.map((r) => [r.year, r.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}@${m.rate}`).join(" ")])])).toEqual([
      [2024, [["扩大普惠性学前教育资源", "25所@104.2"], ["建设“四好农村路”", "1153公里@177.4"], ["丰富群众文化生活", "43家@179.2"]]],
      [2025, [["开展职业技能培训", "14.8万人次@null"], ["增加学前教育学位供给", "34所@null"], ["开展全民健身设施建设", "96个@null"]]],
    ]);
  });

  it("reads rows numbered from where the table starts (4, 5, 6) under spaced-out column names, a middle row's cells ending in 。 included, and ends the last row where the closing sentences begin", () => {
    const projects = readWhole([
      "宜春市2024年民生实事进展情况",
      "",
      "截至9月底，全市民生实事推进顺利，部分项目进展如下：",
      "",
      // A page set from a PDF spaces out its short column names.
      ...["序 号", "名 称", "完成 情况", "占全年计划"],
      ...["4", "城镇新增就业", "新增就业2.3万人", "85%"],
      ...["5", "老旧小区改造", "开工改造老旧小区42个。", "100%", "惠及居民8600户。", "90%"],
      ...["6", "农村公路建设", "新改建农村公路210公里", "70%"],
      "下一步，各责任单位要加快项目建设进度。",
      "力争年底前新增就业2.7万人。",
    ]);
    expect(projects.map((p) => [p.no, p.title, p.figures.map((f) => f.replace(/@.*/, ""))])).toEqual([
      [4, "城镇新增就业", ["actual:2.3万人"]],
      [5, "老旧小区改造", ["actual:42个", "actual:8600户"]],
      [6, "农村公路建设", ["actual:210公里"]],
    ]);
  });

  it("reads the project cell after a row's number though it runs to a whole sentence of work", () => {
    expect(
      readWhole([
        "上饶市2024年民生实事进展情况",
        "",
        "截至9月底，全市民生实事推进顺利。",
        "",
        ...["序号", "名称", "完成情况", "占全年计划"],
        ...["1", "实施城乡供水一体化工程，新建改造城乡供水管网180公里，新建加压泵站6座，更新改造老旧水厂2座，让全市农村群众都能喝上安全放心的自来水，年底前全面完成", "完成管网150公里", "83%"],
        ...["2", "农村公路建设", "新改建农村公路210公里", "70%"],
      ]),
    ).toEqual([
      { no: 1, title: "实施城乡供水一体化工程", figures: ["target:180公里", "target:6座", "target:2座", "actual:150公里@83"] },
      { no: 2, title: "农村公路建设", figures: ["actual:210公里@70"] },
    ]);
  });
  it("keeps a column's name that repeats the end of the headline (…民生实事三季度进展情况 ‖ 年度目标 ‖ 三季度进展情况): a header cell, not the headline again", () => {
    expect(
      readWhole([
        "2023年肇庆市民生实事三季度进展情况",
        "",
        "现将前三季度进展情况公布如下：",
        "",
        ...["序号", "项目名称", "年度目标", "三季度进展情况"],
        ...["1", "农村公路建设", "新改建农村公路300公里", "完成260公里"],
        ...["2", "老年助餐服务", "新建助餐点50个", "建成41个"],
      ]).map((p) => p.figures),
    ).toEqual([
      ["target:300公里", "actual:260公里"],
      ["target:50个", "actual:41个"],
    ]);
  });
  it("keeps an office named row after row, joins two offices of one row, and reads a 建设内容及目标 column as the targets", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "钦州市2024年为民办实事项目清单",
        "",
        ...["序号", "项目名称", "建设内容及目标", "责任单位", "完成时限"],
        ...["1", "中小学校建设", "新建中小学校3所，新增学位2700个", "市教育局", "市住房和城乡建设局", "12月底前"],
        ...["2", "老旧小区改造", "改造城镇老旧小区12个", "市住房和城乡建设局", "11月底前"],
        ...["3", "农村公路建设", "新改建农村公路90公里", "市交通运输局", "12月底前"],
      ].join("\n"),
    });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title, p.responsible, p.metrics.map((m) => `${m.role}:${m.value}${m.unit}`)])).toEqual([
      [1, "中小学校建设", ["市教育局", "市住房和城乡建设局"], ["target:3所", "target:2700个"]],
      [2, "老旧小区改造", ["市住房和城乡建设局"], ["target:12个"]],
      [3, "农村公路建设", ["市交通运输局"], ["target:90公里"]],
    ]);
  });
  it("reads the project from the 项目名称 column where the number's column is headed 项目编号", () => {
    expect(read("| 项目编号 | 责任单位 | 项目名称 | 完成情况 |\n| 1 | 区教育局 | 新建学校 | 12所 |\n| 2 | 区住建局 | 改造老旧小区 | 30个 |").map((p) => [p.no, p.title, p.responsible])).toEqual([
      [1, "新建学校", ["区教育局"]],
      [2, "改造老旧小区", ["区住建局"]],
    ]);
  });
});

describe("a one-cell-per-line table followed by a note in brackets (（此件公开发布）)", () => {
  it("ends its last row at the note, the row's project in its own column", () => {
    const text = [
      "2021年市政府十件民生实事任务分解表",
      "序号", "项目内容", "年度目标", "牵头单位", "配合单位",
      "1", "城区老旧小区改造", "完成城区老旧小区改造36个，惠及居民4800户。", "市住建局", "各区政府",
      "2", "农村公路提档升级", "新改建农村公路280公里。", "市交通运输局", "各县市区政府",
      "3", "城区绿化亮化", "新建城市公园游园8个，新增城市绿地42万平方米。", "市城管执法委", "市住建局、曾都区政府",
      "（此件公开发布）",
    ].join("\n");
    const { archive } = convertTexts({ "suizhou.txt": text.replace("2021年市政府", "2021年随州市政府") });
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["城区老旧小区改造", "农村公路提档升级", "城区绿化亮化"]);
  });
});

describe("a pipe table without edge pipes whose category cell is merged over the rows under it", () => {
  it("keeps a row's empty first cell, so its name stays in its column, and takes the row's number from the head of the name", () => {
    const text = [
      "莱阳市2022年民生事项1-9月份完成情况",
      "类别 | 民生事项名称 | 2022年度任务目标 | 责任单位 | 1-9月份工作完成情况 |",
      "一、就业社保 | 1.稳定和扩大城镇就业 | 城镇新增就业5000人。 | 人力资源社会保障局 | 城镇新增就业4320人。 |",
      " | 2.提高城乡居民基础养老金 | 城乡居民基础养老金月人均提高5元。 | 人力资源社会保障局 | 已足额发放。 |",
      "二、城乡建设 | 3.改造城镇老旧小区 | 完成老旧小区改造17个。 | 住房城乡建设局 | 已完工11个。 |",
      " | 4.建设城区公共停车场 | 新增城区公共停车泊位800个。 | 住房城乡建设局 | 已建成停车泊位612个。 |",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "稳定和扩大城镇就业"],
      [2, "提高城乡居民基础养老金"],
      [3, "改造城镇老旧小区"],
      [4, "建设城区公共停车场"],
    ]);
  });
});

describe("a task table whose project cells state the targets, beside a column of the steps (工作举措及实施计划)", () => {
  it("reads each project's figures from its own cell, none from the steps' dates and sites", () => {
    const text = [
      "宁化县2022年县政府为民办实事项目工作任务分解表",
      "序号 | 实事项目 | 工作举措及实施计划 | 责任单位 |",
      "1 | 新建、改扩建公办幼儿园3所，新增公办学前教育学位540个。 | 1.3月底前完成施工招标；2.8月底前3所幼儿园竣工验收。 | 教育局 |",
      "2 | 改造提升城镇老旧小区12个，惠及居民1360户。 | 1.4月底前完成施工图设计；2.建设停车场5处，9月底前完成400个。 | 住建局 |",
      "3 | 实施农村公路提级改造45公里。 | 1.5月底前完成招投标；2.10月底前完成提级改造30公里以上。 | 交通运输局 |",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([["3所", "540个"], ["12个", "1360户"], ["45公里"]]);
  });
});

describe("a TAB table's sub-rows whose number and name cells the page left empty (the empty cells lost with the line's leading tabs)", () => {
  it("places their cells in the columns after the name's: targets, achieved figures and rates where they belong", () => {
    const text = [
      "普洱市2023年十件惠民实事完成情况表",
      "序号\t实事名称\t年度目标任务\t完成情况\t完成率\t责任单位",
      "1\t促进城乡就业创业\t城镇新增就业1.8万人\t城镇新增就业1.96万人\t108.9%\t市人力资源社会保障局",
      "\t\t农村劳动力转移就业5万人\t转移就业5.42万人\t108.4%\t",
      "2\t扩大学前教育资源\t新建公办幼儿园12所\t建成12所\t100%\t市教育体育局",
      "3\t改善农村出行条件\t新改建农村公路280公里\t新改建农村公路300公里\t107.1%\t市交通运输局",
      "\t\t改造危桥15座\t改造危桥16座\t106.7%\t",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["促进城乡就业创业", "扩大学前教育资源", "改善农村出行条件"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["1.8万人 target", "1.96万人 actual", "5万人 target", "5.42万人 actual"]);
    expect(report.projects[2]!.metrics.filter((m) => m.role === "actual").map((m) => [m.value, m.rate])).toEqual([[300, 107.1], [16, 106.7]]);
  });
});

describe("a table whose target column states a stage, not a figure", () => {
  it("reads the task cell's figures as the row's targets where its target column has none (三季度目标 ‖ 主体工程完工)", () => {
    const rows = readWhole([
      "宜黄县2020年县政府十件民生实事三季度进展情况",
      "序号 | 工作任务 | 责任单位 | 三季度目标 | 进展情况 | 目标完成情况 |",
      "1 | 新改扩建公办幼儿园4所 | 县教体局 | 主体工程完工 | 3所已完成主体工程，完成年度任务的75%。 | 顺利推进 |",
      "2 | 改造农村公路危桥10座 | 县交通运输局 | 全面开工 | 10座危桥已全部开工，完工6座。 | 顺利推进 |",
      "3 | 城区新增公共停车泊位1200个 | 县城管局 | 施划泊位过半 | 已新增公共停车泊位980个，完成年度任务的81.7%。 | 顺利推进 |",
    ]);
    expect(rows.map((r) => r.figures.filter((f) => f.startsWith("target:")))).toEqual([["target:4所"], ["target:10座"], ["target:1200个"]]);
  });
});

const CATEGORIES = ["提升养老服务水平", "推进教育优质均衡", "提升基层医疗能力", "改善城乡出行条件", "加强文体惠民建设"];

describe("a table whose categories stand left of its numbers", () => {
  const lines = [
    "高要区2023年十件民生实事落实情况",
    "大类 | 序号 | 工作任务 | 牵头单位 | 落实进展情况 |",
    ...CATEGORIES.map((name, g) => [
      `${"一二三四五"[g]}、${name} | ${2 * g + 1} | 新建${name.slice(2)}设施${10 + g}个。 | 区民政局 | 已完成。全年建成${11 + g}个。 |`,
      `${2 * g + 2} | 改造${name.slice(2)}场所${20 + g}处。 | 区住建局 | 已完成。全年改造${21 + g}处。 |`,
    ]).flat(),
  ];

  it("reads the categories as the projects where the text counts them, not the rows (五件 of ten rows), each with its rows' figures", () => {
    const rows = readWhole(lines.map((l, k) => (k === 0 ? "高要区2023年五件民生实事落实情况" : l)));
    expect(rows.map((r) => r.title)).toEqual(CATEGORIES);
    expect(rows[0]!.figures).toEqual(expect.arrayContaining(["actual:11个", "actual:21处"]));
  });

  it("reads the rows where the text counts them (十件 of ten rows)", () => {
    expect(readWhole(lines).map((r) => r.title)).toHaveLength(10);
  });
});

describe("a table drawn one cell per line whose rows break into works (具体工作), the project's name and office merged over them", () => {
  it("reads each work's sub-row, lacking the number, the project and the office, as the project's own", () => {
    const lines = [
      "附件：2024年惠东县十件民生实事完成情况表",
      ...["序号", "民生实事", "具体工作", "年度目标", "完成情况", "完成率", "牵头单位"],
      ...["1", "扩大基础教育优质学位供给", "新建改扩建公办中小学", "3所", "3所", "100%", "县教育局", "新增公办学位", "4000个", "4350个", "108.8%"],
      ...["2", "提升医疗卫生服务水平", "镇卫生院提质升级", "4家", "4家", "100%", "县卫生健康局", "适龄女生HPV疫苗免费接种", "5200人", "5386人", "103.6%"],
      ...["3", "推进城乡供水一体化", "新建改造供水管网", "35公里", "38.2公里", "109.1%", "县水务局"],
    ];
    const report = convertTexts({ "a.txt": lines.join("\n") }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["扩大基础教育优质学位供给", "提升医疗卫生服务水平", "推进城乡供水一体化"]);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit} ${m.role}`)).toEqual(["3所 target", "3所 actual", "4000个 target", "4350个 actual"]);
    expect(report.projects[1]!.metrics.map((m) => m.value)).toEqual([4, 4, 5200, 5386]);
  });
});

describe("a notice whose text only sums the programme up, its table in an attachment", () => {
  it("reads the table alone: the narrative's guess at the notice's text, far short of the count the table meets, is no list", () => {
    const lines = [
      "关于2024年龙门县五件民生实事完成情况的通报",
      "发布日期：2025-01-17 来源：县政府督查室",
      "各镇人民政府，县直有关单位：",
      "根据《龙门县人民政府关于印发2024年县五件民生实事任务分解方案的通知》要求，各责任单位压实工作责任，扎实推进县五件民生实事办理工作。",
      "2024年县五件民生实事共8项内容，截至2024年12月31日，已全部完成年度任务，其中6项超额完成。",
      "下一步，各牵头单位要对已建成项目建立长效管护机制，做好群众满意度回访。同时，县发展改革局要提早谋划2025年县五件民生实事，确保项目更加贴近民生需求。",
      "现将2024年龙门县五件民生实事完成情况予以通报（具体见附件）。",
      "龙门县人民政府督查室",
      "2025年1月16日",
      "附件：2024年龙门县五件民生实事完成情况表",
      ...["序号", "民生实事", "年度目标", "完成情况", "完成率"],
      ...["1", "新建改扩建公办中小学", "3所", "3所", "100%"],
      ...["2", "镇卫生院提质升级", "4家", "4家", "100%"],
      ...["3", "新建改造供水管网", "35公里", "38.2公里", "109.1%"],
      ...["4", "农村公路提质改造", "60公里", "63.4公里", "105.7%"],
      ...["5", "建设口袋公园", "8个", "9个", "112.5%"],
    ];
    const report = convertTexts({ "a.txt": lines.join("\n") }).archive.reports.find((r) => r.year === 2024)!;
    expect(report.sources).toHaveLength(1);
    expect(report.projects.map((p) => p.title)).toEqual(["新建改扩建公办中小学", "镇卫生院提质升级", "新建改造供水管网", "农村公路提质改造", "建设口袋公园"]);
  });
});

describe("a progress sheet whose column of progress splits into sub-columns on a second header row, with rows that sum others", () => {
  const text = [
    "北海市2020年为民办实事工程项目进展情况表（截至6月底）",
    "发布时间：2020-07-10　来源：北海市发展和改革委员会",
    "金额单位：万元 |",
    "类别 | 序号 | 项目名称 | 2020年建设内容 | 年度计划投资 | 2020年6月进展情况 | 责任单位 |",
    "完成投资 | 投资完成率 | 实施情况 |",
    "合计：2大类4个项目 | 46000 | 21300 | 46.3% |",
    "一、教育惠民 | 教育惠民2个项目合计 | 30000 | 14200 | 47.3% |",
    "1 | 城区学校扩容工程 | 新建、改扩建城区中小学4所，新增学位3600个。 | 24000 | 11400 | 47.5% | 4所学校均已开工，其中1所主体封顶。 | 市教育局 |",
    "2 | 公办幼儿园建设项目 | 新建公办幼儿园8所。 | 6000 | 2800 | 46.7% | 已开工6所。 | 市教育局 |",
    "二、安居惠民 | 安居惠民2个项目合计 | 16000 | 7100 | 44.4% |",
    "3 | 城镇老旧小区改造 | 改造城镇老旧小区24个。 | 12000 | 5200 | 43.3% | 已开工18个，完工5个。 | 市住房城乡建设局 |",
    "4 | 农村危房改造 | 完成农村危房改造1800户。 | 4000 | 1900 | 47.5% | 已竣工860户。 | 市住房城乡建设局 |",
  ].join("\n");

  it("reads the numbered rows alone as projects, the sums and the second header row none, each cell under its own column", () => {
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => [p.no, p.title, p.section])).toEqual([
      [1, "城区学校扩容工程", "教育惠民"],
      [2, "公办幼儿园建设项目", "教育惠民"],
      [3, "城镇老旧小区改造", "安居惠民"],
      [4, "农村危房改造", "安居惠民"],
    ]);
  });

  it("gives the money columns the unit of the line above the table, and the rate to the money spent where the column of progress tells the works' state", () => {
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects[0]!.metrics.map((m) => [m.value, m.unit, m.role, m.rate])).toEqual([
      [4, "所", "target", null],
      [3600, "个", "target", null],
      [24000, "万元", "target", null],
      [11400, "万元", "actual", 47.5],
      [4, "所", "actual", null],
      [1, "所", "actual", null],
    ]);
  });
});
