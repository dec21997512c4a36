/**
 * Consultation responses in the long-content build (issue #32's canary): responses to the fixture's consultation,
 * one published, one withheld and one withdrawn after publication, each with its own marker in its text, name and
 * organisation, turned into inputs of the working draft the way an editor does it (the service's «Gjør til
 * innspill» and `strategi horing import` both call `responsesToInput`) before the draft is released. Responses reach
 * the site only through inputs, so the published marker must be in the build and the other two in no file of it.
 */
import path from 'node:path';
import { ConsultationStore, responsesToInput } from '@strategi/consultation';

export const RESPONSE_MARKERS = {
  published: 'SVARPUBLISERTMARKOR5H',
  withheld: 'SVARHOLDTILBAKEMARKOR8T',
  withdrawn: 'SVARTRUKKETMARKOR3J',
} as const;

type Kind = keyof typeof RESPONSE_MARKERS;

/** What became of each response when an editor tried to make it an input: the input's id, or why there is none. */
export type ResponseInputs = Record<Kind, string>;

/** Before the fixture's deadline (31 January 2023), so the inputs are dated in the consultation. */
const SENT = new Date('2023-01-10T10:00:00.000Z');

/** Stores the three responses in `folder`, moderates them, and makes each an input of `content`'s round R-1. */
export async function importResponses(folder: string, content: string): Promise<ResponseInputs> {
  const store = await ConsultationStore.open({ sqliteFile: path.join(folder, 'horing.sqlite') }, () => SENT);
  try {
    const made = {} as ResponseInputs;
    for (const kind of Object.keys(RESPONSE_MARKERS) as Kind[]) {
      const marker = RESPONSE_MARKERS[kind];
      const { response, receiptToken } = await store.createResponse(
        {
          version: '2022-horing',
          document: 'mal/M-1',
          name: `Kari ${marker}`,
          organisation: `Foreningen ${marker}`,
          senderKind: 'organisasjon',
          email: `${kind}@example.no`,
          publication: 'named',
          text: `Målet bør gjelde SFO. ${marker}.`,
        },
        { idempotencyKey: `canary-${kind}` },
      );
      if (kind === 'withheld') await store.moderate(response.id, { action: 'withhold', by: 'Redaktør', reason: 'Personopplysninger.' });
      else await store.moderate(response.id, { action: 'publish', by: 'Redaktør' });
      if (kind === 'withdrawn') await store.withdraw(receiptToken!);
      const result = await responsesToInput(content, [(await store.getResponse(response.id))!], { round: 'R-1' });
      if (result.ok) await store.linkInput([response.id], result.id);
      made[kind] = result.ok ? result.id : result.reason;
    }
    return made;
  } finally {
    await store.close();
  }
}
