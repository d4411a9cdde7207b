// Every internal link goes through url(): it prefixes the configured base path
// (BASE_PATH, e.g. /minsheng-archive/) and never produces a double slash.

// Under plain Node (the build's integrations load with astro.config.mjs) there is no
// import.meta.env: they give the base outright (pageUrlUnder).
const viteBase: string = import.meta.env?.BASE_URL ?? "/";
const base = viteBase.endsWith("/") ? viteBase : `${viteBase}/`;

/** `url("henan/2023/")` → `/minsheng-archive/henan/2023/`; `url()` is the home page. */
export function url(path = ""): string {
  return base + path.replace(/^\/+/, "");
}

/** The page of an archive id (report, project or region): always a directory with a trailing slash. */
export const pageUrl: (id: string) => string = pageUrlUnder(base);

/**
 * pageUrl under a base given outright: for code the build runs outside its pages (src/integrations/),
 * where import.meta.env.BASE_URL is not the site's base.
 */
export function pageUrlUnder(basePath: string): (id: string) => string {
  const prefix = basePath.endsWith("/") ? basePath : `${basePath}/`;
  return (id) => `${prefix}${id.replace(/^\/+|\/+$/g, "")}/`;
}

/** Absolute URL for feeds, sitemaps, citations and JSON-LD (SITE_URL + base + path). */
export function absoluteUrl(path: string): string {
  const site = import.meta.env.SITE ?? "http://localhost:4321";
  return new URL(path, site).href;
}

/** The name a report's or project's figures download under: henan/2023 → henan-2023-figures.csv (not every page's figures.csv). */
export function figuresFileName(id: string, format: "csv" | "json" = "csv"): string {
  return `${id.replace(/^\/+|\/+$/g, "").replaceAll("/", "-")}-figures.${format}`;
}

/**
 * The GitHub repository the site is published from, where readers report errors: the
 * repository GitHub Actions builds (GITHUB_REPOSITORY, owner/name), else the one a
 * https://<owner>.github.io/<repository>/ address implies; null for any other address.
 */
export function repositoryUrl(
  env: { repository?: string; site?: string; base?: string } = { repository: process.env.GITHUB_REPOSITORY, site: import.meta.env.SITE, base },
): string | null {
  if (env.repository && /^[\w.-]+\/[\w.-]+$/u.test(env.repository)) return `https://github.com/${env.repository}`;
  if (!env.site) return null;
  const host = new URL(env.site).hostname;
  if (!host.endsWith(".github.io")) return null;
  const owner = host.slice(0, -".github.io".length);
  const repository = (env.base ?? "/").split("/").find(Boolean) ?? host;
  return `https://github.com/${owner}/${repository}`;
}
