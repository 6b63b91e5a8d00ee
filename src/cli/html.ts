import type { OutletsSentence } from '../analyzers/outlets/types.js';
import type { SourceKind, SourcingSentence, SourcingSummary } from '../analyzers/sourcing/types.js';
import type { StanceSentence } from '../analyzers/stance/types.js';
import type { Analysis, AnyAnalyzer } from '../pipeline/types.js';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const KIND_COLOURS: Record<SourceKind, string> = {
  'named-person': '#2e7d32', 'named-organization': '#558b2f', 'official-role': '#00838f', outlet: '#1565c0',
  document: '#6a1b9a', anonymous: '#c62828', vague: '#ef6c00', unresolved: '#757575',
};

interface Mark {
  start: number;
  end: number;
  className: string;
  title: string;
  colour?: string;
}

/**
 * One self-contained HTML page: the article with sources, cues, outlets and stance terms
 * highlighted (a legend, hover details), a chart of source kinds and a table of sources. No external
 * scripts, styles or fonts, so it works offline.
 *
 * @param text - the analyzed text
 * @param analysis - its analysis
 * @param title - the page title (a file name)
 */
export function htmlReport(text: string, analysis: Analysis<readonly AnyAnalyzer[]>, title = 'framelens report'): string {
  const marks: Mark[] = [];
  const rows: string[] = [];
  const seen = new Set<number>();
  for (const s of analysis.sentences as unknown as { index: number; sourcing?: SourcingSentence; outlets?: OutletsSentence; stance?: StanceSentence }[]) {
    for (const a of s.sourcing?.attributions ?? []) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      const detail = `${a.source.kind}${a.source.name ? ` · ${a.source.name}` : ''} · ${a.mode}${a.source.reason ? ` · reason: ${a.source.reason.text}` : ''}`;
      if (a.source.start !== null && a.source.end !== null) marks.push({ start: a.source.start, end: a.source.end, className: `source kind-${a.source.kind}`, title: detail, colour: KIND_COLOURS[a.source.kind] });
      if (a.cue) marks.push({ start: a.cue.start, end: a.cue.end, className: 'cue', title: `cue of: ${a.source.text ?? a.source.name ?? ''}` });
      rows.push(`<tr><td>${s.index + 1}</td><td>${escapeHtml(a.source.text ?? (a.continued ? '(continued)' : '(unstated)'))}</td><td><span class="chip" style="background:${KIND_COLOURS[a.source.kind]}">${a.source.kind}</span></td><td>${escapeHtml(a.cue?.text ?? '')}</td><td>${a.mode}</td></tr>`);
    }
    for (const m of s.outlets?.mentions ?? []) {
      marks.push({ start: m.start, end: m.end, className: 'outlet', title: m.outlet ? `${m.outlet.name} · ${m.outlet.type} · ${m.outlet.country ?? '?'} · ${m.role}` : `generic${m.stateAffiliated ? ', state-affiliated' : ''} · ${m.role}` });
    }
    for (const t of s.stance?.terms ?? []) {
      marks.push({ start: t.start, end: t.end, className: `stance stance-${t.category}${t.voice === 'quoted' ? ' quoted' : ''}`, title: `${t.category} · ${t.voice}${t.negated ? ' · negated' : ''}` });
    }
  }
  const body = highlight(text, marks);
  const summary = (analysis.summary as { sourcing?: SourcingSummary }).sourcing;
  const kinds = summary ? Object.entries(summary.byKind) as [SourceKind, number][] : [];
  const max = Math.max(1, ...kinds.map(([, n]) => n));
  const chart = kinds.map(([k, n], i) => `<g transform="translate(0,${i * 22})"><text x="0" y="15">${k}</text><rect x="150" y="3" height="15" width="${Math.round((n / max) * 300)}" fill="${KIND_COLOURS[k]}"></rect><text x="${158 + Math.round((n / max) * 300)}" y="15">${n}</text></g>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
.article{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:1rem 1.25rem;background:#fcfcfc}
mark{background:none;border-bottom:3px solid;padding:0 1px;cursor:help}
mark.source{font-weight:600}
mark.cue{border-color:#999;border-bottom-style:dotted}
mark.outlet{background:#e3f2fd;border-color:#1565c0}
mark.stance{background:#fff3e0;border-color:#ef6c00}
mark.stance.quoted{background:#f5f5f5;border-color:#bbb}
.legend span{display:inline-block;margin:0 .75rem .4rem 0}
.chip{color:#fff;border-radius:3px;padding:0 .4rem;font-size:.85em}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.25rem .5rem;text-align:left}
svg text{font-size:13px}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<section class="legend" aria-label="legend">
${Object.entries(KIND_COLOURS).map(([k, c]) => `<span><mark class="source" style="border-color:${c}">source</mark> ${k}</span>`).join('\n')}
<span><mark class="cue">cue</mark></span><span><mark class="outlet">outlet</mark></span><span><mark class="stance">framing term</mark></span><span><mark class="stance quoted">term in a quote</mark></span>
</section>
<section class="article">${body}</section>
<h2>Sources</h2>
${summary ? `<p>Score <strong>${summary.score ?? '–'}</strong> · ${summary.attributions} attributions · anonymous ${summary.anonymousShare === null ? '–' : `${Math.round(summary.anonymousShare * 100)}%`} · vague ${summary.vagueShare === null ? '–' : `${Math.round(summary.vagueShare * 100)}%`}</p>
<svg role="img" aria-label="source kinds" width="520" height="${kinds.length * 22 + 4}">${chart}</svg>` : ''}
<table><thead><tr><th>sentence</th><th>source</th><th>kind</th><th>cue</th><th>mode</th></tr></thead><tbody>
${rows.join('\n')}
</tbody></table>
</body></html>
`;
}

/** The text with non-overlapping marks (earlier and longer first; nested or crossing ones skipped). */
function highlight(text: string, input: Mark[]): string {
  // Marks on the same words (a cue that is also a distancing verb, a source that is an outlet) merge.
  const byPlace = new Map<string, Mark>();
  for (const m of input) {
    const key = `${m.start}:${m.end}`;
    const had = byPlace.get(key);
    if (!had) byPlace.set(key, { ...m });
    else {
      // A continued quotation repeats its source: say it once.
      if (!` ${had.className} `.includes(` ${m.className} `)) had.className = `${had.className} ${m.className}`;
      if (!had.title.split('\n').includes(m.title)) had.title = `${had.title}\n${m.title}`;
      had.colour ??= m.colour;
    }
  }
  const marks = [...byPlace.values()].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const m of marks) {
    if (m.start < at || m.end <= m.start) continue;
    out += escapeHtml(text.slice(at, m.start));
    const style = m.colour ? ` style="border-color:${m.colour}"` : '';
    out += `<mark class="${m.className}" title="${escapeHtml(m.title)}"${style}>${escapeHtml(text.slice(m.start, m.end))}</mark>`;
    at = m.end;
  }
  return out + escapeHtml(text.slice(at));
}
