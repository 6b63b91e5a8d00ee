import { FramelensError, InputTypeError, describe } from '../errors.js';
import { parse } from '../parse/parse.js';
import type { Doc } from '../parse/types.js';
import type {
  Analysis,
  AnalyzedSentence,
  AnalyzerContext,
  AnalyzerOutput,
  AnyAnalyzer,
  DocumentInput,
  Row,
} from './types.js';

export interface Pipeline<TAnalyzers extends readonly AnyAnalyzer[]> {
  /** The analyzers in the order they run (dependencies first). */
  readonly analyzers: readonly AnyAnalyzer[];
  /** Parses and analyzes one text. */
  analyze(text: string): Analysis<TAnalyzers>;
  /** Analyzes a document that was already parsed with `parse`. */
  analyzeDoc(doc: Doc, id?: string): Analysis<TAnalyzers>;
  /** Streams analyses of many documents, one at a time, in input order. */
  analyzeMany(documents: Iterable<DocumentInput> | AsyncIterable<DocumentInput>): AsyncGenerator<Analysis<TAnalyzers>>;
  /** One flat row per item that the pipeline's analyzers report. */
  toRows(analysis: Analysis<TAnalyzers>): Row[];
}

/**
 * Composes analyzers into a pipeline. The result type has exactly the analyzers' ids as keys on
 * every sentence and in the summary.
 *
 * @param analyzers - analyzers made by `defineAnalyzer` (built-in or your own)
 * @returns a pipeline; throws a `FramelensError` (ERR_PIPELINE) for a duplicate id, a missing
 *   dependency or a dependency cycle
 * @example
 * const pipeline = createPipeline([outlets(), sourcing()]);
 * pipeline.analyze('Reuters reported the deal.').sentences[0].sourcing.attributions.length //=> 1
 */
