// The archive model of DATA-CONTRACT.md. Field names marked "contract" are fixed;
// the others are the project's own additions, documented in docs/DATA-MODEL.md.
import type { MarkerType } from "./markers.ts";

export type RegionLevel = "province" | "city" | "county";
export type ReportKind = "plan" | "progress" | "results";
export type ProjectLevel = "province" | "city" | "county";
export type MetricRole = "actual" | "target";

/** Where a figure was read: character offsets into the decoded document text (front matter removed). */
export interface SourceSpan {
  seed: string; // contract
  start: number; // contract
  end: number; // contract
  /** 1-based line of `start` in the decoded text. */
  line?: number;
}

export interface Region {
  name: string; // contract: full official name, 南阳市
  level: RegionLevel; // contract
  path: string[]; // contract: from the province down, ["河南省", "南阳市"]
  slug: string; // contract: "henan/nanyang"
  /** Division code from the division data package (2, 4 or 6 digits). */
  code: string;
}

export interface Source {
  seed: string; // contract: file name in the seeds folder
  kind: ReportKind; // contract
  title: string | null; // contract
  published: string | null; // contract: YYYY-MM-DD
  publisher: string | null; // contract
  asOf: string | null; // contract: cut-off date of a progress report
  source_url?: string | null;
  /** How the converter read the document's list, and whether the text's own evidence agrees. */
  check?: ReadingCheck;
}

/**
 * The converter's self-check of one list: the layout it chose, the count the text states,
 * the projects read, and whether their numbers run 1..N.
 */
export interface ReadingCheck {
  layout: string;
  stated: number | null;
  read: number;
  numbering: "ok" | "gaps" | "restarts" | "unnumbered";
}

/** How a completion rate came to be: stated in the text, or computed from a target and an actual. */
export type RateOrigin = "stated" | "computed";

export interface Metric {
  label: string; // contract
  value: number; // contract: as written; 万/亿 stay in the unit
  unit: string; // contract
  role: MetricRole; // contract
  rate: number | null; // contract: completion % of the annual target
  source: SourceSpan; // contract
  /** The sentence the figure stands in (trimmed), for citation. */
  sentence?: string;
  rateOrigin?: RateOrigin | null;
  /** Computed completion % where target and actual are both known (issue 5). */
  computedRate?: number | null;
  /** True when stated and computed rates differ by more than 0.5 points. */
  rateMismatch?: boolean;
  /** On an actual: the index (in its project's metrics) of the target it is read against, else null (issue 12). */
  pairedTarget?: number | null;
}

export type ProjectStatus = "超额完成" | "完成" | "未完成" | "进行中" | "计划" | "无数据";

export interface Project {
  id: string; // contract: "henan/nanyang/2023/01"
  no: number | null; // contract
  title: string; // contract
  level: ProjectLevel | null; // contract
  responsible: string[]; // contract
  metrics: Metric[]; // contract
  /** Section heading the project stands under, as written ("(一) 促进更可持续就业"). */
  section?: string | null;
  /** Where the project's heading stands in its document. */
  source?: SourceSpan;
  status?: ProjectStatus;
  topics?: string[];
  /** Id of the parent region's project this one carries out (issue 5). */
  parent?: string | null;
  children?: string[];
  /** The project's timeline across the documents that speak of it (issue 13, src/ingest/history.ts). */
  history?: HistoryStep[];
  /** What a reader should check about this project's reading (issue 13, src/ingest/findings.ts). */
  findings?: Finding[];
}

/** One document's word on a project: the plan, a progress notice, the results. */
export interface HistoryStep {
  kind: ReportKind;
  /** The document's cut-off date (progress), else its publication date, else null. */
  date: string | null;
  seed: string;
  /** 1-based file line where the document speaks of the project (its heading or first figure), else null. */
  line: number | null;
  /** The status this document alone gives the project (docs/STATUS.md). */
  status: ProjectStatus;
  /** Indexes into the project's `metrics` of the figures this document gives. */
  figures: number[];
  /** The lowest completion rate among this document's actual figures (stated, else computed), else null. */
  rate: number | null;
}

/** Front-matter fields an archivist can set to correct a reading (README, "Correcting a document"). */
export type FixField = "items" | "count" | "split" | "region" | "year" | "kind";

/** One thing the converter's self-checks found that a person should check against the original. */
export interface Finding {
  /** What kind of check: stated vs read count, numbering, a list inferred from unnumbered text, stated vs computed rate, an implausible rate, a converter warning. */
  code: "count" | "numbering" | "inferred" | "rate-mismatch" | "rate-implausible" | "warning";
  /** How likely the reading is wrong: 3 = a list misread, 2 = a figure in doubt, 1 = worth a look. */
  severity: 1 | 2 | 3;
  seed: string;
  /** 1-based file line to open, else null. */
  line: number | null;
  /** What to check, in Chinese, for the review page. */
  message: string;
  /** Front-matter fields that would correct it, best first; [] when only the original can say. */
  fix: FixField[];
}

export interface Report {
  id: string; // contract: "henan/nanyang/2023"
  region: Region; // contract
  year: number; // contract
  projectCount: number | null; // contract
  sources: Source[]; // contract
  projects: Project[]; // contract
  /** Findings about the report's reading as a whole (counts, numbering, warnings); projects carry their own. */
  findings?: Finding[];
}

export interface Rejection {
  seed: string; // contract
  reason: string; // contract
  line?: number;
}

export interface Archive {
  reports: Report[]; // contract
  rejected: Rejection[]; // contract
}

/** A message about a document, with the place it concerns (vfile-message style). */
export interface Warning {
  /** Which check raised it, where a finding of the same check already covers it (issue 13). */
  rule?: "reading-check";
  seed: string;
  line: number;
  column: number;
  message: string;
}

/** One input document as the converter receives it. */
export interface InputDocument {
  /** File name in the seeds folder. */
  name: string;
  bytes: Uint8Array;
}

/** One decoded document: its text after front matter, and what the front matter says. */
export interface DecodedDocument {
  seed: string;
  /** The decoded text after front matter: every source offset points into it. */
  text: string;
  encoding: "utf-8" | "gb18030" | "utf-16le" | "utf-16be";
  frontMatter: FrontMatter;
  /** Lines taken by the front matter, so that warnings can name the file's own line. */
  frontMatterLines: number;
  /** What decoding had to mend (undecodable bytes), at the file's line and column. */
  warnings?: Array<{ line: number; column: number; message: string }>;
}

export interface FrontMatter {
  region?: string;
  year?: number;
  kind?: ReportKind;
  published?: string;
  source_url?: string;
  title?: string;
  publisher?: string;
  /** Structure hints (docs/CONVERTER.md): the marker family that numbers the projects. */
  items?: MarkerType;
  /** The project count the text states, where the converter misreads it. */
  count?: number;
  /** File lines where another report's list starts. */
  split?: number[];
}
