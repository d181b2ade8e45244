import { hashString } from '../util/hash';
import { labelsToSpans } from './labels';
import { CASE_DIGIT } from './token-info';

const BORN = hashString('born');
const AFTER_BORN = new Set(['in', 'on', 'at', 'to', 'into'].map(hashString));

/**
 * "Born" opening a phrase ("Born in Kingston, he ...", "Born on 4 May 1950") is the verb, in place: a
 * one-word span of it before in, on, at, to, into or a number goes back to O. CoNLL train labels one such
 * "Born in 1937" a place (against its guidelines; the other 18 "born" there are O), and the tagger,
 * remembering it, read every biography's opening "Born in ..." as a place (3 in crossner-politics).
 * Max Born stays: a name of two words, or his surname before anything else, is left alone.
 */
export function dropVerbBorn(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.end - s.start !== 1 || lower[s.start] !== BORN || s.end >= labels.length) continue;
    if (AFTER_BORN.has(lower[s.end]) || caseClass[s.end] === CASE_DIGIT) labels[s.start] = 0;
  }
}
