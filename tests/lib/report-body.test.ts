import { describe, expect, it } from "vitest";
import { escapeText } from "../../src/ingest/mdx.ts";
import { parseReportBody, ReportBodyError } from "../../src/lib/report-body.ts";

describe("parseReportBody: the converter's MDX subset", () => {
  it("reads the comment, paragraphs, documents and figures, decoding references", () => {
    const body = [
      "{/* 生成 */}",
      "",
      "摘要&#58;共 2 项&#46;",
      "",
      '<SourceDocument seed={"001_a.txt"} kind={"plan"}>',
      "",
      `新建<Fig project={"henan/2023/01"} metric={0}>${escapeText("3.5万个")}</Fig>${escapeText("{process.exit(1)} <b>")}`,
      "",
      `<Noise>${escapeText("(责任编辑:石兰兰)")}</Noise>`,
      "",
      "</SourceDocument>",
      "",
      '<SourceDocument seed={"002_b.txt"}>',
      "",
      "</SourceDocument>",
    ].join("\n");
    expect(parseReportBody(body)).toEqual([
      { kind: "comment" },
      { kind: "paragraph", inlines: [{ kind: "text", text: "摘要:共 2 项." }] },
      {
        kind: "document",
        seed: "001_a.txt",
        sourceKind: "plan",
        paragraphs: [
          {
            inlines: [
              { kind: "text", text: "新建" },
              { kind: "fig", project: "henan/2023/01", metric: 0, text: "3.5万个" },
              { kind: "text", text: "{process.exit(1)} <b>" },
            ],
          },
          { inlines: [{ kind: "text", text: "(责任编辑:石兰兰)" }], noise: true },
        ],
      },
      { kind: "document", seed: "002_b.txt", paragraphs: [] },
    ]);
  });

  it("refuses what it would have to guess: markup, lines without a blank between, open documents", () => {
    expect(() => parseReportBody("*强调*")).toThrow(ReportBodyError);
    expect(() => parseReportBody("<b>粗</b>")).toThrow(ReportBodyError);
    expect(() => parseReportBody("一行\n两行")).toThrow(ReportBodyError);
    expect(() => parseReportBody("1. 列表")).toThrow(ReportBodyError);
    expect(() => parseReportBody('<SourceDocument seed={"a"}>\n\n文字')).toThrow(ReportBodyError);
    expect(() => parseReportBody('<SourceDocument seed={"a"}>\n\n<Noise>*强调*</Noise>\n\n</SourceDocument>')).toThrow(ReportBodyError);
  });
});

describe("a source's title from its first line", () => {
  it("skips page furniture: an untitled document is named by its first line that is not <Noise>", async () => {
    const { documentFirstLines, readFirstLinesWith, sourceTitle } = await import("../../src/lib/sources.ts");
    const lines = documentFirstLines(['<SourceDocument seed={"900_untitled.txt"} kind={"results"}>', "", `<Noise>${escapeText("2024-10-31 16:24:00 - 承德发布")}</Noise>`, "", "我市民生实事稳步推进", "", "</SourceDocument>"].join("\n"));
    readFirstLinesWith((seed) => lines.get(seed));
    expect(sourceTitle({ seed: "900_untitled.txt", kind: "results", title: null, published: null, publisher: null, asOf: null })).toBe("我市民生实事稳步推进");
  });
});
