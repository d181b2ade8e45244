import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { ORG_HEADS } from './organisation-names';
import { CAPITALISED_CASES } from './token-info';

const CONJUNCTIONS = new Set(['and', 'or', '&', '/'].map(hashString));
// A company's name ends in its legal form or "Group" as an institution's ends in its head noun.
const COMPANY_ENDINGS = new Set(['inc', 'corp', 'corporation', 'co', 'company', 'ltd', 'plc', 'llc', 'ag', 'gmbh', 'group'].map(hashString));
const PER = typeCode('PER');

/**
 * Two names joined by a conjunction are two names, in place: a span the model read across "and", "or",
 * "&" or "/" before a capitalised word is cut there when the word before the conjunction ends a name
 * (an institution's head noun or a company's legal form: "Ulster Unionist Party and Social Democratic
 * and Labour Party"), or when the word after it repeats a word of the name of two words or more before
 * it ("Kingdom of León and Kingdom of Castile", "New York and New Jersey"; one word repeated is a name
 * of its own: "Johnson & Johnson"). People's names are cut only on a repeated word. In CoNLL train and
 * dev, of 428 pairs of names of one type with a conjunction between them, the cut separates 27 again
 * once joined, and over the gold labels it cuts 2 names ("Federal Trade Commission and Justice
 * Department", "First Alliance Corporation and Subsidiaries"); "Securities and Exchange Commission" or
 * "Bosnia and Herzegovina" meet neither test.
 */
export function splitConjoinedNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    let from = s.start;
    for (let c = s.start + 1; c + 1 < s.end; c++) {
      if (!CONJUNCTIONS.has(lower[c]) || !CAPITALISED_CASES.has(caseClass[c + 1])) continue;
      const before = lower[c - 1];
      const endsName = s.type !== PER && CAPITALISED_CASES.has(caseClass[c - 1]) && (ORG_HEADS.has(before) || COMPANY_ENDINGS.has(before));
      if (!endsName && !(c - from >= 2 && lower.subarray(from, c).includes(lower[c + 1]))) continue;
      markSpan(labels, from, c, s.type);
      labels[c] = 0;
      from = c + 1;
    }
    if (from > s.start) markSpan(labels, from, s.end, s.type);
  }
}
