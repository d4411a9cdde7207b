import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeDocument, DocumentError } from "../../src/ingest/decode.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const doc = (bytes: Uint8Array, name = "doc.txt") => decodeDocument({ name, bytes });

describe("decode", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    const out = doc(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("河南省2023年民生实事")]));
    expect(out.text).toBe("河南省2023年民生实事");
    expect(out.encoding).toBe("utf-8");
  });

  it("detects GBK bytes and decodes them as GB18030", () => {
    const out = doc(new Uint8Array(iconv.encode("漯河市2024年民生实事完成情况", "gbk")));
    expect(out.text).toBe("漯河市2024年民生实事完成情况");
    expect(out.encoding).toBe("gb18030");
  });

  it("round-trips characters only GB18030 has (four-byte forms)", () => {
    const text = "本报记者 杨𬭎 遵义市2024年十件民生实事";
    expect(doc(new Uint8Array(iconv.encode(text, "gb18030"))).text).toBe(text);
  });

  it("reads UTF-16 with a byte-order mark (Windows Notepad's Unicode)", () => {
    const text = "长沙县2024年民生实事";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    expect(doc(le)).toMatchObject({ text, encoding: "utf-16le" });
  });

  it("keeps CRLF in the text, so offsets match the file as decoded", () => {
    expect(doc(utf8("一、标题\r\n正文")).text).toBe("一、标题\r\n正文");
  });

  it("reads front matter that overrides the text, and counts its lines", () => {
    const out = doc(utf8("---\nregion: 成都市\nyear: 2024\nkind: plan\npublished: 2023-12-28\n---\n我市今年民生实事"));
    expect(out.frontMatter).toEqual({ region: "成都市", year: 2024, kind: "plan", published: "2023-12-28" });
    expect(out.text).toBe("我市今年民生实事");
    expect(out.frontMatterLines).toBe(6);
  });

  it.each([
    ["an empty file", new Uint8Array(), /empty/],
    ["white space only", utf8("  \n\r\n "), /empty/],
    ["binary bytes", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), /binary/],
    ["front matter with nothing after it", utf8("---\nyear: 2024\n---\n"), /no text/],
  ])("rejects %s with a reason", (_, bytes, reason) => {
    expect(() => doc(bytes)).toThrowError(reason);
  });

  it("names the front-matter line of a bad field", () => {
    try {
      doc(utf8("---\ntitle: x\nyear: twenty\n---\n民生实事"));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DocumentError);
      expect((error as DocumentError).line).toBe(3);
      expect((error as Error).message).toMatch(/year/);
    }
  });

  it("rejects a kind outside plan, progress, results", () => {
    expect(() => doc(utf8("---\nkind: draft\n---\n民生实事"))).toThrowError(/plan, progress, results/);
  });
});
