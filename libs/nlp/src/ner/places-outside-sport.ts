import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { DocContext } from './features';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const PLACE_LISTS = (['country', 'city', 'region', 'known-place'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
/** Lists that give the word a reading other than a place's: an English word, a first name, an organisation. */
const OTHER_READINGS = (['common-word', 'rare-word', 'first-name', 'known-org'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));

/**
 * A town the tagger read as an organisation, alone, in a document that says nothing of sport, is the
 * town: "cities such as Leeds, York, Liverpool and Manchester". 1996's sports pages named clubs by their
 * towns ("Leeds beat Arsenal", a results table's "Aberdeen v Hearts"), and the tagger remembers the
 * organisation. In CoNLL train and dev a title-case word that the place lists hold alone (and that no list
 * reads as an English word, a first name or an organisation) is an organisation 6 times of 2,431 in
 * documents without a word of sport (places 2,282, people 89, MISC 54), against 1,312 times of 4,089 in
 * documents with one. A word the document also opens a longer organisation with keeps the tagger's
 * reading ("Iberia Airlines ... Iberia said"), and so do people and MISC: only the organisation is retyped.
 */
export function typePlacesOutsideSport(ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz } = ctx;
  if (ctx.sportsPage) return;
  const spans = labelsToSpans(labels, 0, count);
  const opensOrganisation = new Set(spans.filter((s) => s.type === ORG && s.end - s.start > 1).map((s) => info.lower[s.start]));
  for (const s of spans) {
    if (s.type !== ORG || s.end - s.start !== 1 || info.caseClass[s.start] !== CASE_TITLE) continue;
    const listed = (category: number) => listsAsOneWord(gaz, count, s.start, category);
    if (!PLACE_LISTS.some(listed) || OTHER_READINGS.some(listed) || opensOrganisation.has(info.lower[s.start])) continue;
    markSpan(labels, s.start, s.end, LOC);
  }
}
