/**
 * Content and span helpers of the sourcing analyzer: what a cue reports (a quotation, a clause
 * before or after it, the object of a nominal or predicative cue), trimmed to exact spans.
 */
import type { Doc, Quote, Token } from '../../parse/types.js';
import type { Span } from '../../types.js';
import {
  CLAUSE_OPENERS,
  MAX_CONTENT_TOKENS,
  OBJECT_PRONOUNS,
  type Range,
  TIME_WORDS,
  cueCategory,
  isClosingMark,
  isComma,
  isDash,
  isOpeningMark,
  npAfter,
} from './phrases.js';
import type { AttributionMode, Source } from './types.js';

/** An attribution before it is placed on sentences. */
export interface Found {
  source: Source;
  cue: Span | null;
  content: Span[];
  mode: AttributionMode;
  sentence: number;
  continued: boolean;
  /**
   * A thought, stance, nominal, predicative or unstated cue ("wants", "believes", "opposed", "his
   * warning", "is confident", "is expected"): when its cue lies inside the content of another
   * attribution ("Clinton says she wants to …"), it is part of what that source said, not one of its own.
   */
  nested?: boolean;
}

/** Builds a Span from a token range, or null for an empty range. */
export function spanOf(doc: Doc, r: Range | null): Span | null {
  if (!r || r.end <= r.start) return null;
  const start = doc.tokens[r.start]!.start;
  const end = doc.tokens[r.end - 1]!.end;
  return { text: doc.text.slice(start, end), start, end };
}

export function textSpan(doc: Doc, start: number, end: number): Span {
  return { text: doc.text.slice(start, end), start, end };
}

