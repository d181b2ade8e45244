import * as cc from './char-class';
import { opensSentenceAt } from './abbreviations';
import { TokenSpans, tokenizeSpans } from './tokenize';

const isLowerCode = cc.isLowerCode;

export interface Sentence {
  start: number;
  end: number;
  /** Token index range [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026; // . ! ? …
}

function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c === 0xbb;
}

/**
 * Sentence boundaries over tokens: a line break always ends a sentence (headlines, paragraphs,
 * one sentence a line); so does . ! ? (plus closing quotes) unless the next word starts in lower case.
 * Abbreviation tokens keep their period inside the token, so "Gen. Kim" and "the U.S. side" stay whole;
 * one ends its sentence only before a sentence opener ("in the U.S. The talks").
 */
export function sentenceSpans(text: string, spans: TokenSpans): Sentence[] {
  const out: Sentence[] = [];
  const { count, starts, ends } = spans;
  let first = 0;
  for (let k = 0; k < count; k++) {
    let brk = false;
    if (k + 1 < count) {
      // A newline in the gap to the next token.
      for (let p = ends[k]; p < starts[k + 1]; p++) {
        if (text.charCodeAt(p) === 10) {
          brk = true;
          break;
        }
      }
      if (!brk && ends[k] - starts[k] === 1 && isTerminator(text.charCodeAt(starts[k]))) {
        // Absorb closing quotes/brackets right after the terminator.
        while (k + 1 < count && ends[k + 1] - starts[k + 1] === 1 && isCloser(text.charCodeAt(starts[k + 1])) && !hasNewline(text, ends[k], starts[k + 1])) k++;
        if (k + 1 < count && !isLowerCode(text.charCodeAt(starts[k + 1]))) brk = true;
      } else if (!brk && ends[k] - starts[k] > 1 && text.charCodeAt(ends[k] - 1) === 46 && opensSentenceAt(text, ends[k])) {
        // An abbreviation's period ends its sentence too when a sentence opener follows ("in the U.S. The").
        brk = true;
      }
    } else brk = true;
    if (brk) {
      out.push({ start: starts[first], end: ends[k], tokenStart: first, tokenEnd: k + 1 });
      first = k + 1;
    }
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let p = from; p < to; p++) if (text.charCodeAt(p) === 10) return true;
  return false;
}

export function splitSentences(text: string): Array<{ text: string; start: number; end: number }> {
  return sentenceSpans(text, tokenizeSpans(text)).map((s) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end }));
}
