// A feature's paragraph per project, each opening on a remark (layouts/story.ts): which paragraphs
// tell works, and how each is named.
import { describe, expect, it } from "vitest";
import { convertTexts, onlyReport } from "../helpers/convert-text.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { storyParagraphItems } from "../../src/ingest/layouts/story.ts";
import { fieldParagraphItems } from "../../src/ingest/layouts/paragraphs.ts";

const WORKS = [
  "促进高质量充分就业仍是今年民生实事的“头号工程”。全年力争城镇新增就业4万人以上，开展技能培训2.5万人次。",
  "推进农村生活污水治理被群众称为“看得见的实事”。今年我市将再完成300条自然村的生活污水治理。",
  "提升镇卫生院服务能力，重在补齐基层医疗短板。今年将推动8家中心卫生院达到二级综合医院服务能力标准。",
  "改造城镇老旧小区也在清单之列。全年计划改造老旧小区68个，惠及居民约1.1万户。",
  "缓解中心城区停车难，今年将通过新建停车场、错时共享等方式，新增公共停车泊位8000个。",
];

const read = (works: string[]) => {
  const text = ["今年我市五件民生实事出炉", "", "2025年2月12日　来源：茂名日报", "", "2月11日，记者从市政府新闻办获悉，我市2025年五件民生实事正式确定，计划总投资约19.8亿元。", "", ...works.flatMap((w) => [w, ""]), "市发展改革局负责人表示，五件民生实事将实行清单化管理。"].join("\n");
  const r = convertTexts({ "a.txt": text }).archive.reports[0]!;
  return { layout: r.sources[0]!.check?.layout, titles: r.projects.map((p) => p.title) };
};

describe("a paragraph per project, each opening on a remark", () => {
  it("names each by the work its lead does, before what is said of it (促进高质量充分就业仍是… · 提升镇卫生院服务能力，重在…); a paragraph that calls its work the programme's “头号工程” is one of them, the lede that counts the programme is not", () => {
    expect(read(WORKS)).toEqual({ layout: "story", titles: ["促进高质量充分就业", "推进农村生活污水治理", "提升镇卫生院服务能力", "改造城镇老旧小区", "缓解中心城区停车难"] });
  });

  it("names each paragraph by the name the lede gives it, in order, where the lede names as many works as the text states and the paragraphs tell them", () => {
    const text = [
      "一件接着一件办　一年接着一年干",
      "——赤峰市2023年民生实事办理情况回眸",
      "",
      "2024-01-08 07:20　　来源：赤峰日报",
      "",
      "2023年，市委、市政府把供热管网改造、老旧小区改造、稳岗就业、教育扩容、养老服务5件民生实事写进政府工作报告。",
      "",
      "供热管网改造排在5件实事的头一件。去年我市实际完成供热管网改造86.5公里，惠及居民4.2万户。",
      "",
      "老旧小区改造是群众盼了多年的事。全年改造老旧小区107个，涉及居民1.93万户。",
      "",
      "就业是最大的民生。全年城镇新增就业1.52万人，帮扶就业困难人员1236名，稳岗就业成效明显。",
      "",
      "孩子上学更方便了。全年新建改扩建学校9所，新增学位5400个，教育扩容有序推进。",
      "",
      "老人们的日子更舒心了。全市新建嘎查村互助养老服务站45处，为820户特殊困难老年人家庭实施适老化改造。",
      "",
      "一件件实事，温暖着百姓的心。",
    ].join("\n");
    const r = convertTexts({ "a.txt": text }).archive.reports[0]!;
    expect(r.projects.map((p) => p.title)).toEqual(["供热管网改造", "老旧小区改造", "稳岗就业", "教育扩容", "养老服务"]);
    expect(r.projects.map((p) => p.metrics.length)).toEqual([2, 2, 2, 2, 2]);
  });
});

