/** What a built site's Pagefind index holds, read back from its fragments. */

/**
 * The indexed pages of the index in `folder` (`pagefind/` or `versjoner/<id>/pagefind/`) of a site read with
 * readTree (site-build.ts, which gunzips the fragments), by URL, with the text indexed for each.
 */
export function indexedPages(files: ReadonlyMap<string, string>, folder: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const [name, text] of files) {
    if (!name.startsWith(`${folder}fragment/`)) continue;
    const fragment = JSON.parse(text.slice(text.indexOf('{'))) as { url: string; content: string };
    pages.set(fragment.url, fragment.content);
  }
  return pages;
}
