import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateOutletsGold } from '../../../scripts/eval-outlets.js';
import { analyze, createPipeline, FramelensError, outlets, shippedOutlets, sourcing, validateOutlets } from '../../../src/index.js';
import { expectExactSpans } from '../../helpers.js';

const mentions = (text: string) => {
  const analysis = analyze(text);
  expectExactSpans(text, analysis);
  return analysis.sentences.flatMap((s) => s.outlets.mentions).map((m) => ({ text: m.text, id: m.outlet?.id ?? null, generic: m.generic, role: m.role }));
};

describe('outlets: the gazetteer', () => {
  it('ships at least 1,500 outlets with the wire agencies, state media and native-script names', () => {
    const records = shippedOutlets();
    expect(records.length).toBeGreaterThanOrEqual(1500);
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const id of ['reuters-gb', 'associated-press-us', 'agence-france-presse-fr', 'xinhua-news-agency-cn', 'tass-ru', 'belta-by', 'korean-central-news-agency-kp']) {
      expect(byId.has(id), id).toBe(true);
    }
    expect(byId.get('tass-ru')).toMatchObject({ country: 'RU', type: 'state-affiliated', stateMediaTypology: 'SC' });
    expect(byId.get('tass-ru')!.aliases).toContain('ТАСС');
    expect(byId.get('xinhua-news-agency-cn')!.aliases).toContain('新华社');
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
  });

  it('validates user records with errors that name the record and field', () => {
    expect(() => validateOutlets([{ id: 'x', name: 'X', type: 'blog' }])).toThrow(/\[0\]\.type: type must be one of/);
    expect(() => validateOutlets([{ id: 'Bad Id', name: 'X', type: 'wire' }])).toThrow(/\[0\]\.id/);
    expect(() => validateOutlets([{ id: 'x', name: 'X', type: 'wire', country: 'Belarus' }])).toThrow(/country must be an ISO 3166-1 alpha-2 code/);
    expect(() => validateOutlets({ nope: 1 })).toThrow(FramelensError);
    expect(() => validateOutlets([{ id: 'a', name: 'A', type: 'wire' }, { id: 'a', name: 'B', type: 'wire' }])).toThrow(/duplicate outlet id "a"/);
  });

  it('reads a user file, with clear errors for a missing or malformed one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framelens-outlets-'));
    const good = join(dir, 'mine.json');
    writeFileSync(good, JSON.stringify({ outlets: [{ id: 'harbor-herald-xx', name: 'Harbor Herald', type: 'newspaper', country: 'US' }] }));
    const pipeline = createPipeline([outlets({ gazetteer: good })]);
    const found = pipeline.analyze('The Harbor Herald reported the closure.').sentences[0]!.outlets.mentions;
    expect(found.map((m) => m.outlet?.id)).toEqual(['harbor-herald-xx']);
    expect(() => outlets({ gazetteer: join(dir, 'missing.json') })).toThrow(/cannot read outlet gazetteer .*missing\.json: ENOENT/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{ not json');
    expect(() => outlets({ gazetteer: broken })).toThrow(/broken\.json: not valid JSON/);
  });

  it('attaches the caller’s own ratings by outlet id or domain', () => {
    const pipeline = createPipeline([outlets({ ratings: { 'reuters-gb': { reliability: 'high' }, 'bbc.com': 5 } })]);
    const found = pipeline.analyze('Reuters and the BBC reported the fire. Xinhua said so too.').sentences.flatMap((s) => s.outlets.mentions);
    expect(found.map((m) => [m.outlet?.id, m.outlet?.rating])).toEqual([['reuters-gb', { reliability: 'high' }], ['bbc-gb', 5], ['xinhua-news-agency-cn', undefined]]);
    expect(() => outlets({ ratings: [] as never })).toThrow(/ratings must be an object/);
  });

  it('lets users extend the shipped gazetteer', () => {
    const pipeline = createPipeline([outlets({ extend: [{ id: 'eastwick-gazette-us', name: 'Eastwick Gazette', aliases: ['the Gazette'], country: 'US', type: 'newspaper' }] })]);
    const found = pipeline.analyze('The Eastwick Gazette reported that Reuters was wrong.').sentences[0]!.outlets.mentions;
    expect(found.map((m) => m.outlet?.id)).toEqual(['eastwick-gazette-us', 'reuters-gb']);
  });
});

