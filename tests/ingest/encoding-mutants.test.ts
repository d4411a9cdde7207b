// Bytes → characters (src/ingest/encoding.ts), the edges the first tests left open: byte-order
// marks, which code units count as ordinary UTF-16 text, how close a call UTF-16 needs, GBK that
// looks like UTF-16, files that read in no encoding, and the place of a byte after a stray BOM.
import { describe, expect, it } from "vitest";
import { bytePlace, countUnreadable, decodeBytes, readableRuns, tooUnreadable } from "../../src/ingest/encoding.ts";

const decode = (bytes: number[]) => decodeBytes(new Uint8Array(bytes));
const utf8 = (s: string) => [...Buffer.from(s)];
const utf16le = (s: string) => [...Buffer.from(s, "utf16le")];
const utf16be = (s: string) => {
  const b = Buffer.from(s, "utf16le");
  b.swap16();
  return [...b];
};
const BODY = "2026年广西壮族自治区民生实事";

describe("byte-order marks", () => {
  it("reads a file starting FF FE as UTF-16LE and one starting FE FF as UTF-16BE, without the mark", () => {
    expect(decode([0xff, 0xfe, ...utf16le(BODY)])).toEqual({ text: BODY, encoding: "utf-16le", invalid: [], invalidCount: 0 });
    expect(decode([0xfe, 0xff, ...utf16be(BODY)])).toEqual({ text: BODY, encoding: "utf-16be", invalid: [], invalidCount: 0 });
  });
  it("takes only the two bytes together as a mark: FF or FE beside another byte is a stray byte of a UTF-8 file", () => {
    const rest = utf8("广西壮族自治区民生实事");
    expect(decode([0xff, 0x41, ...rest])).toEqual({ text: "\ufffdA广西壮族自治区民生实事", encoding: "utf-8", invalid: [0], invalidCount: 1 });
    expect(decode([0xfe, 0x41, ...rest])).toEqual({ text: "\ufffdA广西壮族自治区民生实事", encoding: "utf-8", invalid: [0], invalidCount: 1 });
    expect(decode([0x41, 0xfe, ...rest])).toEqual({ text: "A\ufffd广西壮族自治区民生实事", encoding: "utf-8", invalid: [1], invalidCount: 1 });
    expect(decode([0x41, 0xff, ...rest])).toEqual({ text: "A\ufffd广西壮族自治区民生实事", encoding: "utf-8", invalid: [1], invalidCount: 1 });
  });
  it("takes only EF BB BF as a UTF-8 mark: a text opening with a full-width low line (EF BC BF) or with 1心 (31 E5 BF) keeps its first characters", () => {
    expect(decode(utf8("＿2026年广西"))).toEqual({ text: "＿2026年广西", encoding: "utf-8", invalid: [], invalidCount: 0 });
    expect(decode(utf8("1心理健康服务 2026年广西"))).toEqual({ text: "1心理健康服务 2026年广西", encoding: "utf-8", invalid: [], invalidCount: 0 });
  });
  it("keeps a text opening with 廿 (E5 BB BF: the mark's last two bytes) whole", () => {
    const text = "廿项民生实事（2026年，广西）";
    expect(decode(utf8(text))).toEqual({ text, encoding: "utf-8", invalid: [], invalidCount: 0 });
  });
});

describe("which UTF-16 code units are ordinary text", () => {
  // "123" in UTF-16LE has NUL bytes (the binary path) and reads as nothing in UTF-16BE (31 00 is
  // U+3100), so four units are UTF-16LE exactly when the fourth is ordinary text.
  const withUnit = (c: number) => decode([...utf16le("123"), c & 0xff, c >> 8]).encoding;
  it("counts ASCII, line breaks, TAB, Latin-1, general punctuation, CJK and its punctuation, full-width forms", () => {
    for (const c of [0x20, 0x7e, 0x0a, 0x0d, 0x09, 0xa0, 0xff, 0x2000, 0x206f, 0x3000, 0x30ff, 0x3400, 0x9fff, 0xff00, 0xffef]) {
      expect(withUnit(c), c.toString(16)).toBe("utf-16le");
    }
  });
  it("does not count control characters, DEL, C1 controls, or the code points just outside each range", () => {
    for (const c of [0x1f, 0x7f, 0x0b, 0x0c, 0x08, 0x9f, 0x100, 0x1fff, 0x2070, 0x2fff, 0x3100, 0x33ff, 0xa000, 0xfeff, 0xfff0]) {
      expect(withUnit(c), c.toString(16)).toBe("utf-8");
    }
  });
});

