/**
 * «Hva skjedde med innspillet»: what became of a response once the version that adopted the consultation draft
 * names the input it became — the decision and the ministry's reason (the input's `disposition`), the goals and
 * measures that name the input, and where the site shows their word-level change from the draft. Read from the
 * released versions only: the working draft is not an answer yet.
 */
import type { Corpus } from '@strategi/model';
import type { DocumentKind } from '@strategi/schema';

export interface ShapedDocument {
  kind: DocumentKind;
  id: string;
  title: string;
}

export interface Outcome {
  /** The adopted version. */
  version: string;
  label: string;
  decision: 'tatt-til-folge' | 'delvis-tatt-til-folge' | 'ikke-tatt-til-folge' | undefined;
  reason: string | undefined;
  /** Goals and measures of the adopted version that name the input. */
  shaped: ShapedDocument[];
  /** The site's change page from the draft to the adopted version (the path; with the site's address when it has one). */
  changes: string;
}

/** The first released version after the consultation draft that is adopted (its history says `vedtatt`) and names the input. */
function adoptedWith(corpus: Corpus, draft: string, inputId: string) {
  const at = corpus.versions.findIndex((edition) => edition.id === draft);
  if (at < 0) return undefined;
  return corpus.versions
    .slice(at + 1)
    .find((edition) => edition.version?.history.some((entry) => entry.status === 'vedtatt') && edition.byId.get(inputId)?.kind === 'input');
}

export function outcomeOf(corpus: Corpus, draft: string, inputId: string): Outcome | undefined {
  const adopted = adoptedWith(corpus, draft, inputId);
  const input = adopted?.byId.get(inputId);
  if (!adopted?.version || input?.kind !== 'input') return undefined;
  const disposition = input.data.disposition;
  const shaped = adopted.documents
    .filter((doc) => (doc.kind === 'goal' || doc.kind === 'measure') && (doc.data.inputs as readonly string[] | undefined)?.includes(input.id))
    .map((doc) => ({ kind: doc.kind, id: doc.id, title: String((doc.data as { title?: unknown }).title ?? doc.id) }));
  const site = corpus.settings?.url?.replace(/\/+$/, '') ?? '';
  return {
    version: adopted.id,
    label: adopted.version.label,
    decision: disposition?.decision,
    reason: disposition?.reason,
    shaped,
    changes: `${site}/endringer/${draft}/${adopted.id}/`,
  };
}
