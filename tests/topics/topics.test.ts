import { describe, expect, it } from "vitest";
import {
  projectLines,
  projectsOfTopic,
  regionsOverYears,
  topicCounts,
  topicUrl,
  unclassifiedProjects,
  type PlacedProject,
} from "../../src/lib/topics";
import { rowMatches, shownText } from "../../src/lib/topic-filter";

const HENAN = { slug: "henan", code: "41", name: "河南省" };
const NANYANG = { slug: "henan/nanyang", code: "4113", name: "南阳市" };

function placed(id: string, region: typeof HENAN, year: number, topics: string[], position = 0): PlacedProject {
  return { project: { id, topics, status: "完成" }, report: { data: { year, region } }, position };
}

const projects = [
  placed("henan/nanyang/2023/01", NANYANG, 2023, ["jiuye"]),
  placed("henan/2023/01", HENAN, 2023, ["jiuye"]),
  placed("henan/2022/01", HENAN, 2022, ["jiuye"]),
  placed("henan/2022/02", HENAN, 2022, ["yiliao-weisheng", "xiangcun"], 1),
  placed("henan/2023/02", HENAN, 2023, [], 1),
];

describe("topic helpers", () => {
  it("lists a topic's projects by region code, then year, then document order", () => {
    expect(projectsOfTopic(projects, "jiuye").map((ref) => ref.project.id)).toEqual([
      "henan/2022/01",
      "henan/2023/01",
      "henan/nanyang/2023/01",
    ]);
  });

  it("lists unclassified projects apart instead of forcing them into a topic", () => {
    expect(unclassifiedProjects(projects).map((ref) => ref.project.id)).toEqual(["henan/2023/02"]);
  });

  it("counts every topic of the taxonomy, in taxonomy order, zero included", () => {
    const counts = topicCounts(projects);
    expect(counts[0]).toMatchObject({ topic: { slug: "jiuye" }, count: 3 });
    expect(counts.find((entry) => entry.topic.slug === "xiangcun")?.count).toBe(1);
    expect(counts.find((entry) => entry.topic.slug === "jiaoyu")?.count).toBe(0);
  });

  it("keeps only the regions with projects of the topic in more than one year for the chart over years", () => {
    const regions = regionsOverYears(projectsOfTopic(projects, "jiuye"));
    expect(regions.map((entry) => entry.region.name)).toEqual(["河南省"]);
    expect(regions[0]?.projects.map((ref) => ref.report.data.year)).toEqual([2022, 2023]);
  });

  it("groups a region's projects into lines by topic across years, the unclassified last", () => {
    const lines = projectLines(projects.filter((ref) => ref.report.data.region === HENAN));
    expect(lines.map((line) => line.topic?.slug ?? null)).toEqual(["jiuye", "yiliao-weisheng", "xiangcun", null]);
    const jiuye = lines[0]!;
    expect([...jiuye.byYear.keys()]).toEqual([2022, 2023]);
    expect(jiuye.byYear.get(2023)?.map((ref) => ref.project.id)).toEqual(["henan/2023/01"]);
    expect(lines.at(-1)?.byYear.get(2023)?.map((ref) => ref.project.id)).toEqual(["henan/2023/02"]);
  });

  it("builds topic addresses under the base path with a trailing slash", () => {
    expect(topicUrl()).toBe("/topics/");
    expect(topicUrl("jiuye")).toBe("/topics/jiuye/");
  });
});

describe("topic page filter", () => {
  const row = { region: "河南省南阳市", year: "2023", status: "超额完成" };

  it("keeps a row when every chosen value matches and treats an empty choice as any", () => {
    expect(rowMatches(row, {})).toBe(true);
    expect(rowMatches(row, { region: "", year: "2023", status: "" })).toBe(true);
    expect(rowMatches(row, { region: "河南省南阳市", status: "超额完成" })).toBe(true);
  });

  it("hides a row when one choice differs, never matching a region by prefix", () => {
    expect(rowMatches(row, { year: "2022" })).toBe(false);
    expect(rowMatches(row, { region: "河南省" })).toBe(false);
  });

  it("says how many rows are shown", () => {
    expect(shownText(9, 9)).toBe("显示全部 9 项");
    expect(shownText(1, 9)).toBe("显示 1 / 9 项");
  });
});
