// The table the search page folds a query with (pagefind/fold.json), built from the indexed
// text so it holds only characters and regions the archive has:
// - chars: each traditional form of an indexed character → that character, exactly as the
//   converter folds documents (opencc-js hk → cn, src/ingest/normalise.ts): 適 → 适, 養 → 养.
//   opencc-js itself is ~1 MB: the browser gets a few kilobytes instead.
// - regions: a region's pinyin, with and without its level (nanyang, nanyangshi) → its name.
import * as OpenCC from "opencc-js";
import { pinyin } from "pinyin-pro";

export interface SearchFold {
  chars: Record<string, string>;
  regions: Record<string, string>;
}

export const FOLD_FILE = "fold.json";

const toSimplified = OpenCC.Converter({ from: "hk", to: "cn" });
const toTraditional = [OpenCC.Converter({ from: "cn", to: "tw" }), OpenCC.Converter({ from: "cn", to: "hk" }), OpenCC.Converter({ from: "cn", to: "t" })];
const HAN = /\p{Script=Han}/u;
/** A region name's level, left out of its short name: 南阳市 → 南阳, 河南省 → 河南. */
const LEVEL_SUFFIX = /(?:省|市|县|区|自治州|自治区|自治县|地区|盟|旗)$/u;

const folded = new Map<string, string>();

/**
 * The text with each traditional character folded to its simplified form, one character at a
 * time, as the search page folds a query (fold.json): the index holds what a folded query asks
 * for, so 老旧小区 and 老舊小區 find a page read from a 繁體 text.
 */
export function foldCharacters(text: string): string {
  let out = "";
  for (const character of text) {
    let simple = folded.get(character);
    if (simple === undefined) {
      const converted = HAN.test(character) ? toSimplified(character) : character;
      simple = [...converted].length === 1 ? converted : character;
      folded.set(character, simple);
    }
    out += simple;
  }
  return out;
}

/** The fold table for the Han characters of `texts` and the region names given. */
export function searchFold(characters: Iterable<string>, regionNames: Iterable<string>): SearchFold {
  const chars: Record<string, string> = {};
  for (const simplified of [...new Set(characters)].filter((c) => HAN.test(c)).sort()) {
    for (const convert of toTraditional) {
      const traditional = convert(simplified);
      if (traditional !== simplified && [...traditional].length === 1 && toSimplified(traditional) === simplified) chars[traditional] = simplified;
    }
  }
  const regions: Record<string, string> = {};
  for (const name of [...new Set(regionNames)].sort()) {
    const short = name.replace(LEVEL_SUFFIX, "");
    for (const form of new Set([short, name])) {
      if (form === "") continue;
      const spelled = pinyin(form, { toneType: "none", type: "array", v: true }).join("").toLowerCase();
      if (/^[a-z]+$/u.test(spelled)) regions[spelled] ??= name;
    }
  }
  return { chars, regions };
}
