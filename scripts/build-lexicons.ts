// npm run build:lexicons [-- --lexicons DIR]
// Builds the stance lexicons in corpus/lexicons/stance/ from the team's lists (below) and the
// permissive raw lists in ../shared/data/lexicons (AFINN-165: Apache-2.0; VADER: MIT;
// retext hedges: MIT). Each output file is one category, each entry with its weight, polarity
// where it has one, and source. Weights and cut-offs are fixed here a priori; no evaluation data
// (BABE) is used to choose entries or weights.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dir = args.includes('--lexicons') ? args[args.indexOf('--lexicons') + 1]! : '../shared/data/lexicons';
if (!existsSync(dir)) {
  console.error(`Raw lexicons not found at ${dir}: nothing built (pass --lexicons DIR).`);
  process.exit(1);
}

interface Entry { term: string; category: string; weight: number; polarity?: number; source: string }

const team = (category: string, weight: number, terms: string) =>
  terms.split(',').map((t) => t.trim()).filter(Boolean).map((term): Entry => ({ term, category, weight, source: 'framelens' }));

// Attribution verbs that cast doubt on or editorialise about what a source said (journalism
// textbooks; Recasens et al. 2013 on framing verbs). "said" and "told" are neutral and not listed.
const distancing = team('distancing-verb', 0.8, 'claim, allege, insist, admit, concede, contend, purport, boast, brag, tout, slam, blast, lash out, rail, rant, whine, complain, deny, dismiss, scoff, sneer, gloat, crow, trumpet, peddle, spin, assert, maintain, allege, charge, decry, bemoan, lament, grumble, howl, fume, attack, accuse');
const endorsing = team('endorsing-verb', 0.3, 'confirm, reveal, point out, explain, note, demonstrate, prove, establish, show, acknowledge, clarify, observe, report, find, document');
const factive = team('factive', 0.2, 'realize, realise, know, discover, learn, recognize, recognise, regret, notice, expose, uncover');
const boosters = team('booster', 0.5, 'clearly, undoubtedly, in fact, obviously, certainly, definitely, indeed, of course, without doubt, surely, undeniably, unquestionably, plainly, evidently, no doubt, beyond doubt, manifestly, indisputably, patently, truly');
const intensifiers = team('intensifier', 0.4, 'significantly, deeply, highly, extremely, very, incredibly, massively, severely, utterly, totally, absolutely, hugely, dramatically, sharply, enormously, profoundly, immensely, exceedingly, remarkably, tremendously, wildly, vastly, seriously, thoroughly, desperately, fiercely, bitterly, grossly, staggeringly, astonishingly, extraordinarily, entirely, completely, fully');
const hedgesTeam = team('hedge', 0.3, 'reportedly, allegedly, purportedly, supposedly, apparently, could, may, might, possibly, perhaps, likely, unlikely, appear, seem, suggest, it is believed, it is thought, it is understood, is said to, are said to, widely thought, widely believed, arguably, presumably, seemingly, somewhat, rather');
// One-sided and evaluative words of political news that sentiment lists do not carry (team).
const loadedTeam = [
  // Partisan labels and framing phrases of political coverage: terms that style guides ask
  // reporters to avoid or attribute (immigration, abortion, guns, taxes, the media, ideological
  // labels) and the metaphors of scandal and conflict. Written by the team from newsroom style
  // guidance and the framing literature; not chosen on any evaluation set.
  ...team('loaded', 0.8, 'illegal alien, illegal immigrant, illegal immigrants, anchor baby, anchor babies, chain migration, open borders, amnesty, sanctuary cities, job-killing, job killers, death tax, death panels, government takeover, big government, nanny state, tax-and-spend, handouts, freeloaders, welfare queen, gun grabbers, gun-grabbing, baby killers, abortionist, abortionists, pro-abortion, anti-choice, partial-birth, climate deniers, deniers, alarmist, alarmists, snowflake, snowflakes, woke, globalist, globalists, elitist, elitists, deep state, fake news, lamestream, liberal media, right-winger, right-wingers, ultraconservative, ultra-conservative, ultraliberal, alt-right, fascist, fascists, nazi, nazis, communist, communists, marxist, marxists, totalitarian, authoritarian, dictator, despot, tyrant, tyranny, strongman, cult, cronyism, kleptocrat, kleptocracy, oligarch, oligarchs, warmonger, warmongers, jihadist, jihadists, islamist, islamists, thuggery, rioters, looters, agitators, insurrectionist, insurrectionists, mobs, bigot, bigots, bigoted, bigotry, racist, racists, xenophobic, xenophobe, homophobic, misogynist, misogynistic, sexist, hateful, divisive, inflammatory, incendiary, demagogue, demagoguery, rabble-rouser, radicalized, indoctrination, brainwashed, propagandist, whitewash, cover-up, stonewalling, power grab, overreach, lawless, rampant, charade, circus, fiasco, debacle, meltdown, tirade, rant, diatribe, screed, tantrum, crusade, war on, assault on'),
  ...team('loaded', 0.8, 'regime, radical, extremist, extremists, thug, thugs, propaganda, hardline, hard-line, far-right, far-left, elite, elites, illegal aliens, illegals, scheme, crony, cronies, puppet, mouthpiece, zealot, zealots, militant, militants, rogue, notorious, infamous, draconian, reckless, disastrous, outrageous, shameful, disgraceful, radicals, socialist, leftist, leftists, right-wing, left-wing, ultra, hysteria, hysterical, fearmongering, agenda, witch hunt, so-called, unhinged, bizarre, absurd, ridiculous, lavish, brazen, defiant, controversial, embattled, firebrand, mob, invasion, onslaught, crackdown, massacre, slaughter, gamble, calculated gamble, escalation, aggression, unwavering, pragmatic, bold, historic, landmark, sweeping, devastating, catastrophic, horrific, heinous, vile, despicable, abhorrent, smear, hoax, sham, scandal, scandalous, corrupt, corruption, rigged, fake, lies, liar, lying, con, fraud, failed, failing'),
];

