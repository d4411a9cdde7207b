// One order for strings everywhere the site sorts: plain code units, the same on every machine,
// unlike localeCompare. A module of its own (no Astro import) so that the pages, the content
// readers that astro.config.mjs loads under plain Node, and the tests all share it.

export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
