// The ingest tests as Stryker runs them (stryker.config.mjs): in-process only. The CLI tests
// (cli, links-converter) spawn the converter in a child process, where a mutant is never
// active, so they could only slow the run.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/ingest/**/*.test.ts"],
    exclude: ["tests/ingest/cli.test.ts", "tests/ingest/links-converter.test.ts"],
    testTimeout: 120_000,
  },
});
