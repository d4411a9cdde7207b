// Issue 13: the review queue — the converter's self-checks as findings per report and project.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";
import { allFindings, layoutLabel, reviewWeight, summariseFindings } from "../../src/ingest/findings.ts";

const clean = "河南省2023年民生实事完成情况\n\n2项实事完成。\n\n第一项实事,开展职业技能培训。全省开展职业技能培训428.7万人次,完成年度目标任务的142.9%。\n\n第二项实事,改善农村学校办学条件。全省新开工寄宿制小学150所,完成年度目标任务的100%。";
const miscounted = "南阳市2023年民生实事完成情况\n\n今年5项民生实事完成。\n\n一、新建学校。新建学校12所，完成年度目标任务的100%。\n\n二、改造公路。改造公路30公里，完成年度目标任务的100%。\n\n三、新建公园。新建公园3个，完成年度目标任务的100%。";
const overshoot = "河南省2024年民生实事完成情况\n\n2项实事完成。\n\n第一项实事,开展培训。目标培训10万人次，实际培训40万人次,完成年度目标任务的400%。\n\n第二项实事,新建小学。全年新建小学100所,完成年度目标任务的100%。";

describe("review findings", () => {
  it("finds nothing in a report whose count, numbering and rates agree", () => {
    const report = convertTexts({ "a.txt": clean }).archive.reports[0]!;
    expect(allFindings(report)).toEqual([]);
    expect(report.findings).toEqual([]);
    expect(report.projects.every((p) => Array.isArray(p.findings))).toBe(true);
  });

  it("flags a read count that differs from the stated one, naming items: and count:", () => {
    const { archive, warnings } = convertTexts({ "m.txt": miscounted });
    const report = archive.reports[0]!;
    expect(report.findings).toEqual([expect.objectContaining({ code: "count", severity: 3, seed: "m.txt", fix: ["items", "count"] })]);
    expect(report.findings![0]!.message).toContain("原文称共 5 项");
    // The reading is named in Chinese, never by its layout name in the code.
    expect(report.findings![0]!.message).toMatch(/（读法：[^）a-z]+）/u);
    expect(report.findings![0]!.line).toBe(warnings[0]!.line);
    // The warning it comes from is not listed a second time.
    expect(allFindings(report).filter((f) => f.code === "warning")).toEqual([]);
  });

  it("flags an implausible rate on its project, at the figure's line", () => {
    const report = convertTexts({ "o.txt": overshoot }).archive.reports[0]!;
    const [first, second] = report.projects;
    expect(first!.findings!.map((f) => f.code)).toContain("rate-implausible");
    expect(first!.findings![0]!.line).toBe(5);
    expect(second!.findings).toEqual([]);
  });

  it("flags a stated rate that disagrees with the computed one", () => {
    const text = "河南省2024年民生实事完成情况\n\n2项实事完成。\n\n第一项实事,开展培训。目标培训100万人次，实际培训150万人次,完成年度目标任务的120%。\n\n第二项实事,新建小学。全年新建小学100所,完成年度目标任务的100%。";
    const report = convertTexts({ "r.txt": text }).archive.reports[0]!;
    const found = report.projects[0]!.findings!.find((f) => f.code === "rate-mismatch");
    expect(found).toMatchObject({ severity: 2, fix: [] });
    expect(found!.message).toContain("120%");
  });

  it("names each reading in words a reader knows", () => {
    expect(layoutLabel("marker:part")).toBe("以“一、”编号的清单");
    expect(layoutLabel("marker:section")).toBe("以“（一）”编号的清单");
    expect(layoutLabel("narrative")).toBe("从叙述文字中推断");
    for (const layout of ["headlines", "table", "inline", "sentence", "lines", "leads", "headings", "narrative", "marker:part", "marker:section", "marker:ordinal", "marker:group", "marker:dot", "marker:paren", "marker:circled", "marker:bullet", "marker:dash"]) {
      expect(layoutLabel(layout), layout).not.toMatch(/[a-z]/u);
    }
    // Every reading the candidates module proposes, as its source names them, has words of its own.
    const source = readFileSync(new URL("../../src/ingest/candidates.ts", import.meta.url), "utf8");
    const proposed = [...source.matchAll(/layout: "([a-z]+)"/gu)].map((m) => m[1]!);
    expect(proposed.length).toBeGreaterThan(10);
    for (const layout of proposed) expect(layoutLabel(layout), layout).not.toMatch(/[a-z]/u);
  });

  it("orders a report's findings worst first and weighs reports by them", () => {
    const { archive } = convertTexts({ "m.txt": miscounted, "o.txt": overshoot });
    const weights = archive.reports.map((r) => [r.id, reviewWeight(r)]);
    expect(weights.find(([id]) => id === "henan/nanyang/2023")![1]).toBeGreaterThanOrEqual(3);
    for (const r of archive.reports) {
      const severities = allFindings(r).map((f) => f.severity);
      expect(severities).toEqual([...severities].sort((a, b) => b - a));
    }
  });

  it("summarises a document's findings on one line", () => {
    const report = convertTexts({ "m.txt": miscounted }).archive.reports[0]!;
    expect(summariseFindings(allFindings(report))).toBe("1 finding (worst 3/3): count ×1; front matter items: count: may fix it");
    expect(summariseFindings([])).toBe("no findings");
  });
});

describe("review findings in the CLI and the schema", () => {
  it("npm run ingest prints one review line per document; --strict fails on a finding", async () => {
    const { spawnSync } = await import("node:child_process");
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const seeds = mkdtempSync(join(tmpdir(), "seeds-"));
    writeFileSync(join(seeds, "clean.txt"), clean);
    writeFileSync(join(seeds, "o.txt"), overshoot);
    const out = mkdtempSync(join(tmpdir(), "content-"));
    const run = (...extra: string[]) => spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/ingest.ts", "--seeds", seeds, "--out", out, ...extra], { encoding: "utf8" });
    const plain = run();
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^review: .*clean\.txt: no findings$/mu);
    expect(plain.stdout).toMatch(/^review: .*o\.txt: 1 finding \(worst 2\/3\): rate-implausible ×1; check the original$/mu);
    const strict = run("--strict");
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain("1 review findings");
  });

  it("the JSON Schema accepts the findings and histories of the seeds", async () => {
    const { readFileSync, readdirSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { Ajv2020 } = await import("ajv/dist/2020.js");
    const schema = JSON.parse(readFileSync("public/data/archive.schema.json", "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const inputs = readdirSync("seeds").map((name) => ({ name, bytes: new Uint8Array(readFileSync(join("seeds", name))) }));
    const { convert } = await import("../../src/ingest/convert.ts");
    const archive = JSON.parse(JSON.stringify(convert(inputs).archive));
    expect(validate(archive), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(archive);
    broken.reports[0].findings = [{ code: "guess", severity: 5, seed: "x", line: null, message: "m", fix: ["title"] }];
    expect(validate(broken)).toBe(false);
  });
});
