/**
 * Construction detectors of the sourcing analyzer: the word classes and tests behind cues beyond
 * the lexicon (idioms, framing verbs, that-clauses, appearances, light verbs, transcript labels,
 * raised infinitives, passives).
 */
import type { Doc, Quote, Token } from '../../parse/types.js';
import type { Span } from '../../types.js';
import type { Range } from './phrases.js';
import { POSSESSIVE, SUBJECT_PRONOUNS, inClosedQuote, isComma, isOpeningMark, npAfter, npBefore, phrasalGap, skipLeftModifiers } from './phrases.js';
import { CUE_LEMMAS, DOCUMENT_NOUNS, type CueCategory } from './words.js';
import { isAllCaps } from '../../_lib/chars.js';
import { type ContentPart, type Found, clauseEnd, contentAfter, infinitiveContent, spanOf, trimmed, trimmedQuote } from './content.js';

// Documents that report findings of their own.
export const FINDINGS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'census', 'data', 'estimate', 'estimates', 'figures', 'statistics', 'research', 'review', 'audit', 'assessment', 'forecast', 'projection']);

// Verbs that turn a nominal cue into an act of its subject: "made several statements on …",
// "unleashed withering attacks against …", "issued a warning that …", "released a statement
// saying …", "offered his thoughts on …", "put out a statement".
export const LIGHT_VERB_NOUNS = new Set(['statement', 'attack', 'comment', 'accusation', 'argument', 'case', 'objection', 'apology', 'plea', 'defense', 'defence', 'announcement', 'prediction', 'proposal', 'praise', 'swipe', 'jab', 'broadside', 'rebuke', 'assurance', 'guarantee', 'concession',
  'speech', 'address', 'email', 'tweet', 'thought', 'explanation', 'analysis', 'evaluation', 'assessment', 'view', 'advice', 'condolence', 'prayer', 'critique', 'account', 'insight', 'message', 'letter', 'memo', 'testimony', 'congratulation', 'reassurance', 'clarification', 'retraction', 'denial', 'rebuttal', 'retort', 'reaction', 'verdict', 'recommendation', 'ultimatum', 'condemnation', 'denunciation', 'tribute', 'eulogy', 'reminder', 'declaration', 'directive', 'request', 'joke', 'quip', 'barb', 'insult', 'observation', 'point', 'mention', 'commitment']);
export const LIGHT_VERBS = new Set(['make', 'issue', 'unleash', 'launch', 'deliver', 'voice', 'express', 'offer', 'give', 'renew', 'repeat', 'level', 'lodge', 'file', 'raise', 'post', 'send', 'sound', 'register', 'air', 'reiterate',
  'release', 'publish', 'put', 'share', 'extend', 'pen', 'present', 'hurl', 'lob', 'trade', 'fire']);
// "put out a statement", "sent out a memo", "fired off a letter": particles between verb and object.
// ("took a swipe at" and "take issue with" are idioms: see MULTIWORD_CUES.)
const OBJECT_PARTICLES: ReadonlySet<string> = new Set(['out', 'off', 'along', 'up']);

/** The light verb whose object is the nominal cue at `noun`, and the verb's subject; or null. */
export function lightVerbSubject(doc: Doc, noun: number, from: number): { np: Range; verb: number } | null {
  const tokens = doc.tokens;
  let k = noun - 1;
  while (k > from && noun - k <= 4 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'DET' || tokens[k]!.pos === 'NUM' || tokens[k]!.pos === 'ADV')) k--;
  if (k > from && OBJECT_PARTICLES.has(tokens[k]!.normal) && tokens[k - 1]!.pos === 'VERB') k--;
  const verb = tokens[k];
  if (!verb || k <= from || verb.pos !== 'VERB' || !LIGHT_VERBS.has(verb.lemma) || k === noun - 1 && verb.lemma === 'make') return null;
  // ("put out a statement": "put" makes an act only with its particle.)
  if (verb.lemma === 'put' && tokens[k + 1]?.normal !== 'out') return null;
  const np = npBefore(tokens, skipLeftModifiers(tokens, k, from), from);
  return np && tokens[np.start]!.normal !== 'it' ? { np, verb: k } : null;
}

// Claims and doubts that may stand without a holder, with what they are about: "questions about
// her emails", "allegations of fraud", "calls for a ban".
// ("in charge of", "the question of who runs": other senses, left out.)
export const UNHELD_NOUNS: ReadonlySet<string> = new Set(['question', 'concern', 'allegation', 'accusation', 'criticism', 'complaint', 'fear', 'doubt', 'speculation', 'call', 'worry']);
export const UNHELD_PREPOSITIONS: ReadonlySet<string> = new Set(['about', 'over', 'of', 'surrounding', 'regarding']);

