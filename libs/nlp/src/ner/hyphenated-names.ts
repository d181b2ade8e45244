import { hashString } from '../util/hash';
import { labelType, markSpan, spanStart, typeCode } from './labels';

const MISC = typeCode('MISC');
const PER = typeCode('PER');
const HYPHEN = hashString('-');

/**
 * Two names written as one word with a hyphen are one MISC name, in place: "U.S.-China trade talks",
 * "U.S.-Iranian ties", "the U.S.-North Korea summit". CoNLL keeps such a word whole and labels it
 * MISC ("Israel-PLO" 4 times, "Iraq-U.N.", "Russian-Chechen" 3 times in train and dev; "U.S.-led" 7
 * times), but the tokenizer cuts a hyphen after an abbreviation's full stop ("U.S." "-" "China"), and
 * the tagger then read two names inside one word, neither of which a scorer reading offsets onto
 * whole words can credit. Where the hyphen (or a dash: Wikipedia writes "Iran–Iraq border") has no space
 * on either side and a name ends right before it and another starts right after it, both names and the
 * hyphen become one MISC name (one person where both are people: the initials "J.-Y."). Words the
 * tokenizer keeps whole ("Israel-PLO", "Franco-German") are the tagger's to read.
 */
export function joinHyphenatedNames(starts: Int32Array, ends: Int32Array, lower: Uint32Array, labels: Uint8Array): void {
  for (let k = 1; k + 1 < labels.length; k++) {
    if (lower[k] !== HYPHEN || ends[k - 1] !== starts[k] || ends[k] !== starts[k + 1]) continue;
    const before = labelType(labels[k - 1]);
    const after = labelType(labels[k + 1]);
    if (before === 0 || after === 0 || labels[k] !== 0) continue;
    let end = k + 2;
    while (end < labels.length && labelType(labels[end]) === after && spanStart(labels, end) !== end) end++;
    // Initials of one person ("Wu, J.-Y.") stay a person.
    markSpan(labels, spanStart(labels, k - 1), end, before === PER && after === PER ? PER : MISC);
    k = end - 1;
  }
}
