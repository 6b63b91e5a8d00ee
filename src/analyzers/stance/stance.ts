import { FramelensError, describe } from '../../errors.js';
import type { Doc, Token } from '../../parse/types.js';
import { defineAnalyzer } from '../../pipeline/define.js';
import type { AnalyzerRow } from '../../pipeline/types.js';
import { type CompiledLexicon, STANCE_CATEGORIES, byLengthThenCategory, compile, shippedStanceEntries, validateStanceEntries } from './lexicon.js';
import type { StanceCategory, StanceEntry, StanceSentence, StanceSummary, StanceTerm } from './types.js';

export interface StanceOptions {
  /** Entries added to the lexicon (validated). An added term replaces a shipped one of the same text. */
  readonly add?: readonly StanceEntry[];
  /** Terms removed from the lexicon ("even", "only"). */
  readonly remove?: readonly string[];
  /** Multiplies the weight of every term of a category (0 turns a category off). */
  readonly categoryWeights?: Partial<Record<StanceCategory, number>>;
  /** Score at or above which a sentence is flagged (default 0.7; see docs/stance.md). */
  readonly threshold?: number;
}

/**
 * Default threshold: the one value chosen on BABE dev (see docs/evaluation.md). Nothing else is
 * derived from BABE, which is AGPL and used for evaluation only.
 */
export const DEFAULT_STANCE_THRESHOLD = 0.69;

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'nor', 'neither', 'without', 'hardly', 'barely']);
// Distancing and endorsing verbs only frame when they report speech, i.e. are used as verbs.
const VERB_CATEGORIES = new Set<StanceCategory>(['distancing-verb', 'endorsing-verb', 'factive']);

let shippedLexicon: CompiledLexicon | undefined;

/**
 * The stance analyzer: framing terms (distancing and endorsing attribution verbs, hedges, boosters,
 * loaded words, intensifiers, factives), whose voice each is in, a framing score and a flag.
 *
 * @param options - add, remove or re-weight entries; change the threshold
 * @returns an analyzer with id `stance`
 * @example
 * analyze('The senator claimed the deeply flawed bill was a disaster.').sentences[0].stance.flagged //=> true
 */
export function stance(options?: Readonly<StanceOptions> | null) {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new FramelensError('ERR_OPTIONS', `stance() expects an options object, received ${describe(options)}`);
  }
  const o = options ?? {};
  const threshold = o.threshold ?? DEFAULT_STANCE_THRESHOLD;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) {
    throw new FramelensError('ERR_OPTIONS', `stance(): threshold must be a number from 0 to 1, received ${JSON.stringify(threshold)}`);
  }
  const factors = new Map<StanceCategory, number>();
  for (const [category, factor] of Object.entries(o.categoryWeights ?? {})) {
    if (!STANCE_CATEGORIES.includes(category as StanceCategory)) {
      throw new FramelensError('ERR_OPTIONS', `stance(): unknown category "${category}" in categoryWeights; known: ${STANCE_CATEGORIES.join(', ')}`);
    }
    if (typeof factor !== 'number' || !(factor >= 0 && factor <= 10)) {
      throw new FramelensError('ERR_OPTIONS', `stance(): categoryWeights.${category} must be a number from 0 to 10, received ${JSON.stringify(factor)}`);
    }
    factors.set(category as StanceCategory, factor);
  }
  if (o.remove !== undefined && (!Array.isArray(o.remove) || o.remove.some((t) => typeof t !== 'string'))) {
    throw new FramelensError('ERR_LEXICON', 'stance(): remove must be an array of terms');
  }
  let lexicon: CompiledLexicon;
  if (o.add === undefined && o.remove === undefined) lexicon = shippedLexicon ??= compile(shippedStanceEntries());
  else {
    const added = o.add === undefined ? [] : validateStanceEntries(o.add, 'stance({ add })');
    const removed = new Set([...(o.remove ?? []), ...added.map((e) => e.term)].map((t) => t.toLowerCase()));
    lexicon = compile([...shippedStanceEntries().filter((e) => !removed.has(e.term.toLowerCase())), ...added]);
  }

  return defineAnalyzer({
    id: 'stance',
    analyze(doc: Doc) {
      const sentences: StanceSentence[] = [];
      const counts = Object.fromEntries(STANCE_CATEGORIES.map((c) => [c, { author: 0, quoted: 0 }])) as Record<StanceCategory, { author: number; quoted: number }>;
      for (const s of doc.sentences) {
        const terms = findTerms(doc, lexicon, s.tokenStart, s.tokenEnd);
        let sum = 0;
        for (const t of terms) {
          counts[t.category][t.voice]++;
          if (t.voice === 'author' && !t.negated) sum += t.weight * (factors.get(t.category) ?? 1);
        }
        const score = Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
        sentences.push({ terms, score, flagged: score >= threshold && terms.length > 0 });
      }
      const summary: StanceSummary = {
        counts,
        flaggedSentences: sentences.filter((s) => s.flagged).length,
        topSentences: sentences
          .map((s, index) => ({ index, score: s.score, terms: s.terms.filter((t) => t.voice === 'author' && !t.negated).map((t) => t.text) }))
          .filter((s) => s.score > 0)
          .sort((a, b) => b.score - a.score || a.index - b.index)
          .slice(0, 5),
      };
      return { sentences, summary };
    },
    toRows(result: StanceSentence) {
      return result.terms.map((t): AnalyzerRow => ({
        kind: 'stance-term', start: t.start, end: t.end, text: t.text, category: t.category, voice: t.voice,
        weight: t.weight, polarity: t.polarity ?? null, negated: t.negated, entry: t.entry,
      }));
    },
  });
}

