// Region names → divisions, from the division data package; slugs stable and unique.
import { describe, expect, it } from "vitest";
import { isAncestor, regionByName, regionIndex } from "../../src/ingest/regions.ts";
import { convert } from "../../src/ingest/convert.ts";
import { detectRegion } from "../../src/ingest/segment.ts";

const region = (name: string) => {
  const entry = regionByName(name);
  return entry ? regionIndex().toRegion(entry) : null;
};

describe("regions", () => {
  it.each([
    ["河南省", "henan", ["河南省"], "province"],
    ["南阳", "henan/nanyang", ["河南省", "南阳市"], "city"],
    ["河南省/南阳市", "henan/nanyang", ["河南省", "南阳市"], "city"],
    ["吴江区", "jiangsu/suzhou/wujiang", ["江苏省", "苏州市", "吴江区"], "county"],
    ["北京市", "beijing", ["北京市"], "province"],
    ["黔东南苗族侗族自治州", "guizhou/qiandongnan", ["贵州省", "黔东南苗族侗族自治州"], "city"],
    ["延边朝鲜族自治州", "jilin/yanbian", ["吉林省", "延边朝鲜族自治州"], "city"],
    ["广西壮族自治区", "guangxi", ["广西壮族自治区"], "province"],
  ])("%s → %s", (name, slug, path, level) => {
    expect(region(name)).toMatchObject({ slug, path, level });
  });

  it("reads a county's former name (射洪县, now 射洪市) as the same place, under the name written", () => {
    const former = regionByName("射洪县")!;
    expect([former.name, former.code, former.parent?.name]).toEqual(["射洪县", regionByName("射洪市")!.code, "遂宁市"]);
  });

  it("reads a text that speaks as a 县 of a place since made a city or district (我县 … 射洪新闻网) under the name of its years", () => {
    const text = "代表票决产生十大实事项目\n\n射洪新闻网　2015-02-26\n\n县人大会议票决产生了我县2015年十大民生实事项目。全县上下将全力推进。";
    expect(detectRegion(text, null)?.name).toBe("射洪县");
    // (Speaking as a 市, it is the city under today's name.)
    expect(detectRegion(text.replace(/县/gu, "市"), null)?.name).toBe("射洪市");
  });

  it("reads an autonomous county written by its short name and its kind (木垒县 · 玉屏县) as the place, under its full name", () => {
    expect(regionByName("木垒县")!.name).toBe("木垒哈萨克自治县");
    // …before the old name a district may once have had (大通区 as 大通县): that is a guess, this how the place is written.
    expect(regionByName("大通县")!.name).toBe("大通回族土族自治县");
    expect(regionByName("新建县")!.name).toBe("新建县");
    expect(regionByName("玉屏县")!.name).toBe("玉屏侗族自治县");
    expect(regionByName("鄂伦春旗")!.name).toBe("鄂伦春自治旗");
  });

  it("reads an autonomous prefecture written by its short name and 州 (黔西南州 · 恩施州 · 延边州) as the place, and a headline so naming it as its report's region", () => {
    expect(regionByName("黔西南州")!.name).toBe("黔西南布依族苗族自治州");
    expect(regionByName("恩施州")!.name).toBe("恩施土家族苗族自治州");
    expect(regionByName("延边州")!.name).toBe("延边朝鲜族自治州");
    const text = "(贵州省)2021年黔西南州人民政府工作报告\n\n2020年,我州十件民生实事全部完成,全省率先实现复工复产。\n\n1. 新建学校12所。\n\n2. 改造农村公路300公里。";
    const { archive } = convert([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }]);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["黔西南布依族苗族自治州"]);
  });

  it("reads a text that names its autonomous county so (新疆昌吉2024年木垒县…) as that county's, not its prefecture's", () => {
    const { archive } = convert([{ name: "doc.txt", bytes: new TextEncoder().encode("新疆昌吉2024年木垒县“十大民生实事项目”落实情况新闻发布会举行\n\n木垒县举行2024年“十大民生实事项目”落实情况新闻发布会。\n\n1. 建设教学楼2000平方米。\n\n2. 新建养老服务中心1个。") }]);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["木垒哈萨克自治县"]);
  });

  it("reads a district's old name as a county-level city (长乐市, now 长乐区) before the place's own bodies or written again, under the name written, but not a verb before 市 (新建市城区停车场)", () => {
    const read = (text: string) => convert([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }]).archive.reports.map((r) => r.region.name);
    const list = "\n\n1. 新建学校3所。\n\n2. 改造老旧小区12个。";
    expect(read("2017年为民办实事项目进展顺利\n\n长乐市政府高度重视为民办实事工作,全力推进福州市委、市政府为民办实事项目分配长乐市的任务。" + list)).toEqual(["长乐市"]);
    expect(read("2017年为民办实事项目进展顺利\n\n省为民办实事项目涉及长乐市任务的进展顺利,长乐市任务均已过半,福州市委高度重视。" + list)).toEqual(["长乐市"]);
    expect(read("2017年为民办实事项目进展顺利\n\n福州市委、福州市政府高度重视。\n\n1. 新建市城区停车场3个。\n\n2. 改造老旧小区12个。")).toEqual(["福州市"]);
  });

  it("keeps slugs of regions that sound alike apart (山西 / 陕西)", () => {
    expect(region("山西省")!.slug).not.toBe(region("陕西省")!.slug);
  });

  it("refuses a name several regions bear unless the path says which", () => {
    expect(regionByName("朝阳区")).toBeNull();
    expect(region("北京市/朝阳区")!.path).toEqual(["北京市", "朝阳区"]);
  });

  it("finds every region name in a text, longest first", () => {
    const names = [...regionIndex().scan("南阳市2023年民生实事，河南省与承德发布")].map((m) => m.name);
    expect(names).toEqual(["南阳市", "河南省", "承德"]);
  });
});