// Speech aimed at someone, whose object alone may be all it reports ("Trump attacked Clinton.",
// "She thanked him."); stance verbs are aimed too.
export const TARGET_VERBS: ReadonlySet<string> = new Set(['accuse', 'admonish', 'applaud', 'assail', 'berate', 'blame', 'blast', 'castigate', 'chide', 'commend', 'condemn', 'congratulate', 'criticise', 'criticize', 'decry', 'denounce', 'deride', 'excoriate', 'extol', 'fault', 'grill', 'hail', 'lambaste', 'laud', 'nominate', 'praise', 'quiz', 'rebuke', 'reprimand', 'scold', 'slam', 'taunt', 'thank', 'endorse', 'reject', 'dismiss', 'welcome', 'quote', 'question']);

// Words of time between a light verb's object and what follows it: "a statement Tuesday saying".
const TIME_FILLERS: ReadonlySet<string> = new Set(['on', 'late', 'early', 'earlier', 'later', 'last', 'this', 'that', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night', 'week', 'month', 'weekend']);

/**
 * What a light verb's act says when nothing after its noun names it as a that-clause or object
 * (see `nominalContent`): a participle clause ("issued a statement Tuesday saying …"), a relative
 * clause ("a statement that sought to address …"), a quotation after a comma or colon, the target
 * after "at"/"with"/"in opposition to" ("hurled insults at Cruz", "a statement in support of …").
 */
export function lightVerbContent(doc: Doc, noun: number, to: number): ContentPart | null {
  const tokens = doc.tokens;
  let k = noun + 1;
  // ("a statement Tuesday", "a statement on Monday", "a statement late Tuesday": not "on the bill".)
  while (k < to && k - noun <= 3 && TIME_FILLERS.has(tokens[k]!.normal) && (tokens[k]!.normal !== 'on' || TIME_FILLERS.has(tokens[k + 1]?.normal ?? '')) && (tokens[k]!.normal !== 'that' || TIME_FILLERS.has(tokens[k + 1]?.normal ?? ''))) k++;
  if (k < to && isComma(tokens[k])) k++;
  const w = tokens[k];
  if (!w || k >= to) return null;
  const clause = (at: number): ContentPart | null => infinitiveContent(doc, at, to)[0] ?? null;
  // ("a statement reassuring voters …": wink may tag the participle as an adjective.)
  if ((w.pos === 'VERB' || w.pos === 'ADJ') && /ing$/.test(w.normal)) return clause(k);
  if ((w.normal === 'that' || w.normal === 'which') && (tokens[k + 1]?.pos === 'VERB' || tokens[k + 1]?.pos === 'AUX')) return clause(k + 1);
  if (isOpeningMark(doc, w)) {
    const quote = doc.quotes[w.quote]!;
    return { span: trimmedQuote(doc, quote), quote };
  }
  const object = (at: number): ContentPart | null => {
    const np = npAfter(tokens, at, to);
    const span = np ? spanOf(doc, np) : null;
    return span ? { span, quote: null } : null;
  };
  if (w.normal === 'at' || w.normal === 'with' || w.normal === 'toward' || w.normal === 'towards') return object(k + 1);
  // "in opposition to the deal", "in support of Cruz", "in defense of her husband".
  if (w.normal === 'in' && ['opposition', 'support', 'defense', 'defence', 'praise', 'favor', 'favour'].includes(tokens[k + 1]?.normal ?? '') && ['to', 'of'].includes(tokens[k + 2]?.normal ?? '')) return object(k + 3);
  return null;
}

export const GERUND_PREPOSITIONS = new Set(['in', 'by', 'after', 'before', 'while', 'when', 'since', 'upon']);
/** Words that open a sentence with a gerund clause whose subject is the main clause's: "After saying …, he …". */
export const GERUND_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'while', 'when', 'since', 'despite', 'upon', 'by', 'in', 'besides', 'without']);

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

export const FUNCTION_POS = new Set(['PRON', 'DET', 'ADP', 'CCONJ', 'SCONJ', 'AUX', 'PART', 'NUM', 'PUNCT']);

/** A word in capitals, as transcripts write speaker names ("TAPPER", "JAKE"). */
export const isCapsWord = (t: Token): boolean => t.type === 'word' && t.text.length >= 2 && isAllCaps(t.text);

