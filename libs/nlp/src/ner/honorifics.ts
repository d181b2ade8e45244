import { hashString } from '../util/hash';
import { beginLabel, insideLabel, isBegin, labelType, typeCode } from './labels';
import { CASE_MIXED, CASE_TITLE, CASE_UPPER } from './token-info';

// CoNLL's guidelines leave a person's title out of the name ("Mr. Koch" -> Koch). The training data
// writes these with a full stop, so British-style "Mr Koch" (Europarl, UK news) comes out as one
// name; honorifics are dropped from the front of PER spans whatever the model said.
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'mr.', 'mrs.', 'ms.', 'messrs.', 'mme.', 'mlle.', 'dr.'].map(hashString));
// Titles that only ever stand before a person ("Dr Pepper" is a drink, so Dr is not one of them).
const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'mr.', 'mrs.', 'ms.', 'messrs.', 'mme.', 'mlle.'].map(hashString));
// Job titles, left out of the name too ("President Clinton" -> Clinton): in CoNLL train a capitalised
// title right before a person's name is outside it 309 times and inside 9, mostly royal styles
// ("Prince Charles"), which are not in this list. Dropped only from the front of a longer span. "Sheikh"
// is outside the name 4 times of 4 there ("Sheikh Hasina", "Sheikh Ahmed Yassin").
const JOB_TITLES = new Set(
  (
    'president minister premier secretary chancellor general colonel senator governor mayor judge chairman chairwoman ' +
    'director coach captain envoy ambassador commissioner commander lieutenant sergeant bishop archbishop cardinal ' +
    'professor prof prof. gen gen. sen sen. gov gov. rep rep. col col. lt lt. sgt sgt. capt capt. spokesman spokeswoman ' +
    'sheikh sheik'
  )
    .split(' ')
    .map(hashString),
);
const PER = typeCode('PER');
const B_PER = beginLabel(PER);
const I_PER = insideLabel(PER);
/** Case classes a left-out first name or initial can have ("John", "J.", "JOHN", "Name1ql"), unlike "and" or ",". */
const NAME_CASES = new Set([CASE_TITLE, CASE_UPPER, CASE_MIXED]);

/** Whether a word (its lower-case hash) is an honorific or a job title that stands before people's names. */
export function isPersonTitle(lowerHash: number): boolean {
  return HONORIFICS.has(lowerHash) || JOB_TITLES.has(lowerHash);
}

/**
 * Person titles in labels, in place: honorifics are dropped from the front of PER spans (job titles
 * too, when the span goes on after them), and a span that a personal title (Mr, Mrs, Ms, Messrs, Mme,
 * Mlle) starts or precedes, directly or across one capitalised word the model left out of it, is a
 * person whatever type the model gave it ("Mr. Names Smith" is not a MISC, nor is Smith in "Mr. Names
 * Smith" an organisation when Names is left out).
 */
export function applyPersonTitles(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 0; i < labels.length; i++) {
    const t = labelType(labels[i]);
    if (t !== 0 && t !== PER && isBegin(labels[i]) && PERSONAL_TITLES.has(lower[i])) {
      // The title opens another type's span: it leaves the span, whose rest is retyped below.
      labels[i] = 0;
      if (i + 1 < labels.length && labelType(labels[i + 1]) === t) labels[i + 1] = beginLabel(t);
    }
    if (labels[i] === 0 && PERSONAL_TITLES.has(lower[i])) {
      // The span starts right after the title, or after one word the model left out (a first name).
      const start = i + 1 < labels.length && labels[i + 1] === 0 && NAME_CASES.has(caseClass[i + 1]) ? i + 2 : i + 1;
      if (start < labels.length && isBegin(labels[start]) && labelType(labels[start]) !== PER) {
        const u = labelType(labels[start]);
        labels[start] = B_PER;
        for (let j = start + 1; j < labels.length && labelType(labels[j]) === u && !isBegin(labels[j]); j++) labels[j] = I_PER;
        continue;
      }
    }
    if (labels[i] !== B_PER) continue;
    const continues = i + 1 < labels.length && labels[i + 1] === I_PER;
    if (!HONORIFICS.has(lower[i]) && !(continues && JOB_TITLES.has(lower[i]))) continue;
    labels[i] = 0;
    if (continues) labels[i + 1] = B_PER;
  }
}

const ORG = typeCode('ORG');
/** Titles that end an organisation read with them before a person ("Supreme Court Justice", "House Speaker"). */
const TITLES_AFTER_ORGANISATIONS = new Set([...JOB_TITLES, ...['justice', 'speaker', 'leader', 'secretary-general', 'ceo'].map(hashString)]);

/**
 * A person's title read as the last word of an organisation right before the person is the person's title,
 * left out of both names: "[Supreme Court] Justice [Ruth Bader Ginsburg]". In CoNLL train and dev a
 * capitalised title right before a person is never inside an organisation (0 of 351: outside any name 349
 * times, inside the person twice, "Justice K.T. Thomas"). An organisation that is the title alone is no name.
 */
export function dropTitlesEndingOrganisations(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 0; i + 1 < labels.length; i++) {
    if (labelType(labels[i]) !== ORG || labels[i + 1] !== B_PER) continue;
    if (!TITLES_AFTER_ORGANISATIONS.has(lower[i]) || !NAME_CASES.has(caseClass[i])) continue;
    labels[i] = 0;
  }
}
