import { hashString } from '../util/hash';
import { labelsToSpans } from './labels';
import { CASE_DIGIT } from './token-info';

const ERA_MARKERS = new Set(['bc', 'bce', 'b.c.', 'b.c.e.', 'b.c', 'ad', 'a.d.', 'a.d', 'ce', 'c.e.'].map(hashString));

/**
 * An era marker after a year is no name, in place: "Nanda Empire (345–321 BC)", "in 79 AD". A one-word
 * span of BC, BCE, AD or CE (with or without periods) right after a number goes back to O. CoNLL's
 * guidelines name no such thing; its train labels the one it holds ("1991-1786 BC", after a dynasty)
 * MISC, and the tagger, remembering it, read every "BC" of encyclopedic text as MISC (18 of them in
 * crossner-politics, all O there).
 */
export function dropEraMarkers(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.end - s.start === 1 && s.start > 0 && caseClass[s.start - 1] === CASE_DIGIT && ERA_MARKERS.has(lower[s.start])) labels[s.start] = 0;
  }
}
