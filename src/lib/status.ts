// Project statuses (docs/STATUS.md) as pages count them: a fixed order, best first.
import type { ProjectStatus } from "../ingest/model";

export const STATUSES: readonly ProjectStatus[] = ["超额完成", "完成", "未完成", "进行中", "计划", "无数据"];

/** The statuses that occur among the projects, in STATUSES order, with their counts; projects without one are left out. */
export function countStatuses(projects: { status?: ProjectStatus | undefined }[]): { status: ProjectStatus; count: number }[] {
  return STATUSES.map((status) => ({ status, count: projects.filter((project) => project.status === status).length })).filter(
    (entry) => entry.count > 0,
  );
}
