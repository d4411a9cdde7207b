// src/lib/content-files.ts: the converter's files read one at a time without Astro, as the
// collections would hold them (the whole-archive downloads and the common shard read them so).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { entryIds, rejectedEntries, reportEntries } from "../../src/lib/content-files.ts";

const dir = mkdtempSync(path.join(tmpdir(), "content-files-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE = "tests/fixtures/site-content";

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const report = (id: string, code: unknown) => ({
  id,
  region: { name: "南阳市", level: "city", path: ["河南省", "南阳市"], slug: "henan/nanyang", code },
  year: Number(id.split("/").at(-1)),
  projectCount: null,
  sources: [{ seed: "a.txt", kind: "plan", title: null, published: null, publisher: null, asOf: null }],
  projects: [],
});

describe("the converter's files read one at a time", () => {
  it("gives the reports in id order with their files, the front matter as the collection's schema reads it", () => {
    const entries = [...reportEntries(FIXTURE)];
    expect(entries.map((e) => e.id)).toEqual(["hebei/chengde/2024", "henan/2023", "henan/nanyang/2022", "henan/nanyang/2023"]);
    for (const entry of entries) {
      expect(entry.data.id).toBe(entry.id);
      expect(entry.filePath).toBe(`${FIXTURE}/reports/${entry.id}.mdx`);
    }
    // YAML's unquoted dates and numeric codes come out as the model's strings, as in the collection.
    write("reports/henan/nanyang/2024.mdx", `---\n${JSON.stringify(report("henan/nanyang/2024", 4113))}\n---\n正文\n`);
    write("reports/henan/nanyang/2023.mdx", "---\nid: henan/nanyang/2023\nregion: {name: 南阳市, level: city, path: [河南省, 南阳市], slug: henan/nanyang, code: 4113}\nyear: 2023\nprojectCount: null\nsources: [{seed: a.txt, kind: results, title: null, published: 2024-01-05, publisher: null, asOf: null}]\nprojects: []\n---\n");
    const [y2023, y2024] = [...reportEntries(dir)];
    expect(y2024!.data.region.code).toBe("4113");
    expect(y2023!.data.sources[0]!.published).toBe("2024-01-05");
  });

  it("sorts ids as the pages do (code units), not file names: henan/2023 before henan/2023-b", () => {
    write("order/reports/henan/2023-b.mdx", "");
    write("order/reports/henan/2023.mdx", "");
    write("order/reports/henan/2023/x.mdx", "");
    expect(entryIds(path.join(dir, "order/reports"))).toEqual(["henan/2023", "henan/2023-b", "henan/2023/x"]);
    expect(entryIds(path.join(dir, "no-such-folder"))).toEqual([]);
  });

  it("reads only the files wanted, and names a file whose front matter does not fit", () => {
    write("bad/reports/henan/2023.mdx", `---\n${JSON.stringify(report("henan/2023", "41"))}\n---\n`);
    write("bad/reports/shanxi/2023.mdx", `---\n${JSON.stringify({ id: "shanxi/2023", year: "二〇二三" })}\n---\n`);
    expect([...reportEntries(path.join(dir, "bad"), (id) => id.startsWith("henan/"))].map((e) => e.id)).toEqual(["henan/2023"]);
    expect(() => [...reportEntries(path.join(dir, "bad"))]).toThrow(/bad\/reports\/shanxi\/2023\.mdx: front matter does not fit/u);
  });

  it("gives the rejected documents in seed order, as the pages list them", () => {
    write("rej/rejected/a.mdx", `---\n${JSON.stringify({ seed: "a.txt", reason: "空文件", line: 1 })}\n---\n`);
    write("rej/rejected/a-b.mdx", `---\n${JSON.stringify({ seed: "a-b.txt", reason: "空文件", line: 1 })}\n---\n`);
    expect(rejectedEntries(path.join(dir, "rej")).map((e) => e.data.seed)).toEqual(["a-b.txt", "a.txt"]);
  });
});
