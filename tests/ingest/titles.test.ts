// Titles and names as the genre writes them (src/ingest/titles.ts).
import { describe, expect, it } from "vitest";
import { convert } from "../../src/ingest/convert.ts";
import { cleanTitle, firstClause, LEVEL_MARK, levelOfMark, levelWord, sizedTitle, splitTopLevel, splitUnits } from "../../src/ingest/titles.ts";

describe("a project's title", () => {
  it.each([
    ["一、开展职业技能培训和评价取证", "开展职业技能培训和评价取证"],
    ["(三)新建学校（省定）", "新建学校"],
    ["(12)新建学校", "新建学校"],
    ["1.农村饮用水提标工程（得票198张）", "农村饮用水提标工程"],
    ["实施城乡供水提质工程（赞成票182票）", "实施城乡供水提质工程"],
    ["1.新建县第二实验幼儿园（新增学前教育学位270个）", "新建县第二实验幼儿园"],
    ["农村供水保障提升工程（受益群众1.1万人）", "农村供水保障提升工程"],
    ["新建改建城市道路14条、31.6公里", "新建改建城市道路"],
    ["新建学校、幼儿园12所", "新建学校、幼儿园"],
    ["背街小巷提质改造工程（32条）", "背街小巷提质改造工程（32条）"],
    ["改造城镇老旧小区90个（2020—2022年）", "改造城镇老旧小区90个（2020—2022年）"],
    ["■保障性住房：开工基本到位", "保障性住房"],
    ["项目名称：城区学校扩容", "项目名称：城区学校扩容"],
    ["来源：武汉日报", "来源：武汉日报"],
    ["3. 改造小区。", "改造小区"],
    ["● 开展职业技能培训(市重点)", "开展职业技能培训"],
    ["2023年全省开展技能培训", "开展技能培训"],
    ["礼包1:提供优质基础教育", "提供优质基础教育"],
    ["实事3：新建公办幼儿园", "新建公办幼儿园"],
    ["二、关于改善义务教育学校办学条件", "改善义务教育学校办学条件"],
    ["棉花街社区体育文化公园建设已开工", "棉花街社区体育文化公园建设"],
    ["公办幼儿园在园幼儿占比达到45%", "公办幼儿园在园幼儿占比"],
    ["楼院外墙节能保温改造约120万平方米", "楼院外墙节能保温改造"],
    ["推进城乡水资源节约", "推进城乡水资源节约"],
    ["家庭医生签约", "家庭医生签约"],
    ["全州县第二中学扩建工程", "全州县第二中学扩建工程"],
    ["全州新建学校", "新建学校"],
    ["完善城乡基本公共", "完善城乡基本公共"],
    ["全市新建公园", "新建公园"],
    ["【养老】新建社区食堂", "新建社区食堂"],
    ["三是打造“15分钟健身圈”", "打造“15分钟健身圈”"],
    ["十是开展媒体问政专项活动", "开展媒体问政专项活动"],
  ])("drops the mark, the level, the year and the closing punctuation: %s → %s", (text, title) => {
    expect(cleanTitle(text)).toBe(title);
  });
  it.each([
    ["(记者 李某 通讯员 王某 张某)城市道路提档升级工程", "城市道路提档升级工程"],
    ["(特约通讯员刘某)农村饮水安全巩固提升工程", "农村饮水安全巩固提升工程"],
  ])("drops a byline alone in brackets before the name: %s → %s", (text, title) => {
    expect(cleanTitle(text)).toBe(title);
  });

  it("ends a name run on into its task at the name's last word (老旧小区改造项目全年改造小区 · 城区停车泊位建设项目利用边角地…), and drops who leads it in brackets after it", () => {
    expect(cleanTitle("老旧小区改造项目全年改造小区48个")).toBe("老旧小区改造项目");
    expect(cleanTitle("城区停车泊位建设项目利用边角地、闲置地新增公共停车泊位")).toBe("城区停车泊位建设项目");
    expect(cleanTitle("背街小巷整治项目整治背街小巷46条")).toBe("背街小巷整治项目");
    expect(cleanTitle("学前教育扩容（牵头单位：市教育局）")).toBe("学前教育扩容");
    expect(cleanTitle("困难群众救助（牵头单位：市民政局、市残联）")).toBe("困难群众救助");
  });

  it("names a work by itself where its scope's figures come before it (实施15村2130户9600人的整村推进项目 → 整村推进项目)", () => {
    expect(cleanTitle("实施15村2130户9600人的整村推进项目")).toBe("整村推进项目");
    expect(cleanTitle("实施4乡镇9村412户1786人的易地扶贫搬迁工程")).toBe("易地扶贫搬迁工程");
    expect(cleanTitle("新建城南幼儿园的附属工程")).toBe("新建城南幼儿园的附属工程");
  });
  it("drops the programme's own ordinal label before a name (实事1 就业保障 · 实事三：卫生), however short the name", () => {
    expect(cleanTitle("实事1 就业保障")).toBe("就业保障");
    expect(cleanTitle("实事三：卫生")).toBe("卫生");
    expect(cleanTitle("实事项目建设")).toBe("实事项目建设");
  });
  it("drops a result tail (超额完成目标任务, 稳步推进) but never leaves fewer than four characters", () => {
    expect(cleanTitle("深入推进城市更新超额完成目标任务")).toBe("深入推进城市更新");
    expect(cleanTitle("城市更新完成")).toBe("城市更新");
    expect(cleanTitle("民生实事稳步推进")).toBe("民生实事");
    expect(cleanTitle("学校完成")).toBe("学校完成");
  });
  it("drops a figure that closes a headline after words (5 新建改扩建公办幼儿园659所, 新建学校不少于10所)", () => {
    expect(cleanTitle("5 新建改扩建公办幼儿园659所")).toBe("新建改扩建公办幼儿园");
    expect(cleanTitle("开工改造城镇老旧小区38.94万户")).toBe("开工改造城镇老旧小区");
    expect(cleanTitle("新建学校不少于10所")).toBe("新建学校");
    expect(cleanTitle("全年技能培训300万人次")).toBe("全年技能培训");
  });
  it("drops a figure inside a title that opens with 为, when enough of the title is left", () => {
    expect(cleanTitle("为8000户特殊困难老年人家庭实施适老化改造")).toBe("为特殊困难老年人家庭实施适老化改造");
    expect(cleanTitle("为8000户老人改造")).toBe("为8000户老人改造");
  });
  it("cuts a name run on into its task with no mark between (a page lost its colon), but not a short name", () => {
    expect(cleanTitle("背街小巷整治工程改造九江市32条背街小巷")).toBe("背街小巷整治工程");
    expect(cleanTitle("智慧安防小区建设由全市9个县区按统一标准建设")).toBe("智慧安防小区建设");
    expect(cleanTitle("普惠托育发展2022年建成托育机构10所")).toBe("普惠托育发展");
    expect(cleanTitle("城区供水管网工程改造")).toBe("城区供水管网工程改造");
  });
  it("names a long list of what was done by its first piece", () => {
    expect(cleanTitle("已新增老年助餐服务点235个、新增社区食堂30个、新增老年大学5所以及更多")).toBe("新增老年助餐服务点");
  });
});

