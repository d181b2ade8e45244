import { isBegin, labelsToSpans, labelType, markSpan } from './labels';

/** Lower-case words a name's initials leave out ("Organization of the Petroleum Exporting Countries"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;

/** The initials of a name's capitalised words, skipping joining words; '' when a word is neither. */
function initials(words: string[]): string {
  let out = '';
  for (const w of words) {
    if (SKIPPED.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return '';
    out += w[0];
  }
  return out;
}

/**
 * An acronym that a document defines in parentheses after a name of two words or more, spelled by the
 * name's initials, has the name's type there and wherever else the document writes it: "the World Health
 * Organization (WHO) ... the WHO said", though a tagger reads a capitalised "WHO" as the pronoun. In CoNLL
 * train and dev such an acronym takes the name's type 88 times of 88, and its other mentions in the
 * document 162 of 163. Sentences written all in capitals (headlines) are left alone, where "WHO" is a word.
 */
export function typeDefinedAcronyms(text: string, starts: Int32Array, ends: Int32Array, capsSentence: Uint8Array, labels: Uint8Array): void {
  const count = labels.length;
  const word = (k: number) => text.slice(starts[k], ends[k]);
  const defined = new Map<string, number>();
  for (const s of labelsToSpans(labels, 0, count)) {
    const k = s.end;
    if (s.end - s.start < 2 || k + 2 >= count || word(k) !== '(' || word(k + 2) !== ')') continue;
    const acronym = word(k + 1);
    if (!ACRONYM.test(acronym) || capsSentence[k + 1]) continue;
    const names: string[] = [];
    for (let m = s.start; m < s.end; m++) names.push(word(m));
    if (initials(names) !== acronym) continue;
    defined.set(acronym, s.type);
  }
  if (!defined.size) return;
  for (let k = 0; k < count; k++) {
    if (capsSentence[k]) continue;
    const type = defined.get(word(k));
    if (type === undefined) continue;
    // Only where the tagger found no name: a typed mention is the tagger's reading of this very word, and
    // the definition's type is only its reading of the longer name.
    if (labels[k] !== 0 || (k + 1 < count && labelType(labels[k + 1]) !== 0 && !isBegin(labels[k + 1]))) continue;
    markSpan(labels, k, k + 1, type);
  }
}
