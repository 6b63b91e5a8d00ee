import type { Doc, Token } from '../../parse/types.js';
import { ANONYMITY_MARKERS, CUE_LEMMAS, DOCUMENT_NOUNS, GROUP_NOUNS, ROLE_NOUNS, type CueCategory } from './words.js';
import { startsUpper } from '../../_lib/chars.js';

/** No source phrase is longer than this; bounding the walks keeps the analyzer linear. */
const MAX_NP_TOKENS = 30;

/** How far from its cue content may reach, in tokens: bounds work on run-on "sentences". */
export const MAX_CONTENT_TOKENS = 300;

/** Token range [start, end). */
export interface Range {
  start: number;
  end: number;
}

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM']);
const NP_INNER_ADP = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'on', 'to']);
export const POSSESSIVE: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'us', 'me']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'which', 'that']);
const SKIP_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
/** Adverbial phrases of a preposition and a noun: "in particular", "in the past", "at first", "for now". */
const ADVERBIAL_PREPOSITIONS = new Set(['in', 'at', 'of', 'for']);
const ADVERBIAL_OBJECTS = new Set(['particular', 'past', 'fact', 'turn', 'course', 'first', 'least', 'now', 'general', 'effect', 'private', 'public', 'part']);
const PLACE_TIME_PREPOSITIONS = new Set(['on', 'in', 'at', 'during', 'since', 'from']);
const RESPONDENT_PARTICIPLES = new Set(['surveyed', 'polled', 'interviewed', 'questioned', 'sampled']);
/** Nouns that are plural without an -s: "police charge …", "people say …". */
const COLLECTIVE_NOUNS = new Set(['police', 'people', 'media', 'clergy', 'staff', 'public']);
const CALL_PARTICLES = new Set(['out', 'on', 'for', 'up', 'off', 'back']);
const APPROXIMATIONS = new Set(['nearly', 'about', 'almost', 'roughly', 'approximately', 'around', 'over', 'just', 'only']);
/** Words between a subject and its verb that wink may not tag as adverbs: "both said", "has since said". */
const FLOATING = new Set(['both', 'all', 'each', 'since', 'further', 'later', 'first', 'then']);
// "Ford itself said": a reflexive after the subject is skipped like an adverb ("I found myself in …"
// reports no finding either).
export const REFLEXIVES: ReadonlySet<string> = new Set(['itself', 'himself', 'herself', 'themselves', 'themself', 'myself', 'ourselves', 'yourself', 'yourselves']);
// Quantifiers that stand alone as a (vague) subject.
export const QUANTIFIERS: ReadonlySet<string> = new Set(['some', 'many', 'others', 'another', 'most', 'few', 'several', 'all', 'both', 'each', 'everyone', 'everybody', 'nobody', 'none', 'majorities', 'majority', 'half', 'someone', 'somebody', 'anyone', 'anybody']);
export const NOUN_GERUNDS: ReadonlySet<string> = new Set(['polling', 'reporting', 'testing', 'modeling', 'modelling', 'fundraising']);
const ASIDE_DASHES: ReadonlySet<string> = new Set(['—', '―', '–', '--']);
/** A dash that sets off an aside: a long dash, or a hyphen with spaces around it ("Sanders - who … - said"). */
const isAsideDash = (tokens: readonly Token[], j: number): boolean => {
  const t = tokens[j]!;
  if (ASIDE_DASHES.has(t.text)) return true;
  return t.text === '-' && j > 0 && tokens[j - 1]!.end < t.start && j + 1 < tokens.length && t.end < tokens[j + 1]!.start;
};
export const FRACTIONS = new Set(['third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'half']);
const OPENING_MARKS = new Set(['“', '‘', '"', "'", '«', '„', '‚', '‹', '»', "''", '``', '`']);
const CLOSING_MARKS = new Set(['”', '’', '"', "'", '»', '“', '‘', '›', '«', "''"]);

export const isComma = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || t.text === ';');
export const isDash = (t: Token | undefined): boolean => t !== undefined && /^[—–―-]{1,2}$/.test(t.text);
export const isOpeningMark = (doc: Doc, t: Token | undefined): boolean =>
  t !== undefined && OPENING_MARKS.has(t.text) && doc.quotes[t.quote]?.start === t.start;
export const isClosingMark = (doc: Doc, t: Token | undefined): boolean =>
  t !== undefined && CLOSING_MARKS.has(t.text) && t.quote >= 0 && doc.quotes[t.quote]!.end === t.end && doc.quotes[t.quote]!.close !== null;
/**
 * Whether the token at `j` marks a possessive: "’s" after a noun or name ("USA TODAY’s"), or a bare
 * apostrophe right after a plural ("the senators’"). Not "’s" for "is" or "has" ("no one’s talking",
 * "she’s"), nor a closing quotation mark.
 */
export const possessiveMark = (doc: Doc, j: number): boolean => {
  const t = doc.tokens[j];
  const owner = doc.tokens[j - 1];
  if (!t || !owner || owner.end !== t.start || isClosingMark(doc, t) || (owner.pos !== 'NOUN' && owner.pos !== 'PROPN')) return false;
  if (t.text === "'s" || t.text === '’s') return true;
  return (t.text === "'" || t.text === '’') && /s$/.test(owner.normal);
};
/** Whether a token lies inside a closed quotation: the speaker's words, not the writer's. */
export const inClosedQuote = (doc: Doc, t: Token): boolean => t.quote >= 0 && doc.quotes[t.quote]!.close !== null;
export const isPronoun = (t: Token | undefined): boolean => t !== undefined && PRONOUNS.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ');

/** A token that may be part of a noun phrase naming a source. */
const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set(['when', 'while', 'whereas', 'although', 'though', 'if', 'unless', 'because', 'since', 'once', 'until', 'after', 'before', 'as', 'then', 'now', 'still', 'also', 'however', 'meanwhile', 'later', 'earlier', 'yet', 'so', 'thus']);

const ROLES_TOWARDS: ReadonlySet<string> = new Set(['ambassador', 'envoy', 'adviser', 'advisor', 'advisers', 'advisors', 'aide', 'aides', 'counselor', 'counsel', 'spokesman', 'spokeswoman', 'spokesperson', 'successor', 'heir', 'emissary', 'liaison', 'representative', 'delegate', 'delegates']);

function npToken(t: Token): boolean {
  if (t.type === 'number') return true;
  // "42% say": a percent sign after its number.
  if (t.text === '%') return true;
  // "Exit polling showed …": a gerund that names evidence, which wink tags as a verb.
  if (t.pos === 'VERB' && NOUN_GERUNDS.has(t.normal)) return true;
  if (POSSESSIVE.has(t.text)) return true;
  if (t.text === '-' || t.text === '&' || t.text === '.') return false;
  if (t.type !== 'word') return false;
  if (NP_POS.has(t.pos)) return true;
  // wink tags some capitalized words oddly ("Red Cross" with Cross a VERB, "Associated Press").
  // ("When Rubio thanked …": a capitalised conjunction or adverb opening the sentence is none.)
  return startsUpper(t.text) && !CLAUSE_OPENING_WORDS.has(t.normal) && t.pos !== 'PRON' && t.pos !== 'AUX' && t.pos !== 'CCONJ' && t.pos !== 'SCONJ' && t.pos !== 'ADP' && !(t.pos === 'VERB' && t.lemma !== t.normal && !startsUpper(t.text));
}

/** wink sometimes tags a noun as a base-form verb ("census data"); such a token may sit inside a phrase. */
function baseVerbInPhrase(t: Token, next: Token | undefined): boolean {
  return t.pos === 'VERB' && t.lemma === t.normal && next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

// Words that link a head noun to its complement in source phrases: "people familiar with the
// talks", "a person close to the family", "economists polled by the agency".
const BRIDGES = new Set(['familiar', 'close', 'closest', 'briefed', 'polled', 'surveyed', 'interviewed', 'loyal', 'allied', 'linked', 'involved', 'connected', 'knowledge', 'opposed', 'aligned']);

/**
 * The noun phrase that ends just before `end` (exclusive), not reaching before `floor`.
 * Walks left over nouns, names, adjectives, numbers and possessives, through "of"/"for"
 * between nouns ("a member of the Belarusian parliament"), and stops at a determiner.
 */
export function npBefore(tokens: readonly Token[], end: number, floor: number): Range | null {
  floor = Math.max(floor, end - MAX_NP_TOKENS);
  let j = end - 1;
  if (j < floor) return null;
  const first = tokens[j]!;
  if (isPronoun(first)) return { start: j, end };
  // ("Will wrote", "Will urged": a capitalised modal before a past form is a name, as in George Will.)
  const verb = tokens[end];
  if (first.pos === 'AUX' && (first.text === 'Will' || first.text === 'May') && verb && verb.pos === 'VERB' && verb.normal !== verb.lemma && !/ing$/.test(verb.normal)) {
    const before = npBefore(tokens, j, floor);
    return before && tokens[before.end - 1]!.pos === 'PROPN' ? { start: before.start, end } : { start: j, end };
  }
  // "a third said", "two-thirds said": a fraction heads the phrase whatever wink tags it.
  if (FRACTIONS.has(first.normal) && j - 1 >= floor && (tokens[j - 1]!.normal === 'a' || tokens[j - 1]!.pos === 'NUM' || tokens[j - 1]!.type === 'number')) {
    return { start: j - 1, end };
  }
  // "most of them said", "two of us said": a quantifier or number with a partitive pronoun.
  if (OBJECT_PRONOUNS.has(first.normal) && first.pos === 'PRON' && j - 2 >= floor && tokens[j - 1]!.normal === 'of') {
    if (QUANTIFIERS.has(tokens[j - 2]!.normal) || tokens[j - 2]!.pos === 'NUM' || tokens[j - 2]!.type === 'number') return { start: j - 2, end };
    // ("nearly 10 percent of them voted": a proportion.)
    const whole = headLike(tokens[j - 2]!) ? npBefore(tokens, j - 1, floor) : null;
    if (whole) return { start: whole.start, end };
  }
  // "Some said", "Many say", "Another said": a quantifier standing alone is the subject.
  // ("Not everyone is convinced …", "Not all agree": the negation belongs to the subject.)
  if (QUANTIFIERS.has(first.normal) && j - 1 >= floor && tokens[j - 1]!.normal === 'not') return { start: j - 1, end };
  // ("a strategy some believe he could replicate": after a noun, a quantifier opens a relative clause.)
  if (QUANTIFIERS.has(first.normal) && (j === floor || !npToken(tokens[j - 1]!) || tokens[j - 1]!.pos === 'PUNCT' || (tokens[j - 1]!.pos === 'NOUN' && first.pos === 'DET'))) return { start: j, end };
  // "those surveyed said", "Republicans polled say": a respondents' participle after its noun.
  if (RESPONDENT_PARTICIPLES.has(first.normal) && j - 1 >= floor && (tokens[j - 1]!.normal === 'those' || (npToken(tokens[j - 1]!) && tokens[j - 1]!.pos !== 'DET'))) {
    if (tokens[j - 1]!.normal === 'those') return { start: j - 1, end };
    j--;
  }
  // "a source close to him said", "people familiar with them said": the pronoun is the object of
  // the phrase's modifier; the phrase goes on to its left.
  if (OBJECT_PRONOUNS.has(first.normal) && first.pos === 'PRON' && j - 2 >= floor && NP_INNER_ADP.has(tokens[j - 1]!.normal) && BRIDGES.has(tokens[j - 2]!.normal)) {
    j -= 3;
    if (j < floor || !npToken(tokens[j]!)) return null;
  } else if (first.type === 'word' && !npToken(first) && j - 2 >= floor && tokens[j - 1]!.text === '-' && tokens[j - 1]!.end === first.start && tokens[j - 2]!.end === tokens[j - 1]!.start && tokens[j - 2]!.type === 'word') {
    // ("this Trump look-alike declared": a hyphenated compound heads the phrase, whatever wink tags its last word.)
    j -= 2;
    while (j - 2 >= floor && tokens[j - 1]!.text === '-' && tokens[j - 1]!.end === tokens[j]!.start && tokens[j - 2]!.end === tokens[j - 1]!.start && tokens[j - 2]!.type === 'word') j -= 2;
    j--;
  } else if (!npToken(first) || first.pos === 'DET') return null;
  let sawDeterminer = false;
  while (j >= floor) {
    const t = tokens[j]!;
    if (sawDeterminer) {
      // "he and another reporter", "Trump and a top aide": a pronoun or name coordinated before it.
      if (t.normal === 'and' && t.pos === 'CCONJ' && j - 1 >= floor && ((SUBJECT_PRONOUNS.has(tokens[j - 1]!.normal) && tokens[j - 1]!.pos === 'PRON') || tokens[j - 1]!.pos === 'PROPN')) {
        sawDeterminer = false;
        j--;
        if (tokens[j]!.pos === 'PRON') {
          j--;
          break;
        }
        continue;
      }
      // Past a determiner only "of"/"for" + noun extends the phrase leftwards, or a bridge
      // ("familiar with the talks").
      // ("The poll by the Civic Institute": a document and its author.)
      if (t.type === 'word' && (NP_INNER_ADP.has(t.normal) || (t.normal === 'by' && DOCUMENT_NOUNS.has(tokens[j - 1]?.normal ?? ''))) && j - 1 >= floor && (headLike(tokens[j - 1]!) || BRIDGES.has(tokens[j - 1]!.normal))) {
        sawDeterminer = false;
        j--;
        if (BRIDGES.has(tokens[j]!.normal)) j--;
        continue;
      }
      break;
    }
    if (npToken(t)) {
      if (t.pos === 'DET' && !POSSESSIVE.has(t.text)) sawDeterminer = true;
      j--;
      continue;
    }
    // "a new statewide poll", "the most recent polling": wink tags some modifiers as adverbs.
    if (t.pos === 'ADV' && t.type === 'word' && j < end - 1 && j - 1 >= floor && tokens[j - 1]!.pos === 'DET' && !POSSESSIVE.has(tokens[j - 1]!.text) && npToken(tokens[j + 1]!) && tokens[j + 1]!.pos !== 'DET') {
      j--;
      continue;
    }
    // "Trump’s running mate", "the ruling party": a gerund modifying the noun after it.
    if (t.pos === 'VERB' && /ing$/.test(t.normal) && j < end - 1 && tokens[j + 1]!.pos === 'NOUN' && j - 1 >= floor &&
      (POSSESSIVE.has(tokens[j - 1]!.text) || POSSESSIVE_DETERMINERS.has(tokens[j - 1]!.normal) || (tokens[j - 1]!.pos === 'DET' && !isPronoun(tokens[j - 1])))) {
      j--;
      continue;
    }
    // "her friend", "his spokesman": a possessive determiner opens the phrase like an article.
    if (POSSESSIVE_DETERMINERS.has(t.normal) && (t.pos === 'PRON' || t.pos === 'DET') && j < end - 1) {
      sawDeterminer = true;
      j--;
      continue;
    }
    // "Texas-based Matt Mackowiak", "warm-and-fuzzy Trump": a compound modifier glued by hyphens.
    if (t.type === 'word' && j < end - 1 && j - 2 >= floor && tokens[j - 1]!.text === '-' && tokens[j - 1]!.end === t.start && tokens[j - 2]!.end === tokens[j - 1]!.start) {
      let k = j - 2;
      while (k - 2 >= floor && tokens[k - 1]!.end === tokens[k]!.start && tokens[k - 2]!.end === tokens[k - 1]!.start && (tokens[k - 1]!.text === '-' || tokens[k]!.text === '-')) k--;
      if (tokens[k]!.type === 'word' && (k === 0 || tokens[k - 1]!.end < tokens[k]!.start)) {
        j = k - 1;
        continue;
      }
    }
    // "Shanklin-Hawkins", "CNN/ORC": a hyphen or slash glued between two words of the phrase.
    // ("warm-and-fuzzy Trump": the whole glued chain, whatever its inner words are.)
    if ((t.text === '-' || t.text === '/') && j < end - 1 && j - 1 >= floor && tokens[j - 1]!.end === t.start && t.end === tokens[j + 1]!.start && (npToken(tokens[j - 1]!) || tokens[j - 1]!.type === 'word')) {
      let k = j - 1;
      while (k - 2 >= floor && (tokens[k - 1]!.text === '-' || tokens[k - 1]!.text === '/') && tokens[k - 1]!.end === tokens[k]!.start && tokens[k - 2]!.end === tokens[k - 1]!.start && tokens[k - 2]!.type === 'word') k -= 2;
      j = npToken(tokens[k]!) && k === j - 1 ? j - 1 : k - 1;
      continue;
    }
    // "current and former officials", "Trump and Clinton": a coordination inside the phrase.
    if ((t.normal === 'and' || t.normal === 'or') && t.pos === 'CCONJ' && j - 1 >= floor && npToken(tokens[j - 1]!) && tokens[j - 1]!.pos !== 'DET') {
      j--;
      continue;
    }
    // "he and Mr. Allen", "she and another reporter": a subject pronoun coordinated before the phrase.
    if (t.normal === 'and' && t.pos === 'CCONJ' && j < end - 1 && j - 1 >= floor && SUBJECT_PRONOUNS.has(tokens[j - 1]!.normal) && tokens[j - 1]!.pos === 'PRON') {
      j -= 2;
      break;
    }
    // ("Nearly nine out of 10 say": a proportion.)
    if (t.normal === 'of' && j - 2 >= floor && tokens[j - 1]!.normal === 'out' && (tokens[j - 2]!.pos === 'NUM' || tokens[j - 2]!.type === 'number')) {
      j -= 2;
      continue;
    }
    // ("A review by The Times shows …": a document and its author.)
    const authored = t.normal === 'by' && j - 1 >= floor && DOCUMENT_NOUNS.has(tokens[j - 1]!.normal);
    // ("Chad’s Ambassador to France", "an adviser to the governor": a role held towards someone.)
    const roleTo = t.normal === 'to' && j - 1 >= floor && ROLES_TOWARDS.has(tokens[j - 1]!.normal);
    if (authored || (t.type === 'word' && NP_INNER_ADP.has(t.normal) && j - 1 >= floor && (headLike(tokens[j - 1]!) || BRIDGES.has(tokens[j - 1]!.normal)) && (t.normal !== 'to' || BRIDGES.has(tokens[j - 1]!.normal) || roleTo))) {
      j--;
      if (BRIDGES.has(tokens[j]!.normal)) j--;
      continue;
    }
    break;
  }
  let start = j + 1;
  // Never start on a preposition or a possessive mark.
  while (start < end && (NP_INNER_ADP.has(tokens[start]!.normal) || POSSESSIVE.has(tokens[start]!.text))) start++;
  return start < end ? { start, end } : null;
}

function headLike(t: Token): boolean {
  // A number heads a phrase in "four in 10 said".
  // ("the most recent polling in Florida": a gerund that names evidence, which wink tags as a verb.)
  return (t.type === 'word' && (t.pos === 'NOUN' || t.pos === 'PROPN' || startsUpper(t.text) || (t.pos === 'VERB' && NOUN_GERUNDS.has(t.normal)))) || t.type === 'number' || t.pos === 'NUM';
}

/**
 * The noun phrase that starts at `start` and runs right, not past `ceiling` (exclusive):
 * "said *a member of the Belarusian parliament*, speaking …", "according to *BelTA*".
 */
export function npAfter(tokens: readonly Token[], start: number, ceiling: number, firstMayBeVerb = false): Range | null {
  ceiling = Math.min(ceiling, start + MAX_NP_TOKENS);
  let j = start;
  if (j >= ceiling) return null;
  if (isPronoun(tokens[j]) && tokens[j]!.normal !== 'that') return { start: j, end: j + 1 };
  // "according to him"
  if (OBJECT_PRONOUNS.has(tokens[j]!.normal) && tokens[j]!.pos === 'PRON' && !(j + 1 < ceiling && npToken(tokens[j + 1]!))) return { start: j, end: j + 1 };
  // "his campaign finance documents": a possessive determiner opens the phrase.
  if (POSSESSIVE_DETERMINERS.has(tokens[j]!.normal) && j + 1 < ceiling && npToken(tokens[j + 1]!)) j++;
  // "nearly 6 in 10", "about a third": an approximation before a number or fraction.
  else if (APPROXIMATIONS.has(tokens[j]!.normal) && j + 1 < ceiling && (tokens[j + 1]!.pos === 'NUM' || tokens[j + 1]!.type === 'number' || tokens[j + 1]!.normal === 'a')) j++;
  let lastHead = -1;
  while (j < ceiling) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    // "a new Associated Press-GfK poll": wink's odd tags inside a phrase — an adverb before an
    // adjective or noun, a hyphen joining two words.
    // ("the court-released playbook", "a Trump-backed candidate": any word glued after the hyphen.)
    const glued = (t.text === '-' || t.text === '/') && lastHead >= 0 && next !== undefined && j + 1 < ceiling && tokens[j - 1]!.end === t.start && t.end === next.start && (npToken(next) || next.type === 'word');
    // ("the recently court-released playbook": an adverb before a hyphenated compound too.)
    const compoundNext = next !== undefined && next.type === 'word' && tokens[j + 2]?.text === '-' && next.end === tokens[j + 2]!.start && tokens[j + 3]?.type === 'word' && tokens[j + 2]!.end === tokens[j + 3]!.start;
    const innerAdverb = t.pos === 'ADV' && j > start && tokens[j - 1]!.pos === 'DET' && next !== undefined && j + 1 < ceiling && (npToken(next) || compoundNext) && next.pos !== 'DET';
    if (glued || innerAdverb) {
      j++;
      continue;
    }
    // "a just-released poll", "a well-known critic": a hyphenated compound modifies the head after it.
    const after = tokens[j + 2];
    if (next?.text === '-' && after && j + 3 < ceiling && t.type === 'word' && after.type === 'word' && t.end === next.start && next.end === after.start && npToken(tokens[j + 3]!)) {
      j += 3;
      continue;
    }
    // "complete but unofficial returns": coordinated modifiers; "interviews with more than a
    // half-dozen of …": a comparative before a number.
    const coordinatedModifier = (t.normal === 'and' || t.normal === 'but' || t.normal === 'or') && lastHead >= 0 && lastHead === j - 1 && (tokens[j - 1]!.pos === 'ADJ' || (firstMayBeVerb && j - 1 === start)) &&
      next !== undefined && j + 2 < ceiling && next.pos === 'ADJ' && npToken(tokens[j + 2]!);
    if (coordinatedModifier || (t.normal === 'more' && next?.normal === 'than' && j > start && NP_INNER_ADP.has(tokens[j - 1]!.normal))) {
      j += 2;
      continue;
    }
    // ("told employees in a memo that …": "that" opens a clause, not a phrase.)
    if (t.normal === 'that' && j > start) break;
    // (After "according to", wink reads the next word as an infinitive: "to state records", "to people".)
    // ("a leaked memo", "newly released documents": a participle after an article or adverb,
    // before the head, modifies it.)
    const participialModifier = t.pos === 'VERB' && /(?:ed|en)$/.test(t.normal) && j > start && (tokens[j - 1]!.pos === 'DET' || tokens[j - 1]!.pos === 'ADV') &&
      next !== undefined && j + 1 < ceiling && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ');
    if (npToken(t) || participialModifier || baseVerbInPhrase(t, next) || (firstMayBeVerb && j === start && t.pos === 'VERB' && t.type === 'word')) {
      // ("some of his rivals": a quantifier heads the phrase.)
      if ((t.pos !== 'DET' || QUANTIFIERS.has(t.normal)) && !POSSESSIVE.has(t.text)) lastHead = j;
      j++;
      continue;
    }
    if (BRIDGES.has(t.normal) && lastHead >= 0 && j + 1 < ceiling && NP_INNER_ADP.has(tokens[j + 1]!.normal)) {
      j += 2;
      continue;
    }
    // ("The New York Times on Tuesday": a time phrase ends the phrase.)
    if (t.type === 'word' && NP_INNER_ADP.has(t.normal) && t.normal !== 'to' && lastHead >= 0 && j + 1 < ceiling && npToken(tokens[j + 1]!) && !TIME_WORDS.has(tokens[j + 1]!.normal)) {
      j++;
      continue;
    }
    // ("some of his rivals", "one of their aides": a possessive after "of".)
    if (t.normal === 'of' && lastHead >= 0 && j + 2 < ceiling && POSSESSIVE_DETERMINERS.has(tokens[j + 1]!.normal) && npToken(tokens[j + 2]!)) {
      j += 2;
      continue;
    }
    break;
  }
  return lastHead >= start ? { start, end: lastHead + 1 } : null;
}

/** The category of a cue verb at `i`, or null. Cue verbs inside quotations are the speaker's words. */
export function cueCategory(doc: Doc, i: number): CueCategory | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  // Words inside a quotation are the speaker's, not cues, unless the quotation was never closed
  // (an unbalanced mark should not swallow the rest of the paragraph).
  if (t.type !== 'word' || inClosedQuote(doc, t)) return null;
  if (t.pos !== 'VERB') {
    // wink tags some verbs as nouns ("the inspector general found that …"): accept a known verb
    // form when a that-clause, a comma or a quotation follows.
    const next = tokens[i + 1];
    if (!(t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'PROPN') || !next) return null;
    const lemma = IRREGULAR.get(t.normal) ?? stripVerbEnding(t.normal);
    // ("Clinton is promising them …", "he is promising to …": a progressive form wink tags as an adjective.)
    if (/ing$/.test(t.normal) && tokens[i - 1] !== undefined && tokens[i - 1]!.sentence === t.sentence && tokens[i - 1]!.lemma === 'be' && tokens[i - 1]!.pos === 'AUX' &&
      (OBJECT_PRONOUNS.has(next.normal) || next.pos === 'PROPN' || (next.pos === 'DET' && next.normal !== 'that') || next.normal === 'that' || (next.normal === 'to' && tokens[i + 2]?.pos === 'VERB'))) {
      const lemmaOfIng = ingLemma(t.normal);
      const category = lemmaOfIng ? CUE_LEMMAS.get(lemmaOfIng)! : null;
      if (category && category !== 'quote-only') return category;
    }
    // Most nouns are no verb form of a cue: stop before the checks below.
    if (!CUE_LEMMAS.has(lemma) && !CUE_LEMMAS.has(t.lemma)) return null;
    const before = tokens[i - 1];
    // "He referenced his …", "Ian Read said company leaders …": a past form right after a subject
    // pronoun or a name inside the sentence is a verb, whatever wink tags it.
    const pastForm = /ed$/.test(t.normal) || t.normal === 'said';
    const afterName = pastForm && before !== undefined && before.type === 'word' && startsUpper(before.text) && before.pos !== 'DET' && tokens[i - 2]?.sentence === t.sentence && !isTitleCase(doc, t.sentence);
    if (before && before.sentence === t.sentence && ((before.pos === 'PRON' && SUBJECT_PRONOUNS.has(before.normal) && before.normal !== 'it') || afterName) && pastForm) {
      const category = CUE_LEMMAS.get(lemma) ?? null;
      if (category && category !== 'quote-only') return category;
    }
    // Headlines: "Trump demands Ginsburg resign", "Clinton swipes at Trump", "DNC issues ‘apology’",
    // "Super PAC Chief Praises Rubio": a present form after a name, before a name, pronoun,
    // determiner or quotation (or the preposition of a phrasal cue).
    if (before && before.sentence === t.sentence && before.pos === 'PROPN' && /[^s']s$/.test(t.normal) && (!startsUpper(t.text) || isTitleCase(doc, t.sentence)) &&
      (next.pos === 'PROPN' || SUBJECT_PRONOUNS.has(next.normal) || OBJECT_PRONOUNS.has(next.normal) || (next.pos === 'DET' && next.normal !== 'that') || isOpeningMark(doc, next) ||
        ((next.normal === 'about' || next.normal === 'of') && CUE_LEMMAS.get(lemma) === 'phrasal') || ((next.normal === 'at' || next.normal === 'to') && tokens[i + 2]?.pos === 'PROPN') ||
        // ("Germany pledges to expand its military", "Clinton hints at husband's job")
        (next.normal === 'to' && tokens[i + 2]?.pos === 'VERB' && t.normal !== 'states') || (next.normal === 'at' && (tokens[i + 2]?.pos === 'NOUN' || POSSESSIVE_DETERMINERS.has(tokens[i + 2]?.normal ?? ''))))) {
      const category = CUE_LEMMAS.get(lemma) ?? CUE_LEMMAS.get(t.lemma) ?? null;
      if (category && category !== 'quote-only') return category;
    }
    // "…, many think, …": a quantifier standing as the subject of a parenthetical cue.
    // ("Some say they …", "laws that some say target …": one opening a clause, before a clause.)
    const opener = tokens[i - 2];
    const atClauseStart = opener === undefined || opener.sentence !== t.sentence || isComma(opener) || opener.normal === 'that' || opener.pos === 'CCONJ';
    // ("Both think Obama advanced …", "Many fear Trump will …": a name or article opening the clause after it.)
    if (before && QUANTIFIERS.has(before.normal) && before.sentence === t.sentence && atClauseStart &&
      ((next.text === ',' && isComma(opener)) || next.pos === 'PRON' || next.normal === 'that' || next.pos === 'VERB' || next.pos === 'PROPN' || next.pos === 'DET' ||
        // ("laws that some say target Muslims": after a relative, the gap's verb, whatever wink tags it.)
        (opener !== undefined && (opener.normal === 'that' || opener.normal === 'which') && next.type === 'word' && next.pos !== 'ADP' && next.lemma === next.normal && tokens[i + 2]?.pos !== 'AUX' && tokens[i + 2]?.pos !== 'VERB'))) return CUE_LEMMAS.get(t.lemma) ?? CUE_LEMMAS.get(lemma) ?? null;
    // "respondents who support Sanders", "those who say …": a relative "who" is followed by its verb.
    if (before && before.normal === 'who' && before.sentence === t.sentence && next.pos !== 'PUNCT') return CUE_LEMMAS.get(t.lemma) ?? CUE_LEMMAS.get(lemma) ?? null;
    // "4 in 10 say they …", "64 percent call him …": wink reads a verb after a proportion as a noun.
    if (afterProportion(tokens, i) && (next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.normal === 'that' || next.pos === 'NUM')) {
      return CUE_LEMMAS.get(t.lemma) ?? CUE_LEMMAS.get(lemma) ?? null;
    }
    // "fundraising reports show he …", "the records show.": a base form after a plural noun.
    // ("Polls show Trump …": wink reads a capitalized plural at the start as a name.)
    const pluralBefore = before !== undefined && /s$/.test(before.normal) &&
      ((before.pos === 'NOUN' && before.lemma !== before.normal) || (before.pos === 'PROPN' && DOCUMENT_NOUNS.has(before.normal)));
    // ("Polls show voters trust …", "records show payments to …": after a document, any phrase.)
    const documentBefore = before !== undefined && DOCUMENT_NOUNS.has(before.normal) && /s$/.test(before.normal) && (next.pos === 'NOUN' || next.pos === 'ADJ');
    if (before && before.sentence === t.sentence && pluralBefore && t.normal === t.lemma &&
      (/^[.,;:!?]$/.test(next.text) || next.normal === 'that' || next.pos === 'PRON' || next.pos === 'PROPN' || next.pos === 'DET' || next.pos === 'NUM' || documentBefore)) {
      return CUE_LEMMAS.get(t.lemma) ?? null;
    }
    // ("Polls show as many as 30 percent …", "where polls show Mrs. Clinton …", "results that show
    // where …": an evidence verb's base form after plural documents, whatever wink tags them.)
    const documentsBefore = before !== undefined && before.sentence === t.sentence && ((/s$/.test(before.normal) && DOCUMENT_NOUNS.has(before.normal)) ||
      ((before.normal === 'that' || before.normal === 'which') && DOCUMENT_NOUNS.has(tokens[i - 2]?.normal ?? '') && /s$/.test(tokens[i - 2]!.normal)));
    if (documentsBefore && t.normal === t.lemma && CUE_LEMMAS.get(t.lemma) === 'evidence' && next.type === 'word' && next.normal !== 'of' && next.pos !== 'CCONJ') return 'evidence';
    // "records from the 2008 cycle show he …", "polls by Edison Research show two-thirds …": a base
    // form after a noun or name, followed by the subject of a clause.
    // ("told The Huffington Post he …": a capitalised word inside a sentence is part of a name.)
    if (before && before.sentence === t.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN') && t.normal === t.lemma && (!startsUpper(t.text) || isTitleCase(doc, t.sentence)) &&
      (SUBJECT_PRONOUNS.has(next.normal) || next.normal === 'that' || next.pos === 'NUM')) {
      return CUE_LEMMAS.get(t.lemma) ?? null;
    }
    // "Millennials support background checks", "two-thirds support reducing …", "students polled
    // support Clinton": a base form after a plural subject, followed by its object.
    const pluralSubject = before !== undefined && before.sentence === t.sentence && !POSSESSIVE.has(next.text) && !POSSESSIVE.has(before.text) &&
      ((/s$/.test(before.normal) && ((before.pos === 'NOUN' && before.lemma !== before.normal) || (before.pos === 'PROPN' && !isTitleCase(doc, t.sentence)) || FRACTIONS.has(before.normal))) ||
        before.normal === 'polled' || before.normal === 'surveyed' || (COLLECTIVE_NOUNS.has(before.normal) && before.pos === 'NOUN'));
    // ("Rabbis vow to boycott …": or an infinitive.)
    if (pluralSubject && t.normal === t.lemma && (next.pos === 'PROPN' || next.pos === 'DET' || (next.pos === 'VERB' && /ing$/.test(next.normal)) || OBJECT_PRONOUNS.has(next.normal) || (next.normal === 'to' && tokens[i + 2]?.pos === 'VERB'))) {
      return CUE_LEMMAS.get(t.lemma) ?? null;
    }
    // ("Labor leaders point out that …", "politicians point to …": a phrasal cue right after its subject.)
    if (CUE_LEMMAS.get(lemma) === 'phrasal' && phrasalGap(tokens, i) === 0 && before !== undefined && before.sentence === t.sentence &&
      (before.pos === 'NOUN' || before.pos === 'PROPN' || SUBJECT_PRONOUNS.has(before.normal)) && (t.normal === t.lemma || /[^s]s$/.test(t.normal)) && !POSSESSIVE.has(before.text)) return 'phrasal';
    // ("Putin chides Turkey and praises Trump": a second verb of the subject's, after "and" and the
    // first verb's object, before an object of its own.)
    // ("Graham slams Trump, praises Clinton": or a comma.)
    const secondVerb = before !== undefined && ((before.normal === 'and' && before.pos === 'CCONJ') || before.text === ',') && /(?:[^s]s|ed)$/.test(t.normal) &&
      (tokens[i - 2]?.pos === 'PROPN' || OBJECT_PRONOUNS.has(tokens[i - 2]?.normal ?? '')) &&
      (next.pos === 'PROPN' || OBJECT_PRONOUNS.has(next.normal) || (next.pos === 'DET' && next.normal !== 'that' && before.text !== ',')) &&
      tokens.slice(Math.max(0, i - 8), i - 2).some((w) => w.pos === 'VERB' && w.sentence === t.sentence);
    if (secondVerb) {
      const category = CUE_LEMMAS.get(lemma) ?? CUE_LEMMAS.get(t.lemma) ?? null;
      if (category && category !== 'quote-only') return category;
    }
    // "…,” Viguerie notes." — a verb form right after a name or pronoun, ending the clause.
    const afterSubject = before !== undefined && (before.pos === 'PROPN' || isPronoun(before)) && /^(?:[.,;:!?]|that)$/.test(next.normal) && /(?:s|ed)$/.test(t.normal);
    if (verbSlot(doc, i, lemma)) {
      const category = CUE_LEMMAS.get(lemma) ?? CUE_LEMMAS.get(t.lemma) ?? null;
      if (category && category !== 'quote-only') return category;
    }
    if (!afterSubject && !(next.normal === 'that' || next.text === ',' || next.text === ':')) return null;
    // "eight states, with 83 votes,", "Clinton’s campaign,", "Editor’s note:": a noun after a
    // determiner, number, adjective or possessive, or an uninflected noun before a comma, is no verb.
    // ("the inspector general found that": a past form after an adjective is still a verb.)
    // ("…, which notes, “…”": a relative pronoun is the subject, not a determiner.)
    if (before && before.sentence === t.sentence && ((before.pos === 'DET' && !afterSubject) || before.pos === 'NUM' || POSSESSIVE.has(before.text))) return null;
    if (before && before.sentence === t.sentence && before.pos === 'ADJ' && !IRREGULAR.has(t.normal) && !/ed$/.test(t.normal)) return null;
    if (!IRREGULAR.has(t.normal) && !/(?:s|ed)$/.test(t.normal) && next.normal !== 'that') return null;
    if (startsUpper(t.text) && i > 0 && tokens[i - 1]!.sentence === t.sentence) return null;
    if (pluralNoun(tokens, i)) return null;
    return CUE_LEMMAS.get(lemma) ?? CUE_LEMMAS.get(t.lemma) ?? null;
  }
  if (!CUE_LEMMAS.has(t.lemma) && !CUE_LEMMAS.has(t.normal)) return null;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "the United States", "Says Who": a capitalized word inside a sentence is part of a name.
  // (A headline in title case, "Trump Says Mexico Will Pay", is the exception.)
  // (So is a headline run into the text before it, "… 9:23PMRubio Says Abandoning Reform Was …":
  // a name before the verb and capitalised words after it.)
  if (startsUpper(t.text) && prev && prev.sentence === t.sentence && !/^[“‘"'«(—–-]$/.test(prev.text) && !isTitleCase(doc, t.sentence) && !localHeadline(tokens, i)) return null;
  // ("Cruz was brilliantly articulate": a base form right after a form of "be" is an adjective.)
  if (t.normal === t.lemma && !/(?:ed|ing)$/.test(t.normal)) {
    let b = i - 1;
    while (b >= 0 && tokens[b]!.pos === 'ADV' && tokens[b]!.sentence === t.sentence) b--;
    const be = tokens[b];
    if (be && be.sentence === t.sentence && be.lemma === 'be' && be.normal !== 'be' && be.normal !== 'being' && be.normal !== 'been') return null;
  }
  // "refugees admitted are …", "Republicans seeking the nomination": a participle right after a
  // noun, with no auxiliary, modifies the noun; it does not report speech.
  // (A present-tense form is finite: "The businessman says running for office is tough.")
  // (Nor is a past form before a gerund, "the nominee reported holding …", or after a person noun.)
  if (prev && prev.sentence === t.sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN') && !startsUpper(prev.text) && !/[^s]s$/.test(t.normal) && !personNoun(prev)) {
    if (next && (next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)))) return null;
    // ("Figures reported on Sunday now suggest …": past a short time or place phrase.)
    if (next && PLACE_TIME_PREPOSITIONS.has(next.normal) && /ed$/.test(t.normal)) {
      const object = npAfter(tokens, i + 2, Math.min(tokens.length, i + 4));
      const placeOrTime = object !== null && tokens.slice(object.start, object.end).some((w) => TIME_WORDS.has(w.normal) || w.pos === 'PROPN' || w.pos === 'NUM');
      let k = object && placeOrTime ? object.end : -1;
      while (k > 0 && tokens[k]?.pos === 'ADV') k++;
      if (k > 0 && tokens[k]?.sentence === t.sentence && (tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !/ing$/.test(tokens[k]!.normal)))) return null;
    }
  }
  // "Trump’s reported net worth", "the group’s alleged ties": a participle between a possessive and its noun.
  // (After a pronoun, "’s" is "has" or "is": "she’s predicted big wins".)
  if (prev && POSSESSIVE.has(prev.text) && !isPronoun(tokens[i - 2]) && /ed$/.test(t.normal) && next && (next.pos === 'NOUN' || next.pos === 'ADJ')) return null;
  // "USA TODAY’s reporting indicated …", "his polling": a gerund after a possessive names an
  // activity or its product; it reports nothing itself.
  // (Not a closing quotation mark, "''the yuca primary,'' referring to", nor "’s" for "is", "no one’s talking".)
  if (prev && prev.sentence === t.sentence && /ing$/.test(t.normal) && next?.normal !== 'that' && (POSSESSIVE_DETERMINERS.has(prev.normal) || possessiveMark(doc, i - 1))) return null;
  // "Additional reporting by Jim Finkle": a gerund whose agent follows is a credit, not a report.
  // ("with 99 percent of precincts reporting,": nor is a participle after a noun with nothing after
  // it; "signs saying, “…”" has its quotation.)
  if (/ing$/.test(t.normal) && (next?.normal === 'by' ||
    (prev?.pos === 'NOUN' && prev.sentence === t.sentence && !personNoun(prev) && (next === undefined || next.sentence !== t.sentence || /^[.;!?)]$/.test(next.text) || (next.text === ',' && !isOpeningMark(doc, tokens[i + 2])))))) return null;
  // "Lerer reported from Los Angeles.": a byline's place, with nothing reported.
  if (t.normal === 'reported' && next?.normal === 'from') {
    const place = npAfter(tokens, i + 2, Math.min(tokens.length, i + 8));
    const after = place ? tokens[place.end] : undefined;
    if (place && (!after || after.sentence !== t.sentence || /^[.;]$/.test(after.text))) return null;
  }
  // "eight states", "the said report": a determiner, number or adjective before it makes it a noun.
  // (wink tags some nouns as adjectives, "a poll in Saturday’s primary showed that", "a senior
  // official said": an inflected form after an adjective, not followed by a noun, is still a verb.)
  // ("One says …, another says …", "43 said the same", "six in 10 said": a number or quantifier
  // standing alone as the subject of an inflected verb that opens a clause is no determiner.)
  // ("The statement by the two suggested …": "the two" stands for its people.)
  // ("“…,” the two write.": a present form too, ending the clause.)
  const theNumber = prev?.pos === 'NUM' && prev.type === 'word' && tokens[i - 2]?.normal === 'the' && (t.normal !== t.lemma || (next !== undefined && /^[.,;]$/.test(next.text)));
  // ("they all vowed", "the candidates both said": a quantifier floated after its subject.)
  const floated = prev !== undefined && (prev.normal === 'all' || prev.normal === 'both' || prev.normal === 'each') && (SUBJECT_PRONOUNS.has(tokens[i - 2]?.normal ?? '') || (tokens[i - 2]?.pos === 'NOUN' && /s$/.test(tokens[i - 2]!.normal)) || tokens[i - 2]?.pos === 'PROPN');
  // ("another Pew study from 2011 noted": a year ends the phrase before an inflected verb.)
  const year = prev?.pos === 'NUM' && /^(?:1[89]|20)\d\d$/.test(prev.text) && t.normal !== t.lemma && !/ing$/.test(t.normal);
  if (prev && prev.sentence === t.sentence && (prev.pos === 'DET' || prev.pos === 'NUM') && !isPronoun(prev) && !theNumber && !floated && !year && !standaloneSubject(tokens, i)) return null;
  if (prev && prev.sentence === t.sentence && prev.pos === 'ADJ' && !QUANTIFIERS.has(prev.normal) && (t.normal === t.lemma || /ing$/.test(t.normal) || (next !== undefined && (next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')))) return null;
  // "a group called X", "known as": naming, not speech.
  // ("Trump called Cruz a hypocrite" is speech: a name before "called" is its subject.)
  // ("Sanders' campaign called AP's report …", "; one lawmaker called Trump …": a phrase that
  // opens its clause is the subject.)
  if ((t.normal === 'called' || t.normal === 'known' || t.normal === 'named') && next && (next.normal === 'as' || (prev?.pos === 'NOUN' && !startsUpper(prev.text) && (startsUpper(next.text) || next.pos === 'PUNCT') && !opensClause(tokens, i)))) return null;
  // "so-called superdelegates": a hyphenated modifier.
  if (t.normal === 'called' && prev?.text === '-' && tokens[i - 2]?.normal === 'so') return null;
  // "called her at one point", "called Haugland earlier this month": a telephone call, with no
  // second complement naming what the person was called.
  if (t.lemma === 'call' && next && (OBJECT_PRONOUNS.has(next.normal) || next.pos === 'PROPN' || next.pos === 'DET')) {
    const object = OBJECT_PRONOUNS.has(next.normal) ? { start: i + 1, end: i + 2 } : npAfter(tokens, i + 1, Math.min(tokens.length, i + 6));
    const after = object ? tokens[object.end] : undefined;
    const personal = object !== null && (OBJECT_PRONOUNS.has(next.normal) || tokens.slice(object.start, object.end).every((w) => w.pos === 'PROPN'));
    // ("as The Daily Beast called them in an article, ''Manchurian anchors''": the name is quoted later.)
    const quoted = tokens.slice(i + 1, Math.min(tokens.length, i + 16)).some((w) => w.sentence === t.sentence && w.quote >= 0);
    // ("calling him out", "called them on it": a phrasal verb is speech.)
    const phrasal = after !== undefined && CALL_PARTICLES.has(after.normal);
    if (personal && !quoted && !phrasal && (!after || after.sentence !== t.sentence || (after.pos === 'ADP' && after.normal !== 'as' && after.normal !== 'to') || after.pos === 'ADV' || after.text === '.' || TIME_WORDS.has(after.normal))) return null;
  }
  const category = CUE_LEMMAS.get(t.lemma) ?? CUE_LEMMAS.get(t.normal) ?? null;
  if (category && pluralNoun(tokens, i)) return null;
  // "his stump speech focused on immigration": a participle after a noun modifies it.
  // ("the moderator pointed out that …": a that-clause after the preposition makes it finite.)
  // ("The news service pointed to …": a phrase that opens its clause makes it the clause's verb.)
  if (category === 'phrasal' && /ed$/.test(t.normal) && prev && prev.pos === 'NOUN' && !startsUpper(prev.text) && !personNoun(prev) && !(tokens[i - 1]?.sentence === t.sentence && opensClause(tokens, i)) &&
    tokens[i + 2 + Math.max(0, phrasalGap(tokens, i))]?.normal !== 'that') return null;
  // "referring to", "talked about", "spoke out against", "spoke briefly about": these report only
  // with their preposition.
  if (category === 'phrasal') {
    const gap = phrasalGap(tokens, i);
    if (gap < 0) return null;
    const prep = tokens[i + 1 + gap]!;
    // "spoke in Miami", "talked on Monday": place and time, not what was talked about ("spoke in favor of" is).
    // ("pointed out in December, “…”": a particle stands alone; what follows it is not its object.)
    if (prep.normal !== 'out' && ((prep.normal === 'in' && !['favor', 'favour', 'support', 'defense', 'defence'].includes(tokens[i + 2 + gap]?.normal ?? '')) ||
      TIME_WORDS.has(tokens[i + 2 + gap]?.normal ?? '') || TIME_WORDS.has(tokens[i + 3 + gap]?.normal ?? ''))) return null;
  }
  // Senses of cue verbs that report nothing: "earnings declined significantly" (not "declined to
  // comment"), "claiming 41 percent of the vote", "whatever Trump charged his campaign", "seeking the
  // presidency".
  if (category && otherSense(doc, i)) return null;
  // Stance verbs are often nouns wink takes for verbs: "support for the plan", "40 percent support".
  if (category === 'stance' && ((next && ['for', 'of', 'from', 'among', 'in', 'with'].includes(next.normal)) || (prev && ['percent', '%', 'his', 'her', 'their', 'its', 'our', 'broad', 'public'].includes(prev.normal)))) return null;
  return category;
}

/**
 * Whether the number or quantifier before the verb at `i` is its whole subject: "another says",
 * "43 said they …", "six in 10 said". The verb is inflected and a clause follows it.
 */
/**
 * Whether the word at `i`, which wink tagged as a noun, stands where its clause's verb goes: after
 * a subject that opens the clause, agreeing with it, and before an object or clause ("The ad slams
 * Kasich", "skywriters blast Trump", "about 4 in 10 want one with experience").
 */
function verbSlot(doc: Doc, i: number, lemma: string): boolean {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (!before || !next || before.sentence !== t.sentence || POSSESSIVE.has(before.text) || before.pos === 'DET' || before.pos === 'ADJ') return false;
  // ("the United States Hispanic Chamber": a capitalised word inside a sentence is part of a name.)
  if (startsUpper(t.text) && !isTitleCase(doc, t.sentence)) return false;
  // ("Rust Belt states that …": after a name, only an object that cannot follow a noun makes it a verb.)
  if (before.pos === 'PROPN' && (next.normal === 'that' || !(next.pos === 'DET' || next.pos === 'PRON' || isOpeningMark(doc, next)))) return false;
  const third = /[^s]s$/.test(t.normal) && t.normal !== lemma;
  const base = t.normal === lemma;
  if (!third && !base) return false;
  const pluralSubject = (/s$/.test(before.normal) && before.pos === 'NOUN') || before.pos === 'NUM' || before.type === 'number' || QUANTIFIERS.has(before.normal) || FRACTIONS.has(before.normal) || ['they', 'we', 'you', 'i'].includes(before.normal);
  if (base && !pluralSubject) return false;
  if (third && (pluralSubject || before.pos === 'PRON' && !['he', 'she', 'it'].includes(before.normal))) return false;
  if (!(next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'PRON' || next.pos === 'NUM' || next.normal === 'that' || isOpeningMark(doc, next) || (next.normal === 'to' && tokens[i + 2]?.pos === 'VERB'))) return false;
  const np = npBefore(tokens, i, doc.sentences[t.sentence]!.tokenStart);
  if (!np) return false;
  const opener = tokens[np.start - 1];
  return opener === undefined || opener.sentence !== t.sentence || isComma(opener) || opener.pos === 'CCONJ' || opener.pos === 'SCONJ' || opener.normal === 'that' || isOpeningMark(doc, opener) || /^[:;—–]$/.test(opener.text);
}

/** One past a phrase's head: the word before its first preposition ("the poll | by the institute"). */
export function headEnd(tokens: readonly Token[], np: Range): number {
  for (let k = np.start + 1; k < np.end; k++) if (tokens[k]!.pos === 'ADP') return k;
  return np.end;
}

/** Objects with which "seek" means running and "post" means achieving: "seeking the presidency", "posted a victory". */
const PRIZES: ReadonlySet<string> = new Set(['victory', 'victories', 'win', 'wins', 'loss', 'losses', 'gain', 'gains', 'record', 'deficit', 'surplus', 'profit', 'profits', 'title', 'titles', 'seat', 'seats', 'nomination', 'prize', 'crown', 'mantle', 'delegates', 'presidency', 'office', 'reelection', 're-election', 'term', 'post', 'job', 'spot', 'lead', 'majority']);

/** Words that open a clause a verb of thought can take as its object: "whether to run", "how to vote". */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'that', 'how', 'what', 'why', 'when', 'where', 'who', 'which']);

/**
 * Whether a finite clause without "that" starts at `k` and ends before `to`: a subject and then its
 * verb ("showed Clinton had received …", "can see this guy is a fraud"), not an object ("showed a
 * strong lead").
 */
export function finiteClauseAfter(tokens: readonly Token[], k: number, to: number): boolean {
  const subject = SUBJECT_PRONOUNS.has(tokens[k]?.normal ?? '') && tokens[k]!.pos === 'PRON' ? { end: k + 1 } : npAfter(tokens, k, Math.min(to, k + 8));
  const verb = subject ? tokens[subject.end] : undefined;
  return verb !== undefined && subject!.end < to && (verb.pos === 'AUX' || (verb.pos === 'VERB' && verb.normal !== verb.lemma && !/ing$/.test(verb.normal)));
}

/** A headline run into the text before it: a name, an -s verb form at `i`, then two capitalised words. */
function localHeadline(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  return prev !== undefined && prev.pos === 'PROPN' && startsUpper(prev.text) && /[^s]s$/.test(t.normal) &&
    [tokens[i + 1], tokens[i + 2]].every((w) => w !== undefined && w.sentence === t.sentence && w.type === 'word' && startsUpper(w.text));
}

/** Whether the cue verb at `i` is used in a sense that reports nothing (see `cueCategory`). */
function otherSense(doc: Doc, i: number): boolean {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  const next = tokens[i + 1];
  switch (t.lemma) {
    case 'worry':
    case 'alarm':
    case 'frighten':
      // ("The remark worried some analysts": the one worried is the object; "worried that …" and
      // "worried the nation might …" report.)
      if (next === undefined || /ing$/.test(t.normal)) return false;
      if (OBJECT_PRONOUNS.has(next.normal)) return true;
      if (next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NOUN') {
        const object = npAfter(tokens, i + 1, Math.min(tokens.length, i + 9));
        const after = object ? tokens[object.end] : undefined;
        return object !== null && !(after && (after.pos === 'AUX' || (after.pos === 'VERB' && !/ing$/.test(after.normal))));
      }
      return false;
    case 'decline': {
      // ("fees declined to $281 million", "earnings declined sharply", "declined in 2014": a fall.)
      const figure = (w: Token | undefined) => w !== undefined && (w.pos === 'NUM' || w.type === 'number' || /^[$€£]$/.test(w.text));
      if (next && ['to', 'from', 'by', 'in'].includes(next.normal) && figure(tokens[i + 2])) return true;
      return next !== undefined && next.pos === 'ADV';
    }
    case 'claim':
      // ("claiming 41 percent of the vote": a share won; "claimed victory" is a claim.)
      return next !== undefined && (next.pos === 'NUM' || next.type === 'number');
    case 'post':
    case 'seek': {
      const object = npAfter(tokens, i + 1, Math.min(tokens.length, i + 7));
      return object !== null && PRIZES.has(tokens[headEnd(tokens, object) - 1]!.normal);
    }
    case 'threaten':
      // ("natives threatened by ethnic diversity": endangered, not warned.)
      return next?.normal === 'by';
    case 'applaud':
      // ("as the crowd applauded.": clapping.)
      return !next || /^[.,;!?]$/.test(next.text);
    case 'give':
      // ("given that Putin backs …": since.)
      return t.normal === 'given' && next?.normal === 'that';
    case 'charge':
      // ("charged that …", "charged him with …", "charged, …" report; "charged his campaign $2 million" bills.)
      // (Nor does "“…,” Bolton charged." at the end of its clause, nor "“…,” Kelly charged in …"
      // after a quotation.)
      if (tokens.slice(Math.max(0, i - 4), i).some((w) => isClosingMark(doc, w))) return false;
      return next !== undefined && next.normal !== 'that' && !/^[,:.;!?]$/.test(next.text) && !isOpeningMark(doc, next) && !tokens.slice(i + 1, Math.min(tokens.length, i + 6)).some((w) => w.normal === 'with');
    case 'nominate':
      // ("the Republican nominating contest": a modifier of the noun after it.)
      return t.normal === 'nominating' && next !== undefined && next.pos === 'NOUN';
    case 'add':
      // ("adding to his Super Tuesday victories": increasing, not saying more.)
      return next?.normal === 'to' && tokens[i + 2]?.pos !== 'VERB';
    case 'respond':
      // ("responded by abruptly blocking …": an act in return, not words.)
      // ("responded by explaining that …" is speech still.)
      return next?.normal === 'by' && tokens.slice(i + 2, Math.min(tokens.length, i + 5)).some((w) => (w.pos === 'VERB' || w.pos === 'NOUN') && /ing$/.test(w.normal) && !CUE_LEMMAS.has(w.lemma));
    case 'state':
      // ("money to states", "and then states doled it out": the noun. "The law states that …",
      // "states: “…”" report.)
      return t.normal === 'states' && !(next && (next.normal === 'that' || next.text === ':' || isComma(next) || isOpeningMark(doc, next)));
    case 'see': {
      // A view is held only as a judgement: "sees him as a threat", "saw that the race had
      // changed". ("saw his worth balloon", "the referendum saw the continuation": sight, events.)
      // ("Everyone can see this guy is a fraud": a finite clause after it is a judgement too.)
      if (next?.normal === 'that' || withinClause(tokens, i, 10, (k) => tokens[k]!.normal === 'as')) return false;
      return !finiteClauseAfter(tokens, i + 1, doc.sentences[t.sentence]!.tokenEnd);
    }
    case 'consider': {
      // Weighing a question or holding an opinion: "is considering whether to run", "considering
      // running", "consider themselves liberal", "considers it to be a threat", "considered that …".
      // ("will consider the motion", "considering a second term": an item on an agenda.)
      // ("the limit economists consider sustainable": an adjective for an object gone before it.)
      if (next && (CLAUSE_OPENERS.has(next.normal) || (next.pos === 'VERB' && /ing$/.test(next.normal)) || REFLEXIVES.has(next.normal) || next.pos === 'ADJ')) return false;
      return !withinClause(tokens, i, 6, (k) => tokens[k]!.normal === 'as' || (tokens[k]!.normal === 'to' && tokens[k + 1]?.normal === 'be'));
    }
    case 'view':
      // ("viewed 10 million times", "viewed by 20 million people": watched.)
      return next !== undefined && (next.pos === 'NUM' || next.type === 'number' || next.normal === 'by' || next.normal === 'online');
    case 'like': {
      // ("issues like defunding …", "whomever they like.", "hundreds just like it": a comparison,
      // or no object to like.)
      const before = tokens[i - 1];
      if (before && ['just', 'much', 'more', 'exactly', 'very', 'nothing', 'anything', 'something', 'look', 'looks', 'looked', 'sound', 'sounds', 'seem', 'seems', 'feel', 'feels'].includes(before.normal)) return true;
      return !next || next.pos === 'PUNCT' || next.pos === 'ADP' || (next.pos === 'VERB' && /ing$/.test(next.normal));
    }
    default:
      return false;
  }
}

/** Whether one of the `limit - 1` words after `i`, before the clause's punctuation, passes `test`. */
function withinClause(tokens: readonly Token[], i: number, limit: number, test: (k: number) => boolean): boolean {
  for (let k = i + 1; k < Math.min(tokens.length, i + limit); k++) {
    const w = tokens[k]!;
    if (w.sentence !== tokens[i]!.sentence || /^[.,;:!?—–]$/.test(w.text)) return false;
    if (test(k)) return true;
  }
  return false;
}

function standaloneSubject(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1]!;
  const next = tokens[i + 1];
  if (t.pos !== 'VERB' || /ing$/.test(t.normal) || !next) return false;
  // ("Some said, “…”", "another reporter said.": a quantifier alone before punctuation.)
  if (prev.normal === 'all' && t.normal === 'told') return false;
  if (QUANTIFIERS.has(prev.normal) && /^[,.;:!?]$/.test(next.text)) return true;
  // ("And both vowed to be tougher": a quantifier opening its clause, before an infinitive.)
  const opener = tokens[i - 2];
  if (QUANTIFIERS.has(prev.normal) && next.normal === 'to' && (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX') && (opener === undefined || opener.sentence !== t.sentence || isComma(opener) || opener.pos === 'CCONJ' || opener.pos === 'SCONJ')) return true;
  // ("laws that some say target Muslims": a quantifier after a relative pronoun, before its verb.)
  if (QUANTIFIERS.has(prev.normal) && ['that', 'which', 'who', 'what'].includes(tokens[i - 2]?.normal ?? '') && next.pos === 'VERB') return true;
  // ("4 in 10 said billionaire Donald Trump …": after a proportion, a clause may open with a noun.)
  const proportion = (prev.pos === 'NUM' || prev.type === 'number') && tokens[i - 2]?.normal === 'in' && t.normal !== t.lemma && (next.pos === 'NOUN' || next.pos === 'ADJ');
  if (!(next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN' || next.normal === 'that' || next.text === ':' || proportion)) return false;
  if (QUANTIFIERS.has(prev.normal)) return true;
  if ((prev.pos !== 'NUM' && prev.type !== 'number') || t.normal === t.lemma) return false;
  const before = tokens[i - 2];
  return before === undefined || before.sentence !== t.sentence || isComma(before) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.pos === 'ADV' || before.normal === 'in' || before.normal === 'than';
}

/**
 * Where the noun phrase right before the verb at `i` starts, when that phrase opens its clause
 * (after the sentence's start, a semicolon or ", and"); otherwise -1.
 */
function clauseOpeningPhrase(tokens: readonly Token[], i: number): number {
  const t = tokens[i]!;
  let k = i - 1;
  const floor = Math.max(0, i - MAX_NP_TOKENS);
  while (k >= floor && tokens[k]!.sentence === t.sentence && (npToken(tokens[k]!) || POSSESSIVE_DETERMINERS.has(tokens[k]!.normal))) k--;
  const before = tokens[k];
  return before === undefined || before.sentence !== t.sentence || before.text === ';' || (before.pos === 'CCONJ' && isComma(tokens[k - 1])) ? k + 1 : -1;
}

/** Whether the noun phrase before the verb at `i` opens its clause and is not indefinite ("a website called …"). */
function opensClause(tokens: readonly Token[], i: number): boolean {
  const start = clauseOpeningPhrase(tokens, i);
  return start >= 0 && tokens[start]!.normal !== 'a' && tokens[start]!.normal !== 'an';
}

/**
 * How many adverbs stand between a phrasal cue at `i` and its preposition ("talked about" → 0,
 * "spoke briefly about" → 1, "speak more loudly about" → 2), or -1 when no preposition follows.
 */
export function phrasalGap(tokens: readonly Token[], i: number): number {
  for (let g = 0; g <= 2; g++) {
    const w = tokens[i + 1 + g];
    if (!w) return -1;
    if (g === 0 && w.normal === 'at') return placedAbout(tokens, i) ?? -1;
    if (PHRASAL_PREPOSITIONS.has(w.normal)) return g === 0 && (w.normal === 'at' || w.normal === 'on' || w.normal === 'in') ? placedAbout(tokens, i) ?? g : g;
    if (w.pos !== 'ADV' || PHRASAL_PREPOSITIONS.has(w.normal)) return -1;
  }
  return -1;
}

/**
 * "spoke at the White House on Tuesday about rights": for "speak" and "talk", the gap to an
 * "about" past a short place or time phrase, or null.
 */
function placedAbout(tokens: readonly Token[], i: number): number | null {
  const lemma = tokens[i]!.lemma;
  if (lemma !== 'speak' && lemma !== 'talk') return null;
  for (let k = i + 1; k < Math.min(tokens.length, i + 10); k++) {
    const w = tokens[k]!;
    if (w.normal === 'about' && k > i + 2) return k - i - 1;
    if (!(w.pos === 'ADP' || w.pos === 'DET' || w.pos === 'PROPN' || w.pos === 'NOUN' || w.pos === 'NUM' || w.pos === 'ADJ') || w.sentence !== tokens[i]!.sentence) return null;
  }
  return null;
}

/** "promising" → "promise", "pushing" → "push", "planning" → "plan": the lemma of the lexicon an -ing form is of, or null. */
function ingLemma(normal: string): string | null {
  const stem = normal.slice(0, -3);
  const doubled = stem.length > 3 && stem[stem.length - 1] === stem[stem.length - 2] ? stem.slice(0, -1) : '';
  return [stem, `${stem}e`, doubled].find((w) => w !== '' && CUE_LEMMAS.has(w)) ?? null;
}

/** "claims" → "claim", "warned" → "warn": the form without -s or -ed (a cheap guess at a verb's lemma; wink's lemma is tried too). */
function stripVerbEnding(normal: string): string {
  if (normal.endsWith('ed')) {
    // ("referenced" → "reference", "noted" → "note": a lemma ending in "e" keeps it.)
    const bare = normal.slice(0, -2);
    if (CUE_LEMMAS.has(bare)) return bare;
    if (CUE_LEMMAS.has(normal.slice(0, -1))) return normal.slice(0, -1);
    // ("preferred" → "prefer", "referred" → "refer": a doubled final consonant.)
    if (bare.length > 3 && bare[bare.length - 1] === bare[bare.length - 2] && CUE_LEMMAS.has(bare.slice(0, -1))) return bare.slice(0, -1);
    // ("applied" → "apply")
    if (bare.endsWith('i') && CUE_LEMMAS.has(`${bare.slice(0, -1)}y`)) return `${bare.slice(0, -1)}y`;
    return bare;
  }
  if (normal.endsWith('s')) {
    const bare = normal.slice(0, -1);
    if (CUE_LEMMAS.has(bare)) return bare;
    // ("denies" → "deny", "pushes" → "push")
    if (normal.endsWith('ies') && CUE_LEMMAS.has(`${normal.slice(0, -3)}y`)) return `${normal.slice(0, -3)}y`;
    if (normal.endsWith('es') && CUE_LEMMAS.has(normal.slice(0, -2))) return normal.slice(0, -2);
    return bare;
  }
  return normal;
}

/** Whether a word follows a proportion that poll reports use as a subject: "4 in 10", "64 percent", "a majority". */
function afterProportion(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return false;
  if (prev.normal === 'percent' || prev.normal === '%' || prev.normal === 'majority' || prev.normal === 'half' || prev.normal === 'third' || prev.normal === 'quarter') return true;
  return (prev.pos === 'NUM' || prev.type === 'number') && tokens[i - 2]?.normal === 'in' && (tokens[i - 3]?.pos === 'NUM' || tokens[i - 3]?.type === 'number');
}

// Cue verbs whose -s form is also a common plural noun.
const NOUN_VERBS = new Set(['state', 'report', 'point', 'note', 'vote', 'claim', 'charge', 'comment', 'question', 'answer', 'call', 'reply', 'promise', 'pledge', 'warn', 'warning', 'demand', 'request', 'plan', 'hope', 'fear', 'concern', 'attack', 'support', 'document', 'record', 'post', 'tweet', 'remark', 'estimate', 'show', 'find']);

/**
 * "Rust Belt states that have suffered", "battleground states, according to": a cue word that is
 * also a plural noun, after a noun or adjective and heading a relative clause or ending a phrase.
 */
function pluralNoun(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // ("Massachusetts and Vermont, states that vote …": an appositive noun after a comma too.)
  if (!NOUN_VERBS.has(t.lemma) || !/s$/.test(t.normal) || !prev || !next || !(prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'ADJ' || isComma(prev))) return false;
  // ("…, a new Suffolk University Poll finds, …": after a document it is the document's verb.)
  if (DOCUMENT_NOUNS.has(prev.normal)) return false;
  // ("Sanders, meanwhile, hopes that …": a comma that closes an adverb set off is no appositive.)
  if (isComma(prev) && tokens[i - 2]?.pos === 'ADV' && isComma(tokens[i - 3])) return false;
  // ("Their experience shows that cutting emissions …": a gerund after "that" opens a clause.)
  return isComma(next) || (next.normal === 'that' && (isComma(prev) || (tokens[i + 2]?.pos === 'VERB' && !/ing$/.test(tokens[i + 2]!.normal)) || tokens[i + 2]?.pos === 'AUX'));
}

/** A noun for people who can speak ("member", "officials", "nominee"): a verb after it is its predicate. */
function personNoun(t: Token): boolean {
  return ROLE_NOUNS.has(t.normal) || GROUP_NOUNS.has(t.normal) || ROLE_NOUNS.has(t.lemma) || GROUP_NOUNS.has(t.lemma);
}

/** Most words of the sentence start with a capital: a headline in title case. */
function isTitleCase(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence]!;
  let words = 0;
  let capitals = 0;
  // (A sentence full of names still has lower-case content words: "… met the head of the United
  // States Hispanic Chamber in town".)
  let lowerContent = 0;
  for (let k = s.tokenStart; k < s.tokenEnd && words < 40; k++) {
    const w = doc.tokens[k]!;
    if (w.type !== 'word' || w.text.length < 4) continue;
    words++;
    if (startsUpper(w.text)) capitals++;
    else if (w.pos === 'NOUN' || w.pos === 'ADJ') lowerContent++;
  }
  return words >= 3 && capitals / words > 0.7 && lowerContent <= 1;
}

/** Days, months and other time words: "said on Monday", "spoke in March" are not phrasal cues. */
export const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'week', 'month', 'year', 'today', 'yesterday', 'morning', 'evening', 'night', 'weekend', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** Prepositions that make a phrasal cue ("talk about", "refer to", "vote against"). */
export const PHRASAL_PREPOSITIONS = new Set(['about', 'to', 'on', 'of', 'for', 'against', 'with', 'out', 'in']);

const IRREGULAR = new Map([
  ['said', 'say'], ['says', 'say'], ['told', 'tell'], ['tells', 'tell'], ['found', 'find'], ['wrote', 'write'],
  ['thought', 'think'], ['knew', 'know'], ['felt', 'feel'], ['shown', 'show'], ['showed', 'show'], ['tweets', 'tweet'],
]);

/** A capitalised word that neither opens its sentence nor follows an opening mark or colon. */
function midSentenceCapital(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j]!;
  const prev = tokens[j - 1];
  return startsUpper(t.text) && t.pos === 'ADV' && prev !== undefined && prev.sentence === t.sentence && !/^[“‘"'«„(:—–-]$/.test(prev.text);
}

/** Skips adverbs, auxiliaries and "not" left of a verb ("has also said", "did not say"). */
export function skipLeftModifiers(tokens: readonly Token[], i: number, floor: number): number {
  let j = i - 1;
  for (;;) {
    // ("Most believe that …": a quantifier that opens the clause is its subject, whatever wink tags it.)
    // ("…, Jolly said": a capitalised word inside a sentence that wink tags an adverb is a name.)
    // ("this Trump look-alike declared": a word glued to a hyphen ends the subject.)
    // ("Will wrote", "Will urged": a capitalised modal before a past form is a name.)
    while (j >= floor && ((SKIP_BEFORE_VERB.has(tokens[j]!.pos) && tokens[j]!.type === 'word' && !isPronoun(tokens[j]) && !FRACTIONS.has(tokens[j]!.normal) && !midSentenceCapital(tokens, j) &&
      !(j === i - 1 && tokens[j]!.pos === 'AUX' && (tokens[j]!.text === 'Will' || tokens[j]!.text === 'May') && tokens[i]!.normal !== tokens[i]!.lemma && !/ing$/.test(tokens[i]!.normal)) &&
      !(j > 0 && tokens[j - 1]!.text === '-' && tokens[j - 1]!.end === tokens[j]!.start) &&
      !(QUANTIFIERS.has(tokens[j]!.normal) && (j === floor || !npToken(tokens[j - 1]!) || tokens[j - 1]!.pos === 'PUNCT'))) || REFLEXIVES.has(tokens[j]!.normal) ||
      // "Richards and Menendez both stressed", "She further announced", "has since said".
      (FLOATING.has(tokens[j]!.normal) && j > floor && (tokens[j - 1]!.pos === 'NOUN' || tokens[j - 1]!.pos === 'PROPN' || tokens[j - 1]!.pos === 'PRON' || tokens[j - 1]!.pos === 'AUX')))) j--;
    // "have in particular noted", "who in the past has voiced": a fixed adverbial phrase.
    // (wink may tag the noun an adverb, already passed: "at first".)
    if (j > floor && j + 1 < i && ADVERBIAL_PREPOSITIONS.has(tokens[j]!.normal) && ADVERBIAL_OBJECTS.has(tokens[j + 1]!.normal) && !NP_INNER_ADP.has(tokens[j - 1]!.normal)) {
      j--;
      continue;
    }
    if (j - 1 >= floor && ADVERBIAL_OBJECTS.has(tokens[j]!.normal)) {
      const k = tokens[j - 1]!.normal === 'the' ? j - 2 : j - 1;
      if (k >= floor && ADVERBIAL_PREPOSITIONS.has(tokens[k]!.normal) && k > floor && !NP_INNER_ADP.has(tokens[k - 1]!.normal)) {
        j = k - 1;
        continue;
      }
    }
    // "Sanders, meanwhile, said", "has, however, revealed": an adverb set off by commas.
    if (j - 2 >= floor && isComma(tokens[j]) && tokens[j - 1]!.pos === 'ADV' && isComma(tokens[j - 2])) {
      j -= 3;
      continue;
    }
    // A bracketed aside between subject and verb: "Rep. Gregory Meeks (D-N.Y.) said".
    if (j >= floor && tokens[j]!.text === ')') {
      let k = j - 1;
      while (k >= floor && j - k < 10 && tokens[k]!.text !== '(') k--;
      if (k >= floor && tokens[k]!.text === '(') {
        j = k - 1;
        continue;
      }
    }
    // An aside between dashes: "The justice -- who has been in a scuffle with him -- said".
    if (j >= floor && isAsideDash(tokens, j)) {
      let k = j - 1;
      while (k >= floor && j - k < 25 && !isAsideDash(tokens, k)) k--;
      if (k > floor && isAsideDash(tokens, k)) {
        j = k - 1;
        continue;
      }
    }
    return j + 1;
  }
}

/**
 * A clause that states a reason for anonymity around a source: "who wished to remain anonymous",
 * "speaking on condition of anonymity because …", "who was not authorized to discuss it".
 * Returns the token range of the clause, or null.
 */
export function anonymityClause(tokens: readonly Token[], from: number, to: number): (Range & { reason: boolean }) | null {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!ANONYMITY_MARKERS.has(t.normal) && !(t.normal === 'named' || t.normal === 'identified')) continue;
    // "familiar with the talks", "unnamed" describe a source as unnamed without giving a reason.
    const reason = !['familiar', 'unnamed', 'unidentified', 'undisclosed'].includes(t.normal);
    // ("who did not want to be named": the negation may come before the window's first word.)
    if ((t.normal === 'named' || t.normal === 'identified') && !hasNegationBefore(tokens, k, Math.max(0, from - 3))) continue;
    // Grow to the clause around the marker: back to a comma or clause opener, on to a comma or the end.
    let a = k;
    while (a > from && !isComma(tokens[a - 1]) && !isOpeningMarkText(tokens[a - 1]!.text)) a--;
    let b = k + 1;
    while (b < to && !isComma(tokens[b]) && tokens[b]!.pos !== 'PUNCT') b++;
    return { start: a, end: b, reason };
  }
  return null;
}

function hasNegationBefore(tokens: readonly Token[], k: number, floor: number): boolean {
  for (let j = k - 1; j >= Math.max(floor, k - 4); j--) if (tokens[j]!.normal === 'not' || tokens[j]!.normal === "n't") return true;
  return false;
}

function isOpeningMarkText(text: string): boolean {
  return OPENING_MARKS.has(text);
}
