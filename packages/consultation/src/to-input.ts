/**
 * From responses to an input (`innspill`): one or more responses become one input of the consultation's input
 * round, written through the model's writers and checked with the whole draft first, so what is written is what
 * `strategi validate` accepts. The input is public content, so it carries only what the public may see of the
 * responses: a name only when the response was published with it, the text only as published (anonymised text
 * redacted), and for a response that is not public no text at all.
 */
import {
  allocateIds,
  checkPlannedFiles,
  documentText,
  inSchemaOrder,
  type LoadOptions,
  loadCorpus,
  resolveDocumentPath,
  today,
  writeNewFile,
} from '@strategi/model';
import { documentKinds } from '@strategi/schema';
import { publicResponse } from './open-data.ts';
import type { ConsultationResponse } from './store/store.ts';

type Problem = Awaited<ReturnType<typeof checkPlannedFiles>>['problems'][number];

/** How long a summary taken from a response may be; the schema allows 2,000, a summary should be short. */
const SUMMARY_LENGTH = 600;

export interface ToInputOptions extends LoadOptions {
  round: string;
  /** The service's public address, for a link to a published response. */
  publicOrigin?: string | undefined;
}

export type ToInputResult =
  | { ok: true; id: string; file: string }
  /** A response withdrawn, not found or already an input: nothing is written. */
  | { ok: false; reason: 'withdrawn' | 'already-input'; ids: string[] }
  | { ok: false; reason: 'no-responses' }
  /** The input would not validate (an unknown round, …): the validator's problems. */
  | { ok: false; reason: 'invalid'; problems: Problem[] };

/** The first `length` characters, cut at a word. */
function shortened(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), length / 2)).trimEnd()} …`;
}

/** The kind of sender that stands for many, in the tool's list and most strategies'. */
const OTHER = 'annen';

/**
 * The kind of sender of an input from several responses: theirs when they share one; else «annen» where the
 * strategy's list has it, or the kind most of them are (the first response's, on a tie).
 */
function sharedKind(responses: readonly ConsultationResponse[], senderKinds: readonly string[] | undefined): string {
  const counts = new Map<string, number>();
  for (const { senderKind } of responses) counts.set(senderKind, (counts.get(senderKind) ?? 0) + 1);
  if (counts.size === 1) return responses[0]!.senderKind;
  if (!senderKinds || senderKinds.includes(OTHER)) return OTHER;
  return [...counts].reduce((most, entry) => (entry[1] > most[1] ? entry : most))[0];
}

/**
 * The input's fields from the responses: only what their publication lets the public see. `senderKinds` are the
 * codes the strategy declares (default: a list with «annen»).
 */
export function inputFields(
  responses: readonly ConsultationResponse[],
  options: { round: string; publicOrigin?: string | undefined; senderKinds?: readonly string[] | undefined },
) {
  const shown = responses.map((response) => ({ response, visible: publicResponse(response) }));
  const senders = [
    ...new Set(shown.map(({ visible }) => (visible?.name ? [visible.name, visible.organisation].filter(Boolean).join(', ') : 'Høringssvar uten navn'))),
  ];
  const texts = shown.map(({ visible }) => visible?.text ?? 'Høringssvaret er ikke offentlig.');
  const single = shown.length === 1 ? shown[0] : undefined;
  return {
    title: shortened(single ? `Høringssvar: ${texts[0]}` : `${shown.length} høringssvar: ${texts[0]}`, 120),
    round: options.round,
    sender: shortened(senders.join('; '), 300),
    senderKind: sharedKind(responses, options.senderKinds),
    date: today(new Date(responses.map((response) => response.createdAt).sort()[0]!)),
    summary: shortened(texts.join(' '), SUMMARY_LENGTH),
    ...(single?.visible && options.publicOrigin
      ? { url: `${options.publicOrigin}/horing/${encodeURIComponent(single.visible.version)}/svar#svar-${single.visible.id}` }
      : {}),
  };
}

/** Writes the input; the caller records the link back (`ConsultationStore.linkInput`). */
export async function responsesToInput(contentFolder: string, responses: readonly ConsultationResponse[], options: ToInputOptions): Promise<ToInputResult> {
  if (responses.length === 0) return { ok: false, reason: 'no-responses' };
  const withdrawn = responses.filter((response) => response.withdrawnAt !== null).map((response) => response.id);
  if (withdrawn.length > 0) return { ok: false, reason: 'withdrawn', ids: withdrawn };
  const linked = responses.filter((response) => response.inputId !== null).map((response) => response.id);
  if (linked.length > 0) return { ok: false, reason: 'already-input', ids: linked };

  const { round, publicOrigin, ...load } = options;
  const corpus = await loadCorpus(contentFolder, load);
  const [id] = (await allocateIds('input', corpus)) ?? [];
  if (!id) throw new Error('No input id left');
  const place = await resolveDocumentPath(contentFolder, 'input', id, load);
  if ('problem' in place) return { ok: false, reason: 'invalid', problems: [place.problem] };
  const text = documentText(
    inSchemaOrder(documentKinds.input.schema.shape, {
      id,
      ...inputFields(responses, { round, publicOrigin, senderKinds: corpus.working.vocabularies?.senderKind.values }),
    }),
    '',
  );
  const { problems } = await checkPlannedFiles(contentFolder, [{ relative: place.relative, text }], load);
  const errors = problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0) return { ok: false, reason: 'invalid', problems: errors };
  await writeNewFile(place.absolute, text);
  return { ok: true, id, file: place.absolute };
}
