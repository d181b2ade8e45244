import { ABBREVIATIONS, opensSentenceAt } from './abbreviations';
import * as cc from './char-class';

// Locals instead of imported bindings: cheaper in the per-character loop under every loader.
const { DIGIT, LETTER, MARK, SPACE, charClass, isUpperCode, isWordHyphen } = cc;

/** Token spans over the source text (UTF-16 offsets, end exclusive), in parallel typed arrays. */
export interface TokenSpans {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
}

export interface Token {
  text: string;
  start: number;
  end: number;
}

const APOS = 39;
const RSQUO = 0x2019;

function isWordChar(cls: number): boolean {
  return cls === LETTER || cls === DIGIT || cls === MARK;
}

/**
 * Splits news text into word/number/punctuation tokens in one linear pass.
 * Keeps together: hyphenated words (Kye-gwan, 1996-08-22), dotted initialisms (U.S., N.K.),
 * known abbreviations (Gen., Jan.), numbers with separators (1,000.5, 10:30), O'Neill;
 * splits off possessive 's, the clitics 'm 're 've 'll 'd and n't (as CoNLL's tokens do), and every
 * quote/bracket/punctuation mark.
 */
export function tokenizeSpans(text: string): TokenSpans {
  const n = text.length;
  let cap = Math.max(16, n >> 2);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let count = 0;
  const push = (s: number, e: number): void => {
    if (count === cap) {
      cap *= 2;
      const ns = new Int32Array(cap);
      ns.set(starts);
      starts = ns;
      const ne = new Int32Array(cap);
      ne.set(ends);
      ends = ne;
    }
    starts[count] = s;
    ends[count] = e;
    count++;
  };

  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = charClass(c);
    if (cls === SPACE) {
      i++;
      continue;
    }
    if (cls === LETTER || cls === DIGIT) {
      const end = scanWord(text, i, n);
      push(i, end);
      i = end;
      continue;
    }
    // Possessive 's and the clitics 'm, 're, 've, 'll, 'd as their own token.
    const clitic = c === APOS || c === RSQUO ? cliticLength(text, i, n) : 0;
    if (clitic) {
      push(i, i + clitic);
      i += clitic;
      continue;
    }
    // Keep surrogate pairs whole so every token slice is well-formed.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        push(i, i + 2);
        i += 2;
        continue;
      }
    }
    push(i, i + 1);
    i++;
  }
  return { count, starts, ends };
}

function scanWord(text: string, start: number, n: number): number {
  let i = start;
  let letters = 0; // letters in the current dot-separated segment
  let singleLetterSegments = true; // U.S / N.K shape so far
  let hasDot = false;
  for (;;) {
    while (i < n) {
      const cls = charClass(text.charCodeAt(i));
      if (!isWordChar(cls)) break;
      if (cls === LETTER) letters++;
      else singleLetterSegments = false;
      i++;
    }
    if (letters !== 1) singleLetterSegments = false;
    if (i >= n) return i;
    const c = text.charCodeAt(i);
    const nextCls = i + 1 < n ? charClass(text.charCodeAt(i + 1)) : SPACE;
    const prevCls = charClass(text.charCodeAt(i - 1));
    const nextIsWord = nextCls === LETTER || nextCls === DIGIT;
    if (isWordHyphen(c)) {
      if (nextIsWord) {
        i++;
        letters = 0;
        singleLetterSegments = false;
        continue;
      }
      return i;
    }
    if (c === APOS || c === RSQUO) {
      // O'Neill: continue; but split off a trailing possessive 's or clitic ('m, 're, 've, 'll, 'd) and
      // "n't" ("do n't", "ca n't"), as the Penn Treebank and CoNLL's tokens do.
      if (nextCls === LETTER) {
        if (cliticLength(text, i, n)) return i;
        if (i - 1 > start && (text.charCodeAt(i - 1) | 32) === 110 && (text.charCodeAt(i + 1) | 32) === 116 && endsWord(text, i + 2, n)) return i - 1;
        i++;
        letters = 0;
        singleLetterSegments = false;
        continue;
      }
      return i;
    }
    if (c === 46 /* . */) {
      if (nextIsWord && letters <= 1) {
        // U.S / S.AFRICA / 3.5 / e.g
        hasDot = true;
        i++;
        letters = 0;
        continue;
      }
      if (nextCls === DIGIT && prevCls === DIGIT) {
        i++;
        letters = 0;
        continue;
      }
      if (singleLetterSegments && hasDot) return i + 1; // U.S. N.K. a.m.
      if (!hasDot && isAbbreviation(text, start, i)) return i + 1;
      return i;
    }
    if ((c === 44 /* , */ || c === 58 /* : */ || c === 47) /* / */ && prevCls === DIGIT && nextCls === DIGIT) {
      i++;
      letters = 0;
      singleLetterSegments = false;
      continue;
    }
    if (c === 38 /* & */ && isUpperCode(text.charCodeAt(i - 1)) && i + 1 < n && isUpperCode(text.charCodeAt(i + 1))) {
      i++; // AT&T, S&P
      letters = 0;
      singleLetterSegments = false;
      continue;
    }
    return i;
  }
}

/** Whether position `at` ends a word: the text's end or a character that is no part of a word. */
function endsWord(text: string, at: number, n: number): boolean {
  return at >= n || !isWordChar(charClass(text.charCodeAt(at)));
}

/** The length of the clitic the apostrophe at `i` opens ('s, 'm, 're, 've, 'll, 'd, ending the word), else 0. */
function cliticLength(text: string, i: number, n: number): number {
  const a = i + 1 < n ? text.charCodeAt(i + 1) | 32 : 0;
  if ((a === 115 /* s */ || a === 109 /* m */ || a === 100) /* d */ && endsWord(text, i + 2, n)) return 2;
  const b = i + 2 < n ? text.charCodeAt(i + 2) | 32 : 0;
  const pair = (a === 114 && b === 101) /* re */ || (a === 118 && b === 101) /* ve */ || (a === 108 && b === 108); /* ll */
  return pair && endsWord(text, i + 3, n) ? 3 : 0;
}

/** Whether the word [start, end) keeps the period at `end`: an abbreviation, or an initial that ends no sentence. */
function isAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > 5) return false;
  // A middle initial ("George W. Bush"), not a letter ending its sentence ("Plan B. It failed").
  if (len === 1) return isUpperCode(text.charCodeAt(start)) && !opensSentenceAt(text, end + 1);
  return ABBREVIATIONS.has(text.slice(start, end).toLowerCase());
}

export function tokenize(text: string): Token[] {
  const spans = tokenizeSpans(text);
  const out: Token[] = new Array(spans.count);
  for (let k = 0; k < spans.count; k++) {
    out[k] = { text: text.slice(spans.starts[k], spans.ends[k]), start: spans.starts[k], end: spans.ends[k] };
  }
  return out;
}
