// How prose names its works. The narrative reading (layouts/narrative.ts): a 项目 named as the subject that
// opens a clause and does the work after it is a work's own name, its sentence's figures its own. The named
// clauses (layouts/lead-sentences.ts): a field before the work a sentence names gives way to the work.
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { narrativeItems } from "../../src/ingest/layouts/narrative.ts";
import { namedClauseItems } from "../../src/ingest/layouts/lead-sentences.ts";
import { convertTexts } from "../helpers/convert-text.ts";

const titles = (...paragraphs: string[]) => narrativeItems(classify(normalise(["盱眙县2024年民生实事综述", ...paragraphs].join("\n\n")).paragraphs)).items.map((it) => it.title);

describe("works named by their 项目", () => {
  it("names a work by the 项目 that opens its clause, its sentence's figures its own (新建…，新增学位… are one work's)", () => {
    expect(titles("作为十件实事中的头一件，“城乡学位扩容”项目全年新建、改扩建中小学和幼儿园7所，新增学位4260个，完成年度目标的106.5%。", "去年，村卫生室标准化建设项目共新建、改造村卫生室35个。")).toEqual([
      "“城乡学位扩容”项目",
      "村卫生室标准化建设项目",
    ]);
  });

  it("joins no work to a sentence before it that only dates what it speaks of (2019年，我市把…作为头号民生工程。 ‖ 全年改造老旧小区126个)", () => {
    expect(titles("2019年，我市把城镇老旧小区改造作为头号民生工程，对小区内的道路、管网进行综合整治。全年改造老旧小区126个，惠及居民2.1万户。", "全年建成标准化村卫生室310个。")).toEqual([
      "改造老旧小区",
      "建成标准化村卫生室",
    ]);
  });

  it("reads no work from words someone says in quotes inside a sentence, and reads the sentence that opens on the quotation's close", () => {
    expect(titles("在长生桥镇的一家社区老年食堂，72岁的刘大爷每天中午都来吃饭，“两荤一素才12块钱，还有老年人补贴，比自己做划算。”全区全年建成老年食堂（助餐点）30个，助餐服务覆盖所有街道。")).toEqual([
      "全年建成老年食堂(助餐点)",
    ]);
  });

  it("names a work whose clause opens on 年内 and a verb by the thing after its figure (年内完成8家卫生院标准化改造)", () => {
    expect(titles("卫生健康方面，实事项目明确推进镇（街道）卫生院提档升级，年内完成8家卫生院标准化改造。")).toEqual(["卫生院标准化改造"]);
  });

  it("reads no work from a share of the programme and its band (5件完成进度超过75%)", () => {
    expect(titles("截至9月底，10件民生实事中，3件已提前完成全年目标任务，5件完成进度超过75%，2件正在加快推进。", "全年建成标准化村卫生室310个。")).toEqual(["建成标准化村卫生室"]);
  });

  it("reads a theme in the words of the 工程 its paragraph named last, in a sentence without figures, as that 工程", () => {
    expect(titles("农村饮水安全巩固提升工程进展顺利。今年全市计划巩固提升9.2万农村人口供水保障水平，目前已完成7.4万人。", "全年建成标准化村卫生室310个。")).toEqual([
      "农村饮水安全巩固提升工程",
      "建成标准化村卫生室",
    ]);
  });

  it("takes a 项目 named as the scope of a clause (在X项目中，…) as the work its figures tell", () => {
    expect(titles("在特殊困难老年人家庭适老化改造项目中，施工队为600户老人家庭加装扶手。")).toEqual(["特殊困难老年人家庭适老化改造项目"]);
  });

  it("names no work by the programme's 项目 (杭州市为民办实事项目共安排…)", () => {
    expect(titles("杭州市为民办实事项目共安排十方面33项45小项，已全面完成全年目标。", "全市新建学校5所。")).toEqual(["新建学校"]);
  });
});

