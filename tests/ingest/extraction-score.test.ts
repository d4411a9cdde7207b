// The converter measured against careful human readings: the five seeds, and variant
// documents of other regions, years, layouts and encodings written for this purpose.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { scoreArchive, type Gold } from "../helpers/score.ts";

function run(docsDir: string, goldDir: string) {
  const names = readdirSync(docsDir).filter((n) => n.endsWith(".txt")).sort();
  return scoreInputs(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(docsDir, name))) })), goldDir);
}

/** The documents converted and scored against the readings in `goldDir`. */
function scoreInputs(inputs: { name: string; bytes: Uint8Array }[], goldDir: string) {
  const conversion = convert(inputs);
  const golds = readdirSync(goldDir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => JSON.parse(readFileSync(join(goldDir, n), "utf8")) as Gold);
  return scoreArchive(conversion.archive, golds, conversion.texts);
}

// The thresholds of the converter's acceptance (issue: the converter), raised to just under
// what it reads today (seeds: figures 0.992 / 0.997, role 0.995, titles 0.979), so that losing
// one kind of figure fails: the seeds' 11 万元/元 figures are 3% of their 367.
function expectThresholds(score: ReturnType<typeof run>) {
  expect(score.reports, score.misses.join("\n")).toBe(1);
  expect(score.kind, score.misses.join("\n")).toBe(1);
  expect(score.projectsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.projectsPrecision).toBeGreaterThanOrEqual(0.98);
  expect(score.titles, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.metricsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.metricsPrecision).toBeGreaterThanOrEqual(0.98);
  expect(score.role, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.rates, score.misses.join("\n")).toBeGreaterThanOrEqual(0.98);
  expect(score.provenance, score.misses.join("\n")).toBe(1);
  expect(score.counts, score.misses.join("\n")).toBe(1);
}

// Documents the converter was not written against: readings made by people who had not seen
// its code (the shared development set; the family fixtures a separate session wrote). The
// bar is the aim on unseen documents, not perfection.
function expectUnseenThresholds(score: ReturnType<typeof run>) {
  expect(score.reports, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.kind, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.projectsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  expect(score.projectsPrecision, score.misses.join("\n")).toBeGreaterThanOrEqual(0.9);
  expect(score.metricsRecall, score.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  expect(score.metricsPrecision, score.misses.join("\n")).toBeGreaterThanOrEqual(0.85);
  expect(score.role, score.misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  expect(score.provenance, score.misses.join("\n")).toBe(1);
}

describe("extraction score", () => {
  it("reads the shared development set (ten layouts, other regions) above the aim for unseen documents", () => {
    expectUnseenThresholds(run("tests/fixtures/devset", "tests/fixtures/devset"));
  });

  it("reads the family fixtures written apart from the converter above the aim for unseen documents", () => {
    const score = run("tests/fixtures/families", "tests/fixtures/families");
    expectUnseenThresholds(score);
    expect(score.rejections, score.misses.join("\n")).toBe(1);
  });

  it("reads the five seeds above every threshold", () => {
    expectThresholds(run("seeds", "tests/fixtures/gold"));
  });

  it("reads the variant documents (GBK, 繁體, full-width, tables, 一是, plans, progress) above every threshold", () => {
    const score = run("tests/fixtures/variants", "tests/fixtures/variants");
    expectThresholds(score);
    expect(score.rejections, score.misses.join("\n")).toBe(1);
  });

  it("reads the variant documents as a second reader, who never saw the converter or the first gold, reads them", () => {
    expectUnseenThresholds(run("tests/fixtures/variants", "tests/fixtures/variants-independent"));
  });
});

// A page copied whole carries its site's furniture: menus, a breadcrumb, tools, related links and a
// footer. Three sites' furniture, written for this test in the forms such sites use, wraps each
// document in turn (UTF-8 only: the furniture is text the page adds, not the file's encoding).
const FURNITURE = [
  {
    top: ["网站首页", "机构概况", "政务公开", "办事服务", "互动交流", "当前位置：首页 > 政务公开 > 工作动态"],
    under: ["发布时间：见正文  浏览次数：", "【字体：大 中 小】【打印】"],
    bottom: ["【打印本页】【关闭窗口】", "相关新闻", "全区秋冬季森林防火工作会议召开", "区领导督导防汛工作", "主办单位：区人民政府办公室", "版权所有：区人民政府  网站标识码：3201000001", "苏ICP备12000001号-1"],
  },
  {
    top: ["融媒体中心", "首页|新闻|视频|直播|专题|服务", "设为首页|加入收藏", "您的位置：首页 >> 本地新闻"],
    under: ["分享到：微信 微博 QQ空间", "扫一扫在手机打开当前页"],
    bottom: ["（责任编辑：周敏）", "上一篇：全市重点项目观摩活动举行", "下一篇：城区供暖全面启动", "Copyright © 2024 All Rights Reserved", "技术支持：某某网络科技有限公司"],
  },
  {
    top: ["无障碍", "长者模式", "English", "首页", "新闻中心", "信息公开", "政务服务"],
    under: ["字号：大 中 小", "视力保护色："],
    bottom: ["返回顶部", "网站地图 | 联系我们 | 网站声明", "浙公网安备 33010202000001号", "建议使用1920×1080分辨率浏览本站"],
  },
];

function runFurnished(docsDir: string, goldDir: string) {
  const names = readdirSync(docsDir).filter((n) => n.endsWith(".txt")).sort();
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  const inputs = names.flatMap((name, k) => {
    const bytes = new Uint8Array(readFileSync(join(docsDir, name)));
    let text: string;
    try {
      text = utf8.decode(bytes).replace(/^\uFEFF/u, "");
    } catch {
      return [{ name, bytes }];
    }
    // Front matter stays at the very top, where the converter reads it.
    if (text.startsWith("---\n")) return [{ name, bytes }];
    const site = FURNITURE[k % FURNITURE.length]!;
    const [title, ...rest] = text.split("\n");
    const page = [...site.top, "", title, ...site.under, ...rest, "", ...site.bottom].join("\n");
    return [{ name, bytes: new TextEncoder().encode(page) }];
  });
  return scoreInputs(inputs, goldDir);
}

describe("extraction score inside a site's furniture", () => {
  it.each([
    ["the shared development set", "tests/fixtures/devset"],
    ["the family fixtures", "tests/fixtures/families"],
    ["the variant documents", "tests/fixtures/variants"],
  ])("reads %s inside menus, breadcrumbs, page tools and footers nearly as well as without them", (_, dir) => {
    const plain = run(dir, dir);
    const furnished = runFurnished(dir, dir);
    expect(furnished.reports, furnished.misses.join("\n")).toBeGreaterThanOrEqual(plain.reports - 0.02);
    expect(furnished.projectsRecall, furnished.misses.join("\n")).toBeGreaterThanOrEqual(plain.projectsRecall - 0.02);
    expect(furnished.projectsPrecision).toBeGreaterThanOrEqual(plain.projectsPrecision - 0.02);
    expect(furnished.metricsRecall, furnished.misses.join("\n")).toBeGreaterThanOrEqual(plain.metricsRecall - 0.02);
    expect(furnished.metricsPrecision).toBeGreaterThanOrEqual(plain.metricsPrecision - 0.02);
  });
});
