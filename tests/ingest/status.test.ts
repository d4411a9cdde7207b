import { describe, expect, it } from "vitest";
import type { Project, ReportKind } from "../../src/ingest/model.ts";
import { computeProjectRates, computeRates } from "../../src/ingest/rates.ts";
import { assignStatus, projectStatus } from "../../src/ingest/status.ts";
import { metric, project, projectOf, report, seedArchive } from "./enrich-fixtures.ts";

type Sources = { seed: string; kind: ReportKind }[];
const RESULTS: Sources = [{ seed: "results.txt", kind: "results" }];
const PLAN_AND_RESULTS: Sources = [
  { seed: "results.txt", kind: "results" },
  { seed: "plan.txt", kind: "plan" },
];

function statusOf(p: Project, sources: Sources = RESULTS) {
  const enriched = computeProjectRates(p);
  return projectStatus(enriched, report("x/2023", ["某省"], 2023, [enriched], sources));
}

const actual = (rate: number | null, value = 10) =>
  metric("新建城市书房", value, "个", "actual", rate, "results.txt");

describe("project status from figures", () => {
  it("calls results with all rates ≥ 100 and one above 100 超额完成", () => {
    expect(statusOf(project("x/1", "书房", [actual(100), actual(120.5)]))).toBe("超额完成");
  });

  it("calls results with every rate exactly 100 完成", () => {
    expect(statusOf(project("x/1", "书房", [actual(100), actual(100)]))).toBe("完成");
  });

  it("calls results with any rate below 100 未完成, even beside rates above 100", () => {
    expect(statusOf(project("x/1", "书房", [actual(99.7), actual(150)]))).toBe("未完成");
  });

  it("calls results without any rate 无数据, never 完成 without evidence", () => {
    expect(statusOf(project("x/1", "书房", [actual(null)]))).toBe("无数据");
    expect(statusOf(project("x/1", "书房", []))).toBe("无数据");
  });

  it("uses the computed rate where the text states none (plan target + results actual)", () => {
    const p = project("x/1", "书房", [
      metric("新建城市书房", 100, "个", "target", null, "plan.txt"),
      metric("新建城市书房", 98, "个", "actual", null, "results.txt"),
    ]);
    expect(statusOf(p, PLAN_AND_RESULTS)).toBe("未完成");
  });

  it("prefers the stated rate over a computed one that disagrees", () => {
    const p = project("x/1", "书房", [
      metric("新建城市书房", 100, "个", "target", null, "results.txt"),
      metric("新建城市书房", 98, "个", "actual", 100, "results.txt"),
    ]);
    expect(statusOf(p)).toBe("完成");
  });

  it("calls a project with figures only from a progress report 进行中, whatever its rates", () => {
    const p = project("x/1", "书房", [metric("新建城市书房", 10, "个", "actual", 120, "progress.txt")]);
    expect(statusOf(p, [{ seed: "progress.txt", kind: "progress" }])).toBe("进行中");
  });

  it("calls a project with figures only from a plan 计划", () => {
    const p = project("x/1", "书房", [metric("新建城市书房", 10, "个", "target", null, "plan.txt")]);
    expect(statusOf(p, PLAN_AND_RESULTS)).toBe("计划");
  });

  it("lets results outrank a progress report of the same year", () => {
    const p = project("x/1", "书房", [
      metric("新建城市书房", 5, "个", "actual", 50, "progress.txt"),
      metric("新建城市书房", 10, "个", "actual", 100, "results.txt"),
    ]);
    const sources: Sources = [...RESULTS, { seed: "progress.txt", kind: "progress" }];
    expect(statusOf(p, sources)).toBe("完成");
  });

  it("takes the report's latest kind for a project with no figures and no heading source", () => {
    expect(statusOf(project("x/1", "书房"), [{ seed: "plan.txt", kind: "plan" }])).toBe("计划");
  });

  it("takes the heading's source for a project whose figures are all in the plan", () => {
    const p = project("x/1", "书房", [metric("新建城市书房", 10, "个", "target", null, "plan.txt")], {
      source: { seed: "results.txt", start: 0, end: 2 },
    });
    expect(statusOf(p, PLAN_AND_RESULTS)).toBe("无数据");
  });
});

describe("project status on the seeds", () => {
  const archive = assignStatus(computeRates(seedArchive()));
  const status = (id: string) => projectOf(archive, id).status;

  it("gives 河南省 2023 第一项 超额完成 from its stated rates", () => {
    expect(status("henan/2023/01")).toBe("超额完成");
  });
  it("gives 漯河市 爱心早餐 未完成: 3491 of 3500 名 planned", () => {
    expect(status("henan/luohe/2024/30")).toBe("未完成");
  });
  it("gives 漯河市 高水平医院 完成: 99 of 99 个", () => {
    expect(status("henan/luohe/2024/17")).toBe("完成");
  });
  it("gives 南阳市 断头路 无数据: 4 条 without a target or rate", () => {
    expect(status("henan/nanyang/2023/14")).toBe("无数据");
  });
  it("gives every 承德市 progress project 进行中", () => {
    const chengde = archive.reports.find((r) => r.id === "hebei/chengde/2024")!;
    expect(new Set(chengde.projects.map((p) => p.status))).toEqual(new Set(["进行中"]));
  });
});

describe("project status at its limits", () => {
  it("calls a rate of 99.9 未完成 and one of 100.1 超额完成", () => {
    expect(statusOf(project("x/1", "书房", [actual(99.9)]))).toBe("未完成");
    expect(statusOf(project("x/1", "书房", [actual(100.1)]))).toBe("超额完成");
  });
  it("counts only actual figures: a target's rate decides nothing", () => {
    const target = metric("新建城市书房", 10, "个", "target", 50, "results.txt");
    expect(statusOf(project("x/1", "书房", [target, actual(100)]))).toBe("完成");
  });
  it("counts only the figures of the evidence kind: a progress rate below 100 does not undo results", () => {
    const sources: Sources = [{ seed: "results.txt", kind: "results" }, { seed: "progress.txt", kind: "progress" }];
    const early = metric("新建城市书房", 5, "个", "actual", 50, "progress.txt");
    expect(statusOf(project("x/1", "书房", [early, actual(100)]), sources)).toBe("完成");
  });
  it("calls a project of a report with no sources 无数据", () => {
    expect(statusOf(project("x/1", "书房"), [])).toBe("无数据");
  });
  it("takes the latest kind whatever the order of the sources (a plan listed after the results)", () => {
    const sources: Sources = [{ seed: "plan.txt", kind: "plan" }, { seed: "results.txt", kind: "results" }, { seed: "progress.txt", kind: "progress" }];
    expect(statusOf(project("x/1", "书房"), sources)).toBe("无数据");
    expect(statusOf(project("x/1", "书房", [actual(100)]), sources)).toBe("完成");
  });
});
