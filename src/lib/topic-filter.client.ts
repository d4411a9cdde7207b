// Filters the rows of a topic page's table by the page's <select>s, on each change (the
// submit button does the same for readers who expect one). The form is hidden in
// the HTML and shown here, so without JavaScript every row shows and no dead control does.
import { rowMatches, shownText, type RowFacts, type RowFilter } from "./topic-filter";

for (const form of document.querySelectorAll<HTMLFormElement>("form[data-filter-for]")) {
  const table = document.getElementById(form.dataset["filterFor"] ?? "");
  const status = form.querySelector<HTMLElement>("[data-filter-status]");
  if (!table) continue;
  const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
  const apply = (): void => {
    const filter: RowFilter = {};
    for (const select of form.querySelectorAll("select")) filter[select.name as keyof RowFacts] = select.value;
    let shown = 0;
    for (const row of rows) {
      const facts: RowFacts = {
        region: row.dataset["region"] ?? "",
        year: row.dataset["year"] ?? "",
        status: row.dataset["status"] ?? "",
      };
      row.hidden = !rowMatches(facts, filter);
      if (!row.hidden) shown++;
    }
    if (status) status.textContent = shownText(shown, rows.length);
  };
  form.addEventListener("change", apply);
  form.addEventListener("reset", () => setTimeout(apply));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    apply();
  });
  form.hidden = false;
  apply();
}
