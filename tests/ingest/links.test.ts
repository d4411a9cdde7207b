import { describe, expect, it } from "vitest";
import type { Archive, Project } from "../../src/ingest/model.ts";
import { linkParents } from "../../src/ingest/links.ts";
import { enrichArchive } from "../../src/ingest/enrich.ts";
import { metric, project, projectOf, report, reportOf, seedArchive } from "./enrich-fixtures.ts";

/** [child title, parent title] of every link from one child report. */
function linkedTitles(archive: Archive, childReportId: string): [string, string][] {
  return reportOf(archive, childReportId)
    .projects.filter((p) => p.parent)
    .map((p) => [p.title, projectOf(archive, p.parent!).title]);
}

/** Every project of a (non-empty) report carries parent: null. */
function expectNoParents(projects: Project[]): void {
  expect(projects.length).toBeGreaterThan(0);
  expect(projects.map((p) => p.parent)).toEqual(projects.map(() => null));
}

describe("links on the seeds", () => {
  const archive = linkParents(seedArchive());

  it("links the ten (省定) items of 南阳市 2023 to the ten projects of 河南省 2023, one to one", () => {
    const links = reportOf(archive, "henan/nanyang/2023")
      .projects.filter((p) => p.parent)
      .map((p) => [p.id, p.parent]);
    expect(links).toEqual([
      ["henan/nanyang/2023/01", "henan/2023/01"],
      ["henan/nanyang/2023/02", "henan/2023/02"],
      ["henan/nanyang/2023/03", "henan/2023/03"],
      ["henan/nanyang/2023/04", "henan/2023/04"],
      ["henan/nanyang/2023/05", "henan/2023/05"],
      ["henan/nanyang/2023/06", "henan/2023/06"],
      ["henan/nanyang/2023/07", "henan/2023/07"],
      ["henan/nanyang/2023/08", "henan/2023/08"],
      ["henan/nanyang/2023/09", "henan/2023/09"],
      ["henan/nanyang/2023/10", "henan/2023/10"],
    ]);
  });

  it("links 完善农村基础设施建设 to 加强农村基础设施建设 and 深入推进城市更新 to 第八项", () => {
    const titles = linkedTitles(archive, "henan/nanyang/2023");
    expect(titles).toContainEqual(["完善农村基础设施建设", "加强农村基础设施建设"]);
    expect(titles).toContainEqual(["深入推进城市更新", "深入推进城市更新"]);
    expect(titles).toContainEqual(["开展职业技能培训和评价取证", "开展职业技能培训和评价取证"]);
  });

  it("never links a (市定) project of 南阳市", () => {
    const cityOwn = reportOf(archive, "henan/nanyang/2023").projects.filter((p) => p.level === "city");
    expect(cityOwn.length).toBe(12);
    expect(cityOwn.map((p) => p.parent)).toEqual(cityOwn.map(() => null));
  });

  it("lists each 河南省 2023 project's child in children", () => {
    expect(projectOf(archive, "henan/2023/09").children).toEqual(["henan/nanyang/2023/09"]);
  });

  it("gives 漯河市 2024 no link: the archive holds no 河南省 2024 report", () => {
    expectNoParents(reportOf(archive, "henan/luohe/2024").projects);
  });

  it("gives 承德市 no link: 河北省 has no report, and 河南省 is another province", () => {
    expectNoParents(reportOf(archive, "hebei/chengde/2024").projects);
  });

  it("never links a province-level report upwards, nor across years (河南省 2022)", () => {
    for (const id of ["henan/2022", "henan/2023"])
      expectNoParents(reportOf(archive, id).projects);
    const henan2022 = reportOf(archive, "henan/2022").projects;
    expect(henan2022.length).toBeGreaterThan(0);
    expect(henan2022.flatMap((p) => p.children!)).toEqual([]);
  });
});

