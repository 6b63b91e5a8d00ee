import type { Doc, DocSentence, NameChunk, Quote, Token } from '../../parse/types.js';
import type { Span } from '../../types.js';
import { classifySource } from './classify.js';
import { ANONYMITY_MARKERS, CUE_ADJECTIVES, CUE_NOUNS, DOCUMENT_NOUNS } from './words.js';
import {
  TIME_WORDS,
  anonymityClause,
  MAX_CONTENT_TOKENS,
  PHRASAL_PREPOSITIONS,
  type Range,
  cueCategory,
  inClosedQuote,
  isClosingMark,
  isComma,
  isDash,
  phrasalGap,
  isOpeningMark,
  NOUN_GERUNDS,
  FRACTIONS,
  QUANTIFIERS,
  REFLEXIVES,
  headEnd,
  npAfter,
  npBefore,
  skipLeftModifiers,
  SUBJECT_PRONOUNS,
  finiteClauseAfter,
} from './phrases.js';
import type { OutletMention } from '../outlets/types.js';
import type { AttributionMode, Source, SourceKind } from './types.js';
import { startsUpper } from '../../_lib/chars.js';
import {
  type ContentPart,
  type Found,
  clauseEndsSoon,
  contentAfter,
  afterClauseBreak,
  contentBeforeCue,
  firstStartingAt,
  firstTokenAt,
  infinitiveContent,
  isClosingOrComma,
  inOpeningSubordinate,
  isOpeningPhrase,
  markUsed,
  modeOf,
  nominalContent,
  adjectiveObject,
  spanOf,
  textSpan,
  trimmed,
  trimmedQuote,
} from './content.js';
import {
  COLON_LABELS,
  FINDINGS,
  FUNCTION_POS,
  GERUND_OPENERS,
  GERUND_PREPOSITIONS,
  POSSESSIVE_PRONOUNS,
  VIEW_NOUNS,
  appearanceReport,
  cueEndBefore,
  followsThat,
  framingAs,
  infinitiveHost,
  isCapsWord,
  isPassive,
  isSpeakerLabelStart,
  issuedDocument,
  labelFollows,
  LIGHT_VERB_NOUNS,
  TARGET_VERBS,
  UNHELD_NOUNS,
  UNHELD_PREPOSITIONS,
  lightVerbContent,
  lightVerbSubject,
  multiwordCue,
  objectGapAntecedent,
  possessorOf,
  receivedReaction,
  relativeGapCue,
  thatComplement,
  unstatedReport,
  viewHolder,
} from './constructions.js';

export type { Found } from './content.js';

interface Speaker {
  name: string;
  kind: SourceKind;
  lastToken: string;
  offset: number;
  /** A single person (named or not), so "he" or "she" can refer to it. */
  person: boolean;
  /** The canonical name, where the speaker was named. */
  named: boolean;
  /** Where the speaker was mentioned: what a pronoun referring to it points back to. */
  mention: Span;
}

const SENTENCE_FINAL = /^[.!?…]+$/;
/** How far back pronouns and short forms look for an antecedent: keeps the pass linear. */
const MAX_LOOKBACK = 200;

/** The latest speaker that fits, looking back over at most MAX_LOOKBACK of them (no copies). */
function findRecent(speakers: readonly Speaker[], fits: (s: Speaker) => boolean): Speaker | undefined {
  for (let k = speakers.length - 1; k >= Math.max(0, speakers.length - MAX_LOOKBACK); k--) {
    const s = speakers[k]!;
    if (fits(s)) return s;
  }
  return undefined;
}

/**
 * Finds every attribution of a document, sentence by sentence, keeping the state that crosses
 * sentences: the speakers named so far (for pronouns and short forms) and the last direct quote's
 * speaker (for quotations that run on).
 */
export function extractAttributions(doc: Doc, outletAt: (token: number) => OutletMention | undefined = () => undefined): Found[] {
  const tokens = doc.tokens;
  const chunksByToken = new Int32Array(tokens.length).fill(-1);
  for (const chunk of doc.names) chunksByToken.fill(chunk.index, chunk.tokenStart, chunk.tokenEnd);
  const found: Found[] = [];
  const speakers: Speaker[] = [];
  // Full names by their last word, first mention first: "Okafor" → "Lena Okafor".
  const fullNames = new Map<string, { name: string; offset: number }>();
  for (const chunk of doc.names) {
    if (chunk.kind !== 'person' || !chunk.name || !/\s/.test(chunk.name.text)) continue;
    const last = chunk.name.text.split(/\s+/).pop()!.toLowerCase();
    if (!fullNames.has(last)) fullNames.set(last, { name: chunk.name.text, offset: chunk.start });
  }
  let lastDirect: { found: Found; sentence: number } | null = null;
  const quoteUsed = new Set<number>();

  const makeSource = (np: Range, around: Range | null, atOffset: number, cueLemma = ''): Source => {
    const span = spanOf(doc, np)!;
    const c = classifySource(doc, np, around, chunksByToken, cueLemma);
    const reason = spanOf(doc, c.reason);
    if (c.kind === 'pronoun') {
      const word = tokens[np.start]!.normal;
      let antecedent: Speaker | undefined;
      if (word === 'who' || word === 'which' || word === 'that') {
        // The relative pronoun is the source as written (as PolNeAR marks it); the phrase it
        // refers to is kept as its antecedent, with the antecedent's kind and name.
        const before = findRelativeAntecedent(np.start);
        if (before && before.text !== null && before.start !== null && before.end !== null) {
          const { text, start, end, resolvedFrom: _r, ...rest } = before;
          return { ...rest, text: span.text, start: span.start, end: span.end, resolvedFrom: span, antecedent: { text, start, end } };
        }
      } else if (word === 'he' || word === 'she' || word === 'his' || word === 'him' || word === 'her') {
        const speaker = findRecent(speakers, (s) => s.person && s.offset < atOffset);
        const mentioned = personChunkBefore(atOffset, undefined, tokens[np.start]!.sentence);
        antecedent = speaker && (!mentioned || speaker.offset >= mentioned.offset) ? speaker : mentioned;
      } else if (word === 'they' || word === 'their' || word === 'them') {
        antecedent = findRecent(speakers, (s) => s.offset < atOffset && !s.person);
      } else if (word === 'it' || word === 'its') {
        antecedent = findRecent(speakers, (s) => s.offset < atOffset && (s.kind === 'named-organization' || s.kind === 'outlet' || s.kind === 'document'));
      }
      if (antecedent) {
        return { kind: antecedent.kind, text: span.text, start: span.start, end: span.end, ...(antecedent.named ? { name: antecedent.name } : {}), resolvedFrom: span, antecedent: antecedent.mention, ...(reason ? { reason } : {}) };
      }
      return { kind: reason ? 'anonymous' : 'unresolved', text: span.text, start: span.start, end: span.end, ...(reason ? { reason } : {}) };
    }
    const source: { -readonly [K in keyof Source]: Source[K] } = { kind: c.kind, text: span.text, start: span.start, end: span.end };
    // An outlet the outlets analyzer found at the phrase's head makes the source an outlet
    // ("according to Xinhua", "Russian state media reported", "an article in Rossiyskaya Gazeta").
    const mention = outletHead(np);
    if (mention && c.kind !== 'anonymous') {
      source.kind = 'outlet';
      if (mention.outlet) source.outlet = mention.outlet;
      source.stateAffiliated = mention.stateAffiliated;
      if (mention.outlet) source.name = mention.outlet.name;
      speakers.push({ name: source.name ?? span.text, kind: 'outlet', lastToken: '', offset: span.start, person: false, named: Boolean(mention.outlet), mention: span });
      return source;
    }
    if (c.kind === 'outlet') source.stateAffiliated = /\bstate\b|state-|kremlin|government-|pro-government/i.test(span.text);
    if (reason) source.reason = reason;
    if (c.chunk && (c.kind === 'named-person' || c.kind === 'named-organization' || c.kind === 'outlet')) {
      const nameText = c.chunk.name?.text ?? c.chunk.text;
      const lastWord = nameText.split(/\s+/).pop()!.toLowerCase();
      const earlier = c.kind === 'named-person' && nameText.split(/\s+/).length === 1
        ? findRecent(speakers, (s) => s.kind === 'named-person' && s.lastToken === lastWord) ?? personChunkBefore(atOffset, lastWord)
        : undefined;
      source.name = earlier?.name ?? nameText;
      if (earlier && earlier.name !== nameText) source.resolvedFrom = textSpan(doc, c.chunk.name?.start ?? c.chunk.start, c.chunk.name?.end ?? c.chunk.end);
      speakers.push({ name: source.name, kind: c.kind, lastToken: source.name.split(/\s+/).pop()!.toLowerCase(), offset: span.start, person: c.kind === 'named-person', named: true, mention: span });
    } else {
      speakers.push({ name: span.text, kind: c.kind, lastToken: '', offset: span.start, person: isSingularPerson(doc, np, c.kind), named: false, mention: span });
    }
    return source;
  };

  /** The outlet mention at a phrase's head, or one that makes up most of the phrase. */
  const outletHead = (np: Range): OutletMention | undefined => {
    const end = headEnd(tokens, np);
    const atHead = outletAt(end - 1);
    if (atHead) return atHead;
    // "one article in Rossiyskaya Gazeta", "an editorial in The Times": the outlet the piece is in.
    const head = tokens[end - 1]!.normal;
    if (['article', 'editorial', 'report', 'piece', 'column', 'commentary', 'broadcast', 'segment', 'story', 'op-ed'].includes(head)) {
      for (let k = end; k < np.end; k++) {
        const m = outletAt(k);
        if (m) return m;
      }
    }
    return undefined;
  };

  /** The most recent person-name chunk before an offset, as a speaker. */
  const personChunkBefore = (offset: number, lastWord?: string, beforeSentence?: number): Speaker | undefined => {
    // Only the chunks just before the offset are candidates: binary search, then a bounded walk.
    const lo = firstStartingAt(doc.names, offset);
    for (let k = lo - 1; k >= Math.max(0, lo - MAX_LOOKBACK); k--) {
      const chunk = doc.names[k]!;
      if (chunk.end > offset || !chunk.name) continue;
      if (beforeSentence !== undefined && chunk.sentence >= beforeSentence) continue;
      let name = chunk.name.text;
      let last = name.split(/\s+/).pop()!.toLowerCase();
      if (chunk.kind !== 'person') {
        // A bare surname mentioned earlier in full counts as that person.
        const full = !/\s/.test(name) ? fullNames.get(last) : undefined;
        if (!full || full.offset >= chunk.start) continue;
        name = full.name;
      }
      last = name.split(/\s+/).pop()!.toLowerCase();
      if (lastWord !== undefined && last !== lastWord) continue;
      return { name, kind: 'named-person', lastToken: last, offset: chunk.start, person: true, named: true, mention: textSpan(doc, chunk.start, chunk.end) };
    }
    return undefined;
  };

  /** "…analysts in Moscow, who have praised …": the noun phrase before the relative pronoun. */
  const findRelativeAntecedent = (pronounIndex: number): Source | null => {
    let end = pronounIndex;
    if (isComma(tokens[end - 1])) end--;
    const sentence = doc.sentences[tokens[pronounIndex]!.sentence]!;
    const np = npBefore(tokens, end, sentence.tokenStart);
    if (!np) return null;
    const after: Range = { start: pronounIndex, end: Math.min(sentence.tokenEnd, pronounIndex + 12) };
    const source = makeSource(np, after, tokens[np.start]!.start);
    return source;
  };

  const knownSurname = (word: string) => fullNames.has(word);
  for (const sentence of doc.sentences) {
    const before = found.length;
    extractFromSentence(doc, sentence, chunksByToken, makeSource, found, quoteUsed, knownSurname);
    // A thought or stance reported inside another attribution's content is part of that content.
    // (Only this sentence's attributions are candidates, and they are swept once in order of
    // position: the check stays linear even in a sentence with thousands of cues.)
    const swallowed = nestedInside(found, before);
    if (swallowed.size > 0) {
      let w = before;
      for (let k = before; k < found.length; k++) if (!swallowed.has(k)) found[w++] = found[k]!;
      found.length = w;
    }
    // A sentence that is a quotation with no cue of its own continues the last direct speaker.
    if (found.length === before) {
      const continuation = continuedQuote(doc, sentence, lastDirect, quoteUsed);
      if (continuation) found.push(continuation);
    }
    for (let k = before; k < found.length; k++) {
      const f = found[k]!;
      if ((f.mode === 'direct' || f.mode === 'mixed') && f.source.kind !== 'unresolved') lastDirect = { found: f, sentence: sentence.index };
    }
    if (lastDirect && sentence.index - lastDirect.sentence > 2) lastDirect = null;
  }
  return found;
}

