import * as cc from '../tokenizer/char-class';
import * as hash from '../util/hash';
import { WordClasses } from './word-classes';

// Math.* read once: global lookups are slow inside VM contexts (Jest) and cost nothing here.
const { imul } = Math;

// Locals instead of imported bindings: cheaper in the per-character loop under every loader.
const { charClass, isUpperCode, isLowerCode, DIGIT, LETTER } = cc;
const { FNV_OFFSET, lowerCode } = hash;

// Case classes of a token, used directly as feature values.
const CASE_LOWER = 0;
const CASE_TITLE = 1;
const CASE_UPPER = 2;
const CASE_MIXED = 3;
const CASE_DIGIT = 4;
const CASE_OTHER = 5;

/** Per-token integer descriptors, computed once per document in one pass over the characters. */
export interface TokenInfo {
  count: number;
  word: Uint32Array;
  lower: Uint32Array;
  shape: Uint32Array;
  /** prefixes 1..4 at [4*k + n-1], suffixes likewise (lower-cased). */
  prefix: Uint32Array;
  suffix: Uint32Array;
  caseClass: Uint8Array;
  length: Uint16Array;
  /** word class of the lower-cased word, (1 << depth) | path; 0 when it has none (see word-classes.ts) */
  wordClass: Uint32Array;
}

const P = 0x01000193;

export function computeTokenInfo(text: string, starts: Int32Array, ends: Int32Array, count: number, classes?: WordClasses): TokenInfo {
  const word = new Uint32Array(count);
  const lower = new Uint32Array(count);
  const shape = new Uint32Array(count);
  const prefix = new Uint32Array(count * 4);
  const suffix = new Uint32Array(count * 4);
  const caseClass = new Uint8Array(count);
  const length = new Uint16Array(count);
  for (let k = 0; k < count; k++) {
    const s = starts[k];
    const e = ends[k];
    let hw = FNV_OFFSET;
    let hl = FNV_OFFSET;
    let hs = FNV_OFFSET;
    let lastShape = -1;
    let shapeLen = 0;
    let up = 0;
    let lo = 0;
    let dg = 0;
    let firstUpper = false;
    for (let p = s; p < e; p++) {
      const c = text.charCodeAt(p);
      const lc = lowerCode(c);
      hw = imul(hw ^ c, P);
      hl = imul(hl ^ lc, P);
      const off = p - s;
      if (off < 4) prefix[4 * k + off] = hl >>> 0;
      const cls = charClass(c);
      let sc: number;
      if (cls === LETTER) {
        if (isUpperCode(c)) {
          sc = 88; // X
          up++;
          if (p === s) firstUpper = true;
        } else if (isLowerCode(c)) {
          sc = 120; // x
          lo++;
        } else sc = 108; // caseless letter (Hangul, CJK)
      } else if (cls === DIGIT) {
        sc = 100; // d
        dg++;
      } else sc = c;
      // Collapse runs of the same class so "Kye-gwan" and "Sung-hwan" share the shape "Xx-x".
      if (sc !== lastShape && shapeLen < 8) {
        hs = imul(hs ^ sc, P);
        shapeLen++;
        lastShape = sc;
      }
    }
    for (let n = e - s; n < 4; n++) prefix[4 * k + n] = 0;
    let hx = FNV_OFFSET;
    for (let n = 0; n < 4; n++) {
      const p = e - 1 - n;
      if (p < s) {
        suffix[4 * k + n] = 0;
        continue;
      }
      hx = imul(hx ^ lowerCode(text.charCodeAt(p)), P);
      suffix[4 * k + n] = hx >>> 0;
    }
    word[k] = hw >>> 0;
    lower[k] = hl >>> 0;
    shape[k] = hs >>> 0;
    length[k] = e - s < 65535 ? e - s : 65535;
    if (dg > 0) caseClass[k] = up + lo === 0 ? CASE_DIGIT : CASE_MIXED;
    else if (up + lo === 0) caseClass[k] = CASE_OTHER;
    else if (lo === 0 && up > 0) caseClass[k] = up === 1 && e - s === 1 ? CASE_TITLE : CASE_UPPER;
    else if (up === 0) caseClass[k] = CASE_LOWER;
    else if (firstUpper && up === 1) caseClass[k] = CASE_TITLE;
    else caseClass[k] = firstUpper ? CASE_MIXED : CASE_MIXED;
  }
  const wordClass = new Uint32Array(count);
  if (classes) for (let k = 0; k < count; k++) wordClass[k] = classes.lookup(lower[k]);
  return { count, word, lower, shape, prefix, suffix, caseClass, length, wordClass };
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { CASE_LOWER, CASE_TITLE, CASE_UPPER, CASE_MIXED, CASE_DIGIT, CASE_OTHER };

/** Case classes of a capitalised word: Title case or ALL CAPS (a headline's). */
export const CAPITALISED_CASES: ReadonlySet<number> = new Set([CASE_TITLE, CASE_UPPER]);

/** Case classes of a word written as a name in running text: Title case or camel case ("WhatsApp"), not ALL CAPS. */
export const NAME_WORD_CASES: ReadonlySet<number> = new Set([CASE_TITLE, CASE_MIXED]);
