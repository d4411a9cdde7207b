// Runs the whole converter on documents written inline in a test.
import iconv from "iconv-lite";
import { convert } from "../../src/ingest/convert.ts";

export function convertTexts(docs: Record<string, string>, encoding: "utf-8" | "gbk" = "utf-8") {
  return convert(
    Object.entries(docs).map(([name, text]) => ({
      name,
      bytes: encoding === "gbk" ? new Uint8Array(iconv.encode(text, "gbk")) : new TextEncoder().encode(text),
    })),
  );
}

/** The only report of a one-document conversion. */
export function onlyReport(text: string, encoding: "utf-8" | "gbk" = "utf-8") {
  const { archive } = convertTexts({ "doc.txt": text }, encoding);
  expectOne(archive.reports.length, archive.rejected.map((r) => r.reason).join("; "));
  return archive.reports[0]!;
}

function expectOne(n: number, why: string) {
  if (n !== 1) throw new Error(`expected one report, got ${n} (${why})`);
}