describe("a work referred back to", () => {
  it("gives 该工程's figures to the named 工程 its sentence spoke of before, in a clause without figures", () => {
    const items = narrativeItems(
      classify(normalise(["万宁市2024年为民办实事视察", "在“市县同网”供水管网延伸工程北大镇段，代表们了解到，该工程今年计划铺设供水管网70公里，已铺设64公里。"].join("\n\n")).paragraphs),
    ).items;
    expect(items.map((it) => it.title)).toEqual(["“市县同网”供水管网延伸工程"]);
    expect(items[0]!.passages.length).toBeGreaterThan(0);
  });
});

describe("a field before the work a sentence names", () => {
  it("names the work, not the field, where a sentence opens on a field and then a work (在就医方面，医疗服务提升项目中，…)", () => {
    const text = [
      "寻乌县2024年民生实事全部兑现",
      "教育是群众最关心的事。乡村学校办学条件改善项目完成14所农村学校的食堂改造。",
      "在就医方面，医疗服务提升项目中，县人民医院门诊综合楼改造完工，新增床位150张；“两癌”免费筛查项目完成适龄妇女筛查8300人。",
      "此外，在就业方面，就业帮扶项目全年新增城镇就业3860人。",
    ].join("\n\n");
    const items = namedClauseItems(classify(normalise(text).paragraphs))!.items.map((it) => it.title);
    expect(items).toEqual(["乡村学校办学条件改善项目", "医疗服务提升项目", "“两癌”免费筛查项目", "就业帮扶项目"]);
  });
});

describe("works that open their paragraphs, and one named further into a paragraph", () => {
  it("reads the one named further in as a part of its paragraph's work, where most open their paragraphs", () => {
    const text = [
      "明水县2020年民生实事全部完成",
      "实施“安居惠民”工程，改造城镇老旧小区16个，惠及居民2300户。",
      "实施“畅通便民”工程，新改建农村公路120公里。",
      "实施“兴学育人”工程，新建、改扩建幼儿园5所，新增学位900个。",
      "实施“清水润民”工程，新建、改造农村饮水工程30处，受益人口5.2万人；实施城区第二水源地扩建工程，日供水能力提高到2万吨。",
      "实施“暖心助民”工程，新建村级互助养老点40个。",
    ].join("\n\n");
    const items = namedClauseItems(classify(normalise(text).paragraphs))!.items;
    expect(items.map((it) => it.title)).toEqual(["实施“安居惠民”工程", "实施“畅通便民”工程", "实施“兴学育人”工程", "实施“清水润民”工程", "实施“暖心助民”工程"]);
    expect(items[3]!.passages.map((p) => p.span.text).join("")).toContain("日供水能力提高到2万吨");
  });
});

describe("the body that leads a work, before its name", () => {
  it("names the work after 由…牵头(实施)的 (由县卫生健康委牵头实施的乡镇卫生院服务能力提升项目，…)", () => {
    const text = [
      "湖口县2025年民生实事进展",
      "由县卫生健康委牵头实施的乡镇卫生院服务能力提升项目，已完成9所乡镇卫生院设备更新，占年度目标的75%。",
      "由县商务局牵头的农贸市场改造提升项目，计划改造的4个农贸市场中，3个已完工投用。",
      "城区停车难治理项目新增公共停车泊位900个。",
    ].join("\n\n");
    const items = namedClauseItems(classify(normalise(text).paragraphs))!.items.map((it) => it.title);
    expect(items).toEqual(["乡镇卫生院服务能力提升项目", "农贸市场改造提升项目", "城区停车难治理项目"]);
  });

  it("names works by the 项目 that opens a clause and goes straight on to its work (铺设 · 帮助 · 在全县建成 · 为全县…)", () => {
    expect(titles("城乡供水项目铺设供水主管网42公里，新增受益群众1.6万人。", "助餐服务项目在全县建成老年助餐点26个。", "就业援助项目帮助就业困难人员就业1350人。")).toEqual([
      "城乡供水项目",
      "助餐服务项目",
      "就业援助项目",
    ]);
  });

  it("names the works of a field where the text counts its fields apart from its works (共8方面26项), not by the field", () => {
    const lead = "今年区政府实事项目共8方面26项，截至6月底已有9项完成全年任务。";
    const field = "在为老服务方面，新增社区长者食堂4家，完成全年目标；新增养老床位260张，完成全年目标的108%。";
    expect(titles(lead, field)).toEqual(["新增社区长者食堂", "新增养老床位"]);
    // A field the text does not count apart names the works after it, as before; so does one named as a task (在加强…方面).
    expect(titles("在“四好农村路”提升方面，新改建农村公路96公里。")).toEqual(["“四好农村路”提升"]);
    expect(titles(lead, "在加强养老服务方面，新建社区养老服务站30个，新增护理型床位500张。")).toEqual(["加强养老服务"]);
  });

  it("reads whom a work served by age as no part of its name (为2.1万名65岁以上老年人开展…), and 其余… as more of the work before", () => {
    expect(titles("为2.1万名65岁以上老年人开展免费健康体检，完成全年目标。", "新建和改扩建幼儿园6所，已竣工2所，其余4所确保秋季开学前交付。")).toEqual(["免费健康体检", "新建和改扩建幼儿园"]);
  });
});