describe('outlets: detection and roles', () => {
  it('links names and aliases, in any script', () => {
    expect(mentions('The talks failed, according to Xinhua.')).toEqual([{ text: 'Xinhua', id: 'xinhua-news-agency-cn', generic: false, role: 'source' }]);
    expect(mentions('ТАСС сообщает об этом.')[0]?.id).toBe('tass-ru');
    expect(mentions('This development, as reported by BelTA, marks a shift.')[0]).toMatchObject({ id: 'belta-by', role: 'source' });
  });

  it('tells sources, venues and subjects apart', () => {
    expect(mentions('Reuters reported the deal.')[0]!.role).toBe('source');
    expect(mentions('The minister told CNN that he would stay.')[0]!.role).toBe('venue');
    expect(mentions('Speaking to Kyodo, the envoy declined to comment.')[0]!.role).toBe('venue');
    expect(mentions('The government banned the BBC last year.')[0]!.role).toBe('subject');
  });

  it('needs a cue for names that are also ordinary words or short codes', () => {
    expect(mentions('The sun rose over the harbor.')).toEqual([]);
    expect(mentions('Time is running out.')).toEqual([]);
    expect(mentions('An AP exam is required for the course.')).toEqual([]);
    expect(mentions('The Sun newspaper reported the transfer.')[0]?.id).toBe('the-sun-gb');
    expect(mentions('AP reported that the vote was delayed.')[0]?.id).toBe('associated-press-us');
  });

  it('does not take the tail of a longer name for an outlet', () => {
    expect(mentions('The Eastwick Gazette reported that the dam leaked.')).toEqual([]);
  });

  it('resolves a short form to the outlet named in full earlier', () => {
    const found = mentions('The New York Times reported the plan. The Times said the mayor agreed.');
    expect(found.map((m) => m.id)).toEqual(['the-new-york-times-us', 'the-new-york-times-us']);
  });

  it('finds generic references and marks state-affiliated ones', () => {
    const analysis = analyze('Russian state media reported the launch. Local media said the river flooded. He posted it on social media.');
    const all = analysis.sentences.flatMap((s) => s.outlets.mentions);
    expect(all.map((m) => [m.text, m.generic, m.stateAffiliated, m.role])).toEqual([
      ['Russian state media', true, true, 'source'],
      ['Local media', true, false, 'source'],
    ]);
    expect(analysis.summary.outlets.stateAffiliatedSourceShare).toBe(0.5);
    // "news" takes the word after it only when that word names the outlet, and a text may end at "news".
    expect(mentions('Russian state news said the launch failed.').map((m) => m.text)).toEqual(['Russian state news']);
    expect(mentions('Russian state news agency reported the launch.').map((m) => m.text)).toEqual(['Russian state news agency']);
    expect(mentions('official News').map((m) => m.text)).toEqual(['official News']);
  });

  it('feeds the sourcing analyzer: outlet sources link to their record', () => {
    const analysis = analyze('The bridge will close, according to Reuters. State media reported that the talks failed.');
    const sources = analysis.sentences.flatMap((s) => s.sourcing.attributions).map((a) => [a.source.kind, a.source.outlet?.id ?? null, a.source.stateAffiliated]);
    expect(sources).toEqual([['outlet', 'reuters-gb', false], ['outlet', null, true]]);
    expect(analysis.summary.sourcing.stateAffiliatedShare).toBe(0.5);
    // Without the outlets analyzer, sourcing still runs and recognises outlets from their words.
    const alone = createPipeline([sourcing()]).analyze('The bridge will close, according to Reuters.');
    expect(alone.sentences[0]!.sourcing.attributions[0]!.source.kind).toBe('outlet');
  });
});

describe('outlets accuracy on the team gold set', () => {
  it('keeps precision, recall and role accuracy', () => {
    const r = evaluateOutletsGold(fileURLToPath(new URL('../../../corpus/gold/outlets.jsonl', import.meta.url)));
    expect(r.items).toBeGreaterThanOrEqual(150);
    expect(r.linked.correct / r.linked.predicted).toBeGreaterThanOrEqual(0.97);
    expect(r.linked.found / r.linked.gold).toBeGreaterThanOrEqual(0.95);
    expect(r.roles.correct / r.roles.compared).toBeGreaterThanOrEqual(0.93);
  });
});
