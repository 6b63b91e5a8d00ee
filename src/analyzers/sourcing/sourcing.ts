import { FramelensError, describe } from '../../errors.js';
import { sentenceAt } from '../../parse/parse.js';
import type { Doc, DocSentence } from '../../parse/types.js';
import { defineAnalyzer } from '../../pipeline/define.js';
import type { AnalyzerRow } from '../../pipeline/types.js';
import type { Span } from '../../types.js';
import { extractAttributions } from './extract.js';
import { sourceLabel } from './label.js';
import { DEFAULT_RUBRIC } from './rubric.js';
import type {
  Attribution,
  SentenceSourcingStatus,
  SourceCount,
  SourceKind,
  SourcingRubric,
  SourcingSentence,
  SourcingSummary,
} from './types.js';
import { HEDGES } from './words.js';
import type { OutletMention, OutletsSentence } from '../outlets/types.js';

/** A lookup from token index to the outlet mention covering it. */
function outletLookup(doc: Doc, sentences: readonly OutletsSentence[]): (token: number) => OutletMention | undefined {
  const byToken = new Map<number, OutletMention>();
  for (const [k, s] of sentences.entries()) {
    const sentence = doc.sentences[k]!;
    for (const m of s.mentions) {
      for (let t = sentence.tokenStart; t < sentence.tokenEnd; t++) {
        const token = doc.tokens[t]!;
        if (token.start >= m.start && token.end <= m.end) byToken.set(t, m);
      }
    }
  }
  return (token) => byToken.get(token);
}

export interface SourcingOptions {
  /** Override part of the scoring rubric; unspecified weights keep their defaults. */
  readonly rubric?: {
    readonly kinds?: Partial<Record<SourceKind, number>>;
    readonly anonymousReasonBonus?: number;
    readonly unattributedPenalty?: number;
  };
  /** How many sources `summary.topSources` lists (default 5). */
  readonly topSources?: number;
}

export const SOURCE_KINDS: readonly SourceKind[] = Object.freeze([
  'named-person', 'named-organization', 'official-role', 'outlet', 'document', 'anonymous', 'vague', 'unresolved',
]);

// "it is believed", "is said to", "are thought to": passive reporting with no source.
const PASSIVE_REPORT = new Set(['believe', 'think', 'understand', 'report', 'say', 'claim', 'allege', 'rumor', 'rumour', 'expect', 'know', 'estimate']);

/**
 * The sourcing analyzer: every attribution (direct, indirect, mixed, "according to", "citing"),
 * its source's kind, and a sourcing-quality score per sentence and per article.
 *
 * @param options - rubric overrides and summary settings
 * @returns an analyzer with id `sourcing`
 * @example
 * analyze('“We are ready,” Defense Minister Victor Khrenin said.').sentences[0].sourcing.attributions[0].source.kind
 * //=> 'named-person'
 */
