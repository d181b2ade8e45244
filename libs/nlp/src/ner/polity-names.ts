import { hashString } from '../util/hash';
import { isBegin, labelType } from './labels';
import { CASE_TITLE, CASE_UPPER } from './token-info';

// Titles of states named after their place ("Kingdom of Castile", "Duchy of Athens", "Empire of Japan").
// They are rare in the 1990s news the tagger learned from, so it reads the place alone, or the title as a
// person or an organisation; the whole name is one location under the CoNLL guidelines.
const POLITY_TITLES = new Set(
  [
    'kingdom',
    'empire',
    'duchy',
    'principality',
    'khanate',
    'emirate',
    'sultanate',
    'caliphate',
    'republic',
    'county',
    'margraviate',
    'electorate',
    'despotate',
    'tsardom',
    'crown',
  ].map(hashString),
);
const OF = hashString('of');
const TITLE_CASES = new Set([CASE_TITLE, CASE_UPPER]);
const PER = 1;
const ORG = 2;
const LOC = 3;
const B_LOC = 2 * LOC - 1;
const I_LOC = 2 * LOC;

/**
 * Polity names in labels, in place: a location that follows "of" and a capitalised polity title is
 * joined with them into one location, together with the name the title ends, if any ("Seleucid
 * Empire of Syria"). A person's name stays apart ("Tim Henman of Britain" has no title before "of"),
 * as does a title the model put inside a longer name with "of" ("University of ..."). A name the model
 * read whole as a person or an organisation ("Duchy of Athens") is a location too; as a MISC it
 * is a work's title ("Empire of the Sun", the film) and stays.
 */
export function joinPolityNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 0; i + 2 < labels.length; i++) {
    const t = labelType(labels[i]);
    if ((t !== PER && t !== ORG) || !isBegin(labels[i]) || !POLITY_TITLES.has(lower[i]) || !TITLE_CASES.has(caseClass[i]) || lower[i + 1] !== OF) continue;
    const inside = 2 * t;
    if (labels[i + 1] !== inside || labels[i + 2] !== inside) continue;
    labels[i] = B_LOC;
    for (let j = i + 1; j < labels.length && labels[j] === inside; j++) labels[j] = I_LOC;
  }
  for (let k = 2; k < labels.length; k++) {
    if (!isBegin(labels[k]) || labelType(labels[k]) !== LOC) continue;
    const title = k - 2;
    if (lower[k - 1] !== OF || labels[k - 1] !== 0 || !POLITY_TITLES.has(lower[title]) || !TITLE_CASES.has(caseClass[title])) continue;
    let start = title;
    const before = labelType(labels[title]);
    if (before !== 0) {
      while (start > 0 && !isBegin(labels[start]) && labelType(labels[start - 1]) === before) start--;
      // A person's name that merely ends in such a word ("John Kingdom of Britain") is not a polity's title.
      if (before === PER && start !== title) continue;
    }
    labels[start] = B_LOC;
    for (let j = start + 1; j <= k; j++) labels[j] = I_LOC;
  }
}