/**
 * Cue categories whose attributions are part of another's content when they lie inside it (see
 * `Found.nested`): thoughts, stances and phrasal cues. Nominal, predicative and unstated cues too.
 */
const NESTED: ReadonlySet<string> = new Set(['cognition', 'stance', 'quote-only', 'phrasal']);

/** The hedges (corpus/lexicons/source-words.json) that report hearsay ("reportedly"), not an appearance ("apparently"). */
const REPORTING_ADVERBS: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'supposedly', 'rumoredly']);

/** Words that make a time phrase of the word after them: "last week", "this month". */
const TIME_MODIFIERS: ReadonlySet<string> = new Set(['last', 'this', 'next', 'earlier', 'late', 'early']);

/**
 * The subject of the clause that ends at `end`: the first noun phrase, name or pronoun that is
 * directly followed by a verb ("Clinton celebrated in Florida … and said …").
 */
function clauseSubject(doc: Doc, from: number, end: number): Range | null {
  const tokens = doc.tokens;
  if (end <= from) return null;
  let k = end - 1;
  // Start of the clause: back to the sentence start or a semicolon, at most 40 tokens.
  while (k > from && end - k < 40 && tokens[k - 1]!.text !== ';') k--;
  for (; k < end; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || !(t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'DET' || t.pos === 'PRON')) continue;
    // The object of a preposition is not the subject ("on Saturday criticized").
    if (k > 0 && tokens[k - 1]!.pos === 'ADP' && tokens[k - 1]!.sentence === t.sentence) continue;
    let np = npAfter(tokens, k, end);
    if (!np) continue;
    // ("Cruz belittled the issue, calling …": wink may tag a past form as an adjective, which the
    // phrase then swallows; a name or pronoun before it and an object after it make it the verb.)
    for (let m = np.start + 1; m < Math.min(end, np.end + 1); m++) {
      const w = tokens[m]!;
      const after = tokens[m + 1];
      if (w.pos === 'ADJ' && /ed$/.test(w.normal) && (tokens[m - 1]!.pos === 'PROPN' || tokens[m - 1]!.pos === 'PRON') && after && (after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'PRON')) {
        if (m < np.end) return { start: np.start, end: m };
        break;
      }
    }
    let v = np.end;
    // "Sen. Bernie Sanders (I-Vt.) called …": a bracketed aside after the subject.
    if (tokens[v]?.text === '(') {
      let close = v + 1;
      while (close < end && close - v < 12 && tokens[close]!.text !== ')') close++;
      if (tokens[close]?.text === ')') v = close + 1;
    }
    // "Huma Abedin, vice chairwoman for the campaign, emailed …": an appositive after the subject.
    if (isComma(tokens[v]) && tokens[np.start]!.pos === 'PROPN') {
      let close = v + 1;
      while (close < end && close - v < 15 && !isComma(tokens[close]) && tokens[close]!.pos !== 'VERB') close++;
      if (isComma(tokens[close])) v = close + 1;
    }
    // "Sanders on Saturday criticized …", "Trump earlier Tuesday backed …": a short time phrase.
    if (tokens[v]?.pos === 'ADP' && v + 1 < end) {
      const pp = npAfter(tokens, v + 1, Math.min(end, v + 4));
      if (pp && pp.end - pp.start <= 2 && tokens[pp.end]?.pos === 'VERB') v = pp.end;
    }
    let copula = false;
    while (v < end && (tokens[v]!.pos === 'ADV' || tokens[v]!.pos === 'AUX' || tokens[v]!.pos === 'PART')) {
      if (tokens[v]!.lemma === 'be') copula = true;
      v++;
    }
    if (v < end && tokens[v]!.pos === 'VERB') return np;
    // ("Bolton had a comparable assessment …, while saying …": "have" as the main verb, before its object.)
    if (v < end && v > np.end && tokens[v - 1]!.pos === 'AUX' && tokens[v - 1]!.lemma === 'have' && (tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'NOUN' || tokens[v]!.pos === 'ADJ')) return np;
    // (As above, right after the phrase.)
    const after = tokens[v + 1];
    if (v < end && tokens[v]!.pos === 'ADJ' && /ed$/.test(tokens[v]!.normal) && !copula && after && (after.pos === 'DET' || after.pos === 'PROPN' || after.pos === 'PRON')) return np;
    // "Fiorina was upfront about …, saying …": a predicate after "be".
    // ("Dayton has been a longtime Clinton supporter and has pledged …": or a noun phrase.)
    // (Not "It's a promotion for …", "There is a lot of chatter": no one who acts.)
    const nominal = (tokens[v]?.pos === 'DET' || tokens[v]?.pos === 'NOUN') && np.end - np.start === 1 ? !['it', 'this', 'that', 'there', 'which', 'what'].includes(tokens[np.start]!.normal) : true;
    if (copula && v < end && (tokens[v]!.pos === 'ADJ' || tokens[v]!.pos === 'ADP' || ((tokens[v]!.pos === 'DET' || tokens[v]!.pos === 'NOUN') && nominal && tokens[np.start]!.pos !== 'DET'))) return np;
    k = np.end - 1;
  }
  return null;
}

/**
 * "Sanders, a self-described democratic socialist", "He is a self-described moderate": the phrase
 * after "self-described" is what its bearer calls himself. The bearer is the phrase the appositive
 * follows, or the subject of "be"; without one there is no attribution.
 */
function selfDescribed(doc: Doc, i: number, from: number): { bearer: Range; description: Range } | null {
  const tokens = doc.tokens;
  const description = npAfter(tokens, i + 1, doc.sentences[tokens[i]!.sentence]!.tokenEnd);
  if (!description) return null;
  let k = i - 3;
  while (k >= from && (tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'CCONJ')) k--;
  let bearer: Range | null = null;
  if (k >= from && isComma(tokens[k])) bearer = npBefore(tokens, k, from);
  else if (k >= from && tokens[k]!.lemma === 'be') bearer = npBefore(tokens, skipLeftModifiers(tokens, k + 1, from), from);
  return bearer ? { bearer, description } : null;
}

/** Participles of questioning that open a sentence like "Asked …": "Pressed about …, she said". */
const QUESTIONING_PARTICIPLES: ReadonlySet<string> = new Set(['pressed', 'pushed', 'challenged', 'questioned', 'quizzed', 'grilled']);
const QUESTION_LINKS: ReadonlySet<string> = new Set(['by', 'about', 'on', 'over', 'again', 'further', 'repeatedly', 'later']);

/** Verbs whose object does what the infinitive after it says: "leaving some to question whether …". */
const CAUSATIVES: ReadonlySet<string> = new Set(['lead', 'leave', 'cause', 'prompt', 'drive', 'spur', 'inspire', 'compel', 'force', 'move']);

/** Verbs whose subject is also the subject of the gerund after them: "avoided criticizing", "started asking". */
const CATENATIVES: ReadonlySet<string> = new Set(['avoid', 'stop', 'start', 'keep', 'begin', 'resume', 'quit', 'finish', 'continue', 'risk']);

/**
 * Whether one of this sentence's attributions (from `first` on) has a cue over an offset. The
 * offsets under cues are indexed as attributions are added (`out` only grows while a sentence is
 * read), so a long sentence with many cues is still read in linear time.
 */
function cueIndex(out: readonly Found[], first: number): (offset: number) => boolean {
  // (Made on the first question: most sentences never ask.)
  let covered: Set<number> | null = null;
  let indexed = first;
  return (offset) => {
    covered ??= new Set<number>();
    for (; indexed < out.length; indexed++) {
      const cue = out[indexed]!.cue;
      if (cue) for (let c = cue.start; c < cue.end; c++) covered.add(c);
    }
    return covered.has(offset);
  };
}

/**
 * Whether a phrase can hold the findings an evidence verb reports ("shows", "found") without a
 * that-clause: a document ("A review by The Times shows …"), or any source at the end of the
 * clause ("…, Fox found.").
 */
function evidenceSource(doc: Doc, np: Range, chunksByToken: Int32Array, atClauseEnd: boolean): boolean {
  if (atClauseEnd) return true;
  // ("The poll by the Public Policy Institute showed …", "polling that was done … showed …": the head.)
  const head = headEnd(doc.tokens, np) - 1;
  if (DOCUMENT_NOUNS.has(doc.tokens[head]!.normal) || NOUN_GERUNDS.has(doc.tokens[head]!.normal)) return true;
  // ("9 percent found it a deterrent", "most found him honest": respondents judging.)
  if (doc.tokens[head]!.normal === 'percent' || doc.tokens[head]!.text === '%' || FRACTIONS.has(doc.tokens[head]!.normal) || QUANTIFIERS.has(doc.tokens[head]!.normal)) return true;
  return classifySourceKind(doc, np, chunksByToken) === 'document';
}

/**
 * A phrase headed by a document noun that ends where `np` does, reaching back over modifiers
 * after the head ("a poll out this week", "a survey on Tuesday of data operatives"), or null.
 * Only words of a noun phrase, prepositions and participles are crossed, at most ten of them.
 */
function documentBefore(tokens: readonly Token[], np: Range, from: number): Range | null {
  for (let k = np.start - 1; k >= Math.max(from, np.start - 10); k--) {
    const w = tokens[k]!;
    if (DOCUMENT_NOUNS.has(w.normal) && (w.pos === 'NOUN' || w.pos === 'PROPN')) {
      const head = npBefore(tokens, k + 1, from);
      return head ? { start: head.start, end: np.end } : null;
    }
    if (isComma(w) || w.pos === 'AUX' || w.pos === 'SCONJ' || w.pos === 'PRON' || w.pos === 'PUNCT' || (w.pos === 'VERB' && !/(?:ing|ed)$/.test(w.normal))) return null;
  }
  return null;
}

/** The first token of a clause after a conjunction or adverb that opens it ("But", "Meanwhile,"). */
function skipOpeners(tokens: readonly Token[], from: number): number {
  let k = from;
  while (tokens[k] && (tokens[k]!.pos === 'CCONJ' || (tokens[k]!.pos === 'ADV' && isComma(tokens[k + 1])) || isComma(tokens[k]))) k++;
  return k;
}