describe("how close a call UTF-16 needs", () => {
  it("reads a file with NUL bytes as UTF-16 when nine code units in ten are ordinary text, not eight", () => {
    expect(decode(utf16le("123123123\u0001"))).toEqual({ text: "123123123\u0001", encoding: "utf-16le", invalid: [], invalidCount: 0 });
    expect(decode(utf16le("12312312\u0001\u0001")).encoding).toBe("utf-8");
  });
  it("does not read an odd number of bytes as UTF-16", () => {
    expect(decode([0x41, 0x00, 0x42, 0x00, 0x43])).toMatchObject({ encoding: "utf-8", text: "A\u0000B\u0000C" });
  });
  it("reads a file whose code units are ordinary text both ways round as UTF-16LE", () => {
    // 30 30 is U+3030 either way; 41 00 is "A" in LE and U+4100 (CJK) in BE.
    expect(decode([0x30, 0x30, 0x41, 0x00])).toMatchObject({ encoding: "utf-16le", text: "〰A" });
  });
  it("reads Chinese in UTF-16 without a mark and without a single ASCII character (no NUL byte) as UTF-16", () => {
    const text = "广西壮族自治区二〇二六年民生实事";
    expect(decode(utf16le(text))).toEqual({ text, encoding: "utf-16le", invalid: [], invalidCount: 0 });
    expect(decode(utf16be(text))).toEqual({ text, encoding: "utf-16be", invalid: [], invalidCount: 0 });
  });
  it("reads full-width digits and punctuation in UTF-16LE (FF as every other byte) as UTF-16, not as UTF-8 with bad bytes", () => {
    const text = "（２０２６）：１２，３４；５６！";
    expect(decode(utf16le(text))).toEqual({ text, encoding: "utf-16le", invalid: [], invalidCount: 0 });
  });
  it("reads Chinese UTF-16 with an emoji among it as UTF-16 when GBK's reading of it is unreadable", () => {
    const text = "广西壮族自治区民生实事项目🏠完成情况良好年度目标任务".repeat(3);
    expect(decode(utf16le(text))).toEqual({ text, encoding: "utf-16le", invalid: [], invalidCount: 0 });
  });
  it("keeps GBK that reads cleanly GBK even when its byte pairs all look like CJK in UTF-16 (traditional characters)", () => {
    // 廣東區國學業 in GBK: 8F56 967C 855E 87F8 8C57 9849, every one a CJK code point in UTF-16BE.
    const bytes = [0x8f, 0x56, 0x96, 0x7c, 0x85, 0x5e, 0x87, 0xf8, 0x8c, 0x57, 0x98, 0x49];
    expect(decode(bytes)).toEqual({ text: "廣東區國學業", encoding: "gb18030", invalid: [], invalidCount: 0 });
  });
});

describe("UTF-8 or GBK for text with few or no multi-byte characters", () => {
  it("keeps plain ASCII with one stray byte UTF-8, and says where the byte is", () => {
    const bytes = [...utf8("2026 Guangxi report"), 0xff, ...utf8(" done")];
    expect(decode(bytes)).toEqual({ text: "2026 Guangxi report\ufffd done", encoding: "utf-8", invalid: [19], invalidCount: 1 });
  });
  it("reads GBK bytes of a report as GB18030", () => {
    // 2026年广西 in GBK.
    const bytes = [...utf8("2026"), 0xc4, 0xea, 0xb9, 0xe3, 0xce, 0xf7];
    expect(decode(bytes)).toEqual({ text: "2026年广西", encoding: "gb18030", invalid: [], invalidCount: 0 });
  });
});

