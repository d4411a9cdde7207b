// Every page of the built site is valid HTML by html-validate's recommended rules, with the
// repository's .htmlvalidate.json (the same config `npx html-validate dist` reads).

import { readFileSync } from "node:fs";
import path from "node:path";
import { FileSystemConfigLoader, HtmlValidate, type Message } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT, builtSite } from "./build.ts";
import { listFiles } from "./html.ts";

let dist = "";
let pages: string[] = [];

beforeAll(async () => {
  dist = await builtSite();
  // Pagefind's bundle ships no pages of ours.
  pages = listFiles(dist).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind/"));
});

describe("html-validate on the built site", () => {
  it("finds the config in the repository", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const config = await validator.getConfigFor(path.join(ROOT, "index.html"));
    expect(config.getRules().get("no-dup-id")?.[0]).toBeGreaterThan(0);
    const report = await validator.validateString('<p id="a"></p><p id="a"></p>', path.join(ROOT, "index.html"));
    expect(report.results[0]?.messages.map((m) => m.ruleId)).toContain("no-dup-id");
  });

  it("reports no error and no warning on any page", async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const messages: string[] = [];
    for (const page of pages) {
      // Validated as if it lay at the repository root, so the config there applies.
      const report = await validator.validateString(readFileSync(path.join(dist, page), "utf8"), path.join(ROOT, page));
      for (const { messages: found } of report.results) messages.push(...found.map((m: Message) => formatMessage(page, m)));
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(messages).toEqual([]);
  });
});

function formatMessage(page: string, message: Message): string {
  return `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ""})`;
}
