import { beginLabel, isBegin, labelType } from './labels';

/**
 * Reuters' instrument codes, each one written word: a share's code and exchange ("AAPL.O", "7203.T",
 * "VOWG_p.DE", "SIEGn.DE"), an index's (".SPX", ".N225", ".MIAPJ0000PUS"), a rate's or commodity's
 * ("EUR=", "US10YT=RR", "LCOc1"). The share code's capitals come before a dot followed by the one- or
 * two-letter exchange and the word's end (so "U.S." and "J.P." are not codes: one letter, and a full stop
 * after); the index code starts a word with its dot.
 */
const INSTRUMENT_CODE =
  /(?<![\p{L}\p{N}_.])(?:[A-Z0-9]{2,}(?:_?[a-z]{1,2})?\.[A-Z]{1,2}|\.[a-z]?[A-Z0-9]{2,}[A-Za-z0-9]*|[A-Z0-9]*[A-Z][A-Z0-9]*=[A-Z0-9]*|=[A-Z0-9]{2,}|[A-Z]{2,}[a-z]\d)(?![\p{L}\p{N}_=]|\.[\p{L}\p{N}])/gu;

/**
 * No name inside an instrument code, in place: CoNLL leaves such codes out of names ("RABOBANK ( RABN.CN )",
 * its one such word, is O). The tokenizer cuts "TSLA.O" into three tokens and the tagger read "TSLA" as a
 * company and "Volkswagen VOWG_p.DE" as a name running into the code: a span a scorer on whole words cannot
 * credit. The name before a code keeps its own words.
 */
export function dropInstrumentCodes(text: string, starts: Int32Array, ends: Int32Array, labels: Uint8Array): void {
  if (!text.includes('.') && !text.includes('=')) return;
  const n = labels.length;
  let k = 0;
  for (const match of text.matchAll(INSTRUMENT_CODE)) {
    const from = match.index;
    const to = from + match[0].length;
    while (k < n && ends[k] <= from) k++;
    let last = k;
    for (; last < n && starts[last] < to; last++) labels[last] = 0;
    // A name that went on after the code starts again after it.
    if (last < n && labels[last] !== 0 && !isBegin(labels[last])) labels[last] = beginLabel(labelType(labels[last]));
    k = last;
  }
}
