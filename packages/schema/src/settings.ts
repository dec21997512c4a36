import { z } from 'zod';
import { language } from './common.ts';
import { line } from './text.ts';
import { type DeclarableVocabulary, declarableVocabularies } from './vocabulary.ts';

/** The settings file at the top of the content folder, beside `strategi.md`. Not versioned: it names the site. */
export const SETTINGS_FILE = 'nettsted.yaml';

/** A name as readers see it in each written form; nynorsk and English fall back to bokmål. */
const localisedName = (help: string, example: string) =>
  z
    .strictObject({
      nb: line().min(1).max(200).describe(`${help} på bokmål.`),
      nn: line().min(1).max(200).optional().describe(`${help} på nynorsk (standard: bokmål).`),
      en: line().min(1).max(200).optional().describe(`${help} på engelsk (standard: bokmål).`),
    })
    .describe(help)
    .meta({ examples: [{ nb: example }] });

/** A declared list: each code (what content writes) with its label for readers; nn and en fall back to nb. */
const declaredList = (name: DeclarableVocabulary, help: string, example: Record<string, { nb: string }>) =>
  z
    .record(
      z.string().regex(declarableVocabularies[name].code, declarableVocabularies[name].codeMessage),
      z.strictObject({
        nb: line().min(1).max(120).describe('Navnet på bokmål.'),
        nn: line().min(1).max(120).optional().describe('Navnet på nynorsk (standard: bokmål).'),
        en: line().min(1).max(120).optional().describe('Navnet på engelsk (standard: bokmål).'),
      }),
    )
    .refine((list) => Object.keys(list).length > 0, 'Listen må ha minst én kode.')
    .optional()
    .describe(help)
    .meta({ examples: [example] });

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[a-z]{2,}$/i;

/** A public e-mail address. @example "postmottak@nfd.dep.no" */
export const emailAddress = z
  .string()
  .regex(EMAIL, 'Skriv en e-postadresse, for eksempel «postmottak@nfd.dep.no».')
  .describe('Offentlig e-postadresse.')
  .meta({ examples: ['postmottak@nfd.dep.no'] });

/**
 * What names this strategy's site: its name, owners' contact and public address. The title, period, owners and
 * publication number stay in `strategi.md`; everything here is about the site that publishes it.
 */
export const siteSettingsSchema = z
  .strictObject({
    /** The site's name in the header, the page titles and the feed. @example { nb: "Strategi for grønn skipsfart" } */
    siteName: localisedName('Nettstedets navn', 'Strategi for grønn skipsfart'),
    /** A short name where the full one is too long (the web manifest, narrow headers). @example "Grønn skipsfart" */
    shortName: line()
      .min(1)
      .max(40)
      .optional()
      .describe('Kort navn der det fulle er for langt.')
      .meta({ examples: ['Grønn skipsfart'] }),
    /** Who readers name as the source of the open data; default: the strategy's owners. @example "Nærings- og fiskeridepartementet" */
    licenceHolder: line().min(1).max(200).optional().describe('Hvem som oppgis som kilde for åpne data (standard: eierne av strategien).'),
    /** Where readers write to about the site (the accessibility statement's feedback address). */
    contact: z
      .strictObject({
        /** The organisation that answers. @example "Nærings- og fiskeridepartementet" */
        organisation: line().min(1).max(200).describe('Organisasjonen som svarer på henvendelser.'),
        /** Its public e-mail address. @example "postmottak@nfd.dep.no" */
        email: emailAddress,
      })
      .optional()
      .describe('Kontaktadressen for nettstedet.'),
    /** The site's public address; STRATEGI_SITE_URL overrides it for one build. @example "https://skipsfart.example.no" */
    url: z
      .url({ protocol: /^https?$/, message: 'Skriv nettstedets fulle adresse, for eksempel «https://strategi.example.no».' })
      .optional()
      .describe('Nettstedets offentlige adresse.')
      .meta({ examples: ['https://strategi.example.no'] }),
    /** The consultation service's public address (`pnpm horing`), where published responses are shown; the site links to them. @example "https://horing.example.no" */
    consultationService: z
      .url({ protocol: /^https?$/, message: 'Skriv høringstjenestens fulle adresse, for eksempel «https://horing.example.no».' })
      .optional()
      .describe('Høringstjenestens offentlige adresse, der publiserte høringssvar vises.')
      .meta({ examples: ['https://horing.example.no'] }),
    /** The sectors a measure may touch, by code, with their names. @example { havbruk: { nb: "Havbruk" } } */
    sectors: declaredList('sector', 'Sektorene et tiltak kan gjelde: kode og navn. Uten listen gjelder verktøyets standardliste.', {
      havbruk: { nb: 'Havbruk' },
    }),
    /** The kinds of actors, by code, with their names. @example { rederi: { nb: "Rederi" } } */
    actorKinds: declaredList('actorKind', 'Slagene aktører: kode og navn. Uten listen gjelder verktøyets standardliste.', { rederi: { nb: 'Rederi' } }),
    /** The kinds of senders of input and consultation responses, by code, with their names. @example { rederi: { nb: "Rederi" } } */
    senderKinds: declaredList('senderKind', 'Slagene avsendere av innspill og høringssvar: kode og navn. Uten listen gjelder verktøyets standardliste.', {
      rederi: { nb: 'Rederi' },
    }),
    /** The language the site opens in. @example "nb" */
    lang: language.default('nb'),
  })
  .describe('Innstillingene for nettstedet: navn, kontaktadresse og adresse.');

export type SiteSettingsInput = z.input<typeof siteSettingsSchema>;
export type SiteSettings = z.output<typeof siteSettingsSchema>;
