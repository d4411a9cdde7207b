import { describe, expect, it } from "vitest";
import { computeProjectRates, computeRates } from "../../src/ingest/rates.ts";
import { foldMagnitude } from "../../src/ingest/quantities.ts";
import type { Metric } from "../../src/ingest/model.ts";
import {
  inconsistentProject,
  metric,
  project,
  projectOf,
  seedArchive,
} from "./enrich-fixtures.ts";

const rated = (title: string, metrics: ReturnType<typeof metric>[]) =>
  computeProjectRates(project("x/2023/01", title, metrics)).metrics;

describe("foldMagnitude", () => {
  it("folds 万, 亿 and 千 into the value", () => {
    expect(foldMagnitude(428.7, "万人次")).toEqual({ value: 4287000, unit: "人次" });
    expect(foldMagnitude(3, "亿元")).toEqual({ value: 3e8, unit: "元" });
    expect(foldMagnitude(6384, "千米")).toEqual({ value: 6384000, unit: "米" });
  });
  it("reads 公里 as thousands of 米, so 公里 and 千米 compare", () => {
    expect(foldMagnitude(5, "公里")).toEqual(foldMagnitude(5, "千米"));
  });
});

describe("computed completion rates on the seeds", () => {
  const archive = computeRates(seedArchive());
  const henanSkills = projectOf(archive, "henan/2023/01").metrics;

  it("pairs the 2023 plan's 300万人次 with the results' 428.7万人次: 142.9, no mismatch", () => {
    const training = henanSkills.find((m) => m.label === "职业技能培训" && m.role === "actual")!;
    expect(training.computedRate).toBe(142.9);
    expect(training.rate).toBe(142.9);
    expect(training.rateOrigin).toBe("stated");
    expect(training.rateMismatch).toBe(false);
  });

  it("pairs 新增技能人才 with the long results label, not with 高技能人才", () => {
    const talents = henanSkills.find((m) => m.value === 328.8)!;
    expect(talents.computedRate).toBe(164.4);
    const high = henanSkills.find((m) => m.value === 124.8)!;
    expect(high.computedRate).toBe(156);
    expect(high.rateMismatch).toBe(false);
  });

  it("marks a rate only the figures give as computed and keeps the contract rate null", () => {
    const people = projectOf(archive, "henan/2023/10").metrics.find((m) => m.label === "惠及群众")!;
    expect(people).toMatchObject({ rate: null, computedRate: 108.4, rateOrigin: "computed" });
  });

  it("lets 宫颈癌 and 乳腺癌 share the target 宫颈癌、乳腺癌各完成筛查", () => {
    const screening = projectOf(archive, "henan/2023/05").metrics;
    expect(screening.find((m) => m.label === "宫颈癌筛查")!.computedRate).toBe(111.5);
    expect(screening.find((m) => m.label === "乳腺癌筛查")!.computedRate).toBe(114);
  });

  it("prefers the target that reproduces the stated rate (个案心理咨询, not 重点青少年群体)", () => {
    const youth = projectOf(archive, "henan/2023/06").metrics;
    expect(youth.find((m) => m.label === "个案心理咨询")!.computedRate).toBe(159.3);
    expect(youth.find((m) => m.label === "重点青少年群体心理咨询")!.computedRate).toBeNull();
  });

  it("flags the seeds' own disagreement: 4.67万名 of a 2.9万人 target is 161.0, stated 156.3", () => {
    const rehab = projectOf(archive, "henan/2023/07").metrics[0]!;
    expect(rehab).toMatchObject({ computedRate: 161, rate: 156.3, rateMismatch: true });
  });

  it("leaves actuals without a target with computedRate null and rateOrigin from the text", () => {
    const nanyang = projectOf(archive, "henan/nanyang/2023/01").metrics[0]!;
    expect(nanyang).toMatchObject({ computedRate: null, rateOrigin: "stated", rateMismatch: false });
    const unrated = projectOf(archive, "henan/nanyang/2023/14").metrics[0]!;
    expect(unrated).toMatchObject({ computedRate: null, rateOrigin: null, rateMismatch: false });
  });

  it("abstains when parts of one target are listed separately (热交换站 24座 + 27座 of 38座)", () => {
    const heating = projectOf(archive, "henan/luohe/2024/22").metrics;
    const stations = heating.filter((m) => m.label.startsWith("新建热交换站("));
    expect(stations.map((m) => m.computedRate)).toEqual([null, null]);
    expect(heating.find((m) => m.label === "铺设供热管网")!.computedRate).toBe(125);
  });
});

