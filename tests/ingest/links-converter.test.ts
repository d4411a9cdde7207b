// The acceptance test for links, on the real converter's output for seeds/: the
// links are read as the CLI writes them (never re-derived here), so a converter that emits
// no links fails, and so does a missing CLI.

import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Archive, Report } from "../../src/ingest/model.ts";

const ROOT = join(import.meta.dirname, "..", "..");
describe("links on the converter's reading of seeds/", () => {
  let dir = "";
  let archive: Archive;
  const find = (name: string, year: number): Report | undefined =>
    archive.reports.find((r) => r.region.name === name && r.year === year);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "links-"));
    const json = join(dir, "archive.json");
    execFileSync("npx", ["tsx", "scripts/ingest.ts", "--seeds", "seeds", "--out", join(dir, "content"), "--json", json], {
      cwd: ROOT,
      stdio: "pipe",
    });
    archive = JSON.parse(readFileSync(json, "utf8")) as Archive;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the links into the archive: ten 南阳市 projects name a parent, and 河南省 2023 lists them as children", () => {
    const linked = find("南阳市", 2023)!.projects.filter((p) => p.parent);
    expect(linked).toHaveLength(10);
    const children = find("河南省", 2023)!.projects.flatMap((p) => p.children ?? []);
    expect(children.sort()).toEqual(linked.map((p) => p.id).sort());
  });

  it("links exactly ten 南阳市 2023 projects, one to each 河南省 2023 project 1–10", () => {
    const nanyang = find("南阳市", 2023)!;
    const henan = find("河南省", 2023)!;
    const noOf = new Map(henan.projects.map((p) => [p.id, p.no]));
    const parents = nanyang.projects.flatMap((p) => (p.parent ? [noOf.get(p.parent)] : []));
    expect([...parents].sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it("pairs 职业技能培训 → 1, 城市更新 → 8, 完善农村基础设施建设 → 9", () => {
    const nanyang = find("南阳市", 2023)!;
    const henan = find("河南省", 2023)!;
    const parentNo = (fragment: string) => {
      const child = nanyang.projects.find((p) => p.title.includes(fragment))!;
      return henan.projects.find((p) => p.id === child.parent)?.no;
    };
    expect(parentNo("职业技能培训")).toBe(1);
    expect(parentNo("城市更新")).toBe(8);
    expect(parentNo("农村基础设施")).toBe(9);
  });

  it("gives 漯河市 2024 and 承德市 no link", () => {
    for (const report of [find("漯河市", 2024)!, find("承德市", 2024)!]) {
      expect(report.projects.length).toBeGreaterThan(0);
      // Every project carries the field, set to null: absent would also pass a filter.
      expect(report.projects.map((p) => p.parent)).toEqual(report.projects.map(() => null));
    }
  });
});
