import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGold } from '../../../scripts/eval-gold.js';
import { evaluatePolnear } from '../../../scripts/eval-polnear.js';
import { prf } from '../../../scripts/lib/spans.js';

// Regression thresholds: a little below what `npm run eval` reached (docs/evaluation.md), so a
// change that loses accuracy fails here instead of passing silently.
describe('sourcing accuracy', () => {
  it('keeps source-kind accuracy on the team gold set', () => {
    const r = evaluateGold(fileURLToPath(new URL('../../../corpus/gold/sourcing.jsonl', import.meta.url)));
    expect(r.gold).toBeGreaterThanOrEqual(150);
    expect(r.kindCorrect / r.gold).toBeGreaterThanOrEqual(0.97);
    expect(r.detected / r.gold).toBeGreaterThanOrEqual(0.95);
    expect(r.detected / r.predicted).toBeGreaterThanOrEqual(0.95);
  });

  const dev = fileURLToPath(new URL('../../../../shared/eval/polnear/dev.jsonl', import.meta.url));
  it.skipIf(!existsSync(dev))('keeps lenient F1 on PolNeAR dev (skipped when ../shared is absent)', () => {
    const r = evaluatePolnear(dev, 'dev')!;
    const f1 = Object.fromEntries(r.rows.map((row) => [row.part, prf(row.lenient).f1]));
    expect(f1.source).toBeGreaterThanOrEqual(0.765);
    expect(f1.cue).toBeGreaterThanOrEqual(0.755);
    expect(f1.content).toBeGreaterThanOrEqual(0.835);
  });
});
