// Nothing a user puts into seeds/ disappears from the site: every non-whitespace character of
// each seed's decoded text appears, in order, on every report page that lists it as a source;
// a rejected seed's text appears on its rejected page (checks in ./data-loss.ts).

import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, builtSite } from "./build.ts";
import { expectTextKept, firstMissing, pagesBySeed, readSeeds } from "./data-loss.ts";

let dist = "";

beforeAll(async () => {
  dist = await builtSite();
});

describe("no seed text is lost on the site", () => {
  const seeds = readSeeds(path.join(ROOT, "seeds"));
  const pages = pagesBySeed(path.join(ROOT, "content"));

  it("the check finds a character missing or out of order", () => {
    expect(firstMissing("甲 乙\n丙", "x甲y乙z丙")).toBeNull();
    expect(firstMissing("甲乙丙", "甲丙乙")).toEqual({ index: 2, context: "甲乙丙" });
    expect(firstMissing("甲&lt;", "甲<")).not.toBeNull();
  });

  it("reads the seeds and knows a page for every one", () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.filter((seed) => !pages.has(seed.name)).map((seed) => seed.name)).toEqual([]);
  });

  for (const seed of seeds) {
    it(`${seed.name}: every character, in order, on ${pages.get(seed.name)?.join(", ") ?? "(no page)"}`, () => {
      expectTextKept(dist, seed, pages.get(seed.name) ?? []);
    });
  }
});