describe("a feature's fields of the programme, each a domain (在教育方面，…) over works told one per ；-clause", () => {
  const story = (opening: string) =>
    [
      "8件民生实事全部兑现",
      "",
      "发布时间：2024-01-12　来源：邻水县人大常委会办公室",
      "",
      opening,
      "",
      "在教育方面，城北小学建成投用，新增学位1350个；为全县农村学校改造学生宿舍4200平方米。",
      "",
      "在卫生健康方面，完成3个乡镇卫生院提标改造；为2.4万名65岁以上老年人开展免费健康体检，完成年度计划的104%。",
      "",
      "城西菜市场改造项目按期完工，新增摊位180个。",
      "",
      "在交通出行方面，新改建农村公路86公里；新增城区公共停车泊位720个。",
      "",
      "“家门口的变化，大家都看在眼里。”县人大代表李红说。",
    ].join("\n");
  const titles = (text: string) => convertTexts({ "a.txt": text }).archive.reports[0]!.projects.map((p) => p.title);

  it("reads each clause as a work of its own, named by what it did, beside the works named as such", () => {
    expect(titles(story("《2023年邻水县民生实事实施情况报告》显示，县人代会票决产生的8件民生实事全部完成年度目标任务。"))).toEqual([
      "城北小学",
      "为全县农村学校改造学生宿舍",
      "完成3个乡镇卫生院提标改造",
      "为65岁以上老年人开展免费健康体检",
      "城西菜市场改造项目",
      "新改建农村公路",
      "新增城区公共停车泊位",
    ]);
  });

  it("keeps a field whole where the text counts its programme by fields (十方面民生实事)", () => {
    const read = titles(story("2023年，邻水县十方面民生实事全部完成年度目标任务。"));
    expect(read).toContain("交通出行");
    expect(read).not.toContain("新增城区公共停车泊位");
  });
});

describe("lines quoted from the report at a story's top, before the sentence that counts the year's programme", () => {
  it("are the story's opening words, not a list of their own: the works are read once, from the story", () => {
    const text = [
      "10件民生实事全部“交账”",
      "",
      "“新建城东农贸市场1个，摊位180个，已于10月底开业。”",
      "“改造城关镇老旧供水管网9公里，1.2万群众喝上放心水。”",
      "“新（改）建城镇公厕10座。”",
      "……",
      "",
      "这是在岳池县十八届人大四次会议上，县政府晒出的成绩单。《2023年岳池县民生实事实施情况报告》显示，票决产生的10件民生实事全部完成年度目标任务。",
      "",
      "在教育方面，城南幼儿园建成投用，新增学位360个；为全县中小学改造食堂24所。",
      "",
      "城东农贸市场建设项目按期完工，新建农贸市场1个、摊位180个。",
      "",
      "城关镇供水管网改造项目改造老旧供水管网9公里，受益群众1.2万人。",
      "",
      "城镇公厕建设项目新（改）建城镇公厕10座。",
      "",
      "急救分站建设项目建成投用，新增救护车2辆。",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports.map((r) => [r.year, r.projects.map((p) => p.title)])).toEqual([[2023, ["城南幼儿园", "为全县中小学改造食堂", "城东农贸市场建设项目", "城关镇供水管网改造项目", "城镇公厕建设项目", "急救分站建设项目"]]]);
  });
});


