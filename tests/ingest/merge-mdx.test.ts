// One report per region and year across documents; MDX that shows every character literally.
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";
import { contentFiles, escapeText } from "../../src/ingest/mdx.ts";
import { mergeReports } from "../../src/ingest/merge.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const plan = "河南省2023年民生实事发布\n\n今年将办好民生实事。\n\n第一项实事,开展职业技能培训。全年开展职业技能培训300万人次以上。\n\n第二项实事,新建寄宿制小学。全年新开工150所以上。";
const results = "河南省2023年民生实事完成情况\n\n10项实事完成。\n\n第一项实事,开展职业技能培训和评价取证。全省开展职业技能培训428.7万人次,完成年度目标任务的142.9%。\n\n第二项实事,改善农村学校办学条件。全省新开工寄宿制小学150所,完成年度目标任务的100%。";

describe("merge", () => {
  it("makes one report of a plan and a results notice, each figure keeping its source", () => {
    const { archive } = convertTexts({ "a-plan.txt": plan, "b-results.txt": results });
    expect(archive.reports).toHaveLength(1);
    const report = archive.reports[0]!;
    expect(report.sources.map((s) => [s.seed, s.kind])).toEqual([
      ["a-plan.txt", "plan"],
      ["b-results.txt", "results"],
    ]);
    expect(report.projects.map((p) => p.title)).toEqual(["开展职业技能培训和评价取证", "改善农村学校办学条件"]);
    const first = report.projects[0]!;
    expect(first.metrics.map((m) => [m.value, m.role, m.source.seed])).toEqual([
      [300, "target", "a-plan.txt"],
      [428.7, "actual", "b-results.txt"],
    ]);
    // Target and actual give a computed rate beside the stated one.
    expect(first.metrics[1]).toMatchObject({ rate: 142.9, computedRate: 142.9, rateMismatch: false });
  });

  it("is byte-identical however the documents are ordered", () => {
    const one = convertTexts({ "a-plan.txt": plan, "b-results.txt": results });
    const two = convertTexts({ "b-results.txt": results, "a-plan.txt": plan });
    expect(JSON.stringify(one.archive)).toBe(JSON.stringify(two.archive));
    expect([...contentFiles(one.archive, one.texts)]).toEqual([...contentFiles(two.archive, two.texts)]);
  });
});

