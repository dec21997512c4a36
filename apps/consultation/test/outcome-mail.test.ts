// The responder is told once, by mail, when their published response shows what became of it.
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConsultationStore, type ResponseLanguage } from '@strategi/consultation';
import { createMailer, type Mailer, smtpSettings } from '@strategi/mail';
import { startTestSmtp, type TestSmtp } from '@strategi/mail/testing';
import { loadCorpus, releaseVersion } from '@strategi/model';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { notifyOutcomes } from '../src/outcome-mail.ts';
import { databaseKinds, freshLocation } from './databases.ts';
import { fixtureContent } from './helpers.ts';

let smtp: TestSmtp;
let mailer: Mailer;
beforeAll(async () => {
  smtp = await startTestSmtp();
  mailer = createMailer(smtpSettings({ STRATEGI_SMTP_URL: smtp.url, STRATEGI_SMTP_FROM: 'Høring <horing@example.no>' })!);
});
afterAll(async () => {
  mailer.close();
  await smtp.close();
});

async function published(store: ConsultationStore, key: string, email: string | null, inputId: string, lang: ResponseLanguage = 'nb') {
  const { response } = await store.createResponse(
    {
      lang,
      version: '2022-horing',
      document: 'mal/M-1',
      quote: null,
      position: null,
      name: 'Kari',
      organisation: null,
      senderKind: 'organisasjon',
      email,
      publication: 'named',
      text: 'Ta med SFO.',
    },
    { idempotencyKey: key },
  );
  await store.moderate(response.id, { action: 'publish', by: 'Rita' });
  await store.linkInput([response.id], inputId);
  return response;
}

test.each(databaseKinds)(
  '%s: one mail per responder when an adopted version names the input, none before, none again, and a failed mail is tried again',
  async (kind) => {
    const contentDir = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-outcome-mail-')), 'content');
    await cp(fixtureContent, contentDir, { recursive: true });
    const store = await ConsultationStore.open(await freshLocation(kind));
    smtp.received.length = 0;
    try {
      const told = await published(store, 'a', 'kari@example.no', 'IN-3');
      await published(store, 'b', null, 'IN-3');
      await writeFile(
        path.join(contentDir, 'innspill/IN-3.md'),
        '---\nid: IN-3\ntitle: SFO\nround: R-1\nsender: Kari\nsenderKind: organisasjon\nsummary: Ta med SFO.\ndisposition:\n  decision: tatt-til-folge\n  reason: SFO er med i målet.\n---\n',
      );
      const options = { store, mailer, publicOrigin: 'https://horing.example.no' };
      // Only in the working draft: no answer yet, no mail.
      expect(await notifyOutcomes(await loadCorpus(contentDir, { cacheFolder: false }), options)).toBe(0);

      const released = await releaseVersion(
        contentDir,
        { id: '2025-vedtatt', status: 'vedtatt', label: 'Vedtatt strategi 2025', date: '2025-03-01', change: 'vesentlig', changeNote: 'Vedtatt.' },
        { cacheFolder: false },
      );
      expect(released.ok).toBe(true);
      const corpus = await loadCorpus(contentDir, { cacheFolder: false });

      const failing: Mailer = { send: () => Promise.reject(new Error('SMTP nede')), close: () => {} };
      expect(await notifyOutcomes(corpus, { ...options, mailer: failing })).toBe(0);

      expect(await notifyOutcomes(corpus, options)).toBe(1);
      const [mail] = await smtp.waitFor(1);
      expect(mail!.to).toEqual(['kari@example.no']);
      expect(mail!.parsed.subject).toBe('Hva skjedde med høringssvaret ditt');
      const text = mail!.parsed.text ?? '';
      expect(text).toContain('Høringssvaret ditt ble innspill IN-3. I Vedtatt strategi 2025 står det nå hva som ble gjort med det.');
      expect(text).toContain('Tatt til følge. SFO er med i målet.');
      expect(text).toContain(`https://horing.example.no/horing/2022-horing/svar#svar-${told.id}`);

      expect(await notifyOutcomes(corpus, options)).toBe(0);
      expect(smtp.received).toHaveLength(1);
    } finally {
      await store.close();
    }
  },
);

test('the mail is in the language the response was sent in: nynorsk and English', async () => {
  const contentDir = path.join(await mkdtemp(path.join(tmpdir(), 'strategi-outcome-lang-')), 'content');
  await cp(fixtureContent, contentDir, { recursive: true });
  const store = await ConsultationStore.open(await freshLocation('sqlite'));
  smtp.received.length = 0;
  try {
    const nn = await published(store, 'nn', 'ola@example.no', 'IN-3', 'nn');
    const en = await published(store, 'en', 'emma@example.no', 'IN-3', 'en');
    await writeFile(
      path.join(contentDir, 'innspill/IN-3.md'),
      '---\nid: IN-3\ntitle: SFO\nround: R-1\nsender: Kari\nsenderKind: organisasjon\nsummary: Ta med SFO.\ndisposition:\n  decision: delvis-tatt-til-folge\n  reason: SFO er med i målet.\n---\n',
    );
    const released = await releaseVersion(
      contentDir,
      { id: '2025-vedtatt', status: 'vedtatt', label: 'Vedtatt strategi 2025', date: '2025-03-01', change: 'vesentlig', changeNote: 'Vedtatt.' },
      { cacheFolder: false },
    );
    expect(released.ok).toBe(true);
    const corpus = await loadCorpus(contentDir, { cacheFolder: false });
    expect(await notifyOutcomes(corpus, { store, mailer, publicOrigin: 'https://horing.example.no' })).toBe(2);
    const mails = await smtp.waitFor(2);
    const to = (address: string) => mails.find((mail) => mail.to.includes(address))!;

    expect(to('ola@example.no').parsed.subject).toBe('Kva skjedde med høyringssvaret ditt');
    const nnText = to('ola@example.no').parsed.text ?? '';
    expect(nnText).toContain('Delvis teke til følgje. SFO er med i målet.');
    expect(nnText).toContain(`https://horing.example.no/horing/2022-horing/svar?lang=nn#svar-${nn.id}`);
    expect(to('ola@example.no').parsed.html).toContain('<html lang="nn">');

    expect(to('emma@example.no').parsed.subject).toBe('What happened to your consultation response');
    const enText = to('emma@example.no').parsed.text ?? '';
    expect(enText).toContain('Partly accepted. SFO er med i målet.');
    expect(enText).toContain(`https://horing.example.no/horing/2022-horing/svar?lang=en#svar-${en.id}`);
    expect(to('emma@example.no').parsed.html).toContain('<html lang="en">');
  } finally {
    await store.close();
  }
});
