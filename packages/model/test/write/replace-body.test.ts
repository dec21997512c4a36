import { describe, expect, test } from 'vitest';
import { replaceBody } from '../../src/write/frontmatter.ts';

describe('replaceBody', () => {
  test('keeps the frontmatter byte for byte and ends the body with one line break', () => {
    const text = '---\nid: T-1\ntitle: "Tittel: med kolon"   # kommentar\n---\nGammel tekst.\n';
    expect(replaceBody(text, 'Ny tekst.\r\n\r\nAndre avsnitt.\r\n\r\n')).toBe(
      '---\nid: T-1\ntitle: "Tittel: med kolon"   # kommentar\n---\nNy tekst.\n\nAndre avsnitt.\n',
    );
  });

  test('writes the body with the file’s CRLF line endings', () => {
    expect(replaceBody('---\r\nid: T-1\r\n---\r\nA\r\n', 'B\nC')).toBe('---\r\nid: T-1\r\n---\r\nB\r\nC\r\n');
  });

  test('an empty body leaves the closing fence last', () => {
    expect(replaceBody('---\nid: T-1\n---\nA\n', '\n')).toBe('---\nid: T-1\n---\n');
  });

  test('undefined without frontmatter', () => {
    expect(replaceBody('Bare tekst.\n', 'B')).toBeUndefined();
  });
});
