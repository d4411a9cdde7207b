import { describe, expect, it } from "vitest";
import type { Metric, Source } from "../../src/ingest/model";
import type { ProjectRef } from "../../src/lib/archive";
import { projectSummary } from "../../src/lib/figures";
import { embedCode, embedPath, regionYearsChart, topicComparisonChart, topicRegionChart } from "../../src/lib/embed";

const source = (seed: string, publisher: string): Source => ({ seed, kind: "results", title: null, published: null, publisher, asOf: null });
const metric = (rate: number | null): Metric => ({ label: "开展职业技能培训", value: 428.7, unit: "万人次", role: "actual", rate, source: { seed: "a.txt", start: 0, end: 1 } });

/** A project of 河南省 in a year, from a report whose sources are given: only what the chart functions read. */
function ref(year: number, title: string, rate: number | null, sources: Source[]): ProjectRef {
  const data = { id: `henan/${year}`, year, region: { slug: "henan", name: "河南省", path: ["河南省"], code: "41" }, sources, projects: [] };
  const project = { id: `henan/${year}/01`, title, metrics: [metric(rate)], status: "完成" as const };
  return { project, report: { data }, position: 0, number: "01", summary: projectSummary(project) } as unknown as ProjectRef;
}

describe("embed addresses", () => {
  it("puts a page's main chart at <page>/embed/ and another of its charts at <page>/embed/<chart>/", () => {
    expect(embedPath("henan/2023")).toBe("/henan/2023/embed/");
    expect(embedPath("/henan/")).toBe("/henan/embed/");
    expect(embedPath("henan/2023/01", "contributions")).toBe("/henan/2023/01/embed/contributions/");
    expect(embedPath("topics/jiuye", "henan/nanyang")).toBe("/topics/jiuye/embed/henan/nanyang/");
  });

  it("writes an iframe with the absolute address and the title escaped", () => {
    expect(embedCode("topics/jiuye", "专题“就业”<&>", "henan")).toBe(
      '<iframe src="http://localhost:4321/topics/jiuye/embed/henan/" title="专题“就业”&lt;&amp;>" width="100%" height="600" loading="lazy" style="border:0"></iframe>',
    );
  });
});

describe("the charts' data", () => {
  it("a region has a years chart only with reports of its own", () => {
    expect(regionYearsChart({ path: ["河北省"], reports: [] })).toBeNull();
  });

  it("a topic's charts name each project by region, year and title, and list each source document once", () => {
    const plan = source("p.txt", "郑州晚报");
    const projects = [ref(2022, "“技能河南”", 144, [plan]), ref(2023, "开展职业技能培训", 142.9, [plan, source("r.txt", "大河网")])];
    const comparison = topicComparisonChart("就业", projects)!;
    expect(comparison.rows.map((row) => [row.title, row.rate, row.tone, row.href])).toEqual([
      ["河南省 2022 “技能河南”", 144, "met", "/henan/2022/01/"],
      ["河南省 2023 开展职业技能培训", 142.9, "met", "/henan/2023/01/"],
    ]);
    expect(comparison.source).toBe("郑州晚报；大河网");
    const region = topicRegionChart("就业", { name: "河南省" }, projects)!;
    expect(region.title).toBe("河南省历年“就业”实事的完成率");
    expect(region.rows.map((row) => row.title)).toEqual(["2022年 “技能河南”", "2023年 开展职业技能培训"]);
    expect(region.source).toBe("郑州晚报；大河网");
  });

  it("a topic chart without any rate is no chart", () => {
    expect(topicComparisonChart("就业", [ref(2023, "开展职业技能培训", null, [])])).toBeNull();
    expect(topicRegionChart("就业", { name: "河南省" }, [ref(2023, "开展职业技能培训", null, [])])).toBeNull();
  });
});
