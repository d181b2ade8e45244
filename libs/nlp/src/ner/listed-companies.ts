import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { beginLabel, labelsToSpans, markSpan, typeCode } from './labels';
import { DocContext, DOC_SEEN_LOWER } from './features';
import { CASE_LOWER, NAME_WORD_CASES } from './token-info';
import { typePriorOf } from './word-classes';
import { hashString } from '../util/hash';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
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
    if (labels[k] !== 0 || !NAME_WORD_CASES.has(info.caseClass[k]) || lowerWords < RUNNING_TEXT_LOWER_WORDS) continue;
    if ((docFlags[k] & DOC_SEEN_LOWER) !== 0) continue;
    if ((k > 0 && labels[k - 1] !== 0) || (k + 1 < count && labels[k + 1] !== 0)) continue;
    const listed = (category: number) => listsAsOneWord(gaz, count, k, category);
    if (listed(COMPANY) && (listed(KNOWN_ORG) || !OTHER_READINGS.some(listed))) labels[k] = beginLabel(ORG);
  }
}

/** Lists that read a word as a person, or as a place on the atlas's lists ("Ford", "Washington"); not the given-name list (see below). */
const PERSON_OR_PLACE = (['first-name', 'name-part', 'known-person', 'demonym', 'country', 'city', 'region'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
const KNOWN_PLACE = GAZ_CATEGORIES.indexOf('known-place');
const COMMON_WORD = GAZ_CATEGORIES.indexOf('common-word');
/** The training data's labels for the word other than an organisation's ("Nasdaq" MISC, "Jiangsu" a place). */
const MEMORY_OTHER = (['mem-per', 'mem-loc', 'mem-misc'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
const MEMORY_OTHER_ONCE = (['mem-per-once', 'mem-loc-once', 'mem-misc-once'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
const MEMORY_ORG = (['mem-org', 'mem-org-once'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
const THE = hashString('the');

/**
 * A one-word name the tagger typed a person, a place or MISC that the company list holds is the organisation
 * where the lists or the word's neighbours say company: "Facebook, [Instagram] and WhatsApp users",
 * "[Twitter]'s loosening", "banning [TikTok]", "a [Facebook] post", "[Amazon] workers in Alabama". The tagger
 * had no labelled instance of these companies and read them by their context. The word's type prior (the
 * labels its neighbours in embedding space carry) must lead with organisations, or name no other type while
 * the word is on the organisation list too or on no other list (as above: "Shanxi", a province on the company
 * list alone, leans to places, and "Meiji" to people). No list may read it as a person (first names, parts of
 * names, WordNet's people; not the long list of given names, which holds "Guardian", "Boeing" and "Tesla") or an
 * atlas's place, and the training data must not have labelled it otherwise (a label from one document only is overruled by
 * the prior: "Amazon", the river of one 1996 story). In CoNLL train and dev such words in title or camel case,
 * labelled alone, are organisations 185 times and places 5 ("Amazon" 3, "Antwerp" 2), never MISC or people
 * (the training data's own labels keep "Nasdaq" MISC and "Jiangsu" a place). A place reading stays where the
 * document writes "the" before the word ("the Amazon rainforest").
 */
export function typeListedCompanyReadings(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz } = ctx;
  let articled: Set<number> | null = null;
  for (const s of labelsToSpans(labels, 0, count)) {
    if (s.type === ORG || s.end - s.start !== 1) continue;
    const k = s.start;
    if (!NAME_WORD_CASES.has(info.caseClass[k])) continue;
    const listed = (category: number) => listsAsOneWord(gaz, count, k, category);
    if (!listed(COMPANY) || PERSON_OR_PLACE.some(listed) || (MEMORY_OTHER.some(listed) && !MEMORY_ORG.some(listed))) continue;
    const prior = typePriorOf(info.wordClass[k]);
    // Neighbours leading with organisations decide, firmly for a dictionary word ("Regions", "Northeastern");
    // the lists alone where the neighbours name no other type ("Shanxi" leans to places, "Meiji" to people).
    const priorSaysCompany = prior?.type === ORG && (prior.strength > 0 || !listed(COMMON_WORD));
    const company =
      priorSaysCompany || ((!prior || prior.type === 0) && !MEMORY_OTHER_ONCE.some(listed) && (listed(KNOWN_ORG) || !OTHER_READINGS.some(listed)));
    if (!company) continue;
    if (s.type === LOC) {
      articled ??= wordsAfterThe(info.lower, count);
      if (articled.has(info.lower[k]) || (listed(KNOWN_PLACE) && !priorSaysCompany)) continue;
    }
    markSpan(labels, s.start, s.end, ORG);
  }
}

/** The words a document writes right after "the". */
function wordsAfterThe(lower: Uint32Array, count: number): Set<number> {
  const out = new Set<number>();
  for (let k = 1; k < count; k++) if (lower[k - 1] === THE) out.add(lower[k]);
  return out;
}
