// What normalise() makes of a text's lines, pinned where every mutant of src/ingest/normalise.ts
// was run (issue 15): page numbers, tables drawn with spaces, summaries flattened onto one line,
// broken lines and page furniture. Each test was checked against the mutants it was written for.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";

const texts = (text: string) => normalise(text).paragraphs.filter((p) => !p.noise).map((p) => p.span.text);
const lines = (...rows: string[]) => rows.join("\n");

describe("page numbers", () => {
  it("joins the halves of a sentence a page number parted, whatever blank lines stand around the number, and only those", () => {
    const text = lines("2024年吴忠市十件民生实事项目进展情况通报如下", "", "全市新建城市书房15家,改造提升农家书屋120个,完成年度目标", "", "", "- 2 -", "", "", "任务的110%。", "", "全年任务已全面完成。");
    expect(texts(text)).toEqual(["2024年吴忠市十件民生实事项目进展情况通报如下", "全市新建城市书房15家,改造提升农家书屋120个,完成年度目标任务的110%。", "全年任务已全面完成。"]);
  });

  it("reads a text that opens on its page number", () => {
    expect(texts(lines("- 1 -", "", "吴忠市新建城市书房15家。"))).toEqual(["吴忠市新建城市书房15家。"]);
  });

  it("reads nothing from a page that holds only its page number", () => {
    expect(normalise("- 1 -").paragraphs).toEqual([]);
  });
});

describe("a table drawn with spaces between its cells", () => {
  const tab = "\t";

  it("reads a header of three column names over two numbered rows as a table, to the end of the text", () => {
    expect(texts(lines("序号 项目名称 完成情况", "1 新建幼儿园 建成12所", "2 改造老旧小区 改造55个"))).toEqual([
      ["序号", "项目名称", "完成情况"].join(tab),
      ["1", "新建幼儿园", "建成12所"].join(tab),
      ["2", "改造老旧小区", "改造55个"].join(tab),
    ]);
  });

  it("takes no two columns for a table", () => {
    expect(texts(lines("序号 项目名称", "1 新建幼儿园", "2 改造老旧小区"))).toEqual(["序号项目名称", "1 新建幼儿园", "2 改造老旧小区"]);
  });

  it("takes no header with a cell that names no column (a place name) for a table", () => {
    expect(texts(lines("序号 项目名称 吴忠市 完成情况", "1 新建幼儿园 新建10所 建成12所", "2 改造老旧小区 改造50个 改造55个"))).toEqual(["序号项目名称吴忠市完成情况", "1 新建幼儿园新建10所建成12所", "2 改造老旧小区改造50个改造55个"]);
  });

  it("wants the header's first cell to be the number column itself (序号 or 编号, nothing before or after)", () => {
    expect(texts(lines("项目编号 项目名称 年度目标", "1 新建幼儿园 新建10所", "2 改造老旧小区 改造50个"))[0]).toBe("项目编号项目名称年度目标");
    expect(texts(lines("序号项目 年度目标 完成情况", "1 新建幼儿园 新建10所", "2 改造老旧小区 改造50个"))[0]).toBe("序号项目年度目标完成情况");
  });

  it("wants two rows: one numbered row under a header is no table", () => {
    expect(texts(lines("序号 项目名称 年度目标 完成情况", "1 新建幼儿园 新建10所 建成12所"))).toEqual(["序号项目名称年度目标完成情况", "1 新建幼儿园新建10所建成12所"]);
  });

  it("reads its rows across blank lines between them", () => {
    const text = lines("编号 项目名称 年度目标 完成情况", "", "1 新建幼儿园 新建10所 建成12所", "", "2 改造老旧小区 改造50个 改造55个");
    expect(texts(text)).toEqual(["编号\t项目名称\t年度目标\t完成情况", "1\t新建幼儿园\t新建10所\t建成12所", "2\t改造老旧小区\t改造50个\t改造55个"]);
  });

  it("reads rows numbered from 11 on, as a table continued from an earlier page numbers them", () => {
    const text = lines("序号 项目名称 年度目标 完成情况", "11 新建幼儿园 新建10所 建成12所", "12 改造老旧小区 改造50个 改造55个");
    expect(texts(text).slice(1)).toEqual(["11\t新建幼儿园\t新建10所\t建成12所", "12\t改造老旧小区\t改造50个\t改造55个"]);
  });

  describe("ends at a line that is no next row", () => {
    const table = ["序号 项目名称 年度目标 完成情况", "1 新建幼儿园 新建10所 建成12所", "2 改造老旧小区 改造50个 改造55个"];
    const after = (line: string) => texts(lines(...table, line));
    it.each([
      ["a first cell that only ends in a digit", "附表2 项目资金 安排情况 说明", "附表2 项目资金安排情况说明"],
      ["a first cell that only opens with digits", "2024年 新建 改造 提升", "2024年新建改造提升"],
      ["more cells than the header", "3 农村公路 300公里 320公里 提前 完成", "3 农村公路 300公里 320公里提前完成"],
      ["fewer cells than the header less its last", "3 农村公路提质改造", "3 农村公路提质改造"],
      ["the number of the row before again", "2 农村公路 300公里 320公里", "2 农村公路 300公里 320公里"],
    ])("%s", (_, line, read) => {
      const paragraphs = after(line);
      expect(paragraphs.slice(0, 3)).toEqual(["序号\t项目名称\t年度目标\t完成情况", "1\t新建幼儿园\t新建10所\t建成12所", "2\t改造老旧小区\t改造50个\t改造55个"]);
      expect(paragraphs[3]).toBe(read);
    });
  });

  it("reads a second table in the same text", () => {
    const text = lines("序号 项目名称 年度目标", "1 新建幼儿园 新建10所", "2 改造老旧小区 改造50个", "", "序号 项目名称 完成情况", "1 农村公路 320公里", "2 城市公厕 52座");
    expect(texts(text)).toEqual(["序号\t项目名称\t年度目标", "1\t新建幼儿园\t新建10所", "2\t改造老旧小区\t改造50个", "序号\t项目名称\t完成情况", "1\t农村公路\t320公里", "2\t城市公厕\t52座"]);
  });

  it("puts each cell's characters at their own offsets, and a TAB at the first space of the run it stands for", () => {
    const text = lines("序号 项目名称 年度目标 完成情况", "1 新建幼儿园 新建10所  建成12所", "2 改造老旧小区 改造50个 改造55个");
    const row = normalise(text).paragraphs[1]!;
    expect(row.span.text).toBe("1\t新建幼儿园\t新建10所\t建成12所");
    const start = text.indexOf("1 新建");
    expect([...row.span.pos].map((at) => at - start)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 16, 17, 18, 19]);
  });
});

