// The responder is told once, by mail, when their published response shows what became of it.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConsultationStore, type ResponseLanguage } from '@strategi/consultation';
import type { Mailer } from '@strategi/mail';
import { loadCorpus } from '@strategi/model';
import { expect, test } from 'vitest';
import { notifyOutcomes } from '../src/outcome-mail.ts';
import { databaseKinds, freshLocation } from './databases.ts';
import { mailForFile } from './helpers.ts';
import { fixtureCopy, releaseAdopted } from './open-fixture.ts';

const { smtp, mailer } = await mailForFile();

/** IN-3 with an answer of `decision`, in the working draft. */
const answer = (contentDir: string, decision: string) =>
  writeFile(
    path.join(contentDir, 'innspill/IN-3.md'),
    `---\nid: IN-3\ntitle: SFO\nround: R-1\nsender: Kari\nsenderKind: organisasjon\nsummary: Ta med SFO.\ndisposition:\n  decision: ${decision}\n  reason: SFO er med i målet.\n---\n`,
  );

/** The working draft released as the adopted 2025 version; the corpus as read after. */
async function adopt(contentDir: string) {
  const released = await releaseAdopted(contentDir);
  expect(released.ok).toBe(true);
  return loadCorpus(contentDir);
}

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
    const contentDir = fixtureCopy('strategi-outcome-mail-');
    const store = await ConsultationStore.open(await freshLocation(kind));
    try {
      const told = await published(store, 'a', 'kari@example.no', 'IN-3');
      await published(store, 'b', null, 'IN-3');
      await answer(contentDir, 'tatt-til-folge');
      const options = { store, mailer, publicOrigin: 'https://horing.example.no' };
      // Only in the working draft: no answer yet, no mail.
      expect(await notifyOutcomes(await loadCorpus(contentDir), options)).toBe(0);

      const corpus = await adopt(contentDir);

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
  const contentDir = fixtureCopy('strategi-outcome-lang-');
  const store = await ConsultationStore.open(await freshLocation('sqlite'));
  try {
    const nn = await published(store, 'nn', 'ola@example.no', 'IN-3', 'nn');
    const en = await published(store, 'en', 'emma@example.no', 'IN-3', 'en');
    await answer(contentDir, 'delvis-tatt-til-folge');
    const corpus = await adopt(contentDir);
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
