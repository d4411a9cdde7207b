// Projects named in one sentence, their figures in the text after it (src/ingest/layouts/sentence-list.ts).
import { describe, expect, it } from "vitest";
import { convertTexts } from "../helpers/convert-text.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { sentenceReadings } from "../../src/ingest/layouts/sentence-list.ts";

const read = (body: string) => {
  const { archive } = convertTexts({ "a.txt": `南阳市2023年民生实事完成情况\n\n${body}` });
  const report = archive.reports[0]!;
  return {
    layout: report.sources[0]!.check?.layout,
    count: report.projectCount,
    projects: report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)]),
  };
};

describe("a list named in one sentence", () => {
  it("reads names each in quotes one after another, nothing between them (分别是：“A”“B”…“F”。), as the projects", () => {
    const got = read(
      [
        "“城区老旧供热管网改造项目，赞成票263票；农村客运公交化改造项目，赞成票258票……”2月15日，随着大会执行主席宣布票决结果，会场响起热烈掌声。",
        "票决产生的六件民生实事分别是：“城区老旧供热管网改造”“农村客运公交化改造”“城区老旧小区改造”“社区居家养老服务中心建设”“城市口袋公园建设”“困难群众冬季取暖救助”。",
        "记者了解到，六件民生实事计划总投资3.8亿元。其中，城区老旧供热管网改造将完成改造管网40公里，惠及居民1.2万户；城区老旧小区改造计划改造小区36个。",
        "“这几年冬天供暖最让老百姓揪心，管网改造排在第一。”市人大代表王淑芬说。",
        "会议还对2022年六件民生实事办理情况进行了满意度测评，其中“城区公共停车场建设”满意率最高，达到97.6%。",
      ].join("\n\n"),
    );
    expect(got.count).toBe(6);
    expect(got.projects.map((p) => p[0])).toEqual(["城区老旧供热管网改造", "农村客运公交化改造", "城区老旧小区改造", "社区居家养老服务中心建设", "城市口袋公园建设", "困难群众冬季取暖救助"]);
  });

  it("reads 十件实事是：A、B…和J as ten projects, each figure clause going to the project it names", () => {
    expect(
      read(
        "今年确定的十件实事是：新建学校、改造老旧小区、新建公园、改造公路、新增就业、建设养老院、新建停车场、改造供水管网、新建图书馆和改造农贸市场。\n\n全市新建学校12所，改造老旧小区30个，新建公园5个，改造公路40公里，新增就业3万人，建设养老院6所，新建停车场8个，改造供水管网20公里，新建图书馆2个，改造农贸市场9个。",
      ),
    ).toEqual({
      layout: "sentence",
      count: 10,
      projects: [
        ["新建学校", ["12所"]],
        ["改造老旧小区", ["30个"]],
        ["新建公园", ["5个"]],
        ["改造公路", ["40公里"]],
        ["新增就业", ["3万人"]],
        ["建设养老院", ["6所"]],
        ["新建停车场", ["8个"]],
        ["改造供水管网", ["20公里"]],
        ["新建图书馆", ["2个"]],
        ["改造农贸市场", ["9个"]],
      ],
    });
  });
  it("reads a list of four names announced with 包括, each sentence after it going to its project", () => {
    expect(read("今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n全市新建学校12所。改造老旧小区30个。新建公园5个。改造公路40公里。")).toEqual({
      layout: "sentence",
      count: 4,
      projects: [
        ["新建学校", ["12所"]],
        ["改造老旧小区", ["30个"]],
        ["新建公园", ["5个"]],
        ["改造公路", ["40公里"]],
      ],
    });
  });
  it("never reads three names as a list of its own", () => {
    expect(read("今年3项民生实事包括：新建学校、改造老旧小区和新建公园。\n\n全市新建学校12所。改造老旧小区30个。新建公园5个。").layout).not.toBe("sentence");
  });
  it("reads long items one per ；-clause, each with its own figures", () => {
    const reading = read("这四件民生实事分别是：完成中心城区道路拓宽改造工程；完成城区棚户区改造500套；新建城市公园三座；新增城镇就业岗位二万个。");
    expect(reading.layout).toBe("sentence");
    expect(reading.projects.map(([, figures]) => figures)).toEqual([[], ["500套"], ["3座"], ["2万个"]]);
    expect(reading.projects[0]![0]).toBe("完成中心城区道路拓宽改造工程");
  });
  it("names a ；-clause by the clause after the money it is given (投资1.2亿元，实施… · 按照每户800元标准，为…)", () => {
    const reading = read("这四件民生实事是：投资1.2亿元,实施棚户区改造1009户;按照每户800元标准,为农村困难家庭发放冬季取暖补助;投资1260万元在旧城区新建公共厕所10座;维修中心广场,为市民提供休闲场所。");
    expect(reading.projects.map(([title]) => title)).toEqual(["实施棚户区改造", "为农村困难家庭发放冬季取暖补助", "在旧城区新建公共厕所", "维修中心广场"]);
  });
  it("reads a list that closes with 等 as some of the projects, stating no count", () => {
    const reading = read("今年民生实事包括：新建学校、改造老旧小区、新建公园、改造公路、改造农村户用卫生厕所等。\n\n全市新建学校12所，改造老旧小区30个。");
    expect(reading.layout).toBe("sentence");
    expect(reading.count).toBeNull();
    expect(reading.projects.map(([title]) => title)).toEqual(["新建学校", "改造老旧小区", "新建公园", "改造公路", "改造农村户用卫生厕所"]);
  });
});

