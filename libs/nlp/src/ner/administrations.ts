import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { DocContext, DOC_SEEN_LOWER } from './features';
import { beginLabel, isBegin, labelType, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_TITLE } from './token-info';

const PER = typeCode('PER');
const ADMINISTRATION = hashString('administration');
const CAMPAIGN = hashString('campaign');
const cat = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
const PERSON = cat('person-name');
const KNOWN_PERSON = cat('known-person');
const DEMONYM = cat('demonym');
const COMPANY = cat('company');
// A campaign is also named by its place ("the Gallipoli campaign") or its side in a vote ("the Yes campaign").
const REFERENDUM_SIDES = new Set(['yes', 'no', 'leave', 'remain', 'vote'].map(hashString));
const NOT_A_CANDIDATE = ['country', 'city', 'region', 'known-place'].map((name) => cat(name as (typeof GAZ_CATEGORIES)[number]));

/**
 * A surname right before a lower-case "administration" or "campaign" is the president or candidate who
 * leads it: "the Trump administration", "the Obama administration" (the tagger read no name, or a place:
 * "Obama" is a town in Japan), "the Trump campaign" (read as an organisation). In CoNLL train and dev a
 * title-case word the person lists hold, so placed and not inside a longer name, is a person before
 * "administration" 4 times of 4 ("Clinton") and before "campaign" 8 of 8 ("Clinton campaign", "Dole
 * campaign"). Not a nationality ("Republican administration"), a company no list knows as a person, or a word
 * the document writes in lower case too ("The administration"); before "campaign", not a place the lists hold
 * nor a side in a vote ("the Gallipoli campaign", "the Yes campaign", which a first version read as people).
 * Not "government", which follows parties and places.
 */
export function nameAdministrations(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz, sentenceOf, docFlags, first } = ctx;
  for (let k = 0; k + 1 < count; k++) {
    const head = info.lower[k + 1];
    if ((head !== ADMINISTRATION && head !== CAMPAIGN) || info.caseClass[k + 1] === CASE_TITLE || info.caseClass[k] !== CASE_TITLE) continue;
    if (labelType(labels[k]) === PER || (labels[k] !== 0 && !isBegin(labels[k])) || labels[k + 1] !== 0) continue;
    // Not the end of a longer name ("Hong Kong administration"); a sentence's first word owes its capital to the sentence.
    const previous = k > 0 && sentenceOf[k - 1] === sentenceOf[k] ? k - 1 : -1;
    if (previous >= 0 && (labels[previous] !== 0 || (CAPITALISED_CASES.has(info.caseClass[previous]) && !first[previous]))) continue;
    if ((docFlags[k] & DOC_SEEN_LOWER) !== 0) continue;
    const listed = (c: number) => listsAsOneWord(gaz, count, k, c);
    if (!(listed(PERSON) || listed(KNOWN_PERSON)) || listed(DEMONYM) || (listed(COMPANY) && !listed(KNOWN_PERSON))) continue;
    if (head === CAMPAIGN && (REFERENDUM_SIDES.has(info.lower[k]) || NOT_A_CANDIDATE.some(listed))) continue;
    labels[k] = beginLabel(PER);
  }
}
