#!/usr/bin/env node
import { readFile, readdir, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createReadStream } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { Presets, SingleBar } from 'cli-progress';
import { AnalyzePool, orderedMap } from './pool.js';
import { Command, InvalidArgumentError, Option } from 'commander';
import { builtinAnalyzers } from '../defaults.js';
import { parse as pipelineParse } from '../parse/parse.js';
import { createPipeline } from '../pipeline/pipeline.js';
import type { AnyAnalyzer } from '../pipeline/types.js';
import { htmlReport } from './html.js';
import { markdownReport, textReport } from './report.js';
import { VERSION } from './version.js';
import { type CheckConfig, type Finding, check, formatFinding, toSarif, validateCheckConfig } from '../check/check.js';
import { existsSync } from 'node:fs';
import { FramelensError } from '../errors.js';

const FORMATS = ['json', 'ndjson', 'markdown', 'text', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** A problem with one input file: reported on one line, the other files still processed. */
class InputFileError extends Error {}

async function readInput(name: string): Promise<string> {
  let bytes: Buffer;
  if (name === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    bytes = Buffer.concat(chunks);
  } else {
    try {
      const info = await stat(name);
      if (info.isDirectory()) throw new InputFileError('is a directory with no text, Markdown or HTML files');
      bytes = await readFile(name);
    } catch (error) {
      if (error instanceof InputFileError) throw error;
      const code = (error as NodeJS.ErrnoException).code;
      throw new InputFileError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (error as Error).message);
    }
  }
  if (bytes.subarray(0, 8192).includes(0)) throw new InputFileError('looks like binary data (NUL bytes), expected text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new InputFileError('is not valid UTF-8 text');
  }
}

const TEXT_FILE = /\.(?:txt|text|md|markdown|mdx|html?)$/i;

/**
 * Files named, directories walked (text, Markdown and HTML files in them, sorted) and glob patterns
 * expanded; anything else is passed on so that reading it reports the problem.
 */
async function expandInputs(inputs: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push(input);
      continue;
    }
    if (/[*?[\]{}]/.test(input)) {
      const matches = (await glob(input, { onlyFiles: true, dot: false, absolute: isAbsolute(input) })).sort();
      if (matches.length === 0) out.push(input);
      else out.push(...matches);
      continue;
    }
    const info = await stat(input).catch(() => null);
    const found = info?.isDirectory() ? await walk(input) : [];
    // A directory with no text, Markdown or HTML files is reported as one when it is read.
    if (found.length > 0) out.push(...found);
    else out.push(input);
  }
  return out;
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  const files: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) files.push(...(await walk(path)));
    else if (e.isFile() && TEXT_FILE.test(e.name)) files.push(path);
  }
  return files;
}

/** A document on its way through `analyze`: text to analyze, or an error to report in its place. */
type InputDocument =
  | { kind: 'text'; seq: number; name: string; id: string | undefined; text: string; line?: number }
  | { kind: 'file-error'; name: string; message: string }
  | { kind: 'record-error'; record: { id: string | null; line: number; error: string } };

async function* fileDocuments(inputs: readonly string[], withIds: boolean): AsyncGenerator<InputDocument> {
  let seq = 0;
  for (const name of inputs) {
    try {
      const text = await readInput(name);
      yield { kind: 'text', seq: seq++, name, id: withIds ? (name === '-' ? 'stdin' : name) : undefined, text };
    } catch (error) {
      yield { kind: 'file-error', name, message: (error as Error).message };
    }
  }
}

/**
 * NDJSON records `{"id", "text"}`, one a line, read lazily: one output line per input line, in
 * order; a bad line becomes `{"id", "line", "error"}` and the stream goes on.
 */
