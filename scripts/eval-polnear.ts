import { existsSync, readFileSync } from 'node:fs';
import { analyze, type Attribution } from '../src/index.js';
import { type Counts, emptyCounts, prf, score, type SpanLike } from './lib/spans.js';

interface GoldSpan { start: number; end: number; text: string }
interface PolnearRecord {
  id: string;
  text: string;
  attributions: { type: string; source: GoldSpan[] | null; cue: GoldSpan[] | null; content: GoldSpan[] | null }[];
}

export interface PolnearResult {
  split: string;
  documents: number;
  goldAttributions: number;
  rows: { part: 'source' | 'cue' | 'content'; lenient: Counts; exact: Counts }[];
  outletSources: { gold: number; asOutlet: number; linked: number };
  seconds: number;
}

/** Evaluates the sourcing analyzer on one PolNeAR split (one JSON record a line). */
export function evaluatePolnear(file: string, split: string, limit = Infinity): PolnearResult | null {
  if (!existsSync(file)) return null;
  const parts = ['source', 'cue', 'content'] as const;
  const lenient = Object.fromEntries(parts.map((p) => [p, emptyCounts()])) as Record<(typeof parts)[number], Counts>;
  const exact = Object.fromEntries(parts.map((p) => [p, emptyCounts()])) as Record<(typeof parts)[number], Counts>;
  let documents = 0;
  let goldAttributions = 0;
  const outletSources = { gold: 0, asOutlet: 0, linked: 0 };
  const started = performance.now();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || documents >= limit) continue;
    const record = JSON.parse(line) as PolnearRecord;
    documents++;
    goldAttributions += record.attributions.length;
    const analysis = analyze(record.text);
    const seen = new Map<number, Attribution>();
    for (const s of analysis.sentences) for (const a of s.sourcing.attributions) seen.set(a.id, a);
    const predicted = [...seen.values()];
    const predSpans = {
      source: predicted.filter((a) => a.source.start !== null && a.source.end !== null && !a.continued).map((a) => ({ start: a.source.start!, end: a.source.end! })),
      cue: predicted.flatMap((a) => (a.cue ? [a.cue] : [])),
      content: predicted.flatMap((a) => a.content),
    } satisfies Record<string, SpanLike[]>;
    const goldSpans = {
      source: record.attributions.flatMap((a) => a.source ?? []),
      cue: record.attributions.flatMap((a) => a.cue ?? []),
      content: record.attributions.flatMap((a) => a.content ?? []),
    };
    for (const part of parts) score(record.text, predSpans[part], goldSpans[part], lenient[part], exact[part]);
    // Of gold sources that name a news outlet, how many did we link to the right record?
    for (const a of record.attributions) {
      const src = a.source?.[0];
      if (!src) continue;
      const expected = OUTLET_IDS.find(([pattern]) => pattern.test(src.text))?.[1];
      if (!expected) continue;
      outletSources.gold++;
      const hit = predicted.find((p) => p.source.start !== null && p.source.start < src.end && src.start < p.source.end!);
      if (hit?.source.kind === 'outlet') outletSources.asOutlet++;
      if (hit?.source.outlet?.id === expected) outletSources.linked++;
    }
  }
  return {
    split,
    documents,
    goldAttributions,
    rows: parts.map((part) => ({ part, lenient: lenient[part], exact: exact[part] })),
    outletSources,
    seconds: (performance.now() - started) / 1000,
  };
}

// Gold sources that name a US news outlet, with the gazetteer record each should link to. Written
// for this report from the outlets' names (no PolNeAR text is copied).
const OUTLET_IDS: [RegExp, string][] = [
  [/\bCNN\b/, 'cnn-us'], [/\bFox News\b/, 'fox-news-us'], [/\bMSNBC\b/, 'msnbc-us'], [/\bNBC( News)?\b/, 'nbc-news-us'],
  [/\bCBS( News)?\b/, 'cbs-news-us'], [/\bABC( News)?\b/, 'abc-news-us'], [/\bNPR\b/, 'npr-us'], [/\bReuters\b/, 'reuters-gb'],
  [/\b(?:The )?Associated Press\b|^AP$/, 'associated-press-us'], [/\bPolitico\b/, 'politico-us'], [/\bBreitbart( News)?\b/, 'breitbart-news-us'],
  [/\bBuzzFeed\b/, 'buzzfeed-news-us'], [/\bNew York Times\b/, 'the-new-york-times-us'], [/\bWashington Post\b/, 'the-washington-post-us'],
  [/\bWall Street Journal\b/, 'the-wall-street-journal-us'], [/\bBloomberg\b/, 'bloomberg-news-us'], [/\bAxios\b/, 'axios-us'],
  [/\bHuff(?:ington )?Post\b/, 'huffpost-us'], [/\bThe Hill\b/, 'the-hill-us'], [/\bUSA Today\b/, 'usa-today-us'], [/\bNewsweek\b/, 'newsweek-us'],
  [/\bNew York Post\b/, 'new-york-post-us'], [/\bDaily Beast\b/, 'the-daily-beast-us'], [/\bGuardian\b/, 'the-guardian-gb'], [/\bBBC\b/, 'bbc-gb'],
];

export function formatPolnear(r: PolnearResult): string {
  const f = (x: number) => x.toFixed(3);
  const lines = [
    `PolNeAR ${r.split}: ${r.documents} articles, ${r.goldAttributions} gold attributions, ${r.seconds.toFixed(1)} s`,
    '',
    '| span | lenient P | lenient R | lenient F1 | exact P | exact R | exact F1 |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of r.rows) {
    const l = prf(row.lenient);
    const e = prf(row.exact);
    lines.push(`| ${row.part} | ${f(l.precision)} | ${f(l.recall)} | ${f(l.f1)} | ${f(e.precision)} | ${f(e.recall)} | ${f(e.f1)} |`);
  }
  const pct = (n: number) => (r.outletSources.gold ? `${((100 * n) / r.outletSources.gold).toFixed(1)}%` : '–');
  lines.push('', `Gold sources that name a news outlet (${r.outletSources.gold}, found by outlet name): given kind \`outlet\` ${r.outletSources.asOutlet} (${pct(r.outletSources.asOutlet)}); linked to the right gazetteer record ${r.outletSources.linked} (${pct(r.outletSources.linked)}).`);
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const split = process.argv[2] ?? 'dev';
  const dir = process.argv[3] ?? '../shared/eval/polnear';
  const r = evaluatePolnear(`${dir}/${split}.jsonl`, split, Number(process.argv[4] ?? Infinity));
  console.log(r ? formatPolnear(r) : `PolNeAR not found at ${dir}; skipped`);
}
