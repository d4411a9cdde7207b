// How a news story's examples of its programme are read (src/ingest/layouts/examples.ts): the
// projects it names after a cue (包括 · 如 · 聚焦 …), after a sentence announcing a batch, in a
// satisfaction vote, or in a sentence that follows a run closed by 等. Short texts of the genre
// from regions other than the seeds'. Written from the survivors of a full Stryker run of the file.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { exampleItems, votedItems } from "../../src/ingest/layouts/examples.ts";

const read = (text: string) => exampleItems(classify(normalise(text).paragraphs));
const titles = (text: string) => read(text)?.items.map((it) => it.title) ?? null;
const voted = (text: string) => votedItems(normalise(text).paragraphs[0]!.span)?.map((it) => [it.title, it.titleSpan?.text]) ?? null;

describe("examples after a cue", () => {
  it("reads each ；-clause after 包括 as a project, its span and passage the clause, its title the clause's first part", () => {
    const s = read("2024年，黔东南州10件民生实事全部完成。其中具体成效包括：新建乡镇卫生院12所，全部投入使用；改造农村公路320公里；新增城镇就业岗位8000个等。")!;
    expect(s.items.map((it) => it.title)).toEqual(["新建乡镇卫生院", "改造农村公路", "新增城镇就业岗位"]);
    expect(s.items[0]!.titleSpan!.text).toBe("新建乡镇卫生院12所,全部投入使用");
    expect(s.items[0]!.passages.map((p) => p.span.text)).toEqual(["新建乡镇卫生院12所,全部投入使用"]);
    expect(s.items.map((it) => [it.no, it.list, it.level, it.section])).toEqual([[null, 0, null, null], [null, 0, null, null], [null, 0, null, null]]);
    expect(s).toMatchObject({ lists: 1, partial: true });
    expect(s.listYears).toBeUndefined();
    expect(s.listHeadings).toBeUndefined();
  });

  it("keeps the blocks before the first paragraph of examples as the preamble", () => {
    const s = read("毕节市2023年民生实事完成情况\n\n市政府召开新闻发布会。\n\n2023年，全市10件民生实事全部完成，包括：新建城区学校8所；改造老旧小区46个；新增公共停车泊位3000个。")!;
    expect(s.preamble.map((b) => b.text)).toEqual(["毕节市2023年民生实事完成情况", "市政府召开新闻发布会。"]);
  });

  it("needs three examples: two after the cue are a sentence's pair", () => {
    expect(read("2024年，黔东南州10件民生实事全部完成，包括：新建乡镇卫生院12所；改造农村公路320公里。")).toBeNull();
  });

  it("reads a cue only where the sentence before it, or the one before that, speaks of the programme's projects", () => {
    expect(read("2024年，黔东南州群众生活持续改善，包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。")).toBeNull();
    expect(titles("2024年，黔东南州办好民生实事。全年包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。")).toEqual(["新建乡镇卫生院", "改造农村公路", "新增城镇就业岗位"]);
    // …or where the names close as projects themselves (聚焦A、B、C等重点项目).
    expect(titles("2024年，黔东南州聚焦乡村道路硬化提升、城区供水管网改造、城乡公交一体化建设等重点项目，加快推进。")).toEqual(["乡村道路硬化提升", "城区供水管网改造", "城乡公交一体化建设"]);
  });

  it("reads 、-separated names up to the first comma, and drops the 等 and what follows it from the last", () => {
    expect(titles("2025年，遵义市将办好民生实事，如为适龄儿童免费进行口腔窝沟封闭、推动既有多层住宅加装电梯、新建城区公办幼儿园等，惠及群众百万人。")).toEqual(["为适龄儿童免费进行口腔窝沟封闭", "推动既有多层住宅加装电梯", "新建城区公办幼儿园"]);
  });

  it("splits the last name at 以及 as at a 、", () => {
    expect(titles("2025年，遵义市将办好民生实事，如新建城区公办幼儿园、推动老旧小区加装电梯以及改造农村危房。")).toEqual(["新建城区公办幼儿园", "推动老旧小区加装电梯", "改造农村危房"]);
  });

  it("takes short names (4 characters) only beside longer ones that are at least half the list, and never topics (…等领域)", () => {
    expect(titles("2025年，遵义市将实施民生实事，如危桥改造、防洪工程建设、农村饮水安全巩固等，惠及群众。")).toEqual(["危桥改造", "防洪工程建设", "农村饮水安全巩固"]);
    expect(read("2025年，遵义市将实施民生实事，如危桥改造、旱厕改造、防洪工程建设等，惠及群众。")).toBeNull();
    expect(read("2025年，遵义市将实施民生实事，如危桥改造、防洪工程建设、农村饮水安全巩固等领域，惠及群众。")).toBeNull();
    // Short names among ；-clauses are not taken.
    expect(read("2025年，遵义市将实施民生实事，包括：危桥改造；防洪工程建设；农村饮水安全巩固。")).toBeNull();
  });

  it("takes no name longer than a long project's name (36 characters)", () => {
    const long = "在全市范围内新建改扩建城乡公办幼儿园和中小学校并同步配齐教学设施设备和师资力量配备";
    expect(long.length).toBeGreaterThan(36);
    expect(read(`2025年，遵义市将实施民生实事，如新建城区公办幼儿园、${long}、改造农村危房。`)).toBeNull();
  });
});

