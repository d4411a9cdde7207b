// Folds a query as the converter folds documents, so 適老化 finds 适老化 and nanyang finds
// 南阳市: with the small table the build writes beside the index (src/integrations/search-fold.ts).

export interface SearchFold {
  chars: Record<string, string>;
  regions: Record<string, string>;
}

const EMPTY: SearchFold = { chars: {}, regions: {} };
let loading: Promise<SearchFold> | undefined;

/** `<base>pagefind/fold.json`, loaded once; an archive without one folds nothing. */
export function loadFold(base: string): Promise<SearchFold> {
  loading ??= fetch(`${base.endsWith("/") ? base : `${base}/`}pagefind/fold.json`)
    .then((response) => (response.ok ? (response.json() as Promise<SearchFold>) : EMPTY))
    .catch(() => EMPTY);
  return loading;
}

/** 適老化 → 适老化 (character for character); a word that is a region's pinyin → its name (nanyang → 南阳市). */
export function foldQuery(query: string, fold: SearchFold): string {
  const characters = [...query.normalize("NFKC")].map((character) => fold.chars[character] ?? character).join("");
  return characters.replace(/[A-Za-z]+/gu, (word) => fold.regions[word.toLowerCase()] ?? word);
}