async function* ndjsonDocuments(inputs: readonly string[]): AsyncGenerator<InputDocument> {
  let seq = 0;
  for (const name of inputs) {
    if (name !== '-' && (await stat(name).catch(() => null))?.isDirectory()) {
      yield { kind: 'file-error', name, message: 'is a directory, expected an NDJSON file' };
      continue;
    }
    const stream = name === '-' ? process.stdin : createReadStream(name, { encoding: 'utf8' });
    let line = 0;
    try {
      for await (const text of createInterface({ input: stream, crlfDelay: Infinity })) {
        line++;
        if (!text.trim()) continue;
        let record: { id?: unknown; text?: unknown } | null;
        try {
          record = JSON.parse(text) as typeof record;
        } catch (error) {
          yield { kind: 'record-error', record: { id: null, line, error: `not valid JSON: ${(error as Error).message}` } };
          continue;
        }
        const id = record && (typeof record.id === 'string' || typeof record.id === 'number') ? String(record.id) : String(line);
        if (!record || typeof record.text !== 'string') {
          yield { kind: 'record-error', record: { id, line, error: 'expected an object with a "text" string' } };
          continue;
        }
        yield { kind: 'text', seq: seq++, name, id, text: record.text, line };
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      yield { kind: 'file-error', name, message: code === 'ENOENT' ? 'no such file' : (error as Error).message };
    }
  }
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('give a whole number of jobs from 1 to 64');
  return n;
}

/** A progress bar on standard error: documents done, rate and, when the total is known, time left. */
function progressBar(total: number): SingleBar {
  const format = total > 0
    ? 'framelens {bar} {value}/{total} documents · {rate}/s · {eta_formatted} left'
    : 'framelens {value} documents · {rate}/s';
  const bar = new SingleBar({ format, stream: process.stderr, hideCursor: true, etaBuffer: 50, fps: 5 }, Presets.shades_classic);
  const started = Date.now();
  let done = 0;
  bar.start(total, 0, { rate: '0' });
  const increment = bar.increment.bind(bar);
  // The rate is documents per second since the start, shown beside the count.
  bar.increment = (() => {
    done++;
    increment(1, { rate: (done / Math.max(0.001, (Date.now() - started) / 1000)).toFixed(1) });
  }) as SingleBar['increment'];
  return bar;
}

function parseAnalyzers(value: string): string[] {
  const ids = value.split(',').map((v) => v.trim()).filter(Boolean);
  const known = Object.keys(builtinAnalyzers);
  for (const id of ids) {
    if (!known.includes(id)) throw new InvalidArgumentError(`unknown analyzer "${id}"; available: ${known.join(', ')}`);
  }
  if (ids.length === 0) throw new InvalidArgumentError('give at least one analyzer');
  return ids;
}

/** The check configuration: --config, else ./framelens.config.json, else package.json's "framelens". */
async function loadConfig(path: string | undefined): Promise<CheckConfig> {
  const read = async (file: string): Promise<unknown> => {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new FramelensError('ERR_FILE', `cannot read configuration ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FramelensError('ERR_OPTIONS', `${file}: not valid JSON (${(error as Error).message})`);
    }
  };
  if (path) return validateCheckConfig(await read(path), path);
  if (existsSync('framelens.config.json')) return validateCheckConfig(await read('framelens.config.json'), 'framelens.config.json');
  if (existsSync('package.json')) {
    const pkg = (await read('package.json')) as { framelens?: unknown };
    if (pkg && typeof pkg === 'object' && pkg.framelens !== undefined) return validateCheckConfig(pkg.framelens, 'package.json#framelens');
  }
  return {};
}

export async function main(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const program = new Command('framelens')
    .description('Who is speaking in a news text, and how the text frames it.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride();

  program
    .command('analyze')
    .description('analyze news text from files or standard input')
    .argument('[files...]', 'text files to analyze; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format (default: text on a terminal, json otherwise)').choices(FORMATS))
    .option('-a, --analyzers <ids>', `comma-separated analyzers to run (${Object.keys(builtinAnalyzers).join(',')})`, parseAnalyzers)
    .option('--no-color', 'plain text report without colours')
    .addOption(new Option('-i, --input <kind>', 'input kind: text files, or NDJSON records {"id","text"} a line (output is then NDJSON)').choices(['text', 'ndjson']).default('text'))
    .option('-j, --jobs <n>', 'worker threads analyzing documents in parallel (results keep input order)', parseJobs, 1)
    .option('--no-progress', 'no progress bar (it shows only when standard error is a terminal)')
    .action(async (files: string[], options: { format?: Format; analyzers?: string[]; color: boolean; input: 'text' | 'ndjson'; jobs: number; progress: boolean }) => {
      const ndjsonIn = options.input === 'ndjson';
      const format: Format = ndjsonIn ? 'ndjson' : options.format ?? (process.stdout.isTTY ? 'text' : 'json');
      const ids = options.analyzers ?? Object.keys(builtinAnalyzers);
      const pipeline = createPipeline(ids.map((id) => builtinAnalyzers[id as keyof typeof builtinAnalyzers]()) as AnyAnalyzer[]);
      const inputs = await expandInputs(files.length > 0 ? files : ['-']);
      if (inputs.length === 1 && inputs[0] === '-' && process.stdin.isTTY) {
        process.stderr.write('framelens: reading text from standard input (end with Ctrl-D); see framelens analyze --help\n');
      }
      if (format === 'html' && inputs.length > 1) {
        process.stderr.write('framelens: --format html writes one page for one input; run it once per file\n');
        exitCode = 2;
        return;
      }
      const many = inputs.length > 1 || format === 'ndjson';
      const documents = ndjsonIn ? ndjsonDocuments(inputs) : fileDocuments(inputs, many);
      const pool = options.jobs > 1 ? new AnalyzePool(options.jobs, ids) : null;
      const bar = options.progress && process.stderr.isTTY ? progressBar(ndjsonIn ? 0 : inputs.length) : null;
      const results: unknown[] = [];
      try {
        await orderedMap(
          documents,
          options.jobs * 4,
          async (d): Promise<[InputDocument, { result?: unknown; json?: string; error?: string }]> => {
            if (d.kind !== 'text') return [d, {}];
            if (pool) return [d, await pool.run(d.seq, d.id, d.text)];
            try {
              return [d, { result: pipeline.analyzeDoc(pipelineParse(d.text), d.id) }];
            } catch (error) {
              return [d, { error: (error as Error).message }];
            }
          },
          ([d, outcome]) => {
            bar?.increment();
            if (d.kind === 'file-error') {
              process.stderr.write(`framelens: ${d.name === '-' ? 'standard input' : d.name}: ${d.message}\n`);
              exitCode = 1;
              return;
            }
            if (d.kind === 'record-error' || outcome.error !== undefined) {
              const record = d.kind === 'record-error' ? d.record : { id: d.id ?? null, line: d.line ?? null, error: outcome.error };
              process.stdout.write(`${JSON.stringify(record)}\n`);
              exitCode = 1;
              return;
            }
            // From a worker the analysis arrives as JSON text, ready for NDJSON output.
            if (format === 'ndjson' && outcome.json !== undefined) {
              process.stdout.write(`${outcome.json}\n`);
              return;
            }
            const analysis = (outcome.json !== undefined ? JSON.parse(outcome.json) : outcome.result) as ReturnType<typeof pipeline.analyze>;
            const label = d.name === '-' ? undefined : d.name;
            if (format === 'ndjson') process.stdout.write(`${JSON.stringify(analysis)}\n`);
            else if (format === 'json') results.push(analysis);
            else if (format === 'markdown') process.stdout.write(markdownReport(analysis, many ? d.id : label));
            else if (format === 'html') process.stdout.write(htmlReport(d.text, analysis, label ? `framelens: ${label}` : 'framelens report'));
            else process.stdout.write(textReport(analysis, { color: options.color && Boolean(process.stdout.isTTY), ...(label ? { title: label } : {}) }));
          },
        );
      } finally {
        bar?.stop();
        await pool?.close();
      }
      if (format === 'json' && results.length > 0) {
        process.stdout.write(`${JSON.stringify(inputs.length === 1 ? results[0] : results, null, 2)}\n`);
      }
    });

  program
    .command('check')
    .description('lint drafts for sourcing and framing problems (text, Markdown or HTML files)')
    .argument('[files...]', 'files to check; "-" or none reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('-c, --config <file>', 'configuration file (default: ./framelens.config.json, or "framelens" in ./package.json)')
    .action(async (files: string[], options: { format: 'text' | 'json' | 'sarif'; config?: string }) => {
      let config: CheckConfig;
      try {
        config = await loadConfig(options.config);
      } catch (error) {
        process.stderr.write(`framelens: ${(error as Error).message}\n`);
        exitCode = 2;
        return;
      }
      const inputs = await expandInputs(files.length > 0 ? files : ['-']);
      const results: { file: string; findings: Finding[] }[] = [];
      for (const name of inputs) {
        let text: string;
        try {
          text = await readInput(name);
        } catch (error) {
          process.stderr.write(`framelens: ${name === '-' ? 'standard input' : name}: ${(error as Error).message}\n`);
          exitCode = 2;
          continue;
        }
        const file = name === '-' ? 'stdin' : name;
        results.push({ file, findings: check(text, { config, fileName: file }) });
      }
      if (results.some((r) => r.findings.some((f) => f.severity === 'error')) && exitCode === 0) exitCode = 1;
      if (options.format === 'json') process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
      else if (options.format === 'sarif') process.stdout.write(`${JSON.stringify(toSarif(results, VERSION), null, 2)}\n`);
      else {
        let errors = 0;
        let warnings = 0;
        let infos = 0;
        for (const { file, findings } of results) {
          process.stdout.write(`${file}\n`);
          for (const f of findings) {
            process.stdout.write(`  ${formatFinding(f)}\n`);
            if (f.severity === 'error') errors++;
            else if (f.severity === 'warning') warnings++;
            else infos++;
          }
          if (findings.length === 0) process.stdout.write('  no issues found\n');
        }
        process.stdout.write(`\n${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} info\n`);
      }
    });

  try {
    await program.parseAsync(argv as string[], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return 2;
    process.stderr.write(`framelens: ${(error as Error).message}\n`);
    return 1;
  }
  return exitCode;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`framelens: ${(error as Error).message}\n`);
    process.exitCode = 1;
  },
);
