// The review queue's rules (src/ingest/findings.ts) on hand-made reports: which finding a
// check gives, where it is placed, its line, and how a document's findings are summed up.
import { describe, expect, it } from "vitest";
import { allFindings, attachFindings, findingsBySeed, reviewWeight, summariseFindings } from "../../src/ingest/findings.ts";
import type { Archive, Finding, FixField, Metric, ReadingCheck, Warning } from "../../src/ingest/model.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const on = (m: Metric, line: number, extra: Partial<Metric> = {}): Metric => ({ ...m, ...extra, source: { ...m.source, line } });
const warning = (seed: string, line: number, message = "x", rule?: "reading-check"): Warning => ({ seed, line, column: 1, message, ...(rule ? { rule } : {}) });
const archiveOf = (check: ReadingCheck | undefined, metrics: Metric[] = [], heading?: number): Archive => {
  const r = report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "甲", metrics, heading ? { source: { seed: "a.txt", start: 0, end: 1, line: heading } } : {})], [{ seed: "a.txt", kind: "results" }]);
  r.sources[0]!.check = check;
  return { reports: [r] } as unknown as Archive;
};
const findingsOf = (archive: Archive) => allFindings(attachFindings(archive, []).reports[0]!);

describe("findings of the list as read", () => {
  it("finds nothing where no check was made or everything agrees", () => {
    expect(findingsOf(archiveOf(undefined))).toEqual([]);
    expect(findingsOf(archiveOf({ layout: "marker:dot", stated: 10, read: 10, numbering: "ok" }))).toEqual([]);
    expect(findingsOf(archiveOf({ layout: "marker:dot", stated: null, read: 7, numbering: "unnumbered" }))).toEqual([]);
  });
  it("flags numbering with gaps, suggesting items: and count:", () => {
    const [f] = findingsOf(archiveOf({ layout: "marker:dot", stated: null, read: 7, numbering: "gaps" }));
    expect(f).toMatchObject({ code: "numbering", severity: 3, seed: "a.txt", fix: ["items", "count"] });
    expect(f!.message).toContain("缺号");
  });
  it("flags a list inferred from unnumbered text that no stated count confirms, suggesting items:", () => {
    const [f] = findingsOf(archiveOf({ layout: "narrative", stated: null, read: 6, numbering: "unnumbered" }));
    expect(f).toMatchObject({ code: "inferred", severity: 2, seed: "a.txt", fix: ["items"] });
    expect(f!.message).toContain("这 6 项");
    expect(f!.message).toContain("从叙述文字中推断");
    // The same reading with the text's own count agreeing, a numbered list, or nothing read: no finding.
    expect(findingsOf(archiveOf({ layout: "narrative", stated: 6, read: 6, numbering: "unnumbered" }))).toEqual([]);
    expect(findingsOf(archiveOf({ layout: "headings", stated: null, read: 0, numbering: "unnumbered" }))).toEqual([]);
    expect(findingsOf(archiveOf({ layout: "marker:part", stated: null, read: 6, numbering: "ok" }))).toEqual([]);
    // Counts that disagree are the count finding's, not this one's.
    expect(findingsOf(archiveOf({ layout: "passing", stated: 8, read: 6, numbering: "unnumbered" })).map((g) => g.code)).toEqual(["count"]);
  });
  it("flags numbering that restarts, suggesting split: and items:", () => {
    const [f] = findingsOf(archiveOf({ layout: "marker:dot", stated: null, read: 7, numbering: "restarts" }));
    expect(f).toMatchObject({ code: "numbering", fix: ["split", "items"] });
    expect(f!.message).toContain("重新开始");
  });
  it("places a list finding at the line of the converter's check, else at the first project's heading", () => {
    const check = { layout: "marker:dot", stated: 10, read: 9, numbering: "ok" } as const;
    const archive = archiveOf(check, [], 7);
    expect(allFindings(attachFindings(archive, [warning("a.txt", 4, "check", "reading-check")]).reports[0]!)[0]).toMatchObject({ code: "count", line: 4 });
    expect(allFindings(attachFindings(archiveOf(check, [], 7), []).reports[0]!)[0]).toMatchObject({ code: "count", line: 7 });
    expect(allFindings(attachFindings(archiveOf(check), []).reports[0]!)[0]).toMatchObject({ code: "count", line: null });
  });
  it("never repeats the converter's own reading-check warning as a warning finding", () => {
    const archive = archiveOf({ layout: "marker:dot", stated: 10, read: 9, numbering: "ok" });
    expect(allFindings(attachFindings(archive, [warning("a.txt", 4, "check", "reading-check")]).reports[0]!).map((f) => f.code)).toEqual(["count"]);
  });
});

