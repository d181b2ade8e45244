// Words that only a story about sport uses, lower case: a document without any of them is not a sports
// page, and the tagger's label rules read names there without the conventions of results tables.
import { hashString } from '../util/hash';

export const SPORT_WORDS: readonly string[] = [
  // sports
  'soccer',
  'football',
  'footballer',
  'rugby',
  'cricket',
  'tennis',
  'golf',
  'hockey',
  'baseball',
  'basketball',
  'athletics',
  'cycling',
  'racing',
  'marathon',
  'sprint',
  'sport',
  'sports',
  // competitions and their parts
  'league',
  'leagues',
  'cup',
  'match',
  'matches',
  'championship',
  'championships',
  'season',
  'tournament',
  'olympic',
  'olympics',
  'semifinal',
  'semi-final',
  'quarterfinal',
  'quarter-final',
  'playoff',
  'playoffs',
  'standings',
  'fixture',
  'fixtures',
  'seeded',
  'half-time',
  'halftime',
  'lap',
  'laps',
  'medal',
  'medals',
  'nba',
  'nfl',
  'nhl',
  'uefa',
  'fifa',
  // play and players
  'game',
  'games',
  'team',
  'teams',
  'club',
  'clubs',
  'squad',
  'coach',
  'player',
  'players',
  'played',
  'athlete',
  'athletes',
  'referee',
  'striker',
  'midfielder',
  'defender',
  'goalkeeper',
  'keeper',
  'goal',
  'goals',
  'scored',
  'scorer',
  'penalty',
  'penalties',
  'stadium',
  'innings',
  'inning',
  'wicket',
  'wickets',
  'batsman',
  'batsmen',
  'bowler',
  'bowled',
  'pitcher',
  'homer',
  'touchdown',
];

const SPORT_HASHES = new Set(SPORT_WORDS.map(hashString));

/** Whether a document's words (lower-case hashes, as the tagger reads them) hold a word of sport. */
export function mentionsSport(lower: ArrayLike<number>): boolean {
  for (let k = 0; k < lower.length; k++) if (SPORT_HASHES.has(lower[k])) return true;
  return false;
}

/** How many different words of sport a document holds: one ("season", "game") is said of much else too. */
export function sportWordsIn(lower: ArrayLike<number>): number {
  const seen = new Set<number>();
  for (let k = 0; k < lower.length; k++) if (SPORT_HASHES.has(lower[k])) seen.add(lower[k]);
  return seen.size;
}
