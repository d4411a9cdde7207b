// Projects numbered inside running paragraphs (一是… · 第一件是…), as inline-lists.ts reads them.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { inlineListItems } from "../../src/ingest/layouts/inline-lists.ts";
import { onlyReport } from "../helpers/convert-text.ts";

const blocksOf = (text: string) => classify(normalise(text).paragraphs);

// An interview that tells the year's six projects as the questions come, not in their order.
const INTERVIEW = [
  "今年初，县政府承诺办好六件民生实事。记者就上半年进展采访了县发改局负责人。",
  "问：教育和医疗两件实事进展如何？",
  "答：第一件是新建城区幼儿园，计划3所，已开工3所。第二件是改造乡镇卫生院，计划8所，已完成5所，完成年度任务的62.5%。",
  "问：出行和住房呢？",
  "答：第三件是硬化农村道路，计划120公里，已完成70公里。第六件是改造老旧小区，计划15个，已开工9个。",
  "问：就业和养老方面呢？",
  "答：第四件是城镇新增就业，全年目标3000人，已新增1800人。第五件是建设村级养老互助站，计划20个，已建成11个。",
].join("\n\n");

describe("projects told out of order", () => {
  it("reads the numbers 1..N over the paragraphs, each once, as the list in its numbers' order", () => {
    const report = onlyReport(`安康市汉滨区2023年民生实事半年进展\n\n${INTERVIEW}`);
    expect(report.projects.map((p) => [p.no, p.title])).toEqual([
      [1, "新建城区幼儿园"],
      [2, "改造乡镇卫生院"],
      [3, "硬化农村道路"],
      [4, "城镇新增就业"],
      [5, "建设村级养老互助站"],
      [6, "改造老旧小区"],
    ]);
    // Each keeps the figures of its own sentence.
    expect(report.projects[5]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["15个", "9个"]);
  });

  it("reads no such list where a number is missing or told twice, or where fewer than four are told", () => {
    const sorted = (text: string) => inlineListItems(blocksOf(text)).find((s) => s.items.map((it) => it.no).join() === "1,2,3,4,5,6");
    expect(sorted(INTERVIEW)).toBeDefined();
    expect(sorted(INTERVIEW.replace("第五件是", "第七件是"))).toBeUndefined();
    expect(sorted(INTERVIEW.replace("第五件是", "第四件是"))).toBeUndefined();
    const three = "答：第二件是改造乡镇卫生院，已完成5所。\n\n答：第三件是硬化农村道路，已完成70公里。第一件是新建城区幼儿园，已开工3所。";
    expect(inlineListItems(blocksOf(three)).some((s) => s.items.length === 3 && s.items[0]!.no === 1 && s.items[2]!.no === 3)).toBe(false);
  });
});
