// Front matter an archivist writes to correct a document (src/ingest/decode.ts): each field
// is read within its limits, and a bad one is refused with its line in the file.
import { describe, expect, it } from "vitest";
import { calendarDay, decodeDocument } from "../../src/ingest/decode.ts";

const doc = (text: string) => ({ name: "x.txt", bytes: new TextEncoder().encode(text) });
const read = (yaml: string) => decodeDocument(doc(`---\n${yaml}\n---\n正文。`)).frontMatter;
const refusal = (yaml: string) => {
  try {
    decodeDocument(doc(`---\n${yaml}\n---\n正文。`));
  } catch (error) {
    const e = error as Error & { line: number };
    return { line: e.line, message: e.message };
  }
  throw new Error(`accepted: ${yaml}`);
};

describe("the year", () => {
  it("accepts years from 1949 to 2100, full-width digits too", () => {
    expect(read("year: 1949")).toEqual({ year: 1949 });
    expect(read("year: 2100")).toEqual({ year: 2100 });
    expect(read("year: ２０２４")).toEqual({ year: 2024 });
  });
  it.each(["1948", "2101", "2024.5", "true"])("refuses year: %s, at its line", (value) => {
    expect(refusal(`year: ${value}`)).toEqual({ line: 2, message: `front matter year "${value}" is not a year such as 2024 (1949–2100)` });
  });
});

describe("the kind", () => {
  it("accepts plan, progress and results, and refuses anything else", () => {
    expect(read("kind: results")).toEqual({ kind: "results" });
    expect(refusal("kind: final").message).toBe("front matter kind \"final\" must be one of plan, progress, results");
  });
  it("quotes at most forty characters of a bad value", () => {
    expect(refusal(`kind: "${"x".repeat(60)}"`).message).toBe(`front matter kind "${"x".repeat(40)}…" must be one of plan, progress, results`);
  });
});

describe("the publication date", () => {
  it("accepts a day that exists, and a datetime keeps its own calendar day", () => {
    expect(read("published: 2024-02-29")).toEqual({ published: "2024-02-29" });
    expect(read("published: 2024-02-01T23:59:59+08:00")).toEqual({ published: "2024-02-01" });
  });
  it.each(["2024-02-30", "2024-13-01", "1948-01-01", "2024-02-01T24:00", "2024-02-01 09:60"])("refuses published: %s", (value) => {
    expect(refusal(`published: ${value}`).message).toMatch(/^front matter published ".*" is not a date such as 2024-02-01/u);
  });
  it("reads dates written short or with seconds and zones, and no day that does not exist", () => {
    expect(calendarDay("2024-2-1")).toBe("2024-02-01");
    expect(calendarDay("2024-02-01T01:00:00.123Z")).toBe("2024-02-01");
    expect(calendarDay("2024-02-01 09:30")).toBe("2024-02-01");
    expect(calendarDay("2100-12-31")).toBe("2100-12-31");
    for (const value of ["2024-02-01T01:00:60", "2024-02-00", "2024-00-01", "2101-01-01", "1948-12-31", "2024/02/01"]) expect(calendarDay(value), value).toBeNull();
  });
});

describe("the project count", () => {
  it("accepts whole numbers from 1 to 500", () => {
    expect(read("count: 1")).toEqual({ count: 1 });
    expect(read("count: 500")).toEqual({ count: 500 });
  });
  it.each(["0", "501", "2.5"])("refuses count: %s", (value) => {
    expect(refusal(`count: ${value}`)).toEqual({ line: 2, message: `front matter count "${value}" must be a whole number from 1 to 500` });
  });
});

describe("the numbering of the projects", () => {
  it.each([
    ["一、", "part"],
    ["dot", "dot"],
    ["①", "circled"],
    ["第一项", "ordinal"],
    ["(1)", "paren"],
    ["第一、第二项", "ordinal"],
    ["spaced", "spaced"],
  ])("reads items: %s as the %s family", (value, family) => {
    expect(read(`items: ${value}`)).toEqual({ items: family });
  });
  it("refuses a numbering it does not know, showing the marks it does", () => {
    expect(refusal("items: xyz").message).toMatch(/^front matter items "xyz" is not a numbering the converter knows/u);
  });
});