describe("levels", () => {
  it("reads the level a mark names", () => {
    expect(LEVEL_MARK.exec("新建学校（省定）")?.[1]).toBe("省定");
    expect(LEVEL_MARK.exec("新建学校( 县重点 ) ")?.[1]).toBe("县重点");
    expect(LEVEL_MARK.exec("新建(省定)学校")).toBeNull();
    expect([levelOfMark("省定"), levelOfMark("市重点"), levelOfMark("区定"), levelOfMark("县定")]).toEqual(["province", "city", "county", "county"]);
  });
  it("reads the level a heading speaks of (省重点民生实事, 市定…, 县级为民办实事), or none", () => {
    expect(levelWord("省重点民生实事")).toBe("province");
    expect(levelWord("市定民生实事")).toBe("city");
    expect(levelWord("县级为民办实事")).toBe("county");
    expect(levelWord("区民生")).toBe("county");
    expect(levelWord("民生实事")).toBeNull();
  });
  it("reads the level that carries out a programme of its own (县自主实施民生实事, 市本级民生实事) under its heading", () => {
    expect(levelWord("二、县自主实施民生实事（2项）")).toBe("county");
    expect(levelWord("市本级民生实事")).toBe("city");
    expect(levelWord("区自主确定为民办实事")).toBe("county");
    expect(levelWord("县自主招聘")).toBeNull();
  });
});

