// How documents of one region and year become one report (src/ingest/merge.ts): which
// document leads, how projects are joined or added, and the order of sources and figures.
import { describe, expect, it } from "vitest";
import { mergeOwnedReports, mergeReports } from "../../src/ingest/merge.ts";
import type { Metric, ReportKind } from "../../src/ingest/model.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const at = (m: Metric, start: number): Metric => ({ ...m, source: { ...m.source, start, end: start + 1 } });
const henan = (seed: string, kind: ReportKind, projects: ReturnType<typeof project>[]) =>
  report("henan/2023", ["河南省"], 2023, projects, [{ seed, kind }]);

describe("which document leads a merged report", () => {
  it("lets the results notice lead over the plan: its titles stand", () => {
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "职业技能培训", [], { no: 1 })]);
    const results = henan("b.txt", "results", [project("henan/2023/01", "开展职业技能培训和评价取证", [], { no: 1 })]);
    for (const order of [[plan, results], [results, plan]]) {
      expect(mergeReports(order)[0]!.projects.map((p) => p.title)).toEqual(["开展职业技能培训和评价取证"]);
    }
  });
  it("lets a progress report lead over the plan, and the results over progress", () => {
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "计划里的标题", [], { no: 1 })]);
    const progress = henan("b.txt", "progress", [project("henan/2023/01", "进展里的标题", [], { no: 1 })]);
    const results = henan("c.txt", "results", [project("henan/2023/01", "结果里的标题", [], { no: 1 })]);
    expect(mergeReports([plan, progress])[0]!.projects[0]!.title).toBe("进展里的标题");
    expect(mergeReports([progress, plan])[0]!.projects[0]!.title).toBe("进展里的标题");
    expect(mergeReports([progress, results, plan])[0]!.projects[0]!.title).toBe("结果里的标题");
  });
  it("lets the document first by file name lead among documents of one kind", () => {
    const one = henan("a.txt", "results", [project("henan/2023/01", "甲的标题", [], { no: 1 })]);
    const two = henan("b.txt", "results", [project("henan/2023/01", "乙的标题", [], { no: 1 })]);
    expect(mergeReports([two, one])[0]!.projects[0]!.title).toBe("甲的标题");
    expect(mergeReports([one, two])[0]!.projects[0]!.title).toBe("甲的标题");
  });
});

describe("reports that are not merged", () => {
  it("keeps reports of different regions or years apart, ordered by id", () => {
    const a = report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "甲")]);
    const b = report("henan/2022", ["河南省"], 2022, [project("henan/2022/01", "乙")]);
    const c = report("hebei/2024", ["河北省"], 2024, [project("hebei/2024/01", "丙")]);
    expect(mergeReports([a, b, c]).map((r) => r.id)).toEqual(["hebei/2024", "henan/2022", "henan/2023"]);
  });
  it("records where each project was first read, even in a report of one document", () => {
    const one = henan("a.txt", "results", [project("henan/2023/01", "甲", [at(metric("培训", 3, "万人", "actual", null, "a.txt"), 10)])]);
    const merged = mergeReports([one])[0]!;
    expect(merged.projects[0]!.history?.map((s) => [s.seed, s.kind])).toEqual([["a.txt", "results"]]);
  });
});

