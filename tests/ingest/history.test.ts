// Issue 13: each project's timeline across the documents of its region-year (src/ingest/history.ts).
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";

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
