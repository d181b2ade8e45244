import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const MISC = typeCode('MISC');
/**
 * Head nouns that end the name of an event, a prize or a law, each a MISC name every time CoNLL train and
 * dev write one after a name: "World Cup" (106), "U.S. Open" (72), "Gulf War" (13), "Nobel Prize" (10),
 * "European Championship(s)" (14), "Tour" (10), "Revolution", "Act", "Agreement", "Festival", "Olympics",
 * "Trophy". Heads CoNLL also gives other names are left to the tagger ("Games", "Convention", "Rally",
 * "Campaign", "Summit", "Conference", "Treaty").
 */
const EVENT_HEADS = new Set(
  ['war', 'cup', 'open', 'championship', 'championships', 'prize', 'tour', 'revolution', 'act', 'agreement', 'festival', 'olympics', 'trophy'].map(hashString),
);
const OF = hashString('of');

/**
 * A name of two words or more ending in a title-case event head ("the Arakan War", "Haifa International
 * Film Festival", "the Hanoi Cup") is a MISC name however the tagger typed it: out of 1996's sports pages
 * it read a town or a person before such a head as the name's type. A name with "of" inside ("Council of
 * the Islamic Revolution") ends in its own head and is left to the tagger.
 */
export function typeEventNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const last = s.end - 1;
    if (s.type === MISC || s.end - s.start < 2 || caseClass[last] !== CASE_TITLE || !EVENT_HEADS.has(lower[last])) continue;
    if (lower.subarray(s.start, s.end).includes(OF)) continue;
    markSpan(labels, s.start, s.end, MISC);
  }
}
