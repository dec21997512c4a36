/**
 * The colophon of a version's PDF, on the back of the cover as in a printed report: who publishes it, which version
 * and when, the publication number and ISBN where the strategy gives them, the licence and the version's stable
 * address. Not the PDF's checksum: a file cannot hold its own hash (the version page lists it).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ui } from '@strategi/i18n';
import { language } from '@strategi/schema';
import { dataPath, editionBase } from '../lib/urls.ts';

/** What the colophon needs beyond the page: read from the version's open data and the site's address. */
export interface ColophonSource {
  publicationNumber?: string;
  isbn?: string;
  /** The version's own address on the site; absent when the build does not know the site's address. */
  stableUrl?: string;
}

/** What the cover says: its language, the strategy's title, the PDF's title, the owners (as one list), the day of release. */
export interface CoverFacts {
  lang: string;
  /** The strategy's title, the cover's heading. */
  heading: string;
  /** The PDF's title: the strategy's title, a dash and the version («… – Vedtatt strategi, april 2023»). */
  title: string;
  owners: string;
  /** Whom the licence asks readers to name when the settings say (nettsted.yaml's `licenceHolder`); else the owners. */
  licenceHolder?: string | undefined;
  /** «20. april 2023»; absent for the working draft, which is not released. */
  released: string | undefined;
}

export interface ColophonLine {
  /** Absent for the title, which stands first on its own. */
  label?: string;
  text: string;
  href?: string;
}

const optionalText = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The strategy's publication number and ISBN from `/data/<E>/strategi.json`, and the version's address at `origin`. */
export function colophonSource(dist: string, editionId: string, origin: string | undefined): ColophonSource {
  const file = path.join(dist, dataPath(editionId, 'strategi.json'));
  // A draft in the preview has no open data; its colophon has no numbers.
  const strategy = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { documents?: { strategi?: Record<string, unknown>[] } }).documents?.strategi?.[0]
    : undefined;
  const publicationNumber = optionalText(strategy?.['publicationNumber']);
  const isbn = optionalText(strategy?.['isbn']);
  return {
    ...(publicationNumber ? { publicationNumber } : {}),
    ...(isbn ? { isbn } : {}),
    ...(origin ? { stableUrl: new URL(editionBase(editionId), origin).href } : {}),
  };
}

/** The colophon's lines, in the order a reader looks for them. */
export function colophonLines(cover: CoverFacts, source: ColophonSource): ColophonLine[] {
  const lang = language.safeParse(cover.lang);
  const t = ui(lang.success ? lang.data : 'nb');
  const holder = cover.licenceHolder || cover.owners;
  const version = cover.title.startsWith(`${cover.heading} – `) ? cover.title.slice(cover.heading.length + 3) : '';
  const lines: (ColophonLine | false | undefined)[] = [
    { text: cover.heading },
    cover.owners !== '' && { label: t.pdf.publisher, text: cover.owners },
    version !== '' && { label: t.fields.version, text: version },
    cover.released !== undefined && { label: t.pdf.published, text: cover.released },
    source.publicationNumber !== undefined && { label: t.pdf.publicationNumber, text: source.publicationNumber },
    source.isbn !== undefined && { label: t.pdf.isbn, text: source.isbn },
    source.stableUrl !== undefined && { label: t.pdf.stableUrl, text: source.stableUrl, href: source.stableUrl },
    holder !== '' && { label: t.pdf.licence, text: t.pdf.licenceText(holder) },
  ];
  return lines.filter((line): line is ColophonLine => Boolean(line));
}

/** The colophon's name, for its landmark. */
export function colophonLabel(lang: string): string {
  const parsed = language.safeParse(lang);
  return ui(parsed.success ? parsed.data : 'nb').pdf.colophon;
}
