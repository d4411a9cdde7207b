// A project's timeline across the documents that speak of it (issue 13): the plan, each
// progress notice, the results. `mergeReports` records which document spoke of the project
// and where (`historyStep`); the enrich step `completeHistory` then gives each step the status
// that document alone supports, its figures and its lowest rate, in the documents' order.
import type { Archive, HistoryStep, Project, ReportKind, Source } from "./model.ts";
import { mapProjects } from "./map-projects.ts";
import { effectiveRate, statusFromSources } from "./status.ts";

const KIND_ORDER: readonly ReportKind[] = ["plan", "progress", "results"];

/** The step of one document, before enrich: who spoke, when and where. */
export function historyStep(project: Project, source: Source): HistoryStep {
  const line = project.source?.seed === source.seed ? project.source.line : project.metrics.find((m) => m.source.seed === source.seed)?.source.line;
  return { kind: source.kind, date: source.asOf ?? source.published, seed: source.seed, line: line ?? null, status: "无数据", figures: [], rate: null };
}

/** Status, figures and rate of each step, from that document's figures only; steps in plan → progress → results order. */
export function completeHistory(archive: Archive): Archive {
  return mapProjects(archive, (project, report) => {
    const steps = project.history?.length ? project.history : spokenBy(project, report.sources).map((source) => historyStep(project, source));
    const history = steps.map((step) => {
      const source = report.sources.find((s) => s.seed === step.seed && s.kind === step.kind) ?? report.sources.find((s) => s.seed === step.seed)!;
      const figures = project.metrics.flatMap((metric, index) => (metric.source.seed === step.seed ? [index] : []));
      const own: Project = { ...project, metrics: figures.map((i) => project.metrics[i]!), ...(project.source?.seed === step.seed ? {} : { source: undefined }) };
      const rates = own.metrics.filter((m) => m.role === "actual").map(effectiveRate).filter((r): r is number => r !== null);
      return {
        ...step,
        status: statusFromSources(own, [{ ...source, kind: step.kind }]),
        figures,
        rate: step.kind === "plan" || rates.length === 0 ? null : Math.min(...rates),
      };
    });
    history.sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || (a.date ?? "").localeCompare(b.date ?? "") || (a.seed < b.seed ? -1 : a.seed > b.seed ? 1 : 0));
    return { ...project, history };
  });
}


/** The sources a project's heading and figures come from (an archive not built by mergeReports), else the report's first. */
function spokenBy(project: Project, sources: Source[]): Source[] {
  const seeds = new Set([...(project.source ? [project.source.seed] : []), ...project.metrics.map((m) => m.source.seed)]);
  const spoken = sources.filter((s) => seeds.has(s.seed));
  return spoken.length ? spoken : sources.slice(0, 1);
}
