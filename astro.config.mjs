// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";

// GitHub Pages: SITE_URL is the origin (https://user.github.io), BASE_PATH the
// repository path (/minsheng-archive/). Local use needs neither.
const site = process.env.SITE_URL ?? "http://localhost:4321";
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory" },
  // Lets two builds (e.g. the test build with a base path) run side by side.
  outDir: process.env.OUT_DIR ?? "./dist",
  cacheDir: process.env.ASTRO_CACHE_DIR ?? "./node_modules/.astro",
  integrations: [mdx(), (await import("./src/integrations/pagefind.ts")).default()],
});
