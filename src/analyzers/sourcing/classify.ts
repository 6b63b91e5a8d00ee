import type { Doc, NameChunk, Token } from '../../parse/types.js';
import type { SourceKind } from './types.js';
import { QUANTIFIERS, type Range, anonymityClause } from './phrases.js';
import {
  ANONYMOUS_NOUNS,
  DOCUMENT_NOUNS,
  GROUP_NOUNS,
  ORGANIZATION_NOUNS,
  OUTLET_NAMES,
  OUTLET_NOUNS,
  ROLE_NOUNS,
  VAGUE_DETERMINERS,
} from './words.js';
import { startsUpper, hasLower } from '../../_lib/chars.js';

// Roles that name a kind of person rather than a post: without a name they are generic.
const GENERIC_PERSONS = new Set([
  'expert', 'analyst', 'economist', 'researcher', 'scientist', 'professor', 'doctor', 'physician',
  'historian', 'consultant', 'strategist', 'pollster', 'resident', 'neighbor', 'neighbour',
  'witness', 'observer', 'critic', 'commentator', 'student', 'worker', 'employee', 'teacher',
  'mother', 'father', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'friend',
  'relative', 'colleague', 'partner', 'victim', 'nurse', 'surgeon',
]);
const CONTAINER_NOUNS = new Set(['batch', 'batches', 'trove', 'cache', 'set', 'series', 'pile', 'stack', 'collection', 'handful', 'bunch', 'raft', 'slew', 'spate']);
// Heads of named findings ("the Quinnipiac University Poll"): documents, not organizations.
// (Not "report": "the Drudge Report" is an outlet as often as "the Mueller Report" is a document.)
const FINDING_NOUNS: ReadonlySet<string> = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'analysis', 'census', 'audit', 'memo']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'his']);
const GROUP_PRONOUNS = new Set(['they', 'them', 'their']);
const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);
const INNER_ADP = new Set(['of', 'for', 'from', 'at', 'in', 'with', 'on', 'by']);
const PERSON_HEADS = new Set(['republican', 'democrat', 'independent', 'conservative', 'liberal', 'libertarian', 'senator', 'congressman', 'congresswoman', 'donald']);
// Heads that a description as an insider makes an anonymous source: "a man close to the mayor".
const INSIDER_HEADS = new Set(['people', 'person', 'official', 'officials', 'man', 'woman', 'men', 'women', 'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'associate', 'associates']);
const INSIDER_BRIDGES = new Set(['close', 'closest', 'familiar', 'briefed']);

export interface Classified {
  kind: SourceKind | 'pronoun';
  /** Name chunk that names the source, when one does. */
  chunk: NameChunk | null;
  reason: Range | null;
}

/**
 * Decides a source's kind from its noun phrase, plus the words around it that describe it
 * (an appositive, a trailing "speaking on condition of anonymity").
 *
 * @param doc - the parsed document
 * @param np - the source's tokens
 * @param around - tokens that describe the source (appositive or trailing clause), may be empty
 * @param chunksByToken - name chunk holding each token, or -1
 */
export function classifySource(doc: Doc, np: Range, around: Range | null, chunksByToken: Int32Array, cueLemma = ''): Classified {
  const tokens = doc.tokens;
  const first = tokens[np.start]!;
  const reasonRange = (around && anonymityClause(tokens, around.start, around.end)) ?? anonymityClause(tokens, np.start, np.end);
  // "Some said", "Many say", "Another said": a bare quantifier is a vague source.
  if (np.end - np.start === 1 && QUANTIFIERS.has(first.normal)) {
    return { kind: 'vague', chunk: null, reason: null };
  }
  if (np.end - np.start === 1 && (PERSON_PRONOUNS.has(first.normal) || GROUP_PRONOUNS.has(first.normal) ||
    RELATIVE_PRONOUNS.has(first.normal) || first.normal === 'it' || first.normal === 'its' || first.normal === 'i' || first.normal === 'we')) {
    return { kind: 'pronoun', chunk: null, reason: reasonRange?.reason ? reasonRange : null };
  }
  // The head is the last noun before any "of/for/from …" complement.
  let headEnd = np.end;
  for (let k = np.start + 1; k < np.end; k++) {
    // ("a person close to the family": the head comes before the phrase that places it.)
    if (INSIDER_BRIDGES.has(tokens[k]!.normal) && (tokens[k - 1]!.pos === 'NOUN' || tokens[k - 1]!.pos === 'PROPN')) {
      headEnd = k;
      break;
    }
    if (INNER_ADP.has(tokens[k]!.normal) && (tokens[k]!.pos === 'ADP' || tokens[k]!.pos === 'PART')) {
      headEnd = k;
      break;
    }
  }
  // "people familiar with …", "economists polled by …": the head is the noun before the bridge.
  // ("the most recent polling in Florida": a document noun wink tags as a verb is a head too.)
  while (headEnd - 1 > np.start && !['NOUN', 'PROPN'].includes(tokens[headEnd - 1]!.pos) && !startsUpper(tokens[headEnd - 1]!.text) && !DOCUMENT_NOUNS.has(tokens[headEnd - 1]!.normal)) headEnd--;
  // "a new batch of emails", "a series of reports": a container's contents are the head.
  if (CONTAINER_NOUNS.has(tokens[headEnd - 1]!.normal) && headEnd < np.end) headEnd = np.end;
  const head = tokens[headEnd - 1]!;
  const headNormal = head.normal;
  const chunkIndex = chunksByToken[headEnd - 1]!;
  const chunk = chunkIndex >= 0 ? doc.names[chunkIndex]! : null;
  const words = (r: Range): string[] => tokens.slice(r.start, r.end).map((t) => t.normal);
  const npWords = words(np);
  const hasAnonymityWord = npWords.some((w) => w === 'anonymous' || w === 'unnamed' || w === 'unidentified');

  if (reasonRange || hasAnonymityWord) return { kind: 'anonymous', chunk: null, reason: reasonRange?.reason ? reasonRange : null };
  if (ANONYMOUS_NOUNS.has(headNormal) && (headNormal === 'source' || headNormal === 'sources' || headNormal.startsWith('insider'))) {
    return { kind: 'anonymous', chunk: null, reason: null };
  }
  const describedAsInsider = (t: Token) => t.normal === 'familiar' || t.normal === 'close' || t.normal === 'briefed' || t.normal === 'knowledge';
  if (INSIDER_HEADS.has(headNormal) &&
    tokens.slice(headEnd, Math.min(np.end + 2, tokens.length)).some(describedAsInsider)) {
    return { kind: 'anonymous', chunk: null, reason: null };
  }
  // A capitalized common noun opening a sentence ("Teachers say …", "Fans said …") is not a name.
  // ("Sanders said …", "Priebus told …": a surname the article names in full elsewhere is a name.)
  // ("Officials in Beijing", "officials at the port": officials placed by a name or a definite place.)
  const placed = (headNormal === 'officials' || headNormal === 'authorities') && headEnd + 1 < np.end && ['in', 'at', 'from', 'of'].includes(tokens[headEnd]!.normal) &&
    (tokens[headEnd + 1]!.pos === 'PROPN' || (tokens[headEnd + 1]!.normal === 'the' && headEnd + 2 < np.end));
  // ("Farmers in the region said …": the head may have a complement after it.)
  if (headEnd - np.start === 1 && !placed && isSentenceInitial(doc, np.start) && /[^s]s$/.test(headNormal) && hasLower(head.text) && !personSurnames(doc).has(headNormal)) {
    if (DOCUMENT_NOUNS.has(headNormal)) return { kind: 'document', chunk: null, reason: null };
    return { kind: GROUP_NOUNS.has(headNormal) && ANONYMOUS_NOUNS.has(headNormal) && headNormal.startsWith('insider') ? 'anonymous' : 'vague', chunk: null, reason: null };
  }
  // ("Poll: …", "Survey: …": a lone document noun, capitalised as a headline's first word.)
  if (np.end - np.start === 1 && DOCUMENT_NOUNS.has(headNormal)) return { kind: 'document', chunk: null, reason: null };
  if (headNormal === 'agency') {
    const modifiers = tokens.slice(np.start, headEnd).map((t) => t.normal);
    const news = modifiers.includes('news') || modifiers.includes('press') || modifiers.includes('wire') || cueLemma === 'report';
    return { kind: news ? 'outlet' : 'named-organization', chunk, reason: null };
  }
  // ("a new USA TODAY/Suffolk University Poll": a named poll or survey is a document.)
  if (chunk && FINDING_NOUNS.has(headNormal) && !isOutletName(doc, chunk, headNormal)) return { kind: 'document', chunk: null, reason: null };
  if (chunk && (chunk.kind !== 'unknown' || isCapitalizedName(head))) {
    if (isOutletName(doc, chunk, headNormal)) return { kind: 'outlet', chunk, reason: null };
    if (chunk.kind === 'organization') return { kind: 'named-organization', chunk, reason: null };
    if (chunk.name === null) {
      // A bare title ("the President", "Defense Minister of Belarus"): a role, unless it is a group.
      return { kind: GROUP_NOUNS.has(headNormal) && !placed ? 'vague' : 'official-role', chunk, reason: null };
    }
    // ("The Red Cross said": a name after "the" is an institution's, not a person's; not a word
    // for a person, "the Wisconsin Republican", "the Texan", "the New Yorker".)
    if ((chunk.kind === 'unknown' || chunk.title === null) && tokens[chunk.tokenStart - 1]?.normal === 'the' && !/[^s]s$/.test(headNormal) && !PERSON_HEADS.has(headNormal) && !/(?:an|er|ist)$/.test(headNormal)) {
      return { kind: 'named-organization', chunk, reason: null };
    }
    if (chunk.kind === 'person') return { kind: 'named-person', chunk, reason: null };
    if (placed) return { kind: 'official-role', chunk: null, reason: null };
    if (GROUP_NOUNS.has(headNormal) && /s$/.test(headNormal)) return { kind: 'vague', chunk, reason: null };
    return { kind: 'named-person', chunk, reason: null };
  }
  if (OUTLET_NOUNS.has(headNormal) || OUTLET_NAMES.has(headNormal)) return { kind: 'outlet', chunk: null, reason: null };
  // "an article in Rossiyskaya Gazeta", "an editorial in The Times": the outlet speaks.
  if (DOCUMENT_NOUNS.has(headNormal) && headEnd < np.end) {
    const outletChunk = tokens.slice(headEnd, np.end).map((_, k) => chunksByToken[headEnd + k]!).find((c) => c >= 0);
    const named = outletChunk !== undefined ? doc.names[outletChunk]! : null;
    if (named && isOutletName(doc, named, doc.tokens[named.tokenEnd - 1]!.normal)) return { kind: 'outlet', chunk: named, reason: null };
  }
  if (DOCUMENT_NOUNS.has(headNormal)) return { kind: 'document', chunk: null, reason: null };
  // "NATO officials", "city officials", "a State Department spokesperson": qualified by an institution.
  const qualifiedByName = npWords.length > 1 && tokens.slice(np.start, np.end).some((t, k) =>
    np.start + k !== headEnd - 1 && (chunksByToken[np.start + k]! >= 0 || ORGANIZATION_NOUNS.has(t.normal)));
  if (GROUP_NOUNS.has(headNormal)) {
    // "NATO officials", "Pentagon officials": an identifiable body's officials.
    if ((qualifiedByName || placed) && (headNormal === 'officials' || headNormal === 'authorities' || headNormal === 'investigators' || headNormal === 'prosecutors' || headNormal === 'lawmakers' || headNormal === 'leaders' || headNormal === 'members')) {
      return { kind: 'official-role', chunk: null, reason: null };
    }
    if (headNormal === 'authorities' || headNormal === 'prosecutors') return { kind: 'named-organization', chunk: null, reason: null };
    return { kind: 'vague', chunk: null, reason: null };
  }
  if (ORGANIZATION_NOUNS.has(headNormal)) return { kind: 'named-organization', chunk: null, reason: null };
  if (ROLE_NOUNS.has(headNormal)) {
    const vague = npWords.some((w) => VAGUE_DETERMINERS.has(w) || w === 'one' || w === 'an' || w === 'a');
    if (GENERIC_PERSONS.has(headNormal) && !qualifiedByName) return { kind: 'vague', chunk: null, reason: null };
    if (GENERIC_PERSONS.has(headNormal) && vague) return { kind: 'vague', chunk: null, reason: null };
    return { kind: 'official-role', chunk: null, reason: null };
  }
  if (npWords.some((w) => VAGUE_DETERMINERS.has(w))) return { kind: 'vague', chunk: null, reason: null };
  if (chunk) return { kind: 'named-person', chunk, reason: null };
  if (/s$/.test(headNormal) && head.pos === 'NOUN') return { kind: 'vague', chunk: null, reason: null };
  return { kind: head.pos === 'PROPN' ? 'named-person' : 'vague', chunk: null, reason: null };
}

const surnamesByDoc = new WeakMap<Doc, ReadonlySet<string>>();
/**
 * The last words of the person names of a document that have a first name or title ("Bernie
 * Sanders", "Mr. Priebus"), and are no word of a group ("House Democrats" names no person).
 */
function personSurnames(doc: Doc): ReadonlySet<string> {
  let set = surnamesByDoc.get(doc);
  if (!set) {
    const found = new Set<string>();
    for (const chunk of doc.names) {
      if (chunk.kind !== 'person' || chunk.tokenEnd - chunk.tokenStart < 2) continue;
      const last = doc.tokens[chunk.tokenEnd - 1]!.normal;
      if (!GROUP_NOUNS.has(last) && !ROLE_NOUNS.has(last) && !DOCUMENT_NOUNS.has(last)) found.add(last);
    }
    set = found;
    surnamesByDoc.set(doc, set);
  }
  return set;
}

function isSentenceInitial(doc: Doc, k: number): boolean {
  const t = doc.tokens[k]!;
  const prev = doc.tokens[k - 1];
  return !prev || prev.sentence !== t.sentence || /^[“‘"'«„(]$/.test(prev.text);
}

function isCapitalizedName(t: Token): boolean {
  return startsUpper(t.text);
}

function isOutletName(doc: Doc, chunk: NameChunk, headNormal: string): boolean {
  if (OUTLET_NAMES.has(headNormal) || OUTLET_NAMES.has(chunk.text.toLowerCase())) return true;
  const last = doc.tokens[chunk.tokenEnd - 1]!.normal;
  return ['times', 'post', 'journal', 'news', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'daily', 'press', 'observer', 'mail', 'express', 'agency', 'radio', 'television', 'tv', 'magazine', 'chronicle', 'globe', 'star', 'sun', 'mirror', 'reporter', 'examiner', 'inquirer', 'dispatch', 'bulletin', 'courier', 'register', 'wire', 'network', 'broadcasting'].includes(last) ||
    /gazeta$|zeitung$/i.test(chunk.text);
}
