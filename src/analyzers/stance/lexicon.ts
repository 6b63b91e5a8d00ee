import * as v from 'valibot';
import { parseOrThrow } from '../../_lib/validate.js';
import { readCorpusJson } from '../../_lib/corpus.js';
import { FramelensError } from '../../errors.js';
import type { StanceCategory, StanceEntry } from './types.js';

export const STANCE_CATEGORIES: readonly StanceCategory[] = Object.freeze(['distancing-verb', 'endorsing-verb', 'factive', 'hedge', 'booster', 'loaded', 'intensifier']);

const EntrySchema = v.object({
  term: v.pipe(v.string(), v.minLength(1, 'term must not be empty'), v.maxLength(80)),
  category: v.picklist(STANCE_CATEGORIES, `category must be one of ${STANCE_CATEGORIES.join(', ')}`),
  weight: v.pipe(v.number('weight must be a number'), v.minValue(0, 'weight must be from 0 to 1'), v.maxValue(1, 'weight must be from 0 to 1')),
  polarity: v.optional(v.picklist([-1, 0, 1], 'polarity must be -1, 0 or 1')),
  source: v.optional(v.string()),
});

/**
 * Validates user lexicon entries, with an error naming the entry and field at fault.
 *
 * @param input - the entries
 * @param where - a name for messages
 */
export function validateStanceEntries(input: unknown, where = 'stance lexicon'): StanceEntry[] {
  if (!Array.isArray(input)) throw new FramelensError('ERR_LEXICON', `${where}: expected an array of { term, category, weight } entries`);
  const output = parseOrThrow(v.array(EntrySchema), input, where);
  return output as StanceEntry[];
}

/** The shipped lexicons, one file a category in corpus/lexicons/stance/. */
export function shippedStanceEntries(): StanceEntry[] {
  return STANCE_CATEGORIES.flatMap((c) => readCorpusJson<{ entries: StanceEntry[] }>(`lexicons/stance/${c}.json`).entries);
}

const PRIORITY: readonly StanceCategory[] = ['distancing-verb', 'endorsing-verb', 'factive', 'hedge', 'booster', 'intensifier', 'loaded'];

/** Longest phrase first; for the same length, the more specific category first. */
export function byLengthThenCategory(a: { readonly words: readonly string[]; readonly entry: StanceEntry }, b: { readonly words: readonly string[]; readonly entry: StanceEntry }): number {
  return b.words.length - a.words.length || PRIORITY.indexOf(a.entry.category) - PRIORITY.indexOf(b.entry.category);
}

/** A compiled lexicon: entries indexed by the first word of their lower-cased term. */
export interface CompiledLexicon {
  readonly byFirst: ReadonlyMap<string, readonly { readonly words: readonly string[]; readonly entry: StanceEntry }[]>;
}

export function compile(entries: readonly StanceEntry[]): CompiledLexicon {
  const byFirst = new Map<string, { words: string[]; entry: StanceEntry }[]>();
  for (const entry of entries) {
    const words = entry.term.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) continue;
    // A hyphenated first word ("so-called") is split by the tokenizer: index it by its first part.
    const key = words[0]!.split('-')[0] || words[0]!;
    const list = byFirst.get(key) ?? [];
    list.push({ words, entry });
    byFirst.set(key, list);
  }
  // Longest phrase first, so "calculated gamble" wins over "gamble"; for the same words the more
  // specific category first, so "denied" is a distancing verb before it is a loaded word.
  for (const list of byFirst.values()) {
    list.sort(byLengthThenCategory);
  }
  return { byFirst };
}
