import { startsUpper } from '../../_lib/chars.js';
import { FramelensError, describe } from '../../errors.js';
import type { Doc, Token } from '../../parse/types.js';
import { defineAnalyzer } from '../../pipeline/define.js';
import type { AnalyzerRow } from '../../pipeline/types.js';
import { readOutletsFile, shippedOutlets, validateOutlets } from './gazetteer.js';
import { OutletMatcher } from './match.js';
import { CUE_LEMMAS } from '../sourcing/words.js';
import type { LinkedOutlet, OutletCount, OutletMention, OutletRating, OutletRecord, OutletRole, OutletsSentence, OutletsSummary } from './types.js';

/** Words that make one outlet with "news" before them: "news agency", "news outlets", "news service". */
const NEWS_COMPOUNDS: ReadonlySet<string> = new Set(['agency', 'agencies', 'service', 'services', 'outlet', 'outlets', 'media', 'organization', 'organizations', 'organisation', 'organisations', 'channel', 'channels', 'network', 'networks', 'site', 'sites', 'website', 'websites', 'wire', 'wires', 'program', 'programs', 'programme', 'programmes', 'show', 'shows', 'anchor', 'anchors', 'broadcast', 'broadcasts', 'bulletin', 'bulletins', 'portal', 'portals', 'station', 'stations', 'report', 'reports']);

export interface OutletsOptions {
  /**
   * Records to use instead of the shipped gazetteer: an array, or the path of a JSON file
   * (an array or `{ outlets: [...] }`). Validated; errors name the record and field.
   */
  readonly gazetteer?: readonly OutletRecord[] | string;
  /** Records added to the gazetteer (validated; an id already present replaces that record). */
  readonly extend?: readonly OutletRecord[];
  /**
   * Your own ratings, keyed by outlet id ("reuters-gb") or domain ("reuters.com"); attached to each
   * linked mention as `outlet.rating`. framelens ships none: no rating dataset is openly licensed.
   */
  readonly ratings?: Readonly<Record<string, OutletRating>>;
}

// Words before an outlet that make it the source of the information, or the venue of an interview.
const SOURCE_BEFORE = [['according', 'to'], ['reported', 'by'], ['published', 'by'], ['quoted', 'by'], ['cited', 'by'], ['citing'], ['cited'], ['via'], ['report', 'by'], ['reports', 'by']];
const VENUE_BEFORE = [['told'], ['telling'], ['tells'], ['tell'], ['speaking', 'to'], ['spoke', 'to'], ['speaks', 'to'], ['talking', 'to'], ['interview', 'with'], ['interviewed', 'by'], ['said', 'on'], ['appeared', 'on'], ['appearing', 'on'], ['wrote', 'in'], ['writing', 'in'], ['op-ed', 'in'], ['told', 'the']];
const SOURCE_AFTER = new Set(['reported', 'reports', 'report', 'said', 'says', 'wrote', 'writes', 'published', 'publishes', 'quoted', 'quotes', 'broadcast', 'aired', 'learned', 'revealed', 'revealed', 'found', 'obtained', 'cited', 'claimed', 'added', 'announced', 'confirmed']);
const CUE_NOUNS = new Set(['article', 'op-ed', 'story', 'piece', 'column', 'broadcasting', 'broadcast', 'broadcasts', 'newspaper', 'agency', 'news', 'reporter', 'reporters', 'correspondent', 'editor', 'editorial', 'interview', 'broadcaster', 'channel', 'network', 'tabloid', 'daily', 'magazine', 'website', 'report', 'reports', 'coverage', 'journalist', 'journalists', 'columnist', 'poll', 'television', 'tv', 'radio', 'outlet', 'publication']);

const REPORTED_BY = new Set(['reported', 'published', 'confirmed', 'quoted', 'cited', 'announced', 'revealed', 'obtained', 'broadcast', 'aired', 'carried', 'released', 'disclosed', 'first', 'seen', 'verified', 'compiled', 'conducted']);

/** A verb of speech or evidence in the attribution-cue lexicon ("argued", "noted", "found"). */
function isSpeechLemma(lemma: string): boolean {
  const category = CUE_LEMMAS.get(lemma);
  return category === 'speech' || category === 'evidence';
}

