import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 600_000,
    // Site tests share one built dist/; run files one after another.
    fileParallelism: false,
    // An id per run: tests/site/ builds the site once per run (tests/site/build.ts).
    globalSetup: ["tests/site/global-setup.ts"],
  },
});
