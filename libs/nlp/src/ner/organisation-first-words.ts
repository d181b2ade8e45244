import { labelsToSpans, markSpan, typeCode } from './labels';
import { CAPITALISED_CASES } from './token-info';
import { isPersonTitle } from './honorifics';

const PER = typeCode('PER');
const ORG = typeCode('ORG');

/**
 * A one-word person that is the first word of an organisation the document names in full is that
 * organisation, in place: after "Fox News", "Fox reported" is the network, though CoNLL taught the
 * tagger a person Fox. Left alone when a title stands before it ("President Prodi" beside the "Prodi
 * Commission") or the document names a person in full who starts or ends with that word ("Bob Dylan").
 * In CoNLL train and dev such a one-word name is an organisation 432 times and a person never; the 10
 * people ("Dole" beside "Bob Dole" and "Dole Food", "Gingrich") all have their full name in the
 * document, which the guard leaves to the surname rule (person-surnames.ts).
 */
export function typeOrganisationFirstWords(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const spans = labelsToSpans(labels, 0, labels.length);
  const firstWords = new Set<number>();
  /** First and last words of people named in full. */
  const names = new Set<number>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    if (s.type === ORG && CAPITALISED_CASES.has(caseClass[s.start])) firstWords.add(lower[s.start]);
    if (s.type === PER) names.add(lower[s.start]).add(lower[s.end - 1]);
  }
  if (!firstWords.size) return;
  for (const s of spans) {
    if (s.type !== PER || s.end - s.start !== 1 || !firstWords.has(lower[s.start]) || names.has(lower[s.start])) continue;
    if (s.start > 0 && isPersonTitle(lower[s.start - 1])) continue;
    markSpan(labels, s.start, s.end, ORG);
  }
}
