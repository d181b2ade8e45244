import { insideLabel, isBegin, labelType, typeCode } from './labels';

const PER = typeCode('PER');
const INITIAL = /^\p{Lu}\.$/u;
const SPACE = 32;

/**
 * A person's name ending in an initial goes on into the person's name right after it: "George H. W. Bush"
 * is one person, where the tagger read "[George H.] [W. Bush]". In CoNLL train and dev an initial inside a
 * person's name is followed by more of the same name 341 times of 343 (the other two end the name: "Jerzy
 * L., 36") and never by another person.
 */
export function joinNamesAfterInitials(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  for (let k = 0; k + 1 < labels.length; k++) {
    if (labelType(labels[k]) !== PER || labelType(labels[k + 1]) !== PER || !isBegin(labels[k + 1])) continue;
    // One space between them: a line break or a comma would end the name.
    if (starts[k + 1] !== ends[k] + 1 || text.charCodeAt(ends[k]) !== SPACE || !INITIAL.test(text.slice(starts[k], ends[k]))) continue;
    labels[k + 1] = insideLabel(PER);
  }
}
