// A worker thread of `framelens analyze --jobs N`: analyzes the texts it is sent with the
// analyzers it is told, and answers each message with its sequence number.
import { parentPort, workerData } from 'node:worker_threads';
import { builtinAnalyzers } from '../defaults.js';
import { parse } from '../parse/parse.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { AnyAnalyzer } from '../pipeline/types.js';

const ids = (workerData as { analyzers: string[] }).analyzers;
const pipeline = createPipeline(ids.map((id) => builtinAnalyzers[id as keyof typeof builtinAnalyzers]()) as AnyAnalyzer[]);

parentPort!.on('message', (message: { seq: number; id: string | undefined; text: string }) => {
  try {
    // Serialised here, in the worker: cloning the result object back to the main thread and
    // serialising it there made the main thread the bottleneck.
    parentPort!.postMessage({ seq: message.seq, json: JSON.stringify(pipeline.analyzeDoc(parse(message.text), message.id)) });
  } catch (error) {
    parentPort!.postMessage({ seq: message.seq, error: (error as Error).message });
  }
});
