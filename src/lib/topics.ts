// The topic taxonomy (src/ingest/topics.ts) as pages use it: a topic's projects across
// regions and years, the unclassified ones, and a region's project lines across its years.
// Pure functions over plain shapes, so they are tested without Astro.
import { TOPICS, type Topic } from "../ingest/topics";
import type { ProjectStatus } from "../ingest/model";
import { byString } from "./order";
import { url } from "./url";

export { TOPICS, type Topic };

const TOPIC_BY_SLUG = new Map(TOPICS.map((topic) => [topic.slug, topic]));

export function topicBySlug(slug: string): Topic | undefined {
  return TOPIC_BY_SLUG.get(slug);
}

/** `<base>/topics/` or `<base>/topics/<slug>/`. */
export function topicUrl(slug?: string): string {
  return slug ? url(`topics/${slug}/`) : url("topics/");
}

/** What the helpers need of a project and where it stands (ProjectRef satisfies it). */
export interface PlacedProject {
  project: { id: string; topics?: string[] | undefined; status?: ProjectStatus | undefined };
  report: { data: { year: number; region: { slug: string; code: string; name: string } } };
  position: number;
}

/** Region (division code, then slug), then year, then document order: the same on every build. */
export function byRegionYear(a: PlacedProject, b: PlacedProject): number {
  const ra = a.report.data.region;
  const rb = b.report.data.region;
  return (
    byString(ra.code, rb.code) ||
    byString(ra.slug, rb.slug) ||
    a.report.data.year - b.report.data.year ||
    a.position - b.position
  );
}

/** Every project of a topic, in region, year and document order. */
export function projectsOfTopic<T extends PlacedProject>(projects: Iterable<T>, slug: string): T[] {
  return [...projects].filter((ref) => ref.project.topics?.includes(slug)).sort(byRegionYear);
}

/** Projects the taxonomy does not classify (`topics: []`), listed rather than forced into a topic. */
export function unclassifiedProjects<T extends PlacedProject>(projects: Iterable<T>): T[] {
  return [...projects].filter((ref) => (ref.project.topics?.length ?? 0) === 0).sort(byRegionYear);
}

/** How many projects each topic has, in taxonomy order (topics without projects included). */
export function topicCounts(projects: Iterable<PlacedProject>): { topic: Topic; count: number }[] {
  const counts = new Map<string, number>();
  for (const ref of projects) for (const slug of ref.project.topics ?? []) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  return TOPICS.map((topic) => ({ topic, count: counts.get(topic.slug) ?? 0 }));
}

/** A topic's projects per region, for the regions that have them in more than one year. */
export function regionsOverYears<T extends PlacedProject>(projects: T[]): { region: T["report"]["data"]["region"]; projects: T[] }[] {
  const byRegion = new Map<string, T[]>();
  for (const ref of [...projects].sort(byRegionYear)) {
    const slug = ref.report.data.region.slug;
    byRegion.set(slug, [...(byRegion.get(slug) ?? []), ref]);
  }
  return [...byRegion.values()]
    .filter((refs) => new Set(refs.map((ref) => ref.report.data.year)).size > 1)
    .map((refs) => ({ region: refs[0]!.report.data.region, projects: refs }));
}

/** One line of a region's projects across years: a topic, and its projects per year. */
export interface ProjectLine<T> {
  /** null: the projects no topic takes. */
  topic: Topic | null;
  byYear: Map<number, T[]>;
}

/**
 * A region's project lines (河南省 就业 2022 → 2023): one line per topic that has projects,
 * in taxonomy order, then one for the unclassified; a project with several topics is on each.
 */
export function projectLines<T extends PlacedProject>(projects: T[]): ProjectLine<T>[] {
  const sorted = [...projects].sort(byRegionYear);
  const line = (matches: (ref: T) => boolean, topic: Topic | null): ProjectLine<T> => {
    const byYear = new Map<number, T[]>();
    for (const ref of sorted.filter(matches)) {
      const year = ref.report.data.year;
      byYear.set(year, [...(byYear.get(year) ?? []), ref]);
    }
    return { topic, byYear };
  };
  return [
    ...TOPICS.map((topic) => line((ref) => ref.project.topics?.includes(topic.slug) ?? false, topic)),
    line((ref) => (ref.project.topics?.length ?? 0) === 0, null),
  ].filter((entry) => entry.byYear.size > 0);
}
