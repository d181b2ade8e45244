import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, spanStart, typeCode } from './labels';
import { CAPITALISED_CASES as CAPITALISED, CASE_DIGIT, CASE_LOWER, CASE_TITLE } from './token-info';

const MISC = typeCode('MISC');
const INDEX_WORDS = new Set(['index', 'indices', 'indexes'].map(hashString));
const EXCHANGE = hashString('exchange');
/**
 * A name's own last word, in title case, that makes it an index: "Consumer Price Index", "Dow Jones
 * Industrial Average". Not "Indices": "S&P Dow Jones Indices" is the company that keeps them.
 */
const INDEX_NAME_ENDINGS = new Set(['index', 'average', 'composite'].map(hashString));
const COMPOSITE = hashString('composite');

/**
 * Index families and the numbers they are named with: "S&P 500", "FTSE 100", "Nikkei 225", "CAC 40",
 * "Russell 2000", "Stoxx 600". Only these numbers: "Russell 63" is a batsman's score.
 */
const NUMBERED_INDICES = new Map<number, Set<number>>(
  Object.entries({
    's&p': ['500', '100', '400', '600'],
    ftse: ['100', '250', '350'],
    nikkei: ['225', '300'],
    cac: ['40'],
    dax: ['30', '40'],
    stoxx: ['50', '600'],
    russell: ['1000', '2000', '3000'],
    nifty: ['50'],
    asx: ['200', '300'],
    tsx: ['60'],
    kospi: ['200'],
    ibex: ['35'],
  }).map(([family, numbers]) => [hashString(family), new Set(numbers.map(hashString))]),
);
const SLASH = hashString('/');

/**
 * An index family written with its number is a market index, a MISC name, number included, however the
 * tagger read the family: CoNLL labels "FTSE 100" so (3 of 3), and the tagger read "S&P 500" as the rating
 * agency "S&P", "Russell 2000" as a person and "CAC 40" as an organisation, without the number. A name the
 * family word ends ("Euro Stoxx 50", "S&P/ASX 200") is taken in.
 */
function nameNumberedIndices(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (let k = 0; k + 1 < labels.length; k++) {
    const numbers = NUMBERED_INDICES.get(lower[k]);
    if (!numbers || caseClass[k] === CASE_LOWER || labels[k + 1] !== 0 || !numbers.has(lower[k + 1])) continue;
    let start = labels[k] !== 0 ? spanStart(labels, k) : k;
    if (start === k && k >= 2 && lower[k - 1] === SLASH && NUMBERED_INDICES.has(lower[k - 2])) start = labels[k - 2] !== 0 ? spanStart(labels, k - 2) : k - 2;
    markSpan(labels, start, k + 2, MISC);
  }
}

/**
 * A name right before "index" (a number between them taken in) names a market index, a MISC name, in
 * place: "the S&P 500 index", "Japan's Nikkei index", "the DAX index". CoNLL labels such a name MISC 24
 * times of 26 in train and dev ("FTSE 100", "CAC-40", "Hang Seng", "Dow Jones"); the other two are the
 * exchanges themselves ("American Stock Exchange"), left alone here. The tagger read "S&P" as the
 * rating agency 1996's bond tables taught it, and stopped before the number. "Index" in title case is
 * part of the name, as CoNLL's "S&P Index" is. The same name and number elsewhere in the document
 * without "index" ("the S&P 500 fell") is the same index. A name whose own last word is "Index" or
 * "Average" in title case is one too (CoNLL: "Consumer Price Index", "BLOM Stock Index", 5 of 5 MISC):
 * the tagger read "Dow Jones Industrial Average", which 1996's lower-case "industrial average" never
 * showed it whole, as a company. "Composite" in title case right after a name ends it the same way ("the
 * Nasdaq Composite", "the Shanghai Composite"), unless a capitalised word follows ("Composite Materials").
 */
export function nameMarketIndices(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  nameNumberedIndices(lower, caseClass, labels);
  const n = labels.length;
  const spans = labelsToSpans(labels, 0, n);
  /** The name (its words' hashes) and number of each index found before "index". */
  const indices = new Set<string>();
  const keyOf = (start: number, end: number, number: number) => `${Array.from(lower.subarray(start, end)).join(',')}|${number}`;
  const withNumber = (end: number) => (end < n && labels[end] === 0 && caseClass[end] === CASE_DIGIT ? end + 1 : end);
  const named: Array<{ start: number; end: number }> = [];
  for (const s of spans) {
    // "the Nasdaq Composite", "the Shanghai Composite": the tagger stops before the title-case word.
    const composite = s.end < n && labels[s.end] === 0 && lower[s.end] === COMPOSITE && caseClass[s.end] === CASE_TITLE;
    if (composite && (s.end + 1 >= n || !CAPITALISED.has(caseClass[s.end + 1]))) s.end++;
    if (s.end - s.start > 1 && caseClass[s.end - 1] === CASE_TITLE && INDEX_NAME_ENDINGS.has(lower[s.end - 1])) markSpan(labels, s.start, s.end, MISC);
    if (lower[s.end - 1] === EXCHANGE) continue;
    const end = withNumber(s.end);
    if (end < n && labels[end] === 0 && INDEX_WORDS.has(lower[end])) {
      indices.add(keyOf(s.start, s.end, end > s.end ? lower[s.end] : 0));
      named.push({ start: s.start, end: caseClass[end] === CASE_TITLE ? end + 1 : end });
    }
  }
  if (!indices.size) return;
  for (const s of spans) {
    const end = withNumber(s.end);
    if (indices.has(keyOf(s.start, s.end, end > s.end ? lower[s.end] : 0))) markSpan(labels, s.start, end, MISC);
  }
  for (const s of named) markSpan(labels, s.start, s.end, MISC);
}
