// Writes assets/countries.places.json from world-countries (ODbL-1.0), for the canonical layer:
// - demonyms: nationality adjective -> the country it derives from ("North Korean" -> North Korea);
// - governmentPlaces: countries and UN members' capitals, the names that stand for a government ("Pyongyang said").
// Rebuild with `npx tsx libs/nlp/training/build-places.ts` (same bytes for the same package version).
import * as fs from 'fs';
import * as path from 'path';
import { ASSETS_DIR } from '../src/model-path';

interface Country {
  name: { common: string };
  capital?: string[];
  unMember: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface PlacesTable {
  source: string;
  demonyms: Record<string, string>;
  governmentPlaces: string[];
}

/**
 * A form shared by several countries ("Dominican", "American", "Kingston") goes to the only UN member
 * among them (the United States, not the Northern Mariana Islands); with none or several it is dropped.
 */
function unambiguous(owners: Map<string, Country[]>): Map<string, Country> {
  const out = new Map<string, Country>();
  for (const [form, list] of owners) {
    const members = list.filter((c) => c.unMember);
    const owner = list.length === 1 ? list[0] : members.length === 1 ? members[0] : undefined;
    if (owner) out.set(form, owner);
  }
  return out;
}

// Code-unit order, not localeCompare, so the file is the same bytes on every machine.
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const stripAccents = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

export function buildPlaces(): PlacesTable {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const countries = require('world-countries') as Country[];
  const demonymOwners = new Map<string, Country[]>();
  const capitalOwners = new Map<string, Country[]>();
  const push = (m: Map<string, Country[]>, form: string, c: Country): void => {
    const list = m.get(form) ?? [];
    if (!list.includes(c)) list.push(c);
    m.set(form, list);
  };
  for (const c of countries) {
    for (const d of [c.demonyms?.eng?.m, c.demonyms?.eng?.f]) if (d) push(demonymOwners, d, c);
    // Capitals of UN members only: Hamilton (Bermuda) and Plymouth (Montserrat) are football clubs first.
    for (const cap of c.unMember ? (c.capital ?? []) : []) {
      // "Washington D.C." is "Washington" in news text; "Bogotá" is often written "Bogota".
      const bare = cap.replace(/,? D\.C\.$/, '');
      for (const form of new Set([cap, bare, stripAccents(bare)])) push(capitalOwners, form, c);
    }
  }
  const demonyms: Record<string, string> = {};
  for (const [d, c] of [...unambiguous(demonymOwners)].sort(([a], [b]) => byCodeUnits(a, b))) demonyms[d] = c.name.common;
  const places = new Set<string>(countries.map((c) => c.name.common));
  for (const cap of unambiguous(capitalOwners).keys()) places.add(cap);
  return {
    source: 'world-countries (ODbL-1.0)',
    demonyms,
    governmentPlaces: [...places].sort(byCodeUnits),
  };
}

export function writePlaces(): string {
  const table = buildPlaces();
  const file = path.join(ASSETS_DIR, 'countries.places.json');
  fs.writeFileSync(file, JSON.stringify(table, null, 1) + '\n');
  return `wrote ${file}: ${Object.keys(table.demonyms).length} demonyms, ${table.governmentPlaces.length} government places`;
}

if (require.main === module) console.log(writePlaces());