describe("years, pairs and runs without a cue", () => {
  it("reads groups of examples of different years as those years' lists, each headed by its opening, the year carried through its paragraph", () => {
    const s = read("2024年，黔南州10件民生实事全部完成。其中具体成效包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。\n\n2025年，黔南州将继续办好民生实事。民生实事项目主要有：新建城区公办幼儿园6所；改造老旧小区40个；新增公共停车泊位2000个。")!;
    expect(s.lists).toBe(2);
    // Examples from the first paragraph on: no preamble.
    expect(s.preamble).toEqual([]);
    expect(s.listYears).toEqual([2024, 2025]);
    expect(s.listHeadings).toEqual(["2024年,黔南州10件民生实事全部完成。其中具体成效", "2025年,黔南州将继续办好民生实事。民生实事项目"]);
    expect(s.items.map((it) => it.list)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it("reads examples of one year, or of one year and none told, as one list", () => {
    const s = read("2024年，黔南州办好民生实事。民生实事包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。\n\n黔南州还将实施民生工程，包括：新建城区公办幼儿园6所；改造老旧小区40个；新增公共停车泊位2000个。")!;
    expect(s.lists).toBe(1);
    expect(s.listYears).toBeUndefined();
    expect(s.items.map((it) => it.list)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it("reads two figured tasks joined by 、 in one ；-clause as two, but not a second count of the same work, how far it got, or what it measures", () => {
    const base = "2024年，黔南州民生实事全部完成，包括：";
    expect(titles(`${base}改造农村危房1200户、抗震改造农房300户；新建乡镇卫生院12所；新增城镇就业岗位8000个。`)).toEqual(["改造农村危房", "抗震改造农房", "新建乡镇卫生院", "新增城镇就业岗位"]);
    expect(titles(`${base}新建公办幼儿园10所、中小学5所；新建乡镇卫生院12所；新增城镇就业岗位8000个。`)).toEqual(["新建公办幼儿园10所、中小学", "新建乡镇卫生院", "新增城镇就业岗位"]);
    expect(titles(`${base}城乡居民医保参保率达到95%，目前已达到96.2%；新建乡镇卫生院12所；新增城镇就业岗位8000个。`)).toEqual(["城乡居民医保参保率", "新建乡镇卫生院", "新增城镇就业岗位"]);
    expect(titles(`${base}完成3处山体公园整治，绿化修复提升面积约15万平方米；新建乡镇卫生院12所；新增城镇就业岗位8000个。`)).toEqual(["完成3处山体公园整治", "新建乡镇卫生院", "新增城镇就业岗位"]);
  });

  it("reads ；-clauses a sentence closes as projects (A；B；C等子项…) without a cue, after a short opening clause", () => {
    const s = read("2023年，六盘水市人大代表开展民生实事测评。从测评结果来看，新增城区公办学位3000个；新建社区养老服务中心6家；创建120条美丽街巷等子项的实施情况满意率较高。")!;
    expect(s.items.map((it) => it.title)).toEqual(["新增城区公办学位", "新建社区养老服务中心", "创建120条美丽街巷"]);
    expect(s.items[0]!.titleSpan!.text).toBe("新增城区公办学位3000个");
  });

  it("reads a sentence of tasks, one per ；, after a sentence announcing a batch of projects, and not without it", () => {
    const tasks = "完成城区3条主干道路改造；实施农村饮水安全巩固提升；新建2个社区综合服务中心。";
    expect(titles(`2024年，安顺市将启动一批惠民工程。${tasks}`)).toEqual(["完成城区3条主干道路改造", "实施农村饮水安全巩固提升", "新建2个社区综合服务中心"]);
    expect(titles(`2024年，安顺市将办好以下民生实事。${tasks}`)).toEqual(["完成城区3条主干道路改造", "实施农村饮水安全巩固提升", "新建2个社区综合服务中心"]);
    expect(titles(`2024年，安顺市将办好10件民生实事。${tasks}`)).toEqual(["完成城区3条主干道路改造", "实施农村饮水安全巩固提升", "新建2个社区综合服务中心"]);
    expect(read(`2024年，安顺市经济平稳运行。${tasks}`)).toBeNull();
    // Two tasks are too few.
    expect(read("2024年，安顺市将启动一批惠民工程。完成城区3条主干道路改造；实施农村饮水安全巩固提升。")).toBeNull();
  });

  it("adds the projects a sentence names after a run closed by 等 (其中，A、B和C均…), only those not named before", () => {
    const s = read("2023年，铜仁市民生工程进展顺利，包括新建城区公办幼儿园、改造城区老旧小区、农村饮水安全工程等项目。其中，“暖冬工程”、农村饮水安全工程和新增停车泊位5000个均提前完成。")!;
    expect(s.items.map((it) => it.title)).toEqual(["新建城区公办幼儿园", "改造城区老旧小区", "农村饮水安全工程", "“暖冬工程”", "新增停车泊位"]);
    // Nothing new named: nothing added.
    expect(titles("2023年，铜仁市民生工程进展顺利，包括新建城区公办幼儿园、改造城区老旧小区、农村饮水安全工程等项目。其中，改造城区老旧小区和农村饮水安全工程均提前完成。")).toEqual(["新建城区公办幼儿园", "改造城区老旧小区", "农村饮水安全工程"]);
    // The run before must close with 等, a few characters from its sentence's end at most.
    expect(titles("2023年，铜仁市民生工程进展顺利，包括新建城区公办幼儿园、改造城区老旧小区、农村饮水安全工程等项目，惠及全市城乡居民群众数十万人。其中，“暖冬工程”、农村饮水安全工程和新增停车泊位5000个均提前完成。")).toEqual(["新建城区公办幼儿园", "改造城区老旧小区", "农村饮水安全工程"]);
    expect(titles("2023年，铜仁市民生工程进展顺利，包括新建城区公办幼儿园、改造城区老旧小区、农村饮水安全工程。其中，“暖冬工程”、农村饮水安全工程和新增停车泊位5000个均提前完成。")).toEqual(["新建城区公办幼儿园", "改造城区老旧小区", "农村饮水安全工程"]);
  });
});

describe("a satisfaction vote", () => {
  it("reads the projects of a vote, each named before its votes, one per ；-clause", () => {
    const text = "2023年铜仁市民生实事测评结果显示：农村饮水安全巩固工程，满意161票；城乡公交一体化工程，满意150票；乡村学校改扩建工程，非常满意120票。";
    expect(voted(text)).toEqual([["农村饮水安全巩固工程", "农村饮水安全巩固工程"], ["城乡公交一体化工程", "城乡公交一体化工程"], ["乡村学校改扩建工程", "乡村学校改扩建工程"]]);
    expect(titles(text)).toEqual(["农村饮水安全巩固工程", "城乡公交一体化工程", "乡村学校改扩建工程"]);
  });

  it("reads the first vote of a paragraph, in a later sentence, and no vote of two projects", () => {
    expect(voted("2023年铜仁市开展民生实事测评。测评结果如下：农村饮水安全巩固工程，满意161票；城乡公交一体化工程，满意率95%；乡村学校改扩建工程，很满意120票。")).toEqual([["农村饮水安全巩固工程", "农村饮水安全巩固工程"], ["城乡公交一体化工程", "城乡公交一体化工程"], ["乡村学校改扩建工程", "乡村学校改扩建工程"]]);
    expect(voted("2023年铜仁市民生实事测评结果显示：农村饮水安全巩固工程，满意161票；城乡公交一体化工程，满意150票。")).toBeNull();
    expect(voted("2023年铜仁市民生实事测评结果显示：农村饮水安全巩固工程，满意161票；城乡公交一体化工程进展顺利；乡村学校改扩建工程，满意120票。")).toBeNull();
  });
});

describe("edges of a run", () => {
  it("keeps the preamble to the blocks before the first paragraph of examples, however many follow", () => {
    const s = read("安顺市民生实事通报\n\n2024年，安顺市办好民生实事，包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。\n\n安顺市还将实施民生工程，包括：新建城区公办幼儿园6所；改造老旧小区40个；新增公共停车泊位2000个。")!;
    expect(s.preamble.map((b) => b.text)).toEqual(["安顺市民生实事通报"]);
    expect(s.items).toHaveLength(6);
  });

  it("drops a closing 等 only from the last example, not from a name with 等 inside it", () => {
    expect(titles("2025年，安顺市将办好民生实事，如新建城区公办幼儿园、推进基本公共服务均等化建设、改造农村危房等，惠及群众。")).toEqual(["新建城区公办幼儿园", "推进基本公共服务均等化建设", "改造农村危房"]);
  });

  it("spans each example without the sentence's closing 。", () => {
    const s = read("2024年，安顺市办好民生实事，包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。")!;
    expect(s.items.map((it) => it.titleSpan!.text)).toEqual(["新建乡镇卫生院12所", "改造农村公路320公里", "新增城镇就业岗位8000个"]);
  });
});

describe("where examples stand", () => {
  it("reads examples only in body paragraphs: a numbered item's text (一、…包括：A；B；C) is that item's", () => {
    expect(read("一、2024年民生实事全部完成，包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。")).toBeNull();
  });
});

describe("where in the document each example is", () => {
  const at = (text: string, k: number) => read(text)!.items[k]!.titleSpan!.pos[0];

  it("spans an example where the list names it, not where an earlier sentence of its paragraph did", () => {
    const text = "2024年，安顺市把新建乡镇卫生院12所列为民生实事。全年民生实事包括：新建乡镇卫生院12所；改造农村公路；新增城镇就业岗位8000个。";
    expect(at(text, 0)).toBe(text.lastIndexOf("新建乡镇卫生院12所"));
  });

  it("spans a vote's project where the vote names it, not where an earlier sentence did", () => {
    const text = "2023年铜仁市农村饮水安全巩固工程进展顺利。测评结果显示：农村饮水安全巩固工程，满意161票；城乡公交一体化工程，满意150票；乡村学校改扩建工程，满意120票。";
    const items = votedItems(normalise(text).paragraphs[0]!.span)!;
    expect(items[0]!.titleSpan!.pos[0]).toBe(text.lastIndexOf("农村饮水安全巩固工程"));
  });

  it("finds each voted project after the one before it, even where that one's name holds it", () => {
    const text = "2023年铜仁市民生实事测评结果显示：城区供水管网改造，满意161票；供水管网改造，满意150票；乡村学校改扩建工程，满意120票。";
    const items = votedItems(normalise(text).paragraphs[0]!.span)!;
    expect(items[1]!.titleSpan!.pos[0]).toBe(text.lastIndexOf("供水管网改造"));
  });

  it("heads a year's list with the openings of all its groups, one per line", () => {
    const s = read("2024年，黔南州10件民生实事全部完成。其中具体成效包括：新建乡镇卫生院12所；改造农村公路320公里；新增城镇就业岗位8000个。民生工程还包括：新建城区公办幼儿园6所；改造老旧小区40个；新增公共停车泊位2000个。\n\n2025年，黔南州将继续办好民生实事。民生实事项目主要有：新建社区食堂30个；改造农村危房1500户；新增城乡公益性岗位1万个。")!;
    expect(s.listYears).toEqual([2024, 2025]);
    expect(s.listHeadings![0]).toBe("2024年,黔南州10件民生实事全部完成。其中具体成效\n其中具体成效包括:新建乡镇卫生院12所;改造农村公路320公里;新增城镇就业岗位8000个。民生工程还");
    expect(s.items.map((it) => it.list)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1]);
  });

  it("spans the tasks announced as a batch without the sentence's closing 。", () => {
    const s = read("2024年，安顺市将启动一批惠民工程。完成城区3条主干道路改造；实施农村饮水安全巩固提升；新建2个社区综合服务中心。")!;
    expect(s.items[2]!.titleSpan!.text).toBe("新建2个社区综合服务中心");
  });
});
