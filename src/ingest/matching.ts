// One-to-one matching by strength: rates pair actuals with targets, links pair a child
// report's projects with the parent's, contributions pair a child project's figures with
// the parent's — all the same way.

/**
 * Takes candidates in the order given (strongest first), skipping any whose left or right
 * side is already taken: a greedy one-to-one matching. Returns the chosen candidates in order.
 */
export function greedyOneToOne<C>(candidates: readonly C[], left: (candidate: C) => number, right: (candidate: C) => number): C[] {
  const takenLeft = new Set<number>();
  const takenRight = new Set<number>();
  const chosen: C[] = [];
  for (const candidate of candidates) {
    if (takenLeft.has(left(candidate)) || takenRight.has(right(candidate))) continue;
    takenLeft.add(left(candidate));
    takenRight.add(right(candidate));
    chosen.push(candidate);
  }
  return chosen;
}
