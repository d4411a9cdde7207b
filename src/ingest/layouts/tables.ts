// Pipe tables: | 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 |
import { sliceSpan, type Span } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../projects.ts";
import { LEVEL_MARK, cleanTitle, levelOfMark, splitUnits } from "../titles.ts";

export /** | 序号 | 项目 | 目标 | 完成情况 | 完成率 | 责任单位 | */
function tableItems(blocks: Block[]): Structure {
  const rows = blocks.filter((b) => b.type === "table");
  const cells = (b: Block) => b.text.replace(/^\s*\|/, "").replace(/\|\s*$/, "").split("|").map((c) => c.trim());
  const header = cells(rows[0]!);
  const col = (re: RegExp) => header.findIndex((h) => re.test(h));
  const noCol = col(/序号|编号|^No/i);
  const titleCol = col(/项目|实事|名称|内容/);
  const targetCol = col(/目标|计划|任务/);
  const doneCol = col(/完成|进展|进度|实际/);
  const rateCol = col(/完成率|完成比例|比例/);
  const unitCol = col(/责任|牵头/);
  const items: ItemDraft[] = [];
  const first = blocks.indexOf(rows[0]!);
  for (const row of rows.slice(1)) {
    const c = cells(row);
    if (c.every((x) => /^:?-{2,}:?$/.test(x) || x === "")) continue;
    const span = row.paragraph.span;
    const cellSpan = (k: number) => {
      if (k < 0 || k >= c.length) return null;
      let at = 0;
      for (let j = 0; j <= k; j++) at = span.text.indexOf("|", at) + 1;
      const end = span.text.indexOf("|", at);
      const raw = span.text.slice(at, end < 0 ? undefined : end);
      const lead = raw.length - raw.trimStart().length;
      return sliceSpan(span, at + lead, at + lead + raw.trim().length);
    };
    const title = c[titleCol] ?? c[1] ?? "";
    const item: ItemDraft = {
      no: noCol >= 0 && /^\d+$/.test(c[noCol] ?? "") ? Number(c[noCol]) : items.length + 1,
      title: cleanTitle(title.replace(LEVEL_MARK, "")),
      titleSpan: cellSpan(titleCol),
      level: LEVEL_MARK.test(title) ? levelOfMark(LEVEL_MARK.exec(title)![1]!) : null,
      section: null,
      responsible: unitCol >= 0 ? splitUnits(c[unitCol] ?? "") : [],
      passages: [],
      list: 0,
    };
    const target = cellSpan(targetCol);
    if (target && targetCol !== doneCol) item.passages.push({ span: target, role: "target" });
    const done = cellSpan(doneCol !== rateCol ? doneCol : -1);
    const rate = cellSpan(rateCol);
    if (done) item.passages.push({ span: rate && /\d/.test(rate.text) ? joinRate(done, rate) : done, role: "actual" });
    items.push(item);
  }
  return { items, preamble: blocks.slice(0, first), lists: 1 };
}

/** A 完成率 cell reads as "…,完成率X%" after the achievement it rates. */
function joinRate(done: Span, rate: Span): Span {
  const glue = ",完成率";
  const pos = new Int32Array(done.pos.length + glue.length + rate.pos.length);
  pos.set(done.pos, 0);
  pos.fill(rate.pos[0] ?? 0, done.pos.length, done.pos.length + glue.length);
  pos.set(rate.pos, done.pos.length + glue.length);
  return { text: done.text + glue + rate.text, pos };
}
