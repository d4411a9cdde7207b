import { describe, expect, it } from "vitest";
import { figuresCsv } from "../../src/lib/csv";
import type { Report } from "../../src/ingest/model";

const report = {
  id: "henan/2023",
  region: { name: "河南省", level: "province", path: ["河南省"], slug: "henan", code: "41" },
  year: 2023,
  projectCount: 1,
  sources: [],
  projects: [
    {
      id: "henan/2023/01",
      no: 1,
      title: "开展职业技能培训",
      level: "province",
      responsible: [],
      metrics: [
        {
          label: "职业技能培训",
          value: 428.7,
          unit: "万人次",
          role: "actual",
          rate: 142.9,
          source: { seed: "a.txt", start: 1, end: 9 },
          sentence: "全省培训428.7万人次,完成\"年度\"目标。",
        },
      ],
    },
  ],
} as unknown as Report;

/** The project_url column: the pages pass SITE_URL + base + id. */
const pageAt = (id: string) => `https://example.org/archive/${id}/`;

describe("figuresCsv", () => {
  it("starts with a BOM so that Excel reads UTF-8, and ends lines with CRLF", () => {
    const csv = figuresCsv([report], pageAt);
    expect(csv.startsWith("\uFEFFreport_id,")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
  });

  it("writes one row per figure and quotes cells with commas or quotes", () => {
    const row = figuresCsv([report], pageAt).split("\r\n")[1]!;
    expect(row).toContain("henan/2023/01,1,开展职业技能培训");
    expect(row).toContain('"全省培训428.7万人次,完成""年度""目标。"');
    expect(row).toContain("/henan/2023/01/,");
  });

  it("appends parent, status, topics and the computed rate with its origin and mismatch flag", () => {
    const enriched = structuredClone(report) as unknown as { projects: Record<string, unknown>[] };
    const project = enriched.projects[0]!;
    Object.assign(project, { parent: null, status: "超额完成", topics: ["jiuye", "xiangcun"] });
    Object.assign((project.metrics as Record<string, unknown>[])[0]!, { rateOrigin: "stated", computedRate: 142.9, rateMismatch: false });
    const [header, row] = figuresCsv([enriched as unknown as Report], pageAt).replace("\uFEFF", "").split("\r\n");
    expect(header!.endsWith(",project_url,parent,status,topics,rate_origin,computed_rate,rate_mismatch,history,findings,paired_target")).toBe(true);
    expect(row!.endsWith("/henan/2023/01/,,超额完成,jiuye xiangcun,stated,142.9,false,,,")).toBe(true);
  });

  it("appends the project's status history and its number of review findings (issue 13)", () => {
    const enriched = structuredClone(report) as unknown as { projects: Record<string, unknown>[] };
    Object.assign(enriched.projects[0]!, {
      history: [
        { kind: "plan", date: null, seed: "p.txt", line: 12, status: "计划", figures: [], rate: null },
        { kind: "results", date: "2024-02-01", seed: "a.txt", line: 3, status: "超额完成", figures: [0], rate: 142.9 },
      ],
      findings: [{ code: "rate-mismatch", severity: 2, seed: "a.txt", line: 3, message: "m", fix: [] }],
    });
    const row = figuresCsv([enriched as unknown as Report], pageAt).split("\r\n")[1]!;
    expect(row.endsWith(",plan - 计划 p.txt:12 → results 2024-02-01 超额完成 a.txt:3,1,")).toBe(true);
  });
});

describe("figuresCsv against formula injection", () => {
  const hostile = (title: string, label = "职业技能培训") =>
    ({ ...report, projects: [{ ...report.projects[0]!, title, metrics: [{ ...report.projects[0]!.metrics[0]!, label }] }] }) as unknown as Report;

  it.each(["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1:A2)", "\tcmd", "\rcmd"])("neutralises a title starting %j with ' and quotes it (OWASP)", (title) => {
    const row = figuresCsv([hostile(title)], pageAt).split("\r\n")[1]!;
    expect(row).toContain(`"'${title.replace(/"/g, '""')}"`);
    expect(row.split(",")[6]!.startsWith('"\'')).toBe(true);
  });

  it("leaves numbers and ordinary text as they are", () => {
    const row = figuresCsv([hostile("开展职业技能培训", "=1+1")], pageAt).split("\r\n")[1]!;
    expect(row).toContain(",开展职业技能培训,");
    expect(row).toContain(`,"'=1+1",428.7,`);
  });
});
