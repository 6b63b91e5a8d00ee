// npm run eval [-- --polnear DIR] [--split dev|train] [--no-write]
// Accuracy of the built-in analyzers on real annotated data (PolNeAR, read from ../shared) and on
// the team's gold set (corpus/gold). Writes the figures into docs/evaluation.md between markers.
// PolNeAR is optional: absent, it is skipped with a message. Report on dev; tune on train only.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { evaluateGold, formatGold } from './eval-gold.js';
import { evaluateOutletsGold, formatOutletsGold } from './eval-outlets.js';
import { evaluateBabe, formatBabe } from './eval-babe.js';
import { evaluateStanceGold, formatStanceGold } from './eval-stance.js';
import { DEFAULT_STANCE_THRESHOLD } from '../src/index.js';
import { evaluatePolnear, formatPolnear } from './eval-polnear.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? fallback : fallback);
const polnearDir = option('--polnear', '../shared/eval/polnear');
const split = option('--split', 'dev');
const write = !args.includes('--no-write');

const sections: Record<string, string> = {};

const gold = evaluateGold();
sections.gold = formatGold(gold);
console.log(`${sections.gold}\n`);

sections.outlets = formatOutletsGold(evaluateOutletsGold());
console.log(`${sections.outlets}\n`);

const file = `${polnearDir}/${split}.jsonl`;
if (existsSync(file)) {
  const polnear = evaluatePolnear(file, split)!;
  sections.polnear = formatPolnear(polnear);
  console.log(`${sections.polnear}\n`);
} else {
  console.log(`PolNeAR not found at ${file}: skipped (pass --polnear DIR to point at it).\n`);
}

sections.stance = formatStanceGold(evaluateStanceGold());
console.log(`${sections.stance}\n`);

const babeFile = option('--babe', '../shared/eval/babe/babe-sg2-dev.jsonl');
const babe = evaluateBabe(babeFile, DEFAULT_STANCE_THRESHOLD);
if (babe) {
  sections.babe = formatBabe(babe);
  console.log(`${sections.babe}\n`);
} else {
  console.log(`BABE not found at ${babeFile}: skipped (pass --babe FILE).\n`);
}

if (write && split === 'dev') {
  const path = 'docs/evaluation.md';
  let doc = readFileSync(path, 'utf8');
  for (const [name, body] of Object.entries(sections)) {
    const start = `<!-- eval:${name}:start -->`;
    const end = `<!-- eval:${name}:end -->`;
    const a = doc.indexOf(start);
    const b = doc.indexOf(end);
    if (a < 0 || b < 0) throw new Error(`${path} lacks the markers ${start} … ${end}`);
    doc = `${doc.slice(0, a + start.length)}\n${body}\n${doc.slice(b)}`;
  }
  writeFileSync(path, doc);
  console.log(`Wrote ${Object.keys(sections).join(' and ')} figures to ${path}`);
}
