import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, InputTypeError, parse } from '../../src/index.js';
import { expectExactSpans } from '../helpers.js';

// Pieces that stress the parser: quote marks, apostrophes, emoji, RTL, zero-width characters,
// lone surrogates, markup, line breaks and speech verbs.
const pieces = fc.constantFrom(
  '“', '”', '‘', '’', '"', "'", '«', '»', '„', '‚', '‹', '›', ' ', '\n', '\n\n', '\t', '.', ',', '!', '?', ':', '—',
  'said', 'he', 'Mr.', 'Smith', 'according to', 'sources', 'told Reuters', 'citing', 'who', 'analysts say',
  '😀', '👩‍👩‍👧', 'مرحبا', 'שלום', '\u200b', '\u200d', '\u200e', '\ud800', '\udfff', '<p>', '</b>', '&amp;', 'don’t',
  '(', ')', 'U.S.', '2,000', 'ТАСС', '新华社',
  'is expected to', 'appeared to', 'it seems that', 'his warning that', 'Okafor’s promise to', 'In a poll', 'who',
  'are wary of', 'shot back that', 'as she put it', 'made it clear', 'view', 'as', '4 in 10 say', 'issued a statement saying',
  "''", "'''", '``', '--', '―', '–', 'EXCLUSIVE', 'faced criticism from', 'when asked', 'After saying', 'who officials say is',
  'according to state records', '42%', 'A third said', 'Some say', 'her friend said', 'was criticized', 'plans to', 'consider',
  'in Keller’s view', 'in the eyes of', '(@okafor)', 'Rev.', 'so-called', 'called him', 'Not everyone', 'she’s predicted',
  'a source close to him', 'Texas-based', 'both stressed', ', meanwhile,', 'in particular', 'CORRECTION', 'Question',
  'The poll by', 'found.', 'slams', 'which he prefers', 'reported from', 'All told', 'whether',
);
const texty = fc.array(fc.oneof(pieces, fc.string(), fc.string({ unit: 'grapheme' })), { maxLength: 40 }).map((a) => a.join(''));

// Words the analyzers' rules look for, joined by spaces into run-on "sentences" that reach every rule
// with odd neighbours: a word alone, a rule's cue at the end of the text, a conjunction first.
const ruleWords = fc.constantFrom(
  'the', 'mayor', 'said', 'that', 'to', 'say', 'was', 'is', 'promising', 'them', 'Pressed', 'about', 'by', 'Challenged',
  'questions', 'how', 'whether', 'led', 'some', 'question', 'polls', 'show', 'found', 'it', 'difficult', 'reporting',
  'Additional', 'precincts', ',', '.', ';', ':', '“', '”', '"', "'s", 'Okafor', 'Reyes', 'and', 'praises', 'chides',
  'continued', 'here', 'tell', 'a', 'strategy', 'believe', 'he', 'went', 'out', 'of', 'his', 'way', 'spoke', 'at', 'on',
  'Tuesday', 'when', 'thanked', 'worried', 'analysts', 'For', 'Do', 'you', 'support', '?', 'made', 'no', 'mention', 'so',
  'Says', '9:23PMLee', '2011', 'noted', 'charged', 'articulate', 'brilliantly', 'all', 'vowed', 'running', 'mate', '—',
  '(', ')', '4', 'in', '10', 'hints', 'pledges', 'vow', 'In', 'According', 'asked', 'Asked', 'while', 'who', 'which',
  // (and the outlets' and stance analyzers' words)
  'News', 'news', 'state', 'media', 'Russian', 'official', 'agency', 'Reuters', 'BelTA', 'told', 'citing', 'allegedly',
  'claimed', 'very', 'so-called', 'reportedly',
);
const wordy = fc.array(ruleWords, { minLength: 1, maxLength: 30 }).map((a) => a.join(' '));

describe('analyze on any input', () => {
  it('returns a valid analysis whose spans slice the input exactly', () => {
    fc.assert(
      fc.property(texty, (text) => {
        const analysis = analyze(text);
        expect(analysis.schemaVersion).toBe(1);
        expectExactSpans(text, analysis);
        expectExactSpans(text, parse(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('returns valid spans for run-on sequences of the words the sourcing rules look for', () => {
    fc.assert(
      fc.property(wordy, (text) => {
        expectExactSpans(text, analyze(text));
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it('handles the edge cases named in the contract', () => {
    const cases = [
      '',
      '   \n\n\t ',
      'a'.repeat(5000),
      '“'.repeat(3000) + '"'.repeat(3000) + '’'.repeat(3000),
      '😀'.repeat(500),
      'قال المتحدث إن الاجتماع انتهى. ' + 'שלום עולם.',
      'zero\u200bwidth\u200bjoiner\u200d text said\u200b so.',
      'lone \ud800 surrogate \udc00 here said he.',
      '<html><body><p>“Hello,” <b>she</b> said.</p></body></html>',
      '“Unbalanced quotes never close, he said.\n\n‘Nor these.',
      ':“his warning that',
      // (Found by fuzzing: a sentence of one word, and a conjunction opening a phrase before a colon.)
      'in',
      'and whether here Additional : Additional continued praises he precincts tell about Do he',
      'official News',
      `''We are told, 'a case,''' he said. “Mixed," she said. ''Spaced, '' said he.`,
    ];
    for (const text of cases) {
      const analysis = analyze(text);
      expectExactSpans(text, analysis);
    }
    expect(analyze('').sentences).toEqual([]);
  });

  it('reads a 1 MB text with no punctuation', () => {
    const words = ['the', 'minister', 'said', 'sources', 'Smith', 'city'];
    let text = '';
    for (let i = 0; text.length < 1_000_000; i++) text += `${words[i % words.length]} `;
    const analysis = analyze(text);
    expect(analysis.sentences.length).toBeGreaterThan(0);
    const last = analysis.sentences[analysis.sentences.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  it('throws a typed error for input that is not a string', () => {
    for (const bad of [undefined, null, 1, {}, [], Buffer.from('x')]) {
      expect(() => analyze(bad as unknown as string)).toThrow(InputTypeError);
    }
  });
});
