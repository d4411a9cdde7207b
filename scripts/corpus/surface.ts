// What a web page, a scan or an archive does to a report's text on its way to us: page chrome,
// share buttons, an editor's line, traditional characters, full-width digits, OCR line breaks,
// and the bytes of an encoding. The converter's decoder and normaliser must undo each.
import iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { EDITORS } from "./catalogue.ts";
import type { Encoding, Noise } from "./choices.ts";
import type { GoldReport, RenderContext, Rendered } from "./model.ts";
import { pick } from "./model.ts";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

/** ２０２３年, １２．５万人次, ８４％ */
function fullWidth(text: string): string {
  return text
    .replace(/(?<=\d)\.(?=\d)/g, "．")
    .replace(/[0-9%]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** a character of a written number, half- or full-width: 12.5 / １２．５ */
const NUMBER_CHAR = /[0-9０-９.．]/;

/** OCR'd columns: lines broken every 14–20 characters, never inside a number. */
function ocrBreaks(text: string, rand: () => number): string {
  return text.split("\n").map((line) => {
    if (line.length < 24 || /^(---|\||#|●)/.test(line)) return line;
    let out = "";
    let run = 0;
    let width = 14 + Math.floor(rand() * 7);
    for (let i = 0; i < line.length; i++) {
      out += line[i];
      run++;
      const here = line[i] ?? "", next = line[i + 1] ?? "";
      if (run >= width && next && !(NUMBER_CHAR.test(here) && (NUMBER_CHAR.test(next) || /[%％]/.test(next)))) {
        out += "\n";
        run = 0;
        width = 14 + Math.floor(rand() * 7);
      }
    }
    return out;
  }).join("\n");
}

function traditionalGold(reports: GoldReport[]): void {
  for (const r of reports) {
    if (r.publisher) r.publisher = toTraditional(r.publisher);
    for (const p of r.projects) {
      p.title = toTraditional(p.title);
      p.responsible = p.responsible.map((u) => toTraditional(u));
      for (const m of p.metrics) {
        m.label = toTraditional(m.label);
        m.unit = toTraditional(m.unit);
      }
    }
  }
}

const CHANNELS = ["民生要闻", "政务动态", "本地新闻", "政策解读"] as const;

/** The navigation above a page's headline and what follows its text (a repeated headline, 查看余下全文). */
function pageChrome(text: string, r: Rendered, ctx: RenderContext): string {
  const dateline = [ctx.published ?? "", ctx.publisher ? `来源:${ctx.publisher}` : ""].filter(Boolean).join(" ");
  return `首页 > 新闻中心 > ${pick(ctx.rand, CHANNELS)}\n【字体：大 中 小】【打印】\n\n${text}\n精彩图片\n\n${r.headline}\n\n${dateline}\n查看余下全文\n【打印本页】【关闭窗口】\n`;
}

/** Applies the drawn noise to a rendered document; the gold follows what the text now writes. */
export function addNoise(r: Rendered, ctx: RenderContext, noise: readonly Noise[]): string {
  let text = r.text;
  if (noise.includes("ocr breaks")) text = ocrBreaks(text, ctx.rand);
  if (noise.includes("share buttons")) text += "\n分享到：微信 微博 QQ空间\n";
  if (noise.includes("责任编辑")) text += `\n（责任编辑：${pick(ctx.rand, EDITORS)}）\n`;
  if (noise.includes("page chrome")) text = pageChrome(text, r, ctx);
  if (noise.includes("traditional")) {
    text = toTraditional(text);
    traditionalGold(r.reports);
  } else if (noise.includes("full-width")) {
    text = fullWidth(text);
  }
  return text;
}

export function encode(text: string, encoding: Encoding): Buffer {
  switch (encoding) {
    case "utf8": return Buffer.from(text, "utf8");
    case "utf8-bom-crlf": return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\r?\n/g, "\r\n"), "utf8")]);
    case "gbk": return iconv.encode(text, "gbk");
    case "gb18030": return iconv.encode(text, "gb18030");
  }
}
