// Character classes for the scanner: a lazily built table over the BMP so that
// non-ASCII scripts (Hangul, Cyrillic, accented Latin) are words, in O(1) per code unit.

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const SPACE = 3;
const MARK = 4; // combining marks continue a word

let table: Uint8Array | undefined;

function build(): Uint8Array {
  const t = new Uint8Array(65536);
  const letter = /\p{L}/u;
  const digit = /\p{Nd}/u;
  const mark = /\p{M}/u;
  const space = /\s/u;
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue; // surrogates: handled by the scanner
    const s = String.fromCharCode(c);
    if (letter.test(s)) t[c] = LETTER;
    else if (digit.test(s)) t[c] = DIGIT;
    else if (mark.test(s)) t[c] = MARK;
    else if (space.test(s)) t[c] = SPACE;
  }
  t[0x200b] = SPACE; // zero-width space splits words in scraped text
  return t;
}

export function charClass(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return LETTER;
    if (c >= 48 && c <= 57) return DIGIT;
    if (c === 32 || (c >= 9 && c <= 13)) return SPACE;
    return OTHER;
  }
  return (table ??= build())[c];
}

export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const s = String.fromCharCode(c);
  return s !== s.toLowerCase();
}

export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const s = String.fromCharCode(c);
  return s !== s.toUpperCase();
}

/** The hyphens the tokenizer keeps inside a word ("Kye-gwan"): '-', U+2010 and the non-breaking U+2011. */
export function isWordHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** The same hyphens as a regular-expression character class, for patterns over a word's text. */
export const WORD_HYPHEN_CLASS = '[-\\u2010\\u2011]';

/** Whether text[from..to) holds a hyphen the tokenizer keeps inside a word. */
export function hasWordHyphen(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWordHyphen(text.charCodeAt(i))) return true;
  return false;
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { OTHER, LETTER, DIGIT, SPACE, MARK };