describe("MDX", () => {
  it("escapes every character MDX or markdown treats as code", () => {
    const escaped = escapeText("{process.exit(1)} <script>alert(1)</script> `x` *a* [b](c) # & \\");
    expect(escaped.replace(/&#\d+;/g, "")).not.toMatch(/[{}<>`*[\]#&\\()]/);
    expect(escaped).toContain("&#123;process&#46;exit&#40;1&#41;&#125;");
  });

  it("writes hostile lines as text: no line starts ESM or JSX, figures link their project", () => {
    const hostile = "赣州市2024年民生实事完成情况\n\n{process.exit(1)}\n\nimport fs from \"fs\"\n\nexport const x = 1\n\n1.新增城镇就业。全市城镇新增就业5.8万人,完成年度目标任务的116%。\n\n2.改造老旧小区。改造老旧小区156个,完成年度目标任务的106.7%。";
    const { archive, texts } = convertTexts({ "hostile.txt": hostile });
    const files = [...contentFiles(archive, texts)];
    expect(files.map(([path]) => path)).toEqual(["reports/jiangxi/ganzhou/2024.mdx"]);
    const mdx = files[0]![1];
    const body = mdx.slice(mdx.indexOf("<SourceDocument"));
    const lines = body.split("\n").filter((l: string) => l && !l.startsWith("<SourceDocument") && l !== "</SourceDocument>");
    for (const line of lines) {
      expect(line).not.toMatch(/^(?:import|export)\b/);
      expect(line.replace(/<\/?Fig[^>]*>/g, "")).not.toMatch(/[{}<>]/);
    }
    expect(body).toContain('<Fig project={"jiangxi/ganzhou/2024/01"} metric={0}>5&#46;8万人</Fig>');
    expect(body).toContain("&#105;mport fs from");
  });

  it("closes a figure mark at the end of its line: a figure broken over two lines (428.7万 / 人次) is marked on the first", () => {
    const broken = "河南省2023年民生实事完成情况\n\n10项实事完成。\n\n第一项实事,开展职业技能培训。全省开展职业技能培训428.7万\n人次,完成年度目标任务的142.9%。\n\n第二项实事,改善农村学校办学条件。全省新开工寄宿制小学150所,完成年度目标任务的100%。";
    const { archive, texts } = convertTexts({ "broken.txt": broken });
    expect(archive.reports[0]!.projects[0]!.metrics.map((m) => [m.value, m.unit])).toEqual([[428.7, "万人次"]]);
    const mdx = [...contentFiles(archive, texts).values()][0]!;
    const lines = mdx.slice(mdx.indexOf("<SourceDocument")).split("\n");
    for (const line of lines) expect((line.match(/<Fig /g) ?? []).length, line).toBe((line.match(/<\/Fig>/g) ?? []).length);
    expect(lines).toContain('第一项实事&#44;开展职业技能培训。全省开展职业技能培训<Fig project={"henan/2023/01"} metric={0}>428&#46;7万</Fig>');
    expect(lines).toContain("人次&#44;完成年度目标任务的142&#46;9&#37;。");
  });

  it("writes each line of page furniture as <Noise>, and never a line that holds a figure", () => {
    const page = `${results}\n\n(责任编辑:石兰兰)\n\n精彩图片\n\n全省新建学校12所`;
    const run = convertTexts({ "b-results.txt": page });
    const mdx = [...contentFiles(run.archive, run.texts, { noise: run.noise }).values()][0]!;
    const lines = mdx.slice(mdx.indexOf("<SourceDocument")).split("\n");
    expect(lines.filter((line) => line.startsWith("<Noise>"))).toEqual(["<Noise>&#40;责任编辑&#58;石兰兰&#41;</Noise>", "<Noise>精彩图片</Noise>", "<Noise>全省新建学校12所</Noise>"]);
    expect(lines.filter((line) => line.includes("<Fig ")).every((line) => !line.includes("<Noise>"))).toBe(true);
    expect(mdx).toBe([...contentFiles(run.archive, run.texts, { noise: run.noise }).values()][0]);
  });

  it("leaves no markdown in the source text: remark sees only paragraphs of text and the Fig marks", async () => {
    const { remark } = await import("remark");
    const text = "标题 *强调* [链接](http://x) # 不是标题\n\n1. 不是列表 `代码` > 引用 <b>粗</b> {x}\n\n| a | b |";
    const { archive, texts } = convertTexts({ "h.txt": "河南省2023年民生实事\n\n第一项实事,新建学校。新建学校12所。\n\n第二项实事,改造公路。改造公路30公里。\n\n" + text });
    const mdx = [...contentFiles(archive, texts).values()][0]!;
    const body = mdx.slice(mdx.indexOf("<SourceDocument"));
    const tree = remark().parse(body.split("\n").filter((l) => !/^<\/?SourceDocument/.test(l)).join("\n"));
    const types = new Set<string>();
    const walk = (node: { type: string; children?: unknown[] }) => {
      types.add(node.type);
      for (const child of node.children ?? []) walk(child as { type: string; children?: unknown[] });
    };
    walk(tree as unknown as { type: string; children?: unknown[] });
    expect([...types].sort()).toEqual(["html", "paragraph", "root", "text"]);
  });

  it("names each document in the summary line by its headline, else publisher and date, and only else by its file", () => {
    const { archive, texts } = convertTexts({ "b-results.txt": results });
    const source = archive.reports[0]!.sources[0]!;
    const summary = () => [...contentFiles(archive, texts).values()][0]!.split("\n").find((line) => line.includes("本档案读出"))!;
    Object.assign(source, { title: null, publisher: "大河网", published: "2024-02-01" });
    expect(summary()).toContain("来自 1 份文件：大河网，2024年2月1日（完成情况）。");
    Object.assign(source, { title: "河南十件实事交卷" });
    expect(summary()).toContain("来自 1 份文件：河南十件实事交卷（完成情况）。");
    Object.assign(source, { title: null, publisher: null, published: null });
    expect(summary()).toContain(`来自 1 份文件：${escapeText("b-results.txt")}（完成情况）。`);
  });

  it("puts the report itself in the front matter", async () => {
    const { archive, texts } = convertTexts({ "b-results.txt": results });
    const matter = (await import("gray-matter")).default;
    const mdx = [...contentFiles(archive, texts).values()][0]!;
    const data = matter(mdx).data;
    expect(data.id).toBe("henan/2023");
    expect(data.projects).toHaveLength(2);
  });

  it("names rejected pages so that no two documents share one", async () => {
    const { rejectedStem } = await import("../../src/ingest/mdx.ts");
    expect(rejectedStem("empty.txt")).toBe("empty");
    expect(rejectedStem("南阳通报.txt")).not.toBe(rejectedStem("漯河通报.txt"));
    expect(rejectedStem("南阳通报.txt")).toMatch(/^document-[a-z0-9]+$/);
    expect(rejectedStem("a b.txt")).toMatch(/^a-b-[a-z0-9]+$/);
  });

  it("writes a page for a rejected document, with its text", () => {
    const { archive, texts } = convertTexts({ "weather.txt": "四川省气象台发布暴雨预警。" });
    const files = contentFiles(archive, texts);
    expect([...files.keys()]).toEqual(["rejected/weather.mdx"]);
    expect(files.get("rejected/weather.mdx")).toContain("四川省气象台发布暴雨预警。");
  });
});

describe("merge rules (one region-year from a plan and a results notice)", () => {
  const PLAN = [{ seed: "a-plan.txt", kind: "plan" as const }];
  const RESULTS = [{ seed: "b-results.txt", kind: "results" as const }];
  const merge = (results: ReturnType<typeof report>, plan: ReturnType<typeof report>) => {
    const merged = mergeReports([plan, results]);
    expect(merged).toHaveLength(1);
    return merged[0]!;
  };

  it("joins a numbered project to the one of the same number and the same level (市定 1 is not 省定 1)", () => {
    const results = report("henan/luohe/2024", ["河南省", "漯河市"], 2024, [
      project("henan/luohe/2024/sheng-01", "开展职业技能培训", [], { no: 1, level: "province" }),
      project("henan/luohe/2024/shi-01", "促进更可持续就业", [], { no: 1, level: "city" }),
    ], RESULTS);
    const plan = report("henan/luohe/2024", ["河南省", "漯河市"], 2024, [
      project("henan/luohe/2024/shi-01", "促进就业", [metric("城镇新增就业", 3.3, "万人", "target", null, "a-plan.txt")], { no: 1, level: "city" }),
    ], PLAN);
    const merged = merge(results, plan);
    expect(merged.projects.map((p) => [p.id, p.metrics.map((m) => m.value)])).toEqual([
      ["henan/luohe/2024/sheng-01", []],
      ["henan/luohe/2024/shi-01", [3.3]],
    ]);
  });

  it("joins unnumbered projects by title (bigram Dice ≥ 0.5) instead of adding a second one", () => {
    const results = report("hebei/chengde/2024", ["河北省", "承德市"], 2024, [project("hebei/chengde/2024/01", "口袋公园建设工程")], RESULTS);
    const plan = report("hebei/chengde/2024", ["河北省", "承德市"], 2024, [
      project("hebei/chengde/2024/01", "口袋公园建设", [metric("新建口袋公园", 14, "个", "target", null, "a-plan.txt")]),
    ], PLAN);
    const merged = merge(results, plan);
    expect(merged.projects.map((p) => [p.title, p.metrics.map((m) => m.value)])).toEqual([["口袋公园建设工程", [14]]]);
  });

  it("keeps the project count the plan states when the results notice states none", () => {
    const results = report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "开展职业技能培训", [], { no: 1 })], RESULTS);
    const plan = { ...report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "开展职业技能培训", [], { no: 1 })], PLAN), projectCount: 10 };
    expect(merge(results, plan).projectCount).toBe(10);
  });

  it("unites the responsible units of both documents, each once", () => {
    const results = report("henan/2023", ["河南省"], 2023, [project("henan/2023/01", "开展职业技能培训", [], { no: 1, responsible: ["省人力资源社会保障厅"] })], RESULTS);
    const plan = report("henan/2023", ["河南省"], 2023, [
      project("henan/2023/01", "开展职业技能培训", [], { no: 1, responsible: ["省人力资源社会保障厅", "省财政厅"] }),
    ], PLAN);
    expect(merge(results, plan).projects[0]!.responsible).toEqual(["省人力资源社会保障厅", "省财政厅"]);
  });
});
