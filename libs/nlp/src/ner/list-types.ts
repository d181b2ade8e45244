import { GAZ_CATEGORIES, listsAsOneWord } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { DocContext } from './features';
import { beginLabel, isBegin, labelsToSpans, labelType, markSpan, typeCode } from './labels';
import { NAME_WORD_CASES } from './token-info';
import { isInstitutionHead } from './organisation-names';

const COMMA = hashString(',');
const AND = hashString('and');
const OR = hashString('or');
const IN = hashString('in');
const ORG = typeCode('ORG');
const LOC = typeCode('LOC');
const PER = typeCode('PER');
/** The types a list's outnumbered names give up for its main one (MISC names keep theirs). */
const STRAY_TYPES = [LOC, ORG, PER];
// A list of three names or more: shorter ones mix places and organisations often ("Iraq and the U.N.").
const MIN_LIST = 3;

/** Whether the tokens between two names only list them: ",", "and", "or", ", and", ", or". */
function listsApart(lower: Uint32Array, from: number, to: number): boolean {
  const gap = to - from;
  if (gap === 1) return lower[from] === COMMA || lower[from] === AND || lower[from] === OR;
  return gap === 2 && lower[from] === COMMA && (lower[from + 1] === AND || lower[from + 1] === OR);
}

/**
 * Whether only the last two names are joined by "and" / "or" ("A, B and C"): in "Kelase in Indonesia,
 * and AirJaldi and Zaya Learning Labs" the "in" governs only the first.
 */
function conjoinedOnlyAtEnd(lower: Uint32Array, list: Array<{ start: number; end: number }>): boolean {
  for (let k = 1; k < list.length - 1; k++) {
    for (let i = list[k - 1].end; i < list[k].start; i++) if (lower[i] === AND || lower[i] === OR) return false;
  }
  return true;
}

function namesInstitution(lower: Uint32Array, caseClass: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isInstitutionHead(lower, caseClass, i)) return true;
  return false;
}

/**
 * Places and organisations in one list of names take the list's majority type, in place: "Washington
 * D.C., Detroit, Milwaukee, Los Angeles" are all places, though CoNLL's results tables taught the tagger
 * that "Milwaukee" alone is a club. In CoNLL train and dev a list of three names or more never mixes the
 * two types (0 of 80 such lists; 51 of places, 29 of organisations), so a mixed one is a misreading;
 * a tie is left as it is. A mixed list right after "in" goes to places, tie or not: in CoNLL train
 * and dev such lists of places and organisations are places 7 times and organisations never, and
 * single names after "in" are places 836 times, organisations 31 ("a stake in Zenith"). MISC names
 * keep their type, and so does an organisation with an institution's head (University, Party, Ministry,
 * …); people follow the list only where they are outnumbered (typeStrays).
 */
export function unifyListTypes(lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const spans = labelsToSpans(labels, 0, labels.length);
  for (let i = 0; i < spans.length;) {
    let j = i + 1;
    while (j < spans.length && listsApart(lower, spans[j - 1].end, spans[j].start)) j++;
    if (j - i >= MIN_LIST) {
      const list = spans.slice(i, j);
      const places = list.filter((s) => s.type === LOC).length;
      const organisations = list.filter((s) => s.type === ORG).length;
      // A tie has no majority to follow: on recent news pages, going to places there made companies places
      // ("Amazon, Chipotle, Wal-Mart and Verizon", Amazon read as the river).
      // "in" before a plain list places all of it: "established in Bristol, Chester, Exeter, Norwich and York".
      const placed = list[0].start > 0 && lower[list[0].start - 1] === IN && conjoinedOnlyAtEnd(lower, list);
      if (places && organisations && (placed || places !== organisations)) {
        const type = placed || places > organisations ? LOC : ORG;
        for (const s of list) {
          // An organisation naming an institution's head ("Johns Hopkins University", "University of Göttingen") says what it is.
          const institution = s.type === ORG && namesInstitution(lower, caseClass, s.start, s.end);
          if ((s.type === LOC || s.type === ORG) && s.type !== type && !institution) markSpan(labels, s.start, s.end, type);
        }
      }
      typeStrays(lower, caseClass, list, labels);
    }
    i = j;
  }
}

/**
 * Names of three types (people, places, organisations) in one list, where one type has three names or more
 * and outnumbers the other two together, are all of that type: "Colchester, Chester, [Cork]/PER,
 * Edinburgh, Dublin"; "[Gigabyte]/PER, [Zotac]/PER, MSI, Asus"; "Candace Owens, Ann Coulter and [Cornel
 * West]/LOC". In CoNLL train and dev, a name whose list holds three places or more, places the majority of
 * the others, is a place 53 times of 53; among organisations an organisation 28 of 28; among people a
 * person 331 of 333. An organisation naming an institution's head keeps its type among people. MISC
 * names keep theirs.
 */
function typeStrays(lower: Uint32Array, caseClass: Uint8Array, list: Array<{ start: number; end: number }>, labels: Uint8Array): void {
  const types = list.map((s) => labelType(labels[s.start]));
  for (const type of STRAY_TYPES) {
    const count = types.filter((t) => t === type).length;
    const strays = types.filter((t) => t !== type && STRAY_TYPES.includes(t)).length;
    if (count < 3 || strays >= count || strays === 0) continue;
    for (const [k, s] of list.entries()) {
      const t = types[k];
      if (t === type || !STRAY_TYPES.includes(t)) continue;
      if (t === ORG && namesInstitution(lower, caseClass, s.start, s.end)) continue;
      markSpan(labels, s.start, s.end, type);
    }
    return;
  }
}

const ALL_CATEGORIES = GAZ_CATEGORIES.map((_, category) => category);
/** Letters only, a capital first and a small letter after it: "BioNTech", not "5G", "MH-17" or "TDPs". */
const NAME_LETTERS = /^\p{Lu}\p{Ll}\p{L}+$|^\p{Lu}\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;

/**
 * A capitalised word that no list holds and that has no word class (unseen in the embeddings' vocabulary, so
 * the tagger knows nothing of it), joined by "and" or "or" to a name the tagger typed, is a name of that type:
 * "[Instacart] and DoorDash", "Pfizer and [BioNTech]". In CoNLL train and dev such a word beside a person, a
 * place or an organisation is a name of the same type 11 times of 12 (the other a name cut short in the
 * labels). Headlines in capitals are left alone.
 */
export function typeUnknownWordsBesideNames(text: string, starts: Int32Array, ends: Int32Array, ctx: DocContext, labels: Uint8Array): void {
  const { count, info, gaz, sentenceOf, capsSentence } = ctx;
  for (let k = 0; k < count; k++) {
    if (labels[k] !== 0 || !NAME_WORD_CASES.has(info.caseClass[k]) || capsSentence[k] || info.wordClass[k] !== 0) continue;
    if (!NAME_LETTERS.test(text.slice(starts[k], ends[k]))) continue;
    const joined = (c: number) => c >= 0 && c < count && labels[c] === 0 && sentenceOf[c] === sentenceOf[k] && (info.lower[c] === AND || info.lower[c] === OR);
    let type = 0;
    if (joined(k + 1) && k + 2 < count && isBegin(labels[k + 2])) type = labelType(labels[k + 2]);
    else if (joined(k - 1) && k >= 2 && labels[k - 2] !== 0) type = labelType(labels[k - 2]);
    if (!STRAY_TYPES.includes(type) || ALL_CATEGORIES.some((category) => listsAsOneWord(gaz, count, k, category))) continue;
    labels[k] = beginLabel(type);
  }
}