describe("works named as one of the programme's", () => {
  it("names the work a sentence gives as one of the programme's (…十件民生实事之一——X项目的成果) and reads what follows as its own", () => {
    const text = ["某县2023年民生实事综述", "新启用的门诊楼宽敞明亮。这是我县2023年十件民生实事之一——乡镇卫生院提质升级项目的成果。一年来，全县完成5家乡镇卫生院提质升级，新增住院床位90张。", "学前教育扩容项目新建公办幼儿园2所，新增学位720个。", "农村公路建设项目完成路面硬化98公里。"].join("\n\n");
    const items = namedClauseItems(classify(normalise(text).paragraphs))!.items;
    expect(items.map((it) => it.title)).toEqual(["乡镇卫生院提质升级项目", "学前教育扩容项目", "农村公路建设项目"]);
  });

  it("reads a clause that opens on a verb of work as more of the work its sentence named before it (X工程新建…，新增学位…)", () => {
    expect(titles("教育方面，学前教育扩容工程新建、改扩建公办幼儿园5所，新增学位1620个。", "医疗卫生提升工程改造提升村卫生室48个，建成社区医院2家。")).toEqual(["学前教育扩容工程", "医疗卫生提升工程"]);
  });

  it("names no work by a work's part after 目前 (目前主体工程已完工) nor by 项目 after a preposition (年底组织代表对项目…)", () => {
    const read = titles("农村供水保障工程计划新建改造管网52公里，截至8月底已完成38公里。", "新楼目前主体工程已完工，形象进度达70%。", "年底组织代表对项目完成情况进行满意度测评，参评代表达120人。");
    expect(read.some((t) => t.includes("主体工程") || t.endsWith("对项目"))).toBe(false);
  });

  it("names no work by what a work will hold (可容纳学生1800人 · 建成后可提供学位360个 · 设计办园规模12个班) nor by 是项目", () => {
    const read = titles("这所学校9月1日如期开学，可容纳学生1600人。", "该园设计办园规模9个班，建成后可提供学位270个。", "城区停车场建设项目计划新增停车泊位500个，目前已建成380个。", "负责人：三季度是项目建成的高峰期，已有6个项目完工。");
    expect(read).toContain("城区停车场建设项目");
    expect(read.some((t) => /容纳|可提供|规模|是项目/u.test(t))).toBe(false);
  });

  it("reads no work from the date a text counts to when it names last year (截至去年12月底，十件惠民实事全部完成)", () => {
    const read = titles("记者从市发展改革委了解到，截至去年12月底，十件惠民实事全部完成年度目标任务。", "去年，全市新建、改扩建公办幼儿园26所，新增学前教育学位8000个。");
    expect(read.some((t) => t.includes("去年"))).toBe(false);
  });

  it("reads a results card a story opens with, each line wholly in quotes with a work's figures (“改造城镇老旧小区120个。”), as works, and none from someone's quoted words", () => {
    const read = titles("“改造城镇老旧小区120个，惠及居民2.1万户。”", "“新增公共停车泊位8000个。”", "“以前冬天做饭得换煤气罐，我家现在每月省下200块。”居民李大姐说。", "据了解，其他几件实事同样进展顺利：农村公路新改建完成520公里；城区新建改造公厕90座。");
    expect(read).toEqual(expect.arrayContaining(["改造城镇老旧小区", "新增公共停车泊位", "农村公路新改建完成"]));
    expect(read.some((t) => /煤气|其他几件|“/u.test(t))).toBe(false);
  });
});