// Generic references: a head word and the modifiers that make it one.
const GENERIC_HEADS = new Set(['media', 'press', 'television', 'tv', 'outlets', 'outlet', 'newspapers', 'newspaper', 'broadcaster', 'broadcasters', 'tabloids', 'tabloid', 'channels', 'channel', 'radio', 'agency', 'agencies', 'news']);
const STATE_MODIFIERS = new Set(['state', 'state-run', 'state-owned', 'state-controlled', 'state-backed', 'state-affiliated', 'state-funded', 'government-controlled', 'government-run', 'government-owned', 'pro-government', 'pro-kremlin', 'kremlin-controlled', 'kremlin-backed', 'kremlin-friendly', 'regime-controlled', 'official', 'party-run', 'party-controlled', 'government']);
const OTHER_MODIFIERS = new Set(['local', 'western', 'foreign', 'international', 'independent', 'national', 'regional', 'opposition', 'mainstream', 'domestic', 'public', 'private', 'exile', 'exiled', 'conservative', 'liberal', 'right-wing', 'left-wing', 'tabloid', 'news', 'arab', 'european', 'american', 'russian', 'chinese', 'iranian']);
const DEMONYM = /(?:an|ian|ese|ish|i|ic|ch|ean)$/;

let defaultMatcher: OutletMatcher | undefined;

/**
 * The outlet analyzer: news outlets named in the text, linked to the gazetteer, generic
 * references ("state media"), and each mention's role.
 *
 * @param options - replace or extend the gazetteer
 * @returns an analyzer with id `outlets`
 * @example
 * analyze('The talks failed, according to Xinhua.').sentences[0].outlets.mentions[0].outlet.id //=> 'xinhua-news-agency-cn'
 */
export function outlets(options?: Readonly<OutletsOptions> | null) {
  if (options !== null && options !== undefined && typeof options !== 'object') {
    throw new FramelensError('ERR_OPTIONS', `outlets() expects an options object, received ${describe(options)}`);
  }
  const matcher = buildMatcher(options ?? {});
  const ratings = options?.ratings;
  if (ratings !== undefined && (ratings === null || typeof ratings !== 'object' || Array.isArray(ratings))) {
    throw new FramelensError('ERR_OPTIONS', `outlets(): ratings must be an object keyed by outlet id or domain, received ${describe(ratings)}`);
  }
  if (ratings) {
    for (const [key, value] of Object.entries(ratings)) {
      try {
        JSON.stringify(value);
      } catch {
        throw new FramelensError('ERR_OPTIONS', `outlets(): the rating for "${key}" is not JSON-serialisable`);
      }
    }
  }
  const link = (r: OutletRecord): LinkedOutlet => {
    const rating: OutletRating | undefined = ratings ? ratings[r.id] ?? (r.domain ? ratings[r.domain] : undefined) : undefined;
    return rating === undefined ? { id: r.id, name: r.name, country: r.country, type: r.type } : { id: r.id, name: r.name, country: r.country, type: r.type, rating };
  };

  return defineAnalyzer({
    id: 'outlets',
    analyze(doc: Doc) {
      const perSentence: OutletMention[][] = doc.sentences.map(() => []);
      // Outlets named in full so far: a later short form ("the Times", "the Post") refers to them.
      const named: OutletRecord[] = [];
      for (const m of matcher.find(doc)) {
        const role = roleOf(doc, m.tokenStart, m.tokenEnd);
        const first = doc.tokens[m.tokenStart]!;
        const last = doc.tokens[m.tokenEnd - 1]!;
        let record = m.record;
        const short = m.tokenEnd - m.tokenStart === 1 ? first.normal : '';
        const earlier = short ? named.find((r) => r !== record && r.name.toLowerCase().split(/\s+/).pop() === short) : undefined;
        if (earlier) record = earlier;
        else if (m.ambiguous && !hasCue(doc, m.tokenStart, m.tokenEnd, role)) continue;
        if (!short || !earlier) named.unshift(record);
        perSentence[first.sentence]!.push({
          text: doc.text.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          outlet: link(record),
          generic: false,
          stateAffiliated: record.type === 'state-affiliated',
          role,
        });
      }
      for (const g of findGeneric(doc)) {
        // "the dpa news agency", "public broadcaster NHK": words next to a named outlet describe it.
        const list = perSentence[doc.tokens[g.tokenStart]!.sentence]!;
        const named = list.some((m) => m.start <= g.mention.end + 1 && g.mention.start <= m.end + 1);
        if (!named) list.push(g.mention);
      }
      for (const list of perSentence) list.sort((a, b) => a.start - b.start);
      const sentences: OutletsSentence[] = perSentence.map((mentions) => ({ mentions }));
      return { sentences, summary: summarize(perSentence) };
    },
    toRows(result: OutletsSentence) {
      return result.mentions.map((m): AnalyzerRow => ({
        kind: 'outlet-mention',
        start: m.start,
        end: m.end,
        text: m.text,
        outletId: m.outlet?.id ?? null,
        outletName: m.outlet?.name ?? null,
        country: m.outlet?.country ?? null,
        outletType: m.outlet?.type ?? null,
        generic: m.generic,
        stateAffiliated: m.stateAffiliated,
        role: m.role,
      }));
    },
  });
}