describe("region names and slugs", () => {
  it("gives the lower code the plain slug of regions that sound alike, the other its code (山西 shanxi, 陕西 shanxi-61)", () => {
    expect(region("山西省")!.slug).toBe("shanxi");
    expect(region("陕西省")!.slug).toBe("shanxi-61");
  });
  it("keeps a county's full name as its short name when the short one would be a single character (泾县)", () => {
    expect(regionByName("泾县")!.short).toBe("泾县");
    expect(region("泾县")).toMatchObject({ slug: "anhui/xuancheng/jingxian", path: ["安徽省", "宣城市", "泾县"], code: "341823" });
  });
  it("drops the suffix and the peoples from a short name (大兴安岭地区 → 大兴安岭, 湘西土家族苗族自治州 → 湘西)", () => {
    expect(regionByName("大兴安岭地区")!.short).toBe("大兴安岭");
    expect(regionByName("湘西土家族苗族自治州")!.short).toBe("湘西");
    expect(regionByName("南阳市")!.short).toBe("南阳");
  });
  it("reads a short name at the highest level that bears it (河南 is the province)", () => {
    expect(region("河南")).toMatchObject({ name: "河南省", level: "province", code: "41" });
  });
  it("reads a path written with spaces, and refuses a path whose parent does not hold the place", () => {
    expect(region("河南省 南阳市")).toMatchObject({ path: ["河南省", "南阳市"] });
    expect(regionByName("河北省/南阳市")).toBeNull();
  });
  it("knows no region of a name the package does not hold", () => {
    expect(regionByName("南阳省")).toBeNull();
  });
  it("knows which region holds which", () => {
    const henan = regionByName("河南省")!;
    const nanyang = regionByName("南阳市")!;
    expect(isAncestor(henan, nanyang)).toBe(true);
    expect(isAncestor(nanyang, henan)).toBe(false);
    expect(isAncestor(regionByName("河北省")!, nanyang)).toBe(false);
    expect(isAncestor(henan, regionByName("宛城区")!)).toBe(true);
  });
});

