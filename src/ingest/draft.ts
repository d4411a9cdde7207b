// The structure step's output, shared by the layouts that propose it and the modules that
// read it: a document's items (future projects) with the passages whose figures they own.
import type { MetricRole, ProjectLevel } from "./model.ts";
import { sliceSpan, type Span } from "./text.ts";
import { RATE_LABELS } from "./markers.ts";
import type { Block } from "./structure.ts";

/** A piece of text whose figures belong to a project. */
export interface Passage {
  span: Span;
  /** Role of figures with no cue of their own; null: the report's default. */
  role: MetricRole | null;
  /** A headline, or an answer that tells the work again: its figures only count where the body does not repeat them. */
  headline?: boolean;
  /**
   * Only the figures that start in [start, end) of the span are the item's: the whole
   * sentence is read (a 分别 list of rates pairs across it), its clauses shared by items.
   */
  window?: { start: number; end: number };
  /** The text of the item's 完成情况 label: the report tells how far the item got. */
  done?: boolean;
}

/** A label's text as an item's passage (目标任务: · 完成情况: …): its figures the target's, or what was done. */
export function labelPassage(b: Block): Passage {
  // (A rate's label stays with its rate, 完成率：58.3%: the line states the rate of the figure before it, no figure of its own.)
  const span = sliceSpan(b.paragraph.span, statesRate(b) ? 0 : b.restAt, b.paragraph.span.text.length);
  return { span, role: b.label === "target" ? "target" : null, ...(tellsDone(b) ? { done: true } : {}) };
}

// The label of a line that states an item's completion rate alone (完成率：86.1%).
const RATE_LABEL = new RegExp(`^\\s*(?:${RATE_LABELS})\\s*[:：]`, "u");

/** A label line that states the item's completion rate (完成率：58.3%): the rate of the figure done before it, which says nothing of what the lines above it were. */
export const statesRate = (b: Block): boolean => b.type === "label" && RATE_LABEL.test(b.text);

/** A 完成情况 label with text after it: the report tells how far the item got. */
export const tellsDone = (b: Block): boolean => b.type === "label" && b.label === "done" && b.rest !== "";

// The words that head what is still to do or what went wrong (下一步 · 下步 · 存在的主要问题 · 存在不足): a text's closing
// section, or an item's field of its own (下步工作：…).
export const NEXT_STEPS = "下一步|下步|存在(?:的)?(?:主要)?(?:问题|不足)";
/** A paragraph that opens a text's closing section (下一步，… · 存在的主要问题 · 今后，… · 接下来，…): no list's item goes on into it. */
export const CLOSING_OPENING = new RegExp(`^(?:${NEXT_STEPS}|今后|接下来)`, "u");

export interface ItemDraft {
  no: number | null;
  title: string;
  titleSpan: Span | null;
  level: ProjectLevel | null;
  section: string | null;
  responsible: string[];
  passages: Passage[];
  /** Index of the numbered list the item belongs to (a document can hold two). */
  list: number;
  /** Index of the heading the item stands under, where its layout has headings above items. */
  group?: number;
}

/** Whether an item stands under another heading (list, level, section or group) than the one before it. */
export function opensGroup(prev: ItemDraft | undefined, item: ItemDraft): boolean {
  return !prev || prev.list !== item.list || prev.level !== item.level || prev.section !== item.section || prev.group !== item.group;
}

export interface Structure {
  items: ItemDraft[];
  /** Per list: the year its heading names (二、2024年主要任务), or null. */
  listYears?: Array<number | null>;
  /** Per list: its heading's text, read for the report kind. */
  listHeadings?: string[];
  /** Blocks before the first item: headline, dateline, lede. */
  preamble: Block[];
  lists: number;
  /** The numbers the text wrote, where the reader numbered the items itself: numbering evidence is read from these. */
  writtenNumbers?: Array<number | null>;
  /** The text says its list is incomplete (A、B、C等10个项目 · …等): fewer items than the count are no evidence against it. */
  partial?: boolean;
  /** Per group (ItemDraft.group), the count its heading states of the items under it, where every heading states one (已完成任务共2项). */
  groupCounts?: Array<number | null>;
  /** Per group, whether the text says it names only some of the group's items (…有11项。主要有：A；B；…): fewer than its count meet it. */
  groupSelections?: boolean[];
  /** Headings that are each one bracketed tag over lines of their own (【教育惠民】 ‖ 新建…), or a work's name and what it came to over its paragraph (农村公路建设：完成44.5公里 ‖ 今年计划…): a list's marks, not a feature's selection of headings. */
  tagged?: boolean;
  /** Headings most of which stand over several works each (a feature's themes: 住有所居 ‖ 老有所养 …): they group the projects, no selection of them. */
  themed?: boolean;
  /** Each group of items was counted where it was named (进度偏慢的3项分别是：A、B、C), and as many were read: the count's evidence, met per group. */
  countedGroups?: boolean;
  /** The works of paragraphs that each open on their field (为老服务项目包括:A;B ‖ 教育服务项目包括:C): the fields group the projects. */
  fielded?: boolean;
}
