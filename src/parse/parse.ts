import { InputTypeError } from '../errors.js';
import type { Span } from '../types.js';
import { findNames } from './names.js';
import { findParagraphs, isSpace } from './paragraphs.js';
import { findQuotes } from './quotes.js';
import type { Doc, DocSentence, NameChunk, Paragraph, Quote, Token } from './types.js';
import { getNlp } from './wink.js';
import { startsLower } from '../_lib/chars.js';

// Titles and honorifics after which wink sometimes starts a new sentence ("Gov. Smith").
const NEVER_FINAL = new Set([
  'mr.', 'mrs.', 'ms.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.', 'capt.',
  'sgt.', 'maj.', 'adm.', 'cmdr.', 'rev.', 'st.', 'no.', 'nos.', 'vs.', 'v.', 'sr.', 'jr.', 'ft.',
  'mt.', 'gens.', 'reps.', 'sens.', 'pres.', 'supt.', 'det.', 'insp.', 'hon.', 'messrs.',
]);

const MAX_WINK_CHUNK = 200_000;

/** A token while the document is being built; frozen into `Token` by the type system only. */
type RawToken = { -readonly [K in keyof Token]: Token[K] };

/**
 * Parses a text once into the document every analyzer reads: tokens with exact offsets,
 * sentences, paragraphs, quotations and proper-name chunks.
 *
 * @param text - the input; anything but a string throws an `InputTypeError`
 * @returns the parsed document
 * @example
 * const doc = parse('“We are ready,” Khrenin said.');
 * doc.quotes[0].content.text //=> 'We are ready,'
 */
export function parse(text: string): Doc {
  if (typeof text !== 'string') throw new InputTypeError(text, 'parse');
  const paragraphSpans = findParagraphs(text);
  const raw: RawToken[] = [];
  const winkSentences: number[] = [];
  let winkSentenceBase = 0;
  // wink reads the whole text in one call (each call has a fixed cost), cut at white space only
  // when it is very long so that one pathological input cannot blow up memory. Sentences are
  // split at paragraph breaks below, whatever wink decided.
  if (paragraphSpans.length > 0) {
    const whole: Span = { text: '', start: paragraphSpans[0]!.start, end: paragraphSpans[paragraphSpans.length - 1]!.end };
    for (const piece of cutLong(text, whole)) {
      winkSentenceBase = tokenize(text, piece, raw, winkSentences, winkSentenceBase);
    }
  }

  const tokens: Token[] = raw;
  const sentences: DocSentence[] = [];
  const paragraphs: Paragraph[] = [];
  let tokenIndex = 0;
  for (let p = 0; p < paragraphSpans.length; p++) {
    const span = paragraphSpans[p]!;
    const sentenceStart = sentences.length;
    let parenDepth = 0;
    let sentenceFirst = tokenIndex;
    while (tokenIndex < raw.length && raw[tokenIndex]!.start < span.end) {
      const t = raw[tokenIndex]!;
      if (tokenIndex > sentenceFirst) {
        const prev = raw[tokenIndex - 1]!;
        if (winkSentences[tokenIndex] !== winkSentences[tokenIndex - 1] && !continuesSentence(prev, t, parenDepth, tokenIndex > sentenceFirst + 1 ? raw[tokenIndex - 2] : undefined)) {
          pushSentence(text, sentences, sentenceFirst, tokenIndex, raw, p);
          sentenceFirst = tokenIndex;
          parenDepth = 0;
        }
      }
      if (t.text === '(') parenDepth++;
      else if (t.text === ')' && parenDepth > 0) parenDepth--;
      tokenIndex++;
    }
    if (tokenIndex > sentenceFirst) pushSentence(text, sentences, sentenceFirst, tokenIndex, raw, p);
    paragraphs.push({ ...span, index: p, sentenceStart, sentenceEnd: sentences.length });
  }

  for (const s of sentences) for (let k = s.tokenStart; k < s.tokenEnd; k++) raw[k]!.sentence = s.index;

  const rawQuotes = findQuotes(text, paragraphSpans);
  const quotes: Quote[] = rawQuotes.map((q, index) => {
    const content: Span = { text: text.slice(q.contentStart, q.contentEnd), start: q.contentStart, end: q.contentEnd };
    return {
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      index,
      content,
      open: q.open,
      close: q.close,
      depth: q.depth,
      continued: q.continued,
      sentenceStart: sentenceAt(sentences, q.start),
      sentenceEnd: sentenceAt(sentences, Math.max(q.start, q.end - 1)),
    };
  });

  const quoteOf = innermostQuotes(raw, quotes);
  for (let i = 0; i < raw.length; i++) raw[i]!.quote = quoteOf[i]!;

  const names: NameChunk[] = [];
  for (const s of sentences) findNames(text, tokens, s.tokenStart, s.tokenEnd, names);

  return { text, tokens, sentences, paragraphs, quotes, names };
}

/** Splits a paragraph longer than wink should take in one call at white space. */
function* cutLong(text: string, span: Span): Generator<Span> {
  let start = span.start;
  while (span.end - start > MAX_WINK_CHUNK) {
    let cut = start + MAX_WINK_CHUNK;
    const floor = cut - 10_000;
    while (cut > floor && !/\s/.test(text[cut]!)) cut--;
    if (cut <= floor) cut = start + MAX_WINK_CHUNK;
    // Never cut between the halves of a surrogate pair.
    if (isLowSurrogate(text.charCodeAt(cut))) cut--;
    yield { text: text.slice(start, cut), start, end: cut };
    start = cut;
  }
  yield { text: text.slice(start, span.end), start, end: span.end };
}

