// Unnumbered section headings over paragraphs as the projects (src/ingest/layouts/headlines.ts headingItems).
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { headingItems } from "../../src/ingest/layouts/headlines.ts";
import { convertTexts } from "../helpers/convert-text.ts";

const titles = (text: string) => headingItems(classify(normalise(text).paragraphs))?.items.map((it) => it.title) ?? null;

const LEDE = "汉中2024年将实施这些民生实事\n\n1月29日,市长代表市人民政府向大会作工作报告,今年将实施一系列民生工程。";
const FIRST = "多措并举稳就业 扩大城乡就业规模\n\n落实援企稳岗政策,全年新增城镇就业3.2万人。加强职业技能培训,培训农村劳动力1.5万人次。";
const SECOND = "补齐短板惠民生 提升公共服务水平\n\n推进义务教育优质均衡发展,新建改扩建中小学幼儿园12所,新增学位6000个。";
const THIRD = "守牢底线保安全 织密社会保障网\n\n城乡低保标准再提高5%,新增养老床位800张。";

describe("unnumbered headings", () => {
  it("reads three or more headings over paragraphs as the projects", () => {
    expect(titles([LEDE, FIRST, SECOND, THIRD].join("\n\n"))).toHaveLength(3);
  });

  it("reads two only where the page was cut in the second one's paragraphs (a third may have followed)", () => {
    expect(titles([LEDE, FIRST, SECOND].join("\n\n"))).toBeNull();
    expect(titles([LEDE, FIRST, SECOND.replace(/。$/u, ",加快县域医共体建设,改造提升乡镇卫生院15所,力争年底前")].join("\n\n"))).toHaveLength(2);
  });
});

describe("headings that only tag their paragraphs", () => {
  const tagged = (lead: string) =>
    [
      "丽水某县2025年十方面民生实事项目票决产生",
      "",
      `2月20日，县人大代表票决产生了2025年县政府民生实事项目。${lead}`,
      "",
      "【关键词：健康】",
      "健康守护工程将为全县65周岁及以上老年人免费开展健康体检不少于3.2万人次。",
      "",
      "【关键词：出行】",
      "山区群众出行便捷工程将新改建农村公路45公里。",
      "",
      "【关键词：环境】",
      "城乡公厕“微改造”工程计划新建、改造城乡公厕25座。",
    ].join("\n");
  const read = (text: string) => headingItems(classify(normalise(text).paragraphs))?.items.map((it) => it.title) ?? null;

  it("names each project by the work its paragraph opens on, not the tag (【关键词：健康】 ‖ 健康守护工程将…)", () => {
    expect(read(tagged("票决产生的项目如下："))).toEqual(["健康守护工程", "山区群众出行便捷工程", "城乡公厕“微改造”工程"]);
  });

  it("keeps a tag line after a line that ends on a dash its own heading (具体如下—— ‖ 【关键词：健康】)", () => {
    expect(read(tagged("票决产生的项目具体如下——"))).toHaveLength(3);
  });

  it("keeps a heading that names a work itself, and one over a paragraph that opens on no named work", () => {
    const text = ["某县2025年民生实事", "", "今年确定了一批民生实事。", "", "老旧小区改造工程", "", "健康守护工程将改造小区8个。", "", "稳就业", "", "全县城镇新增就业3000人。", "", "兴教育", "", "新建幼儿园2所。"].join("\n");
    expect(read(text)).toEqual(["老旧小区改造工程", "稳就业", "兴教育"]);
  });
});

describe("a feature's tagged themes, one work each, and the rest named together after them (此外，A、B、C、D、E等5件实事也…)", () => {
  const text = [
    "莒南：十件实事落地 民生答卷暖心",
    "",
    "“以前孩子上学要走四里地，现在新学校就在小区门口。”1月20日，家住县城的王秀兰指着不远处的县第三实验小学说。",
    "",
    "2023年初，莒南县人大票决确定了十件民生实事。截至2023年12月底，十件实事全部办结，累计完成投资3.6亿元。",
    "",
    "【学有所教】",
    "城区学位扩容工程是群众呼声最高的一项。全年建成县第三实验小学、第四幼儿园等学校3所，新增学位2850个，城区大班额问题基本化解。",
    "",
    "【病有所医】",
    "医疗服务提升工程中，县人民医院新增床位200张；在基层，“村医提能”行动累计培训乡村医生960人次。",
    "",
    "【老有所养】",
    "今年，莒南把老年助餐服务作为“民生一号工程”。全县建成老年食堂和助餐点38处，完成年度任务的112%，日均服务老人1800余人次。",
    "“一顿饭只要3块钱，比自己做还省心。”在大店镇助餐点吃饭的李大爷说。",
    "",
    "【住有宜居】",
    "城镇老旧小区改造完成17个，惠及2860户。同步实施雨污分流改造管网9.2公里。",
    "",
    "【行有畅途】",
    "“四好农村路”提质工程新改建农村公路96公里，完成年度任务的104%，同步新开通城乡公交线路4条。",
    "",
    "此外，农村供水提质、全民健身设施建设、城区农贸市场改造、困难群众救助提标、公共法律服务进村居等5件实事也全部按期完成。其中，全民健身设施建设新建多功能运动场28个。",
    "",
    "（记者 李明）",
  ].join("\n");

  it("reads each theme's paragraph as one work, named by the work it opens on (X工程是… · X工程中，…), and the five named after them as five: one item listing them is no count of ten", () => {
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => p.title)).toEqual(["城区学位扩容工程", "医疗服务提升工程", "老有所养", "住有宜居", "“四好农村路”提质", "农村供水提质", "全民健身设施建设", "城区农贸市场改造", "困难群众救助提标", "公共法律服务进村居"]);
  });
});

