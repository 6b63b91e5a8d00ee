import { isAllCaps, startsLower, startsUpper } from '../../_lib/chars.js';
import type { Doc, Token } from '../../parse/types.js';
import type { OutletRecord } from './types.js';

/** One way of writing an outlet, split into white-space separated pieces, lower-cased. */
interface Alias {
  readonly record: OutletRecord;
  readonly pieces: readonly string[];
  readonly written: string;
  /** Needs a cue nearby before it counts ("AP", "The Sun", "Time"). */
  readonly ambiguous: boolean;
  /** Written in capitals in the gazetteer: the text must be too ("AP", not "ap"). */
  readonly caps: boolean;
  readonly rank: number;
}

export interface AliasMatch {
  readonly record: OutletRecord;
  readonly tokenStart: number;
  readonly tokenEnd: number;
  readonly ambiguous: boolean;
}

// Short names that are safe on their own; other names of three letters or fewer need a cue.
const SAFE_SHORT = new Set(['bbc', 'cnn', 'afp', 'npr', 'pbs', 'voa', 'rfi', 'nhk', 'wsj', 'nyt', 'pti', 'efe', 'cbs', 'nbc', 'itv', 'dpa']);
// Curated names that are also ordinary words or common names.
const AMBIGUOUS_WORDS = new Set([
  'fox', 'time', 'mirror', 'guardian', 'independent', 'observer', 'telegraph', 'nation', 'sun', 'post', 'times',
  'journal', 'mail', 'express', 'pravda', 'dawn', 'nova', 'fars', 'mehr', 'zeit', 'folha', 'asahi', 'yomiuri',
  'nikkei', 'vox', 'sputnik', 'ria', 'hill', 'atlantic', 'globe', 'star', 'daily news', 'channel one', 'citizen',
  'herald', 'intercept', 'bloomberg', 'antara', 'politico', 'abc', 'telegraph', 'trt', 'spiegel', 'bild', 'wam',
]);
// Words that are never outlet names on their own, whatever a source list says.
const NEVER = new Set(['english', 'french', 'spanish', 'arabic', 'online', 'news', 'daily', 'weekly', 'today', 'sport', 'sports', 'business', 'tv', 'radio', 'media', 'press', 'world', 'international', 'national']);
const TYPE_RANK: Record<string, number> = { wire: 6, 'state-affiliated': 5, 'public-broadcaster': 4, broadcaster: 3, newspaper: 2, digital: 2, magazine: 2, 'news-outlet': 1 };

const APOSTROPHES = /[’‘`´]/g;
const HAS_APOSTROPHE = /[’‘`´]/;
/** Lower case with one apostrophe; called once per token, so the common case avoids any copy. */
const foldText = (s: string) => {
  const lower = s.toLowerCase();
  return HAS_APOSTROPHE.test(lower) ? lower.replace(APOSTROPHES, "'") : lower;
};
const WORD_PREFIX = /^[\p{L}\p{N}]+/u;
/** The leading run of letters and digits ("people" of "people's"), the index key of an alias. */
const keyOf = (piece: string) => {
  let k = 0;
  while (k < piece.length) {
    const c = piece.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) k++;
    else if (c < 128) break;
    else return piece.match(WORD_PREFIX)?.[0] ?? piece;
  }
  return k === piece.length ? piece : k > 0 ? piece.slice(0, k) : piece;
};

/** Aliases indexed by the first word of their first piece: built once per gazetteer. */
interface Bucket {
  /** One-piece aliases ("Reuters"), best first. */
  readonly singles: Alias[];
  /** Longer aliases by the key of their second piece ("new" → "york" → New York Times, …). */
  readonly bySecond: Map<string, Alias[]>;
}

export class OutletMatcher {
  private readonly index = new Map<string, Bucket>();

  /** @param records - the gazetteer to match against */
  constructor(records: readonly OutletRecord[]) {
    for (const record of records) {
      const curated = record.sources?.includes('framelens') ?? false;
      const seen = new Set<string>();
      for (const written of [record.name, ...record.aliases]) {
        const stripped = written.trim().replace(/^the\s+/i, '');
        const folded = foldText(stripped).replace(/\s+/g, ' ');
        if (!folded || seen.has(folded) || NEVER.has(folded) || folded.length < 2) continue;
        seen.add(folded);
        const pieces = folded.split(' ');
        const single = pieces.length === 1;
        const short = single && folded.replace(/\./g, '').length <= 3;
        const ambiguous = AMBIGUOUS_WORDS.has(folded) || (short && !SAFE_SHORT.has(folded.replace(/\./g, ''))) || (single && !curated);
        const alias: Alias = {
          record,
          pieces,
          written: stripped,
          ambiguous,
          caps: isAllCaps(stripped) && stripped.replace(/[^\p{L}]/gu, '').length >= 2,
          rank: (curated ? 100 : 0) + (foldText(record.name).replace(/^the\s+/, '') === folded ? 10 : 0) + (record.sources?.length ?? 1) + (TYPE_RANK[record.type] ?? 0) / 10,
        };
        const key = keyOf(pieces[0]!);
        let bucket = this.index.get(key);
        if (!bucket) {
          bucket = { singles: [], bySecond: new Map() };
          this.index.set(key, bucket);
        }
        if (pieces.length === 1) bucket.singles.push(alias);
        else {
          const second = keyOf(pieces[1]!);
          const list = bucket.bySecond.get(second);
          if (list) list.push(alias);
          else bucket.bySecond.set(second, [alias]);
        }
      }
    }
    // Longest first, then the best-ranked record, so the first hit at a position is the one to keep.
    const order = (a: Alias, b: Alias) => b.written.length - a.written.length || b.rank - a.rank || a.record.id.localeCompare(b.record.id);
    for (const bucket of this.index.values()) {
      bucket.singles.sort(order);
      for (const list of bucket.bySecond.values()) list.sort(order);
    }
  }

