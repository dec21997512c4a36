/**
 * A page's `<title>`: the page's own title, then the site's name, unless the title already holds the name (the
 * strategy's own title on the front page does), so that a tab or a search result never reads the name twice.
 */
export function pageTitle(title: string, siteName: string): string {
  return title.toLocaleLowerCase('nb').includes(siteName.toLocaleLowerCase('nb')) ? title : `${title} – ${siteName}`;
}