export function sourcing(options?: Readonly<SourcingOptions> | null) {
  const rubric = resolveRubric(options);
  const top = options?.topSources ?? 5;
  if (!Number.isInteger(top) || top < 0) throw new FramelensError('ERR_OPTIONS', `sourcing(): topSources must be a whole number ≥ 0, received ${String(top)}`);

  const weight = (a: Attribution): number => {
    let w = rubric.kinds[a.source.kind];
    if (a.source.kind === 'anonymous' && a.source.reason) w = Math.min(1, w + rubric.anonymousReasonBonus);
    return w;
  };

  return defineAnalyzer({
    id: 'sourcing',
    // With the outlets analyzer in the pipeline, sources that are outlets are linked to its
    // gazetteer; without it, outlets are recognised from the words alone.
    optionalDependsOn: ['outlets'],
    analyze(doc: Doc, context) {
      const outletsOut = context.optionalDependency<OutletsSentence>('outlets');
      const found = extractAttributions(doc, outletsOut ? outletLookup(doc, outletsOut.sentences) : undefined);
      const perSentence: Attribution[][] = doc.sentences.map(() => []);
      const all: Attribution[] = [];
      for (const [id, f] of found.entries()) {
        const attribution: Attribution = { id, source: f.source, cue: f.cue, content: f.content, mode: f.mode, sentence: f.sentence, continued: f.continued };
        all.push(attribution);
        const touched = new Set<number>([f.sentence]);
        for (const span of f.content) {
          const a = sentenceAt(doc.sentences, span.start);
          const b = sentenceAt(doc.sentences, Math.max(span.start, span.end - 1));
          for (let k = Math.max(0, a); k <= b; k++) touched.add(k);
        }
        for (const k of [...touched].sort((x, y) => x - y)) perSentence[k]!.push(attribution);
      }
      let hedged = 0;
      let unattributed = 0;
      const sentences: SourcingSentence[] = doc.sentences.map((s, k) => {
        const attributions = perSentence[k]!;
        const hedges = findHedges(doc, s);
        // The cue of an agentless report ("appeared to", "is expected to") is a hedge too, unless
        // it overlaps one already listed. (Swept in order of position, so that a sentence with
        // thousands of such cues stays linear.)
        const cues = attributions.filter((a) => a.source.text === null && a.cue && a.sentence === s.index).map((a) => a.cue!);
        if (cues.length > 0) {
          const listed = [...hedges].sort((x, y) => x.start - y.start);
          cues.sort((x, y) => x.start - y.start);
          let next = 0;
          let reach = -1;
          for (const cue of cues) {
            for (; next < listed.length && listed[next]!.start <= cue.start; next++) reach = Math.max(reach, listed[next]!.end);
            const overlaps = reach > cue.start || (next < listed.length && listed[next]!.start < cue.end);
            if (overlaps) continue;
            hedges.push(cue);
            reach = Math.max(reach, cue.end);
          }
          hedges.sort((x, y) => x.start - y.start);
        }
        // An agentless report ("is expected to", "it is believed") has a cue but no source of its
        // own: the sentence is hedged, not attributed.
        const sourced = attributions.some((a) => a.source.text !== null);
        const status: SentenceSourcingStatus = sourced ? 'attributed' : hedges.length > 0 || attributions.length > 0 ? 'hedged' : isAssertive(doc, s) ? 'unattributed' : 'non-assertive';
        if (status === 'hedged') hedged++;
        if (status === 'unattributed') unattributed++;
        const score = attributions.length > 0 ? round(attributions.reduce((sum, a) => sum + weight(a), 0) / attributions.length) : null;
        return { attributions, score, status, hedges };
      });
      return { sentences, summary: summarize(all, doc, weight, top, rubric, unattributed, hedged) };
    },
    toRows(result: SourcingSentence) {
      return result.attributions.map((a): AnalyzerRow => ({
        kind: 'attribution',
        start: a.source.start ?? a.cue?.start ?? a.content[0]?.start ?? 0,
        end: a.source.end ?? a.cue?.end ?? a.content[0]?.end ?? 0,
        text: a.source.text ?? '',
        attributionId: a.id,
        sourceKind: a.source.kind,
        sourceName: sourceLabel(a.source),
        cue: a.cue?.text ?? null,
        content: a.content.map((c) => c.text).join(' … '),
        mode: a.mode,
        continued: a.continued,
        reason: a.source.reason?.text ?? null,
        outletId: a.source.outlet?.id ?? null,
      }));
    },
  });
}

function resolveRubric(options: Readonly<SourcingOptions> | null | undefined): SourcingRubric {
  if (options === null || options === undefined) return DEFAULT_RUBRIC;
  if (typeof options !== 'object') throw new FramelensError('ERR_OPTIONS', `sourcing() expects an options object, received ${describe(options)}`);
  const given = options.rubric ?? {};
  const kinds = { ...DEFAULT_RUBRIC.kinds };
  for (const [kind, value] of Object.entries(given.kinds ?? {})) {
    if (!SOURCE_KINDS.includes(kind as SourceKind)) {
      throw new FramelensError('ERR_OPTIONS', `sourcing(): unknown source kind "${kind}" in rubric.kinds; known kinds: ${SOURCE_KINDS.join(', ')}`);
    }
    checkUnit(`rubric.kinds.${kind}`, value);
    kinds[kind as SourceKind] = value as number;
  }
  const bonus = given.anonymousReasonBonus ?? DEFAULT_RUBRIC.anonymousReasonBonus;
  const penalty = given.unattributedPenalty ?? DEFAULT_RUBRIC.unattributedPenalty;
  checkUnit('rubric.anonymousReasonBonus', bonus);
  checkUnit('rubric.unattributedPenalty', penalty);
  return Object.freeze({ kinds: Object.freeze(kinds), anonymousReasonBonus: bonus, unattributedPenalty: penalty });
}