  /** Aliases that may start at token `i`: those whose second word is the next word, then one-word ones. */
  private candidates(tokens: readonly Token[], i: number): readonly Alias[] | undefined {
    const t = tokens[i]!;
    const bucket = this.index.get(keyOf(fold(t)));
    if (!bucket) return undefined;
    if (bucket.bySecond.size === 0) return bucket.singles;
    // The next word starts after white space (the first piece may span glued tokens: "People's").
    let j = i + 1;
    while (j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end) j++;
    const next = tokens[j];
    const longer = next && next.sentence === t.sentence ? bucket.bySecond.get(keyOf(fold(next))) : undefined;
    if (!longer) return bucket.singles;
    return bucket.singles.length === 0 ? longer : [...longer, ...bucket.singles];
  }

  /**
   * Every outlet name in the document, longest match first at each token, no overlaps.
   * Cost is linear in the number of tokens: each token is looked up once, and only the aliases
   * that start with its word are compared.
   */
  find(doc: Doc): AliasMatch[] {
    const tokens = doc.tokens;
    const out: AliasMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type === 'punctuation' || t.type === 'number') continue;
      const candidates = this.candidates(tokens, i);
      if (!candidates) continue;
      for (const alias of candidates) {
        const end = matchPieces(tokens, i, alias.pieces);
        if (end < 0) continue;
        const written = doc.text.slice(t.start, tokens[end - 1]!.end);
        // Case: an alias in capitals needs capitals ("AP", not "ap"); others need a capital
        // first letter unless the outlet writes its name in lower case ("dpa").
        if (alias.caps ? !isAllCaps(written) : startsLower(written) && !(startsLower(alias.written) && written === alias.written)) continue;
        // A match must not be the tail of a longer name ("Eastwick Gazette" is not "The Gazette").
        const before = tokens[i - 1];
        if (before && before.sentence === t.sentence && before.end === t.start - 1 && startsUpper(before.text) &&
          before.type === 'word' && before.normal !== 'the' && tokens[i - 2]?.sentence === t.sentence && !/^[“‘"'«(]$/.test(tokens[i - 2]!.text)) continue;
        // A match must not start or end inside a hyphenated or dotted word ("AP-style").
        const after = tokens[end];
        if (after && after.start === tokens[end - 1]!.end && /^[-\p{L}\p{N}]/u.test(after.text)) continue;
        out.push({ record: alias.record, tokenStart: i, tokenEnd: end, ambiguous: alias.ambiguous });
        i = end - 1;
        break;
      }
    }
    return out;
  }
}

/**
 * A token's lower-cased form: wink's normal form, which is lower-cased already, unless wink expanded
 * an abbreviation there (then the text itself); apostrophes folded.
 */
function fold(t: Token): string {
  if (t.normal.length !== t.text.length) return foldText(t.text);
  // The normal form is lower-cased already: only a curly apostrophe or accent mark needs folding.
  const n = t.normal;
  for (let k = 0; k < n.length; k++) {
    const c = n.charCodeAt(k);
    if (c === 0x2019 || c === 0x2018 || c === 96 || c === 0xb4) return foldText(n);
  }
  return n;
}

/** Matches alias pieces against tokens from `start`; returns one past the last token, or -1. */
function matchPieces(tokens: readonly Token[], start: number, pieces: readonly string[]): number {
  let j = start;
  for (let p = 0; p < pieces.length; p++) {
    const piece = pieces[p]!;
    let acc = '';
    let prevEnd = -1;
    if (p > 0 && (j >= tokens.length || tokens[j]!.start === tokens[j - 1]!.end)) return -1;
    while (acc.length < piece.length && j < tokens.length) {
      const t = tokens[j]!;
      if (prevEnd >= 0 && t.start !== prevEnd) return -1;
      if (t.sentence !== tokens[start]!.sentence) return -1;
      acc += foldText(t.text);
      prevEnd = t.end;
      j++;
      if (!piece.startsWith(acc)) return -1;
    }
    if (acc !== piece) return -1;
  }
  return j;
}
