/**
 * The site's identity in a reader's language: its name, its owners by name and who the open data names as its
 * source. The words come from the content through the model (`siteIdentity`), never from the code.
 */
import { formatList, type UiLang } from '@strategi/i18n';
import type { SiteIdentity } from '@strategi/model';

export function siteName(identity: SiteIdentity, lang: UiLang): string {
  return identity.name[lang];
}

/** The owners' names joined for the language: «A og B», «A and B». */
export function ownersText(identity: SiteIdentity, lang: UiLang): string {
  return formatList(
    lang,
    identity.owners.map((owner) => owner.name),
  );
}

/** Whom the open data's licence asks readers to name: the settings' licence holder, or the owners. */
export function licenceHolder(identity: SiteIdentity, lang: UiLang): string {
  return identity.licenceHolder ?? ownersText(identity, lang);
}
