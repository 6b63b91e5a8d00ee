import type { Span } from '../types.js';
import type { NameChunk, NameKind, Token } from './types.js';
import { isAllCaps, startsUpper } from '../_lib/chars.js';

// Honorifics and titles that precede a name. Multi-word titles are built from these words
// ("Defense Minister", "Vice President", "Attorney General", "Lt. Col.").
const TITLE_HEADS = new Set([
  'mr.', 'mrs.', 'ms.', 'mx.', 'dr.', 'prof.', 'sen.', 'rep.', 'gov.', 'gen.', 'lt.', 'col.',
  'capt.', 'sgt.', 'maj.', 'adm.', 'cmdr.', 'rev.', 'sir', 'dame', 'lord', 'lady', 'miss',
  'president', 'minister', 'premier', 'chancellor', 'secretary', 'senator', 'governor',
  'general', 'mayor', 'judge', 'justice', 'commissioner', 'ambassador', 'spokesman',
  'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'representative',
  'congressman', 'congresswoman', 'king', 'queen', 'prince', 'princess', 'pope', 'archbishop',
  'bishop', 'professor', 'doctor', 'colonel', 'lieutenant', 'captain', 'sergeant', 'major',
  'admiral', 'commander', 'officer', 'detective', 'inspector', 'superintendent', 'sheriff',
  'coach', 'director', 'chief', 'speaker', 'leader', 'prosecutor', 'attorney', 'emir', 'sheikh',
  'ayatollah', 'rabbi', 'imam', 'father', 'sister', 'brother', 'councilman', 'councilwoman',
  'councillor', 'councilor', 'alderman', 'delegate', 'envoy', 'consul', 'marshal', 'deputy',
  'editor', 'ceo', 'founder', 'economist', 'analyst', 'minister-president', 'lawmaker',
  'mp', 'mep', 'gov', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms',
]);

// Words that modify a title head ("Defense Minister", "Vice President", "Prime Minister").
const TITLE_MODIFIERS = new Set([
  'vice', 'deputy', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance', 'health',
  'justice', 'education', 'home', 'trade', 'energy', 'economy', 'economic', 'agriculture',
  'transport', 'labor', 'labour', 'environment', 'culture', 'state', 'acting', 'former', 'first',
  'chief', 'assistant', 'associate', 'attorney', 'lt.', 'lieutenant', 'supreme', 'senior',
  'executive', 'managing', 'general', 'secretary', 'press', 'white', 'house', 'u.s.', 'us',
  'majority', 'minority', 'opposition', 'presidential', 'national', 'security', 'army',
  'police', 'fire', 'district', 'county', 'city', 'federal', 'regional', 'provincial',
  'emergency', 'information', 'communications', 'science', 'technology', 'industry', 'sports',
  'team', 'head', 'grand', 'crown', 'auxiliary', 'military',
]);

// Party labels used as titles: "Senate Democrat Dianne Feinstein", "Republican Donald Trump".
const PARTY_MEMBERS = new Set(['democrat', 'republican', 'conservative', 'tory', 'liberal', 'socialist', 'independent', 'libertarian', 'green']);

// Words that make a proper-name chunk an organization rather than a person.
const ORGANIZATION_WORDS = new Set([
  'ministry', 'department', 'agency', 'service', 'services', 'union', 'council', 'party',
  'committee', 'commission', 'bank', 'university', 'college', 'institute', 'institution',
  'corp.', 'corp', 'corporation', 'inc.', 'inc', 'ltd.', 'ltd', 'llc', 'plc', 'co.', 'company',
  'group', 'association', 'court', 'police', 'army', 'navy', 'forces', 'force', 'office',
  'organization', 'organisation', 'foundation', 'times', 'post', 'news', 'network',
  'television', 'radio', 'press', 'kremlin', 'pentagon', 'congress', 'senate', 'parliament',
  'government', 'administration', 'bureau', 'center', 'centre', 'fund', 'federation',
  'alliance', 'assembly', 'authority', 'board', 'church', 'club', 'coalition', 'command',
  'cabinet', 'embassy', 'guard', 'hospital', 'journal', 'league', 'movement', 'museum',
  'nations', 'network', 'society', 'school', 'tribune', 'agency', 'airlines', 'airways',
  'industries', 'holdings', 'systems', 'technologies', 'group', 'partners', 'reserve',
  'secretariat', 'tribunal', 'unit', 'watch', 'international', 'daily', 'herald', 'gazette',
  'observer', 'telegraph', 'guardian', 'mail', 'express', 'street', 'house', 'council',
  'campaign', 'team', 'club', 'fc', 'airport', 'railways', 'media', 'broadcasting',
  'corporation', 'channel', 'magazine', 'review', 'institute', 'laboratory', 'lab', 'commission',
]);

// Words of place names that would otherwise pass for a person's two-word name.
const GEOGRAPHIC_WORDS = new Set([
  'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central',
  'europe', 'asia', 'africa', 'america', 'americas', 'middle', 'far', 'gulf', 'sea', 'ocean',
  'river', 'lake', 'mountains', 'island', 'islands', 'republic', 'kingdom', 'states', 'united',
  'city', 'county', 'province', 'state', 'valley', 'bay', 'coast', 'strait', 'peninsula', 'new',
  'san', 'santa', 'los', 'las', 'saint', 'st.', 'fort', 'port', 'mount', 'lake', 'hong', 'kong',
]);

