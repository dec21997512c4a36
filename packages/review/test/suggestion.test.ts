import { readableText } from '@strategi/model/locate';
import { describe, expect, test } from 'vitest';
import { applySuggestion, suggestionChange } from '../src/suggestion.ts';

const body = `Alle barn skal ha tilgang til gode digitale læremidler.

## Kompetanse

Lærere trenger *tid til å lære*. Skoleeiere må sette av tid
til kompetanseutvikling i [hele perioden](tiltak:T-2).
`;
const source = (text: string) => ({ body: text, bodyLine: 5, fields: [{ value: 'Styrke den digitale kompetansen', line: 2, column: 8 }] });
const quote = (exact: string, prefix = '', suffix = '') => ({ exact, prefix, suffix });

describe('applySuggestion', () => {
  test('replaces an exact passage in the source and changes nothing else', () => {
    const result = applySuggestion(source(body), { quote: quote('tilgang til gode digitale læremidler'), replacement: 'tilgang til gode læremidler' });
    expect(result).toEqual({ applied: true, body: body.replace('gode digitale læremidler', 'gode læremidler'), edits: [{ start: 35, end: 44, text: '' }] });
  });

  test('applies a passage moved elsewhere in the document where it is now', () => {
    const moved = `## Kompetanse\n\nFørst dette.\n\nAlle barn skal ha tilgang til gode digitale læremidler.\n`;
    const result = applySuggestion(source(moved), {
      quote: quote('gode digitale læremidler', 'tilgang til ', '.'),
      replacement: 'gode og digitale læremidler',
    });
    expect(result).toMatchObject({ applied: true, body: moved.replace('gode digitale', 'gode og digitale') });
  });

  test('refuses a passage edited since (fuzzy) or gone (orphan) alike', () => {
    const fuzzy = applySuggestion(source(body), { quote: quote('Alle barn skal ha tilgang på gode læremidler'), replacement: 'Alle barn' });
    const orphan = applySuggestion(source(body), { quote: quote('Dette står ingen steder i teksten'), replacement: 'Noe annet' });
    for (const result of [fuzzy, orphan]) expect(result).toEqual({ applied: false, refusal: 'changed' });
  });

  test('refuses a passage only in a frontmatter field', () => {
    expect(applySuggestion(source(body), { quote: quote('Styrke den digitale kompetansen'), replacement: 'Styrke kompetansen' })).toMatchObject({
      applied: false,
      refusal: 'in-field',
    });
  });

  test('keeps emphasis and links inside the passage when the words changed are outside them', () => {
    const result = applySuggestion(source(body), {
      quote: quote('Lærere trenger tid til å lære. Skoleeiere må sette av tid til kompetanseutvikling i hele perioden.'),
      replacement: 'Lærere trenger tid til å lære. Kommunene må sette av tid til kompetanseutvikling i hele perioden.',
    });
    expect(result).toMatchObject({ applied: true, body: body.replace('Skoleeiere', 'Kommunene') });
  });

  test('changes words inside emphasis and inside a link text and keeps the markup around them', () => {
    const result = applySuggestion(source(body), {
      quote: quote('trenger tid til å lære. Skoleeiere må sette av tid til kompetanseutvikling i hele perioden'),
      replacement: 'trenger tid til å øve. Skoleeiere må sette av tid til kompetanseutvikling i hele planperioden',
    });
    expect(result).toMatchObject({ applied: true, body: body.replace('å lære*', 'å øve*').replace('[hele perioden]', '[hele planperioden]') });
  });

  test('refuses a change that cuts through emphasis or across two blocks', () => {
    const emphasis = applySuggestion(source(body), { quote: quote('å lære. Skoleeiere må'), replacement: 'at kommunene må' });
    expect(emphasis).toMatchObject({ applied: false, refusal: 'crosses-syntax' });
    const blocks = applySuggestion(source(body), { quote: quote('læremidler. Kompetanse'), replacement: 'læremidler-kompetanse' });
    expect(blocks).toMatchObject({ applied: false, refusal: 'crosses-syntax' });
  });

  test('a removed word takes a plain space with it, never a block break or the space against markup', () => {
    const beforeEmphasis = applySuggestion(source(body), { quote: quote('trenger tid'), replacement: 'tid' });
    expect(beforeEmphasis).toMatchObject({ applied: true, body: body.replace('trenger *tid', '*tid') });
    const atBlockEnd = applySuggestion(source(body), { quote: quote('læremidler. Kompetanse'), replacement: 'Kompetanse' });
    expect(atBlockEnd).toMatchObject({ applied: true, body: body.replace(' læremidler.', '') });
  });

  test('escapes what the reviewer typed so that it stays text, and refuses a new line break', () => {
    const result = applySuggestion(source(body), { quote: quote('gode digitale'), replacement: 'gode *digitale* [nye]' });
    expect(result).toMatchObject({ applied: true, body: body.replace('gode digitale', 'gode \\*digitale\\* \\[nye\\]') });
    expect(applySuggestion(source(body), { quote: quote('gode digitale'), replacement: 'gode\n\n- digitale' })).toMatchObject({ refusal: 'line-break' });
  });

  test('keeps CRLF line endings, also across a wrapped line in the passage', () => {
    const crlf = body.replace(/\n/g, '\r\n');
    const result = applySuggestion(source(crlf), { quote: quote('må sette av tid til kompetanseutvikling'), replacement: 'må sette av tid til opplæring' });
    expect(result).toMatchObject({ applied: true, body: crlf.replace('kompetanseutvikling', 'opplæring') });
    const joined = applySuggestion(source(crlf), { quote: quote('av tid til kompetanseutvikling'), replacement: 'av tid-til kompetanseutvikling' });
    expect(joined).toMatchObject({ applied: true, body: crlf.replace('tid\r\ntil', 'tid-til') });
  });

  test('refuses a suggestion that changes nothing', () => {
    expect(applySuggestion(source(body), { quote: quote('gode digitale'), replacement: 'gode  digitale' })).toMatchObject({ refusal: 'unchanged' });
  });
});

