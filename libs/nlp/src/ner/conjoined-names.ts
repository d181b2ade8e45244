import { hashString } from '../util/hash';
import { labelsToSpans, markSpan, typeCode } from './labels';
import { LEGAL_FORMS, ORG_HEADS } from './organisation-names';
import { CAPITALISED_CASES } from './token-info';

const CONJUNCTIONS = new Set(['and', 'or', '&', '/'].map(hashString));
// A company's name ends in its legal form or "Group" as an institution's ends in its head noun.
const COMPANY_ENDINGS = new Set([...LEGAL_FORMS, ...['company', 'group'].map(hashString)]);
const PER = typeCode('PER');
const ORG = typeCode('ORG');
const COMMA = hashString(',');

/**
 * Two names joined by a conjunction are two names, in place: a span the model read across "and", "or",
 * "&" or "/" before a capitalised word is cut there when the word before the conjunction ends a name
 * (an institution's head noun or a company's legal form: "Ulster Unionist Party and Social Democratic
 * and Labour Party"), or when the word after it repeats a word of the name of two words or more before
 * it ("Kingdom of León and Kingdom of Castile", "New York and New Jersey"; one word repeated is a name
 * of its own: "Johnson & Johnson"), or when both sides name an institution, each by a head noun or legal
 * form, the side after ending in it ("Liberal Party of Canada and New Democratic Party"; not "Green Party
 * of England and Wales"). People's names are cut only on a repeated word. In CoNLL train and dev, of 428
 * pairs of names of one type with a conjunction between them, the first two tests separate 27 again once
 * joined and the third one more, and over the gold labels they cut 2 names ("Federal Trade Commission and
 * Justice Department", "First Alliance Corporation and Subsidiaries"); "Securities and Exchange
 * Commission" or "Bosnia and Herzegovina" meet no test.
 */
export function splitConjoinedNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const endsName = (i: number): boolean => CAPITALISED_CASES.has(caseClass[i]) && (ORG_HEADS.has(lower[i]) || COMPANY_ENDINGS.has(lower[i]));
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    let from = s.start;
    for (let c = s.start + 1; c + 1 < s.end; c++) {
      if (!CONJUNCTIONS.has(lower[c]) || !CAPITALISED_CASES.has(caseClass[c + 1])) continue;
      const twoInstitutions = s.type !== PER && (endsName(c - 1) || (headedBefore(from, c, endsName) && endsName(nextPartEnd(lower, c + 1, s.end) - 1)));
      if (!twoInstitutions && !(c - from >= 2 && lower.subarray(from, c).includes(lower[c + 1]))) continue;
      markSpan(labels, from, c, s.type);
      labels[c] = 0;
      from = c + 1;
    }
    if (from > s.start) markSpan(labels, from, s.end, s.type);
  }
}

function headedBefore(from: number, to: number, endsName: (i: number) => boolean): boolean {
  for (let i = from; i < to; i++) if (endsName(i)) return true;
  return false;
}

/** Where the part of a span after a conjunction ends: at the next conjunction, or the span's end. */
function nextPartEnd(lower: Uint32Array, from: number, end: number): number {
  for (let i = from; i < end; i++) if (CONJUNCTIONS.has(lower[i])) return i;
  return end;
}

/**
 * A list of organisations the tagger read as one is one name per item, in place: an organisation span is
 * cut at a comma right after a company's legal form ("Pfizer Inc and German partner [BioNTech SE], [Health
 * and Human Services]"), unless a second form follows ("Samsung Electronics Co., Ltd."), and at every comma
 * where its last item has no conjunction and no legal form ends it ("[Allianz], [Apple], [Bank of
 * America]"). In CoNLL train and dev, 13 organisations hold a comma: a firm of partners ending in a
 * conjunction ("Goldman , Sachs & Co", "Bailard , Biehl and Kaiser") or a legal form ("Ferris , Baker Watts ,
 * Inc."), a ministry's list of domains ("Bureau of Alcohol , Tobacco and Firearms"), and "BOLD / OGILVY ,
 * MATHER", the one these cuts would split; none has a comma after a legal form.
 */
export function splitOrganisationLists(lower: Uint32Array, labels: Uint8Array): void {
  for (const s of labelsToSpans(labels, 0, labels.length)) {
    if (s.type !== ORG) continue;
    let from = s.start;
    for (let c = s.start + 1; c + 1 < s.end; c++) {
      if (lower[c] !== COMMA || !LEGAL_FORMS.has(lower[c - 1]) || LEGAL_FORMS.has(lower[c + 1])) continue;
      cutListItems(lower, labels, from, c);
      labels[c] = 0;
      from = c + 1;
    }
    cutListItems(lower, labels, from, s.end);
  }
}

/** Marks [from, to) as one organisation, or as one per comma-separated item when it reads as a list (above). */
function cutListItems(lower: Uint32Array, labels: Uint8Array, from: number, to: number): void {
  const commas: number[] = [];
  for (let i = from + 1; i + 1 < to; i++) if (lower[i] === COMMA) commas.push(i);
  const lastItem = commas.length ? commas[commas.length - 1] + 1 : from;
  let joined = LEGAL_FORMS.has(lower[to - 1]);
  for (let i = lastItem; i < to && !joined; i++) joined = CONJUNCTIONS.has(lower[i]);
  if (commas.length === 0 || joined) {
    markSpan(labels, from, to, ORG);
    return;
  }
  let start = from;
  for (const c of [...commas, to]) {
    markSpan(labels, start, c, ORG);
    if (c < to) labels[c] = 0;
    start = c + 1;
  }
}
