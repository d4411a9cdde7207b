// A sharded build of the site (issue 14; docs/ARCHITECTURE.md "Sharded builds", src/lib/shard.ts):
//
//   tsx scripts/shards.ts plan --content content --shards 4 --out shards.json
//       cuts the archive into shards of whole provinces, about equal in pages; provinces whose
//       pages refer to each other (a document cited by reports of both, a project linked to one
//       of the other) go to the same shard. Prints the plan.
//   tsx scripts/shards.ts names --plan shards.json
//       the shard names, "common" last, as a JSON array (a GitHub Actions matrix)
//   SHARD_PLAN=shards.json SHARD=<name> OUT_DIR=<dir> npm run build:site      (each shard, anywhere)
//   tsx scripts/shards.ts merge [--link] --out dist <shard dir> <shard dir> …
//       the shards' outputs into one site: every file from the one shard that wrote it (a file
//       two shards wrote, the shared assets, must be the same bytes in both, else the merge
//       fails), then the search page's tables over all bundles (bundles.json, facets.json,
//       fold.json: the same function a whole build ends with). With --link each file is a hard
//       link to the shard's, not a copy (same disk only): a national site is ~31 GiB of shard
//       outputs, which a copy would double.
//
// A whole build with the same SHARD_PLAN (and no SHARD) writes the same site, byte for byte:
// tests/site/shards.test.ts.

import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeSearchTables } from "../src/integrations/pagefind.ts";
import { splitEntryFile } from "../src/lib/entry-file.ts";
import { COMMON_SHARD, parsePlan, provinceOf, type ShardPlan } from "../src/lib/shard.ts";

interface ReportFacts {
  id: string;
  seeds: string[];
  /** Ids of projects its projects link to (parent, children). */
  links: string[];
  /** Pages it brings: the report, its projects (and their embeds, roughly in proportion). */
  weight: number;
}

/** The reports' front matter, as much as a plan needs. */
export function readReports(contentDir: string): ReportFacts[] {
  const dir = path.join(contentDir, "reports");
  const files = readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".mdx"))
    .map((file) => file.split(path.sep).join("/"))
    .sort();
  return files.map((file) => {
    const { data } = splitEntryFile(readFileSync(path.join(dir, file), "utf8"));
    const report = data as { id: string; sources: { seed: string }[]; projects: { parent?: string | null; children?: string[] }[] };
    return {
      id: report.id,
      seeds: report.sources.map((source) => source.seed),
      links: report.projects.flatMap((project) => [...(project.parent ? [project.parent] : []), ...(project.children ?? [])]),
      weight: 1 + 2 * report.projects.length,
    };
  });
}

/** Shards of whole provinces, at most `count`, balanced by weight; provinces that refer to each other stay together. */
export function planShards(reports: ReportFacts[], count: number): ShardPlan {
  const parent = new Map<string, string>();
  const find = (province: string): string => {
    if (!parent.has(province)) parent.set(province, province);
    let root = province;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(province, root);
    return root;
  };
  const join = (a: string, b: string) => {
    const [ra, rb] = [find(a), find(b)].sort();
    if (ra !== rb) parent.set(rb!, ra!);
  };
  const bySeed = new Map<string, string>();
  for (const report of reports) {
    const province = provinceOf(report.id);
    find(province);
    for (const seed of report.seeds) {
      const other = bySeed.get(seed);
      if (other) join(other, province);
      else bySeed.set(seed, province);
    }
    for (const id of report.links) join(provinceOf(id), province);
  }
  const groups = new Map<string, { provinces: string[]; weight: number }>();
  for (const report of reports) {
    const province = provinceOf(report.id);
    const group = groups.get(find(province)) ?? { provinces: [], weight: 0 };
    if (!group.provinces.includes(province)) group.provinces.push(province);
    group.weight += report.weight;
    groups.set(find(province), group);
  }
  const ordered = [...groups.values()].sort((a, b) => b.weight - a.weight || (a.provinces[0]! < b.provinces[0]! ? -1 : 1));
  const shards = Array.from({ length: Math.max(1, Math.min(count, ordered.length)) }, () => ({ provinces: [] as string[], weight: 0 }));
  for (const group of ordered) {
    const lightest = shards.reduce((best, shard) => (shard.weight < best.weight ? shard : best));
    lightest.provinces.push(...group.provinces);
    lightest.weight += group.weight;
  }
  return { shards: shards.filter((shard) => shard.provinces.length > 0).map((shard, i) => ({ name: `s${i + 1}`, provinces: shard.provinces.sort() })) };
}

/** Every file under `dir`, relative, "/"-separated. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

/**
 * The shards' outputs into `out` (emptied first); returns the number of files written (the search
 * tables included). `link`: hard-link each file to the shard's instead of copying it.
 */
export async function mergeShards(out: string, shardDirs: string[], { link = false } = {}): Promise<{ files: number; shared: number; bundles: string[] }> {
  rmSync(out, { recursive: true, force: true });
  const from = new Map<string, string>();
  let shared = 0;
  for (const dir of shardDirs) {
    for (const file of listFiles(dir)) {
      const source = path.join(dir, file);
      const target = path.join(out, file);
      const earlier = from.get(file);
      if (earlier !== undefined) {
        if (!readFileSync(source).equals(readFileSync(target))) throw new Error(`merge: ${file} differs between ${earlier} and ${dir}`);
        shared += 1;
        continue;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      if (link) linkSync(source, target);
      else copyFileSync(source, target);
      from.set(file, dir);
    }
  }
  const bundles = existsSync(path.join(out, "pagefind")) ? await writeSearchTables(path.join(out, "pagefind")) : [];
  return { files: from.size + (bundles.length > 0 ? 3 : 0), shared, bundles };
}

async function main(): Promise<void> {
  const [command, ...rest] = process.argv.slice(2);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      shards: { type: "string", default: "4" },
      out: { type: "string" },
      plan: { type: "string" },
      link: { type: "boolean", default: false },
    },
  });
  if (command === "plan") {
    const plan = planShards(readReports(values.content), Number(values.shards));
    const text = `${JSON.stringify(plan, null, 2)}\n`;
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    const weights = readReports(values.content).reduce((map, r) => map.set(provinceOf(r.id), (map.get(provinceOf(r.id)) ?? 0) + r.weight), new Map<string, number>());
    for (const shard of plan.shards) console.error(`${shard.name}: ${shard.provinces.length} provinces, weight ${shard.provinces.reduce((sum, p) => sum + (weights.get(p) ?? 0), 0)}`);
  } else if (command === "names") {
    if (!values.plan) throw new Error("names: --plan <file>");
    const plan = parsePlan(readFileSync(values.plan, "utf8"), values.plan);
    process.stdout.write(`${JSON.stringify([...plan.shards.map((shard) => shard.name), COMMON_SHARD])}\n`);
  } else if (command === "merge") {
    if (!values.out || positionals.length === 0) throw new Error("merge: [--link] --out <dir> <shard dir>…");
    const merged = await mergeShards(values.out, positionals, { link: values.link });
    console.log(`merged ${positionals.length} shards into ${values.out}: ${merged.files} files (${merged.shared} shared, the same bytes in each shard), search bundles ${merged.bundles.join(", ")}`);
  } else {
    throw new Error("usage: shards.ts plan|names|merge … (see the top of scripts/shards.ts)");
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith("scripts/shards.ts")) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
