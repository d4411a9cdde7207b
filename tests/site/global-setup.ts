// Gives the test run an id, so that tests/site/build.ts builds the site once per run (and
// not once per test file) without ever reusing a build from an earlier run.
import { randomUUID } from "node:crypto";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    siteRunId: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide("siteRunId", randomUUID());
}
