// The two collections the converter writes (docs/CONTENT.md); their schemas are in
// src/lib/entry-schema.ts.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineCollection } from "astro:content";
import type { Loader } from "astro/loaders";
import { splitEntryFile } from "./lib/entry-file";
import { rejectedSchema, reportSchema } from "./lib/entry-schema";
import { holdsReport, rendersSitePages } from "./lib/shard";

/** Where the collections live; tests point it at tests/fixtures/site-content. */
const CONTENT_DIR = process.env.CONTENT_DIR ?? "content";

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
  schema: reportSchema,
});

// Rejected documents are read like reports, never compiled as MDX: a document may be one
// 2 MB line of punctuation, and the MDX compiler's memory grows with a line's square.
const rejected = defineCollection({
  loader: reportFiles(`${CONTENT_DIR}/rejected`, () => rendersSitePages()),
  schema: rejectedSchema,
});

export const collections = { reports, rejected };
