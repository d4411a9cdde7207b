// Computed completion rates on whole documents: a plan's target and a result's figure give a
// rate beside the stated one, and a difference of more than half a point is flagged.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { convertTexts } from "../helpers/convert-text.ts";

describe("computed rates on documents", () => {
  it("agrees with the seeds where they agree, and flags 残疾儿童 (stated 156.3%, 4.67万 of 2.9万 = 161%)", () => {
    const names = readdirSync("seeds").sort();
    const { archive } = convert(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join("seeds", name))) })));
    const henan = archive.reports.find((r) => r.id === "henan/2023")!;
    const skills = henan.projects[0]!.metrics.find((m) => m.value === 428.7)!;
    expect(skills).toMatchObject({ rate: 142.9, computedRate: 142.9, rateOrigin: "stated", rateMismatch: false });
    const flagged = henan.projects.flatMap((p) => p.metrics.filter((m) => m.rateMismatch).map((m) => [p.title, m.value, m.rate, m.computedRate]));
    expect(flagged).toEqual([["实施残疾儿童康复救助", 4.67, 156.3, 161]]);
  });

  it("flags a results notice whose stated rate its own plan contradicts", () => {
    const plan = "江西省2024年民生实事出炉\n\n今年将办好以下实事。\n\n第一项实事,新建城市书房。全年新建城市书房100个以上。\n\n第二项实事,改造老旧小区。全年改造老旧小区300个。";
    const results = "江西省2024年民生实事完成情况\n\n全部完成。\n\n第一项实事,新建城市书房。全省新建城市书房120个,完成年度目标任务的150%。\n\n第二项实事,改造老旧小区。全省改造老旧小区330个,完成年度目标任务的110%。";
    const { archive } = convertTexts({ "plan.txt": plan, "results.txt": results });
    const [books, housing] = archive.reports[0]!.projects;
    expect(books!.metrics.find((m) => m.role === "actual")).toMatchObject({ rate: 150, computedRate: 120, rateMismatch: true });
    expect(housing!.metrics.find((m) => m.role === "actual")).toMatchObject({ rate: 110, computedRate: 110, rateMismatch: false });
    expect(books!.status).toBe("超额完成");
  });

  it("computes a rate the text does not state, and marks it computed", () => {
    const plan = "江西省2024年民生实事出炉\n\n今年将办好以下实事。\n\n第一项实事,新建城市书房。全年新建城市书房100个以上。\n\n第二项实事,改造老旧小区。全年改造老旧小区300个。";
    const results = "江西省2024年民生实事完成情况\n\n全部完成。\n\n第一项实事,新建城市书房。全省新建城市书房90个。\n\n第二项实事,改造老旧小区。全省改造老旧小区330个。";
    const { archive } = convertTexts({ "plan.txt": plan, "results.txt": results });
    const books = archive.reports[0]!.projects[0]!.metrics.find((m) => m.role === "actual")!;
    expect(books).toMatchObject({ rate: null, computedRate: 90, rateOrigin: "computed", rateMismatch: false });
    expect(archive.reports[0]!.projects[0]!.status).toBe("未完成");
  });
});
