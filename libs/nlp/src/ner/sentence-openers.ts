import { GAZ_CATEGORIES, listsAsDictionaryWord, listsAsOneWord } from '../gazetteer/gazetteer';
import { hasWordHyphen } from '../tokenizer/char-class';
import { hashString } from '../util/hash';
import { beginLabel, typeCode } from './labels';
import { DocContext, DOC_SEEN_LOWER } from './features';
import { NAME_WORD_CASES } from './token-info';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar-words';
import { typePriorOf } from './word-classes';

const category = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
/** The name lists that say which kind of name a word is, by type code. */
const KIND_LISTS: Array<{ type: number; lists: number[] }> = [
  { type: typeCode('PER'), lists: [category('person-name'), category('name-part'), category('first-name'), category('known-person')] },
  { type: typeCode('ORG'), lists: [category('company'), category('known-org')] },
  { type: typeCode('LOC'), lists: [category('country'), category('city'), category('region'), category('known-place')] },
];
const CAPITAL = /\p{Lu}/u;
const PRIOR_KINDS = new Set(KIND_LISTS.map((kind) => kind.type));
/** What a sentence says next about the word opening it: it owns something, or it speaks or acts. */
const NEXT_WORDS = new Set(
  [
    ...["'s", 'said', 'says', 'told', 'added', 'reported', 'announced', 'declined'],
    ...['has', 'had', 'is', 'was', 'will', 'would'],
    ...['won', 'beat', 'lost', 'took', 'made', 'gave', 'met'],
  ].map(hashString),
);
/** Capitalised words that are in no dictionary and no name either ("May" is a dictionary word). */
const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS.filter((m) => m !== 'may')].map(hashString));

/**
 * A word in no English dictionary, opening a sentence of running text before "'s", "said", "has", "won"
 * and the like, is a name, of the one kind the name lists give it; the tagger, which learns little from a
 * sentence's first capital, can leave it out when nothing else in the document names it ("Lyft said",
 * "TikTok's U.S. operations", "Biden won"). In CoNLL train and dev such a word (outside headlines in
 * capitals) is a name 608 times of 611 (O: "Kindercare", a company, "Organisers", "Aluminium"); where the
 * lists know it as one kind only, that kind is right 256 times of 272 (a person 170 of 183, a place 82 of
 * 85, a company 4 of 4). The verbs are the ones CoNLL's names do most often there. A word on no list takes
 * the kind its type prior leads with, where it leads clearly (share 0.55 or more): there, in CoNLL train and
 * dev, that kind is right 94 times of 96 ("Novavax" leans to companies). A word on lists of two kinds
 * ("Washington"), or on none with no clear prior, is left to the tagger, as is a word the document also
 * writes in lower case or with a hyphen.
 */
export function nameUnknownSentenceOpeners(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz, docFlags, first, capsSentence } = ctx;
  const listed = (k: number, list: number) => listsAsOneWord(gaz, count, k, list);
  for (let k = 0; k + 1 < count; k++) {
    if (!first[k] || capsSentence[k] || labels[k] !== 0 || labels[k + 1] !== 0 || !NEXT_WORDS.has(info.lower[k + 1])) continue;
    if (!NAME_WORD_CASES.has(info.caseClass[k]) || ends[k] - starts[k] < 2 || !CAPITAL.test(text[starts[k]])) continue;
    if ((docFlags[k] & DOC_SEEN_LOWER) !== 0 || DATE_WORDS.has(info.lower[k]) || hasWordHyphen(text, starts[k], ends[k])) continue;
    if (listsAsDictionaryWord(gaz, count, k)) continue;
    const kinds = KIND_LISTS.filter((kind) => kind.lists.some((list) => listed(k, list)));
    if (kinds.length === 1) labels[k] = beginLabel(kinds[0].type);
    else if (kinds.length === 0) {
      // On no list: the kind its neighbours in embedding space lead with, when they lead it clearly ("Novavax").
      const prior = typePriorOf(info.wordClass[k]);
      if (prior && prior.strength > 0 && PRIOR_KINDS.has(prior.type)) labels[k] = beginLabel(prior.type);
    }
  }
}
