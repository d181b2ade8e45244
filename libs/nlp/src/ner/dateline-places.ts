import { GAZ_CATEGORIES, listsAsPhrase } from '../gazetteer/gazetteer';
import { DocContext, forEachSentence } from './features';
import { labelType, labelsToSpans, markSpan, typeCode } from './labels';
import { CAPITALISED_CASES, CASE_UPPER } from './token-info';
import { hashString } from '../util/hash';

const LOC = typeCode('LOC');
const PLACE_LISTS = (['city', 'country', 'region'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
const DATELINE_MAX = 10;
/** Whether tokens [start, end) are one phrase of a place list (a city, a country, a region). */
const isListedPlace = (ctx: DocContext, start: number, end: number) => PLACE_LISTS.some((list) => listsAsPhrase(ctx.gaz, ctx.count, start, end, list));

/**
 * A dateline names the place a story was filed from: a line of capitalised names (a town, a comma and its
 * country) ending in the date, "LA CORUNA , Spain 1996-08-31". In CoNLL train and dev such a line's first
 * name is a place 1,106 times of 1,118 (the others: "UNITED NATIONS" four times, an organisation, and eight
 * towns labelled a club or a person, as in "SANTIAGO 1996-08-31"). The tagger, reading a sports page, took
 * football towns for their clubs ("WIGAN", "LA CORUNA"): a name there that a place list holds is a place.
 */
export function typeDatelinePlaces(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { count, sentenceOf, info } = ctx;
  forEachSentence(sentenceOf, count, (first, last) => {
    if (
      last - first < DATELINE_MAX &&
      last > first &&
      ISO_DATE.test(text.slice(starts[last], ends[last])) &&
      namesOnly(text, starts, ends, info.caseClass, first, last)
    ) {
      for (const s of labelsToSpans(labels, first, last)) if (s.type !== LOC && isListedPlace(ctx, s.start, s.end)) markSpan(labels, s.start, s.end, LOC);
    }
  });
}

/** Whether tokens [from, to) are capitalised words and commas only. */
function namesOnly(text: string, starts: Int32Array, ends: Int32Array, caseClass: Uint8Array, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CAPITALISED_CASES.has(caseClass[k]) && text.slice(starts[k], ends[k]) !== ',') return false;
  return true;
}

const ORG = typeCode('ORG');
/** Wire services that sign a story's dateline: "WASHINGTON (Reuters) -", "SAN FRANCISCO (AP) —". */
const WIRE_SERVICES = new Set(
  ['reuters', 'ap', 'afp', 'upi', 'dpa', 'bloomberg', 'xinhua', 'kyodo', 'yonhap', 'pti', 'ians', 'ani', 'efe', 'ansa', 'tass'].map(hashString),
);
const DASHES = new Set(['-', '--', '–', '—']);

/**
 * A wire story's dateline opens its first sentence: the town in capitals, maybe a comma and the day, the
 * agency in brackets and a dash ("LOS ANGELES (AP) —", "TOKYO, Nov 10 (Reuters) -", "HONG KONG/SHANGHAI
 * (Reuters) -"). The town is a place and the agency an organisation, as in CoNLL's datelines (a place 1,106
 * times of 1,118); the tagger read "LOS ANGELES" before "(AP)" as a club and left "AP" out.
 */
export function typeWireDatelines(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { count, sentenceOf, info } = ctx;
  const word = (k: number) => text.slice(starts[k], ends[k]);
  forEachSentence(sentenceOf, count, (first, last) => {
    let open = first;
    while (open <= last && open - first < DATELINE_MAX && word(open) !== '(') open++;
    if (open - first < 1 || open + 3 > last || !WIRE_SERVICES.has(info.lower[open + 1]) || word(open + 2) !== ')' || !DASHES.has(word(open + 3))) return;
    // The town: capitals (and the slashes and full stops inside "HONG KONG/SHANGHAI", "ST. LOUIS") up to a comma.
    let town = first;
    while (town < open && (info.caseClass[town] === CASE_UPPER || word(town) === '/' || word(town) === '.')) town++;
    if (town === first || (town < open && word(town) !== ',')) return;
    for (let k = first; k < town;) {
      if (info.caseClass[k] !== CASE_UPPER) {
        k++;
        continue;
      }
      let end = k + 1;
      while (end < town && info.caseClass[end] === CASE_UPPER) end++;
      if (isListedPlace(ctx, k, end) || labels.subarray(k, end).some((l) => l !== 0)) markSpan(labels, k, end, LOC);
      k = end;
    }
    if (labelType(labels[open + 1]) !== ORG) markSpan(labels, open + 1, open + 2, ORG);
  });
}
