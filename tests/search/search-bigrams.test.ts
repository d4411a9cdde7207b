import { describe, expect, it } from "vitest";
import { decodeText, encodeText, queryParts, runTokens } from "../../src/scripts/search-bigrams.ts";
import { hasRun } from "../../src/scripts/search.ts";

describe("search tokens", () => {
  it("writes a Han run as its overlapping pairs and its last character", () => {
    expect(runTokens("适老化改造")).toEqual(["适老", "老化", "化改", "改造", "造"]);
    expect(runTokens("县")).toEqual(["县"]);
  });

  it("sets pairs off from digits and Latin text", () => {
    expect(encodeText("新建2023年G107国道").split(/\s+/u).filter(Boolean)).toEqual([
      "新建", "建", "2023", "年", "G107", "国道", "道",
    ]);
  });

  it("reads indexed text back as the original", () => {
    for (const text of ["开工改造老旧小区3430个，涉及居民39万户。", "瓶改管 1.2万户", "全市开展培训58.85万人次"]) {
      expect(decodeText(encodeText(text))).toBe(text.replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, ""));
    }
  });

  it("turns a Han query into its pairs, which must stand in a row", () => {
    expect(queryParts("宫颈癌筛查")).toEqual([{ text: "宫颈癌筛查", pagefindQuery: "宫颈 颈癌 癌筛 筛查", adjacent: 4 }]);
  });

  it("splits a query at spaces and punctuation into parts a page must all contain", () => {
    expect(queryParts("老旧小区，南阳市 2023").map((part) => part.pagefindQuery)).toEqual([
      "老旧 旧小 小区", "南阳 阳市", "2023",
    ]);
  });

  it("searches a single character as written, so prefix matching finds it inside runs", () => {
    expect(queryParts("县")).toEqual([{ text: "县", pagefindQuery: "县", adjacent: 1 }]);
  });

  it("reads full-width letters and digits as half-width", () => {
    expect(queryParts("Ｇ１０７")[0]?.pagefindQuery).toBe("g107");
  });

  it("finds the pairs of a part in a row among the matched positions", () => {
    expect(hasRun([3, 9, 10, 11, 40], 3)).toBe(true);
    expect(hasRun([3, 4, 10, 11, 40], 3)).toBe(false);
  });
});
