import { describe, expect, it } from "vitest";
import { foldText, normalise } from "../../src/ingest/normalise.ts";

const live = (text: string) => normalise(text).paragraphs.filter((p) => !p.noise).map((p) => p.span.text);

describe("normalise", () => {
  it("folds full-width digits, letters, punctuation and ideographic spaces one for one", () => {
    const text = "　全县开展培训１２．５万人次，完成率１０４．２％（ＡＢ）";
    const folded = foldText(text);
    expect(folded).toBe(" 全县开展培训12.5万人次,完成率104.2%(AB)");
    expect(folded.length).toBe(text.length);
  });

  it("reads traditional characters as simplified, keeping offsets", () => {
    const text = "為民辦實事完成情況：新增就業13萬人";
    expect(foldText(text)).toBe("为民办实事完成情况:新增就业13万人");
  });

  it("keeps circled page markers as they are (③9 is not 39)", () => {
    expect(foldText("覆盖率为91.78%。③9")).toBe("覆盖率为91.78%。③9");
  });

  it("joins lines a newspaper column broke mid-word, even across blank lines", () => {
    const text = ["导语。", "", "我省将技能河南列为2022", "年重点民生实事首位事项，全省累", "计开展职业技能培训 432.3万人", "", "次，新增技能人才403.2万人、高技", "能人才140.8万人，分别完成年度", "目标任务的144%、168%、176%。"].join("\n");
    const paragraphs = live(text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toContain("432.3万人次");
    expect(paragraphs[1]).toContain("分别完成年度目标任务的144%");
  });

  it("joins a line that opens with a decimal (55.6%) to the sentence it ends", () => {
    expect(live("9、丰富群众文化生活。全市\n新建城市书房15家,完成年度目标任务的\n55.6%。")).toEqual(["9、丰富群众文化生活。全市新建城市书房15家,完成年度目标任务的55.6%。"]);
  });

  it("drops spaces set between Chinese characters but keeps those beside digits", () => {
    const [p] = live("建成工作阵地 227个 ，完 成 年 度 目 标 任 务 的113.5%。");
    expect(p).toBe("建成工作阵地 227个,完成年度目标任务的113.5%。");
  });

  it("keeps numbered headlines, lists and table rows apart", () => {
    const text = ["1 432.3万人次接受技能培训", "", "2 异地就医直接结算全覆盖", "| 1 | 新建学校 |", "| 2 | 改造小区 |", "1.第一项", "2.第二项"].join("\n");
    expect(live(text)).toEqual(["1 432.3万人次接受技能培训", "2 异地就医直接结算全覆盖", "| 1 |新建学校|", "| 2 |改造小区|", "1.第一项", "2.第二项"]);
  });

  it("marks page trailers, datelines, link lists and repeated headlines as noise", () => {
    const text = [
      "暖心实事提升群众幸福成色——我市20项民生工程建设稳步推进",
      "2024-10-31 16:24:00 - 承德发布",
      "暖心实事提升群众幸福成色——",
      "",
      "我市20项民生工程建设稳步推进",
      "",
      "正文一段。",
      "",
      "相关报道",
      "·民生实事资金到位率达116.1%",
      "·以民声定民生",
      "(责任编辑:黄静)",
      "精彩图片",
      "查看余下全文",
    ].join("\n");
    const { paragraphs } = normalise(text);
    expect(paragraphs.filter((p) => !p.noise).map((p) => p.span.text)).toEqual(["暖心实事提升群众幸福成色——我市20项民生工程建设稳步推进", "正文一段。"]);
    expect(paragraphs.map((p) => p.noise)).toContain("trailer");
    expect(paragraphs.map((p) => p.noise)).toContain("dateline");
    expect(paragraphs.map((p) => p.noise)).toContain("links");
  });

  it("never treats repeated 责任单位 lines as duplicates", () => {
    const text = "1.甲项。\n责任单位:市教育局\n2.乙项。\n责任单位:市教育局";
    expect(live(text)).toHaveLength(4);
  });

  it("maps every clean character back to its offset in the decoded text", () => {
    const text = "甲\n\n乙 丙\r\n丁";
    const { paragraphs } = normalise(text);
    for (const p of paragraphs) for (let i = 0; i < p.span.text.length; i++) expect(foldText(text[p.span.pos[i]!]!)).toBe(p.span.text[i]);
  });
});