function buildMatcher(options: Readonly<OutletsOptions>): OutletMatcher {
  if (options.gazetteer === undefined && options.extend === undefined) {
    defaultMatcher ??= new OutletMatcher(shippedOutlets());
    return defaultMatcher;
  }
  let records: OutletRecord[] =
    options.gazetteer === undefined ? shippedOutlets()
      : typeof options.gazetteer === 'string' ? readOutletsFile(options.gazetteer)
        : validateOutlets(options.gazetteer, 'outlets({ gazetteer })');
  if (options.extend !== undefined) {
    const extra = validateOutlets(options.extend, 'outlets({ extend })');
    const ids = new Set(extra.map((r) => r.id));
    records = [...records.filter((r) => !ids.has(r.id)), ...extra.map((r) => ({ ...r, sources: r.sources ?? ['framelens'] }))];
  }
  return new OutletMatcher(records);
}


const words = (tokens: readonly Token[], from: number, to: number) => tokens.slice(Math.max(0, from), Math.max(0, to)).map((t) => t.normal);

function endsWith(list: string[], pattern: string[]): boolean {
  if (list.length < pattern.length) return false;
  return pattern.every((w, k) => list[list.length - pattern.length + k] === w);
}

/** Whether a mention is where information comes from, where someone spoke, or what is discussed. */
function roleOf(doc: Doc, start: number, end: number): OutletRole {
  const tokens = doc.tokens;
  const sentence = tokens[start]!.sentence;
  let before = words(tokens, start - 3, start).filter((_, k, a) => tokens[start - a.length + k]?.sentence === sentence);
  // "told the BBC", "according to the Guardian", "in an interview with the Times"
  if (before[before.length - 1] === 'the') before = before.slice(0, -1);
  if (VENUE_BEFORE.some((p) => endsWith(before, p))) return 'venue';
  if (SOURCE_BEFORE.some((p) => endsWith(before, p))) return 'source';
  // "confirmed by AP", "first reported by", "aired by"
  if (before.length >= 2 && before[before.length - 1] === 'by' && (REPORTED_BY.has(before[before.length - 2]!))) return 'source';
  let k = end;
  // "Reuters reported", "BelTA has reported", "Reuters and AFP both reported", "the BBC's correspondent reported"
  while (k < tokens.length && tokens[k]!.sentence === sentence && k - end < 5) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'CCONJ' || t.normal === 'both' || CUE_NOUNS.has(t.normal) || (t.pos === 'PROPN' && startsUpper(t.text))) k++;
    else break;
  }
  const next = tokens[k];
  if (next && next.sentence === sentence && next.pos === 'VERB' && (SOURCE_AFTER.has(next.normal) || isSpeechLemma(next.lemma))) return 'source';
  if (tokens[end]?.normal === "'s" || tokens[end]?.normal === '’s') {
    const noun = tokens[end + 1]?.normal ?? '';
    if (['report', 'reporting', 'reports', 'analysis', 'investigation', 'poll', 'survey', 'data', 'count', 'tally', 'sources', 'reporter', 'correspondent'].includes(noun)) return 'source';
    if (noun === 'interview') return 'venue';
  }
  if (before[before.length - 1] === 'on' && ['said', 'says', 'appeared', 'speaking', 'told'].some((w) => before.includes(w))) return 'venue';
  return 'subject';
}

/** An ambiguous name ("AP", "The Sun", "Time") counts only with a cue of the news trade nearby. */
function hasCue(doc: Doc, start: number, end: number, role: OutletRole): boolean {
  if (role !== 'subject') return true;
  const tokens = doc.tokens;
  const sentence = tokens[start]!.sentence;
  for (let k = Math.max(0, start - 3); k < Math.min(tokens.length, end + 3); k++) {
    if (k >= start && k < end) continue;
    const t = tokens[k]!;
    if (t.sentence !== sentence) continue;
    if (CUE_NOUNS.has(t.normal) || SOURCE_AFTER.has(t.normal)) return true;
  }
  return false;
}

