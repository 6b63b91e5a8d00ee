import { readFileSync } from 'node:fs';
import { overlaps } from './lib/spans.js';
import { analyze } from '../src/index.js';

interface GoldTerm { text: string; start: number; end: number; category: string; voice: string; negated: boolean }
interface GoldRecord { id: string; text: string; terms: GoldTerm[] }

export interface StanceGoldResult {
  items: number;
  predicted: number;
  correct: number;
  gold: number;
  found: number;
  voice: { compared: number; correct: number };
  negation: { compared: number; correct: number };
  errors: string[];
}


/**
 * Term precision and recall on the team's gold set (a predicted term is right when it overlaps a
 * gold term of the same category), and voice and negation accuracy over the gold terms found.
 */
export function evaluateStanceGold(file = 'corpus/gold/stance.jsonl'): StanceGoldResult {
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
  const r: StanceGoldResult = { items: records.length, predicted: 0, correct: 0, gold: 0, found: 0, voice: { compared: 0, correct: 0 }, negation: { compared: 0, correct: 0 }, errors: [] };
  for (const record of records) {
    const predicted = analyze(record.text).sentences.flatMap((s) => s.stance.terms);
    for (const p of predicted) {
      r.predicted++;
      if (record.terms.some((g) => overlaps(g, p) && g.category === p.category)) r.correct++;
      else r.errors.push(`${record.id}: extra ${p.category} "${p.text}"`);
    }
    for (const g of record.terms) {
      r.gold++;
      const p = predicted.find((x) => overlaps(g, x) && x.category === g.category);
      if (!p) {
        r.errors.push(`${record.id}: missed ${g.category} "${g.text}"`);
        continue;
      }
      r.found++;
      r.voice.compared++;
      if (p.voice === g.voice) r.voice.correct++;
      else r.errors.push(`${record.id}: voice of "${g.text}" gold ${g.voice}, got ${p.voice}`);
      r.negation.compared++;
      if (p.negated === g.negated) r.negation.correct++;
      else r.errors.push(`${record.id}: negation of "${g.text}" gold ${g.negated}, got ${p.negated}`);
    }
  }
  return r;
}

export function formatStanceGold(r: StanceGoldResult): string {
  const f = (n: number, d: number) => (d ? (n / d).toFixed(3) : '–');
  return [
    `Team gold set: ${r.items} sentences with ${r.gold} expected terms (attribution verbs, hedges, boosters, loaded words, intensifiers, negations, quotes, and neutral sentences).`,
    '',
    `- **Term precision ${f(r.correct, r.predicted)}** (${r.correct}/${r.predicted}), recall ${f(r.found, r.gold)} (${r.found}/${r.gold}); a term counts when it overlaps a gold term of the same category.`,
    `- **Voice accuracy ${f(r.voice.correct, r.voice.compared)}** (${r.voice.correct}/${r.voice.compared}) and negation accuracy ${f(r.negation.correct, r.negation.compared)} over the gold terms found.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluateStanceGold();
  console.log(formatStanceGold(r));
  console.log(`\n${r.errors.join('\n')}`);
}
