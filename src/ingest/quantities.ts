// Quantities as the genre writes them: magnitudes folded into the value (428.7万人次 →
// 4287000 人次), which units count the same things, and completion rates to one decimal.
// Rates, links, the converter's headline check and the site's contributions all read
// figures through these functions, so they never disagree about what 万 or 公里 means.

/** Stated and computed rates that differ by more than this (percentage points) disagree: one decimal each side, so half a point is rounding, not a misprint. */
export const MISMATCH_POINTS = 0.5;

/** Magnitude characters written before a unit: 万人次, 亿元, 千米. */
const MAGNITUDES: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };
/** Units that are another unit times a factor once magnitudes are folded. */
const UNIT_SYNONYMS: Record<string, { unit: string; factor: number }> = {
  公里: { unit: "米", factor: 1000 },
};
/** Units whose figures are themselves ratios: 覆盖率86.1%, 高于目标3.4个百分点, 元/人/月. */
const RATIO_UNIT = /%|％|百分点|倍|\//;
/** Measure words for the same thing: people are counted by 人 or 名 alike (2.9万人 → 4.67万名). */
const SAME_UNITS: readonly (readonly string[])[] = [["人", "名"]];
/** Units that count the same things in different words; allowed only for very similar labels. */
const EQUIVALENT_UNITS: readonly (readonly string[])[] = [
  ["个", "家", "所", "项"],
  ["场", "场次"],
];

interface FoldedQuantity {
  value: number;
  unit: string;
}

/** 428.7 万人次 → 4287000 人次; 6384 千米 → 6384000 米; 7530 万 → 75300000 "". */
export function foldMagnitude(value: number, unit: string): FoldedQuantity {
  const reading = readUnit(unit);
  let folded = value;
  for (const magnitude of reading.magnitudes) folded *= magnitude;
  if (reading.factor !== null) return { value: folded * reading.factor, unit: reading.unit };
  return { value: folded, unit: reading.unit };
}

/** A unit as written, taken apart: its magnitudes in order (万, 千 …), the unit they scale, and that unit's synonym factor. */
interface UnitReading {
  magnitudes: readonly number[];
  unit: string;
  factor: number | null;
}

// Figures repeat a few dozen units; each is taken apart once (the cache is bounded all the same).
const unitReadings = new Map<string, UnitReading>();
const UNIT_CACHE_LIMIT = 10_000;

function readUnit(unit: string): UnitReading {
  const cached = unitReadings.get(unit);
  if (cached) return cached;
  const magnitudes: number[] = [];
  let rest = unit.normalize("NFKC").trim().replace(/余$/, "");
  if (UNIT_SYNONYMS[rest] === undefined) {
    while (rest.length > 0 && MAGNITUDES[rest[0]!] !== undefined) {
      magnitudes.push(MAGNITUDES[rest[0]!]!);
      rest = rest.slice(1);
    }
  }
  const synonym = UNIT_SYNONYMS[rest];
  const reading = synonym ? { magnitudes, unit: synonym.unit, factor: synonym.factor } : { magnitudes, unit: rest, factor: null };
  if (unitReadings.size > UNIT_CACHE_LIMIT) unitReadings.clear();
  unitReadings.set(unit, reading);
  return reading;
}

/** How two folded units relate: the same, equivalent counts, or not comparable. */
export function unitRelation(a: string, b: string): "same" | "equivalent" | "none" {
  if (a === b || inOneGroup(SAME_GROUP, a, b)) return "same";
  return inOneGroup(EQUIVALENT_GROUP, a, b) ? "equivalent" : "none";
}

/** Unit → the index of its group (each unit is in one group at most), so that a relation is two lookups. */
function groupOfUnit(groups: readonly (readonly string[])[]): ReadonlyMap<string, number> {
  return new Map(groups.flatMap((units, index) => units.map((unit): [string, number] => [unit, index])));
}

const SAME_GROUP = groupOfUnit(SAME_UNITS);
const EQUIVALENT_GROUP = groupOfUnit(EQUIVALENT_UNITS);

function inOneGroup(groupOf: ReadonlyMap<string, number>, a: string, b: string): boolean {
  const group = groupOf.get(a);
  return group !== undefined && group === groupOf.get(b);
}

export function isRatioUnit(unit: string): boolean {
  return RATIO_UNIT.test(unit);
}

/** A rate as the archive writes it: one decimal (99.96 → 100). */
export function roundRate(rate: number): number {
  return Math.round(rate * 10) / 10;
}

/** True when two rates (one decimal) differ by more than MISMATCH_POINTS. */
export function ratesDiffer(stated: number, computed: number): boolean {
  return Math.abs(stated - computed) > MISMATCH_POINTS + 1e-9;
}
