// Pieces of text that remember where each character came from (src/ingest/text.ts), label
// similarity (similarity.ts) and the cheap count of figures (figures-count.ts).
import { describe, expect, it } from "vitest";
import { countFigures } from "../../src/ingest/figures-count.ts";
import { bigramDice, bigrams, textSimilarity } from "../../src/ingest/similarity.ts";
import { allMatches, appendText, docRange, documentPositions, joinSpans, lineAt, replaceUnits, sliceSpan, spanOf, trimSpan } from "../../src/ingest/text.ts";

const DOC = "0123456789";
const pos = documentPositions(DOC.length);

describe("spans of a document", () => {
  it("points every character of a span at its offset in the document", () => {
    const s = spanOf(DOC, pos, 2, 6);
    expect([s.text, [...s.pos]]).toEqual(["2345", [2, 3, 4, 5]]);
  });
  it("joins spans keeping each character's offset", () => {
    const j = joinSpans([spanOf(DOC, pos, 0, 2), spanOf(DOC, pos, 7, 9)]);
    expect([j.text, [...j.pos]]).toEqual(["0178", [0, 1, 7, 8]]);
  });
  it("points text the document does not write at the span's last character", () => {
    const a = appendText(spanOf(DOC, pos, 2, 6), "人");
    expect([a.text, [...a.pos]]).toEqual(["2345人", [2, 3, 4, 5, 5]]);
  });
  it("trims spaces, TABs and line breaks at both ends only", () => {
    const t = trimSpan(spanOf(" \tab c \n", documentPositions(8), 0, 8));
    expect([t.text, [...t.pos]]).toEqual(["ab c", [2, 3, 4, 5]]);
  });
  it("gives the document range of characters of a span, across a join", () => {
    const j = joinSpans([spanOf(DOC, pos, 0, 2), spanOf(DOC, pos, 7, 9)]);
    expect(docRange(j, 1, 3)).toEqual({ start: 1, end: 8 });
    expect(docRange(j, 4, 4)).toEqual({ start: 8, end: 9 });
  });
  it("slices nothing from an empty or reversed range", () => {
    const s = sliceSpan(spanOf(DOC, pos, 2, 6), 1, 0);
    expect([s.text, [...s.pos]]).toEqual(["", []]);
  });
  it("gives the line of an offset, the offsets of line starts given", () => {
    expect([0, 4, 5, 8, 9, 100].map((offset) => lineAt([0, 5, 9], offset))).toEqual([1, 1, 2, 2, 3, 3]);
  });
  it("replaces the units a table names and returns a text with none as it is", () => {
    const table: (string | undefined)[] = [];
    table[0x41] = "a";
    table[0x42] = "bb";
    expect(replaceUnits("ABCAB", table)).toBe("abbCabb");
    expect(replaceUnits("xyz", table)).toBe("xyz");
  });
});

describe("similarity of labels and titles", () => {
  it("scores identical texts 1 and texts that share nothing 0", () => {
    expect(bigramDice("口袋公园", "口袋公园")).toBe(1);
    expect(bigramDice("口袋公园", "老旧小区")).toBe(0);
    expect(bigramDice("", "")).toBe(0);
    expect(textSimilarity("甲乙", "")).toBe(0);
  });
  it("counts a one-character text as its own bigram", () => {
    expect([...bigrams("甲")]).toEqual(["甲"]);
    expect(bigramDice("甲", "甲")).toBe(1);
  });
  it("ignores punctuation and full-width forms", () => {
    expect(textSimilarity("“口袋公园”", "口袋公园")).toBe(1);
    expect(textSimilarity("ａｂ", "ab")).toBe(1);
  });
  it("scores a short label inside a long one well, but below an identical one", () => {
    expect(textSimilarity("新增技能人才", "新增技能人才328.8万人")).toBeCloseTo(0.8125, 4);
  });
});

describe("the cheap count of figures", () => {
  it.each([
    ["新建学校10所", 1],
    ["2023年新建学校10所，改造3.5万户", 2],
    ["完成率98.4%", 1],
    ["10余人", 1],
    ["9月底完成", 0],
    ["12日", 0],
    ["3.5", 0],
    ["无数字", 0],
  ] as const)("counts %s as %i figures", (text, n) => {
    expect(countFigures(text)).toBe(n);
    expect(countFigures(text)).toBe(n);
  });
});

describe("allMatches", () => {
  it("gives what matchAll gives, empty matches and astral characters included, and leaves the pattern's lastIndex as it was", () => {
    const cases: Array<[string, RegExp]> = [
      ["2023年10项民生实事,2024年12项", /(\d{4})年(\d+)项/gu],
      ["a𠀀b", /(?:)/gu],
      ["a𠀀b", /(?:)/g],
      ["一、二、三", /[一二三]/gu],
      ["没有", /\d/g],
    ];
    for (const [text, re] of cases) {
      re.lastIndex = 0;
      const expected = [...text.matchAll(re)].map((m) => [m.index, ...m]);
      expect(allMatches(text, re).map((m) => [m.index, ...m])).toEqual(expected);
    }
    const re = /\d/g;
    re.lastIndex = 3;
    expect(allMatches("1234", re).map((m) => m[0])).toEqual(["4"]);
    expect(re.lastIndex).toBe(3);
    expect(() => allMatches("1", /\d/)).toThrow(TypeError);
  });
});
