import { describe, expect, it } from "vitest";
import { repositoryUrl } from "../../src/lib/url";

describe("the repository readers report errors to", () => {
  it("is the repository GitHub Actions builds, when named", () => {
    expect(repositoryUrl({ repository: "someone/minsheng-archive", site: "https://archive.example.cn", base: "/" })).toBe("https://github.com/someone/minsheng-archive");
  });

  it("is the one a github.io address implies, else none", () => {
    expect(repositoryUrl({ site: "https://example.github.io", base: "/minsheng-archive/" })).toBe("https://github.com/example/minsheng-archive");
    expect(repositoryUrl({ site: "https://example.github.io", base: "/" })).toBe("https://github.com/example/example.github.io");
    expect(repositoryUrl({ site: "https://archive.example.cn", base: "/" })).toBeNull();
    expect(repositoryUrl({ site: "http://localhost:4321", base: "/" })).toBeNull();
    expect(repositoryUrl({ repository: "not a repository", site: "http://localhost:4321" })).toBeNull();
    expect(repositoryUrl({})).toBeNull();
  });
});
