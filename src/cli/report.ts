import type { OutletsSentence, OutletsSummary } from '../analyzers/outlets/types.js';
import type { SourcingSentence, SourcingSummary } from '../analyzers/sourcing/types.js';
import type { StanceSentence, StanceSummary } from '../analyzers/stance/types.js';
import type { Analysis, AnyAnalyzer } from '../pipeline/types.js';

type AnyAnalysis = Analysis<readonly AnyAnalyzer[]>;
type Style = (code: number, text: string) => string;

const plain: Style = (_code, text) => text;
const ansi: Style = (code, text) => `\u001b[${code}m${text}\u001b[0m`;

const clip = (text: string, max: number): string => {
  const oneLine = text.replace(/\s+/g, ' ');
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
};

const pct = (x: number | null): string => (x === null ? '–' : `${Math.round(x * 100)}%`);

/**
 * A readable report for a terminal: each attributed sentence with its sources, then the summary.
 *
 * @param analysis - the analysis to show
 * @param options - `color` for ANSI colours, `title` for a heading (the file name)
 */
export function textReport(analysis: AnyAnalysis, options: { color?: boolean; title?: string } = {}): string {
  const c = options.color ? ansi : plain;
  const lines: string[] = [];
  if (options.title) lines.push(c(1, options.title), '');
  for (const sentence of analysis.sentences) {
    const s = sentence as unknown as Record<string, unknown> & { index: number; text: string };
    const sourcingResult = s.sourcing as SourcingSentence | undefined;
    if (sourcingResult) {
      const mark = sourcingResult.status === 'attributed' ? c(32, '●') : sourcingResult.status === 'hedged' ? c(33, '◐') : sourcingResult.status === 'unattributed' ? c(31, '○') : c(2, '·');
      lines.push(`${mark} ${c(2, `[${s.index}]`)} ${clip(s.text, 110)}`);
      for (const a of sourcingResult.attributions) {
        if (a.sentence !== s.index && !a.continued) continue;
        const who = a.source.name && a.source.name !== a.source.text ? `${a.source.text ?? ''} → ${a.source.name}` : a.source.text ?? a.source.name ?? (a.continued ? '(continued)' : '(unstated)');
        const reason = a.source.reason ? `, reason: “${a.source.reason.text}”` : '';
        const cue = a.cue ? ` ${c(2, `via “${a.cue.text}”`)}` : a.continued ? c(2, ' (quote continues)') : '';
        lines.push(`      ${c(36, a.source.kind.padEnd(18))} ${who}${reason}${cue} ${c(2, a.mode)}`);
      }
      for (const h of sourcingResult.hedges) lines.push(`      ${c(33, 'hedge'.padEnd(18))} “${h.text}”`);
    } else {
      lines.push(`  [${s.index}] ${clip(s.text, 110)}`);
    }
    const outletsResult = s.outlets as OutletsSentence | undefined;
    for (const m of outletsResult?.mentions ?? []) {
      const what = m.outlet ? `${m.outlet.name} (${[m.outlet.type, m.outlet.country].filter(Boolean).join(', ')})` : `generic${m.stateAffiliated ? ', state-affiliated' : ''}`;
      lines.push(`      ${c(35, 'outlet'.padEnd(18))} “${m.text}” → ${what} ${c(2, m.role)}`);
    }
    const stanceResult = s.stance as StanceSentence | undefined;
    if (stanceResult && stanceResult.terms.length > 0) {
      const terms = stanceResult.terms.map((t) => `${t.negated ? 'not ' : ''}“${t.text}” ${t.category}${t.voice === 'quoted' ? ' (quoted)' : ''}`).join(', ');
      lines.push(`      ${c(stanceResult.flagged ? 31 : 33, (stanceResult.flagged ? `framing ${stanceResult.score}` : `stance ${stanceResult.score}`).padEnd(18))} ${terms}`);
    }
    for (const [key, value] of Object.entries(s)) {
      if (['index', 'start', 'end', 'text', 'paragraph', 'sourcing', 'outlets', 'stance'].includes(key)) continue;
      lines.push(`      ${c(35, key)} ${clip(JSON.stringify(value), 100)}`);
    }
  }
  lines.push('');
  const summary = analysis.summary as Record<string, unknown>;
  const sourcingSummary = summary.sourcing as SourcingSummary | undefined;
  if (sourcingSummary) {
    lines.push(c(1, 'Sourcing'));
    lines.push(`  score ${sourcingSummary.score ?? '–'} · ${sourcingSummary.attributions} attributions · anonymous ${pct(sourcingSummary.anonymousShare)} · vague ${pct(sourcingSummary.vagueShare)} · distinct named sources ${sourcingSummary.distinctNamedSources}`);
    lines.push(`  sentences: ${sourcingSummary.unattributedSentences} unattributed, ${sourcingSummary.hedgedSentences} hedged`);
    const kinds = Object.entries(sourcingSummary.byKind).filter(([, n]) => n > 0).map(([k, n]) => `${k} ${n}`);
    if (kinds.length > 0) lines.push(`  by kind: ${kinds.join(' · ')}`);
    if (sourcingSummary.topSources.length > 0) {
      lines.push(`  most quoted: ${sourcingSummary.topSources.map((t) => `${t.name} (${t.kind}, ${t.count})`).join('; ')}`);
    }
  }
  const outletsSummary = summary.outlets as OutletsSummary | undefined;
  if (outletsSummary) {
    lines.push(c(1, 'Outlets'));
    lines.push(`  ${outletsSummary.mentions} mentions (${outletsSummary.genericMentions} generic) · state-affiliated share of outlet sources ${pct(outletsSummary.stateAffiliatedSourceShare)}`);
    if (outletsSummary.sources.length > 0) lines.push(`  cited as sources: ${outletsSummary.sources.map((o) => `${o.name} (${o.type}, ${o.count})`).join('; ')}`);
  }
  const stanceSummary = summary.stance as StanceSummary | undefined;
  if (stanceSummary) {
    lines.push(c(1, 'Stance'));
    const counts = Object.entries(stanceSummary.counts).filter(([, n]) => n.author + n.quoted > 0).map(([k, n]) => `${k} ${n.author}${n.quoted ? ` (+${n.quoted} quoted)` : ''}`);
    lines.push(`  ${stanceSummary.flaggedSentences} flagged sentences · author-voice terms: ${counts.join(' · ') || 'none'}`);
    if (stanceSummary.topSentences.length > 0) lines.push(`  most framing: ${stanceSummary.topSentences.slice(0, 3).map((t) => `[${t.index}] ${t.score} (${t.terms.join(', ')})`).join('; ')}`);
  }
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'sourcing' || key === 'outlets' || key === 'stance') continue;
    lines.push(c(1, key), `  ${JSON.stringify(value)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A plain Markdown report: a table of attributions and the summary. */
export function markdownReport(analysis: AnyAnalysis, title?: string): string {
  const esc = (t: string): string => t.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
  const out: string[] = [`# framelens report${title ? `: ${esc(title)}` : ''}`, ''];
  const summary = analysis.summary as Record<string, unknown>;
  const sourcingSummary = summary.sourcing as SourcingSummary | undefined;
  if (sourcingSummary) {
    out.push('## Sourcing', '', `- Article score: **${sourcingSummary.score ?? '–'}**`, `- Attributions: ${sourcingSummary.attributions}`,
      `- Anonymous share: ${pct(sourcingSummary.anonymousShare)}; vague share: ${pct(sourcingSummary.vagueShare)}`,
      `- Distinct named sources: ${sourcingSummary.distinctNamedSources}`,
      `- Unattributed sentences: ${sourcingSummary.unattributedSentences}; hedged: ${sourcingSummary.hedgedSentences}`, '',
      '| sentence | source | kind | cue | mode | content |', '|---:|---|---|---|---|---|');
    for (const sentence of analysis.sentences) {
      const r = (sentence as unknown as { sourcing?: SourcingSentence }).sourcing;
      for (const a of r?.attributions ?? []) {
        if (a.sentence !== sentence.index) continue;
        const who = a.source.name && a.source.name !== a.source.text ? `${a.source.text} → ${a.source.name}` : a.source.text ?? '';
        out.push(`| ${sentence.index} | ${esc(who)} | ${a.source.kind} | ${esc(a.cue?.text ?? '')} | ${a.mode} | ${esc(clip(a.content.map((x) => x.text).join(' … '), 80))} |`);
      }
    }
    out.push('');
  }
  const outletsSummary = summary.outlets as OutletsSummary | undefined;
  if (outletsSummary) {
    out.push('## Outlets', '', '| sentence | mention | outlet | type | country | role |', '|---:|---|---|---|---|---|');
    for (const sentence of analysis.sentences) {
      for (const m of (sentence as unknown as { outlets?: OutletsSentence }).outlets?.mentions ?? []) {
        out.push(`| ${sentence.index} | ${esc(m.text)} | ${esc(m.outlet?.name ?? '(generic)')} | ${m.outlet?.type ?? (m.stateAffiliated ? 'state-affiliated' : '')} | ${m.outlet?.country ?? ''} | ${m.role} |`);
      }
    }
    out.push('', `State-affiliated share of outlet sources: ${pct(outletsSummary.stateAffiliatedSourceShare)}`, '');
  }
  const stanceSummary = summary.stance as StanceSummary | undefined;
  if (stanceSummary) {
    out.push('## Stance', '', `Flagged sentences: ${stanceSummary.flaggedSentences}`, '', '| sentence | term | category | voice | negated |', '|---:|---|---|---|---|');
    for (const sentence of analysis.sentences) {
      for (const t of (sentence as unknown as { stance?: StanceSentence }).stance?.terms ?? []) {
        out.push(`| ${sentence.index} | ${esc(t.text)} | ${t.category} | ${t.voice} | ${t.negated ? 'yes' : ''} |`);
      }
    }
    out.push('');
  }
  for (const [key, value] of Object.entries(summary)) {
    if (key === 'sourcing' || key === 'outlets' || key === 'stance') continue;
    out.push(`## ${key}`, '', '```json', JSON.stringify(value, null, 2), '```', '');
  }
  return `${out.join('\n')}\n`;
}