describe("split lines", () => {
  it("reads one line number or a list of them", () => {
    expect(read("split: 12")).toEqual({ split: [12] });
    expect(read("split: [3, 9]")).toEqual({ split: [3, 9] });
  });
  it.each(["0", "[]", "[a]"])("refuses split: %s", (value) => {
    expect(refusal(`split: ${value}`).message).toBe("front matter split must be a line number of this file, or a list of them");
  });
  it("refuses a list of lists, or more than a hundred lines", () => {
    expect(refusal("split: [[1]]").message).toBe("front matter split must be a line number or a list of at most 100 of them");
    expect(refusal(`split: [${Array.from({ length: 101 }, (_, i) => i + 1).join(", ")}]`).message).toBe("front matter split must be a line number or a list of at most 100 of them");
    expect(read(`split: [${Array.from({ length: 100 }, (_, i) => i + 1).join(", ")}]`).split).toHaveLength(100);
  });
});

describe("text fields", () => {
  it("accepts a title of 200 characters and refuses one of 201", () => {
    expect(read(`title: ${"字".repeat(200)}`).title).toHaveLength(200);
    expect(refusal(`title: ${"字".repeat(201)}`).message).toBe("front matter title is 201 characters long; at most 200");
  });
  it("refuses a title that is true/false, spans lines or holds control characters", () => {
    expect(refusal("title: true").message).toBe("front matter title must be text, not true/false");
    expect(refusal('title: "a\\nb"').message).toBe("front matter title must be a single line");
    expect(refusal('title: "a\\u0001b"').message).toBe("front matter title holds control characters");
  });
  it("reads an empty publisher as none, and refuses a region given as a list", () => {
    expect(read('publisher: ""')).toEqual({});
    expect(refusal("region: [a]").message).toBe("front matter region must be a single value, not a list or a mapping");
  });
  it("ignores keys it does not read", () => {
    expect(read("other: 1\nyear: 2024")).toEqual({ year: 2024 });
  });
});

describe("the shape of the front matter", () => {
  it("reads empty front matter as no fields, and counts its lines", () => {
    const d = decodeDocument(doc("---\n\n---\n正文。"));
    expect(d.frontMatter).toEqual({});
    expect(d.frontMatterLines).toBe(3);
    expect(d.text).toBe("正文。");
  });
  it("refuses a list instead of fields, a key that is not a name, and a key given twice, each at its line", () => {
    expect(refusal("- a\n- b")).toEqual({ line: 2, message: "front matter must be fields (key: value), one a line" });
    expect(refusal("[a]: 1")).toEqual({ line: 2, message: "front matter keys must be plain names (region, year, title …)" });
    expect(refusal("year: 2024\nyear: 2025")).toMatchObject({ line: 3, message: "front matter is not valid YAML: Map keys must be unique" });
  });
  it("refuses a line of plain text between the --- lines (a title, not fields)", () => {
    expect(refusal("白银市民生实事")).toEqual({ line: 2, message: "front matter must be fields (key: value), one a line" });
  });
  it("refuses an alias, naming a field the converter reads before any other key", () => {
    expect(refusal("a: &x 1\nyear: *x")).toEqual({ line: 3, message: "front matter year uses a YAML alias (*name); aliases are not accepted: write the value itself" });
    expect(refusal("a: &x 1\nb: *x").message).toMatch(/^front matter b uses a YAML alias/u);
  });
});

describe("documents that cannot be read", () => {
  it("refuses an empty file or one of only spaces and line breaks", () => {
    for (const text of ["", "  \n\t\r\n"]) expect(() => decodeDocument(doc(text))).toThrow("the file is empty");
  });
  it("refuses a file with no text after its front matter, at the line after it", () => {
    try {
      decodeDocument(doc("---\nyear: 2024\n---\n  \n"));
      throw new Error("accepted");
    } catch (error) {
      expect((error as Error & { line: number }).line).toBe(4);
      expect((error as Error).message).toBe("the file has no text after its front matter");
    }
  });
  it("refuses a file with NUL bytes as binary", () => {
    expect(() => decodeDocument(doc("a\u0000b"))).toThrow("the file holds NUL bytes: it is binary, not text (nor UTF-16)");
  });
});

describe("warnings for undecodable bytes", () => {
  it("names the first five bad bytes at their line and column, and counts the rest", () => {
    const bytes = new Uint8Array([...Buffer.from("河南省民生实事完成情况".repeat(3)), 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0xc0, 0x0a, 0x41]);
    const warnings = decodeDocument({ name: "x.txt", bytes }).warnings!;
    expect(warnings).toHaveLength(6);
    expect(warnings[0]).toEqual({ line: 1, column: 34, message: "byte 0xC0 at byte offset 99 is not valid UTF-8 (a stray byte or a cut-off character); it is shown as U+FFFD" });
    expect(warnings[4]).toMatchObject({ column: 38 });
    expect(warnings[5]).toEqual({ line: 1, column: 34, message: "2 more undecodable bytes after these 5 were shown as U+FFFD" });
  });
});
