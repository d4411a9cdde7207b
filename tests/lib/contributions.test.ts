import { describe, expect, it } from "vitest";
import type { Metric } from "../../src/ingest/model";
import { contributions, shareOf } from "../../src/lib/contributions";

function metric(label: string, value: number, unit: string, role: Metric["role"] = "actual"): Metric {
  return { label, value, unit, role, rate: null, source: { seed: "a.txt", start: 0, end: 1 } };
}

// 河南省 2023 第一项 and 南阳市's project that carries it out (seeds 000 and 001).
const henan = {
  metrics: [
    metric("开展职业技能培训", 428.7, "万人次"),
    metric("新增取得职业资格、职业技能等级等证书的技能人才", 328.8, "万人"),
    metric("高技能人才", 124.8, "万人"),
    metric("新增技能人才", 200, "万人", "target"),
  ],
};
const nanyang = {
  metrics: [metric("开展职业技能培训", 58.85, "万人次"), metric("新增技能人才", 27.83, "万人"), metric("新增高技能人才", 13.68, "万人")],
};

describe("contributions", () => {
  it("sets each child figure beside the parent's figure of the same measure, with its share", () => {
    const pairs = contributions(nanyang, henan);
    expect(pairs.map((pair) => [pair.child.value, pair.parent.value, pair.share])).toEqual([
      [58.85, 428.7, 13.7],
      [27.83, 328.8, 8.5],
      [13.68, 124.8, 11],
    ]);
    expect(pairs.map((pair) => [pair.childIndex, pair.parentIndex])).toEqual([
      [0, 0],
      [1, 1],
      [2, 2],
    ]);
  });

  it("never pairs an actual with a target, a rate, or an incomparable unit", () => {
    const child = { metrics: [metric("新增技能人才", 3, "万人", "target"), metric("培训覆盖率", 90, "%"), metric("开展职业技能培训", 5, "公里")] };
    const pairs = contributions(child, henan);
    expect(pairs.map((pair) => [pair.childIndex, pair.parentIndex])).toEqual([[0, 3]]);
  });

  it("folds 万 and 千米/公里 before dividing", () => {
    expect(shareOf({ value: 2620, unit: "人次" }, { value: 2.39, unit: "万人次" })).toBe(11);
    expect(shareOf({ value: 502.3, unit: "千米" }, { value: 6384, unit: "公里" })).toBe(7.9);
    expect(shareOf({ value: 1, unit: "个" }, { value: 0, unit: "个" })).toBeNull();
    expect(shareOf({ value: 1, unit: "座" }, { value: 2, unit: "人" })).toBeNull();
  });
});
