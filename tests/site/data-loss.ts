// Checks that nothing a user puts into a seeds folder disappears from the built site: every
// non-whitespace character of each document's decoded text (decoded as the converter
// decodes it) appears, in order, in the text a reader sees of that document on every report
// page that lists it, or on its rejected page. Used for seeds/ and for the variant documents.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { expect } from "vitest";
import { DocumentError, decodeDocument } from "../../src/ingest/decode.ts";
import { elementById, listFiles, textOf } from "./html.ts";

export interface Seed {
  name: string;
  /** The decoded text (of a rejected file: what could be read), or null when there is none. */
  text: string | null;
}

export function readSeeds(dir: string, accept: (name: string) => boolean = () => true): Seed[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith(".") && accept(entry.name))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(path.join(dir, name)));
      try {
        return { name, text: decodeDocument({ name, bytes }).text };
      } catch (error) {
        // A rejected document's page shows whatever text could be read (issue 11).
        if (error instanceof DocumentError) return { name, text: error.text ?? null };
        throw error;
      }
    });
}

/** Pages (relative to dist/) that carry each seed's text, from a content folder the converter wrote. */
export function pagesBySeed(content: string): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const add = (seed: string, page: string): void => void pages.set(seed, [...(pages.get(seed) ?? []), page]);
  for (const file of listFiles(path.join(content, "reports"))) {
    const report = matter(readFileSync(path.join(content, "reports", file), "utf8")).data as { id: string; sources: { seed: string }[] };
    for (const seed of new Set(report.sources.map((source) => source.seed))) add(seed, `${report.id}/index.html`);
  }
  const rejectedDir = path.join(content, "rejected");
  const rejected = readdirSync(content).includes("rejected") ? listFiles(rejectedDir) : [];
  for (const file of rejected) {
    const { seed } = matter(readFileSync(path.join(rejectedDir, file), "utf8")).data as { seed: string };
    add(seed, `rejected/${file.replace(/\.mdx$/u, "")}/index.html`);
  }
  return pages;
}

/** The element of a page that holds a seed's text (README: #doc-<seed>), as the reader sees it. */
export function documentText(html: string, seed: string): string {
  const id = `doc-${seed.replace(/[^A-Za-z0-9_-]/gu, "-")}`;
  const article = elementById(html, id);
  expect(article, `no element #${id}`).toBeDefined();
  return textOf(article!);
}

/** Where `text`'s non-whitespace characters stop appearing in order in `page`, or null. */
export function firstMissing(text: string, page: string): { index: number; context: string } | null {
  let at = 0;
  let index = 0;
  for (const character of text) {
    if (!/\s/u.test(character)) {
      const found = page.indexOf(character, at);
      if (found < 0) return { index, context: text.slice(Math.max(0, index - 30), index + 30) };
      at = found + character.length;
    }
    index += character.length;
  }
  return null;
}

/** Fails with the page and place where a seed's text is lost. */
export function expectTextKept(dist: string, seed: Seed, pages: string[]): void {
  for (const page of pages) {
    const html = readFileSync(path.join(dist, page), "utf8");
    if (seed.text === null) continue; // unreadable: its page says why, there is no text
    const missing = firstMissing(seed.text, documentText(html, seed.name));
    expect(missing, `${page} loses the text at character ${missing?.index}: …${missing?.context}…`).toBeNull();
  }
}
