import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parseOrThrow } from '../../_lib/validate.js';
import { readCorpusJson } from '../../_lib/corpus.js';
import { FramelensError } from '../../errors.js';
import type { OutletRecord } from './types.js';

const TYPES = ['wire', 'state-affiliated', 'public-broadcaster', 'newspaper', 'broadcaster', 'digital', 'magazine', 'news-outlet'] as const;

/** The shape of a user-supplied outlet record, checked with valibot. */
export const OutletRecordSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'id must be lower-case letters, digits and hyphens')),
  name: v.pipe(v.string(), v.minLength(1, 'name must not be empty'), v.maxLength(120)),
  aliases: v.optional(v.array(v.pipe(v.string(), v.minLength(1), v.maxLength(120))), []),
  country: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'country must be an ISO 3166-1 alpha-2 code such as "BY"'))), null),
  type: v.picklist(TYPES, `type must be one of ${TYPES.join(', ')}`),
  stateMediaTypology: v.optional(v.string()),
  domain: v.optional(v.string()),
  wikidata: v.optional(v.string()),
  sources: v.optional(v.array(v.string())),
});

/**
 * Checks user-supplied records and returns them, or throws a FramelensError (ERR_LEXICON) that
 * names the record and field at fault.
 *
 * @param input - an array of records, or `{ outlets: [...] }` as in the shipped file
 * @param where - a name for messages (the file the records came from)
 */
export function validateOutlets(input: unknown, where = 'gazetteer'): OutletRecord[] {
  const list = Array.isArray(input) ? input : (input as { outlets?: unknown } | null)?.outlets;
  if (!Array.isArray(list)) throw new FramelensError('ERR_LEXICON', `${where}: expected an array of outlet records or { outlets: [...] }`);
  const output = parseOrThrow(v.array(OutletRecordSchema), list, where);
  const ids = new Set<string>();
  for (const record of output) {
    if (ids.has(record.id)) throw new FramelensError('ERR_LEXICON', `${where}: duplicate outlet id "${record.id}"`);
    ids.add(record.id);
  }
  return output as OutletRecord[];
}

/**
 * Reads a gazetteer file (JSON) with clear errors for a missing or malformed file.
 *
 * @param path - the file to read
 */
export function readOutletsFile(path: string): OutletRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new FramelensError('ERR_FILE', `cannot read outlet gazetteer ${path}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FramelensError('ERR_LEXICON', `${path}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  return validateOutlets(data, path);
}

/** The gazetteer shipped in the package (corpus/outlets/gazetteer.json), read once. */
export function shippedOutlets(): OutletRecord[] {
  return readCorpusJson<{ outlets: OutletRecord[] }>('outlets/gazetteer.json').outlets;
}
