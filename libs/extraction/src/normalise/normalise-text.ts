import { decodeHTML } from 'entities';

// Spaces that should read as a plain space (NBSP, thin/figure/ideographic spaces, tabs...).
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
// Invisible characters that only break tokenisation: zero-width, soft hyphen, BOM, bidi marks.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e]/g;
// C0/C1 control characters other than newline.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** One line of text: NFC, invisible characters dropped, whitespace folded. Typographic quotes are kept. */
export function normaliseInline(text: string): string {
  let s = text;
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  s = s.replace(INVISIBLE, '').replace(CONTROL, '').replace(SPACE_LIKE, ' ');
  s = s.replace(/\s+/g, ' ').trim();
  return s.normalize('NFC');
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
  while (WORD.exec(text)) n++;
  return n;
}
