// Reading the built site: its files, the URLs its pages point to, and the text a reader sees.

import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/** Every file under `dir`, as sorted paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string): void => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const relative = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(relative);
      else files.push(relative);
    }
  };
  walk("");
  return files.sort();
}

export function isDirectory(file: string): boolean {
  return statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false;
}

export function parseHtml(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html);
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function children(node: Node): Node[] {
  if (isElement(node) && node.tagName === "template") return (node as DefaultTreeAdapterTypes.Template).content.childNodes;
  return "childNodes" in node ? node.childNodes : [];
}

export function attribute(element: Element, name: string): string | null {
  return element.attrs.find((a) => a.name === name)?.value ?? null;
}

/** Every element of the document, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const walk = (node: Node): void => {
    if (isElement(node)) found.push(node);
    for (const child of children(node)) walk(child);
  };
  walk(root);
  return found;
}

/** Attributes that hold a URL the browser or a reader follows, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  iframe: ["src"],
  form: ["action"],
};

export interface PageUrl {
  tag: string;
  attribute: string;
  url: string;
}

/** The URLs a page points to, including og:url/og:image style meta tags that hold URLs. */
export function pageUrls(html: string): PageUrl[] {
  const urls: PageUrl[] = [];
  for (const element of elements(parseHtml(html))) {
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value === null) continue;
      const values = name === "srcset" ? value.split(",").map((part) => part.trim().split(/\s+/u)[0] ?? "") : [value];
      for (const url of values) urls.push({ tag: element.tagName, attribute: name, url });
    }
    const content = element.tagName === "meta" ? attribute(element, "content") : null;
    if (content !== null && /^https?:\/\//u.test(content)) urls.push({ tag: "meta", attribute: "content", url: content });
  }
  return urls;
}

/** The ids of a page's elements (fragment targets). */
export function pageIds(html: string): Set<string> {
  return new Set(elements(parseHtml(html)).flatMap((e) => attribute(e, "id") ?? []));
}

/** Elements whose text a reader does not see on the page as served. */
const INVISIBLE = new Set(["head", "script", "style", "template", "noscript"]);

/** The text of a page a reader sees, entities decoded, in document order. */
export function visibleText(html: string): string {
  return textOf(parseHtml(html));
}

/** The text under `root` a reader sees, entities decoded, in document order. */
export function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (isElement(node) && (INVISIBLE.has(node.tagName) || attribute(node, "hidden") !== null)) return;
    if (node.nodeName === "#text") parts.push((node as DefaultTreeAdapterTypes.TextNode).value);
    for (const child of children(node)) walk(child);
  };
  walk(root);
  return parts.join("");
}

/** The element with this id, if the page has one. */
export function elementById(html: string, id: string): Element | undefined {
  return elements(parseHtml(html)).find((element) => attribute(element, "id") === id);
}
