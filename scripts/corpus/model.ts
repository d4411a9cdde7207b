// The types the corpus generator shares: report models drawn over real regions, and the
// gold reading (gold/SCHEMA.md) written beside each document.

export type Level = "province" | "city" | "county";
export type Kind = "plan" | "progress" | "results";

export interface Region {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  /** what the text calls the whole region: 省 / 市 / 县 / 区 / 旗 */
  word: string;
  short: string;
}

/** A figure at the region's scale: the annual target and what was achieved. */
export interface Figure {
  label: string;
  unit: string;
  target: number;
  actual: number;
  percent: boolean;
}

export interface ProjectModel {
  title: string;
  level: "province" | "city" | null;
  responsible: string[];
  figures: Figure[];
}

export interface ReportModel {
  region: Region;
  year: number;
  projects: ProjectModel[];
}

export interface GoldMetric { label: string; value: number; unit: string; role: "actual" | "target"; rate: number | null }
export interface GoldProject { no: number | null; title: string; level: string | null; responsible: string[]; metrics: GoldMetric[] }
export interface GoldReport {
  region: string; regionLevel: Level; parentRegion: string | null; year: number; kind: Kind;
  asOf: string | null; published: string | null; publisher: string | null; projectCount: number | null;
  projects: GoldProject[];
}

/** What a document needs besides the model and its choices: chance, dates and the dateline. */
export interface RenderContext {
  rand: () => number;
  kind: Kind;
  published: string | null;
  publisher: string | null;
  /** the cut-off of a progress report: the last day of a month */
  asOf: string | null;
  /** write small integers as Chinese numerals now and then ('三千户') */
  chineseNumerals: boolean;
}

export interface Rendered { text: string; reports: GoldReport[]; headline: string }

export const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