describe("region names in a text", () => {
  it("reads a long name whole and the name right after it (内蒙古自治区呼和浩特市)", () => {
    expect([...regionIndex().scan("内蒙古自治区呼和浩特市")]).toEqual([
      { name: "内蒙古自治区", index: 0 },
      { name: "呼和浩特市", index: 6 },
    ]);
  });
  it("reads no name that opens on a measure word right after a number (第2项城市道路 · 3个旧小区), and the place after it (1.2万宁波市民)", () => {
    expect([...regionIndex().scan("第2项城市道路改造")]).toEqual([]);
    expect([...regionIndex().scan("改造3个旧小区")]).toEqual([]);
    expect([...regionIndex().scan("惠及1.2万宁波市民")].map((m) => m.name)).toEqual(["宁波市"]);
    expect([...regionIndex().scan("项城市2023年")].map((m) => m.name)).toEqual(["项城市"]);
  });
  it("reads a name at the very end of a text, and none in a text of one character", () => {
    expect([...regionIndex().scan("发布于南阳")]).toEqual([{ name: "南阳", index: 3 }]);
    expect([...regionIndex().scan("南")]).toEqual([]);
  });
  it("reads a county's short name only before a body of the place (宁海新闻网, 崇川经济开发区)", () => {
    expect([...regionIndex().countyShortMentions("宁海新闻网讯 崇川经济开发区发布")]).toEqual([
      { name: "宁海", index: 0 },
      { name: "崇川", index: 7 },
    ]);
    expect([...regionIndex().countyShortMentions("宁海的新闻")]).toEqual([]);
    // (A county paper's masthead, its date after it: 商城新闻　2025年3月4日.)
    expect([...regionIndex().countyShortMentions("商城新闻　2025年3月4日")]).toEqual([{ name: "商城", index: 0 }]);
  });
});

describe("a place whose name keeps a character a traditional table would fold (乾安县 · 乾县)", () => {
  it("reads the place in simplified text and in traditional text alike", () => {
    const body = "2023年，乾安县五大民生实事全部完成年度目标任务。\n①丰富群众文化生活。全县新建城市书房5家。\n②稳定和扩大就业。全县城镇新增就业1.85万人。\n③开展职业技能培训。全县职业技能培训5.28万人次。";
    for (const text of [`乾安县2023年五大民生实事全部完成\n\n${body}`, `乾安縣2023年五大民生實事全部完成\n\n${body.replace("乾安县", "乾安縣")}`]) {
      const { archive } = convert([{ name: "doc.txt", bytes: new TextEncoder().encode(text) }]);
      expect(archive.reports[0]?.region.name).toBe("乾安县");
    }
  });
});

describe("an autonomous region that speaks of itself as 自治区", () => {
  it("is the region its paper names, not a district of its capital the text names once (本报乌鲁木齐讯 · 乌鲁木齐市天山区一位居民)", () => {
    const text = [
      "2024年自治区十件民生实事全部完成年度目标任务",
      "发布时间：2025-01-17　来源：新疆日报",
      "本报乌鲁木齐讯　自治区人民政府新闻办公室召开新闻发布会，通报2024年自治区十件民生实事完成情况。自治区党委、政府年初确定的十件民生实事均已完成。",
      "全区开工改造城镇老旧小区1156个。乌鲁木齐市天山区一位住在6楼的居民告诉记者，电梯装好后老人能常下楼了。",
    ].join("\n");
    expect(detectRegion(text, "2024年自治区十件民生实事全部完成年度目标任务")?.name).toBe("新疆维吾尔自治区");
  });
});

describe("a short name two levels bear", () => {
  it("reads 吉林 as the province 吉林省, not the city 吉林市, and 吉林市 as the city", () => {
    expect(region("吉林")).toMatchObject({ name: "吉林省", level: "province" });
    expect(region("吉林市")).toMatchObject({ name: "吉林市", level: "city", path: ["吉林省", "吉林市"] });
  });
  it("reads a short name a province bears with lesser places (海南: 海南省, 海南州, 乌海's 海南区) as the province, where the text names no kin of the others", () => {
    const text = "首页 > 要闻动态 > 海南要闻\n来源：海南日报\n海南日报讯 记者从省发展改革委获悉，今年省政府确定的10件为民办实事事项推进顺利。";
    expect(detectRegion(text, null)?.name).toBe("海南省");
    // (Kin named, the kin's: 乌海市海南区.)
    expect(detectRegion("乌海市海南区今年确定的10件民生实事推进顺利，全区新建学校3所。", null)?.name).toBe("海南区");
  });
});