/** Where a transcript label may start: the sentence's start, or after a colon, bracket or full stop. */
export function isSpeakerLabelStart(tokens: readonly Token[], i: number, from: number): boolean {
  if (!isCapsWord(tokens[i]!)) return false;
  const prev = tokens[i - 1];
  return i === from || prev === undefined || prev.text === ':' || prev.text === ')' || prev.text === ']' || prev.text === '.';
}

/** Whether caps words at `i` end in a colon within three words: a label, not a shouted word. */
export function labelFollows(tokens: readonly Token[], i: number, to: number): boolean {
  let k = i;
  while (k < to && k - i < 3 && isCapsWord(tokens[k]!)) k++;
  return k > i && tokens[k]?.text === ':';
}

// Heads of the labels that open a line with a colon without anyone speaking.
export const COLON_LABELS = new Set(['previously', 'earlier', 'meanwhile', 'question', 'answer', 'transcript', 'excerpt', 'excerpts', 'note', 'update', 'correction', 'clarification', 'disclaimer', 'disclosure', 'caption', 'photo', 'related', 'background', 'warning', 'editor', 'credit', 'credits', 'subscribe', 'advertisement', 'contact', 'video']);


// Adjectives and verbs whose subject is also the subject of the infinitive after them.
export const RAISING_ADJECTIVES = new Set(['likely', 'unlikely', 'quick', 'eager', 'willing', 'ready', 'able', 'first', 'last', 'careful', 'happy', 'reluctant', 'hesitant', 'keen', 'prepared', 'set', 'due', 'sure', 'certain', 'inclined', 'poised']);
// (And verbs of trying and choosing: "is trying to show", "have chosen not to respond", "struggled to explain".)
export const RAISING_VERBS = new Set(['continue', 'tend', 'begin', 'start', 'use', 'hasten', 'rush', 'go', 'move', 'proceed', 'return', 'pause', 'stop', 'try', 'struggle', 'choose', 'attempt', 'deserve', 'hesitate', 'bother', 'dare', 'manage']);

// Verbs that, in the passive, make their subject do what the infinitive says: "was prompted to say".
const PROMPTING_VERBS: ReadonlySet<string> = new Set(['prompt', 'force', 'press', 'push', 'pressure', 'compel', 'urge', 'invite', 'ask', 'encourage', 'oblige', 'obligate']);

/**
 * Where the predicate that hosts an infinitive cue starts, or -1: "[are more likely] to say",
 * "[continued] to insist", "[took to Twitter] to say". The source is the subject before it.
 */
export function infinitiveHost(tokens: readonly Token[], to: number, from: number): number {
  let k = to - 1;
  // ("have chosen not to respond")
  if (tokens[k]?.normal === 'not' && k > from) k--;
  // ("went on to say", "goes on to slam": "go on" continues what its subject was doing.)
  if (tokens[k]?.normal === 'on' && k - 1 >= from && tokens[k - 1]!.lemma === 'go') k--;
  // ("went out of his way to say", "go out of their way to assure": an idiom of effort.)
  if (tokens[k]?.normal === 'way' && k - 4 >= from && tokens[k - 2]?.normal === 'of' && tokens[k - 3]?.normal === 'out' && tokens[k - 4]!.lemma === 'go') return skipLeftModifiers(tokens, k - 4, from);
  const host = tokens[k];
  if (!host || k < from) return -1;
  // ("I am here to tell you …")
  if ((host.normal === 'here' || host.normal === 'there') && k - 1 >= from && tokens[k - 1]!.lemma === 'be') return skipLeftModifiers(tokens, k - 1, from);
  // "took to Twitter to say", "went on television to argue"
  // ("took to the talk shows to defend", "went on national television to argue": a longer phrase.)
  if (host.pos === 'PROPN' || host.pos === 'NOUN') {
    for (let p = k - 1; p - 1 >= from && p >= k - 5; p--) {
      const w = tokens[p]!;
      if ((w.normal === 'to' || w.normal === 'on') && ['take', 'go'].includes(tokens[p - 1]!.lemma) && tokens[p - 1]!.pos === 'VERB') return skipLeftModifiers(tokens, p - 1, from);
      if (!(w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'ADJ' || w.pos === 'DET' || POSSESSIVE.has(w.text))) break;
    }
  }
  // ("is poised to argue", "were prepared to say": wink may tag the adjective a participle.)
  if ((host.pos === 'ADJ' || (host.pos === 'VERB' && /ed$/.test(host.normal))) && RAISING_ADJECTIVES.has(host.normal)) {
    k--;
    while (k >= from && (tokens[k]!.pos === 'ADV' || tokens[k]!.normal === 'more' || tokens[k]!.normal === 'less')) k--;
    return k >= from && tokens[k]!.lemma === 'be' ? skipLeftModifiers(tokens, k, from) : -1;
  }
  if (host.pos === 'VERB' && RAISING_VERBS.has(host.lemma) && host.normal !== 'going') return skipLeftModifiers(tokens, k, from);
  // ("Trump was prompted to say", "she was forced to admit": a passive whose subject is the one made to speak.)
  if (host.pos === 'VERB' && PROMPTING_VERBS.has(host.lemma) && /ed$/.test(host.normal) && k - 1 >= from && (tokens[k - 1]!.lemma === 'be' || (tokens[k - 1]!.pos === 'ADV' && tokens[k - 2]?.lemma === 'be'))) return skipLeftModifiers(tokens, k, from);
  return -1;
}