/**
 * The subject of the clause whose verb an infinitive of purpose at `to` completes ("stood at the
 * event to say …"), or null: the verb is no form of "be" or "have" and reports nothing itself,
 * and no noun or adjective comes right before "to" ("a chance to say", "hard to say").
 */
function purposeSubject(doc: Doc, from: number, to: number): Range | null {
  const tokens = doc.tokens;
  const before = tokens[to - 1];
  if (!before || to - 1 <= from || before.pos === 'ADJ' || before.pos === 'PRON' || before.pos === 'AUX' || before.pos === 'VERB' || isComma(before)) return null;
  // (A noun may end a place or time phrase, "came on the program to talk", but not an object the
  // infinitive describes, "has a chance to say".)
  if (before.pos === 'NOUN') {
    const phrase = npBefore(tokens, to, from);
    if (!phrase || tokens[phrase.start - 1]?.pos !== 'ADP') return null;
  }
  const subject = clauseSubject(doc, from, to);
  if (!subject) return null;
  let v = subject.end;
  while (v < to && tokens[v]!.pos !== 'VERB') v++;
  if (v >= to || tokens[v]!.lemma === 'be' || tokens[v]!.lemma === 'have' || /ing$/.test(tokens[v]!.normal) || cueCategory(doc, v) !== null) return null;
  for (let k = v + 1; k < to; k++) if (isComma(tokens[k]) || tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.quote >= 0) return null;
  return subject;
}

/**
 * Whether the tokens in [from, end) are a bare noun phrase, perhaps after "or" or "maybe" ("Or
 * maybe Jeb Bush, …"): no verb, and no preposition or subordinator opening them.
 */
function nounFragment(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  while (k < end && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV')) k++;
  if (k >= end || tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'SCONJ') return false;
  for (let j = k; j < end; j++) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX' || tokens[j]!.quote >= 0) return false;
  return true;
}

/** "Clinton on Trump: “…”": the name that opens the phrase before a colon. */
function clauseSubjectBeforeColon(doc: Doc, from: number, colon: number): Range | null {
  const np = npAfter(doc.tokens, from, colon);
  return np && startsUpper(doc.tokens[np.start]!.text) && doc.tokens[np.start]!.pos === 'PROPN' ? np : null;
}

/**
 * After a parenthetical cue, the rest of the sentence goes on with a verb of its own ("…, depends
 * on …"), unlike an appositive ("…, a lawyer for the family") or a second cue ("…, according to …").
 */
function continuesClause(doc: Doc, from: number, to: number): boolean {
  const first = doc.tokens[from];
  if (!first || from + 1 >= to || isOpeningMark(doc, first) || ['according', 'citing', 'as', 'speaking', 'who', 'which', 'adding', 'saying'].includes(first.normal)) return false;
  for (let k = from; k < Math.min(to, from + 8); k++) {
    const t = doc.tokens[k]!;
    if (isComma(t)) return false;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal)) return true;
  }
  return false;
}

/** The quotation that closes right before a sentence, in the same paragraph. */
function closedQuoteBefore(doc: Doc, from: number, paragraph: number): Quote | null {
  const last = doc.tokens[from - 1];
  if (!last || doc.sentences[last.sentence]!.paragraph !== paragraph || !isClosingMark(doc, last)) return null;
  const q = doc.quotes[last.quote]!;
  return q.depth === 0 ? q : null;
}

/** A person-name chunk lying wholly inside a token range, as a range. */
function personNameIn(doc: Doc, chunksByToken: Int32Array, from: number, to: number): Range | null {
  const chunk = chunkIn(doc, chunksByToken, from, to, true);
  return chunk ? { start: chunk.tokenStart, end: chunk.tokenEnd } : null;
}

/** The first name chunk (a person's, if `personOnly`) that lies wholly inside tokens `from`–`to`. */
function chunkIn(doc: Doc, chunksByToken: Int32Array, from: number, to: number, personOnly = false): NameChunk | undefined {
  for (let k = from; k < to; k++) {
    const c = chunksByToken[k]!;
    if (c < 0) continue;
    const chunk = doc.names[c]!;
    if ((!personOnly || chunk.kind === 'person') && chunk.tokenStart >= from && chunk.tokenEnd <= to) return chunk;
  }
  return undefined;
}

/** "… released on Tuesday found": the phrase before the cue is the tail of a participle clause. */
function isTimeOrPlaceTail(doc: Doc, np: Range): boolean {
  const last = doc.tokens[np.end - 1]!;
  const before = doc.tokens[np.start - 1];
  if (TIME_WORDS.has(last.normal)) return true;
  if (before === undefined || before.pos !== 'ADP' || before.normal === 'whether' || before.normal === 'if') return false;
  // "released on Tuesday", "released Sunday by The Post and ABC News": the object of a preposition
  // after a participle (a time word may sit between them).
  for (let k = np.start - 2; k >= Math.max(0, np.start - 4); k--) {
    const w = doc.tokens[k]!;
    if (w.pos === 'VERB') return true;
    if (!(TIME_WORDS.has(w.normal) || (w.normal === 'on' && k === np.start - 3))) return false;
  }
  return false;
}

/**
 * The subject of a cue separated from it by a clause without commas: a relative clause
 * ("who was not authorized to speak publicly") or a participle ("released last week").
 */
function subjectBeforeClause(doc: Doc, verbStart: number, from: number): { np: Range; around: Range } | null {
  const tokens = doc.tokens;
  for (let w = verbStart - 1; w >= Math.max(from, verbStart - 16); w--) {
    const t = tokens[w]!;
    if (isComma(t) || t.quote >= 0) return null;
    const relative = t.normal === 'who' || (t.normal === 'that' && t.pos !== 'SCONJ');
    // ("a man who worshiped here and who asked not to be named said": a second relative clause
    // coordinated with the first; the subject is before the first.)
    if (relative && w - 1 > from && tokens[w - 1]!.pos === 'CCONJ') continue;
    // ("Officials speaking on condition of anonymity said": a present participle too.)
    const participle = t.pos === 'VERB' && (/(?:ed|en|wn)$/.test(t.normal) || /ing$/.test(t.normal)) && t.lemma !== t.normal;
    if (!relative && !participle) continue;
    const np = npBefore(tokens, w, from);
    if (np && tokens[np.start]!.pos !== 'PRON') return { np, around: { start: w, end: verbStart } };
    if (relative) return null;
  }
  return null;
}

function classifySourceKind(doc: Doc, np: Range, chunksByToken: Int32Array): string {
  return classifySource(doc, np, null, chunksByToken).kind;
}

/** A source that one person could be: "a senior engineer", "a spokesperson", not "officials". */
function isSingularPerson(doc: Doc, np: Range, kind: SourceKind): boolean {
  if (kind !== 'official-role' && kind !== 'anonymous' && kind !== 'vague') return false;
  const first = doc.tokens[np.start]?.normal;
  const head = doc.tokens[headEnd(doc.tokens, np) - 1]?.normal ?? '';
  return (first === 'a' || first === 'an' || first === 'the' || first === 'one') && !/s$/.test(head) && head !== 'people';
}

/** Quotes (depth 0) with at least two words, overlapping a token range. */
function quotesIn(doc: Doc, from: number, to: number): Quote[] {
  let k = from;
  while (k < to && doc.tokens[k]!.quote < 0) k++;
  // (Most sentences hold no quotation.)
  if (k === to) return [];
  const seen = new Set<number>();
  const result: Quote[] = [];
  for (; k < to; k++) {
    const q = doc.tokens[k]!.quote;
    if (q < 0 || seen.has(q)) continue;
    seen.add(q);
    let quote = doc.quotes[q]!;
    // The innermost quote of a token may be nested; attribution is about the outer one.
    while (quote.depth > 0) {
      const outer = doc.quotes.slice(Math.max(0, quote.index - 64), quote.index).reverse().find((o) => o.depth < quote.depth && o.start <= quote.start && o.end >= quote.end);
      if (!outer) break;
      quote = outer;
    }
    if (seen.has(quote.index) && quote.index !== q) continue;
    seen.add(quote.index);
    if (/\s/.test(quote.content.text.trim())) result.push(quote);
  }
  return result;
}

