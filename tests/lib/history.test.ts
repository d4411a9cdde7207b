import { describe, expect, it } from "vitest";
import { documentChange, movements } from "../../src/lib/history";
import type { HistoryStep } from "../../src/ingest/model";

const step = (seed: string, status: HistoryStep["status"], kind: HistoryStep["kind"] = "results"): HistoryStep => ({ kind, date: null, seed, line: null, status, figures: [], rate: null });

describe("movements between documents", () => {
  it("counts first → last status of projects spoken of by two or more documents, largest first", () => {
    const projects = [
      { history: [step("p", "计划", "plan"), step("r", "超额完成")] },
      { history: [step("p", "计划", "plan"), step("r", "超额完成")] },
      { history: [step("p", "计划", "plan"), step("g", "进行中", "progress"), step("r", "完成")] },
      { history: [step("r", "完成")] },
      {},
    ];
    expect(movements(projects)).toEqual([
      { label: "计划 → 超额完成", count: 2 },
      { label: "计划 → 完成", count: 1 },
    ]);
  });
});

describe("what one document changed", () => {
  it("counts the projects it speaks of, those it lists first and the statuses it moved from the step before", () => {
    const projects = [
      { history: [step("p", "计划", "plan"), step("r", "超额完成")] },
      { history: [step("p", "计划", "plan"), step("g", "进行中", "progress"), step("r", "完成")] },
      { history: [step("p", "计划", "plan"), step("r", "计划")] },
      { history: [step("r", "完成")] },
      { history: [step("p", "计划", "plan")] },
    ];
    expect(documentChange(projects, "r")).toEqual({
      projects: 4,
      added: 1,
      moved: [
        { label: "计划 → 超额完成", count: 1 },
        { label: "进行中 → 完成", count: 1 },
      ],
    });
    expect(documentChange(projects, "p")).toEqual({ projects: 4, added: 4, moved: [] });
    expect(documentChange(projects, "x")).toEqual({ projects: 0, added: 0, moved: [] });
  });
});
