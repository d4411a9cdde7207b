// A news story's list told one paragraph per project, with no marks and no name sentence of its
// own: 实施教育提升工程。完成10处… ‖ 启动大汶河综合治理,在干流建设生态护岸28公里… ‖ 开工建设区中医医院、
// 区疾控中心,启动建设… Each paragraph of the run is a project, named by its opening clause. Worth
// reading only against a count the text states: the count decides between this and the clauses
// the narrative reading cuts the same paragraphs into.
import { sliceSpan } from "../text.ts";
import type { Block } from "../structure.ts";
import type { ItemDraft, Structure } from "../draft.ts";
import { PROGRAMME_NAME, STATEMENT, cleanTitle } from "../titles.ts";

// The opening clause, up to its first stop: 启动大汶河综合治理 · 实施道路品质提升工程
const OPENING = /^([^。,，;；:：!?！？]{4,30})(?:[。,，;；:：!?！？]|$)/u;
// Fewer such paragraphs in a run are prose, not a list.
const MIN_ITEMS = 4;
// A paragraph this short is a heading or a caption, not a project told.
const MIN_PARAGRAPH = 12;
const SENTENCE_END = /[。!?！？;；]\s*$/u;
// Verbs a project's opening clause starts on beyond STATEMENT's: 启动… · 开工建设… · 新建… · 为60周岁及以上老年人… · 对府前大街…
const WORK_VERB = /^(?:启动|开工|新建|改造|改扩建|新增|建成|为|对|免费|增加|新改建|整治|新开|实现)/u;

/** Whether a block is a paragraph that opens by doing a work (实施… · 开工建设… · 为60周岁以上老年人…) or by its name and a colon, not by speaking of the programme. */
function tellsWork(b: Block, last: boolean): boolean {
  // (The text's last paragraph may be one the page cut, short as a headline: 对府前大街永)
  const cut = last && (b.type === "body" || b.type === "headline") && !SENTENCE_END.test(b.text);
  if (!cut && (b.type !== "body" || b.text.length < MIN_PARAGRAPH)) return false;
  const opening = OPENING.exec(b.text);
  if (!opening || PROGRAMME_NAME.test(b.text.split(/[。!?！？]/u)[0]!)) return false;
  // A name set off by a colon (稳定和扩大就业：…) names its work whatever its verb.
  return STATEMENT.test(opening[1]!) || WORK_VERB.test(opening[1]!) || /^[^:：]{4,30}[:：]/u.test(opening[0]!);
}


export function paragraphItems(blocks: Block[]): Structure | null {
  let best: [number, number] = [0, 0];
  for (let i = 0; i < blocks.length; ) {
    if (!tellsWork(blocks[i]!, i === blocks.length - 1)) {
      i++;
      continue;
    }
    let j = i;
    while (j < blocks.length && tellsWork(blocks[j]!, j === blocks.length - 1)) j++;
    if (j - i > best[1] - best[0]) best = [i, j];
    i = j;
  }
  if (best[1] - best[0] < MIN_ITEMS) return null;
  const items: ItemDraft[] = blocks.slice(best[0], best[1]).map((b) => {
    const span = b.paragraph.span;
    const name = OPENING.exec(b.text)![1]!;
    return {
      no: null,
      title: cleanTitle(name),
      titleSpan: sliceSpan(span, 0, name.length),
      level: null,
      section: null,
      responsible: [],
      passages: [{ span, role: null }],
      list: 0,
    };
  });
  return { items, preamble: blocks.slice(0, best[0]), lists: 1 };
}