describe("a post's emoji headings over short lines, with no paragraph of prose before them", () => {
  const text = [
    "📣 民生账单来了！2024年肥乡区四件民生实事全部完成",
    "",
    "一年来",
    "一件件民生实事",
    "从“清单”变成“实景”",
    "",
    "2024年",
    "区委、区政府确定的",
    "四件民生实事",
    "已全部完成年度任务",
    "👇👇👇 一起来看",
    "",
    "🏫 学有优教",
    "新建改扩建中小学、幼儿园3所",
    "新增学位1800个",
    "",
    "👴 老有颐养",
    "新建老年助餐点18个",
    "完成年度目标的120%",
    "",
    "🛣️ 畅通出行",
    "新改建农村公路",
    "76公里",
    "",
    "🅿️ 停车便民",
    "新增公共停车泊位",
    "1200个",
    "",
    "“以前吃饭都是凑合，现在助餐点一顿饭几块钱。”",
    "——辛安镇 王大爷",
    "",
    "👆 点击关注“肥乡发布”",
  ].join("\n");

  it("reads each emoji heading as a project over the lines under it, not the decorated lines around them (👇👇👇 一起来看 · 👆 点击关注)", () => {
    const { archive } = convertTexts({ "a.txt": text });
    const report = archive.reports[0]!;
    expect(report.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["学有优教", ["3所", "1800个"]],
      ["老有颐养", ["18个"]],
      ["畅通出行", ["76公里"]],
      ["停车便民", ["1200个"]],
    ]);
  });

  it("reads emoji headings as tags only where three or more stand over lines without one; fewer keep their words, the emoji dropped", () => {
    const lines = (t: string) => normalise(t).paragraphs.map((p) => p.span.text);
    expect(lines(text)).toEqual(expect.arrayContaining(["【学有优教】", "【停车便民】", "一起来看", "点击关注“肥乡发布”"]));
    const two = text.split("\n").filter((l) => !/^(🛣️|🅿️)/u.test(l)).join("\n");
    expect(lines(two)).toEqual(expect.arrayContaining(["学有优教", "老有颐养"]));
    expect(lines(two).filter((l) => l.startsWith("【"))).toEqual([]);
  });
});

describe("a post's emoji headings, each over lines a bullet marks (🏫 学位扩容工程 ‖ ✅ 新增学位3150个)", () => {
  it("reads each heading as a project over its bulleted lines, not each bulleted line as one", () => {
    const text = [
      "重磅！鹿寨县2022年四件为民办实事来啦👇",
      "",
      "今年",
      "县政府将集中力量",
      "办好四件为民办实事",
      "",
      "NO.1",
      "🏫 学位扩容工程",
      "✅ 新建、改扩建中小学校4所",
      "✅ 新增学位3150个",
      "",
      "NO.2",
      "👶 普惠托育工程",
      "✅ 新增普惠性托位200个",
      "",
      "NO.3",
      "🏘️ 老旧小区改造工程",
      "✅ 改造老旧小区11个",
      "✅ 惠及群众1426户",
      "",
      "NO.4",
      "🅿️ 城区停车便民工程",
      "✅ 新增停车泊位800个",
      "",
      "来源：鹿寨县发展和改革局",
    ].join("\n");
    const { archive } = convertTexts({ "a.txt": text });
    expect(archive.reports[0]!.projects.map((p) => [p.title, p.metrics.map((m) => `${m.value}${m.unit}`)])).toEqual([
      ["学位扩容工程", ["4所", "3150个"]],
      ["普惠托育工程", ["200个"]],
      ["老旧小区改造工程", ["11个", "1426户"]],
      ["城区停车便民工程", ["800个"]],
    ]);
  });
});

