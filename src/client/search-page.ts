// The search page (/search/?q=…): reads the query and filters from the URL, searches as the
// reader types, lists results ten at a time and keeps the URL in step so a search can be linked.

import {
  findPages,
  hit,
  loadFacets,
  loadPagefind,
  preloadQuery,
  type Filters,
  type Found,
  type SortOrder,
} from "./search.ts";
import { foldQuery, loadFold } from "./search-fold.ts";

/** Filter menus, in the order shown: the key in data-pagefind-filter and its label. */
export const FILTER_KEYS = ["province", "city", "year", "level", "kind", "type"] as const;
const PAGE_SIZE = 10;
/** Pause after a keystroke before searching. */
const TYPING_PAUSE_MS = 120;

const base = import.meta.env.BASE_URL;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`search page: #${id} is missing`);
  return found as T;
}

const form = element<HTMLFormElement>("search-form");
const input = element<HTMLInputElement>("search-q");
const sortMenu = element<HTMLSelectElement>("search-sort");
const status = element<HTMLParagraphElement>("search-status");
const list = element<HTMLOListElement>("search-results");
const more = element<HTMLButtonElement>("search-more");
const filterMenus = new Map(FILTER_KEYS.map((key) => [key, element<HTMLSelectElement>(`search-filter-${key}`)]));

let current: Found | undefined;
/** Results loaded so far, those shown, and those whose text did not hold the query after all. */
let consumed = 0;
let shown = 0;
let dropped = 0;
/** Increases with every search, so a slow answer to an old query is dropped. */
let generation = 0;

function readUrl(): void {
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  sortMenu.value = params.get("sort") ?? "relevance";
  for (const [key, menu] of filterMenus) {
    const value = params.get(key);
    if (value !== null) ensureOption(menu, value).selected = true;
  }
}

function writeUrl(): void {
  const params = new URLSearchParams();
  if (input.value.trim() !== "") params.set("q", input.value.trim());
  for (const [key, menu] of filterMenus) if (menu.value !== "") params.set(key, menu.value);
  if (sortMenu.value !== "relevance") params.set("sort", sortMenu.value);
  const search = params.toString();
  history.replaceState(null, "", search === "" ? location.pathname : `${location.pathname}?${search}`);
}

function selectedFilters(): Filters {
  const filters: Filters = {};
  for (const [key, menu] of filterMenus) if (menu.value !== "") filters[key] = [menu.value];
  return filters;
}

function ensureOption(menu: HTMLSelectElement, value: string): HTMLOptionElement {
  const existing = [...menu.options].find((option) => option.value === value);
  if (existing) return existing;
  const option = new Option(value, value);
  menu.add(option);
  return option;
}

/** Fill each filter menu with the values present in the archive. */
/** Filter values and their page counts (facets.json), loaded once. */
const facets = loadFacets(base);

async function fillFilterMenus(): Promise<void> {
  const counts = await facets;
  for (const [key, menu] of filterMenus) {
    const values = Object.keys(counts[key] ?? {}).sort((a, b) =>
      key === "year" ? b.localeCompare(a) : a.localeCompare(b, "zh-CN"),
    );
    for (const value of values) ensureOption(menu, value);
    menu.closest<HTMLElement>(".search-filter")?.toggleAttribute("hidden", values.length === 0);
  }
}

async function runSearch(): Promise<void> {
  const mine = ++generation;
  writeUrl();
  const query = input.value;
  const filters = selectedFilters();
  if (query.trim() === "" && Object.keys(filters).length === 0) {
    current = undefined;
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "输入词语搜索项目和报告，例如：适老化、老旧小区。";
    return;
  }
  status.textContent = "正在搜索…";
  const pagefind = await loadPagefind(base, filters);
  const years = Object.keys((await facets).year ?? {});
  const found = await findPages(pagefind, foldQuery(query, await loadFold(base)), filters, sortMenu.value as SortOrder, years);
  if (mine !== generation) return;
  current = found;
  consumed = 0;
  shown = 0;
  dropped = 0;
  list.replaceChildren();
  await showMore(mine);
}

/** Show the next results, each as soon as it (and those before it) has loaded. */
async function showMore(mine: number): Promise<void> {
  if (!current) return;
  const found = current;
  const next = found.results.slice(consumed, consumed + PAGE_SIZE);
  const loading = next.map((result) => hit(result, found.parts));
  for (const pending of loading) {
    const loaded = await pending;
    if (mine !== generation) return;
    consumed++;
    if (loaded.matches) {
      list.append(renderHit(loaded));
      shown++;
    } else {
      dropped++;
    }
    const total = found.results.length - dropped;
    status.textContent = total === 0 ? "没有找到包含这些词的页面。" : `找到 ${total} 个页面，显示 ${shown} 个。`;
  }
  if (next.length === 0) status.textContent = "没有找到包含这些词的页面。";
  more.hidden = consumed >= found.results.length;
}

function renderHit(found: Awaited<ReturnType<typeof hit>>): HTMLLIElement {
  const item = document.createElement("li");
  item.className = "search-result";
  const heading = document.createElement("h2");
  const link = document.createElement("a");
  link.href = found.url;
  link.textContent = found.title;
  heading.append(link);
  const facts = document.createElement("p");
  facts.className = "search-result__facts";
  facts.textContent = [found.type, found.region, found.year && `${found.year}年`].filter(Boolean).join(" · ");
  if (found.status) {
    // The tones of StatusBadge.astro: one rule for badges everywhere.
    const tone = /超额完成|^完成/u.test(found.status) ? "met" : found.status.startsWith("未完成") ? "short" : found.status.startsWith("进行中") ? "progress" : "neutral";
    const badge = document.createElement("span");
    badge.className = `badge badge--${tone}`;
    badge.textContent = found.status;
    facts.append(" ", badge);
  }
  if (found.rate) facts.append(` 完成率 ${found.rate}`);
  const excerpt = document.createElement("p");
  excerpt.className = "search-result__excerpt";
  excerpt.innerHTML = found.excerptHtml; // built from escaped text by excerpt()
  item.append(heading, facts, excerpt);
  return item;
}

let typingTimer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener("input", () => {
  clearTimeout(typingTimer);
  void loadPagefind(base, selectedFilters()).then((pagefind) => preloadQuery(pagefind, input.value));
  typingTimer = setTimeout(() => void runSearch(), TYPING_PAUSE_MS);
});
form.addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(typingTimer);
  void runSearch();
});
for (const menu of [...filterMenus.values(), sortMenu]) menu.addEventListener("change", () => void runSearch());
more.addEventListener("click", () => void showMore(generation));

readUrl();
void fillFilterMenus().then(() => {
  readUrl();
  return runSearch();
});

/** For the search benchmark (scripts/bench-search.ts): the URL of every page a query finds. */
declare global {
  interface Window {
    minshengSearch?: { urls(query: string, filters?: Filters): Promise<string[]> };
  }
}
window.minshengSearch = {
  async urls(query, filters = {}) {
    const found = await findPages(await loadPagefind(base, filters), foldQuery(query, await loadFold(base)), filters);
    const hits = await Promise.all(found.results.map((result) => hit(result, found.parts)));
    return hits.filter((found) => found.matches).map((found) => found.url);
  },
};
