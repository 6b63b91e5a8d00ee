import { expect } from 'vitest';

/** Every object with string `text` and numeric `start`/`end` anywhere inside a value. */
export function collectSpans(value: unknown, out: { text: string; start: number; end: number }[] = []): typeof out {
  if (Array.isArray(value)) for (const v of value) collectSpans(v, out);
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string' && typeof o.start === 'number' && typeof o.end === 'number') {
      out.push({ text: o.text, start: o.start, end: o.end });
    }
    for (const v of Object.values(o)) collectSpans(v, out);
  }
  return out;
}

/** Asserts that every span in `value` slices `input` exactly. */
export function expectExactSpans(input: string, value: unknown): void {
  for (const span of collectSpans(value)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.end).toBeGreaterThanOrEqual(span.start);
    expect(span.end).toBeLessThanOrEqual(input.length);
    expect(input.slice(span.start, span.end)).toBe(span.text);
  }
}
