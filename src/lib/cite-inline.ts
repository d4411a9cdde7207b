// The one script a page without a chart runs: the cite block's access date. Inline (no file
// to fetch), well under 1 KB, written into the block itself by CiteBlock.astro, and run as
// the page is read. It writes the reader's today into every [data-access-date] (the build
// leaves "（请填写访问日期）" there, so two builds give the same bytes and a reader without
// JavaScript sees what to fill in), and adds the date to each download (BibTeX urldate, RIS
// Y2, CSL-JSON accessed) and to the text shown under it: each link carries where the date goes
// and in what words (data-at, data-line, from accessedSlot() in citation-formats.ts).
//
// Pages with a chart add copy buttons from src/lib/cite.client.ts, which copy the dated text.

/** Plain ES2019 a browser runs as it is; tests/site/archivists.test.ts holds it to 1 KB. */
export const CITE_SCRIPT =
  "(()=>{" +
  "const s=document.currentScript.parentElement,n=new Date,Y=n.getFullYear(),M=n.getMonth()+1,D=n.getDate()," +
  'z=x=>(x<10?"0":"")+x,v={Y,m:z(M),d:z(D),n:M,j:D};' +
  'for(const e of s.querySelectorAll("[data-access-date]"))e.textContent=Y+"年"+M+"月"+D+"日";' +
  'for(const a of s.querySelectorAll("a[data-at]")){' +
  'const h=a.getAttribute("href"),i=h.indexOf(",")+1,t=decodeURIComponent(h.slice(i)),k=+a.dataset.at,' +
  "u=t.slice(0,k)+JSON.parse(a.dataset.line).replace(/%(\\w)/g,(_,c)=>v[c])+t.slice(k)," +
  'p=s.querySelector("pre[data-cite-format="+a.dataset.citeFormat+"]");' +
  "a.href=h.slice(0,i)+encodeURIComponent(u);if(p)p.textContent=u}" +
  "})()";
