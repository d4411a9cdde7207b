// Step 1 of enrich: computed completion rates (issue 5).
//
// Within one project, each actual figure is paired with the target figure that measures
// the same thing, and `computedRate` = actual ÷ target × 100 (one decimal) is set on the
// actual. The contract's `rate` stays what the text states; the two are never mixed.
//
// Pairing rules
// - Units must agree after folding 万/亿/千 into the value (300万人次 ~ 428.7万人次 → 人次)
//   and 公里 into 米. Percent-like units (%, 个百分点, 倍, x/y) are never paired: a rate
//   of a coverage rate is not a completion rate.
// - Same unit: label similarity ≥ PAIR_THRESHOLD.
// - 人 and 名 are the same unit; equivalent units (个/家/所/项, 场/场次): label similarity ≥ LOOSE_UNIT_THRESHOLD, or
//   ≥ PAIR_THRESHOLD when the pair reproduces the actual's stated rate.
// - Candidates are taken greedily, one target per actual and one actual per target:
//   pairs that reproduce the stated rate first, then by similarity, then document order.
// - An actual left over may share an already-paired target when the pair reproduces its
//   stated rate, or when the target says each thing reaches it (宫颈癌、乳腺癌各完成筛查80万人).
// - A target is ambiguous, and its pair dropped, when an actual left over matches it almost
//   as well (within AMBIGUITY_MARGIN) as the actual it took, unless that pair reproduces a
//   stated rate: 新建热交换站(分批次实施的小区)24座 and (社会资本建设的小区)27座 are parts of
//   one target of 38座, and neither alone is its completion.
//
// Ratio figures (筛查率 95% → 98.4%) pair too, for the reader's table only: same unit, a label
// similarity ≥ PAIR_THRESHOLD, and no other ratio figure competing for either side. They get
// no computed rate.
//
// Fields set on every metric: `computedRate` (number | null), `rateOrigin` ("stated" when
// the text states `rate`, "computed" when only `computedRate` exists, else null),
// `rateMismatch` (stated and computed differ by more than MISMATCH_POINTS, quantities.ts) and
// `pairedTarget` (on an actual, the index of the target it is read against, else null): the
// site shows a pair on one row of a project's figure table (issue 12).

import type { Archive, Metric, Project } from "./model.ts";
import { textSimilarity } from "./similarity.ts";
import { mapProjects } from "./map-projects.ts";
import { greedyOneToOne } from "./matching.ts";
import { foldMagnitude, isRatioUnit, ratesDiffer, roundRate, unitRelation } from "./quantities.ts";

const PAIR_THRESHOLD = 0.3;
const LOOSE_UNIT_THRESHOLD = 0.7;
const AMBIGUITY_MARGIN = 0.15;
/** A completion rate above this (%) is a misprint or a misreading, never evidence of status. */
export const MAX_PLAUSIBLE_RATE = 1000;

interface Candidate {
  actual: number;
  target: number;
  similarity: number;
  computed: number;
  reproducesStated: boolean;
}

/** A target that each of several things reaches: "宫颈癌、乳腺癌各完成筛查", "(各)". */
const EACH_REACHES = /各|分别/;

function candidatePair(metrics: Metric[], a: number, t: number): Candidate | null {
  const actual = metrics[a]!;
  const target = metrics[t]!;
  if (isRatioUnit(actual.unit) || isRatioUnit(target.unit)) return null;
  const actualQuantity = foldMagnitude(actual.value, actual.unit);
  const targetQuantity = foldMagnitude(target.value, target.unit);
  if (targetQuantity.value <= 0) return null;
  const relation = unitRelation(actualQuantity.unit, targetQuantity.unit);
  if (relation === "none") return null;
  const similarity = textSimilarity(actual.label, target.label);
  const computed = roundRate((actualQuantity.value / targetQuantity.value) * 100);
  if (!Number.isFinite(computed) || computed > MAX_PLAUSIBLE_RATE) return null;
  const reproducesStated = actual.rate !== null && !ratesDiffer(actual.rate, computed);
  const threshold =
    relation === "same" || reproducesStated ? PAIR_THRESHOLD : LOOSE_UNIT_THRESHOLD;
  if (similarity < threshold) return null;
  return { actual: a, target: t, similarity, computed, reproducesStated };
}

function byStrength(x: Candidate, y: Candidate): number {
  return (
    Number(y.reproducesStated) - Number(x.reproducesStated) ||
    y.similarity - x.similarity ||
    x.actual - y.actual ||
    x.target - y.target
  );
}

