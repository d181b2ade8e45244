import { lookupAlias } from '../canonical/aliases';
import { beginLabel, typeCode } from './labels';
import { CASE_UPPER } from './token-info';

const ORG = typeCode('ORG');

/**
 * An acronym the aliases know as an organisation ("WHO", "NATO", "IAEA", "OPEC"), written in capitals in
 * a sentence that is not, and left out by the tagger, is that organisation. The tagger reads words in
 * lower case, so "WHO" is the pronoun "who" to it: "The WHO said on Monday" gave no name, in the year of
 * the pandemic. CoNLL labels the known acronyms it holds ("NATO", "EU", "UN", "FBI") organisations 61
 * times of 61. Places are left to the tagger: a country's initials have other readings ("If DRC passes",
 * a design rule check).
 */
export function nameKnownAcronyms(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  caseClass: Uint8Array,
  capsSentence: Uint8Array,
  labels: Uint8Array,
): void {
  for (let k = 0; k < labels.length; k++) {
    if (labels[k] !== 0 || caseClass[k] !== CASE_UPPER || capsSentence[k] || ends[k] - starts[k] < 2) continue;
    if (lookupAlias(text.slice(starts[k], ends[k]))?.type === 'ORGANIZATION') labels[k] = beginLabel(ORG);
  }
}
