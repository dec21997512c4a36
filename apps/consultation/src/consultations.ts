/**
 * The versions on consultation, read through the model: a released version whose status is `høring` and that
 * has a deadline. Only the documents a consultation is about (strategy, focus areas, goals, measures, action
 * plans) get a form. The corpus is read again when it is older than `maxAgeMs`, so a release shows up without a
 * restart, and a request never waits for more than one read at a time.
 */
import { type DeclaredVocabulary, declaredVocabulary, loadCorpus, titleOf } from '@strategi/model';
import type { DocumentKind } from '@strategi/schema';
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

export function consultationSource(contentDir: string, maxAgeMs = 30_000): ConsultationSource {
  let loaded: { at: number; consultations: Promise<Consultation[]> } | undefined;
  const read = async (): Promise<Consultation[]> => {
    const corpus = await loadCorpus(contentDir);
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
  };
  return () => {
    if (!loaded || Date.now() - loaded.at > maxAgeMs) {
      const consultations = read();
      loaded = { at: Date.now(), consultations };
      // A failed read is tried again on the next request, not kept.
      consultations.catch(() => {
        if (loaded?.consultations === consultations) loaded = undefined;
      });
    }
    return loaded.consultations;
  };
}

// One formatter for the process: making one costs far more than using it, and every request asks.
const OSLO_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Oslo' });
/** The day in Norway at `now`, `YYYY-MM-DD`. */
const osloDay = (now: Date): string => OSLO_DAY.format(now);

/** Open through the whole deadline day in Norwegian time. */
export const isOpen = (consultation: Consultation, now: Date): boolean => osloDay(now) <= consultation.deadline;
