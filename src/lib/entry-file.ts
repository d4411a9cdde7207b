// A report's (or rejected document's) .mdx file: front matter and body. The collections hold
// the front matter only (src/content.config.ts); a body, most of an archive's text, is read
// from its file when its page renders, so the content store does not grow with the texts.
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";

/** The converter writes the front matter as JSON (which is YAML): `---\n{…}\n---\n`. */
const JSON_FRONT_MATTER = /^---\r?\n(\{[\s\S]*?\})\r?\n---\r?\n?/u;

/** Front matter and body: the converter's JSON front matter, else YAML (hand-made files). */
export function splitEntryFile(contents: string): { data: Record<string, unknown>; body: string } {
  const json = JSON_FRONT_MATTER.exec(contents);
  if (json) {
    try {
      return { data: JSON.parse(json[1]!) as Record<string, unknown>, body: contents.slice(json[0].length) };
    } catch {
      // not JSON after all: read it as YAML
    }
  }
  const parsed = matter(contents);
  return { data: parsed.data, body: parsed.content };
}

/**
 * The body of a collection entry, read from its file. `filePath` is relative to the project
 * root (Astro's convention), which is the working directory of `astro build` and `astro dev`.
 */
export function readEntryBody(entry: { id: string; filePath?: string | undefined }): string {
  if (!entry.filePath) throw new Error(`content entry ${entry.id} has no file to read its body from`);
  return splitEntryFile(readFileSync(path.resolve(entry.filePath), "utf8")).body;
}
