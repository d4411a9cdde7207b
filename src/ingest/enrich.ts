// The enrich step: model → model, after merge and before write. Each step is a pure
// function over the archive in its own module; the order matters, since status reads the
// computed rates.

import type { Archive } from "./model.ts";
import { computeRates } from "./rates.ts";
import { assignStatus } from "./status.ts";
import { assignTopics } from "./topics.ts";
import { linkParents } from "./links.ts";
import { completeHistory } from "./history.ts";

const STEPS: readonly ((archive: Archive) => Archive)[] = [
  computeRates, // rates.ts: computedRate, rateOrigin, rateMismatch on metrics
  assignStatus, // status.ts: project.status from source kinds and rates
  assignTopics, // topics.ts: project.topics from the taxonomy's keywords
  linkParents, // links.ts: project.parent / project.children between region levels
  completeHistory, // history.ts: each step of project.history gets its status, figures and rate
];

/** Adds the derived fields of issue 5; returns a new archive and leaves the input untouched. */
export function enrichArchive(archive: Archive): Archive {
  // A deep copy first, so that no object of the result is shared with the input.
  return enrichOwned(structuredClone(archive));
}

/** The same, for a caller that owns the archive and will not use it again (the converter). */
export function enrichOwned(archive: Archive): Archive {
  return STEPS.reduce((current, step) => step(current), archive);
}
