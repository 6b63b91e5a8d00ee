/** Span-level precision, recall and F1, lenient (overlap) and exact (same trimmed boundaries). */
export interface SpanLike {
  start: number;
  end: number;
}

export interface Counts {
  tpPredicted: number;
  predicted: number;
  tpGold: number;
  gold: number;
}

export const emptyCounts = (): Counts => ({ tpPredicted: 0, predicted: 0, tpGold: 0, gold: 0 });

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.predicted ? c.tpPredicted / c.predicted : 0;
  const recall = c.gold ? c.tpGold / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const STRIP = /[\s.,;:!?…“”‘’"'«»„‚‹›—–-]/u;

/** Boundaries without surrounding white space, punctuation and quote marks. */
export function trim(text: string, s: SpanLike): SpanLike {
  let { start, end } = s;
  while (start < end && STRIP.test(text[start]!)) start++;
  while (end > start && STRIP.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Whether two spans share at least one character. */
export const overlaps = (a: SpanLike, b: SpanLike) => a.start < b.end && b.start < a.end;

/** Adds one document's predicted and gold spans to lenient and exact counts. */
export function score(text: string, predicted: SpanLike[], gold: SpanLike[], lenient: Counts, exact: Counts): void {
  const key = (s: SpanLike) => `${s.start}:${s.end}`;
  const uniq = (list: SpanLike[]) => [...new Map(list.map((s) => [key(s), s])).values()];
  const p = uniq(predicted);
  const g = uniq(gold);
  lenient.predicted += p.length;
  lenient.gold += g.length;
  exact.predicted += p.length;
  exact.gold += g.length;
  lenient.tpPredicted += p.filter((x) => g.some((y) => overlaps(x, y))).length;
  lenient.tpGold += g.filter((y) => p.some((x) => overlaps(x, y))).length;
  const pt = p.map((s) => key(trim(text, s)));
  const gt = new Set(g.map((s) => key(trim(text, s))));
  const ptSet = new Set(pt);
  exact.tpPredicted += pt.filter((k) => gt.has(k)).length;
  exact.tpGold += [...gt].filter((k) => ptSet.has(k)).length;
}
