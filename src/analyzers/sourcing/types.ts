import type { Span } from '../../types.js';
import type { LinkedOutlet } from '../outlets/types.js';

/** Who a source is, on a fixed scale of how identifiable it is. */
export type SourceKind =
  | 'named-person'
  | 'named-organization'
  | 'official-role'
  | 'outlet'
  | 'document'
  | 'anonymous'
  | 'vague'
  | 'unresolved';

/** How the content is reported. */
export type AttributionMode = 'direct' | 'indirect' | 'mixed' | 'according-to' | 'citing';

export interface Source {
  readonly kind: SourceKind;
  /** The source as written, or null where it has no span of its own (a continued quote). */
  readonly text: string | null;
  readonly start: number | null;
  readonly end: number | null;
  /** Canonical name where one is known ("he" → "Victor Khrenin", "Khrenin" → "Victor Khrenin"). */
  readonly name?: string;
  /** The pronoun or short form that `name` was resolved from. */
  readonly resolvedFrom?: Span;
  /**
   * For a pronoun source ("he", "they", "who"): the mention it refers back to ("Victor Khrenin"
   * earlier in the article; "analysts in Moscow" before ", who said").
   */
  readonly antecedent?: Span;
  /** Stated reason for anonymity ("who was not authorized to speak publicly"). */
  readonly reason?: Span;
  /** For an outlet source found by the outlets analyzer: the gazetteer record it links to. */
  readonly outlet?: LinkedOutlet;
  /** For an outlet source: whether it is state-affiliated (by its record or its words, "state media"). */
  readonly stateAffiliated?: boolean;
}

export interface Attribution {
  /** Stable within the document: the same attribution listed on several sentences has one id. */
  readonly id: number;
  readonly source: Source;
  readonly cue: Span | null;
  readonly content: readonly Span[];
  readonly mode: AttributionMode;
  /** Sentence holding the cue (or, for a continued quote, the sentence it continues from). */
  readonly sentence: number;
  /** True when this sentence only continues a quotation attributed earlier. */
  readonly continued: boolean;
}

/** How a sentence stands with respect to sourcing. */
export type SentenceSourcingStatus = 'attributed' | 'hedged' | 'unattributed' | 'non-assertive';

export interface SourcingSentence {
  readonly attributions: readonly Attribution[];
  /** 0..1 by the rubric; null where the sentence attributes nothing. */
  readonly score: number | null;
  readonly status: SentenceSourcingStatus;
  /** Hedges that report without a source ("reportedly", "it is believed"). */
  readonly hedges: readonly Span[];
}

export interface SourceCount {
  readonly name: string;
  readonly kind: SourceKind;
  readonly count: number;
}

export interface SourcingSummary {
  readonly attributions: number;
  readonly byKind: Readonly<Record<SourceKind, number>>;
  readonly anonymousShare: number | null;
  readonly vagueShare: number | null;
  readonly distinctNamedSources: number;
  readonly topSources: readonly SourceCount[];
  readonly unattributedSentences: number;
  readonly hedgedSentences: number;
  /** Share of attributions resting on a state-affiliated outlet; null without attributions. */
  readonly stateAffiliatedShare: number | null;
  /** 0..1 by the rubric; null where the article attributes nothing. */
  readonly score: number | null;
}

/** Weights of the scoring rubric, 0..1 per source kind (see docs/scoring.md). */
export interface SourcingRubric {
  readonly kinds: Readonly<Record<SourceKind, number>>;
  /** Added to an anonymous source's weight when a reason for anonymity is given. */
  readonly anonymousReasonBonus: number;
  /** Penalty per unattributed assertive sentence share in the article score (0 disables it). */
  readonly unattributedPenalty: number;
}
