import { hashString } from '../util/hash';
import { markSpan, typeCode } from './labels';
import { CASE_DIGIT, CASE_MIXED, CAPITALISED_CASES } from './token-info';

const MISC = typeCode('MISC');
/** Nouns that name a work by its title in quotes after them: 'the single "Creep"', 'the film "The Lady"'. */
const WORK_NOUNS = new Set(
  [
    ...['album', 'albums', 'single', 'singles', 'song', 'songs', 'track', 'hit', 'ep', 'lp', 'record'],
    ...['film', 'films', 'movie', 'movies', 'documentary', 'series', 'sitcom', 'show', 'episode'],
    ...['novel', 'novels', 'book', 'books', 'memoir', 'poem', 'play', 'opera', 'musical', 'painting'],
  ].map(hashString),
);
const COMMA = hashString(',');
const OPENING = new Set(['"', '“'].map((q) => q.charCodeAt(0)));
const CLOSING = new Set(['"', '”'].map((q) => q.charCodeAt(0)));
/** Lower-case words a title keeps ("Blowin' in the Wind", "Lord of the Rings"), and its apostrophes. */
const TITLE_SMALL_WORDS = new Set(
  ['of', 'the', 'and', 'in', 'a', 'an', 'to', 'for', 'on', 'at', 'with', 'from', 'by', 'or', "'", '’', "'s", '’s'].map(hashString),
);
const MAX_TITLE_WORDS = 10;

/**
 * A title in double quotes right after a noun that names a work ('the single "Creep"', 'the film "The
 * Lady"', 'his second album, "Siamese Dream"') is one MISC name, quotes left out, whatever the tagger made
 * of its words. CoNLL labels such titles MISC whole ('the hit film " Independence Day "', "The Crying
 * Game"); the tagger read "The Lady" as a person "Lady", "Siamese Dream" as a person and missed "Creep".
 * Only a title in title case, its first word capitalised, of ten words at most, is taken.
 */
export function nameQuotedWorks(text: string, starts: Int32Array, ends: Int32Array, lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const n = labels.length;
  // Read as a one-character token's code: a string per token would cost every word of every document.
  const isQuote = (quotes: Set<number>, k: number) => ends[k] - starts[k] === 1 && quotes.has(text.charCodeAt(starts[k]));
  for (let q = 1; q + 2 < n; q++) {
    if (!isQuote(OPENING, q)) continue;
    const noun = lower[q - 1] === COMMA && q >= 2 ? q - 2 : q - 1;
    if (!WORK_NOUNS.has(lower[noun])) continue;
    let close = q + 1;
    while (close < n && close - q - 1 <= MAX_TITLE_WORDS && !isQuote(CLOSING, close)) close++;
    if (close >= n || close === q + 1 || close - q - 1 > MAX_TITLE_WORDS || !CAPITALISED_CASES.has(caseClass[q + 1])) continue;
    let titleCase = true;
    for (let k = q + 1; k < close && titleCase; k++) {
      const c = caseClass[k];
      titleCase = CAPITALISED_CASES.has(c) || c === CASE_MIXED || c === CASE_DIGIT || TITLE_SMALL_WORDS.has(lower[k]);
    }
    if (titleCase) markSpan(labels, q + 1, close, MISC);
    q = close;
  }
}