describe("findings of figures", () => {
  it("flags a rate above three times the target, stated or computed, but not one of exactly 300%", () => {
    const metrics = [
      on(metric("甲", 1, "个", "actual", 300), 3),
      on(metric("乙", 1, "个", "actual", 300.1), 4),
      on(metric("丙", 1, "个", "actual", null), 5, { computedRate: 301 }),
      on(metric("丁", 1, "个", "actual", 120), 6, { computedRate: 90 }),
    ];
    const findings = findingsOf(archiveOf(undefined, metrics));
    expect(findings.map((f) => [f.code, f.line])).toEqual([["rate-implausible", 4], ["rate-implausible", 5]]);
    expect(findings[0]!.message).toBe("第 2 个数据「乙」：完成率 300.1% 超过目标的 3 倍，请核对数字和单位是否读对。");
  });
  it("flags a stated rate the computed one contradicts, quoting both", () => {
    const [f] = findingsOf(archiveOf(undefined, [on(metric("残疾儿童", 4.67, "万名", "actual", 156.3), 9, { computedRate: 161, rateMismatch: true })]));
    expect(f).toEqual({ code: "rate-mismatch", severity: 2, seed: "hand.txt", line: 9, message: "第 1 个数据「残疾儿童」：原文所述完成率 156.3% 与按目标计算的 161% 不符，请核对原文的数字。", fix: [] });
  });
});

describe("converter warnings", () => {
  it("places a warning on the project whose figure or heading stands on its line, once, and the rest on the report", () => {
    const archive = archiveOf(undefined, [on(metric("甲", 1, "个", "actual"), 5)], 3);
    archive.reports[0]!.projects[0]!.metrics[0]!.source.seed = "a.txt";
    const attached = attachFindings(archive, [warning("a.txt", 5, "on the figure"), warning("a.txt", 3, "on the heading"), warning("a.txt", 8, "elsewhere"), warning("other.txt", 5, "another file")]).reports[0]!;
    expect(attached.projects[0]!.findings!.map((f) => f.message)).toEqual(["转换器提示：on the figure", "转换器提示：on the heading"]);
    expect(attached.findings!.map((f) => [f.code, f.severity, f.line, f.message])).toEqual([["warning", 1, 8, "转换器提示：elsewhere"]]);
  });
});

describe("a document's findings summed up", () => {
  const f = (code: Finding["code"], severity: Finding["severity"], seed: string, line: number | null, fix: FixField[] = []): Finding => ({ code, severity, seed, line, message: "", fix });
  it("orders findings worst first, then by file and line", () => {
    const r = report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "甲", [], { findings: [f("warning", 1, "a.txt", 2), f("rate-mismatch", 2, "b.txt", 1)] })]);
    r.findings = [f("warning", 1, "a.txt", 1), f("count", 3, "b.txt", null), f("rate-implausible", 2, "a.txt", 9), f("warning", 1, "0.txt", 5)];
    expect(allFindings(r).map((x) => `${x.severity} ${x.seed}:${x.line}`)).toEqual(["3 b.txt:null", "2 a.txt:9", "2 b.txt:1", "1 0.txt:5", "1 a.txt:1", "1 a.txt:2"]);
    expect(reviewWeight(r)).toBe(10);
  });
  it("says 'no findings', '1 finding' or 'N findings', with the fixes or a pointer to the original", () => {
    expect(summariseFindings([])).toBe("no findings");
    expect(summariseFindings([f("rate-mismatch", 2, "a.txt", 1)])).toBe("1 finding (worst 2/3): rate-mismatch ×1; check the original");
    expect(summariseFindings([f("count", 3, "a.txt", 1, ["items", "count"]), f("numbering", 3, "a.txt", 1, ["split", "items"]), f("warning", 1, "a.txt", 2)])).toBe(
      "3 findings (worst 3/3): count ×1, numbering ×1, warning ×1; front matter items: count: split: may fix it",
    );
  });
  it("lists every document of the archive, with or without findings", () => {
    const archive = archiveOf({ layout: "marker:dot", stated: 10, read: 9, numbering: "ok" });
    archive.reports[0]!.sources.push({ seed: "b.txt", kind: "plan", title: null, published: null, publisher: null, asOf: null });
    const bySeed = findingsBySeed(attachFindings(archive, []));
    expect([...bySeed].map(([seed, fs]) => [seed, fs.map((x) => x.code)])).toEqual([["a.txt", ["count"]], ["b.txt", []]]);
  });
});
