/**
 * The versions on consultation, read through the model: a released version whose status is `høring` and that
 * has a deadline. Only the documents a consultation is about (strategy, focus areas, goals, measures, action
 * plans) get a form. They come from a `ContentSource`, so a release shows up without a restart.
 */
import { type Corpus, type DeclaredVocabulary, declaredVocabulary, titleOf } from '@strategi/model';
import type { DocumentKind } from '@strategi/schema';
import type { ContentSource } from './content-source.ts';
import { type RenderedBody, renderBody } from './document-html.ts';

const RESPONDABLE: ReadonlySet<DocumentKind> = new Set(['strategy', 'focusArea', 'goal', 'measure', 'actionPlan']);

export interface ConsultationDocument {
  /** The path in the version without `.md`: `mal/M-1`, also the page's address. */
  path: string;
  kind: DocumentKind;
  title: string;
  body: RenderedBody;
}

export interface Consultation {
  version: string;
  label: string;
  /** The last day responses are taken, `YYYY-MM-DD` in Norwegian time. */
  deadline: string;
  documents: ConsultationDocument[];
  /** The kinds of senders the form offers: the strategy's own (nettsted.yaml), with their names. */
  senderKinds: DeclaredVocabulary;
}

export type ConsultationSource = () => Promise<Consultation[]>;

/** The consultations of the content as `content` last read it, worked out once for each read. */
export function consultationSource(content: ContentSource): ConsultationSource {
  let derived: { corpus: Corpus; consultations: Consultation[] } | undefined;
  return async () => {
    const corpus = await content();
    if (derived?.corpus !== corpus) derived = { corpus, consultations: consultationsOf(corpus) };
    return derived.consultations;
  };
}

function consultationsOf(corpus: Corpus): Consultation[] {
  const senderKinds = declaredVocabulary(corpus.settings, 'senderKind');
  return corpus.versions.flatMap((edition) => {
    const deadline = edition.version?.consultation?.deadline;
    if (edition.status !== 'høring' || !edition.version || !deadline) return [];
    const documents = edition.documents
      .filter((doc) => RESPONDABLE.has(doc.kind))
      .map((doc) => ({ path: doc.path.replace(/\.md$/, ''), kind: doc.kind, title: titleOf(doc), body: renderBody(doc.body) }))
      .sort((a, b) => a.path.localeCompare(b.path, 'nb'));
    return [{ version: edition.id, label: edition.version.label, deadline, documents, senderKinds }];
  });
}

// One formatter for the process: making one costs far more than using it, and every request asks.
const OSLO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
/** The day in Norway at `now`, `YYYY-MM-DD`. */
const osloDay = (now: Date): string => OSLO_DAY.format(now);

/** Open through the whole deadline day in Norwegian time. */
export const isOpen = (consultation: Consultation, now: Date): boolean => osloDay(now) <= consultation.deadline;