function extractFromSentence(
  doc: Doc,
  sentence: DocSentence,
  chunksByToken: Int32Array,
  makeSource: (np: Range, around: Range | null, atOffset: number, cueLemma?: string) => Source,
  out: Found[],
  quoteUsed: Set<number>,
  knownSurname: (normal: string) => boolean = () => false,
): void {
  const tokens = doc.tokens;
  const from = sentence.tokenStart;
  let to = sentence.tokenEnd;
  while (to > from && (SENTENCE_FINAL.test(tokens[to - 1]!.text) || isClosingMark(doc, tokens[to - 1]))) to--;
  if (to <= from) to = sentence.tokenEnd;
  const quotes = quotesIn(doc, sentence.tokenStart, sentence.tokenEnd);
  const primary: Found[] = [];
  const firstOfSentence = out.length;
  const cueCovers = cueIndex(out, firstOfSentence);

  for (let i = from; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    // Only verbs, and the nouns, adjectives and names wink sometimes tags verbs as, can be cues.
    const pos = t.pos;
    // "Bloomberg is reportedly considering a run", "the allegedly forged memo": a report without a
    // source, like an agentless passive; the clause it qualifies is the content.
    if (pos === 'ADV' && REPORTING_ADVERBS.has(t.normal) && !inClosedQuote(doc, t)) {
      const rest = contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, false);
      if (rest.length > 0) out.push({ ...unstatedReport(doc, i, from, rest), cue: spanOf(doc, { start: i, end: i + 1 }), sentence: sentence.index, nested: true });
      continue;
    }
    if (t.type !== 'word' || (pos !== 'VERB' && pos !== 'NOUN' && pos !== 'ADJ' && pos !== 'PROPN')) continue;
    // "according to X", "as reported by X", "citing X", "in the words of X" are handled below.
    // "Christie appeared to end his bid …", "It seems that …": an appearance reported without a
    // source, like an agentless passive; the subject joins the content.
    if ((t.lemma === 'seem' || t.lemma === 'appear') && t.pos === 'VERB' && !inClosedQuote(doc, t)) {
      const appearance = appearanceReport(doc, i, from, sentence.tokenEnd, to, quotes);
      if (appearance) out.push({ ...appearance, sentence: sentence.index, nested: true });
      continue;
    }
    // "laws that some say target Muslims": a cue in a relative clause, its gap the subject of what follows.
    const gap = relativeGapCue(doc, i, from, to);
    if (gap) {
      out.push({ source: makeSource(gap.np, null, tokens[gap.np.start]!.start, t.lemma), cue: gap.cue, content: gap.content, mode: 'indirect', sentence: sentence.index, continued: false });
      continue;
    }
    // "Cruz faced criticism for …", "the plan drew fire from rivals": a reaction received.
    const reaction = receivedReaction(doc, i, from, to);
    if (reaction && (reaction.subject || reaction.agent)) {
      const content = [spanOf(doc, reaction.subject), reaction.rest ? trimmed(doc, tokens[reaction.rest.start]!.start, tokens[reaction.rest.end - 1]!.end) : null].filter((c): c is Span => c !== null);
      const source: Source = reaction.agent ? makeSource(reaction.agent, null, tokens[reaction.agent.start]!.start) : { kind: 'vague', text: null, start: null, end: null };
      if (content.length > 0) out.push({ source, cue: spanOf(doc, reaction.cue), content, mode: 'indirect', sentence: sentence.index, continued: false });
      continue;
    }
    // "Sanders, a self-described democratic socialist": the person described, in their own words.
    if (t.normal === 'described' && tokens[i - 1]?.text === '-' && tokens[i - 2]?.normal === 'self' && tokens[i - 2]!.end === tokens[i - 1]!.start) {
      const described = selfDescribed(doc, i, from);
      if (described) {
        out.push({ source: makeSource(described.bearer, null, tokens[described.bearer.start]!.start, 'describe'), cue: spanOf(doc, { start: i - 2, end: i + 1 }), content: [spanOf(doc, described.description)!], mode: 'indirect', sentence: sentence.index, continued: false });
      }
      continue;
    }
    // (An idiom outranks its verb's own category: "went after" is no "went on", "weighed in" no "weighed".)
    const multiword = multiwordCue(doc, i);
    const lexical = multiword ? null : cueCategory(doc, i);
    // ("She continued that an FBI official …": a quote-only cue with a that-clause reports it.)
    const category = lexical === 'quote-only' && tokens[i + 1]?.normal === 'that' && tokens[i + 1]!.pos === 'SCONJ' ? 'speech'
      : (multiword ? 'speech' : null) ?? lexical ?? framingAs(doc, i) ?? thatComplement(doc, i);
    const extra = multiword ? multiword - 1 : 0;
    if (!category || category === 'according-to' || category === 'citing') continue;
    if (t.normal === 'citing' || (t.normal === 'cited' && tokens[i + 1]?.normal === 'by')) continue;
    // "Asked about the merger, Rubio said …", "When asked why, she defended …": the one asked is
    // the subject of the main clause after the comma; the question is the content.
    // ("After saying he was nervous, the man …", "While insisting that …, she …": an opening gerund
    // clause is reported of the main clause's subject too.)
    // ("Noting that …, Trump reminded …", "Declaring that he alone …, the mogul offered …": a
    // participle that opens the sentence with a that-clause.)
    const openingGerund = /ing$/.test(t.normal) && t.pos === 'VERB' &&
      ((i === from + 1 && GERUND_OPENERS.has(tokens[from]!.normal)) || (i === from && tokens[i + 1]?.normal === 'that'));
    // ("Pressed again about the chatter, Perez …", "Challenged by Diane Sawyer on her fees, Clinton
    // said …": a questioning verb in the passive opens the sentence like "Asked"; an agent after
    // "by" is the one who asked.)
    const pressed = i === from && t.pos === 'VERB' && QUESTIONING_PARTICIPLES.has(t.normal) && QUESTION_LINKS.has(tokens[i + 1]?.normal ?? '');
    if (openingGerund || pressed || (t.normal === 'asked' && (i === from || (i <= from + 2 && tokens[i - 1]!.normal === 'when')))) {
      let comma = i + 1;
      while (comma < Math.min(to, i + 40) && !isComma(tokens[comma])) comma++;
      if (isComma(tokens[comma]) && comma > i + 1) {
        // ("Asked whether she “has the integrity to serve,” 75 percent said …": past the closing mark.)
        let subjectStart = comma + 1;
        while (subjectStart < sentence.tokenEnd && isClosingMark(doc, tokens[subjectStart])) subjectStart++;
        const agent = pressed && tokens[i + 1]!.normal === 'by' ? npAfter(tokens, i + 2, comma) : null;
        const subject = agent ?? npAfter(tokens, subjectStart, sentence.tokenEnd);
        const questionStart = agent ? agent.end : i + 1;
        const question = openingGerund ? contentAfter(doc, i + 1, comma, comma, quotes, false)[0]?.span : questionStart < comma ? trimmed(doc, tokens[questionStart]!.start, tokens[comma - 1]!.end) : null;
        if (subject && question) {
          out.push({ source: makeSource(subject, null, tokens[subject.start]!.start, t.lemma), cue: spanOf(doc, { start: i, end: agent ? i + 2 : i + 1 }), content: [question], mode: 'indirect', sentence: sentence.index, continued: false });
        }
      }
      continue;
    }
    // "…,” he said when asked whether …", "… when asked by a reporter if …": the question put to
    // the clause's speaker (or asked by the agent after "by").
    if (t.normal === 'asked' && i > from + 2 && tokens[i - 1]!.normal === 'when') {
      const agent = tokens[i + 1]?.normal === 'by' ? npAfter(tokens, i + 2, sentence.tokenEnd) : null;
      const questionStart = agent ? agent.end : i + 1;
      let questionEnd = questionStart;
      while (questionEnd < to && !(isComma(tokens[questionEnd]) && !inClosedQuote(doc, tokens[questionEnd]!))) questionEnd++;
      const question = questionEnd > questionStart ? trimmed(doc, tokens[questionStart]!.start, tokens[questionEnd - 1]!.end) : null;
      const main = primary[primary.length - 1];
      const subject = agent || main ? null : clauseSubject(doc, from, i - 1);
      const source = agent ? makeSource(agent, null, tokens[agent.start]!.start, 'ask') : main ? main.source : subject ? makeSource(subject, null, tokens[subject.start]!.start, 'ask') : null;
      if (source && question) {
        out.push({ source, cue: spanOf(doc, { start: i, end: agent ? i + 2 : i + 1 }), content: [question], mode: 'indirect', sentence: sentence.index, continued: false });
      }
      continue;
    }
    // "who spoke on condition of anonymity", "who asked not to be named": the clause says why a
    // source is unnamed; it reports nothing.
    const reasonClause = anonymityClause(tokens, i, Math.min(sentence.tokenEnd, i + 8));
    // ("confirmed the meeting on the condition of anonymity": a cue with an object of its own reports.)
    const next1 = tokens[i + 1];
    // ("said that his lack of knowledge was …": a marker inside the content is no reason.)
    const markerInContent = reasonClause !== null && tokens.slice(i + 1, reasonClause.end).some((w) => w.normal === 'that' || (w.pos === 'SCONJ' && w.normal !== 'because'));
    if (reasonClause && reasonClause.reason && reasonClause.start <= i && !markerInContent && next1 && (next1.pos === 'ADP' || next1.pos === 'PART' || next1.pos === 'ADV' || next1.pos === 'SCONJ' || ANONYMITY_MARKERS.has(next1.normal) || next1.pos === 'AUX')) continue;
    // An infinitive ("a gamble to assert …") has no subject of its own, unless it completes a
    // predicate that lends it one ("voters were more likely to say", "she took to Twitter to say").
    const raisedFrom = tokens[i - 1]?.normal === 'to' ? infinitiveHost(tokens, i - 1, from) : -1;
    if (tokens[i - 1]?.normal === 'to' && raisedFrom < 0) {
      // ("leaving some to question whether …", "led officials to conclude that …": the object of a
      // verb of causing is the one who does what the infinitive says.)
      const causee = i - 2 > from ? npBefore(tokens, i - 1, from) : null;
      const causer = causee ? tokens[causee.start - 1] : undefined;
      if (causee && causer && causer.pos === 'VERB' && CAUSATIVES.has(causer.lemma) && category !== 'stance') {
        const content = contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, false);
        if (content.length > 0) {
          out.push({ source: makeSource(causee, null, tokens[causee.start]!.start, t.lemma), cue: spanOf(doc, { start: i - 1, end: i + 1 }), content: content.map((c) => c.span), mode: modeOf(content), sentence: sentence.index, continued: false, nested: category !== 'speech' });
          markUsed(content, quoteUsed);
        }
      } else if ((category === 'speech' || category === 'phrasal' || category === 'stance') && t.normal === t.lemma) {
        // ("Emanuel stood at a Bush event here to say …", "I met with Sanders to discuss …": an
        // infinitive of purpose shares the subject of the clause's verb.)
        const purpose = purposeSubject(doc, from, i - 1);
        // (A phrasal cue keeps its preposition: "came on the program to talk about the tolls".)
        const cueEnd = category === 'phrasal' ? i + 2 + Math.max(0, phrasalGap(tokens, i)) : i + 1;
        const content = purpose ? contentAfter(doc, cueEnd, sentence.tokenEnd, to, quotes, t.lemma === 'tell' || t.lemma === 'ask', category === 'speech' ? 'none' : 'any') : [];
        if (purpose && content.length > 0) {
          out.push({ source: makeSource(purpose, null, tokens[purpose.start]!.start, t.lemma), cue: spanOf(doc, { start: i - 1, end: cueEnd }), content: content.map((c) => c.span), mode: modeOf(content), sentence: sentence.index, continued: false, nested: true });
          markUsed(content, quoteUsed);
        }
      }
      continue;
    }
    // A passive ("was asked by a caller", "is backed by 34%"): the subject is not the source; the
    // agent after "by" is, when there is one.
    const passive = isPassive(tokens, i, from);
    // "Assad, aided by Russia and opposed by the U.S., held on", "the law, opposed by Democrats,
    // …": a participle with its agent, set off after the phrase it describes.
    // ("Starr’s remarks, first reported by The Times, …": an adverb may come first.)
    const beforeParticiple = tokens[i - 1]?.pos === 'ADV' ? i - 2 : i - 1;
    if (!passive && tokens[i + 1]?.normal === 'by' && /(?:ed|en|wn)$/.test(t.normal) && t.pos === 'VERB' && (isComma(tokens[beforeParticiple]) || (tokens[beforeParticiple]?.normal === 'and' && tokens[beforeParticiple]!.pos === 'CCONJ'))) {
      const agent = npAfter(tokens, i + 2, sentence.tokenEnd);
      let k = beforeParticiple;
      // (Back over a first participle coordinated with this one: "aided by Russia and".)
      if (!isComma(tokens[k])) {
        while (k > from && !isComma(tokens[k]) && i - k < 12) k--;
      }
      const described = isComma(tokens[k]) ? npBefore(tokens, k, from) : null;
      if (agent && described) {
        out.push({ source: makeSource(agent, null, tokens[agent.start]!.start, t.lemma), cue: spanOf(doc, { start: i, end: i + 2 }), content: [spanOf(doc, described)!], mode: 'indirect', sentence: sentence.index, continued: false });
        continue;
      }
    }
    if (passive) {
      if (tokens[i + 1]?.normal === 'by') {
        const agent = npAfter(tokens, i + 2, sentence.tokenEnd);
        const subject = npBefore(tokens, skipLeftModifiers(tokens, i, from), from);
        if (agent && subject) {
          out.push({ source: makeSource(agent, null, tokens[agent.start]!.start, t.lemma), cue: spanOf(doc, { start: i, end: i + 2 }), content: [spanOf(doc, subject)!], mode: 'indirect', sentence: sentence.index, continued: false });
          continue;
        }
      }
      // "The decision is widely expected to …", "He is said to be furious", "Clinton has been
      // criticized for …", "Trump was asked about it": an agentless report. Its subject is what the report is about, not who
      // reports it; the source is unstated (a vague one with no span), and the subject joins the
      // content, as PolNeAR annotates it. (Evidence verbs report only with a clause after them:
      // "it was found that …", but not "the body was found".)
      const next = tokens[i + 1];
      const clause = next?.normal === 'to' || next?.normal === 'that';
      if (!clause && (category === 'evidence' || category === 'quote-only')) continue;
      const rest = next?.normal === 'to' ? infinitiveContent(doc, i + 2, to) : contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, false);
      if (rest.length > 0) out.push({ ...unstatedReport(doc, i, from, rest), sentence: sentence.index, nested: true });
      continue;
    }
    // "saying", "adding" after a comma continue the sentence's main speaker.
    // (Also after a comma inside closing quote marks: "… “New York values,” saying …", and after
    // the object of the clause's verb: "the council issued a statement saying …".)
    // ("… joined Trump in calling for …", "before clarifying that …": a gerund after a preposition.)
    // ("after initially saying …", "before optimistically predicting …": an adverb between them.)
    const gerundPrep = tokens[i - 1]?.pos === 'ADV' && i > from + 2 ? i - 2 : i - 1;
    const afterPreposition = /ing$/.test(t.normal) && gerundPrep > from && GERUND_PREPOSITIONS.has(tokens[gerundPrep]!.normal) && tokens[gerundPrep]!.pos !== 'VERB';
    // ("…, falsely suggesting that …": an adverb between the comma and the participle.)
    // ("…, having referred to him as …": a perfect participle.)
    const perfect = tokens[i - 1]?.normal === 'having' && isComma(tokens[i - 2]) && t.normal !== t.lemma;
    // ("… within two years - implying that …": a dash before the participle.)
    const participle = perfect || /ing$/.test(t.normal) && (isComma(tokens[i - 1]) || (isDash(tokens[i - 1]) && t.pos === 'VERB') || (tokens[i - 1]?.pos === 'ADV' && isComma(tokens[i - 2])) || (isClosingMark(doc, tokens[i - 1]) && /,\s*$/.test(doc.quotes[tokens[i - 1]!.quote]!.content.text)) || issuedDocument(doc, i, from) || afterPreposition);
    // "has avoided directly criticizing Comey", "started asking his supporters": a gerund after a verb
    // of starting, stopping or avoiding shares that verb's subject.
    let gerundHost = -1;
    if (/ing$/.test(t.normal) && raisedFrom < 0) {
      const h = skipLeftModifiers(tokens, i, from) - 1;
      if (h >= from && tokens[h]!.pos === 'VERB' && CATENATIVES.has(tokens[h]!.lemma)) gerundHost = skipLeftModifiers(tokens, h, from);
    }
    const verbStart = raisedFrom >= 0 ? raisedFrom : gerundHost >= 0 ? gerundHost : skipLeftModifiers(tokens, i, from);
    let np: Range | null = null;
    let around: Range | null = null;
    let inverted = false;
    if (!participle) {
      // Where the subject ends: before the verb, or before a time phrase that sits between them
      // ("Sanders (I-Vt.) on Saturday criticized …", "Feinstein last week said …", "Ryan, the
      // speaker, on Tuesday called …").
      let subjectEnd = verbStart;
      np = npBefore(tokens, verbStart, from);
      // "A lawmaker — who asked not to be named — said": the aside between dashes describes the source.
      if (np && np.end < i && isDash(tokens[np.end])) around = { start: np.end + 1, end: i };
      // ("Broaddrick Sunday night recounted …", "The campaign Tuesday said …": the phrase before the
      // time words is the subject.)
      if (np && TIME_WORDS.has(tokens[np.end - 1]!.normal)) {
        let run = np.end - 1;
        while (run > np.start && (TIME_WORDS.has(tokens[run - 1]!.normal) || TIME_MODIFIERS.has(tokens[run - 1]!.normal))) run--;
        // ("Sanders on Saturday criticized …")
        if (run - 1 > np.start && (tokens[run - 1]!.normal === 'on' || tokens[run - 1]!.normal === 'in')) run--;
        if (run > np.start && (tokens[run - 1]!.pos === 'PROPN' || tokens[run - 1]!.pos === 'NOUN') && !TIME_WORDS.has(tokens[run - 1]!.normal) && tokens[run - 1]!.normal !== 'super') np = { start: np.start, end: run };
      }
      if (np && TIME_WORDS.has(tokens[np.end - 1]!.normal) && np.end - np.start <= 3) {
        let k = np.start;
        while (k > from && (tokens[k - 1]!.pos === 'ADP' || tokens[k - 1]!.pos === 'ADV' || tokens[k - 1]!.pos === 'ADJ' || tokens[k - 1]!.pos === 'DET') && np.start - k < 2) k--;
        k = skipLeftModifiers(tokens, k, from);
        if (k > from && k < np.start + 1) {
          subjectEnd = k;
          np = npBefore(tokens, subjectEnd, from);
        }
      }
      // "A CNN poll last month showed …", "The campaign this week said …": a time phrase that
      // ends the subject is not part of it.
      if (np && np.end - np.start > 2 && TIME_WORDS.has(tokens[np.end - 1]!.normal) && TIME_MODIFIERS.has(tokens[np.end - 2]!.normal) && np.end - 2 > np.start) {
        np = { start: np.start, end: np.end - 2 };
      }
      // "Kasich offered the man a job, then says …": a verb in sequence shares the clause's subject.
      if (tokens[verbStart]?.normal === 'then' && isComma(tokens[verbStart - 1]) && verbStart < i) {
        const subject = clauseSubject(doc, from, verbStart - 1);
        if (subject) np = subject;
      }
      // Appositive or relative clause between the subject and the verb:
      // "Anna Keller, a lawyer for the family, said"; "an expert, who wished to remain anonymous, noted".
      if (!np && isComma(tokens[subjectEnd - 1])) {
        let k = subjectEnd - 2;
        while (k > from && !isComma(tokens[k]) && !isClosingMark(doc, tokens[k]) && subjectEnd - k < 40) k--;
        // ("Sanders, meanwhile, who sits at zero endorsements, said": back over an adverb set off too.)
        if (isComma(tokens[k]) && k - 2 > from && tokens[k - 1]!.pos === 'ADV' && isComma(tokens[k - 2])) k -= 2;
        // "Jacob Shiansky, 24, who was visiting …, told": step back over short comma-separated asides.
        for (let hops = 0; hops < 2 && isComma(tokens[k]) && k > from; hops++) {
          const candidate = npBefore(tokens, k, from);
          if (!candidate || !(candidate.end - candidate.start === 1 && tokens[candidate.start]!.type === 'number')) break;
          let k2 = candidate.start - 1;
          if (!isComma(tokens[k2])) break;
          k = k2;
        }
        if (isComma(tokens[k]) && k > from) {
          let head = npBefore(tokens, tokens[k - 1]?.text === ')' ? skipLeftModifiers(tokens, k, from) : k, from);
          let aroundStart = k + 1;
          // ("Clinton, during a town hall meeting in Columbus, Ohio, said": a phrase after a
          // preposition set off by commas is an adverbial; the subject is before it.)
          if (head && head.start - 2 > from && tokens[head.start - 1]!.pos === 'ADP' && isComma(tokens[head.start - 2])) {
            const before = npBefore(tokens, head.start - 2, from);
            if (before && (before.start === from || isComma(tokens[before.start - 1]) || tokens[before.start - 1]!.pos === 'CCONJ')) {
              aroundStart = head.start - 1;
              head = before;
            }
          }
          // "A senior engineer who worked on the inspection, speaking …, said": the subject is
          // the noun phrase before the relative pronoun.
          if (head) {
            for (let w = head.start - 1; w >= Math.max(from, head.start - 12); w--) {
              const word = tokens[w]!;
              if (isComma(word)) break;
              if (word.normal === 'who' || word.normal === 'whose') {
                const before = npBefore(tokens, w, from);
                if (before) {
                  head = before;
                  aroundStart = w;
                }
                break;
              }
            }
          }
          if (head) {
            np = head;
            around = { start: aroundStart, end: subjectEnd - 1 };
            // "Nairobi's mayor, Grace Wanjiru, said": the name in the appositive is the source.
            const named = personNameIn(doc, chunksByToken, k + 1, subjectEnd - 1);
            if (named && !personNameIn(doc, chunksByToken, head.start, head.end)) {
              around = head;
              np = named;
            }
          }
        }
      }
      // A relative or participle clause without commas: "An aide who was not authorized to speak
      // publicly said …"; "An audit released on Tuesday found …".
      if (!np || isTimeOrPlaceTail(doc, np)) {
        const clause = subjectBeforeClause(doc, verbStart, from);
        if (clause) {
          np = clause.np;
          around = clause.around;
        }
      }
      // A verb coordinated with an earlier one shares its subject: "Clinton celebrated … and said …".
      // ("… but on Tuesday wrote that …", "… and on Monday announced …": past a short time phrase.)
      let conjunction = verbStart - 1;
      if (!np && tokens[conjunction]?.pos !== 'CCONJ' && conjunction - 2 > from && TIME_WORDS.has(tokens[conjunction]!.normal) && tokens[conjunction - 1]!.pos === 'ADP') conjunction -= 2;
      if (!np && (tokens[conjunction]?.normal === 'and' || tokens[conjunction]?.normal === 'but') && tokens[conjunction]!.pos === 'CCONJ') {
        np = clauseSubject(doc, from, conjunction);
      }
      // A list of the main speaker's acts: "Biden complained about …, mocked the party and praised …".
      let listed: Found | undefined;
      if (!np && isComma(tokens[verbStart - 1]) && t.pos === 'VERB' && !/ing$/.test(t.normal) && t.normal !== t.lemma) {
        const main = primary[primary.length - 1];
        if (main && main.cue && main.cue.end <= tokens[verbStart - 1]!.start && !isClosingMark(doc, tokens[verbStart - 2])) listed = main;
      }
      if (listed) {
        const content = contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, false);
        if (content.length > 0) {
          out.push({ ...listed, cue: spanOf(doc, { start: i, end: i + 1 }), content: content.map((c) => c.span), mode: modeOf(content), sentence: sentence.index, continued: false });
          markUsed(content, quoteUsed);
        }
        continue;
      }
      // Inverted order: "…,” said Smith"; "…, said a member of parliament, speaking on …".
      if (!np || (np && isClosingOrComma(doc, tokens[verbStart - 1]) && np.start === verbStart)) {
        const right = npAfter(tokens, i + 1, sentence.tokenEnd);
        if (right && (verbStart === from || isClosingOrComma(doc, tokens[verbStart - 1]))) {
          np = right;
          inverted = true;
          const trailEnd = Math.min(sentence.tokenEnd, right.end + 14);
          around = isComma(tokens[right.end]) ? { start: right.end + 1, end: trailEnd } : null;
        }
      }
    }
    if (participle) {
      let main: Found | undefined = primary[primary.length - 1];
      if (!main) {
        // "X emailed supporters, telling them …": the participle's subject is the clause's subject.
        const subject = clauseSubject(doc, from, i - 1);
        if (subject) main = { source: makeSource(subject, null, tokens[subject.start]!.start, t.lemma), cue: null, content: [], mode: 'indirect', sentence: sentence.index, continued: false };
      }
      if (main) {
        const content = contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, t.normal === 'telling');
        if (content.length > 0) {
          out.push({ ...main, cue: spanOf(doc, { start: i, end: i + 1 }), content: content.map((c) => c.span), mode: modeOf(content), sentence: sentence.index, continued: false });
          markUsed(content, quoteUsed);
        }
      }
      continue;
    }
    if (!np) continue;
    // ("He added that praising the former president …", "It doesn't help that invoking …": "that" after a
    // verb or adjective opens a clause; it is no relative standing for a source.)
    // ("polling that documented …" is a relative after a gerund that names evidence.)
    if (np.end - np.start === 1 && tokens[np.start]!.normal === 'that' && ['VERB', 'AUX', 'ADJ', 'ADV', 'SCONJ'].includes(tokens[np.start - 1]?.pos ?? '') && !NOUN_GERUNDS.has(tokens[np.start - 1]!.normal)) continue;
    // ("“Is he really so ignorant?” Scarborough continued.", "Cruz continued: “…”": a quotation
    // that wink put in the sentence before or after counts.)
    if (category === 'quote-only' && quotes.length === 0) {
      const before = (np.start === from || np.start === skipOpeners(tokens, from)) && i + 1 >= to ? closedQuoteBefore(doc, from, sentence.paragraph) : null;
      const nextSentence = doc.sentences[sentence.index + 1];
      const after = tokens[i + 1]?.text === ':' && i + 2 >= sentence.tokenEnd && nextSentence !== undefined && isOpeningMark(doc, tokens[nextSentence.tokenStart]);
      if (!before && !after) continue;
    }
    // Stance verbs ("endorsed", "opposed") attribute a position only to a subject before them.
    if (category === 'stance' && (inverted || participle)) continue;
    // "you want", "one wonders": generic cognition is nobody's. ("I think", "we believe" are the
    // writer's or a quoted speaker's, and are reported like "I said".)
    if (category === 'cognition' && np.end - np.start === 1 && (tokens[np.start]!.normal === 'you' || tokens[np.start]!.normal === 'one')) continue;
    // ("Do you support Donald Trump?": a question put to the reader reports no one's words or stance.)
    if (np.end - np.start === 1 && tokens[np.start]!.normal === 'you' && tokens[sentence.tokenEnd - 1]!.text === '?' && !inClosedQuote(doc, tokens[np.start]!)) continue;
    // Content: before the source when the source follows a comma or closing quote mark
    // ("…, officials said"; "‘…,’ he stated"), otherwise after the cue.
    const npStart = inverted ? verbStart : np.start;
    // ("In a poll released Monday, 52 percent backed the toll": an opening phrase is no content.)
    // (", who said …": the comma before a relative pronoun closes the antecedent, not content.)
    const relative = !inverted && np.end - np.start === 1 && (tokens[np.start]!.normal === 'who' || tokens[np.start]!.normal === 'which');
    // ("The snarky, anti-GOP headline reads: “…”": a quotation after the cue and a colon is its content.)
    const quoteAfterCue = !inverted && tokens[i + 1]?.text === ':' && isOpeningMark(doc, tokens[i + 2]);
    const contentBefore = !relative && npStart > from && isClosingOrComma(doc, tokens[npStart - 1]) &&
      (isClosingMark(doc, tokens[npStart - 1]) || (!quoteAfterCue && clauseEndsSoon(doc, inverted && around ? around.start - 1 : inverted ? np.end : i + 1, to) && !(category === 'stance' || (isOpeningPhrase(doc, from, npStart - 1) && !(category === 'speech' && i + 1 === to && t.lemma !== 'call' && nounFragment(tokens, from, npStart - 1)))) &&
        // (", and when Rubio said it was great to be home, a man yelled at him": a subordinate clause
        // before the comma is no content.)
        !(npStart - 1 > from && inOpeningSubordinate(doc, from, npStart - 1))));
    let content: ContentPart[] = [];
    // (A phrasal cue keeps its preposition: the content starts after "talked about".)
    const adverbs = category === 'phrasal' ? Math.max(0, phrasalGap(tokens, i)) : 0;
    const afterEnd = inverted && around ? around.start - 1 : inverted ? np.end : i + 1 + (category === 'phrasal' ? 1 + adverbs : extra);
    // "…?" Rubio said. — wink ended the sentence inside the quotation; the quotation just before
    // this sentence is the content.
    const quoteBefore = npStart === from && !contentBefore && clauseEndsSoon(doc, afterEnd, to) ? closedQuoteBefore(doc, from, sentence.paragraph) : null;
    // "“…,” as the mayor put it": the clause or quotation before "as".
    const asBefore = !inverted && !contentBefore && npStart - 2 >= from && tokens[npStart - 1]!.normal === 'as' && isClosingOrComma(doc, tokens[npStart - 2]) && clauseEndsSoon(doc, afterEnd, to);
    if (asBefore) {
      content = contentBeforeCue(doc, from, npStart - 2, quotes);
    } else if (quoteBefore) {
      content = [{ span: trimmedQuote(doc, quoteBefore), quote: quoteBefore }];
    } else if (contentBefore && isComma(tokens[npStart - 1]) && isComma(tokens[afterEnd]) && continuesClause(doc, afterEnd + 1, to)) {
      // A parenthetical cue: "Survival, Mr. VandeHei says, depends on …" — the content is both sides.
      const left = trimmed(doc, tokens[afterClauseBreak(tokens, Math.max(from, npStart - MAX_CONTENT_TOKENS), npStart - 1)]!.start, tokens[npStart - 1]!.start);
      const right = trimmed(doc, tokens[afterEnd + 1]!.start, tokens[Math.min(to, afterEnd + 1 + MAX_CONTENT_TOKENS) - 1]!.end);
      const mixed = quotes.length > 0;
      for (const part of [left, right]) if (part) content.push({ span: part, quote: null, mixed });
    } else if (contentBefore) {
      content = contentBeforeCue(doc, from, npStart - 1, quotes);
      // "‘…,’ he said, ‘…’": a second quotation after the cue belongs to it too.
      const trailing = quotes.find((q) => q.start >= tokens[afterEnd - 1]!.end);
      if (trailing) content.push({ span: trimmedQuote(doc, trailing), quote: trailing });
    } else {
      content = contentAfter(doc, afterEnd, sentence.tokenEnd, to, quotes, t.lemma === 'tell' || t.lemma === 'ask', category === 'stance' || category === 'phrasal' ? 'any' : TARGET_VERBS.has(t.lemma) || multiword ? 'person' : 'none');
    }
    // "Sanders, who cites them as evidence, spoke": a relative clause ends at its closing comma; so
    // does a subordinate clause that opens the sentence ("While 1,409 teachers said they wanted
    // Sanders, 95 members favored Clinton").
    if ((relative || (!contentBefore && inOpeningSubordinate(doc, from, i))) && content.length === 1 && !content[0]!.quote) {
      const first = content[0]!.span;
      const comma = first.text.search(/[,;] |\s[-—–―]{1,2}\s|—/);
      // (Mixed only if a quotation still starts inside what is left.)
      if (comma > 0) content = [{ span: textSpan(doc, first.start, first.start + comma), quote: null, mixed: quotes.some((q) => q.start >= first.start && q.start < first.start + comma) }];
    }
    // "he went on", "she continued": only a quotation right at the cue makes these report speech.
    if (category === 'quote-only' && !content.every((c) => c.quote)) content = [];
    // "…income taxes (which Clinton also supports)", "the style he prefers": the object of the cue
    // is the relative clause's antecedent.
    if (content.length === 0 && !inverted) {
      const antecedent = objectGapAntecedent(tokens, np.start, cueEndBefore(tokens, i, category), from, sentence.tokenEnd);
      if (antecedent) content = [{ span: spanOf(doc, antecedent)!, quote: null }];
    }
    if (content.length === 0) {
      // (A quote-only cue takes a quotation in the next sentence only after its colon: "Cruz continued: “…”".)
      if (category === 'cognition' || (category === 'quote-only' && tokens[i + 1]?.text !== ':')) continue;
      // A cue with a source but no content in this sentence ("he said."): keep the attribution,
      // since a quotation may follow in the next sentence.
      if (!tokens.slice(i + 1, Math.min(sentence.tokenEnd, i + 40)).some((x) => isOpeningMark(doc, x))) {
        const nextSentence = doc.sentences[sentence.index + 1];
        const opener = nextSentence ? tokens[nextSentence.tokenStart] : undefined;
        const nextQuote = opener && isOpeningMark(doc, opener) ? doc.quotes[opener.quote] : undefined;
        if (!nextQuote || !/[:,]$/.test(doc.text.slice(tokens[i]!.end, nextQuote.start).trim() || ':')) continue;
        content = [{ span: trimmedQuote(doc, nextQuote), quote: nextQuote }];
      }
    }
    // "in the wake of a new poll showing …", "ledgers showing he was paid": a participle right
    // after a document reports that document's findings; the document is its source.
    if (category === 'evidence' && /ing$/.test(t.normal) && np.end === i && DOCUMENT_NOUNS.has(tokens[i - 1]!.normal)) {
      let s = i - 1;
      while (s > np.start && tokens[s - 1]!.pos !== 'ADP' && tokens[s - 1]!.pos !== 'VERB' && tokens[s - 1]!.pos !== 'PUNCT') s--;
      np = { start: s, end: i };
      // (The participle's clause ends at the next comma: "…, in the wake of a poll showing X, told …".)
      const first = content[0];
      const comma = first && !first.quote ? first.span.text.search(/[,;] /) : -1;
      if (first && comma > 0) content = [{ span: textSpan(doc, first.span.start, first.span.start + comma), quote: null }];
    }
    // ("…, which showed she was fit": a relative "which" stands for a thing, which shows as evidence.)
    // ("a 2014 paper that found …": a relative "that" stands for its antecedent.)
    // ("polls by Quinnipiac University that showed …": the head of the phrase before it.)
    const antecedent = tokens[np.start]!.normal === 'that' && np.end - np.start === 1 && np.start > from ? npBefore(tokens, np.start, from) : null;
    const relativeThat = antecedent !== null && tokens.slice(antecedent.start, antecedent.end).some((w, k) => DOCUMENT_NOUNS.has(w.normal) && (antecedent.start + k === antecedent.end - 1 || tokens[antecedent.start + k + 1]!.normal === 'by'));
    // ("Romney found it difficult to …": a judgement of the subject's.)
    const judgement = t.lemma === 'find' && tokens[i + 1]?.normal === 'it' && tokens[i + 2]?.pos === 'ADJ';
    // ("A University of New Hampshire poll out this week shows …", "A POLITICO survey on Tuesday
    // of leading data operatives found …": a document heading a phrase with modifiers after it.)
    if (category === 'evidence' && !contentBefore && !inverted && !(np.end - np.start === 1 && (tokens[np.start]!.pos === 'PRON' || ['that', 'which', 'who', 'what'].includes(tokens[np.start]!.normal))) && !evidenceSource(doc, np, chunksByToken, false)) {
      const documentPhrase = documentBefore(tokens, np, from);
      if (documentPhrase) np = documentPhrase;
    }
    if (category === 'evidence' && !judgement && !followsThat(doc, i, sentence.tokenEnd) && !finiteClauseAfter(tokens, i + 1, to) && tokens[np.start]!.normal !== 'which' && !relativeThat && !evidenceSource(doc, np, chunksByToken, contentBefore && (i + 1 >= to || /^[.;!?]$/.test(tokens[i + 1]!.text)))) continue;
    // "I found myself in Dingess": a reflexive object is no finding.
    if (category === 'evidence' && REFLEXIVES.has(tokens[i + 1]?.normal ?? '')) continue;
    const source = makeSource(np, around, tokens[np.start]!.start, t.lemma);
    // A phrasal cue takes its preposition ("talked about"); so does "called for", "warned of".
    // ("said of …", "said about …", but not "said on Monday" or "said in a statement".)
    const preposition = tokens[i + 1];
    const takesPreposition = preposition !== undefined && PHRASAL_PREPOSITIONS.has(preposition.normal) && !contentBefore &&
      (t.lemma === 'say' ? preposition.normal === 'of' || preposition.normal === 'about' : ['call', 'warn', 'boast', 'complain', 'comment', 'ask'].includes(t.lemma)) &&
      !TIME_WORDS.has(tokens[i + 2]?.normal ?? '') && !TIME_WORDS.has(tokens[i + 3]?.normal ?? '');
    const cueEnd = extra > 0 ? i + 1 + extra : category === 'phrasal' ? i + 2 + adverbs : takesPreposition ? i + 2 : i + 1;
    // ("complained about the tone": the preposition belongs to the cue, not to the content.)
    const first = content[0];
    if (takesPreposition && first && !first.quote && first.span.start === preposition!.start && tokens[i + 2]) {
      const rest = trimmed(doc, tokens[i + 2]!.start, first.span.end);
      if (rest) content[0] = { ...first, span: rest };
    }
    const found: Found = {
      source,
      cue: spanOf(doc, { start: verbStart < i && tokens[verbStart]!.pos === 'AUX' ? verbStart : i, end: cueEnd }),
      content: content.map((c) => c.span),
      mode: modeOf(content),
      sentence: sentence.index,
      continued: false,
      ...(NESTED.has(category) ? { nested: true } : {}),
    };
    out.push(found);
    primary.push(found);
    markUsed(content, quoteUsed);
  }

  // "according to X", "as reported by X", "citing X", "in the words of X".
  for (let i = from; i < sentence.tokenEnd; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0) continue;
    let cueEnd = -1;
    let mode: AttributionMode = 'according-to';
    if (t.normal === 'according' && tokens[i + 1]?.normal === 'to') cueEnd = i + 2;
    else if (t.normal === 'as' && (tokens[i + 1]?.normal === 'reported' || tokens[i + 1]?.normal === 'quoted') && tokens[i + 2]?.normal === 'by') cueEnd = i + 3;
    else if (t.normal === 'in' && tokens[i + 1]?.normal === 'the' && (tokens[i + 2]?.normal === 'words' || VIEW_NOUNS.has(tokens[i + 2]?.normal ?? '')) && tokens[i + 3]?.normal === 'of') cueEnd = i + 4;
    else if (t.normal === 'citing' || (t.normal === 'cited' && tokens[i + 1]?.normal === 'by')) {
      cueEnd = t.normal === 'cited' ? i + 2 : i + 1;
      mode = 'citing';
    }
    // "in Bolton’s view", "in his opinion", "in their eyes": the holder is the possessor.
    let held: Range | null = null;
    if (cueEnd < 0 && t.normal === 'in') {
      held = viewHolder(tokens, i, sentence.tokenEnd);
      if (held) cueEnd = held.end;
    }
    if (cueEnd < 0) continue;
    const np = held ? possessorOf(tokens, held) : npAfter(tokens, cueEnd, sentence.tokenEnd, mode === 'according-to');
    if (!np) continue;
    const trailEnd = Math.min(sentence.tokenEnd, np.end + 14);
    const around: Range | null = !held && isComma(tokens[np.end]) ? { start: np.end + 1, end: trailEnd } : null;
    let content: Span[];
    const main = primary[primary.length - 1];
    if (main) content = main.content;
    else {
      const parts: Span[] = [];
      const phraseStart = t.start;
      const phraseEnd = tokens[Math.max(np.end, cueEnd) - 1]!.end;
      const leftFrom = tokens[Math.max(from, i - MAX_CONTENT_TOKENS)]!.start;
      const rightTo = tokens[Math.min(to, np.end + MAX_CONTENT_TOKENS) - 1]?.end ?? sentence.end;
      const left = trimmed(doc, leftFrom, phraseStart);
      const right = trimmed(doc, phraseEnd, Math.max(phraseEnd, rightTo));
      if (left && left.text.split(/\s+/).length >= 2) parts.push(left);
      if (right && right.text.split(/\s+/).length >= 2) parts.push(right);
      content = parts;
    }
    if (content.length === 0) continue;
    const source = makeSource(np, around, tokens[np.start]!.start);
    out.push({ source, cue: spanOf(doc, { start: i, end: cueEnd }), content, mode, sentence: sentence.index, continued: false });
  }

  // "In a CNN poll released Monday, 50 percent …", "In the report, auditors …": a document that
  // opens the sentence is the source of what follows, unless the clause has a cue of its own.
  // (A sentence that is the word "in" alone has no phrase after it.)
  if (tokens[from]!.normal === 'in' && from + 1 < to) {
    let comma = from + 1;
    while (comma < to && comma - from < 20 && !isComma(tokens[comma])) comma++;
    let head = -1;
    for (let k = from + 1; k < comma; k++) {
      const w = tokens[k]!;
      if (w.pos === 'VERB' || w.pos === 'AUX') break;
      if (DOCUMENT_NOUNS.has(w.normal)) head = k;
    }
    // A statement, letter or interview belongs to the speaker of the clause ("In a statement, the
    // governor said …"); a poll, study or report speaks for itself whatever the clause reports.
    // "In a poll", "In his report", "In emails": not "In order to", "In addition to the inquiry".
    const opener = tokens[from + 1]!;
    if (!(opener.pos === 'DET' || opener.pos === 'PRON' || opener.pos === 'NUM' || opener.pos === 'ADJ' || from + 1 === head)) head = -1;
    // ("In order to …": a purpose, not a court order.)
    if (opener.normal === 'order' && tokens[from + 2]?.normal === 'to') head = -1;
    if (head > from && isComma(tokens[comma]) && comma + 1 < to && (out.length === firstOfSentence || FINDINGS.has(tokens[head]!.normal))) {
      const content = trimmed(doc, tokens[comma + 1]!.start, tokens[to - 1]!.end);
      if (content && content.text.split(/\s+/).length >= 3) {
        const np: Range = { start: from + 1, end: head + 1 };
        out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: from, end: from + 1 }), content: [content], mode: 'according-to', sentence: sentence.index, continued: false });
      }
    }
  }

  // Nominal cues: "his warning that …", "Trump’s claim that …", "her criticism of the plan".
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i]!;
    if (inClosedQuote(doc, t)) continue;
    if ((t.pos !== 'NOUN' && t.pos !== 'VERB') || !(CUE_NOUNS.has(t.lemma) || LIGHT_VERB_NOUNS.has(t.lemma))) continue;
    // ("Prosecutors charged that …": a verb already read as a cue is no noun as well.)
    if (t.pos === 'VERB' && cueCovers(t.start)) continue;
    let p = i - 1;
    while (p > from && tokens[p]!.pos === 'ADJ' && i - p <= 2) p--;
    const owner = tokens[p]!;
    const pronoun = POSSESSIVE_PRONOUNS.has(owner.normal);
    const apostrophe = owner.text === '’s' || owner.text === "'s";
    // The wider list of nouns counts only as the object of a light verb ("made several statements").
    if ((pronoun || apostrophe) && !CUE_NOUNS.has(t.lemma)) continue;
    const light = pronoun || apostrophe ? null : lightVerbSubject(doc, i, from);
    const np = pronoun ? { start: p, end: p + 1 } : apostrophe ? (p > from ? npBefore(tokens, p, from) : null) : light?.np ?? null;
    if (!np) {
      // "allegations that he assaulted …", "fears that the bridge will close": a claim or thought
      // whose holder is unstated, with a that-clause after it; or, for some, with what it is
      // about ("questions about her emails", "allegations of fraud", "calls for a ban").
      const next = tokens[i + 1];
      if (CUE_NOUNS.has(t.lemma) && next?.normal === 'that' && next.pos === 'SCONJ') {
        const clause = contentAfter(doc, i + 1, sentence.tokenEnd, to, quotes, false);
        if (clause.length > 0) {
          out.push({ source: { kind: 'vague', text: null, start: null, end: null }, cue: spanOf(doc, { start: i, end: i + 1 }), content: clause.map((c) => c.span), mode: modeOf(clause), sentence: sentence.index, continued: false, nested: true });
          markUsed(clause, quoteUsed);
        }
      } else if (UNHELD_NOUNS.has(t.lemma) && next && !apostrophe && !cueCovers(t.start) && (t.lemma === 'call' ? next.normal === 'for' : UNHELD_PREPOSITIONS.has(next.normal) && !(t.lemma === 'question' && next.normal === 'of' && tokens[i + 2]?.normal !== 'whether'))) {
        // ("questions about how …", "the question of whether …": an embedded question.)
        const object = npAfter(tokens, i + 2, to);
        const span = nominalContent(doc, i + 1, sentence.tokenEnd, to, quotes)?.span ?? (object ? spanOf(doc, object) : null);
        if (span) out.push({ source: { kind: 'vague', text: null, start: null, end: null }, cue: spanOf(doc, { start: i, end: i + 2 }), content: [span], mode: 'indirect', sentence: sentence.index, continued: false, nested: true });
      }
      continue;
    }
    // A light verb's act is the whole cue ("issued a statement"), and says what follows it.
    if (light && cueCovers(tokens[light.verb]!.start)) continue;
    const content = nominalContent(doc, i + 1, sentence.tokenEnd, to, quotes) ?? (light ? lightVerbContent(doc, i, to) : null);
    if (!content) continue;
    out.push({ source: makeSource(np, null, tokens[np.start]!.start, t.lemma), cue: spanOf(doc, { start: light ? light.verb : i, end: i + 1 }), content: [content.span], mode: modeOf([content]), sentence: sentence.index, continued: false, nested: true });
    markUsed([content], quoteUsed);
  }

  // Predicative cues: "Democratic leaders are wary of …", "Trump was critical of …", "She is
  // confident that …". The subject of "be" is the source.
  for (let i = from + 1; i < to - 1; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'ADJ' || !CUE_ADJECTIVES.has(t.normal) || inClosedQuote(doc, t)) continue;
    let b = i - 1;
    // ("is not sure", "were both sternly critical of")
    while (b > from && (tokens[b]!.pos === 'ADV' || tokens[b]!.normal === 'not' || tokens[b]!.normal === 'both' || tokens[b]!.normal === 'all')) b--;
    if (tokens[b]!.lemma !== 'be' && tokens[b]!.lemma !== 'remain' && tokens[b]!.lemma !== 'become') continue;
    const next = tokens[i + 1]!;
    if (!['that', 'of', 'about', 'to', 'with', 'over'].includes(next.normal)) continue;
    const cueStart = skipLeftModifiers(tokens, b + 1, from);
    const np = npBefore(tokens, cueStart, from);
    if (!np || tokens[np.start]!.normal === 'it') continue;
    // "wary of …", "confident that …", "unhappy with the deal": the clause or the object after it.
    const content = nominalContent(doc, i + 1, sentence.tokenEnd, to, quotes) ?? (next.normal === 'that' || next.normal === 'to' ? null : adjectiveObject(doc, i + 1, to));
    if (!content) continue;
    out.push({ source: makeSource(np, null, tokens[np.start]!.start, t.normal), cue: spanOf(doc, { start: cueStart, end: i + 2 }), content: [content.span], mode: modeOf([content]), sentence: sentence.index, continued: false, nested: true });
  }

  // Transcript speaker labels: "TAPPER: And obviously …", "JAKE TAPPER: Donald Trump released …".
  // (Labels and headline colons need a colon: most sentences have none.)
  let firstColon = -1;
  for (let k = from; k < to; k++) {
    if (tokens[k]!.text === ':') {
      firstColon = k;
      break;
    }
  }
  for (let i = from; firstColon >= 0 && i < to - 1; i++) {
    if (!isSpeakerLabelStart(tokens, i, from)) continue;
    let end = i;
    while (end < to && end - i < 3 && isCapsWord(tokens[end]!)) end++;
    if (end === i || tokens[end]?.text !== ':' || end + 1 >= to) continue;
    // ("CORRECTION:", "UPDATE:", "FIX IS IN:": a label or a headline in capitals, not a speaker.)
    if (tokens.slice(i, end).some((w) => COLON_LABELS.has(w.normal) || FUNCTION_POS.has(w.pos) || w.pos === 'AUX' || w.pos === 'VERB')) continue;
    let stop = end + 1;
    while (stop < to && !(isSpeakerLabelStart(tokens, stop, from) && labelFollows(tokens, stop, to))) stop++;
    const content = trimmed(doc, tokens[end + 1]!.start, tokens[stop - 1]!.end);
    if (!content || content.text.split(/\s+/).length < 2 || cueCovers(tokens[end]!.start)) continue;
    // A label in capitals names a person ("TAPPER"), though capitals alone read as an acronym.
    const labelled = makeSource({ start: i, end }, null, tokens[i]!.start);
    const source: Source = labelled.kind === 'named-organization' || labelled.kind === 'vague' || labelled.kind === 'unresolved' ? { ...labelled, kind: 'named-person', name: labelled.name ?? labelled.text ?? '' } : labelled;
    out.push({ source, cue: spanOf(doc, { start: end, end: end + 1 }), content: [content], mode: 'direct', sentence: sentence.index, continued: false });
    i = end;
  }

  // A headline or lead that opens with a source and a colon: "Graham: Trump’s rhetoric …". A cue
  // after the colon ("Obama Says It") is the headline's content speaking, not a reason to skip it.
  // ("EXCLUSIVE – Roger Stone: …": a label in capitals and a dash before the source.)
  const opening = tokens[from];
  const head = opening !== undefined && from + 2 < to && isCapsWord(opening) && isDash(tokens[from + 1]) ? from + 2 : from;
  const colonAt = firstColon >= 0 && firstColon < Math.min(head + 6, to) ? firstColon - from : -1;
  if (colonAt > head - from && out.slice(firstOfSentence).every((f) => !f.cue || f.cue.start > tokens[from + colonAt]!.start)) {
    // ("Partial transcript: TAPPER: …" introduces a transcript; its labels speak.)
    if (to - (from + colonAt) > 3 && tokens[head]!.normal !== 'from' && !labelFollows(tokens, from + colonAt + 1, to)) {
      // ("Lynch: No outside influence …": wink may tag a lone surname as a verb.)
      const np = npAfter(tokens, head, from + colonAt) ?? (colonAt === head - from + 1 && startsUpper(tokens[head]!.text) && tokens[head]!.type === 'word' && !FUNCTION_POS.has(tokens[head]!.pos) ? { start: head, end: head + 1 } : null);
      const named = np ? chunkIn(doc, chunksByToken, np.start, np.end) : undefined;
      // "Poll: …", "Newspaper: …", "Clinton camp: …" speak without a name; labels ("Editor’s note:") do not speak.
      // ("Question: …", "Remember: …", "Grandkids: …": a lone common word is a label, not a speaker.)
      // (A surname wink tags as a verb counts when the article names that person: "Lynch: …".)
      const lone = np !== null && np.end - np.start === 1 && (tokens[np.start]!.pos === 'PROPN' || isCapsWord(tokens[np.start]!) || knownSurname(tokens[np.start]!.normal));
      const speaks = np && (named || lone || ['document', 'outlet', 'official-role', 'named-organization'].includes(classifySourceKind(doc, np, chunksByToken))) && !COLON_LABELS.has(tokens[np.end - 1]!.normal);
      // ("Clinton to Planned Parenthood: …": the audience after "to" is no part of the source.)
      const addressed = np !== null && np.end < from + colonAt && tokens[np.end]!.normal === 'to' && from + colonAt - np.end <= 5 && named !== undefined;
      if (np && speaks && (np.end === from + colonAt || addressed) && startsUpper(tokens[np.start]!.text) && tokens[np.start]!.pos !== 'DET') {
        const content = trimmed(doc, tokens[from + colonAt + 1]!.start, tokens[to - 1]!.end);
        // ("6:05 p.m.": a clock time, not a colon after a source; "Poll: 3 races are tight" speaks.)
        const colon = tokens[from + colonAt]!;
        const clock = content !== null && /^\d/.test(content.text) && colon.end === content.start;
        if (content && !clock) {
          const q = quotesIn(doc, from + colonAt + 1, to);
          out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: from + colonAt, end: from + colonAt + 1 }), content: [content], mode: q.length > 0 && q[0]!.start <= content.start + 1 ? 'direct' : 'indirect', sentence: sentence.index, continued: false });
          for (const x of q) quoteUsed.add(x.index);
        }
      }
    }
  }

  // An embedded post's sign-off: "No one should be above the law. — Paul Ryan (@SpeakerRyan) July 5,
  // 2016": the text before the dash, back to the paragraph's start, is the named account's.
  for (let k = from + 1; k + 4 < sentence.tokenEnd && out.length === firstOfSentence; k++) {
    if (!isDash(tokens[k]) || tokens[k]!.quote >= 0) continue;
    const np = npAfter(tokens, k + 1, sentence.tokenEnd);
    if (!np || tokens[np.end]?.text !== '(' || !/^@\w+$/.test(tokens[np.end + 1]?.text ?? '') || tokens[np.end + 2]?.text !== ')') continue;
    const paragraph = doc.paragraphs[sentence.paragraph]!;
    let start = paragraph.start;
    // (Skip markup that opens the paragraph: "<tweet id=… author=…>".)
    if (doc.text[start] === '<') start = doc.text.indexOf('>', start) + 1 || start;
    const content = trimmed(doc, start, tokens[k]!.start);
    if (!content) continue;
    out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: k, end: k + 1 }), content: [content], mode: 'direct', sentence: sentence.index, continued: false });
  }

  // Quotations without a verb: "“…” — Commissioner Starks"; "From the chairwoman: “…”".
  // ("\"… 1 percent.\" - Bernie Sanders.": wink may end the sentence at the quotation, leaving the
  // dash and the name a sentence of their own.)
  if (out.length === firstOfSentence && isDash(tokens[from]) && to - from <= 6) {
    const np = npAfter(tokens, from + 1, to);
    const quote = np && np.end >= to - 1 ? closedQuoteBefore(doc, from, sentence.paragraph) : null;
    if (np && quote && !quoteUsed.has(quote.index)) {
      out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: from, end: from + 1 }), content: [trimmedQuote(doc, quote)], mode: 'direct', sentence: sentence.index, continued: false });
      quoteUsed.add(quote.index);
    }
  }
  if (out.length === firstOfSentence) {
    for (const quote of quotes) {
      if (quoteUsed.has(quote.index)) continue;
      const afterQuote = firstTokenAt(doc, quote.end, sentence.tokenEnd);
      if (afterQuote >= 0 && isDash(tokens[afterQuote])) {
        const np = npAfter(tokens, afterQuote + 1, sentence.tokenEnd);
        if (np) {
          out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: afterQuote, end: afterQuote + 1 }), content: [trimmedQuote(doc, quote)], mode: 'direct', sentence: sentence.index, continued: false });
          quoteUsed.add(quote.index);
          continue;
        }
      }
      // "Trump on the wall: “…”", "The minister: “…”": a source and a colon before a quotation.
      const opener = firstTokenAt(doc, quote.start, sentence.tokenEnd);
      const colon = tokens[opener - 1];
      if (opener > from && colon?.text === ':' && tokens[from]!.normal !== 'from') {
        // "Jeb Bush told the Dutch newspaper NRC: “…”": a clause before the colon has its own
        // subject, the speaker; without a verb the phrase before the colon is ("The minister: “…”").
        // ("… doesn’t surprise Republican pollster Daron Shaw: “…”", "- Pew Research: “…”": a name
        // right before the colon speaks.)
        const label = npBefore(tokens, opener - 1, from);
        const named = label !== null && personNameIn(doc, chunksByToken, label.start, label.end) !== null && tokens[label.end - 1]!.pos === 'PROPN';
        const np = (named ? label : null) ?? clauseSubject(doc, from, opener - 1) ?? label ?? clauseSubjectBeforeColon(doc, from, opener - 1);
        if (np && tokens[np.start]!.pos !== 'DET' || (np && np.end - np.start > 1)) {
          out.push({ source: makeSource(np!, null, tokens[np!.start]!.start), cue: spanOf(doc, { start: opener - 1, end: opener }), content: [trimmedQuote(doc, quote)], mode: 'direct', sentence: sentence.index, continued: false });
          quoteUsed.add(quote.index);
          continue;
        }
      }
      if (tokens[from]!.normal === 'from') {
        const np = npAfter(tokens, from + 1, sentence.tokenEnd);
        if (np && tokens[np.end]?.text === ':' && tokens[np.end + 1]?.start === quote.start) {
          out.push({ source: makeSource(np, null, tokens[np.start]!.start), cue: spanOf(doc, { start: np.end, end: np.end + 1 }), content: [trimmedQuote(doc, quote)], mode: 'direct', sentence: sentence.index, continued: false });
          quoteUsed.add(quote.index);
        }
      }
    }
  }
}

