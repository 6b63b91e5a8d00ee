import type { Attribution } from '../analyzers/sourcing/types.js';
import { sourceLabel } from '../analyzers/sourcing/label.js';
import type { OutletsSentence } from '../analyzers/outlets/types.js';
import type { SourcingSentence, SourcingSummary } from '../analyzers/sourcing/types.js';
import type { StanceSentence } from '../analyzers/stance/types.js';
import type { Analysis, AnyAnalyzer } from '../pipeline/types.js';
import type { Span } from '../types.js';

export type Severity = 'error' | 'warning' | 'info';

/** A finding before positions are computed: the span it points at and what it says. */
export interface RawFinding {
  readonly span: Span;
  readonly reason: string;
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
}

export interface RuleContext {
  readonly analysis: Analysis<readonly AnyAnalyzer[]>;
  readonly text: string;
  readonly options: Readonly<Record<string, number>>;
}

export interface Rule {
  readonly id: string;
  readonly severity: Severity;
  readonly description: string;
  /** Numeric options with their defaults (limits, minimum weights). */
  readonly options: Readonly<Record<string, number>>;
  readonly run: (context: RuleContext) => RawFinding[];
}

type Sentence = { index: number; start: number; end: number; text: string; sourcing?: SourcingSentence; outlets?: OutletsSentence; stance?: StanceSentence };

const sentencesOf = (c: RuleContext) => c.analysis.sentences as unknown as readonly Sentence[];

/** Each attribution once, where its cue is. */
function attributions(c: RuleContext): Attribution[] {
  const seen = new Set<number>();
  const out: Attribution[] = [];
  for (const s of sentencesOf(c)) for (const a of s.sourcing?.attributions ?? []) if (!seen.has(a.id)) { seen.add(a.id); out.push(a); }
  return out;
}

const sourceSpan = (a: Attribution): Span | null =>
  a.source.text !== null && a.source.start !== null && a.source.end !== null ? { text: a.source.text, start: a.source.start, end: a.source.end } : a.cue;

const docStart = (c: RuleContext): Span => {
  const first = sentencesOf(c)[0];
  return first ? { text: first.text, start: first.start, end: first.end } : { text: '', start: 0, end: 0 };
};

/** The built-in rules, in the order their findings are listed. */
export const RULES: readonly Rule[] = Object.freeze<Rule[]>([
  {
    id: 'anonymous-source',
    severity: 'warning',
    description: 'An anonymous source with no stated reason for anonymity.',
    options: {},
    run: (c) => attributions(c).flatMap((a) => {
      const span = sourceSpan(a);
      if (a.source.kind !== 'anonymous' || a.source.reason || !span || a.continued) return [];
      return [{ span, reason: `Anonymous source \`${span.text}\` without a stated reason`, actual: span.text, note: 'AP and Reuters ask that the story say why a source was granted anonymity.' }];
    }),
  },
  {
    id: 'vague-attribution',
    severity: 'warning',
    description: 'A claim attributed to a generic group ("analysts say", "critics argue").',
    options: {},
    run: (c) => attributions(c).flatMap((a) => {
      const span = sourceSpan(a);
      if (a.source.kind !== 'vague' || a.source.text === null || !span || a.continued) return [];
      return [{ span, reason: `Vague attribution to \`${span.text}\``, actual: span.text, note: 'Name who says it, or how many and which.' }];
    }),
  },
  {
    id: 'unstated-source',
    severity: 'info',
    description: 'A report whose source is not stated ("is expected to", "it is believed", "appeared to").',
    options: {},
    run: (c) => attributions(c).flatMap((a) => {
      if (a.source.text !== null || !a.cue || a.continued) return [];
      return [{ span: a.cue, reason: `Unstated source: \`${a.cue.text}\``, actual: a.cue.text, note: 'Say who expects, believes or reports it.' }];
    }),
  },
  {
    id: 'unattributed-claim',
    severity: 'info',
    description: 'An assertive sentence with no attribution.',
    options: {},
    run: (c) => sentencesOf(c).flatMap((s) => (s.sourcing?.status === 'unattributed' ? [{ span: { text: s.text, start: s.start, end: s.end }, reason: 'Unattributed claim' }] : [])),
  },
  {
    id: 'single-source-story',
    severity: 'warning',
    description: 'Every attribution of the article rests on one source.',
    options: { minAttributions: 3 },
    run: (c) => {
      const list = attributions(c).filter((a) => a.source.kind !== 'unresolved');
      const names = new Set(list.map((a) => (sourceLabel(a.source) ?? '').toLowerCase()));
      if (list.length < (c.options.minAttributions ?? 3) || names.size !== 1) return [];
      return [{ span: docStart(c), reason: `All ${list.length} attributions rest on one source (${[...names][0]})`, expected: ['a second, independent source'] }];
    },
  },
  {
    id: 'anonymous-share',
    severity: 'warning',
    description: 'The share of anonymous attributions is above a limit (default 0.3).',
    options: { limit: 0.3, minAttributions: 3 },
    run: (c) => {
      const summary = (c.analysis.summary as { sourcing?: SourcingSummary }).sourcing;
      if (!summary || summary.attributions < (c.options.minAttributions ?? 3) || summary.anonymousShare === null) return [];
      const limit = c.options.limit ?? 0.3;
      if (summary.anonymousShare <= limit) return [];
      return [{ span: docStart(c), reason: `${Math.round(summary.anonymousShare * 100)}% of attributions are anonymous (limit ${Math.round(limit * 100)}%)`, actual: String(summary.anonymousShare), expected: [`≤ ${limit}`] }];
    },
  },
  {
    id: 'distancing-verb-in-author-voice',
    severity: 'warning',
    description: 'A distancing attribution verb ("claimed", "insisted") in the author’s voice where "said" would do.',
    options: {},
    run: (c) => sentencesOf(c).flatMap((s) => (s.stance?.terms ?? [])
      .filter((t) => t.category === 'distancing-verb' && t.voice === 'author' && !t.negated)
      .map((t) => ({ span: t, reason: `Distancing verb \`${t.text}\` in the author’s voice`, actual: t.text, expected: ['said'] }))),
  },
  {
    id: 'loaded-term-in-author-voice',
    severity: 'warning',
    description: 'A loaded or evaluative term in the author’s voice (default: lexicon weight ≥ 0.8).',
    options: { minWeight: 0.8 },
    run: (c) => sentencesOf(c).flatMap((s) => (s.stance?.terms ?? [])
      .filter((t) => t.category === 'loaded' && t.voice === 'author' && !t.negated && t.weight >= (c.options.minWeight ?? 0.8))
      .map((t) => ({ span: t, reason: `Loaded term \`${t.text}\` in the author’s voice`, actual: t.text }))),
  },
  {
    id: 'state-media-source',
    severity: 'warning',
    description: 'An attribution resting on a state-affiliated outlet.',
    options: {},
    run: (c) => attributions(c).flatMap((a) => {
      const span = sourceSpan(a);
      if (a.source.kind !== 'outlet' || !a.source.stateAffiliated || !span) return [];
      const name = a.source.outlet ? `${a.source.outlet.name} (${a.source.outlet.country ?? '?'})` : span.text;
      return [{ span, reason: `Attribution rests on state-affiliated outlet ${name}`, actual: span.text, note: 'Say so in the text, or confirm independently.' }];
    }),
  },
]);
