// A programme listed as figures inside one sentence, one 、-piece per project (src/ingest/layouts/figured-pieces.ts).
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { figuredPieceItems } from "../../src/ingest/layouts/figured-pieces.ts";

const readings = (text: string) => figuredPieceItems(classify(normalise(text).paragraphs)).map((s) => s.items.map((it) => it.title));

describe("figures listed one per 、-piece", () => {
  it("reads each piece as a project named by its work, the plan's lead words and the figure left out", () => {
    expect(readings("漳平市2024年民生实事\n全年计划新建乡镇卫生院3所、改造城区雨污管网约18公里、新增养老床位不少于260张、农村公路优良率提升至95%以上、为孕产妇免费筛查1.2万人次等。")).toEqual([
      ["新建乡镇卫生院", "改造城区雨污管网", "新增养老床位", "农村公路优良率提升", "为孕产妇免费筛查"],
    ]);
  });

  it("keeps a last piece without a figure (…、打造移动政务服务体系等), but not a list most of whose pieces count nothing", () => {
    expect(readings("资阳区民生实事\n计划新建公厕12座、改造背街小巷20条、新增停车位800个、打造一刻钟便民生活圈等。")[0]).toEqual(["新建公厕", "改造背街小巷", "新增停车位", "打造一刻钟便民生活圈"]);
    expect(readings("资阳区民生实事\n共收到意见涉及交通、环境、医疗、就业10条、文体等热点。")).toEqual([]);
  });

  it("reads no list where fewer than four pieces stand, or where a count is broken down by place (具体分布在A2处、B1处…)", () => {
    expect(readings("铜川市民生实事\n今年新建公厕12座、改造小巷20条、新增车位800个。")).toEqual([]);
    expect(readings("铜川市民生实事\n今年将新建8处口袋公园,具体分布在新区北段2处、老区广场1处、川口路口3处、坡头村旁2处。")).toEqual([]);
    expect(readings("铜川市民生实事\n今年将新增学位3000个,其中城关镇学校1200个、南塬镇学校800个、北塬镇学校600个、东川镇学校400个。")).toEqual([]);
  });
});
