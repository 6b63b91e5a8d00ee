import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze, createPipeline, FramelensError, sourcing, type Attribution } from '../../../src/index.js';
import { expectExactSpans } from '../../helpers.js';

/** The attributions whose cue sits in each sentence (continued quotes included), in order. */
function attributions(text: string): Attribution[] {
  const analysis = analyze(text);
  expectExactSpans(text, analysis);
  const seen = new Set<number>();
  const out: Attribution[] = [];
  for (const s of analysis.sentences) for (const a of s.sourcing.attributions) if (!seen.has(a.id)) { seen.add(a.id); out.push(a); }
  return out;
}

const brief = (a: Attribution) => ({ kind: a.source.kind, source: a.source.text, cue: a.cue?.text ?? null, mode: a.mode });

describe('sourcing: direct quotations', () => {
  it('finds the speaker after the quotation', () => {
    const [a] = attributions('“The bridge is safe,” Mayor Lena Okafor said.');
    expect(brief(a!)).toEqual({ kind: 'named-person', source: 'Mayor Lena Okafor', cue: 'said', mode: 'direct' });
    expect(a!.content.map((c) => c.text)).toEqual(['The bridge is safe']);
    expect(a!.source.name).toBe('Lena Okafor');
  });

  it('finds an inverted speaker: “…,” said X', () => {
    const [a] = attributions('“We will appeal,” said Anna Keller, a lawyer for the family.');
    expect(brief(a!)).toEqual({ kind: 'named-person', source: 'Anna Keller', cue: 'said', mode: 'direct' });
  });

  it('finds the speaker before the quotation', () => {
    const [a] = attributions('The minister told parliament: “We have no money left.”');
    expect(brief(a!)).toEqual({ kind: 'official-role', source: 'The minister', cue: 'told', mode: 'direct' });
    expect(a!.content[0]!.text).toBe('We have no money left');
  });

  it('takes both halves of a quotation split by its cue', () => {
    const [a] = attributions('“We tried,” he said, “but the money ran out.”');
    expect(a!.content.map((c) => c.text)).toEqual(['We tried', 'but the money ran out']);
  });

  it('reads transcript speaker labels and headline colons', () => {
    const list = attributions('Partial transcript: LENA OKAFOR: The bridge stays shut. (END CLIP.) REYES: And the tolls?');
    expect(list.map((a) => [a.source.text, a.source.kind, a.cue?.text, a.content[0]?.text])).toEqual([
      ['LENA OKAFOR', 'named-person', ':', 'The bridge stays shut'],
      ['REYES', 'named-person', ':', 'And the tolls'],
    ]);
    // A cue inside a headline's content does not hide the headline's own speaker.
    const headline = attributions('Okafor: Residents Say the Bridge Must Close');
    expect(headline.map((a) => a.source.text)).toContain('Okafor');
    // Labels and capitalised headlines before a colon do not speak.
    expect(attributions('CORRECTION: An earlier version misstated the toll.')).toEqual([]);
    expect(attributions('FIX IS IN: Council Ignores Bridge Report.')).toEqual([]);
    expect(attributions('Question: Who can cross a bridge that never opens?').filter((a) => a.cue?.text === ':')).toEqual([]);
  });

  it('attributes quotations without a verb', () => {
    // (A hyphen sign-off that wink splits into a sentence of its own.)
    const [signed] = attributions('"The bridge will close in May." - Lena Okafor. The council disagreed.');
    expect(signed).toMatchObject({ source: { kind: 'named-person', text: 'Lena Okafor' }, mode: 'direct' });
    expect(signed!.content.map((c) => c.text)).toEqual(['The bridge will close in May']);
    // ("According to the recently court-released playbook": an adverb before a hyphenated compound.)
    expect(attributions('According to the recently court-released harbor playbook, staff pushed sales.')[0]!.source.text).toBe('the recently court-released harbor playbook');
    expect(brief(attributions('“The rules apply to everyone.” — Commissioner Maria Starks')[0]!)).toMatchObject({ kind: 'named-person', source: 'Commissioner Maria Starks', mode: 'direct' });
    expect(brief(attributions('From the chairwoman: “We will vote on Friday.”')[0]!)).toMatchObject({ kind: 'official-role', source: 'the chairwoman', mode: 'direct' });
  });

  it('attributes an embedded post to the account in its sign-off', () => {
    const text = '<post id="1">The bridge opens today. Come and see it. — Lena Okafor (@lenaokafor) May 5, 2026</post>';
    const [a] = attributions(text);
    expect(brief(a!)).toMatchObject({ kind: 'named-person', source: 'Lena Okafor', cue: '—', mode: 'direct' });
    expect(a!.content[0]!.text).toBe('The bridge opens today. Come and see it');
  });
});

