// npm run score:corpus -- [--seed 9] [--reports 300] [--by outer[,inner…]]
// The converter's score on a generated corpus (scripts/gen-corpus.ts), overall and for each
// option of one choice (outer, inner, table, kind, count, closing, frame, encoding, noise, levels,
// truncatedAfter; several joined by commas cross them), each option's documents converted on
// their own. Draw seeds other than the
// benchmark's (1) to measure on documents nobody tuned on.
import { parseArgs } from "node:util";
import { generateCorpus, type CorpusDocument, type DocumentChoices } from "./gen-corpus.ts";
import { convert } from "../src/ingest/convert.ts";
import { scoreArchive, type Gold, type Score } from "../tests/helpers/score.ts";

const { values } = parseArgs({ options: { seed: { type: "string", default: "9" }, reports: { type: "string", default: "300" }, by: { type: "string", default: "outer" } } });

function score(docs: CorpusDocument[]): Score {
  const conversion = convert(docs.map((d) => ({ name: d.name, bytes: d.bytes })));
  return scoreArchive(conversion.archive, docs.map((d) => d.gold as unknown as Gold), conversion.texts);
}

/** The option a document took for one axis; a table's rows have no outer numbering. */
function option(choices: DocumentChoices, by: string): string {
  if (by === "noise") return choices.noise.join("+") || "none";
  const value = choices[by as keyof DocumentChoices];
  return value === null ? (by === "outer" ? "(table)" : "—") : String(value);
}

const f2 = (x: number) => x.toFixed(2);
const line = (label: string, n: number, s: Score) =>
  `${label.padEnd(24)} ${String(n).padStart(5)}  projects R ${f2(s.projectsRecall)} P ${f2(s.projectsPrecision)}  figures R ${f2(s.metricsRecall)} P ${f2(s.metricsPrecision)}  kind ${f2(s.kind)}  reports ${f2(s.reports)}  counts ${f2(s.counts)}`;

const docs = [...generateCorpus({ seed: Number(values.seed), reports: Number(values.reports) })];
console.log(`seed ${values.seed}, ${docs.length} documents, by ${values.by}`);
console.log(line("all", docs.length, score(docs)));
const groups = new Map<string, CorpusDocument[]>();
for (const d of docs) {
  if (!d.choices) continue;
  const key = values.by!.split(",").map((axis) => option(d.choices!, axis)).join(" × ");
  groups.set(key, [...(groups.get(key) ?? []), d]);
}
for (const [key, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) console.log(line(key, group.length, score(group)));
