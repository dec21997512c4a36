import { parseArgs } from 'node:util';
import { linkState, loadSecret, parseDuration, ReviewStore, reviewPlaces, SecretError, type ShareLink, shareUrl, signShareToken } from '@strategi/review';
import { type CommandIO, UsageError } from '../io.ts';

const help = `Bruk: strategi preview share --name «navn» [--expires 14d] [--editor] [--intern] | [--redigering [--les]]
       strategi preview links [--format text|json]
       strategi preview revoke <id>

Deler forhåndsvisningen på gjennomlesingsserveren (pnpm review) med lesere:
  share    lager en lenke til én leser eller gruppe og skriver den ut. --expires er hvor lenge den gjelder:
           14d (dager, standard), 12t (timer) eller 2u (uker), høyst 365 dager. --editor gir en lenke for
           redaksjonen, som også kan merke kommentarer som løst. --redigering gir i stedet en lenke til
           nettredigeringen (pnpm editor) for en som skal endre innholdet; den virker bare der, og en
           lenke til gjennomlesingen virker aldri i nettredigeringen. Med --les kan den bare se skjemaene.
           --intern gir en lenke til gjennomlesingen som også viser interne merknader, kildestier og
           lenker til VS Code, fra forhåndsvisningen i STRATEGI_PREVIEW_INTERNAL_DIST. Bruk den bare for
           egne folk; uten den ser leseren det en utenforstående kan se.
  links    viser alle lenker med id, navn, rolle, utløpstid og status.
  revoke   trekker tilbake en lenke; den slutter å virke med en gang.

Lenkene lagres der kommentarene er: i PostgreSQL når DATABASE_URL er satt, ellers i en SQLite-fil i
STRATEGI_REVIEW_DATA (standard ~/.local/share/strategi/review). Lenkene signeres med STRATEGI_REVIEW_SECRET,
eller en nøkkel som lages i den samme mappen. STRATEGI_REVIEW_URL er gjennomlesingens adresse (standard
http://127.0.0.1:4322), STRATEGI_EDITOR_URL nettredigeringens (standard http://127.0.0.1:4323).`;

/** What a link lets its holder do, in the words `share` and `links` print. */
const roleName = (link: Pick<ShareLink, 'role' | 'audience' | 'internal'>) =>
  link.audience === 'editor'
    ? link.role === 'editor'
      ? 'redigering'
      : 'redigering, bare lese'
    : `${link.role === 'editor' ? 'redaksjon' : 'leser'}${link.internal ? ', intern' : ''}`;
const stateNames = { active: 'aktiv', expired: 'utløpt', revoked: 'trukket tilbake' } as const;

/** A time as `2026-12-15 11:00`, Norwegian time. */
export function norwegianTime(iso: string): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
}

/** The review store the server uses, as the environment names it; a database that cannot be reached is a message. */
export async function openReviewStore(io: CommandIO): Promise<ReviewStore> {
  const places = reviewPlaces(io.env, io.cwd);
  try {
    return await ReviewStore.open(places.store);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (places.store.databaseUrl) {
      throw new UsageError(`Fikk ikke kontakt med PostgreSQL (${code ?? (error as Error).message}).`, 'Sjekk DATABASE_URL og at databasen kjører.');
    }
    throw new UsageError(`Kunne ikke åpne kommentarbasen ${places.store.sqliteFile} (${code ?? (error as Error).message}).`, 'Sjekk STRATEGI_REVIEW_DATA.');
  }
}

function secretOf(io: CommandIO): Uint8Array {
  try {
    return loadSecret(io.env, reviewPlaces(io.env, io.cwd).dataDir);
  } catch (error) {
    if (error instanceof SecretError) throw new UsageError(error.message, 'Sett en lengre nøkkel, for eksempel fra «openssl rand -base64 32».');
    throw error;
  }
}

