import { readFileSync } from 'node:fs';
import { overlaps } from './lib/spans.js';
import { analyze, type Attribution, type SourceKind } from '../src/index.js';

interface GoldRecord {
  id: string;
  text: string;
  attributions: { source: { text: string; start: number; end: number }; kind: SourceKind }[];
}

export interface GoldResult {
  items: number;
  sentences: number;
  gold: number;
  predicted: number;
  detected: number;
  kindCorrect: number;
  confusion: Map<string, Map<string, number>>;
  errors: string[];
}


/**
 * Source detection and source-kind accuracy on the team's gold set. A gold source counts as
 * detected when a predicted source span overlaps it; its kind is right when the kinds agree.
 * Accuracy is over all gold attributions, so a missed source counts as a wrong kind ("missed").
 */
export function evaluateGold(file = 'corpus/gold/sourcing.jsonl'): GoldResult {
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
  const confusion = new Map<string, Map<string, number>>();
  const result: GoldResult = { items: records.length, sentences: 0, gold: 0, predicted: 0, detected: 0, kindCorrect: 0, confusion, errors: [] };
  for (const record of records) {
    const analysis = analyze(record.text);
    result.sentences += analysis.sentences.length;
    const seen = new Map<number, Attribution>();
    for (const s of analysis.sentences) for (const a of s.sourcing.attributions) if (!a.continued) seen.set(a.id, a);
    const predicted = [...seen.values()].filter((a) => a.source.start !== null);
    result.predicted += predicted.length;
    for (const g of record.attributions) {
      result.gold++;
      const hit = predicted.find((p) => overlaps({ start: p.source.start!, end: p.source.end! }, g.source));
      const got = hit ? hit.source.kind : 'missed';
      if (hit) result.detected++;
      if (got === g.kind) result.kindCorrect++;
      else result.errors.push(`${record.id}: "${g.source.text}" gold ${g.kind}, got ${got}${hit ? ` ("${hit.source.text}")` : ''}`);
      const row = confusion.get(g.kind) ?? new Map<string, number>();
      row.set(got, (row.get(got) ?? 0) + 1);
      confusion.set(g.kind, row);
    }
  }
  return result;
}

export function formatGold(r: GoldResult): string {
  const kinds = ['named-person', 'named-organization', 'official-role', 'outlet', 'document', 'anonymous', 'vague', 'unresolved'];
  const precision = r.predicted ? r.detected / r.predicted : 0;
  const recall = r.gold ? r.detected / r.gold : 0;
  const lines = [
    `Team gold set: ${r.items} items, ${r.sentences} sentences, ${r.gold} gold attributions.`,
    '',
    `- Source detection: precision ${precision.toFixed(3)} (${r.detected}/${r.predicted} predicted sources overlap a gold one), recall ${recall.toFixed(3)} (${r.detected}/${r.gold}).`,
    `- **Source-kind accuracy: ${(r.kindCorrect / r.gold).toFixed(3)}** (${r.kindCorrect}/${r.gold}; a missed source counts as wrong).`,
    '',
    'Confusion matrix (rows: gold kind, columns: predicted kind):',
    '',
    `| gold \\ predicted | ${[...kinds, 'missed'].join(' | ')} |`,
    `|---|${[...kinds, 'missed'].map(() => '---:').join('|')}|`,
  ];
  for (const g of kinds) {
    const row = r.confusion.get(g);
    if (!row) continue;
    lines.push(`| ${g} | ${[...kinds, 'missed'].map((p) => row.get(p) ?? 0).join(' | ')} |`);
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluateGold();
  console.log(formatGold(r));
  console.log(`\n${r.errors.join('\n')}`);
}
