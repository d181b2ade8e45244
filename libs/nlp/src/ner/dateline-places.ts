import { GAZ_CATEGORIES, listsAsPhrase } from '../gazetteer/gazetteer';
import { DocContext, forEachSentence } from './features';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CAPITALISED_CASES } from './token-info';

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
