// Nothing a user puts into seeds/ disappears from the site: every non-whitespace character of
// each seed's decoded text (decoded as the converter decodes it) appears, in order, in the text
// a reader sees of its document on every report page that lists it as a source; a rejected
// seed's text appears on its rejected page.

import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentError, decodeDocument } from "../../src/ingest/decode.ts";
import { ROOT, builtSite } from "./build.ts";
import { elementById, listFiles, textOf } from "./html.ts";

const SEEDS = path.join(ROOT, "seeds");
const CONTENT = path.join(ROOT, "content");

let dist = "";

beforeAll(async () => {
  dist = await builtSite();
});

interface Seed {
  name: string;
  /** The decoded text, or null when the converter cannot read the file at all. */
  text: string | null;
}

function readSeeds(): Seed[] {
  return readdirSync(SEEDS, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(path.join(SEEDS, name)));
      try {
        return { name, text: decodeDocument({ name, bytes }).text };
      } catch (error) {
        if (error instanceof DocumentError) return { name, text: null };
        throw error;
      }
    });
}

/** Pages (relative to dist/) that carry each seed's text, from the converter's content/. */
function pagesBySeed(): Map<string, string[]> {
  const pages = new Map<string, string[]>();
  const add = (seed: string, page: string): void => void pages.set(seed, [...(pages.get(seed) ?? []), page]);
  for (const file of listFiles(path.join(CONTENT, "reports"))) {
    const report = matter(readFileSync(path.join(CONTENT, "reports", file), "utf8")).data as { id: string; sources: { seed: string }[] };
    for (const seed of new Set(report.sources.map((source) => source.seed))) add(seed, `${report.id}/index.html`);
  }
  const rejectedDir = path.join(CONTENT, "rejected");
  const rejected = readdirSync(CONTENT).includes("rejected") ? listFiles(rejectedDir) : [];
  for (const file of rejected) {
    const { seed } = matter(readFileSync(path.join(rejectedDir, file), "utf8")).data as { seed: string };
    add(seed, `rejected/${file.replace(/\.mdx$/u, "")}/index.html`);
  }
  return pages;
}

/** The element of a page that holds a seed's text (README: #doc-<seed>), as the reader sees it. */
function documentText(html: string, seed: string): string {
  const id = `doc-${seed.replace(/[^A-Za-z0-9_-]/gu, "-")}`;
  const article = elementById(html, id);
  expect(article, `no element #${id}`).toBeDefined();
  return textOf(article!);
}

/** Where `text`'s non-whitespace characters stop appearing in order in `page`, or null. */
function firstMissing(text: string, page: string): { index: number; context: string } | null {
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

describe("no seed text is lost on the site", () => {
  const seeds = readSeeds();
  const pages = pagesBySeed();

  it("the check finds a character missing or out of order", () => {
    expect(firstMissing("甲 乙\n丙", "x甲y乙z丙")).toBeNull();
    expect(firstMissing("甲乙丙", "甲丙乙")).toEqual({ index: 2, context: "甲乙丙" });
    expect(firstMissing("甲&lt;", "甲<")).not.toBeNull();
  });

  it("reads the seeds and knows a page for every one", () => {
    expect(seeds.length).toBeGreaterThan(0);
    expect(seeds.filter((seed) => !pages.has(seed.name)).map((seed) => seed.name)).toEqual([]);
  });

  for (const seed of seeds) {
    it(`${seed.name}: every character, in order, on ${pages.get(seed.name)?.join(", ") ?? "(no page)"}`, () => {
      for (const page of pages.get(seed.name) ?? []) {
        const html = readFileSync(path.join(dist, page), "utf8");
        if (seed.text === null) continue; // unreadable: its page says why, there is no text
        const missing = firstMissing(seed.text, documentText(html, seed.name));
        expect(missing, `${page} loses the text at character ${missing?.index}: …${missing?.context}…`).toBeNull();
      }
    });
  }
});
