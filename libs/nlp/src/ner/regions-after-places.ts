import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const COMMA = hashString(',');
/** What closes the region after the comma: "Abingdon, Oxfordshire, in 1985", "Sandusky, Ohio." */
const CLOSING = new Set([',', '.', ')', ';'].map(hashString));

/**
 * A one-word name right after a place and a comma, closed by punctuation ("Abingdon, Oxfordshire,",
 * "Chihuahua, Mexico.") is the place's region or country: a place. In CoNLL train and dev a capitalised
 * word so placed is a place 76 times of 77 (once a person: "Arizona, Geronimo"). The tagger read
 * "Oxfordshire" there as an organisation. Only a name read as an organisation is retyped: a nationality
 * word in a list of places ("Caribbean, American, and Cypriot jurisdictions") stays MISC.
 */
export function typeRegionsAfterPlaces(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const n = labels.length;
  const spans = labelsToSpans(labels, 0, n);
  for (let i = 1; i < spans.length; i++) {
    const place = spans[i - 1];
    const region = spans[i];
    if (place.type !== LOC || region.type !== ORG || region.end - region.start !== 1) continue;
    if (region.start !== place.end + 1 || lower[place.end] !== COMMA || caseClass[region.start] !== CASE_TITLE) continue;
    if (region.end < n && !CLOSING.has(lower[region.end])) continue;
    markSpan(labels, region.start, region.end, LOC);
  }
}
