import type { Doc } from '../parse/types.js';

/** The fields every sentence of an analysis has, whatever the analyzers. */
export interface SentenceBase {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraph: number;
}

/** What an analyzer returns for one document: one result per sentence, and a summary. */
export interface AnalyzerOutput<TSentence = unknown, TSummary = unknown> {
  readonly sentences: readonly TSentence[];
  readonly summary: TSummary;
}

/** What an analyzer sees besides the document: the results of the analyzers it depends on. */
export interface AnalyzerContext {
  /**
   * The output of an analyzer named in `dependsOn`.
   * @param id - the dependency's id
   */
  dependency<TSentence = unknown, TSummary = unknown>(id: string): AnalyzerOutput<TSentence, TSummary>;
  /**
   * The output of an analyzer named in `optionalDependsOn`, or undefined when the pipeline does
   * not include it.
   * @param id - the dependency's id
   */
  optionalDependency<TSentence = unknown, TSummary = unknown>(id: string): AnalyzerOutput<TSentence, TSummary> | undefined;
}

/** A flat record for notebooks and data frames: one per attribution, mention or term. */
export interface Row {
  readonly analyzer: string;
  readonly kind: string;
  readonly sentence: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly [field: string]: string | number | boolean | null;
}

/** A row as an analyzer makes it, before the pipeline adds the analyzer id and sentence index. */
export type AnalyzerRow = Omit<Row, 'analyzer' | 'sentence'>;

/** A composable unit of analysis. Build one with `defineAnalyzer`. */
export interface Analyzer<TId extends string = string, TSentence = unknown, TSummary = unknown> {
  readonly type: 'analyzer';
  readonly id: TId;
  /** Ids of analyzers whose output this one reads through `context.dependency(id)`. */
  readonly dependsOn: readonly string[];
  /** Ids of analyzers this one uses when the pipeline has them; they run first when present. */
  readonly optionalDependsOn: readonly string[];
  /** Analyzes one parsed document. Must be pure: same document, same result. */
  readonly analyze: (doc: Doc, context: AnalyzerContext) => AnalyzerOutput<TSentence, TSummary>;
  /** Flattens one sentence's result into rows (optional). */
  // Method syntax on purpose: parameters of methods are checked bivariantly, so an analyzer with a
  // specific result type still fits AnyAnalyzer.
  toRows?(result: TSentence, sentence: SentenceBase): readonly AnalyzerRow[];
}

// biome-ignore lint: any analyzer, whatever its result types.
export type AnyAnalyzer = Analyzer<string, any, any>;

// biome-ignore lint: `any` matches whatever the other type parameter is.
export type SentenceResultOf<TAnalyzer> = TAnalyzer extends Analyzer<string, infer S, any> ? S : never;
// biome-ignore lint: as above.
export type SummaryResultOf<TAnalyzer> = TAnalyzer extends Analyzer<string, any, infer S> ? S : never;

/** A sentence of an analysis: the base fields plus one entry per analyzer of the pipeline. */
export type AnalyzedSentence<TAnalyzers extends readonly AnyAnalyzer[]> = SentenceBase & {
  readonly [A in TAnalyzers[number] as A['id']]: SentenceResultOf<A>;
};

/** The result contract, schemaVersion 1. */
export interface Analysis<TAnalyzers extends readonly AnyAnalyzer[] = readonly AnyAnalyzer[]> {
  readonly schemaVersion: 1;
  /** The document's id, when it was given one (`analyzeMany`, the CLI). */
  readonly id?: string;
  readonly sentences: readonly AnalyzedSentence<TAnalyzers>[];
  readonly summary: { readonly [A in TAnalyzers[number] as A['id']]: SummaryResultOf<A> };
}

/** A document for `analyzeMany`: a string, or an object with an id and text. */
export type DocumentInput = string | { readonly id?: string | number; readonly text: string };
