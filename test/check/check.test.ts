import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, FramelensError, htmlProse, markdownProse, validateCheckConfig } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const draft = 'Analysts say the plan will fail. Sources said the minister would resign.\n\nThe senator claimed the regime was corrupt, according to state media.\n';

function run(args: string[], cwd: string) {
  // The loader is given by absolute URL: node resolves --import from the working directory.
  const r = spawnSync(process.execPath, ['--import', pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href, join(root, 'src/cli/main.ts'), ...args], { cwd, encoding: 'utf8', input: '' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('check: rules and findings', () => {
  it('lists reports with an unstated source as info, not as vague attributions', () => {
    const findings = check('The bridge is expected to reopen in May. Analysts say the plan will fail.\n');
    expect(findings.map((f) => [f.ruleId, f.actual, f.severity])).toEqual([
      ['unstated-source', 'is expected', 'info'],
      ['vague-attribution', 'Analysts', 'warning'],
    ]);
  });

  it('reports findings with vfile-message fields and exact places', () => {
    const findings = check(draft);
    expect(findings.map((f) => f.ruleId)).toEqual([
      'vague-attribution', 'anonymous-source', 'distancing-verb-in-author-voice', 'loaded-term-in-author-voice', 'loaded-term-in-author-voice', 'state-media-source',
    ]);
    const claimed = findings[2]!;
    expect(claimed).toMatchObject({ source: 'framelens', severity: 'warning', fatal: false, actual: 'claimed', expected: ['said'] });
    expect(claimed.place.start).toEqual({ line: 3, column: 13, offset: draft.indexOf('claimed') });
    expect(draft.slice(claimed.place.start.offset, claimed.place.end.offset)).toBe('claimed');
    expect(claimed.url).toMatch(/docs\/check\.md#distancing-verb-in-author-voice$/);
  });

  it('does not flag a named source, a stated reason or words inside quotations', () => {
    expect(check('Mayor Ann Lee said the bridge is safe.')).toEqual([]);
    expect(check('An aide, speaking on condition of anonymity because the talks were private, said they had stalled.').map((f) => f.ruleId)).toEqual([]);
    expect(check('“This regime is corrupt,” Mayor Ann Lee said.')).toEqual([]);
  });

  it('finds article-level problems: one source only, a high anonymous share', () => {
    expect(check('Mayor Ann Lee said the plan works. Lee said it is cheap. Lee added it is safe.').map((f) => f.ruleId)).toEqual(['single-source-story']);
    const anonymous = check('Sources said it failed. Officials who were not authorized to speak said so too. People familiar with the talks said it was over. Mayor Ann Lee said it was not.');
    expect(anonymous.map((f) => f.ruleId)).toContain('anonymous-share');
  });

  it('reports unattributed claims as info, and as warnings when configured', () => {
    const text = 'The dam failed because of poor maintenance. Officials said repairs began.';
    const info = check(text).filter((f) => f.ruleId === 'unattributed-claim');
    expect(info.map((f) => [f.severity, f.fatal, text.slice(f.place.start.offset, f.place.end.offset)])).toEqual([['info', null, 'The dam failed because of poor maintenance.']]);
    const warned = check(text, { config: validateCheckConfig({ rules: { 'unattributed-claim': 'warning' } }) });
    expect(warned.find((f) => f.ruleId === 'unattributed-claim')?.severity).toBe('warning');
  });

  it('applies a configuration: severities, options, rules off', () => {
    const config = validateCheckConfig({ rules: { 'vague-attribution': 'error', 'loaded-term-in-author-voice': 'off', 'anonymous-share': ['warning', { limit: 0.1 }] } });
    const findings = check(draft, { config });
    expect(findings.find((f) => f.ruleId === 'vague-attribution')).toMatchObject({ severity: 'error', fatal: true });
    expect(findings.some((f) => f.ruleId === 'loaded-term-in-author-voice')).toBe(false);
  });

  it('rejects a malformed configuration with a message that names the problem', () => {
    expect(() => validateCheckConfig({ rules: { 'no-such-rule': 'error' } })).toThrow(/unknown rule; known rules: anonymous-source/);
    expect(() => validateCheckConfig({ rules: { 'vague-attribution': 'loud' } })).toThrow(/rules\.vague-attribution: a rule setting must be one of off, info, warning, error/);
    expect(() => validateCheckConfig({ rules: { 'anonymous-share': ['warning', { limt: 0.1 }] } })).toThrow(/unknown option "limt"; known: limit, minAttributions/);
    expect(() => validateCheckConfig({ rulez: {} })).toThrow(FramelensError);
  });
});

describe('check: Markdown and HTML keep offsets into the original file', () => {
  it('blanks code and markup without moving anything', () => {
    const md = '# Title\n\nAnalysts say `code says` it **fails**.\n\n```\nSources said nothing.\n```\n\n[Critics argue](http://x.y/analysts-say) it works.\n';
    const prose = markdownProse(md);
    expect(prose.length).toBe(md.length);
    expect(prose).not.toMatch(/Sources said|code says|http/);
    const findings = check(md, { fileName: 'draft.md' });
    for (const f of findings) expect(md.slice(f.place.start.offset, f.place.end.offset)).toBe(f.actual ?? md.slice(f.place.start.offset, f.place.end.offset));
    expect(findings.map((f) => f.actual)).toEqual(['Analysts', 'Critics']);
    const html = '<p>Analysts say <b>it</b> fails.</p><script>Sources said x</script><pre>Critics argue</pre> &amp;';
    expect(htmlProse(html).length).toBe(html.length);
    expect(check(html, { fileName: 'a.html' }).map((f) => f.actual)).toEqual(['Analysts']);
  });
});

describe('framelens check (a real process, real files)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'framelens-check-'));
  writeFileSync(join(dir, 'draft.md'), draft);
  writeFileSync(join(dir, 'clean.txt'), 'Mayor Ann Lee said the bridge is safe.\n');

  it('prints findings like a linter and exits 0 on warnings only', () => {
    const r = run(['check', 'draft.md', 'clean.txt'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^draft\.md\n {2}1:1-1:9 +warning {2}Vague attribution to `Analysts` {2}vague-attribution$/m);
    expect(r.stdout).toMatch(/clean\.txt\n {2}no issues found/);
    expect(r.stdout).toMatch(/0 errors, 6 warnings, 0 info/);
  });

  it('exits 1 when a finding is an error, reading framelens.config.json', () => {
    const cfg = mkdtempSync(join(tmpdir(), 'framelens-cfg-'));
    writeFileSync(join(cfg, 'draft.txt'), draft);
    writeFileSync(join(cfg, 'framelens.config.json'), JSON.stringify({ rules: { 'anonymous-source': 'error' } }));
    expect(run(['check', 'draft.txt'], cfg).code).toBe(1);
  });

  it('reads the "framelens" key of package.json', () => {
    const cfg = mkdtempSync(join(tmpdir(), 'framelens-pkg-'));
    writeFileSync(join(cfg, 'draft.txt'), draft);
    writeFileSync(join(cfg, 'package.json'), JSON.stringify({ name: 'x', framelens: { rules: { 'vague-attribution': 'error' } } }));
    expect(run(['check', 'draft.txt'], cfg).code).toBe(1);
  });

  it('exits 2 on a malformed config or a missing file, naming it', () => {
    const cfg = mkdtempSync(join(tmpdir(), 'framelens-bad-'));
    writeFileSync(join(cfg, 'draft.txt'), draft);
    writeFileSync(join(cfg, 'framelens.config.json'), '{ "rules": { "vague-attribution": "loud" } }');
    const bad = run(['check', 'draft.txt'], cfg);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/framelens\.config\.json\.rules\.vague-attribution: a rule setting must be one of/);
    const missing = run(['check', 'nope.txt'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.txt: no such file/);
    expect(run(['check', '--format', 'xml'], dir).code).toBe(2);
  });

  it('writes SARIF 2.1.0 and JSON', () => {
    const sarif = JSON.parse(run(['check', 'draft.md', '--format', 'sarif'], dir).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].tool.driver.name).toBe('framelens');
    expect(sarif.runs[0].results[0]).toMatchObject({ ruleId: 'vague-attribution', level: 'warning', locations: [{ physicalLocation: { artifactLocation: { uri: 'draft.md' }, region: { startLine: 1, startColumn: 1 } } }] });
    const json = JSON.parse(run(['check', 'draft.md', '--format', 'json'], dir).stdout);
    expect(json[0].file).toBe('draft.md');
    expect(json[0].findings).toHaveLength(6);
  });
});
