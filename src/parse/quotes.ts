import type { Span } from '../types.js';

/** A quotation found by the scanner, before sentences are known. */
export interface RawQuote {
  start: number;
  /** Offset one past the closing mark, or the end of the last paragraph it runs through. */
  end: number;
  contentStart: number;
  contentEnd: number;
  open: string;
  close: string | null;
  depth: number;
  continued: boolean;
}

interface OpenQuote {
  start: number;
  open: string;
  closers: string;
  continued: boolean;
}

// Each opening mark and the marks that may close it. “ closes „ in German use; ” closes „ in
// Polish use; » opens in Danish and German use (»…«), so closers list every convention.
// Scraped and hand-edited text mixes curly and straight marks (“…" and "…”), so each closes the other.
const CLOSERS: Record<string, string> = {
  '“': '”“"',
  '„': '“”',
  '”': '”',
  '‘': '’‘',
  '‚': '‘’',
  '«': '»',
  '»': '«»',
  '‹': '›',
  '›': '‹›',
  '"': '"”',
  "'": "'",
};

const MARKS = new Set(['“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '"', "'", '`']);

const WORD = /[\p{L}\p{N}]/u;
const DIGIT = /\p{N}/u;
const OPEN_PUNCT = /[([{\u2014\u2013\-/]/;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function isBlank(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/** Before the mark is a start, space, opening bracket, dash or another quote mark. */
function opensHere(prev: string | undefined, next: string | undefined): boolean {
  if (isBlank(next)) return false;
  return isBlank(prev) || OPEN_PUNCT.test(prev!) || MARKS.has(prev!);
}

/** The mark follows text (not a space), so it can end a quotation. */
function closesHere(prev: string | undefined): boolean {
  return !isBlank(prev);
}

/**
 * Finds quotations in one pass over the text (linear time, no regular expressions over the
 * whole input). Apostrophes (don’t, Belarus’s, ’90s, rock ’n’ roll) are told from single quote
 * marks by the characters around them. A quotation left open at the end of a paragraph runs on
 * when the next paragraph opens with a mark of the same kind (news convention); otherwise it is
 * ended there, unclosed. Unbalanced marks never throw.
 *
 * @param text - the whole input
 * @param paragraphs - the paragraphs of `text`, in order
 */
export function findQuotes(text: string, paragraphs: readonly Span[]): RawQuote[] {
  const found: RawQuote[] = [];
  const stack: OpenQuote[] = [];

  const finish = (entry: OpenQuote, depth: number, closeAt: number | null, paragraphEnd: number, closeLength = 1): void => {
    const contentStart = entry.start + entry.open.length;
    if (closeAt === null) {
      found.push({
        start: entry.start,
        end: Math.max(paragraphEnd, contentStart),
        contentStart,
        contentEnd: Math.max(paragraphEnd, contentStart),
        open: entry.open,
        close: null,
        depth,
        continued: entry.continued,
      });
    } else {
      found.push({
        start: entry.start,
        end: closeAt + closeLength,
        contentStart,
        contentEnd: closeAt,
        open: entry.open,
        close: text.slice(closeAt, closeAt + closeLength),
        depth,
        continued: entry.continued,
      });
    }
  };

  /** Closes the entry at `position` in the stack, ending every quote opened inside it unclosed. */
  const closeAt = (position: number, at: number, length = 1): void => {
    while (stack.length - 1 > position) {
      const inner = stack.pop()!;
      finish(inner, stack.length, null, trimEnd(text, inner.start, at));
    }
    const entry = stack.pop()!;
    finish(entry, stack.length, at, at, length);
  };

  const findOpen = (mark: string): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.closers.includes(mark)) return k;
    return -1;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const paragraph = paragraphs[p]!;
    let i = paragraph.start;
    // A quote carried over from the previous paragraph: its re-opening mark is consumed here.
    if (stack.length > 0) {
      const carried = stack[0]!;
      const first = text[i];
      if (first !== undefined && sameFamily(carried.open, first)) {
        carried.continued = true;
        i += 1;
      }
    }
    for (; i < paragraph.end; i++) {
      // Most characters are not quote marks: test the code unit before making a string of it.
      const code = text.charCodeAt(i);
      if (!(code === 34 || code === 39 || code === 96 || code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201e) || code === 0x2039 || code === 0x203a)) continue;
      const ch = text[i]!;
      if (!MARKS.has(ch)) continue;
      const prev = i > 0 ? text[i - 1] : undefined;
      const next = text[i + 1];
      // '' and `` as double quote marks (typewriter and newswire style: ``…'' or ''…'').
      if ((ch === "'" && text[i + 1] === "'") || (ch === '`' && text[i + 1] === '`')) {
        // ''' after a word closes an inner single quote, then the double one ("… a special case,''').
        if (ch === "'" && text[i + 2] === "'" && stack.length > 0 && stack[stack.length - 1]!.open === "'" && closesHere(prev)) {
          closeAt(stack.length - 1, i);
          continue;
        }
        const prev2 = i > 0 ? text[i - 1] : undefined;
        const next2 = text[i + 2];
        const k = findOpen('"');
        // (A pair with space on both sides closes an open pair: "… coalitions, '' said …".)
        if (k >= 0 && stack[k]!.open.length === 2 && (closesHere(prev2) || !opensHere(prev2, next2))) closeAt(k, i, 2);
        else if (opensHere(prev2, next2)) stack.push({ start: i, open: text.slice(i, i + 2), closers: '"', continued: false });
        i++;
        continue;
      }
      if (ch === '’' || ch === "'") {
        if (isWordChar(prev) && isWordChar(next)) continue; // don’t, Belarus’s
        if (isBlank(prev) && next !== undefined && DIGIT.test(next)) continue; // ’90s
        const k = findOpen(ch);
        if (k >= 0 && closesHere(prev)) {
          closeAt(k, i);
          continue;
        }
        if (ch === "'" && opensHere(prev, next) && !isElision(text, i)) {
          stack.push({ start: i, open: ch, closers: CLOSERS[ch]!, continued: false });
        }
        continue;
      }
      if (ch === '"') {
        const k = findOpen(ch);
        if (k >= 0) {
          const plainlyOpens = !closesHere(prev) && opensHere(prev, next);
          if (plainlyOpens) {
            // Straight quotes do not nest: one that plainly opens while another is open means the
            // earlier one was never closed.
            while (stack.length > k) finish(stack.pop()!, stack.length, null, trimEnd(text, paragraph.start, i));
            stack.push({ start: i, open: ch, closers: CLOSERS[ch]!, continued: false });
          } else closeAt(k, i);
        } else if (opensHere(prev, next) || !closesHere(prev)) {
          stack.push({ start: i, open: ch, closers: CLOSERS[ch]!, continued: false });
        }
        continue;
      }
      if (ch === '‘' && isBlank(prev) && next !== undefined && DIGIT.test(next)) continue; // ‘90s
      const k = findOpen(ch);
      const canOpen = CLOSERS[ch] !== undefined;
      if (k >= 0 && (closesHere(prev) || !canOpen || !opensHere(prev, next))) {
        closeAt(k, i);
      } else if (canOpen && (opensHere(prev, next) || !isWordChar(prev))) {
        if ((ch === '”' || ch === '»' || ch === '›') && !opensHere(prev, next)) continue;
        stack.push({ start: i, open: ch, closers: CLOSERS[ch]!, continued: false });
      }
    }
    // End of paragraph: inner quotes end here; the outer one may run on.
    const nextParagraph = paragraphs[p + 1];
    while (stack.length > 1) finish(stack.pop()!, stack.length, null, paragraph.end);
    if (stack.length === 1) {
      const carried = stack[0]!;
      const first = nextParagraph ? text[nextParagraph.start] : undefined;
      const runsOn = first !== undefined && (sameFamily(carried.open, first) || closesFirst(text, nextParagraph!, carried));
      if (runsOn) carried.continued = true;
      else {
        finish(stack.pop()!, 0, null, paragraph.end);
      }
    }
  }
  while (stack.length > 0) finish(stack.pop()!, stack.length, null, text.length);
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found;
}

/**
 * Whether the next paragraph's first mark of the open quote's kind is one that closes it: a
 * quotation whose writer broke the line without re-opening the quote. Only that paragraph is
 * read, so the scan stays linear overall.
 */
function closesFirst(text: string, paragraph: Span, carried: OpenQuote): boolean {
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const ch = text[i]!;
    if (!MARKS.has(ch) || !carried.closers.includes(ch)) {
      if (MARKS.has(ch) && sameFamily(carried.open, ch)) return false;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    if (isWordChar(prev) && isWordChar(next)) continue;
    return closesHere(prev) && !opensHere(prev, next);
  }
  return false;
}

/** Whether `mark` can re-open a quotation that opened with `open`. */
function sameFamily(open: string, mark: string): boolean {
  if (open === mark) return true;
  const family = (m: string): string =>
    '“„”"'.includes(m) ? 'double' : '‘‚\''.includes(m) ? 'single' : '«»'.includes(m) ? 'guillemet' : 'angle';
  return family(open) === family(mark) && CLOSERS[mark] !== undefined && mark !== '”' && mark !== '’';
}

/** 'em, 'tis, 'twas, 'n' — elisions written with a straight apostrophe. */
function isElision(text: string, i: number): boolean {
  const after = text.slice(i + 1, i + 5).toLowerCase();
  return /^(?:(?:em|tis|twas|til)\b|n')/.test(after);
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}