export async function previewCommand(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      expires: { type: 'string', default: '14d' },
      editor: { type: 'boolean', default: false },
      redigering: { type: 'boolean', default: false },
      les: { type: 'boolean', default: false },
      intern: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      dir: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [sub, ...rest] = positionals;
  if (values.help || !sub) {
    io.stdout.write(`${help}\n`);
    return values.help ? 0 : 1;
  }
  if (sub !== 'share' && sub !== 'links' && sub !== 'revoke') {
    throw new UsageError(`Ukjent underkommando «${sub}».`, 'Bruk strategi preview share, preview links eller preview revoke <id>.');
  }
  if (sub === 'revoke' && rest.length !== 1)
    throw new UsageError('Oppgi id-en til lenken som skal trekkes tilbake.', 'Se id-ene med «strategi preview links».');
  if (sub !== 'revoke' && rest.length > 0) throw new UsageError(`Ukjent argument «${rest[0]}».`);

  if (sub === 'share') {
    const name = values.name?.trim();
    if (!name) throw new UsageError('Lenken må ha et navn: det står ved kommentarene leseren skriver.', 'Skriv for eksempel --name "KS sekretariatet".');
    if (name.length > 100) throw new UsageError('Navnet er for langt: høyst 100 tegn.');
    const duration = parseDuration(values.expires);
    if (duration === undefined) {
      throw new UsageError(`Ukjent varighet «${values.expires}».`, 'Skriv for eksempel --expires 14d (dager), 12t (timer) eller 2u (uker); høyst 365 dager.');
    }
    if (values.editor && values.redigering) {
      throw new UsageError('Velg enten --editor (redaksjonen i gjennomlesingen) eller --redigering (nettredigeringen).', 'En lenke virker bare på én server.');
    }
    if (values.les && !values.redigering) throw new UsageError('--les gjelder bare lenker til nettredigeringen.', 'Bruk --redigering --les.');
    if (values.intern && values.redigering) {
      throw new UsageError('--intern gjelder bare lenker til gjennomlesingen.', 'Nettredigeringen viser ikke forhåndsvisningen; ta bort --intern.');
    }
    const secret = secretOf(io);
    const store = await openReviewStore(io);
    try {
      const audience = values.redigering ? 'editor' : 'review';
      const role = values.editor || (values.redigering && !values.les) ? 'editor' : 'reviewer';
      const link = await store.createLink({ name, role, audience, internal: values.intern, expiresAt: new Date(Date.now() + duration) });
      const places = reviewPlaces(io.env, io.cwd);
      const url = shareUrl(audience === 'editor' ? places.editorUrl : places.publicUrl, await signShareToken(link, secret), audience);
      io.stdout.write(`Lenke til «${link.name}» (${roleName(link)}, id ${link.id}), gyldig til ${norwegianTime(link.expiresAt)}:\n${url}\n`);
    } finally {
      await store.close();
    }
    return 0;
  }

  const store = await openReviewStore(io);
  try {
    if (sub === 'links') {
      if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`Ukjent format «${values.format}».`, 'Bruk --format text eller json.');
      const links = await store.listLinks();
      if (values.format === 'json') {
        io.stdout.write(
          `${JSON.stringify(
            links.map((link) => ({ ...link, state: linkState(link) })),
            null,
            2,
          )}\n`,
        );
        return 0;
      }
      io.stdout.write(`${linksTable(links)}\n`);
      return 0;
    }
    const id = rest[0]!;
    const before = await store.getLink(id);
    if (!before) throw new UsageError(`Fant ingen lenke med id «${id}».`, 'Se id-ene med «strategi preview links».');
    if (before.revokedAt) {
      io.stdout.write(`Lenken ${id} («${before.name}») var allerede trukket tilbake ${norwegianTime(before.revokedAt)}.\n`);
      return 0;
    }
    await store.revokeLink(id);
    io.stdout.write(`Lenken ${id} («${before.name}») er trukket tilbake og virker ikke lenger.\n`);
    return 0;
  } finally {
    await store.close();
  }
}

function linksTable(links: ShareLink[]): string {
  if (links.length === 0) return 'Ingen lenker ennå. Lag en med «strategi preview share --name "…"».';
  const rows = [
    ['id', 'navn', 'rolle', 'utløper', 'status'],
    ...links.map((link) => [link.id, link.name, roleName(link), norwegianTime(link.expiresAt), stateNames[linkState(link)]]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column]!))).join('  ')).join('\n');
}
