// Which rows of a topic page's table a reader's choice of region, year and status keeps.
// Shared by the page's script (topic-filter.client.ts) and its tests; no DOM here.

export interface RowFacts {
  region: string;
  year: string;
  status: string;
}

/** A choice per select; "" means any. */
export type RowFilter = Partial<RowFacts>;

export function rowMatches(row: RowFacts, filter: RowFilter): boolean {
  return (Object.keys(row) as (keyof RowFacts)[]).every((key) => !filter[key] || filter[key] === row[key]);
}

/** "显示 3 / 12 项" — what the live region announces after each change. */
export function shownText(shown: number, total: number): string {
  return shown === total ? `显示全部 ${total} 项` : `显示 ${shown} / ${total} 项`;
}
