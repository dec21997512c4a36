/**
 * `strategi comments round create|list|close`: the review rounds a ministry runs over an edition, each with a
 * deadline after which the review server takes no more comments.
 */
import type { Corpus } from '@strategi/model';
import { osloTime, type ReviewStore, type Round, type RoundKind, roundOf } from '@strategi/review';
import { type CommandIO, UsageError } from '../io.ts';

export interface RoundOptions {
  version?: string | undefined;
  deadline?: string | undefined;
  kind: string;
  saksnummer?: string | undefined;
  unntatt?: string | undefined;
}

const kinds: Record<string, RoundKind> = { intern: 'intern', foreleggelse: 'foreleggelse' };

/** The UTC offset of Norwegian time at an instant, in milliseconds. */
function osloOffset(at: number): number {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName');
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name?.value ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/**
 * A deadline as a person writes it, in Norwegian time: `2026-12-20` (the end of that day) or `2026-12-20T12:00`.
 * Undefined for anything else.
 */
function parseDeadline(text: string): Date | undefined {
  const match = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d))?$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  const wall = Date.UTC(year!, month! - 1, day!, hour ?? 23, minute ?? 59);
  const check = new Date(wall);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month! - 1 || check.getUTCDate() !== day || (hour ?? 0) > 23 || (minute ?? 0) > 59)
    return undefined;
  // The offset at the guess, then at the result: right on both sides of a change to or from summer time.
  const first = wall - osloOffset(wall);
  return new Date(wall - osloOffset(first));
}

const stateOf = (round: Round, now: Date) =>
  round.closedAt ? `avsluttet ${osloTime(round.closedAt)}` : new Date(round.deadline) < now ? 'fristen er ute' : 'åpen';

export async function roundCommand(rest: string[], options: RoundOptions, store: ReviewStore, io: CommandIO, corpus: () => Promise<Corpus>): Promise<number> {
  const [action, ...names] = rest;
  if (action === 'list') {
    if (names.length > 0) throw new UsageError(`Ukjent argument «${names[0]}».`);
    const [rounds, comments] = await Promise.all([store.listRounds(), store.listComments()]);
    if (rounds.length === 0) {
      io.stdout.write('Ingen kommentarrunder. Lag en med «strategi comments round create».\n');
      return 0;
    }
    const now = new Date();
    for (const round of rounds) {
      const count = comments.filter((comment) => comment.parentId === null && roundOf(rounds, comment)?.id === round.id).length;
      const extra = [
        round.caseNumber ? `saksnummer ${round.caseNumber}` : undefined,
        round.exemptDocuments.length ? `kan unntas: ${round.exemptDocuments.join(', ')}` : undefined,
      ];
      io.stdout.write(
        `${[round.name, round.edition, round.kind, `frist ${osloTime(round.deadline)}`, stateOf(round, now), `${count} ${count === 1 ? 'kommentar' : 'kommentarer'}`, ...extra.filter(Boolean)].join('  ')}\n`,
      );
    }
    return 0;
  }
  if (action !== 'create' && action !== 'close') {
    throw new UsageError(action ? `Ukjent handling «${action}».` : 'Oppgi hva som skal gjøres med runden.', 'Bruk comments round create, list eller close.');
  }
  if (names.length !== 1 || !names[0]!.trim()) throw new UsageError('Oppgi navnet på runden, i anførselstegn om det har mellomrom.');
  const name = names[0]!.trim();
  if (action === 'close') {
    const round = await store.getRound(name);
    if (!round) throw new UsageError(`Fant ingen kommentarrunde som heter «${name}».`, 'Se rundene med «strategi comments round list».');
    if (round.closedAt) {
      io.stdout.write(`Runden «${name}» var allerede avsluttet ${osloTime(round.closedAt)}.\n`);
      return 0;
    }
    await store.closeRound(name);
    io.stdout.write(`Runden «${name}» er avsluttet; gjennomlesingen tar ikke imot flere kommentarer til ${round.edition}.\n`);
    return 0;
  }
  const kind = kinds[options.kind];
  if (!kind) throw new UsageError(`Ukjent type runde «${options.kind}».`, 'Bruk --kind intern eller --kind foreleggelse.');
  if (options.deadline === undefined)
    throw new UsageError('Oppgi fristen med --deadline.', 'Skriv for eksempel --deadline 2026-12-20 (til midnatt) eller --deadline 2026-12-20T12:00.');
  const deadline = parseDeadline(options.deadline);
  if (!deadline)
    throw new UsageError(`«${options.deadline}» er ikke en dato.`, 'Skriv for eksempel --deadline 2026-12-20 (til midnatt) eller --deadline 2026-12-20T12:00.');
  if (deadline < new Date()) throw new UsageError(`Fristen ${osloTime(deadline.toISOString())} er allerede passert.`);
  const edition = options.version ?? 'utkast';
  const content = await corpus();
  if (edition !== content.working.id && !content.versions.some((version) => version.id === edition)) {
    throw new UsageError(
      `Fant ingen versjon som heter «${edition}».`,
      `Versjonene er ${[content.working.id, ...content.versions.map((version) => version.id)].map((id) => `«${id}»`).join(', ')}.`,
    );
  }
  const exempt = (options.unntatt ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = exempt.find((id) => !content.working.byId.has(id) && !content.versions.some((version) => version.byId.has(id)));
  if (unknown)
    throw new UsageError(`Fant ikke dokumentet «${unknown}» som skal merkes for unntak.`, 'Oppgi dokumentenes id, skilt med komma: --unntatt T-3,M-1.');
  if (await store.getRound(name)) throw new UsageError(`Det finnes allerede en kommentarrunde som heter «${name}».`, 'Velg et annet navn.');
  const { round, warnings } = await store.createRound({
    name,
    edition,
    kind,
    deadline,
    caseNumber: options.saksnummer?.trim() || null,
    exemptDocuments: exempt,
  });
  for (const warning of warnings) io.stderr.write(`Advarsel: ${warning}\n`);
  io.stdout.write(`Runden «${round.name}» er laget: ${round.kind} om ${round.edition}, frist ${osloTime(round.deadline)}.\n`);
  return 0;
}
