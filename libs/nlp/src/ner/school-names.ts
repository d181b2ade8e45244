import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const ORG = typeCode('ORG');
/** Head nouns that end the name of a place of learning: "Eton College", "Oxford University". */
const SCHOOL_HEADS = new Set(['university', 'college', 'institute', 'school', 'academy', 'polytechnic', 'conservatory', 'seminary'].map(hashString));

/**
 * A name of two words or more ending in a title-case "College", "University", "Institute", "School" or
 * "Academy" is an organisation, however the tagger typed it: CoNLL labels every one in train and dev so
 * (17 of 17: "Oxford University", "Northcote College", "Sidwell Friends School"), and the tagger read "Eton
 * College" as a place. A hospital, a church or a museum is left to the tagger (CoNLL labels them places).
 */
export function typeSchoolNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const last = s.end - 1;
    if (s.type !== ORG && s.end - s.start > 1 && caseClass[last] === CASE_TITLE && SCHOOL_HEADS.has(lower[last])) markSpan(labels, s.start, s.end, ORG);
  }
}
