// The converter's rules are the genre's, not the seeds': no word in src/ may be one that
// only a single seed uses. A word is a run of 2–6 Han characters in a string literal or a
// regular expression of src/ (comments are not scanned: they quote examples on purpose).
// It is fitted to a seed when exactly one of seeds/*.txt contains it and none of the other
// documents we hold (the variants, the shared development set, the family fixtures) does.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/ingest/decode.ts";
import { foldText } from "../../src/ingest/normalise.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const OTHER_DOCUMENTS = ["tests/fixtures/variants", "tests/fixtures/devset", "tests/fixtures/families"];

/**
 * Words that one seed happens to be the only document we hold to use, kept with the reason.
 * Adding a word here needs a reason a reviewer accepts; a word of one seed's phrasing does not.
 */
const ALLOWED: { reason: string; words: string[] }[] = [
  { reason: "everyday Chinese, not a word of any report: connectives, hedges, adverbs, verbs and calendar words", words: ["此外", "正在", "力争", "不低于", "分别为", "多项", "打造", "构建", "组成", "月份", "主要是", "列入", "逐步", "就是"] },
  { reason: "personal pronouns, which open no project's name (candidates.ts drops items that open on one)", words: ["他们", "大家"] },
  { reason: "an officer's title, as any news story names who speaks for a body (narrative.ts keeps what an officer says, drops what a resident says)", words: ["主任"] },
  { reason: "the genre's result and plan cues, heard in any 民生实事 notice (整体 of 整体完成率, an item's overall rate; 落实情况 of a year-end report's title, …十件实事落实情况的报告)", words: ["整体", "圆满完成", "已达成", "提前或超额", "交卷", "敲定", "改造完成", "目标任务要求", "投运", "完成了", "落实情况"] },
  { reason: "the genre's labels and programme names", words: ["承办", "民生工程", "合计", "赔付"] },
  { reason: "web-page furniture of any news site", words: ["今日热搜", "转自", "阅读量"] },
  { reason: "what a responsible body's name ends on (县水务集团 beside 县水利局): any notice names its 责任单位 so", words: ["集团"] },
  { reason: "place words: a 大道 or 城区 inside a title is not a region", words: ["大道", "在城区"] },
  { reason: "the preposition an inspection names its subjects with (针对A、B等热点问题): sentence-list.ts reads projects named in passing", words: ["针对"] },
  { reason: "how an inspection visits its sites (先后到A、B进行实地察看): sentence-list.ts reads the sites as projects as a last resort", words: ["实地"] },
  { reason: "institutions every place names after itself (X人民医院, X二中, X实验小学): segment.ts reads them as landmarks of a place", words: ["实验", "二中", "人民医院"] },
  { reason: "examples in messages, the marker table and the search page, not rules", words: ["南阳市", "新建学校", "持续深入推进"] },
  { reason: "将X列为/作为… is how any notice ranks a project (layouts/headlines.ts reads 将…列为 and 将…作为 alike)", words: ["列为"] },
  { reason: "what a new school or building will hold, stated in any story of one (设计办园规模12个班 · 办学规模): narrative.ts names no work by it", words: ["规模"] },
];
/** Files whose words are a vocabulary by design, with the reason. */
const ALLOWED_FILES: Record<string, string> = {
  "src/ingest/topics.ts": "the topic taxonomy names the subjects of livelihood work (保险, 高中, 棚户区 …); tests/topics/ holds it to the taxonomy",
};
const allowedWords = new Set(ALLOWED.flatMap((entry) => entry.words));

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A document's text as the converter reads it (any encoding, 繁體 and full-width folded). */
function documentText(path: string): string {
  try {
    return foldText(decodeDocument({ name: path, bytes: new Uint8Array(readFileSync(path)) }).text);
  } catch {
    return ""; // empty or binary fixtures (reject-*.txt) hold no words
  }
}

/** The code of a source file without its comments. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
}

/** Runs of 2–6 Han characters (longer runs are messages and prose, not words of a rule). */
function hanWords(code: string): Set<string> {
  return new Set([...code.matchAll(/\p{Script=Han}+/gu)].map((m) => m[0]).filter((w) => w.length >= 2 && w.length <= 6));
}

describe("seed-fitted words", () => {
  const seeds = filesUnder("seeds").filter((f) => f.endsWith(".txt")).map(documentText);
  const others = OTHER_DOCUMENTS.flatMap(filesUnder).filter((f) => /\.(?:txt|json)$/.test(f)).map(documentText);
  const sources = filesUnder("src").filter((f) => /\.(?:ts|astro)$/.test(f));

  it("reads the seeds and the other documents it compares with", () => {
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    expect(others.length).toBeGreaterThan(50);
    expect(sources.length).toBeGreaterThan(30);
  });

  it("finds no word in src/ that exactly one seed uses and no other document does (allow-list aside)", () => {
    const fitted: string[] = [];
    for (const file of sources) {
      if (file.slice(ROOT.length + 1) in ALLOWED_FILES) continue;
      for (const word of hanWords(withoutComments(readFileSync(file, "utf8")))) {
        if (allowedWords.has(word)) continue;
        const inSeeds = seeds.filter((text) => text.includes(word)).length;
        if (inSeeds === 1 && !others.some((text) => text.includes(word))) fitted.push(`${file.slice(ROOT.length + 1)}: ${word}`);
      }
    }
    expect(fitted).toEqual([]);
  });

  it("allows only words that the scan would otherwise flag (the allow-list stays short and current)", () => {
    const stale = [...allowedWords].filter((word) => seeds.filter((text) => text.includes(word)).length !== 1 || others.some((text) => text.includes(word)));
    expect(stale).toEqual([]);
  });

  it("catches a fitted word: 窖井, one seed's misspelling of 窨井, would be found", () => {
    const word = "窖井";
    expect(seeds.filter((text) => text.includes(word)).length).toBe(1);
    expect(others.some((text) => text.includes(word))).toBe(false);
  });
});
