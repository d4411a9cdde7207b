// What the data page says about the dataset as a whole: its licence, its version (a hash of
// its content, so the same seeds give the same version and no build date is written) and the
// latest date the documents themselves give.
import { createHash } from "node:crypto";
import type { Archive } from "./archive";
import { archivePieces, contentDir } from "./content-files";

export const DATA_LICENCE = {
  name: "知识共享署名 4.0 国际许可协议（CC BY 4.0）",
  short: "CC BY 4.0",
  url: "https://creativecommons.org/licenses/by/4.0/deed.zh-hans",
};

/**
 * The licence in the words the data and about pages both use: the data under CC BY 4.0, the
 * source texts their publishers' (decided on issue 13; README "Licence" says the same).
 */
export const LICENCE_TERMS = {
  /** Before the licence's name. */
  dataBefore: "本站从原文中整理出的数据——archive.json、archive.csv，各报告、各实事的 CSV 与 JSON 文件，以及它们所依据的数据模型——以",
  /** After the licence's name. */
  dataAfter: "发布：可以自由复制、转载和改编，包括用于商业目的，只须注明出处“民生实事档案”并附上所用页面的链接。",
  sources:
    "各页面收录的原文（年度计划、进展通报、完成情况），以及数据中引用的原句（CSV 的 sentence 列），不在上述许可之内，版权归各自的发布单位所有。本站收录原文仅供查阅，让每个数字都能核对出处；每份原文都尽可能注明发布单位和日期，有网址的附有“原文链接”，可回到原发布处查看。转载或引用原文，请以原发布单位的版本为准，并注明原发布单位。",
} as const;

/**
 * The first 12 hex digits of the SHA-256 of data/archive.json as the build writes it, hashed
 * piece by piece from the same files (src/lib/content-files.ts archivePieces): the common shard
 * of a sharded build holds less than the whole front matter (src/lib/archive.ts).
 */
export function datasetVersion(content = contentDir()): string {
  const hash = createHash("sha256");
  archivePieces(content, (text) => hash.update(text));
  return hash.digest("hex").slice(0, 12);
}

/** The latest publication or cut-off date among the documents (YYYY-MM-DD), else null. */
export function lastUpdated(archive: Archive): string | null {
  const dates = archive.reports.flatMap((r) => r.data.sources.flatMap((s) => [s.published, s.asOf])).filter((d): d is string => typeof d === "string");
  return dates.length ? dates.sort().at(-1)! : null;
}