// Capitalized words that begin sentences or headlines but are not names.
const NOT_NAMES = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we',
  'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'for', 'with',
  'but', 'and', 'or', 'if', 'as', 'when', 'while', 'after', 'before', 'since', 'although',
  'though', 'because', 'however', 'meanwhile', 'still', 'yet', 'so', 'then', 'there', 'here',
  'some', 'many', 'most', 'all', 'one', 'two', 'three', 'no', 'not', 'what', 'who', 'why',
  'how', 'where', 'which', 'asked', 'said', 'according', 'also', 'even', 'both', 'each',
  'such', 'other', 'another', 'last', 'next', 'first', 'today', 'yesterday', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun',
]);

// Lower-case words that may sit inside a name ("Bank of America", "Leonardo da Vinci").
const CONNECTORS = new Set(['of', 'de', 'da', 'del', 'della', 'di', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'bin', 'al', 'el', 'ibn', 'for', '&']);


function isCapitalized(token: Token): boolean {
  if (token.type !== 'word') return false;
  return startsUpper(token.text);
}

/**
 * Proper-name chunks of one sentence's tokens: maximal runs of capitalized words (with
 * connectors inside), split into a leading title and the name. The wink model has no PERSON or
 * ORG entities, so this is where names come from.
 *
 * @param text - the whole input
 * @param tokens - all tokens of the document
 * @param from - first token of the sentence
 * @param to - one past the last token of the sentence
 * @param out - chunks are appended here
 */
export function findNames(text: string, tokens: readonly Token[], from: number, to: number, out: NameChunk[]): void {
  let i = from;
  let sentenceInitial = true;
  while (i < to) {
    const token = tokens[i]!;
    if (!isCapitalized(token)) {
      // After an opening quote mark or a colon a new sentence-like start follows.
      sentenceInitial = token.pos === 'PUNCT' && /^[“‘"'«„(:—–-]$/.test(token.text);
      i++;
      continue;
    }
    if (sentenceInitial && NOT_NAMES.has(token.normal) && !TITLE_HEADS.has(token.normal)) {
      sentenceInitial = false;
      i++;
      continue;
    }
    if (!sentenceInitial && NOT_NAMES.has(token.normal) && token.normal !== 'may' && token.normal !== 'march') {
      i++;
      continue;
    }
    // Grow the run.
    let j = i + 1;
    let last = i;
    while (j < to) {
      const t = tokens[j]!;
      if (isCapitalized(t) && !(NOT_NAMES.has(t.normal) && t.pos !== 'PROPN')) {
        last = j;
        j++;
        continue;
      }
      if (CONNECTORS.has(t.normal) && t.text === t.normal && j + 1 < to && isCapitalized(tokens[j + 1]!) && j > i) {
        j++;
        continue;
      }
      // "Rep. Ann Kuster (D-N.H.)" ends the name at the bracket; hyphenated names are single tokens.
      break;
    }
    const startToken = i;
    const endToken = last + 1;
    const isSingleInitialWord = endToken - startToken === 1 && sentenceInitial && token.pos !== 'PROPN';
    sentenceInitial = false;
    i = endToken;
    if (isSingleInitialWord) continue;
    out.push(makeChunk(text, tokens, startToken, endToken, out.length));
  }
}

function makeChunk(text: string, tokens: readonly Token[], from: number, to: number, index: number): NameChunk {
  // The title is the longest prefix of title words that ends in a title head.
  let titleEnd = from;
  for (let k = from; k < to; k++) {
    const normal = tokens[k]!.normal;
    if (TITLE_HEADS.has(normal) || (PARTY_MEMBERS.has(normal) && k + 1 < to)) titleEnd = k + 1;
    // "Senate Majority Leader", "Kremlin spokesman": an institution may open a title.
    else if (!TITLE_MODIFIERS.has(normal) && !ORGANIZATION_WORDS.has(normal) && !(CONNECTORS.has(normal) && k > from)) break;
  }
  const span = (a: number, b: number): Span => {
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    return { text: text.slice(start, end), start, end };
  };
  // "Defense Minister of Belarus", "Secretary of State": a title qualified by "of …" is a role.
  if (titleEnd > from && titleEnd < to && CONNECTORS.has(tokens[titleEnd]!.normal)) titleEnd = to;
  const whole = span(from, to);
  const title = titleEnd > from ? span(from, titleEnd) : null;
  const name = titleEnd < to ? span(titleEnd, to) : null;
  let kind: NameKind = 'unknown';
  let hasOrgWord = false;
  let acronym = false;
  for (let k = titleEnd; k < to; k++) {
    const t = tokens[k]!;
    if (ORGANIZATION_WORDS.has(t.normal)) hasOrgWord = true;
    if (t.text.length >= 2 && isAllCaps(t.text)) acronym = true;
  }
  let geographic = false;
  for (let k = titleEnd; k < to; k++) if (GEOGRAPHIC_WORDS.has(tokens[k]!.normal)) geographic = true;
  if (hasOrgWord || (acronym && to - titleEnd === 1)) kind = 'organization';
  else if (geographic) kind = 'unknown';
  else if (name && title) kind = 'person';
  else if (name && to - from >= 2 && to - from <= 4 && !acronym) kind = 'person';
  // An organization's name is the whole chunk ("Republican Party", not a title and "Party").
  const orgWhole = kind === 'organization' && title !== null;
  // Built field by field: object spread here was the parser's largest cost in profiles.
  return { text: whole.text, start: whole.start, end: whole.end, index, sentence: tokens[from]!.sentence, tokenStart: from, tokenEnd: to, title: orgWhole ? null : title, name: orgWhole ? whole : name, kind };
}

export { TITLE_HEADS, TITLE_MODIFIERS, ORGANIZATION_WORDS };
