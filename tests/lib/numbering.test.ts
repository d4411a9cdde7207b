import { describe, expect, it } from "vitest";
import { projectNumbers, projectOrdinal } from "../../src/lib/numbering";

describe("projectNumbers", () => {
  it("uses the document's numbers, else the position", () => {
    expect(projectNumbers([{ no: 1, level: null, id: "x/2023/01" }, { no: null, level: null, id: "x/2023/02" }])).toEqual(["01", "02"]);
  });

  it("puts the level in front where 省定 and 市定 are numbered separately", () => {
    const projects = [
      { no: 1, level: "province" as const, id: "x/2024/sheng-01" },
      { no: 1, level: "city" as const, id: "x/2024/shi-01" },
    ];
    expect(projectNumbers(projects)).toEqual(["省定 01", "市定 01"]);
    expect(projectOrdinal("市定 01")).toBe("市定第 01 项");
    expect(projectOrdinal("05")).toBe("第 05 项");
  });

  it("falls back to the id when numbers and levels still repeat", () => {
    const projects = [
      { no: 1, level: null, id: "x/2024/a-01" },
      { no: 1, level: null, id: "x/2024/b-01" },
    ];
    expect(projectNumbers(projects)).toEqual(["a-01", "b-01"]);
  });
});
