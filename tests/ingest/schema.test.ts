import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { enrichArchive } from "../../src/ingest/enrich.ts";
import { seedArchive } from "./enrich-fixtures.ts";

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, "..", "..", "public", "data", "archive.schema.json"), "utf8"),
) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

describe("archive JSON Schema", () => {
  it("accepts the enriched seed archive", () => {
    const archive = enrichArchive(seedArchive());
    const valid = validate(JSON.parse(JSON.stringify(archive)));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("accepts the archive before enrichment, since derived fields are optional", () => {
    expect(validate(seedArchive())).toBe(true);
  });

  it("rejects a metric whose role is neither actual nor target", () => {
    const archive = seedArchive();
    const broken = JSON.parse(JSON.stringify(archive));
    broken.reports[0].projects[0].metrics[0].role = "estimate";
    expect(validate(broken)).toBe(false);
  });

  it("rejects a status outside the fixed set", () => {
    const broken = JSON.parse(JSON.stringify(enrichArchive(seedArchive())));
    broken.reports[0].projects[0].status = "done";
    expect(validate(broken)).toBe(false);
  });
});
