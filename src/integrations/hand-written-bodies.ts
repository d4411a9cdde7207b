// Report bodies an archivist edited go through @astrojs/mdx; the converter's bodies keep the
// fast path (src/lib/report-body.ts). This Vite plugin gives the site one module,
//   import bodies from "virtual:minsheng/hand-written-bodies"
//   bodies["henan/2023"]?.()  →  the compiled MDX of content/reports/henan/2023.mdx
// listing only the report files whose bodies are outside the converter's subset, so only
// those are compiled and bundled (a few notes, never the 2,400 generated bodies).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { isConverterBody } from "../lib/report-body.ts";

export const HAND_WRITTEN_BODIES = "virtual:minsheng/hand-written-bodies";
const RESOLVED_ID = `\0${HAND_WRITTEN_BODIES}`;
/** The front matter a body follows: the converter's JSON or an archivist's YAML, between --- lines. */
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u;

/** Report id → file, for each .mdx file under `reportsDir` whose body only MDX can render. */
export function handWrittenReports(reportsDir: string): Map<string, string> {
  const entries = readdirSync(reportsDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(".mdx"))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  const reports = new Map<string, string>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    const body = text.slice(FRONT_MATTER.exec(text)?.[0].length ?? 0);
    if (isConverterBody(body)) continue;
    const id = path.relative(reportsDir, file).split(path.sep).join("/").replace(/\.mdx$/u, "");
    reports.set(id, file);
  }
  return reports;
}

export function handWrittenBodies(reportsDir: string): Plugin {
  return {
    name: "minsheng-hand-written-bodies",
    resolveId: (id) => (id === HAND_WRITTEN_BODIES ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      let reports = new Map<string, string>();
      try {
        reports = handWrittenReports(reportsDir);
      } catch {
        // no reports folder yet: nothing hand-written
      }
      const lines = [...reports].map(([report, file]) => `  ${JSON.stringify(report)}: () => import(${JSON.stringify(file)}),`);
      return `export default {\n${lines.join("\n")}\n};\n`;
    },
  };
}
