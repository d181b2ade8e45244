import { hashString } from '../util/hash';
import { DocContext } from './features';
import { isBegin, labelsToSpans, labelType, markSpan, spanEnd, spanKey, spanStart, typeCode } from './labels';
import { CASE_DIGIT, CASE_LOWER, CASE_TITLE, CASE_UPPER, CAPITALISED_CASES } from './token-info';
import { CALENDAR_WORD_HASHES } from '../lexicon/calendar-words';

const MISC = typeCode('MISC');
/** Lower-case nouns for a ship that news and encyclopedias write before its name: "the cruise ship Diamond Princess". */
const SHIP_NOUNS = new Set(
  [
    ...['ship', 'vessel', 'tanker', 'frigate', 'destroyer', 'submarine', 'liner', 'ferry', 'yacht', 'battleship'],
    ...['warship', 'freighter', 'trawler', 'steamer', 'schooner', 'cruiser', 'corvette', 'icebreaker', 'steamship'],
  ].map(hashString),
);
const CARRIER = hashString('carrier');
/** Navies' and lines' prefixes written in capitals before a ship's name ("USS", "HMS"); not "SS" or "MV", names of their own too. */
const SHIP_PREFIXES = new Set(['uss', 'hms', 'rms', 'hmas', 'hmcs', 'hmnzs'].map(hashString));
const AIRCRAFT = hashString('aircraft');
const NAME_MAX = 5;

const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that'].map(hashString));
const MODIFIERS_MAX = 3;
// Words before a verb, not inside a noun phrase: "their plans to ship Ryzen PRO".
const VERB_MARKERS = new Set(['to', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'not', 'and', 'or'].map(hashString));

/**
 * Whether token `k` is a ship noun: a listed one, or "carrier" after "aircraft" (a "national carrier" is an
 * airline), opening a noun phrase with a determiner and lower-case modifiers before it ("the cruise ship",
 * "the British-flagged tanker"), so that "to ship Wyoming's coal" is a verb.
 */
function isShipNoun(ctx: DocContext, k: number): boolean {
  const { lower, caseClass } = ctx.info;
  if (caseClass[k] !== CASE_LOWER || !(SHIP_NOUNS.has(lower[k]) || (lower[k] === CARRIER && k > 0 && lower[k - 1] === AIRCRAFT))) return false;
  for (let j = k - 1; j >= 0 && j >= k - 1 - MODIFIERS_MAX && ctx.sentenceOf[j] === ctx.sentenceOf[k] && caseClass[j] === CASE_LOWER; j--) {
    if (DETERMINERS.has(lower[j])) return true;
    if (VERB_MARKERS.has(lower[j])) return false;
  }
  return false;
}

/**
 * A name right after a lower-case noun for a ship is that ship, MISC under CoNLL's guidelines, and so are the
 * name's other mentions in the document: "the cruise ship Diamond Princess" (read as a person), "the aircraft
 * carrier Theodore Roosevelt" (a person), "the ferry Estonia" (the country), "the tanker Stena Impero". The
 * name runs over capitalised words and numbers ("Queen Elizabeth 2"), or is the tagger's span there if longer;
 * not a day or month ("the ship Tuesday"), and the noun must follow a determiner ("plans to ship Ryzen PRO").
 * A navy's prefix in capitals opens such a name too ("the USS Theodore Roosevelt", "the destroyer HMS Defender"). CoNLL train and dev name three ships so ("aircraft carrier Carl
 * Vinson", "aircraft carrier Enterprise", "the ferry Trident Seven"), MISC all three times; "carrier" alone
 * precedes airlines there ("national carrier EgyptAir").
 */
export function typeShipNames(ctx: DocContext, labels: Uint8Array): void {
  const { info, sentenceOf, count } = ctx;
  const named = new Set<string>();
  for (let k = 0; k + 1 < count; k++) {
    const first = k + 1;
    // "USS Theodore Roosevelt": the prefix is part of the name; after a noun it is a name of its own.
    const prefixed = SHIP_PREFIXES.has(info.lower[k]) && info.caseClass[k] === CASE_UPPER;
    if (!(prefixed || isShipNoun(ctx, k)) || sentenceOf[first] !== sentenceOf[k] || info.caseClass[first] !== CASE_TITLE) continue;
    // The name opens a span of its own, or the prefix's ("[USS Sampson]").
    const opensName = labels[first] === 0 || isBegin(labels[first]) || (prefixed && spanStart(labels, first) === k);
    if (CALENDAR_WORD_HASHES.has(info.lower[first]) || !opensName) continue;
    let end = first;
    while (
      end < count &&
      end < first + NAME_MAX &&
      sentenceOf[end] === sentenceOf[k] &&
      (CAPITALISED_CASES.has(info.caseClass[end]) || info.caseClass[end] === CASE_DIGIT)
    )
      end++;
    if (labels[first] !== 0) end = Math.max(end, spanEnd(labels, first));
    named.add(spanKey(info.lower, first, end));
    const start = prefixed ? k : first;
    if (!(labelType(labels[start]) === MISC && isBegin(labels[start]) && spanEnd(labels, start) === end)) markSpan(labels, start, end, MISC);
  }
  if (!named.size) return;
  for (const s of labelsToSpans(labels, 0, count))
    if (s.type !== MISC && named.has(spanKey(info.lower, s.start, s.end))) markSpan(labels, s.start, s.end, MISC);
}
