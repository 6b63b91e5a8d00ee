import * as v from 'valibot';
import { FramelensError } from '../errors.js';

/**
 * Parses user-supplied data with a valibot schema, or throws a FramelensError (ERR_LEXICON) whose
 * message names the place at fault: `mine.json[3].country: country must be …`.
 *
 * @param schema - the valibot schema
 * @param input - the data to check
 * @param where - what the data is, for the message (a file name or an option)
 */
export function parseOrThrow<TSchema extends v.GenericSchema>(schema: TSchema, input: unknown, where: string): v.InferOutput<TSchema> {
  const result = v.safeParse(schema, input);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const path = (issue.path ?? []).map((p) => (typeof p.key === 'number' ? `[${p.key}]` : `.${String(p.key)}`)).join('');
  throw new FramelensError('ERR_LEXICON', `${where}${path}: ${issue.message}`);
}