describe("joining projects across documents", () => {
  it("adds a project only the plan names, under a number of its own that no project of the lead holds", () => {
    const results = henan("b.txt", "results", [
      project("henan/2023/01", "开展职业技能培训", [], { no: 1 }),
      project("henan/2023/02", "新建寄宿制小学", [], { no: 2 }),
    ]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "建设口袋公园", [], { no: 3 })]);
    const merged = mergeReports([plan, results])[0]!;
    expect(merged.projects.map((p) => [p.id, p.title])).toEqual([
      ["henan/2023/01", "开展职业技能培训"],
      ["henan/2023/02", "新建寄宿制小学"],
      ["henan/2023/03", "建设口袋公园"],
    ]);
  });
  it("skips numbers already taken when it renumbers an added project", () => {
    const results = henan("b.txt", "results", [
      project("henan/2023/01", "开展职业技能培训", [], { no: 1 }),
      project("henan/2023/03", "新建寄宿制小学", [], { no: 3 }),
    ]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "建设口袋公园", [], { no: 4 })]);
    expect(mergeReports([plan, results])[0]!.projects.map((p) => p.id)).toEqual(["henan/2023/01", "henan/2023/03", "henan/2023/04"]);
  });
  it("keeps an added project's id when no project of the lead holds it", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "开展职业技能培训", [], { no: 1 })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/07", "建设口袋公园", [], { no: 7 })]);
    expect(mergeReports([plan, results])[0]!.projects.map((p) => p.id)).toEqual(["henan/2023/01", "henan/2023/07"]);
  });
  it("joins an unnumbered project to the most similar title, not the first similar enough", () => {
    const results = henan("b.txt", "results", [
      project("henan/2023/01", "口袋公园建设工程项目"),
      project("henan/2023/02", "口袋公园建设工程"),
    ]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "口袋公园建设工程", [metric("新建口袋公园", 14, "个", "target", null, "a.txt")])]);
    const merged = mergeReports([plan, results])[0]!;
    expect(merged.projects.map((p) => p.metrics.length)).toEqual([0, 1]);
  });
  it("joins titles at a bigram Dice of exactly one half (建公园 ~ 建公厕), not below (口袋公园 ~ 口袋广场)", () => {
    const below = mergeReports([
      henan("a.txt", "plan", [project("henan/2023/05", "口袋广场")]),
      henan("b.txt", "results", [project("henan/2023/01", "口袋公园")]),
    ])[0]!;
    expect(below.projects).toHaveLength(2);
    const results = henan("b.txt", "results", [project("henan/2023/01", "建公园")]);
    const plan = henan("a.txt", "plan", [project("henan/2023/05", "建公厕", [metric("新建", 14, "个", "target", null, "a.txt")])]);
    const merged = mergeReports([plan, results])[0]!;
    expect(merged.projects.map((p) => [p.id, p.metrics.length])).toEqual([["henan/2023/01", 1]]);
  });
  it("adds an unnumbered project whose title shares too little with every project of the lead", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "口袋公园建设")]);
    const plan = henan("a.txt", "plan", [project("henan/2023/05", "老旧小区改造", [metric("改造", 9, "个", "target", null, "a.txt")])]);
    const merged = mergeReports([plan, results])[0]!;
    expect(merged.projects.map((p) => [p.id, p.metrics.length])).toEqual([["henan/2023/01", 0], ["henan/2023/05", 1]]);
  });
  it("takes the level from the plan when the results notice gives none", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "开展职业技能培训", [], { no: 1 })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "开展职业技能培训", [], { no: 1, level: "province" })]);
    // numbered 1 with level null and 1 with "province" are not the same number and level: joined by title
    expect(mergeReports([plan, results])[0]!.projects.map((p) => p.level)).toEqual(["province"]);
  });
  it("keeps the lead's level when both give one", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "开展职业技能培训", [], { no: 1, level: "city" })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "开展职业技能培训", [], { no: 1, level: "city" })]);
    expect(mergeReports([plan, results])[0]!.projects.map((p) => p.level)).toEqual(["city"]);
  });
  it("keeps the lead's project count when both documents state one", () => {
    const results = { ...henan("b.txt", "results", [project("henan/2023/01", "甲", [], { no: 1 })]), projectCount: 12 };
    const plan = { ...henan("a.txt", "plan", [project("henan/2023/01", "甲", [], { no: 1 })]), projectCount: 10 };
    expect(mergeReports([plan, results])[0]!.projectCount).toBe(12);
  });
  it("gives a joined project the history of both documents, the lead's first", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "甲", [], { no: 1 })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "甲", [], { no: 1 })]);
    const merged = mergeReports([plan, results])[0]!;
    expect(merged.projects[0]!.history?.map((s) => [s.seed, s.kind])).toEqual([["b.txt", "results"], ["a.txt", "plan"]]);
  });
});

describe("order of sources and figures in a merged report", () => {
  it("lists the sources by file name", () => {
    const plan = henan("b-plan.txt", "plan", []);
    const results = henan("a-results.txt", "results", []);
    const progress = henan("c-progress.txt", "progress", []);
    expect(mergeReports([plan, results, progress])[0]!.sources.map((s) => s.seed)).toEqual(["a-results.txt", "b-plan.txt", "c-progress.txt"]);
  });
  it("lists one file read as two kinds with the more final kind first", () => {
    const a = report("henan/2023", ["河南省"], 2023, [], [{ seed: "x.txt", kind: "plan" }, { seed: "x.txt", kind: "results" }, { seed: "w.txt", kind: "plan" }]);
    expect(mergeReports([a])[0]!.sources.map((s) => [s.seed, s.kind])).toEqual([["w.txt", "plan"], ["x.txt", "results"], ["x.txt", "plan"]]);
  });
  it("orders a project's figures by file, then by place in the file", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "甲", [at(metric("后", 2, "个", "actual", null, "b.txt"), 50), at(metric("前", 1, "个", "actual", null, "b.txt"), 5)], { no: 1 })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "甲", [at(metric("计划", 3, "个", "target", null, "a.txt"), 90)], { no: 1 })]);
    const merged = mergeReports([results, plan])[0]!;
    expect(merged.projects[0]!.metrics.map((m) => [m.source.seed, m.source.start])).toEqual([["a.txt", 90], ["b.txt", 5], ["b.txt", 50]]);
  });
});

describe("what merging leaves of its input", () => {
  it("mergeReports leaves the input reports' projects, figures and sources as they were", () => {
    const results = henan("b.txt", "results", [project("henan/2023/01", "甲", [], { no: 1 })]);
    const plan = henan("a.txt", "plan", [project("henan/2023/01", "甲", [metric("计划", 3, "个", "target", null, "a.txt")], { no: 1 })]);
    mergeReports([plan, results]);
    expect(results.sources.map((s) => s.seed)).toEqual(["b.txt"]);
    expect(results.projects[0]!.metrics).toEqual([]);
  });
  it("mergeOwnedReports gives the same report, writing into the lead", () => {
    const make = () => [
      henan("a.txt", "plan", [project("henan/2023/01", "甲", [metric("计划", 3, "个", "target", null, "a.txt")], { no: 1 })]),
      henan("b.txt", "results", [project("henan/2023/01", "甲", [], { no: 1 })]),
    ];
    const owned = make();
    const merged = mergeOwnedReports(owned);
    expect(merged).toEqual(mergeReports(make()));
    expect(merged[0]).toBe(owned[1]);
  });
});