const read = (f: string) => readFileSync(`${dir}/${f}`, 'utf8');

// Words that sentiment lists score but that hard news uses to describe events, not to judge them:
// violence and death, accidents and illness, crime and the courts, money, and the outcomes of
// votes and contests ("killed", "arrested", "deficit", "won"). A reporter cannot write about a
// shooting without "shooting"; these are not framing, so they are left out of `loaded`. Written by
// the team from newsroom practice before any evaluation; not chosen on BABE.
const DESCRIPTIVE = new Set(`
kill killed killing killings killer killers dead death deaths die died dies dying murder murdered murders
attack attacked attacking attacks attacker attackers bomb bombs bombed bombing bombings shoot shooting shootings shot
wound wounded injure injured injuries injury casualty casualties victim victims war wars battle battles battlefield
battleground fight fighting fought conflict conflicts violence hostage hostages explosion explosions
accident accidents accidental crash crashed crashes collapse collapsed collapses fire fires flood floods storm storms
emergency crisis cancer disease diseases illness sick pain hurt hurts
arrest arrested arrests charged charges convicted conviction crime crimes criminal criminals prison jail jailed
sentenced guilty lawsuit lawsuits sue sued suing ban banned fine fined penalty penalties
debt debts deficit deficits loss losses lost lose loses losing cut cuts cutback cutbacks bankrupt bankruptcy recession
unemployment poverty poor costly expensive cheap
defeat defeated defeats win wins won winning winner winners victory victories lead leads leading support supported
supporting supports supporter supporters approve approved approval agree agreed agreement agreements protest protests
protesters oppose opposed opposition critic critics criticism criticize criticized criticised
help helped helping helps care cares health healthy safe safety security protect protected protection
award awards prize prizes
`.split(/\s+/).filter(Boolean));