describe('sourcing: indirect and mixed speech', () => {
  it('finds indirect speech with a that-clause', () => {
    const [a] = attributions('Khrenin emphasized during the briefing that the system is ready.');
    expect(brief(a!)).toEqual({ kind: 'named-person', source: 'Khrenin', cue: 'emphasized', mode: 'indirect' });
    expect(a!.content[0]!.text).toBe('the system is ready');
  });

  it('finds the source after the content: “…, officials said”', () => {
    const [a] = attributions('The bridge will reopen in May, officials said on Monday.');
    expect(brief(a!)).toEqual({ kind: 'vague', source: 'officials', cue: 'said', mode: 'indirect' });
    expect(a!.content[0]!.text).toBe('The bridge will reopen in May');
  });

  it('marks indirect speech with a quoted fragment as mixed', () => {
    const [a] = attributions('She insisted the inspection had found “nothing that required closing the bridge.”');
    expect(a!.mode).toBe('mixed');
  });

  it('takes poll proportions as sources: “4 in 10 say”, “64 percent call”', () => {
    const [a] = attributions('About 4 in 10 say they want the next governor to cut taxes.');
    expect(brief(a!)).toMatchObject({ kind: 'vague', cue: 'say' });
    expect(a!.source.text).toContain('4 in 10');
    const [b] = attributions('And 64 percent call him competent.');
    expect(b!.source.text).toBe('64 percent');
  });

  it('gives an infinitive cue the subject of the predicate that hosts it', () => {
    const [a] = attributions('Rural voters were more likely to say that the economy comes first.');
    expect(brief(a!)).toEqual({ kind: 'vague', source: 'Rural voters', cue: 'were more likely to say', mode: 'indirect' });
    const [b] = attributions('Mayor Lena Okafor took to Twitter to say the bridge would reopen soon.');
    expect(b!.source.text).toBe('Mayor Lena Okafor');
    // A purpose infinitive has no source of its own.
    expect(attributions('The council hired a consultant to explain the rules.')).toEqual([]);
  });

  it('does not read nouns before a comma as cues', () => {
    expect(attributions('Another eight states, with 83 votes, have split control.')).toEqual([]);
    expect(attributions('Huma Adler, chair of the presidential campaign, emailed donors.')).toEqual([]);
    expect(attributions('The senator lost 7 points, and now sits at 11%.')).toEqual([]);
    expect(attributions('Voters went to the polls in Rust Belt states that have lost factory jobs.')).toEqual([]);
    expect(attributions('His stump speech focused on the bridge.').map((a) => a.cue?.text)).toEqual([]);
    // "went on" reports speech only next to a quotation.
    expect(attributions('She went on to win the seat.')).toEqual([]);
  });

  it('finds nominal cues with their possessor: “his warning that …”, “Okafor’s promise to …”', () => {
    const [a] = attributions('Mayor Lena Okafor’s promise to reopen the bridge by May drew applause.');
    expect(brief(a!)).toEqual({ kind: 'named-person', source: 'Mayor Lena Okafor', cue: 'promise', mode: 'indirect' });
    expect(a!.content[0]!.text).toBe('reopen the bridge by May drew applause');
    const found = attributions('Lena Okafor spoke on Monday. Her warning that the bridge could fail was ignored.');
    const warning = found.find((x) => x.cue?.text === 'warning')!;
    expect(warning.source).toMatchObject({ text: 'Her', name: 'Lena Okafor', kind: 'named-person' });
    expect(warning.content[0]!.text).toContain('the bridge could fail');
    // The object of a light verb: "issued a warning that …", "made several statements on …".
    const [issued] = attributions('The ministry issued a warning that the dam could fail.');
    expect(brief(issued!)).toEqual({ kind: 'named-organization', source: 'The ministry', cue: 'issued a warning', mode: 'indirect' });
    expect(attributions('The mayor made several statements on the matter.')[0]!.cue?.text).toBe('made several statements');
    // What the act says may follow as a participle, a relative clause, a quotation or a target.
    const [sent] = attributions('The registrar sent out a statement Tuesday reassuring voters that no names were missing.');
    expect(brief(sent!)).toMatchObject({ source: 'The registrar', cue: 'sent out a statement' });
    expect(sent!.content.map((c) => c.text)).toEqual(['reassuring voters that no names were missing']);
    const put = attributions('The campaign put out a statement that contradicted his remarks.').find((x) => x.cue?.text === 'put out a statement');
    expect(put!.content.map((c) => c.text)).toEqual(['contradicted his remarks']);
    const [hurled] = attributions('Okafor hurled insults at the council.');
    expect(brief(hurled!)).toMatchObject({ source: 'Okafor', cue: 'hurled insults' });
    expect(hurled!.content.map((c) => c.text)).toEqual(['the council']);
    expect(attributions('The mayor issued a statement, “We will rebuild the bridge.”')[0]!.content.map((c) => c.text)).toEqual(['We will rebuild the bridge']);
    // Subjects wink splits oddly: an adverb set off after the subject, an article and a modifier
    // tagged an adverb, a time phrase after a name, a chain of hyphens, a past form after a pronoun.
    expect(brief(attributions('Okafor, meanwhile, hopes that winning the vote will help.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'hopes' });
    expect(attributions('The mayor leads in the city, a new statewide poll has found.')[0]!.source).toMatchObject({ kind: 'document', text: 'a new statewide poll' });
    expect(attributions('The most recent polling in Harbor City shows the mayor leading.')[0]!.source.kind).toBe('document');
    expect(brief(attributions('On that point, Okafor Sunday night recounted her talks with the council.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'recounted' });
    expect(attributions('“We did not discuss that,” warm-and-fuzzy Okafor said.')[0]!.source.text).toBe('warm-and-fuzzy Okafor');
    expect(brief(attributions('She referenced her own ties to the union, recalling a strike in 1990.')[0]!)).toMatchObject({ source: 'She', cue: 'referenced' });
    expect(brief(attributions('Even so, she and her allies are going after Reynolds.')[0]!)).toMatchObject({ cue: 'are going after' });
    // A capitalised modal before a past form is a name ("Will wrote", as in George Will).
    expect(brief(attributions('“The bridge must close,” Will wrote.')[0]!)).toMatchObject({ source: 'Will', cue: 'wrote' });
    expect(attributions('Will the bridge close?')).toEqual([]);
    // "said" after a name wink tags as an adjective; "nine out of 10"; an adverb set off before a
    // relative clause; "just like it" compares.
    expect(brief(attributions('In a call with analysts Monday, chief executive Ian Read said the plant would stay.')[0]!)).toMatchObject({ source: 'chief executive Ian Read', cue: 'said' });
    expect(attributions('Nearly nine out of 10 say they will need new skills.')[0]!.source.text).toBe('Nearly nine out of 10');
    expect(attributions('Okafor, meanwhile, who has no endorsements, said the race was close.')[0]!.source.text).toBe('Okafor');
    expect(attributions('Hundreds of bridges just like it will need repair.')).toEqual([]);
    // A named poll is a document, and may follow its findings as a parenthetical; "the two"
    // speaks; "have" as the main verb still gives a later participle its subject.
    const poll = attributions('Residents oppose the toll, a new Harbor Times/Civic Institute Poll finds, a debate that will go on.').find((x) => x.cue?.text === 'finds')!;
    expect(poll.source.kind).toBe('document');
    expect(brief(attributions('The statement by the two suggested both are invested.')[0]!)).toMatchObject({ cue: 'suggested' });
    expect(brief(attributions('Okafor had a harsh assessment of the plan, while saying that the bridge could stay.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'saying' });
    // A hyphenated compound heads a subject; a role held towards someone keeps its "to" phrase.
    expect(attributions('“We will rebuild,” this Okafor look-alike declared in the square.')[0]!.source.text).toBe('this Okafor look-alike');
    expect(attributions('The ferry will stop, an adviser to the governor confirmed.')[0]!.source.text).toBe('an adviser to the governor');
    expect(brief(attributions('Reynolds found no fault with the plan.')[0]!)).toMatchObject({ source: 'Reynolds', cue: 'found no fault' });
    // A participle takes the subject of a clause whose past form wink tags an adjective, and may
    // follow a dash; ", and she railed against …" starts a report of its own.
    expect(brief(attributions('Okafor belittled the issue of the loans, calling it a paperwork error.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'calling' });
    expect(brief(attributions('Traders expect a cut - implying that they fear a slump.').find((x) => x.cue?.text === 'implying')!)).toMatchObject({ source: 'Traders' });
    const railed = attributions('Okafor said the council had failed, and she railed against its leaders.');
    expect(railed.map((x) => [x.cue?.text, x.content.map((c) => c.text)])).toEqual([['said', ['the council had failed']], ['railed against', ['its leaders']]]);
    // A subordinate clause that opens the sentence ends its cue's content at its comma, and is no
    // content of the main clause; a capitalised conjunction is no part of the subject.
    const sub = attributions('While 40 teachers said they wanted a strike, 95 members favored Okafor.');
    expect(sub.map((x) => [x.source.text, x.cue?.text, x.content.map((c) => c.text)])).toEqual([
      ['40 teachers', 'said', ['they wanted a strike']],
      ['95 members', 'favored', ['Okafor']],
    ]);
    expect(attributions('Although Okafor opposes the toll, she will not block it.')[0]!.content.map((c) => c.text)).toEqual(['the toll']);
    // ("As Okafor attacked Reynolds, the crowd chanted, “…”": "as" opens such a clause too, and the
    // mode follows what is left; ", while Democrats defended …" ends the content before it.)
    const asClause = attributions('As Okafor attacked Reynolds, the crowd chanted, “Close it!”');
    expect(asClause.map((x) => [x.source.text, x.mode])).toEqual([['Okafor', 'indirect'], ['the crowd', 'direct']]);
    const contrast = attributions('Republicans criticized the plan, while Democrats defended it as fair.');
    expect(contrast.map((x) => x.content.map((c) => c.text))).toEqual([['the plan'], ['it as fair']]);
    expect(attributions('When Okafor thanked the crew, the crowd cheered.')[0]!.source.text).toBe('Okafor');
    // An idiom outranks its verb's own category ("went after" is no "went on").
    expect(brief(attributions('Okafor went after the council on tolls.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'went after' });
    expect(brief(attributions('The mayor weighed in on the debate.')[0]!)).toMatchObject({ source: 'The mayor', cue: 'weighed in' });
    // A perfect participle after a comma, and "poised to" lending its subject.
    expect(brief(attributions('Okafor misjudged the council, having referred to it as an ally.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'referred' });
    expect(brief(attributions('The mayor is poised to argue that the toll must stay.')[0]!)).toMatchObject({ source: 'The mayor', cue: 'is poised to argue' });
    // A word of anonymity inside the content is no reason clause.
    expect(brief(attributions('The senator said that his lack of knowledge was worrisome.')[0]!)).toMatchObject({ source: 'The senator', cue: 'said' });
    // Two relative clauses joined by "and" lie between the subject and its verb.
    expect(attributions('A man who worshiped here and who did not want to be named said the bridge was unsafe.')[0]!.source).toMatchObject({ kind: 'anonymous', text: 'A man' });
    // An adverb may sit between the comma and a participle; "laid out", "spelled out" report.
    expect(attributions('Okafor criticized the council, falsely suggesting that it had lied.').map((x) => x.cue?.text)).toContain('suggesting');
    expect(brief(attributions('The engineer laid out a plan to save the bridge.')[0]!)).toMatchObject({ source: 'The engineer', cue: 'laid out' });
    // A verb aimed at someone may report its object alone; "said Tuesday." reports nothing.
    expect(brief(attributions('Okafor attacked Reynolds.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'attacked' });
    expect(attributions('Okafor attacked Reynolds.')[0]!.content.map((c) => c.text)).toEqual(['Reynolds']);
    expect(attributions('The mayor said Tuesday.')).toEqual([]);
    expect(attributions('Okafor opposes tolls.')[0]!.content.map((c) => c.text)).toEqual(['tolls']);
    expect(attributions('The mayor railed against it.')[0]!.content.map((c) => c.text)).toEqual(['it']);
    // "that" before a noun with no verb after it is a determiner, whatever wink tags it.
    expect(attributions('Okafor rejected that account.')[0]!.content.map((c) => c.text)).toEqual(['that account']);
    expect(attributions('Okafor said that account was wrong.')[0]!.content.map((c) => c.text)).toEqual(['account was wrong']);
    // A clause after a semicolon whose subject reports again ends the content before it.
    const semi = attributions('Okafor opposed the toll; the council members said it was needed.');
    expect(semi.map((x) => x.content.map((c) => c.text))).toEqual([['the toll'], ['it was needed']]);
    expect(brief(attributions('Okafor talked up her harbor plan.')[0]!)).toMatchObject({ source: 'Okafor', cue: 'talked up' });
    // "states" is a noun unless a clause, colon or quotation follows it; a capitalised "adverb"
    // inside a sentence is a name.
    expect(attributions('The money went to states and then states spent it.')).toEqual([]);
    expect(brief(attributions('The ferry will stop running, Jolly said.')[0]!)).toMatchObject({ source: 'Jolly', cue: 'said' });
    // "put" makes an act only with "out".
    expect(attributions('She put a letter on the desk that explained nothing.')).toEqual([]);
    expect(attributions('His statement on the matter was brief.')).toEqual([]);
    // A relative clause after the noun is not what the noun reports.
    expect(attributions('The claim that was made in court fell apart.')).toEqual([]);
  });

  it('takes a document that opens the sentence as its source: “In a poll released Monday, …”', () => {
    const found = attributions('In a Harbor Institute poll released Monday, 52 percent of residents backed the toll.');
    const a = found.find((x) => x.cue?.text === 'In');
    expect(brief(a!)).toEqual({ kind: 'document', source: 'a Harbor Institute poll', cue: 'In', mode: 'according-to' });
    expect(a!.content[0]!.text).toBe('52 percent of residents backed the toll');
    expect(attributions('In the morning, the ferry left on time.')).toEqual([]);
    // The poll's respondents keep their own attribution, with what they backed as its content.
    expect(found.find((x) => x.cue?.text === 'backed')?.content.map((c) => c.text)).toEqual(['the toll']);
    // A statement belongs to the one who speaks in the clause.
    expect(attributions('In a statement, the governor said the bridge is safe.').map((x) => x.cue?.text)).toEqual(['said']);
  });

  it('steps back over a time phrase between the subject and the cue', () => {
    expect(attributions('Lena Okafor, the mayor, on Tuesday called the toll a mistake.')[0]!.source.text).toBe('Lena Okafor');
    expect(attributions('Councillor Amir Haddad (Labour) last week said the toll would pass.')[0]!.source.text).toBe('Councillor Amir Haddad');
  });

  it('finds predicative cues: “are wary of”, “was critical of”, “is confident that”', () => {
    const [a] = attributions('Port officials are wary of raising the tolls again.');
    expect(brief(a!)).toEqual({ kind: 'official-role', source: 'Port officials', cue: 'are wary of', mode: 'indirect' });
    const [b] = attributions('The mayor is confident that the bridge will reopen in May.');
    expect(b!.cue?.text).toBe('is confident that');
    expect(b!.content[0]!.text).toBe('the bridge will reopen in May');
    expect(attributions('It is unclear whether the bridge will reopen.')).toEqual([]);
    // Past a negation or a floated quantifier, with adjectives of attitude.
    expect(attributions('The two councillors were both sternly critical of the plan.')[0]?.cue?.text).toBe('were both sternly critical of');
    expect(attributions('Some fishermen were not fond of the new rules.')[0]?.cue?.text).toBe('were not fond of');
    expect(attributions('The mayor is upbeat about the harbor’s chances.')[0]?.cue?.text).toBe('is upbeat about');
  });

  it('finds verbal idioms and framing verbs: “shot back that”, “made it clear”, “see X as Y”', () => {
    const [a] = attributions('The mayor shot back that the bridge had never been safe.');
    expect(brief(a!)).toEqual({ kind: 'official-role', source: 'The mayor', cue: 'shot back', mode: 'indirect' });
    expect(a!.content[0]!.text).toBe('the bridge had never been safe');
    expect(attributions('Lena Okafor made it clear she would run again.')[0]!.cue?.text).toBe('made it clear');
    const [b] = attributions('Many residents view the toll as a betrayal.');
    expect(brief(b!)).toEqual({ kind: 'vague', source: 'Many residents', cue: 'view', mode: 'indirect' });
    expect(b!.content[0]!.text).toBe('the toll as a betrayal');
    expect(attributions('Residents saw the bridge from the ferry.')).toEqual([]);
    // An adjective completing the object frames it too; without one, "consider" is no report.
    expect(brief(attributions('Just 30 percent of residents consider the mayor honest.')[0]!)).toMatchObject({ source: 'Just 30 percent of residents', cue: 'consider' });
    expect(attributions('The judge will consider the motion on Monday.')).toEqual([]);
    // Weighing a question, deciding, wishing and ordering report a thought or a will.
    expect(brief(attributions('The council is considering whether to close the bridge.')[0]!)).toMatchObject({ source: 'The council', cue: 'is considering' });
    expect(attributions('The mayor is reportedly considering a second term.').map((x) => x.cue?.text)).toEqual(['reportedly']);
    expect(brief(attributions('The board decided to keep the toll.')[0]!)).toMatchObject({ source: 'The board', cue: 'decided' });
    expect(brief(attributions('The mayor would like to see the bridge reopen.')[0]!)).toMatchObject({ source: 'The mayor', cue: 'would like' });
    expect(attributions('Ferries like this one carry cars.')).toEqual([]);
    expect(brief(attributions('The judge ordered that the records be released.')[0]!)).toMatchObject({ source: 'The judge', cue: 'ordered' });
    // Seeing is a judgement only with "as" or a that-clause; being watched is not one.
    expect(brief(attributions('Critics see the toll as a tax on commuters.')[0]!)).toMatchObject({ source: 'Critics', cue: 'see' });
    expect(attributions('The referendum saw a record turnout.')).toEqual([]);
    // ("responded by explaining that …" still reports.)
    expect(attributions('Okafor responded by explaining that the cables had rusted.').map((x) => x.cue?.text)).toContain('responded');
    // Senses that report nothing: a modifier, an increase, an act in return.
    expect(attributions('The party held its nominating convention in July.')).toEqual([]);
    expect(attributions('The mayor won the vote, adding to her string of victories.')).toEqual([]);
    expect(attributions('The council responded by closing the bridge.')).toEqual([]);
    expect(attributions('The clip was viewed 10 million times.')).toEqual([]);
    const [c] = attributions('“We are done,” as the mayor put it.');
    expect(brief(c!)).toEqual({ kind: 'official-role', source: 'the mayor', cue: 'put it', mode: 'direct' });
    // A time phrase after "said" is not part of the cue.
    expect(attributions('The bridge will close, as the mayor said on Monday.')[0]!.cue?.text).toBe('said');
  });

  it('reads a verb outside the lexicon followed by a that-clause as a cue', () => {
    const [a] = attributions('The engineer calculated that the cables would last a decade.');
    expect(brief(a!)).toMatchObject({ source: 'The engineer', cue: 'calculated', mode: 'indirect' });
    // ... but not a verb that states a requirement.
    expect(attributions('The rules ensure that the bridge stays open.')).toEqual([]);
  });

  it('finds subjects with possessives, hyphens, coordinated pronouns and partitives', () => {
    const cases: [string, string][] = [
      ['The plan is good, her friend said.', 'her friend'],
      ['The plan is good, his spokesman said.', 'his spokesman'],
      ['The plan is good, Ms. Shanklin-Hawkins said.', 'Ms. Shanklin-Hawkins'],
      ['Jean-Pierre Martin said the plan is good.', 'Jean-Pierre Martin'],
      ['The plan is good, he and Ms. Allen said.', 'he and Ms. Allen'],
      ['Most of them said they had loved working there.', 'Most of them'],
      ['Nearly 10 percent of them said they backed the mayor.', 'Nearly 10 percent of them'],
      ['Someone called it a “quiet revolution.”', 'Someone'],
      ['Officials speaking on condition of anonymity said the talks had stalled.', 'Officials'],
      ['Sen. Ann Lee (D-Ill.), noting the size of the crowd, said the vote would pass.', 'Sen. Ann Lee'],
    ];
    for (const [text, source] of cases) expect(attributions(text)[0]?.source.text, text).toBe(source);
    expect(attributions('Officials speaking on condition of anonymity said the talks had stalled.')[0]!.source.kind).toBe('anonymous');
  });

  it('takes numbers, fractions, percentages and quantifiers as poll subjects', () => {
    const cases: [string, string][] = [
      ['A third said the same of the mayor.', 'A third'],
      ['More than six in 10 said they were not looking forward to it.', 'six in 10'],
      ['43 said the same of the governor.', '43'],
      ['On economic issues, 42% say they are liberal.', '42%'],
      ['Some say they hear echoes of the past.', 'Some'],
      ['The tax, many think, is only a matter of time.', 'many'],
    ];
    for (const [text, source] of cases) expect(attributions(text)[0]?.source.text, text).toBe(source);
    const both = attributions('One says the city has the most, while another says the capital does.');
    expect(both.map((a) => a.source.text)).toEqual(['One', 'another']);
    // A number before a noun is still no subject of a cue.
    expect(attributions('The senator lost 7 points, and now sits at 11%.')).toEqual([]);
  });

  it('finds evidence verbs after polls, polling and data, past a time phrase', () => {
    expect(brief(attributions('Polls show the mayor is trailing.')[0]!)).toMatchObject({ kind: 'document', source: 'Polls', cue: 'show' });
    expect(attributions('Exit polling showed that the mayor won every district.')[0]!.source.text).toBe('Exit polling');
    expect(attributions('Polls show voters trust the mayor more than the council.')[0]!.source.text).toBe('Polls');
    expect(attributions('A poll released Sunday by The Harbor Times shows the mayor leading.')[0]!.source.text).toBe('A poll');
    const [a] = attributions('A CNN/ORC poll last month showed the mayor leading.');
    expect(brief(a!)).toMatchObject({ kind: 'document', source: 'A CNN/ORC poll', cue: 'showed' });
    // A participle after an article modifies the head: "according to a leaked memo".
    expect(attributions('According to a leaked memo, the bridge will close.')[0]!.source).toMatchObject({ kind: 'document', text: 'a leaked memo' });
    // A headline's lone document noun speaks, even before a number; a clock time does not.
    expect(attributions('Poll: 3 of 4 residents back the toll.')[0]!.source).toMatchObject({ kind: 'document', text: 'Poll' });
    expect(attributions('The count ended at 6:05 p.m. on Tuesday.')).toEqual([]);
    // An adverbial set off by commas lies between the subject and its verb; a definite phrase that
    // opens the clause makes a phrasal cue its verb; a clause after a semicolon may have a long subject.
    expect(attributions('Okafor, during a town hall meeting in Harbor City, Maine, said the bridge would close.')[0]!.source.text).toBe('Okafor');
    expect(brief(attributions('The news service pointed to the board’s own finding.')[0]!)).toMatchObject({ source: 'The news service', cue: 'pointed to' });
    expect(attributions('A 69% majority of residents support the toll; a 45% plurality of drivers oppose the idea.').map((x) => x.source.text)).toEqual(['A 69% majority of residents', 'a 45% plurality of drivers']);
    // A quantifier opening its clause before an infinitive is the subject; a relative "that" after a
    // document and its author stands for the document.
    expect(brief(attributions('And both vowed to keep the toll.')[0]!)).toMatchObject({ source: 'both', cue: 'vowed' });
    expect(attributions('It came after polls by the Civic Institute that showed the mayor ahead.').find((x) => x.cue?.text === 'showed')).toBeDefined();
    // A relative "that" after a document stands for it.
    expect(attributions('The council cited a study that found the tolls cut traffic.').find((x) => x.cue?.text === 'found')?.source.kind).toBe('document');
    // A participle right after a document reports its findings, up to the clause's end.
    const shown = attributions('Okafor, in the wake of a new poll showing her lead down to 4 points, told reporters she would win.');
    const poll = shown.find((x) => x.cue?.text === 'showing')!;
    expect(brief(poll)).toMatchObject({ kind: 'document', source: 'a new poll' });
    expect(poll.content.map((x) => x.text)).toEqual(['her lead down to 4 points']);
  });

  it('reports an opening gerund clause and a question put to the speaker', () => {
    const [a] = attributions('After saying he was nervous, the man asked a question.');
    expect(brief(a!)).toMatchObject({ source: 'the man', cue: 'saying' });
    expect(a!.content[0]!.text).toBe('he was nervous');
    const asked = attributions('“You bet I would,” the governor said when asked whether he would close the port.');
    expect(asked.map((x) => [x.source.text, x.cue?.text, x.content[0]?.text])).toEqual([
      ['the governor', 'said', 'You bet I would'],
      ['the governor', 'asked', 'whether he would close the port'],
    ]);
    const [byAgent] = attributions('“Absolutely,” he said when asked by a reporter if that remains his view.').slice(1);
    expect(byAgent!.source.text).toBe('a reporter');
    // Other questioning participles open a sentence like "Asked"; an agent after "by" asked.
    expect(brief(attributions('Pressed again about the tolls, the mayor changed the subject.')[0]!)).toMatchObject({ source: 'the mayor', cue: 'Pressed' });
    expect(brief(attributions('Challenged by a reporter on her fees, the mayor said she was broke.')[0]!)).toMatchObject({ source: 'a reporter', cue: 'Challenged by' });
    // The opening clause is not the content of the main verb.
    expect(attributions('And when asked to leave, he refused.').map((x) => x.content[0]?.text)).toEqual(['to leave']);
  });

  it('continues a copular main clause with a participle cue', () => {
    const [a] = attributions('The senator was upfront about her distaste for the plan, saying voters need to band together.');
    expect(brief(a!)).toMatchObject({ source: 'The senator', cue: 'saying' });
  });

  it('finds a cue in a relative clause whose gap is the subject of what follows', () => {
    const [a] = attributions('She is a hacker who officials say is tied to the agency.');
    expect(brief(a!)).toMatchObject({ kind: 'vague', source: 'officials', cue: 'say' });
    expect(a!.content.map((c) => c.text)).toEqual(['who', 'is tied to the agency']);
    const [b] = attributions('It was the speech which even critics say was the most powerful.');
    expect(b!.source.text).toBe('critics');
    const [c] = attributions('It was a probe the agency said was ongoing.');
    expect(c!.source.text).toBe('the agency');
  });

  it('reports reactions received, from a stated or an unstated source', () => {
    const [a] = attributions('The proposal has drawn harsh criticism from opposition lawmakers.');
    expect(brief(a!)).toMatchObject({ kind: 'vague', source: 'opposition lawmakers', cue: 'has drawn harsh criticism' });
    expect(a!.content.map((c) => c.text)).toEqual(['The proposal']);
    const [b] = analyze('The mayor faced criticism for the late warning.').sentences[0]!.sourcing.attributions;
    expect(b!.source).toEqual({ kind: 'vague', text: null, start: null, end: null });
    expect(b!.content.map((c) => c.text)).toEqual(['The mayor', 'for the late warning']);
    // A reaction foreseen is not one reported.
    expect(attributions('The merger could face scrutiny from regulators.')).toEqual([]);
  });

  it('keeps a thought or stance reported inside another attribution as part of its content', () => {
    const found = attributions('The mayor says she wants to rebuild the bridge.');
    expect(found.map((a) => [a.source.text, a.cue?.text])).toEqual([['The mayor', 'says']]);
    expect(found[0]!.content[0]!.text).toBe('she wants to rebuild the bridge');
    // A cue coordinated with the outer one is the same source's own.
    const both = attributions('The mayor says she wants to rebuild the bridge and believes the council will agree.');
    expect(both.map((a) => [a.source.text, a.cue?.text])).toEqual([['The mayor', 'says'], ['The mayor', 'believes']]);
    // Unstated reports inside a quoted source's words are theirs too; the sentence is attributed.
    const [s] = analyze('Officials said the bridge is expected to reopen in May.').sentences;
    expect(s!.sourcing.attributions.map((a) => a.cue?.text)).toEqual(['said']);
    expect(s!.sourcing.status).toBe('attributed');
    // Speech inside speech is still reported: "X said Y told her …".
    expect(attributions('The mayor said the engineer told her the bridge was safe.').map((a) => a.cue?.text)).toEqual(['said', 'told']);
  });

  it('steps over an aside between dashes to the subject, and reads the aside', () => {
    // (Hyphens with spaces around them set off an aside too; a relative clause ends at its dash.)
    const hy = attributions('Okafor - who discussed the plan with engineers - has vowed to fight on.');
    expect(hy.map((x) => [x.source.text, x.cue?.text, x.content.map((c) => c.text)])).toEqual([
      ['who', 'discussed', ['the plan with engineers']],
      ['Okafor', 'vowed', ['to fight on']],
    ]);
    expect(attributions('The justice -- who had clashed with the mayor -- said she regretted her remarks.')[0]!.source.text).toBe('The justice');
    const [a] = attributions('A lawmaker — who asked not to be named — said the vote would fail.');
    expect(a!.source).toMatchObject({ kind: 'anonymous', text: 'A lawmaker' });
  });

  it('finds phrasal cues with adverbs before their preposition, but not place and time', () => {
    expect(attributions('The mayor spoke briefly about the closure of the bridge.')[0]!.cue?.text).toBe('spoke briefly about');
    expect(attributions('The mayor spoke briefly about the closure of the bridge.')[0]!.content[0]!.text).toBe('the closure of the bridge');
    expect(attributions('The mayor spoke briefly on Monday.')).toEqual([]);
    // A particle stands alone: what follows "pointed out" is not its object.
    expect(attributions('As the analyst Ada Eze pointed out in December, “the tolls will rise.”')[0]?.cue?.text).toBe('pointed out');
  });

  it('reads headline verbs that wink tags as nouns or names', () => {
    expect(brief(attributions('Mayor Lee demands Governor Hall resign over flood response')[0]!)).toMatchObject({ source: 'Mayor Lee', cue: 'demands' });
    expect(brief(attributions('Port Authority Chief Praises Dock Workers’ Union')[0]!)).toMatchObject({ source: 'Port Authority Chief', cue: 'Praises' });
    expect(attributions('Harbor Foundation claims were false.')).toEqual([]);
    expect(attributions('Harbor Board pledges to expand its fleet.')[0]?.cue?.text).toBe('pledges');
    expect(attributions('Dockers vow to boycott the new terminal.')[0]?.cue?.text).toBe('vow');
    expect(attributions('Mayor Lee hints at husband’s new job.')[0]?.cue?.text).toBe('hints');
    expect(attributions('Party Boosts Spending In Battleground States To Avoid Mistakes.').map((a) => a.cue?.text)).not.toContain('States');
    // A progressive form wink tags as an adjective, before its object.
    expect(attributions('Now the mayor is promising them a new bridge.')[0]?.cue?.text).toBe('is promising');
    expect(attributions('The early results are promising.')).toEqual([]);
    expect(attributions('The mayor was brilliantly articulate in her answers.')).toEqual([]);
    // "She continued that …": a quote-only cue with a that-clause reports it.
    expect(attributions('She continued that an official had told her about the tolls.')[0]?.cue?.text).toBe('continued');
    // Verb forms with a doubled consonant or a changed "y", whatever wink tags them.
    expect(attributions('That is up from the 1 percent who preferred him in May.')[0]?.cue?.text).toBe('preferred');
    // A headline run into the text before it; "spoke at … about".
    expect(attributions('Posted 9:23PM Mayor Lee Says The Harbor Bridge Will Reopen In May').map((a) => a.cue?.text)).toContain('Says');
    expect(attributions('The mayor spoke at the harbor on Tuesday about the tolls.')[0]?.cue?.text).toBe('spoke at the harbor on Tuesday about');
    // A second verb of the subject's after "and", whatever wink tags it.
    expect(attributions('Mayor Lee chides Governor Hall and praises Ada Eze at news conference.').map((a) => a.cue?.text)).toEqual(['chides', 'praises']);
  });

  it('tells “called” as speech from “called” as naming', () => {
    expect(attributions('The mayor’s campaign called the report a “rush to judgment.”')[0]!.source.text).toBe('The mayor’s campaign');
    expect(attributions('The debate turned sour; one lawmaker called the mayor “a blowhard.”')[0]!.source.text).toBe('one lawmaker');
    expect(attributions('He set up a website called Real News Right Now.')).toEqual([]);
    expect(attributions('They are so-called superdelegates.')).toEqual([]);
    expect(attributions('Lerer reported from Los Angeles.')).toEqual([]);
    expect(attributions('It is small next to the mayor’s reported net worth.')).toEqual([]);
    // A telephone call names no one and reports nothing.
    expect(attributions('The mayor called Reyes earlier this month.')).toEqual([]);
    expect(attributions('She called him at one point.')).toEqual([]);
    expect(attributions('Or, as the Harbor Gazette called them in an article last week, “bridge trolls.”')[0]!.cue?.text).toBe('called');
    expect(attributions('The mayor later called Reyes “very weak on tolls.”')[0]!.cue?.text).toBe('called');
  });

  it('reads a gerund that names an activity as no report', () => {
    // After a possessive, as a credit with its agent, and as a participle with nothing after it.
    expect(attributions('The Harbor Gazette’s reporting indicated that some donors were unaware.').map((a) => a.cue?.text)).toEqual(['indicated']);
    expect(attributions('Critics faulted his polling in the port towns.').map((a) => a.cue?.text)).toEqual(['faulted']);
    expect(attributions('(Additional reporting by Ada Eze; Editing by Tom Hall)')).toEqual([]);
    expect(attributions('With 99 percent of precincts reporting, the race was too close to call.')).toEqual([]);
    // A quotation after the comma is still what the participle reports.
    expect(attributions('Workers carried signs saying, “No tolls on our bridge.”')[0]!.cue?.text).toBe('saying');
    // A possessive "’s" is not "is": "no one’s talking about" still reports.
    expect(attributions('No one’s talking about the tolls.')[0]?.cue?.text).toBe('talking about');
  });

  it('gives an infinitive after a verb of causing the causee as its source', () => {
    const cues = (text: string) => attributions(text).map((a) => `${a.source.text}:${a.cue?.text}`);
    const [a] = attributions('The closure of the bridge led some residents to question whether the tolls were fair.');
    expect(a).toMatchObject({ source: { text: 'some residents' }, cue: { text: 'to question' } });
    expect(a!.content[0]!.text).toBe('whether the tolls were fair');
    expect(attributions('The vote left many to wonder what comes next.')[0]?.source.text).toBe('many');
    // An infinitive of purpose shares the subject of its clause's verb.
    expect(cues('Ada Eze stood at a council meeting here to say she opposed the tolls.')).toContain('Ada Eze:to say');
    expect(cues('The mayor has a chance to say more.')).toEqual([]);
    expect(cues('Ada Eze will come on the program to talk about the tolls.')).toContain('Ada Eze:to talk about');
    expect(cues('Fans of the mayor have taken to social media to complain about the tolls.')).toContain('Fans of the mayor:have taken to social media to complain about');
    expect(cues('“We were misled,” the two write.')).toContain('the two:write');
    // Nominal cues with a possessor: "his attacks on", "her view of".
    expect(cues('His attacks on the harbor board have raised tolls to the center of the race.')).toContain('His:attacks');
    expect(cues('That shapes her view of the whole town.')).toContain('her:view');
    // A clause after a semicolon reports again; a year ends the phrase before its verb.
    expect(cues('Business leaders decried it; newspaper editorials railed against it; and unions filed suit.')).toEqual(['Business leaders:decried', 'newspaper editorials:railed against']);
    expect(cues('As a Harbor Institute study from 2011 noted, most boats were idle.')).toContain('a Harbor Institute study from 2011:noted');
    expect(cues('“That is a disservice to them,” Eze charged.')).toEqual(['Eze:charged']);
    expect(cues('“You have misled the city,” Eze charged in her opening remarks.')).toEqual(['Eze:charged']);
    // A subordinate clause joined by ", and" ends its cue's content and is no one else's content.
    const joined = attributions('Some in the crowd booed, and when the mayor thanked the workers and said it was good to be home, a man yelled at him.');
    expect(joined.map((a) => `${a.source.text}:${a.cue?.text}`)).toEqual(expect.arrayContaining(['the mayor:thanked', 'the mayor:said']));
    expect(joined.find((a) => a.cue?.text === 'said')!.content.map((c) => c.text)).toEqual(['it was good to be home']);
    // A verb coordinated after a copular clause shares its subject; an expletive subject acts not.
    expect(cues('Ada Eze has been a longtime supporter of the mayor and has pledged her vote to him.')).toContain('Ada Eze:has pledged');
    expect(cues('The mayor made no mention of the tolls in her speech.')).toContain('The mayor:made no mention');
    expect(cues('It is a strategy some believe the mayor could repeat.')).toContain('some:believe');
    expect(cues('I am here to tell you what the council decided.')).toContain('I:am here to tell');
    // A single word that stands for what was said.
    expect(cues('Eze said the bridge would close, but she did not say when.')).toContain('she:did not say');
    expect(cues('Neither side would say so.')).toEqual(['Neither side:would say']);
    // An embedded question after a nominal cue.
    const raised = attributions('The plan raised questions about how the tolls would work.');
    expect(raised.map((a) => a.cue?.text)).toEqual(['raised questions']);
    expect(raised[0]!.content[0]!.text).toBe('how the tolls would work');
    expect(attributions('The delays begged the question of whether the mayor was up to the job.')[0]?.content[0]?.text).toBe('whether the mayor was up to the job');
    // "that" after a verb opens a clause; it stands for no source.
    expect(cues('He added that praising the mayor for the bridge was absurd.')).not.toContain('that:praising');
    expect(cues('Even in the face of polling that documented her lead, they doubted it.')).toContain('that:documented');
    // A question put to the reader reports no one's stance.
    expect(cues('Do you support the new tolls? Tell us below.')).toEqual([]);
    // A causee's words are no part of the clause around them.
    expect(cues('The shift seemed so stark that it prompted Ada Eze to accuse the mayor of hypocrisy.')).toContain('Ada Eze:to accuse');
    // "The remark worried some analysts": the remark reports nothing; "worried the bridge might close" does.
    expect(cues('The remark worried some analysts.')).toEqual([]);
    expect(cues('The mayor worried the bridge might close.')).toContain('The mayor:worried');
    expect(cues('The mayor found it difficult to explain the tolls.')).toContain('The mayor:found');
    expect(cues('Its hosts don’t hesitate to report that the bridge is unsafe.')).toContain('Its hosts:don’t hesitate to report');
    expect(cues('Everyone can see the mayor is worried.')).toContain('Everyone:can see');
    expect(cues('The referendum saw a record turnout.')).toEqual([]);
    expect(cues('The mayor went out of his way to say that the tolls would fall.')).toContain('The mayor:say');
    // A quotation wink put in the sentence before or after a quote-only cue.
    expect(cues('“Is he really so stupid?” Eze continued.')).toContain('Eze:continued');
    expect(cues('The mayor went to the harbor. “We are ready,” she said.')).not.toContain('The mayor:went');
    // "get a chance to read" causes nothing.
    expect(attributions('He had not gotten a chance to read the plan.')).toEqual([]);
  });

  it('reads floated quantifiers, gerund modifiers and "rule out"', () => {
    expect(attributions('Even as they all vowed to keep going, the mood was grim.')[0]?.cue?.text).toBe('vowed');
    expect(attributions('The mayor’s running mate endorsed the plan.')[0]?.source.text).toBe('The mayor’s running mate');
    expect(attributions('The governor would not rule out new tolls.')[0]?.cue?.text).toBe('would not rule out');
  });

  it('reads proportions, quantifiers in relative clauses and fragments before a closing cue', () => {
    const cues = (text: string) => attributions(text).map((a) => `${a.source.text}:${a.cue?.text}`);
    expect(cues('Most residents were worried, and more than 4 in 10 said harbor tolls would rise.')).toContain('4 in 10:said');
    expect(cues('The council passed rules that some say target fishermen.')).toContain('some:say');
    expect(cues('Judges found that some state laws were unfair.')).not.toContain('some:state');
    expect(attributions('Or maybe the mayor, port analyst Ada Eze says.')[0]).toMatchObject({ source: { text: 'port analyst Ada Eze' }, content: [{ text: 'Or maybe the mayor' }] });
    expect(cues('Then, last week, the mayor called.')).toEqual([]);
    expect(cues('Polls show as many as 30 percent of voters are undecided.')).toContain('Polls:show');
    expect(cues('A Harbor Institute survey on Tuesday of local fishermen found both men largely unknown.')).toContain('A Harbor Institute survey on Tuesday of local fishermen:found');
    expect(cues('The mayor cited surveys that show him leading.')).toContain('that:show');
    // Evidence verbs report a clause without "that", not an object.
    expect(cues('The outcome showed the mayor had received 49 percent.')).toContain('The outcome:showed');
  });

  it('ends the content before a parenthetical cue at a colon', () => {
    const a = attributions('The council hoped for luck: with the vote on Monday, they argued, few would notice.').find((x) => x.cue?.text === 'argued');
    expect(a!.content.map((c) => c.text)).toEqual(['with the vote on Monday', 'few would notice']);
  });

  it('finds subjects with modifiers, coordination and asides around them', () => {
    const source = (text: string) => attributions(text)[0]?.source.text;
    expect(source('“The port is full,” Lagos-based trader Ada Eze said.')).toBe('Lagos-based trader Ada Eze');
    expect(source('The talks will resume, a source close to him said.')).toBe('a source close to him');
    expect(source('The guard pushed a camera aside, she and another reporter said.')).toBe('she and another reporter');
    expect(source('Some said, “The bridge is unsafe.”')).toBe('Some');
    expect(source('Keller, meanwhile, said the vote would fail.')).toBe('Keller');
    expect(source('Ortiz and Lamb both stressed that the plan was not final.')).toBe('Ortiz and Lamb');
    expect(source('Critics have in particular noted that the plan fails.')).toBe('Critics');
    expect(attributions('She has since said that she regrets it.')[0]!.cue?.text).toBe('has since said');
  });

  it('reads evidence verbs after a poll or survey, and at the end of a clause', () => {
    expect(attributions('The poll by the Civic Institute showed Okafor leading by six points.')[0]!.source.text).toBe('The poll by the Civic Institute');
    expect(attributions('Turnout was highest among retirees, the Civic Institute found.')[0]!.content[0]!.text).toBe('Turnout was highest among retirees');
    expect(attributions('The inspectors found the bridge.')).toEqual([]);
  });

  it('takes the agent of a passive even after a quantifier or an approximation', () => {
    expect(attributions('Okafor has been criticized by some of his rivals.')[0]!.source.text).toBe('some of his rivals');
    expect(attributions('The plan was backed by nearly 6 in 10 of the voters.')[0]!.source.text).toBe('nearly 6 in 10 of the voters');
  });

  it('gives an opening participle with a that-clause the main clause’s subject', () => {
    const list = attributions('Noting that the toll has failed, Okafor reminded residents of her plan.');
    expect(list.map((a) => [a.source.text, a.cue?.text, a.content[0]?.text])).toEqual([
      ['Okafor', 'Noting', 'the toll has failed'],
      ['Okafor', 'reminded', 'residents of her plan'],
    ]);
  });

  it('reads “self-described” as its bearer’s words, and gerunds after a preposition and an adverb', () => {
    const [a] = attributions('Keller, a self-described fiscal hawk, voted no.');
    expect(brief(a!)).toMatchObject({ source: 'Keller', cue: 'self-described' });
    expect(a!.content[0]!.text).toBe('fiscal hawk');
    expect(attributions('The mayor abstained after initially saying she would vote no.')[0]!.cue?.text).toBe('saying');
  });

  it('takes respondents, coordinated verbs past a time phrase, and opening gerunds after “besides”', () => {
    expect(attributions('Again, those surveyed said the toll was too high.')[0]!.source.text).toBe('those surveyed');
    expect(attributions('Keller has been critical of the plan but on Tuesday wrote that it may work.').map((a) => [a.source.text, a.cue?.text])).toContainEqual(['Keller', 'wrote']);
    expect(attributions('Besides attacking the council, Okafor argued that the toll was unfair.').map((a) => [a.source.text, a.cue?.text])).toContainEqual(['Okafor', 'attacking']);
  });

  it('gives an infinitive after “went on to” the subject of “went”', () => {
    const [a] = attributions('Okafor went on to explain that the cables had rusted.');
    expect(brief(a!)).toMatchObject({ kind: 'named-person', source: 'Okafor', cue: 'explain' });
    expect(brief(attributions('The report goes on to criticize the council.')[0]!)).toMatchObject({ kind: 'document', source: 'The report' });
  });

  it('gives an infinitive after a passive of prompting its subject: “was prompted to say”', () => {
    const a = attributions('Okafor was prompted to say that the bridge would close.').find((x) => x.source.text === 'Okafor')!;
    expect(brief(a)).toMatchObject({ kind: 'named-person', cue: 'was prompted to say' });
    expect(a.content.map((c) => c.text)).toEqual(['the bridge would close']);
  });

  it('gives an infinitive after a verb of trying or choosing that verb’s subject', () => {
    expect(brief(attributions('The mayor is trying to show that the bridge is safe.')[0]!)).toMatchObject({ source: 'The mayor', cue: 'is trying to show' });
    expect(attributions('The council has chosen not to respond to the report.')[0]!.source.text).toBe('The council');
  });

  it('gives a gerund after a verb of starting or stopping that verb’s subject', () => {
    expect(brief(attributions('The mayor has lately started asking residents to conserve water.')[0]!)).toMatchObject({ source: 'The mayor', cue: 'has lately started asking' });
  });

  it('reads phrasal cues and verbs that wink tags as nouns after their subject', () => {
    const cue = (text: string) => attributions(text).map((a) => [a.source.text, a.cue?.text]);
    expect(cue('Labor leaders point out that the toll hurts workers.')).toEqual([['Labor leaders', 'point out']]);
    expect(cue('Harbor police charge the driver with speeding.')).toEqual([['Harbor police', 'charge']]);
  });

  it('takes a quantifier that opens the clause as the subject of a thought', () => {
    const source = (text: string) => attributions(text).map((a) => [a.source.text, a.cue?.text]);
    expect(source('Most believe that the bridge will reopen.')).toEqual([['Most', 'believe']]);
    expect(source('Both think Okafor handled the closure well.')).toEqual([['Both', 'think']]);
    expect(source('Many fear the toll will rise.')).toEqual([['Many', 'fear']]);
    expect(source('About 4 in 10 want one with experience.')).toEqual([['4 in 10', 'want']]);
    expect(source('Only 9 percent found it a deterrent.')).toEqual([['Only 9 percent', 'found']]);
  });

  it('takes the agent of a participle set off after what it describes', () => {
    const [a] = attributions('The toll, opposed by Democrats, was dropped.');
    expect(brief(a!)).toMatchObject({ source: 'Democrats', cue: 'opposed by' });
    expect(a!.content[0]!.text).toBe('The toll');
    expect(attributions('The remarks, first reported by The Harbor Post on Tuesday, caused a stir.')[0]!.source.text).toBe('The Harbor Post');
  });

  it('reads a clitic “’s” before an object as “has”, and a state of mind as its holder’s', () => {
    expect(brief(attributions('And she’s predicted big wins in the races ahead.')[0]!)).toMatchObject({ source: 'she', cue: '’s predicted' });
    expect(attributions('It’s said that the mayor will resign.')[0]!.source.text).toBeNull();
    expect(attributions('The residents are convinced that the bridge is unsafe.')[0]!.source.text).toBe('The residents');
  });

  it('gives a document its issuer as the source of the participle after it', () => {
    expect(attributions('His office put out a statement saying the port would close.')[0]!.source.text).toBe('His office');
    expect(attributions('The museum issued a report this month charging the militia with crimes.')[0]!.source.text).toBe('The museum');
    expect(attributions('The dean has published a letter strongly disputing the accusations.')[0]!.source.text).toBe('The dean');
    expect(attributions('She read a report saying the bridge was unsafe.')[0]!.source.text).toBe('a report');
  });

  it('gives a relative clause’s object gap its antecedent as content', () => {
    const [a] = attributions('He read the speech from a teleprompter rather than in the style he prefers.');
    expect(a!.cue?.text).toBe('prefers');
    expect(a!.content[0]!.text).toBe('the style');
  });

  it('reads a verb that wink tags as a noun where the clause’s verb goes', () => {
    expect(brief(attributions('The new ad slams Okafor for the delay.')[0]!)).toMatchObject({ source: 'The new ad', cue: 'slams' });
    expect(attributions('Rust Belt states that lost jobs voted early.')).toEqual([]);
    expect(attributions('On Monday she met the head of the United States Hispanic Chamber in town.')).toEqual([]);
  });

  it('tells the reporting senses of “declined”, “claimed”, “sought” and “charged” from others', () => {
    expect(attributions('Fiorina declined multiple requests for an interview.')[0]!.cue?.text).toBe('declined');
    expect(attributions('Toll revenue declined sharply from 2019 to 2023.')).toEqual([]);
    expect(attributions('The mayor declined to comment.')[0]!.cue?.text).toBe('declined');
    expect(attributions('Okafor won the ward, claiming 41 percent of the vote.')).toEqual([]);
    expect(attributions('Okafor claimed victory in a post.')[0]!.cue?.text).toBe('claimed');
    expect(attributions('She is seeking the presidency.')).toEqual([]);
    expect(attributions('Okafor posted an overwhelming victory in the ward.')).toEqual([]);
    expect(attributions('Whatever the firm charged the city for repairs came from the budget.')).toEqual([]);
    expect(attributions('Prosecutors charged that he lied.').map((a) => [a.source.text, a.cue?.text])).toEqual([['Prosecutors', 'charged']]);
    expect(attributions('In order to reopen, the bridge needs repairs.')).toEqual([]);
    expect(attributions('Fees declined to $281 million in 2014.')).toEqual([]);
    expect(attributions('She won, claiming 41 percent of the vote.')).toEqual([]);
    // (A criminal charge is an accusation, reported without its source.)
    expect(attributions('She was arrested and charged with fraud.')[0]!.source.text).toBeNull();
    expect(attributions('Residents threatened by the floods left early.')).toEqual([]);
    expect(attributions('She smiled as the crowd applauded.')).toEqual([]);
    expect(attributions('It is odd, given that the mayor backs the plan.').map((a) => a.cue?.text)).not.toContain('given');
    expect(attributions('He campaigned in Ohio and Iowa, states that vote on March 1.')).toEqual([]);
    expect(attributions('He told The Harbor Post he would run.').map((a) => a.cue?.text)).toEqual(['told']);
  });

  it('keeps idioms, reflexives and user accounts out of the cues', () => {
    expect(attributions('All told, the groups spent more than $5 million.')).toEqual([]);
    expect(attributions('On a trip to the coast, I found myself in a remote valley.')).toEqual([]);
    expect(attributions('The union asked whether candidates supported the bill.').map((a) => [a.source.text, a.cue?.text])).toEqual([['The union', 'asked']]);
    expect(attributions('The campaign resulted in her account being suspended.')).toEqual([]);
    expect(brief(attributions('Not everyone is convinced the bridge will open.')[0]!)).toMatchObject({ source: 'Not everyone', cue: 'is convinced' });
    expect(attributions('The governor tripped up Reyes by calling him out in real time.')[0]!.cue?.text).toBe('calling');
    expect(attributions('The snarky, partisan headline reads: “Bridge to nowhere.”')[0]!.content[0]!.text).toBe('Bridge to nowhere');
  });

  it('skips the listener of “told reporters”', () => {
    const [a] = attributions('The governor told reporters that the budget would pass.');
    expect(a!.content[0]!.text).toBe('the budget would pass');
    expect(a!.source.kind).toBe('official-role');
  });
});

describe('sourcing: according to, as reported by, citing', () => {
  it('treats “according to” an outlet as an outlet source', () => {
    const [a] = attributions('The talks collapsed on Friday, according to Reuters.');
    expect(brief(a!)).toEqual({ kind: 'outlet', source: 'Reuters', cue: 'according to', mode: 'according-to' });
    expect(a!.content[0]!.text).toBe('The talks collapsed on Friday');
  });

  it('reads a view held: “in Keller’s view”, “in his opinion”, “in the eyes of”', () => {
    const [a] = attributions('The plan was a failure, in Keller’s view.');
    expect(brief(a!)).toMatchObject({ source: 'Keller', cue: 'in Keller’s view', mode: 'according-to' });
    expect(a!.content.map((c) => c.text)).toEqual(['The plan was a failure']);
    expect(attributions('In the eyes of many voters, the mayor is honest.')[0]!.source).toMatchObject({ kind: 'vague', text: 'many voters' });
    expect(attributions('The keys are in his bag.')).toEqual([]);
  });

  it('reads the source after “according to” even where wink tags it as a verb', () => {
    const cases: [string, string][] = [
      ['The firm registered in 2010, according to state corporate records.', 'state corporate records'],
      ['The meeting turned sour, according to people in attendance.', 'people in attendance'],
      ['She was leading, according to complete but unofficial returns.', 'complete but unofficial returns'],
      ['According to a just-released poll from the university, the mayor leads.', 'a just-released poll from the university'],
      ['The number rose, according to interviews with more than a dozen aides.', 'interviews with more than a dozen aides'],
    ];
    for (const [text, source] of cases) expect(attributions(text).find((a) => a.mode === 'according-to')?.source.text, text).toBe(source);
  });

  it('keeps one attribution per source in a chain', () => {
    const list = attributions('‘The Polonez-M is a versatile platform,’ Khrenin explained, according to BelTA.');
    expect(list.map(brief)).toEqual([
      { kind: 'named-person', source: 'Khrenin', cue: 'explained', mode: 'direct' },
      { kind: 'outlet', source: 'BelTA', cue: 'according to', mode: 'according-to' },
    ]);
    const list2 = attributions('The Eastwick Gazette reported that the state would pay, citing two people familiar with the talks.');
    expect(list2.map((a) => a.source.kind)).toEqual(['outlet', 'anonymous']);
  });

  it('recognises documents', () => {
    const [a] = attributions('According to a court filing, the company owed $2 million.');
    expect(a!.source.kind).toBe('document');
    expect(a!.content[0]!.text).toBe('the company owed $2 million');
    const [b] = attributions('The mayor raised $5.7 million, according to her campaign finance documents.');
    expect(b!.source).toMatchObject({ kind: 'document', text: 'her campaign finance documents' });
    const [c] = attributions('Support for the toll fell, according to a new Harbor Institute-GfK poll.');
    expect(c!.source.text).toBe('a new Harbor Institute-GfK poll');
    const found = attributions('Jorge Ramos spoke in Miami on Monday. He left the network, according to him, after it censored his report.');
    expect(found.map((x) => x.cue?.text)).toEqual(['according to']);
    expect(found[0]!.source).toMatchObject({ text: 'him', name: 'Jorge Ramos', kind: 'named-person' });
  });
});

describe('sourcing: source kinds', () => {
  const kindOf = (text: string) => attributions(text)[0]?.source.kind;

  it('tells the kinds apart', () => {
    expect(kindOf('Police said the road was closed.')).toBe('named-organization');
    expect(kindOf('The Kremlin said the talks were useful.')).toBe('named-organization');
    expect(kindOf('Amnesty International said the trial was unfair.')).toBe('named-organization');
    expect(kindOf('A State Department spokesperson said the visit would go ahead.')).toBe('official-role');
    expect(kindOf('Analysts say the deal could fail.')).toBe('vague');
    expect(kindOf('Some experts argue that the plan is too costly.')).toBe('vague');
    expect(kindOf('Sources said the minister would resign.')).toBe('anonymous');
    expect(kindOf('Russian state media reported that the launch succeeded.')).toBe('outlet');
    expect(kindOf('A new census shows that the city shrank.')).toBe('document');
    // A capitalised plural opening a sentence is a group, unless the article names a person by it.
    expect(kindOf('Teachers say the schools are full.')).toBe('vague');
    expect(kindOf('Shopkeepers on the coast say trade is down.')).toBe('vague');
    // A name after "the" is an institution's, unless its head names a person.
    expect(kindOf('The Blue Shield said the claims were paid.')).toBe('named-organization');
    expect(kindOf('The Ohio Republican said the vote would fail.')).not.toBe('named-organization');
    // Officials placed by a name or a definite place are an identifiable role; people close to
    // someone are anonymous.
    expect(kindOf('Officials in Lagos said the port was closed.')).toBe('official-role');
    expect(kindOf('Officials at the airport said flights had resumed.')).toBe('official-role');
    expect(kindOf('A man close to the mayor said she would resign.')).toBe('anonymous');
    const named = analyze('Senator Maria Reynolds toured the port. Reynolds said the bridge would close.').sentences[1]!.sourcing.attributions[0]!;
    expect(named.source).toMatchObject({ kind: 'named-person', text: 'Reynolds' });
  });

  it('keeps the stated reason for anonymity', () => {
    const [a] = attributions('An aide, who was not authorized to discuss the talks publicly, said they had stalled.');
    expect(a!.source.kind).toBe('anonymous');
    expect(a!.source.reason?.text).toBe('who was not authorized to discuss the talks publicly');
    const [b] = attributions('“We must act,” said a member of parliament, speaking on condition of anonymity.');
    expect(b!.source.kind).toBe('anonymous');
    expect(b!.source.reason?.text).toBe('speaking on condition of anonymity');
  });
});

describe('sourcing: pronouns, short forms and continuation', () => {
  it('resolves a pronoun to the last named speaker, keeping the pronoun as evidence', () => {
    const list = attributions('Defense Minister Victor Khrenin met the press. “We are ready,” he said.');
    expect(list[0]!.source).toMatchObject({ kind: 'named-person', text: 'he', name: 'Victor Khrenin', resolvedFrom: { text: 'he' } });
    expect(list[0]!.source.antecedent).toMatchObject({ text: 'Defense Minister Victor Khrenin' });
  });

  it('keeps a relative pronoun as the source, with the phrase it refers to as its antecedent', () => {
    const text = 'The plan was praised by Lena Okafor, who said it would save the bridge, and by analysts in Minsk, who argued that tolls must rise.';
    const list = attributions(text);
    const said = list.find((a) => a.cue?.text === 'said')!;
    expect(said.source).toMatchObject({ kind: 'named-person', text: 'who', name: 'Lena Okafor', antecedent: { text: 'Lena Okafor' } });
    expect(said.content.map((c) => c.text)).toEqual(['it would save the bridge']);
    const argued = list.find((a) => a.cue?.text === 'argued')!;
    expect(argued.source).toMatchObject({ kind: 'vague', text: 'who', antecedent: { text: 'analysts in Minsk' } });
    expect(argued.source.name).toBeUndefined();
    // The summary and the rows name the antecedent, not "who".
    const analysis = analyze(text);
    expect(analysis.summary.sourcing.topSources.map((s) => s.name)).not.toContain('who');
  });

  it('leaves a pronoun without antecedent unresolved', () => {
    const [a] = attributions('“It is over,” she said.');
    expect(a!.source.kind).toBe('unresolved');
    expect(a!.source.name).toBeUndefined();
  });

  it('resolves a surname to the full name given earlier', () => {
    const list = attributions('Victor Khrenin visited the base. Khrenin said the troops were ready.');
    expect(list[0]!.source.name).toBe('Victor Khrenin');
  });

  it('keeps the speaker of a quotation that runs over sentences and paragraphs', () => {
    const text = '“We are deeply concerned,” Mayor Ann Lee said. “This must stop.\n\n“And it will stop soon.”';
    const analysis = analyze(text);
    const kinds = analysis.sentences.map((s) => s.sourcing.attributions.map((a) => a.source.name ?? a.source.text));
    expect(kinds).toEqual([['Ann Lee'], ['Ann Lee'], ['Ann Lee']]);
    expect(analysis.sentences[1]!.sourcing.attributions[0]!.continued).toBe(true);
  });

  it('lists an attribution on every sentence its content touches', () => {
    const text = 'The spokesperson said: “First point. Second point.”';
    const analysis = analyze(text);
    const ids = analysis.sentences.map((s) => s.sourcing.attributions.map((a) => a.id));
    expect(ids.flat().length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids.flat()).size).toBe(1);
  });
});

describe('sourcing: sentence status and scores', () => {
  it('shows unattributed, hedged and attributed sentences', () => {
    const analysis = analyze('The dam failed in 2019. It has reportedly cost millions. Officials said repairs began.');
    expect(analysis.sentences.map((s) => s.sourcing.status)).toEqual(['unattributed', 'hedged', 'attributed']);
    expect(analysis.sentences[1]!.sourcing.hedges[0]!.text).toBe('reportedly');
    expect(analysis.sentences[0]!.sourcing.score).toBeNull();
  });

  it('detects passive hedges', () => {
    const analysis = analyze('It is believed that the ship sank. The captain is said to have fled.');
    expect(analysis.sentences.map((s) => s.sourcing.hedges.map((h) => h.text))).toEqual([['It is believed'], ['is said']]);
    expect(analysis.sentences.map((s) => s.sourcing.status)).toEqual(['hedged', 'hedged']);
  });

  it('reports an agentless passive with an unstated source and its subject in the content', () => {
    const [s] = analyze('The bridge is widely expected to reopen in May.').sentences;
    const [a] = s!.sourcing.attributions;
    expect(a!.source).toEqual({ kind: 'vague', text: null, start: null, end: null });
    expect(a!.cue?.text).toBe('is widely expected');
    expect(a!.content.map((c) => c.text)).toEqual(['The bridge', 'reopen in May']);
    expect(s!.sourcing.status).toBe('hedged');
    // The writer's own thought is reported like the writer's own words; generic "you" is nobody's.
    expect(attributions('I think the toll is too high.')[0]).toMatchObject({ source: { kind: 'unresolved', text: 'I' }, cue: { text: 'think' } });
    expect(attributions('You know the bridge is old.')).toEqual([]);
    // A question put by nobody named: the one asked and the question are the content.
    const [q] = attributions('The mayor was asked about the tolls during the debate.');
    expect(q).toMatchObject({ source: { kind: 'vague', text: null }, cue: { text: 'was asked' } });
    expect(q!.content.map((c) => c.text)).toEqual(['The mayor', 'about the tolls during the debate']);
    // A short infinitive is content too; the subject is never the source.
    const [short] = analyze('The bridge is expected to reopen.').sentences[0]!.sourcing.attributions;
    expect(short!.source.text).toBeNull();
    expect(short!.content.map((c) => c.text)).toEqual(['The bridge', 'reopen']);
    // "appears to", "seemed", "it appears that": appearances are reported the same way, and hedge.
    const [seen] = analyze('The mayor appeared to end her campaign on Monday.').sentences;
    expect(seen!.sourcing.attributions[0]).toMatchObject({ source: { kind: 'vague', text: null }, cue: { text: 'appeared' } });
    expect(seen!.sourcing.attributions[0]!.content.map((c) => c.text)).toEqual(['The mayor', 'end her campaign on Monday']);
    expect(seen!.sourcing.status).toBe('hedged');
    expect(seen!.sourcing.hedges.map((h) => h.text)).toEqual(['appeared']);
    expect(analyze('She appeared on television on Monday.').sentences[0]!.sourcing.attributions).toEqual([]);
    // With an agent, the agent is the source, whatever the cue (stance verbs too).
    const [b] = attributions('The plan was criticized by Mayor Lena Okafor.');
    expect(b!.source.text).toBe('Mayor Lena Okafor');
    expect(attributions('The mayor has been endorsed by the teachers’ union.')[0]!.source.text).toBe('the teachers’ union');
    // Without one, the subject of a passive cue is never its source.
    const [c] = analyze('The mayor has been criticized for her handling of the flood.').sentences[0]!.sourcing.attributions;
    expect(c!.source).toEqual({ kind: 'vague', text: null, start: null, end: null });
    expect(c!.content.map((x) => x.text)).toEqual(['The mayor', 'for her handling of the flood']);
    // Hearsay adverbs report without a source too, and hedge.
    const [r] = analyze('The mayor is reportedly considering a second term.').sentences;
    expect(r!.sourcing.attributions[0]).toMatchObject({ source: { kind: 'vague', text: null }, cue: { text: 'reportedly' } });
    expect(r!.sourcing.attributions[0]!.content.map((x) => x.text)).toEqual(['The mayor', 'considering a second term']);
    expect(r!.sourcing.status).toBe('hedged');
    // So do claims and thoughts named by a noun with a that-clause and no holder.
    const [n] = analyze('There were complaints that the ferry ran late.').sentences[0]!.sourcing.attributions;
    expect(n).toMatchObject({ source: { kind: 'vague', text: null }, cue: { text: 'complaints' } });
    expect(n!.content.map((x) => x.text)).toEqual(['the ferry ran late']);
    // Some of them also stand with what they are about; "in charge of" and "the question of" do not.
    const [u] = analyze('There are questions about the contract.').sentences[0]!.sourcing.attributions;
    expect(u).toMatchObject({ source: { kind: 'vague', text: null }, cue: { text: 'questions about' } });
    expect(u!.content.map((x) => x.text)).toEqual(['the contract']);
    expect(analyze('She is in charge of the port.').sentences[0]!.sourcing.attributions).toEqual([]);
    expect(analyze('The question of tolls will wait.').sentences[0]!.sourcing.attributions).toEqual([]);
    // An evidence verb in the passive reports nothing ("the body was found").
    expect(analyze('The body was found in the river.').sentences[0]!.sourcing.attributions).toEqual([]);
  });

  it('scores named sources above anonymous ones, and a stated reason above none', () => {
    const named = analyze('Mayor Ann Lee said the plan would work.').summary.sourcing.score!;
    const reason = analyze('An official, speaking on condition of anonymity, said the plan would work.').summary.sourcing.score!;
    const anonymous = analyze('Sources said the plan would work.').summary.sourcing.score!;
    expect(named).toBeGreaterThan(reason);
    expect(reason).toBeGreaterThan(anonymous);
  });

  it('summarizes the article', () => {
    const summary = analyze('Mayor Ann Lee said the plan works. Lee said it again. Sources said it would not. Analysts say it is costly.').summary.sourcing;
    expect(summary.byKind).toMatchObject({ 'named-person': 2, anonymous: 1, vague: 1 });
    expect(summary.anonymousShare).toBe(0.25);
    expect(summary.distinctNamedSources).toBe(1);
    expect(summary.topSources[0]).toEqual({ name: 'Ann Lee', kind: 'named-person', count: 2 });
  });

  it('lets the caller override the rubric, and validates it', () => {
    const pipeline = createPipeline([sourcing({ rubric: { kinds: { vague: 0.9 } } })]);
    expect(pipeline.analyze('Analysts say it will rain.').summary.sourcing.score).toBe(0.9);
    expect(() => sourcing({ rubric: { kinds: { vague: 2 } } })).toThrow(FramelensError);
    expect(() => sourcing({ rubric: { kinds: { famous: 1 } as never } })).toThrow(/unknown source kind "famous"/);
  });
});

const seedPath = fileURLToPath(new URL('../../../../shared/seed/belarus-oreshnik.txt', import.meta.url));
describe.skipIf(!existsSync(seedPath))('sourcing: the seed article (../shared/seed)', () => {
  it('finds its named, anonymous, vague, document and outlet sources', () => {
    const text = readFileSync(seedPath, 'utf8');
    const list = attributions(text);
    const find = (needle: string) => list.filter((a) => (a.source.text ?? '').includes(needle) || (a.source.name ?? '').includes(needle));
    expect(find('Khrenin').length).toBeGreaterThanOrEqual(4);
    expect(find('Khrenin').every((a) => a.source.kind === 'named-person')).toBe(true);
    expect(find('BelTA').map((a) => a.source.kind)).toEqual(['outlet', 'outlet']);
    expect(find('summary of the meeting')[0]?.source.kind).toBe('document');
    expect(find('military expert')[0]?.source).toMatchObject({ kind: 'anonymous', reason: { text: 'who wished to remain anonymous' } });
    expect(find('member of the Belarusian parliament')[0]?.source).toMatchObject({ kind: 'anonymous', reason: { text: 'speaking on condition of anonymity' } });
    expect(find('spokesperson')[0]?.source.kind).toBe('official-role');
    expect(list.some((a) => a.source.kind === 'vague')).toBe(true);
  });
});
if (!existsSync(seedPath)) console.warn(`skipping the seed-article test: ${seedPath} is absent`);
