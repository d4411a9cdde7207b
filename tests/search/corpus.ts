// What the search benchmark measures against: each indexed page's own text (as Pagefind
// would read it), and a query set drawn from that text.

import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { indexedText } from "../../src/integrations/pagefind-html.ts";
import { pageUrl } from "../../src/integrations/pagefind.ts";
import { foldCharacters } from "../../src/integrations/search-fold.ts";
import { prng } from "../../scripts/gen-corpus.ts";

/** Page URL → its indexed text. */
export type Corpus = Map<string, string>;

/** `every`: read only every n-th page (in path order), to draw query terms from a very large site. */
export async function readCorpus(dir: string, base: string, every = 1): Promise<Corpus> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const corpus: Corpus = new Map();
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".html"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .filter((file) => !file.startsWith("pagefind"))
    .sort()
    .filter((_, index) => index % every === 0);
  for (const file of files) {
    const text = indexedText(await readFile(path.join(dir, file), "utf8"));
    // Searched as the index holds it and the search page asks: traditional characters folded.
    if (text !== null) corpus.set(pageUrl(base, file), foldCharacters(text));
  }
  return corpus;
}

/** Terms of the genre the issue names; those that occur in the corpus join the query set. */
export const NAMED_TERMS = [
  "适老化", "宫颈癌筛查", "技能人才", "瓶改管", "寄宿制小学", "老旧小区", "口袋公园", "燃气安全装置",
  "家庭医生", "职业技能培训", "高技能人才", "残疾儿童康复", "心理健康", "城市更新", "农村公路",
  "养老服务", "托育", "乳腺癌", "幼儿园", "公共厕所", "背街小巷", "充电桩", "南阳市", "漯河市",
  "承德市", "河南省", "郑州", "人社局", "卫生健康委", "住房城乡建设", "发改委", "民政局",
];

/** Han runs in a text: the material terms are drawn from. */
const HAN_RUN = /\p{Script=Han}{2,}/gu;

/**
 * The query set: named terms that occur, then terms of 2–6 Han characters drawn from the
 * pages' text with a fixed seed (so every run measures the same set), at least `size` in all.
 */
export function queryTerms(corpus: Corpus, size: number, seed = 4): string[] {
  const terms = new Set(NAMED_TERMS.filter((term) => [...corpus.values()].some((text) => text.includes(term))));
  const runs = [...corpus.values()].flatMap((text) => text.match(HAN_RUN) ?? []);
  if (runs.length === 0) return [...terms];
  // A seeded generator, so the drawn query set is the same on every run.
  const random = prng(seed);
  for (let tries = 0; terms.size < size && tries < size * 50; tries++) {
    const run = [...runs[Math.floor(random() * runs.length)]!];
    const length = 2 + Math.floor(random() * 5);
    if (run.length < length) continue;
    const start = Math.floor(random() * (run.length - length + 1));
    terms.add(run.slice(start, start + length).join(""));
  }
  return [...terms];
}

/** The pages whose indexed text contains the term. */
export function relevantPages(corpus: Corpus, term: string): Set<string> {
  const pages = new Set<string>();
  for (const [url, text] of corpus) if (text.includes(term)) pages.add(url);
  return pages;
}

export interface TermScore {
  term: string;
  relevant: number;
  returned: number;
  correct: number;
  recall: number;
  precision: number;
}

export function scoreTerm(term: string, relevant: Set<string>, returned: Set<string>): TermScore {
  const correct = [...returned].filter((url) => relevant.has(url)).length;
  return {
    term,
    relevant: relevant.size,
    returned: returned.size,
    correct,
    recall: relevant.size === 0 ? 1 : correct / relevant.size,
    precision: returned.size === 0 ? (relevant.size === 0 ? 1 : 0) : correct / returned.size,
  };
}

/** Mean over the query set (each term counts once) and pooled over all judgements. */
export function summarise(scores: TermScore[]) {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
  const correct = scores.reduce((sum, score) => sum + score.correct, 0);
  const relevant = scores.reduce((sum, score) => sum + score.relevant, 0);
  const returned = scores.reduce((sum, score) => sum + score.returned, 0);
  return {
    terms: scores.length,
    recall: mean(scores.map((score) => score.recall)),
    precision: mean(scores.map((score) => score.precision)),
    pooledRecall: relevant === 0 ? 1 : correct / relevant,
    pooledPrecision: returned === 0 ? 1 : correct / returned,
  };
}
