import { labelsToSpans, markSpan, typeCode } from './labels';
import { CAPITALISED_CASES, NAME_WORD_CASES } from './token-info';
import { isPersonTitle } from './honorifics';
import { LEGAL_FORMS } from './organisation-names';
import { webDomainAt } from './web-company-names';

const PER = typeCode('PER');
const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const MISC = typeCode('MISC');

/**
 * A one-word person that is the first word of an organisation the document names in full is that
 * organisation, in place: after "Fox News", "Fox reported" is the network, though CoNLL taught the
 * tagger a person Fox. Left alone when a title stands before it ("President Prodi" beside the "Prodi
 * Commission") or the document names a person in full who starts or ends with that word ("Bob Dylan").
 * In CoNLL train and dev such a one-word name is an organisation 432 times and a person never; the 10
 * people ("Dole" beside "Bob Dole" and "Dole Food", "Gingrich") all have their full name in the
 * document, which the guard leaves to the surname rule (person-surnames.ts).
 */
export function typeOrganisationFirstWords(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const spans = labelsToSpans(labels, 0, labels.length);
  const firstWords = new Set<number>();
  /** First words of companies named by a legal form (any type may yield to them) or only by a web address (places yield). */
  const companies = new Set<number>();
  const websites = new Set<number>();
  /** First and last words of people named in full. */
  const names = new Set<number>();
  for (const s of spans) {
    if (s.end - s.start < 2) continue;
    if (s.type === ORG && CAPITALISED_CASES.has(caseClass[s.start])) {
      firstWords.add(lower[s.start]);
      const named = companyNaming(lower, s.start, s.end);
      if (named === 'legal form') companies.add(lower[s.start]);
      else if (named === 'web address') websites.add(lower[s.start]);
    }
    if (s.type === PER) names.add(lower[s.start]).add(lower[s.end - 1]);
  }
  if (!firstWords.size) return;
  for (const s of spans) {
    if (s.end - s.start !== 1) continue;
    if (s.type === PER) {
      if (!firstWords.has(lower[s.start]) || names.has(lower[s.start])) continue;
      if (s.start > 0 && isPersonTitle(lower[s.start - 1])) continue;
    } else {
      const word = lower[s.start];
      const yields = s.type === LOC ? companies.has(word) || websites.has(word) : s.type === MISC && companies.has(word);
      if (!yields) continue;
    }
    markSpan(labels, s.start, s.end, ORG);
  }
  nameBareCompanies(lower, caseClass, labels, companies);
}

/**
 * A company's bare first word that the tagger left out, standing alone in title or camel case, is the
 * company: "Slack Technologies Inc ... Slack shares jumped". In CoNLL train and dev such a word beside an
 * "X Inc" (Corp, Ltd, Plc…) of its document is an organisation 129 times of 129 when it stands alone. A word
 * before another capitalised word ("General Mark Milley" beside "General Motors Corp") or a person's title is
 * left.
 */
function nameBareCompanies(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array, companies: ReadonlySet<number>): void {
  if (!companies.size) return;
  const n = labels.length;
  for (let k = 0; k < n; k++) {
    if (labels[k] !== 0 || !companies.has(lower[k]) || !NAME_WORD_CASES.has(caseClass[k])) continue;
    if ((k > 0 && labels[k - 1] !== 0) || (k + 1 < n && (labels[k + 1] !== 0 || CAPITALISED_CASES.has(caseClass[k + 1]))) || isPersonTitle(lower[k])) continue;
    markSpan(labels, k, k + 1, ORG);
  }
}

/**
 * How a name of one word and nothing after it but a web domain or a legal form, or both, names a
 * company: "Sony Corp", "Amazon.com Inc" (a legal form), "Booking.com" (a web address). Such a
 * company's bare first word in the same document is the company ("Amazon said", not the river): in
 * CoNLL train and dev a one-word name that opens a two-word "X Inc" (Corp, Ltd, Plc…) of its document
 * is an organisation 117 times and a place never. A web address alone names sites and projects as
 * well as companies ("Internet.org" beside the Internet), so only places yield to it.
 */
function companyNaming(lower: Uint32Array, start: number, end: number): 'legal form' | 'web address' | null {
  let k = start + 1;
  const web = k + 1 < end && webDomainAt(lower, k);
  if (web) k += 2;
  const legal = k < end && LEGAL_FORMS.has(lower[k]);
  if (legal) k++;
  if (k !== end || k === start + 1) return null;
  return legal ? 'legal form' : 'web address';
}
