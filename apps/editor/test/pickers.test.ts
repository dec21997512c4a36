/**
 * The new-measure form fits the task: what must be filled in first and the rest folded away, goals picked from a
 * list grouped by focus area with each box beside its label, no field that cannot be filled in, dates with a hint
 * instead of a grey year, and the text with its toolbar, its language and the image upload.
 */
import { type DefaultTreeAdapterMap, parse } from 'parse5';
import { beforeAll, describe, expect, test } from 'vitest';
import { webHint } from '../src/views/web-hints.ts';
import { editorForFile, post, setField, submitForm } from './helpers.ts';

const { app } = await editorForFile('draft');

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];
const attr = (element: Element, name: string) => element.attrs.find((a) => a.name === name)?.value;
function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child);
}
const textOf = (node: Node): string =>
  node.nodeName === '#text' ? (node as DefaultTreeAdapterMap['textNode']).value : 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();

let page: string;
let all: Element[];
beforeAll(async () => {
  page = await (await app.request('/ny/measure')).text();
  all = [...elements(parse(page))];
});
const byId = (id: string) => all.find((element) => attr(element, 'id') === id);

describe('the new-measure form', () => {
  test('what must be filled in comes first (and the deadline `strategi new` would fill in), in a fieldset with a legend; the rest is folded away, closed', () => {
    const [required] = all.filter((element) => element.tagName === 'fieldset' && attr(element, 'class')?.includes('feltgruppe'));
    expect(squeeze(textOf(required!.childNodes.find((child) => child.nodeName === 'legend') as Node))).toBe('Det som må fylles ut');
    const fields = [...elements(required!)].map((element) => attr(element, 'data-felt')).filter(Boolean);
    expect(fields).toEqual(['id', 'title', 'goals', 'responsible', 'sectors', 'start', 'deadline', 'status']);
    const details = all.find((element) => element.tagName === 'details');
    expect(attr(details!, 'open')).toBeUndefined();
    expect(squeeze(textOf(details!.childNodes.find((child) => child.nodeName === 'summary') as Node))).toBe('Flere felt (kan stå tomme)');
    expect([...elements(details!)].some((element) => attr(element, 'data-felt') === 'partners')).toBe(true);
  });

  test('the id is a sentence, not a field to fill in, and there is no empty «Fil:» line', () => {
    const id = all.find((element) => attr(element, 'data-felt') === 'id')!;
    expect([...elements(id)].map((element) => squeeze(textOf(element)))).toEqual([
      'IdId-en gis når dokumentet lagres: neste ledige nummer, som aldri har vært brukt før.',
      'Id',
      'Id-en gis når dokumentet lagres: neste ledige nummer, som aldri har vært brukt før.',
    ]);
    expect([...elements(id)].some((element) => element.tagName === 'input')).toBe(false);
    expect(page).not.toContain('Fil:');
  });

  test('goals are boxes beside their labels, grouped under their focus area', () => {
    const goals = byId('felt-goals')!;
    const groups = [...elements(goals)].filter((element) => attr(element, 'role') === 'group');
    expect(groups.map((group) => squeeze(textOf(group.childNodes[0] as Node)))).toEqual([
      'Digital praksis og kompetanse i barnehagen (I-1)',
      'Digital praksis og kompetanse i grunnskule og vidaregåande skule (I-2)',
      'Digitale læremiddel og læringsressursar i skulen (I-3)',
      'Infrastruktur og felles tjenester (I-4)',
      'Datadeling og personvern (I-5)',
    ]);
    const first = [...elements(groups[0]!)].filter((element) => attr(element, 'class') === 'ds-field avkrysning');
    expect(first.map((field) => field.childNodes.map((child) => (child as Element).tagName))).toEqual(first.map(() => ['input', 'label']));
    expect(first.map((field) => squeeze(textOf(field)))).toContain('Ansatte i barnehagen har god digital kompetanse. (M-1)');
    expect(attr(groups[0]!, 'aria-labelledby')).toBe(attr(groups[0]!.childNodes[0] as Element, 'id'));
  });

  test('dates have a hint (the schema’s) and a pattern, and no grey year that looks filled in', () => {
    const deadline = byId('felt-deadline')!;
    expect(attr(deadline, 'placeholder')).toBeUndefined();
    expect(attr(deadline, 'inputmode')).toBe('numeric');
    expect(attr(deadline, 'pattern')).toBe('[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?');
    const hints = attr(deadline, 'aria-describedby')!.split(' ');
    expect(squeeze(textOf(byId(hints[0]!)!))).toBe('År (2026), måned (2026-06) eller dato (2026-06-15).');
    expect(all.filter((element) => element.tagName === 'input' && /^\d{4}/.test(attr(element, 'placeholder') ?? ''))).toEqual([]);
  });

  test('the text is checked in the document’s language, with a labelled toolbar and the image upload', () => {
    const body = byId('felt-body')!;
    expect(attr(body, 'lang')).toBe('nb');
    expect(attr(body, 'spellcheck')).toBe('true');
    const toolbar = all.find((element) => attr(element, 'role') === 'toolbar')!;
    expect(attr(toolbar, 'aria-controls')).toBe('felt-body');
    expect([...elements(toolbar)].filter((element) => element.tagName === 'button').map((button) => squeeze(textOf(button)))).toEqual([
      'Mellomtittel',
      'Fet',
      'Kursiv',
      'Punktliste',
      'Nummerert liste',
      'Lenke',
      'Tabell',
    ]);
    const upload = all.find((element) => element.tagName === 'form' && attr(element, 'action') === '/bilder')!;
    expect(attr(upload, 'enctype')).toBe('multipart/form-data');
  });
});

