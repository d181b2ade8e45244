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

/** Lower-cases a code unit: ASCII fast path, Latin-1/Latin Extended/Greek/Cyrillic via a table. */
export function lowerCode(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  return c < LOWER_TABLE.length ? LOWER_TABLE[c] : c;
}

const LOWER_TABLE: Uint16Array = (() => {
  const t = new Uint16Array(0x0530);
  for (let c = 0; c < t.length; c++) {
    const s = String.fromCharCode(c).toLowerCase();
    t[c] = s.length === 1 ? s.charCodeAt(0) : c;
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
