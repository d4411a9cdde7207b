// The front matter of the converter's files as the site reads it: the schemas of the two
// content collections (src/content.config.ts), and of the files read without Astro (the
// whole-archive downloads and the common shard: src/lib/content-files.ts), so both give the
// same data. They mirror src/ingest/model.ts; objects are loose so that fields the converter
// adds later (and the site does not yet know) still reach data/archive.json.
import { z } from "astro/zod";

/** YAML may read an unquoted 2024-02-01 as a Date; the model wants the string. */
const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (typeof value === "string" ? value : value.toISOString().slice(0, 10)));

const sourceSpan = z.looseObject({
  seed: z.string(),
  start: z.number(),
  end: z.number(),
  line: z.number().optional(),
});

const metric = z.looseObject({
  label: z.string(),
  value: z.number(),
  unit: z.string(),
  role: z.enum(["actual", "target"]),
  rate: z.number().nullable(),
  source: sourceSpan,
  sentence: z.string().optional(),
  rateOrigin: z.enum(["stated", "computed"]).nullable().optional(),
  computedRate: z.number().nullable().optional(),
  rateMismatch: z.boolean().optional(),
});

const finding = z.looseObject({
  code: z.enum(["count", "numbering", "inferred", "rate-mismatch", "rate-implausible", "warning"]),
  severity: z.number(),
  seed: z.string(),
  line: z.number().nullable(),
  message: z.string(),
  fix: z.array(z.string()),
});

const historyStep = z.looseObject({
  kind: z.enum(["plan", "progress", "results"]),
  date: isoDate.nullable(),
  seed: z.string(),
  line: z.number().nullable(),
  status: z.enum(["超额完成", "完成", "未完成", "进行中", "计划", "无数据"]),
  figures: z.array(z.number()),
  rate: z.number().nullable(),
});

const project = z.looseObject({
  id: z.string(),
  no: z.number().nullable(),
  title: z.string(),
  level: z.enum(["province", "city", "county"]).nullable(),
  responsible: z.array(z.string()),
  metrics: z.array(metric),
  section: z.string().nullable().optional(),
  source: sourceSpan.optional(),
  status: z.enum(["超额完成", "完成", "未完成", "进行中", "计划", "无数据"]).optional(),
  topics: z.array(z.string()).optional(),
  parent: z.string().nullable().optional(),
  children: z.array(z.string()).optional(),
  history: z.array(historyStep).optional(),
  findings: z.array(finding).optional(),
});

const source = z.looseObject({
  seed: z.string(),
  kind: z.enum(["plan", "progress", "results"]),
  title: z.string().nullable(),
  published: isoDate.nullable(),
  publisher: z.string().nullable(),
  asOf: isoDate.nullable(),
  source_url: z.string().nullable().optional(),
});

const region = z.looseObject({
  name: z.string(),
  level: z.enum(["province", "city", "county"]),
  path: z.array(z.string()),
  slug: z.string(),
  code: z.union([z.string(), z.number()]).transform(String),
});

/** A report file's front matter (content/reports/<id>.mdx). */
export const reportSchema = z.looseObject({
  id: z.string(),
  region,
  year: z.number(),
  projectCount: z.number().nullable(),
  sources: z.array(source),
  projects: z.array(project),
  findings: z.array(finding).optional(),
});

/** A rejected document's front matter (content/rejected/<stem>.mdx). */
export const rejectedSchema = z.looseObject({
  seed: z.string(),
  reason: z.string(),
  line: z.number().optional(),
});
