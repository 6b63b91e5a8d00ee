import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Every shipped lexicon entry names where it came from, and that source is described (with its
// licence) in the file's provenance.
const lexicons = fileURLToPath(new URL('../corpus/lexicons/', import.meta.url));
const read = (name: string) => JSON.parse(readFileSync(lexicons + name, 'utf8')) as Record<string, unknown>;

describe('lexicon provenance', () => {
  it('traces every attribution cue, noun, adjective and phrase to a described source', () => {
    const cues = read('attribution-cues.json') as { provenance: { id: string; licence: string }[] } & Record<string, { source: string }[]>;
    const ids = new Set(cues.provenance.map((p) => p.id));
    expect(cues.provenance.every((p) => p.licence.length > 0)).toBe(true);
    for (const list of ['entries', 'nouns', 'adjectives', 'phrases']) {
      expect(cues[list]!.length).toBeGreaterThan(0);
      for (const e of cues[list]!) expect(ids.has(e.source), `${list}: ${JSON.stringify(e)}`).toBe(true);
    }
  });

  it('traces every source-word list to a described source', () => {
    const words = read('source-words.json') as { provenance: { id: string }[]; lists: Record<string, { source: string; words: string[] }> };
    const ids = new Set(words.provenance.map((p) => p.id));
    for (const [name, list] of Object.entries(words.lists)) {
      expect(ids.has(list.source), name).toBe(true);
      expect(list.words.length, name).toBeGreaterThan(0);
    }
  });

  it('traces every stance entry to a described source', () => {
    for (const file of readdirSync(lexicons + 'stance').filter((f) => f.endsWith('.json'))) {
      const lexicon = read(`stance/${file}`) as { provenance: Record<string, string>; entries: { term: string; source: string }[] };
      for (const e of lexicon.entries) expect(lexicon.provenance[e.source], `${file}: ${e.term}`).toBeTruthy();
    }
  });
});
