// Character tests used on every token. The regular expressions live at module level: a `\p{…}`
// literal inside a function is compiled anew on each call once the bundler lowers it to
// `new RegExp(…)`, which showed up as the parser's largest cost in profiles.
const UPPER = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
const ANY_UPPER = /\p{Lu}/u;
const ANY_LOWER = /\p{Ll}/u;

/** The text starts with an upper-case letter (ASCII fast path). */
export function startsUpper(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(text);
}

/** The text starts with a lower-case letter (ASCII fast path). */
export function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER.test(text);
}

export const hasUpper = (text: string): boolean => ANY_UPPER.test(text);
export const hasLower = (text: string): boolean => ANY_LOWER.test(text);

/** Written in capitals, like an acronym ("NATO", "U.S.", "BBC"): no lower-case letter, some upper-case. */
export function isAllCaps(text: string): boolean {
  let upper = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
    else if (c >= 128) return !ANY_LOWER.test(text) && ANY_UPPER.test(text);
  }
  return upper;
}
