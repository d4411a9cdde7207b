// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 29). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/ingest/decode.ts";
import { decodeBytes } from "../../src/ingest/encoding.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { rejectedStem } from "../../src/ingest/mdx.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { onlyReport } from "../helpers/convert-text.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);
const utf8 = (s: string) => [...Buffer.from(s)];
const decode = (bytes: number[], name = "a.txt") => decodeDocument({ name, bytes: new Uint8Array(bytes) });

describe("reading the bytes", () => {
  it("says where the first undecodable byte of an unreadable file is (offset and line)", () => {
    expect(() => decode([...utf8("广西民生实事\n第二行\n"), ...Array<number>(20).fill(0xff)])).toThrowError(
      "the bytes are neither UTF-8 nor GBK/GB18030 text (20 undecodable characters; the first undecodable byte is at offset 29, line 3)",
    );
  });

  it("takes F5 as no UTF-8 lead byte: it and the continuation bytes after it are each undecodable", () => {
    const text = utf8("广西壮族自治区2023年民生实事全部完成");
    expect(decodeBytes(new Uint8Array([...text, 0xf5, 0x80, 0x80, 0x80, ...utf8("完成")]))).toEqual({
      text: "广西壮族自治区2023年民生实事全部完成\ufffd\ufffd\ufffd\ufffd完成",
      encoding: "utf-8",
      invalid: [52, 53, 54, 55],
      invalidCount: 4,
    });
  });
});

describe("front matter", () => {
  it("reads front matter whose closing --- runs straight into the text", () => {
    const out = decode(utf8("---\nyear: 2023\n---衢州市民生实事"));
    expect([out.frontMatter, out.text]).toEqual([{ year: 2023 }, "衢州市民生实事"]);
  });
});

describe("the page of a rejected document", () => {
  it("treats only a name ending in .txt as a .txt file: notes.txt.bak keeps its whole name", () => {
    expect(rejectedStem("notes.txt.bak")).toMatch(/^notes-txt-bak-[0-9a-z]+$/);
  });
});

describe("lone numbers that open items", () => {
  it("reads a text ending on a lone number: the numbers before it still open their items", () => {
    expect(blocksOf("1", "新建学校5所。", "2", "改造道路12公里。", "3").map((b) => [b.type, b.text])).toEqual([
      ["marker", "1新建学校5所。"],
      ["marker", "2改造道路12公里。"],
      ["headline", "3"],
    ]);
  });

  it("lets an item opened by a lone number run to twelve paragraphs before the next number", () => {
    const filler = Array.from({ length: 10 }, (_, k) => `第${k + 1}段说明学校建设进展。`);
    const blocks = blocksOf("1", "新建学校5所。", ...filler, "2", "改造道路12公里。");
    expect(blocks.filter((b) => b.type === "marker").map((b) => b.text)).toEqual(["1新建学校5所。", "2改造道路12公里。"]);
  });
});

describe("tables", () => {
  const titles = (blocks: ReturnType<typeof blocksOf>) => tableItems(blocks)?.items.map((it) => [it.no, it.title, it.section]) ?? null;

  it("finds no table in a text that ends on a table's header, with no rows under it", () => {
    expect(titles(blocksOf("黔东南州民生实事表", "序号", "项目名称", "责任单位"))).toBeNull();
  });

  it("passes over a table drawn one cell per line that has a single row, and reads the next one", () => {
    const between = "以下为第二批民生实事项目，由各县市负责组织实施，确保按期完成各项建设任务，让群众尽早受益，请各单位认真抓好落实工作并及时报送进展情况。";
    const blocks = blocksOf("序号", "项目名称", "责任单位", "1", "新建学校", "州教育局", between, "序号", "项目名称", "责任单位", "1", "改造道路", "州交通局", "2", "新建公园", "州住建局");
    expect(titles(blocks)).toEqual([
      [1, "改造道路", null],
      [2, "新建公园", null],
    ]);
  });
});

describe("a 第三、第四项 group", () => {
  it("gives the text after the group's list that names no 在…方面 to its first item", () => {
    const report = onlyReport(
      [
        "福建省2023年民生实事完成情况",
        "第一项实事,扩大优质教育资源。全省新建中小学120所。",
        "第二项实事,完善养老服务体系。全省新增养老床位1.2万张。",
        "第三、第四项实事,分别是实施“两癌”筛查、提升残疾人康复服务。全省完成宫颈癌筛查80万人。",
      ].join("\n\n"),
    );
    expect(report.projects.map((p) => [p.no, p.title, p.metrics.map((m) => m.value)])).toEqual([
      [1, "扩大优质教育资源", [120]],
      [2, "完善养老服务体系", [1.2]],
      [3, "实施“两癌”筛查", [80]],
      [4, "提升残疾人康复服务", []],
    ]);
  });
});
