import * as fs from 'fs';
import * as path from 'path';
import { buildPlaces } from '../../training/build-places';
import { ASSETS_DIR } from '../model-path';
import { demonymCountry, isGovernmentPlace } from './places';

describe('places table', () => {
  it('is what training/build-places.ts builds from world-countries', () => {
    const shipped = JSON.parse(fs.readFileSync(path.join(ASSETS_DIR, 'countries.places.json'), 'utf8'));
    expect(shipped).toEqual(buildPlaces());
  });

  it('maps nationality words (and their plurals) to countries, named as the aliases table names them', () => {
    expect(demonymCountry('North Korean')).toBe('North Korea');
    expect(demonymCountry('Russians')).toBe('Russia');
    expect(demonymCountry('American')).toBe('United States'); // the only UN member among its owners
    expect(demonymCountry('Ivorian')).toBe("Côte d'Ivoire"); // world-countries says Ivory Coast; aliases.json renames it
    expect(demonymCountry('Dominican')).toBeUndefined(); // Dominica and the Dominican Republic
    expect(demonymCountry('Pyongyang')).toBeUndefined();
  });

  it('knows countries and UN members’ capitals as names that stand for a government', () => {
    for (const name of ['Pyongyang', 'Washington', 'Russia', 'north korea', 'Ivory Coast', "Côte d'Ivoire"]) expect(isGovernmentPlace(name)).toBe(true);
    for (const name of ['Hamilton', 'Plymouth', 'Springfield', 'Russian']) expect(isGovernmentPlace(name)).toBe(false);
  });
});
