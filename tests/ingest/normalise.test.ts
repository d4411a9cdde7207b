import { describe, expect, it } from "vitest";
import { foldText, isHeadline, normalise, stripInvisible } from "../../src/ingest/normalise.ts";

const live = (text: string) => normalise(text).paragraphs.filter((p) => !p.noise).map((p) => p.span.text);

describe("normalise", () => {
  it("folds full-width digits, letters, punctuation and ideographic spaces one for one", () => {
    const text = "　全县开展培训１２．５万人次，完成率１０４．２％（ＡＢ）";
    const folded = foldText(text);
    expect(folded).toBe(" 全县开展培训12.5万人次,完成率104.2%(AB)");
    expect(folded.length).toBe(text.length);
  });

  it("folds the small form variants a typesetter used for punctuation (﹔ ﹑ ﹐) one for one", () => {
    expect(foldText("完成年度目标任务的110%﹔为3万名学生﹑2万名教师﹐")).toBe("完成年度目标任务的110%;为3万名学生、2万名教师,");
  });

  it("reads a line's number that OCR took a letter for (l0． · I2. · 1O、) as the digits, one for one, and no letter elsewhere", () => {
    const text = "　　l0．提升县城供热能力\nI2. 新建公园\n1O、改造小区\nl0个 · Iphone 5.x";
    const folded = foldText(text);
    expect(folded.split("\n").slice(0, 3).map((line) => line.trim().slice(0, 3))).toEqual(["10.", "12.", "10、"]);
    expect(folded.split("\n")[3]).toBe("l0个 · Iphone 5.x");
    expect(folded.length).toBe(text.length);
  });

  it("reads traditional characters as simplified, keeping offsets", () => {
    const text = "為民辦實事完成情況：新增就業13萬人";
    expect(foldText(text)).toBe("为民办实事完成情况:新增就业13万人");
  });

  it("takes a picture's file name standing on its own line for page furniture, not for a heading", () => {
    expect(live("汉中今年将实施这些民生实事\n\n9f3a1c77e0b24d5e.jpg\n\nIMG_2041.JPEG\n\n新建学校12所。")).toEqual(["汉中今年将实施这些民生实事", "新建学校12所。"]);
  });
  it("takes a line that only says a picture stands there (资料图 · （图片）) or who gave it (发布会现场 供图 某区委宣传部) for a picture's, but not a heading or a sentence about pictures", () => {
    const text = ["日照市2026年民生实事解读", "资料图", "（图片）", "发布会现场 供图 东港区委宣传部", "一、老旧小区改造", "为全市图书馆配图书1万册,供图书馆使用。"].join("\n\n");
    expect(live(text)).toEqual(["日照市2026年民生实事解读", "一、老旧小区改造", "为全市图书馆配图书1万册,供图书馆使用。"]);
  });

  it("takes a caption under a white triangle (△代表投票) for a picture's, but not a bullet that states a figure (△新建学校12所)", () => {
    expect(live("吴江区民生实事项目出炉\n\n△代表投票\n\n△新建学校12所,新增学位5000个。\n\n养老服务设施建设项目")).toEqual(["吴江区民生实事项目出炉", "△新建学校12所,新增学位5000个。", "养老服务设施建设项目"]);
  });
  it("takes a line of a page's markup and nothing else (<ul id=\"x\"></ul> · • <abbr>) for furniture, but keeps a sentence that holds a tag", () => {
    const text = ['<strike id="ymyim"></strike>', '  • <abbr id="ymyim"></abbr>', '<fieldset id="ymyim"><menu id="ymyim"></menu></fieldset>', "钢城区为民办十件实事敲定", "新建学校<b>12</b>所。"].join("\n\n");
    expect(live(text)).toEqual(["钢城区为民办十件实事敲定", "新建学校<b>12</b>所。"]);
  });
  it("joins no line to a record's metadata line above it, across a blank line, and takes no table title after a widget's label (分享:) for a metadata value", () => {
    const text = ["新昌县人民政府", "索 引 号: 11330683002584812B/2022-90095 主题分类: 综合政务/政务公开", "发布机构: 县政府办公室 公开日期: 2022-10-11 15:57:55", "", "2022年度省、绍兴市、新昌县政府三级", "民生实事1-9月份进展情况", "", "分享:", "", "2022年度省十方面民生实事1-9月份进展情况表"].join("\n");
    const paragraphs = live(text);
    expect(paragraphs).toContain("2022年度省十方面民生实事1-9月份进展情况表");
    expect(paragraphs.some((p) => p.startsWith("2022年度省、绍兴市、新昌县政府三级"))).toBe(true);
  });
  it("keeps circled page markers as they are (③9 is not 39)", () => {
    expect(foldText("覆盖率为91.78%。③9")).toBe("覆盖率为91.78%。③9");
  });

  it("joins lines a newspaper column broke mid-word, even across blank lines", () => {
    const text = ["导语。", "", "我省将技能河南列为2022", "年重点民生实事首位事项，全省累", "计开展职业技能培训 432.3万人", "", "次，新增技能人才403.2万人、高技", "能人才140.8万人，分别完成年度", "目标任务的144%、168%、176%。"].join("\n");
    const paragraphs = live(text);
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[1]).toContain("432.3万人次");
    expect(paragraphs[1]).toContain("分别完成年度目标任务的144%");
  });

  it("drops a word processor's page numbers and joins the sentence a page break cut", () => {
    const text = ["三、实施农村饮水安全巩固提升工程。新建改造集中供水工程26处，巩固提升农村人口3.2万", "", "- 3 -", "", "人，完成年度目标的106.7%。", "四、新建乡镇综合文化站5个。", "—4—", "第 5 页 共 9 页"].join("\n");
    const paragraphs = live(text);
    expect(paragraphs).toEqual(["三、实施农村饮水安全巩固提升工程。新建改造集中供水工程26处,巩固提升农村人口3.2万人,完成年度目标的106.7%。", "四、新建乡镇综合文化站5个。"]);
  });

  it("ends the article at a news site's recommendations (新闻推荐 · 相关推荐 · 推荐阅读 on a line of their own)", () => {
    for (const mark of ["新闻推荐", "相关推荐", "推荐阅读"]) {
      const text = ["全区将办好12大类49项实事。", "其中,新建口袋公园8处。", mark, "市北区总部集聚加速产业发展", "2019年100多个产业项目在市北区落地,其中亿元以上项目20余个。"].join("\n");
      expect(live(text)).toEqual(["全区将办好12大类49项实事。", "其中,新建口袋公园8处。"]);
    }
    // Words that only open with it are the article's own.
    expect(live("全区将办好12项实事。\n推荐阅读点位建设12处,完成年度目标的100%。")).toHaveLength(2);
  });

  it("never runs a list of unpunctuated lines on into the paragraph after the blank line that ends it", () => {
    const lead = "为了促进政府实施的民生实事项目更接地气、更顺民意,从2018年起,市人大在各镇逐步实施重点民生实事项目人大代表票决制,今年首次在市级层面实施,由代表投票决定政府办什么实事。";
    const list = ["中小学校舍建设工程项目", "城市人居环境提升项目", "城乡供水一体化完善工程项目", "老旧小区改造项目", "农村公路提档升级项目", "文博广场项目", "物业管理提升工程项目", "妇幼保健服务中心迁建项目", "城市供暖项目", "区域性养老服务中心建设项目"];
    const after = "民生无小事,枝叶总关情。市人民代表大会将始终把维护群众利益作为履职的出发点和落脚点,积极作为、接续奋斗,只争朝夕、不负韶华。";
    const paragraphs = live([lead, "", ...list, "", after].join("\n"));
    expect(paragraphs.slice(1, 11)).toEqual(list);
    expect(paragraphs[11]).toBe(after);
  });

  it("keeps each line of a post set in short lines apart, however few its blocks hold, and gives a line that only tells a rate to the figure above it", () => {
    const post = [
      "02", "看病更省心了", "", "基层医疗服务提升工程", "完成乡镇卫生院提升改造5所", "建成村卫生所标准化23个", "",
      "03", "住得更舒心了", "", "城镇老旧小区改造", "改造小区24个", "完成年度目标的119%", "加装电梯12部", "",
      "04", "出行更顺畅了", "", "农村公路建设", "新改建农村公路86公里", "新开通城乡公交线路4条",
    ];
    const paragraphs = live(post.join("\n"));
    expect(paragraphs).toContain("基层医疗服务提升工程");
    expect(paragraphs).toContain("完成乡镇卫生院提升改造5所");
    expect(paragraphs).toContain("改造小区24个完成年度目标的119%");
    expect(paragraphs).toContain("新开通城乡公交线路4条");
    // A column's prose, commas in most of its lines, still runs on from line to line.
    const column = ["全县新建改扩建学校6所，新增", "学位2160个，完成年度目标的", "108%；新改建农村公路86公里，", "完成年度目标的107.5%。"];
    expect(live(column.join("\n"))).toHaveLength(1);
  });

  it("keeps a row number standing alone on its line: only a number set between dashes is a page's", () => {
    expect(live(["序号", "项目", "1", "学校", "2", "医院", "3", "道路"].join("\n"))).toContain("2");
  });

  it("joins a line that opens with a decimal (55.6%) to the sentence it ends", () => {
    expect(live("9、丰富群众文化生活。全市\n新建城市书房15家,完成年度目标任务的\n55.6%。")).toEqual(["9、丰富群众文化生活。全市新建城市书房15家,完成年度目标任务的55.6%。"]);
  });

  it("drops spaces set between Chinese characters but keeps those beside digits", () => {
    const [p] = live("建成工作阵地 227个 ，完 成 年 度 目 标 任 务 的113.5%。");
    expect(p).toBe("建成工作阵地 227个,完成年度目标任务的113.5%。");
  });

  it("keeps numbered headlines, lists and table rows apart", () => {
    const text = ["1 432.3万人次接受技能培训", "", "2 异地就医直接结算全覆盖", "| 1 | 新建学校 |", "| 2 | 改造小区 |", "1.第一项", "2.第二项"].join("\n");
    expect(live(text)).toEqual(["1 432.3万人次接受技能培训", "2 异地就医直接结算全覆盖", "| 1 |新建学校|", "| 2 |改造小区|", "1.第一项", "2.第二项"]);
  });

  it("marks page trailers, datelines, link lists and repeated headlines as noise", () => {
    const text = [
      "暖心实事提升群众幸福成色——我市20项民生工程建设稳步推进",
      "2024-10-31 16:24:00 - 承德发布",
      "暖心实事提升群众幸福成色——",
      "",
      "我市20项民生工程建设稳步推进",
      "",
      "正文一段。",
      "",
      "相关报道",
      "·民生实事资金到位率达116.1%",
      "·以民声定民生",
      "(责任编辑:黄静)",
      "精彩图片",
      "查看余下全文",
    ].join("\n");
    const { paragraphs } = normalise(text);
    expect(paragraphs.filter((p) => !p.noise).map((p) => p.span.text)).toEqual(["暖心实事提升群众幸福成色——我市20项民生工程建设稳步推进", "正文一段。"]);
    expect(paragraphs.map((p) => p.noise)).toContain("trailer");
    expect(paragraphs.map((p) => p.noise)).toContain("dateline");
    expect(paragraphs.map((p) => p.noise)).toContain("links");
  });

  it("never treats repeated 责任单位 lines as duplicates", () => {
    const text = "1.甲项。\n责任单位:市教育局\n2.乙项。\n责任单位:市教育局";
    expect(live(text)).toHaveLength(4);
  });

  it("maps every clean character back to its offset in the decoded text", () => {
    const text = "甲\n\n乙 丙\r\n丁";
    const { paragraphs } = normalise(text);
    for (const p of paragraphs) for (let i = 0; i < p.span.text.length; i++) expect(foldText(text[p.span.pos[i]!]!)).toBe(p.span.text[i]);
  });
});

