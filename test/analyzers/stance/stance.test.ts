import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, FramelensError, stance, validateStanceEntries } from '../../../src/index.js';
import { expectExactSpans } from '../../helpers.js';

const terms = (text: string, pipeline = createPipeline([stance()])) => {
  const analysis = pipeline.analyze(text);
  expectExactSpans(text, analysis);
  return analysis.sentences.flatMap((s) => s.stance.terms.map((t) => [t.text, t.category, t.voice, t.negated]));
};

describe('stance: terms', () => {
  it('finds distancing verbs, intensifiers and loaded words, matched on lemmas', () => {
    expect(terms('The senator claims the deeply flawed bill is a disaster.')).toEqual([
      ['claims', 'distancing-verb', 'author', false],
      ['deeply', 'intensifier', 'author', false],
      ['flawed', 'loaded', 'author', false],
      ['disaster', 'loaded', 'author', false],
    ]);
  });

  it('treats plain said and told as neutral', () => {
    expect(terms('Officials said the road was closed and told drivers to wait.')).toEqual([]);
  });

  it('leaves descriptive event words out of loaded, and marks partisan labels', () => {
    expect(terms('Two soldiers were killed and 40 people were arrested after the attack.')).toEqual([]);
    expect(terms('The council approved the budget and the team won the final.')).toEqual([]);
    expect(terms('The senator called the death tax a power grab.').map((t) => [t[0], t[1]])).toEqual([
      ['death tax', 'loaded'],
      ['power grab', 'loaded'],
    ]);
  });

  it('reads modal hedges only as modals', () => {
    expect(terms('The bridge may reopen in May.').map((t) => [t[0], t[1]])).toEqual([['may', 'hedge']]);
  });

  it('matches multi-word and hyphenated terms', () => {
    expect(terms('It was a calculated gamble by the so-called reformers.').map((t) => t[0])).toEqual(['calculated gamble', 'so-called']);
    expect(terms('It is believed the ship sank.').map((t) => [t[0], t[1]])).toEqual([['It is believed', 'hedge']]);
  });

  it('tells the author’s voice from a quoted source’s', () => {
    expect(terms('“This is a disgraceful scheme,” she said.')).toEqual([
      ['disgraceful', 'loaded', 'quoted', false],
      ['scheme', 'loaded', 'quoted', false],
    ]);
  });

  it('marks negated terms, which then add nothing to the score', () => {
    const analysis = createPipeline([stance()]).analyze('He did not admit it. She was not clearly wrong.');
    expect(analysis.sentences.map((s) => s.stance.terms.map((t) => [t.text, t.negated]))).toEqual([[['admit', true]], [['clearly', true], ['wrong', true]]]);
    expect(analysis.sentences[0]!.stance.score).toBe(0);
  });

  it('uses distancing verbs only as verbs', () => {
    expect(terms('The claim was rejected.').filter((t) => t[1] === 'distancing-verb')).toEqual([]);
  });
});

describe('stance: score, flag and summary', () => {
  it('flags sentences whose author-voice framing passes the threshold, explained by their terms', () => {
    const analysis = analyze('The senator claimed the deeply flawed bill was a disaster. The bill passed on Tuesday.');
    expect(analysis.sentences.map((s) => s.stance.flagged)).toEqual([true, false]);
    expect(analysis.summary.stance.topSentences[0]).toMatchObject({ index: 0, terms: ['claimed', 'deeply', 'flawed', 'disaster'] });
    expect(analysis.summary.stance.counts['distancing-verb']).toEqual({ author: 1, quoted: 0 });
  });

  it('lets users add, remove and re-weight entries, with validation', () => {
    const custom = createPipeline([stance({ add: [{ term: 'junta', category: 'loaded', weight: 1 }], remove: ['disaster'] })]);
    expect(terms('The junta called it a disaster.', custom).map((t) => t[0])).toEqual(['junta']);
    const quiet = createPipeline([stance({ categoryWeights: { loaded: 0 } })]);
    expect(quiet.analyze('A disgraceful, shameful scheme.').sentences[0]!.stance.score).toBe(0);
    expect(() => validateStanceEntries([{ term: 'x', category: 'spin', weight: 1 }])).toThrow(/\[0\]\.category: category must be one of/);
    expect(() => stance({ add: [{ term: 'x', category: 'loaded', weight: 3 }] })).toThrow(/\[0\]\.weight: weight must be from 0 to 1/);
    expect(() => stance({ threshold: 2 })).toThrow(FramelensError);
    expect(() => stance({ categoryWeights: { sarcasm: 1 } as never })).toThrow(/unknown category "sarcasm"/);
  });
});
