// Region names → divisions, from the division data package; slugs stable and unique.
import { describe, expect, it } from "vitest";
import { regionByName, regionIndex } from "../../src/ingest/regions.ts";

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
