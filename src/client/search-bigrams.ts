// The one tokenisation that both sides of search share (README "## Search").
//
// Pagefind's extended build cuts Chinese with jieba when it indexes and the browser cuts the
// query with Intl.Segmenter; the two disagree on compound words (适老化, 瓶改管) and the page
// is not found. So neither cuts anything: every run of Han characters is written as its
// overlapping character pairs, and the run's last character once more on its own —
//   适老化改造 → "适老 老化 化改 改造 造"
// and a query is turned into the same pairs, searched as an exact phrase. A page matches a
// query exactly when its text contains the query, and a single character still finds every
// run it stands in (as the start of a pair, or as the closing single character).
//
// Pure functions only: used by the build (src/integrations) and by the browser (search.ts).

/** One Han character (includes 〇 and the CJK extensions). */
const HAN = /\p{Script=Han}/u;
/** A run of Han characters: 宫颈癌筛查. */
const HAN_RUN = /\p{Script=Han}+/gu;
/** A filter written as a word of the index (facetToken): zzcity1a2b3c4d5e6f7a8bz. */
const FACET_TOKEN = /^zz[a-z]+[0-9a-f]{16}z$/u;
/** What separates the non-Han words of a query: spaces and punctuation. */
const QUERY_SEPARATOR = /[\s\p{P}\p{S}]+/u;

export function isHan(character: string): boolean {
  return HAN.test(character);
}

/** The tokens of one Han run: its pairs, then its last character. 老旧小区 → 老旧 旧小 小区 区. */
export function runTokens(run: string): string[] {
  const characters = [...run];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < characters.length; i++) tokens.push(characters[i]! + characters[i + 1]!);
  if (characters.length > 0) tokens.push(characters[characters.length - 1]!);
  return tokens;
}

/** Text with every Han run replaced by its tokens, set off by spaces. */
export function encodeText(text: string): string {
  return text.replace(HAN_RUN, (run) => ` ${runTokens(run).join(" ")} `);
}

/**
 * The original text back from indexed text, for titles, excerpts and the final check that a
 * page holds the query. A pair chain ends with its closing single character, so runs are
 * recovered exactly, and two runs stay apart; a space between a Han run and a digit or Latin
 * word is dropped (2023年 reads better than 2023 年).
 */
export function decodeText(indexed: string): string {
  const words = indexed.split(/\s+/u).filter((word) => word !== "" && !FACET_TOKEN.test(word));
  let decoded = "";
  let previousWasHan = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const characters = [...word];
    const startsHan = isHan(characters[0]!);
    let piece = word;
    if (startsHan && characters.length <= 2 && characters.every(isHan)) {
      // A pair chain: 老旧 旧小 小区 区 → 老旧小区
      let last = characters[characters.length - 1]!;
      piece = characters.length === 2 ? word : last;
      while (characters.length === 2 && i + 1 < words.length) {
        const next = [...words[i + 1]!];
        if (next[0] !== last || !next.every(isHan)) break;
        i++;
        if (next.length === 1) break; // the closing single character
        if (next.length !== 2) break;
        last = next[1]!;
        piece += last;
      }
    }
    // Two Han runs were apart in the text (a space or a line between them): keep them apart.
    const endsHan = isHan([...piece].pop() ?? "");
    const apart = decoded !== "" && (startsHan && previousWasHan ? true : !startsHan && !previousWasHan);
    decoded += apart ? ` ${piece}` : piece;
    previousWasHan = endsHan;
  }
  return decoded;
}

/** A query part: a Han run or a non-Han word; a page must contain every part. */
export interface QueryPart {
  /** As the user wrote it: 宫颈癌筛查. */
  text: string;
  /** What is passed to pagefind.search. */
  pagefindQuery: string;
  /**
   * Where each word of pagefindQuery must stand relative to the first, in the page's word
   * positions: [0, 2, 3] for 宫颈 癌筛 筛查 (宫颈癌筛查). [0] for a single word.
   */
  offsets: number[];
}

/**
 * Split a query into parts, each searched on its own (pages must contain all of them).
 * A Han run of two or more characters becomes its pairs ("宫颈 颈癌 癌筛 筛查"), which must
 * stand next to each other in the page; a single Han character and other words are searched
 * as written, so Pagefind's prefix match finds 老 in 老旧 and 2023 in 2023年.
 *
 * Only every other pair is searched (and the last): they cover every character, and Pagefind's
 * time grows with the words it looks up. Their positions must be as in the query — 宫颈癌筛查
 * → 宫颈 at p, 癌筛 at p+2, 筛查 at p+3. Pagefind's own exact-phrase mode ("…") would check
 * adjacency too, but costs seconds when a phrase is on every page of a 20,000-page archive.
 */
export function queryParts(query: string): QueryPart[] {
  const parts: QueryPart[] = [];
  for (const chunk of query.normalize("NFKC").split(QUERY_SEPARATOR)) {
    if (chunk === "") continue;
    let rest = chunk;
    for (const match of chunk.matchAll(HAN_RUN)) rest = rest.replace(match[0], " ");
    for (const match of chunk.matchAll(HAN_RUN)) {
      const run = match[0];
      const pairs = runTokens(run);
      pairs.pop();
      const offsets = coveringOffsets(pairs.length);
      parts.push(
        pairs.length === 0
          ? { text: run, pagefindQuery: run, offsets: [0] }
          : { text: run, pagefindQuery: offsets.map((offset) => pairs[offset]).join(" "), offsets },
      );
    }
    for (const word of rest.split(/\s+/u)) {
      if (word !== "") parts.push({ text: word, pagefindQuery: word.toLowerCase(), offsets: [0] });
    }
  }
  return dedupe(parts);
}

/** Every other pair, and the last: 4 pairs → [0, 2, 3]; 5 → [0, 2, 4]. */
function coveringOffsets(pairs: number): number[] {
  const offsets: number[] = [];
  for (let offset = 0; offset < pairs; offset += 2) offsets.push(offset);
  if (pairs > 0 && offsets[offsets.length - 1] !== pairs - 1) offsets.push(pairs - 1);
  return offsets;
}

function dedupe(parts: QueryPart[]): QueryPart[] {
  const seen = new Set<string>();
  return parts.filter((part) => !seen.has(part.pagefindQuery) && seen.add(part.pagefindQuery));
}

/**
 * A filter value as one word of the index: city 南阳市 → "zzcity…z" (two FNV-1a hashes of the
 * value). Pagefind's own filters cost time with every result and every value (a city filter has
 * hundreds); a word costs one more search, so filters are searched as words (README "## Search").
 */
export function facetToken(key: string, value: string): string {
  const bytes = new TextEncoder().encode(`${key}:${value}`);
  return `zz${key.toLowerCase().replace(/[^a-z]/gu, "")}${fnv1a(bytes, 0x811c9dc5)}${fnv1a(bytes, 0x01000193)}z`;
}

function fnv1a(bytes: Uint8Array, seed: number): string {
  let hash = seed >>> 0;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, "0");
}
