import type { ErrorCode, YAMLError } from 'yaml';
import { showInvisible } from './invisible.ts';

/**
 * Every error the `yaml` library can report, in plain Norwegian. The record is keyed by the library's own list of
 * codes, so a code added by a new version of the library is a type error here until it has its words. Codes whose
 * English message covers several situations are told apart by `detail` below.
 */
const byCode: Record<ErrorCode, string> = {
  ALIAS_PROPS: 'et alias («*navn») kan ikke ha anker («&») eller merkelapp («!»).',
  BAD_ALIAS: 'et anker («&») eller alias («*») mangler navn. Tekst som begynner med «&» eller «*», må stå i anførselstegn.',
  BAD_COLLECTION_TYPE: 'merkelappen («!!») foran verdien passer ikke til verdien. Fjern merkelappen.',
  BAD_DIRECTIVE: 'en linje som begynner med «%», er et YAML-direktiv som ikke brukes her. Fjern linjen.',
  BAD_DQ_ESCAPE:
    'en omvendt skråstrek («\\») i tekst med doble anførselstegn står foran et tegn den ikke kan stå foran. Skriv «\\\\», eller bruk enkle anførselstegn.',
  BAD_INDENT: 'feil innrykk. Felt på samme nivå, og punktene i samme liste, må begynne i samme kolonne.',
  BAD_PROP_ORDER: 'et anker («&») eller en merkelapp («!») står på feil sted.',
  BAD_SCALAR_START: 'verdien begynner med et tegn som bare kan stå først i tekst i anførselstegn.',
  BLOCK_AS_IMPLICIT_KEY: 'en liste eller et felt står der et feltnavn var ventet.',
  BLOCK_IN_FLOW: 'en liste med «-» eller felt på egne linjer står inne i «[…]» eller «{…}». Skriv verdiene med komma mellom, eller sett dem i anførselstegn.',
  DUPLICATE_KEY: 'et felt står to ganger.',
  IMPOSSIBLE: 'teksten kan ikke leses som YAML her.',
  KEY_OVER_1024_CHARS: 'et feltnavn er lengre enn 1024 tegn (mangler det et kolon?).',
  MISSING_CHAR: 'et tegn mangler.',
  MULTILINE_IMPLICIT_KEY: 'et feltnavn går over flere linjer (mangler det et kolon?).',
  MULTIPLE_ANCHORS: 'en verdi har mer enn ett anker («&»).',
  MULTIPLE_DOCS: 'en linje med «---» eller «...» deler frontmatter i flere YAML-dokumenter.',
  MULTIPLE_TAGS: 'en verdi har mer enn én merkelapp («!»).',
  NON_STRING_KEY: 'et feltnavn er ikke tekst.',
  RESOURCE_EXHAUSTION: 'for mange YAML-aliaser («*»); det ser ut som et forsøk på å blåse opp innholdet.',
  TAB_AS_INDENT: 'tabulator brukt som innrykk. Bruk mellomrom.',
  TAG_RESOLVE_FAILED: 'ukjent merkelapp («!») foran en verdi. Fjern merkelappen.',
  UNEXPECTED_TOKEN: 'uventet tegn.',
};

/** Finer words for the situations one code covers, told apart by the library's message. */
const detail: [ErrorCode, RegExp, string][] = [
  ['MISSING_CHAR', /quote/, 'et anførselstegn åpnes, men lukkes aldri.'],
  ['MISSING_CHAR', /flow sequence|flow map/i, 'komma mangler mellom verdiene i «[…]» eller «{…}».'],
  ['MISSING_CHAR', /Missing space after :/, 'mellomrom mangler etter et kolon i «{…}».'],
  [
    'MISSING_CHAR',
    /Comments must be separated/,
    '«#» står rett etter annen tekst. En kommentar skal ha mellomrom foran «#»; er «#» en del av verdien, sett verdien i anførselstegn.',
  ],
  ['MISSING_CHAR', /Tags and anchors must be separated/, 'mellomrom mangler etter et anker («&navn») eller en merkelapp («!navn»).'],
  ['MISSING_CHAR', /Sequence item without/, 'en linje i en liste mangler «-» foran.'],
  ['MISSING_CHAR', /directives-end|doc-start/, 'en linje som begynner med «%», er et YAML-direktiv som ikke brukes her. Fjern linjen.'],
  ['MISSING_CHAR', /followed by map values/, 'et feltnavn mangler kolon etter seg.'],
  [
    'BLOCK_AS_IMPLICIT_KEY',
    /Nested mappings/,
    'verdien inneholder kolon og mellomrom («: »), som YAML leser som et nytt felt. Sett hele verdien i anførselstegn.',
  ],
  ['BAD_INDENT', /end with a [\]}]/, 'en «[» eller «{» lukkes aldri.'],
  ['UNEXPECTED_TOKEN', /Unexpected , in/, 'et komma for mye i «[…]» eller «{…}».'],
  ['UNEXPECTED_TOKEN', /empty item/, 'en tom verdi mellom to komma i «[…]» eller «{…}».'],
  ['UNEXPECTED_TOKEN', /Block scalar header/, 'det står tekst etter «|» eller «>» på samme linje. Begynn teksten på neste linje, med innrykk.'],
  ['UNEXPECTED_TOKEN', /flow-seq-end|flow-map-end|Unexpected [\]}]/, 'en «]» eller «}» hører ikke til noen «[» eller «{».'],
  ['UNEXPECTED_TOKEN', /same line with key/, 'en liste med «-» begynner på samme linje som feltnavnet. Flytt den til neste linje, med innrykk.'],
];

/**
 * A YAML error in words for the `frontmatter/yaml-syntax` message. `source` is the YAML the error's offsets point
 * into; the line there makes a missing colon and a field written twice concrete.
 */
export function describeYamlError(error: Pick<YAMLError, 'code' | 'message' | 'pos'>, source: string): string {
  if (error.code === 'MULTILINE_IMPLICIT_KEY' || (error.code === 'MISSING_CHAR' && /followed by map values/.test(error.message))) {
    const missingColon = missingColonAt(source, error.pos[0]);
    if (missingColon) return missingColon;
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(source.slice(error.pos[0]))?.[0].trim();
    if (key) return `feltet «${showInvisible(key, 40)}» står to ganger.`;
  }
  if (error.code === 'BAD_SCALAR_START') {
    const char = source.charAt(error.pos[0]);
    if (char.trim()) return `verdien begynner med «${char}», som bare kan stå først i tekst i anførselstegn. Sett verdien i anførselstegn.`;
  }
  return detail.find(([code, pattern]) => code === error.code && pattern.test(error.message))?.[2] ?? byCode[error.code] ?? byCode.IMPOSSIBLE;
}

/** `title Kartlegge utstyr` on the line at `offset`: a field written without its colon, with the fix. */
function missingColonAt(source: string, offset: number): string | undefined {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const end = source.indexOf('\n', offset);
  const line = source
    .slice(start, end === -1 ? undefined : end)
    .replace(/\r$/, '')
    .trim();
  const match = /^([\p{L}_][\p{L}\p{N}_-]*)(?:\s+(.*))?$/u.exec(line);
  if (!match || line.includes(': ')) return undefined;
  const [, key, value] = match;
  const fixed = value ? `${key}: ${value}` : `${key}: …`;
  return `linjen «${showInvisible(line, 40)}» mangler kolon etter feltnavnet. Skriv «${showInvisible(fixed, 42)}».`;
}
