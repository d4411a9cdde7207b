// What each child region's project contributes to the parent project it carries out
// (南阳市 58.85万人次 of 河南省 428.7万人次): the child's figures set beside the parent's
// figure for the same measure, with the share where the units can be compared.
import type { Metric, Project } from "../ingest/model.ts";
import { greedyOneToOne } from "../ingest/matching.ts";
import { foldMagnitude, isRatioUnit, roundRate, unitRelation } from "../ingest/quantities.ts";
import { textSimilarity } from "../ingest/similarity.ts";

/** Lowest label similarity at which a child figure counts as the same measure as a parent figure. */
export const SAME_MEASURE_THRESHOLD = 0.3;

/** One child figure beside the parent figure of the same measure. */
export interface Contribution {
  /** Index of the child figure in its project's metrics (#figure-N on its page). */
  childIndex: number;
  child: Metric;
  parentIndex: number;
  parent: Metric;
  /** The child's share of the parent's figure (%, one decimal), when their units compare. */
  share: number | null;
}

interface Candidate {
  childIndex: number;
  parentIndex: number;
  similarity: number;
}

/** Counts (not rates or ratios) of the same role, whose folded units compare. */
function comparable(child: Metric, parent: Metric): boolean {
  if (child.role !== parent.role || isRatioUnit(child.unit) || isRatioUnit(parent.unit)) return false;
  return unitRelation(foldMagnitude(1, child.unit).unit, foldMagnitude(1, parent.unit).unit) !== "none";
}

/** child ÷ parent × 100 with 万/亿 folded: 58.85万人次 of 428.7万人次 → 13.7. */
export function shareOf(child: Pick<Metric, "value" | "unit">, parent: Pick<Metric, "value" | "unit">): number | null {
  const a = foldMagnitude(child.value, child.unit);
  const b = foldMagnitude(parent.value, parent.unit);
  if (b.value <= 0 || unitRelation(a.unit, b.unit) === "none") return null;
  return roundRate((a.value / b.value) * 100);
}

/**
 * Pairs the child project's figures with the parent's, one to one: the most similar labels
 * first (ties: parent order, then child order), only comparable counts of the same role.
 * Returned in the parent's figure order.
 */
export function contributions(child: Pick<Project, "metrics">, parent: Pick<Project, "metrics">): Contribution[] {
  const candidates: Candidate[] = [];
  parent.metrics.forEach((parentMetric, parentIndex) => {
    child.metrics.forEach((childMetric, childIndex) => {
      if (!comparable(childMetric, parentMetric)) return;
      const similarity = textSimilarity(childMetric.label, parentMetric.label);
      if (similarity >= SAME_MEASURE_THRESHOLD) candidates.push({ childIndex, parentIndex, similarity });
    });
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.parentIndex - b.parentIndex || a.childIndex - b.childIndex);
  const pairs = greedyOneToOne(candidates, (c) => c.childIndex, (c) => c.parentIndex).map(({ childIndex, parentIndex }): Contribution => {
    const childMetric = child.metrics[childIndex]!;
    const parentMetric = parent.metrics[parentIndex]!;
    return { childIndex, child: childMetric, parentIndex, parent: parentMetric, share: shareOf(childMetric, parentMetric) };
  });
  return pairs.sort((a, b) => a.parentIndex - b.parentIndex);
}
