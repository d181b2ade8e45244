import { hashString } from '../util/hash';
import { beginLabel, insideLabel, isBegin, labelType, typeCode } from './labels';
import { CASE_TITLE } from './token-info';
import { DocContext } from './features';

const LOC = typeCode('LOC');
const MISC_BEGIN = beginLabel(typeCode('MISC'));
/** Points of the compass and their like ("Greater Boston"), as a place's name opens with them in title case. */
const COMPASS_WORDS = new Set(
  [
    ...['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest'],
    ...['northern', 'southern', 'eastern', 'western', 'northeastern', 'northwestern', 'southeastern', 'southwestern'],
    ...['central', 'upper', 'lower', 'greater'],
  ].map(hashString),
);

/**
 * A title-case point of the compass right before a place opens the place's name: "Northern Syria", "Western
 * Europe", "South Africa", where the tagger left the word out or read it as a MISC of its own. In CoNLL train
 * and dev such a word before a place inside a sentence is part of the place 179 times of 179 ("the West
 * Bank", "Arab East Jerusalem"). A sentence's first word owes its capital to the sentence ("Northern Iraq
 * has been ...", where CoNLL labels "Iraq" alone), and sentences in capitals (headlines) say nothing.
 */
export function joinCompassPlaces(ctx: DocContext, labels: Uint8Array): void {
  const { info, capsSentence, first, sentenceOf } = ctx;
  for (let k = 0; k + 1 < labels.length; k++) {
    if (info.caseClass[k] !== CASE_TITLE || capsSentence[k] || first[k] || !COMPASS_WORDS.has(info.lower[k])) continue;
    if (labelType(labels[k + 1]) !== LOC || !isBegin(labels[k + 1]) || sentenceOf[k + 1] !== sentenceOf[k]) continue;
    // Outside any name, or a one-word MISC of its own (a B- label right before the place's).
    if (labels[k] !== 0 && labels[k] !== MISC_BEGIN) continue;
    labels[k] = beginLabel(LOC);
    labels[k + 1] = insideLabel(LOC);
  }
}
