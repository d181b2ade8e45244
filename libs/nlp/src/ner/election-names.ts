import { beginLabel, insideLabel, isBegin, labelType, markSpan, typeCode } from './labels';
import { CASE_DIGIT, CASE_LOWER, CAPITALISED_CASES } from './token-info';
import { MONTHS } from '../lexicon/calendar-words';

const LOC = typeCode('LOC');
const MISC = typeCode('MISC');

const YEAR = /^(1[5-9]|20)\d\d$/;
const MONTH_NAMES = new Set(MONTHS);
/** Lower-case words inside a capitalised name ("House of Representatives", "National Assembly for Wales"). */
const JOINING = new Set(['of', 'for', 'and', 'de']);
/** Lower-case words between the name and the head: the kind of election. */
const KINDS = new Set([
  'general',
  'federal',
  'presidential',
  'parliamentary',
  'legislative',
  'state',
  'local',
  'municipal',
  'provincial',
  'regional',
  'gubernatorial',
  'mayoral',
  'congressional',
  'senatorial',
  'leadership',
  'deputy',
  'special',
  'snap',
]);
const PLURAL_HEADS = new Set(['elections', 'primaries', 'by-elections']);
// Not a party's single "primary": news writes "the 2020 Democratic primary", where CoNLL's guidelines
// want the party's MISC, and encyclopedic text names the primaries of a year in the plural.
const HEADS = new Set(['election', 'referendum', 'by-election', ...PLURAL_HEADS]);
/** The longest capitalised name taken between the year and the kind of election. */
const MAX_NAME_WORDS = 8;

/**
 * An election named by its year, its polity and its kind is one MISC name, year and place included:
 * "the 2000 Canadian federal election", "1988 Republican Party presidential primaries", "2004 United
 * States Senate election in New York". Encyclopedic text names elections this way all the time (439 of
 * crossner-politics' 887 MISC names, every one missed before this rule), and the tagger read the phrase
 * as the polity's own name ("Canadian" MISC, "United States" LOC). CoNLL train and dev hold no such phrase,
 * so its guidelines say nothing either way, and news rarely writes one (once in 1,051 labelled pages). A
 * capitalised name is needed between the year and the kind ("the 2003 election" stays as it is), the kind
 * and the head must be lower-case words (not a headline in capitals), and a place the tagger found right
 * after "in" is taken into the name.
 */
export function nameElections(text: string, starts: Int32Array, ends: Int32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const count = labels.length;
  const word = (k: number) => text.slice(starts[k], ends[k]).toLowerCase();
  const isYear = (k: number) => k < count && caseClass[k] === CASE_DIGIT && ends[k] - starts[k] === 4 && YEAR.test(word(k));
  const isCapitalised = (k: number) => k < count && CAPITALISED_CASES.has(caseClass[k]);
  for (let i = 0; i < count; i++) {
    if (!isYear(i)) continue;
    let start = i > 0 && MONTH_NAMES.has(word(i - 1)) && isCapitalised(i - 1) ? i - 1 : i;
    let k = i + 1;
    const secondYear = k + 1 < count && word(k) === 'and' && isYear(k + 1) ? k + 1 : -1; // "1862 and 1863 ..."
    if (secondYear > 0) k += 2;
    const nameStart = k;
    while (k < count && (isCapitalised(k) || (JOINING.has(word(k)) && k > nameStart && isCapitalised(k + 1)))) k++;
    if (k === nameStart || k - nameStart > MAX_NAME_WORDS) continue;
    while (k < count && caseClass[k] === CASE_LOWER && KINDS.has(word(k))) k++;
    if (k >= count || caseClass[k] !== CASE_LOWER || !HEADS.has(word(k))) continue;
    // Two years name two elections only before a plural ("1862 and 1863 ... elections"); before a
    // singular the first year belongs to the sentence ("in 1915 and 1925 Tasmanian state election").
    if (secondYear > 0 && !PLURAL_HEADS.has(word(k))) start = secondYear;
    let end = k + 1;
    // "... election in (the) New York": the place the tagger found.
    if (end + 1 < count && word(end) === 'in') {
      const at = word(end + 1) === 'the' ? end + 2 : end + 1;
      if (at < count && labels[at] === beginLabel(LOC)) {
        end = at + 1;
        while (end < count && labels[end] === insideLabel(LOC)) end++;
      }
    }
    markSpan(labels, start, end, MISC);
    // A name the span cut into starts afresh after it.
    if (end < count && labels[end] !== 0 && !isBegin(labels[end])) labels[end] = beginLabel(labelType(labels[end]));
    i = end - 1;
  }
}
