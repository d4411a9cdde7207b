// A press conference's answers given to the works their questions name (src/ingest/answers.ts).
import { describe, expect, it } from "vitest";
import { onlyReport } from "../helpers/convert-text.ts";

const LIST = [
  "云南省2024年省级为民办实事落实情况新闻发布会",
  "",
  "2024-12-20 10:00　来源：云南省人民政府新闻办公室",
  "",
  "省发展改革委副主任 李明：",
  "",
  "2024年，省政府确定的4项省级为民办实事均已完成年度目标任务。具体情况如下：",
  "",
  "一是建设老年食堂。全年建成老年食堂120家，完成率120%。",
  "",
  "二是发展普惠托育服务。新增普惠性托位4800个，完成率106.7%。",
  "",
  "三是推进中小学“空调进教室”。为8000间教室安装空调，完成率100%。",
  "",
  "四是改造农村公路危桥。改造危桥66座，完成率110%。",
  "",
  "下一步，我们将抓好已建成项目的运营管护。",
  "",
  "主持人：下面进入答问环节。",
  "",
];

const figuresOf = (text: string) => onlyReport(text).projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`).join(" "));

describe("a press conference's answers", () => {
  it("gives each answer's new figures to the work its question names, by its words or by a figure it repeats", () => {
    const text = [
      ...LIST,
      "云南日报记者：",
      "",
      "老年食堂建成后，老人们的反馈如何？",
      "",
      "省民政厅副厅长 王芳：",
      "",
      "今年建成的120家老年食堂累计提供助餐服务42万人次，老年人满意度达到92.5%。",
      "",
      "春城晚报记者：今年新增的托位主要由哪些机构提供？",
      "",
      "省卫生健康委副主任 赵强：今年新增的4800个托位中，公办幼儿园托班提供1900个，用人单位办托提供800个。",
      "",
      "云南网记者：请介绍一下全年工作的总体情况。",
      "",
      "李明：全省累计完成投资26.4亿元。",
    ].join("\n");
    // (老年人满意度达到92.5% is how satisfied people are with the work, no figure of it.)
    expect(figuresOf(text)).toEqual(["120家 42万人次", "4800个 1900个 800个", "8000间", "66座"]);
  });

  it("gives nothing where there is no reporter's turn after the list", () => {
    const text = [...LIST, "省民政厅副厅长 王芳：今年建成的老年食堂累计提供助餐服务42万人次。"].join("\n");
    expect(figuresOf(text)[0]).toBe("120家");
  });
});
