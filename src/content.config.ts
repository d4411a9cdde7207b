// The two collections the converter writes (docs/CONTENT.md). The schema mirrors
// src/ingest/model.ts; objects are loose so that fields the converter adds later
// (and the site does not yet know) still reach data/archive.json.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { z } from "astro/zod";
import { splitEntryFile } from "./lib/entry-file";
import { holdsReport, rendersSitePages } from "./lib/shard";

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

const finding = z.looseObject({
  code: z.enum(["count", "numbering", "rate-mismatch", "rate-implausible", "warning"]),
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

/**
 * The reports' (and rejected documents') .mdx files as data entries: front matter as data. The
 * body is not stored: its page reads it from the file when it renders (src/lib/entry-file.ts;
 * the texts would otherwise sit in memory, three times over, for the whole build) and renders
 * it with src/components/ReportBody.astro, never compiled as MDX (src/lib/report-body.ts:
 * compiling and bundling every report was a third of the build's time and most of its memory).
 * The file path is the report id (henan/nanyang/2023.mdx → henan/nanyang/2023).
 */
function reportFiles(base: string, wanted: (id: string) => boolean = () => true): Loader {
  return {
    name: "minsheng-report-files",
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const dir = path.resolve(root, base);
      const sync = async (file: string) => {
        const id = file.replace(/\.mdx$/u, "");
        const filePath = path.join(dir, file);
        const contents = await readFile(filePath, "utf8");
        const digest = generateDigest(contents);
        if (store.get(id)?.digest === digest) return id;
        const { data } = splitEntryFile(contents);
        const parsed = await parseData({ id, data, filePath });
        // No body: pages read it from filePath when they render (src/lib/entry-file.ts).
        store.set({ id, data: parsed, digest, filePath: path.relative(root, filePath).split(path.sep).join("/") });
        return id;
      };
      // A sharded build (src/lib/shard.ts) holds only the entries its pages need.
      const files = (await mdxFiles(dir)).filter((file) => wanted(file.replace(/\.mdx$/u, "")));
      const seen = new Set<string>();
      for (const file of files) seen.add(await sync(file));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      watcher?.on("all", (_event, changed) => {
        if (!changed.startsWith(dir + path.sep) || !changed.endsWith(".mdx")) return;
        const file = path.relative(dir, changed).split(path.sep).join("/");
        if (!wanted(file.replace(/\.mdx$/u, ""))) return;
        void readFile(changed).then(
          () => sync(file),
          () => store.delete(file.replace(/\.mdx$/u, "")),
        );
      });
    },
  };
}

async function mdxFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

const reports = defineCollection({
  // A province shard loads its provinces' reports only; the common shard, like a whole build, all of them.
  loader: reportFiles(`${CONTENT_DIR}/reports`, (id) => holdsReport(id)),
  schema: z.looseObject({
    id: z.string(),
    region,
    year: z.number(),
    projectCount: z.number().nullable(),
    sources: z.array(source),
    projects: z.array(project),
    findings: z.array(finding).optional(),
  }),
});

// Rejected documents are read like reports, never compiled as MDX: a document may be one
// 2 MB line of punctuation, and the MDX compiler's memory grows with a line's square.
const rejected = defineCollection({
  loader: reportFiles(`${CONTENT_DIR}/rejected`, () => rendersSitePages()),
  schema: z.looseObject({
    seed: z.string(),
    reason: z.string(),
    line: z.number().optional(),
  }),
});

export const collections = { reports, rejected };
