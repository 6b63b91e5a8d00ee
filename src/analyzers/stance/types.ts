import type { Span } from '../../types.js';

export type StanceCategory = 'distancing-verb' | 'endorsing-verb' | 'factive' | 'hedge' | 'booster' | 'loaded' | 'intensifier';

/** A lexicon entry: a word or phrase (matched on lemmas), its category, weight and provenance. */
export interface StanceEntry {
  readonly term: string;
  readonly category: StanceCategory;
  /** 0..1: how much the term frames a sentence. */
  readonly weight: number;
  /** -1 or 1 for evaluative terms where the source gives a polarity. */
  readonly polarity?: number;
  readonly source?: string;
}

export interface StanceTerm extends Span {
  readonly category: StanceCategory;
  /** 'quoted' inside quotation marks (a source's words), 'author' otherwise. */
  readonly voice: 'author' | 'quoted';
  readonly weight: number;
  readonly polarity?: number;
  /** True when the term is negated ("not clearly", "did not admit"); it then adds nothing to the score. */
  readonly negated: boolean;
  /** The lexicon entry that matched, as written there. */
  readonly entry: string;
}

export interface StanceSentence {
  readonly terms: readonly StanceTerm[];
  /** 0..1, rising with framing language in the author's voice. */
  readonly score: number;
  /** score ≥ the threshold (default in docs/stance.md). */
  readonly flagged: boolean;
}

export interface StanceSummary {
  /** Terms by category and voice. */
  readonly counts: Readonly<Record<StanceCategory, { readonly author: number; readonly quoted: number }>>;
  readonly flaggedSentences: number;
  /** The sentences that most frame the story, highest score first (at most 5). */
  readonly topSentences: readonly { readonly index: number; readonly score: number; readonly terms: readonly string[] }[];
}
