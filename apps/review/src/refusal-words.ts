/**
 * The store and the comment schema say why something is refused as a code; these put the code in words, in the
 * reader's language, so a nynorsk or English preview never answers in bokmål.
 */
import { type UiLang, ui } from '@strategi/i18n';
import type { InvalidInput, RoundRefusal } from '@strategi/review';
import { readerTime } from './time.ts';

/** The first thing wrong in a comment a reader sent. */
export function invalidInputText(invalid: InvalidInput, lang: UiLang): string {
  const t = ui(lang).reviewServer.invalid;
  switch (invalid.code) {
    case 'request':
      return t.request;
    case 'bad-text':
      return t.badText;
    case 'text-empty':
      return t.textEmpty;
    case 'text-missing':
      return t.textMissing;
    case 'suggestion-empty':
      return t.suggestionEmpty;
    case 'suggestion-without-quote':
      return t.suggestionWithoutQuote;
    case 'text-too-long':
      return t.textTooLong(invalid.max);
    case 'suggestion-too-long':
      return t.suggestionTooLong(invalid.max);
    case 'quote-too-long':
      return t.quoteTooLong(invalid.max);
    case 'unknown-field':
      return t.unknownField(invalid.field);
    case 'field-missing':
      return t.fieldMissing(invalid.field);
    case 'field-invalid':
      return t.fieldInvalid(invalid.field);
  }
}

/** Why a closed round, or one past its deadline, takes no new comment, and what became of those written. */
export function roundRefusalText(refusal: RoundRefusal, lang: UiLang): { message: string; hint: string } {
  const t = ui(lang).reviewServer.refusals;
  const message = refusal.reason === 'closed' ? t.roundClosed(refusal.round) : t.roundDeadline(refusal.round, readerTime(refusal.deadline, lang));
  return { message, hint: t.roundHint };
}
