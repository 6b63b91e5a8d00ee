import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../../src/cli/html.js';
import { analyze } from '../../src/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const sample = join(root, 'corpus/samples/harbor-bridge.txt');
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe('the HTML report', () => {
  const text = 'Analysts say the “plan” <will> fail, according to Reuters. The senator claimed it was a disgraceful scheme.';
  const page = htmlReport(text, analyze(text) as never, 'draft & notes');

  it('is one self-contained page: no external scripts, styles or fonts', () => {
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).not.toMatch(/<script|<link|@import|src=|url\(/i);
    expect(page).toMatch(/<title>draft &amp; notes<\/title>/);
  });

  it('highlights sources, cues, outlets and stance terms, escaping the text', () => {
    expect(page).toMatch(/<mark class="source kind-vague" title="vague · indirect"[^>]*>Analysts<\/mark>/);
    expect(page).toMatch(/<mark class="source kind-outlet outlet" title="outlet · Reuters · according-to\nReuters · wire · GB · source"[^>]*>Reuters<\/mark>/);
    expect(page).toMatch(/<mark class="cue stance stance-distancing-verb" title="cue of: The senator\ndistancing-verb · author">claimed<\/mark>/);
    expect(page).toContain('&lt;will&gt;');
    expect(page).toMatch(/<svg role="img" aria-label="source kinds"/);
  });

  it('is what `framelens analyze --format html` writes', () => {
    const loader = join(root, 'node_modules/tsx/dist/loader.mjs');
    const out = execFileSync(process.execPath, ['--import', `file://${loader}`, join(root, 'src/cli/main.ts'), 'analyze', sample, '--format', 'html'], { encoding: 'utf8' });
    expect(out).toMatch(/<mark class="source kind-named-person"[^>]*>Mayor Lena Okafor<\/mark>/);
    const two = spawnSync(process.execPath, ['--import', `file://${loader}`, join(root, 'src/cli/main.ts'), 'analyze', sample, sample, '--format', 'html'], { encoding: 'utf8' });
    expect(two.status).toBe(2);
    expect(two.stderr).toMatch(/one page for one input/);
  });

  // Rendered in a real browser: the highlights exist in the DOM the page builds.
  it.skipIf(!chromium)('renders in headless Chromium with its highlights (skipped without Chromium)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-html-'));
    const file = join(dir, 'report.html');
    writeFileSync(file, htmlReport(text, analyze(text) as never));
    const r = spawnSync(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${join(dir, 'profile')}`, '--dump-dom', `file://${file}`], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(0);
    const marks = r.stdout.match(/<mark class="[^"]+"/g) ?? [];
    expect(marks.some((m) => m.includes('source kind-vague'))).toBe(true);
    expect(marks.some((m) => m.includes('stance'))).toBe(true);
    expect(r.stdout).toContain('Analysts');
  });
});
