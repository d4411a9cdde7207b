import { describe, expect, it } from "vitest";
import { sourceHref } from "../../src/lib/sources";

describe("a source's link back to its publisher", () => {
  it("is the front matter's source_url when it is an absolute http(s) address", () => {
    expect(sourceHref({ source_url: "https://www.henan.gov.cn/2024/02-01/2891234.html" })).toBe("https://www.henan.gov.cn/2024/02-01/2891234.html");
    expect(sourceHref({ source_url: " http://example.cn/a b " })).toBe("http://example.cn/a%20b");
    expect(sourceHref({ source_url: "https://例子.中国/新闻" })).toBe("https://xn--fsqu00a.xn--fiqs8s/%E6%96%B0%E9%97%BB");
  });

  it("is no link for anything else", () => {
    for (const source_url of [null, undefined, "", "  ", "javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "/henan/2023/", "www.henan.gov.cn", "ftp://example.cn/x"]) {
      expect(sourceHref({ source_url }), String(source_url)).toBeNull();
    }
    expect(sourceHref(undefined)).toBeNull();
  });
});