describe("a post's ▶ items with target and progress lines", () => {
  it("keeps each ▶ line its own paragraph and the progress line apart from the target line", () => {
    const text = ["确定了10件民生实事。", "", "▶ 就业创业", "目标任务：城镇新增就业2.5万人", "一季度进展：城镇新增就业6120人，完成率24.5%", "", "▶ 学前教育", "目标任务：新建、改扩建公办幼儿园10所", "一季度进展：已开工6所"].join("\n");
    expect(normalise(text).paragraphs.map((p) => p.span.text)).toEqual([
      "确定了10件民生实事。",
      "▶就业创业",
      "目标任务:城镇新增就业2.5万人",
      "一季度进展:城镇新增就业6120人,完成率24.5%",
      "▶学前教育",
      "目标任务:新建、改扩建公办幼儿园10所",
      "一季度进展:已开工6所",
    ]);
  });
});

describe("a post's numbered headings with a bar", () => {
  it("keeps each 01｜ heading its own paragraph, not the end of the line before across a blank line", () => {
    const text = ["10件实事项目已全部启动👇", "", "01｜中小学、幼儿园建设", "📌年度目标：新建改扩建中小学、幼儿园8所，新增学位7200个", "✅最新进展：8所学校已全部开工，其中2所竣工交付，秋季学期可投入使用", "", "02｜“15分钟就业服务圈”", "📌年度目标：建成就业服务站点40个"].join("\n");
    expect(normalise(text).paragraphs.map((p) => p.span.text).filter((t) => /^0\d/u.test(t))).toEqual(["01|中小学、幼儿园建设", "02|“15分钟就业服务圈”"]);
  });
});

