// Report facts: region, year, kind, dates, publisher and stated count, read from the text
// or overridden by front matter.
import { describe, expect, it } from "vitest";
import { convertTexts, onlyReport } from "../helpers/convert-text.ts";

const body = "\n\n1.新建学校12所,完成年度目标任务的120%。\n\n2.改造农村公路300公里,完成年度目标任务的105%。";

describe("report facts", () => {
  it("finds a city that never names its province, and the province from the division data", () => {
    const report = onlyReport("南阳市2023年重点民生实事完成情况\n\n我市22件民生实事全部完成。" + body);
    expect(report.region).toEqual({ name: "南阳市", level: "city", path: ["河南省", "南阳市"], slug: "henan/nanyang", code: "4113" });
    expect(report.id).toBe("henan/nanyang/2023");
    expect(report.projectCount).toBe(22);
  });

  it("takes the level the text speaks from (全省 / 我市 / 全县) over other regions it mentions", () => {
    const report = onlyReport("长沙县2024年民生实事完成情况\n\n全县10项民生实事完成。长沙市、湖南省有关部门参加。全县推进有力。" + body);
    expect(report.region.name).toBe("长沙县");
    expect(report.region.path).toEqual(["湖南省", "长沙市", "长沙县"]);
    expect(report.region.level).toBe("county");
  });

  it("reads a city's rank within its province (居全省第一 · 位列全省前列) as no voice of the province", () => {
    const text = "【民生实事】2020年,永州市民生支出占财政总支出的77.4%。新增城镇就业5.74万人。常住人口参保居全省第一。全年新增学位7.25万个,建成芙蓉学校4所。";
    expect(onlyReport(text).region.name).toBe("永州市");
    // Spoken as the province, the same city is one of its places.
    expect(onlyReport(text.replace("居全省第一", "全省推进有力")).region.name).toBe("湖南省");
  });

  it("reads a text that speaks as a county and names only its province or municipality as the county it writes by its short name (美丽潼关建设 · 大渡口幼儿园)", () => {
    const tongguan = "2018年,全县10件民生实事全部完成,民生支出11.73亿元。全面启动美丽潼关建设,绿化美化道路79公里。我县新建垃圾中转压缩站3座,新建公办幼儿园2所。被授予“陕西省风筝最佳放飞基地”称号。";
    expect(onlyReport(tongguan).region).toMatchObject({ name: "潼关县", level: "county" });
    const dadukou = "12月20日,区政协开展视察活动,对我区2018年民生实事办理情况进行视察。视察了重庆中元汇吉生物技术有限公司、大渡口幼儿园半岛逸景园。全区新建社区养老服务中心12个,改造老旧小区30个。";
    expect(onlyReport(dadukou).region).toMatchObject({ name: "大渡口区", level: "county" });
    // An autonomous region speaks as 全区 itself: the district it names in passing is none of its voice.
    const ningxia = "宁夏10项民生实事前三季度“成绩单”出炉\n\n记者从宁夏回族自治区政府新闻发布会上获悉,2023年以来,宁夏把10项民生实事作为具体抓手。全区开工改造城镇老旧小区362个,完成年度目标任务的100.6%。银川市兴庆区某小区居民笑着说。全区新建改造农村供水管网1260公里。";
    expect(onlyReport(ningxia).region).toMatchObject({ name: "宁夏回族自治区", level: "province" });
  });

  it("reads the county-level city a higher city hands tasks to (“无锡市实事项目”为无锡市下达我市任务) as the report's region, however often the city's tag is written", () => {
    const rows = Array.from({ length: 5 }, (_, k) => `${k + 1}\n\n新建改造项目${k + 2}个。\n\n${70 + k}%\n\n市住建局\n\n无锡市实事项目`).join("\n\n");
    const text = `2018年度民生实事未完成项目进度表\n\n来源：江阴市人民政府办公室\n\n现将截至10月31日尚未完成的民生实事项目进度情况公布如下。\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n${rows}\n\n注：“无锡市实事项目”为无锡市下达我市任务。`;
    expect(onlyReport(text).region).toMatchObject({ name: "江阴市", level: "county" });
  });

  it("reads the government that signs a notice above its date (邹城市人民政府办公室 ‖ 2024年1月20日) as the report's region, beside the city whose list it also carries", () => {
    const text = [
      "市政府办公室关于2023年度民生实事项目完成情况的通报",
      "2023年度我市承担的省、济宁市和本级三级民生实事共计40项，均全部完成年度目标任务。",
      "省级民生实事15项，其中“新增普惠托位”等6项超额完成；济宁市级民生实事13项，其中“新建城乡供水管网”等5项超额完成；本级民生实事12项，其中“农村公路大中修”等4项超额完成。附件：2023年度济宁市级民生实事项目完成情况（略）。",
      "邹城市人民政府办公室\n2024年1月20日",
      "1.新增托位600个，完成率114.7%。\n\n2.新建老年助餐点30个，完成率120%。",
    ].join("\n\n");
    expect(onlyReport(text).region).toMatchObject({ name: "邹城市", level: "county" });
  });

  it("reads the count a story gives as 民生实事一共10件, and names a story's ordinal works by the quoted names its paragraphs give them (第二件是我家所在的老小区。…把“城镇老旧小区改造”列进民生实事)", () => {
    const text = [
      "一张清单里的小城变化",
      "我叫曾庆华，在隆昌市开了17年公交车。2022年，市里确定的民生实事一共10件，年底全部完成。我挑几件自己看得见的说一说。",
      "第一件是公交。2022年市里实施“城乡公交一体化提升工程”，新开通城乡公交线路9条，投放新能源公交车40辆。",
      "第二件是我家所在的老小区。2022年市里把“城镇老旧小区改造”列进民生实事，全市改造老旧小区32个，惠及4120户居民。",
      "第三件和娃娃上学有关。市里实施“义务教育学校扩容工程”，新建、改扩建学校5所，新增学位3150个。",
      "第四件我跑车时感受最深，那就是“停车难”缓解。市里实施“城区停车设施建设项目”，新增停车泊位2360个。",
    ].join("\n\n");
    const report = onlyReport(text);
    expect(report.projectCount).toBe(10);
    expect(report.projects.map((p) => p.title)).toEqual(["城乡公交一体化提升工程", "城镇老旧小区改造", "义务教育学校扩容工程", "城区停车设施建设项目"]);
  });

  it("reads a traditional-character, GBK-free document with its region in simplified form", () => {
    const report = onlyReport("廣東省2022年十件民生實事完成情況\n\n全省十件民生實事均已完成。" + body);
    expect(report.region.name).toBe("广东省");
    expect(report.projectCount).toBe(10);
  });

  it("reads GBK bytes end to end", () => {
    const report = onlyReport("浙江省2023年民生实事完成情况\n\n全省民生实事全部完成。" + body, "gbk");
    expect(report.region.name).toBe("浙江省");
    expect(report.projects).toHaveLength(2);
  });

  it("reads the dateline: publication date and publisher", () => {
    const report = onlyReport("河北省2024年民生工程推进\n\n2024年02月01日 17:27   来源:长城网\n\n全省推进。" + body);
    expect(report.sources[0]).toMatchObject({ published: "2024-02-01", publisher: "长城网" });
  });

  it("reads a publisher without the brackets a page wrapped round all or part of it", () => {
    for (const source of ["[长城网]", "长城[网]", "【长城网】"]) {
      const report = onlyReport(`河北省2024年民生工程推进\n\n2024年02月01日 17:27   来源:${source}\n\n全省推进。` + body);
      expect(report.sources[0]!.publisher, source).toBe("长城网");
    }
  });

  it("reads a newspaper byline as the publisher", () => {
    const report = onlyReport("本报讯(正观新闻·郑州晚报记者 张三)河南省2022年10项民生实事完成。全省推进。" + body);
    expect(report.sources[0]!.publisher).toBe("郑州晚报");
  });

  it.each([
    ["results", "年度目标任务全部完成。", null],
    ["progress", "截至6月底,各项实事进展顺利。", "2024-06-30"],
    ["plan", "今年将实施以下民生实事,力争全年完成。\n\n1.新建学校12所以上。\n\n2.改造农村公路300公里以上。", null],
  ])("tells a %s report by its cues", (kind, lede, asOf) => {
    const text = `甘肃省2024年为民办实事\n\n${lede}` + (kind === "plan" ? "" : body);
    const report = onlyReport(text);
    expect(report.sources[0]!.kind).toBe(kind);
    expect(report.sources[0]!.asOf).toBe(asOf);
  });

  it("reads the figures of a progress report as achievements so far, not as targets", () => {
    const report = onlyReport("甘肃省2024年为民办实事进展情况\n\n截至6月底,各项实事进展顺利。\n\n一、新建学校。新建学校12所。\n\n二、改造道路。改造农村公路300公里。\n\n三、建设公园。建成口袋公园15个。");
    expect(report.sources[0]!.kind).toBe("progress");
    expect(report.projects.flatMap((p) => p.metrics.map((m) => [m.value, m.role]))).toEqual([
      [12, "actual"],
      [300, "actual"],
      [15, "actual"],
    ]);
  });

  it("lets front matter override region, year and kind", () => {
    const report = onlyReport("---\nregion: 成都市\nyear: 2024\nkind: plan\n---\n我市今年办好民生实事。" + body);
    expect(report.id).toBe("sichuan/chengdu/2024");
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads full-width digits in front matter", () => {
    expect(onlyReport("---\nregion: 太原市\nyear: ２０１８\n---\n关于印发今年民生实事项目的通知" + body).id).toBe("shanxi/taiyuan/2018");
  });

  it("tells a county-level city (喀什市) from the prefecture whose short name it shares", () => {
    const report = onlyReport("喀什市政府工作报告(摘要)\n\n来源:喀什日报\n\n2021年,我市将办好民生实事。全市推进。" + body);
    expect(report.region.path).toEqual(["新疆维吾尔自治区", "喀什地区", "喀什市"]);
  });

  it("reads a notice that only lists projects, with no sign of achievement, as a plan", () => {
    const report = onlyReport("关于印发太原市2018年民生实事项目的通知\n\n现将2018年民生实事项目印发给你们,请认真抓好落实。\n\n(1)新建幼儿园34所。\n\n(2)城镇新增就业5.9万人。");
    expect(report.sources[0]!.kind).toBe("plan");
    expect(report.projects.flatMap((p) => p.metrics.map((m) => m.role))).toEqual(["target", "target"]);
  });

  it("rejects a report whose region cannot be told, naming the front-matter field that fixes it", () => {
    const { archive } = convertTexts({ "x.txt": "我市2024年民生实事完成情况。" + body });
    expect(archive.reports).toEqual([]);
    expect(archive.rejected[0]!.reason).toMatch(/x\.txt:1: .*region/);
  });

  it("reads a text that names no region as the county-level place its schools and hospitals are named after, where that agrees with how it speaks of itself", () => {
    const text = "2022年十件民生实事实施情况\n\n我市2022年度十件民生实事项目经票决产生。\n\n1.完成华南师范大学附属陆丰学校升级改造工程,新增学位2000个。\n\n2.新建市城区停车场3个,新增停车位2.29万个。";
    expect(onlyReport(text).region).toMatchObject({ name: "陆丰市", path: ["广东省", "汕尾市", "陆丰市"] });
    // A county speaks as 我县: a 市's school is no evidence for it, nor 新建学校 (a school being built) for 新建区.
    for (const other of [text.replace("我市", "我县"), "2022年十件民生实事实施情况\n\n我市新建学校12所。" + body]) {
      const { archive } = convertTexts({ "x.txt": other });
      expect(archive.reports).toEqual([]);
      expect(archive.rejected[0]!.reason).toMatch(/region/);
    }
  });

  it("reads no place from a short name the text writes more often before other words than before a school (全区新建学校 · 新建公园: 新建 builds)", () => {
    const opening = "2023年民生实事项目完成情况\n\n区委、区政府确定的民生实事已全部完成。\n\n";
    const builds = opening + "1.新建学校扩建工程完工,新增学位2700个。\n\n2.新建口袋公园8个。\n\n3.新建改建道路12条。";
    // A school counted is a kind of building, not a place's school (新建学校3所).
    const counted = opening + "1.全区新建学校3所,新增学位2700个。\n\n2.改造口袋公园8个。";
    for (const text of [builds, counted]) {
      const { archive } = convertTexts({ "x.txt": text });
      expect(archive.reports).toEqual([]);
      expect(archive.rejected[0]!.reason).toMatch(/x\.txt:1: .*region/);
    }
    // Written before its school as often as anywhere, the same name is the place (新建学校 once, nothing else built).
    const landmark = opening + "1.新建学校扩建工程完工,新增学位2700个。\n\n2.改造口袋公园8个。";
    expect(onlyReport(landmark).region.name).toBe("新建区");
  });

  it("names, where a text writes only a name several regions bear, each of them in the rejection, so the user can choose", () => {
    const { archive } = convertTexts({ "x.txt": "2024年民生实事完成情况\n\n朝阳区人民政府\n\n全区民生实事全部完成。" + body });
    expect(archive.reports).toEqual([]);
    expect(archive.rejected[0]!.reason).toMatch(/朝阳区 is 北京市\/朝阳区 or 吉林省\/长春市\/朝阳区/);
    expect(archive.rejected[0]!.reason).toMatch(/front matter `region:`/);
    // Each path it lists is a value front matter takes.
    const fixed = convertTexts({ "x.txt": "---\nregion: 吉林省/长春市/朝阳区\n---\n2024年民生实事完成情况\n\n朝阳区人民政府\n\n全区民生实事全部完成。" + body }).archive.reports;
    expect(fixed.map((r) => r.region.path)).toEqual([["吉林省", "长春市", "朝阳区"]]);
    // …also where the province holds two of the name (江苏省/南京市/鼓楼区 · 江苏省/徐州市/鼓楼区): every part counts.
    const text = "2024年民生实事完成情况\n\n鼓楼区人民政府\n\n全区民生实事全部完成。" + body;
    const listed = convertTexts({ "x.txt": text }).archive.rejected[0]!.reason;
    for (const path of ["江苏省/南京市/鼓楼区", "江苏省/徐州市/鼓楼区"]) {
      expect(listed).toContain(path);
      expect(convertTexts({ "x.txt": `---\nregion: ${path}\n---\n${text}` }).archive.reports.map((r) => r.region.path.join("/"))).toEqual([path]);
    }
  });

  it("reads no 新建县 in 新建县城第二小学 · 新建县医院 where the text writes 新建 as a verb again and again, but the county it names", () => {
    const text = "汉阴敲定2011年10件实事\n\n近年来，汉阴县每年都组织实施10件实事。城镇建设5件实事分别是：新建城南休闲公园；新建县城第二小学，扩建县幼儿园；新建廉租房3万平方米；新建县医院综合住院楼；新建周转房2000平方米。" + body;
    expect(onlyReport(text).region.path).toEqual(["陕西省", "安康市", "汉阴县"]);
    // Written as the place, before its own bodies, it is the place.
    expect(onlyReport("新建县人民政府关于2014年民生实事完成情况的通报\n\n新建县2014年民生实事全部完成。" + body).region.name).toBe("新建县");
  });

  it("reads no 新建县 in 新建县第六小学, and takes a county newspaper's masthead (商城新闻　2025年3月4日) for its place", () => {
    const text = "商城新闻　　　　2025年3月4日　星期二\n\n人大代表票决出今年十件民生实事\n\n县十七届人大五次会议票决产生2025年县政府十件民生实事：1．城区学位扩容工程。新建县第六小学，新增学位1620个。2．居家养老服务工程。新建镇级养老服务中心4个。" + body;
    expect(onlyReport(text).region.path).toEqual(["河南省", "信阳市", "商城县"]);
  });

  it("reads a name several regions bear as the one a street the text names lies in, and says so; streets of two of them decide nothing", () => {
    const text = (streets: string) => `2024年民生实事完成情况\n\n朝阳区人民政府\n\n全区民生实事全部完成,${streets}的老旧小区改造如期完工。` + body;
    const beijing = convertTexts({ "x.txt": text("三里屯街道") });
    expect(beijing.archive.reports.map((r) => r.region.path.join("/"))).toEqual(["北京市/朝阳区"]);
    expect(beijing.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(/^朝阳区 is the name of several regions: 北京市\/朝阳区 is read from the townships the text names there \(三里屯街道\)/));
    expect(onlyReport(text("桂林街道")).region.path).toEqual(["吉林省", "长春市", "朝阳区"]);
    const both = convertTexts({ "x.txt": text("三里屯街道、桂林街道") }).archive;
    expect(both.reports).toEqual([]);
    expect(both.rejected[0]!.reason).toMatch(/朝阳区 is 北京市\/朝阳区 or 吉林省\/长春市\/朝阳区/);
  });

  it("reads a text that speaks as 我市 on the site of a place inside the region it names most (主办:X市人民政府办公室) as that place's", () => {
    const text = "5月12日,宜春市督查组到我市督查民生实事落实情况。\n\n我市承担的2021年宜春市重点民生实事共10项,宜春市重点民生实事进展顺利。\n\n1.新建学校扩建工程,已完工。\n\n2.改造农村公路80公里,已完成60公里。";
    const footer = "\n\n责任编辑:李明\n\n主办:樟树市人民政府办公室\n\n版权所有:江西省樟树市人民政府";
    expect(onlyReport(text + footer).region.name).toBe("樟树市");
    expect(onlyReport(text).region.name).toBe("宜春市");
    // A site above the region, or one that speaks as another level (我县), is no owner of the text.
    expect(onlyReport(text + footer.replaceAll("樟树市", "南昌市")).region.name).toBe("宜春市");
    expect(convertTexts({ "x.txt": text.replaceAll("我市", "我县") + footer }).archive.reports.map((r) => r.region.name)).not.toContain("樟树市");
  });

  it("reads a text whose only voice is its units (责任单位:市财政局 · 县教育局) as speaking from their level, so its districts name their city", () => {
    const text = "2025年民生实事项目\n\n(一)改造老旧小区\n项目内容:改造老旧小区30个。\n责任单位:市住房城乡建设局、市财政局,思明区政府、湖里区政府。\n\n(二)新建口袋公园\n项目内容:新建口袋公园12个。\n责任单位:市园林局,集美区政府。";
    expect(onlyReport(text).region).toMatchObject({ name: "厦门市", level: "city" });
    // 市场 and 市民 open no unit of the city's.
    expect(onlyReport(text.replaceAll("市住房城乡建设局、市财政局", "市场监管局").replace("市园林局", "市民服务中心")).region.level).toBe("county");
  });

  it("reads a city's notice reposted on a district's site as the city's: the site's greeting and the record's metadata are no headline", () => {
    const text = [
      "濂溪区人民政府网站欢迎您的访问!",
      "索引号: LXQ-1285-9542-1930 主题分类:",
      "发布机构: 濂溪区人民政府 生成日期: 2022-04-22",
      "",
      "九江市人民政府关于印发2022年九江市民生实事工程安排意见的通知",
      "",
      "各县(区)人民政府,市直各有关部门:现将《2022年九江市民生实事工程安排意见》印发给你们,请认真贯彻实施。",
      "",
      "1.新建公办幼儿园10所。责任单位:市教育局",
      "2.改造老旧小区50个。责任单位:市住建局",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.region.name).toBe("九江市");
    expect(report.sources[0]!.title).toBe("九江市人民政府关于印发2022年九江市民生实事工程安排意见的通知");
  });

  it("takes no line that holds a sentence's end for the headline: a dispatch's closing sentence (…确保十件实事全面完成…。(完)) names neither the title nor the kind", () => {
    const text = [
      "本页位置: 首页 → 新闻中心 → 国内新闻 |",
      "中新网武汉1月26日电 26日开幕的湖北省十一届人大三次会议上,省长在政府工作报告中表示,今年省政府将继续办好十件实事。",
      "这十件实事包括,新建农村公路1.2万公里,建设农家书屋3500个,为乡镇卫生院免费培训全科医生1500名。",
      "省长还表示,确保十件实事全面完成,让公共财政的阳光普照荆楚大地。(完)",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.sources[0]!.title).toBeNull();
    expect(report.sources[0]!.kind).toBe("plan");
    // Without its sentence's end, the same line is the headline, and its 全面完成 the kind.
    const lines = text.split("\n");
    const above = onlyReport([lines[0]!, lines[3]!.replace("。(完)", ""), lines[1]!, lines[2]!].join("\n"));
    expect(above.sources[0]!.title).toContain("确保十件实事全面完成");
    expect(above.sources[0]!.kind).toBe("results");
  });

  it("reads a district's table whose units include 市政局 (municipal works, at any level) as the district's, named by its development zone", () => {
    const text = "2023年区政府重点民生实事项目推进情况(1-11月)\n序号 | 主要任务 | 牵头单位 | 责任主体与协同单位 | 1-11月推进情况 |\n1 | 优化提升50条背街后巷交通组织。 | 城管局 | 市政局、相关街道 | 已进场施工,完成60%。 |\n2 | 新建建筑垃圾中转站8个。 | 城管局 | 市政局、海曙经济开发区 | 已建成建筑垃圾中转站7个。 |\n3 | 新增垃圾分类达标小区210个。 | 城管局 | 市政局、海曙经济开发区、各街道 | 已建成180个。 |";
    expect(onlyReport(text).region).toMatchObject({ name: "海曙区", level: "county" });
  });

  it("reads a text that names no county as the one two or more of whose townships or streets it names, where the county's suffix agrees with how it speaks", () => {
    const text = "2023年区政府民生实事项目进展情况\n\n全区民生实事项目共8个。\n\n1.良渚街道新建养老服务中心1个,已完工。\n\n2.径山镇改造农村公路12公里,完成年度目标任务的80%。";
    expect(onlyReport(text).region).toMatchObject({ name: "余杭区", path: ["浙江省", "杭州市", "余杭区"] });
    // A text that speaks as a 县 is placed in no district.
    expect(convertTexts({ "x.txt": text.replaceAll("区政府", "县政府").replace("全区", "全县") }).archive.reports).toEqual([]);
  });

  it("reads 今年以来 that tells how the list was chosen, in a March press conference, as no cut-off of progress", () => {
    const text = [
      "我市召开2021年民生实事新闻发布会",
      "阳泉市人民政府门户网站　时间：2021-03-17　来源：阳泉日报",
      "发布会上，市发展改革委副主任介绍，今年以来，市委、市政府在广泛征集各方意见建议的基础上，经市政府常务会议研究，确定了2021年3件民生实事。",
      "在稳就业方面，今年全市将实现城镇新增就业2.2万人。",
      "在教育方面，将新建、改扩建公办幼儿园8所，新增学前教育学位2400个。",
      "在出行方面，将新改建农村公路300公里。",
      "每一件民生实事都已明确牵头领导、责任单位和完成时限，市政府督查室将按季度开展督查，年底组织群众满意度测评。",
    ].join("\n");
    expect(onlyReport(text).sources[0]!.kind).toBe("plan");
  });

  it("reads a headline's promise that the works will be done by the year's end (原标题：12件民生实事年底前全部兑现) as no verdict: cut off at 11月底, progress", () => {
    const text = [
      "2013年鞍山市3件重点民生实事进展顺利",
      "2013-12-04 08:15:36|来源：鞍山日报|编辑：刘佳宁",
      "原标题：3件民生实事年底前全部兑现",
      "部分市人大代表昨天下午视察2013年重点民生实事落实情况。据介绍，今年市政府确定的3件重点民生实事中，已有2件完成年度任务。",
      "截至11月底，3件民生实事累计完成投资2.1亿元。",
      "序号\t项目名称\t年度目标\t进展情况\t完成比例",
      "1\t新建公办幼儿园\t8所\t已建成投用8所\t100%",
      "2\t改造老旧小区\t40个\t已完成改造42个\t105%",
      "3\t新改建农村公路\t300公里\t已完成210公里\t70%",
    ].join("\n");
    expect(onlyReport(text).sources[0]!.kind).toBe("progress");
  });

  it("reads a heading's half-year account (…事项上半年推进情况), published in July with most works done, as progress to the end of June", () => {
    const text = [
      "琼海市2024年为民办实事事项上半年推进情况",
      "发布时间：2024-07-19 来源：琼海市发展和改革委员会",
      "近期，市发改委对2024年市级为民办实事事项上半年推进情况进行了调度。",
      "1.中小学校“护苗”工程。为全市中小学校配备专职保安员86名、一键报警装置132套，均已完成，完成率100%。",
      "2.城乡居民免费健康体检。已完成体检6.2万人，完成年度目标的103%。",
      "3.新建公共充电桩。已建成公共充电桩320个，全部完成年度任务。",
    ].join("\n");
    const source = onlyReport(text).sources[0]!;
    expect([source.kind, source.asOf]).toEqual(["progress", "2024-06-30"]);
  });

  it("reads a 半年度 account (…项目半年度推进情况), published in July with its rates stated, as progress to the end of June", () => {
    const text = [
      "2023年民生实事项目半年度推进情况",
      "发布日期：2023-07-21　信息来源：句容市发展改革委",
      "近期，市发展改革委对2023年民生实事项目半年度建设情况进行了调度。",
      "1.学前教育提质工程。新建公办幼儿园3所，新增普惠性托位300个，已新增186个，完成年度任务的62%。",
      "2.困境儿童关爱。为困境儿童提供关爱服务1500人次，已服务1620人次，完成年度任务的108%。",
      "3.农村公路提档。新改建农村公路60公里，已完成32公里，完成年度任务的53.3%。",
    ].join("\n");
    const source = onlyReport(text).sources[0]!;
    expect([source.kind, source.asOf]).toEqual(["progress", "2023-06-30"]);
  });

  it("reads a year-end report whose title says it tells how the works were carried out (落实情况的报告), cut off at 11月底, as results", () => {
    const text = [
      "山西省2012年省政府五件实事落实情况的报告",
      "2012年12月28日 来源：山西省人民政府办公厅",
      "综合各方面情况，今年五件实事已全面完成，其中多项超额完成。",
      "1.承诺：全省城镇新增就业45万人。截至11月底，全省城镇新增就业48.6万人，完成年度任务的108%。",
      "2.承诺：解决农村210万人饮水安全问题。全省解决了226.4万农村人口的饮水安全问题，完成年度任务的107.8%。",
      "3.承诺：新改建农村公路1万公里。全年新改建农村公路1.12万公里，完成年度任务的112%。",
    ].join("\n");
    expect(onlyReport(text).sources[0]!.kind).toBe("results");
  });

  it("reads a plan on a special page, under its tabs (项目概况 | 项目动态 | 进度公示) and with oversight promised (对项目推进情况开展跟踪督查), as a plan", () => {
    const text = [
      "首页 > 专题专栏 > 2022年度民生实事项目",
      "昆山市2022年度民生实事项目",
      "项目概况 | 项目动态 | 进度公示 | 政策解读",
      "发布时间：2022-02-11　来源：市政府办公室",
      "2022年度民生实事项目于2月9日印发实施，共包括3个项目：背街小巷整治提升、“口袋公园”建设、老旧小区改造。",
      "各项目均明确了牵头单位和责任单位。市政府办公室会同市发展改革委对项目推进情况开展跟踪督查，年底组织满意度测评。",
    ].join("\n");
    expect(onlyReport(text).sources[0]!.kind).toBe("plan");
  });

  it("reads a plan that promises to report its progress (每季度向社会公布进展情况), published in January, as a plan", () => {
    const text = [
      "2020年白银市政府为民兴办3件实事",
      "2020-01-10 08:16　来源：白银日报",
      "1月9日上午，在市第十届人民代表大会第五次会议上，市政府明确了2020年为民兴办的3件实事。",
      "一是实施学前教育扩容项目，新建、改扩建公办幼儿园18所，新增学前教育学位3600个。",
      "二是实施老旧小区改造项目，改造老旧小区52个、惠及居民6800户，加装电梯30部。",
      "三是实施城市停车设施建设项目，新增公共停车泊位3200个。",
      "市政府有关负责人介绍，3件实事项目将纳入市政府年度目标责任考核，每季度向社会公布进展情况，年底组织人大代表和政协委员进行满意度测评。",
    ].join("\n");
    expect(onlyReport(text).sources[0]!.kind).toBe("plan");
  });

  it("reads a plan that promises to report its progress month by month and its half-year, three quarters and year (…进展情况实行月报制度，半年、前三季度、全年完成情况按期报送), as a plan", () => {
    const text = [
      "2020/3/6 09:42:00",
      "来源：巴彦淖尔日报",
      "近日，市委、市政府研究决定，2020年继续为全市各族群众办好3件实事。项目进展情况实行月报制度，半年、前三季度、全年完成情况按期报送市政府。",
      "这3件实事的主要内容是——",
      "一、促进城乡居民就业。全市城镇新增就业1.2万人；开展各类职业技能培训1.5万人次。",
      "二、推进老旧小区改造。改造城镇老旧小区85个，惠及居民1.6万户。",
      "三、建设“四好农村路”。新改建农村牧区公路600公里。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.sources[0]!.kind).toBe("plan");
    expect(report.projects[0]!.metrics.map((m) => m.role)).toEqual(["target", "target"]);
  });

  it("reads the year of a counting sentence a page broke into short lines (2024年涪陵区首次开展 ‖ … ‖ 10件区级重点民生实事项目 ‖ 全部完成), over a next year's count in the closing", () => {
    const text = [
      "涪陵发布　2025-01-17 19:30　重庆",
      "",
      "记者从区十七届人大六次会议上获悉：",
      "2024年涪陵区首次开展",
      "区级重点民生实事项目",
      "人大代表票决制，",
      "区十七届人大五次会议票决通过的",
      "3件区级重点民生实事项目",
      "全部完成。",
      "具体如下↓↓↓",
      "",
      "城乡供水保障提升",
      "完成投资3.82亿元。改造老旧供水管网46公里，惠及群众8.7万人。",
      "",
      "城区停车设施建设",
      "完成投资0.64亿元。新建小微停车场14个，新增停车泊位1120个。",
      "",
      "全民健身设施补短板",
      "完成投资0.18亿元。建成社区体育公园3个、全民健身步道22公里。",
      "",
      "接下来，区人大常委会将继续紧盯票决出的3件2025年区级重点民生实事项目，跟踪监督。",
      "",
      "往期推荐",
      "2025年，涪陵这样干！",
    ].join("\n");
    expect(onlyReport(text).year).toBe(2024);
  });

  it("reads the year of the first sentence that counts the programme after a headline closed by its ! (10件区级重点民生实事全部完成！ ‖ 2024年江北区…10件…全部完成), over the next year's vote told twice in the closing", () => {
    const text = [
      "江北发布",
      "2025年01月08日 18:30 重庆",
      "点击蓝字 关注我们",
      "10件区级重点民生实事全部完成！",
      "记者从区十九届人大六次会议上获悉：\n2024年江北区\n区级重点民生实事项目\n人大代表票决制 实施第二年，\n区十九届人大五次会议票决通过的\n10件区级重点民生实事项目\n全部完成，\n累计完成投资9.86亿元。\n具体如下：",
      "城市排水防涝设施建设\n完成投资2.16亿元，比年度计划高15.2个百分点。伏牛溪片区雨水管网改造、跳磴河支流防洪护岸工程汛前完工；新建、改造雨污管网46公里，整治易涝点7处。",
      "义务教育学校扩容提质\n完成投资2.42亿元，比年度计划高8.1个百分点。钢城实验学校二期、育才小学建胜校区建成投用，新增学位2160个。",
      "城镇老旧小区改造\n完成投资1.38亿元，比年度计划高6.5个百分点。42个老旧小区改造全部开工，完工38个，惠及群众1.2万户；加装电梯56部。",
      "“一老一小”服务提升\n完成投资0.46亿元，与年度计划持平。新建社区养老服务站8个、街道养老服务中心2个，新增普惠托位320个。",
      "2025年，江北区将继续实施区级重点民生实事项目人大代表票决制，区十九届人大六次会议将票决产生2025年10件区级重点民生实事项目，敬请关注。",
      "往期推荐\n2025年区“两会”特别报道",
    ].join("\n\n");
    expect(onlyReport(text).year).toBe(2024);
  });

  it("reads a table that speaks as no place, from its own government's office and site, as that place's, though its notes name the city above it", () => {
    const cells = (...rows: string[][]) => rows.flat().join("\n\n");
    const text = [
      "2023年度民生实事项目进度表（截至9月30日）",
      "",
      "  • 发布日期：2023-10-20",
      "  • 来源：龙泉市人民政府办公室",
      "",
      cells(
        ["序号", "项目内容", "当前进度", "牵头单位", "备注"],
        ["1", "新增托位300个，其中普惠托位180个。", "新增托位246个，完成82%", "市卫健局", "丽水市民生实事"],
        ["2", "新建公办幼儿园2所，新增公办幼儿学位540个。", "已建成1所", "市教育局", "丽水市民生实事"],
        ["3", "改造城镇老旧小区12个。", "已开工12个", "市住建局", "丽水市民生实事"],
      ),
      "",
      "主办：龙泉市人民政府办公室　　地址：龙泉市龙渊街道",
    ].join("\n");
    expect(onlyReport(text).region).toMatchObject({ path: ["浙江省", "丽水市", "龙泉市"] });
  });

  it("reads a name several counties bear (桥西区) as the one whose streets the text lists bare before the word for them (友谊、东里、振头等8个街道)", () => {
    const text = "关于2019年区政府为民办好10件实事落实情况的调查报告\n\n为了解2019年度桥西区政府承诺为群众办好10件实事的落实情况，调查组先后深入友谊、东里、振头等8个街道。\n\n1、创业就业工程：全年城镇新增就业6320人。\n\n2、老旧小区改造：对14个老旧小区实施综合改造，惠及居民3620户。\n\n3、背街小巷整治：整治背街小巷22条。";
    expect(onlyReport(text).region).toMatchObject({ path: ["河北省", "石家庄市", "桥西区"] });
  });

  it("reads townships written bare where the words say a place is meant (首南至姜山段 · 姜山片区) as two of one county's, and letters of a word as none", () => {
    const text = "2019年区政府为民办实事项目\n\n2019年,区政府将努力为民办好以下实事:\n1.实施首南至姜山段公路改扩建工程,新建道路12公里。\n2.新建姜山片区污水管网8公里。\n3.新建公办幼儿园3所,新增学位900个。";
    const { archive } = convertTexts({ "x.txt": text });
    expect(archive.reports.map((r) => r.region.path)).toEqual([["浙江省", "宁波市", "鄞州区"]]);
    // One township only (姜山 is 鄞州区's and 莱西市's; 首南 alone is one name): no county.
    const one = convertTexts({ "y.txt": text.replace("首南至姜山段", "城区") });
    expect(one.archive.reports).toEqual([]);
    // The same letters with no place after them (首南方向 · 姜山一带 are words of the sentence here) place nothing.
    const words = convertTexts({ "z.txt": text.replace("首南至姜山段", "首南方向").replace("姜山片区", "姜山一带") });
    expect(words.archive.reports).toEqual([]);
  });

  it("reads the county-level place whose news site writes the text (天门网讯 · 来源:天门网), where the text names no region", () => {
    const text = "市人大常委会视察市政府十件实事完成情况\n\n发布时间:2019年10月28日\n\n来源:仙桃网\n\n仙桃网讯 24日,市人大常委会对市政府今年十件实事完成情况进行视察。\n\n1.新建城区停车场3个,完成年度目标的100%。\n\n2.建设小游园5个,完成年度目标的120%。";
    expect(onlyReport(text).region.name).toBe("仙桃市");
  });

  it("reads a county by the name its text writes for a year before it became a city (邵东县, now 邵东市), as the same place", () => {
    const report = onlyReport("邵东县2017年十件民生实事项目确定\n\n全县代表票决产生十件民生实事。" + body);
    expect(report.region).toMatchObject({ name: "邵东县", level: "county", code: "430582" });
    expect(report.region.path).toEqual(["湖南省", "邵阳市", "邵东县"]);
    expect(report.id).toBe(onlyReport("邵东市2023年十件民生实事项目确定\n\n全市代表票决产生十件民生实事。" + body).id.replace("2023", "2017"));
  });

  it("reads a text that speaks as a district and names only another county (a partner school's) as the district its landmarks name", () => {
    const text = "2023年度省政府民生实事涉我区工作任务一季度进展情况\n\n区政府办通报。\n\n1.完成结对帮扶学校2所,武侯中学教师赴金堂县淮口中学交流。\n\n2.新增学位810个,完成年度目标任务的30%。";
    expect(onlyReport(text).region.name).toBe("武侯区");
  });

  it("reads a text that speaks as a district and names its city most as that city's district it names, and rejects it where it names none", () => {
    const named = onlyReport("2023年区政府民生实事进展情况\n\n全区各有关单位加快推进。完成赣州三中改造项目,启动赣州市特教学校扩建工程,章贡区教体局牵头。赣州一中新校区开工。" + body);
    expect(named.region.name).toBe("章贡区");
    const { archive } = convertTexts({ "x.txt": "2023年区政府民生实事进展情况\n\n全区各有关单位加快推进。完成赣州三中改造项目,启动赣州市特教学校扩建工程。赣州一中新校区开工。" + body });
    expect(archive.rejected[0]!.reason).toMatch(/x\.txt:1: .*region/);
  });

  it("reads a text that names no region but one township of one county as that county, and says so as a finding", () => {
    const text = "2024年县政府民生实事项目现场督查\n\n近日,副县长带队督查民生实事项目,先后来到赤鹫镇卫生院、城区老旧小区等项目地。\n\n1.改造老旧小区12个,已完成8个。\n\n2.新建村级卫生室6所,已完成4所。";
    const { archive, warnings } = convertTexts({ "t.txt": text });
    expect(archive.reports.map((r) => r.region.name)).toEqual(["富民县"]);
    expect(warnings.map((w) => w.message).join("\n")).toMatch(/names no region: 富民县 is read from .*赤鹫镇.*front matter region:/);
    // Speaking as a district (全区 · 区政府), the county's 县 disagrees: nothing says which region, and the text is rejected.
    const district = convertTexts({ "d.txt": text.replace(/县政府/g, "区政府").replace("副县长", "副区长").replace("现场督查\n\n", "现场督查\n\n全区上下齐心。") });
    expect(district.archive.reports).toEqual([]);
    expect(district.archive.rejected[0]!.reason).toMatch(/d\.txt:1: .*region/);
    // Two counties' townships (赤鹫镇 · 汤丹镇): no one county.
    expect(convertTexts({ "u.txt": text.replace("城区老旧小区", "汤丹镇老旧小区") }).archive.reports).toEqual([]);
  });

  it("reads no township from letters that straddle two words (创建城镇标准化学校 holds no 建城镇)", () => {
    const text = "十项民生实事重点工程\n\n1、基础教育提质工程。建设幼儿园14所,创建城镇标准化学校20所。\n\n2、创业就业工程。2017年发放小额担保贷款3亿元,实现城镇新增就业2.2万人。";
    const { archive } = convertTexts({ "t.txt": text });
    expect(archive.reports).toEqual([]);
    expect(archive.rejected[0]!.reason).toMatch(/t\.txt:1: .*region/);
  });

  it("reads a headline that names a city and a body that speaks of one of its districts as much (written after the city, then alone) as that district", () => {
    const body = "\n\n2023年,甘肃省兰州市七里河区持续加强民生建设,20项民生实事全部兑现。\n\n2023年,七里河区城镇新增就业6800人,改造老旧小区32个,新建社区食堂12个。";
    expect(onlyReport("甘肃省兰州市兑现20项民生实事" + body).region.name).toBe("七里河区");
    // A body that speaks of the city too is the city's.
    expect(onlyReport("甘肃省兰州市兑现20项民生实事" + body.replace("改造老旧小区", "兰州市改造老旧小区")).region.name).toBe("兰州市");
  });

  it("rejects a report whose year cannot be told, naming the year field", () => {
    const { archive } = convertTexts({ "y.txt": "漯河市民生实事完成情况\n\n全市民生实事完成。" + body });
    expect(archive.rejected[0]!.reason).toMatch(/year/);
  });

  it("rejects an unknown front-matter region with the file's line", () => {
    const { archive } = convertTexts({ "z.txt": "---\nregion: 不存在市\n---\n民生实事" + body });
    expect(archive.rejected[0]!.reason).toMatch(/z\.txt:1: front matter region "不存在市"/);
  });

  it("reads a region written after its parent's name as that region, not the parent (衡阳市珠晖区 · 衡阳珠晖)", () => {
    const full = onlyReport("衡阳市珠晖区2021年民生实事项目出炉\n\n日前,衡阳市珠晖区第五届人民代表大会第六次会议票决产生衡阳市珠晖区2021年民生实事项目。" + body);
    expect(full.region.name).toBe("珠晖区");
    // The district's short name after the city's: the city's own district, though 珠晖 alone is no name.
    const short = onlyReport("衡阳珠晖将办好一批民生实事\n\n2021年,衡阳珠晖将新建一批民生项目。" + body);
    expect(short.region.name).toBe("珠晖区");
  });

  it("reads a district that two cities have (城中区) as the one of the city written just before it, though the text never names that city again", () => {
    const report = onlyReport("本站首页 | 新闻动态\n\n近日,随着柳州市城中区第十六届人民代表大会第四次会议闭幕,城中区2022年民生实事项目正式出炉。城中区将集中力量办好以下实事。" + body);
    expect(report.region.name).toBe("城中区");
    expect(report.region.path).toEqual(["广西壮族自治区", "柳州市", "城中区"]);
  });

  it("reads a year told in what was opened and put to use (建成使用 · 投入运营 · 建成通车 · 全线贯通) as results", () => {
    const report = onlyReport(
      "2022年,洮南市重点实施四大工程。\n\n文教育民工程。投资2.1亿元,城区3所小学建成使用;新建学校运动场5个。\n\n交通便民工程。投资8.4亿元,县道105全线贯通;城北大桥建成通车。\n\n公益利民工程。投资0.9亿元,市养老服务中心投入运营;改造农村电网46公里。\n\n城建惠民工程。投资1.5亿元,改造老旧小区18个;新建城区公园2个。",
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads 今年 in a text that calls a year just past (刚刚过去的2022年) as the year after it", () => {
    const { archive } = convertTexts({ "doc.txt": "岁末年初,万象更新。刚刚过去的2022年,漳州市实施28个为民办实事项目,27个顺利完成。2022年,全市新增城镇就业3.1万人。今年,漳州市将实施30个为民办实事项目,具体如下:" + body });
    const listed = archive.reports.filter((r) => r.projects.length);
    expect(listed.map((r) => r.year)).toEqual([2023]);
    // Its count is the one stated for this year, not the 28 of the year just past.
    expect(listed[0]!.projectCount).toBe(30);
    // The year just past, told in sentences of its own, is a report of its own with its count.
    expect(archive.reports.find((r) => r.year === 2022)?.projectCount).toBe(28);
  });

  it("reads 办好今年…实事 as the announcement of a plan, though its tasks open with 竣工 or 完成", () => {
    const report = onlyReport(
      "常州市2021年为民办实事项目来啦\n\n市长在政府工作报告中提到,我们要扎扎实实办好今年10件为民办实事项目。\n\n一 重点道桥\n\n竣工青洋路北延工程。\n\n完成新北大道人行天桥工程建设。\n\n二 公共交通\n\n新辟、优化公交线路12条以上。",
    );
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("reads 我们将… as the voice of a plan, though its tasks are to open things (建成投用 · 投入运营)", () => {
    const report = onlyReport(
      "雁塔区2023年的十大惠民实事\n\n2023年,我们将继续把以人民为中心作为一切工作的出发点。一是提升医疗服务水平。建成投用区中医医院新院区,投入运营一批社区卫生服务站。二是改善交通出行。建成市政道路6条。三是提升城市品质。建成绿地广场4处、移动公厕12座。",
    );
    expect(report.sources[0]!.kind).toBe("plan");
    // A results report's closing word (下一步，我区将…) is no such voice.
    const done = onlyReport("雁塔区2022年十大惠民实事完成情况\n\n2022年,雁塔区十大惠民实事全部完成。一是提升医疗服务水平。建成投用区中医医院新院区。二是改善交通出行。建成市政道路6条。\n\n下一步,我区将继续办好惠民实事。");
    expect(done.sources[0]!.kind).toBe("results");
  });

  it("reads a county's report card (成绩单 · 建设完毕 · 均在2024年完成) as results, though it tells how the list was voted", () => {
    const report = onlyReport(
      "“一座未成年人保护中心项目建设完毕。”\n\n“修建提灌站1座,改建管网2公里。”\n\n“新建城镇公厕10座。”\n\n这是在岳池县十八届人大五次会议上,县政府晒出的成绩单。2024年岳池县自办民生实事实施情况报告显示,10件自办民生实事均在2024年完成。\n\n2024年县自办民生实事票决产生后,县政府制定实施方案,及时启动建设。",
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("hears the programme said to be done (民生实事项目全面完成 · 推动完成67个为民办实事项目) over the words that tell how it was chosen", () => {
    const text = "绍兴今年民生实事项目全面完成\n\n年初市人大会议票决产生2024年民生实事项目,共十类30项,经征集、公布后确定。截至目前,年初确定的30项民生实事项目均已完成年度目标。十个类别包括:\n\n1.促进就业创业\n\n2.建设儿童友好城市\n\n3.提升城市安全韧性";
    expect(onlyReport(text).sources[0]!.kind).toBe("results");
    // …but not where the sentence aims at it, or names completion only inside a listed task far from the programme.
    const aimed = "绍兴市2024年民生实事项目出炉\n\n年初市人大会议票决产生2024年民生实事项目,共十类30项,确保民生实事项目全面完成。经征集、公布后确定:\n\n1.促进就业创业\n\n2.建设儿童友好城市,全市范围内的涉农乡镇全部完成儿童之家建设\n\n3.提升城市安全韧性";
    expect(onlyReport(aimed).sources[0]!.kind).toBe("plan");
  });

  it("hears a notice of works under way (今年以来 · 正在 · 已开工 · 截至目前 · 视察) as progress, though it repeats how the list was chosen", () => {
    const text = "金华市人大常委会视察2023年民生实事项目\n\n今年以来,市政府将票决确定的10项民生实事项目分解落实。截至目前,城北学校已开工,滨江公园正在施工。\n\n1.新建学校3所\n\n2.新建公园2个\n\n3.改造老旧小区20个";
    expect(onlyReport(text).sources[0]!.kind).toBe("progress");
  });

  it("reads a table of how far the works got (进度表 · 本月进度) as progress", () => {
    const text = "绍兴市2024年度民生实事项目进度表\n\n民生实事项目共3个,本月进度如下:\n\n1.新建学校3所,主体封顶。\n\n2.新建公园2个,完成绿化。\n\n3.改造老旧小区20个。";
    expect(onlyReport(text).sources[0]!.kind).toBe("progress");
  });

  it("reads a notice as progress where its signs of progress and of results are as many (已完成 · 正在)", () => {
    const text = "衢州市2023年民生实事项目\n\n1.新建学校3所,已完成2所。\n\n2.新建公园2个,正在施工。";
    expect(onlyReport(text).sources[0]!.kind).toBe("progress");
  });

  it("reads a plan told with what was done of it (计划新增16条公交线，实际新增17条) as results, not a plan", () => {
    const report = onlyReport(
      "重庆市2009年民心工程完成情况\n\n1.计划新增16条公交线,实际新增17条。\n\n2.计划更新1000辆公交车,已完成更新1050辆。\n\n3.计划今年新建住宅供热700万平方米,已竣工720万平方米。\n\n4.计划补建供热100万平方米,实际完成110万平方米。",
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads a date reached with what was done by it (到10月底，实际完成…) as a progress notice's cut-off, not a deadline", () => {
    const report = onlyReport(
      "重庆市2009年民心工程进展\n\n今年计划建设的6.2万套经济适用房,到10月底,实际完成5.1万套。\n\n1.计划新增16条公交线,已新增12条。\n\n2.计划更新1000辆公交车,已更新800辆。",
    );
    expect(report.sources[0]!.kind).toBe("progress");
    expect(report.sources[0]!.asOf).toBe("2009-10-31");
    // A deadline is none: 到10月底完成 says when, not how far.
    expect(onlyReport("重庆市2009年民心工程\n\n1.新建经济适用房6.2万套,到10月底完成。\n\n2.新增公交线16条。\n\n3.更新公交车1000辆。").sources[0]!.kind).toBe("plan");
  });

  it("reads a bare list of tasks that open things, the verb before its object (建成开放X · 建成投用X), as a plan, not results", () => {
    const report = onlyReport(
      "无锡市2021年实事项目\n\n一、教育文体方面\n\n1、新建、改扩建25所学校。\n\n2、建成开放市美术馆新馆。\n\n3、建成投用市第二人民医院新院区,建设市疾控中心。\n\n4、新建8个体育公园。",
    );
    expect(report.sources[0]!.kind).toBe("plan");
  });

  it("does not hear a plan in the name of the voting system (票决制) of a text that measures the year's results", () => {
    const report = onlyReport(
      "1月20日,曲靖市人大代表对2024年人大代表票决入选项目的完成情况进行满意度测评,结果均为满意。\n\n这正是曲靖市推行民生实事项目人大代表票决制的缩影。票决制让项目源于民意。自启动人大代表票决制工作以来,10件民生实事全部完成。\n\n一是新建幼儿园6所。二是改造老旧小区40个。三是新建公园12个。",
    );
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("does not take the governments of two districts named as responsible units for the text's own voice", () => {
    const table = "2022年市人大代表票决民生实事项目进展情况\n\n来源:中国衡阳网\n\n1.新建公办幼儿园3所,责任单位:雁峰区政府、石鼓区政府。\n\n2.改造老旧小区20个,责任单位:雁峰区政府。\n\n3.新增停车泊位500个,责任单位:石鼓区政府。";
    expect(onlyReport(table).region.name).toBe("衡阳市");
    // One district's own government, named in the third person, is the district's voice.
    expect(onlyReport("2022年,石鼓区政府推进10件民生实事,石鼓区民生实事全部完成。" + body).region.name).toBe("石鼓区");
  });

  it("does not hear the speaker in a body that hands tasks down (完成市政府下达的任务)", () => {
    const report = onlyReport("2019年将办好一批惠民工程\n\n开福区今年将完成市政府下达的保障性安居工程建设任务,长沙市住建局加强指导。开福区十件民生实事全面启动。" + body);
    expect(report.region.name).toBe("开福区");
  });

  it("reads 去年 as the year before the one the text calls 今年: a sentence about last year's programme is a report of its own and no evidence of this year's kind", () => {
    const text = [
      "晋城市今年将实施12件为民办实事项目",
      "今年,晋城市将实施2016年12件为民办实事项目。",
      "1.新建公办幼儿园6所。",
      "2.改造农村公路120公里。",
      "3.新增公共停车位900个。",
      "链接",
      "截至去年年底,晋城市委、市政府10项为民办实事项目均已完成或超额完成年度任务。去年,全市新建公办幼儿园5所。",
    ].join("\n\n");
    const { archive } = convertTexts({ "doc.txt": text });
    const byYear = Object.fromEntries(archive.reports.map((r) => [r.year, r]));
    expect(Object.keys(byYear)).toEqual(["2015", "2016"]);
    // 截至去年年底…均已完成 is last year's: this year's list stays a plan.
    expect(byYear[2016]!.sources[0]!.kind).toBe("plan");
    expect(byYear[2016]!.projects).toHaveLength(3);
    expect(byYear[2015]!).toMatchObject({ projectCount: 10, projects: [] });
    expect(byYear[2015]!.sources[0]!.kind).toBe("results");
  });

  it("keeps 去年 as the report's own year in a text published the year after (a comparison such as 比去年 is no year at all)", () => {
    const text = "2017年1月10日 来源:晋城日报\n\n去年,晋城市12件为民办实事项目全部完成,新建学校数量比去年增加一倍。" + body;
    const report = onlyReport(text);
    expect(report.year).toBe(2016);
    expect(report.sources[0]!.kind).toBe("results");
  });

  it("reads a dateline that names its source as 稿源, and 今年 as the year it is dated", () => {
    const report = onlyReport("稿源:衡阳日报 编辑:张三 2023-10-23 01:47\n\n今年20项民生实事又有16项具体工作已完成。" + body);
    expect(report.sources[0]).toMatchObject({ published: "2023-10-23", publisher: "衡阳日报" });
    expect(report.year).toBe(2023);
  });

  it("reads the count in the opening though short lines of page furniture come before it (栏目 · 制图/某某)", () => {
    const text = ["湖南省民生实事年度任务全部完成", "2023-12-30 08:33:38  来源:湖南日报", "增进民生福祉", "年度任务已全部完成", "制图/张三", "湖南日报讯(记者李四)2023年湖南省扎实推进20项民生实事,截至目前,所有项目已全部完成年度目标任务。", "在城市,已建成安置房9000套,完成老旧小区改造800个。", "在农村,改造卫生户厕30万座,完成年度目标任务的110%。"].join("\n\n");
    expect(onlyReport(text).projectCount).toBe(20);
  });

  it("dates a province's undated text by the session of the province's congress it names (第十二届…第二次会议 → 2014), never by a city's", () => {
    const plan = "1月22日,江西省第十二届人民代表大会第二次会议表决通过了政府工作报告,省政府今年将继续为民办实事。" + body;
    expect(onlyReport(plan).year).toBe(2014);
    // 去年 in a text of the 2010 session (十一届三次) is 2009.
    const results = "在江西省十一届人大三次会议上,省长回顾了去年全省十件民生实事,均已完成。" + body;
    expect(onlyReport(results).year).toBe(2009);
    // A city's congress keeps its own terms: it dates nothing.
    const { archive } = convertTexts({ "doc.txt": "在南昌市第十四届人民代表大会第二次会议上,市政府今年将继续为民办实事。" + body });
    expect(archive.rejected[0]!.reason).toMatch(/year cannot be determined/);
  });

  it("rejects a text that is not a livelihood-projects report", () => {
    const { archive } = convertTexts({ "weather.txt": "四川省气象台发布暴雨预警,预计降雨量50毫米。" });
    expect(archive.rejected[0]!.reason).toMatch(/not a livelihood-projects report/);
  });
});
