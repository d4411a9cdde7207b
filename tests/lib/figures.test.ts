import { describe, expect, it } from "vitest";
import type { Metric } from "../../src/ingest/model";
import { attainment, countAttainments, figureRows, lowestRateRow, projectCompletion, projectSummary, projectTone, rateReading } from "../../src/lib/figures";

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

  it("keeps the stated and the computed rate apart and flags a gap over 0.5 points", () => {
    const actual = { ...metric("残疾儿童康复救助", 4.67, "actual", 156.3, "万名"), computedRate: 161, rateMismatch: true };
    const [row] = figureRows({ metrics: [actual] });
    expect(row).toMatchObject({ stated: 156.3, computed: 161, mismatch: true, rate: 156.3, rateOrigin: "stated" });
    expect(rateReading(row!)).toEqual({ stated: 156.3, computed: 161, gap: 4.7 });
  });

  it("takes the converter's computed rate for an actual whose target has another label, marked computed", () => {
    const actual = { ...metric("惠及群众", 3034.1, "actual", null, "万人"), computedRate: 108.4, rateOrigin: "computed" as const };
    const [row] = figureRows({ metrics: [actual] });
    expect(row).toMatchObject({ stated: null, computed: 108.4, rate: 108.4, rateOrigin: "computed", mismatch: false });
    expect(rateReading(row!).gap).toBeNull();
  });

  it("flags a stated rate the site's own division contradicts when the converter says nothing", () => {
    const [row] = figureRows({ metrics: [metric("书房", 20, "target"), metric("书房", 14, "actual", 75)] });
    expect(row).toMatchObject({ stated: 75, computed: 70, mismatch: true });
  });

  it("puts an actual on the row of the target the converter read it against, whatever its label (pairedTarget)", () => {
    const rows = figureRows({
      metrics: [
        { ...metric("开展各类职业技能培训", 10, "actual", null, "万人次"), computedRate: 212.8, pairedTarget: 1 },
        { ...metric("开展职业技能培训", 4.7, "target", null, "万人次"), pairedTarget: null },
        { ...metric("开展职业技能培训", 9, "actual", null, "万人次"), pairedTarget: null },
      ],
    });
    expect(rows.map((row) => [row.target?.index ?? null, row.actual?.index ?? null, row.rate])).toEqual([
      [1, 0, 212.8],
      [null, 2, null],
    ]);
  });

  it("sets a target that several actuals reach on each of their rows (宫颈癌、乳腺癌各完成筛查)", () => {
    const rows = figureRows({
      metrics: [
        { ...metric("宫颈癌、乳腺癌各完成筛查", 80, "target", null, "万人"), pairedTarget: null },
        { ...metric("宫颈癌筛查", 89.2, "actual", null, "万人"), pairedTarget: 0 },
        { ...metric("乳腺癌筛查", 91.2, "actual", null, "万人"), pairedTarget: 0 },
      ],
    });
    expect(rows.map((row) => [row.target?.index, row.actual?.index])).toEqual([
      [0, 1],
      [0, 2],
    ]);
  });

  it("pairs hand-written figures by the converter's rule and computes no completion of a ratio", () => {
    const rows = figureRows({ metrics: [metric("新生儿听力筛查率", 95, "target", null, "%"), metric("新生儿听力筛查率", 98.2, "actual", null, "%")] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rate: null, computed: null });
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

  it("finds the figure row with the lowest rate", () => {
    const row = lowestRateRow({ metrics: [metric("a", 1, "actual", 142.9), metric("b", 1, "actual", 99)] });
    expect(row?.label).toBe("b");
    expect(lowestRateRow({ metrics: [metric("a", 1, "actual")] })).toBeNull();
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

describe("a project's summary (what the site-wide pages read instead of its figures)", () => {
  it("counts its figures and keeps its lowest-rate row, tone and documents, as the figures give them", () => {
    const metrics = [metric("新建学校", 10, "target"), metric("新建学校", 12, "actual"), metric("新增学位", 3000, "actual", 98, "个")];
    metrics[2] = { ...metrics[2]!, source: { ...metrics[2]!.source, seed: "b.txt" } };
    const project = { metrics, status: "未完成" as const };
    const summary = projectSummary(project);
    expect(summary.figures).toBe(3);
    expect(summary.lowest?.rate).toBe(projectCompletion(project));
    expect(summary.lowest).toEqual({ rate: 98, stated: 98, computed: null, mismatch: false });
    expect(summary.tone).toBe(projectTone(project));
    expect(summary.seeds).toEqual([metrics[0]!.source.seed, "b.txt"]);
    expect(projectSummary({ metrics: [], status: "计划" })).toEqual({ figures: 0, lowest: null, tone: projectTone({ metrics: [], status: "计划" }), seeds: [] });
  });
});