describe("which target each actual is read against (pairedTarget, issue 12)", () => {
  const archive = computeRates(seedArchive());
  const targetOf = (metrics: Metric[], actual: Metric) => (actual.pairedTarget === null || actual.pairedTarget === undefined ? null : metrics[actual.pairedTarget]!);

  it("points 428.7万人次 of the results at 300万人次 of the plan, and 328.8万人 at 新增技能人才 200万人", () => {
    const skills = projectOf(archive, "henan/2023/01").metrics;
    const training = skills.find((m) => m.value === 428.7)!;
    expect(targetOf(skills, training)).toMatchObject({ value: 300, unit: "万人次", role: "target" });
    expect(targetOf(skills, skills.find((m) => m.value === 328.8)!)).toMatchObject({ value: 200, label: "新增技能人才" });
    for (const target of skills.filter((m) => m.role === "target")) expect(target.pairedTarget).toBeNull();
  });

  it("pairs a ratio with the target of the same measure, without a computed rate (两病筛查率 98.4% ← 95%)", () => {
    const screening = projectOf(archive, "henan/2023/05").metrics;
    const twoDiseases = screening.find((m) => m.role === "actual" && m.label === "新生儿“两病”筛查率")!;
    expect(targetOf(screening, twoDiseases)).toMatchObject({ label: "新生儿“两病”筛查率", value: 95, unit: "%" });
    expect(twoDiseases.computedRate).toBeNull();
  });

  it("leaves a target whose actuals are only its parts unpaired (新增供热面积 300 + 420 of 700万平方米)", () => {
    const heating = projectOf(archive, "henan/luohe/2024/22").metrics;
    const areas = heating.filter((m) => m.role === "actual" && m.label.startsWith("新增供热面积("));
    expect(areas.map((m) => m.value)).toEqual([300, 420]);
    expect(areas.map((m) => m.pairedTarget)).toEqual([null, null]);
  });

  it("pairs no ratio when several targets fit one actual about as well (筛查率 against 两病 and 听力 筛查率)", () => {
    const metrics = rated("新生儿疾病筛查", [
      metric("新生儿“两病”筛查率", 95, "%", "target"),
      metric("新生儿听力筛查率", 95, "%", "target"),
      metric("筛查率", 98.72, "%", "actual"),
      metric("筛查率", 99.94, "%", "actual"),
    ]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, null, null, null]);
  });
});

describe("computed completion rates on hand-made figures", () => {
  it("flags a document stating 150% for 120 of a target of 100", () => {
    const [target, actual] = computeProjectRates(inconsistentProject).metrics;
    expect(actual).toMatchObject({ rate: 150, computedRate: 120, rateOrigin: "stated", rateMismatch: true });
    expect(target).toMatchObject({ computedRate: null, rateOrigin: null, rateMismatch: false });
  });

  it("does not flag a difference of half a point or less", () => {
    const [, actual] = rated("提升基层医疗卫生服务能力", [
      metric("培训基层卫生技术人员", 15, "万名", "target"),
      metric("基层卫生技术人员在线培训", 16.6, "万名", "actual", 110.3),
    ]);
    expect(actual).toMatchObject({ computedRate: 110.7, rateMismatch: false });
  });

  it("flags a difference of more than half a point: 1006 of 1000 is 100.6, stated 100", () => {
    const [, actual] = rated("新建城市书房", [
      metric("新建城市书房", 1000, "个", "target"),
      metric("新建城市书房", 1006, "个", "actual", 100),
    ]);
    expect(actual).toMatchObject({ computedRate: 100.6, rateMismatch: true });
  });

  it("never pairs percentages: a coverage rate is not a completion rate", () => {
    const [, actual] = rated("新生儿疾病筛查", [
      metric("新生儿听力筛查率", 95, "%", "target"),
      metric("新生儿听力筛查率", 98.7, "%", "actual"),
    ]);
    expect(actual!.computedRate).toBeNull();
  });

  it("never pairs figures of different units", () => {
    const [, actual] = rated("开工改造老旧小区", [
      metric("开工改造老旧小区", 38, "万户", "target"),
      metric("开工改造老旧小区", 3430, "个", "actual"),
    ]);
    expect(actual!.computedRate).toBeNull();
  });

  it("allows 人 for 名 when the labels are very similar", () => {
    const [, actual] = rated("残疾儿童康复救助", [
      metric("残疾儿童康复救助", 800, "人", "target"),
      metric("残疾儿童康复救助", 1000, "名", "actual"),
    ]);
    expect(actual!.computedRate).toBe(125);
  });

  it("refuses 个 for 家 when the labels are only loosely similar", () => {
    const [, actual] = rated("养老服务", [
      metric("建成养老服务站点", 100, "个", "target"),
      metric("养老机构完成改造", 120, "家", "actual"),
    ]);
    expect(actual!.computedRate).toBeNull();
  });

  it("does not pair labels that share nothing", () => {
    const [, actual] = rated("城市更新", [
      metric("改造燃气管网", 300, "公里", "target"),
      metric("新建绿道", 320, "公里", "actual"),
    ]);
    expect(actual!.computedRate).toBeNull();
  });

  it("leaves the input archive untouched", () => {
    const archive = seedArchive();
    const before = JSON.stringify(archive);
    computeRates(archive);
    expect(JSON.stringify(archive)).toBe(before);
  });
});

