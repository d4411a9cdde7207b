// The converter over an archive too large to hold at once (issue 14): documents are read one by
// one and only what names their reports is kept; then the archive is finished province by
// province, each from the readings a cache gives back. Everything the merge and enrich steps
// join lies inside one province (reports of one region-year; a region's report and its parent
// region's of the same year), so each province's reports, findings and files come out exactly
// as `convert` gives them for the whole archive, in the same order.
import { finishArchive, readInput, sortedByName, type DocumentReading, type NoiseRange, type Reading, type ReadingCache } from "./convert.ts";
import type { Archive, InputDocument, Rejection, Warning } from "./model.ts";

export interface ProvinceBatch {
  /** The first part of its reports' ids (henan in henan/nanyang/2023). */
  province: string;
  /** This province's reports, finished; `rejected` is empty (rejections come with the whole run). */
  archive: Archive;
  /** Decoded text and page furniture of the documents its reports cite. */
  texts: Map<string, string>;
  noise: Map<string, NoiseRange[]>;
}

export interface BatchedConversion {
  /** Every document's warnings, in document order (as `convert` gives them). */
  warnings: Warning[];
  rejected: Rejection[];
  /** What could be read of each rejected document, for its page. */
  rejectedTexts: Map<string, string>;
  /** The provinces of the reports, in the order of their ids. */
  provinces: string[];
  /** The documents that give a province's reports. */
  documentsOf(province: string): InputDocument[];
  /** The provinces in that order, each read again from the cache when its turn comes; those `skip` names are passed over. */
  batches(skip?: (province: string) => boolean): Generator<ProvinceBatch>;
}

/** The province part of a report id; ids sort province by province. */
export function provinceOf(reportId: string): string {
  return reportId.slice(0, reportId.indexOf("/"));
}

/**
 * Reads every document once (from `cache` where it has it, keeping what it reads there), calling
 * `onReadings` with its candidate readings; holds only each document's warnings, rejection and the
 * provinces of its reports. The batches then take the readings from `cache` again.
 */
export function convertInBatches(inputs: InputDocument[], cache: ReadingCache, onReadings: (readings: Reading[]) => void = () => {}): BatchedConversion {
  const sorted = sortedByName(inputs);
  const warnings: Warning[] = [];
  const warningsBySeed = new Map<string, Warning[]>();
  const rejected: Rejection[] = [];
  const rejectedTexts = new Map<string, string>();
  const documentsOf = new Map<string, InputDocument[]>();
  for (const input of sorted) {
    let reading = cache.get(input);
    if (!reading) {
      reading = readInput(input);
      cache.set(input, reading);
    }
    warnings.push(...reading.warnings);
    if (reading.warnings.length) warningsBySeed.set(reading.seed, reading.warnings);
    onReadings(reading.readings);
    if (reading.rejection) {
      rejected.push(reading.rejection);
      if (reading.text !== undefined) rejectedTexts.set(reading.seed, reading.text);
    }
    for (const province of new Set(reading.reports.map((r) => provinceOf(r.id)))) {
      documentsOf.set(province, [...(documentsOf.get(province) ?? []), input]);
    }
  }
  // A province's ids all start with `province/`, and "/" sorts before every character a slug has.
  const provinces = [...documentsOf.keys()].sort((a, b) => (`${a}/` < `${b}/` ? -1 : 1));

  function* batches(skip: (province: string) => boolean = () => false): Generator<ProvinceBatch> {
    for (const province of provinces) {
      if (skip(province)) continue;
      const reports = [];
      const own: Warning[] = [];
      const texts = new Map<string, string>();
      const noise = new Map<string, NoiseRange[]>();
      for (const input of documentsOf.get(province)!) {
        // A reading the cache could not keep is read again: the converter gives the same reading.
        const reading: DocumentReading = cache.get(input) ?? readInput(input);
        reports.push(...reading.reports.filter((r) => provinceOf(r.id) === province));
        own.push(...(warningsBySeed.get(reading.seed) ?? []));
        if (reading.text !== undefined) texts.set(reading.seed, reading.text);
        if (reading.noise) noise.set(reading.seed, reading.noise);
      }
      yield { province, archive: finishArchive(reports, [], own), texts, noise };
    }
  }
  return { warnings, rejected, rejectedTexts, provinces, documentsOf: (province) => documentsOf.get(province) ?? [], batches };
}