/** "X seems to …", "X appeared closer to …", "it appears that …": an unsourced appearance, or null. */
export function appearanceReport(doc: Doc, i: number, from: number, tokenEnd: number, to: number, quotes: readonly Quote[]): Omit<Found, 'sentence'> | null {
  const tokens = doc.tokens;
  const next = tokens[i + 1];
  if (!next || i + 1 >= to) return null;
  let rest: ContentPart[];
  if (next.normal === 'to' && tokens[i + 2]?.pos !== 'PRON' && tokens[i + 2]?.pos !== 'PROPN' && tokens[i + 2]?.pos !== 'DET') rest = infinitiveContent(doc, i + 2, to);
  // ("seemed an insult", "appeared paralyzed", "seems mired": a noun phrase or participle as the predicate.)
  else if (next.normal === 'that' || next.pos === 'ADJ' || next.normal === 'like' || next.pos === 'ADV' || (next.pos === 'DET' && next.normal !== 'to') ||
    (next.pos === 'VERB' && /(?:ed|en)$/.test(next.normal))) rest = contentAfter(doc, i + 1, tokenEnd, to, quotes, false);
  else return null;
  return rest.length > 0 ? unstatedReport(doc, i, from, rest) : null;
}

/**
 * A report whose source is unstated ("is expected to", "appeared to"), cued by the verb at `i`
 * with its auxiliaries: a vague source with no span; the subject, unless an expletive "it", joins
 * the content before `rest`.
 */
export function unstatedReport(doc: Doc, i: number, from: number, rest: readonly ContentPart[]): Omit<Found, 'sentence'> {
  let cueStart = skipLeftModifiers(doc.tokens, i, from);
  const subject = npBefore(doc.tokens, cueStart, from);
  // (The cue starts at its first word: not at ", however," between the subject and the verb.)
  while (cueStart < i && (isComma(doc.tokens[cueStart]) || (doc.tokens[cueStart]!.pos === 'ADV' && isComma(doc.tokens[cueStart + 1])))) cueStart++;
  const about = subject && doc.tokens[subject.start]!.normal !== 'it' ? [spanOf(doc, subject)!] : [];
  return { source: { kind: 'vague', text: null, start: null, end: null }, cue: spanOf(doc, { start: cueStart, end: i + 1 }), content: [...about, ...rest.map((c) => c.span)], mode: 'indirect', continued: false };
}

// Verbal idioms that report what someone said or holds ("shot back that …", "made clear that …",
// "took aim at …"), by the verb's lemma: the words that must follow it.
export const MULTIWORD_CUES: ReadonlyMap<string, readonly (readonly string[])[]> = new Map([
  ['make', [['clear'], ['it', 'clear'], ['the', 'case'], ['a', 'case'], ['no', 'secret']]],
  ['shoot', [['back']]], ['fire', [['back']]], ['hit', [['back']]], ['push', [['back']]], ['lash', [['out']]],
  ['weigh', [['in']]], ['speak', [['out']]], ['double', [['down']]], ['lay', [['out']]], ['spell', [['out']]], ['sketch', [['out']]], ['talk', [['up']]], ['find', [['fault'], ['no', 'fault']]],
  ['take', [['aim'], ['issue'], ['exception'], ['a', 'shot'], ['a', 'swipe'], ['swipes'], ['a', 'jab'], ['jabs'], ['a', 'dig'], ['a', 'stand'], ['a', 'stance'], ['a', 'position'], ['the', 'position']]],
  ['put', [['it']]],
  ['come', [['out', 'against'], ['out', 'in', 'favor'], ['out', 'for']]], ['side', [['with']]], ['go', [['after']]],
  ['chime', [['in']]], ['rule', [['out']]], ['sound', [['off'], ['the', 'alarm']]], ['throw', [['cold', 'water']]], ['cast', [['doubt']]],
]);