/** The chosen pairs of one project's metrics: actual index → candidate. */
function pairTargets(metrics: Metric[]): Map<number, Candidate> {
  const candidates: Candidate[] = [];
  metrics.forEach((actual, a) => {
    if (actual.role !== "actual") return;
    metrics.forEach((target, t) => {
      if (target.role !== "target") return;
      const candidate = candidatePair(metrics, a, t);
      if (candidate) candidates.push(candidate);
    });
  });
  candidates.sort(byStrength);

  const pairs = new Map(greedyOneToOne(candidates, (c) => c.actual, (c) => c.target).map((c) => [c.actual, c]));
  const firstPass = new Map(pairs);
  for (const candidate of candidates) {
    if (pairs.has(candidate.actual)) continue;
    const shareable =
      candidate.reproducesStated || EACH_REACHES.test(metrics[candidate.target]!.label);
    if (shareable) pairs.set(candidate.actual, candidate);
  }
  dropAmbiguousTargets(candidates, firstPass, pairs);
  return pairs;
}

/** Removes pairs whose target an actual left over matches about as well (see above). */
function dropAmbiguousTargets(
  candidates: Candidate[],
  firstPass: Map<number, Candidate>,
  pairs: Map<number, Candidate>,
): void {
  const ambiguous = new Set<number>();
  for (const leftover of candidates) {
    if (pairs.has(leftover.actual)) continue;
    for (const taken of firstPass.values()) {
      if (taken.target !== leftover.target || taken.reproducesStated) continue;
      if (taken.similarity - leftover.similarity < AMBIGUITY_MARGIN) ambiguous.add(taken.target);
    }
  }
  for (const [actual, pair] of pairs) if (ambiguous.has(pair.target)) pairs.delete(actual);
}

/**
 * Ratio figures of one measure: an actual and a target with the same ratio unit and similar
 * labels, each the other's best candidate by at least AMBIGUITY_MARGIN (four actuals labelled
 * just 筛查率 against 两病 and 听力 targets pair none). Actual index → target index.
 */
function pairRatios(metrics: Metric[]): Map<number, number> {
  const candidates: { actual: number; target: number; similarity: number }[] = [];
  metrics.forEach((actual, a) => {
    if (actual.role !== "actual" || !isRatioUnit(actual.unit) || DELTA_UNIT.test(actual.unit)) return;
    metrics.forEach((target, t) => {
      if (target.role !== "target" || target.unit !== actual.unit) return;
      const similarity = textSimilarity(actual.label, target.label);
      if (similarity >= PAIR_THRESHOLD) candidates.push({ actual: a, target: t, similarity });
    });
  });
  const clearWinner = (candidate: (typeof candidates)[number]) =>
    candidates.every(
      (other) =>
        other === candidate ||
        (other.actual !== candidate.actual && other.target !== candidate.target) ||
        candidate.similarity - other.similarity >= AMBIGUITY_MARGIN,
    );
  return new Map(candidates.filter(clearWinner).map((c) => [c.actual, c.target]));
}

/** A change in points (高于目标3.4个百分点), never a level to set beside a target. */
const DELTA_UNIT = /百分点/;

/**
 * Which target each actual is read against, actual index → target index: the completion
 * pairs (rates) and the ratio pairs. The site builds its figure rows from this when the
 * model has no `pairedTarget` (hand-written content).
 */
export function pairFigures(metrics: Metric[]): Map<number, number> {
  return readPairs(metrics).targets;
}

/** The completion pairs (with their computed rates) and every actual's target. */
function readPairs(metrics: Metric[]): { completions: Map<number, Candidate>; targets: Map<number, number> } {
  const completions = pairTargets(metrics);
  const targets = pairRatios(metrics);
  for (const [actual, pair] of completions) targets.set(actual, pair.target);
  return { completions, targets };
}

function withRates(metric: Metric, computedRate: number | null, pairedTarget: number | null): Metric {
  const stated = metric.rate;
  return {
    ...metric,
    rateOrigin: stated !== null ? "stated" : computedRate !== null ? "computed" : null,
    computedRate,
    rateMismatch: stated !== null && computedRate !== null && ratesDiffer(stated, computedRate),
    pairedTarget,
  };
}

export function computeProjectRates(project: Project): Project {
  const { completions, targets } = readPairs(project.metrics);
  const metrics = project.metrics.map((metric, index) =>
    withRates(metric, completions.get(index)?.computed ?? null, targets.get(index) ?? null),
  );
  return { ...project, metrics };
}

export function computeRates(archive: Archive): Archive {
  return mapProjects(archive, computeProjectRates);
}
