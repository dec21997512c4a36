import { describe, expect, test } from 'vitest';
import { anchorComment, type DocumentSource } from '../src/index.ts';

const source = (body: string): DocumentSource => ({ body, bodyLine: 5, fields: [{ value: 'Etablere nettverk for skoleeiere', line: 2, column: 8 }] });
const quote = { exact: 'dele erfaringer', prefix: 'som vil ', suffix: ' med' };

describe('anchoring a comment again against the working draft', () => {
  test('«på plass» when the passage stands between the same words, also in a field', () => {
    expect(anchorComment(source('Nettverket samler skoleeiere som vil\ndele erfaringer med hverandre.\n'), quote)).toEqual({
      place: { line: 6, column: 1, kind: 'exact' },
      label: 'på plass',
    });
    expect(anchorComment(source('Tekst.\n'), { exact: 'nettverk', prefix: 'Etablere ', suffix: ' for' }).label).toBe('på plass');
    expect(anchorComment(source('Tekst.\n'), null)).toEqual({ place: { line: 5, column: 1, kind: 'document' }, label: 'på plass' });
  });

  test('«flyttet» when the words are the same but their neighbours are not, or the passage was edited', () => {
    expect(anchorComment(source('Først.\n\nVi skal dele erfaringer i nettverket.\n'), quote)).toEqual({
      place: { line: 7, column: 9, kind: 'exact' },
      label: 'flyttet',
    });
    expect(anchorComment(source('Skoleeiere som vil dele erfaringen med hverandre.\n'), quote).label).toBe('flyttet');
  });

  test('«mistet stedet» when the passage is gone, or its document', () => {
    expect(anchorComment(source('Noe helt annet står her nå.\n'), quote)).toEqual({ place: { line: 1, column: 1, kind: 'orphan' }, label: 'mistet stedet' });
    expect(anchorComment(undefined, quote).label).toBe('mistet stedet');
  });
});