describe("a summary flattened onto one line", () => {
  it("parts three bullets written on one line (- A … - B … - C …), the spaces within each read as its commas", () => {
    expect(texts("2024年固原市民生实事摘要 - 新建学校 扩建 - 新建医院 扩建 - 改造公路 二期")).toEqual(["2024年固原市民生实事摘要", "-新建学校,扩建", "-新建医院,扩建", "-改造公路,二期"]);
  });

  it("reads no comma into the spaces after a bullet's dash, however many", () => {
    expect(texts("2024年固原市民生实事摘要 -  新建学校  扩建 -  新建医院 扩建 -  改造公路 二期").slice(1)).toEqual(["-新建学校,扩建", "-新建医院,扩建", "-改造公路,二期"]);
  });

  it("leaves two such bullets on their line", () => {
    expect(texts("2024年固原市民生实事摘要 - 新建学校 扩建 - 新建医院 扩建")).toEqual(["2024年固原市民生实事摘要-新建学校扩建-新建医院扩建"]);
  });
});


describe("a table drawn one cell per line", () => {
  it("keeps six short lines with two row numbers standing alone apart as its cells, even those that stop on a comma", () => {
    expect(texts(lines("序号", "项目名称", "1", "新建城市书房,", "2", "改造老旧小区,"))).toEqual(["序号", "项目名称", "1", "新建城市书房,", "2", "改造老旧小区,"]);
  });

  it("counts two-digit row numbers (10, 11) as a table's too", () => {
    expect(texts(lines("序号", "项目名称", "10", "新建城市书房,", "11", "改造老旧小区,"))).toEqual(["序号", "项目名称", "10", "新建城市书房,", "11", "改造老旧小区,"]);
  });

  it("takes short lines with no row number standing alone for a list broken over lines, not for cells", () => {
    expect(texts(lines("新建城市书房,", "改造老旧小区,", "农村公路提质,", "城市公厕改建,", "口袋公园建设,", "养老服务中心。"))).toEqual(["新建城市书房,改造老旧小区,农村公路提质,城市公厕改建,口袋公园建设,养老服务中心。"]);
  });

  it("takes five such lines for no table: a line that stops on a comma goes on into the next", () => {
    expect(texts(lines("项目名称", "1", "新建城市书房,", "2", "改造老旧小区,"))).toEqual(["项目名称", "1", "新建城市书房,2", "改造老旧小区,"]);
  });

  it("reads a run where seven lines in ten close on one pipe as cells, every closing pipe dropped and a pipe inside a cell kept", () => {
    const text = lines("序号|", "项目名称|", "1|", "新建城市书房||", "2|", "改造老旧小区,", "3|", "农村公路提质改造|", "4|", "城市公厕|改建52座|");
    expect(texts(text)).toEqual(["序号", "项目名称", "1", "新建城市书房", "2", "改造老旧小区,", "3", "农村公路提质改造", "4", "城市公厕|改建52座"]);
  });

  it("leaves the pipes on five lines that close on one: too few for a table's cells", () => {
    expect(texts(lines("序号|", "项目名称|", "1|", "新建城市书房|", "2|"))).toEqual(["序号|", "项目名称|", "1|", "新建城市书房|", "2|"]);
  });
});

describe("a list of unpunctuated lines", () => {
  it("keeps five such lines apart, and never runs the last into the paragraph after the blank line", () => {
    const list = ["城乡供水一体化提升工程项目", "农村公路提档升级改造项目", "老旧小区改造提升工程项目", "妇幼保健服务中心迁建项目", "区域性养老服务中心建设项目"];
    const lead = "2024年,石嘴山市人大常委会在市级层面实施民生实事项目人大代表票决制,由代表投票决定政府办什么实事。";
    const after = "民生无小事,枝叶总关情。市人民代表大会将始终把维护群众利益作为履职的出发点和落脚点。";
    expect(texts([lead, "", ...list, "", after].join("\n"))).toEqual([lead, ...list, after]);
  });
});
