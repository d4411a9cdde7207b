// Step 3 of enrich: topics from a small fixed taxonomy, by keyword rules over the
// project's title and its metric labels. A project may take several topics; one that
// matches no keyword keeps `topics: []` and is listed as unclassified, never forced.
// Keywords are matched as substrings of the NFKC-folded text, so they are chosen to be
// specific: "卫生院" rather than "卫生" (which would also catch 卫生厕所).

import type { Archive, Project } from "./model.ts";
import { mapProjects } from "./map-projects.ts";

export interface Topic {
  /** Display name, Chinese. */
  name: string;
  /** URL-safe ASCII slug, stored in `project.topics`. */
  slug: string;
  description: string;
  /** Substrings of title or metric label that assign the topic. */
  keywords: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    name: "就业",
    slug: "jiuye",
    description: "就业创业、职业技能培训、技能人才、劳务品牌与家政服务",
    keywords: ["就业", "创业", "职业技能", "技能人才", "技能培训", "劳务", "失业", "零工", "农民工", "家政", "技工", "岗位"],
  },
  {
    name: "教育",
    slug: "jiaoyu",
    description: "学前、义务、高中与职业教育的学校、学位与学生资助",
    keywords: ["学校", "寄宿制", "幼儿园", "学前教育", "义务教育", "中职", "职业教育", "高中", "学位", "学生", "校园", "教师", "课后服务", "中小学", "大学"],
  },
  {
    name: "医疗卫生",
    slug: "yiliao-weisheng",
    description: "医院、基层卫生、家庭医生、医保与公共卫生",
    keywords: ["医", "卫生院", "卫生室", "卫生服务", "卫生技术", "公共卫生", "基层卫生", "健康", "疾病", "诊疗", "药品", "疫苗", "精神障碍", "近视", "体检", "急救"],
  },
  {
    name: "养老",
    slug: "yanglao",
    description: "养老服务、老年助餐、适老化改造与养老护理",
    keywords: ["养老", "老年", "适老化", "敬老", "助餐", "长者", "失能", "高龄"],
  },
  {
    name: "妇幼与托育",
    slug: "fuyou-tuoyu",
    description: "妇女儿童健康、“两癌”与出生缺陷筛查、婴幼儿托育",
    keywords: ["宫颈癌", "乳腺癌", "两癌", "新生儿", "产前", "孕", "出生缺陷", "妇幼", "妇女儿童", "母婴", "托育", "托位", "托儿", "婴幼儿"],
  },
  {
    name: "住房与城市更新",
    slug: "zhufang-chengshi",
    description: "老旧小区、棚户区、保障性住房、物业与城市更新",
    keywords: ["老旧小区", "城市更新", "棚户区", "棚改", "保障性住房", "保障房", "安置房", "公租房", "租赁住房", "城中村", "危房", "住房", "物业", "电梯", "背街小巷", "口袋公园", "无围墙", "窨井"],
  },
  {
    name: "交通出行",
    slug: "jiaotong",
    description: "公路、城市道路、停车、公交与充电设施",
    keywords: ["公路", "道路", "断头路", "停车", "公交", "交通", "桥", "地铁", "轨道", "客运", "出行", "充电", "路口", "绿道"],
  },
  {
    name: "供水供电等基础设施",
    slug: "jichu-sheshi",
    description: "供水、供电、供热、燃气、排水与管网",
    keywords: ["供水", "饮水", "自来水", "水厂", "供电", "配电", "电网", "千伏", "供热", "供暖", "燃气", "天然气", "瓶改管", "雨污", "管网", "污水", "排水", "泵站", "基础设施", "5G", "宽带"],
  },
  {
    name: "社会救助与残疾人",
    slug: "shehui-jiuzhu",
    description: "低保、特困、临时救助、困难群众与残疾人服务",
    keywords: ["救助", "低保", "特困", "残疾", "孤独症", "困难群众", "困难职工", "困难家庭", "低收入", "孤儿", "流浪"],
  },
  {
    name: "社会保障",
    slug: "shehui-baozhang",
    description: "社会保险、参保、惠民补贴与“一卡通”发放",
    keywords: ["社保", "社会保障", "参保", "保险", "补贴", "一卡通", "养老金"],
  },
  {
    name: "文化体育",
    slug: "wenhua-tiyu",
    description: "公共文化设施、书屋、惠民演出、全民健身与体育赛事",
    keywords: ["文化", "体育", "健身", "书屋", "书房", "图书", "博物", "演出", "赛事", "运动场", "电影", "非遗", "文艺"],
  },
  {
    name: "食品安全",
    slug: "shipin-anquan",
    description: "食品安全、明厨亮灶、农贸市场与放心消费",
    keywords: ["食品", "明厨亮灶", "农贸市场", "菜市场", "放心消费", "无理由退货", "餐饮"],
  },
  {
    name: "数字政务",
    slug: "shuzi-zhengwu",
    description: "政务服务、一网通办、政务 App 与数字化便民",
    keywords: ["政务", "一网通办", "一件事", "办事", "数字化", "智慧政务", "信息化", "12345", "App"],
  },
  {
    name: "生态环境",
    slug: "shengtai-huanjing",
    description: "生态绿化、公园、垃圾与污染治理、河湖治理",
    keywords: ["生态", "环境", "绿化", "公园", "垃圾", "黑臭", "河道", "河湖", "水环境", "空气", "造林", "风光带", "湿地", "厕所", "户厕"],
  },
  {
    name: "乡村振兴",
    slug: "xiangcun",
    description: "农村人居环境、寄递物流、农田与惠农服务",
    keywords: ["乡村", "农村", "行政村", "寄递", "高标准农田", "惠农", "农产品", "户厕"],
  },
  {
    name: "公共安全",
    slug: "gonggong-anquan",
    description: "交通、燃气、电梯、消防与应急安全",
    keywords: ["安全隐患", "交通安全", "消防", "应急", "防汛", "安全装置", "风险评估", "平安", "治安", "避难"],
  },
  {
    name: "青少年",
    slug: "qingshaonian",
    description: "青少年心理健康、关爱服务与校外活动",
    keywords: ["青少年", "未成年人", "少年宫"],
  },
];

