// The field tables of the guides, made from the schema's field descriptors, so that a guide never lists a field,
// a value or a «må være med» the validator does not agree with. A table sits between two marker comments:
//   <!-- felttabell: measure -->
//   …the generated table…
//   <!-- /felttabell -->
import { type DocumentKind, declarableVocabularies, documentKindNames, type FieldDescriptor, fieldsOf, isDeclarable } from '../src/index.ts';

/** What a guide says about a field besides what the schema says; each key must name a field of its kind. */
const remarks: Partial<Record<DocumentKind, Record<string, string>>> = {
  measure: {
    id: 'Endres aldri etter at tiltaket er publisert.',
    start: 'Innenfor strategiperioden 2023–2030.',
    deadline: 'Innenfor strategiperioden 2023–2030, og ikke før `start`.',
    actionPlan: 'Planens liste over tiltak lages av dette feltet.',
    history: 'Siste status bør være lik `status`.',
    example:
      '`true` når hele dokumentet er et eksempel og ikke bygger på kjente fakta; i listen, for eksempel `[status, deadline, history]`, betyr `body` hele teksten. Nettstedet merker akkurat de feltene. Er bare noen avsnitt i teksten oppdiktet, merker du dem i teksten, se [Et oppdiktet avsnitt](#et-oppdiktet-avsnitt). Et dokument der alle fakta har kilder, har ikke `example`.',
    internalNote: 'Vises heller ikke i `strategi diff`; bare i forhåndsvisningen, merket som intern.',
    aliases: 'Se [Ny id](#ny-id-for-et-dokument).',
  },
};

const MARKER = /(<!-- felttabell: ([\w-]+) -->\n)[\s\S]*?(<!-- \/felttabell -->)/g;

/** The table of one kind's fields: name, label, whether it must be there, and what it holds. */
export function fieldTable(kind: DocumentKind): string {
  const fields = fieldsOf(kind).filter((field) => !field.deprecated);
  const extra = remarks[kind] ?? {};
  for (const key of Object.keys(extra)) {
    if (!fields.some((field) => field.key === key)) throw new Error(`The guide has a remark on ${kind}.${key}, which is not a field.`);
  }
  const rows = fields.map(
    (field) => `| \`${field.key}\` | ${field.label?.nb ?? ''} | ${field.required ? 'ja' : 'nei'} | ${describe(field, extra[field.key])} |`,
  );
  return ['| Felt | Navn på nettstedet | Må være med | Hva det er |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function describe(field: FieldDescriptor, remark: string | undefined): string {
  const parts = [sentence(field.help ?? '')];
  const values = field.values;
  // The allowed values, unless the schema's description already names every one of them.
  // A list the strategy declares names its codes in nettsted.yaml; the schema's list is only the default.
  if (values && isDeclarable(field.vocabulary)) {
    const { setting } = declarableVocabularies[field.vocabulary];
    parts.push(`Kodene står i \`${setting}\` i nettsted.yaml; uten listen ${values.map((value) => `\`${value}\``).join(', ')}.`);
  } else if (values && !values.every((value) => field.help?.includes(value))) {
    parts.push(`${field.list ? 'En eller flere av' : 'Én av'} ${values.map((value) => `\`${value}\``).join(', ')}.`);
  }
  if (remark) parts.push(remark);
  return parts.filter(Boolean).join(' ').replaceAll('|', '\\|');
}

const sentence = (text: string) => (text === '' || /[.!?]$/.test(text) ? text : `${text}.`);

/** The guide with every marked table made anew; throws on a marker that names no kind. */
export function withFieldTables(markdown: string): string {
  return markdown.replace(MARKER, (_whole, open: string, kind: string, close: string) => {
    if (!(documentKindNames as readonly string[]).includes(kind)) throw new Error(`«${kind}» in a felttabell marker is not a document kind.`);
    return `${open}${fieldTable(kind as DocumentKind)}\n${close}`;
  });
}
