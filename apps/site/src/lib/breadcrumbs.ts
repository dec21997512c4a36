/**
 * The trail from the front page to a page, as data: each step's label and address, the page itself last.
 * Documents sit under what a reader would look for them in: a goal under its focus area, a measure under the
 * list of measures, an input under the inputs.
 */

import type { Messages } from '@strategi/i18n';
import type { AnyDoc, Edition } from '@strategi/model';
import { documentKinds } from '@strategi/schema';
import { docName } from './doc-name.ts';
import { editionLabel } from './editions.ts';
import type { Page } from './routes.ts';
import { docSubPath, href } from './urls.ts';
import { WHOLE_PATH } from './whole-document.ts';

export interface Crumb {
  label: string;
  href: string;
}

/** A step names a document as its page does, in the edition's language (the page's, see page-context.ts). */
const docCrumb = (doc: AnyDoc, edition: Edition, base: string): Crumb => ({
  label: docName(doc, edition.index.strategy?.data.lang ?? 'nb'),
  href: href(base, docSubPath(doc)),
});

/** The list pages a document can sit under (the registry's `trailParent`), with their words and addresses. */
const listPages = { measures: { nav: 'measures', path: 'tiltak/' }, inputs: { nav: 'inputs', path: 'innspill/' } } as const;

/** The steps above a document inside its edition (not the front page, not the document), as the registry says. */
function docParents(doc: AnyDoc, edition: Edition, base: string, t: Messages): Crumb[] {
  const parent = documentKinds[doc.kind].trailParent;
  if (!parent) return [];
  if ('relation' in parent) {
    const above = edition.index.targets(doc, parent.relation)[0];
    return above ? [docCrumb(above, edition, base)] : [];
  }
  const page = listPages[parent.list];
  return [{ label: t.nav[page.nav], href: href(base, page.path) }];
}

/**
 * The trail of a page, or an empty list for the front page (nothing is above it). `title` is the page's own
 * heading, the last step.
 */
export function breadcrumbsOf(page: Page, title: string, here: string, t: Messages): Crumb[] {
  const self: Crumb = { label: title, href: here };
  if (!('edition' in page)) {
    if (page.type === 'noVersion' || page.type === 'review') return [];
    const home: Crumb = { label: t.breadcrumbs.home, href: '/' };
    if (page.type === 'diff') return [home, { label: t.nav.changes, href: '/endringer/' }, self];
    return [home, self];
  }
  if (page.type === 'front' || page.type === 'redirect') return [];
  const { edition, base } = page;
  const home: Crumb = { label: base === '/' ? t.breadcrumbs.home : editionLabel(edition, t.workingDraft), href: href(base) };
  switch (page.type) {
    case 'doc':
      return [home, ...docParents(page.doc, edition, base, t), self];
    case 'measures':
      return page.filter ? [home, { label: t.nav.measures, href: href(base, 'tiltak/') }, self] : [home, self];
    case 'progress':
      return page.day ? [home, { label: t.nav.progress, href: href(base, 'fremdrift/') }, self] : [home, self];
    case 'whole':
      // A later part sits under the whole document's first part, where its contents are.
      return typeof page.part === 'number' && page.part > 1
        ? [home, { label: t.whole.title, href: href(base, WHOLE_PATH) }, { label: t.whole.partTitle(page.part, page.parts), href: here }]
        : [home, self];
    default:
      return [home, self];
  }
}
