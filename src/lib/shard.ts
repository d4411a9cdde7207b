// A sharded build (issue 14, docs/ARCHITECTURE.md "Sharded builds"): the archive's region,
// report, project and embed pages are rendered in shards of whole provinces, each in a build
// of its own, and the site-wide pages (home, lists, topics, search, downloads, feed, sitemap,
// review, rejected documents) in one more, "common"; `scripts/shards.ts merge` puts the
// shards' outputs together into the site a single build gives, byte for byte.
//
// Environment (read by astro.config.mjs, src/content.config.ts, the pages and the indexer):
//   SHARD_PLAN  a plan file written by `scripts/shards.ts plan`: which provinces each shard has
//   SHARD       the shard this build renders: a name from the plan, or "common"
// Without SHARD the build renders everything; SHARD_PLAN then only says how the search index
// is cut into bundles (one per shard, as the sharded build writes them).
//
// Plain TypeScript without Astro imports: the config, the content loader, the pages and the
// scripts all read it.
import { readFileSync } from "node:fs";

export interface ShardPlan {
  /** Each shard: a name (a folder name: letters, digits, "-") and the provinces (first id segment) it renders. */
  shards: { name: string; provinces: string[] }[];
}

/** The shard that renders the site-wide pages. */
export const COMMON_SHARD = "common";

/** What one build renders. */
export type ShardSelection =
  | { kind: "all"; plan: ShardPlan | null }
  | { kind: "common"; plan: ShardPlan }
  | { kind: "provinces"; name: string; provinces: ReadonlySet<string>; plan: ShardPlan };

const NAME = /^[a-z0-9][a-z0-9-]*$/u;

export function parsePlan(text: string, source = "shard plan"): ShardPlan {
  const plan = JSON.parse(text) as ShardPlan;
  if (!Array.isArray(plan?.shards)) throw new Error(`${source}: expected {"shards": [{"name", "provinces"}, …]}`);
  const names = new Set<string>();
  const provinces = new Map<string, string>();
  for (const shard of plan.shards) {
    if (!NAME.test(shard.name) || shard.name === COMMON_SHARD || shard.name === "all") throw new Error(`${source}: bad shard name "${shard.name}"`);
    if (names.has(shard.name)) throw new Error(`${source}: shard "${shard.name}" twice`);
    names.add(shard.name);
    for (const province of shard.provinces) {
      const other = provinces.get(province);
      if (other) throw new Error(`${source}: province "${province}" in shards "${other}" and "${shard.name}"`);
      provinces.set(province, shard.name);
    }
  }
  return plan;
}

/** The selection the environment asks for (SHARD, SHARD_PLAN). */
export function shardFromEnv(env: Record<string, string | undefined> = process.env): ShardSelection {
  const planFile = env["SHARD_PLAN"];
  const plan = planFile ? parsePlan(readFileSync(planFile, "utf8"), planFile) : null;
  const name = env["SHARD"];
  if (!name) return { kind: "all", plan };
  if (!plan) throw new Error(`SHARD=${name} needs SHARD_PLAN (a plan file from scripts/shards.ts plan)`);
  if (name === COMMON_SHARD) return { kind: "common", plan };
  const shard = plan.shards.find((s) => s.name === name);
  if (!shard) throw new Error(`SHARD=${name}: no such shard in ${planFile} (${plan.shards.map((s) => s.name).join(", ")}, ${COMMON_SHARD})`);
  return { kind: "provinces", name, provinces: new Set(shard.provinces), plan };
}

let current: ShardSelection | undefined;

/** This build's selection, read once. */
export function currentShard(): ShardSelection {
  return (current ??= shardFromEnv());
}

/** The province of a model id or region slug, or of a path in the built site: its first segment. */
export function provinceOf(idOrPath: string): string {
  return idOrPath.split("/", 1)[0]!;
}

/** Whether this build renders the pages of a region, report or project (by its id). */
export function rendersRegionPages(id: string, shard: ShardSelection = currentShard()): boolean {
  if (shard.kind === "all") return true;
  if (shard.kind === "common") return false;
  return shard.provinces.has(provinceOf(id));
}

/**
 * Whether this build holds a report (by id) in its content collection: a province shard its
 * provinces', a whole build all. The common shard holds none there: its site-wide pages go over
 * every report, and it reads them from their files (src/lib/content-files.ts) rather than hold
 * them in Astro's content store, which keeps them several times over (issue 14).
 */
export function holdsReport(id: string, shard: ShardSelection = currentShard()): boolean {
  if (shard.kind === "common") return false;
  return shard.kind === "all" || shard.provinces.has(provinceOf(id));
}

/**
 * The common shard's check of the plan, report by report as it reads them: a report of a
 * province no shard has would be rendered by no shard, so the build fails instead.
 */
export function assertPlanned(id: string, plan: ShardPlan): void {
  if (!plan.shards.some((s) => s.provinces.includes(provinceOf(id)))) {
    throw new Error(`report ${id}: its province ${provinceOf(id)} is in no shard of SHARD_PLAN (plan again: scripts/shards.ts plan)`);
  }
}

/** Whether this build renders the site-wide pages. */
export function rendersSitePages(shard: ShardSelection = currentShard()): boolean {
  return shard.kind !== "provinces";
}

/**
 * Whether a file a build wrote is its own (`file` relative to the output folder, "/"-separated):
 * a province shard keeps its provinces' folders and the shared assets, which every shard
 * writes alike; the common shard and a whole build keep everything they write.
 */
export function ownsOutput(file: string, shard: ShardSelection = currentShard()): boolean {
  if (shard.kind !== "provinces") return true;
  return file.startsWith("_astro/") || shard.provinces.has(provinceOf(file));
}

/** The search bundle a built page goes to: its shard's (pages outside any shard: "common"); one bundle, "all", without a plan. */
export function bundleOf(file: string, plan: ShardPlan | null): string {
  if (!plan) return "all";
  const province = provinceOf(file);
  return plan.shards.find((shard) => shard.provinces.includes(province))?.name ?? COMMON_SHARD;
}
