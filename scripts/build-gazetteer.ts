// npm run build:gazetteer [-- --outlets DIR]
// Builds corpus/outlets/gazetteer.json from the team's curated list (corpus/outlets/curated.tsv)
// and the permissive outlet lists in ../shared/data/outlets (see corpus/outlets/README.md for
// sources and licences). The output is committed; the script is rerun when a source changes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const args = process.argv.slice(2);
const dir = args.includes('--outlets') ? args[args.indexOf('--outlets') + 1]! : '../shared/data/outlets';
if (!existsSync(dir)) {
  console.error(`Outlet lists not found at ${dir}: nothing built (pass --outlets DIR).`);
  process.exit(1);
}

export interface OutletRecord {
  id: string;
  name: string;
  aliases: string[];
  country: string | null;
  type: string;
  stateMediaTypology?: string;
  domain?: string;
  wikidata?: string;
  sources: string[];
}

// Country names to ISO 3166-1 alpha-2, from ICU's English region names plus the spellings the
// source lists use. Historical states map to null.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const COUNTRY = new Map<string, string | null>();
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
for (const a of LETTERS) for (const b of LETTERS) {
  const code = a + b;
  const name = regionNames.of(code);
  if (name && name !== code) COUNTRY.set(name.toLowerCase(), code);
}
for (const [name, code] of Object.entries({
  'united states of america': 'US', usa: 'US', "people's republic of china": 'CN', 'republic of ireland': 'IE',
  'czech republic': 'CZ', uae: 'AE', 'kingdom of the netherlands': 'NL', 'state of palestine': 'PS',
  'palestine territories': 'PS', palestine: 'PS', brunei: 'BN', "côte d'ivoire": 'CI', "cote d'ivoire": 'CI', congo: 'CG',
  'republic of the congo': 'CG', 'dr congo': 'CD', 'democratic republic of the congo': 'CD', 'the gambia': 'GM',
  eswatini: 'SZ', 'north macedonia': 'MK', 'vatican city': 'VA', wales: 'GB', scotland: 'GB', england: 'GB',
  'northern ireland': 'GB', 'united kingdom of great britain and ireland': 'GB', macao: 'MO', macau: 'MO',
  'hong kong': 'HK', myanmar: 'MM', burma: 'MM', 'cape verde': 'CV', turkey: 'TR', kosovo: 'XK', laos: 'LA', syria: 'SY',
  iran: 'IR', russia: 'RU', 'south korea': 'KR', 'north korea': 'KP', vietnam: 'VN', taiwan: 'TW', moldova: 'MD',
  bolivia: 'BO', venezuela: 'VE', tanzania: 'TZ', 'european union': 'EU', 'europen union': 'EU', czechia: 'CZ',
  'turkish republic of northern cyprus': 'CY', 'sahrawi arab democratic republic': 'EH', 'western sahara': 'EH',
  'soviet union': null, 'german democratic republic': null, 'ottoman empire': null, 'russian empire': null,
  'austria-hungary': null, 'german reich': null, 'british raj': null, 'kazakh soviet socialist republic': null,
})) COUNTRY.set(name, code);

function country(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  if (/^[A-Z]{2}$/.test(v)) return v;
  return COUNTRY.get(v.toLowerCase()) ?? null;
}

const TYPOLOGY_TYPE: Record<string, string> = {
  SC: 'state-affiliated', CaPu: 'state-affiliated', CaPr: 'state-affiliated',
  ISFM: 'public-broadcaster', ISF: 'public-broadcaster', ISM: 'public-broadcaster', IP: 'public-broadcaster',
};

const norm = (name: string) => name.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const slug = (name: string) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'outlet';

const records: OutletRecord[] = [];
const byKey = new Map<string, OutletRecord>();
const key = (name: string, c: string | null) => `${norm(name)}|${c ?? ''}`;

function add(input: { name: string; aliases?: string[]; country: string | null; type: string; typology?: string; domain?: string; wikidata?: string; source: string }): void {
  const name = input.name.trim();
  if (!name || /^Q\d+$/.test(name) || name.length > 80) return;
  const names = [name, ...(input.aliases ?? [])];
  let record = names.map((n) => byKey.get(key(n, input.country)) ?? byKey.get(key(n, null))).find(Boolean);
  if (!record) {
    record = { id: '', name, aliases: [], country: input.country, type: input.type, sources: [] };
    records.push(record);
  }
  const curated = record.sources.includes('framelens') && input.source !== 'framelens';
  for (const n of names) {
    const clean = n.trim();
    // Other lists' one-word aliases on a curated record are often edition or language labels
    // ("Russian" on People's Daily): only the team's own aliases of one word are kept there.
    if (curated && !/\s/.test(clean) && norm(clean) !== norm(record.name)) continue;
    // Language and edition labels are never names of an outlet.
    if (/^(?:english|french|spanish|arabic|russian|chinese|german|online|edition|e-paper|epaper)$/i.test(clean)) continue;
    if (clean && clean !== record.name && !record.aliases.includes(clean) && clean.length <= 80) record.aliases.push(clean);
    byKey.set(key(clean, record.country), record);
  }
  if (!record.country && input.country) record.country = input.country;
  // Curated types win; otherwise a more specific type replaces the generic one.
  if (record.type === 'news-outlet' || (input.type === 'state-affiliated' && !record.sources.includes('framelens'))) record.type = input.type;
  if (input.typology && !record.stateMediaTypology) record.stateMediaTypology = input.typology;
  if (input.domain && !record.domain) record.domain = input.domain;
  if (input.wikidata && !record.wikidata) record.wikidata = input.wikidata;
  if (!record.sources.includes(input.source)) record.sources.push(input.source);
}