/** Trims punctuation, quote marks and white space from both ends of a character range. */
export function trimmed(doc: Doc, start: number, end: number): Span | null {
  const strip = /[\s.,;:!?…“”‘’"'«»„‚‹›—–-]/u;
  while (start < end && strip.test(doc.text[start]!)) start++;
  while (end > start && strip.test(doc.text[end - 1]!)) end--;
  return end > start ? textSpan(doc, start, end) : null;
}

/**
 * What a nominal cue reports: a that-clause ("his claim that …"), an infinitive ("her promise to
 * …"), a prepositional object ("their criticism of the plan") or a quotation ("his warning: “…”").
 */
export function nominalContent(doc: Doc, k: number, tokenEnd: number, to: number, quotes: readonly Quote[]): ContentPart | null {
  const tokens = doc.tokens;
  const next = tokens[k];
  if (!next || k >= to) return null;
  if (next.normal === 'that') {
    const after = tokens[k + 1];
    // "the claim that was made": a relative clause, not the content.
    if (!after || after.pos === 'VERB' || after.pos === 'AUX') return null;
    return contentAfter(doc, k, tokenEnd, to, quotes, false)[0] ?? null;
  }
  if (next.normal === 'to' && tokens[k + 1]?.pos === 'VERB') return infinitiveContent(doc, k + 1, to)[0] ?? null;
  if (['of', 'on', 'about', 'for', 'against'].includes(next.normal)) {
    // "questions about how the plan would work": a clause opened by a question word.
    const opener = tokens[k + 1];
    if (opener && WH_WORDS.has(opener.normal) && k + 2 < to) {
      const end = clauseEnd(doc, k + 1, to);
      const part = end > k + 2 ? trimmed(doc, opener.start, tokens[end - 1]!.end) : null;
      if (part) return { span: part, quote: null };
    }
    // "wary of raising the tolls": a gerund clause.
    const gerund = tokens[k + 1];
    if (gerund && gerund.pos === 'VERB' && /ing$/.test(gerund.normal)) {
      const end = clauseEnd(doc, k + 1, to);
      const part = trimmed(doc, gerund.start, tokens[end - 1]!.end);
      return part ? { span: part, quote: null } : null;
    }
    const object = npAfter(tokens, k + 1, to);
    const span = object ? spanOf(doc, object) : null;
    return span ? { span, quote: null } : null;
  }
  if (next.text === ':' || isOpeningMark(doc, next)) {
    const opener = next.text === ':' ? tokens[k + 1] : next;
    if (opener && isOpeningMark(doc, opener)) {
      const quote = doc.quotes[opener.quote]!;
      return { span: trimmedQuote(doc, quote), quote };
    }
  }
  return null;
}

/** "unhappy with the deal", "angry over the vote": the object after a preposition. */
export function adjectiveObject(doc: Doc, prep: number, to: number): ContentPart | null {
  const object = npAfter(doc.tokens, prep + 1, to);
  const span = object ? spanOf(doc, object) : null;
  return span ? { span, quote: null } : null;
}

/** The end (exclusive) of the clause that starts at `from`: the next comma, semicolon or dash, or `to`. */
export function clauseEnd(doc: Doc, from: number, to: number): number {
  let k = from;
  while (k < to && k - from < MAX_CONTENT_TOKENS && !isComma(doc.tokens[k]) && !isDash(doc.tokens[k])) k++;
  return k;
}


/** The infinitive clause that starts at `k` ("reopen in May"), however short, up to the clause's end. */
export function infinitiveContent(doc: Doc, k: number, to: number): ContentPart[] {
  if (k >= to) return [];
  const end = clauseEnd(doc, k, to);
  const span = end > k ? trimmed(doc, doc.tokens[k]!.start, doc.tokens[end - 1]!.end) : null;
  return span ? [{ span, quote: null }] : [];
}

export interface ContentPart {
  span: Span;
  /** The quotation the content is, for direct speech. */
  quote: Quote | null;
  /** Indirect content that holds a quoted fragment. */
  mixed?: boolean;
}

export function markUsed(content: readonly ContentPart[], used: Set<number>): void {
  for (const c of content) if (c.quote) used.add(c.quote.index);
}

export function modeOf(content: readonly ContentPart[]): AttributionMode {
  if (content.length > 0 && content.every((c) => c.quote)) return 'direct';
  return content.some((c) => c.quote || c.mixed) ? 'mixed' : 'indirect';
}

export function trimmedQuote(doc: Doc, quote: Quote): Span {
  return trimmed(doc, quote.content.start, quote.content.end) ?? quote.content;
}

export function isClosingOrComma(doc: Doc, t: Token | undefined): boolean {
  return isComma(t) || isClosingMark(doc, t) || (t !== undefined && (t.text === '—' || t.text === '–' || t.text === '?' || t.text === '!'));
}

/**
 * Whether the clause ends right after the cue (but for a short adverbial such as "during the
 * briefing" or "on Tuesday"), so that the content must be before it: "…, officials said on Monday."
 */
export function clauseEndsSoon(doc: Doc, from: number, to: number): boolean {
  let k = from;
  while (k < to && !isComma(doc.tokens[k]) && !isOpeningMark(doc, doc.tokens[k])) {
    const t = doc.tokens[k]!;
    // A that-clause or a finite verb after the cue means the content follows it.
    if (t.normal === 'that' || k - from > 6 || ((t.pos === 'VERB' || t.pos === 'AUX') && !/ing$/.test(t.normal))) return false;
    k++;
  }
  return true;
}

/** Index of the first of `spans` (sorted by start) that starts at or after an offset: a binary search. */
export function firstStartingAt(spans: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first token at or after an offset, or -1 past the ceiling. */
export function firstTokenAt(doc: Doc, offset: number, ceiling: number): number {
  const k = firstStartingAt(doc.tokens, offset);
  return k < ceiling && k < doc.tokens.length ? k : -1;
}

/** Content that ends before a cue: the quotation closing there, or the clause from the sentence start. */
export function contentBeforeCue(doc: Doc, from: number, commaIndex: number, quotes: readonly Quote[]): ContentPart[] {
  const tokens = doc.tokens;
  from = Math.max(from, commaIndex - MAX_CONTENT_TOKENS);
  const closing = tokens[commaIndex]!;
  // A quotation closing right before the source, however short (“Okay,” I said).
  if (isClosingMark(doc, closing) && doc.quotes[closing.quote]!.depth === 0) {
    const q = doc.quotes[closing.quote]!;
    return [{ span: trimmedQuote(doc, q), quote: q }];
  }
  const endOffset = closing.start;
  const quote = quotes.find((q) => q.end === closing.end || (q.end <= endOffset + 1 && q.end >= endOffset - 2 && q.close !== null));
  if (quote) return [{ span: trimmedQuote(doc, quote), quote }];
  const inner = quotes.find((q) => q.end >= endOffset - 3 && q.end <= endOffset + 2);
  if (inner) return [{ span: trimmedQuote(doc, inner), quote: inner }];
  // Everything before "…, X said" is the content, however short ("Sorry, Sanders said."), back to
  // a colon or semicolon outside quotation marks ("They hoped for luck: with the game on, they argued, …").
  from = afterClauseBreak(tokens, from, commaIndex);
  const span = trimmed(doc, tokens[from]!.start, endOffset);
  if (!span) return [];
  const mixed = quotes.some((q) => q.start >= span.start && q.start < span.end);
  return [{ span, quote: null, mixed }];
}

/** The first token after the last colon or semicolon outside quotation marks in [from, end), or `from`. */
export function afterClauseBreak(tokens: readonly Token[], from: number, end: number): number {
  for (let k = end - 1; k > from; k--) if ((tokens[k]!.text === ':' || tokens[k]!.text === ';') && tokens[k]!.quote < 0) return k + 1;
  return from;
}

/** Words that open an embedded question: "questions about how …", "the question of whether …". */
const WH_WORDS: ReadonlySet<string> = new Set([...CLAUSE_OPENERS, 'whom'].filter((w) => w !== 'that'));

/** Single words that stand for what was said: "did not say when", "said so", "said that." */
const STANDING_FOR_SAID: ReadonlySet<string> = new Set(['so', 'that', 'this', 'why', 'when', 'how', 'where', 'whether', 'yes', 'no', 'otherwise', 'thanks']);

/** Content after a cue: a quotation that opens there, or the clause to the end of the sentence. */
export function contentAfter(doc: Doc, start: number, tokenEnd: number, to: number, quotes: readonly Quote[], skipObject: boolean, targets: 'none' | 'person' | 'any' = 'none'): ContentPart[] {
  const tokens = doc.tokens;
  tokenEnd = Math.min(tokenEnd, start + MAX_CONTENT_TOKENS);
  to = Math.min(to, tokenEnd);
  let k = start;
  // "told reporters that", "told Reuters:", "asked him whether"
  if (skipObject) {
    const w = tokens[k]?.normal ?? '';
    const object = OBJECT_PRONOUNS.has(w) || w === 'you' || w === 'it' ? { end: k + 1 } : npAfter(tokens, k, tokenEnd);
    if (object) k = object.end;
  }
  // Adverbials between the cue and a "that" clause: "emphasized during the briefing that …".
  for (let look = k; look < Math.min(tokenEnd, k + 8); look++) {
    const w = tokens[look]!;
    if (isComma(w) || isOpeningMark(doc, w)) break;
    // A verb before "that" means the content has begun ("says he introduced a bill to do that").
    if (w.pos === 'VERB' || w.pos === 'AUX') break;
    if (w.normal === 'that' && (w.pos === 'SCONJ' || w.pos === 'DET' || w.pos === 'PRON')) {
      // ("rejected that account.", "denied that claim on Monday": a determiner before a noun, with
      // no verb after it in the clause, whatever wink tags it.)
      const noun = tokens[look + 1];
      let verbAfter = false;
      for (let v = look + 2; v < Math.min(tokenEnd, look + 8); v++) {
        const x = tokens[v]!;
        if (x.pos === 'PUNCT' && !isOpeningMark(doc, x)) break;
        if (x.pos === 'VERB' || x.pos === 'AUX') {
          verbAfter = true;
          break;
        }
      }
      const determiner = noun !== undefined && noun.pos === 'NOUN' && !verbAfter;
      if (!determiner) k = look + 1;
      break;
    }
  }
  while (k < tokenEnd && (isComma(tokens[k]) || tokens[k]!.text === ':' || isDash(tokens[k]))) k++;
  if (k >= tokenEnd) return [];
  const t = tokens[k]!;
  if (isOpeningMark(doc, t)) {
    const quote = doc.quotes[t.quote]!;
    return [{ span: trimmedQuote(doc, quote), quote }];
  }
  const endToken = Math.max(k + 1, to);
  const last = tokens[endToken - 1]!;
  const span = trimmed(doc, t.start, last.end);
  if (!span) return [];
  // Cut a trailing ", according to …" or ", he said" off the content, and a second cue the
  // subject shares ("called him divisive and accused him of …").
  let cut = trailingAttribution(doc, k, endToken);
  if (cut < 0) cut = coordinatedCue(doc, k, endToken);
  const finalSpan = cut > k ? trimmed(doc, t.start, tokens[cut - 1]!.end) ?? span : span;
  // One word says nothing ("said Tuesday."), unless the cue is aimed at someone and the word names
  // them ("Trump attacked Clinton.", "endorsed him"), or the cue takes a stance on it ("Rubio
  // opposes abortion.").
  // ("did not say when", "would not say so", "by the time he said that": a word standing for what was said.)
  const one = (cut < 0 || cut === k + 1) && endToken >= k + 1 && (STANDING_FOR_SAID.has(t.normal) ||
    (targets === 'any' ? isTarget(t) || t.normal === 'it' || (t.pos === 'NOUN' && !TIME_WORDS.has(t.normal)) : targets === 'person' && (isTarget(t) || t.normal === 'it')));
  if (finalSpan.text.split(/\s+/).length < 2 && !one) return [];
  const mixed = quotes.some((q) => q.start >= finalSpan.start && q.start < finalSpan.end);
  return [{ span: finalSpan, quote: null, mixed }];
}

/** A name or an object pronoun: what a verb aimed at someone may take as its whole content. */
function isTarget(t: Token): boolean {
  return (t.pos === 'PROPN' && !TIME_WORDS.has(t.normal)) || (OBJECT_PRONOUNS.has(t.normal) && t.normal !== 'it');
}

export const SUBORDINATORS: ReadonlySet<string> = new Set(['although', 'though', 'while', 'whereas', 'if', 'unless', 'because', 'since', 'when', 'whenever', 'once', 'until', 'as']);

/**
 * Whether the token at `i` sits in a subordinate clause that opens its sentence, or a clause
 * joined by ", and" or ";": "While X said …, Y …", "…, and when Rubio said it was great to be
 * home, a man yelled …".
 */
export function inOpeningSubordinate(doc: Doc, from: number, i: number): boolean {
  const tokens = doc.tokens;
  // (A clause of more than MAX_CONTENT_TOKENS words is no opening clause: the check stays linear.)
  let k = i - 1;
  const floor = Math.max(from, i - MAX_CONTENT_TOKENS);
  while (k > floor && !isComma(tokens[k])) k--;
  let start: number;
  if (k === from && !isComma(tokens[k])) start = from;
  else if (isComma(tokens[k]) && (tokens[k]!.text === ';' || (tokens[k + 1]?.pos === 'CCONJ' && tokens[k + 1]!.normal !== 'or'))) start = k + 1;
  else return false;
  if (tokens[start]?.pos === 'CCONJ') start++;
  return start < i && SUBORDINATORS.has(tokens[start]?.normal ?? '');
}

/** Whether the tokens before a comma are an opening phrase without a verb ("In the morning", "On Tuesday"). */
export function isOpeningPhrase(doc: Doc, from: number, comma: number): boolean {
  // ("And when asked …, he …": a conjunction before the phrase.)
  if (doc.tokens[from]?.pos === 'CCONJ' && from + 1 < comma) from++;
  const first = doc.tokens[from];
  // ("Noting that …, Trump reminded …": an opening participle clause.)
  if (first && first.pos === 'VERB' && /ing$/.test(first.normal) && doc.tokens[from + 1]?.normal === 'that') return true;
  if (!first || (first.pos !== 'ADP' && first.pos !== 'SCONJ' && first.pos !== 'ADV')) return false;
  // "Although Rubio opposes abortions, he does not reject …": a subordinate clause that ends at
  // this comma frames the main clause; it is not what the main clause reports. ("If the ferry
  // stops, fares will rise, Jolly said": a main clause between them is.)
  if (SUBORDINATORS.has(first.normal) && comma - from <= MAX_CONTENT_TOKENS) {
    let k = from + 1;
    while (k < comma && !isComma(doc.tokens[k])) k++;
    if (k === comma) return true;
  }
  // "After saying he was nervous, …", "When asked about it, …": an opening clause with a
  // participle, reported on its own.
  const second = doc.tokens[from + 1];
  if (second && second.pos === 'VERB' && (/ing$/.test(second.normal) || second.normal === 'asked') && from + 1 < comma) return true;
  for (let k = from; k < comma; k++) if (doc.tokens[k]!.pos === 'AUX' || (doc.tokens[k]!.pos === 'VERB' && k > from + 1) || doc.tokens[k]!.quote >= 0) return false;
  return true;
}

/**
 * Where the content of a cue ends because another report begins, or -1: "and"/"but" before a
 * coordinated cue verb that shares the clause's subject, a participle cue after a comma, or a
 * clause after ", and", ", while" or ";" whose own subject reports again.
 */
export function coordinatedCue(doc: Doc, from: number, to: number): number {
  const tokens = doc.tokens;
  for (let k = from + 1; k < to - 1; k++) {
    const t = tokens[k]!;
    // ("decried it; newspaper editorials railed …": a semicolon may follow a one-word object.)
    if (k === from + 1 && t.text !== ';') continue;
    // ", saying …", ", adding …": a participle cue after a comma starts an attribution of its own.
    if (isComma(t) && tokens[k + 1] && /ing$/.test(tokens[k + 1]!.normal) && tokens[k + 1]!.pos === 'VERB' && cueCategory(doc, k + 1) !== null) return k;
    // ", mocked the party": the next act in a list of the speaker's.
    if (isComma(t) && tokens[k + 1] && tokens[k + 1]!.pos === 'VERB' && /ed$/.test(tokens[k + 1]!.normal) && !isClosingOrComma(doc, tokens[k - 1]) && cueCategory(doc, k + 1) !== null && objectStart(tokens[k + 2])) return k;
    const semicolon = t.text === ';';
    // (", while Democrats defended …": a contrasting clause with a subject of its own.)
    const contrast = (t.normal === 'while' || t.normal === 'whereas') && isComma(tokens[k - 1]);
    if (!semicolon && !contrast && (t.pos !== 'CCONJ' || (t.normal !== 'and' && t.normal !== 'but'))) continue;
    // (", and he railed against …", ", and those voters backed …", "; newspaper editorials railed
    // against it": a clause of its own whose subject reports again.)
    const subject = semicolon || isComma(tokens[k - 1]) ? (tokens[k + 1]?.pos === 'PRON' && ['he', 'she', 'they', 'i', 'we'].includes(tokens[k + 1]!.normal) ? { end: k + 2 } : npAfter(tokens, k + 1, Math.min(to, k + 9))) : null;
    if (subject && subject.end < to) {
      let w = subject.end;
      while (w < to && (tokens[w]!.pos === 'ADV' || tokens[w]!.pos === 'AUX' || tokens[w]!.normal === 'not')) w++;
      if (w < to && tokens[w]!.pos === 'VERB' && cueCategory(doc, w) !== null) return semicolon ? k : k - 1;
    }
    // (", and more than 4 in 10 said …": a proportion as the subject.)
    if ((semicolon || isComma(tokens[k - 1])) && proportionThenCue(doc, k + 1, to)) return semicolon ? k : k - 1;
    if (semicolon || contrast) continue;
    let v = k + 1;
    while (v < to && tokens[v]!.pos === 'ADV') v++;
    if (v < to && tokens[v]!.pos === 'VERB' && !/ing$/.test(tokens[v]!.normal) && cueCategory(doc, v) !== null) return isComma(tokens[k - 1]) ? k - 1 : k;
  }
  return -1;
}

/** Whether a proportion ("more than 4 in 10", "about a third of them", "62 percent") starting at `k` is followed by a cue verb. */
function proportionThenCue(doc: Doc, k: number, to: number): boolean {
  const tokens = doc.tokens;
  let w = k;
  let number = false;
  while (w < to && w < k + 9) {
    const t = tokens[w]!;
    if (t.pos === 'NUM' || t.type === 'number') number = true;
    else if (!(t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'DET' || t.pos === 'NOUN' || t.text === '%' || ['than', 'in', 'of', 'out'].includes(t.normal))) break;
    w++;
  }
  return number && w > k && w < to && tokens[w]!.pos === 'VERB' && cueCategory(doc, w) !== null;
}

export function trailingAttribution(doc: Doc, from: number, to: number): number {
  const tokens = doc.tokens;
  for (let k = from + 2; k < to; k++) {
    if (!isComma(tokens[k])) continue;
    const next = tokens[k + 1];
    if (next && (next.normal === 'according' || next.normal === 'citing' || (next.normal === 'as' && tokens[k + 2]?.normal === 'reported'))) return k;
  }
  return -1;
}

/** A token that can open the object of a verb: a determiner, name, noun or pronoun. */
function objectStart(t: Token | undefined): boolean {
  return t !== undefined && (t.pos === 'DET' || t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'PRON' || t.pos === 'ADJ');
}
