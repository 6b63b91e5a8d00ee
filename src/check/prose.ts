// Prose from Markdown and HTML with offsets kept: everything that is not prose is replaced by
// spaces of the same length (line breaks kept), so offsets and line/column positions found in the
// returned text point into the original file.

const blank = (s: string) => s.replace(/[^\n]/g, ' ');

/**
 * Markdown: fenced and indented code blocks, inline code, HTML tags, link and image targets,
 * heading, list and quote markers become white space.
 *
 * @param source - the Markdown file's text
 */
export function markdownProse(source: string): string {
  const lines = source.split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      out.push(blank(line));
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      out.push(blank(line));
      continue;
    }
    // Indented code (four spaces or a tab), when not a list continuation.
    if (/^(?: {4}|\t)/.test(line) && !/^\s*(?:[-*+]|\d+[.)])\s/.test(line)) {
      out.push(blank(line));
      continue;
    }
    let l = line;
    l = l.replace(/^( {0,3})(#{1,6})(\s)/, (_m, a: string, h: string, b: string) => a + blank(h) + b);
    l = l.replace(/^(\s*)(>+)/, (_m, a: string, q: string) => a + blank(q));
    l = l.replace(/^(\s*)([-*+]|\d{1,9}[.)])(\s)/, (_m, a: string, m: string, b: string) => a + blank(m) + b);
    l = l.replace(/`[^`\n]*`/g, blank);
    l = l.replace(/<[^<>\n]{1,500}>/g, blank);
    // [text](target) and ![alt](src): keep the text, blank the brackets and the target.
    l = l.replace(/!?\[([^\]\n]{0,500})\]\(([^)\n]{0,1000})\)/g, (m, text: string) => ` ${text}${blank(m.slice(text.length + 1))}`);
    l = l.replace(/(\*\*|__|~~)/g, blank);
    out.push(l);
  }
  return out.join('\n');
}

/**
 * HTML: tags, comments, and the contents of script, style and pre/code elements become white
 * space; text between tags stays where it is.
 *
 * @param source - the HTML file's text
 */
export function htmlProse(source: string): string {
  // Comments and raw-text elements are found with indexOf, not a lazy regex, so an unclosed one
  // costs one scan to the end rather than one per occurrence.
  let s = blankBetween(source, '<!--', '-->');
  for (const tag of ['script', 'style', 'pre', 'code', 'template', 'noscript']) s = blankElement(s, tag);
  s = s.replace(/<[^<>]{0,2000}>/g, blank);
  // Character references keep their length as spaces so offsets do not move.
  s = s.replace(/&(?:[a-z]{2,8}|#\d{1,6}|#x[0-9a-f]{1,6});/gi, blank);
  return s;
}

/** Which reader a file name calls for. */
export function proseOf(name: string, source: string): string {
  if (/\.(?:md|markdown|mdx)$/i.test(name)) return markdownProse(source);
  if (/\.html?$/i.test(name)) return htmlProse(source);
  return source;
}

function blankBetween(s: string, open: string, close: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const a = s.indexOf(open, from);
    if (a < 0) break;
    const b = s.indexOf(close, a + open.length);
    const end = b < 0 ? s.length : b + close.length;
    out += s.slice(from, a) + blank(s.slice(a, end));
    from = end;
    if (b < 0) break;
  }
  return out + s.slice(from);
}

function blankElement(s: string, tag: string): string {
  // Lower-casing may change the length of a few characters (İ): then match case-sensitively.
  const folded = s.toLowerCase();
  const lower = folded.length === s.length ? folded : s;
  let out = '';
  let from = 0;
  for (;;) {
    const a = lower.indexOf(`<${tag}`, from);
    if (a < 0) break;
    const after = lower[a + tag.length + 1];
    if (after !== undefined && !/[\s>/]/.test(after)) {
      out += s.slice(from, a + 1);
      from = a + 1;
      continue;
    }
    const b = lower.indexOf(`</${tag}`, a);
    const close = b < 0 ? -1 : lower.indexOf('>', b);
    const end = close < 0 ? s.length : close + 1;
    out += s.slice(from, a) + blank(s.slice(a, end));
    from = end;
    if (close < 0) break;
  }
  return out + s.slice(from);
}