describe("lists inside a line", () => {
  it("splits at 、 and commas outside brackets and quotes only", () => {
    expect(splitTopLevel("进村(社区、乡镇)行动、实施“一、二”工程，新建学校,  ,改造")).toEqual(["进村(社区、乡镇)行动", "实施“一、二”工程", "新建学校", "改造"]);
  });
  it("splits responsible units at 、, commas, semicolons and wide spaces, dropping fragments", () => {
    expect(splitUnits("市教育局、市财政局，市住建局;x  市卫健委。")).toEqual(["市教育局", "市财政局", "市住建局", "市卫健委"]);
  });
  it("takes a sentence's first clause, or the whole text where no sentence end is given", () => {
    expect(firstClause("新建学校，改造小区。下一句", 9)).toBe("新建学校");
    expect(firstClause("新建学校改造小区", -1)).toBe("新建学校改造小区");
    expect(firstClause("新建学校改造小区。下一句，另", 8)).toBe("新建学校改造小区");
    expect(firstClause(",新建", -1)).toBe(",新建");
    // (A word that only turns to the particulars is no part of the name: 具体来看：改造老旧小区32个，…)
    expect(firstClause("具体来看：改造老旧小区32个，惠及居民1.12万户", -1)).toBe("改造老旧小区32个");
    expect(firstClause("具体而言，新建学校5所", -1)).toBe("新建学校5所");
  });
  it("passes over an opening clause that only says what need the work answers (针对… · 聚焦…), not one that names whom it serves (为…)", () => {
    expect(firstClause("针对老旧小区停车难问题，新建停车泊位800个，缓解…", -1)).toBe("新建停车泊位800个");
    expect(firstClause("聚焦“一老一小”，新增托位600个", -1)).toBe("新增托位600个");
    expect(firstClause("为65岁以上老年人免费体检，覆盖率90%", -1)).toBe("为65岁以上老年人免费体检");
  });
});

describe("a task's size in its title", () => {
  const everywhere = () => true;
  const nowhere = () => false;
  it("adds the size written after the name when a target lies there, and only there", () => {
    const raw = "新建充电桩200个,满足新能源汽车充电需求";
    expect(sizedTitle("新建充电桩", raw, everywhere)).toBe("新建充电桩200个");
    expect(sizedTitle("新建充电桩", raw, nowhere)).toBe("新建充电桩");
    // the target must sit in the size's own characters (5–9), not elsewhere in the clause
    expect(sizedTitle("新建充电桩", raw, (from, to) => from <= 5 && 5 < to)).toBe("新建充电桩200个");
    expect(sizedTitle("新建充电桩", raw, (from) => from > 9)).toBe("新建充电桩");
  });
  it("takes the size's qualifiers and its clause's end as the genre writes them", () => {
    expect(sizedTitle("开展反诈宣讲会", "开展反诈宣讲会不少于2000场次、完成食品安全抽检", everywhere)).toBe("开展反诈宣讲会不少于2000场次");
    expect(sizedTitle("新增城区停车位", "新增城区停车位800个以上", everywhere)).toBe("新增城区停车位800个以上");
    expect(sizedTitle("提升头盔佩戴率", "提升头盔佩戴率至80%以上。", everywhere)).toBe("提升头盔佩戴率至80%以上");
    // words after the figure that are no unit end nothing: the title stays
    expect(sizedTitle("新建学校", "新建学校3所并配套建设运动场", everywhere)).toBe("新建学校");
  });
  it("puts back a figure taken from inside an 为… title", () => {
    expect(sizedTitle("为贫困残疾人家庭实施无障碍改造", "为62户贫困残疾人家庭实施无障碍改造", everywhere)).toBe("为62户贫困残疾人家庭实施无障碍改造");
    expect(sizedTitle("为贫困残疾人家庭实施无障碍改造", "为62户贫困残疾人家庭实施无障碍改造", nowhere)).toBe("为贫困残疾人家庭实施无障碍改造");
  });
  it("adds nothing to a title run on past its name, nor to an empty one", () => {
    expect(sizedTitle("提高新农合保障水平全年目标是全市新农合参合率稳定在", "提高新农合保障水平全年目标是全市新农合参合率稳定在95%以上", everywhere)).toBe("提高新农合保障水平全年目标是全市新农合参合率稳定在");
    expect(sizedTitle("", "200个", everywhere)).toBe("");
  });
});

