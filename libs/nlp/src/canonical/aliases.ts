import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { EntityType } from '../entity.types';
import { ASSETS_DIR } from '../model-path';
import { detachedCopy } from '../util/detached-copy';
import { plainLowerCase } from '../util/hash';
import { LEGAL_FORM_ABBREVIATIONS, WEB_DOMAIN_WORDS } from '../lexicon/company-words';

export interface AliasEntry {
  name: string;
  type?: EntityType;
}

let table: Map<string, AliasEntry> | undefined;

/**
 * Entries each of the caches below holds before it is emptied. Common names come back at once after a
 * flush; at 50,000 the three caches held about 20 MB of rarely used names once a service had seen a few
 * hundred distinct articles (entity-extract peaked at 211-214 MB under load with 800 distinct real pages,
 * over the 200 MB target). At 5,000, tagging the labelled pages' 1,047 bodies in one process peaked at
 * 165 MB instead of 182 with no more CPU (7.8-8.1 s against 8.1-8.5).
 */
const CACHE_LIMIT = 5_000;

/**
 * Lookup key: lower case without the diacritics of Latin letters and with typographic quotes plain (as
 * the tagger's hashes read words: "Zürich" is "Zurich"), periods and a leading "the" dropped, whitespace
 * collapsed.
 */
export function normaliseSurface(s: string): string {
  let v = normCache.get(s);
  if (v === undefined) {
    if (normCache.size > CACHE_LIMIT) normCache.clear();
    normCache.set(detachedCopy(s), (v = detachedCopy(normaliseUncached(s))));
  }
  return v;
}

// Entity surfaces repeat a lot within and across articles; the regex chain is the costly part.
const normCache = new Map<string, string>();

function normaliseUncached(s: string): string {
  return plainLowerCase(s.normalize('NFC').replace(/\./g, '').replace(/\s+/g, ' ').trim()).replace(/^the /, '').replace(/'s$/, '');
}

function load(): Map<string, AliasEntry> {
  const m = new Map<string, AliasEntry>();
  for (const file of ['countries.aliases.json', 'aliases.json']) {
    const p = path.join(ASSETS_DIR, file);
    if (!fs.existsSync(p)) continue;
    const data = JSON.parse(fs.readFileSync(p, 'utf8')) as { aliases: Record<string, [string, EntityType?]> };
    // Later files (hand-kept aliases.json) override generated ones.
    for (const [surface, [name, type]] of Object.entries(data.aliases)) m.set(normaliseSurface(surface), { name, type });
  }
  return m;
}

export function aliasTable(): Map<string, AliasEntry> {
  return (table ??= load());
}

/** The alias entry for a surface form, if the table knows it. */
export function lookupAlias(surface: string): AliasEntry | undefined {
  return aliasTable().get(normaliseSurface(surface));
}

/** Canonical name for a surface form: the aliases table, else the surface tidied (whitespace, possessive, leading "the"). */
export function canonicalName(type: EntityType, surface: string): string {
  const key = type + '\u0000' + surface;
  let v = canonCache.get(key);
  if (v === undefined) {
    if (canonCache.size > CACHE_LIMIT) canonCache.clear();
    canonCache.set(detachedCopy(key), (v = detachedCopy(canonicalUncached(type, surface))));
  }
  return v;
}

// Pure functions of their arguments (the alias table is fixed once loaded), called per mention.
const canonCache = new Map<string, string>();
const idCache = new Map<string, string>();

const escapeDots = (w: string) => w.replace(/\./g, '\\.');
// A company's legal form after its name ("Moderna Inc", "Sony Corp.", "BP plc", "Goldman Sachs & Co").
const LEGAL_FORM = new RegExp(`,?\\s+(?:&\\s+)?(?:${LEGAL_FORM_ABBREVIATIONS.map(escapeDots).join('|')})\\.?$`);
// A company named by its one-word web address and legal form ("Amazon.com Inc", then "Amazon").
const WEB_ADDRESS = new RegExp(`^(\\p{Lu}[\\p{L}\\p{N}]*)\\.(?:${WEB_DOMAIN_WORDS.join('|')})$`, 'u');

function canonicalUncached(type: EntityType, surface: string): string {
  const a = lookupAlias(surface);
  if (a && aliasApplies(a, type)) return a.name;
  const tidy = surface
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the\s+/i, '')
    .replace(/['’]s$/, '');
  // Business news names a company with its legal form first and without it after ("Moderna Inc ...
  // Moderna said"): one name, so one entity in the article and one id across articles.
  // The same for the web address before a legal form ("Amazon.com Inc ... Amazon said"); an address
  // alone stays whole, as sites are named after people and words too ("Forbes.com", "Internet.org").
  let short = tidy;
  if (type === 'ORGANIZATION' && LEGAL_FORM.test(tidy)) short = tidy.replace(LEGAL_FORM, '').replace(WEB_ADDRESS, '$1');
  return /\p{L}/u.test(short) ? short : tidy;
}

/**
 * Whether an alias entry names a mention read as `type`. The table never turns a person into a place
 * or a body ("Mann", "Jordan" stay people when tagged so), nor names a nationality word read as MISC
 * after its country ("Saudi officials": that word links to the place instead). Countries read as
 * ORGANIZATION (a government) keep the place's name; the entity's type is settled by groupMentions.
 */
export function aliasApplies(a: AliasEntry, type: EntityType): boolean {
  if (type === 'PERSON') return !a.type || a.type === 'PERSON';
  if (type === 'MISC') return a.type !== 'LOCATION';
  return true;
}

/** Stable id across articles: a UUID (version-5 layout) from sha1 of type and normalised canonical name. */
export function entityId(type: EntityType, name: string): string {
  const key = type + '\u0000' + name;
  let v = idCache.get(key);
  if (v === undefined) {
    if (idCache.size > CACHE_LIMIT) idCache.clear();
    idCache.set(detachedCopy(key), (v = detachedCopy(entityIdUncached(type, name))));
  }
  return v;
}

function entityIdUncached(type: EntityType, name: string): string {
  const h = createHash('sha1')
    .update(`newswire-entity\u0000${type}\u0000${normaliseSurface(name)}`)
    .digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
