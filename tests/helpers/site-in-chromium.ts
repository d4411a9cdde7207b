// A built site served over HTTP and Debian's Chromium, for one suite of browser tests.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/serve-static.ts";
import { launchChromium } from "../search/browser.ts";

/** Serves `root` under `base` and launches Chromium before the suite's tests; closes both after them. */
export function siteInChromium(root: () => string | Promise<string>, base: string): { readonly server: StaticServer; readonly browser: Browser } {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic({ root: await root(), base });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get server() {
      return server!;
    },
    get browser() {
      return browser!;
    },
  };
}