/** The number of tokens of a verbal idiom starting at `i` ("shot back" → 2), or 0. */
export function multiwordCue(doc: Doc, i: number): number {
  const t = doc.tokens[i]!;
  const idioms = MULTIWORD_CUES.get(IRREGULAR_PAST.get(t.normal) ?? t.lemma);
  // (The particle is evidence enough: "the mayor shot back" with "shot" tagged as a noun.)
  if (!idioms || !verbLike(doc, i, true) || inClosedQuote(doc, t)) return 0;
  for (const words of idioms) {
    if (words.every((w, k) => doc.tokens[i + 1 + k]?.normal === w)) return words.length + 1;
  }
  return 0;
}

export const IRREGULAR_PAST = new Map([['laid', 'lay'], ['put', 'put'], ['shot', 'shoot'], ['made', 'make'], ['took', 'take'], ['came', 'come'], ['went', 'go'], ['threw', 'throw'], ['spoke', 'speak'], ['hit', 'hit'], ['cast', 'cast']]);

/** A verb, or a word wink tagged as a noun right after a subject ("Clinton cast her rival as …", "Trump shot back"). */
export function verbLike(doc: Doc, i: number, anyNounBefore = false): boolean {
  const t = doc.tokens[i]!;
  if (t.pos === 'VERB') return true;
  const prev = doc.tokens[i - 1];
  return t.pos === 'NOUN' && prev !== undefined && prev.sentence === t.sentence &&
    (prev.pos === 'PROPN' || (prev.pos === 'PRON' && isSubjectPronoun(prev.normal)) || (prev.pos === 'NOUN' && (anyNounBefore || /s$/.test(prev.normal))));
}

export const isSubjectPronoun = (w: string): boolean => SUBJECT_PRONOUNS.has(w) || w === 'who';

// Verbs that frame their object as something ("see the campaign as unfair", "cast her rival as …").
export const FRAMING_AS = new Set(['see', 'view', 'regard', 'cast', 'portray', 'paint', 'depict', 'characterize', 'characterise', 'describe', 'label', 'brand', 'dub', 'consider', 'treat', 'frame', 'present', 'tout', 'hail']);

/** "voters see the campaign as unfair": a framing verb with an "as" after its object, as a thought. */
export function framingAs(doc: Doc, i: number): CueCategory | null {
  const t = doc.tokens[i]!;
  if (!FRAMING_AS.has(t.lemma) || !verbLike(doc, i) || inClosedQuote(doc, t)) return null;
  for (let k = i + 1; k < Math.min(doc.tokens.length, i + 9); k++) {
    const w = doc.tokens[k]!;
    if (w.normal === 'as' && k > i + 1) return 'cognition';
    // "voters consider Clinton honest", "found him unfit": an adjective that completes the object.
    if (w.pos === 'ADJ' && k > i + 1 && SMALL_CLAUSE.has(t.lemma) && isObjectToken(doc.tokens[k - 1]!) && endsPredicate(doc.tokens[k + 1])) return 'cognition';
    if (w.pos === 'PUNCT' || w.pos === 'VERB' || w.pos === 'AUX' || w.sentence !== t.sentence) return null;
  }
  return null;
}

// Framing verbs that also take an adjective after their object ("consider him unfit").
const SMALL_CLAUSE: ReadonlySet<string> = new Set(['consider', 'deem', 'judge', 'rate', 'call']);
const isObjectToken = (w: Token) => w.pos === 'PROPN' || w.pos === 'NOUN' || (w.pos === 'PRON' && w.normal !== 'it');
const endsPredicate = (w: Token | undefined) => w === undefined || w.pos === 'PUNCT' || w.pos === 'CCONJ' || w.pos === 'ADP' || w.pos === 'SCONJ';

// Verbs that take a that-clause without reporting anyone's words or thoughts.
export const NOT_REPORTING = new Set(['mean', 'ensure', 'make', 'guarantee', 'require', 'ask', 'given', 'provide', 'see']);

/**
 * A verb outside the lexicon directly followed by a that-clause reports a statement or thought
 * ("Ms. Lee calculated that …", "he anticipated that …"); a fallback category for the long tail.
 */
