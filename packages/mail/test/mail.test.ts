import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, describeSmtp, MailSettingsError, renderMail, smtpSettings } from '../src/index.ts';
import { startTestSmtp, type TestSmtp } from '../src/testing/index.ts';

const content = {
  lang: 'nb',
  subject: 'Ny kommentar\r\nBcc: noen@example.no',
  intro: ['To nye kommentarer.'],
  items: [
    {
      title: 'Kari om <T-1>',
      text: 'Første linje\nandre & siste',
      url: 'https://gjennomlesing.example.no/tiltak/T-1/#kommentar-1',
      linkText: 'Les i sammenhengen',
    },
  ],
  reason: 'Du får denne e-posten fordi du er i redaksjonen.',
  unsubscribeUrl: 'https://gjennomlesing.example.no/_review/avmelding?token=abc',
  unsubscribeText: 'Meld deg av',
};

describe('smtpSettings', () => {
  it('is off when neither a URL nor a host is set', () => {
    expect(smtpSettings({})).toBeUndefined();
    expect(describeSmtp(undefined)).toBe('e-post: av (sett STRATEGI_SMTP_URL og STRATEGI_SMTP_FROM for å sende varsler)');
  });

  it('takes a URL, or a host with port, user and password', () => {
    expect(smtpSettings({ STRATEGI_SMTP_URL: 'smtps://u:p@mail.example.no:465', STRATEGI_SMTP_FROM: 'S <s@example.no>' })).toEqual({
      url: 'smtps://u:p@mail.example.no:465',
      from: 'S <s@example.no>',
    });
    const settings = smtpSettings({
      STRATEGI_SMTP_HOST: 'mail.example.no',
      STRATEGI_SMTP_USER: 'strategi',
      STRATEGI_SMTP_PASSWORD: 'hemmelig/:@',
      STRATEGI_SMTP_FROM: 's@example.no',
    });
    expect(settings).toEqual({ url: 'smtp://strategi:hemmelig%2F%3A%40@mail.example.no:587', from: 's@example.no' });
    expect(describeSmtp(settings)).toBe('e-post: via smtp://mail.example.no:587 fra s@example.no');
  });

  it('refuses a sender missing, a bad URL and a bad port with a Norwegian message', () => {
    expect(() => smtpSettings({ STRATEGI_SMTP_URL: 'smtp://x' })).toThrow(MailSettingsError);
    expect(() => smtpSettings({ STRATEGI_SMTP_URL: 'http://x', STRATEGI_SMTP_FROM: 'a@b.no' })).toThrow(
      'STRATEGI_SMTP_URL må begynne med smtp:// eller smtps://, ikke «http://».',
    );
    expect(() => smtpSettings({ STRATEGI_SMTP_HOST: 'x', STRATEGI_SMTP_PORT: '99999', STRATEGI_SMTP_FROM: 'a@b.no' })).toThrow(
      'STRATEGI_SMTP_PORT må være et portnummer, ikke «99999».',
    );
  });
});

describe('renderMail', () => {
  it('says the same in text and HTML, escapes the HTML and keeps the subject on one line', () => {
    const mail = renderMail(content);
    expect(mail.subject).toBe('Ny kommentar Bcc: noen@example.no');
    expect(mail.text).toBe(
      [
        'To nye kommentarer.',
        '',
        'Kari om <T-1>',
        '> Første linje',
        '> andre & siste',
        'Les i sammenhengen: https://gjennomlesing.example.no/tiltak/T-1/#kommentar-1',
        '',
        '-- ',
        'Du får denne e-posten fordi du er i redaksjonen.',
        'Meld deg av: https://gjennomlesing.example.no/_review/avmelding?token=abc',
        '',
      ].join('\n'),
    );
    expect(mail.html).toContain('<h2 style="font-size:1em">Kari om &lt;T-1&gt;</h2><blockquote><p>Første linje<br>andre &amp; siste</p></blockquote>');
    expect(mail.html).toContain('<a href="https://gjennomlesing.example.no/_review/avmelding?token=abc">Meld deg av</a>');
    expect(renderMail({ ...content, lang: 'nn' }).html).toContain('<html lang="nn">');
  });
});

describe('createMailer', () => {
  let smtp: TestSmtp;
  beforeAll(async () => {
    smtp = await startTestSmtp();
  });
  afterAll(() => smtp.close());
  beforeEach(() => {
    smtp.received.length = 0;
    smtp.failing = false;
  });

  it('sends one mail to one recipient with both bodies and the RFC 8058 headers', async () => {
    const mailer = createMailer({ url: smtp.url, from: 'Strategi <strategi@example.no>' });
    try {
      await mailer.send({ to: 'kari@example.no', mail: renderMail(content), unsubscribeUrl: content.unsubscribeUrl });
    } finally {
      mailer.close();
    }
    const [received] = await smtp.waitFor(1);
    expect(received?.to).toEqual(['kari@example.no']);
    const parsed = received?.parsed;
    expect(parsed?.subject).toBe('Ny kommentar Bcc: noen@example.no');
    expect(parsed?.from?.text).toBe('"Strategi" <strategi@example.no>');
    expect(parsed?.text).toBe(renderMail(content).text);
    expect(parsed?.html).toContain('Kari om &lt;T-1&gt;');
    // Headers as one line each (a long header is folded onto the next line).
    const headers = received?.raw.split('\r\n\r\n')[0]?.replace(/\r\n[ \t]+/g, ' ');
    expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/gjennomlesing\.example\.no\/_review\/avmelding\?token=abc>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(headers).not.toMatch(/^Bcc:/im);
  });

  it('rejects when the SMTP server refuses the mail', async () => {
    smtp.failing = true;
    const mailer = createMailer({ url: smtp.url, from: 'strategi@example.no' });
    try {
      await expect(mailer.send({ to: 'kari@example.no', mail: renderMail(content), unsubscribeUrl: content.unsubscribeUrl })).rejects.toThrow(/451/);
    } finally {
      mailer.close();
    }
    expect(smtp.received).toEqual([]);
  });
});
