import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const schema = JSON.parse(readFileSync(new URL('../schema/analysis.schema.json', import.meta.url), 'utf8'));
const sample = readFileSync(new URL('../corpus/samples/harbor-bridge.txt', import.meta.url), 'utf8');

describe('the published JSON Schema', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  const validate = ajv.compile(schema);

  it('accepts real output of the default pipeline', () => {
    for (const text of [sample, '', 'One line.', '“Unclosed, he said.\n\nMore.']) {
      const analysis = JSON.parse(JSON.stringify(analyze(text)));
      const ok = validate(analysis);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it('rejects output that breaks the contract', () => {
    const analysis = JSON.parse(JSON.stringify(analyze(sample)));
    analysis.sentences[2].sourcing.attributions[0].source.kind = 'famous';
    expect(validate(analysis)).toBe(false);
    expect(validate({ schemaVersion: 2, sentences: [], summary: {} })).toBe(false);
  });
});
