import { readFileSync } from 'node:fs';
import { overlaps } from './lib/spans.js';
import { analyze } from '../src/index.js';

interface GoldMention { text: string; start: number; end: number; outlet: string | null; generic: boolean; stateAffiliated?: boolean; role: string }
interface GoldRecord { id: string; text: string; mentions: GoldMention[] }

export interface OutletsGoldResult {
  items: number;
  linked: { predicted: number; correct: number; gold: number; found: number };
  generic: { predicted: number; correct: number; gold: number; found: number };
  roles: { compared: number; correct: number };
  errors: string[];
}


/**
 * Linked-mention precision and recall (a mention counts when it overlaps a gold mention and links
 * to the same record), generic-mention precision and recall, and role accuracy over the gold
 * mentions that were found.
 */
export function evaluateOutletsGold(file = 'corpus/gold/outlets.jsonl'): OutletsGoldResult {
  const records = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GoldRecord);
  const r: OutletsGoldResult = { items: records.length, linked: { predicted: 0, correct: 0, gold: 0, found: 0 }, generic: { predicted: 0, correct: 0, gold: 0, found: 0 }, roles: { compared: 0, correct: 0 }, errors: [] };
  for (const record of records) {
    const analysis = analyze(record.text);
    const predicted = analysis.sentences.flatMap((s) => s.outlets.mentions);
    for (const p of predicted) {
      const bucket = p.generic ? r.generic : r.linked;
      bucket.predicted++;
      const g = record.mentions.find((m) => overlaps(m, p) && m.generic === p.generic && (p.generic || m.outlet === p.outlet?.id));
      if (g) bucket.correct++;
      else r.errors.push(`${record.id}: extra ${p.generic ? 'generic' : p.outlet?.id} "${p.text}"`);
    }
    for (const g of record.mentions) {
      const bucket = g.generic ? r.generic : r.linked;
      bucket.gold++;
      const p = predicted.find((m) => overlaps(m, g) && m.generic === g.generic && (g.generic || m.outlet?.id === g.outlet));
      if (!p) {
        r.errors.push(`${record.id}: missed ${g.generic ? 'generic' : g.outlet} "${g.text}"`);
        continue;
      }
      bucket.found++;
      r.roles.compared++;
      if (p.role === g.role) r.roles.correct++;
      else r.errors.push(`${record.id}: role of "${g.text}" gold ${g.role}, got ${p.role}`);
    }
  }
  return r;
}

export function formatOutletsGold(r: OutletsGoldResult): string {
  const f = (n: number, d: number) => (d ? (n / d).toFixed(3) : '–');
  return [
    `Team gold set: ${r.items} sentences (outlet mentions, generic references, look-alikes and sentences with none).`,
    '',
    '| mentions | precision | recall | predicted | gold |',
    '|---|---:|---:|---:|---:|',
    `| linked to a record | ${f(r.linked.correct, r.linked.predicted)} | ${f(r.linked.found, r.linked.gold)} | ${r.linked.predicted} | ${r.linked.gold} |`,
    `| generic ("state media") | ${f(r.generic.correct, r.generic.predicted)} | ${f(r.generic.found, r.generic.gold)} | ${r.generic.predicted} | ${r.generic.gold} |`,
    '',
    `Role accuracy (source / venue / subject) over the ${r.roles.compared} gold mentions found: **${f(r.roles.correct, r.roles.compared)}**.`,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = evaluateOutletsGold();
  console.log(formatOutletsGold(r));
  console.log(`\n${r.errors.join('\n')}`);
}
