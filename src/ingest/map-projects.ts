// The shape every enrich step shares: a new archive whose projects are replaced one by one.
import type { Archive, Project, Report } from "./model.ts";

export function mapProjects(archive: Archive, change: (project: Project, report: Report) => Project): Archive {
  return {
    ...archive,
    reports: archive.reports.map((report) => ({ ...report, projects: report.projects.map((project) => change(project, report)) })),
  };
}
