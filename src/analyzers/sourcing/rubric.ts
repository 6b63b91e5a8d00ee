import type { SourcingRubric } from './types.js';

/**
 * The default scoring rubric (docs/scoring.md). Named, on-record sources score highest; then
 * institutions speaking as themselves and identifiable roles; documents; outlets (second-hand);
 * anonymous sources, higher with a stated reason (AP and Reuters both ask that the reason be
 * given); vague groups; unresolved pronouns.
 */
export const DEFAULT_RUBRIC: SourcingRubric = Object.freeze({
  kinds: Object.freeze({
    'named-person': 1,
    'named-organization': 0.8,
    'official-role': 0.7,
    document: 0.7,
    outlet: 0.5,
    anonymous: 0.25,
    vague: 0.15,
    unresolved: 0.1,
  }),
  anonymousReasonBonus: 0.15,
  unattributedPenalty: 0,
});
