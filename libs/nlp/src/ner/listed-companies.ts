import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { beginLabel, typeCode } from './labels';
import { DocContext, DOC_SEEN_LOWER } from './features';
import { CASE_LOWER, CASE_MIXED, CASE_TITLE } from './token-info';

const ORG = typeCode('ORG');
const COMPANY = GAZ_CATEGORIES.indexOf('company');
const KNOWN_ORG = GAZ_CATEGORIES.indexOf('known-org');
/** Lists that give a word another reading than a company's: a dictionary word, a nationality, a person, a place. */
const OTHER_READINGS = (
  ['common-word', 'rare-word', 'demonym', 'person-name', 'name-part', 'first-name', 'known-person', 'country', 'city', 'region', 'known-place'] as const
).map((c) => GAZ_CATEGORIES.indexOf(c));
/** Fewer lower-case words make a headline or a table row, where capitals say little. */
const RUNNING_TEXT_LOWER_WORDS = 3;

/**
 * A capitalised word in running text that both organisation lists name as a company of its own (the
 * company list, @cspell/dict-companies, and the organisation list, WordNet's organisation instances with
 * compromise's organisations: "Twitter", "Uber", "Microsoft") is a name, an organisation where the tagger
 * left it out, in place. In CoNLL train and dev such a word is never O (118 times in sentences of running
 * text: organisation 60, place 30 and person 15 for "Washington", MISC 13), but a company that is also an
 * English word ("twitter") and that 1996 never labelled, the tagger reads as no name: "Trump said on Twitter", "Facebook and Twitter removed the posts".
 * So is a word on the company list that no other list reads otherwise (no dictionary word, nationality,
 * person or place): "WhatsApp", "Pinterest", "Snapchat", "GitHub", left out by the tagger. In CoNLL train
 * and dev such a word standing alone in running text is an organisation 51 times of 63 ("Statoil",
 * "Telstra", "KeyCorp"; MISC 8: "Nasdaq", "Hebrew"; a place 3: "Jiangsu"; O once). A word written in camel
 * case counts as capitalised here. A word the document also writes in lower case, or that touches a name
 * the tagger found, is left alone.
 */
export function nameListedCompanies(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, sentenceOf, gaz, docFlags } = ctx;
  let sentence = -1;
  let lowerWords = 0;
  for (let k = 0; k < count; k++) {
    if (sentenceOf[k] !== sentence) {
      sentence = sentenceOf[k];
      lowerWords = 0;
      for (let j = k; j < count && sentenceOf[j] === sentence; j++) if (info.caseClass[j] === CASE_LOWER) lowerWords++;
    }
    if (labels[k] !== 0 || (info.caseClass[k] !== CASE_TITLE && info.caseClass[k] !== CASE_MIXED) || lowerWords < RUNNING_TEXT_LOWER_WORDS) continue;
    if ((docFlags[k] & DOC_SEEN_LOWER) !== 0) continue;
    if ((k > 0 && labels[k - 1] !== 0) || (k + 1 < count && labels[k + 1] !== 0)) continue;
    const listed = (category: number) => listsAsOneWord(gaz, count, k, category);
    if (listed(COMPANY) && (listed(KNOWN_ORG) || !OTHER_READINGS.some(listed))) labels[k] = beginLabel(ORG);
  }
}
