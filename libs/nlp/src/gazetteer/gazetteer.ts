import * as hash from '../util/hash';
import * as hashTable from '../util/hash-table';

// Local bindings: imported names can cost a getter call per use under some loaders.
const { buildHashTable, checkHashTable, lookupHashTable } = hashTable;

const mix = hash.mix; // a local binding is cheaper in hot loops under every loader

// Gazetteer categories (bit index in a phrase's value). Distilled at training time from
// npm data packages (see libs/nlp/training/build-gazetteer.ts) into the model file.
const GAZ_CATEGORIES = [
  'country',
  'city',
  'demonym',
  'person-name',
  'company',
  'region',
  'org-word',
  'title-word',
  'common-word',
  'rare-word',
  // Entity memory: names labelled in the training data, by type (jackknifed during training).
  'mem-per',
  'mem-org',
  'mem-loc',
  'mem-misc',
  // Typed name lists: WordNet instances by lexicographer file, ISO 3166 subdivisions and former countries.
  'known-person',
  'known-place',
  'known-org',
  'known-misc',
  // From compromise's lexicon (first names) and @cspell/dict-people-names (any part of a person's name).
  'first-name',
  'name-part',
  // Entity memory of names labelled in one training document only (setting memoryOnce): weaker evidence,
  // so they get weights of their own ("Amazon", a river in one 1996 story, is a company in most news since).
  'mem-per-once',
  'mem-org-once',
  'mem-loc-once',
  'mem-misc-once',
] as const;
const NUM_GAZ = GAZ_CATEGORIES.length;
const GAZ_MAX_TOKENS = 6;
/** 32-bit words of per-token gazetteer bits (8 categories x 4 positions each). */
const GAZ_WORDS = Math.ceil(GAZ_CATEGORIES.length / 8);
const PREFIX_BIT = 0x80000000;
const PHRASE_SEED = 0x2545f491;

/** Hash of a token sequence from its tokens' lower-case hashes. */
export function phraseHash(prev: number, tokenLowerHash: number): number {
  return mix(prev === 0 ? PHRASE_SEED : prev, tokenLowerHash);
}

/** Phrase table: phrase hash -> category bits, in a hash table (see util/hash-table.ts). */
export class Gazetteer {
  private readonly mask: number;
  constructor(
    private readonly keys: Uint32Array,
    private readonly values: Uint32Array,
  ) {
    this.mask = keys.length - 1;
    checkHashTable(keys, values, 'gazetteer');
  }

  static fromArrays(keys: Uint32Array, values: Uint32Array): Gazetteer {
    return new Gazetteer(keys, values);
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
    const { keys, values } = buildHashTable(m);
    return new Gazetteer(keys, values);
  }

  toArrays(): { keys: Uint32Array; values: Uint32Array } {
    return { keys: this.keys, values: this.values };
  }

  get size(): number {
    let n = 0;
    for (let s = 0; s < this.keys.length; s++) if (this.keys[s] !== 0) n++;
    return n;
  }

  /** Category bits of a phrase hash (PREFIX_BIT when longer phrases continue it); 0 when absent. */
  lookup(h: number): number {
    return lookupHashTable(this.keys, this.values, this.mask, h);
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
        const v = this.lookup(h);
        if (v === 0) break;
        const cats = v & 0x7fffffff;
        if (cats !== 0) {
          for (let c = 0; c < NUM_GAZ; c++) {
            if ((cats & (1 << c)) === 0) continue;
            const sh = (c & 7) * 4;
            if (j === i) out[gazWordIndex(c, count, i)] |= 1 << (sh + 3);
            else {
              out[gazWordIndex(c, count, i)] |= 1 << sh;
              for (let m = i + 1; m < j; m++) out[gazWordIndex(c, count, m)] |= 1 << (sh + 1);
              out[gazWordIndex(c, count, j)] |= 1 << (sh + 2);
            }
          }
        }
        if ((v & PREFIX_BIT) === 0) break;
      }
    }
    return out;
  }
}

/** Index in annotate()'s output of the word holding `category`'s bits for `token`. */
export function gazWordIndex(category: number, count: number, token: number): number {
  return (category >> 3) * count + token;
}

/** The 4 position bits (Begin, Inside, Last, Unit) of `category` in its annotate() word (see gazWordIndex). */
export function gazPositions(word: number, category: number): number {
  return (word >>> ((category & 7) * 4)) & 15;
}

/** gazPositions' bits: the token begins, ends, or is on its own a phrase of the category. */
const BEGIN_POSITION = 1;
const LAST_POSITION = 4;
const UNIT_POSITION = 8;

/** Whether annotate()'s output `gaz` lists token `token` alone, as a one-word phrase of `category`. */
export function listsAsOneWord(gaz: Uint32Array, count: number, token: number, category: number): boolean {
  return (gazPositions(gaz[gazWordIndex(category, count, token)], category) & UNIT_POSITION) !== 0;
}

const DICTIONARY_LISTS = [GAZ_CATEGORIES.indexOf('common-word'), GAZ_CATEGORIES.indexOf('rare-word')];

/** Whether annotate()'s output `gaz` lists token `token` as an English dictionary word ("Today", "May"). */
export function listsAsDictionaryWord(gaz: Uint32Array, count: number, token: number): boolean {
  return DICTIONARY_LISTS.some((list) => listsAsOneWord(gaz, count, token, list));
}

/** Whether annotate()'s output `gaz` lists tokens [start, end) as one phrase of `category` ("la coruna"). */
export function listsAsPhrase(gaz: Uint32Array, count: number, start: number, end: number, category: number): boolean {
  if (end - start === 1) return listsAsOneWord(gaz, count, start, category);
  const positions = (k: number) => gazPositions(gaz[gazWordIndex(category, count, k)], category);
  return (positions(start) & BEGIN_POSITION) !== 0 && (positions(end - 1) & LAST_POSITION) !== 0;
}

// Exported as a list so same-module uses stay plain locals (CommonJS output would otherwise read
// `exports.X` in hot loops, which is slow under Jest's module wrapper).
export { GAZ_CATEGORIES, NUM_GAZ, GAZ_MAX_TOKENS, GAZ_WORDS };
