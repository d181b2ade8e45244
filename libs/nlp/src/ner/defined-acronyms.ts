import { hashString } from '../util/hash';
import { isBegin, labelsToSpans, labelType, markSpan, typeCode } from './labels';
import { LEGAL_FORMS } from './organisation-names';

const PER = typeCode('PER');
const ORG = typeCode('ORG');

/** Lower-case words a name's initials leave out ("Organization of the Petroleum Exporting Countries"). */
const SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'du', 'des', 'la', 'le', '&']);
const ACRONYM = /^[A-Z][A-Z&]{1,7}$/;
/**
 * Capitals with lower-case letters between them, as parties abbreviate their names ("PiS", "MoDem",
 * "PDeCAT"); not a surname ("McCain") or an acronym's plural ("Progressive Web Apps (PWAs)").
 */
const MIXED_CASE_ACRONYM = /^(?!Ma?c[A-Z])[A-Z][a-z]*[A-Z][A-Za-z]{0,4}(?<![A-Z]s)$/;

/** An acronym's shape: capitals ("WHO", "AT&T"), or capitals and lower-case letters that are no company's legal form ("GmbH"). */
const isAcronym = (w: string) => ACRONYM.test(w) || (MIXED_CASE_ACRONYM.test(w) && !LEGAL_FORMS.has(hashString(w.toLowerCase())));

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
 * An all-capitals word the tagger left untyped that spells the initials of an organisation, place or MISC
 * name of two words or more in the same document has that name's type: "the World Health Organization
 * (WHO) ... the WHO said", where a tagger reads a capitalised "WHO" as the pronoun. In CoNLL train and dev
 * such a word has the name's type 301 times of 303 (in parentheses right after the name, 88 of 88); an
 * all-capitals word in parentheses right after an organisation of two words or more is an organisation
 * whatever its letters (114 of 114: "Welsh National Farmers' Union (NFU)", "Left Bloc (BE)"). On
 * recent pages, people's initials ("TV", "AS" after a person's two names) and two-letter words away from
 * the definition ("IS", "SP") were mostly not acronyms of the name: people define none, and two letters
 * count only in parentheses right after the name. A word the tagger typed keeps its type, initials two
 * names of different types share are left alone, and so are sentences written all in capitals
 * (headlines), where "WHO" is a word.
 */
export function typeDefinedAcronyms(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  capsSentence: Uint8Array,
  labels: Uint8Array,
  isGivenName: (token: number) => boolean = () => false,
): void {
  const count = labels.length;
  const word = (k: number) => text.slice(starts[k], ends[k]);
  /** Whether token k is the one character `code` ("(" is 40, ")" 41), read without slicing. */
  const isChar = (k: number, code: number) => ends[k] - starts[k] === 1 && text.charCodeAt(starts[k]) === code;
  const typeOf = new Map<string, number>();
  /** Token index of each acronym written in parentheses right after its name. */
  const inParentheses = new Set<number>();
  /** The name each acronym that spells no initials was written after, in parentheses. */
  const nameBefore = new Map<string, string>();
  const define = (acronym: string, type: number) => {
    const known = typeOf.get(acronym);
    typeOf.set(acronym, known === undefined || known === type ? type : 0);
  };
  for (const s of labelsToSpans(labels, 0, count)) {
    if (s.end - s.start < 2 || capsSentence[s.start]) continue;
    const bracketed = s.end + 2 < count && isChar(s.end, 40) && isChar(s.end + 2, 41) ? word(s.end + 1) : '';
    // A "person" written before its initials in parentheses is an organisation ("Teruel Existe (TE)"),
    // unless a given name opens it ("Richard M. Stallman (RMS)"): in CoNLL train and dev such names
    // are organisations 72 times of 80, MISC 8 ("Comprehensive Test Ban Treaty (CTBT)"), never people.
    if (s.type === PER && (!bracketed || isGivenName(s.start))) continue;
    const names: string[] = [];
    for (let m = s.start; m < s.end; m++) names.push(word(m));
    const acronym = initials(names);
    let type = s.type;
    if (type === PER) {
      if (acronym.length < 2 || bracketed !== acronym) continue;
      type = ORG;
      markSpan(labels, s.start, s.end, type);
    }
    if (acronym.length >= 2) define(acronym, type);
    if (!bracketed) continue;
    if (bracketed === acronym && acronym.length >= 2) inParentheses.add(s.end + 1);
    else if (type === ORG && isAcronym(bracketed)) {
      // An organisation's acronym in parentheses need not spell its initials ("Left Bloc (BE)"); one
      // written after two different names defines neither (a reference list's "(PDF)").
      const name = names.join(' ');
      if ((nameBefore.get(bracketed) ?? name) === name) define(bracketed, ORG);
      else typeOf.set(bracketed, 0);
      nameBefore.set(bracketed, name);
      inParentheses.add(s.end + 1);
    }
  }
  if (!typeOf.size) return;
  for (let k = 0; k < count; k++) {
    const length = ends[k] - starts[k];
    const first = text.charCodeAt(starts[k]);
    // Cheap checks first: most tokens are no capital letter's 2 to 8 characters.
    if (labels[k] !== 0 || capsSentence[k] || length < 2 || length > 8 || first < 65 || first > 90) continue;
    const w = word(k);
    const type = typeOf.get(w);
    if (!type || !isAcronym(w) || (w.length < 3 && !inParentheses.has(k))) continue;
    // A stray inside label after it would make it part of a longer name.
    if (k + 1 < count && labelType(labels[k + 1]) !== 0 && !isBegin(labels[k + 1])) continue;
    markSpan(labels, k, k + 1, type);
  }
}
