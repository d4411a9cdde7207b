// Bad inputs of issue 11, written into a seeds folder beside good documents: the converter
// and the site build must survive each, keep its text and publish no wrong data.
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

const PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
/** Size of the one-line non-report (a minified page dropped into seeds/). */
export const LONG_LINE = 2_000_000;

const report = (lines: string[]) => lines.flatMap((line) => [line, ""]).join("\n");
const NANYANG = ["南阳市2024年民生实事", "今年我市确定10项民生实事。", "1.新建改扩建中小学12所。", "2.新增城镇就业3万人。", "3.改造农村公路300公里。"];

function billionLaughs(field: string): string {
  const names = "abcdefghij";
  const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let k = 1; k < names.length; k++) lines.push(`${names[k]}: &${names[k]} [${Array(9).fill(`*${names[k - 1]}`).join(",")}]`);
  return `---\n${lines.join("\n")}\n${field}: *j\n---\n`;
}

/** Writes the bad inputs into `seeds` (and a file outside it for a link to point at); returns their names. */
export function writeBadInputs(seeds: string, outside: string): string[] {
  mkdirSync(outside, { recursive: true });
  const utf8 = (s: string) => Buffer.from(s, "utf8");
  const nanyang = utf8(report(NANYANG));
  const at = nanyang.indexOf("2.");
  const files: Record<string, Buffer> = {
    "minified.txt": Buffer.from(Array.from({ length: LONG_LINE }, (_, i) => PUNCTUATION[(i * 7919) % PUNCTUATION.length]).join(""), "latin1"),
    "huge-figure.txt": utf8(report([...NANYANG.slice(0, 3), `2.新增城镇就业${"9".repeat(400)}人。`, NANYANG[4]!])),
    "alias-title.txt": utf8(billionLaughs("title") + report(NANYANG)),
    "alias-region.txt": utf8(billionLaughs("region") + report(NANYANG)),
    "stray-byte.txt": Buffer.concat([nanyang.subarray(0, at), Buffer.from([0xff]), nanyang.subarray(at)]),
    "truncated.txt": Buffer.concat([nanyang, Buffer.from([0xe4, 0xb8])]),
    "same.txt": utf8("同名文件一：天气晴。"),
    "same.md": utf8("同名文件二：天气阴。"),
    same: utf8("同名文件三：天气雨。"),
    "utf16-nobom.txt": Buffer.from(report(NANYANG).replace("南阳市", "洛阳市"), "utf16le"),
    "zero-width.txt": utf8(report(["\u202e许昌市2024年民生实事", "今年我市确定10项民生实事。", "1.新建改扩建中小学1\u200d2所。", "2.=HYPERLINK(\"http://x\")新增城镇就业3\u200b万人。", "3.改造农村公路300公里。"])),
    "bad-date.txt": utf8(`---\npublished: 2024-02-30\n---\n${report(NANYANG)}`),
    "datetime.txt": utf8(`---\nregion: 周口市\npublished: 2024-02-01T01:00:00+08:00\ntitle: "@周口市民生实事"\n---\n${report(NANYANG.map((l) => l.replace("南阳市", "周口市")))}`),
    "rate.txt": utf8(report(["开封市2023年民生实事完成情况", "今年我市10项民生实事全部完成。", "1.新建改扩建中小学12所，完成年度计划的99999999999%。", "2.新增城镇就业3万人，完成年度计划的100%。"])),
    ".hidden.txt": utf8("隐藏文件"),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(seeds, name), bytes);
  writeFileSync(path.join(outside, "secret.txt"), "SECRET 民生实事 outside the seeds folder");
  symlinkSync(path.join(outside, "secret.txt"), path.join(seeds, "outside-link.txt"));
  symlinkSync(path.join(seeds, "no-such-file.txt"), path.join(seeds, "broken-link.txt"));
  return Object.keys(files);
}
