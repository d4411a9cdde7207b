// Each project's figures as files beside its page, which src/integrations/page-files.ts writes
// once after the build from the converter's files read one report at a time
// (src/lib/content-files.ts), so the archive gets no extra page per project and format (issue 13)
// and no copy of it is held (issue 14):
//   <base>/<project id>/figures.csv    the report CSV's columns, the project's rows only
//   <base>/<project id>/figures.json   {report: {id, region, year, sources}, project}
import { mkdir, writeFile } from "node:fs/promises";
import type { Project, Report } from "../ingest/model.ts";
import { contentDir, reportEntries, type ReportFileData } from "../lib/content-files.ts";
import { figuresCsv, type ProjectUrl } from "../lib/csv.ts";
import { currentShard, rendersRegionPages } from "../lib/shard.ts";

export const PROJECT_CSV = "figures.csv";
export const PROJECT_JSON = "figures.json";

/** What a project's JSON download holds: the project as the model has it, and where it stands. */
export interface ProjectDownload {
  report: Pick<Report, "id" | "region" | "year" | "sources">;
  project: Project;
}

export function projectDownload(report: Report, project: Project): ProjectDownload {
  const seeds = new Set(project.metrics.map((metric) => metric.source.seed));
  const sources = report.sources.filter((source) => seeds.has(source.seed));
  return {
    report: { id: report.id, region: report.region, year: report.year, sources: sources.length > 0 ? sources : report.sources },
    project,
  };
}

/** Every project's two files, path under the output folder and text, one project at a time. */
export function* projectFiles(reports: Iterable<Report>, projectUrl: ProjectUrl): Generator<[string, string]> {
  for (const report of reports) {
    for (const project of report.projects) {
      yield [`${project.id}/${PROJECT_CSV}`, figuresCsv([{ ...report, projects: [project] }], projectUrl)];
      yield [`${project.id}/${PROJECT_JSON}`, `${JSON.stringify(projectDownload(report, project))}\n`];
    }
  }
}

/** Files written at once: the writes are I/O, and one at a time left the build waiting (13,440 projects: 21 s → 12 s). */
const WRITES_AT_ONCE = 64;

/** Writes the files as they come, WRITES_AT_ONCE at a time, into folders that exist (each project's page is there). */
export async function writeAll(files: Iterable<[string, string]>, dir: URL): Promise<number> {
  let count = 0;
  let batch: Promise<void>[] = [];
  for (const [file, text] of files) {
    const target = new URL(file, dir);
    batch.push(writeFile(target, text).catch(async () => {
      await mkdir(new URL(".", target), { recursive: true });
      await writeFile(target, text);
    }));
    count += 1;
    if (batch.length === WRITES_AT_ONCE) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return count;
}

/** The reports whose project pages this build renders, one at a time from their files. */
export function* reportsOf(shard: ReturnType<typeof currentShard>): Generator<ReportFileData> {
  for (const entry of reportEntries(contentDir(), (id) => rendersRegionPages(id, shard))) yield entry.data;
}
