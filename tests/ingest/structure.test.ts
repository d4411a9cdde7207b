// Paragraphs → typed blocks (src/ingest/structure.ts): which paragraph opens a project, which is
// a label, a numbered headline, a headline, a table row or body text.
import { describe, expect, it } from "vitest";
import { classify } from "../../src/ingest/structure.ts";
import { normalise } from "../../src/ingest/normalise.ts";

const blocks = (text: string) =>
  classify(normalise(text).paragraphs.filter((p) => !p.noise)).map((b) => [b.type, b.marker ?? b.label ?? null, b.numbers, b.rest, b.restAt]);

describe("kinds of paragraphs", () => {
  it("reads a row of pipes as a table row", () => {
    expect(blocks("| 1 | 新建学校 |")).toEqual([["table", null, [], "| 1 |新建学校|", 0]]);
  });
  it("reads 责任单位 as responsible units, 完成情况 as what was done and 目标任务 or 年度目标 as the target", () => {
    expect(blocks("责任单位：市教育局\n完成情况:已完成\n目标任务：新建\n年度目标:x")).toEqual([
      ["label", "responsible", [], "市教育局", 5],
      ["label", "done", [], "已完成", 5],
      ["label", "target", [], "新建", 5],
      ["label", "target", [], "x", 5],
    ]);
  });
  it("reads a mark with its number, a numbered headline, a headline and body text", () => {
    expect(blocks("一、新建学校\n\n3 开工改造城镇老旧小区38.94万户\n\n全市新建学校\n\n全市新建学校10所，完成年度目标任务的100%。")).toEqual([
      ["marker", "part", [1], "新建学校", 2],
      ["numhead", null, [3], "开工改造城镇老旧小区38.94万户", 2],
      ["headline", null, [], "全市新建学校", 0],
      ["body", null, [], "全市新建学校10所,完成年度目标任务的100%。", 0],
    ]);
  });
  it("reads the mark after markup a web page left in front of a line", () => {
    expect(blocks('<div style="x">4.新建改造农村公路')).toEqual([["marker", "dot", [4], "新建改造农村公路", 17]]);
  });
});

describe("a post's sentences that close on an emoji", () => {
  it("reads a short line of clauses and figures closed by an emoji (…27万人次🍚) as prose, a headline closed by one as a headline", () => {
    const types = blocks("12件民生实事全部兑现！青州民生“账本”请查收📒\n\n8.老年助餐服务\n新建社区老年食堂40家，累计提供助餐服务27万人次🍚\n9.公共充电设施建设\n建成公共充电桩1850个⚡").map((b) => b[0]);
    expect(types).toEqual(["headline", "marker", "body", "marker", "headline"]);
  });
});

describe("numbers standing alone on their line", () => {
  it("joins each to the paragraph after it where they count up 1, 2, 3", () => {
    expect(blocks("01\n\n推动医院二期工程建设;\n\n02\n\n新建学校;\n\n03\n\n改造小区;")).toEqual([
      ["marker", "dot", [1], "推动医院二期工程建设;", 2],
      ["marker", "dot", [2], "新建学校;", 2],
      ["marker", "dot", [3], "改造小区;", 2],
    ]);
  });
  it("keeps a short line under a lone-numbered item as its body, not a headline", () => {
    expect(blocks("01\n\n推动医院二期工程建设;\n\n短行\n\n02\n\n新建学校;").map((b) => b[0])).toEqual(["marker", "body", "marker"]);
  });
  it("leaves a lone number alone where no second number follows, or the next one skips", () => {
    expect(blocks("1\n\n新建学校;").map((b) => b[0])).toEqual(["headline", "body"]);
    expect(blocks("1\n\n新建学校;\n\n3\n\n改造小区;").map((b) => b[0])).toEqual(["headline", "body", "headline", "body"]);
  });
  it("leaves the row numbers of a table drawn one cell per line to the table reader", () => {
    expect(blocks("序号\n\n项目\n\n完成情况\n\n1\n\n新建学校\n\n2\n\n改造小区").map((b) => b[0])).toEqual(Array(7).fill("headline"));
  });
});
