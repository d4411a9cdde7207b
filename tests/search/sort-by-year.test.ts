import { describe, expect, it } from "vitest";
import { findPages } from "../../src/client/search.ts";
import { facetToken } from "../../src/client/search-bigrams.ts";

/** A stand-in for Pagefind: each word finds the pages listed for it, in that order. */
function fakePagefind(words: Record<string, string[]>) {
  const result = (id: string) => ({ id, words: [0], data: async () => ({ url: id, content: "", meta: {}, filters: {} }) });
  return {
    options: async () => {},
    init: async () => {},
    preload: async () => {},
    search: async (term: string | null) => ({ results: (words[term ?? ""] ?? []).map(result) }),
  };
}

describe("sorting by year", () => {
  const pagefind = fakePagefind({
    "2023": ["a", "b", "c", "d"],
    [facetToken("year", "2022")]: ["b", "d"],
    [facetToken("year", "2023")]: ["a"],
    [facetToken("year", "2024")]: ["c"],
  });
  const years = ["2022", "2023", "2024"];

  it("keeps relevance order unless asked", async () => {
    const found = await findPages(pagefind, "2023", {}, "relevance", years);
    expect(found.results.map((r) => r.id)).toEqual(["a", "b", "c", "d"]);
  });

  it("orders by the year words, relevance within a year", async () => {
    expect((await findPages(pagefind, "2023", {}, "year-desc", years)).results.map((r) => r.id)).toEqual(["c", "a", "b", "d"]);
    expect((await findPages(pagefind, "2023", {}, "year-asc", years)).results.map((r) => r.id)).toEqual(["b", "d", "a", "c"]);
  });
});
