// src/lib/sitemap.ts: one list while the pages fit the protocol's 50,000 URLs a file, else an
// index of parts (a national archive has ~360,000 pages).
import { describe, expect, it } from "vitest";
import { SITEMAP_LIMIT, sitemapIndexXml, sitemapPartFile, sitemapParts, urlsetXml } from "../../src/lib/sitemap.ts";

describe("the sitemap", () => {
  it("keeps every URL, in order, in parts of at most the limit; one part (the list itself) when they fit", () => {
    const urls = Array.from({ length: 7 }, (_, k) => `https://example.github.io/a/${k}/`);
    expect(sitemapParts(urls, 3)).toEqual([urls.slice(0, 3), urls.slice(3, 6), urls.slice(6)]);
    expect(sitemapParts(urls, 7)).toEqual([urls]);
    expect(sitemapParts([], 3)).toEqual([[]]);
    expect(SITEMAP_LIMIT).toBe(50_000);
    expect(sitemapParts(Array.from({ length: SITEMAP_LIMIT + 1 }, (_, k) => String(k))).map((part) => part.length)).toEqual([SITEMAP_LIMIT, 1]);
  });

  it("writes a list of <url> and an index of its parts' absolute addresses", () => {
    expect(urlsetXml(["https://e.io/a&b/"])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <url><loc>https://e.io/a&amp;b/</loc></url>\n</urlset>\n',
    );
    const index = sitemapIndexXml(2);
    expect(index).toContain("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
    expect([...index.matchAll(/<sitemap><loc>([^<]+)<\/loc><\/sitemap>/gu)].map((m) => m[1])).toEqual([
      new URL(sitemapPartFile(1), "http://localhost:4321/").href,
      new URL(sitemapPartFile(2), "http://localhost:4321/").href,
    ]);
  });
});
