import type { Span } from '../types.js';

/**
 * Paragraph extents of a text. When the text has blank lines anywhere, only blank lines
 * separate paragraphs (so hard-wrapped lines stay together); otherwise every line break does
 * (the one-paragraph-a-line layout of many feeds and of our seed article).
 * Leading and trailing white space is not part of a paragraph.
 */
export function findParagraphs(text: string): Span[] {
  const blankLine = /\n[ \t\r\f\v\u00a0]*\n/;
  const separator = blankLine.test(text.trim()) ? /\n[ \t\r\f\v\u00a0]*\n\s*/g : /\n\s*/g;
  const spans: Span[] = [];
  let from = 0;
  const push = (start: number, end: number): void => {
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > start) spans.push({ text: text.slice(start, end), start, end });
  };
  for (const match of text.matchAll(separator)) {
    push(from, match.index);
    from = match.index + match[0].length;
  }
  push(from, text.length);
  return spans;
}

/** White space as String.prototype.trim understands it. */
export function isSpace(code: number): boolean {
  return (
    code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}
