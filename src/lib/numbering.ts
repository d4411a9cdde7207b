// The numbers readers see for projects: the document's own, made unique within a report.
import type { Project } from "../ingest/model.ts";

const LEVEL_PREFIX: Record<string, string> = { province: "省定", city: "市定", county: "县定" };

/**
 * The numbers readers see for a report's projects: the document's own (01, 02 …), else
 * the position. Where a document numbers 省定 and 市定 projects separately, the level
 * is put in front (省定 01, 市定 01) so that no two projects of a report share a number.
 */
export function projectNumbers(projects: Pick<Project, "no" | "level" | "id">[]): string[] {
  const plain = projects.map((project, position) => String(project.no ?? position + 1).padStart(2, "0"));
  if (new Set(plain).size === plain.length) return plain;
  const withLevel = plain.map((number, index) => {
    const level = projects[index]!.level;
    return level ? `${LEVEL_PREFIX[level]} ${number}` : number;
  });
  if (new Set(withLevel).size === withLevel.length) return withLevel;
  // Still ambiguous: the last segment of the id is unique within its report.
  return projects.map((project) => project.id.split("/").at(-1) ?? project.id);
}

/** "01" → "第 01 项"; "省定 01" → "省定第 01 项". */
export function projectOrdinal(number: string): string {
  const match = /^(\S+) (\d+)$/.exec(number);
  return match ? `${match[1]}第 ${match[2]} 项` : `第 ${number} 项`;
}
