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

describe("tables of projects", () => {
  it("reads a pipe table's number, title and level, target, what was done, rate and responsible units", () => {
    expect(read("| 序号 | 项目名称 | 年度目标 | 完成情况 | 完成率 | 责任单位 |\n| 1 | 新建学校（省定） | 10所 | 12所 | 120% | 市教育局、市财政局 |\n| 2 | 改造老旧小区 | 30个 | 30个 | 100% | 市住建局 |\n| 3 | 新建公园 | 5个 | 4个 | 80% | 市城管局 |")).toEqual([
      { no: 1, title: "新建学校", level: "province", responsible: ["市教育局", "市财政局"], figures: [[10, "所", "target", null], [12, "所", "actual", 120]] },
      { no: 2, title: "改造老旧小区", level: null, responsible: ["市住建局"], figures: [[30, "个", "target", null], [30, "个", "actual", 100]] },
      { no: 3, title: "新建公园", level: null, responsible: ["市城管局"], figures: [[5, "个", "target", null], [4, "个", "actual", 80]] },
    ]);
  });
  it("reads TAB-separated rows the same way", () => {
    expect(read("序号\t项目\t目标\t完成\n1\t新建学校\t10所\t12所\n2\t改造公路\t40公里\t45公里")).toEqual([
      { no: 1, title: "新建学校", level: null, responsible: [], figures: [[10, "所", "target", null], [12, "所", "actual", null]] },
      { no: 2, title: "改造公路", level: null, responsible: [], figures: [[40, "公里", "target", null], [45, "公里", "actual", null]] },
    ]);
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
