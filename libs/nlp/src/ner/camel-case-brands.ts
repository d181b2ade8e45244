import { labelsToSpans, markSpan, typeCode } from './labels';

const PER = typeCode('PER');
const ORG = typeCode('ORG');
/** A capital inside a word after lower-case letters: "WeWork", "HackerRank", "AllMusic". */
const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
/** Surnames whose particle is written with a capital after it: "McDonald", "DeSantis", "LaBolt", "VanLandingham". */
const SURNAME_PARTICLE = /^(?:Mc|Mac|Fitz|De|Di|Da|Du|Del|Della|Dos|La|Le|Lo|Van|Von|St)\p{Lu}/u;

/**
 * A one-word person written in camel case is a brand: "WeWork said", "HackerRank's tests", "AllMusic rated
 * it", which the tagger read as people (an unseen capitalised word before "said" or "'s"). In CoNLL train and
 * dev a word in camel case that no surname particle opens is an organisation 55 times ("NationsBank",
 * "WorldCom", "EgyptAir"), MISC 7, no name 6 ("JulAug") and a person 8 times, all the first name of one
 * player ("MaliVai Washington", two words, which this leaves alone); "McDonald", "DeSantis" and "LaBolt" keep
 * their reading. The organisation is retyped in place.
 */
export function typeCamelCaseBrands(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.type !== PER || s.end - s.start !== 1) continue;
    const word = text.slice(starts[s.start], ends[s.start]);
    if (CAMEL_CASE.test(word) && !SURNAME_PARTICLE.test(word)) markSpan(labels, s.start, s.end, ORG);
  }
}
