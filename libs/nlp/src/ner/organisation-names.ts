import { hashString } from '../util/hash';
import { LEGAL_FORM_ABBREVIATIONS, LEGAL_FORMS_WRITTEN_OUT } from '../lexicon/company-words';
import { CALENDAR_WORD_HASHES } from '../lexicon/calendar-words';
import { beginLabel, insideLabel, isBegin, labelsToSpans, labelType, markSpan, spanStart, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_TITLE } from './token-info';

// A company's legal form, as the last word of its name ("Sony Corp", "Amazon.com Inc."); with or
// without its full stop, since CoNLL writes "Corp" and news "Corp.".
export const LEGAL_FORMS: ReadonlySet<number> = new Set(
  [...LEGAL_FORM_ABBREVIATIONS, ...LEGAL_FORMS_WRITTEN_OUT].flatMap((w) => [hashString(w.toLowerCase()), hashString(`${w.toLowerCase()}.`)]),
);

// Nouns that head an institution's name and take its domain or place after "of" or "for": "Bank of
// England", "Carnegie Endowment for International Peace", "Communist Party of Sri Lanka". In CoNLL
// train such a name is one organisation 73 times out of 76 ("of" or "for" after an organisation span
// ending in one of these words, a capitalised word next); the tagger, knowing few such names, often
// ends the organisation at the head and reads what follows as a place or a MISC.
export const ORG_HEADS: ReadonlySet<number> = new Set(
  [
    'ministry',
    'department',
    'office',
    'bureau',
    'agency',
    'authority',
    'commission',
    'committee',
    'council',
    'board',
    'court',
    'parliament',
    'congress',
    'assembly',
    'party',
    'front',
    'movement',
    'alliance',
    'coalition',
    'league',
    'union',
    'federation',
    'association',
    'society',
    'organisation',
    'organization',
    'institute',
    'foundation',
    'endowment',
    'fund',
    'trust',
    'bank',
    'university',
    'academy',
    'centre',
    'center',
    'church',
    'service',
  ].map(hashString),
);
const OF = hashString('of');
const FOR = hashString('for');
const ON = hashString('on');
const AND = hashString('and');
// Heads of bodies named by their subject after "on": "Council on Foreign Relations", "Commission on
// Presidential Debates", "Conference on Disarmament".
const TOPIC_HEADS = new Set(
  ['committee', 'commission', 'council', 'conference', 'board', 'panel', 'forum', 'tribunal', 'institute', 'centre', 'center'].map(hashString),
);
const THE = hashString('the');
const PER = typeCode('PER');
const ORG = typeCode('ORG');
const MISC = typeCode('MISC');
const LOC = typeCode('LOC');
const ORG_INSIDE = insideLabel(ORG);
const ORG_BEGIN = beginLabel(ORG);
const MISC_BEGIN = beginLabel(MISC);
const MINISTRY = hashString('ministry');
const LETTERS_ONLY = /^\p{L}+$/u;
// After a nationality word these name a place ("West Bank", "Soviet Union", "Russian Federation") or a
// competition ("American League"), not an organisation.
const PLACE_OR_EVENT_HEADS = new Set(['bank', 'union', 'federation', 'league'].map(hashString));

/** Whether the token is a title-case institution's head noun that names no place or competition ("University", "Party"). */
export function isInstitutionHead(lower: Uint32Array, caseClass: Uint8Array, i: number): boolean {
  return caseClass[i] === CASE_TITLE && ORG_HEADS.has(lower[i]) && !PLACE_OR_EVENT_HEADS.has(lower[i]);
}

/**
 * A nationality word the model read as MISC, then a capitalised head noun it left out, are one
 * organisation: "European Parliament", "Scottish Parliament" (the model read "[European]/MISC Parliament").
 * In CoNLL train, a word labelled MISC elsewhere followed by one of these heads, capitalised, never
 * leaves the head out of a name (0 of 57): it is one organisation 46 times ("Palestinian Authority",
 * "European Commission"), and otherwise a MISC and an organisation ("Republican Congress").
 */
function joinNationalityAndHead(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let i = 0; i + 1 < labels.length; i++) {
    const head = i + 1;
    if (labelType(labels[i]) !== MISC || labels[head] !== 0 || !isInstitutionHead(lower, caseClass, head)) continue;
    markSpan(labels, spanStart(labels, i), head + 1, ORG);
  }
}

/**
 * A nationality word the model read as MISC, then an organisation of two words or more ending in a
 * capitalised head noun, are one organisation: "Italian Communist Party", "Scottish National Party" (the
 * model read "[Italian]/MISC [Communist Party]/ORG"). In CoNLL train and dev such a pair is one
 * organisation 43 times ("Indonesian Democratic Party", "Czech National Bank", "Saudi Press Agency") and
 * two names twice ("Algerian Islamic Salvation Front", "Panamanian Boxing Association"). A country's
 * ministry stays apart ("French Interior Ministry": CoNLL splits it 4 times of 6), and so does a word
 * that is not a nationality's plain letters ("Seattle-based", which CoNLL labels MISC and keeps apart).
 */
export function joinNationalityAndOrganisation(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  lower: Uint32Array,
  caseClass: Uint8Array,
  labels: Uint8Array,
): void {
  for (let i = 0; i + 2 < labels.length; i++) {
    if (labels[i] !== MISC_BEGIN || labels[i + 1] !== ORG_BEGIN || labels[i + 2] !== ORG_INSIDE) continue;
    if (!LETTERS_ONLY.test(text.slice(starts[i], ends[i]))) continue;
    let end = i + 2;
    while (end < labels.length && labels[end] === ORG_INSIDE) end++;
    const head = end - 1;
    if (caseClass[head] !== CASE_TITLE || !ORG_HEADS.has(lower[head]) || lower[head] === MINISTRY) continue;
    markSpan(labels, i, end, ORG);
    i = end - 1;
  }
}

