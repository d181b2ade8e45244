import { CASE_OTHER } from './token-info';

// Tokens the tokenizer cut out of one written word ("U.S.-China", "Amazon.com", "OPEC+"), which a scorer
// on whole words reads as one: the label rules that keep such words whole ask these.

/** Whether tokens [from, to) are written with nothing between them. */
export function glued(starts: Int32Array, ends: Int32Array, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (starts[k] !== ends[k - 1]) return false;
  return true;
}

/** Whether the written word ends with token k: a space or the text's end after it, or punctuation glued to it. */
export function wordEndsAfter(starts: Int32Array, ends: Int32Array, caseClass: Uint8Array, k: number): boolean {
  return k + 1 === caseClass.length || starts[k + 1] !== ends[k] || caseClass[k + 1] === CASE_OTHER;
}