describe("a file that reads in no encoding", () => {
  it("keeps GB18030's reading when it loses less than UTF-8's, with UTF-8's bad places", () => {
    // AA A1 is a user-defined (private-use) character in GB18030, two bad bytes in UTF-8.
    const r = decode(Array.from({ length: 10 }, () => [0xaa, 0xa1]).flat());
    expect(r.encoding).toBe("gb18030");
    expect(r.text).toBe("\ue000".repeat(10));
    expect(r.invalid).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(r.invalidCount).toBe(20);
  });
  it("keeps UTF-8's reading once any of it is UTF-8", () => {
    const r = decode([...Array.from({ length: 10 }, () => [0xaa, 0xa1]).flat(), ...utf8("广")]);
    expect(r).toMatchObject({ encoding: "utf-8", text: "\ufffd".repeat(20) + "广", invalidCount: 20 });
  });
  it("keeps UTF-8's reading when both lose as much", () => {
    expect(decode(Array(12).fill(0xff))).toMatchObject({ encoding: "utf-8", text: "\ufffd".repeat(12), invalidCount: 12 });
  });
});

describe("unreadable characters at the edges", () => {
  it("counts U+001F but not a space, and U+E000 and U+F8FF but not U+DFFF", () => {
    expect(countUnreadable("\u001f")).toBe(1);
    expect(countUnreadable(" ")).toBe(0);
    expect(countUnreadable("\ue000\uf8ff")).toBe(2);
    expect(countUnreadable("\udfff")).toBe(0);
    expect(countUnreadable("\u0000\u0008\u000b\u000c\u000e")).toBe(5);
  });
  it("finds nine unreadable characters in a short text too many", () => {
    expect(tooUnreadable("\u0001".repeat(9) + "2026年广西")).toBe(true);
  });
});

describe("readable runs of a binary file", () => {
  it("splits at every control character, DEL, U+FFFD and private-use character, one run a line", () => {
    const sep = ["\u0000", "\u0008", "\u000b", "\u000c", "\u000e", "\u001f", "\u007f", "\ufffd", "\ue000", "\uf8ff"];
    const runs = ["广西民生", "2026年度", "壮族自治区", "项目一览", "计划完成", "百色市区", "扶贫攻坚", "乡村振兴", "饮水安全", "道路硬化", "医疗卫生"];
    const text = runs.map((r, i) => r + (sep[i] ?? "")).join("");
    expect(readableRuns(text)).toBe(runs.join("\n"));
  });
  it("keeps line breaks and tabs inside a run, and drops a run of fewer than four non-blank characters", () => {
    expect(readableRuns("广西\n民生\u0000a b c\u0000广\t西 区")).toBe("广西\n民生");
  });
});

describe("the place of a byte, more", () => {
  it("counts a zero-width no-break space inside a line as a column", () => {
    expect(bytePlace(new Uint8Array(utf8("甲\ufeff乙")), 9)).toEqual({ line: 1, column: 4 });
  });
  it("counts lines only before the offset", () => {
    expect(bytePlace(new Uint8Array(utf8("ab\ncd\n")), 2)).toEqual({ line: 1, column: 3 });
    expect(bytePlace(new Uint8Array(utf8("ab\ncd\n")), 3)).toEqual({ line: 2, column: 1 });
  });
});

describe("UTF-16 with a character beyond the basic plane", () => {
  it("reads one line of UTF-16LE without a mark that holds an emoji as UTF-16, not as GB18030", () => {
    const text = "广西壮族自治区民生实事项目🏠完成情况良好年度目标任务";
    const decoded = decodeBytes(Buffer.from(text, "utf16le"));
    expect(decoded.encoding).toBe("utf-16le");
    expect(decoded.text).toBe(text);
  });
});