describe("a programme named category by category", () => {
  it("reads each category's names (教育类2项，主要是A、B等工程) as projects under that category", () => {
    const { archive } = convertTexts({
      "a.txt": "格尔木市2024年民生实事项目确定\n\n经人大代表票决,最终确定今年的民生实事项目共12项。其中,教育提升类2项,主要是城东幼儿园新建、中小学食堂改造等工程;医疗保障类3项,主要是社区卫生服务站建设、急救站点布设、慢病随访服务等项目;交通出行类2项,主要是背街小巷改造、公交站台更新等工程。",
    });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["城东幼儿园新建", "中小学食堂改造", "社区卫生服务站建设", "急救站点布设", "慢病随访服务", "背街小巷改造", "公交站台更新"]);
    expect(report.projectCount).toBe(12);
  });
});

describe("projects told one per ；-clause after a sentence that counts them", () => {
  it("reads as many clauses as the sentence counts, each named by its opening words", () => {
    const { archive } = convertTexts({
      "a.txt": "连云港市2018年为民办实事上半年进展顺利\n\n今年上半年,连云港市为民办实事工程整体进展顺利。25个实事项目中,有4个项目超额完成节点任务。海滨大道公交首末站已提前建成使用;城区老旧小区改造年度任务是改造小区40个,上半年完成26个;农村公路提升工程年度计划新建改造农村公路300公里,目前已完成210公里;社区卫生服务站建设年度计划建设20个,现已建成12个。",
    });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["海滨大道公交首末站", "城区老旧小区改造", "农村公路提升工程", "社区卫生服务站建设"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["20个", "12个"]);
  });

  it("ends a clause's name where its year's aim begins (…保障水平全年目标是…)", () => {
    const { archive } = convertTexts({
      "a.txt": "宿迁市2017年为民办实事上半年进展顺利\n\n今年上半年,宿迁市为民办实事工程整体进展顺利。30个实事项目中,有4个项目超额完成节点任务。城南菜市场已提前建成使用;提高城乡居民医保保障水平全年目标是参保率稳定在95%以上,目前参保率达98%;村邮站建设年度计划建设500个,现已建成260个;城区学校扩容年度任务是新增学位3000个,上半年完成2100个。",
    });
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["城南菜市场", "提高城乡居民医保保障水平", "村邮站建设", "城区学校扩容"]);
  });

  it("opens the first clause after the words that announce the rest (…年度目标任务全部完成：完成…)", () => {
    const text = "过去一年，四件民生实事全面完成。我们把有限财力更多投向群众急难愁盼，四件民生实事累计完成投资3.2亿元，年度目标任务全部完成：完成城镇老旧小区改造30个，完成年度任务的105%；新建改建农村公路160公里；新建城区公办幼儿园3所，新增学位900个；新增城区公共停车泊位1800个。";
    const firsts = sentenceReadings(classify(normalise(text).paragraphs)).flatMap((r) => (r ? [r.items[0]!.title] : []));
    expect(firsts.length).toBeGreaterThan(0);
    expect(firsts.every((title) => title === "完成城镇老旧小区改造")).toBe(true);
  });
});

