import { hashString } from '../util/hash';

// CoNLL's guidelines leave a person's title out of the name ("Mr. Koch" -> Koch). The training data
// writes these with a full stop, so British-style "Mr Koch" (Europarl, UK news) comes out as one
// name; honorifics are dropped from the front of PER spans whatever the model said.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'mr.', 'mrs.', 'ms.', 'messrs.', 'mme.', 'mlle.', 'dr.'].map(hashString));
const B_PER = 1;
const I_PER = 2;

/** Drops honorifics (by lower-case word hash) from the front of PER spans in labels, in place. */
export function dropHonorifics(lower: Uint32Array, labels: Uint8Array): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] !== B_PER || !HONORIFICS.has(lower[i])) continue;
    labels[i] = 0;
    if (i + 1 < labels.length && labels[i + 1] === I_PER) labels[i + 1] = B_PER;
  }
}
