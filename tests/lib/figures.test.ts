import { describe, expect, it } from "vitest";
import type { Metric } from "../../src/ingest/model";
import { attainment, countAttainments, figureRows, projectCompletion } from "../../src/lib/figures";

function metric(label: string, value: number, role: Metric["role"], rate: number | null = null, unit = "所"): Metric {
  return { label, value, unit, role, rate, source: { seed: "a.txt", start: 0, end: 1 } };
}

describe("figureRows", () => {
  it("puts a target and the actual of the same label and unit on one row", () => {
    const rows = figureRows({ metrics: [metric("寄宿制学校", 120, "target"), metric("寄宿制学校", 118, "actual")] });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.target?.index).toBe(0);
    expect(rows[0]?.actual?.index).toBe(1);
  });

  it("computes a rate from target and actual when the document states none", () => {
    const [row] = figureRows({ metrics: [metric("寄宿制学校", 120, "target"), metric("寄宿制学校", 118, "actual")] });
    expect(row?.rate).toBe(98.3);
    expect(row?.rateOrigin).toBe("computed");
  });

  it("prefers the stated rate to a computed one", () => {
    const [row] = figureRows({ metrics: [metric("书房", 20, "target"), metric("书房", 14, "actual", 75)] });
    expect(row?.rate).toBe(75);
    expect(row?.rateOrigin).toBe("stated");
  });

  it("keeps figures of different units apart", () => {
    const rows = figureRows({ metrics: [metric("培训", 5, "target", null, "万人"), metric("培训", 3, "actual", null, "万人次")] });
    expect(rows).toHaveLength(2);
  });
});

describe("attainment", () => {
  it("counts a project as met only when its lowest rate reaches 100", () => {
    expect(projectCompletion({ metrics: [metric("a", 1, "actual", 142.9), metric("b", 1, "actual", 99)] })).toBe(99);
    expect(attainment({ metrics: [metric("a", 1, "actual", 142.9), metric("b", 1, "actual", 99)] })).toBe("notMet");
    expect(attainment({ metrics: [metric("a", 1, "actual", 100)] })).toBe("met");
  });

  it("follows the converter's status when there is one", () => {
    expect(attainment({ metrics: [metric("a", 1, "actual", 70)], status: "进行中" })).toBe("inProgress");
    expect(attainment({ metrics: [], status: "无数据" })).toBe("unknown");
    expect(countAttainments([{ metrics: [], status: "完成" }, { metrics: [], status: "未完成" }])).toEqual({
      met: 1,
      notMet: 1,
      inProgress: 0,
      unknown: 0,
    });
  });
});
