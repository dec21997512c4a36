import type { Language, SiteSettings } from '@strategi/schema';
import { titleOf } from './graph.ts';
import type { Corpus } from './types.ts';

/** An owner of the strategy, by id and by the name its actor document gives. */
export interface Owner {
  id: string;
  name: string;
}

/**
 * Who the site belongs to and what it is called: the settings file where it says so, the strategy document and
 * its actors otherwise. The one place every view, feed, export and colophon takes the strategy's name from.
 */
export interface SiteIdentity {
  /** The site's name in each written form. */
  name: Record<Language, string>;
  shortName: string;
  /** The strategy's owners, in the order the strategy lists them. */
  owners: Owner[];
  /** Who readers name as the source of the open data; undefined: the owners, listed in the reader's language. */
  licenceHolder: string | undefined;
  contact: { organisation: string; email: string } | undefined;
  publicationNumber: string | undefined;
  /** The language the site opens in. */
  lang: Language;
  /** The public address from the settings (a build may override it). */
  url: string | undefined;
}

/** The identity of the corpus's site, from its settings and the working draft's strategy document. */
export function siteIdentity(corpus: Pick<Corpus, 'settings' | 'working'>): SiteIdentity {
  const settings: SiteSettings | undefined = corpus.settings;
  const strategy = corpus.working.index.strategy;
  const nb = settings?.siteName.nb ?? strategy?.data.title ?? '';
  const owners = (strategy?.data.owners ?? []).flatMap((id) => {
    const actor = corpus.working.byId.get(id);
    return actor?.kind === 'actor' ? [{ id, name: titleOf(actor) }] : [];
  });
  return {
    name: { nb, nn: settings?.siteName.nn ?? nb, en: settings?.siteName.en ?? nb },
    shortName: settings?.shortName ?? nb,
    owners,
    licenceHolder: settings?.licenceHolder,
    contact: settings?.contact,
    publicationNumber: strategy?.data.publicationNumber,
    lang: settings?.lang ?? strategy?.data.lang ?? 'nb',
    url: settings?.url,
  };
}