// AFINN-165 (Apache-2.0): words of valence |v| >= 2 are evaluative; weight |v| / 5.
const afinn: Entry[] = [];
const afinnWords = new Set<string>();
for (const line of read('afinn-en-165.tsv').split('\n')) {
  const [term, v] = line.split('\t');
  const valence = Number(v);
  if (!term || !Number.isFinite(valence) || Math.abs(valence) < 2 || /[^a-z' -]/.test(term) || DESCRIPTIVE.has(term)) continue;
  afinnWords.add(term);
  afinn.push({ term, category: 'loaded', weight: Math.round((Math.abs(valence) / 5) * 100) / 100, polarity: Math.sign(valence), source: 'afinn-165' });
}
// VADER (MIT): words not in AFINN whose mean valence |m| >= 1.5; weight |m| / 4 (its scale is -4..4).
const vader: Entry[] = [];
for (const line of read('vader_lexicon.tsv').split('\n')) {
  const [term, m] = line.split('\t');
  const mean = Number(m);
  if (!term || afinnWords.has(term) || DESCRIPTIVE.has(term) || !Number.isFinite(mean) || Math.abs(mean) < 1.5 || !/^[a-z][a-z'-]+$/.test(term)) continue;
  vader.push({ term, category: 'loaded', weight: Math.round((Math.abs(mean) / 4) * 100) / 100, polarity: Math.sign(mean), source: 'vader' });
}
// retext hedges (MIT): the merged list mixes hedges with boosters ("clearly"), quantifiers
// ("some", "many"), modals of obligation ("must", "should") and attribution verbs ("say"); only
// the entries that weaken a claim by their meaning are kept.
const HEDGES_KEPT = new Set(['a bit', 'apparent', 'apparently', 'appear', 'appear to be', 'appears', 'appeared', 'approximately', 'conceivably', 'doubtful', 'estimated', 'fairly', 'hopefully', 'improbable', 'in my opinion', 'in my view', 'inconclusive', 'kind of', 'largely', 'likely', 'look like', 'looks like', 'maybe', 'more or less', 'partially', 'perhaps', 'possibility', 'possible', 'possibly', 'presumably', 'probable', 'probably', 'roughly', 'seem', 'seemed', 'seems', 'somehow', 'somewhat', 'sort of', 'speculate', 'speculated', 'supposedly', 'unlikely', 'unsure', 'virtually', 'might', 'may', 'could']);
const hedgesRetext: Entry[] = (JSON.parse(read('words-hedges.json')) as string[])
  .filter((t) => HEDGES_KEPT.has(t))
  .map((term) => ({ term, category: 'hedge', weight: 0.3, source: 'retext-hedges' }));

const PROVENANCE = {
  framelens: 'written by the framelens team (MIT)',
  'afinn-165': 'AFINN-165, fnielsen/afinn @ 1d6dfd2b2b8a (Apache-2.0, © Finn Årup Nielsen, DTU; cite Nielsen 2011): words with |valence| >= 2, weight |valence|/5',
  vader: 'VADER lexicon, cjhutto/vaderSentiment @ 44fc044cd877 (MIT, © 2016 C.J. Hutto): words not in AFINN with |mean| >= 1.5, weight |mean|/4',
  'retext-hedges': 'npm hedges@2.0.1 (MIT, © 2014 Titus Wormer): the entries that weaken a claim by their meaning',
};

function write(category: string, description: string, entries: Entry[]): void {
  const seen = new Map<string, Entry>();
  for (const e of entries) if (!seen.has(e.term)) seen.set(e.term, e);
  const list = [...seen.values()].sort((a, b) => a.term.localeCompare(b.term));
  const sources = [...new Set(list.map((e) => e.source))];
  const file = { category, description, provenance: Object.fromEntries(sources.map((s) => [s, PROVENANCE[s as keyof typeof PROVENANCE]])), entries: list };
  writeFileSync(`corpus/lexicons/stance/${category}.json`, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`${category}: ${list.length} entries`);
}

write('distancing-verb', 'Attribution verbs that cast doubt on, or editorialise about, what a source said ("claimed", "insisted", "slammed"); neutral "said"/"told" are not terms.', distancing);
write('endorsing-verb', 'Attribution verbs that present what a source said as established ("confirmed", "revealed", "pointed out").', endorsing);
write('factive', 'Verbs that presuppose the truth of their complement ("realized that", "discovered that").', factive);
write('booster', 'Words that assert certainty ("clearly", "in fact").', boosters);
write('intensifier', 'Words that amplify ("deeply", "significantly", "so-called").', intensifiers);
write('hedge', 'Words and phrases that weaken or distance a claim ("reportedly", "may", "it is believed").', [...hedgesTeam, ...hedgesRetext]);
write('loaded', 'Evaluative and one-sided terms, with polarity where a sentiment list gives one.', [...loadedTeam, ...afinn, ...vader]);
