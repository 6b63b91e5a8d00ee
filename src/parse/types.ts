import type { Span } from '../types.js';

/** One token of the parsed document, with exact offsets into the input. */
export interface Token extends Span {
  readonly index: number;
  /** Universal POS tag from the wink model (PROPN, VERB, PUNCT, …). */
  readonly pos: string;
  /** Lemma from the wink model, lower-cased ("said" → "say"). */
  readonly lemma: string;
  /** Lower-cased normal form ("Said" → "said"). */
  readonly normal: string;
  /** wink's token type: word, punctuation, number, emoji, url, … */
  readonly type: string;
  /** True where wink marks the token as negated ("did not *agree*"). */
  readonly negated: boolean;
  /** Index of the sentence holding the token. */
  readonly sentence: number;
  /** Index of the innermost quotation holding the token (its marks included), or -1. */
  readonly quote: number;
}

export interface Paragraph extends Span {
  readonly index: number;
  /** First sentence index and one past the last. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

export interface DocSentence extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** First token index and one past the last. */
  readonly tokenStart: number;
  readonly tokenEnd: number;
}

/** A quotation: its marks, its content, and whether it was closed. */
export interface Quote extends Span {
  readonly index: number;
  /** The text between the marks (for a quote that runs over paragraphs, including the breaks). */
  readonly content: Span;
  /** The opening mark as written. */
  readonly open: string;
  /** The closing mark as written, or null when the quote was never closed. */
  readonly close: string | null;
  /** Nesting depth: 0 for an outer quote, 1 for a quote inside it, … */
  readonly depth: number;
  /** True when the quote runs on into a following paragraph (news convention). */
  readonly continued: boolean;
  /** First and last (inclusive) sentence indexes the quote touches. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
}

/** Kind guessed for a proper-name chunk from its words alone. */
export type NameKind = 'person' | 'organization' | 'unknown';

/** A run of proper nouns with its titles and honorifics ("Defense Minister Victor Khrenin"). */
export interface NameChunk extends Span {
  readonly index: number;
  readonly sentence: number;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  /** Leading title or honorific ("Defense Minister", "Mr."), or null. */
  readonly title: Span | null;
  /** The name after the title ("Victor Khrenin"), or null when the chunk is a bare title. */
  readonly name: Span | null;
  readonly kind: NameKind;
}

/** The parsed document every analyzer reads. Built once per text by `parse`. */
export interface Doc {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly DocSentence[];
  readonly paragraphs: readonly Paragraph[];
  readonly quotes: readonly Quote[];
  readonly names: readonly NameChunk[];
}