interface GenericMatch {
  tokenStart: number;
  mention: OutletMention;
}

/** "state media", "Kremlin-controlled television", "Western media", "local newspapers". */
function findGeneric(doc: Doc): GenericMatch[] {
  const tokens = doc.tokens;
  const out: GenericMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    if (!GENERIC_HEADS.has(head.normal) || head.type !== 'word') continue;
    // "news agency" / "news agencies": take "agency" as the head, "news" as a modifier.
    if (head.normal === 'news' && (tokens[i + 1]?.normal === 'agency' || tokens[i + 1]?.normal === 'agencies')) continue;
    // A linked outlet's own words ("Russian News Agency TASS") are not a generic mention.
    if (startsUpper(head.text) && head.normal !== 'tv' && i > 0 && startsUpper(tokens[i - 1]!.text) && tokens[i - 1]!.sentence === head.sentence && !DEMONYM.test(tokens[i - 1]!.normal)) continue;
    let k = i - 1;
    let state = false;
    let modifiers = 0;
    while (k >= 0 && i - k <= 3 && tokens[k]!.sentence === head.sentence) {
      const t = tokens[k]!;
      const w = t.normal;
      const demonym = startsUpper(t.text) && (t.pos === 'ADJ' || t.pos === 'PROPN') && DEMONYM.test(w) && w.length > 3;
      if (STATE_MODIFIERS.has(w) || OTHER_MODIFIERS.has(w) || demonym || (w === '-' && k > 0)) {
        if (STATE_MODIFIERS.has(w)) state = true;
        if (w !== '-') modifiers++;
        k--;
        continue;
      }
      // "state-run" split by the tokenizer: "state" "-" "run"
      if ((w === 'run' || w === 'owned' || w === 'controlled' || w === 'backed' || w === 'affiliated' || w === 'funded') && tokens[k - 1]?.text === '-') {
        state = true;
        modifiers++;
        k -= 2;
        continue;
      }
      break;
    }
    if (modifiers === 0) continue;
    // "an independent agency": an agency is a news outlet only as a news or press agency.
    if ((head.normal === 'agency' || head.normal === 'agencies') && !words(tokens, k + 1, i).some((w) => w === 'news' || w === 'press' || w === 'state-run' || w === 'state')) continue;
    // "social media", "press freedom", "news conference" are not outlets.
    const start = k + 1;
    if (tokens[i + 1] && ['freedom', 'conference', 'release', 'briefing', 'secretary', 'office', 'pass'].includes(tokens[i + 1]!.normal)) continue;
    if (words(tokens, start, i).includes('social')) continue;
    let end = i + 1;
    // ("state news agency", "Russian state news outlets": a word that names the outlet after "news"
    // belongs to the mention; "state news said" ends at "news".)
    if (head.normal === 'news' && tokens[i + 1] !== undefined && tokens[i + 1]!.sentence === head.sentence && NEWS_COMPOUNDS.has(tokens[i + 1]!.normal)) end = i + 2;
    const first = tokens[start]!;
    const last = tokens[end - 1]!;
    out.push({
      tokenStart: start,
      mention: {
        text: doc.text.slice(first.start, last.end),
        start: first.start,
        end: last.end,
        outlet: null,
        generic: true,
        stateAffiliated: state,
        role: roleOf(doc, start, end),
      },
    });
    i = end - 1;
  }
  return out;
}

function summarize(perSentence: readonly OutletMention[][]): OutletsSummary {
  let mentions = 0;
  let generic = 0;
  let sourceMentions = 0;
  let stateSources = 0;
  const counts = new Map<string, OutletCount>();
  for (const list of perSentence) {
    for (const m of list) {
      mentions++;
      if (m.generic) generic++;
      if (m.role !== 'source') continue;
      sourceMentions++;
      if (m.stateAffiliated) stateSources++;
      if (m.outlet) {
        const c = counts.get(m.outlet.id);
        counts.set(m.outlet.id, { id: m.outlet.id, name: m.outlet.name, country: m.outlet.country, type: m.outlet.type, count: (c?.count ?? 0) + 1 });
      }
    }
  }
  return {
    mentions,
    genericMentions: generic,
    sources: [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
    stateAffiliatedSourceShare: sourceMentions > 0 ? Math.round((stateSources / sourceMentions) * 1000) / 1000 : null,
  };
}