function checkUnit(name: string, value: unknown): void {
  if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
    throw new FramelensError('ERR_OPTIONS', `sourcing(): ${name} must be a number from 0 to 1, received ${JSON.stringify(value)}`);
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

function findHedges(doc: Doc, s: DocSentence): Span[] {
  const hedges: Span[] = [];
  const t = doc.tokens;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const token = t[k]!;
    if (token.quote >= 0 || token.type !== 'word') continue;
    if (HEDGES.has(token.normal)) hedges.push({ text: token.text, start: token.start, end: token.end });
    // "it is believed", "is said to", "are widely thought to"
    if (token.lemma === 'be' && k + 1 < s.tokenEnd) {
      let v = k + 1;
      if (t[v]!.pos === 'ADV' && v + 1 < s.tokenEnd) v++;
      const verb = t[v]!;
      if (!PASSIVE_REPORT.has(verb.lemma) || !/(ed|id|ght|own|ood)$/.test(verb.normal)) continue;
      const itBefore = k > s.tokenStart && t[k - 1]!.normal === 'it';
      const toAfter = t[v + 1]?.normal === 'to' || t[v + 1]?.normal === 'that';
      if (itBefore || toAfter) {
        const start = itBefore ? t[k - 1]!.start : token.start;
        hedges.push({ text: doc.text.slice(start, verb.end), start, end: verb.end });
      }
    }
  }
  return hedges;
}

/** A statement of fact: has a finite verb, is not a question, and is not wholly a quotation. */
function isAssertive(doc: Doc, s: DocSentence): boolean {
  const t = doc.tokens;
  let hasVerb = false;
  let outsideQuote = false;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const token = t[k]!;
    if (token.quote < 0 && token.type === 'word') {
      outsideQuote = true;
      if (token.pos === 'VERB' || token.pos === 'AUX') hasVerb = true;
    }
  }
  const last = t[s.tokenEnd - 1];
  return hasVerb && outsideQuote && last?.text !== '?';
}

function summarize(
  all: readonly Attribution[],
  doc: Doc,
  weight: (a: Attribution) => number,
  top: number,
  rubric: SourcingRubric,
  unattributed: number,
  hedged: number,
): SourcingSummary {
  const byKind = Object.fromEntries(SOURCE_KINDS.map((k) => [k, 0])) as Record<SourceKind, number>;
  const counts = new Map<string, { name: string; kind: SourceKind; count: number }>();
  for (const a of all) {
    byKind[a.source.kind]++;
    const name = sourceLabel(a.source);
    if (!name || a.source.kind === 'unresolved') continue;
    const key = `${a.source.kind}\u0000${name.toLowerCase()}`;
    const entry = counts.get(key) ?? { name, kind: a.source.kind, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const n = all.length;
  const named = new Set([...counts.values()].filter((c) => c.kind === 'named-person' || c.kind === 'named-organization').map((c) => c.name.toLowerCase()));
  const topSources: SourceCount[] = [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, top);
  let score: number | null = n > 0 ? all.reduce((s, a) => s + weight(a), 0) / n : null;
  if (score !== null && rubric.unattributedPenalty > 0 && doc.sentences.length > 0) {
    score = Math.max(0, score - rubric.unattributedPenalty * (unattributed / doc.sentences.length));
  }
  return {
    attributions: n,
    byKind,
    anonymousShare: n > 0 ? round(byKind.anonymous / n) : null,
    vagueShare: n > 0 ? round(byKind.vague / n) : null,
    distinctNamedSources: named.size,
    topSources,
    unattributedSentences: unattributed,
    hedgedSentences: hedged,
    stateAffiliatedShare: n > 0 ? round(all.filter((a) => a.source.kind === 'outlet' && a.source.stateAffiliated).length / n) : null,
    score: score === null ? null : round(score),
  };
}