export function createPipeline<const TAnalyzers extends readonly AnyAnalyzer[]>(analyzers: TAnalyzers): Pipeline<TAnalyzers> {
  if (!Array.isArray(analyzers)) {
    throw new FramelensError('ERR_PIPELINE', `createPipeline() expects an array of analyzers, received ${describe(analyzers)}`);
  }
  const byId = new Map<string, AnyAnalyzer>();
  for (const [i, analyzer] of analyzers.entries()) {
    if (!analyzer || typeof analyzer !== 'object' || analyzer.type !== 'analyzer') {
      throw new FramelensError(
        'ERR_PIPELINE',
        `createPipeline(): item ${i} is not an analyzer (received ${describe(analyzer)}); did you pass the factory without calling it, e.g. sourcing instead of sourcing()?`,
      );
    }
    if (byId.has(analyzer.id)) throw new FramelensError('ERR_PIPELINE', `createPipeline(): two analyzers have the id "${analyzer.id}"`);
    byId.set(analyzer.id, analyzer);
  }
  const ordered = order(analyzers, byId);
  const outputOrder = analyzers.map((a) => a.id);

  const analyzeDoc = (doc: Doc, id?: string): Analysis<TAnalyzers> => {
    const outputs = new Map<string, AnalyzerOutput>();
    for (const analyzer of ordered) {
      const context: AnalyzerContext = {
        dependency<S, T>(dependencyId: string): AnalyzerOutput<S, T> {
          if (!analyzer.dependsOn.includes(dependencyId)) {
            throw new FramelensError('ERR_ANALYZER', `Analyzer "${analyzer.id}" read "${dependencyId}" without declaring it in dependsOn`);
          }
          return outputs.get(dependencyId) as AnalyzerOutput<S, T>;
        },
        optionalDependency<S, T>(dependencyId: string): AnalyzerOutput<S, T> | undefined {
          if (!analyzer.optionalDependsOn.includes(dependencyId) && !analyzer.dependsOn.includes(dependencyId)) {
            throw new FramelensError('ERR_ANALYZER', `Analyzer "${analyzer.id}" read "${dependencyId}" without declaring it in optionalDependsOn`);
          }
          return outputs.get(dependencyId) as AnalyzerOutput<S, T> | undefined;
        },
      };
      let output: AnalyzerOutput;
      try {
        output = analyzer.analyze(doc, context);
      } catch (error) {
        if (error instanceof FramelensError) throw error;
        throw new FramelensError('ERR_ANALYZER', `Analyzer "${analyzer.id}" failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
      }
      if (!output || !Array.isArray(output.sentences) || output.sentences.length !== doc.sentences.length) {
        throw new FramelensError(
          'ERR_ANALYZER',
          `Analyzer "${analyzer.id}" must return { sentences, summary } with one result per sentence (${doc.sentences.length}); received ${output && Array.isArray(output.sentences) ? output.sentences.length : describe(output)}`,
        );
      }
      outputs.set(analyzer.id, output);
    }
    const sentences = doc.sentences.map((s, i) => {
      const sentence: Record<string, unknown> = { index: s.index, start: s.start, end: s.end, text: s.text, paragraph: s.paragraph };
      for (const key of outputOrder) sentence[key] = outputs.get(key)!.sentences[i];
      return sentence;
    });
    const summary: Record<string, unknown> = {};
    for (const key of outputOrder) summary[key] = outputs.get(key)!.summary;
    const analysis: Record<string, unknown> = { schemaVersion: 1 };
    if (id !== undefined) analysis.id = id;
    analysis.sentences = sentences;
    analysis.summary = summary;
    return analysis as unknown as Analysis<TAnalyzers>;
  };

  const analyze = (text: string): Analysis<TAnalyzers> => {
    if (typeof text !== 'string') throw new InputTypeError(text, 'analyze');
    return analyzeDoc(parse(text));
  };

  async function* analyzeMany(documents: Iterable<DocumentInput> | AsyncIterable<DocumentInput>): AsyncGenerator<Analysis<TAnalyzers>> {
    if (!documents || (typeof (documents as AsyncIterable<unknown>)[Symbol.asyncIterator] !== 'function' &&
      typeof (documents as Iterable<unknown>)[Symbol.iterator] !== 'function') || typeof documents === 'string') {
      throw new FramelensError('ERR_INPUT_TYPE', `analyzeMany() expects an iterable or async iterable of texts, received ${describe(documents)}`);
    }
    let n = 0;
    for await (const input of documents as AsyncIterable<DocumentInput>) {
      if (typeof input === 'string') yield analyzeDoc(parse(input), String(n));
      else if (input && typeof input === 'object' && typeof input.text === 'string') {
        yield analyzeDoc(parse(input.text), input.id === undefined ? String(n) : String(input.id));
      } else {
        throw new FramelensError('ERR_INPUT_TYPE', `analyzeMany(): document ${n} must be a string or { id, text }, received ${describe(input)}`);
      }
      n++;
    }
  }

  const toRows = (analysis: Analysis<TAnalyzers>): Row[] => rowsOf(analysis, ordered);

  return Object.freeze({ analyzers: Object.freeze(ordered), analyze, analyzeDoc, analyzeMany, toRows });
}

/** Rows of an analysis, using the row views of the given analyzers. */
export function rowsOf(analysis: Analysis<readonly AnyAnalyzer[]>, analyzers: readonly AnyAnalyzer[]): Row[] {
  const rows: Row[] = [];
  for (const sentence of analysis.sentences as readonly AnalyzedSentence<readonly AnyAnalyzer[]>[]) {
    for (const analyzer of analyzers) {
      const result = (sentence as Record<string, unknown>)[analyzer.id];
      if (result === undefined || !analyzer.toRows) continue;
      for (const row of analyzer.toRows(result, sentence)) {
        rows.push({ analyzer: analyzer.id, sentence: sentence.index, ...row } as Row);
      }
    }
  }
  return rows;
}

/** Dependencies first, otherwise in the order given. */
function order(analyzers: readonly AnyAnalyzer[], byId: Map<string, AnyAnalyzer>): AnyAnalyzer[] {
  const done = new Set<string>();
  const visiting = new Set<string>();
  const result: AnyAnalyzer[] = [];
  const visit = (analyzer: AnyAnalyzer, path: string[]): void => {
    if (done.has(analyzer.id)) return;
    if (visiting.has(analyzer.id)) {
      throw new FramelensError('ERR_PIPELINE', `createPipeline(): dependency cycle ${[...path, analyzer.id].join(' → ')}`);
    }
    visiting.add(analyzer.id);
    for (const dependency of analyzer.dependsOn) {
      const found = byId.get(dependency);
      if (!found) {
        throw new FramelensError(
          'ERR_PIPELINE',
          `createPipeline(): analyzer "${analyzer.id}" depends on "${dependency}", which is not in the pipeline; add ${dependency}() to the list`,
        );
      }
      visit(found, [...path, analyzer.id]);
    }
    for (const dependency of analyzer.optionalDependsOn ?? []) {
      const found = byId.get(dependency);
      if (found) visit(found, [...path, analyzer.id]);
    }
    visiting.delete(analyzer.id);
    done.add(analyzer.id);
    result.push(analyzer);
  };
  for (const analyzer of analyzers) visit(analyzer, []);
  return result;
}
