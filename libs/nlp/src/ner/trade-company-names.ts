import { COMPANY_TRADE_WORDS } from '../lexicon/company-words';
import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { CASE_TITLE } from './token-info';

const ORG = typeCode('ORG');
export const TRADE_WORDS: ReadonlySet<number> = new Set(COMPANY_TRADE_WORDS.map((w) => hashString(w.toLowerCase())));

/**
 * A name of two words or more ending in a title-case trade word is a company, whatever the tagger typed it:
 * "Geffen Records" (read as a person), "Paramount Pictures", "Balkan Airlines". In CoNLL train and dev every
 * such name is an organisation (30 of 30: "Sudan Airways", "General Motors", "Salomon Brothers", "Metro
 * Holdings"); the tagger, knowing few record labels and studios, reads the first word's type. Investment firms
 * ("Melvin Capital", "Elliott Management") end in theirs: CoNLL's 5 names ending in "Capital" or "Management" are
 * organisations.
 */
export function typeTradeCompanyNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    const last = s.end - 1;
    if (s.type === ORG || s.end - s.start < 2 || caseClass[last] !== CASE_TITLE || !TRADE_WORDS.has(lower[last])) continue;
    markSpan(labels, s.start, s.end, ORG);
  }
}
