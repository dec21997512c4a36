/**
 * Search with Pagefind, limited to the version being read. The form is hidden until this script runs, since
 * searching needs JavaScript. Each version has its own index, `/versjoner/<id>/pagefind/`, archived with the
 * version's pages; it is loaded on first use.
 */
interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options: { filters: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResult> }[] }>;
}

let loading: Promise<Pagefind> | undefined;
function loadPagefind(url: string): Promise<Pagefind> {
  loading ??= import(/* @vite-ignore */ url).then(async (module: Pagefind) => {
    // The index holds site-absolute URLs; by default Pagefind would put them under the bundle's own folder.
    await module.options({ baseUrl: '/' });
    await module.init();
    return module;
  });
  return loading;
}

/** Pagefind's excerpt is escaped text with <mark> around hits; keep only that. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).map((part) => {
    const hit = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (hit) {
      const mark = document.createElement('mark');
      mark.textContent = decode(hit[1] ?? '');
      return mark;
    }
    return document.createTextNode(decode(part));
  });
}

/** Parsed inside <body>, so that the space after a hit is kept: before <html> the parser drops leading white space. */
function decode(text: string): string {
  return new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html').body.textContent ?? '';
}

export function enhanceSearch(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !list || !status) return;
  form.hidden = false;
  const version = form.dataset['version'] ?? '';
  const input = form.querySelector<HTMLInputElement>('input[type=search]');
  let latest = 0;
  const run = async () => {
    const term = input?.value.trim() ?? '';
    const ticket = ++latest;
    if (!term) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const pagefind = await loadPagefind(form.dataset['bundle'] ?? '');
    const found = await pagefind.search(term, { filters: { versjon: version } });
    const data = await Promise.all(found.results.slice(0, 10).map((result) => result.data()));
    if (ticket !== latest) return;
    list.replaceChildren(
      ...data.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.className = 'ds-link';
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.append(...excerptNodes(result.excerpt));
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent = data.length ? (form.dataset['results'] ?? '').replace('0', String(found.results.length)) : (form.dataset['noResults'] ?? '');
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  input?.addEventListener('input', () => void run());
}
