import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, defineAnalyzer, sourcing, type SourcingSentence } from '../src/index.js';

// The examples in README.md and docs/analyzers.md, kept true.
describe('documented examples', () => {
  it('README: a quote with its speaker and the outlet it came through', () => {
    const text = '“We are ready,” Defense Minister Victor Khrenin said, according to BelTA.';
    const [speaker, outlet] = analyze(text).sentences[0]!.sourcing.attributions;
    expect([speaker!.source.kind, speaker!.source.text, speaker!.cue?.text, speaker!.content.map((c) => c.text)]).toEqual(['named-person', 'Defense Minister Victor Khrenin', 'said', ['We are ready']]);
    expect([outlet!.source.kind, outlet!.source.text, outlet!.cue?.text]).toEqual(['outlet', 'BelTA', 'according to']);
    expect(text.slice(speaker!.source.start!, speaker!.source.end!)).toBe('Defense Minister Victor Khrenin');
  });

  it('README: a custom analyzer composed with sourcing', () => {
    const questions = () => defineAnalyzer({
      id: 'questions',
      analyze: (doc) => ({ sentences: doc.sentences.map((s) => s.text.trimEnd().endsWith('?')), summary: null }),
    });
    const result = createPipeline([sourcing(), questions()]).analyze('Who pays? Officials said the state would.');
    expect(result.sentences.map((s) => s.questions)).toEqual([true, false]);
    expect(result.sentences[1]!.sourcing.attributions).toHaveLength(1);
  });

  it('docs/analyzers.md: the loneAnonymous worked example', () => {
    function loneAnonymous(options: Readonly<{ minWords?: number }> = {}) {
      const minWords = options.minWords ?? 8;
      return defineAnalyzer({
        id: 'loneAnonymous',
        dependsOn: ['sourcing'],
        analyze(doc, context) {
          const sourcingOut = context.dependency<SourcingSentence>('sourcing');
          const sentences = doc.sentences.map((s, i) => {
            const attributions = sourcingOut.sentences[i]!.attributions;
            const words = s.tokenEnd - s.tokenStart;
            return words >= minWords && attributions.length === 1 && attributions[0]!.source.kind === 'anonymous';
          });
          return { sentences, summary: { count: sentences.filter(Boolean).length } };
        },
        toRows: (flagged, sentence) => (flagged ? [{ kind: 'lone-anonymous', start: sentence.start, end: sentence.end, text: sentence.text }] : []),
      });
    }
    const pipeline = createPipeline([sourcing(), loneAnonymous({ minWords: 5 })]);
    const result = pipeline.analyze('Sources said the minister will resign next week.');
    expect(result.sentences[0]!.loneAnonymous).toBe(true);
    expect(result.summary.loneAnonymous).toEqual({ count: 1 });
    expect(pipeline.toRows(result).filter((r) => r.analyzer === 'loneAnonymous')).toHaveLength(1);
  });
});

describe('documented outlet examples', () => {
  it('docs/outlets.md and README: BelTA linked as a state-affiliated source', () => {
    const { sentences, summary } = analyze('This development, as reported by BelTA, marks a shift.');
    expect(sentences[0]!.outlets.mentions[0]).toEqual({
      text: 'BelTA', start: 33, end: 38,
      outlet: { id: 'belta-by', name: 'BelTA', country: 'BY', type: 'state-affiliated' },
      generic: false, stateAffiliated: true, role: 'source',
    });
    expect(summary.outlets).toMatchObject({ mentions: 1, genericMentions: 0, stateAffiliatedSourceShare: 1 });
    const readme = analyze('“We are ready,” Defense Minister Victor Khrenin said, according to BelTA.');
    expect(readme.sentences[0]!.outlets.mentions[0]!.outlet).toEqual({ id: 'belta-by', name: 'BelTA', country: 'BY', type: 'state-affiliated' });
  });
});

describe('documented stance example', () => {
  it('docs/stance.md: a framed sentence', () => {
    const s = analyze('The senator claimed the deeply flawed bill was a disaster.').sentences[0]!.stance;
    expect(s.terms.map((t) => [t.text, t.category, t.voice])).toEqual([
      ['claimed', 'distancing-verb', 'author'], ['deeply', 'intensifier', 'author'], ['flawed', 'loaded', 'author'], ['disaster', 'loaded', 'author'],
    ]);
    expect(s.score).toBe(0.889);
    expect(s.flagged).toBe(true);
  });
});
