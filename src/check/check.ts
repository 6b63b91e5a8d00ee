import * as v from 'valibot';
import { parseOrThrow } from '../_lib/validate.js';
import { defaultPipeline } from '../defaults.js';
import { FramelensError, InputTypeError } from '../errors.js';
import type { Analysis, AnyAnalyzer } from '../pipeline/types.js';
import { proseOf } from './prose.js';
import { RULES, type Rule, type Severity } from './rules.js';

export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** A finding, with vfile-message's field names. */
export interface Finding {
  readonly reason: string;
  readonly ruleId: string;
  readonly source: 'framelens';
  readonly severity: Severity;
  /** vfile-message convention: true for errors, false for warnings, null for info. */
  readonly fatal: boolean | null;
  readonly place: { readonly start: Point; readonly end: Point };
  readonly actual?: string;
  readonly expected?: readonly string[];
  readonly note?: string;
  readonly url: string;
}

const SEVERITIES = ['off', 'info', 'warning', 'error'] as const;
const ruleIds = RULES.map((r) => r.id);

const RuleSetting = v.union(
  [
    v.picklist(SEVERITIES),
    v.tuple([v.picklist(SEVERITIES, `severity must be one of ${SEVERITIES.join(', ')}`), v.record(v.string(), v.number('rule options must be numbers'))]),
  ],
  `a rule setting must be one of ${SEVERITIES.join(', ')}, or [severity, { options }]`,
);

export const CheckConfigSchema = v.strictObject({
  rules: v.optional(v.record(v.picklist(ruleIds, `unknown rule; known rules: ${ruleIds.join(', ')}`), RuleSetting)),
});

export type CheckConfig = v.InferOutput<typeof CheckConfigSchema>;

/**
 * Validates a check configuration (from framelens.config.json or package.json's "framelens" key).
 *
 * @param input - the parsed JSON
 * @param where - the file it came from, for messages
 */
export function validateCheckConfig(input: unknown, where = 'framelens config'): CheckConfig {
  const config = parseOrThrow(CheckConfigSchema, input, where);
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    if (!Array.isArray(setting)) continue;
    const rule = RULES.find((r) => r.id === id)!;
    for (const key of Object.keys(setting[1])) {
      if (!(key in rule.options)) {
        throw new FramelensError('ERR_OPTIONS', `${where}.rules.${id}: unknown option "${key}"; ${Object.keys(rule.options).length ? `known: ${Object.keys(rule.options).join(', ')}` : 'this rule has no options'}`);
      }
    }
  }
  return config;
}

const DOCS = 'https://github.com/framelens/framelens/blob/main/docs/check.md';

/** Line and column (1-based) of every offset, by binary search over line starts. */
function locator(text: string): (offset: number) => Point {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1, offset };
  };
}

/**
 * Checks a text's sourcing and framing against the rules, as a linter does.
 *
 * @param text - the draft (plain text, or Markdown/HTML with `fileName` saying so)
 * @param options - the configuration and, for Markdown or HTML, the file name
 * @returns findings sorted by position
 * @example
 * check('Analysts say the plan will fail.').map((f) => f.ruleId) //=> ['vague-attribution']
 */
export function check(text: string, options: { config?: CheckConfig; fileName?: string } = {}): Finding[] {
  if (typeof text !== 'string') throw new InputTypeError(text, 'check');
  const prose = options.fileName ? proseOf(options.fileName, text) : text;
  const analysis = defaultPipeline().analyze(prose) as unknown as Analysis<readonly AnyAnalyzer[]>;
  return checkAnalysis(analysis, text, options.config);
}

/** Applies the rules to an analysis already made of `text` (offsets must point into `text`). */
export function checkAnalysis(analysis: Analysis<readonly AnyAnalyzer[]>, text: string, config: CheckConfig = {}): Finding[] {
  const at = locator(text);
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const { severity, options } = settingOf(rule, config);
    if (severity === 'off') continue;
    for (const raw of rule.run({ analysis, text, options })) {
      findings.push({
        reason: raw.reason,
        ruleId: rule.id,
        source: 'framelens',
        severity,
        fatal: severity === 'error' ? true : severity === 'warning' ? false : null,
        place: { start: at(raw.span.start), end: at(raw.span.end) },
        ...(raw.actual !== undefined ? { actual: raw.actual } : {}),
        ...(raw.expected !== undefined ? { expected: raw.expected } : {}),
        ...(raw.note !== undefined ? { note: raw.note } : {}),
        url: `${DOCS}#${rule.id}`,
      });
    }
  }
  return findings.sort((a, b) => a.place.start.offset - b.place.start.offset || a.ruleId.localeCompare(b.ruleId));
}

function settingOf(rule: Rule, config: CheckConfig): { severity: Severity | 'off'; options: Record<string, number> } {
  const setting = config.rules?.[rule.id];
  if (setting === undefined) return { severity: rule.severity, options: { ...rule.options } };
  if (typeof setting === 'string') return { severity: setting, options: { ...rule.options } };
  return { severity: setting[0], options: { ...rule.options, ...setting[1] } };
}

/** `12:5-12:31  warning  Reason  rule-id`, as linters print. */
export function formatFinding(f: Finding): string {
  const place = `${f.place.start.line}:${f.place.start.column}-${f.place.end.line}:${f.place.end.column}`;
  return `${place.padEnd(14)} ${f.severity.padEnd(7)}  ${f.reason}  ${f.ruleId}`;
}

/** SARIF 2.1.0 log of findings for many files, for code-scanning tools. */
export function toSarif(results: readonly { file: string; findings: readonly Finding[] }[], version: string): object {
  const level = (s: Severity) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'framelens',
          version,
          informationUri: DOCS,
          rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.description }, helpUri: `${DOCS}#${r.id}`, defaultConfiguration: { level: level(r.severity) } })),
        },
      },
      results: results.flatMap(({ file, findings }) => findings.map((f) => ({
        ruleId: f.ruleId,
        level: level(f.severity),
        message: { text: f.reason },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: file.replace(/\\/g, '/') },
            region: { startLine: f.place.start.line, startColumn: f.place.start.column, endLine: f.place.end.line, endColumn: f.place.end.column, charOffset: f.place.start.offset, charLength: f.place.end.offset - f.place.start.offset },
          },
        }],
      }))),
    }],
  };
}

export { RULES };
