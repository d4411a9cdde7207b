// The sampled mutation run (npm run bench:mutation:sample; scripts/mutation-sample.mjs writes
// the sample and sets MUTATION_SAMPLE): stryker.config.mjs on the sampled mutants only.
import fs from "node:fs";
import base from "./stryker.config.mjs";

const samplePath = process.env.MUTATION_SAMPLE;
if (!samplePath) throw new Error("MUTATION_SAMPLE is not set: run npm run bench:mutation:sample");
const { mutants } = JSON.parse(fs.readFileSync(samplePath, "utf8"));
const ranges = new Set(mutants.map((m) => `${m.file}:${m.loc.start.line}:${m.loc.start.column}-${m.loc.end.line}:${m.loc.end.column}`));

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate: [...ranges],
  plugins: [...base.plugins, "./scripts/mutation-sample-ignorer.mjs"],
  ignorers: ["sample"],
  // a mutant that runs 1.5 × its tests' time plus 5 s is looping (the full run allows 20 s)
  timeoutMS: 5000,
  reporters: ["progress", "json"],
  jsonReporter: { fileName: process.env.MUTATION_SAMPLE_REPORT ?? "reports/mutation/sample/mutation.json" },
};