describe("a lead that counts the works it then tells (其中超额完成任务的已有3项：A…；B…；C…)", () => {
  it("is no part of the first work: each work after its colon is read, the first too", () => {
    expect(titles("截至9月底，全县20项民生实事已完成12项。其中超额完成任务的已有3项：城区零工驿站建设完成4个，完成率133%；为困难残疾人提供康复救助1860名，完成率103.3%；住宅小区新增充电端口720个，完成率240%。")).toEqual([
      "城区零工驿站建设完成",
      "为困难残疾人提供康复救助",
      "住宅小区新增充电端口",
    ]);
  });
});

describe("works a count names in brackets (常态化开展的有2项（A；B）)", () => {
  it("are works of the programme though no figure follows them, where they are as many as the count", () => {
    const read = titles("2025年全县24项民生实事中不设年度目标任务、常态化开展的有2项（城乡公益性公墓管理维护；背街小巷环境卫生整治），其余22项中，截至9月底已完成14项，城区供水管网改造正在施工中（85%），农村幸福院建设已完成7个（58%）。");
    expect(read.slice(0, 2)).toEqual(["城乡公益性公墓管理维护", "背街小巷环境卫生整治"]);
    // (Not where the brackets hold fewer than the count: they are then some examples, read as the prose reads them.)
    expect(titles("常态化开展的有3项（城乡公益性公墓管理维护；背街小巷环境卫生整治），农村幸福院建设已完成7个（58%）。")).not.toContain("背街小巷环境卫生整治");
  });
});

describe("an inspection report's works told by kind (一是建设类项目3个。其中，A项目，…；B项目，…)", () => {
  const text = [
    "关于2020年度市级民生实事完成情况的督查报告",
    "2020年市级民生实事共5项，全部完成年度目标任务。",
    "一是建设类项目3个。其中，新建改扩建中小学校和幼儿园项目，建成学校11所，新增学位9600个；城镇老旧小区改造项目，改造老旧小区86个；城市停车设施建设项目，新增公共停车泊位6200个。",
    "二是服务类项目2个。其中，社区居家养老服务项目，新建社区老年饭桌45个；就业创业扶持项目，城镇新增就业4.12万人。",
    "二、存在的主要问题",
    "（一）部分项目前松后紧。如城市停车设施建设项目，前三季度仅完成年度目标的41%，而社区居家养老服务项目的老年饭桌四季度才集中建成。",
  ];
  const named = (lines: string[]) => namedClauseItems(classify(normalise(lines.join("\n\n")).paragraphs))!.items.map((it) => it.title);

  it("names each work after 其中, never the kind, and a work named again in the problems joins the one named before", () => {
    expect(named(text)).toEqual(["新建改扩建中小学校和幼儿园项目", "城镇老旧小区改造项目", "城市停车设施建设项目", "社区居家养老服务项目", "就业创业扶持项目"]);
  });
});

describe("a year-end review's works named as the subjects of their paragraphs", () => {
  const named = (lines: string[]) => namedClauseItems(classify(normalise(lines.join("\n\n")).paragraphs))?.items.map((it) => it.title) ?? [];
  const text = [
    "2021年我市十件民生实事回眸",
    "扩充学前教育资源，是全年推进最快的一件。全市新建、改扩建公办幼儿园9所，新增学前学位2850个。",
    "在健康鄂州建设上，基层医疗服务提升项目建成标准化村卫生室46个。",
    "养老服务体系建设项目新建社区居家养老服务中心14个。",
    "此外，城市书房建设项目建成城市书房10家。",
  ];

  it("names a work that opens on being one of the programme's (…，是全年推进最快的一件) and one after a field set with 在…上", () => {
    expect(named(text)).toEqual(["扩充学前教育资源", "基层医疗服务提升项目", "养老服务体系建设项目", "城市书房建设项目"]);
  });
});

