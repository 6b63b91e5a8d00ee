import { describe, expectTypeOf, it } from 'vitest';
import { analyze, type Attribution, createPipeline, defineAnalyzer, sourcing, type SourcingSummary } from '../../src/index.js';

const custom = () =>
  defineAnalyzer({
    id: 'shout',
    analyze: (doc) => ({ sentences: doc.sentences.map((s) => s.text.toUpperCase()), summary: { count: doc.sentences.length } }),
  });

describe('pipeline types', () => {
  it('has exactly the pipeline’s analyzers on every sentence and in the summary', () => {
    const analysis = createPipeline([sourcing(), custom()]).analyze('x');
    const sentence = analysis.sentences[0]!;
    expectTypeOf(sentence.shout).toEqualTypeOf<string>();
    expectTypeOf(sentence.sourcing.attributions).toEqualTypeOf<readonly Attribution[]>();
    expectTypeOf(analysis.summary.shout).toEqualTypeOf<{ count: number }>();
    expectTypeOf(analysis.summary.sourcing).toEqualTypeOf<SourcingSummary>();
  });

  it('makes an analyzer that is not in the pipeline a compile error', () => {
    const analysis = createPipeline([custom()]).analyze('x');
    // @ts-expect-error sourcing is not in this pipeline
    void analysis.sentences[0]!.sourcing;
    // @ts-expect-error nor in the summary
    void analysis.summary.sourcing;
  });

  it('types the default analysis', () => {
    expectTypeOf(analyze('x').summary.sourcing.score).toEqualTypeOf<number | null>();
  });
});