describe("a resident's district of a city the text never names", () => {
  it("reads a text that speaks as 我市, its paper naming the city, as that city, not the district a resident lives in (桥东区, now only 张家口's)", () => {
    const text = [
      "民生工程件件有着落",
      "2020-01-10　来源：保定日报",
      "本报讯　记者从市发改委获悉，2019年我市确定的6项民生实事全部完成年度任务。",
      "“今年通上了集中供暖，家里暖暖和和的。”家住桥东区东华路街道的张大爷说。",
      "1.中心城区集中供热。新增集中供热面积260万平方米。",
      "中午，位于桥东区的一家社区老年食堂里坐满了老人。",
    ].join("\n");
    expect(detectRegion(text, "民生工程件件有着落")?.name).toBe("保定市");
  });
});

describe("a city's plan that names the counties below it as units", () => {
  it("reads 各县区政府负责 as the counties the city's text names, no voice of a county, and the text as the city's", () => {
    const line = (k: number) => `${k}.新建村卫生室${k * 3}个。（市卫健委牵头，各县区政府负责）`;
    const text = [
      "18项实事暖民心——我市2025年省市为民办实事任务清单公布",
      "2025年03月05日　来源：定西日报",
      "本报讯　近日，市政府办公室印发2025年为民办实事实施方案。",
      ...Array.from({ length: 14 }, (_, k) => line(k + 1)),
      "15.新增城区停车位3000个。（市住建局牵头，市公安局、安定区政府配合）",
    ].join("\n");
    expect(detectRegion(text, text.split("\n")[0]!)?.name).toBe("定西市");
  });

  it("reads no two-letter district (东区) that the same letters always come right before (王建|东区住建局 ×3): a person's name run into the bureau", () => {
    const text = "2022年淮阴区政府民生实事项目目标任务责任分解表。1推进老旧小区改造改造老旧小区14个。王建东区住建局各街道2整治背街小巷整治32条。王建东区城管局各街道3新建停车泊位800个。王建东区住建局公安分局";
    const { archive } = convert([{ name: "a.txt", bytes: new TextEncoder().encode(text) }]);
    expect(archive.reports.map((r) => r.region.name)).toEqual(["淮阴区"]);
  });
});

describe("a county-level city's story that names two of its neighbours in passing", () => {
  const story = (times: number) =>
    [
      "某某日报数字报",
      "十件实事落地　一份清单兑现",
      "2023年初，邵东市十八届人大三次会议票决产生了十件民生实事。我市对每件实事实行清单管理。",
      ...Array.from({ length: times }, (_, k) => `邵东市第${k + 1}件实事按期完成，新增学位${400 + k}个。`),
      "邵东为新邵县、邵阳县的学生也提供了学位。",
    ].join("\n");

  it("speaks for the city it names most, not for their prefecture", () => {
    expect(detectRegion(story(8), "十件实事落地　一份清单兑现")?.name).toBe("邵东市");
  });

  it("speaks for the prefecture where it names its counties alike (a city's text that lists them)", () => {
    const listed = "我市2023年十件民生实事全部完成。邵东市、新邵县、邵阳县新增学位各500个。邵东市、新邵县、邵阳县各建成公园2个。";
    expect(detectRegion(listed, null)?.name).toBe("邵阳市");
  });
});

describe("a joining word before 县 after a bracket", () => {
  it("reads no 和县 in 乡镇（街道）和县直部门, and finds the county the text names by its short name", () => {
    const text = "刚刚！2020年景宁十大民生实事票决出炉！\n此前，县政府通过政府网站、乡镇（街道）和县直部门等渠道，共征集到民生实事建议417条。\n来源：景宁发布";
    expect(detectRegion(text, null)?.name).toBe("景宁畲族自治县");
  });
});
