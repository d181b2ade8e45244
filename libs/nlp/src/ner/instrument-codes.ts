import { beginLabel, isBegin, labelType, markSpan, spanStart, typeCode } from './labels';
import { CASE_DIGIT, CASE_TITLE, CASE_UPPER } from './token-info';

const ORG = typeCode('ORG');
const MISC = typeCode('MISC');

/**
 * Reuters' instrument codes, each one written word: a share's code and exchange ("AAPL.O", "7203.T",
 * "VOWG_p.DE", "SIEGn.DE"), an index's (".SPX", ".N225", ".MIAPJ0000PUS"), a rate's or commodity's
 * ("EUR=", "US10YT=RR", "LCOc1"). The share code's capitals come before a dot followed by the one- or
 * two-letter exchange and the word's end (so "U.S." and "J.P." are not codes: one letter, and a full stop
 * after); the index code starts a word with its dot and holds a capital (".500", a batting average, is no code).
 */
const INSTRUMENT_CODE =
  /(?<![\p{L}\p{N}_.])(?:(?<share>[A-Z0-9]{2,}(?:_?[a-z]{1,2})?\.[A-Z]{1,2})|(?<index>\.[a-z]?(?=[0-9]*[A-Z])[A-Z0-9]{2,}[A-Za-z0-9]*)|[A-Z0-9]*[A-Z][A-Z0-9]*=[A-Z0-9]*|=[A-Z0-9]{2,}|[A-Z]{2,}[a-z]\d)(?![\p{L}\p{N}_=]|\.[\p{L}\p{N}])/gu;

/**
 * No name inside an instrument code, in place: CoNLL leaves such codes out of names ("RABOBANK ( RABN.CN )",
 * its one such word, is O). The tokenizer cuts "TSLA.O" into three tokens and the tagger read "TSLA" as a
 * company and "Volkswagen VOWG_p.DE" as a name running into the code: a span a scorer on whole words cannot
 * credit. The name before a code keeps its own words, and the code says what it names: a company before a
 * share's code ("Lanco Infratech (LAIN.NS)", read as a person), a market index, a MISC name, before an
 * index's ("the S&P 500 .SPX", with the number and title-case words between them: "Nasdaq Composite .IXIC").
 * Runs after the other label rules, which would otherwise read a code's capitals as a name again ("Oil and
 * Natural Gas Corp (ONGC.NS)" as a defined acronym).
 */
export function dropInstrumentCodes(text: string, starts: Int32Array, ends: Int32Array, caseClass: Uint8Array, labels: Uint8Array): void {
  if (!text.includes('.') && !text.includes('=')) return;
  const n = labels.length;
  let k = 0;
  for (const match of text.matchAll(INSTRUMENT_CODE)) {
    const from = match.index;
    const to = from + match[0].length;
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
