/**
 * Filters the table of measures in place: each select narrows the rows by one facet, and the facets combine.
 * Rows carry their values in data attributes; nothing is fetched. Without JavaScript the form stays hidden
 * and the pre-rendered filter pages do the job.
 */
const FACETS = ['sektor', 'ansvarlig', 'status'] as const;

export function enhanceMeasureFilter(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-measure-filter]');
  const table = document.querySelector<HTMLTableElement>('table[data-measures]');
  const count = document.querySelector<HTMLElement>('[data-measure-count]');
  if (!form || !table) return;
  form.hidden = false;
  const rows = [...table.tBodies[0]!.rows];
  const template = form.dataset['shown'] ?? '';
  const apply = () => {
    const data = new FormData(form);
    let shown = 0;
    for (const row of rows) {
      const match = FACETS.every((facet) => {
        const wanted = String(data.get(facet) ?? '');
        return wanted === '' || (row.dataset[facet] ?? '').split(' ').includes(wanted);
      });
      row.hidden = !match;
      if (match) shown++;
    }
    if (count) count.textContent = template.replace('-1', String(shown)).replace('-2', String(rows.length));
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  apply();
}
