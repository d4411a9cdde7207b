// Copy buttons for the cite block, on pages that run JavaScript anyway (those with a chart).
// The block's inline script (src/lib/cite-inline.ts) has already put the access date into
// each format's text by the time this module runs; a button copies that text as it stands.
import { CITATION_FORMATS, type CitationFormat } from "./citation-formats";

function addCopyButtons(block: HTMLElement): void {
  if (block.dataset.citeReady) return;
  block.dataset.citeReady = "true";
  for (const link of block.querySelectorAll<HTMLAnchorElement>("a[data-cite-format]")) {
    const format = link.dataset.citeFormat as CitationFormat;
    const text = block.querySelector<HTMLElement>(`pre[data-cite-format="${format}"]`);
    if (!text) continue;
    const label = CITATION_FORMATS[format].label;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "cite-copy";
    button.textContent = `复制 ${label}`;
    button.addEventListener("click", () => {
      const copied = navigator.clipboard ? navigator.clipboard.writeText(text.textContent ?? "") : Promise.reject(new Error("no clipboard"));
      copied.then(
        () => (button.textContent = `已复制 ${label}`),
        () => (button.textContent = "无法复制，请从下方文本中选取"),
      );
    });
    link.after(" ", button);
  }
}

for (const block of document.querySelectorAll<HTMLElement>("[data-cite]")) addCopyButtons(block);
