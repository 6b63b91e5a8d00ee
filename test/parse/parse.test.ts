import { describe, expect, it } from 'vitest';
import { InputTypeError, parse } from '../../src/index.js';
import { expectExactSpans } from '../helpers.js';

describe('parse', () => {
  it('gives every token, sentence and paragraph exact offsets', () => {
    const text = '  Mr. Delgado said the U.S. Army will go.\n\n“It is done,” he said.  Dr. Helena Marsh didn\'t agree. 😀 ';
    const doc = parse(text);
    expectExactSpans(text, doc);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['Mr. Delgado said the U.S. Army will go.', '“It is done,” he said.  Dr. Helena Marsh didn\'t agree. 😀']);
    expect(doc.tokens.find((t) => t.text === 'said')?.lemma).toBe('say');
  });

  it('keeps a quotation and its speaker in one sentence', () => {
    const doc = parse('“Stop!” he said. “Why?” asked Ms. Lee. Gov. Smith left.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['“Stop!” he said.', '“Why?” asked Ms. Lee.', 'Gov. Smith left.']);
  });

  it('does not break a sentence after a title that wink splits from its full stop', () => {
    const doc = parse('His father, the Rev. Charles Okafor, knew her for decades. They met in 1990.');
    expect(doc.sentences.map((s) => s.text)).toEqual(['His father, the Rev. Charles Okafor, knew her for decades.', 'They met in 1990.']);
  });

  it('does not break a sentence inside brackets', () => {
    const doc = parse('Rep. Ann Kuster (D-N.H.) said so. Then she left.');
    expect(doc.sentences[0]!.text).toBe('Rep. Ann Kuster (D-N.H.) said so.');
  });

  it('never lets a sentence cross a paragraph', () => {
    const doc = parse('First line without a stop\nSecond line here.');
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1]);
  });

  it('separates paragraphs by blank lines when the text has them, so wrapped lines stay together', () => {
    const doc = parse('A wrapped\nline of text.\n\nNext paragraph.');
    expect(doc.paragraphs).toHaveLength(2);
    expect(doc.sentences[0]!.text).toBe('A wrapped\nline of text.');
  });

  it('marks the negated token', () => {
    const doc = parse('She did not agree.');
    expect(doc.tokens.find((t) => t.text === 'agree')?.negated).toBe(true);
  });

  it('throws a typed error for a non-string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(InputTypeError);
    expect(() => parse(null as unknown as string)).toThrow(/expects a string of text, received null/);
  });
});

describe('quotations', () => {
  const contents = (text: string) => parse(text).quotes.map((q) => q.content.text);

  it('pairs curly, straight, guillemet and low-nine marks', () => {
    expect(contents('“One two.” ‘Three four.’ "Five six." «Sept huit» „Neun zehn“ ‚Elf zwölf‘ ‹Un deux›')).toEqual([
      'One two.', 'Three four.', 'Five six.', 'Sept huit', 'Neun zehn', 'Elf zwölf', 'Un deux',
    ]);
  });

  it('tells apostrophes from quote marks', () => {
    expect(contents('Belarus’s army didn’t move in the ’90s, and the Joneses’ house stood. rock ’n’ roll, \'em')).toEqual([]);
    expect(contents("It's the 'real' deal in the '90s.")).toEqual(['real']);
  });

  it('runs a quotation on into a paragraph that reopens it', () => {
    const doc = parse('“We will rebuild.\n\n“And we will do it fast,” she said.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.continued).toBe(true);
    expect(doc.quotes[0]!.close).toBe('”');
    expect(doc.quotes[0]!.sentenceStart).toBe(0);
    expect(doc.quotes[0]!.sentenceEnd).toBe(1);
  });

  it('ends a quotation left open at a paragraph that does not reopen it', () => {
    const doc = parse('He said “we will see.\n\nThe next paragraph is prose.');
    expect(doc.quotes).toHaveLength(1);
    expect(doc.quotes[0]!.close).toBeNull();
    expect(doc.quotes[0]!.content.text).toBe('we will see.');
  });

  it('nests quotations', () => {
    const doc = parse('“He told me ‘never again’ twice,” she said.');
    expect(doc.quotes.map((q) => [q.content.text, q.depth])).toEqual([
      ['He told me ‘never again’ twice,', 0],
      ['never again', 1],
    ]);
    const never = doc.tokens.find((t) => t.text === 'never')!;
    expect(doc.quotes[never.quote]!.depth).toBe(1);
  });

  it('pairs mixed curly and straight double marks, and newswire double apostrophes', () => {
    expect(contents('“Our roads are crumbling," she said. "It is bad,” he added.')).toEqual(['Our roads are crumbling,', 'It is bad,']);
    expect(contents("''The reason is simple, '' said the mayor.")).toEqual(['The reason is simple, ']);
    const doc = parse("''We are told, 'It is a special case,''' the minister said.");
    expect(doc.quotes.map((q) => [q.content.text, q.depth, q.close])).toEqual([
      ["We are told, 'It is a special case,'", 0, "''"],
      ['It is a special case,', 1, "'"],
    ]);
  });

  it('survives unbalanced marks', () => {
    const text = '”” “ ‘ " \' « » ‹ „ ‚ ” ’ end';
    const doc = parse(text);
    expectExactSpans(text, doc);
  });
});

describe('proper-name chunks', () => {
  it('splits titles from names', () => {
    const doc = parse('Defense Minister Victor Khrenin met Dr. Helena Marsh and Mr. Delgado.');
    expect(doc.names.map((n) => [n.title?.text ?? null, n.name?.text ?? null, n.kind])).toEqual([
      ['Defense Minister', 'Victor Khrenin', 'person'],
      ['Dr.', 'Helena Marsh', 'person'],
      ['Mr.', 'Delgado', 'person'],
    ]);
  });

  it('reads institutions and party labels that open a title', () => {
    const doc = parse('Senate Majority Leader Anna Roth and Senate Democrat Paul Berg met the Republican Party.');
    expect(doc.names.map((n) => [n.title?.text ?? null, n.name?.text ?? null, n.kind])).toEqual([
      ['Senate Majority Leader', 'Anna Roth', 'person'],
      ['Senate Democrat', 'Paul Berg', 'person'],
      [null, 'Republican Party', 'organization'],
    ]);
  });

  it('tells organizations by their words', () => {
    const doc = parse('She works for the European Union and the Bank of America.');
    expect(doc.names.map((n) => [n.text, n.kind])).toEqual([
      ['European Union', 'organization'],
      ['Bank of America', 'organization'],
    ]);
  });

  it('does not take a capitalized sentence opener for a name', () => {
    const doc = parse('The report was late. However, Smith said so.');
    expect(doc.names.map((n) => n.text)).toEqual(['Smith']);
  });
});
