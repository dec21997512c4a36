import type { DocumentKind } from '@strategi/schema';

/**
 * The body `strategi new` writes in a new document, in the document's written form. It lives here, beside the
 * rule that finds it again, so that the text the command writes and the text the validator warns about are one.
 */
export const placeholders: Readonly<Record<'nb' | 'nn' | 'en', Partial<Record<DocumentKind, string>>>> = {
  nb: {
    focusArea: 'Beskriv innsatsområdet: hva det gjelder, og hvorfor det er viktig.',
    goal: 'Beskriv målet: hva som skal være oppnådd, og hvordan vi ser det.',
    measure: 'Beskriv tiltaket: hva som skal gjøres, hvorfor, og hvem som gjør hva.',
    actionPlan: 'Beskriv handlingsplanen: hva den samler, og for hvilken periode.',
    actor: 'Beskriv aktøren og rollen den har i strategien.',
    inputRound: 'Beskriv innspillsrunden: hvem som deltok, og hva som kom fram.',
    input: 'Skriv hovedpunktene i innspillet.',
  },
  nn: {
    focusArea: 'Beskriv innsatsområdet: kva det gjeld, og kvifor det er viktig.',
    goal: 'Beskriv målet: kva som skal vere nådd, og korleis vi ser det.',
    measure: 'Beskriv tiltaket: kva som skal gjerast, kvifor, og kven som gjer kva.',
    actionPlan: 'Beskriv handlingsplanen: kva han samlar, og for kva periode.',
    actor: 'Beskriv aktøren og rolla han har i strategien.',
    inputRound: 'Beskriv innspelsrunden: kven som deltok, og kva som kom fram.',
    input: 'Skriv hovudpunkta i innspelet.',
  },
  en: {},
};

/** The text a document of `kind` in language `lang` starts with. */
export function placeholderFor(kind: DocumentKind, lang: string): string {
  return placeholders[lang as 'nb']?.[kind] ?? FALLBACK_PLACEHOLDER;
}

const FALLBACK_PLACEHOLDER = 'Describe the document here.';

/** Every placeholder text, in any language, for the validator. */
export const placeholderTexts: readonly string[] = [
  ...new Set([...Object.values(placeholders).flatMap((byKind) => Object.values(byKind)), FALLBACK_PLACEHOLDER]),
];