const read = (file: string) => JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as Record<string, unknown>[];

// 1. The team's curated list first: its names, types and aliases take precedence.
for (const line of readFileSync('corpus/outlets/curated.tsv', 'utf8').split('\n')) {
  if (!line.trim() || line.startsWith('#')) continue;
  const [name, aliases, c, type, domain] = line.split('\t');
  add({ name: name!, aliases: aliases ? aliases.split('|') : [], country: c || null, type: type!, ...(domain ? { domain } : {}), source: 'framelens' });
}
// 2. State Media Matrix (MIT; typology from the State Media Monitor).
for (const r of read('state_media_matrix.json')) {
  const typology = String(r.state_media_typology ?? '');
  if (!r.name || /test|example/i.test(String(r.domain ?? ''))) continue;
  // Its aliases hold the owning company's names too ("7 Days" lists BelTA): keep only those
  // that are not the parent's, or that are the outlet's own name in another spelling.
  const parent = norm(String(r.parent ?? ''));
  const own = ((r.aliases as string[]) ?? []).filter((a) => norm(a) === norm(String(r.name)) || !parent || (!parent.includes(norm(a)) && !norm(a).includes(parent)));
  add({ name: String(r.name), aliases: own, country: country(r.country), type: TYPOLOGY_TYPE[typology] ?? 'state-affiliated', ...(typology ? { typology } : {}), ...(r.domain ? { domain: String(r.domain) } : {}), source: 'state-media-matrix' });
}
// 3. impresso news agencies (MIT).
for (const r of read('impresso_newsagencies.json')) {
  add({ name: String(r.name), aliases: (r.aliases as string[]) ?? [], country: country(r.country), type: 'wire', source: 'impresso' });
}
// 4. Fundus publishers (MIT).
for (const r of read('fundus_publishers.json')) {
  add({ name: String(r.name), aliases: (r.aliases as string[]) ?? [], country: country(r.country), type: 'news-outlet', ...(r.domain ? { domain: String(r.domain) } : {}), source: 'fundus' });
}
// 5. Wikidata newspapers (CC0): named items with a country.
for (const r of read('wikidata_newspapers.json')) {
  const c = country(r.country);
  if (!c) continue;
  add({ name: String(r.name), aliases: (r.aliases as string[]) ?? [], country: c, type: 'newspaper', ...(r.domain ? { domain: String(r.domain) } : {}), ...(r.wikidata ? { wikidata: String(r.wikidata) } : {}), source: 'wikidata' });
}

// Stable ids: slug of the name and the country, numbered on a clash.
const used = new Set<string>();
for (const r of records) {
  let id = `${slug(r.name)}-${(r.country ?? 'xx').toLowerCase()}`;
  for (let n = 2; used.has(id); n++) id = `${slug(r.name)}-${(r.country ?? 'xx').toLowerCase()}-${n}`;
  used.add(id);
  r.id = id;
}
records.sort((a, b) => a.id.localeCompare(b.id));
const out = {
  name: 'framelens outlet gazetteer',
  built: 'scripts/build-gazetteer.ts',
  licence: 'See corpus/outlets/README.md: MIT (framelens curation, State Media Matrix, Fundus, impresso) and CC0 (Wikidata). Credit: ASD at GMF State Media Matrix; State Media Monitor (Media and Journalism Research Center) for the typology; flairNLP Fundus; impresso (EPFL); Wikidata.',
  sources: {
    framelens: 'corpus/outlets/curated.tsv (MIT)',
    'state-media-matrix': 'ASD-at-GMF/state-media-profiles @ d878fee1e0ae (MIT, © 2023 ASD-at-GMF); typology from the State Media Monitor',
    impresso: 'impresso/newsagency-classification @ 7bff34eda988 (MIT, © 2023 EPFL)',
    fundus: 'flairNLP/fundus @ 18da6e53592f (MIT, © 2023 Max Dallabetta, Conrad Dobberstein, Aaron Wey)',
    wikidata: 'Wikidata (CC0) via patrickswickard/international_newspapers @ 0d8b4a34764914',
  },
  outlets: records,
};
writeFileSync('corpus/outlets/gazetteer.json', `${JSON.stringify(out)}\n`);
const types = new Map<string, number>();
for (const r of records) types.set(r.type, (types.get(r.type) ?? 0) + 1);
console.log(`${records.length} outlets written to corpus/outlets/gazetteer.json`, Object.fromEntries(types));
