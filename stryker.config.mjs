// Mutation testing of the converter (npm run bench:mutation; figures in docs/BENCHMARKS.md).
// Feasible on two cores: two runners, only the ingest tests, and vitest's related-test
// selection so a mutant runs only the tests that import its file.
// One file or a few: npm run bench:mutation -- --mutate src/ingest/figures.ts,src/ingest/merge.ts
// One runner on a machine doing other work: STRYKER_CONCURRENCY=1 (the sample script passes no flags on).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: true },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: ["src/ingest/**/*.ts"],
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  coverageAnalysis: "perTest",
  ignoreStatic: true,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/mutation.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
};