describe("completion rates at their limits", () => {
  it("reads no rate against a target of zero", () => {
    const [, actual] = rated("新建公园", [metric("新建公园", 0, "个", "target"), metric("新建公园", 5, "个", "actual")]);
    expect(actual).toMatchObject({ computedRate: null, rateOrigin: null, pairedTarget: null });
  });
  it("reads a rate up to ten times the target (1000%), and none beyond: that is a misreading", () => {
    const [, upTo] = rated("新建公园", [metric("新建公园", 10, "个", "target"), metric("新建公园", 100, "个", "actual")]);
    expect(upTo!.computedRate).toBe(1000);
    const [, beyond] = rated("新建公园", [metric("新建公园", 10, "个", "target"), metric("新建公园", 100.1, "个", "actual")]);
    expect(beyond!.computedRate).toBeNull();
  });
  it("reads 1.2万人 of a target of 8000人 as 150, folding 万 on either side", () => {
    const [, actual] = rated("培训", [metric("开展技能培训", 8000, "人", "target"), metric("开展技能培训", 1.2, "万人", "actual")]);
    expect(actual).toMatchObject({ computedRate: 150, rateOrigin: "computed", rateMismatch: false, pairedTarget: 0 });
  });
  it("pairs 个 with 家 on loosely similar labels when the pair gives the stated rate", () => {
    const [, actual] = rated("养老服务", [
      metric("建成养老服务站点", 100, "个", "target"),
      metric("养老服务站点完成改造", 120, "家", "actual", 120),
    ]);
    expect(actual).toMatchObject({ computedRate: 120, rateOrigin: "stated", rateMismatch: false });
  });
  it("marks a stated rate as stated and flags no mismatch when no target gives a computed one", () => {
    const [actual] = rated("x", [metric("新建公园", 5, "个", "actual", 80)]);
    expect(actual).toMatchObject({ rate: 80, computedRate: null, rateOrigin: "stated", rateMismatch: false, pairedTarget: null });
  });
  it("reads no rate of a target against another target, or of an actual against an actual", () => {
    const targets = rated("新建公园", [metric("新建公园", 10, "个", "target"), metric("新建公园", 12, "个", "target")]);
    expect(targets.map((m) => [m.computedRate, m.pairedTarget])).toEqual([[null, null], [null, null]]);
    const actuals = rated("新建公园", [metric("新建公园", 9, "个", "actual"), metric("新建公园", 11, "个", "actual")]);
    expect(actuals.map((m) => [m.computedRate, m.pairedTarget])).toEqual([[null, null], [null, null]]);
  });
  it("gives each of two actuals its own target in document order when they fit equally", () => {
    const metrics = rated("公园", [
      metric("新建公园", 10, "个", "target"),
      metric("新建公园", 20, "个", "target"),
      metric("新建公园", 9, "个", "actual"),
      metric("新建公园", 30, "个", "actual"),
    ]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, null, 0, 1]);
    expect(metrics.map((m) => m.computedRate)).toEqual([null, null, 90, 150]);
  });
  it("lets an actual left over share a target whose label says each thing reaches it (各)", () => {
    const metrics = rated("两癌筛查", [
      metric("宫颈癌、乳腺癌各完成筛查", 80, "万人", "target"),
      metric("宫颈癌筛查", 90, "万人", "actual"),
      metric("乳腺癌筛查", 88, "万人", "actual"),
    ]);
    expect(metrics.map((m) => m.computedRate)).toEqual([null, 112.5, 110]);
  });
  it("lets an actual left over share a target when the pair gives its stated rate, and no other", () => {
    const metrics = rated("健身", [
      metric("新建健身路径", 100, "个", "target"),
      metric("新建健身路径", 110, "个", "actual", 110),
      metric("新建健身路径工程", 120, "个", "actual", 120),
      metric("新建健身路径工程项目", 130, "个", "actual"),
    ]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, 0, 0, null]);
    expect(metrics.map((m) => m.computedRate)).toEqual([null, 110, 120, null]);
  });
});

describe("ratio figures paired for the reader's table", () => {
  it("never pairs a change in points with a level (高于目标3.4个百分点)", () => {
    const metrics = rated("筛查", [metric("两病筛查率", 95, "个百分点", "target"), metric("两病筛查率", 3.4, "个百分点", "actual")]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, null]);
  });
  it("pairs a ratio only with a target of the very same unit", () => {
    const metrics = rated("筛查", [metric("两病筛查率", 95, "‰", "target"), metric("两病筛查率", 98.4, "%", "actual")]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, null]);
  });
  it("pairs a ratio with the target it fits clearly better than another", () => {
    const metrics = rated("筛查", [
      metric("新生儿两病筛查率", 95, "%", "target"),
      metric("老年人体检率", 70, "%", "target"),
      metric("新生儿两病筛查率", 98.4, "%", "actual"),
    ]);
    expect(metrics.map((m) => [m.pairedTarget, m.computedRate])).toEqual([[null, null], [null, null], [0, null]]);
  });
  it("pairs a ratio with no target when two actuals fit it equally well", () => {
    const metrics = rated("筛查", [
      metric("筛查率", 95, "%", "target"),
      metric("筛查率", 98.4, "%", "actual"),
      metric("筛查率", 97, "%", "actual"),
    ]);
    expect(metrics.map((m) => m.pairedTarget)).toEqual([null, null, null]);
  });
});
