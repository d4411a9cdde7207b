// The cite block in the browser: fills the access date (the reader's today; the build never
// writes a date), rewrites the BibTeX/RIS/CSL-JSON downloads with it, and adds copy buttons.
import { CITATION_FORMATS, citationHref, citationText, type CitationData, type CitationFormat } from "./citation-formats";

function today(): { iso: string; zh: string } {
  const now = new Date();
  const [y, m, d] = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
  return { iso: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, zh: `${y}年${m}月${d}日` };
}

function enhance(block: HTMLElement): void {
  const data = JSON.parse(block.dataset.cite ?? "null") as CitationData | null;
  if (!data || block.dataset.citeReady) return;
  block.dataset.citeReady = "true";
  const date = today();
  const cited: CitationData = { ...data, accessed: date.iso };
  for (const slot of block.querySelectorAll<HTMLElement>("[data-access-date]")) slot.textContent = date.zh;
  for (const link of block.querySelectorAll<HTMLAnchorElement>("a[data-cite-format]")) {
    const format = link.dataset.citeFormat as CitationFormat;
    link.href = citationHref(format, cited);
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = `复制 ${CITATION_FORMATS[format].label}`;
    button.addEventListener("click", () => {
      void navigator.clipboard?.writeText(citationText(format, cited)).then(
        () => (button.textContent = `已复制 ${CITATION_FORMATS[format].label}`),
        () => (button.textContent = "无法复制，请从下方文本中选取"),
      );
    });
    link.after(" ", button);
  }
  for (const pre of block.querySelectorAll<HTMLElement>("pre[data-cite-format]")) pre.textContent = citationText(pre.dataset.citeFormat as CitationFormat, cited);
}

for (const block of document.querySelectorAll<HTMLElement>("[data-cite]")) enhance(block);
