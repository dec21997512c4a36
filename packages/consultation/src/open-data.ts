/**
 * What the public may see of the responses: only those an editor published, not withdrawn, and not sent as «not
 * public». The responder's choice and the editor's decision both count: a response sent without a name is never
 * shown with one, and one published anonymised loses its name, organisation and the strings the screens found.
 * E-mail, receipt and moderation fields never leave the store. Everything public (the service's pages, the JSON and
 * CSV) is built from this one projection, so a withheld response cannot leak through one of them.
 */
import { redact } from './anonymise.ts';
import type { ConsultationResponse } from './store/store.ts';

export interface PublicResponse {
  id: string;
  version: string;
  document: string | null;
  /** The passage responded to, as quoted. */
  quote: string | null;
  /** Null when published without a name. */
  name: string | null;
  organisation: string | null;
  senderKind: string;
  text: string;
  /** The day it was sent, `YYYY-MM-DD` (UTC). */
  date: string;
  /** The `innspill` it became. */
  inputId: string | null;
}

/** The licence of the open data: Norsk lisens for offentlige data. */
export const OPEN_DATA_LICENCE = { id: 'NLOD-2.0', url: 'https://data.norge.no/nlod/no/2.0' } as const;

export function isPublic(response: ConsultationResponse): boolean {
  return response.withdrawnAt === null && response.publication !== 'none' && (response.state === 'published' || response.state === 'published-anonymised');
}

/** The response as the public sees it, or undefined when it is not public. */
export function publicResponse(response: ConsultationResponse): PublicResponse | undefined {
  if (!isPublic(response)) return undefined;
  const anonymised = response.state === 'published-anonymised';
  const named = !anonymised && response.publication === 'named';
  return {
    id: response.id,
    version: response.version,
    document: response.document,
    quote: response.quote?.exact ?? null,
    name: named ? response.name : null,
    organisation: named ? response.organisation : null,
    senderKind: response.senderKind,
    text: anonymised ? redact(response.text) : response.text,
    date: response.createdAt.slice(0, 10),
    inputId: response.inputId,
  };
}

export const publicResponses = (responses: readonly ConsultationResponse[]): PublicResponse[] =>
  responses.flatMap((response) => publicResponse(response) ?? []);

/** The open data as one JSON document: the licence, the version and its public responses. */
export function openDataJson(version: string, responses: readonly PublicResponse[]): string {
  return `${JSON.stringify({ licence: OPEN_DATA_LICENCE, version, responses: responses.filter((response) => response.version === version) }, null, 2)}\n`;
}

/** The CSV's columns, in order; the cells go through the project's CSV writer (with its formula guard). */
export const OPEN_DATA_COLUMNS = ['id', 'version', 'document', 'quote', 'name', 'organisation', 'senderKind', 'date', 'inputId', 'text'] as const;

export const openDataRows = (responses: readonly PublicResponse[]): unknown[][] => [
  [...OPEN_DATA_COLUMNS],
  ...responses.map((response) => OPEN_DATA_COLUMNS.map((column) => response[column])),
];
