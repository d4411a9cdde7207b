// Every internal URL of the built site resolves to a file under the base path, as GitHub Pages
// serves it: pages' href/src, the sitemap's and feed's URLs, robots.txt, CSS url() and the
// imports between the site's own scripts. A URL with a fragment must find its id on the page.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BASE, SITE_URL, builtSite } from "./build.ts";
import { isDirectory, listFiles, pageIds, pageUrls } from "./html.ts";

let dist = "";
let files: string[] = [];

beforeAll(async () => {
  dist = await builtSite();
  files = listFiles(dist);
});

/** The address a file of dist/ is served at: henan/2023/index.html → <site>/<base>/henan/2023/. */
function addressOf(file: string): URL {
  const served = file.endsWith("index.html") ? file.slice(0, -"index.html".length) : file;
  return new URL(`${BASE}${served}`, SITE_URL);
}

interface Reference {
  from: string;
  url: string;
}

type Verdict = { ok: true; file: string | null } | { ok: false; why: string };

/** Where an internal URL lands in dist/, or why it does not; external URLs pass (file null). */
function resolve(reference: Reference): Verdict {
  const { from, url } = reference;
  if (/^(mailto|tel|data|javascript):/iu.test(url)) return { ok: true, file: null };
  if (url.startsWith("//")) return { ok: false, why: "protocol-relative URL" };
  const target = new URL(url, addressOf(from));
  if (target.origin !== SITE_URL) {
    if (/^https?:\/\/(localhost|127\.0\.0\.1)/u.test(url)) return { ok: false, why: "points at a development server" };
    return { ok: true, file: null };
  }
  const pathname = decodeURIComponent(target.pathname);
  if (pathname.includes("//")) return { ok: false, why: `"//" in the path ${pathname}` };
  if (!pathname.startsWith(BASE)) return { ok: false, why: `escapes the base path ${BASE}` };
  const inside = pathname.slice(BASE.length);
  const file = path.join(dist, inside);
  if (pathname.endsWith("/")) {
    const index = path.join(file, "index.html");
    return existsSync(index) ? { ok: true, file: index } : { ok: false, why: `no ${inside}index.html` };
  }
  if (isDirectory(file)) return { ok: false, why: "a directory without its trailing slash (a redirect on GitHub Pages)" };
  return existsSync(file) ? { ok: true, file } : { ok: false, why: `no file ${inside}` };
}

const idsByFile = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByFile.get(file);
  if (!ids) idsByFile.set(file, (ids = pageIds(readFileSync(file, "utf8"))));
  return ids;
}

function problems(references: Reference[]): string[] {
  const found: string[] = [];
  for (const reference of references) {
    const verdict = resolve(reference);
    if (!verdict.ok) {
      found.push(`${reference.from}: ${reference.url} — ${verdict.why}`);
      continue;
    }
    const hash = new URL(reference.url, addressOf(reference.from)).hash;
    if (verdict.file?.endsWith(".html") && hash.length > 1) {
      const id = decodeURIComponent(hash.slice(1));
      if (!idsOf(verdict.file).has(id)) found.push(`${reference.from}: ${reference.url} — no id "${id}" on the page`);
    }
  }
  return found;
}

/** Pages' own files, not Pagefind's bundle (its fragments load by content hash). */
const siteFiles = (extension: string): string[] =>
  files.filter((f) => f.endsWith(extension) && !f.startsWith("pagefind/"));

describe("internal links of the site built under the base path", () => {
  it("builds the pages the archive promises", () => {
    for (const page of ["index.html", "404.html", "henan/2023/index.html", "henan/2023/01/index.html", "data/index.html"]) {
      expect(files).toContain(page);
    }
    expect(siteFiles(".html").length).toBeGreaterThan(50);
  });

  it("every href and src of every page resolves to a file in dist/", () => {
    const references = siteFiles(".html").flatMap((from) =>
      pageUrls(readFileSync(path.join(dist, from), "utf8")).map(({ url }) => ({ from, url })),
    );
    expect(references.length).toBeGreaterThan(1000);
    expect(problems(references)).toEqual([]);
  });

  it("every URL of the sitemap, feed and robots.txt is absolute on SITE_URL and resolves", () => {
    const references: Reference[] = [];
    const sitemap = readFileSync(path.join(dist, "sitemap.xml"), "utf8");
    for (const [, url] of sitemap.matchAll(/<loc>([^<]*)<\/loc>/gu)) references.push({ from: "sitemap.xml", url: url! });
    const feed = readFileSync(path.join(dist, "feed.xml"), "utf8");
    for (const [, id, href] of feed.matchAll(/<id>([^<]*)<\/id>|<link\b[^>]*?\bhref="([^"]*)"/gu)) {
      references.push({ from: "feed.xml", url: (id ?? href)! });
    }
    const robots = readFileSync(path.join(dist, "robots.txt"), "utf8");
    for (const [, url] of robots.matchAll(/^Sitemap:\s*(\S+)/gmu)) references.push({ from: "robots.txt", url: url! });

    expect(references.filter((r) => r.from === "sitemap.xml").length).toBeGreaterThan(50);
    for (const { url } of references) expect(url.startsWith(`${SITE_URL}${BASE}`), url).toBe(true);
    expect(problems(references)).toEqual([]);
  });

  it("the site's scripts and styles only load files that exist", () => {
    const references: Reference[] = [];
    for (const from of siteFiles(".js")) {
      const script = readFileSync(path.join(dist, from), "utf8");
      for (const [, url] of script.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+|\/[^/"'`][^"'`]*)["'`]/gu)) {
        references.push({ from, url: url! });
      }
    }
    for (const from of siteFiles(".css")) {
      const style = readFileSync(path.join(dist, from), "utf8");
      for (const [, url] of style.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/gu)) references.push({ from, url: url! });
    }
    expect(problems(references)).toEqual([]);
  });
});