describe("a post's keycap numbers", () => {
  it("writes the keycap digits a line opens with as its number (1️⃣ → 1. · 1️⃣2️⃣ → 12. · 🔟 → 10.), each at its keycap's offset", () => {
    const text = ["1️⃣城镇新增就业", "全市新增就业2万人。", "", "🔟农村公路建设", "", "1️⃣2️⃣数字乡村", "", "本期共有3️⃣个亮点"].join("\n");
    const paragraphs = normalise(text).paragraphs.filter((p) => !p.noise);
    expect(paragraphs.map((p) => p.span.text)).toEqual(["1.城镇新增就业", "全市新增就业2万人。", "10.农村公路建设", "12.数字乡村", "本期共有3️⃣个亮点"]);
    const twelve = paragraphs[3]!.span;
    expect([...twelve.pos.slice(0, 4)].map((at) => text[at])).toEqual(["1", "2", "\u20e3", "数"]);
  });
});

describe("a post's emoji bullets", () => {
  it("reads a geometric emoji opening a line (🔸 · 🔹 · 🟢 · ▪️) as a bullet, so a line ending on an emoji does not run into the next item's name", () => {
    const text = ["🔸长者食堂建设", "新建长者食堂26处，全年累计助餐18.5万人次🍲", "🔹适老化改造", "完成适老化改造300户。", "▪️口袋公园", "建成口袋公园15处🌳", "🔴01｜城镇新增就业", "🟢一、农村公路"].join("\n");
    expect(live(text)).toEqual(["●长者食堂建设", "新建长者食堂26处,全年累计助餐18.5万人次🍲", "●适老化改造", "完成适老化改造300户。", "●口袋公园", "建成口袋公园15处🌳", "01|城镇新增就业", "一、农村公路"]);
  });
});

