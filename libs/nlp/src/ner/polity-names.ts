import { hashString } from '../util/hash';
import { insideLabel, isBegin, labelType, markSpan, spanStart, typeCode } from './labels';
import { CAPITALISED_CASES } from './token-info';

// Titles of states named after their place ("Kingdom of Castile", "Duchy of Athens", "Empire of Japan").
// They are rare in the 1990s news the tagger learned from, so it reads the place alone, or the title as a
// person or an organisation; the whole name is one location under the CoNLL guidelines.
const POLITY_TITLES = new Set(
  [
    'kingdom',
    'empire',
    'duchy',
    'principality',
    'khanate',
    'emirate',
    'sultanate',
    'caliphate',
    'republic',
    'county',
    'margraviate',
    'electorate',
    'despotate',
    'tsardom',
    'crown',
  ].map(hashString),
);
const OF = hashString('of');
const THE = hashString('the');
const PER = typeCode('PER');
const ORG = typeCode('ORG');
const LOC = typeCode('LOC');

/**
 * Polity names in labels, in place: a location that follows "of" and a capitalised polity title is
 * joined with them into one location, together with the name the title ends, if any ("Seleucid
 * Empire of Syria"). A person's name stays apart ("Tim Henman of Britain" has no title before "of"),
 * as does a title the model put inside a longer name with "of" ("University of ..."). A name the model
 * read whole as a person or an organisation ("Duchy of Athens") is a location too; as a MISC it
 * is a work's title ("Empire of the Sun", the film) and stays.
 */
export function joinPolityNames(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  // A capitalised polity title at i, then "of".
  const titleOf = (i: number) => POLITY_TITLES.has(lower[i]) && CAPITALISED_CASES.has(caseClass[i]) && lower[i + 1] === OF;
  for (let i = 0; i + 2 < labels.length; i++) {
    const t = labelType(labels[i]);
    if ((t !== PER && t !== ORG) || !isBegin(labels[i]) || !titleOf(i)) continue;
    const inside = insideLabel(t);
    if (labels[i + 1] !== inside || labels[i + 2] !== inside) continue;
    let end = i + 3;
    while (end < labels.length && labels[end] === inside) end++;
    markSpan(labels, i, end, LOC);
  }
  for (let k = 2; k < labels.length; k++) {
    if (!isBegin(labels[k]) || labelType(labels[k]) !== LOC) continue;
    const title = k - 2;
    if (labels[k - 1] !== 0 || !titleOf(title)) continue;
    const before = labelType(labels[title]);
    const start = before !== 0 ? spanStart(labels, title) : title;
    // A person's name that merely ends in such a word ("John Kingdom of Britain") is not a polity's title.
    if (before === PER && start !== title) continue;
    markSpan(labels, start, k + 1, LOC);
  }
}

// Titles that end a polity's name ("Seleucid Empire", "Czech Republic", "Middle Kingdom"). In CoNLL train a
// name of two words or more ending in one is a location 62 times of 64 ("Roger Kingdom" is a person,
// "Second Empire" a MISC); out of the news the tagger learned from it reads many such names, historical
// ones above all, as a MISC ("[Mughal Empire]/MISC") or an organisation, or leaves the title out
// ("[Roman]/MISC Empire").
const POLITY_HEADS = new Set(
  ['kingdom', 'empire', 'republic', 'duchy', 'principality', 'khanate', 'emirate', 'sultanate', 'caliphate', 'tsardom'].map(hashString),
);
const MISC = typeCode('MISC');

/**
 * Names ending in a capitalised polity title as locations, in place: a MISC or organisation span of two
 * words or more that ends in one, or a MISC span the title follows outside any name. A person keeps the
 * title as a surname ("Roger Kingdom").
 */
export function typePolityHeads(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const isHead = (i: number) => POLITY_HEADS.has(lower[i]) && CAPITALISED_CASES.has(caseClass[i]);
  for (let i = 0; i < labels.length; i++) {
    if (!isBegin(labels[i])) continue;
    const t = labelType(labels[i]);
    let end = i + 1;
    while (end < labels.length && labels[end] === insideLabel(t)) end++;
    // A name that opens with "The" inside its span is a work's title ("The Republic", "The Empire"):
    // CoNLL labels polities without the article.
    const work = lower[i] === THE;
    if (!work && (t === MISC || t === ORG) && end - i >= 2 && isHead(end - 1)) markSpan(labels, i, end, LOC);
    else if (!work && t === MISC && end < labels.length && labels[end] === 0 && isHead(end)) markSpan(labels, i, end + 1, LOC);
    i = end - 1;
  }
}
