import { ABBREVIATIONS } from './abbreviations';
import * as cc from './char-class';

// Locals instead of imported bindings: cheaper in the per-character loop under every loader.
const { DIGIT, LETTER, MARK, SPACE, charClass, isUpperCode } = cc;

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
 * splits off possessive 's and every quote/bracket/punctuation mark.
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
    // Possessive 's / ’s as its own token.
    if ((c === APOS || c === RSQUO) && i + 1 < n && (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordChar(charClass(text.charCodeAt(i + 2))))) {
      push(i, i + 2);
      i += 2;
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
    if (c === 45 /* - */ || c === 0x2010 || c === 0x2011) {
      if (nextIsWord) {
        i++;
        letters = 0;
        singleLetterSegments = false;
        continue;
      }
      return i;
    }
    if (c === APOS || c === RSQUO) {
      // O'Neill, don't: continue; but split a trailing possessive 's.
      if (nextCls === LETTER) {
        const isPossessive = (text.charCodeAt(i + 1) | 32) === 115 && (i + 2 >= n || !isWordChar(charClass(text.charCodeAt(i + 2))));
        if (isPossessive) return i;
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

function isAbbreviation(text: string, start: number, end: number): boolean {
  const len = end - start;
  if (len > 5) return false;
  if (len === 1) return isUpperCode(text.charCodeAt(start)); // middle initial: "George W. Bush"
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
