import { describe, expect, test } from 'vitest';
import { buildIndex, indexIds } from '../../src/graph.ts';
import { createInputTracer, takenUpInputs } from '../../src/trace.ts';
import type { AnyDoc, Edition } from '../../src/types.ts';

const common = { lang: 'nb', sources: [], example: false, aliases: [] as string[] };
type Data = Record<string, unknown>;
const doc = (kind: AnyDoc['kind'], id: string, data: Data, body = ''): AnyDoc =>
  ({
    kind,
    id,
    data: { id, ...common, ...data },
    body,
    file: `${id}.md`,
    path: `${id}.md`,
    bodyLine: 1,
    links: [],
    positions: { keys: {}, values: {} },
  }) as unknown as AnyDoc;
const goal = (id: string, title: string, inputs: string[], data: Data = {}, body = '') => doc('goal', id, { title, focusArea: 'I-1', inputs, ...data }, body);
const measure = (id: string, title: string, inputs: string[], data: Data = {}) =>
  doc('measure', id, {
    title,
    goals: ['M-1'],
    responsible: ['KD'],
    partners: [],
    sectors: ['barnehage'],
    start: '2023',
    deadline: '2026',
    status: 'planlagt',
    inputs,
    history: [],
    ...data,
  });
const input = (id: string, round = 'R-1', data: Data = {}) =>
  doc('input', id, { title: `Innspill ${id}`, round, sender: 'Udir', senderKind: 'Udir', summary: 'S.', ...data });
const round = (id: string) => doc('inputRound', id, { title: `Runde ${id}`, date: '2022', channel: 'skriftlig', organisers: ['KD'], summary: 'S.' });

function edition(id: string, documents: AnyDoc[]): Edition {
  const ids = indexIds(documents);
  const { byId, aliases } = ids;
  return {
    id,
    version: undefined,
    notes: '',
    status: 'vedtatt',
    isPublic: true,
    schemaVersion: 2,
    root: '/',
    documents,
    byId,
    aliases,
    index: buildIndex(documents, ids),
    problems: [],
    fileCount: documents.length,
    images: [],
  };
}

// Three versions of the same small strategy.
// v1: M-1 cites IN-1; T-1 cites IN-1; T-2 cites IN-2.
// v2: M-1 reworded; T-1 dropped entirely; T-5 (new) cites IN-1; T-2 stops citing IN-2; IN-3 renamed from IN-2's neighbour.
// v3: T-1 back and citing IN-1 again; M-1 unchanged; T-5 renamed to T-6 and its deadline moved; IN-2 cited again by T-2.
const v1 = edition('v1', [
  round('R-1'),
  input('IN-1'),
  input('IN-2'),
  goal('M-1', 'Gode digitale ferdigheter', ['IN-1'], {}, 'Alle skal lære.'),
  measure('T-1', 'Kartlegge utstyr', ['IN-1']),
  measure('T-2', 'Oversikt over læremidler', ['IN-2']),
]);
const v2 = edition('v2', [
  round('R-1'),
  input('IN-1'),
  input('IN-2'),
  goal('M-1', 'Gode digitale ferdigheter for alle', ['IN-1'], {}, 'Alle barn og elever skal lære.'),
  measure('T-2', 'Oversikt over læremidler', []),
  measure('T-5', 'Dele gode eksempler', ['IN-1']),
]);
const v3 = edition('v3', [
  round('R-1'),
  input('IN-1'),
  input('IN-2'),
  goal('M-1', 'Gode digitale ferdigheter for alle', ['IN-1'], {}, 'Alle barn og elever skal lære.'),
  measure('T-1', 'Kartlegge utstyr', ['IN-1']),
  measure('T-2', 'Oversikt over læremidler', ['IN-2']),
  measure('T-6', 'Dele gode eksempler', ['IN-1'], { aliases: ['T-5'], deadline: '2027' }),
]);

const summary = (steps: ReturnType<ReturnType<typeof createInputTracer>['trace']>) =>
  steps.map((step) => ({
    edition: step.edition.id,
    present: step.input !== undefined,
    citedBy: step.citedBy.map((d) => d.id),
    events: step.events.map((event) =>
      event.type === 'added'
        ? `${event.doc.id} added${event.again ? ' again' : ''}`
        : event.type === 'removed'
          ? `${event.doc.id} removed (${event.docRemoved ? 'document taken out' : 'reference dropped'})`
          : `${event.doc.id} changed${event.prose ? ' (reworded)' : ''}: ${event.fields.join(', ')}${event.previousId ? ` (was ${event.previousId})` : ''}`,
    ),
  }));

describe('tracing an input through versions', () => {
  test('the first version lists what cites it as added, then each change: reworded, taken out, new, back again, renamed', () => {
    expect(summary(createInputTracer([v1, v2, v3]).trace('IN-1'))).toEqual([
      { edition: 'v1', present: true, citedBy: ['M-1', 'T-1'], events: ['M-1 added', 'T-1 added'] },
      { edition: 'v2', present: true, citedBy: ['M-1', 'T-5'], events: ['M-1 changed (reworded): title', 'T-5 added', 'T-1 removed (document taken out)'] },
      { edition: 'v3', present: true, citedBy: ['M-1', 'T-1', 'T-6'], events: ['T-1 added again', 'T-6 changed: deadline, aliases (was T-5)'] },
    ]);
  });

  test('a document that keeps existing but drops the reference, and cites it again later', () => {
    expect(summary(createInputTracer([v1, v2, v3]).trace('IN-2'))).toEqual([
      { edition: 'v1', present: true, citedBy: ['T-2'], events: ['T-2 added'] },
      { edition: 'v2', present: true, citedBy: [], events: ['T-2 removed (reference dropped)'] },
      { edition: 'v3', present: true, citedBy: ['T-2'], events: ['T-2 added again'] },
    ]);
  });

  test('an input missing from a version, found by a former id in another', () => {
    const renamed = edition('v4', [round('R-1'), input('IN-9', 'R-1', { aliases: ['IN-2'] }), measure('T-2', 'Oversikt over læremidler', ['IN-9'])]);
    const without = edition('v0', [round('R-1'), measure('T-2', 'Oversikt over læremidler', [])]);
    const steps = summary(createInputTracer([without, v1, renamed]).trace('IN-9'));
    expect(steps).toEqual([
      { edition: 'v0', present: false, citedBy: [], events: [] },
      { edition: 'v1', present: true, citedBy: ['T-2'], events: ['T-2 added'] },
      // T-2 names the input by its new id: the same document, so no change.
      { edition: 'v4', present: true, citedBy: ['T-2'], events: [] },
    ]);
  });

  test('diffs between neighbours are computed once however many inputs are traced', () => {
    let calls = 0;
    const tracer = createInputTracer([v1, v2, v3], (from, to) => {
      calls++;
      return { from: from.id, to: to.id, added: [], removed: [], changed: [] };
    });
    tracer.trace('IN-1');
    tracer.trace('IN-2');
    expect(calls).toBe(2);
  });
});

describe('inputs taken up from a round', () => {
  test('counts the inputs cited by at least one goal or measure of the version', () => {
    const result = takenUpInputs(v2, 'R-1');
    expect([result.inputs.map((d) => d.id), result.takenUp.map((d) => d.id)]).toEqual([['IN-1', 'IN-2'], ['IN-1']]);
    expect(takenUpInputs(v3, 'R-1').takenUp.map((d) => d.id)).toEqual(['IN-1', 'IN-2']);
  });
});