/**
 * A person's name right before an institution's head noun names the institution: "Johns Hopkins
 * University", "Ludwig Maximilian University of Munich" (the model read "[Ludwig Maximilian]/PER
 * [University of Munich]/ORG"). In CoNLL train and dev no person span is ever followed by such a head,
 * labelled or not, while organisations such as "Johns Hopkins University" are one span.
 */
function joinNamedInstitutions(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let head = 1; head < labels.length; head++) {
    if (labelType(labels[head - 1]) !== PER || !isInstitutionHead(lower, caseClass, head)) continue;
    if (labels[head] !== 0 && !(isBegin(labels[head]) && labelType(labels[head]) === ORG)) continue;
    let end = head + 1;
    while (end < labels.length && labels[end] === ORG_INSIDE) end++;
    markSpan(labels, spanStart(labels, head - 1), end, ORG);
  }
}

/**
 * A body named by its subject after "on" is one name over the subject's title-case words: "Council on
 * Foreign Relations", "Committee on Economic and Monetary Affairs" (the tagger read "[Committee]" and
 * "[Monetary Affairs]"). In CoNLL train and dev a name ending in such a head, then "on" and a title-case
 * word that names no day or month, is one name 5 times of 5 ("Commission on Presidential Debates", an
 * organisation; "Conference on Disarmament", a MISC); it keeps the head's type. "and" and "of" join
 * title-case words of the subject in its sentence (with `sentenceOf`; a heading without a full stop ends at
 * its line); a person among them ends it, and a place or a person the tagger found right after "on" is
 * what the body met on ("the Security Council on Kashmir").
 */
function joinTopicNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array, sentenceOf?: Int32Array): void {
  const sameSentence = (a: number, b: number) => !sentenceOf || sentenceOf[a] === sentenceOf[b];
  for (let i = 0; i + 2 < labels.length; i++) {
    const t = labelType(labels[i]);
    if ((t !== ORG && t !== MISC) || caseClass[i] !== CASE_TITLE || !TOPIC_HEADS.has(lower[i])) continue;
    if (labels[i + 1] !== 0 || lower[i + 1] !== ON || caseClass[i + 2] !== CASE_TITLE || CALENDAR_WORD_HASHES.has(lower[i + 2])) continue;
    // A place or a person there is what the body met on ("the Security Council on Kashmir").
    if (labelType(labels[i + 2]) === LOC || labelType(labels[i + 2]) === PER) continue;
    let end = i + 2;
    for (let k = i + 2; k < labels.length && labelType(labels[k]) !== PER && sameSentence(i, k); k++) {
      if (caseClass[k] === CASE_TITLE) end = k + 1;
      else if (lower[k] !== AND && lower[k] !== OF) break;
    }
    labels.fill(insideLabel(t), i + 1, end);
    // A name the subject cut short starts afresh after it.
    if (end < labels.length && labels[end] !== 0 && !isBegin(labels[end])) labels[end] = beginLabel(labelType(labels[end]));
    i = end - 1;
  }
}

/**
 * Organisation names in labels, in place: a nationality word and a head noun, a person's name and a
 * head noun, a body and its subject after "on" (above); and an
 * organisation ending in a capitalised head noun, then "of" or "for" (and "the"), then a name the
 * model found (a place, an organisation or a MISC), are one organisation. A person after "of" stays
 * apart ("Awami League of Prime Minister Sheikh Hasina").
 */
export function joinOrganisationNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array, sentenceOf?: Int32Array): void {
  joinNationalityAndHead(lower, caseClass, labels);
  joinNamedInstitutions(lower, caseClass, labels);
  joinTopicNames(lower, caseClass, labels, sentenceOf);
  for (let i = 0; i + 2 < labels.length; i++) {
    if (labelType(labels[i]) !== ORG || !ORG_HEADS.has(lower[i]) || !CAPITALISED_CASES.has(caseClass[i])) continue;
    if (labels[i + 1] !== 0 || (lower[i + 1] !== OF && lower[i + 1] !== FOR)) continue;
    let j = i + 2;
    if (lower[j] === THE && labels[j] === 0) j++;
    if (j >= labels.length || !isBegin(labels[j])) continue;
    const t = labelType(labels[j]);
    if (t === PER) continue;
    let end = j + 1;
    while (end < labels.length && labels[end] === insideLabel(t)) end++;
    labels.fill(ORG_INSIDE, i + 1, end);
    i = end - 1;
  }
}

// Institution heads whose "X of Y" names no building or event: not church, centre or center (CoNLL's
// churches and centres are places), nor bank, union, federation, league (above).
const BUILDING_HEADS = new Set(['church', 'centre', 'center'].map(hashString));

/**
 * A name of three words or more that a title-case institution head opens, then "of" or "for", is an
 * organisation where the tagger read a place or a person: "Assembly of the Republic", "Council of Europe".
 * In CoNLL train and dev every such name is an organisation (47 of 47: "Organisation for Security and
 * Cooperation in Europe", "University of Pennsylvania", "Ministry of Commerce"). A MISC is left alone, as
 * councils and congresses name events too ("Council of Trent", "Congress of Vienna").
 */
export function typeInstitutionsOf(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if ((s.type !== LOC && s.type !== PER) || s.end - s.start < 3 || (lower[s.start + 1] !== OF && lower[s.start + 1] !== FOR)) continue;
    if (isInstitutionHead(lower, caseClass, s.start) && !BUILDING_HEADS.has(lower[s.start])) markSpan(labels, s.start, s.end, ORG);
  }
}
