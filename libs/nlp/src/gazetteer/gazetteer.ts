import * as hash from '../util/hash';

const mix = hash.mix; // a local binding is cheaper in hot loops under every loader

// Gazetteer categories (bit index in a phrase's value). Distilled at training time from
// npm data packages (see libs/nlp/training/build-gazetteer.ts) into the model file.
export const GAZ_CATEGORIES = [
  'country', 'city', 'demonym', 'person-name', 'company', 'region', 'org-word', 'title-word',
  'common-word', 'rare-word',
] as const;
export const NUM_GAZ = GAZ_CATEGORIES.length;
export const GAZ_MAX_TOKENS = 6;
/** 32-bit words of per-token gazetteer bits (8 categories x 4 positions each). */
export const GAZ_WORDS = Math.ceil(GAZ_CATEGORIES.length / 8);
const PREFIX_BIT = 0x80000000;
const PHRASE_SEED = 0x2545f491;

/** Hash of a token sequence from its tokens' lower-case hashes. */
export function phraseHash(prev: number, tokenLowerHash: number): number {
  return mix(prev === 0 ? PHRASE_SEED : prev, tokenLowerHash);
}

export class Gazetteer {
  constructor(private readonly table: Map<number, number>) {}

  static fromArrays(keys: Uint32Array, values: Uint32Array): Gazetteer {
    const m = new Map<number, number>();
    for (let k = 0; k < keys.length; k++) m.set(keys[k], values[k]);
    return new Gazetteer(m);
  }

  /** Builds the table from phrases given as lists of token lower-case hashes. */
  static build(entries: Iterable<{ tokens: number[]; category: number }>): Gazetteer {
    const m = new Map<number, number>();
    for (const { tokens, category } of entries) {
      if (tokens.length === 0 || tokens.length > GAZ_MAX_TOKENS) continue;
      let h = 0;
      for (let k = 0; k < tokens.length; k++) {
        h = phraseHash(h, tokens[k]);
        const bit = k === tokens.length - 1 ? 1 << category : PREFIX_BIT;
        m.set(h, ((m.get(h) ?? 0) | bit) >>> 0);
      }
    }
    return new Gazetteer(m);
  }

  toArrays(): { keys: Uint32Array; values: Uint32Array } {
    const keys = new Uint32Array(this.table.size);
    const values = new Uint32Array(this.table.size);
    let k = 0;
    for (const [key, v] of this.table) {
      keys[k] = key;
      values[k++] = v;
    }
    return { keys, values };
  }

  get size(): number {
    return this.table.size;
  }

  lookup(h: number): number {
    return this.table.get(h) ?? 0;
  }

  /**
   * For each token, bits ((category % 8) * 4 + position) for every gazetteer phrase covering it, in
   * out[(category >> 3) * count + token]; position 0=Begin 1=Inside 2=Last 3=Unit.
   * Matches never cross sentence boundaries.
   */
  annotate(lower: Uint32Array, count: number, sentenceOf: Int32Array): Uint32Array {
    const out = new Uint32Array(count * GAZ_WORDS);
    for (let i = 0; i < count; i++) {
      let h = 0;
      for (let j = i; j < count && j - i < GAZ_MAX_TOKENS; j++) {
        if (sentenceOf[j] !== sentenceOf[i]) break;
        h = phraseHash(h, lower[j]);
        const v = this.table.get(h);
        if (v === undefined) break;
        const cats = v & 0x7fffffff;
        if (cats !== 0) {
          for (let c = 0; c < NUM_GAZ; c++) {
            if ((cats & (1 << c)) === 0) continue;
            const base = (c >> 3) * count;
            const sh = (c & 7) * 4;
            if (j === i) out[base + i] |= 1 << (sh + 3);
            else {
              out[base + i] |= 1 << sh;
              for (let m = i + 1; m < j; m++) out[base + m] |= 1 << (sh + 1);
              out[base + j] |= 1 << (sh + 2);
            }
          }
        }
        if ((v & PREFIX_BIT) === 0) break;
      }
    }
    return out;
  }
}
