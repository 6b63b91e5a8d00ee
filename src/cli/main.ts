#!/usr/bin/env node
import { readFile, stat } from 'node:fs/promises';
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
      if (info.isDirectory()) throw new InputFileError('is a directory, expected a text file');
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
    .action(async (files: string[], options: { format?: Format; analyzers?: string[]; color: boolean }) => {
      const format: Format = options.format ?? (process.stdout.isTTY ? 'text' : 'json');
      const ids = options.analyzers ?? Object.keys(builtinAnalyzers);
      const analyzers: AnyAnalyzer[] = ids.map((id) => builtinAnalyzers[id as keyof typeof builtinAnalyzers]());
      const pipeline = createPipeline(analyzers);
      const inputs = files.length > 0 ? files : ['-'];
      if (inputs.length === 1 && inputs[0] === '-' && process.stdin.isTTY) {
        process.stderr.write('framelens: reading text from standard input (end with Ctrl-D); see framelens analyze --help\n');
      }
      const results: unknown[] = [];
      for (const name of inputs) {
        let text: string;
        try {
          text = await readInput(name);
        } catch (error) {
          process.stderr.write(`framelens: ${name === '-' ? 'standard input' : name}: ${(error as Error).message}\n`);
          exitCode = 1;
          continue;
        }
        const id = name === '-' ? 'stdin' : name;
        const analysis = pipeline.analyzeDoc(pipelineParse(text), inputs.length > 1 ? id : undefined);
        if (format === 'ndjson') process.stdout.write(`${JSON.stringify({ ...analysis, id })}\n`);
        else if (format === 'json') results.push(analysis);
        else if (format === 'markdown') process.stdout.write(markdownReport(analysis, inputs.length > 1 || name !== '-' ? id : undefined));
        else if (format === 'html') process.stdout.write(htmlReport(text, analysis, name === '-' ? 'framelens report' : `framelens: ${id}`));
        else process.stdout.write(textReport(analysis, { color: options.color && Boolean(process.stdout.isTTY), title: name === '-' ? undefined : id }));
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
      const inputs = files.length > 0 ? files : ['-'];
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
