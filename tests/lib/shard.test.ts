// The shard plan and what a shard renders and keeps (src/lib/shard.ts, scripts/shards.ts).
import { describe, expect, it } from "vitest";
import { planShards } from "../../scripts/shards.ts";
import { assertPlanned, bundleOf, holdsReport, ownsOutput, parsePlan, rendersRegionPages, rendersSitePages, type ShardSelection } from "../../src/lib/shard.ts";

const report = (id: string, projects: number, seeds: string[] = [`${id}.txt`], links: string[] = []) => ({ id, seeds, links, weight: 1 + 2 * projects });

describe("planShards", () => {
  it("balances whole provinces over the shards: heaviest first, each to the lightest shard", () => {
    // weights (1 + 2 × projects per report): a 21, b 13, c 9, d 5 + 3 = 8 → a | b, c → a + d | b + c
    const plan = planShards([report("a/2020", 10), report("b/2020", 6), report("c/2020", 4), report("d/x/2021", 2), report("d/2021", 1)], 2);
    expect(plan.shards).toEqual([
      { name: "s1", provinces: ["a", "d"] },
      { name: "s2", provinces: ["b", "c"] },
    ]);
  });

  it("keeps provinces that refer to each other in one shard: a shared document, a linked project", () => {
    const plan = planShards([report("a/2020", 10, ["shared.txt"]), report("b/2020", 10, ["shared.txt"]), report("c/2020", 10, ["c.txt"], ["d/2020/01"]), report("d/2020", 10)], 4);
    expect(plan.shards.map((shard) => shard.provinces)).toEqual([["a", "b"], ["c", "d"]]);
  });

  it("makes no empty shard", () => {
    expect(planShards([report("a/2020", 1)], 5).shards).toEqual([{ name: "s1", provinces: ["a"] }]);
  });
});

describe("a shard's selection", () => {
  const plan = parsePlan(JSON.stringify({ shards: [{ name: "s1", provinces: ["henan"] }, { name: "s2", provinces: ["hebei"] }] }));
  const province: ShardSelection = { kind: "provinces", name: "s1", provinces: new Set(["henan"]), plan };
  const common: ShardSelection = { kind: "common", plan };
  const all: ShardSelection = { kind: "all", plan: null };

  it("renders its provinces' pages, the common shard the site-wide ones, a whole build both", () => {
    expect([rendersRegionPages("henan/nanyang/2023/05", province), rendersRegionPages("hebei/2023", province)]).toEqual([true, false]);
    expect([rendersSitePages(province), rendersSitePages(common), rendersSitePages(all)]).toEqual([false, true, true]);
    expect([rendersRegionPages("henan/2023", common), rendersRegionPages("henan/2023", all)]).toEqual([false, true]);
  });

  it("keeps its own output and the shared assets", () => {
    expect(["henan/2023/index.html", "_astro/a.js", "index.html", "hebei/", "search/index.html"].map((file) => ownsOutput(file, province))).toEqual([true, true, false, false, false]);
    expect(ownsOutput("index.html", common)).toBe(true);
  });

  it("holds its provinces' reports in the collection; the common shard none (it reads their files), a whole build all", () => {
    expect([holdsReport("henan/2023", province), holdsReport("hebei/2023", province)]).toEqual([true, false]);
    expect([holdsReport("henan/2023", common), holdsReport("hebei/2023", all)]).toEqual([false, true]);
  });

  it("the common shard refuses a report of a province the plan does not have", () => {
    expect(() => assertPlanned("henan/2023", plan)).not.toThrow();
    expect(() => assertPlanned("shanxi/2023", plan)).toThrow(/province shanxi is in no shard of SHARD_PLAN/);
  });

  it("puts a page in its shard's search bundle (common outside every shard; all without a plan)", () => {
    expect([bundleOf("hebei/2023/index.html", plan), bundleOf("topics/index.html", plan), bundleOf("henan/index.html", null)]).toEqual(["s2", "common", "all"]);
  });

  it("refuses a plan with a province twice or a reserved name", () => {
    expect(() => parsePlan(JSON.stringify({ shards: [{ name: "s1", provinces: ["a"] }, { name: "s2", provinces: ["a"] }] }))).toThrow(/province "a"/);
    expect(() => parsePlan(JSON.stringify({ shards: [{ name: "common", provinces: ["a"] }] }))).toThrow(/bad shard name/);
  });
});
