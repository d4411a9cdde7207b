// Issue 13: each project's timeline across the documents of its region-year (src/ingest/history.ts).
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";
import { completeHistory, historyStep } from "../../src/ingest/history.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const plan = "---\npublished: 2023-01-20\n---\n河南省2023年民生实事发布\n\n今年将办好民生实事。\n\n第一项实事,开展职业技能培训。全年开展职业技能培训300万人次以上。\n\n第二项实事,新建寄宿制小学。全年新开工150所以上。";
const progress = "河南省2023年民生实事进展\n\n截至2023年6月30日，民生实事进展顺利。\n\n第一项实事,开展职业技能培训。全省开展职业技能培训180万人次,完成年度目标任务的60%。\n\n第二项实事,新建寄宿制小学。已开工80所,完成年度目标任务的53.3%。";
const results = "---\npublished: 2024-02-01\n---\n河南省2023年民生实事完成情况\n\n10项实事完成。\n\n第一项实事,开展职业技能培训和评价取证。全省开展职业技能培训428.7万人次,完成年度目标任务的142.9%。\n\n第二项实事,改善农村学校办学条件。全省新开工寄宿制小学150所,完成年度目标任务的100%。";

describe("status history", () => {
  it("gives a plan, a progress notice and a results notice of one region-year one timeline per project", () => {
    const { archive } = convertTexts({ "c-results.txt": results, "a-plan.txt": plan, "b-progress.txt": progress });
    expect(archive.reports).toHaveLength(1);
    const [first, second] = archive.reports[0]!.projects;
    expect(first!.history!.map((s) => [s.kind, s.seed, s.status])).toEqual([
      ["plan", "a-plan.txt", "计划"],
      ["progress", "b-progress.txt", "进行中"],
      ["results", "c-results.txt", "超额完成"],
    ]);
    expect(first!.history![0]).toMatchObject({ date: "2023-01-20", rate: null });
    expect(first!.history![1]).toMatchObject({ date: "2023-06-30", rate: 60 });
    expect(first!.history![2]).toMatchObject({ date: "2024-02-01", rate: 142.9 });
    expect(second!.history!.map((s) => s.status)).toEqual(["计划", "进行中", "完成"]);
  });

  it("points each step at its figures and its line in the file", () => {
    const { archive } = convertTexts({ "a-plan.txt": plan, "c-results.txt": results });
    const project = archive.reports[0]!.projects[0]!;
    for (const step of project.history!) {
      expect(step.figures.length).toBeGreaterThan(0);
      for (const i of step.figures) expect(project.metrics[i]!.source.seed).toBe(step.seed);
      expect(step.line).toBeGreaterThan(3); // front matter lines counted
    }
  });

  it("gives a project of one document a one-step history", () => {
    const { archive } = convertTexts({ "c-results.txt": results });
    expect(archive.reports[0]!.projects.map((p) => p.history!.length)).toEqual([1, 1]);
  });
});

describe("status history on hand-made reports", () => {
  type Kind = "plan" | "progress" | "results";
  const source = (seed: string, kind: Kind, published: string | null = null, asOf: string | null = null) => ({ seed, kind, title: null, published, publisher: null, asOf });

  it("orders steps plan, progress, results, then by date, then by file", () => {
    const sources = [source("e.txt", "results"), source("d.txt", "progress", null, "2023-09-30"), source("c.txt", "progress", null, "2023-06-30"), source("b.txt", "progress", null, "2023-06-30"), source("a.txt", "plan")];
    const metrics = sources.map((s) => metric("培训", 1, "万人", s.kind === "plan" ? "target" : "actual", null, s.seed));
    const r = { ...report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "甲", metrics)]), sources };
    const history = completeHistory({ reports: [r] } as never).reports[0]!.projects[0]!.history!;
    expect(history.map((s) => s.seed)).toEqual(["a.txt", "b.txt", "c.txt", "d.txt", "e.txt"]);
    expect(history.map((s) => s.figures)).toEqual([[4], [3], [2], [1], [0]]);
  });
  it("gives a step the lowest rate of its own actual figures, and a plan's step none", () => {
    const sources = [source("a.txt", "plan"), source("b.txt", "results")];
    const metrics = [metric("甲", 1, "个", "target", 90, "a.txt"), metric("乙", 1, "个", "actual", 120, "b.txt"), { ...metric("丙", 1, "个", "actual", null, "b.txt"), computedRate: 95 }, metric("丁", 1, "个", "target", 80, "b.txt")];
    const r = { ...report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "甲", metrics)]), sources };
    const history = completeHistory({ reports: [r] } as never).reports[0]!.projects[0]!.history!;
    expect(history.map((s) => [s.kind, s.rate, s.status])).toEqual([["plan", null, "计划"], ["results", 95, "未完成"]]);
  });
  it("dates a step by the cut-off of its document, else by its publication", () => {
    expect(historyStep(project("x/01", "甲"), source("a.txt", "progress", "2023-07-05", "2023-06-30")).date).toBe("2023-06-30");
    expect(historyStep(project("x/01", "甲"), source("a.txt", "results", "2024-02-01")).date).toBe("2024-02-01");
  });
  it("points a step at the project's heading line in its document, else at its first figure's line, else nowhere", () => {
    const figure = { ...metric("甲", 1, "个", "actual", null, "a.txt"), source: { seed: "a.txt", start: 0, end: 1, line: 9 } };
    const withHeading = project("x/01", "甲", [figure], { source: { seed: "a.txt", start: 0, end: 1, line: 4 } });
    expect(historyStep(withHeading, source("a.txt", "results")).line).toBe(4);
    expect(historyStep(project("x/01", "甲", [figure]), source("a.txt", "results")).line).toBe(9);
    expect(historyStep(project("x/01", "甲", [figure]), source("b.txt", "results")).line).toBeNull();
  });
  it("builds the steps of a project no merge recorded from the documents that speak of it, else the report's first", () => {
    const sources = [source("a.txt", "plan"), source("b.txt", "results")];
    const spoken = project("henan/2023/01", "甲", [metric("乙", 1, "个", "actual", 100, "b.txt")]);
    const silent = project("henan/2023/02", "乙");
    const r = { ...report("henan/2023", ["河南省"], 2023, [spoken, silent]), sources };
    const [one, two] = completeHistory({ reports: [r] } as never).reports[0]!.projects;
    expect(one!.history!.map((s) => [s.seed, s.status])).toEqual([["b.txt", "完成"]]);
    expect(two!.history!.map((s) => [s.seed, s.status])).toEqual([["a.txt", "计划"]]);
  });
});
