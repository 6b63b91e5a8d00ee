import { FramelensError, describe } from '../errors.js';
import type { Analyzer, AnalyzerContext, AnalyzerOutput, AnalyzerRow, SentenceBase } from './types.js';
import type { Doc } from '../parse/types.js';

export interface AnalyzerDefinition<TId extends string, TSentence, TSummary> {
  /** The key the analyzer's results appear under, on every sentence and in the summary. */
  readonly id: TId;
  /** Ids of analyzers this one reads; the pipeline runs them first. */
  readonly dependsOn?: readonly string[];
  /** Ids of analyzers this one uses when present (`context.optionalDependency(id)`). */
  readonly optionalDependsOn?: readonly string[];
  readonly analyze: (doc: Doc, context: AnalyzerContext) => AnalyzerOutput<TSentence, TSummary>;
  readonly toRows?: (result: TSentence, sentence: SentenceBase) => readonly AnalyzerRow[];
}

const ID = /^[a-z][a-zA-Z0-9_-]*$/;
const RESERVED = new Set(['index', 'start', 'end', 'text', 'paragraph', 'id', 'schemaVersion']);

/**
 * Defines an analyzer: the public helper that built-in and custom analyzers share. Wrap it in a
 * factory that takes options and precomputes what it can, so the returned unit is pure.
 *
 * @param definition - id, dependencies, the per-document function and an optional row view
 * @returns a frozen analyzer to pass to `createPipeline`
 * @example
 * const length = () => defineAnalyzer({
 *   id: 'length',
 *   analyze: (doc) => ({ sentences: doc.sentences.map((s) => s.end - s.start), summary: doc.text.length }),
 * });
 * createPipeline([length()]).analyze('One. Two.').sentences[1].length //=> 4
 */
export function defineAnalyzer<const TId extends string, TSentence, TSummary>(
  definition: AnalyzerDefinition<TId, TSentence, TSummary>,
): Analyzer<TId, TSentence, TSummary> {
  if (definition === null || typeof definition !== 'object') {
    throw new FramelensError('ERR_ANALYZER', `defineAnalyzer() expects an object, received ${describe(definition)}`);
  }
  const { id, dependsOn = [], optionalDependsOn = [], analyze, toRows } = definition;
  if (typeof id !== 'string' || !ID.test(id) || RESERVED.has(id)) {
    throw new FramelensError(
      'ERR_ANALYZER',
      `defineAnalyzer(): id must be a word starting with a lower-case letter and not one of ${[...RESERVED].join(', ')}; received ${JSON.stringify(id)}`,
    );
  }
  if (typeof analyze !== 'function') {
    throw new FramelensError('ERR_ANALYZER', `defineAnalyzer(): analyzer "${id}" needs an analyze(doc, context) function`);
  }
  for (const [name, list] of [['dependsOn', dependsOn], ['optionalDependsOn', optionalDependsOn]] as const) {
    if (!Array.isArray(list) || list.some((d) => typeof d !== 'string')) {
      throw new FramelensError('ERR_ANALYZER', `defineAnalyzer(): ${name} of "${id}" must be an array of analyzer ids`);
    }
  }
  return Object.freeze({
    type: 'analyzer' as const,
    id,
    dependsOn: Object.freeze([...dependsOn]),
    optionalDependsOn: Object.freeze([...optionalDependsOn]),
    analyze,
    ...(toRows ? { toRows } : {}),
  });
}
