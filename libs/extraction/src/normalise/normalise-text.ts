import { decodeHTML } from 'entities';

// Invisible characters that only break tokenisation: zero-width, soft hyphen, BOM, bidi marks.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e]/g;
// C0/C1 control characters other than newline.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

// A run of whitespace that is not already a single space: replacing only these with ' ' gives what
// replace(/\s+/g, ' ') gives, without rewriting every single space (a third of the time on page text).
const SPACE_RUN = /\s\s+|[^\S ]/g;

/** Each run of whitespace as one space (the same result as replace(/\s+/g, ' ')). */
export function foldSpaces(s: string): string {
  return s.replace(SPACE_RUN, ' ');
}

// Both sets above at once: what normaliseInline drops.
const DROPPED = new RegExp(`${INVISIBLE.source}|${CONTROL.source}`, 'g');

/**
 * One line of text: NFC, invisible characters dropped, whitespace folded (NBSP, thin, figure and
 * ideographic spaces, tabs and line breaks read as a plain space). Typographic quotes are kept.
 */
export function normaliseInline(text: string): string {
  // Two passes over the text: all those spaces and line breaks are whitespace (\s) that folding makes one space.
  return foldSpaces(text.replace(DROPPED, '')).trim().normalize('NFC');
}

/** Text that may still carry HTML entities (text dumps, submitted fields). */
export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text;
}

/** Drops any tags a submitted field carries; keeps their text. */
export function stripTags(text: string): string {
  if (!text.includes('<')) return text;
  return text
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|blockquote|tr|section|article)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]{0,2000}>/g, '');
}

const WORD = /[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  // test() steps through the same matches as exec() without building a match array for each word.
  while (WORD.test(text)) n++;
  return n;
}