describe('suggestionChange', () => {
  test('is the word-level change from the passage to the suggestion', () => {
    expect(suggestionChange({ quote: quote('gode digitale læremidler'), replacement: 'gode læremidler' })).toEqual([
      { value: 'gode ' },
      { value: 'digitale ', removed: true },
      { value: 'læremidler' },
    ]);
  });
});

describe('applySuggestion over every short passage of a body with every kind of inline syntax', () => {
  const rich = `Lærere trenger *tid* og **ro** til [å lære](tiltak:T-2) med \`kode\` &amp; mer\\*.

> Sitat med _vekt_ her.

- Punkt én med ~~gammelt~~ nytt
- Punkt to

| Kolonne | Verdi |
| --- | --- |
| Kart | 12 |
`;
  const changes = [
    (words: string[]) => words.map((word, i) => (i === 0 ? `${word}e` : word)),
    (words: string[]) => [...words, 'også'],
    (words: string[]) => words.slice(1),
  ];

  test.each(['\n', '\r\n'])('either refuses or gives a body that reads as the passage replaced (line ending %j)', (newline) => {
    const body = rich.replace(/\n/g, newline);
    const visible = readableText(body).text;
    const words = visible.split(/\s+/).filter(Boolean);
    const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
    let applied = 0;
    let refused = 0;
    for (let start = 0; start < words.length; start++) {
      for (const length of [1, 3].filter((length) => start + length <= words.length)) {
        const passage = words.slice(start, start + length);
        for (const change of changes) {
          const replacement = change(passage).join(' ');
          const result = applySuggestion(source(body), { quote: quote(passage.join(' ')), replacement });
          if (!result.applied) {
            refused++;
            continue;
          }
          applied++;
          expect(squash(readableText(result.body).text)).toContain(squash(replacement));
          expect(result.body.split(newline).length).toBe(body.split(newline).length);
        }
      }
    }
    // Most short passages sit in plain words and are applied; those across markup are refused, never misapplied.
    expect(applied).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(0);
  });
});