/** wink's normal forms are mostly lower-case already; skip the copy when they are. */
function lowerCase(value: string): string {
  for (let k = 0; k < value.length; k++) {
    const c = value.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c > 127) return value.toLowerCase();
  }
  return value;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Runs wink on one piece and rebuilds offsets: wink gives no character offsets, only each
 * token's value and the white space before it, so we walk the input alongside it.
 */
function tokenize(text: string, piece: Span, out: RawToken[], winkSentences: number[], sentenceBase: number): number {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(piece.text);
  const all = doc.tokens();
  const values = all.out() as string[];
  const spaces = all.out(its.precedingSpaces) as string[];
  const pos = all.out(its.pos) as string[];
  // wink's typings do not admit its.lemma to .out() though the model supports it.
  const lemmas = all.out(its.lemma as never) as unknown as string[];
  const normals = all.out(its.normal) as string[];
  const types = all.out(its.type) as string[];
  const negations = all.out(its.negationFlag) as unknown as boolean[];
  const sentenceOfToken = new Int32Array(values.length);
  let sentenceCount = 0;
  doc.sentences().each((s: { out: (f: unknown) => unknown }) => {
    const [a, b] = s.out(its.span) as unknown as [number, number];
    sentenceOfToken.fill(sentenceBase + sentenceCount, a, b + 1);
    sentenceCount++;
  });

  let cursor = piece.start;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    cursor += spaces[i]!.length;
    let start = cursor;
    if (!text.startsWith(value, cursor)) {
      // wink dropped or altered something (unusual code points): look a little ahead.
      const window = text.slice(cursor, Math.min(piece.end, cursor + 64 + value.length));
      const found = value.length > 0 ? window.indexOf(value) : -1;
      start = found >= 0 ? cursor + found : cursor;
    }
    let end = Math.min(piece.end, start + value.length);
    if (start > piece.end) start = end = piece.end;
    cursor = end;
    const type = types[i]!;
    if (type === 'tabCRLF' || end === start || (end - start === 1 && isSpace(text.charCodeAt(start)))) continue;
    if (isLowSurrogate(text.charCodeAt(end)) && end < piece.end) {
      end++;
      cursor = end;
    }
    winkSentences.push(sentenceOfToken[i]!);
    out.push({
      text: text.slice(start, end),
      start,
      end,
      index: out.length,
      pos: pos[i] ?? 'X',
      lemma: lowerCase(lemmas[i] ?? value),
      normal: lowerCase(normals[i] ?? value),
      type,
      negated: Boolean(negations[i]),
      sentence: -1,
      quote: -1,
    });
  }
  return sentenceBase + sentenceCount;
}

/**
 * wink's sentence breaks that we undo: after a title ("Gov. Smith"), inside brackets
 * ("(D-N.H.)"), and before a lower-case word ("“Stop!” he said").
 */
function continuesSentence(prev: RawToken, next: RawToken, parenDepth: number, beforePrev?: RawToken): boolean {
  if (parenDepth > 0) return true;
  if (NEVER_FINAL.has(prev.normal)) return true;
  // ("the Rev. Charles Elliott": wink may split the title from its full stop.)
  if (prev.text === '.' && beforePrev && beforePrev.end === prev.start && NEVER_FINAL.has(`${beforePrev.normal}.`) && next.type === 'word' && !startsLower(next.text)) return true;
  if (next.type === 'word' && startsLower(next.text)) return true;
  // "“…” — Commissioner Starks": a dash after a quotation introduces its speaker.
  if (/^[—–]$/.test(next.text) && /^[”’"'»]$/.test(prev.text)) return true;
  // A closing bracket or closing punctuation cannot begin a sentence.
  if (/^[)\]},;:”’»]$/.test(next.text)) return true;
  return false;
}

function pushSentence(text: string, out: DocSentence[], from: number, to: number, raw: RawToken[], paragraph: number): void {
  const start = raw[from]!.start;
  const end = raw[to - 1]!.end;
  out.push({ text: text.slice(start, end), start, end, index: out.length, paragraph, tokenStart: from, tokenEnd: to });
}

/** Index of the sentence holding `offset`, or of the nearest one before it. */
export function sentenceAt(sentences: readonly DocSentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = sentences.length > 0 ? 0 : -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** For each token, the innermost quote (marks included) that holds it; -1 outside quotes. Linear. */
function innermostQuotes(tokens: readonly RawToken[], quotes: readonly Quote[]): Int32Array {
  const result = new Int32Array(tokens.length).fill(-1);
  const open: Quote[] = [];
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (open.length > 0 && open[open.length - 1]!.end <= t.start) open.pop();
    while (q < quotes.length && quotes[q]!.start <= t.start) {
      const quote = quotes[q]!;
      while (open.length > 0 && open[open.length - 1]!.end <= quote.start) open.pop();
      if (quote.end > t.start) open.push(quote);
      q++;
    }
    while (open.length > 0 && open[open.length - 1]!.end <= t.start) open.pop();
    if (open.length > 0) result[i] = open[open.length - 1]!.index;
  }
  return result;
}
