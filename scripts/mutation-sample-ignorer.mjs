// A Stryker ignore plugin for the sampled mutation run (scripts/mutation-sample.mjs): within
// the sampled mutants' ranges, ignores every node that neither is a sampled mutant's node nor
// contains one, so only the sampled nodes' mutants run (not the mutants nested inside them).
import fs from "node:fs";
import path from "node:path";
import { declareValuePlugin, PluginKind } from "@stryker-mutator/api/plugin";

const file = process.env.MUTATION_SAMPLE;
/** file name (absolute) → sampled node locations, babel lines (1-based), columns 0-based */
const sampled = new Map();
if (file) {
  for (const m of JSON.parse(fs.readFileSync(file, "utf8")).mutants) {
    const abs = path.resolve(m.file);
    if (!sampled.has(abs)) sampled.set(abs, []);
    sampled.get(abs).push(m.loc);
  }
}

const before = (a, b) => a.line < b.line || (a.line === b.line && a.column <= b.column);
const contains = (outer, inner) => before(outer.start, inner.start) && before(inner.end, outer.end);

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, "sample", {
    shouldIgnore(p) {
      const loc = p.node.loc;
      const name = p.hub?.file?.opts?.filename; // the file Stryker parsed
      if (!loc || !name) return undefined;
      const locs = sampled.get(path.resolve(name));
      if (!locs) return "not in the sample";
      return locs.some((s) => contains(loc, s)) ? undefined : "not in the sample";
    },
  }),
];
