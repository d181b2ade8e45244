// Writes assets/countries.aliases.json from world-countries (ODbL-1.0): official names and alternative
// spellings of every country -> its common name, so "Republic of Korea", "ROK" and
// "South Korea" get one entity id across articles. Hand-kept assets/aliases.json overrides it.
import * as fs from 'fs';
import * as path from 'path';
import { ASSETS_DIR } from '../src/model-path';
import { englishWords } from './english-words';

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { f: string; m: string } };
}

export function buildCountryAliases(): Record<string, [string, string]> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as Country[];
  const commonWords = new Set(englishWords(['10', '20', '35', '40', '50']));
  const out: Record<string, [string, string]> = {};
  for (const c of countries) {
    const name = c.name.common;
    const forms = [c.name.official, ...c.altSpellings];
    const demonyms = [c.demonyms?.eng?.m, c.demonyms?.eng?.f];
    for (const f of forms) {
      // Two-letter codes (e.g. "IN", "IT", "US") are ordinary words too often; skip them and non-Latin forms.
      if (f.length < 3 || f.includes(',') || !/^[\p{Script=Latin}\s.'’()-]+$/u.test(f)) continue;
      // Short forms only as initialisms (UAE, DRC): "Mann" or "Thai" are names and adjectives first.
      if (f.length <= 4 && f !== f.toUpperCase()) continue;
      // Nor a common word ("Island" for Iceland, "Reunion", "Emirates" the airline) or a nationality word
      // ("Togolese"), unless it opens the country's name ("Vatican").
      if (commonWords.has(f.toLowerCase()) || (demonyms.includes(f) && !name.startsWith(f))) continue;
      if (f !== name) out[f] = [name, 'LOCATION'];
    }
  }
  return out;
}

export function writeCountryAliases(): string {
  const aliases = buildCountryAliases();
  const file = path.join(ASSETS_DIR, 'countries.aliases.json');
  fs.writeFileSync(file, JSON.stringify({ source: 'world-countries (ODbL-1.0)', aliases }, null, 1) + '\n');
  return `wrote ${file}: ${Object.keys(aliases).length} aliases`;
}

if (require.main === module) console.log(writeCountryAliases());
