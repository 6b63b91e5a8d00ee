import cues from '../../../corpus/lexicons/attribution-cues.json';
import sourceWords from '../../../corpus/lexicons/source-words.json';

export type CueCategory = 'speech' | 'cognition' | 'quote-only' | 'evidence' | 'stance' | 'phrasal' | 'according-to' | 'citing';

/** Cue verbs by lemma, from corpus/lexicons/attribution-cues.json. */
export const CUE_LEMMAS: ReadonlyMap<string, CueCategory> = new Map(
  cues.entries.map((e) => [e.lemma, e.category as CueCategory]),
);

/** Nouns that report what their possessor said or thinks ("his warning that …"). */
export const CUE_NOUNS: ReadonlySet<string> = new Set(cues.nouns.map((e) => e.lemma));

/** Adjectives that report a stance or state of mind after "be" ("are wary of …", "is confident that …"). */
export const CUE_ADJECTIVES: ReadonlySet<string> = new Set(cues.adjectives.map((e) => e.lemma));

const list = (name: keyof typeof sourceWords.lists): ReadonlySet<string> =>
  new Set((sourceWords.lists[name] as { words: string[] }).words);

/** Head nouns of the source-word lists (corpus/lexicons/source-words.json). */
export const ROLE_NOUNS = list('role');
export const GROUP_NOUNS = list('group');
export const ANONYMOUS_NOUNS = list('anonymous');
export const ANONYMITY_MARKERS = list('anonymity-marker');
export const DOCUMENT_NOUNS = list('document');
export const OUTLET_NOUNS = list('outlet');
export const OUTLET_NAMES = list('outlet-name');
export const ORGANIZATION_NOUNS = list('organization');
export const VAGUE_DETERMINERS = list('vague-determiner');
export const HEDGES = list('hedge');
