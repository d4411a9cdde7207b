// The numbering and bullet marks of the genre (src/ingest/markers.ts): which family a line
// opens with, the number it carries, and which lines open an item.
import { describe, expect, it } from "vitest";
import { INLINE_FAMILIES, isTableRow, MARKER_FAMILIES, matchMarker, numeral, opensItem } from "../../src/ingest/markers.ts";

describe("numbers of marks", () => {
  it("reads arabic, Chinese and circled numbers", () => {
    expect(numeral("3")).toBe(3);
    expect(numeral("12")).toBe(12);
    expect(numeral("十二")).toBe(12);
    expect(numeral("两")).toBe(2);
    expect(numeral("①")).toBe(1);
    expect(numeral("⑤")).toBe(5);
    expect(numeral("⑳")).toBe(20);
  });
});

describe("the family a line opens with", () => {
  it("names each family by its own example line", () => {
    for (const family of MARKER_FAMILIES) {
      const example = family.example.split(" · ")[0]!;
      expect(matchMarker(example)?.type, example).toBe(family.type);
    }
  });
  it("reads a number and a space as a mark, but not a figure written with a space", () => {
    expect(matchMarker("3 新建公办幼儿园8所")).toEqual({ type: "spaced", numbers: [3], length: 2 });
    expect(matchMarker("1 43.2万人次参加培训")).toEqual({ type: "spaced", numbers: [1], length: 2 });
    for (const figure of ["5 个项目已完工", "10 月底前完成", "20 %的村", "12 万人受益"]) expect(matchMarker(figure), figure).toBeNull();
  });
  it("reads 第五、第六、第七项实事 as one group of three numbered items", () => {
    expect(matchMarker("第五、第六、第七项实事,分别是A、B、C。")).toEqual({ type: "group", numbers: [5, 6, 7], length: "第五、第六、第七项实事,分别是".length });
  });
  it("reads ordinal marks of every shape with their number and the length of the mark", () => {
    expect(matchMarker("第一项实事,开展职业技能培训")).toEqual({ type: "ordinal", numbers: [1], length: 6 });
    expect(matchMarker("第二件，新建学校")).toMatchObject({ type: "ordinal", numbers: [2] });
    expect(matchMarker("第3条: 改造公路")).toMatchObject({ type: "ordinal", numbers: [3] });
    expect(matchMarker("实事一：新建学校")).toEqual({ type: "ordinal", numbers: [1], length: 4 });
    // The 是 that joins the mark to what the item is belongs to the mark: 第三件实事是提升基层医疗服务.
    expect(matchMarker("第三件实事是提升基层医疗服务。今年将…")).toEqual({ type: "ordinal", numbers: [3], length: 6 });
    expect(matchMarker("第五件实事聚焦生态环境")).toEqual({ type: "ordinal", numbers: [5], length: 5 });
    expect(matchMarker("第十二项省重点民生实事：改造公路")).toMatchObject({ type: "ordinal", numbers: [12] });
    // A notice's record tagged with its ordinal: 【项目三】项目名称：… (not a field's tag, 【完成情况】).
    expect(matchMarker("【项目三】项目名称：城区学位扩容")).toEqual({ type: "ordinal", numbers: [3], length: 5 });
    expect(matchMarker("【实事12】城区学位扩容")).toMatchObject({ type: "ordinal", numbers: [12] });
    expect(matchMarker("【完成情况】新增学位1500个")).toBeNull();
    // A news list's bare 之N (之一：“安居工程”——… ‖ 之二：…), the programme named only in the lede.
    expect(matchMarker("之三：“畅通工程”——新建、改造城市道路45条")).toEqual({ type: "ordinal", numbers: [3], length: 3 });
  });
  it("reads sections, parens, circled numbers, parts and dots with their numbers", () => {
    expect(matchMarker("(三)开展职业技能培训")).toEqual({ type: "section", numbers: [3], length: 3 });
    expect(matchMarker("(12)新建学校")).toEqual({ type: "paren", numbers: [12], length: 4 });
    expect(matchMarker("③实施稳岗就业")).toEqual({ type: "circled", numbers: [3], length: 1 });
    expect(matchMarker("十、省重点民生实事")).toEqual({ type: "part", numbers: [10], length: 2 });
    expect(matchMarker("4。新改建农村公路")).toEqual({ type: "dot", numbers: [4], length: 2 });
    expect(matchMarker("3、新建学校")).toEqual({ type: "dot", numbers: [3], length: 2 });
  });
  it("reads the half-bracketed, bracketed and colon marks web pages write (1) · 一) · 〔1〕 · 【2】 · ⑶ · 5:) in the families of (1), (一) and 1.", () => {
    expect(matchMarker("1)新建学校")).toEqual({ type: "paren", numbers: [1], length: 2 });
    expect(matchMarker("二)改造小区")).toEqual({ type: "section", numbers: [2], length: 2 });
    expect(matchMarker("〔1〕新建学校")).toEqual({ type: "paren", numbers: [1], length: 3 });
    expect(matchMarker("【2】改造小区")).toEqual({ type: "paren", numbers: [2], length: 3 });
    expect(matchMarker("⑶新增就业")).toEqual({ type: "paren", numbers: [3], length: 1 });
    expect(matchMarker("5:新建公园")).toEqual({ type: "dot", numbers: [5], length: 2 });
    // …but not a time of day, nor a figure in brackets
    expect(matchMarker("10:30召开调度会")).toBeNull();
    expect(matchMarker("2)3万人")).toBeNull();
  });
  it("reads bullets and dashes as marks without a number", () => {
    expect(matchMarker("● 开展职业技能培训")).toEqual({ type: "bullet", numbers: [], length: 2 });
    expect(matchMarker("——稳就业促创业")).toEqual({ type: "dash", numbers: [], length: 2 });
  });
  it("never takes a decimal number for a dotted mark (3.5万人)", () => {
    expect(matchMarker("3.5万人参加培训")).toBeNull();
  });
  it("takes no mark with nothing after it for an item", () => {
    expect(matchMarker("第一项")).toBeNull();
    expect(matchMarker("(一)")).toBeNull();
    expect(matchMarker("●")).toBeNull();
  });
  it("takes no rule drawn between a post's items for a dash's item (———— ✦ ———— · —— · ——)", () => {
    for (const rule of ["———— ✦ ————", "—— · ——", "————————", "-- ❖ --"]) expect(matchMarker(rule), rule).toBeNull();
    expect(matchMarker("—— 2024年 ——")?.type).toBe("dash");
  });
  it("finds no mark in a line of plain text", () => {
    expect(matchMarker("全省开展职业技能培训428.7万人次")).toBeNull();
  });
});