describe("a press story whose paragraphs open on a theme sentence, each over several works named by their 工程", () => {
  it("reads the works, near the stated count, not the few themes that group them", () => {
    const text = [
      "某市：12项民生实事10项提前完成年度目标任务",
      "",
      "2021年11月18日16:27 | 来源：人民网",
      "",
      "记者从18日召开的民生实事推进情况新闻发布会上获悉，今年以来，某市集中实施12项民生实事。截至10月底，10项民生实事已提前或超额完成年度目标任务。",
      "",
      "居住条件持续改善。据市住建局相关负责人介绍，棚户区改造工程新开工1260套，完成年度任务的105%。老旧小区改造工程改造老旧小区46个，完成年度任务的100%。供热管网改造工程改造老旧供热管网38公里，占年度任务的108.6%。",
      "",
      "城市功能日益完善。城区停车设施建设工程新增公共停车泊位3600个，占年度任务的120%。城市供水管网改造工程完成改造56公里。“四好农村路”建设工程完工农村公路410公里，占年度任务的102.5%。",
      "",
      "公共服务保障有力。学前教育扩容工程新增学位2160个。基层医疗服务提升工程完成28个村卫生室标准化建设。社区居家养老服务工程新建社区居家养老服务中心15个。",
      "",
      "“接下来，我们将对尚未完成的农村饮水安全巩固提升工程和全民健身设施建设工程实行挂图作战。”市发改委相关负责人表示。",
    ].join("\n").replaceAll("某市", "辽源市");
    const { archive } = convertTexts({ "a.txt": text });
    const titles = archive.reports[0]!.projects.map((p) => p.title);
    expect(titles).not.toContain("居住条件持续改善");
    expect(titles).toEqual(expect.arrayContaining(["棚户区改造工程", "老旧小区改造工程", "城区停车设施建设工程", "学前教育扩容工程", "社区居家养老服务工程"]));
  });

  it("reads leads that open on what is done as the works, though a cut page gives fewer than half the stated count", () => {
    const text = [
      "阿坝州2019年八件民生实事全部完成",
      "",
      "2020年2月3日 13:26　来源：阿坝日报",
      "",
      "2019年，阿坝州八件民生实事全部完成年度目标任务。现将完成情况通报如下：",
      "",
      "推进农村饮用水达标提标。全州新建改造农村供水管网401公里，完成年度目标任务的167.1%；农村自来水普及率达到93.5%。",
      "",
      "开展职业技能培训。全州职业技能培训24.9万人次，完成年度目标任务的127%。",
      "",
      "建设城市书房和文化驿站。全州新建城市书房46家，完成年度目标任务的153.3%；开展文化进基层惠民演出830场，完成年度目标任务的176.6%。",
      "",
      "开展青少年心理健康服务进村(社区)行动。全州青少年心理健康服务进村(社区)活动604场，完成年度计划的177.6%；个案心理咨询1001人次。",
      "",
      "分享到：微信 微博 QQ空间",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["推进农村饮用水达标提标", "开展职业技能培训", "建设城市书房和文化驿站", "开展青少年心理健康服务进村(社区)行动"]);
  });
});

