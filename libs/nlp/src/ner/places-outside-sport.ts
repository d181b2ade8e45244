import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { DocContext } from './features';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';
import { hashString } from '../util/hash';
import { sportWordsIn } from '../lexicon/sport-words';

const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const PLACE_LISTS = (['country', 'city', 'region', 'known-place'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
/** Lists that give the word a reading other than a place's: an English word, a first name, an organisation. */
const OTHER_READINGS = (['common-word', 'rare-word', 'first-name', 'known-org'] as const).map((c) => GAZ_CATEGORIES.indexOf(c));
/** A title-case noun of an administrative area closing a name: "Marin County", "Jilin Province", "Donetsk Oblast". */
const AREA_NOUNS = new Set(['county', 'province', 'prefecture', 'oblast', 'governorate'].map(hashString));

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

/**
 * An area's name the tagger read as an organisation is the area: "Marin County", "Jilin Province",
 * "Donetsk Oblast". In CoNLL train and dev every organisation ending in a title-case "County" or "Province"
 * is a club of a results table or fixture list ("Notts County", "Ross County", "Western Province"), and
 * bodies are named longer ("Broward County Sheriff's Office"), so the tagger learnt the club. A document
 * about sport keeps it; one word of sport ("the fire season") does not make a sports page here.
 */
export function typeAreaNamesOutsideSport(ctx: DocContext, labels: Uint8Array): void {
  const { count, info } = ctx;
  let sport: number | null = null;
  for (const s of labelsToSpans(labels, 0, count)) {
    const last = s.end - 1;
    if (s.type !== ORG || s.end - s.start < 2 || !AREA_NOUNS.has(info.lower[last]) || info.caseClass[last] !== CASE_TITLE) continue;
    sport ??= sportWordsIn(info.lower);
    if (sport >= 2) return;
    markSpan(labels, s.start, s.end, LOC);
  }
}
