import { describe, expect, it } from "vitest";
import { bundlesFor, type BundleTable } from "../../src/client/search.ts";

describe("the bundles a search loads", () => {
  const table: BundleTable = {
    bundles: ["s1", "s2", "s3"],
    holds: {
      s1: { province: ["四川省"], city: ["成都市", "绵阳市"] },
      s2: { province: ["河南省", "湖北省"], city: ["南阳市", "武汉市"] },
      s3: { province: ["湖北省"], city: ["宜昌市"] },
    },
  };

  it("is every bundle without a province or city filter", () => {
    expect(bundlesFor(table, {})).toEqual(["s1", "s2", "s3"]);
    expect(bundlesFor(table, { year: ["2024"], type: ["项目"] })).toEqual(["s1", "s2", "s3"]);
  });

  it("is the bundles holding the province, or the city, filtered to", () => {
    expect(bundlesFor(table, { province: ["四川省"] })).toEqual(["s1"]);
    expect(bundlesFor(table, { province: ["湖北省"] })).toEqual(["s2", "s3"]);
    expect(bundlesFor(table, { city: ["宜昌市"] })).toEqual(["s3"]);
    expect(bundlesFor(table, { province: ["湖北省"], city: ["武汉市"] })).toEqual(["s2"]);
  });

  it("is one bundle for a value none holds, and every bundle of a table without holdings", () => {
    expect(bundlesFor(table, { province: ["西藏自治区"] })).toEqual(["s1"]);
    expect(bundlesFor({ bundles: ["all"] }, { province: ["四川省"] })).toEqual(["all"]);
  });
});
