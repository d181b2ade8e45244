import { hashString } from '../util/hash';
import { insideLabel, isBegin, labelType, typeCode } from './labels';
import { CASE_TITLE, CASE_UPPER } from './token-info';

// Nouns that head an institution's name and take its domain or place after "of" or "for": "Bank of
// England", "Carnegie Endowment for International Peace", "Communist Party of Sri Lanka". In CoNLL
// train such a name is one organisation 73 times out of 76 ("of" or "for" after an organisation span
// ending in one of these words, a capitalised word next); the tagger, knowing few such names, often
// ends the organisation at the head and reads what follows as a place or a MISC.
const ORG_HEADS = new Set(
  [
    'ministry',
    'department',
    'office',
    'bureau',
    'agency',
    'authority',
    'commission',
    'committee',
    'council',
    'board',
    'court',
    'parliament',
    'congress',
    'assembly',
    'party',
    'front',
    'movement',
    'alliance',
    'coalition',
    'league',
    'union',
    'federation',
    'association',
    'society',
    'organisation',
    'organization',
    'institute',
    'foundation',
    'endowment',
    'fund',
    'trust',
    'bank',
    'university',
    'academy',
    'centre',
    'center',
    'church',
    'service',
  ].map(hashString),
);
const OF = hashString('of');
const FOR = hashString('for');
const THE = hashString('the');
const TITLE_CASES = new Set([CASE_TITLE, CASE_UPPER]);
const PER = typeCode('PER');
const ORG = typeCode('ORG');

/**
 * Organisation names in labels, in place: an organisation ending in a capitalised head noun, then
 * "of" or "for" (and "the"), then a name the model found (a place, an organisation or a MISC) are one
 * organisation. A person after "of" stays apart ("Awami League of Prime Minister Sheikh Hasina").
 */
export function joinOrganisationNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const orgInside = insideLabel(ORG);
  for (let i = 0; i + 2 < labels.length; i++) {
    if (labelType(labels[i]) !== ORG || !ORG_HEADS.has(lower[i]) || !TITLE_CASES.has(caseClass[i])) continue;
    if (labels[i + 1] !== 0 || (lower[i + 1] !== OF && lower[i + 1] !== FOR)) continue;
    let j = i + 2;
    if (lower[j] === THE && labels[j] === 0) j++;
    if (j >= labels.length || !isBegin(labels[j])) continue;
    const t = labelType(labels[j]);
    if (t === PER) continue;
    let end = j + 1;
    while (end < labels.length && labels[end] === insideLabel(t)) end++;
    labels.fill(orgInside, i + 1, end);
    i = end - 1;
  }
}