describe("folding", () => {
  it("reads a year written in Chinese numerals as digits (二○二五年 → 2025年), only before 年", () => {
    expect(foldText("二○二五年 二〇二四年度 一九九八年")).toBe("2025年 2024年度 1998年");
    expect(foldText("二〇二四 三〇二四年")).toBe("二〇二四 三〇二四年");
  });
  it("reads no-break, narrow and typographic spaces as spaces", () => {
    expect(foldText("a\u00a0b\u202fc\u2003d\u2000e\u200af")).toBe("a b c d e f");
  });
  it("strips zero-width and bidi characters from a front-matter value", () => {
    expect(stripInvisible("1\u200d2所\ufeff\u202e")).toBe("12所");
  });
});

describe("what a paragraph reads", () => {
  it("drops an invisible character inside a number (1\\u200b2所 is 12所), keeping the offsets of the rest", () => {
    const [p] = normalise("新建学校1\u200b2所。").paragraphs;
    expect(p!.span.text).toBe("新建学校12所。");
    expect([...p!.span.pos]).toEqual([0, 1, 2, 3, 4, 6, 7, 8]);
  });
  it("drops the pinyin glosses a web page put after characters (實(shí)事 → 实事)", () => {
    expect(live("為民辦實(shí)事會(huì)議。")).toEqual(["为民办实事会议。"]);
  });
  it("keeps a space beside Latin letters (新建 ABC 学校)", () => {
    expect(live("新建 ABC 学校 中 心。")).toEqual(["新建 ABC 学校中心。"]);
  });
  it("joins a line that stops on a comma to the next, and never one that ends a sentence or a label", () => {
    expect(live("全市新建学校，\n改造小区。")).toEqual(["全市新建学校,改造小区。"]);
    expect(live("完成情况：\n新建学校。")).toEqual(["完成情况:", "新建学校。"]);
    expect(live("新建学校10所。责任单位：市教育局\n改造小区")).toEqual(["新建学校10所。责任单位:市教育局", "改造小区"]);
  });
  it("keeps the cells of a table drawn one per line apart, pipes or row numbers alone", () => {
    expect(live("序号|\n项目|\n1|\n新建学校|\n2|\n改造小区|")).toEqual(["序号", "项目", "1", "新建学校", "2", "改造小区"]);
    expect(live("甲\n1\n2\n3\n4\n5\n6\n7\n8")).toEqual(["甲", "1", "2", "3", "4", "5", "6", "7", "8"]);
  });
  it("keeps a short numbered heading line apart from the text under it, where the column did not break it", () => {
    const text = ["　　1、促进高质量充分就业", "全市城镇新增就业7.2万人。", "", "　　2、建设城市书房和文化驿站", "全市新建城市书房16家。", "", "　　3、推进农村饮用水达标提标", "全市新建改造农村供水管网380公里。"].join("\n");
    expect(live(text)).toEqual(["1、促进高质量充分就业", "全市城镇新增就业7.2万人。", "2、建设城市书房和文化驿站", "全市新建城市书房16家。", "3、推进农村饮用水达标提标", "全市新建改造农村供水管网380公里。"]);
  });
  it("joins a line that opens on a comma to the numbered line before it", () => {
    expect(live(["1.城镇新增就业6.22万人", ",完成年度计划的141.4%。", "2.新增技能人才9.96万人。"].join("\n"))).toEqual(["1.城镇新增就业6.22万人,完成年度计划的141.4%。", "2.新增技能人才9.96万人。"]);
  });
  it("gives each paragraph the line it starts on", () => {
    expect(normalise("标题\n\n正文。\n\n第二段。").paragraphs.map((p) => p.line)).toEqual([1, 3, 5]);
  });
});

