// Project statuses (docs/STATUS.md) as pages count them: a fixed order, best first.
import type { Project, ProjectStatus, Source } from "../ingest/model";

export const STATUSES: readonly ProjectStatus[] = ["超额完成", "完成", "未完成", "进行中", "计划", "无数据"];

/** The statuses that occur among the projects, in STATUSES order, with their counts; projects without one are left out. */
export function countStatuses(projects: { status?: ProjectStatus | undefined }[]): { status: ProjectStatus; count: number }[] {
  return STATUSES.map((status) => ({ status, count: projects.filter((project) => project.status === status).length })).filter(
    (entry) => entry.count > 0,
  );
}

/**
 * The date a 进行中 status stands at: the latest cut-off (asOf) of the progress documents
 * the project's figures come from, else of any of its report's progress documents.
 */
export function progressAsOf(sources: Source[], project?: Pick<Project, "metrics">): string | null {
  return progressAsOfSeeds(sources, project?.metrics.map((metric) => metric.source.seed) ?? []);
}

/** progressAsOf for a project known by the documents its figures come from (ProjectSummary.seeds). */
export function progressAsOfSeeds(sources: Source[], figureSeeds: Iterable<string>): string | null {
  const progress = sources.filter((source) => source.kind === "progress" && source.asOf);
  const seeds = new Set(figureSeeds);
  const own = progress.filter((source) => seeds.has(source.seed));
  const dates = (own.length > 0 ? own : progress).map((source) => source.asOf!).sort();
  return dates.at(-1) ?? null;
}
