/**
 * The version switcher of an archived page, added from the versions JSON into the version bar's row in place of its
 * plain statement of the version read: a link to the same page in every other version (the same document by id or
 * former id, else the same list, else the front page), the status each version has now, the release date of the
 * one read, and a notice under the row when a newer version is current. Without JavaScript the page still links to the
 * document's «all versions» page; the archived HTML never changes when a later version is released.
 */
interface VersionsJson {
  current: string | null;
  versions: { id: string; label: string; status: string; path: string }[];
}
interface DocumentJson {
  versions: Record<string, string>;
}

async function fetchJson<T>(url: string): Promise<T | undefined> {
  try {
    const response = await fetch(url);
    return response.ok ? ((await response.json()) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** A list page's path in another version: filters by actor and dated progress pages may not exist there. */
function listPath(subPath: string): string {
  if (subPath.startsWith('tiltak/ansvarlig/')) return 'tiltak/';
  if (/^fremdrift\/\d{4}-\d{2}-\d{2}\/$/.test(subPath)) return 'fremdrift/';
  return subPath;
}

export async function enhanceVersionSwitcher(): Promise<void> {
  const host = document.querySelector<HTMLElement>('[data-version-switcher]');
  if (!host) return;
  const data = host.dataset;
  const [versions, doc] = await Promise.all([
    fetchJson<VersionsJson>(data['versions'] ?? ''),
    data['document'] ? fetchJson<DocumentJson>(data['document']) : Promise.resolve(undefined),
  ]);
  if (!versions || versions.versions.length === 0) return;
  const statuses = JSON.parse(data['statuses'] ?? '{}') as Record<string, string>;
  const here = data['edition'] ?? '';
  const subPath = data['subPath'] ?? '';
  const target = (version: { id: string; path: string }) => {
    if (version.id === here) return location.pathname;
    if (data['document']) return doc?.versions[version.id] ?? version.path;
    return `${version.path}${listPath(subPath)}`;
  };

  const nav = document.createElement('nav');
  nav.setAttribute('aria-label', data['label'] ?? '');
  const list = document.createElement('ul');
  list.className = 'inline-list';
  for (const version of versions.versions) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = target(version);
    link.textContent = version.label;
    if (version.id === here) link.setAttribute('aria-current', 'page');
    const tag = document.createElement('span');
    tag.className = 'ds-tag';
    tag.dataset['size'] = 'sm';
    tag.dataset['color'] = 'neutral';
    tag.textContent = statuses[version.status] ?? version.status;
    item.append(link, ' ', tag);
    if (version.id === here && data['released']) {
      const date = document.createElement('span');
      date.className = 'version-date';
      date.textContent = data['released'];
      item.append(' ', date);
    }
    list.append(item);
  }
  // As on the root's pages: a <details> whose summary names the version read (what the row said before), open
  // from 48rem up by the stylesheet.
  const read = host.parentElement?.querySelector('[data-version-read]');
  const choice = document.createElement('details');
  choice.className = 'version-choice';
  const summary = document.createElement('summary');
  const label = read?.querySelector('strong')?.cloneNode(true);
  summary.append(...(label ? [label, ' '] : []), data['statement'] ?? '');
  choice.append(summary, list);
  nav.append(choice);

  const current = versions.versions.find((version) => version.id === versions.current);
  const order = versions.versions.map((version) => version.id);
  if (current && order.indexOf(current.id) > order.indexOf(here)) {
    const notice = document.createElement('p');
    notice.className = 'newer-version';
    notice.dataset['newerVersion'] = '';
    const link = document.createElement('a');
    link.className = 'ds-link';
    link.href = target(current);
    link.textContent = data['goToCurrent'] ?? '';
    notice.append(`${data['newer'] ?? ''} `, link);
    host.append(notice);
  }
  // The switcher, after its «Versjon:», takes the place of the row's plain statement of the version read.
  nav.className = 'version-switcher';
  const word = document.createElement('span');
  word.className = 'version-word';
  word.textContent = data['versionWord'] ?? '';
  if (read) read.replaceWith(word, nav);
  else host.prepend(word, nav);
  host.hidden = host.childElementCount === 0;
}
