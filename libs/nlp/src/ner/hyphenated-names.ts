import { hasWordHyphen, WORD_HYPHEN_CLASS } from '../tokenizer/char-class';
import { hashString } from '../util/hash';
import { labelsToSpans, labelType, markSpan, spanStart, typeCode } from './labels';
import { CASE_LOWER } from './token-info';
import { glued, wordEndsAfter } from './written-as-one';

const MISC = typeCode('MISC');
const PER = typeCode('PER');
const HYPHEN = hashString('-');
const DOT = hashString('.');

/**
 * Two names written as one word with a hyphen are one MISC name, in place: "U.S.-China trade talks",
 * "U.S.-Iranian ties", "the U.S.-North Korea summit". CoNLL keeps such a word whole and labels it
 * MISC ("Israel-PLO" 4 times, "Iraq-U.N.", "Russian-Chechen" 3 times in train and dev; "U.S.-led" 7
 * times), but the tokenizer cuts a hyphen after an abbreviation's full stop ("U.S." "-" "China"), and
 * the tagger then read two names inside one word, neither of which a scorer reading offsets onto
 * whole words can credit. Where the hyphen (or a dash: Wikipedia writes "Iran–Iraq border") has no space
 * on either side and a name ends right before it and another starts right after it, both names and the
 * hyphen become one MISC name (one person where both are people: the initials "J.-Y."). Words the
 * tokenizer keeps whole ("Israel-PLO", "Franco-German") are the tagger's to read. The same cut splits
 * "Calif.-based" and "U.K.-listed", which CoNLL labels MISC whole ("U.S.-led", "U.N.-sponsored",
 * "Mo.-based": 18 times of 19 such words with a label in train and dev): a name, its full stop if the
 * tokenizer left it apart, a hyphen and a lower-case word, all written as one, become one MISC name.
 */
export function joinHyphenatedNames(starts: Int32Array, ends: Int32Array, lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let k = 1; k + 1 < labels.length; k++) {
    if (lower[k] !== HYPHEN || !glued(starts, ends, k - 1, k + 2) || labels[k] !== 0) continue;
    // "Mass" "." "-" "based": the name ends before its full stop.
    const stop = lower[k - 1] === DOT && labels[k - 1] === 0 && k > 1 && glued(starts, ends, k - 2, k) ? 1 : 0;
    const before = labelType(labels[k - 1 - stop]);
    const after = labelType(labels[k + 1]);
    if (before === 0) continue;
    if (after === 0) {
      if (caseClass[k + 1] === CASE_LOWER && wordEndsAfter(starts, ends, caseClass, k + 1)) markSpan(labels, spanStart(labels, k - 1 - stop), k + 2, MISC);
      continue;
    }
    if (stop) continue;
    let end = k + 2;
    while (end < labels.length && labelType(labels[end]) === after && spanStart(labels, end) !== end) end++;
    // Initials of one person ("Wu, J.-Y.") stay a person.
    markSpan(labels, spanStart(labels, k - 1), end, before === PER && after === PER ? PER : MISC);
    k = end - 1;
  }
}

// Two capitalised halves around a hyphen the tokenizer keeps inside a word (isWordHyphen).
const NAME_PAIR = new RegExp(String.raw`^(\p{Lu}[\p{L}.]*)${WORD_HYPHEN_CLASS}(\p{Lu}[\p{L}.]*)$`, 'u');

/**
 * A word the tokenizer keeps whole that joins two names of the document with a hyphen, and that the
 * tagger left out, is one MISC name, in place: "the Pfizer-BioNTech vaccine" beside "Pfizer" and
 * "BioNTech". In CoNLL train and dev such a word (both halves labelled alone elsewhere in its document)
 * is MISC 16 times ("Israel-PLO", "Russian-Chechen", "Arab-Israeli"), an organisation 4 ("PMC-Sierra")
 * and a place 2.
 */
export function typeNamePairWords(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  let names: Set<string> | undefined;
  for (let k = 0; k < labels.length; k++) {
    if (labels[k] !== 0 || !hasWordHyphen(text, starts[k] + 1, ends[k] - 1)) continue;
    const pair = NAME_PAIR.exec(text.slice(starts[k], ends[k]));
    if (!pair) continue;
    names ??= oneWordNames(text, starts, ends, labels);
    if (names.has(pair[1]) && names.has(pair[2])) markSpan(labels, k, k + 1, MISC);
  }
}

/** The one-word names the tagger found in the document, as written. */
function oneWordNames(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): Set<string> {
  const names = new Set<string>();
  for (const s of labelsToSpans(labels, 0, labels.length)) if (s.end - s.start === 1) names.add(text.slice(starts[s.start], ends[s.start]));
  return names;
}
