// schema.org JSON-LD for report and project pages, so that reference managers and
// search engines read title, place, year and the source documents.
import type { Source } from "../ingest/model";
import { sourceHref, sourceTitle } from "./sources";

/** The documents a page's figures come from, as schema.org CreativeWorks. */
export function sourceCitations(sources: Source[]): object[] {
  return sources.map((source) => ({
    "@type": "CreativeWork",
    name: sourceTitle(source),
    identifier: source.seed,
    ...(source.publisher ? { publisher: { "@type": "Organization", name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
    ...(sourceHref(source) ? { url: sourceHref(source) } : {}),
  }));
}

/** JSON for a <script type="application/ld+json">: every "<" escaped so the text cannot close the element. */
export function jsonLdText(data: object): string {
  return JSON.stringify({ "@context": "https://schema.org", ...data }).replace(/</g, "\\u003c");
}