describe("headlines", () => {
  it("takes a line of at most 40 characters without a sentence end for a headline", () => {
    expect(isHeadline("一".repeat(40))).toBe(true);
    expect(isHeadline("一".repeat(41))).toBe(false);
    expect(isHeadline("新建学校。")).toBe(false);
    expect(isHeadline("新建;学校")).toBe(false);
  });
});

describe("page furniture", () => {
  const noise = (text: string) => normalise(text).paragraphs.map((p) => [p.span.text, p.noise]);
  it("marks a paragraph repeated whole as a duplicate, but not a short label repeated", () => {
    expect(noise("标题一\n\n正文第一段内容很长。\n\n正文第一段内容很长。\n\n短标签\n\n短标签")).toEqual([
      ["标题一", false],
      ["正文第一段内容很长。", false],
      ["正文第一段内容很长。", "duplicate"],
      ["短标签", false],
      ["短标签", false],
    ]);
  });
  it("marks a site's menus, tools and footer one line at a time, but not a table's row or a list's 承办单位", () => {
    const text = ["首页|本地|国内|国际|图片", "设为首页|加入收藏", "城区新建学校3所。", "| 1 | 新建学校 | 3所 |", "承办单位:区教育局", "版权所有:某区人民政府", "承办单位:区融媒体中心"].join("\n\n");
    expect(noise(text)).toEqual([
      ["首页|本地|国内|国际|图片", "links"],
      ["设为首页|加入收藏", "trailer"],
      ["城区新建学校3所。", false],
      ["| 1 |新建学校| 3所|", false],
      ["承办单位:区教育局", false],
      ["版权所有:某区人民政府", "trailer"],
      ["承办单位:区融媒体中心", "trailer"],
    ]);
  });
  it("marks a site's menu copied as a list (- 首页 ‖ - 新闻 ‖ - 泸州), three lines from the home link, as links, but not three list lines without it", () => {
    const text = ["- 首页", "- 新闻", "- 泸州", "", "原标题：5类16件——2023年市级民生实事项目清单来了！"].join("\n");
    expect(live(text)).toEqual(["原标题:5类16件——2023年市级民生实事项目清单来了!"]);
    expect(live(text.replace("- 首页", "- 教育"))).toContain("-新闻");
  });
  it("marks the calendar a site shows in its header (今天是:…星期五) as furniture, joined to no line", () => {
    const text = ["今天是：2026年12月4日 星期五", "民生无小事,枝叶总关情。今年全市办好十件民生实事。", "1。新建幼儿园20所;", "2。改造学校60所;", "3。新建食堂20个;", "4。建设球场8个;"].join("\n");
    expect(noise(text).slice(0, 2)).toEqual([
      ["今天是:2026年12月4日星期五", "links"],
      ["民生无小事,枝叶总关情。今年全市办好十件民生实事。", false],
    ]);
  });
  it("marks a row of bracketed tools and a footer's browser advice and address as furniture", () => {
    const text = ["城区新建学校3所。", "【收藏】【打印】【关闭】", "版权所有:某镇人民政府", "地址:某镇政府大院 电话:0851-23456", "本站建议使用IE8.0以上版本浏览器"].join("\n\n");
    expect(noise(text).map(([, kind]) => kind)).toEqual([false, "trailer", "trailer", "trailer", "trailer"]);
  });
  it("ends the article at the page's lists of other articles and comments (猜你喜欢 · 网友评论 · 往期回顾)", () => {
    for (const cue of ["猜你喜欢", "网友评论", "往期回顾", "上一条:某镇开展防汛演练", "友情链接:"]) {
      expect(noise(`正文一段。\n\n${cue}\n\n另一篇文章:新建学校3所。`)).toEqual([["正文一段。", false], [cue, "trailer"], ["另一篇文章:新建学校3所。", "trailer"]]);
    }
  });
  it("marks a headline that only introduces a list of links as links, but not a sentence", () => {
    expect(noise("正文一段。\n\n专题报道\n·链接一\n·链接二")).toEqual([["正文一段。", false], ["专题报道", "links"], ["·链接一", "links"], ["·链接二", "links"]]);
    expect(noise("正文一段。\n\n专题报道。\n·链接一")).toEqual([["正文一段。", false], ["专题报道。", false], ["·链接一", "links"]]);
  });
  it("marks the pieces of a headline repeated over two lines as duplicates", () => {
    expect(noise("全市民生实事进展情况通报\n\n全市民生实事\n\n进展情况通报\n\n正文。")).toEqual([
      ["全市民生实事进展情况通报", false],
      ["全市民生实事", "duplicate"],
      ["进展情况通报", "duplicate"],
      ["正文。", false],
    ]);
  });
  it("marks everything after a trailer (上一篇, 相关新闻) as trailer", () => {
    expect(noise("正文。\n\n相关新闻\n·链接一\n上一篇：xx").map(([, n]) => n)).toEqual([false, "trailer", "trailer", "trailer"]);
  });
  it("takes 下一篇 in an e-paper's header, above the article, for furniture that ends nothing", () => {
    const text = ["第A4版:城事 上一版 下一版", "下一篇 放大 缩小 默认", "2018年10个民生实事项目全面落实", "本报讯 昨日下午,市政府通报2018年市本级民生实事项目落实情况,10个项目全面落实。", "下一篇", "相关新闻"].join("\n\n");
    const paragraphs = normalise(text).paragraphs;
    expect(paragraphs.filter((p) => !p.noise).map((p) => p.span.text)).toContain("2018年10个民生实事项目全面落实");
    // The one after the article's prose still closes it.
    expect(paragraphs.at(-1)!.noise).toBe("trailer");
  });

  it("ends the article at its editor's line in square brackets too ([责任编辑:…] · 【责任编辑:…】): the other articles' headlines after it are trailer", () => {
    for (const editor of ["[责任编辑:王敏]", "【责任编辑:王敏】"]) {
      const text = ["铁岭县民生实事:新建农村公路80公里", "", "新建农村公路80公里是2023年铁岭县民生实事之一。", editor, "今年沈阳市空气优良天数310天 环境明显改善", "2022年承德双桥区改造老旧小区118个"].join("\n");
      expect(live(text)).toEqual(["铁岭县民生实事:新建农村公路80公里", "新建农村公路80公里是2023年铁岭县民生实事之一。"]);
    }
  });

  it("drops a forum's anti-copying filler glued to a line (* p/ {) b& x! R8 r( k 一、…$ N3 {7 w- a G), each character left where it was; a table row, numbers and English stay", () => {
    const line = "* p/ {) b& x! R8 r( k 一、城乡供水保障项目$ N3 {7 w- a G";
    const { clean, paragraphs } = normalise(`略阳县2024年民生实事\n\n${line}\n新建水厂2座。- s: f1 o, X* g% z* L`);
    const texts = paragraphs.map((p) => p.span.text);
    expect(texts).toContain("一、城乡供水保障项目");
    expect(texts.join("\n")).toContain("新建水厂2座。");
    expect(texts.join("\n")).not.toMatch(/[*${}%]/u);
    const heading = paragraphs.find((p) => p.span.text === "一、城乡供水保障项目")!;
    expect(clean.slice(heading.span.pos[0]!, heading.span.pos.at(-1)! + 1)).toBe("一、城乡供水保障项目");
    for (const kept of ["1 | 2 | 3 | 4 | 5 |", "AED 1 2 3 4 5", "5G CT MR is on a b c"]) expect(normalise(kept).paragraphs[0]!.span.text.replace(/\s/g, "")).toBe(kept.replace(/\s/g, ""));
  });

  it("drops the readings a page sets in brackets after its characters (區(qū) · 項(xiàng)) and the commas it doubled, each character left where it was; a table's empty cell and a bracketed word stay", () => {
    const { clean, paragraphs } = normalise("已完成10個路段花化彩化,、35處澇點(diǎn)整治,、6個老舊小區(qū)改造等82個子項(xiàng)目,,其余有序推進。");
    const text = paragraphs[0]!.span.text;
    expect(text).toBe("已完成10个路段花化彩化、35处涝点整治、6个老旧小区改造等82个子项目,其余有序推进。");
    const at = text.indexOf("子项目");
    expect(clean.slice(paragraphs[0]!.span.pos[at]!, paragraphs[0]!.span.pos[at + 2]! + 1)).toBe("子项(xiàng)目");
    for (const kept of ["序号,项目,,完成情况", "建设“一网通办”(app)平台,,完成"]) expect(normalise(kept).paragraphs[0]!.span.text).toBe(kept);
  });

  it("marks a byline alone on its line as furniture, its names spaced or run together, but not a sentence that opens on 记者", () => {
    expect(noise("记者 周某某 通讯员 韩某\n正文。")).toEqual([["记者周某某通讯员韩某", "dateline"], ["正文。", false]]);
    expect(noise("(本报记者 黄敏 周俊杰)\n正文。")[0]![1]).toBe("dateline");
    expect(noise("记者走访民生实事项目现场\n正文。")[0]![1]).toBe(false);
  });

  it("marks a dateline and never joins a line to it", () => {
    expect(noise("2024年02月01日 17:27 来源:大河网\n正文。")).toEqual([["2024年02月01日 17:27 来源:大河网", "dateline"], ["正文。", false]]);
    expect(noise("新建学校10所\n2024-10-31 16:24:00 - 承德发布")).toEqual([["新建学校10所", false], ["2024-10-31 16:24:00 -承德发布", "dateline"]]);
  });

  it("joins a column-wide line cut mid-word to the next even where that opens as a name and colon (…全部完 ‖ 成年度目标任务：…)", () => {
    const lines = ["2019年,池州市十二件民生实事全部完", "成年度目标任务:实施特殊困难老年人家", "庭适老化改造、改善农村学校办学条件、", "扩大普惠性学前教育资源、促进高质量充", "分就业和积极发展老年助餐服务。"];
    const texts = normalise(lines.join("\n")).paragraphs.map((p) => p.span.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain("全部完成年度目标任务:实施");
  });

  it("sets a page's source, date and buttons apart where bullets mark them (• 来源:… · • 2021-10-23 11:32:15 · • 收藏 · 字号:), and keeps the headline above them", () => {
    const lines = ["芙蓉区:民生实事项目件件落地", "", "  • 来源:长沙晚报", "  • 2022-11-03 09:15:40", "分享到:", "  • 收藏", "", "字号:", "", "1.新建社区食堂8个,已完成6个。"];
    expect(live(lines.join("\n"))).toEqual(["芙蓉区:民生实事项目件件落地", "1.新建社区食堂8个,已完成6个。"]);
    expect(noise(lines.join("\n")).filter(([, kind]) => kind === "dateline").map(([text]) => text)).toEqual(["•来源:长沙晚报", "• 2022-11-03 09:15:40", "•收藏", "字号:"]);
  });

  it("sets apart the line that gives a page's address (来源地址：http…) and a portal's skip links (跳转到正文内容 · 不支持Flash), so the headline under them is the title", () => {
    const lines = ["来源地址：http://news.example.cn/c/2011-01-08/0615.shtml", "跳转到路径导航栏", "不支持Flash", "跳转到正文内容", "", "2011杭州政府工作报告开征民意", "", "一是新增公交车辆300辆。"];
    expect(live(lines.join("\n"))).toEqual(["2011杭州政府工作报告开征民意", "一是新增公交车辆300辆。"]);
    // (A sentence that jumps to something is no skip link.)
    expect(live("全市养老服务跳转到新平台后运行平稳。")).toEqual(["全市养老服务跳转到新平台后运行平稳。"]);
  });

  it("sets a government site's fields about the notice apart, as it does the page's date line", () => {
    expect(live(["关于印发2023年实事项目的通知", "  • 所属类目: 区政府办公室文件", "  • 体       裁: 通知", "  • 发文字号: 嘉府办〔2023〕2号", "索引号:000014349/2023-00012", "1.既有多层住宅加装电梯新增300台。"].join("\n"))).toEqual([
      "关于印发2023年实事项目的通知",
      "1.既有多层住宅加装电梯新增300台。",
    ]);
  });
});

describe("a WeChat post's furniture", () => {
  it("takes -END- for the end of the article, its 原创 byline and 喜欢此内容的人还喜欢 for furniture", () => {
    const text = [
      "奎屯零距离 2025年07月02日 20:05 新疆",
      "【民生实事】上半年“成绩单”出炉",
      "原创　奎屯市融媒体中心",
      "今年,奎屯市确定了3项民生实事。",
      "城镇新增就业:全年计划新增3000人,上半年已新增1750人。",
      "-END-",
      "喜欢此内容的人还喜欢",
      "奎屯市2025年春季招聘会岗位超1000个",
    ].join("\n");
    expect(live(text).slice(1)).toEqual(["【民生实事】上半年“成绩单”出炉", "今年,奎屯市确定了3项民生实事。", "城镇新增就业:全年计划新增3000人,上半年已新增1750人。"]);
  });

  it("takes the post's account and day on one line (某区发布 2023-01-11) for its dateline", () => {
    const text = ["2022年区政府重要民生实事办理情况来了", "", "北京通州发布 2023-01-11", "", "2022年，全区推进18项重要民生实事。"].join("\n");
    expect(normalise(text).paragraphs.find((p) => p.span.text.startsWith("北京通州发布"))?.noise).toBeTruthy();
  });

  it("takes the post's counts under it (阅读 2.8万　在看 126) for furniture", () => {
    const text = ["今年,某县确定了3项民生实事。", "城镇新增就业3200人。", "", "阅读 2.8万　　在看 126"].join("\n");
    expect(live(text)).toEqual(["今年,某县确定了3项民生实事。", "城镇新增就业3200人。"]);
  });
});

describe("short task lines without marks or stops", () => {
  it("keeps a line that ends on a figure's unit apart from the next that opens on a verb of work", () => {
    const text = [
      "今年将办好以下民生实事:",
      "着力稳就业促增收",
      "城镇新增就业6500人",
      "开展补贴性职业技能培训4000人次",
      "建设“家门口”就业服务站20个",
    ].join("\n");
    expect(live(text).slice(2)).toEqual(["城镇新增就业6500人", "开展补贴性职业技能培训4000人次", "建设“家门口”就业服务站20个"]);
  });
});

describe("a post's headings broken before their second half", () => {
  it("joins a line that opens on 和 to the short heading above it, and no figure's line", () => {
    const text = ["具体如下：", "", "城区雨污分流", "和排水防涝设施建设", "完成投资6.12亿元，新建、改造雨污分流管网86公里。", "", "新建学校3所", "和幼儿园5所的配套工程同步推进。"].join("\n");
    expect(live(text)).toContain("城区雨污分流和排水防涝设施建设");
    expect(live(text)).not.toContain("新建学校3所和幼儿园5所的配套工程同步推进。");
  });

  it("keeps apart lines that open alike, a few words then marks at the same places (读书难?【…】 ‖ 出行难?【…】), but not a column's lines that open on a figure or a mark", () => {
    const lines = ["读书难?【城区学校扩容】新建学校3所,新增学位2700个;改造运动场5个", "出行难?【农村公路提档】新改建农村公路320公里,完成年度目标的106.7%", "看病难?【基层医疗提升】新建村卫生室40个;乡镇卫生院远程医疗全覆盖"];
    expect(live(["过去一年,十件实事全部兑现——", ...lines].join("\n"))).toEqual(["过去一年,十件实事全部兑现——", ...lines]);
    // (A column that breaks a list's items alike goes on over lines that open on a figure or a mark: …完成年度计划 ‖ 的131.2%（责任单位：市共青.)
    const column = ["提升青少年心理健康服务水平：2024", "年，全市青少年心理健康服务活动433场，完成", "年度计划的131.2%（责任单位：市共青", "团委员会）。", "积极发展老年助餐服务：全市建成老年助", "餐场所169个，完成年度目标任务", "的99.4%；城镇社区老年助餐服务覆", "盖率达到62%（责任单位：市民政局", "）。", "实施残疾儿童康复救助：全市残疾儿童得到", "康复救助2664名，完成年度", "计划的115.8%（责任单位：市残", "疾人联合会）。"];
    expect(live(column.join("\n")).some((p) => p.startsWith("盖率") || p.startsWith("计划的"))).toBe(false);
  });
});

