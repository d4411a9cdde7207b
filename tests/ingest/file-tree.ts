// A folder's files as { "reports/henan/2023.mdx": text }, for comparing what two runs wrote.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export function fileTree(dir: string, skip: string[] = [], prefix = ""): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) Object.assign(files, fileTree(path, skip, `${prefix}${entry.name}/`));
    else if (!skip.includes(entry.name)) files[prefix + entry.name] = readFileSync(path, "utf8");
  }
  return files;
}