describe("links on hand-made reports", () => {
  const henan2024 = report("henan/2024", ["河南省"], 2024, [
    project("henan/2024/01", "改造农村户厕", [metric("改造农村户厕", 10, "万户", "target")], { level: "province" }),
    project("henan/2024/02", "新建城市书房", [], { level: "province" }),
  ]);

  it("does not link 承德市 to 河南省 even when a 河南省 report of its year has the same title", () => {
    const chengde = report("hebei/chengde/2024", ["河北省", "承德市"], 2024, [
      project("hebei/chengde/2024/01", "改造农村户厕", [], { level: "province" }),
    ]);
    const linked = linkParents({ reports: [henan2024, chengde], rejected: [] });
    expect(projectOf(linked, "hebei/chengde/2024/01").parent).toBeNull();
  });

  it("does not link a (省定) project whose title shares too little with any parent project (similarity 0.18 < 0.35)", () => {
    const parent = report("henan/2025", ["河南省"], 2025, [
      project("henan/2025/01", "加快城市更新", [], { level: "province" }),
      project("henan/2025/02", "改造农村户厕", [], { level: "province" }),
    ]);
    const city = report("henan/luohe/2025", ["河南省", "漯河市"], 2025, [
      project("henan/luohe/2025/01", "提升城市公园绿地", [], { level: "province" }),
      project("henan/luohe/2025/02", "改造农村户厕", [], { level: "province" }),
    ]);
    const linked = linkParents({ reports: [parent, city], rejected: [] });
    expect(projectOf(linked, "henan/luohe/2025/01").parent).toBeNull();
    expect(projectOf(linked, "henan/luohe/2025/02").parent).toBe("henan/2025/02");
  });

  it("links an unmarked project only when it is nearly the parent's project", () => {
    const city = report("henan/luohe/2024", ["河南省", "漯河市"], 2024, [
      project("henan/luohe/2024/01", "改造农村户厕", [metric("改造农村户厕", 1, "万户", "actual")]),
      project("henan/luohe/2024/02", "新建社区书房", []),
    ]);
    const linked = linkParents({ reports: [henan2024, city], rejected: [] });
    expect(projectOf(linked, "henan/luohe/2024/01").parent).toBe("henan/2024/01");
    expect(projectOf(linked, "henan/luohe/2024/02").parent).toBeNull();
  });

  it("links a (省定) project with a looser title, supported by its figures", () => {
    const city = report("henan/luohe/2024", ["河南省", "漯河市"], 2024, [
      project("henan/luohe/2024/01", "推进农村厕所革命", [metric("改造农村户厕", 1, "万户", "actual")], {
        level: "province",
      }),
    ]);
    const linked = linkParents({ reports: [henan2024, city], rejected: [] });
    expect(projectOf(linked, "henan/luohe/2024/01").parent).toBe("henan/2024/01");
  });

  it("gives one parent project to at most one project of a child report", () => {
    const city = report("henan/luohe/2024", ["河南省", "漯河市"], 2024, [
      project("henan/luohe/2024/01", "改造农村户厕", [], { level: "province" }),
      project("henan/luohe/2024/02", "改造农村户厕工程", [], { level: "province" }),
    ]);
    const linked = linkParents({ reports: [henan2024, city], rejected: [] });
    expect(projectOf(linked, "henan/luohe/2024/01").parent).toBe("henan/2024/01");
    expect(projectOf(linked, "henan/luohe/2024/02").parent).toBeNull();
  });

  it("collects children from several child reports, sorted", () => {
    const city = (slug: string) =>
      report(`henan/${slug}/2024`, ["河南省", `${slug}市`], 2024, [
        project(`henan/${slug}/2024/01`, "新建城市书房", [], { level: "province" }),
      ]);
    const linked = linkParents({ reports: [henan2024, city("zhoukou"), city("anyang")], rejected: [] });
    expect(projectOf(linked, "henan/2024/02").children).toEqual([
      "henan/anyang/2024/01",
      "henan/zhoukou/2024/01",
    ]);
  });

  it("links a county's (市定) project to its city's report", () => {
    const cityReport = report("henan/nanyang/2024", ["河南省", "南阳市"], 2024, [
      project("henan/nanyang/2024/01", "实施“诸葛书屋”建设工程", [], { level: "city" }),
    ]);
    const county = report("henan/nanyang/xixia/2024", ["河南省", "南阳市", "西峡县"], 2024, [
      project("henan/nanyang/xixia/2024/01", "实施“诸葛书屋”建设工程", [], { level: "city" }),
      project("henan/nanyang/xixia/2024/02", "实施“诸葛书屋”建设工程", [], { level: "county" }),
    ]);
    const linked = linkParents({ reports: [cityReport, county], rejected: [] });
    expect(projectOf(linked, "henan/nanyang/xixia/2024/01").parent).toBe("henan/nanyang/2024/01");
    expect(projectOf(linked, "henan/nanyang/xixia/2024/02").parent).toBeNull();
  });
});

describe("enrichArchive", () => {
  it("is deterministic and leaves its input untouched", () => {
    const input = seedArchive();
    const before = JSON.stringify(input);
    const once = JSON.stringify(enrichArchive(input));
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.stringify(enrichArchive(seedArchive()))).toBe(once);
  });

  it("sets every derived field on every project and metric", () => {
    for (const r of enrichArchive(seedArchive()).reports)
      for (const p of r.projects) {
        expect(p).toHaveProperty("status");
        expect(p).toHaveProperty("topics");
        expect(p).toHaveProperty("parent");
        expect(p).toHaveProperty("children");
        for (const m of p.metrics) {
          expect(m).toHaveProperty("computedRate");
          expect(m).toHaveProperty("rateOrigin");
          expect(m).toHaveProperty("rateMismatch");
        }
      }
  });
});
