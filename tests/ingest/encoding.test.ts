// Bytes → characters (src/ingest/encoding.ts): UTF-8 by the WHATWG decoder's rules, where its
// bad bytes are, when a file is GBK instead, and what can be read of an unreadable one.
import { describe, expect, it } from "vitest";
import { bytePlace, countUnreadable, decodeBytes, readableRuns, tooUnreadable } from "../../src/ingest/encoding.ts";

// Twenty Chinese characters of UTF-8: enough good sequences that a few bad bytes do not make the file GBK.
const GOOD = [...Buffer.from("河南省民生实事完成情况河南省民生实事完成情况")];
const ASCII = (s: string) => [...Buffer.from(s)];
const decode = (bytes: number[]) => decodeBytes(new Uint8Array(bytes));
const after = (bytes: number[]) => {
  const r = decode([...GOOD, ...bytes]);
  return { encoding: r.encoding, invalid: r.invalid.map((i) => i - GOOD.length), invalidCount: r.invalidCount, text: r.text.slice(22) };
};

describe("UTF-8 as the WHATWG decoder reads it", () => {
  it("reads every valid sequence at the edges of its ranges without a bad byte", () => {
    const bytes = [0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xed, 0x9f, 0xbf, 0xef, 0xbf, 0xbd, 0xf0, 0x90, 0x80, 0x80, 0xf4, 0x8f, 0xbf, 0xbf];
    expect(after(bytes)).toEqual({ encoding: "utf-8", invalid: [], invalidCount: 0, text: "\u0080\u07ff\u0800\ud7ff\ufffd\u{10000}\u{10ffff}" });
  });
  it("reads an overlong form (E0 80 80) as three bad bytes", () => {
    expect(after([0xe0, 0x80, 0x80, ...ASCII("cd")])).toMatchObject({ encoding: "utf-8", invalid: [0, 1, 2], invalidCount: 3, text: "\ufffd\ufffd\ufffdcd" });
  });
  it("reads a surrogate (ED A0 80) as three bad bytes", () => {
    expect(after([0xed, 0xa0, 0x80, ...ASCII("cd")])).toMatchObject({ invalid: [0, 1, 2], invalidCount: 3 });
  });
  it("reads a four-byte form below U+10000 (F0 80 …) or above U+10FFFF (F4 90 …) as four bad bytes", () => {
    expect(after([0xf0, 0x80, 0x80, 0x80, ...ASCII("cd")])).toMatchObject({ invalid: [0, 1, 2, 3], invalidCount: 4 });
    expect(after([0xf4, 0x90, 0x80, 0x80, ...ASCII("cd")])).toMatchObject({ invalid: [0, 1, 2, 3], invalidCount: 4 });
  });
  it("reads a byte that starts no sequence (C0, C1, F5, a lone continuation) as one bad byte", () => {
    for (const b of [0xc0, 0xc1, 0xf5, 0xff, 0x80]) expect(after([b, ...ASCII("cd")]), b.toString(16)).toMatchObject({ encoding: "utf-8", invalid: [0], invalidCount: 1, text: "\ufffdcd" });
  });
  it("reads a sequence cut off (E4 B8 then c), in the text or at its end, as one bad place", () => {
    expect(after([0xe4, 0xb8, ...ASCII("cd")])).toMatchObject({ invalid: [0], invalidCount: 1, text: "\ufffdcd" });
    expect(after([0xe4, 0xb8])).toMatchObject({ invalid: [0], invalidCount: 1, text: "\ufffd" });
    expect(after([0xf0, 0x90, 0x80, ...ASCII("c")])).toMatchObject({ invalid: [0], invalidCount: 1, text: "\ufffdc" });
  });
  it("lists the first twenty bad places and counts them all", () => {
    const bytes = [...Buffer.from("河".repeat(130)), ...Array.from({ length: 30 }, () => [0x41, 0xc0]).flat()];
    const r = decode(bytes);
    expect(r.encoding).toBe("utf-8");
    expect(r.invalid).toHaveLength(20);
    expect(r.invalid[0]).toBe(391);
    expect(r.invalid[19]).toBe(429);
    expect(r.invalidCount).toBe(30);
  });
});

describe("UTF-8 or GBK", () => {
  it("keeps a file UTF-8 with a stray byte when it has four good sequences or more for each bad byte", () => {
    expect(decode([...Buffer.from("河南省民"), 0xc0, ...ASCII("ab")]).encoding).toBe("utf-8");
  });
  it("reads a file GBK when its bad bytes are too many for UTF-8", () => {
    const r = decode([...Buffer.from("河南省"), 0xc0, ...ASCII("ab")]);
    expect(r).toMatchObject({ encoding: "gb18030", invalid: [], invalidCount: 0 });
  });
  it("keeps a file with a UTF-8 byte-order mark UTF-8, whatever its bad bytes", () => {
    const r = decode([0xef, 0xbb, 0xbf, ...Buffer.from("河南"), 0xff, 0xfe]);
    expect(r).toMatchObject({ encoding: "utf-8", text: "河南\ufffd\ufffd", invalid: [9, 10], invalidCount: 2 });
  });
});

describe("UTF-16 without a byte-order mark", () => {
  it("reads ASCII with a NUL byte after each letter as UTF-16LE from two code units on, and one unit as bytes", () => {
    expect(decode([0x41, 0x00, 0x42, 0x00])).toMatchObject({ encoding: "utf-16le", text: "AB" });
    expect(decode([0x41, 0x00])).toMatchObject({ encoding: "utf-8", text: "A\u0000" });
  });
});

describe("unreadable text", () => {
  it("counts U+FFFD, control characters other than line breaks and TAB, and private-use characters", () => {
    expect(countUnreadable("a\ufffd\u0001\n\r\t\ue000\uf8ff\uf900")).toBe(4);
  });
  it("finds a text unreadable above eight such characters and above 2% of it", () => {
    expect(tooUnreadable("\ufffd".repeat(8))).toBe(false);
    expect(tooUnreadable("\ufffd".repeat(9))).toBe(true);
    expect(tooUnreadable("\ufffd".repeat(10) + "a".repeat(490))).toBe(false);
    expect(tooUnreadable("\ufffd".repeat(11) + "a".repeat(489))).toBe(true);
  });
  it("keeps the runs of four readable characters or more of a binary file, one a line", () => {
    expect(readableRuns("abc\u0000abcd\ufffd 河南省民生 \ue000xy z\u0007河南省民生实事")).toBe("abcd\n河南省民生\n河南省民生实事");
  });
});

describe("the place of a byte", () => {
  it("gives the line and the column in characters of a byte offset", () => {
    expect(bytePlace(new Uint8Array(Buffer.from("甲乙\n丙丁x")), 10)).toEqual({ line: 2, column: 2 });
  });
  it("does not count a byte-order mark as a column", () => {
    expect(bytePlace(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from("甲乙")]), 9)).toEqual({ line: 1, column: 3 });
  });
  it("stops at the end of the file", () => {
    expect(bytePlace(new Uint8Array(Buffer.from("a\nb\nc")), 100)).toEqual({ line: 3, column: 2 });
  });
});