describe("a plan told field by field, each field's heading alone on its line (就业方面： ‖ … ‖ 教育方面： ‖ …)", () => {
  it("reads every field as a project, a field named in two characters too", () => {
    const fields = [
      ["就业和社会保障方面：", "城镇新增就业2.8万人，城镇登记失业率控制在4%以内。"],
      ["住房保障方面：", "开工建设各类棚户区改造住房8000套。"],
      ["教育方面：", "新建、改扩建公办幼儿园12所。"],
      ["医疗卫生方面：", "新建社区卫生服务中心4个、村卫生室60个。"],
      ["文化体育方面：", "新建农家书屋50个，更新全民健身路径80套。"],
    ];
    const text = ["阜新市政府今年为民办好五个方面实事", "", "2013-03-05 09:12　来源：阜新日报", "", "记者从市政府办公室获悉，今年市政府将集中财力重点办好五个方面的民生实事。具体内容如下：", "", ...fields.flatMap(([h, b]) => [h!, b!, ""])].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["就业和社会保障", "住房保障", "教育", "医疗卫生", "文化体育"]);
  });
});

describe("a lede's few names given as examples (A、B、C……) in a feature that tells its works paragraph by paragraph", () => {
  it("are no selection of the programme: the works its paragraphs tell with figures are read", () => {
    const text = [
      "一件件实事落地 一份份温暖入心",
      "——我市12项市级重点民生实事全部完成年度任务",
      "2017-01-12 08:20 来源：威海日报",
      "威海新闻网讯 推进城区老旧供热管网改造、新建一批城乡公办幼儿园、为全市困难家庭免费安装燃气报警器……过去一年，我市高质量完成了12项市级重点民生实事年度任务。",
      "去年，我市把改造老旧供热管网列入市级重点民生实事，全年改造供热管网86公里，完成年度计划的107.5%，惠及居民2.1万户。同时，实施城区供水管网改造，更新老旧供水管网42公里，新建加压泵站3座。",
      "2016年，我市新建、改扩建公办幼儿园18所，新增学前教育学位3240个；实施中小学校舍改造提升工程，完成校舍改造面积12.6万平方米。在医疗方面，全市新建标准化村卫生室64处；在养老方面，新建农村幸福院50处，完成年度计划的110%。",
      "公交出行方面，全年新辟、优化公交线路15条，更新新能源公交车120辆。城区新增公共停车泊位4100个。完成新改建农村公路310公里，完成年度计划的103.3%；实施82个村庄生活污水治理，完成年度计划的102.5%。",
      "此外，我市还为全市1.3万户城乡低保、特困家庭免费安装燃气泄漏报警器，为600名困难残疾人实施居家无障碍改造，两项工作均超额完成年度任务。",
    ].join("\n\n");
    const report = convertTexts({ "a.txt": text }).archive.reports.find((r) => r.projects.length)!;
    expect(report.year).toBe(2016);
    expect(report.sources[0]!.kind).toBe("results");
    expect(report.projects.length).toBeGreaterThanOrEqual(8);
    expect(report.projects.some((p) => p.metrics.some((m) => m.value === 310))).toBe(true);
  });
});

describe("the rest named as examples after the works told (其余几项，比如A、B，也都按期完成了)", () => {
  it("adds the examples as works without figures, where they bring the works told up to the stated count", () => {
    const text = [
      "【两会访谈】把实事办到群众心坎上",
      "",
      "记者：2024年，市政府承诺的民生实事完成得怎么样？",
      "",
      "王建明：去年市政府确定了8项民生实事，到12月底，8项全部完成。",
      "",
      "记者：哪些项目老百姓感受最明显？",
      "",
      "王建明：先说就业，城镇新增就业6200人，完成年度目标的103.3%。教育上，4所学校建成投用，新增学位3150个。去年改造老旧小区17个、惠及居民3260户；新增公共停车泊位2100个，完成年度目标的140%。",
      "",
      "王建明：我们为3.6万名65岁以上老年人开展免费健康体检，体检率达到72.5%。其余几项，比如文化惠民演出、食品安全快检，也都按期完成了。",
      "",
      "（记者 徐蔚然）",
    ].join("\n");
    const { archive } = convertTexts({ "gaoyou.txt": text });
    const titles = archive.reports[0]!.projects.map((p) => [p.title, p.metrics.length]);
    expect(titles.slice(-2)).toEqual([
      ["文化惠民演出", 0],
      ["食品安全快检", 0],
    ]);
  });
});