export function thatComplement(doc: Doc, i: number): CueCategory | null {
  const t = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (t.pos !== 'VERB' || NOT_REPORTING.has(t.lemma) || !next || next.normal !== 'that' || next.pos !== 'SCONJ' || inClosedQuote(doc, t)) return null;
  const after = doc.tokens[i + 2];
  if (!after || after.pos === 'VERB' || after.pos === 'AUX') return null;
  return 'cognition';
}

export const ISSUE_VERBS = new Set(['issue', 'release', 'publish', 'post', 'send', 'put', 'write', 'sign', 'circulate', 'file', 'deliver', 'give', 'air', 'run', 'launch', 'unveil', 'tweet', 'approve', 'adopt', 'pass', 'present', 'submit', 'draft', 'introduce', 'produce', 'prepare']);

const TIME_NOUNS: ReadonlySet<string> = new Set(['month', 'week', 'year', 'day', 'morning', 'night', 'evening', 'afternoon', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday']);

/** "released a statement saying", "issued statements condemning": a document its subject put out. */
export function issuedDocument(doc: Doc, i: number, from: number): boolean {
  const tokens = doc.tokens;
  // ("issued a report this month charging …", "published a letter strongly disputing …", "sent a
  // memo to The Post in April explaining …": adverbs, a time phrase or an addressee may follow.)
  let end = i;
  while (end - 1 > from && tokens[end - 1]!.pos === 'ADV') end--;
  let np = npBefore(tokens, end, from);
  if (np && !DOCUMENT_NOUNS.has(tokens[np.end - 1]!.normal)) {
    for (let k = np.start - 1; k > Math.max(from, np.start - 4); k--) {
      if (tokens[k]!.pos === 'ADP' || TIME_NOUNS.has(tokens[k]!.normal)) continue;
      const before = npBefore(tokens, k + 1, from);
      np = before && DOCUMENT_NOUNS.has(tokens[before.end - 1]!.normal) ? before : null;
      break;
    }
  }
  if (!np || !DOCUMENT_NOUNS.has(tokens[np.end - 1]!.normal) || tokens[np.end - 1]!.pos !== 'NOUN') return false;
  let v = np.start - 1;
  while (v >= from && (tokens[v]!.pos === 'ADV' || (tokens[v]!.pos === 'ADP' && v > from && tokens[v - 1]!.pos === 'VERB'))) v--;
  return v >= from && tokens[v]!.pos === 'VERB' && ISSUE_VERBS.has(tokens[v]!.lemma);
}

const EXPERIENCER_PARTICIPLES: ReadonlySet<string> = new Set(['convinced', 'worried', 'assured', 'persuaded']);

/** "was asked", "is backed", "were told": a form of "be" (and adverbs) before a past participle. */
export function isPassive(tokens: readonly Token[], i: number, from: number): boolean {
  const t = tokens[i]!;
  if (!/(?:ed|en|wn|ld|id|ght|ung)$/.test(t.normal) || t.lemma === t.normal) return false;
  // "they are convinced that …", "she was worried that …": a state of mind whose holder is the subject.
  if (EXPERIENCER_PARTICIPLES.has(t.normal) && tokens[i + 1]?.normal !== 'by') return false;
  // ("was arrested and charged with fraud": a participle coordinated with a passive one.)
  if ((tokens[i - 1]?.normal === 'and' || tokens[i - 1]?.normal === 'or') && i - 2 >= from && tokens[i - 2]!.pos === 'VERB' && isPassive(tokens, i - 2, from)) return true;
  for (let k = i - 1; k >= Math.max(from, i - 3); k--) {
    const w = tokens[k]!;
    // ("he’s predicted big wins", "she’s said that …": a clitic "’s" before an object or clause is "has".)
    if ((w.text === "'s" || w.text === '’s') && tokens[k - 1]?.normal !== 'it' && tokens[k - 1]?.normal !== 'that' && tokens[i + 1]?.normal !== 'to' && tokens[i + 1]?.normal !== 'by') return false;
    if (w.lemma === 'be' || w.normal === 'being' || w.normal === 'been') return true;
    if (w.pos !== 'ADV' && w.pos !== 'PART') return false;
  }
  return false;
}

/** "shows that", "found last year that": a that-clause follows the cue closely. */
export function followsThat(doc: Doc, i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 6); k++) if (doc.tokens[k]!.normal === 'that') return true;
  return false;
}

