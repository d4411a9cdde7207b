// A list a page flattened into one paragraph: each project told by a short sentence that
// names it, then sentences that echo it, by its figure or its words ("打通10条城区道路。从完善路网
// 结构入手，打通华星路等10条城区道路，…。完成645个老旧小区改造，…。新建或改建15家便民市场。…").
// Prose tells a new thing in each sentence; a flattened list says most of its names twice.
import { sliceSpan, allMatches } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { cleanTitle, firstClause } from "../titles.ts";
import { bigrams } from "../similarity.ts";
import { statedCount } from "../segment.ts";

// Fewer items than this are a paragraph's sentences, not a list.
const MIN_ITEMS = 4;
// Share of the items that must be told at more than one sentence: the mark of a flattened list.
const TOLD_AT_LENGTH = 0.6;
// Share of a name's character pairs a later sentence repeats to speak of the same project.
const ECHO = 0.5;
// A sentence this short with no comma is a name of its own (持续推进农村生活污水治理。).
const MAX_NAME_SENTENCE = 30;
// A figure as written: its number and the word after it (10条 · 645个 · 10万平方米).
const FIGURE = /\d+(?:\.\d+)?\s*(?:万|亿)?[\u4e00-\u9fff]/gu;

interface Told {
  start: number;
  /** Where the sentences after the name's begin. */
  rest: number;
  end: number;
  name: string;
  figures: Set<string>;
  sentences: number;
}

const figuresOf = (text: string): Set<string> => new Set(allMatches(text, FIGURE).map((m) => m[0].replace(/\s/gu, "")));

/** Whether `sentence` speaks again of the project `told` names: its figure, or most of its name's words. */
function echoes(told: Told, sentence: string): boolean {
  const figures = figuresOf(sentence);
  if ([...told.figures].some((f) => figures.has(f))) return true;
  const name = bigrams(told.name);
  if (!name.size) return false;
  const said = bigrams(sentence);
  let shared = 0;
  for (const pair of name) if (said.has(pair)) shared++;
  return shared / name.size >= ECHO;
}

/** The projects of one paragraph told name first, each echoed by the sentences after it; or null. */
function toldIn(b: Block): Told[] | null {
  const sentences: Array<{ start: number; text: string }> = [];
  let at = 0;
  for (const text of b.text.split(/(?<=。)/u)) {
    sentences.push({ start: at, text });
    at += text.length;
  }
  // The list begins after the sentence that counts the programme (确定了2021年度10件惠民实事。).
  const counted = sentences.findIndex((s) => statedCount(s.text) !== null);
  const told: Told[] = [];
  for (const s of sentences.slice(counted + 1)) {
    const last = told[told.length - 1];
    const figures = figuresOf(s.text);
    const short = s.text.replace(/。$/u, "").length <= MAX_NAME_SENTENCE && !/[,，;；]/u.test(s.text);
    // A sentence goes on with the project before it where it echoes it, or states no figure and is no name of its own.
    if (last && (echoes(last, s.text) || (!figures.size && !short))) {
      last.end = s.start + s.text.length;
      last.sentences++;
      continue;
    }
    const name = firstClause(s.text, s.text.search(/。/u));
    told.push({ start: s.start, rest: s.start + s.text.length, end: s.start + s.text.length, name, figures: figuresOf(name), sentences: 1 });
  }
  if (told.length < MIN_ITEMS || told.filter((t) => t.sentences > 1).length < told.length * TOLD_AT_LENGTH) return null;
  return told;
}

export function echoedSentenceItems(blocks: Block[]): Structure | null {
  let best: { k: number; told: Told[] } | null = null;
  for (const [k, b] of blocks.entries()) {
    if (b.type !== "body") continue;
    const told = toldIn(b);
    if (told && (!best || told.length > best.told.length)) best = { k, told };
  }
  if (!best) return null;
  const span = blocks[best.k]!.paragraph.span;
  const items = best.told.map((t): ItemDraft => {
    const titleSpan = sliceSpan(span, t.start, t.start + t.name.length);
    // A figure the name states and the sentences after it repeat is one figure, read where it is told at length.
    const repeated = t.sentences > 1 && t.figures.size > 0 && [...t.figures].every((f) => figuresOf(span.text.slice(t.rest, t.end)).has(f));
    const passage = sliceSpan(span, repeated ? t.rest : t.start, t.end);
    return { no: null, title: cleanTitle(t.name), titleSpan, level: null, section: null, responsible: [], passages: [{ span: passage, role: null }], list: 0 };
  });
  return { items, preamble: blocks.slice(0, best.k), lists: 1 };
}
