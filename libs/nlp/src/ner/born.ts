import { hashString } from '../util/hash';
import { labelsToSpans, labelType, markSpan, spanEnd, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_DIGIT, CASE_LOWER } from './token-info';

const BORN = hashString('born');
const AFTER_BORN = new Set(['in', 'on', 'at', 'to', 'into'].map(hashString));
const AND = hashString('and');
// "Born and raised in Indianapolis": the verb's pair; "Born and Heisenberg" is a list of physicists.
const PAIRED_PARTICIPLES = new Set(['raised', 'bred', 'educated', 'schooled'].map(hashString));

/**
 * "Born" opening a phrase ("Born in Kingston, he ...", "Born on 4 May 1950", "Born and raised in") is the
 * verb, in place: a one-word span of it before in, on, at, to, into, a number or "and raised" goes back to O. CoNLL train labels one such
 * "Born in 1937" a place (against its guidelines; the other 18 "born" there are O), and the tagger,
 * remembering it, read every biography's opening "Born in ..." as a place (3 in crossner-politics).
 * Max Born stays: a name of two words, or his surname before anything else, is left alone.
 */
export function dropVerbBorn(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.end - s.start !== 1 || lower[s.start] !== BORN || s.end >= labels.length) continue;
    const paired = lower[s.end] === AND && s.end + 1 < labels.length && PAIRED_PARTICIPLES.has(lower[s.end + 1]);
    if (AFTER_BORN.has(lower[s.end]) || caseClass[s.end] === CASE_DIGIT || paired) labels[s.start] = 0;
  }
}

const NEE = new Set(['née', 'nee'].map(hashString));
const PER = typeCode('PER');
const ORG = typeCode('ORG');

/**
 * The name after "née" is the person's birth surname, PER: "Marie Curie, née Skłodowska" (read as a place).
 * CoNLL writes no "née"; encyclopedic biographies open with it. An organisation stays one: a company's former
 * name takes "née" too ("GV (née Google Ventures)").
 */
export function typeMaidenNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let k = 0; k + 1 < labels.length; k++) {
    if (!NEE.has(lower[k]) || caseClass[k] !== CASE_LOWER || !CAPITALISED_CASES.has(caseClass[k + 1])) continue;
    const type = labelType(labels[k + 1]);
    // A company's former name is "née" too ("GV (née Google Ventures)"): organisations stay.
    if (type !== PER && type !== ORG) markSpan(labels, k + 1, type === 0 ? k + 2 : spanEnd(labels, k + 1), PER);
  }
}
