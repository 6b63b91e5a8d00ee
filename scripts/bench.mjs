// npm run bench: throughput of the default pipeline and of each stage, as a ratio to raw wink
// readDoc on the same texts in the same run, plus import-and-first-analysis time.
// Texts: the bundled sample and, when present, PolNeAR dev articles (--polnear DIR).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const args = process.argv.slice(2);
const polnearDir = args.includes('--polnear') ? args[args.indexOf('--polnear') + 1] : '../shared/eval/polnear';

// Cold start in a fresh process: import plus the first analysis (model load included).
const cold = execFileSync(process.execPath, ['--input-type=module', '-e', `
  const t0 = performance.now();
  const { analyze } = await import('./dist/index.js');
  const t1 = performance.now();
  analyze('“We are ready,” Mayor Ann Lee said.');
  const t2 = performance.now();
  console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1 }));
`], { encoding: 'utf8' });
const { importMs, firstMs } = JSON.parse(cold);

const { parse, createPipeline, sourcing, outlets, stance, shippedOutlets, defaultPipeline } = await import('../dist/index.js');
const winkNLP = (await import('wink-nlp')).default;
const model = (await import('wink-eng-lite-web-model')).default;
const nlp = winkNLP(model);
// framelens runs wink with only the annotations it reads (src/parse/wink.ts); timed too, for reference.
const nlpLean = winkNLP(model, ['sbd', 'negation', 'pos']);

let texts = [readFileSync('corpus/samples/harbor-bridge.txt', 'utf8')];
const dev = `${polnearDir}/dev.jsonl`;
if (existsSync(dev)) {
  texts = readFileSync(dev, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
} else {
  console.log(`(PolNeAR not found at ${polnearDir}: timing the bundled sample only)`);
}
const tokenCount = texts.reduce((n, t) => n + nlp.readDoc(t).tokens().length(), 0);
const chars = texts.reduce((n, t) => n + t.length, 0);

// Stages are timed in interleaved rounds (each round runs every stage over all texts), so that
// machine noise and JIT warm-up fall on all stages alike and the ratios stay stable.
const sourcingOnly = createPipeline([sourcing()]);
const stanceOnly = createPipeline([stance()]);
// Matching cost must not grow with the gazetteer: the full one against its first 100 records.
const fullGazetteer = shippedOutlets();
const outletsFull = createPipeline([outlets()]);
const outletsSmall = createPipeline([outlets({ gazetteer: fullGazetteer.slice(0, 100).map(({ sources, ...r }) => r) })]);
const stages = [
  ['raw wink readDoc', (t) => nlp.readDoc(t).tokens().out()],
  ['raw wink readDoc, framelens annotations only (sbd, negation, pos)', (t) => nlpLean.readDoc(t).tokens().out()],
  ['parse (framelens Doc)', (t) => parse(t)],
  ['parse + sourcing', (t) => sourcingOnly.analyze(t)],
  [`parse + outlets (${fullGazetteer.length} records)`, (t) => outletsFull.analyze(t)],
  ['parse + outlets (100 records)', (t) => outletsSmall.analyze(t)],
  ['parse + stance', (t) => stanceOnly.analyze(t)],
  ['default pipeline (analyze: outlets + sourcing + stance)', (t) => defaultPipeline().analyze(t)],
];
const elapsed = new Map(stages.map(([label]) => [label, 0]));
// Per round, each stage's time as a ratio to raw wink in the same round: on a shared machine a
// burst of noise hits one round, so the median over rounds is steadier than a ratio of totals.
const perRound = new Map(stages.map(([label]) => [label, []]));
for (const [, fn] of stages) for (const t of texts) fn(t); // warm up
const rounds = Number(args.includes('--rounds') ? args[args.indexOf('--rounds') + 1] : 8);
for (let r = 0; r < rounds; r++) {
  const times = new Map();
  for (const [label, fn] of stages) {
    globalThis.gc?.();
    const start = performance.now();
    for (const t of texts) fn(t);
    const ms = performance.now() - start;
    times.set(label, ms);
    elapsed.set(label, elapsed.get(label) + ms);
  }
  const wink = times.get(stages[0][0]);
  for (const [label] of stages) perRound.get(label).push(wink / times.get(label));
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rows = stages.map(([label]) => ({ label, tokensPerSecond: (tokenCount * rounds) / (elapsed.get(label) / 1000), ratios: perRound.get(label) }));
const winkRaw = rows[0];

console.log(`\nTexts: ${texts.length} documents, ${tokenCount} tokens, ${chars} characters; Node ${process.version}; ${rounds} rounds\n`);
console.log('| stage | tokens/s | ratio to raw wink (of totals) | median ratio per round (min–max) |');
console.log('|---|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.label} | ${Math.round(r.tokensPerSecond).toLocaleString('en-US')} | ${(r.tokensPerSecond / winkRaw.tokensPerSecond).toFixed(2)} | ${median(r.ratios).toFixed(2)} (${Math.min(...r.ratios).toFixed(2)}–${Math.max(...r.ratios).toFixed(2)}) |`);
}
console.log(`\nImport: ${importMs.toFixed(0)} ms; first analysis (model load included): ${firstMs.toFixed(0)} ms; together ${(importMs + firstMs).toFixed(0)} ms`);
const peak = process.memoryUsage();
console.log(`Memory after the run: rss ${(peak.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(peak.heapUsed / 2 ** 20).toFixed(0)} MiB`);

// Time must grow linearly with the text, also where a sentence runs on without a full stop and
// holds thousands of cues. Each text is timed at n and 4n repeats of a unit (best of two runs): a
// ratio near 4 is linear, near 16 quadratic.
const analyzeAll = defaultPipeline();
const units = [
  ['articles (the bundled sample, paragraphs)', readFileSync(new URL('../corpus/samples/harbor-bridge.txt', import.meta.url), 'utf8') + '\n\n', 40],
  ['one sentence of many reports ("While the mayor said … and")', 'While the mayor said the bridge was old the council said it was new and ', 1000],
  ['one sentence of unstated reports ("questions about … and")', 'questions about the toll and calls for a ban and the mayor issued a statement and ', 1000],
  ['one sentence of nested thoughts ("He said she thinks …")', 'He said she thinks they want that he believes ', 1000],
];
const best = (text) => {
  let ms = Infinity;
  for (let r = 0; r < 2; r++) {
    globalThis.gc?.();
    const start = performance.now();
    analyzeAll.analyze(text);
    ms = Math.min(ms, performance.now() - start);
  }
  return ms;
};
console.log('\n| text | characters at n | ms at n | ms at 4n | ratio (linear = 4) |');
console.log('|---|---:|---:|---:|---:|');
for (const [label, unit, n] of units) {
  const small = unit.repeat(n);
  const large = unit.repeat(4 * n);
  best(small);
  const a = best(small);
  const b = best(large);
  console.log(`| ${label} | ${small.length.toLocaleString('en-US')} | ${a.toFixed(0)} | ${b.toFixed(0)} | ${(b / a).toFixed(1)} |`);
}
