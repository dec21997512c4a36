export { createMailer, type Mailer, type OutgoingMail } from './mailer.ts';
export { describeSmtp, MailSettingsError, type SmtpSettings, smtpSettings } from './settings.ts';
export { type MailContent, type MailItem, type RenderedMail, renderMail } from './template.ts';
