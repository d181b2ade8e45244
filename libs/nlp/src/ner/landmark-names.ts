import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const PER = typeCode('PER');
const LOC = typeCode('LOC');
// Words that open the names of natural places and forts: "Mount Albert", "Lake Placid", "Cape Verde".
const PLACE_OPENERS = new Set(['mount', 'mt', 'mt.', 'lake', 'cape', 'fort'].map(hashString));
// Words that end the names of places built or found: "Carnegie Hall" is left out, as "Hall", "Park",
// "Bridge" and "Island" end people's names too ("Tony Hall", "Sung-Hee Park").
const PLACE_ENDINGS = new Set(
  [
    'stadium',
    'arena',
    'airport',
    'theater',
    'theatre',
    'cathedral',
    'museum',
    'square',
    'street',
    'avenue',
    'road',
    'station',
    'mountains',
    'valley',
    'river',
    'islands',
  ].map(hashString),
);

/**
 * A name the tagger read as a person is a place when a title-case "Mount", "Lake", "Cape" or "Fort" opens
 * it ("Mount Albert", an electorate read as a man) or a title-case place noun such as "Stadium",
 * "Street" or "Theatre" ends it. In CoNLL train and dev such names are places 8 times of 8 by their first
 * word and, by their last, places 44 times, organisations twice ("Kansai International Airport", "wall
 * Street") and never people. Only people are retyped: clubs and companies take such words too
 * ("Fort Worth Stockyards").
 */
export function typeLandmarkNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.type !== PER || s.end - s.start < 2) continue;
    const last = s.end - 1;
    const opens = caseClass[s.start] === CASE_TITLE && PLACE_OPENERS.has(lower[s.start]);
    const ends = caseClass[last] === CASE_TITLE && PLACE_ENDINGS.has(lower[last]);
    if (opens || ends) markSpan(labels, s.start, s.end, LOC);
  }
}
