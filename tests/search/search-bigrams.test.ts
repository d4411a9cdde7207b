import { describe, expect, it } from "vitest";
import { decodeText, encodeText, queryParts, runTokens } from "../../src/client/search-bigrams.ts";
import { hasPattern } from "../../src/client/search.ts";

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
    expect(decodeText(encodeText("开工改造老旧小区3430个，涉及居民39万户。"))).toBe("开工改造老旧小区3430个，涉及居民39万户。");
    expect(decodeText(encodeText("全市开展培训 58.85万人次"))).toBe("全市开展培训58.85万人次");
  });

  it("keeps two Han runs apart, as they were in the text", () => {
    expect(decodeText(encodeText("家庭\n医生 团队"))).toBe("家庭 医生 团队");
  });

  it("searches every other pair of a Han query and the last, at their offsets", () => {
    expect(queryParts("宫颈癌筛查")).toEqual([{ text: "宫颈癌筛查", pagefindQuery: "宫颈 癌筛 筛查", offsets: [0, 2, 3] }]);
    expect(queryParts("适老化")[0]?.offsets).toEqual([0, 1]);
    expect(queryParts("寄宿制小学")[0]?.pagefindQuery).toBe("寄宿 制小 小学");
  });

  it("splits a query at spaces and punctuation into parts a page must all contain", () => {
    expect(queryParts("老旧小区，南阳市 2023").map((part) => part.pagefindQuery)).toEqual([
      "老旧 小区", "南阳 阳市", "2023",
    ]);
  });

  it("searches a single character as written, so prefix matching finds it inside runs", () => {
    expect(queryParts("县")).toEqual([{ text: "县", pagefindQuery: "县", offsets: [0] }]);
  });

  it("reads full-width letters and digits as half-width", () => {
    expect(queryParts("Ｇ１０７")[0]?.pagefindQuery).toBe("g107");
  });

  it("finds the searched pairs at their offsets among the matched positions", () => {
    expect(hasPattern([3, 9, 11, 12, 40], [0, 2, 3])).toBe(true);
    expect(hasPattern([3, 9, 10, 12, 40], [0, 2, 3])).toBe(false);
  });
});
