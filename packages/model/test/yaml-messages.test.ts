// Every error the YAML library can give has Norwegian words, and the common mistakes get words that say what to do,
// at the place the mistake was made (see the hostile corpus for the whole lines).
import { describe, expect, test } from 'vitest';
import type { ErrorCode } from 'yaml';
import { describeYamlError } from '../src/parse/yaml-messages.ts';

/** The library's codes; `satisfies` makes a code added by a new version of the library a type error here too. */
const codes = {
  ALIAS_PROPS: true,
  BAD_ALIAS: true,
  BAD_COLLECTION_TYPE: true,
  BAD_DIRECTIVE: true,
  BAD_DQ_ESCAPE: true,
  BAD_INDENT: true,
  BAD_PROP_ORDER: true,
  BAD_SCALAR_START: true,
  BLOCK_AS_IMPLICIT_KEY: true,
  BLOCK_IN_FLOW: true,
  DUPLICATE_KEY: true,
  IMPOSSIBLE: true,
  KEY_OVER_1024_CHARS: true,
  MISSING_CHAR: true,
  MULTILINE_IMPLICIT_KEY: true,
  MULTIPLE_ANCHORS: true,
  MULTIPLE_DOCS: true,
  MULTIPLE_TAGS: true,
  NON_STRING_KEY: true,
  RESOURCE_EXHAUSTION: true,
  TAB_AS_INDENT: true,
  TAG_RESOLVE_FAILED: true,
  UNEXPECTED_TOKEN: true,
} as const satisfies Record<ErrorCode, true>;

const ENGLISH = /\b(the|must|not|cannot|Unexpected|Missing|token|allowed|Implicit|Nested|scalar|flow|indicator|Source)\b/;

describe('describeYamlError', () => {
  test.each(Object.keys(codes) as ErrorCode[])('%s has Norwegian words, whatever the English message', (code) => {
    const reason = describeYamlError({ code, message: 'Something the library said in English', pos: [0, 1] }, ' ');
    expect(reason).toMatch(/^[\p{Ll}«]/u);
    expect(reason).toMatch(/\.$/);
    expect(reason).not.toMatch(ENGLISH);
  });

  test('a missing colon names the line and the fix', () => {
    expect(
      describeYamlError(
        { code: 'MULTILINE_IMPLICIT_KEY', message: 'Implicit keys need to be on a single line', pos: [8, 30] },
        'id: T-1\ntitle Kartlegge utstyr\nstatus: planlagt\n',
      ),
    ).toBe('linjen «title Kartlegge utstyr» mangler kolon etter feltnavnet. Skriv «title: Kartlegge utstyr».');
  });

  test('a field written twice is named', () => {
    expect(describeYamlError({ code: 'DUPLICATE_KEY', message: 'Map keys must be unique', pos: [8, 14] }, 'id: T-1\nstatus: a\n')).toBe(
      'feltet «status» står to ganger.',
    );
  });

  test('the situations one code covers get their own words', () => {
    const of = (code: ErrorCode, message: string) => describeYamlError({ code, message, pos: [0, 1] }, 'x');
    expect(of('MISSING_CHAR', 'Comments must be separated from other tokens by white space characters')).toBe(
      '«#» står rett etter annen tekst. En kommentar skal ha mellomrom foran «#»; er «#» en del av verdien, sett verdien i anførselstegn.',
    );
    expect(of('BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings')).toBe(
      'verdien inneholder kolon og mellomrom («: »), som YAML leser som et nytt felt. Sett hele verdien i anførselstegn.',
    );
    expect(of('UNEXPECTED_TOKEN', 'Unexpected , in flow sequence')).toBe('et komma for mye i «[…]» eller «{…}».');
    expect(of('MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()')).toBe(
      'en linje med «---» eller «...» deler frontmatter i flere YAML-dokumenter.',
    );
  });
});
