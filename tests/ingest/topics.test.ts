import { describe, expect, it } from "vitest";
import { assignTopics, classifyText, projectTopics, TOPICS } from "../../src/ingest/topics.ts";
import { metric, project, projectOf, seedArchive } from "./enrich-fixtures.ts";

// Titles in the style of other provinces' and cities' lists (none is in the seeds), with
// the topics a reader would file them under.
const TITLES: [string, string[]][] = [
  ["新增城镇就业110万人以上", ["jiuye"]],
  ["开展补贴性职业技能培训200万人次", ["jiuye", "shehui-baozhang"]],
  ["建设100个“家门口”就业服务站", ["jiuye"]],
  ["扶持大学生自主创业", ["jiuye", "jiaoyu"]],
  ["新建改扩建公办幼儿园150所", ["jiaoyu"]],
  ["推进义务教育薄弱环节改善与能力提升", ["jiaoyu"]],
  ["实施中小学课后服务全覆盖", ["jiaoyu"]],
  ["新建县域普通高中学位3万个", ["jiaoyu"]],
  ["建设紧密型城市医疗集团", ["yiliao-weisheng"]],
  ["推进乡镇卫生院服务能力提升", ["yiliao-weisheng"]],
  ["为65岁以上老年人免费健康体检", ["yiliao-weisheng", "yanglao"]],
  ["新增养老床位1万张", ["yanglao"]],
  ["建设社区老年食堂300个", ["yanglao"]],
  ["新增普惠性托位2万个", ["fuyou-tuoyu"]],
  ["为适龄妇女免费开展“两癌”检查", ["fuyou-tuoyu"]],
  ["实施孕产妇和新生儿安全保障工程", ["fuyou-tuoyu"]],
  ["筹集保障性租赁住房5万套", ["zhufang-chengshi"]],
  ["推进城中村改造", ["zhufang-chengshi"]],
  ["为既有住宅加装电梯1000部", ["zhufang-chengshi"]],
  ["新增公共停车泊位2万个", ["jiaotong"]],
  ["开通城乡公交线路50条", ["jiaotong"]],
  ["改造农村危桥200座", ["jiaotong", "xiangcun"]],
  ["实施城乡供水一体化工程", ["jichu-sheshi"]],
  ["改造城市老旧燃气管网800公里", ["jichu-sheshi"]],
  ["推进城市地下管网和排水防涝设施建设", ["jichu-sheshi"]],
  ["提高城乡低保标准", ["shehui-jiuzhu"]],
  ["为困难重度残疾人家庭实施无障碍改造", ["shehui-jiuzhu"]],
  ["建设城市书房和文化驿站100个", ["wenhua-tiyu"]],
  ["建设城市书房50家", ["wenhua-tiyu"]],
  ["开发城乡公益性岗位2万个", ["jiuye"]],
  ["新建社区健身中心和多功能运动场", ["wenhua-tiyu"]],
  ["实施校园食品安全守护行动", ["jiaoyu", "shipin-anquan"]],
  ["推进农贸市场标准化改造", ["shipin-anquan"]],
  ["推行“高效办成一件事”", ["shuzi-zhengwu"]],
  ["推进政务服务“一网通办”", ["shuzi-zhengwu"]],
  ["开展城乡生活垃圾分类", ["shengtai-huanjing"]],
  ["建设口袋公园和城市绿道", ["zhufang-chengshi", "jiaotong", "shengtai-huanjing"]],
  ["实施农村户厕改造5万座", ["shengtai-huanjing", "xiangcun"]],
  ["开展道路交通安全隐患排查整治", ["jiaotong", "gonggong-anquan"]],
  ["为青少年提供心理健康服务", ["yiliao-weisheng", "qingshaonian"]],
];

describe("topic taxonomy", () => {
  it("gives every topic a unique lower-case ASCII slug, a name and a description", () => {
    const slugs = TOPICS.map((topic) => topic.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const topic of TOPICS) {
      expect(topic.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(topic.name.length).toBeGreaterThan(0);
      expect(topic.description.length).toBeGreaterThan(0);
    }
  });

  it("holds the topics the issue names", () => {
    const names = TOPICS.map((topic) => topic.name);
    for (const name of ["就业", "教育", "医疗卫生", "养老", "妇幼与托育", "住房与城市更新", "交通出行",
      "供水供电等基础设施", "社会救助与残疾人", "文化体育", "食品安全", "数字政务"]) {
      expect(names).toContain(name);
    }
  });
});

describe("topics of titles from other regions' lists", () => {
  it.each(TITLES)("files %s under %j", (title, topics) => {
    expect(classifyText(title)).toEqual(topics);
  });

  it("keeps a project that matches no keyword unclassified rather than forcing a topic", () => {
    expect(classifyText("新建提升便民商业网点")).toEqual([]);
    expect(projectTopics(project("x/1", "优化营商服务"))).toEqual([]);
  });

  it("does not read 卫生厕所 as health care", () => {
    expect(classifyText("推进农村卫生厕所改造")).not.toContain("yiliao-weisheng");
  });

  it("reads metric labels as well as the title", () => {
    const p = project("x/1", "实施民生保障工程", [metric("新增托位", 2000, "个", "actual")]);
    expect(projectTopics(p)).toEqual(["fuyou-tuoyu"]);
  });

  it("matches full-width and half-width forms alike", () => {
    expect(classifyText("新建５Ｇ基站")).toEqual(["jichu-sheshi"]);
  });
});

describe("topics on the seeds", () => {
  const archive = assignTopics(seedArchive());
  it("files 河南省 2023 第一项 under 就业 and 第五项 under 妇幼与托育", () => {
    expect(projectOf(archive, "henan/2023/01").topics).toEqual(["jiuye"]);
    expect(projectOf(archive, "henan/2023/05").topics).toContain("fuyou-tuoyu");
  });
  it("gives every project a topics array", () => {
    for (const report of archive.reports)
      for (const p of report.projects) expect(Array.isArray(p.topics)).toBe(true);
  });
});
