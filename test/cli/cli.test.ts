import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(root, 'corpus/samples/harbor-bridge.txt');

/** Runs the CLI from source in a real process, as a user would run the built one. */
function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], {
    cwd: root,
    input: input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('framelens analyze', () => {
  it('writes JSON for a file when piped', () => {
    const { code, stdout } = run(['analyze', sample]);
    expect(code).toBe(0);
    const analysis = JSON.parse(stdout);
    expect(analysis.schemaVersion).toBe(1);
    expect(analysis.summary.sourcing.attributions).toBeGreaterThan(5);
  });

  it('reads standard input', () => {
    const { code, stdout } = run(['analyze', '--format', 'ndjson'], 'Officials said the road was closed.');
    expect(code).toBe(0);
    const line = JSON.parse(stdout.trim());
    expect(line.id).toBe('stdin');
    expect(line.sentences[0].sourcing.attributions[0].source.kind).toBe('vague');
  });

  it('prints readable text and markdown reports', () => {
    const text = run(['analyze', sample, '--format', 'text']);
    expect(text.stdout).toMatch(/named-person\s+Mayor Lena Okafor → Lena Okafor/);
    expect(text.stdout).toMatch(/Sourcing\n {2}score/);
    const md = run(['analyze', sample, '--format', 'markdown']);
    expect(md.stdout).toMatch(/^# framelens report/);
    expect(md.stdout).toMatch(/\| sentence \| source \| kind \|/);
  });

  it('names each bad file on one line, goes on with the others and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-cli-'));
    const binary = join(dir, 'image.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff]));
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    const { code, stdout, stderr } = run(['analyze', join(dir, 'missing.txt'), empty, binary, latin1, sample, '--format', 'ndjson']);
    expect(code).toBe(1);
    const lines = stderr.trim().split('\n');
    expect(lines).toEqual([
      `framelens: ${join(dir, 'missing.txt')}: no such file`,
      `framelens: ${empty}: is a directory with no text, Markdown or HTML files`,
      `framelens: ${binary}: looks like binary data (NUL bytes), expected text`,
      `framelens: ${latin1}: is not valid UTF-8 text`,
    ]);
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('rejects an unknown analyzer or format with exit status 2', () => {
    const analyzer = run(['analyze', sample, '--analyzers', 'nope']);
    expect(analyzer.code).toBe(2);
    expect(analyzer.stderr).toMatch(/unknown analyzer "nope"/);
    const format = run(['analyze', sample, '--format', 'pdf']);
    expect(format.code).toBe(2);
  });

  it('answers --help and --version', () => {
    const help = run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: framelens/);
    expect(run(['analyze', '--help']).stdout).toMatch(/--format <format>/);
    expect(run(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe('framelens analyze: batches', () => {
  it('streams NDJSON records in and out, in order, with an error record for a bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Officials said the road was closed.' }),
      '{ not json',
      JSON.stringify({ id: 7, nope: true }),
      JSON.stringify({ id: 'b', text: 'Reuters reported the deal.' }),
    ].join('\n');
    const { code, stdout } = run(['analyze', '--input', 'ndjson'], input);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', null, '7', 'b']);
    expect(lines[1].error).toMatch(/not valid JSON/);
    expect(lines[2].error).toMatch(/"text" string/);
    expect(lines[3].summary.outlets.sources[0].id).toBe('reuters-gb');
    expect(code).toBe(1);
  });

  it('walks directories and expands globs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-dir-'));
    writeFileSync(join(dir, 'b.txt'), 'Sources said it failed.');
    writeFileSync(join(dir, 'a.md'), '# Note\n\nAnalysts say it works.');
    writeFileSync(join(dir, 'skip.png'), Buffer.from([0, 1, 2]));
    const walked = run(['analyze', dir, '--format', 'ndjson']);
    expect(walked.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([join(dir, 'a.md'), join(dir, 'b.txt')]);
    const globbed = run(['analyze', `${dir}/*.txt`, '--format', 'ndjson']);
    expect(globbed.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([join(dir, 'b.txt')]);
  });
});

describe('framelens analyze --jobs', () => {
  it('gives the same output, in input order, with worker threads as without', () => {
    const lines = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `d${i}`, text: i % 3 === 0 ? 'Sources said it failed.' : `Mayor Ann Lee said plan ${i} works, according to Reuters.` }));
    lines.splice(5, 0, '{"broken": ');
    const input = lines.join('\n');
    const one = run(['analyze', '--input', 'ndjson', '--jobs', '1'], input);
    const two = run(['analyze', '--input', 'ndjson', '--jobs', '2'], input);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', null, 'd5', 'd6', 'd7', 'd8', 'd9', 'd10', 'd11']);
    expect(run(['analyze', '--jobs', '0'], '').code).toBe(2);
  });
});

describe('framelens analyze: progress', () => {
  const scriptBin = ['/usr/bin/script', '/bin/script'].find((p) => existsSync(p));
  // `script` gives the CLI a terminal for standard error; stdout goes to /dev/null.
  it.skipIf(!scriptBin)('shows a progress bar on a terminal and nothing in a pipe', () => {
    const loader = pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href;
    const command = `${process.execPath} --import ${loader} ${join(root, 'src/cli/main.ts')} analyze ${sample} ${sample} --format ndjson > /dev/null`;
    const tty = spawnSync(scriptBin!, ['-qfec', command, '/dev/null'], { encoding: 'utf8' });
    expect(tty.stdout).toMatch(/framelens .*2\/2 documents · [\d.]+\/s/);
    const piped = run(['analyze', sample, sample, '--format', 'ndjson']);
    expect(piped.stderr).toBe('');
  });
});
