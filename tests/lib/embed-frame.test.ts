// The report and project embed pages a build writes by filling the embed frame
// (src/lib/embed-frame.ts), and the chart markup they share with the pages (src/lib/chart-html.ts).
import { describe, expect, it } from "vitest";
import type { Metric, Source } from "../../src/ingest/model";
import type { ReportData } from "../../src/lib/archive";
import { htmlAttribute, htmlText } from "../../src/lib/chart-html";
import { FRAME_TOKENS, embedFiles, fillEmbedFrame, parseEmbedFrame } from "../../src/lib/embed-frame";
import { pageUrlUnder } from "../../src/lib/url";

const T = FRAME_TOKENS;
const SCRIPT = '<script type="module" src="/base/_astro/ChartScript.js"></script>';
const FRAME_HTML =
  `<!DOCTYPE html><html><head><title>${T.pageTitle} · 民生实事档案</title><link rel="canonical" href="https://x.github.io/base/${T.id}/"></head>` +
  `<body><h1>${T.heading}</h1>${T.chartStart}${SCRIPT}${T.chartEnd}<p>来源：${T.source}。<a href="/base/${T.id}/">民生实事档案</a></p></body></html>`;

const source: Source = { seed: "a.txt", kind: "results", title: "十件实事交卷", published: "2024-02-01", publisher: "大河网", asOf: null };
const metric = (label: string, rate: number | null): Metric => ({ label, value: 10, unit: "所", role: "actual", rate, source: { seed: "a.txt", start: 0, end: 1 } });

function report(projects: { title: string; rates: (number | null)[] }[]): ReportData {
  return {
    id: "henan/2023",
    year: 2023,
    region: { slug: "henan", name: "河南省", path: ["河南省"], code: "41" },
    sources: [source],
    projects: projects.map((project, index) => ({
      id: `henan/2023/0${index + 1}`,
      title: project.title,
      status: "完成",
      metrics: project.rates.map((rate, n) => metric(`指标${n + 1}`, rate)),
    })),
  } as unknown as ReportData;
}

describe("the embed frame", () => {
  it("names its file when a token is missing", () => {
    expect(() => parseEmbedFrame(FRAME_HTML.replace(T.heading, ""), "dist/_embed-frame/embed/index.html")).toThrow(
      /dist\/_embed-frame\/embed\/index\.html: the embed frame has no @@EMBED-HEADING@@/u,
    );
  });

  it("keeps the chart script Astro wrote between the chart's tokens", () => {
    expect(parseEmbedFrame(FRAME_HTML, "frame").script).toBe(SCRIPT);
  });
});

describe("report and project embed pages", () => {
  const frame = parseEmbedFrame(FRAME_HTML, "frame");
  const files = new Map(embedFiles(report([{ title: "改造<学校>", rates: [120, 80] }, { title: "无完成率的实事", rates: [null] }]), frame, pageUrlUnder("/base/")));

  it("writes the report's and each charted project's page, and none for a project without a rate", () => {
    expect([...files.keys()]).toEqual(["henan/2023/embed/index.html", "henan/2023/01/embed/index.html"]);
  });

  it("fills every token, escapes the texts and links the report's rows under the base path", () => {
    const reportPage = files.get("henan/2023/embed/index.html")!;
    expect(reportPage).not.toContain("@@EMBED");
    expect(reportPage).toContain("<title>河南省 2023 年民生实事 · 民生实事档案</title>");
    expect(reportPage).toContain('<link rel="canonical" href="https://x.github.io/base/henan/2023/">');
    // Status 完成: the row is met whatever its lowest rate (lib/figures.ts projectTone).
    expect(reportPage).toContain('<th scope="row"><a href="/base/henan/2023/01/">01 改造&lt;学校&gt;</a></th><td class="num rate-met">80%</td>');
    // The script stays where Astro puts it: after the first chart's canvas.
    expect(reportPage.indexOf(SCRIPT)).toBeGreaterThan(reportPage.indexOf('class="chart-canvas"'));
    expect(reportPage.indexOf(SCRIPT)).toBeLessThan(reportPage.indexOf('class="chart-data'));
    const projectPage = files.get("henan/2023/01/embed/index.html")!;
    expect(projectPage).toContain("<h1>河南省 2023 年第 01 项实事：改造&lt;学校&gt;</h1>");
    expect(projectPage).toContain('<a href="/base/henan/2023/01/">民生实事档案</a>');
    expect(projectPage).toContain("来源：大河网，2024年2月1日，《十件实事交卷》。");
  });

  it("reads no token out of a page's own text", () => {
    const page = fillEmbedFrame(frame, {
      id: "henan/2023",
      pageTitle: `标题${T.id}`,
      heading: `标题${T.source}`,
      source: "来源",
      chart: { title: "图", source: "来源", labelHeader: "实事", rows: [] },
    });
    expect(page).toContain(`<title>标题${T.id} · 民生实事档案</title>`);
    expect(page).toContain(`<h1>标题${T.source}</h1>`);
  });

  it("refuses an id a canonical link would have to encode", () => {
    const page = { id: "henan/2023/一", pageTitle: "", heading: "", source: "", chart: { title: "", source: "", labelHeader: "", rows: [] } };
    expect(() => fillEmbedFrame(frame, page)).toThrow(/embed page of henan\/2023\/一: the id is not a plain path/u);
  });
});

describe("escaping as Astro does", () => {
  it("escapes text's & < > ' \" and an attribute's & and \" only", () => {
    expect(htmlText(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
    expect(htmlAttribute(`<a href="x">&'`)).toBe("<a href=&quot;x&quot;>&amp;'");
  });
});
