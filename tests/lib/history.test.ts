import { describe, expect, it } from "vitest";
import { FEED_ENTRIES, documentChange, movements, newestChanges } from "../../src/lib/history";
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

describe("the feed's changes", () => {
  const change = (updated: string, id: string, seed: string) => ({ updated, report: { id }, source: { seed } });

  it("keeps the newest, newest first; equal dates by report id, then document", () => {
    const changes = [change("2023-01-01", "a/2022", "x"), change("2024-02-01", "b/2023", "y"), change("2024-02-01", "a/2023", "z"), change("2024-02-01", "a/2023", "w")];
    expect(newestChanges(changes, 3).map((c) => `${c.updated} ${c.report.id} ${c.source.seed}`)).toEqual(["2024-02-01 a/2023 w", "2024-02-01 a/2023 z", "2024-02-01 b/2023 y"]);
    expect(newestChanges(changes, 10)).toHaveLength(4);
    expect(changes[0]!.report.id).toBe("a/2022"); // the list given is not reordered
  });

  it("holds a few hundred changes, not one per document of a national archive", () => {
    const many = Array.from({ length: 3 * FEED_ENTRIES }, (_, k) => change(`2020-01-${String((k % 28) + 1).padStart(2, "0")}`, `r/${k}`, `${k}.txt`));
    expect(newestChanges(many, FEED_ENTRIES)).toHaveLength(FEED_ENTRIES);
    expect(FEED_ENTRIES).toBeLessThanOrEqual(1000);
  });
});
