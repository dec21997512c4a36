/**
 * The site's own settings that are not content: where readers write to (the accessibility statement's feedback
 * address). A real, public address of one of the strategy's owners; an invented one does not belong on the page.
 */

export interface SiteContact {
  organisation: string;
  email: string;
}

/** Kunnskapsdepartementet's public postal address for e-mail, as regjeringen.no gives it. */
const SITE_CONTACT: SiteContact = { organisation: 'Kunnskapsdepartementet', email: 'postmottak@kd.dep.no' };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;

/** The contact, checked when the site is built: a malformed address stops the build instead of reaching readers. */
export function siteContact(contact: SiteContact = SITE_CONTACT): SiteContact {
  if (!EMAIL.test(contact.email)) throw new Error(`src/lib/site-config.ts: «${contact.email}» er ikke en e-postadresse.`);
  return contact;
}
