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

const WORD_CHARACTER = /[\p{L}\p{N}]/u;
// Whether each BMP character is a letter or a digit, learned on first sight (0 unknown, 1 yes, 2 no).
const BMP_WORD_CHARACTER = new Uint8Array(0x10000);

/** Whether a code point is a letter or a digit (\p{L}, \p{N}) of any script. */
export function isLetterOrDigit(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  if (c > 0xffff) return WORD_CHARACTER.test(String.fromCodePoint(c));
  let known = BMP_WORD_CHARACTER[c];
  if (known === 0) BMP_WORD_CHARACTER[c] = known = WORD_CHARACTER.test(String.fromCharCode(c)) ? 1 : 2;
  return known === 1;
}

const isWordCharacter = (c: number) => c === 0x5f || isLetterOrDigit(c);

/**
 * The matches of /[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*\/gu in the text: runs of letters, digits and
 * underscores, an apostrophe or hyphen between two of them joining them into one word ("isn’t",
 * "well-known"). A loop over the characters, three times as fast as stepping the regular expression
 * through a page (parse counts every body's words).
 */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length;) {
    const c = text.codePointAt(i) as number;
    if (isWordCharacter(c)) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(inWord && (c === 0x27 || c === 0x2019 || c === 0x2d) && i + 1 < text.length && isWordCharacter(text.codePointAt(i + 1) as number))) {
      inWord = false;
    }
    i += c > 0xffff ? 2 : 1;
  }
  return n;
}
