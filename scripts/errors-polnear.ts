/**
 * Error analysis for the sourcing analyzer on a PolNeAR split: the most frequent missed gold cues
 * and false-positive cues, by lower-cased cue text. For tuning on train; never on dev.
 *   npx tsx scripts/errors-polnear.ts [split] [dir] [limit] [top]
 */
import { existsSync, readFileSync } from 'node:fs';
import { analyze, type Attribution } from '../src/index.js';
import { overlaps } from './lib/spans.js';

const split = process.argv[2] ?? 'train';
const dir = process.argv[3] ?? '../shared/eval/polnear';
const limit = Number(process.argv[4] ?? Infinity);
const top = Number(process.argv[5] ?? 40);
const file = `${dir}/${split}.jsonl`;
if (split === 'dev') console.error('note: error analysis on dev is for reporting only; tune on train.');
if (!existsSync(file)) {
  console.log(`PolNeAR not found at ${dir}; skipped`);
  process.exit(0);
}
interface G { start: number; end: number; text: string }
const missed = new Map<string, { n: number; example: string }>();
const falsePos = new Map<string, { n: number; example: string }>();
const bump = (m: Map<string, { n: number; example: string }>, key: string, example: string) => {
  const e = m.get(key) ?? { n: 0, example };
  e.n++;
  m.set(key, e);
};
let docs = 0;
for (const line of readFileSync(file, 'utf8').split('\n')) {
  if (!line.trim() || docs >= limit) continue;
  docs++;
  const rec = JSON.parse(line) as { text: string; attributions: { cue: G[] | null; source: G[] | null }[] };
  const seen = new Map<number, Attribution>();
  for (const s of analyze(rec.text).sentences) for (const a of s.sourcing.attributions) seen.set(a.id, a);
  const cues = [...seen.values()].flatMap((a) => (a.cue ? [a.cue] : []));
  const gold = rec.attributions.flatMap((a) => a.cue ?? []);
  const context = (s: G) => rec.text.slice(Math.max(0, s.start - 60), s.end + 60).replace(/\s+/g, ' ');
  for (const g of gold) if (!cues.some((c) => overlaps(c, g))) bump(missed, g.text.toLowerCase(), context(g));
  for (const c of cues) if (!gold.some((g) => overlaps(c, g))) bump(falsePos, c.text.toLowerCase(), context(c));
}
const show = (title: string, m: Map<string, { n: number; example: string }>) => {
  const total = [...m.values()].reduce((a, b) => a + b.n, 0);
  console.log(`\n## ${title} (${total})`);
  for (const [k, v] of [...m.entries()].sort((a, b) => b[1].n - a[1].n).slice(0, top)) console.log(`${String(v.n).padStart(4)}  ${k}  | ${v.example}`);
};
show('missed gold cues', missed);
show('false-positive cues', falsePos);
