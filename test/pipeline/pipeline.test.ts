import { describe, expect, it } from 'vitest';
import { analyze, analyzeMany, createPipeline, defineAnalyzer, FramelensError, sourcing, toRows } from '../../src/index.js';

const wordCount = () =>
  defineAnalyzer({
    id: 'words',
    analyze: (doc) => {
      const sentences = doc.sentences.map((s) => ({ count: s.tokenEnd - s.tokenStart }));
      return { sentences, summary: { total: sentences.reduce((n, s) => n + s.count, 0) } };
    },
    toRows: (result, sentence) => [{ kind: 'count', start: sentence.start, end: sentence.end, text: sentence.text, count: result.count }],
  });

const doubled = () =>
  defineAnalyzer({
    id: 'doubled',
    dependsOn: ['words'],
    analyze: (doc, context) => {
      const words = context.dependency<{ count: number }, { total: number }>('words');
      return { sentences: words.sentences.map((s) => s.count * 2), summary: words.summary.total * 2 };
    },
  });

describe('createPipeline', () => {
  it('puts each analyzer’s result under its id on every sentence and in the summary', () => {
    const analysis = createPipeline([wordCount()]).analyze('One two. Three four five.');
    expect(analysis.sentences.map((s) => s.words.count)).toEqual([3, 4]);
    expect(analysis.summary.words.total).toBe(7);
    expect(Object.keys(analysis.sentences[0]!)).toEqual(['index', 'start', 'end', 'text', 'paragraph', 'words']);
  });

  it('runs dependencies first, whatever order they are given in', () => {
    const pipeline = createPipeline([doubled(), wordCount()]);
    expect(pipeline.analyzers.map((a) => a.id)).toEqual(['words', 'doubled']);
    const analysis = pipeline.analyze('One two.');
    expect(analysis.sentences[0]!.doubled).toBe(6);
    expect(analysis.summary.doubled).toBe(6);
  });

  it('reports a missing dependency, a duplicate id, a cycle and a factory passed uncalled', () => {
    expect(() => createPipeline([doubled()])).toThrow(/depends on "words", which is not in the pipeline/);
    expect(() => createPipeline([wordCount(), wordCount()])).toThrow(/two analyzers have the id "words"/);
    const a = defineAnalyzer({ id: 'a', dependsOn: ['b'], analyze: (doc) => ({ sentences: doc.sentences, summary: null }) });
    const b = defineAnalyzer({ id: 'b', dependsOn: ['a'], analyze: (doc) => ({ sentences: doc.sentences, summary: null }) });
    expect(() => createPipeline([a, b])).toThrow(/dependency cycle a → b → a/);
    expect(() => createPipeline([sourcing as never])).toThrow(/did you pass the factory without calling it/);
    try {
      createPipeline([doubled()]);
    } catch (error) {
      expect(error).toBeInstanceOf(FramelensError);
      expect((error as FramelensError).code).toBe('ERR_PIPELINE');
    }
  });

  it('rejects analyzers that break the contract, with the analyzer named', () => {
    const short = defineAnalyzer({ id: 'short', analyze: () => ({ sentences: [], summary: null }) });
    expect(() => createPipeline([short]).analyze('One. Two.')).toThrow(/Analyzer "short" must return .* one result per sentence \(2\)/);
    const failing = defineAnalyzer({ id: 'failing', analyze: () => { throw new Error('boom'); } });
    expect(() => createPipeline([failing]).analyze('One.')).toThrow(/Analyzer "failing" failed: boom/);
    const sneaky = defineAnalyzer({ id: 'sneaky', analyze: (doc, ctx) => { ctx.dependency('words'); return { sentences: doc.sentences, summary: null }; } });
    expect(() => createPipeline([wordCount(), sneaky]).analyze('One.')).toThrow(/without declaring it in dependsOn/);
  });

  it('validates analyzer definitions', () => {
    expect(() => defineAnalyzer({ id: 'Bad Id', analyze: () => ({ sentences: [], summary: null }) })).toThrow(/id must be a word/);
    expect(() => defineAnalyzer({ id: 'text', analyze: () => ({ sentences: [], summary: null }) })).toThrow(/id must be/);
    expect(() => defineAnalyzer({ id: 'x' } as never)).toThrow(/needs an analyze/);
  });

  it('produces JSON-serialisable results', () => {
    const analysis = analyze('“We are ready,” Defense Minister Victor Khrenin said, according to BelTA.');
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
  });

  it('does not change the input or the parsed document', () => {
    const pipeline = createPipeline([wordCount(), sourcing()]);
    const text = 'Officials said the bridge will reopen in May.';
    const copy = `${text}`;
    pipeline.analyze(text);
    expect(text).toBe(copy);
  });
});

describe('analyzeMany', () => {
  it('streams analyses in order from a sync iterable, with ids', async () => {
    const ids: string[] = [];
    for await (const analysis of analyzeMany(['One said so.', { id: 'b', text: 'Two.' }, { id: 3, text: '' }])) ids.push(analysis.id!);
    expect(ids).toEqual(['0', 'b', '3']);
  });

  it('reads an async iterable lazily, one document at a time', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 5; i++) {
        pulled++;
        yield `Document ${i} said nothing.`;
      }
    }
    const stream = createPipeline([wordCount()]).analyzeMany(source());
    const first = await stream.next();
    expect(first.value?.id).toBe('0');
    expect(pulled).toBe(1);
    let rest = 0;
    for await (const _ of stream) rest++;
    expect(rest).toBe(4);
  });

  it('rejects a bad document with its position', async () => {
    const run = async () => {
      for await (const _ of analyzeMany(['fine', 7 as never])) void _;
    };
    await expect(run()).rejects.toThrow(/document 1 must be a string or \{ id, text \}/);
    await expect(analyzeMany('text' as never).next()).rejects.toThrow(/iterable/);
  });
});

describe('toRows', () => {
  it('flattens one row per attribution with the sentence index and offsets', () => {
    const text = 'Officials said the bridge will reopen. “It is safe,” Mayor Ann Lee said.';
    const rows = toRows(analyze(text)).filter((r) => r.analyzer === 'sourcing');
    expect(rows.map((r) => [r.analyzer, r.kind, r.sentence, r.sourceKind, r.text])).toEqual([
      ['sourcing', 'attribution', 0, 'vague', 'Officials'],
      ['sourcing', 'attribution', 1, 'named-person', 'Mayor Ann Lee'],
    ]);
    for (const row of rows) expect(text.slice(row.start, row.end)).toBe(row.text);
  });

  it('uses custom analyzers’ row views through the pipeline', () => {
    const pipeline = createPipeline([wordCount()]);
    const rows = pipeline.toRows(pipeline.analyze('One two. Three.'));
    expect(rows.map((r) => [r.analyzer, r.sentence, r.count])).toEqual([['words', 0, 3], ['words', 1, 2]]);
  });
});
