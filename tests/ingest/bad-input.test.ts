// Bad input (issue 11): a careless or hostile document never breaks the conversion, never
// loses its text and never publishes wrong data.
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { decodeDocument, DocumentError } from "../../src/ingest/decode.ts";
import { contentFiles } from "../../src/ingest/mdx.ts";
import { convertTexts } from "../helpers/convert-text.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const decode = (bytes: Uint8Array, name = "doc.txt") => decodeDocument({ name, bytes });

// A small plan the converter reads as one report with figures.
const PLAN = [
  "南阳市2024年民生实事",
  "",
  "今年我市确定10项民生实事。",
  "",
  "1.新建改扩建中小学12所。",
  "",
  "2.新增城镇就业3万人。",
  "",
  "3.改造农村公路300公里。",
].join("\n");

function rejectionOf(run: ReturnType<typeof convert>, seed = "doc.txt") {
  return run.archive.rejected.find((r) => r.seed === seed);
}

/** Every number anywhere in a value: none may be NaN or ±Infinity. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => nonFinite(v, `${path}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => nonFinite(v, `${path}.${k}`));
  return [];
}

describe("a figure of 400 digits", () => {
  const text = PLAN.replace("新增城镇就业3万人", `新增城镇就业${"9".repeat(400)}人`);
  const run = convertTexts({ "doc.txt": text });

  it("is dropped with a warning naming seed and line, and the rest is read", () => {
    expect(run.archive.reports).toHaveLength(1);
    const warning = run.warnings.find((w) => /more than 15 digits/.test(w.message));
    expect(warning).toMatchObject({ seed: "doc.txt", line: 7 });
    const values = run.archive.reports[0]!.projects.flatMap((p) => p.metrics.map((m) => m.value));
    expect(values).toContain(12);
    expect(values).toContain(300);
  });

  it("never puts Infinity or null for a number into the model or the MDX", () => {
    expect(nonFinite(run.archive)).toEqual([]);
    const mdx = [...contentFiles(run.archive, run.texts).values()].join("\n");
    expect(mdx).not.toMatch(/"value": null|Infinity/);
    // The figure is still in the source text on the page, as written.
    expect(mdx).toContain("9".repeat(400));
  });
});

describe("front matter, checked for type and length before use", () => {
  const withFrontMatter = (yaml: string) => convertTexts({ "doc.txt": `---\n${yaml}\n---\n${PLAN}` });

  it.each([
    ["title", "500 characters", `title: "${"长".repeat(500)}"`],
    ["title", "two lines", "title: |\n  第一行\n  第二行"],
    ["title", "a list", "title: [a, b]"],
    ["region", "300 characters", `region: "${"南".repeat(300)}"`],
    ["region", "a mapping", "region: {name: 南阳市}"],
    ["year", "1800", "year: 1800"],
    ["year", "2024.5", "year: 2024.5"],
    ["year", "a list", "year: [2024]"],
    ["published", "2024-13-45", "published: 2024-13-45"],
    ["published", "2024-02-30", "published: 2024-02-30"],
    ["published", "not-a-date", "published: not-a-date"],
    ["kind", "a list", "kind: [plan]"],
  ])("rejects a %s of %s, naming the field and its line", (field, _, yaml) => {
    const rejection = rejectionOf(withFrontMatter(yaml));
    expect(rejection?.reason).toContain(`front matter ${field}`);
    expect(rejection?.line).toBe(2);
  });

  it("accepts a valid date, and a datetime keeps its own calendar day", () => {
    const cases = { "2024-02-29": "2024-02-29", "2024-02-01T01:00:00+08:00": "2024-02-01", "2023-12-31T23:30:00-05:00": "2023-12-31" };
    for (const [written, day] of Object.entries(cases)) {
      expect(decode(utf8(`---\npublished: ${written}\n---\n民生实事`)).frontMatter.published).toBe(day);
    }
  });

  it("refuses YAML aliases (billion laughs) cheaply, naming the field", () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let k = 1; k < 12; k++) levels.push(`${"abcdefghijklm"[k]}: &${"abcdefghijklm"[k]} [${Array(9).fill(`*${"abcdefghijklm"[k - 1]}`).join(",")}]`);
    for (const field of ["title", "region"]) {
      const started = performance.now();
      const run = withFrontMatter(`${levels.join("\n")}\n${field}: *l`);
      expect(performance.now() - started).toBeLessThan(2000);
      const rejection = rejectionOf(run);
      expect(rejection?.reason).toMatch(/alias/);
      expect(rejection?.reason).toContain(`front matter ${field} uses a YAML alias`);
      expect(rejection!.reason.length).toBeLessThan(300);
      // The page still shows the text, and stays small.
      expect(run.texts.get("doc.txt")).toContain("新建改扩建中小学12所");
      const mdx = [...contentFiles(run.archive, run.texts).values()].join("");
      expect(mdx.length).toBeLessThan(20_000);
    }
  });

  it("rejects front matter larger than the limit without parsing it", () => {
    const rejection = rejectionOf(withFrontMatter(`notes: "${"x".repeat(20_000)}"`));
    expect(rejection?.reason).toMatch(/front matter is \d+ characters long/);
  });

  it("keeps a good front matter working", () => {
    const run = withFrontMatter("region: 河南省/南阳市\nyear: 2024\nkind: plan\npublished: 2023-12-28\ntitle: 南阳市2024年民生实事");
    expect(run.archive.rejected).toEqual([]);
    expect(run.archive.reports[0]!.sources[0]).toMatchObject({ published: "2023-12-28", title: "南阳市2024年民生实事" });
  });
});

describe("a stray byte or a truncated sequence in a UTF-8 file", () => {
  const bytes = utf8(PLAN);
  const at = bytes.indexOf(0x0a, 40) + 1; // start of a later line
  const stray = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at)]);
  const truncated = new Uint8Array([...bytes, 0xe4, 0xb8]);

  it("decodes with replacement and warns at the byte offset and line", () => {
    const doc = decode(stray);
    expect(doc.encoding).toBe("utf-8");
    expect(doc.text).toContain("新建改扩建中小学12所");
    expect(doc.text).toContain("\uFFFD");
    expect(doc.warnings?.[0]?.message).toContain(`byte offset ${at}`);
    expect(doc.warnings?.[0]?.line).toBe(new TextDecoder().decode(bytes.subarray(0, at)).split("\n").length);
  });

  it("keeps the document: it is converted and the warning names seed:line", () => {
    const run = convert([{ name: "doc.txt", bytes: stray }, { name: "cut.txt", bytes: truncated }]);
    expect(run.archive.rejected).toEqual([]);
    expect(run.warnings.filter((w) => /not valid UTF-8/.test(w.message)).map((w) => w.seed).sort()).toEqual(["cut.txt", "doc.txt"]);
  });

  it("rejects a file that is neither UTF-8 nor GBK with the first bad byte's place, and keeps what can be read", () => {
    const junk = new Uint8Array([...utf8("民生实事\n"), ...Array.from({ length: 200 }, (_, i) => (i % 2 ? 0x80 : 0xff))]);
    const run = convert([{ name: "doc.txt", bytes: junk }]);
    expect(rejectionOf(run)?.reason).toMatch(/first undecodable byte is at offset \d+, line 2/);
    expect(run.texts.get("doc.txt")).toContain("民生实事");
  });
});

describe("every rejected page shows whatever text could be read", () => {
  it.each([
    ["bad front matter", `---\nyear: twenty\n---\n${PLAN}`, "新建改扩建中小学12所"],
    ["invalid YAML", `---\ntitle: [unclosed\n---\n${PLAN}`, "新建改扩建中小学12所"],
    ["front matter without text", "---\ntitle: 南阳\n---\n", "南阳"],
    ["not a report", "今天天气很好。\n\n明天下雨。", "明天下雨"],
  ])("%s", (_, text, kept) => {
    const run = convertTexts({ "doc.txt": text });
    expect(rejectionOf(run)).toBeDefined();
    expect(run.texts.get("doc.txt")).toContain(kept);
    const page = contentFiles(run.archive, run.texts).get("rejected/doc.mdx")!;
    expect(page).toContain(kept.replace(":", "&#58;"));
  });

  it("a binary file's page shows its readable runs", () => {
    const bytes = new Uint8Array([0x00, 0x01, ...utf8("README民生实事 text"), 0x00, 0xff, 0x02]);
    const run = convert([{ name: "bin.txt", bytes }]);
    expect(rejectionOf(run, "bin.txt")?.reason).toMatch(/binary/);
    expect(run.texts.get("bin.txt")).toBe("README民生实事 text");
  });
});

describe("same.txt, same.md and same", () => {
  it("each document has its own page", () => {
    const run = convertTexts({ "same.txt": "天气", "same.md": "晴天", same: "雨天", "same-md.txt": "阴天" });
    expect(run.archive.rejected).toHaveLength(4);
    const pages = [...contentFiles(run.archive, run.texts).keys()].filter((p) => p.startsWith("rejected/"));
    expect(new Set(pages).size).toBe(4);
    // A .txt document keeps the address it always had.
    expect(pages).toContain("rejected/same.mdx");
    for (const text of ["天气", "晴天", "雨天", "阴天"]) expect([...contentFiles(run.archive, run.texts).values()].some((mdx) => mdx.includes(text))).toBe(true);
  });
});

describe("zero-width and bidi characters", () => {
  it("are dropped before reading: 1\\u200d2所 reads as 12, and offsets still point at the figure", () => {
    const text = PLAN.replace("中小学12所", "中小学1\u200d2所").replace("3万人", "3\u200b万人").replace("300公里", "3\u202e00\u2066公里");
    const run = convertTexts({ "doc.txt": text });
    const metrics = run.archive.reports[0]!.projects.flatMap((p) => p.metrics);
    expect(metrics.map((m) => m.value)).toEqual([12, 3, 300]);
    for (const m of metrics) {
      const written = text.slice(m.source.start, m.source.end);
      expect(written.replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu, "")).toMatch(/^\d+万?(所|人|公里)$/u);
    }
  });

  it("never reach titles, from the text or the front matter", () => {
    const text = `---\ntitle: "\u202e南阳\u200b民生实事"\n---\n${PLAN.replace("1.新建改扩建中小学", "1.\u202e新建改扩建\u2067中小学")}`;
    const report = convertTexts({ "doc.txt": text }).archive.reports[0]!;
    expect(report.sources[0]!.title).toBe("南阳民生实事");
    expect(report.projects[0]!.title).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u);
    expect(report.projects[0]!.title).toContain("新建改扩建中小学");
  });
});

describe("implausible completion rates", () => {
  it("a rate over 1000% is warned about and never decides a status", () => {
    const text = ["南阳市2024年民生实事完成情况", "", "今年我市10项民生实事全部完成。", "", "1.新建改扩建中小学12所，完成年度计划的99999999999%。", "", "2.新增城镇就业3万人，完成年度计划的100%。"].join("\n");
    const run = convertTexts({ "doc.txt": text });
    const project = run.archive.reports[0]!.projects[0]!;
    expect(project.metrics[0]!.rate).toBeNull();
    expect(project.status).not.toBe("超额完成");
    expect(run.warnings.some((w) => w.line === 5 && /over 1000%/.test(w.message))).toBe(true);
  });
});

describe("an implausible project count", () => {
  it("a stated 0项 (a digit the page lost) is no project count", () => {
    const text = ["资阳市2023年民生实事完成情况", "", "今年，全市0项民生实事全部完成。", "", "1.新建学校12所。", "", "2.改造老旧小区30个。", "", "3.新建公园5个。"].join("\n");
    const report = convertTexts({ "doc.txt": text }).archive.reports[0]!;
    expect(report.projects).toHaveLength(3);
    expect(report.projectCount).toBeNull();
  });
});

describe("UTF-16LE without a byte-order mark", () => {
  it("is recognised and decoded, with and without ASCII in it", () => {
    for (const text of [PLAN, "南阳市民生实事惠民工程"]) {
      const doc = decode(new Uint8Array(Buffer.from(text, "utf16le")));
      expect(doc).toMatchObject({ encoding: "utf-16le", text });
    }
    const run = convert([{ name: "doc.txt", bytes: new Uint8Array(Buffer.from(PLAN, "utf16le")) }]);
    expect(run.archive.reports).toHaveLength(1);
  });

  it("UTF-16BE without a mark too; random bytes with NULs are still binary", () => {
    const be = Buffer.from(PLAN, "utf16le").swap16();
    expect(decode(new Uint8Array(be)).encoding).toBe("utf-16be");
    const random = new Uint8Array(256).map((_, i) => (i % 7 === 0 ? 0 : (i * 97 + 13) & 0xff));
    expect(() => decode(random)).toThrowError(DocumentError);
    expect(() => decode(random)).toThrowError(/binary/);
  });
});
