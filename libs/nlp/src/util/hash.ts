// 32-bit integer hashing used by the NER features and the gazetteer tables.
// Strings are hashed straight from their UTF-16 code units so the hot loop allocates nothing.

// Math.imul read once: global lookups are slow inside VM contexts (Jest).
const { imul } = Math;

const FNV_OFFSET = 0x811c9dc5;

/** Hash of text.slice(start, end), optionally lower-cased, without allocating. */
export function hashRange(text: string, start: number, end: number, lower: boolean): number {
  let h = FNV_OFFSET;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (lower) c = lowerCode(c);
    h = imul(h ^ c, 0x01000193);
  }
  return h >>> 0;
}

export function hashString(s: string): number {
  return hashRange(s, 0, s.length, false);
}

/**
 * Lower-cases a code unit (ASCII fast path, then a table), takes the diacritics off Latin letters and
 * makes typographic quotes and hyphens plain: "Québec" hashes as "quebec", "’s" as "'s". CoNLL's
 * English text and the embeddings' vocabulary behind the word classes are ASCII, so a name written with
 * its accents (Sinn Féin, Zürich, González) or a curly possessive would otherwise share nothing the
 * model learned with its plain spelling.
 */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return c < LOWER_TABLE.length ? LOWER_TABLE[c] : c;
}

/** A string as the lower-case hashes read it (lowerCode per code unit): "Québec’s" → "quebec's". */
export function plainLowerCase(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 128) i++;
  if (i === s.length) return s.toLowerCase(); // ASCII: the engine's own is much faster
  let out = s.slice(0, i).toLowerCase();
  for (; i < s.length; i++) out += String.fromCharCode(lowerCode(s.charCodeAt(i)));
  return out;
}

// Latin letters without a canonical decomposition into an ASCII letter and marks.
const PLAIN_LATIN: Record<string, string> = { ø: 'o', ł: 'l', đ: 'd', ħ: 'h', ı: 'i', ŀ: 'l', ŧ: 't' };

// Typographic quotes and hyphens: CoNLL writes "'s", '"' and "Guinea-Bissau" where pages print "’s",
// '“' and a Unicode hyphen or en dash.
const PLAIN_PUNCTUATION: Record<number, number> = {
  0x2010: 45,
  0x2011: 45,
  0x2012: 45,
  0x2013: 45,
  0x2018: 39,
  0x2019: 39,
  0x201b: 39,
  0x201c: 34,
  0x201d: 34,
  0x201e: 34,
  0x201f: 34,
};

// Up to the general punctuation block; Greek and Cyrillic are lower-cased and keep their marks.
const LOWER_TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x2020);
  for (let c = 0; c < t.length; c++) {
    const lowered = String.fromCharCode(c).toLowerCase();
    const lower = lowered.length === 1 ? lowered : String.fromCharCode(c);
    const base = PLAIN_LATIN[lower] ?? lower.normalize('NFD')[0];
    t[c] = PLAIN_PUNCTUATION[c] ?? (base >= 'a' && base <= 'z' ? base : lower).charCodeAt(0);
  }
  return t;
})();

/** Murmur3 finaliser: spreads combined hashes over the bucket range. */
export function mix(a: number, b: number): number {
  let h = imul(a ^ imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { FNV_OFFSET };
