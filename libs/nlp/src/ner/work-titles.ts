import { hashString } from '../util/hash';
import { DocContext } from './features';
import { isBegin, labelType, markSpan, spanEnd, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_LOWER, CASE_TITLE } from './token-info';
import { CALENDAR_WORD_HASHES } from '../lexicon/calendar-words';

const MISC = typeCode('MISC');

/** Lower-case nouns for a work that an encyclopedia writes before its title: "the album Nevermind". */
const WORK_NOUNS = new Set(
  [
    ...['album', 'film', 'movie', 'novel', 'song', 'book', 'opera', 'musical', 'documentary', 'sitcom', 'poem', 'painting'],
    ...['series', 'novella', 'memoir', 'symphony', 'ballet', 'anthology', 'miniseries', 'videogame', 'screenplay', 'soundtrack'],
  ].map(hashString),
);
// Small words a title holds between capitalised ones: "Gone with the Wind", "The Lord of the Rings". Not
// "by", "in", "at" or "from", which more often start what follows it ("the book X by Ganesh Sitaraman").
const TITLE_JOINERS = new Set(['of', 'the', 'a', 'an', 'and', 'on', 'with', 'to', 'for'].map(hashString));
const TITLE_MAX = 8;
const ARTICLES = new Set(['the', 'a', 'an'].map(hashString));

/** The end (exclusive) of the title starting at `k`: capitalised words, with small words between them. */
function titleEnd(ctx: DocContext, k: number): number {
  const { info, sentenceOf, count } = ctx;
  let end = k;
  for (let j = k; j < count && j < k + TITLE_MAX && sentenceOf[j] === sentenceOf[k]; j++) {
    if (CALENDAR_WORD_HASHES.has(info.lower[j])) break;
    if (CAPITALISED_CASES.has(info.caseClass[j])) end = j + 1;
    else if (!(info.caseClass[j] === CASE_LOWER && TITLE_JOINERS.has(info.lower[j]))) break;
  }
  return end;
}

/**
 * A title right after a lower-case noun for a work is that work (MISC), whatever the tagger made of it: "the
 * album Nevermind" and "their second album, Nevermind," (read as a person), "the film Jaws", "the television
 * series Friends" (no name at all). The title runs over capitalised words and the small words between them
 * ("the film Gone with the Wind"); set off by commas, it must close with one too, and the noun must not
 * follow an article ("in the film, Jack Fate," names a part). Run over CoNLL train and dev's own
 * labels it changes none (such a noun stands before a name twice there, a MISC both times): it is for
 * encyclopedic text, where works are named so throughout.
 */
export function typeWorkTitles(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { info, sentenceOf, count, capsSentence } = ctx;
  for (let k = 0; k + 1 < count; k++) {
    if (info.caseClass[k] !== CASE_LOWER || !WORK_NOUNS.has(info.lower[k])) continue;
    const comma = text[starts[k + 1]] === ',' && ends[k + 1] - starts[k + 1] === 1;
    // "in the film, Jack Fate," names a part in it; "their second album, Nevermind," the album.
    if (comma && (k === 0 || ARTICLES.has(info.lower[k - 1]))) continue;
    const first = comma ? k + 2 : k + 1;
    // Not a day ("the documentary Saturday night").
    if (first >= count || sentenceOf[first] !== sentenceOf[k] || CALENDAR_WORD_HASHES.has(info.lower[first])) continue;
    // Title case, or capitals in a headline: "WITH series AS (" is code.
    if (info.caseClass[first] !== CASE_TITLE && !(capsSentence[first] && CAPITALISED_CASES.has(info.caseClass[first]))) continue;
    // The title opens a name; it does not continue one the tagger began before it.
    if (labels[first] !== 0 && !isBegin(labels[first])) continue;
    // The capitalised run is the title ("Renaldo and Clara", which the tagger read as two people), or the span there if longer.
    const nameEnd = labels[first] !== 0 ? spanEnd(labels, first) : 0;
    const end = Math.max(nameEnd, titleEnd(ctx, first));
    // A letter alone is a class or a grade ("preferred shares, series B"), not a title ("A Day Called X" is).
    if (end === first + 1 && info.length[first] === 1) continue;
    if (comma && (end >= count || text[starts[end]] !== ',')) continue;
    if (nameEnd === end && labelType(labels[first]) === MISC) continue;
    markSpan(labels, first, end, MISC);
  }
}
