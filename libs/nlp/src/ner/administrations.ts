import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { DocContext, DOC_SEEN_LOWER } from './features';
import { beginLabel, isBegin, labelType, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_TITLE } from './token-info';

const PER = typeCode('PER');
const ADMINISTRATION = hashString('administration');
const cat = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
const PERSON = cat('person-name');
const KNOWN_PERSON = cat('known-person');
const DEMONYM = cat('demonym');
const COMPANY = cat('company');

/**
 * A surname right before a lower-case "administration" is the president who leads it: "the Trump
 * administration", "the Obama administration" (the tagger read no name, or a place: "Obama" is a town in
 * Japan). In CoNLL train and dev a title-case word the person lists hold, so placed and not inside a longer
 * name, is a person 4 times of 4 ("Clinton"). Not a nationality ("Republican administration"), a company no
 * list knows as a person, or a word the document writes in lower case too ("The administration"). Not
 * "campaign" (CoNLL's "Clinton campaign", "Dole campaign" are people, 8 of 8, but encyclopedic text names
 * wars' campaigns by places: "the Gallipoli campaign") nor "government", which follows parties and places.
 */
export function nameAdministrations(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz, sentenceOf, docFlags, first } = ctx;
  for (let k = 0; k + 1 < count; k++) {
    if (info.lower[k + 1] !== ADMINISTRATION || info.caseClass[k + 1] === CASE_TITLE || info.caseClass[k] !== CASE_TITLE) continue;
    if (labelType(labels[k]) === PER || (labels[k] !== 0 && !isBegin(labels[k])) || labels[k + 1] !== 0) continue;
    // Not the end of a longer name ("Hong Kong administration"); a sentence's first word owes its capital to the sentence.
    const previous = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? k - 1 : -1;
    if (previous >= 0 && (labels[previous] !== 0 || (CAPITALISED_CASES.has(info.caseClass[previous]) && !first[previous]))) continue;
    if ((docFlags[k] & DOC_SEEN_LOWER) !== 0) continue;
    const listed = (c: number) => listsAsOneWord(gaz, count, k, c);
    if (!(listed(PERSON) || listed(KNOWN_PERSON)) || listed(DEMONYM) || (listed(COMPANY) && !listed(KNOWN_PERSON))) continue;
    labels[k] = beginLabel(PER);
  }
}
