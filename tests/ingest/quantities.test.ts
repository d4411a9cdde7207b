// How the converter reads a quantity's unit: magnitudes folded into the value, units that
// count the same things, ratios, and the one-decimal rates the archive writes.
import { describe, expect, it } from "vitest";
import { foldMagnitude, isRatioUnit, MISMATCH_POINTS, ratesDiffer, roundRate, unitRelation } from "../../src/ingest/quantities.ts";

describe("folding magnitudes into the value", () => {
  it("reads 万 as ten thousand, 亿 as a hundred million and 千 as a thousand", () => {
    expect(foldMagnitude(3.5, "万人")).toEqual({ value: 35000, unit: "人" });
    expect(foldMagnitude(2, "亿元")).toEqual({ value: 2e8, unit: "元" });
    expect(foldMagnitude(4, "千户")).toEqual({ value: 4000, unit: "户" });
  });
  it("folds stacked magnitudes one after another (1.2 千万元 is 12 million 元)", () => {
    expect(foldMagnitude(1.2, "千万元")).toEqual({ value: 12e6, unit: "元" });
  });
  it("leaves a unit without a magnitude as it is", () => {
    expect(foldMagnitude(38, "座")).toEqual({ value: 38, unit: "座" });
  });
  it("reads a bare 万 as a number without a unit (7530万)", () => {
    expect(foldMagnitude(7530, "万")).toEqual({ value: 75300000, unit: "" });
  });
  it("reads 公里 as a thousand 米 and 万公里 as ten million 米", () => {
    expect(foldMagnitude(12, "公里")).toEqual({ value: 12000, unit: "米" });
    expect(foldMagnitude(1.5, "万公里")).toEqual({ value: 15_000_000, unit: "米" });
  });
  it("ignores a trailing 余 (3万人余 is 30000 人) and spaces around the unit", () => {
    expect(foldMagnitude(3, "万人余")).toEqual({ value: 30000, unit: "人" });
    expect(foldMagnitude(2, " 万人 ")).toEqual({ value: 20000, unit: "人" });
  });
  it("reads the same unit the same way every time it is asked", () => {
    const first = foldMagnitude(1, "万人次");
    expect(foldMagnitude(2, "万人次")).toEqual({ value: 2 * first.value, unit: first.unit });
  });
});

describe("units that count the same things", () => {
  it("treats a unit as the same as itself, and 人 and 名 as the same", () => {
    expect(unitRelation("户", "户")).toBe("same");
    expect(unitRelation("人", "名")).toBe("same");
    expect(unitRelation("名", "人")).toBe("same");
  });
  it("treats 个, 家, 所 and 项 as equivalent counts, and 场 and 场次", () => {
    expect(unitRelation("个", "所")).toBe("equivalent");
    expect(unitRelation("项", "家")).toBe("equivalent");
    expect(unitRelation("场", "场次")).toBe("equivalent");
  });
  it("does not compare units of different groups, or units in no group", () => {
    expect(unitRelation("人", "个")).toBe("none");
    expect(unitRelation("个", "场")).toBe("none");
    expect(unitRelation("座", "户")).toBe("none");
    expect(unitRelation("座", "人")).toBe("none");
  });
});

describe("ratio units", () => {
  it("recognises percentages, percentage points, multiples and per-unit units", () => {
    for (const unit of ["%", "％", "个百分点", "倍", "元/人/月"]) expect(isRatioUnit(unit), unit).toBe(true);
  });
  it("does not take counts and sums for ratios", () => {
    for (const unit of ["人", "万元", "公里", "个"]) expect(isRatioUnit(unit), unit).toBe(false);
  });
});

describe("rates to one decimal", () => {
  it("rounds a rate to one decimal, half up (99.96 → 100, 85.25 → 85.3, 85.24 → 85.2)", () => {
    expect(roundRate(99.96)).toBe(100);
    expect(roundRate(85.25)).toBe(85.3);
    expect(roundRate(85.24)).toBe(85.2);
    expect(roundRate(161.03)).toBe(161);
  });
  it("flags a stated rate that differs from the computed by more than half a point, in either direction", () => {
    expect(MISMATCH_POINTS).toBe(0.5);
    expect(ratesDiffer(100, 99.4)).toBe(true);
    expect(ratesDiffer(99.4, 100)).toBe(true);
    expect(ratesDiffer(156.3, 161)).toBe(true);
  });
  it("lets a difference of half a point or less pass as rounding", () => {
    expect(ratesDiffer(100, 99.5)).toBe(false);
    expect(ratesDiffer(99.5, 100)).toBe(false);
    expect(ratesDiffer(85.3, 85.3)).toBe(false);
    expect(ratesDiffer(100.2, 100)).toBe(false);
  });
});
