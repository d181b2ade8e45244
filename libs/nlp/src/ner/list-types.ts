import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { isInstitutionHead } from './organisation-names';

const COMMA = hashString(',');
const AND = hashString('and');
const OR = hashString('or');
const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
// A list of three names or more: shorter ones mix places and organisations often ("Iraq and the U.N.").
const MIN_LIST = 3;

/** Whether the tokens between two names only list them: ",", "and", "or", ", and", ", or". */
function listsApart(lower: Uint32Array, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) return lower[from] === COMMA || lower[from] === AND || lower[from] === OR;
  return gap === 2 && lower[from] === COMMA && (lower[from + 1] === AND || lower[from + 1] === OR);
}

/**
 * Places and organisations in one list of names take the list's majority type, in place: "Washington
 * D.C., Detroit, Milwaukee, Los Angeles" are all places, though CoNLL's results tables taught the tagger
 * that "Milwaukee" alone is a club. In CoNLL train and dev a list of three names or more never mixes the
 * two types (0 of 80 such lists; 51 of places, 29 of organisations), so a mixed one is a misreading;
 * a tie is left as it is. People and MISC names in the list keep their type, and so
 * does an organisation whose last word is an institution's head (University, Party, Ministry, …).
 */
export function unifyListTypes(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const spans = labelsToSpans(labels, 0, labels.length);
  for (let i = 0; i < spans.length;) {
    let j = i + 1;
    while (j < spans.length && listsApart(lower, spans[j - 1].end, spans[j].start)) j++;
    if (j - i >= MIN_LIST) {
      const list = spans.slice(i, j);
      const places = list.filter((s) => s.type === LOC).length;
      const organisations = list.filter((s) => s.type === ORG).length;
      // A tie has no majority to follow: on recent news pages, going to places there made companies places
      // ("Amazon, Chipotle, Wal-Mart and Verizon", Amazon read as the river).
      if (places && organisations && places !== organisations) {
        const type = places > organisations ? LOC : ORG;
        for (const s of list) {
          // An organisation ending in an institution's head ("Johns Hopkins University") says what it is.
          const institution = s.type === ORG && isInstitutionHead(lower, caseClass, s.end - 1);
          if ((s.type === LOC || s.type === ORG) && s.type !== type && !institution) markSpan(labels, s.start, s.end, type);
        }
      }
    }
    i = j;
  }
}
