import { beginLabel, isBegin, labelType, markSpan, spanStart, typeCode } from './labels';
import { CASE_DIGIT, CASE_TITLE, CASE_UPPER } from './token-info';

const ORG = typeCode('ORG');
const MISC = typeCode('MISC');

/**
 * Reuters' instrument codes, each one written word: a share's code and exchange ("AAPL.O", "7203.T",
 * "VOWG_p.DE", "SIEGn.DE"), an index's (".SPX", ".N225", ".MIAPJ0000PUS"), a rate's ("EUR=", "=USD",
 * "US10YT=RR"). The share code's capitals come before a dot followed by the one- or two-letter exchange
 * (so "U.S." and "J.P." are not codes: one letter before the dot); the index code starts the word with its
 * dot and holds a capital (".500", a batting average, is no code).
 */
const INSTRUMENT_CODE =
  /^(?:(?<share>[A-Z0-9]{2,}(?:_?[a-z]{1,2})?\.[A-Z]{1,2})|(?<index>\.[a-z]?(?=[0-9]*[A-Z])[A-Z0-9]{2,}[A-Za-z0-9]*)|[A-Z0-9]*[A-Z][A-Z0-9]*=[A-Z0-9]*|=[A-Z0-9]{2,})$/;

const DOT = 46;
const EQUALS = 61;

/** Whether a character can be part of a written word holding a code: a letter, digit, "_", "." or "=". */
function inCodeWord(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === DOT || c === EQUALS;
  return /[\p{L}\p{N}]/u.test(String.fromCharCode(c));
}

/**
 * No name inside an instrument code, in place: CoNLL leaves such codes out of names ("RABOBANK ( RABN.CN )",
 * its one such word, is O). The tokenizer cuts "TSLA.O" into three tokens and the tagger read "TSLA" as a
 * company and "Volkswagen VOWG_p.DE" as a name running into the code: a span a scorer on whole words cannot
 * credit. The name before a code keeps its own words, and the code says what it names: a company before a
 * share's code ("Lanco Infratech (LAIN.NS)", read as a person), a market index, a MISC name, before an
 * index's ("the S&P 500 .SPX", with the number and title-case words between them: "Nasdaq Composite .IXIC").
 * Runs after the other label rules, which would otherwise read a code's capitals as a name again ("Oil and
 * Natural Gas Corp (ONGC.NS)" as a defined acronym). Only the written words around a dot or "=" are read,
 * since a pattern run over the whole text cost about 4 % of a small article's tagging (0.17 ms, now 0.02).
 */
export function dropInstrumentCodes(text: string, starts: Int32Array, ends: Int32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  const n = labels.length;
  let k = 0;
  let dot = text.indexOf('.');
  let equals = text.indexOf('=');
  while (dot >= 0 || equals >= 0) {
    const at = equals < 0 || (dot >= 0 && dot < equals) ? dot : equals;
    let from = at;
    while (from > 0 && inCodeWord(text.charCodeAt(from - 1))) from--;
    let to = at + 1;
    while (to < text.length && inCodeWord(text.charCodeAt(to))) to++;
    if (dot >= 0) dot = text.indexOf('.', to);
    if (equals >= 0) equals = text.indexOf('=', to);
    if (text.charCodeAt(to - 1) === DOT && to - 1 > at) to--; // a full stop after the code ends the sentence
    const match = INSTRUMENT_CODE.exec(text.slice(from, to));
    if (!match) continue;
    while (k < n && ends[k] <= from) k++;
    const first = k;
    for (; k < n && starts[k] < to; k++) labels[k] = 0;
    // A name that went on after the code starts again after it.
    if (k < n && labels[k] !== 0 && !isBegin(labels[k])) labels[k] = beginLabel(labelType(labels[k]));
    if (match.groups?.share) typeNameBefore(first - (first > 0 && text[starts[first - 1]] === '(' ? 1 : 0), ORG, caseClass, labels, false);
    else if (match.groups?.index) typeNameBefore(first, MISC, caseClass, labels, true);
  }
}

/** The name ending right before token `at` (with an index's number and title-case words between, taken in) takes `type`. */
function typeNameBefore(at: number, type: number, caseClass: Uint8Array, labels: Uint8Array, indexWords: boolean): void {
  let end = at;
  if (indexWords) while (end > 0 && labels[end - 1] === 0 && isIndexWord(caseClass[end - 1])) end--;
  if (end === 0 || labels[end - 1] === 0) return;
  markSpan(labels, spanStart(labels, end - 1), at, type);
}

function isIndexWord(caseClass: number): boolean {
  return caseClass === CASE_DIGIT || caseClass === CASE_TITLE || caseClass === CASE_UPPER;
}