describe("lines that open an item", () => {
  it("opens an item at a mark, a label, a numbered headline, 一是 or a project's name and colon", () => {
    for (const line of [
      "第一项实事,开展职业技能培训",
      "责任单位：省人力资源社会保障厅",
      "完成情况:已完成",
      "【主要项目】新建学校",
      "3 开工改造城镇老旧小区38.94万户",
      "一是提高城乡居民基础养老金",
      "扩大普惠性学前教育资源（省定）：全市新建幼儿园",
    ]) expect(opensItem(line), line).toBe(true);
  });
  it("opens an item at a bullet glyph that is also an emoji (▶ 就业创业), and at how far a work got by a date (一季度进展：)", () => {
    expect(matchMarker("▶ 学前教育")?.type).toBe("bullet");
    expect(matchMarker("🏥 实事二|基层医疗提升")?.type).toBe("ordinal");
    for (const line of ["▶ 学前教育", "一季度进展：已开工6所", "上半年进展：完成46公里", "进展：已开工"]) expect(opensItem(line), line).toBe(true);
    expect(opensItem("季度进展良好，已开工6所")).toBe(false);
  });
  it("opens an item at a number and a bar, a WeChat post's heading (02｜“15分钟就业服务圈”), not at a figure in a table's cells", () => {
    expect(matchMarker("02|“15分钟就业服务圈”")).toMatchObject({ type: "dot", numbers: [2] });
    expect(matchMarker("01丨中小学、幼儿园建设")).toMatchObject({ type: "dot", numbers: [1] });
    expect(matchMarker("12|35|完成")).toBeNull();
  });
  it("lets a line of running text continue the line before it", () => {
    for (const line of ["全省开展职业技能培训428.7万人次，完成年度目标任务的142.9%。", "2023年全省新建学校", "和评价取证"]) expect(opensItem(line), line).toBe(false);
  });
});

describe("inline item marks", () => {
  const marks = (text: string) => INLINE_FAMILIES.map((re) => [...text.matchAll(re)].map((m) => m[1]));
  it("finds 一是…二是…, (1)…(2)…, ①…②, 1.…2. and 第一,…第二, inside a paragraph", () => {
    expect(marks("一是提高养老金;二是新建学校")[0]).toEqual(["一", "二"]);
    expect(marks("(1)新建学校;(2)改造公路")[1]).toEqual(["1", "2"]);
    expect(marks("①新建学校;②改造公路")[2]).toEqual(["①", "②"]);
    expect(marks("今年办好:1.新建学校;2、改造公路")[3]).toEqual(["1", "2"]);
    expect(marks("第一,新增就业;第二件，新建学校")[4]).toEqual(["一", "二"]);
    expect(marks("⑴新建学校;⑵改造公路")[5]).toEqual(["⑴", "⑵"]);
    expect(marks("办好:1)新建学校;2)改造公路")[6]).toEqual(["1", "2"]);
    expect(marks("有3件。第1件，新建学校;第2件是改造公路")[8]).toEqual(["1", "2"]);
  });
  it("never reads a decimal as a dotted mark (3.5万人)", () => {
    expect(marks("培训3.5万人")[3]).toEqual([]);
  });
});

describe("table rows", () => {
  it("reads a row with edge pipes, a row of two pipes or more, and a row of two TABs or more", () => {
    expect(isTableRow("| 序号 | 项目 |")).toBe(true);
    expect(isTableRow("序号 | 项目 | 完成")).toBe(true);
    expect(isTableRow("序号\t项目\t完成")).toBe(true);
  });
  it("takes a line with one pipe or one TAB for text", () => {
    expect(isTableRow("序号 | 项目")).toBe(false);
    expect(isTableRow("序号\t项目")).toBe(false);
    expect(isTableRow("全省新建学校10所")).toBe(false);
  });
});