/** The new-measure form filled in as an editor would, with `changes` on top. */
function filledIn(changes: Record<string, string[]>) {
  const { action, body } = submitForm(page);
  const fields = {
    'f:title': ['Et nytt tiltak'],
    'f:goals': ['M-1'],
    'f:responsible': ['KD'],
    'f:sectors': ['grunnskole'],
    'f:start': ['2026'],
    'f:status': ['planlagt'],
  };
  for (const [name, values] of Object.entries({ ...fields, ...changes })) setField(body, name, ...values);
  return { action, body };
}

describe('a refused new measure', () => {
  test('the summary names the fields by their labels and links to them; an optional field with a problem is not hidden', async () => {
    const { action, body } = filledIn({ 'f:sectors': [], 'f:deadline': ['2027-13'], 'f:partners': ['Ukjent'] });
    const refused = await (await post(app, action, body)).text();
    const nodes = [...elements(parse(refused))];
    const summary = nodes.find((element) => attr(element, 'id') === 'feiloversikt')!;
    const links = [...elements(summary)].filter((element) => element.tagName === 'a');
    expect(links.map((link) => [attr(link, 'href'), squeeze(textOf(link))])).toEqual([
      ['#felt-partners', 'Finner ikke aktøren «Ukjent».'],
      ['#felt-sectors', '«sektorer» må ha minst 1 verdi.'],
      ['#felt-deadline', '«frist»: 2027-13 finnes ikke: måneden må være fra 01 til 12.'],
    ]);
    expect(attr(nodes.find((element) => element.tagName === 'details')!, 'open')).toBe('');
    // The hint speaks to someone in a browser: the field by its label, and no command to run.
    const partners = nodes.find((element) => attr(element, 'id') === 'felt-partners-feil')!;
    expect(squeeze(textOf(partners))).toBe('Finner ikke aktøren «Ukjent». Rett id-en i «deltakere», eller opprett dokumentet i mappen «aktorer».');
  });

  test('a hint offering a command keeps what to do without it', () => {
    expect(webHint('Rett id-en i «goals», eller opprett dokumentet i mappen «mal» (for eksempel med «strategi new goal»).')).toBe(
      'Rett id-en i «goals», eller opprett dokumentet i mappen «mal».',
    );
    expect(webHint('Hver id skal være unik. Gi ett av dokumentene neste ledige id («strategi new» finner den).')).toBe(
      'Hver id skal være unik. Gi ett av dokumentene neste ledige id.',
    );
    expect(webHint('Legg «M-1» til under «goals» i et tiltak, eller lag et nytt tiltak med «strategi new measure --goal M-1».')).toBe(
      'Legg «M-1» til under «goals» i et tiltak.',
    );
  });

  test('a goal picked from the list and a month as the deadline make a measure, whose page shows every field', async () => {
    const { action, body } = filledIn({ 'f:goals': ['M-1', 'M-3'], 'f:deadline': ['2027-06'] });
    const response = await post(app, action, body);
    expect(response.status).toBe(303);
    // It has no optional field filled in, and its edit page still unfolds them all.
    const edit = [...elements(parse(await (await app.request(response.headers.get('location')!)).text()))];
    expect(attr(edit.find((element) => element.tagName === 'details')!, 'open')).toBe('');
  });
});
