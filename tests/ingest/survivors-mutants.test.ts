// Behaviours pinned where mutants of src/ingest/ survived the tests (issue 15, samples of seeds 24
// and 25). Each test was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { extractFigures } from "../../src/ingest/figures.ts";
import { cleanTitle, splitUnits } from "../../src/ingest/titles.ts";
import { convertTexts } from "../helpers/convert-text.ts";

describe("the role of a figure", () => {
  it("reads a figure of a results sentence as done even where the sentence before it states the plan", () => {
    const figures = extractFigures("计划新建口袋公园3个。建成口袋公园5个。", "actual");
    expect(figures.map((f) => [f.value, f.role])).toEqual([
      [3, "target"],
      [5, "actual"],
    ]);
  });
});

describe("titles and units", () => {
  it("splits responsible units at 、 and drops the space written after the mark", () => {
    expect(splitUnits("市民政局、 市财政局")).toEqual(["市民政局", "市财政局"]);
  });

  it("takes a bracketed Chinese ordinal written with spaces inside the brackets off a title", () => {
    expect(cleanTitle("( 三 )新建社区食堂")).toBe("新建社区食堂");
  });
});

describe("a figure too long to be a number", () => {
  const TEXT = "酒泉市2024年民生实事完成情况\n\n1.新建学校。全市新建学校12所。\n2.改造老旧小区。全市改造老旧小区30个。\n3.新建公园。全市新建公园1234567890123456789012345678901234567890个。";

  it("is named in the warning by its first twenty and last ten characters where it is longer than forty", () => {
    const messages = convertTexts({ "a.txt": TEXT }).warnings.map((w) => w.message).filter((m) => m.includes("digits"));
    expect(messages).toEqual(['the figure "12345678901234567890…234567890个" has more than 15 digits and is not read as a number; check the original']);
  });
});