describe("bracketed tags over short lines (a WeChat post)", () => {
  const post = (closing: string) =>
    [
      "2023年某市为民办实事“成绩单”出炉！件件都是暖心事",
      "",
      "📢 一年来，市委、市政府聚焦群众急难愁盼，全力推进为民办实事工程。截至2023年12月31日，4件为民办实事全部完成！一起来看👇",
      "",
      "🔸🔸🔸🔸🔸",
      "",
      "🎓【教育惠民】",
      "新建中小学校舍5.6万平方米",
      "新增学位3150个",
      "",
      "🔸🔸🔸🔸🔸",
      "",
      "🏥【健康北流】",
      "新建村卫生室28个",
      "",
      "🔸🔸🔸🔸🔸",
      "",
      "👵【养老服务】",
      "建成乡镇养老服务中心4个",
      "",
      "🔸🔸🔸🔸🔸",
      "",
      "🅿️【便民停车】",
      "城区新增停车泊位1800个",
      "停车难问题有效缓解",
      "",
      "🔸🔸🔸🔸🔸",
      "",
      closing,
    ].join("\n");
  const read = (text: string) => headingItems(classify(normalise(text).paragraphs));

  it("reads each tag as a project over the lines under it, the tags alone the headings (not a line over the closing paragraph)", () => {
    const items = read(post("✨民生无小事，枝叶总关情。2024年，我市将继续办好为民实事。"))!;
    expect(items.items.map((it) => it.title)).toEqual(["教育惠民", "健康北流", "养老服务", "便民停车"]);
    expect(items.tagged).toBe(true);
    expect(items.items[1]!.passages.map((p) => p.span.text).join("|")).toContain("新建村卫生室28个");
  });

  it("takes the count the text states as evidence for the tags, as for any list's marks", () => {
    const text = post("✨民生无小事，枝叶总关情。");
    const report = convertTexts({ "a.txt": text.replace("某市", "北流市") }).archive.reports[0]!;
    expect(report.sources[0]!.check?.layout).toBe("headings");
    expect(report.projects.map((p) => p.title)).toEqual(["教育惠民", "健康北流", "养老服务", "便民停车"]);
  });
});

describe("headings over prose, some over their parts alone (推进学前教育 ‖ （一）… ‖ （二）…)", () => {
  const text = [
    "今年的清单中有你关心的吗？不如再来回顾一下2019年。",
    "2019年自治区为民办实事项目全面完成",
    "近日，自治区人民政府办公厅印发通报。2019年，自治区年初即将4项为民办实事纳入目标考核，全部完成。",
    "实施农村安居工程",
    "全年开工建设农村安居工程8.2万户，完成年度计划的102.5%。",
    "建设农村公路",
    "新改建农村公路1.35万公里，完成年度计划的112.5%。",
    "（一）新增通硬化路建制村186个。",
    "（二）实施农村公路安全生命防护工程4800公里。",
    "推进学前教育",
    "（一）新建、改扩建幼儿园215所，新增学位4.3万个。",
    "（二）农村学前三年免费教育惠及幼儿41.2万人。",
    "保障农村饮水安全",
    "巩固提升农村饮水安全人口68万人，完成年度计划的113.3%。",
  ].join("\n\n");

  it("reads each as a work, its parts its own; not the page's headline that names the programme as a whole", () => {
    expect(titles(text)).toEqual(["实施农村安居工程", "建设农村公路", "推进学前教育", "保障农村饮水安全"]);
    const item = headingItems(classify(normalise(text).paragraphs))!.items[2]!;
    expect(item.passages.map((p) => p.span.text).join("")).toContain("215所");
    expect(headingItems(classify(normalise(text).paragraphs))!.items[1]!.passages.map((p) => p.span.text).join("")).toContain("4800公里");
  });
});

describe("a feature's subheads that name no work, over paragraphs that open on their field", () => {
  it("names each work by its paragraph's field or lead, not by the subhead", () => {
    const text = [
      "五件民生实事全面完成 惠民生暖民心",
      "2024-01-18 08:10　来源：佛山日报",
      "陈女士家门口的变化，只是佛山2023年办理民生实事的一个缩影。去年，市政府确定了5件民生实事。",
      "“一小”有了好去处",
      "在扩大普惠托育服务供给方面，全年新增普惠性托位3800个，完成年度目标的105%。",
      "“一老”吃上热乎饭",
      "建设长者饭堂是去年群众投票最集中的一件实事。全年新建长者饭堂和老年助餐点110个。",
      "孩子上学更近了",
      "增加公办学位供给方面，全市新建、改扩建公办中小学和幼儿园20所，新增公办学位3.1万个。",
      "老房子换了新模样",
      "城镇老旧小区改造方面，全年改造老旧小区60个，惠及居民2.1万户。",
      "家门口就业有门路",
      "稳就业方面，全市城镇新增就业8.6万人，举办招聘活动240场。",
      "编辑：黄敏",
    ].join("\n\n");
    expect(titles(text)).toEqual(["扩大普惠托育服务供给", "建设长者饭堂", "增加公办学位供给", "城镇老旧小区改造", "稳就业"]);
  });
});