const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whom']);
// Past and present forms of the speech and cognition verbs that take a relative's gap ("that some say is …").
const GAP_FORMS: ReadonlyMap<string, string> = new Map([['said', 'say'], ['says', 'say'], ['thought', 'think'], ['believed', 'believe'], ['believe', 'believe'], ['think', 'think'], ['thinks', 'think'], ['say', 'say'], ['claim', 'claim'], ['claimed', 'claim'], ['claims', 'claim'], ['argue', 'argue'], ['argued', 'argue'], ['alleged', 'allege'], ['allege', 'allege'], ['estimate', 'estimate'], ['estimated', 'estimate'], ['suspect', 'suspect'], ['suspected', 'suspect'], ['fear', 'fear'], ['feared', 'fear'], ['insist', 'insist'], ['insisted', 'insist'], ['contend', 'contend'], ['contended', 'contend'], ['warn', 'warn'], ['warned', 'warn']]);

/**
 * A cue inside a relative clause whose gap is the subject of what follows: "laws that some say
 * target Muslims", "a hacker who U.S. officials say is tied to …", "a probe the agency said was
 * ongoing". The source is the phrase between the relative and the cue; the content is the
 * relative (which stands for what was said) and the clause after the cue.
 */
export function relativeGapCue(doc: Doc, i: number, from: number, to: number): { np: Range; cue: Span; content: Span[] } | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  const lemma = GAP_FORMS.get(t.normal);
  if (!lemma || !CUE_LEMMAS.has(lemma) || inClosedQuote(doc, t)) return null;
  const next = tokens[i + 1];
  if (!next || i + 1 >= to || !(next.pos === 'AUX' || (next.pos === 'VERB' && !/ing$/.test(next.normal)))) return null;
  const start = skipLeftModifiers(tokens, i, from);
  const found = npBefore(tokens, start, from);
  if (!found || found.end - found.start > 6) return null;
  // ("laws that appeals courts said": the phrase walk may take the relative for a determiner.)
  const np = RELATIVES.has(tokens[found.start]!.normal) && found.end - found.start > 1 ? { start: found.start + 1, end: found.end } : found;
  // ("which even critics say": an adverb before the phrase.)
  let r = np.start - 1;
  while (r > from && tokens[r]!.pos === 'ADV') r--;
  const before = tokens[r];
  if (!before || r < from) return null;
  // The relative pronoun, or none after a noun when the phrase is definite ("a probe the agency said").
  const relative = RELATIVES.has(before.normal) ? r : -1;
  if (relative < 0 && !(before.pos === 'NOUN' && r === np.start - 1 && tokens[np.start]!.normal === 'the')) return null;
  const end = clauseEnd(doc, i + 1, to);
  const rest = end > i + 1 ? trimmed(doc, tokens[i + 1]!.start, tokens[end - 1]!.end) : null;
  if (!rest) return null;
  const content = relative >= 0 ? [spanOf(doc, { start: relative, end: relative + 1 })!, rest] : [rest];
  return { np, cue: spanOf(doc, { start: i, end: i + 1 })!, content };
}

// "faced criticism", "drew fire", "came under scrutiny": the subject receives what others said.
const RECEIVING_VERBS: ReadonlySet<string> = new Set(['face', 'draw', 'receive', 'attract', 'come', 'earn', 'win', 'spark', 'prompt', 'provoke']);
const RECEIVED_NOUNS: ReadonlySet<string> = new Set(['criticism', 'criticisms', 'fire', 'scrutiny', 'backlash', 'condemnation', 'questions', 'attacks', 'accusations', 'charges', 'complaints', 'calls', 'praise', 'ridicule', 'rebukes', 'rebuke', 'outrage', 'objections', 'protests', 'derision', 'pushback']);

/**
 * "Cruz faced criticism for unreported loans", "the plan drew fire from rivals", "she came under
 * scrutiny": criticism or praise received. The source is the phrase after "from", or unstated;
 * the content is the subject and what follows.
 */
