import { describe, expect, it } from "vitest";
import { countStatuses } from "../../src/lib/status";

describe("countStatuses", () => {
  it("counts the statuses present in the fixed order, best first, leaving out projects without one", () => {
    expect(countStatuses([{ status: "完成" }, { status: "超额完成" }, { status: "完成" }, {}, { status: "无数据" }])).toEqual([
      { status: "超额完成", count: 1 },
      { status: "完成", count: 2 },
      { status: "无数据", count: 1 },
    ]);
  });
});
