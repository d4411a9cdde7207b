// The vocabulary the corpus generator recombines: livelihood projects as the seeds and the
// variant fixtures word them, their figures at province scale, responsible units, outlets.
// Independent of src/ingest on purpose: the corpus must not share the converter's assumptions.

/** One counted figure of a project, sized for a province; cities and counties scale it down. */
export interface FigureSpec {
  label: string;
  /** unit as written at province scale: 万人次, 所, 公里, % … (a leading 万 may be dropped when small) */
  unit: string;
  /** a typical province-level value in that unit */
  base: number;
  /** percent-valued figure (coverage, screening rate): not scaled, may carry a 个百分点 excess */
  percent?: boolean;
}

export interface ProjectSpec {
  /** alternative wordings of the project title */
  titles: readonly string[];
  figures: readonly FigureSpec[];
  /** responsible units without the level prefix (省/市/县/区 is added) */
  units: readonly string[];
}

export const PROJECTS: readonly ProjectSpec[] = [
  { titles: ["开展职业技能培训和评价取证", "实施职业技能提升行动", "开展职业技能培训"],
    figures: [{ label: "职业技能培训", unit: "万人次", base: 180 }, { label: "新增技能人才", unit: "万人", base: 90 }, { label: "新增高技能人才", unit: "万人", base: 30 }],
    units: ["人力资源和社会保障局"] },
  { titles: ["稳定和扩大就业", "促进高质量充分就业", "新增城镇就业"],
    figures: [{ label: "城镇新增就业", unit: "万人", base: 80 }, { label: "帮扶困难人员就业", unit: "万人", base: 6 }],
    units: ["人力资源和社会保障局"] },
  { titles: ["新建改扩建公办幼儿园", "扩大普惠性学前教育资源", "增加学前教育学位供给"],
    figures: [{ label: "新建、改扩建公办幼儿园", unit: "所", base: 300 }, { label: "新增公办学位", unit: "万个", base: 8 }],
    units: ["教育局", "发展和改革委员会"] },
  { titles: ["改善农村学校办学条件", "推进乡镇寄宿制学校建设"],
    figures: [{ label: "新开工乡镇寄宿制小学", unit: "所", base: 150 }],
    units: ["教育局"] },
  { titles: ["提升基层医疗卫生服务能力", "加强基层医疗卫生服务"],
    figures: [{ label: "家庭医生团队线下培训", unit: "个", base: 1250 }, { label: "基层卫生技术人员在线培训", unit: "万名", base: 15 }],
    units: ["卫生健康委员会"] },
  { titles: ["实施特殊困难老年人家庭适老化改造", "推进适老化改造"],
    figures: [{ label: "特殊困难老年人家庭适老化改造", unit: "万户", base: 6 }],
    units: ["民政局"] },
  { titles: ["积极发展老年助餐服务", "建设老年食堂和助餐服务点"],
    figures: [{ label: "建成老年助餐场所", unit: "个", base: 2400 }, { label: "城镇社区老年助餐服务覆盖率", unit: "%", base: 60, percent: true }],
    units: ["民政局"] },
  { titles: ["提高妇女儿童健康保障水平", "开展“两癌”免费筛查"],
    figures: [{ label: "宫颈癌筛查", unit: "万人", base: 85 }, { label: "乳腺癌筛查", unit: "万人", base: 85 }, { label: "新生儿“两病”筛查率", unit: "%", base: 97, percent: true }],
    units: ["卫生健康委员会", "妇女联合会"] },
  { titles: ["实施残疾儿童康复救助", "加强残疾儿童康复服务"],
    figures: [{ label: "残疾儿童得到康复救助", unit: "万名", base: 3 }],
    units: ["残疾人联合会"] },
  { titles: ["开展青少年心理健康服务进村(社区)行动", "提升青少年心理健康服务水平"],
    figures: [{ label: "青少年心理健康服务进村(社区)活动", unit: "场", base: 3000 }, { label: "个案心理咨询", unit: "万人次", base: 1.5 }],
    units: ["共青团委员会"] },
  { titles: ["改造提升城镇老旧小区", "开展城镇老旧小区改造", "推进城市更新"],
    figures: [{ label: "新开工改造城镇老旧小区", unit: "个", base: 3400 }, { label: "惠及居民", unit: "万户", base: 38 }],
    units: ["住房和城乡建设局"] },
  { titles: ["加快推动“四好农村路”高质量发展", "加强农村基础设施建设", "建设“四好农村路”"],
    figures: [{ label: "新建和改造农村公路", unit: "公里", base: 6000 }, { label: "改造危旧桥梁", unit: "座", base: 300 }],
    units: ["交通运输局", "公路事业发展中心"] },
  { titles: ["实施农村供水保障工程", "推进农村饮用水达标提标"],
    figures: [{ label: "新建改造农村供水管网", unit: "公里", base: 4000 }, { label: "农村自来水普及率", unit: "%", base: 92, percent: true }],
    units: ["水利局"] },
  { titles: ["新增公共停车泊位", "推进公共停车设施建设"],
    figures: [{ label: "新增公共停车泊位", unit: "万个", base: 20 }],
    units: ["城市管理局", "公安局"] },
  { titles: ["推进充电基础设施建设", "新建公共充电桩"],
    figures: [{ label: "新建公共服务领域充电桩", unit: "万个", base: 3 }],
    units: ["发展和改革委员会", "住房和城乡建设局"] },
  { titles: ["建设城市书房和文化驿站", "丰富群众文化生活"],
    figures: [{ label: "新建城市书房", unit: "家", base: 300 }, { label: "开展文化进基层惠民演出", unit: "场", base: 9000 }],
    units: ["文化广电和旅游局"] },
  { titles: ["开展全民健身设施建设", "实施体育惠民工程"],
    figures: [{ label: "新建改造社区运动场地", unit: "个", base: 900 }, { label: "建设体育公园", unit: "个", base: 120 }],
    units: ["体育局"] },
  { titles: ["推进城镇非居民用户“瓶改管”改造", "实施居民用户燃气安全装置加装"],
    figures: [{ label: "完成“瓶改管”改造", unit: "户", base: 30000 }, { label: "燃气安全装置加装", unit: "万户", base: 900 }],
    units: ["城市管理局"] },
  { titles: ["加强惠民惠农财政补贴资金“一卡通”管理"],
    figures: [{ label: "通过“一卡通”发放惠民惠农财政补贴", unit: "项", base: 250 }, { label: "发放补贴资金", unit: "亿元", base: 500 }],
    units: ["财政局"] },
  { titles: ["建设口袋公园", "推进口袋公园建设"],
    figures: [{ label: "建成口袋公园", unit: "个", base: 800 }, { label: "新增城市绿道", unit: "公里", base: 1500 }],
    units: ["城市管理局", "自然资源和规划局"] },
];

/** Outlets named in datelines ('来源：…'); `{short}` is the region's short name. */
export const OUTLETS = ["{short}日报", "{short}发布", "{short}新闻网", "{full}人民政府网", "人民网", "新华网"] as const;

export const EDITORS = ["王丹", "李想", "周明", "陈洁", "刘洋", "赵敏", "孙悦", "吴晓峰", "黄静"] as const;

/** A short non-report item for the rejection share of the corpus. */
export const WEATHER_ITEM = (place: string, month: number, day: number): string =>
  `${place}本周末有降雨 气温明显下降\n\n记者从气象台获悉，${month}月${day}日至${day + 2}日，${place}大部将出现一次明显降雨天气过程，累计雨量30至80毫米，气温将下降4至6℃。\n\n气象专家提醒，山区需防范强降雨可能引发的山洪、滑坡等地质灾害，城市低洼地带需注意防范内涝。出行前请关注实时路况。\n`;
