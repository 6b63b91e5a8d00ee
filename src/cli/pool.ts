import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

interface Job {
  seq: number;
  id: string | undefined;
  text: string;
}

/** The analysis as JSON text, or an error message. */
export type Outcome = { json: string; error?: undefined } | { error: string; json?: undefined };

/**
 * From the built package the worker is worker.js beside this file. Run from source (the tests),
 * it is worker.ts, and a worker thread does not inherit the parent's TypeScript loader: a small
 * bootstrap registers tsx in the worker first.
 */
function createWorker(workerData: unknown): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url), { workerData });
  const tsx = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/index\.cjs$/, 'index.mjs');
  const target = new URL('./worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(pathToFileURL(tsx).href)}).then((m) => { m.register(); return import(${JSON.stringify(target)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/**
 * A pool of worker threads that analyze documents in parallel while results come back in input
 * order. At most `4 × jobs` documents are in flight, so memory stays bounded however long the
 * stream is.
 */
export class AnalyzePool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly waiting = new Map<number, (outcome: Outcome) => void>();
  private readonly busy = new Map<Worker, number>();

  /**
   * @param jobs - number of worker threads
   * @param analyzers - ids of the built-in analyzers to run
   */
  constructor(jobs: number, analyzers: readonly string[]) {
    for (let i = 0; i < jobs; i++) {
      const worker = createWorker({ analyzers: [...analyzers] });
      worker.on('message', (m: { seq: number } & Outcome) => {
        this.busy.delete(worker);
        this.waiting.get(m.seq)?.(m);
        this.waiting.delete(m.seq);
        this.idle.push(worker);
        this.pump();
      });
      worker.on('error', (error) => {
        const seq = this.busy.get(worker);
        if (seq !== undefined) {
          this.waiting.get(seq)?.({ error: error.message });
          this.waiting.delete(seq);
        }
      });
      this.workers.push(worker);
      this.idle.push(worker);
    }
  }

  /** Analyzes one text; resolves with the analysis or an error message. */
  run(seq: number, id: string | undefined, text: string): Promise<Outcome> {
    return new Promise((resolve) => {
      this.waiting.set(seq, resolve);
      this.queue.push({ seq, id, text });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job.seq);
      worker.postMessage(job);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Runs `work` over items with at most `limit` in flight and hands results to `emit` in input order.
 *
 * @param items - the inputs, read lazily
 * @param limit - how many may be in flight
 * @param work - the asynchronous step
 * @param emit - called once per item, in input order
 */
export async function orderedMap<T, R>(items: AsyncIterable<T> | Iterable<T>, limit: number, work: (item: T, seq: number) => Promise<R>, emit: (result: R, seq: number) => void): Promise<void> {
  const pending = new Map<number, Promise<R>>();
  let next = 0;
  let seq = 0;
  const drain = async (until: number) => {
    while (pending.size > until) {
      const result = await pending.get(next)!;
      pending.delete(next);
      emit(result, next);
      next++;
    }
  };
  for await (const item of items as AsyncIterable<T>) {
    pending.set(seq, work(item, seq));
    seq++;
    await drain(limit - 1);
  }
  await drain(0);
}
