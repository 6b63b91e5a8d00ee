import { outlets } from './analyzers/outlets/index.js';
import { sourcing } from './analyzers/sourcing/index.js';
import { stance } from './analyzers/stance/index.js';
import { type Pipeline, createPipeline, rowsOf } from './pipeline/pipeline.js';
import type { Analysis, AnyAnalyzer, DocumentInput, Row } from './pipeline/types.js';

/** Factories of the built-in analyzers, by id (the CLI's --analyzers names). */
export const builtinAnalyzers = Object.freeze({ outlets, sourcing, stance });

const makeDefault = () => createPipeline([outlets(), sourcing(), stance()] as const);
type DefaultPipeline = ReturnType<typeof makeDefault>;
let pipeline: DefaultPipeline | undefined;

/** The pipeline of all built-in analyzers with default options, built once. */
export function defaultPipeline(): DefaultPipeline {
  pipeline ??= makeDefault();
  return pipeline;
}

type DefaultAnalyzers = DefaultPipeline extends Pipeline<infer T> ? T : never;

/**
 * Analyzes one text with every built-in analyzer.
 *
 * @param text - the article or sentence; a non-string throws an `InputTypeError`
 * @returns the analysis (schemaVersion 1)
 * @example
 * analyze('Sources said the talks had failed.').summary.sourcing.byKind.anonymous //=> 1
 */
export function analyze(text: string): Analysis<DefaultAnalyzers> {
  return defaultPipeline().analyze(text);
}

/**
 * Streams analyses of many documents with the default pipeline, one at a time.
 *
 * @param documents - strings or `{ id, text }` records, from an iterable or async iterable
 */
export function analyzeMany(documents: Iterable<DocumentInput> | AsyncIterable<DocumentInput>): AsyncGenerator<Analysis<DefaultAnalyzers>> {
  return defaultPipeline().analyzeMany(documents);
}

/**
 * Flat rows (one per attribution, outlet mention or stance term) of an analysis made by the
 * built-in analyzers. For custom analyzers, use `pipeline.toRows`.
 *
 * @param analysis - an analysis from `analyze` or a pipeline
 */
export function toRows(analysis: Analysis<readonly AnyAnalyzer[]>): Row[] {
  return rowsOf(analysis, defaultPipeline().analyzers);
}