export function receivedReaction(doc: Doc, i: number, from: number, to: number): { cue: Range; agent: Range | null; subject: Range | null; rest: Range | null } | null {
  const tokens = doc.tokens;
  const t = tokens[i]!;
  if (t.pos !== 'VERB' || !RECEIVING_VERBS.has(t.lemma) || inClosedQuote(doc, t)) return null;
  let k = i + 1;
  // "came under (heavy) criticism"; "drew (sharp, bipartisan) criticism"
  if (t.lemma === 'come') {
    if (tokens[k]?.normal !== 'under') return null;
    k++;
  }
  while (k < to && k - i < 5 && (tokens[k]!.pos === 'ADJ' || tokens[k]!.pos === 'ADV' || isComma(tokens[k]) || tokens[k]!.normal === 'and')) k++;
  const noun = tokens[k];
  if (!noun || k >= to || !RECEIVED_NOUNS.has(noun.normal)) return null;
  // "sparked questions", "prompted calls" need no more; "won praise", "earned praise" only praise.
  if ((t.lemma === 'win' || t.lemma === 'earn') && noun.normal !== 'praise') return null;
  let after = k + 1;
  let agent: Range | null = null;
  if (tokens[after]?.normal === 'from' || tokens[after]?.normal === 'by') {
    agent = npAfter(tokens, after + 1, to);
    if (agent) after = agent.end;
  }
  const start = skipLeftModifiers(tokens, i, from);
  // ("could face scrutiny", "will draw fire": a reaction foreseen is not one reported.)
  for (let m = start; m < i; m++) if (MODALS.has(tokens[m]!.normal)) return null;
  const subject = t.lemma === 'spark' || t.lemma === 'prompt' || t.lemma === 'provoke' ? null : npBefore(tokens, start, from);
  const end = clauseEnd(doc, after, to);
  return { cue: { start: start < i && tokens[start]!.pos === 'AUX' ? start : i, end: k + 1 }, agent, subject, rest: end > after ? { start: after, end } : null };
}

const MODALS: ReadonlySet<string> = new Set(['could', 'would', 'will', 'may', 'might', 'should', 'can', "'ll", 'shall', 'must']);

/** Nouns of a view held: "in his view", "in the eyes of voters". */
export const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'eyes', 'estimation', 'judgment', 'judgement', 'assessment', 'telling', 'mind', 'minds', 'words']);

/**
 * "in Bolton’s view", "in his own words", "in the party’s estimation": the tokens from "in" (at
 * `i`) to the view noun, or null. `possessorOf` gives the holder within them.
 */
export function viewHolder(tokens: readonly Token[], i: number, end: number): Range | null {
  let k = i + 1;
  const first = tokens[k];
  if (!first || k >= end) return null;
  if (POSSESSIVE_PRONOUNS.has(first.normal)) k++;
  else {
    while (k < end && k - i < 6 && !POSSESSIVE.has(tokens[k]!.text)) k++;
    if (k >= end || k - i >= 6 || k === i + 1) return null;
    k++;
  }
  if (tokens[k]?.normal === 'own') k++;
  return k < end && VIEW_NOUNS.has(tokens[k]!.normal) ? { start: i, end: k + 1 } : null;
}

/** The possessor inside a view phrase from `viewHolder`: "his", "Bolton", "the party". */
export function possessorOf(tokens: readonly Token[], held: Range): Range | null {
  const first = held.start + 1;
  if (POSSESSIVE_PRONOUNS.has(tokens[first]!.normal)) return { start: first, end: first + 1 };
  let k = first;
  while (k < held.end && !POSSESSIVE.has(tokens[k]!.text)) k++;
  return k > first ? { start: first, end: k } : null;
}

/** The token after a cue at `i`: past its preposition for a phrasal cue ("rails against"). */
export function cueEndBefore(tokens: readonly Token[], i: number, category: string): number {
  if (category !== 'phrasal') return i + 1;
  const gap = phrasalGap(tokens, i);
  return gap < 0 ? i + 1 : i + 2 + gap;
}

/**
 * The antecedent of a relative clause whose object gap the cue at the clause's end leaves:
 * "a plan (which Clinton supports)", "the style he prefers", "an arrangement the campaign has
 * criticized". `subject` is the clause subject's first token, `after` the token after the cue.
 */
export function objectGapAntecedent(tokens: readonly Token[], subject: number, after: number, from: number, end: number): Range | null {
  const next = tokens[after];
  if (after < end && next && !/^[.,;:!?)\]]$/.test(next.text) && next.pos !== 'CCONJ' && !(next.pos === 'PUNCT' && next.quote >= 0)) return null;
  let k = subject - 1;
  if (k < from) return null;
  const marker = tokens[k]!;
  if (marker.normal === 'which' || marker.normal === 'that' || marker.normal === 'whom') {
    k--;
    if (k >= from && (isComma(tokens[k]) || tokens[k]!.text === '(')) k--;
    return k >= from ? npBefore(tokens, k + 1, from) : null;
  }
  // A relative clause without a pronoun follows its antecedent directly.
  if ((marker.pos === 'NOUN' || marker.pos === 'PROPN') && (tokens[subject]!.pos === 'PRON' || tokens[subject]!.pos === 'DET')) return npBefore(tokens, subject, from);
  return null;
}
