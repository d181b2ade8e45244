import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';

const PER = typeCode('PER');
const ORG = typeCode('ORG');
/** A generation after the surname ("Patrick W. Carlineo Jr."): the surname is the word before it. */
const GENERATIONS = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv'].map(hashString));

/**
 * A one-word organisation that is the surname of a person the document names in full is that person, in
 * place: after "Donald Trump", "Trump's advisers" and "President-elect Trump" are him, though 1990s news
 * taught the tagger a Trump company; after "Michael Bloomberg", "Bloomberg said" is the candidate. In
 * CoNLL train such a one-word name is a person 1,677 times and an organisation once (dev: 438 and none).
 * Places keep their type ("Houston", "Washington" are places there 5 times), and so do MISC readings
 * (3 in train, none a person).
 */
export function typePersonSurnames(lower: Uint32Array, labels: Uint8Array, capsSentence?: Uint8Array): void {
  const spans = labelsToSpans(labels, 0, labels.length);
  const surnames = new Set<number>();
  for (const s of spans) {
    if (s.type !== PER || s.end - s.start < 2) continue;
    const last = GENERATIONS.has(lower[s.end - 1]) && s.end - s.start >= 3 ? s.end - 2 : s.end - 1;
    surnames.add(lower[last]);
  }
  if (!surnames.size) return;
  for (const s of spans) if (s.type === ORG && s.end - s.start === 1 && surnames.has(lower[s.start])) markSpan(labels, s.start, s.end, PER);
  // A headline in capitals gives the tagger no case to go by ("TRUMP SAYS HE WILL SIGN COVID RELIEF BILL"):
  // a surname there that it left out, standing alone, is the person. In CoNLL train and dev such a word is a
  // person 112 times of 114 (a tennis player's "WASHINGTON" labelled a place, a coach labelled a club).
  if (!capsSentence) return;
  for (let k = 0; k < labels.length; k++) {
    if (!capsSentence[k] || labels[k] !== 0 || !surnames.has(lower[k])) continue;
    if ((k > 0 && labels[k - 1] !== 0) || (k + 1 < labels.length && labels[k + 1] !== 0)) continue;
    markSpan(labels, k, k + 1, PER);
  }
}
