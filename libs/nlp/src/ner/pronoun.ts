import { hashString } from '../util/hash';
import { labelsToSpans } from './labels';

const I = hashString('i');

/**
 * The pronoun "I" is no name, in place: a one-word span of it goes back to O. CoNLL train has it 307
 * times, never inside a name; split from its clitic ("I 'm", as the training tokens are), the tagger
 * still now and then reads a capitalised "I" opening a sentence as a person.
 */
export function dropPronounI(lower: Uint32Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) if (s.end - s.start === 1 && lower[s.start] === I) labels[s.start] = 0;
}