describe("projects announced by a count and a cue, each in a paragraph of its own", () => {
  it("reads the first after the cue and the rest one per paragraph, as many as the count, named by their quoted names", () => {
    const { archive } = convertTexts({
      "a.txt": [
        "贵州省2013年十件民生实事出炉",
        "省长在省人代会上承诺,今年将集中财力办好“十件民生实事”,内容涵盖教育、卫生、住房等。",
        "这四件民生实事具体包括:实施“营养改善计划”,让全省农村学生吃上营养餐。",
        "实施“光明工程”,为3万例白内障患者免费实施复明手术。",
        "实施“安居工程”,改造农村危房12万户。",
        "加强农村饮水建设,解决80万农村人口饮水安全问题。",
        "省政府要求各地抓好落实。",
      ].join("\n\n"),
    });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(["营养改善计划", "光明工程", "安居工程", "加强农村饮水建设"]);
    expect(report.projects.map((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual([[], ["3万例"], ["12万户"], ["80万人"]]);
  });
});

describe("places counted in a sentence", () => {
  it("does not take places named and counted (东区、西区、河西片区等6个片区) for projects", () => {
    const { archive } = convertTexts({
      "a.txt": "北海市为民办实事项目推进顺利\n\n2019年北海市十大为民办实事项目中,城区污水管网改造工程进展较快。截至3月31日,城区管网普查完成了东城区、西城区、河西片区、行政中心区、港口片区等6个片区的管网普查,共计526千米。北海市人民医院迁建项目完成投资3.2亿元。",
    });
    const titles = archive.reports[0]!.projects.map((p) => p.title);
    expect(titles).not.toContain("西城区");
    expect(titles).not.toContain("行政中心区");
  });
});

describe("the paragraphs after a list named in one sentence", () => {
  const LIST = "今年4项民生实事包括：新建学校、改造老旧小区、新建公园和改造公路。\n\n";
  it("reads a later paragraph that names a project of the list (以新建公园为例…)", () => {
    expect(read(`${LIST}全市新建学校12所。改造老旧小区30个。\n\n以新建公园为例，全市新建公园5个。改造公路40公里。`).projects).toEqual([
      ["新建学校", ["12所"]],
      ["改造老旧小区", ["30个"]],
      ["新建公园", ["5个"]],
      ["改造公路", ["40公里"]],
    ]);
  });
  it("reads a later paragraph that names a project by a clause all but repeating its name (开发公益性岗位… for 公益性岗位安置)", () => {
    expect(read("今年4项民生实事包括：新建公办幼儿园、改造老旧小区、改造农村公路和公益性岗位安置。\n\n全市新建公办幼儿园12所。改造老旧小区30个。改造农村公路40公里。\n\n全市开发公益性岗位1200个。").projects).toEqual([
      ["新建公办幼儿园", ["12所"]],
      ["改造老旧小区", ["30个"]],
      ["改造农村公路", ["40公里"]],
      ["公益性岗位安置", ["1200个"]],
    ]);
  });
  it("takes a later paragraph that names none of them for commentary: its figures go to no project, and reading ends there", () => {
    expect(read(`${LIST}全市新建学校12所。改造老旧小区30个。新建公园5个。改造公路40公里。\n\n此外，全市还新增绿地100公顷，植树2000棵。`).projects.flatMap(([, figures]) => figures)).toEqual(["12所", "30个", "5个", "40公里"]);
    expect(read(`${LIST}全市新建学校12所。改造老旧小区30个。\n\n此外，全市还新增绿地100公顷。\n\n以新建公园为例，全市新建公园5个。改造公路40公里。`).projects.flatMap(([, figures]) => figures)).toEqual(["12所", "30个"]);
  });

  it("takes a later paragraph that opens by counting another year's programme for the programme's: its figures go to no project", () => {
    const names = "今年4项民生实事分别是：城区学校扩容工程、老旧小区更新工程、农村供水提升工程和公共停车设施工程。";
    const lastYear = "2022年，通过区人大会议票决确定4项民生实事项目，总投资3.8亿元，完成投资3.6亿元。";
    expect(read(`${names}\n\n${lastYear}`).projects.flatMap(([, figures]) => figures)).toEqual([]);
  });

  it("reads the works after 即 where the fields they bear on come first (涵盖住房、教育…等方面，…，即投资…，实施…；…)", () => {
    const text = "这四件民生实事涵盖住房、教育、医疗、饮水等方面，件件与群众生活息息相关，即投资6800万元，实施易地扶贫搬迁工程；投资860万元，改扩建县人民医院住院楼；投资1200万元，实施农村饮水管网延伸工程；投资3900万元，实施薄弱学校改造工程。";
    expect(read(text).projects.map(([title]) => title)).toEqual(["实施易地扶贫搬迁工程", "改扩建县人民医院住院楼", "实施农村饮水管网延伸工程", "实施薄弱学校改造工程"]);
  });

  it("reads a run of quoted names closed by 等 and what the sentence says of them, a comma inside a name its own (“新建3所幼儿园，新增学位810个”)", () => {
    const text = "代表票决选出的五件民生实事项目包括：“新建城区第三人民医院”、“实施老旧小区改造15个”、“新建3所公办幼儿园，新增学位810个”、“新建碧道12公里”、“新增城区公共停车位500个”等，被列为市政府2023年度的五件民生实事项目，涉及医疗卫生、住房保障等方面。";
    expect(read(text).projects.map(([title]) => title)).toEqual(["新建城区第三人民医院", "实施老旧小区改造15个", "新建3所公办幼儿园，新增学位810个", "新建碧道12公里", "新增城区公共停车位500个"]);
  });

  it("reads no fields a count closes (覆盖就业、教育科技…等10个方面) as named projects", () => {
    const text = "2024年全市“十件民生实事”覆盖就业、教育科技、医疗健康、孤儿保障、城市服务、体育设施、乡村建设、居住品质、消防救援、交通出行等10个方面,涉及年度投资目标6.2亿元。";
    const readings = sentenceReadings(classify(normalise(text).paragraphs));
    expect(readings.flatMap((r) => r?.items.map((it) => it.title) ?? [])).toEqual([]);
  });

  it("reads no kinds a count closes before the projects' own count (交通出行、城乡宜居…等5类10个项目) as named projects", () => {
    const text = "经市委、市政府审定,现发布绵竹市6月民生实事项目清单。本月清单共涉及交通出行、城乡宜居、除险保安、养老育幼、文体惠民等5类10个项目。";
    const readings = sentenceReadings(classify(normalise(text).paragraphs));
    expect(readings.flatMap((r) => r?.items.map((it) => it.title) ?? [])).toEqual([]);
  });

  it("reads no fields as projects where the sentence counts as many fields before its works (八个方面26项…，涉及A、B…H)", () => {
    const text = "今年初,县政府安排实施八个方面26项民生实事项目,涉及就业创业、学前教育、医疗卫生、住房保障、公交出行、农村供水、文化体育、养老服务。";
    const readings = sentenceReadings(classify(normalise(text).paragraphs));
    expect(readings.flatMap((r) => r?.items.map((it) => it.title) ?? [])).toEqual([]);
    // (Names as many as the works the sentence counts are its works.)
    const works = "今年初,县政府安排实施三个方面5项民生实事项目,涉及新建幼儿园、改造农村公路、建设养老中心、更新公交车辆、新建农贸市场。";
    expect(sentenceReadings(classify(normalise(works).paragraphs)).flatMap((r) => r?.items.map((it) => it.title) ?? [])).toContain("新建幼儿园");
  });

  it("reads no kinds counted without 等 (共有教育文体类、医疗卫生类…公共安全类5大类12个项目) as named projects", () => {
    const text = "我市2025年民生实事项目经市人大会议票决产生,共有教育文体类、医疗卫生类、健康养老类、人居环境类、公共安全类5大类12个项目。";
    const readings = sentenceReadings(classify(normalise(text).paragraphs));
    expect(readings.flatMap((r) => r?.items.map((it) => it.title) ?? [])).toEqual([]);
  });
});
