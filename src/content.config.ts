// The two collections the converter writes (docs/CONTENT.md). The schema mirrors
// src/ingest/model.ts; objects are loose so that fields the converter adds later
// (and the site does not yet know) still reach data/archive.json.
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";

/** Where the collections live; tests point it at tests/fixtures/site-content. */
const CONTENT_DIR = process.env.CONTENT_DIR ?? "content";

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

const reports = defineCollection({
  loader: glob({
    pattern: "**/*.mdx",
    base: `${CONTENT_DIR}/reports`,
    // The file path is the report id (henan/nanyang/2023.mdx → henan/nanyang/2023).
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z.looseObject({
    id: z.string(),
    region,
    year: z.number(),
    projectCount: z.number().nullable(),
    sources: z.array(source),
    projects: z.array(project),
  }),
});

const rejected = defineCollection({
  loader: glob({
    pattern: "*.mdx",
    base: `${CONTENT_DIR}/rejected`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
  }),
  schema: z.looseObject({
    seed: z.string(),
    reason: z.string(),
    line: z.number().optional(),
  }),
});

export const collections = { reports, rejected };
