/**
 * The list of versions shows an «Eksempel» column only for example versions and every version's change note; a
 * measure page shows one status history; the accessibility statement's contact comes from the site's settings.
 */
import path from 'node:path';
import type { Doc } from '@strategi/model';
import { beforeAll, describe, expect, test } from 'vitest';
import { showsTextHistory, takesReports } from '../src/lib/reports.ts';
import { loadSite, type SiteData } from '../src/lib/site-data.ts';
import { changeNoteOf, versionsTable } from '../src/lib/versions-table.ts';
import { fixtureContent, siteRoot } from './helpers.ts';

let fixture: SiteData;
let real: SiteData;
beforeAll(async () => {
  [fixture, real] = await Promise.all([loadSite(fixtureContent, 'public'), loadSite(path.join(siteRoot, '../../content'), 'public')]);
});
const never = () => false;

describe('the list of versions', () => {
  test('has an «Eksempel» column only when a version listed is an example', () => {
    expect(fixture.editions.some((edition) => edition.version?.example)).toBe(true);
    expect(versionsTable(fixture.editions, never).example).toBe(true);
    expect(real.editions.some((edition) => edition.version?.example)).toBe(false);
    expect(versionsTable(real.editions, never).example).toBe(false);
  });

  test('shows a minor change note too, so the current version has one where it wrote one', () => {
    const current = fixture.current!;
    const minor = { ...current, version: { ...current.version!, change: 'mindre' as const, changeNote: 'Retta ei skrivefeil.' } };
    expect(changeNoteOf(minor)).toBe('Retta ei skrivefeil.');
    expect(changeNoteOf({ ...current, version: { ...current.version!, changeNote: '' } })).toBeUndefined();
  });

  test('has a change note column only when a version has a note or a publishing notice', () => {
    const without = fixture.editions.map((edition) => ({ ...edition, version: edition.version && { ...edition.version, changeNote: undefined } }));
    expect(versionsTable(without, never).notes).toBe(false);
    expect(versionsTable(without, (edition) => edition === without[0]).notes).toBe(true);
    expect(versionsTable(real.editions, never).notes).toBe(true);
  });
});

describe('a measure page', () => {
  test('leaves out the empty «Statushistorikk» when the reports carry the history', () => {
    const current = real.current!;
    const measure = current.documents.find((doc) => doc.kind === 'measure' && doc.data.history.length === 0) as Doc<'measure'>;
    expect(measure, 'a measure without a status history of its own').toBeDefined();
    expect(takesReports(current, real.current)).toBe(true);
    expect(showsTextHistory(measure, true)).toBe(false);
    // An archived page takes no reports: its own history, or the sentence that there is none, is all it has.
    expect(showsTextHistory(measure, false)).toBe(true);
    const withHistory = fixture.current!.documents.find((doc) => doc.kind === 'measure' && doc.data.history.length > 0) as Doc<'measure'>;
    expect(showsTextHistory(withHistory, true)).toBe(true);
  });
});

describe('the accessibility statement', () => {
  test('writes to the address the content’s settings give (nettsted.yaml), for the fixture and the real strategy', () => {
    expect(fixture.identity.contact).toEqual({ organisation: 'Kunnskapsdepartementet', email: 'postmottak@kd.dep.no' });
    expect(real.identity.contact?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]+$/);
  });
});