/**
 * The indexes (from `first` on) of nested attributions whose cue lies inside the content of another
 * attribution of the sentence with a different source ("according to" phrases host none). The
 * content spans are swept in order of their start, keeping the two that reach furthest with
 * different sources, so each cue is answered in constant time after sorting.
 */
function nestedInside(found: readonly Found[], first: number): Set<number> {
  const result = new Set<number>();
  const queries: { k: number; start: number; end: number; key: number | null }[] = [];
  for (let k = first; k < found.length; k++) {
    const f = found[k]!;
    if (f.nested && f.cue) queries.push({ k, start: f.cue.start, end: f.cue.end, key: f.source.start });
  }
  // (Most sentences hold no nested cue.)
  if (queries.length === 0) return result;
  const hosts: { start: number; end: number; key: number | null }[] = [];
  for (let k = first; k < found.length; k++) {
    const f = found[k]!;
    if (f.mode !== 'according-to') for (const c of f.content) hosts.push({ start: c.start, end: c.end, key: f.source.start });
  }
  hosts.sort((a, b) => a.start - b.start);
  queries.sort((a, b) => a.start - b.start);
  let best1: { end: number; key: number | null } | null = null;
  let best2: { end: number; key: number | null } | null = null;
  let h = 0;
  for (const q of queries) {
    for (; h < hosts.length && hosts[h]!.start <= q.start; h++) {
      const x = hosts[h]!;
      if (!best1) best1 = x;
      else if (x.end > best1.end) {
        if (x.key !== best1.key) best2 = best1;
        best1 = x;
      } else if (x.key !== best1.key && (!best2 || x.end > best2.end)) best2 = x;
    }
    const host = best1 && best1.key !== q.key ? best1 : best2;
    if (host && host.key !== q.key && host.end >= q.end) result.add(q.k);
  }
  return result;
}

/**
 * A sentence that holds a quotation and no cue right after a direct attribution continues its
 * speaker: "‘…,’ Khrenin explained. ‘Its integration …’".
 */
function continuedQuote(doc: Doc, sentence: DocSentence, last: { found: Found; sentence: number } | null, used: Set<number>): Found | null {
  if (!last || sentence.index - last.sentence > 2) return null;
  const first = doc.tokens[sentence.tokenStart];
  if (!first || !isOpeningMark(doc, first)) return null;
  const quote = doc.quotes[first.quote]!;
  if (used.has(quote.index) || quote.depth > 0) return null;
  used.add(quote.index);
  const { source } = last.found;
  return { source, cue: null, content: [trimmedQuote(doc, quote)], mode: 'direct', sentence: sentence.index, continued: true };
}
