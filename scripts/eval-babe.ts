import { existsSync, readFileSync } from 'node:fs';
import { createPipeline, DEFAULT_STANCE_THRESHOLD, stance, type StanceCategory, STANCE_CATEGORIES } from '../src/index.js';

// BABE (Spinde et al. 2021) is AGPL-3.0: read here for evaluation only. Nothing derived from it
// ships; the one value chosen on it is the flagging threshold (DEFAULT_STANCE_THRESHOLD).

interface BabeRecord { sentence: string; label: string }

export interface BabeResult {
  sentences: number;
  threshold: number;
  macroF1: number;
  perClass: { label: string; precision: number; recall: number; f1: number }[];
  ablation: { category: string; macroF1: number }[];
  sweep: { threshold: number; macroF1: number }[];
}

function scores(records: BabeRecord[], factors?: Partial<Record<StanceCategory, number>>): number[] {
  const pipeline = createPipeline([stance({ threshold: 1, ...(factors ? { categoryWeights: factors } : {}) })]);
  // A sentence of BABE may be cut into several by the parser: take the highest score.
  return records.map((r) => Math.max(0, ...pipeline.analyze(r.sentence).sentences.map((s) => s.stance.score)));
}

function evaluate(records: BabeRecord[], s: number[], threshold: number) {
  const classes = ['biased', 'non-biased'];
  const perClass = classes.map((label) => {
    let tp = 0, fp = 0, fn = 0;
    records.forEach((r, k) => {
      const predicted = s[k]! >= threshold && s[k]! > 0 ? 'biased' : 'non-biased';
      if (predicted === label && r.label === label) tp++;
      else if (predicted === label) fp++;
      else if (r.label === label) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    return { label, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  });
  return { perClass, macroF1: perClass.reduce((a, c) => a + c.f1, 0) / perClass.length };
}

export function evaluateBabe(file: string, threshold: number): BabeResult | null {
  if (!existsSync(file)) return null;
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as BabeRecord).filter((r) => r.label === 'biased' || r.label === 'non-biased');
  const all = scores(records);
  const main = evaluate(records, all, threshold);
  const sweep = [...new Set([0.3, 0.5, 0.55, 0.6, 0.64, 0.66, 0.68, threshold, 0.7, 0.75, 0.8, 0.9])].sort((a, b) => a - b).map((t) => ({ threshold: t, macroF1: evaluate(records, all, t).macroF1 }));
  const ablation = STANCE_CATEGORIES.map((category) => {
    const s = scores(records, { [category]: 0 });
    return { category, macroF1: evaluate(records, s, threshold).macroF1 };
  });
  return { sentences: records.length, threshold, macroF1: main.macroF1, perClass: main.perClass, ablation, sweep };
}

export function formatBabe(r: BabeResult): string {
  const f = (x: number) => x.toFixed(3);
  return [
    `BABE (SG2, the dev part in ../shared): ${r.sentences} sentences labelled biased or non-biased; threshold ${r.threshold}.`,
    '',
    `**Macro-F1 of \`flagged\`: ${f(r.macroF1)}**`,
    '',
    '| class | precision | recall | F1 |',
    '|---|---:|---:|---:|',
    ...r.perClass.map((c) => `| ${c.label} | ${f(c.precision)} | ${f(c.recall)} | ${f(c.f1)} |`),
    '',
    'Ablation: macro-F1 with one category switched off (weight 0), same threshold:',
    '',
    '| without | macro-F1 | change |',
    '|---|---:|---:|',
    ...r.ablation.map((a) => `| ${a.category} | ${f(a.macroF1)} | ${(a.macroF1 - r.macroF1 >= 0 ? '+' : '') + f(a.macroF1 - r.macroF1)} |`),
    '',
    'Threshold sweep (the default was chosen here; nothing else is fitted to BABE):',
    '',
    `| threshold | ${r.sweep.map((s) => s.threshold).join(' | ')} |`,
    `|---|${r.sweep.map(() => '---:').join('|')}|`,
    `| macro-F1 | ${r.sweep.map((s) => f(s.macroF1)).join(' | ')} |`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluateBabe(process.argv[2] ?? '../shared/eval/babe/babe-sg2-dev.jsonl', Number(process.argv[3] ?? DEFAULT_STANCE_THRESHOLD));
  console.log(r ? formatBabe(r) : 'BABE not found; skipped');
}
