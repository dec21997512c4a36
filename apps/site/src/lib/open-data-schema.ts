/**
 * The JSON Schema of `/data/<E>/strategi.json`, built from the schema package's own JSON Schemas of each kind, so
 * that the published description cannot drift from what the files hold: each document is its kind's frontmatter
 * (without `internalNote`, which is never published) plus `kind` and `body`.
 */
import type { StatusSource } from '@strategi/model';
import { documentKindNames, documentKinds, frontmatterJsonSchema } from '@strategi/schema';

const idList = { type: 'array', items: { type: 'string' } };

/** Where a measure's exported status comes from, as one cell: `rapport:<id>` or `versjon:<id>` (`versjon:utkast` for the working draft). */
export function statusSourceCode(source: StatusSource): string {
  return source.kind === 'progress-report' ? `rapport:${source.id}` : `versjon:${source.version}`;
}

/**
 * The fields the open data adds to a measure beside its frontmatter: its status is the one its page shows, which
 * a later published progress report may have changed; these say as of when and who says so. The open data page
 * lists them with the CSV columns.
 */
export const exportedStatusFields: Record<'statusAsOf' | 'statusSource', { type: 'string'; pattern: string; description: string }> = {
  statusAsOf: {
    type: 'string',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description:
      'Datoen statusen gjelder fra (ÅÅÅÅ-MM-DD): datoen i fremdriftsrapporten, ellers siste dato i tiltakets historikk, ellers versjonens dato. Tom når ingenting daterer den.',
  },
  statusSource: {
    type: 'string',
    pattern: '^(rapport|versjon):[^:]+$',
    description:
      'Hvem statusen kommer fra: «rapport:<id>» for en publisert fremdriftsrapport som har endret den, «versjon:<id>» for teksten i versjonen. Den gjeldende versjonen viser siste publiserte rapport, som tiltakssiden; eldre versjoner viser statusen slik den var da versjonen ble frigitt.',
  },
};

/** What the open data adds to an indicator: its status by its declared rule, as its page computes it. */
const computedStatusField = {
  computedStatus: {
    type: 'string',
    enum: ['nådd', 'på-vei', 'ikke-på-vei', 'for-lite-data'],
    description:
      'Statusen regnet ut etter indikatorens regel (rule): nådd ved eller forbi siste mål, på vei når siste måling ligger høyst toleransen bak den rette linjen fra utgangspunktet gjennom målene, ellers ikke på vei; for lite data uten måling etter utgangspunktet.',
  },
};

/** `siteName`: the site's name from the content, which the schema's title carries. */
export function openDataJsonSchema(siteUrl: string | undefined, siteName: string): Record<string, unknown> {
  const documents = Object.fromEntries(
    documentKindNames.map((kind) => {
      const schema = frontmatterJsonSchema(kind) as { properties: Record<string, unknown>; required?: string[] };
      const { internalNote: _internal, ...properties } = schema.properties;
      const item = {
        ...schema,
        $schema: undefined,
        properties: {
          kind: { const: kind, description: 'Dokumenttypen.' },
          ...properties,
          ...(kind === 'measure' ? exportedStatusFields : {}),
          ...(kind === 'indicator' ? computedStatusField : {}),
          body: { type: 'string', description: 'Teksten som Markdown, slik siden viser den (uten kommentarer og rå HTML).' },
        },
        required: [...new Set(['kind', 'body', ...(schema.required ?? [])])],
      };
      return [documentKinds[kind].folder || 'strategi', { type: 'array', items: item }];
    }),
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...(siteUrl === undefined ? {} : { $id: new URL('/data/strategi.schema.json', siteUrl).href }),
    title: `${siteName} – åpne data`,
    description: 'Innholdet i hver publiserte versjon av strategien, i /data/<versjon>/strategi.json. Lisens: NLOD 2.0.',
    type: 'object',
    required: ['version', 'documents', 'links'],
    additionalProperties: false,
    properties: {
      version: {
        type: 'object',
        description: 'Versjonen filen gjelder.',
        required: ['id', 'status'],
        properties: {
          id: { type: 'string' },
          label: { type: 'string' },
          status: { type: 'string', enum: ['høring', 'vedtatt', 'erstattet'] },
          date: { type: 'string' },
          example: { type: 'boolean' },
        },
      },
      source: { type: 'string', description: 'Nettstedet filen er hentet fra.' },
      documents: { type: 'object', additionalProperties: false, properties: documents, description: 'Dokumentene, per mappe.' },
      links: {
        type: 'object',
        description: 'Koblingene mellom dokumentene, i begge retninger, med tidligere id-er løst opp.',
        properties: {
          measuresByGoal: { type: 'object', additionalProperties: idList, description: 'Mål → tiltakene som bidrar til det.' },
          goalsByMeasure: { type: 'object', additionalProperties: idList, description: 'Tiltak → målene det bidrar til.' },
          inputsBehind: { type: 'object', additionalProperties: idList, description: 'Mål eller tiltak → innspillene bak.' },
          citingsByInput: {
            type: 'object',
            description: 'Innspill → målene og tiltakene som viser til det.',
            additionalProperties: { type: 'array', items: { type: 'object', properties: { kind: { type: 'string' }, id: { type: 'string' } } } },
          },
          aliases: { type: 'object', additionalProperties: { type: 'string' }, description: 'Tidligere id → id-en dokumentet har nå.' },
        },
      },
    },
  };
}
