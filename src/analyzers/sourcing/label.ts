import type { Source } from './types.js';

/**
 * How summaries, rows and check rules name a source: its canonical name, else the phrase a pronoun
 * refers to ("analysts in Minsk" for "who"), else its text; null for an unstated source.
 *
 * @param source - an attribution's source
 */
export function sourceLabel(source: Source): string | null {
  return source.name ?? source.antecedent?.text ?? source.text;
}