describe("a work report's section titled by the programme and its count, each work a paragraph opening on a short slogan", () => {
  it("takes the count from the section's heading and names each work by its slogan", () => {
    const text = [
      "政府工作报告（摘要）",
      "",
      "——2019年1月22日在七台河市第十五届人民代表大会第四次会议上",
      "",
      "2019年全市经济社会发展的主要预期目标是：地区生产总值增长5.5%左右；固定资产投资增长10%。",
      "",
      "（七）坚持尽力而为、量力而行，集中办好六件民生实事",
      "",
      "民生是最大的政治。今年，市政府将继续压减一般性支出，集中力量办好六件群众看得见、摸得着的实事。",
      "",
      "稳就业，增收入。城镇新增就业1.2万人，开发公益性岗位800个。",
      "",
      "住得暖，住得好。完成棚户区改造3500套，改造城区老旧供热管网45公里。",
      "",
      "让孩子上好学。新建、改扩建公办幼儿园6所，新增学位1080个。",
      "",
      "路更畅，行更便。新改建农村公路210公里，新辟和优化公交线路8条。",
      "",
      "饮上放心水。实施农村饮水安全巩固提升工程，新建改造集中供水工程35处。",
      "",
      "老有所养。新建社区老年人日间照料中心10个。",
      "",
      "各位代表，民生实事承载着群众的殷切期盼。我们将逐项明确责任单位和完成时限。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projectCount).toBe(6);
    expect(report.projects.map((p) => p.title)).toEqual(["稳就业，增收入", "住得暖，住得好", "让孩子上好学", "路更畅，行更便", "饮上放心水", "老有所养"]);
  });
});

describe("a story's paragraph per project, each opening on a short phrase before a remark", () => {
  it("names each work by its phrase, as many as the story counts", () => {
    const text = [
      "岳池：八件民生实事全部交账",
      "来源：岳池县融媒体中心　2024-01-20",
      "“家门口的卫生室翻新了，看病方便多了。”在县人代会分组讨论时，代表刘红说。",
      "据县政府报告，2023年县人代会票决的8件民生实事全部完成，累计投资1.8亿元。",
      "学有优教，扩充学位供给。新建城南幼儿园，新增学位270个；改造乡镇学校食堂5所。",
      "病有良医，筑牢健康防线。完成村卫生室标准化改造36个，为65岁以上老人健康体检4.2万人。",
      "住有宜居，改出幸福生活。改造老旧小区11个，惠及居民1600户，加装电梯9部。",
      "行有畅途，织密交通网络。新改建农村公路48公里，新开城乡公交线路2条。",
      "老有颐养，温暖夕阳时光。新建村级互助养老点22个，适老化改造180户。",
      "水有保障，喝上放心好水。实施农村供水工程15处，铺设管网62公里。",
      "业有所就，端稳就业饭碗。城镇新增就业2900人，开展技能培训2600人次。",
      "文有所乐，丰富精神生活。送戏下乡90场，新建农家书屋示范点8个。",
      "“这些实事件件落到了群众心坎上。”县人大代表周明说。",
      "下一步，县人大常委会将持续跟踪监督2024年民生实事。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projectCount).toBe(8);
    expect(report.projects.map((p) => p.title)).toEqual(["学有优教", "病有良医", "住有宜居", "行有畅途", "老有颐养", "水有保障", "业有所就", "文有所乐"]);
  });
});

describe("a story's paragraph per project, the last paragraph gathering the rest one ；-clause each", () => {
  it("reads the gathered clauses as projects where they make the stated count", () => {
    const text = [
      "古浪县公布2017年度为民办实事项目",
      "2017-02-20　来源：武威日报",
      "近日，古浪县公布了该县2017年度为民办实事项目。此次公布的8件实事覆盖教育、医疗、饮水、道路等方面。",
      "饮水安全被放在了8件实事的首位。今年该县将投资2600万元，新建和改造供水管网210公里，解决1.8万人的饮水不安全问题。",
      "农村道路建设同样摆在了重要位置。该县将新建通村水泥路150公里，硬化村内巷道36公里。",
      "教育方面，该县将实施26所义务教育薄弱学校改造项目，新增学前教育学位720个。",
      "住房保障方面，该县计划改造农村危旧房1200户，建成棚户区改造安置房380套。",
      "就业创业方面，该县将开展劳动力技能培训6000人次，输转城乡劳动力5.1万人次。",
      "此外，该县还将在县城新建农贸市场1处、公共厕所8座；在全县新建农村文化广场25个；在县城重点路口新增治安监控点位90个。",
      "据了解，为确保8件实事落地见效，古浪县将每件实事明确一名县级领导包抓。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projectCount).toBe(8);
    expect(report.projects.map((p) => p.title)).toEqual(["饮水安全", "农村道路建设", "教育", "住房保障", "就业创业", "在县城新建农贸市场", "在全县新建农村文化广场", "在县城重点路口新增治安监控点位"]);
  });
});

describe("a story that tells some works a paragraph each and names the rest in a 此外 run closed by 等", () => {
  it("reads the named rest as projects where they make the stated count, the paragraphs after them no work", () => {
    const text = [
      "回眸2021丨道县八大民生实事交出暖心答卷",
      "永州新闻网　2022-01-20",
      "本网讯　道县全体县人大代表对2021年八大民生实事办理成效进行了评议，八大民生实事整体满意率达到98.1%。",
      "八大民生实事中，城区学位扩容工程满意率最高，达到99.2%。全年新建、改扩建学校5所，新增学位4200个。",
      "农村安全饮水工程满意率为98.9%。全年新建改造农村集中供水工程26处，巩固提升2.8万人饮水安全。",
      "老旧小区改造工程满意率为98.6%，全年改造老旧小区35个，惠及居民3100户。",
      "此外，城乡公路畅通工程、基层医疗提质工程、居家养老服务工程、城区停车便民工程、农贸市场提质工程等也都取得了显著成效。",
      "一年来，县里累计投入资金7.6亿元，县人大常委会组织代表开展视察监督15次。",
    ].join("\n");
    const report = onlyReport(text);
    expect(report.projects.map((p) => p.title)).toEqual(["城区学位扩容工程", "农村安全饮水工程", "老旧小区改造工程", "城乡公路畅通工程", "基层医疗提质工程", "居家养老服务工程", "城区停车便民工程", "农贸市场提质工程"]);
    // (Neither the satisfaction rates nor the paragraph after the list are any work's figures.)
    expect(report.projects.flatMap((p) => p.metrics.map((m) => `${m.value}${m.unit}`))).toEqual(["5所", "4200个", "26处", "2.8万人", "35个", "3100户"]);
  });
});

describe("a story whose paragraph tells a second work in a sentence parallel to the paragraphs' openings", () => {
  const text = (second: string) =>
    [
      "回眸2023丨宁远县十大民生实事交出暖心答卷",
      "本网讯　宁远县全体县人大代表对2023年十大民生实事办理成效进行了评议，十大民生实事整体满意率达到98.2%。",
      "十大民生实事中，城乡供水一体化工程满意率最高，达99.4%。全年新建规模化水厂2座，铺设供水主管网86公里。",
      "“一老一小”服务提升工程满意率为99.1%。全年建成城乡社区养老服务设施18个，新增托位270个。",
      "义务教育提质工程满意率为98.9%。新增学位1350个，完成23所农村学校食堂改造。",
      `农村公路畅通工程满意率为98.6%，全年新改建农村公路152公里，危桥改造11座。${second}`,
      "此外，公共卫生普惠工程、就业创业促进工程、农贸市场升级工程、城区停车设施建设工程、平安守护工程等也都取得了显著成效。",
    ].join("\n\n");

  it("reads that sentence as a work of its own where only so the run makes the stated count, each work its own figures", () => {
    const report = onlyReport(text("老旧小区改造工程满意率为98.3%，完成城区老旧小区改造21个，加装电梯16部。"));
    const titles = report.projects.map((p) => p.title);
    expect(titles).toHaveLength(10);
    expect(titles.slice(0, 5)).toEqual(["城乡供水一体化工程", "“一老一小”服务提升工程", "义务教育提质工程", "农村公路畅通工程", "老旧小区改造工程"]);
    expect(report.projects[4]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["21个", "16部"]);
    expect(report.projects[3]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["152公里", "11座"]);
  });

  it("reads no second work from a sentence that names one in passing, not as the paragraphs open", () => {
    const blocks = (t: string) => classify(normalise(t).paragraphs.filter((p) => !p.noise));
    expect(storyParagraphItems(blocks(text("老旧小区改造工程满意率为98.3%，改造小区21个。")), [10])?.items).toHaveLength(10);
    expect(storyParagraphItems(blocks(text("老旧小区改造工程已开工21个，年内完工。")), [10])).toBeNull();
  });
});

describe("paragraphs that each open on their field", () => {
  const FIELDS = ["医疗卫生", "教育", "住房保障", "交通出行", "养老托育", "就业"];
  const text = (count: number) =>
    [
      "库车市人大常委会推动民生实事落地见效侧记",
      "“市人民医院门诊综合楼投入使用，新增床位200张。”",
      "“改造老旧小区20个，3200多户居民住上了‘新’房子。”",
      `从报告看，${count}件民生实事完成情况如下：`,
      ...FIELDS.map((f, k) => `在${f}方面，新建${f}设施${10 + k}个，完成年度任务的${100 + k}%；改造${f}场所${20 + k}处。`),
      "“看到这些实事一件件落地，我们当代表的心里也踏实。”市人大代表说。",
    ].join("\n");

  it("reads one project per field, named by it, where the paragraphs are as many as the text states", () => {
    const report = convertTexts({ "kuche_2023.txt": text(6) }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).toEqual(FIELDS);
    expect(report.projects[0]!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["10个", "20处"]);
  });

  it("reads no such list where the paragraphs are not as many as the text states", () => {
    const report = convertTexts({ "kuche_2023.txt": text(9) }).archive.reports[0]!;
    expect(report.projects.map((p) => p.title)).not.toEqual(FIELDS);
  });
});

describe("paragraphs that each open on their field, holding more works than they are", () => {
  const text = (after: string) =>
    [
      "我市召开2021年民生实事新闻发布会",
      "杨建国介绍，今年的10件民生实事，突出“小切口、真受益”，涵盖就业、教育、住房、出行、养老等方面。",
      "在稳就业方面，今年全市将实现城镇新增就业2.2万人，重点帮扶高校毕业生、退役军人等群体就业创业。",
      "在教育方面，将新建、改扩建公办幼儿园8所，新增学前教育学位2400个；推进义务教育学校课后服务全覆盖，今年实现全市186所义务教育学校课后服务“应开尽开”。",
      "在住有所居方面，将改造城镇老旧小区85个，涉及居民1.3万户；在具备条件的老旧小区加装电梯60部；改造城区老旧燃气管网45公里，消除燃气安全隐患。",
      "在出行方面，将新改建农村公路300公里；在城区新增公共停车泊位3000个，缓解“停车难”。",
      "在养老方面，将新建社区养老服务中心15个；为全市2万名农村适龄妇女免费开展“两癌”筛查。",
      after,
      "杨建国表示，每一件民生实事都已明确牵头领导、责任单位和完成时限。",
    ].join("\n\n");

  it("reads each ；-clause with figures as a work where the clauses are as many as the text states", () => {
    const report = convertTexts({ "datong_2021.txt": text("发布会还通报了去年民生实事完成情况。") }).archive.reports.find((r) => r.year === 2021)!;
    const titles = report.projects.map((p) => p.title);
    expect(titles).toHaveLength(10);
    expect(titles).toContain("新建、改扩建公办幼儿园");
    expect(titles).toContain("改造城区老旧燃气管网");
    expect(report.projects.find((p) => p.title === "新建、改扩建公办幼儿园")!.metrics.map((m) => `${m.value}${m.unit}`)).toEqual(["8所", "2400个"]);
  });

  it("reads no such clauses where a paragraph after the fields adds works (此外，…): the fields are not the whole list", () => {
    const blocks = (t: string) => classify(normalise(t).paragraphs.filter((p) => !p.noise));
    expect(fieldParagraphItems(blocks(text("此外，全市改造供水管网85公里、新建城市口袋公园24个。")), [10])).toBeNull();
    expect(fieldParagraphItems(blocks(text("发布会还通报了去年民生实事完成情况。")), [10])?.items).toHaveLength(10);
  });
});
