import type { MeasureStatus } from '@strategi/schema';
import type { IndicatorStatus } from './status.ts';

/** A verdict on whether a goal is on track: from the rule, or from what the owners report of its measures. */
export type Verdict = 'på-vei' | 'ikke-på-vei';

/** The owners' statuses that say a measure is not going as planned. */
const offTrack: readonly MeasureStatus[] = ['forsinket', 'stanset'];

/** The owners' verdict on a goal: off track when any of its measures is delayed or stopped; none without measures. */
export function ownersVerdict(statuses: readonly MeasureStatus[]): Verdict | undefined {
  if (statuses.length === 0) return undefined;
  return statuses.some((status) => offTrack.includes(status)) ? 'ikke-på-vei' : 'på-vei';
}

/** The rule's verdict: «nådd» counts as on track; too little data gives none. */
export function ruleVerdict(status: IndicatorStatus): Verdict | undefined {
  if (status === 'for-lite-data') return undefined;
  return status === 'ikke-på-vei' ? 'ikke-på-vei' : 'på-vei';
}

/**
 * Whether the computed status and the owners' disagree («Vurderingene spriker»): both give a verdict, and the
 * verdicts differ — the figures say off track while no measure is reported delayed or stopped, or the figures say
 * on track while one is.
 */
export function verdictsDisagree(status: IndicatorStatus, statuses: readonly MeasureStatus[]): boolean {
  const byRule = ruleVerdict(status);
  const byOwners = ownersVerdict(statuses);
  return byRule !== undefined && byOwners !== undefined && byRule !== byOwners;
}