/** Terms of one sentence: longest phrase first at each token, matched on lemmas or normal forms. */
const MODALS = new Set(['may', 'might', 'could', 'can', 'would', 'should', 'must']);

function findTerms(doc: Doc, lexicon: CompiledLexicon, from: number, to: number): StanceTerm[] {
  const tokens = doc.tokens;
  const terms: StanceTerm[] = [];
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.type !== 'word') continue;
    // Entries under the word as written and under its lemma ("denied" is a loaded word in VADER
    // and, as "deny", a distancing verb): both lists, in lexicon order.
    const byNormal = lexicon.byFirst.get(t.normal);
    const byLemma = t.lemma !== t.normal ? lexicon.byFirst.get(t.lemma) : undefined;
    const candidates = byNormal && byLemma ? merged(lexicon, t.normal, t.lemma, byNormal, byLemma) : byNormal ?? byLemma;
    if (!candidates) continue;
    for (const { words, entry } of candidates) {
      const end = matchWords(tokens, i, to, words);
      if (end < 0) continue;
      if (VERB_CATEGORIES.has(entry.category) && !usedAsVerb(tokens, i, from)) continue;
      // Modal hedges only as modals: "may reopen", not "in May"; "could" as an auxiliary.
      if (MODALS.has(t.normal) && words.length === 1 && t.pos !== 'AUX' && t.pos !== 'VERB') continue;
      const last = tokens[end - 1]!;
      const quote = t.quote >= 0 ? doc.quotes[t.quote]! : null;
      const term: { -readonly [K in keyof StanceTerm]: StanceTerm[K] } = {
        text: doc.text.slice(t.start, last.end),
        start: t.start,
        end: last.end,
        category: entry.category,
        voice: quote && quote.close !== null ? 'quoted' : 'author',
        weight: entry.weight,
        negated: isNegated(tokens, i, from),
        entry: entry.term,
      };
      // Assigned, not spread: this runs for every term of every sentence.
      if (entry.polarity !== undefined && entry.polarity !== 0) term.polarity = entry.polarity;
      terms.push(term);
      i = end - 1;
      break;
    }
  }
  return terms;
}

// Merged candidate lists by "normal|lemma", built once per pair of forms and lexicon.
const mergedCache = new WeakMap<CompiledLexicon, Map<string, readonly Candidate[]>>();
type Candidate = { readonly words: readonly string[]; readonly entry: StanceEntry };

function merged(lexicon: CompiledLexicon, normal: string, lemma: string, a: readonly Candidate[], b: readonly Candidate[]): readonly Candidate[] {
  let cache = mergedCache.get(lexicon);
  if (!cache) {
    cache = new Map();
    mergedCache.set(lexicon, cache);
  }
  const key = `${normal}|${lemma}`;
  let list = cache.get(key);
  if (!list) {
    list = mergeCandidates(a, b);
    cache.set(key, list);
  }
  return list;
}

function mergeCandidates<T extends { readonly words: readonly string[]; readonly entry: StanceEntry }>(a: readonly T[], b: readonly T[]): T[] {
  return [...a, ...b].sort(byLengthThenCategory);
}

function matchWords(tokens: readonly Token[], start: number, to: number, words: readonly string[]): number {
  let j = start;
  for (const w of words) {
    // Hyphenated terms ("so-called", "far-right") are split by the tokenizer: join them back.
    if (w.includes('-')) {
      let acc = '';
      while (j < to && acc.length < w.length) {
        if (acc && tokens[j]!.start !== tokens[j - 1]!.end) return -1;
        acc += tokens[j]!.normal;
        j++;
      }
      if (acc !== w) return -1;
      continue;
    }
    const t = tokens[j];
    if (!t || j >= to || (t.normal !== w && t.lemma !== w)) return -1;
    j++;
  }
  return j;
}

/** A verb, or a verb form wink took for a noun right after its subject ("the senator claims …"). */
function usedAsVerb(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = i > from ? tokens[i - 1] : undefined;
  return (t.pos === 'NOUN' || t.pos === 'ADJ') && /(?:s|ed)$/.test(t.normal) && prev !== undefined && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON') && tokens[i + 1]?.normal !== 'of';
}

/**
 * Negated by a negator among the two words before ("not clearly", "did not admit"), or, for a
 * verb, by wink's negation flag ("didn't agree").
 */
function isNegated(tokens: readonly Token[], i: number, from: number): boolean {
  if (tokens[i]!.negated && tokens[i]!.pos === 'VERB') return true;
  for (let k = i - 1; k >= Math.max(from, i - 2); k--) {
    if (NEGATORS.has(tokens[k]!.normal)) return true;
    if (tokens[k]!.pos === 'PUNCT') break;
  }
  return false;
}
