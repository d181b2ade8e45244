import { hashString } from '../util/hash';
import { insideLabel, labelType } from './labels';
import { glued, wordEndsAfter } from './written-as-one';

const PLUS = hashString('+');

/**
 * A plus sign written onto the end of a name is part of it, in place: "OPEC+", "Disney+", "Canal+".
 * The tokenizer cuts the sign off and the tagger read the name without it, a span that ends inside the
 * word a scorer on whole words reads ("OPEC+" is one word), so it credited nothing. A name the tagger
 * found, then "+" with no space before it and the word ending after it, takes the sign in.
 */
export function takeInPlusSigns(starts: Int32Array, ends: Int32Array, lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let k = 1; k < labels.length; k++) {
    if (lower[k] !== PLUS || labels[k] !== 0 || !glued(starts, ends, k - 1, k + 1)) continue;
    const type = labelType(labels[k - 1]);
    if (type === 0) continue;
    if (wordEndsAfter(starts, ends, caseClass, k)) labels[k] = insideLabel(type);
  }
}