describe("a name before its task", () => {
  it("names a project by the name before a colon where the task after it states a figure (农村公路建设：新建改造农村公路120公里 · “学位扩容”：…15所)", () => {
    expect(cleanTitle("农村公路建设：新建改造农村公路120公里")).toBe("农村公路建设");
    expect(cleanTitle("1.“学位扩容”：新建、改扩建公办中小学和幼儿园15所，新增公办学位1.2万个；")).toBe("学位扩容");
    expect(cleanTitle("残疾儿童康复救助（省定）：全市残疾儿童得到康复救助500名")).toBe("残疾儿童康复救助");
    // A task without a figure keeps its whole clause; so does a name too long to be one.
    expect(cleanTitle("学前教育：扩大普惠性资源")).toBe("学前教育：扩大普惠性资源");
    expect(cleanTitle("全面推进城乡居民基本医疗保险制度整合工作：参保人数达到85万人")).toMatch(/^全面推进城乡居民基本医疗保险制度整合工作：/u);
  });

  it("names a table's project cell so too", () => {
    const text = ["沁水县2018年十件民生实事1-6月进展情况", "| 序号 | 项目名称 | 责任单位 | 进展情况 |", "| 1 | 农村公路建设：新建改造农村公路120公里 | 县交通运输局 | 已完成68公里，占年度任务的56.7%。 |", "| 2 | 学前教育：新建改扩建公办幼儿园6所 | 县教育局 | 已建成3所。 |", "| 3 | 就业促进：城镇新增就业3500人 | 县人社局 | 已新增1900人。 |"].join("\n");
    const titles = convert([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }]).archive.reports[0]!.projects.map((p) => p.title);
    expect(titles).toEqual(["农村公路建设", "学前教育", "就业促进"]);
  });
});

describe("a title that opens on its year and the comma after it", () => {
  it("loses both (2022年，全县新建… → 新建…)", () => {
    expect(cleanTitle("2022年，全县新建、改扩建中小学和幼儿园")).toBe("新建、改扩建中小学和幼儿园");
    expect(cleanTitle("2022年,新增农村校车线路")).toBe("新增农村校车线路");
  });
});

describe("a name the text calls a 实事", () => {
  it("ends where 实事 follows it, what was done told after it no part of it (农贸市场改造实事改造提升农贸市场 · 卫生室建设实事)", () => {
    expect(cleanTitle("农贸市场改造实事改造提升农贸市场")).toBe("农贸市场改造");
    expect(cleanTitle("城区停车设施建设实事新增公共停车泊位")).toBe("城区停车设施建设");
    expect(cleanTitle("卫生室建设实事")).toBe("卫生室建设");
    // (Not the programme itself, nor a count of works: 为民办实事 · 民生实事 · 十件实事.)
    expect(cleanTitle("全面完成民生实事")).toBe("全面完成民生实事");
    expect(cleanTitle("办好十件实事")).toBe("办好十件实事");
  });
});
