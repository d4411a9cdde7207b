// Typed blocks → project drafts. Each layout of the genre has its own module under layouts/:
// 第N项实事 and 一、/(一)/1./● hierarchies, numbered newspaper headlines paired with their
// paragraphs, unnumbered section headings, "一是…二是…", pipe tables, and narrative text.
import type { MetricRole, ProjectLevel } from "./model.ts";
import type { Span } from "./text.ts";
import type { Block, MarkerType } from "./structure.ts";
import { markerItems } from "./layouts/markers.ts";
import { headingItems, headlineItems } from "./layouts/headlines.ts";
import { xshiItems } from "./layouts/inline-lists.ts";
import { tableItems } from "./layouts/tables.ts";
import { narrativeItems } from "./layouts/narrative.ts";

/** A piece of text whose figures belong to a project. */
export interface Passage {
  span: Span;
  /** Role of figures with no cue of their own; null: the report's default. */
  role: MetricRole | null;
  /** A headline: its figures only count where the body does not repeat them. */
  headline?: boolean;
}

export interface ItemDraft {
  no: number | null;
  title: string;
  titleSpan: Span | null;
  level: ProjectLevel | null;
  section: string | null;
  responsible: string[];
  passages: Passage[];
  /** Index of the numbered list the item belongs to (a document can hold two). */
  list: number;
}

export interface Structure {
  items: ItemDraft[];
  /** Per list: the year its heading names (二、2024年主要任务), or null. */
  listYears?: Array<number | null>;
  /** Per list: its heading's text, read for the report kind. */
  listHeadings?: string[];
  /** Blocks before the first item: headline, dateline, lede. */
  preamble: Block[];
  lists: number;
}

// A part heading that names its own year: 一、2023年工作回顾 · 二、2024年主要任务
const PART_YEAR = /((?:19|20)\d{2})\s*年/u;

/**
 * Finds the projects of a document. A document whose parts name different years (last
 * year's results, this year's plan) holds one list per part, each read on its own.
 */
export function buildStructure(blocks: Block[]): Structure {
  const parts = blocks
    .map((b, i) => ({ i, year: isPartHeading(b) ? Number(PART_YEAR.exec(b.text)?.[1] ?? NaN) : NaN }))
    .filter((p) => !Number.isNaN(p.year));
  if (new Set(parts.map((p) => p.year)).size >= 2) {
    const items: ItemDraft[] = [];
    const listYears: Array<number | null> = [];
    const listHeadings: string[] = [];
    parts.forEach((part, k) => {
      const segment = blocks.slice(part.i + 1, parts[k + 1]?.i ?? blocks.length);
      const inner = buildLayout(segment);
      for (let list = 0; list < inner.lists; list++) {
        const listItems = inner.items.filter((it) => it.list === list);
        if (!listItems.length) continue;
        const index = listYears.length;
        for (const it of listItems) items.push({ ...it, list: index });
        listYears.push(part.year);
        // The part's heading and its opening paragraphs: where its year, kind and count are stated.
        listHeadings.push([blocks[part.i]!.text, ...inner.preamble.map((b) => b.text)].join("\n"));
      }
    });
    if (items.length) return { items, preamble: blocks.slice(0, parts[0]!.i), lists: listYears.length, listYears, listHeadings };
  }
  return buildLayout(blocks);
}

function isPartHeading(b: Block): boolean {
  return (b.type === "marker" && b.marker === "part") || (b.type === "headline" && /^[一二三四五六七八九十]+[、.]/.test(b.text));
}

function buildLayout(blocks: Block[]): Structure {
  const numheads = blocks.filter((b) => b.type === "numhead").length;
  const markerCounts = new Map<MarkerType, number>();
  for (const b of blocks) if (b.type === "marker") markerCounts.set(b.marker!, (markerCounts.get(b.marker!) ?? 0) + 1);
  const table = blocks.filter((b) => b.type === "table").length >= 3;
  const itemMarkers = ["ordinal", "group", "bullet", "dot", "paren", "section", "part"] as const;
  const present = itemMarkers.filter((m) => (markerCounts.get(m) ?? 0) + (m === "ordinal" ? markerCounts.get("group") ?? 0 : 0) >= 2 && m !== "group");

  if (table) return tableItems(blocks);
  if (numheads >= 3 && numheads >= present.reduce((n, m) => n + (markerCounts.get(m) ?? 0), 0)) return headlineItems(blocks);
  if (present.length) return markerItems(blocks, present);
  const xshi = xshiItems(blocks);
  if (xshi) return xshi;
  return headingItems(blocks) ?? narrativeItems(blocks);
}