/** The texts a project's topics are read from: its title and its metric labels. */
function topicText(project: Project): string {
  return [project.title, ...project.metrics.map((metric) => metric.label)]
    .join("\n")
    .normalize("NFKC");
}

/** Every keyword with the index of its topic, by its first UTF-16 unit: a text is read once, not once per keyword. */
const KEYWORDS_BY_FIRST_UNIT = new Map<number, Array<{ keyword: string; topic: number }>>();
TOPICS.forEach((topic, index) => {
  for (const keyword of topic.keywords) {
    const first = keyword.charCodeAt(0);
    KEYWORDS_BY_FIRST_UNIT.set(first, [...(KEYWORDS_BY_FIRST_UNIT.get(first) ?? []), { keyword, topic: index }]);
  }
});

/** Slugs of the topics whose keywords occur in an NFKC-folded text, in taxonomy order. */
function topicsOfFolded(folded: string): string[] {
  const found = new Array<boolean>(TOPICS.length).fill(false);
  for (let i = 0; i < folded.length; i++) {
    for (const { keyword, topic } of KEYWORDS_BY_FIRST_UNIT.get(folded.charCodeAt(i)) ?? []) {
      if (!found[topic] && folded.startsWith(keyword, i)) found[topic] = true;
    }
  }
  return TOPICS.filter((_, index) => found[index]).map((topic) => topic.slug);
}

/** Slugs of the topics whose keywords occur, in taxonomy order. */
export function classifyText(text: string): string[] {
  return topicsOfFolded(text.normalize("NFKC"));
}

export function projectTopics(project: Project): string[] {
  // topicText is folded already (NFKC is idempotent).
  return topicsOfFolded(topicText(project));
}

export function assignTopics(archive: Archive): Archive {
  return mapProjects(archive, (project) => ({ ...project, topics: projectTopics(project) }));
}
