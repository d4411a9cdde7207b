// Text similarity for labels and titles of the genre: character bigrams, since Chinese
// titles share words without spaces ("完善农村基础设施建设" ~ "加强农村基础设施建设").

/** Punctuation, symbols and spaces carry no meaning when titles are compared (“”、（）). */
const NOT_COMPARED = /[\s\p{P}\p{S}]/gu;

/** The text as compared: NFKC folds full-width forms, punctuation is dropped. */
function comparableText(text: string): string {
  return text.normalize("NFKC").replace(NOT_COMPARED, "");
}

const bigramCache = new Map<string, Set<string>>();

/** The set of adjacent character pairs; a one-character text is its own bigram. */
export function bigrams(text: string): Set<string> {
  let cached = bigramCache.get(text);
  if (!cached) {
    cached = computeBigrams(text);
    // Titles and labels recur across pairings; bound the cache for very large archives.
    if (bigramCache.size > 200_000) bigramCache.clear();
    bigramCache.set(text, cached);
  }
  return cached;
}

function computeBigrams(text: string): Set<string> {
  const chars = Array.from(comparableText(text));
  if (chars.length === 1) return new Set(chars);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!);
  return pairs;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const pair of a) if (b.has(pair)) shared++;
  return shared;
}

/** Dice coefficient of the bigram sets: 1 for identical texts, 0 for nothing shared. */
export function bigramDice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  return dice(x, y, sharedCount(x, y));
}

function dice(x: Set<string>, y: Set<string>, shared: number): number {
  if (x.size + y.size === 0) return 0;
  return (2 * shared) / (x.size + y.size);
}

/** Share of the smaller set's bigrams found in the larger one ("新增技能人才" in a long label). */
function overlap(x: Set<string>, y: Set<string>, shared: number): number {
  const smaller = Math.min(x.size, y.size);
  return smaller === 0 ? 0 : shared / smaller;
}

/**
 * Similarity of two labels or titles in [0, 1]: the mean of Dice and overlap, so that a
 * short label contained in a long one scores well without equalling an identical label.
 */
export function textSimilarity(a: string, b: string): number {
  return bigramSimilarity(bigrams(a), bigrams(b));
}

/** textSimilarity of two texts' bigram sets, for a caller that compares each text many times. */
export function bigramSimilarity(x: Set<string>, y: Set<string>): number {
  const shared = sharedCount(x, y);
  return (dice(x, y, shared) + overlap(x, y, shared)) / 2;
}
