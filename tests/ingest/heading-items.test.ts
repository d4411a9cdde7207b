// Unnumbered section headings over paragraphs as the projects (src/ingest/layouts/headlines.ts headingItems).
import { describe, expect, it } from "vitest";
import { normalise } from "../../src/ingest/normalise.ts";
import { classify } from "../../src/ingest/structure.ts";
import { headingItems } from "../../src/ingest/layouts/headlines.ts";

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
