// A press conference's answers: after the spokesman's list, reporters ask about single works and
// officials answer with more of their figures (…记者：老年食堂完成率超过了110%，…？ ‖ 省民政厅副厅长：
// 今年建成运营的103家老年食堂…满意度达到91.6%). Each answer belongs to the work its question names.
import type { Block } from "./structure.ts";
import type { ItemDraft, Structure } from "./draft.ts";
import { bigrams } from "./similarity.ts";
import { extractFigures } from "./figures.ts";

// A reporter's question: the reporter named before a colon (海南日报记者：…？), or a line asking (问：…？).
const ASKED_BY = /^[^:：。，,]{0,24}?(?:记者|问)\s*[:：]/u;
const QUESTION_END = /[？?]\s*$/u;
const REPORTER_ONLY = /记者\s*[:：]\s*$/u;
// A speaker's line alone (省教育厅副厅长 陈海燕：), or the host's turn, which closes the answer before it.
const SPEAKER_ONLY = /^[^。，,；;：:]{1,30}[:：]\s*$/u;
const HOST = /^主持人/u;
// A question names its work where it speaks this share of the work's character pairs…
const NAMED_SHARE = 0.3;
// …or its answer repeats one of the work's figures, which weighs as much as this share of its name.
const FIGURE_ECHO = 0.3;

/** Whether a block is a reporter's turn: the reporter's line and its question (a request ends on 。 too), or a question after a reporter's line alone. */
function asks(blocks: Block[], k: number): boolean {
  const text = blocks[k]!.text.trim();
  if (ASKED_BY.test(text) && !SPEAKER_ONLY.test(text)) return true;
  return QUESTION_END.test(text) && k > 0 && REPORTER_ONLY.test(blocks[k - 1]!.text.trim());
}

/** The figures of a work's own passages as written (5200个 · 4.86万人), to find them again in an answer. */
function ownFigures(item: ItemDraft): string[] {
  return item.passages.flatMap((p) => extractFigures(p.span.text, "actual").map((f) => p.span.text.slice(f.start, f.end).replace(/\s+/gu, ""))).filter((f) => /\d/u.test(f));
}

/**
 * The structure, each answer after its list given to the work its question names (its name's words, or one of its figures
 * the answer repeats), as a passage whose figures count where the work's own text does not state them already. A
 * question that names no work, or two equally, gives its answer to none.
 */
export function withAnswers(structure: Structure, blocks: Block[]): Structure {
  const items = structure.items;
  if (structure.lists !== 1 || items.length < 2) return structure;
  const last = Math.max(...items.flatMap((it) => it.passages.map((p) => p.span.pos.at(-1) ?? -1)));
  const firstAfter = blocks.findIndex((b) => (b.paragraph.span.pos[0] ?? -1) > last);
  if (firstAfter < 0) return structure;
  const questions = blocks.map((_, k) => k).filter((k) => k >= firstAfter && asks(blocks, k));
  if (!questions.length) return structure;
  const figures = items.map(ownFigures);
  const names = items.map((it) => bigrams(it.title));
  const answered = items.map((it) => ({ ...it, passages: [...it.passages] }));
  for (const [n, q] of questions.entries()) {
    const end = questions[n + 1] ?? blocks.length;
    // (The answer runs to the next reporter's turn, or to the host's; speakers' lines alone are no part of it.)
    const turn = blocks.slice(q + 1, end);
    const host = turn.findIndex((b) => HOST.test(b.text.trim()));
    const answer = turn.slice(0, host < 0 ? turn.length : host).filter((b) => !SPEAKER_ONLY.test(b.text.trim()));
    if (!answer.length) continue;
    const question = bigrams(blocks[q]!.text);
    const said = answer.map((b) => b.text.replace(/\s+/gu, "")).join("");
    const scores = items.map((_, k) => {
      const name = names[k]!;
      const shared = name.size ? [...name].filter((pair) => question.has(pair)).length / name.size : 0;
      return shared + (figures[k]!.some((f) => said.includes(f)) ? FIGURE_ECHO : 0);
    });
    const best = Math.max(...scores);
    if (best < NAMED_SHARE || scores.filter((s) => s === best).length > 1) continue;
    const k = scores.indexOf(best);
    answered[k]!.passages.push(...answer.map((b) => ({ span: b.paragraph.span, role: null, headline: true })));
  }
  return { ...structure, items: answered };
}
