import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_LOWER } from './token-info';

const ORG = typeCode('ORG');
/** Lower-case nouns that a news story puts before an organisation's name: "the news agency Tanjug". */
const ORGANISATION_NOUNS = new Set(
  [
    ...['agency', 'bank', 'band', 'club', 'company', 'daily', 'firm', 'group', 'maker', 'newspaper', 'retailer', 'side', 'team'],
    ...['airline', 'automaker', 'carmaker', 'lender', 'conglomerate', 'startup'],
  ].map(hashString),
);

/**
 * A name right after a lower-case noun for an organisation is that organisation, whatever the tagger
 * typed it: "the rock band Nirvana" (read as a person), "the daily Le Monde", "the Dutch group Koninklijke
 * Ahold". In CoNLL train and dev a name right after "agency", "bank", "club", "company", "daily", "firm",
 * "group", "maker", "newspaper", "retailer", "side", "team" or "carmaker" is an organisation 103 times of
 * 104 (once a place: "the Iran daily"). "band", "airline", "startup" and the like do not occur there
 * before a name and are the same construction. Nouns that also stand before people or ships ("broker
 * Shakil", "insurer ... Thierry", "carrier Carl Vinson", "publisher William Randolph Hearst",
 * "broadcaster David Attenborough") are not on the list. A capitalised noun is a heading's or a name's
 * ("Company Name Homegate Hospitality Inc", a filing's table in CoNLL dev).
 */
export function typeOrganisationAppositions(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const noun = s.start - 1;
    if (s.type === ORG || noun < 0 || labels[noun] !== 0 || caseClass[noun] !== CASE_LOWER || !ORGANISATION_NOUNS.has(lower[noun])) continue;
    markSpan(labels, s.start, s.end, ORG);
  }
}

const MISC = typeCode('MISC');
const NEWS = hashString('news');
const AGENCY_WORDS = new Set(['agency', 'agencies'].map(hashString));

/**
 * A name right before the lower-case words "news agency" is the agency, whatever the tagger typed it:
 * "the Fars news agency" (read as the province), "Tasnim news agency" (read as a person). In CoNLL train
 * and dev the name there is an organisation 33 times ("Interfax", "Xinhua", "Itar-Tass", "Yonhap"), a
 * nationality 10 ("the Iranian news agency", left MISC) and a place once ("Antara", Indonesia's agency).
 */
export function typeNamesBeforeNewsAgency(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const news = s.end;
    if (s.type === ORG || s.type === MISC || news + 1 >= labels.length) continue;
    if (lower[news] !== NEWS || caseClass[news] !== CASE_LOWER || !AGENCY_WORDS.has(lower[news + 1]) || caseClass[news + 1] !== CASE_LOWER) continue;
    markSpan(labels, s.start, s.end, ORG);
  }
}
