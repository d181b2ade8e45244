import * as hashTable from '../util/hash-table';

// Local bindings: imported names can cost a getter call per use under some loaders.
const { buildHashTable, checkHashTable, lookupHashTable } = hashTable;

/** Length of the bisecting k-means paths (build-word-classes.ts). */
export const PATH_DEPTH = 12;
/** Flat k-means clusters (build-word-kmeans.ts), k = 2^bits each. */
export const KMEANS_CLASS_BITS = [8, 6];
/** The word's type prior from its labelled neighbours (build-word-type-priors.ts: 4-bit codes). */
export const TYPE_PRIOR_BITS = 4;
/**
 * The flat classes after a word's path: when a table's paths are PATH_DEPTH + the sum of these long,
 * the bits after the path are the k-means clusters and then the type prior, in this order.
 */
export const FLAT_CLASS_BITS = [...KMEANS_CLASS_BITS, TYPE_PRIOR_BITS];
export const FLAT_DEPTH = PATH_DEPTH + FLAT_CLASS_BITS.reduce((a, b) => a + b, 0);

/**
 * The type a word's labelled neighbours in embedding space lead with, as a label type code (0 for O, see
 * labels.ts), and how strongly (0: share under 0.55, 1: under 0.8, 2: above), from its word class (the
 * prior's code is the class's last TYPE_PRIOR_BITS); null when it has none.
 */
export function typePriorOf(wordClass: number): { type: number; strength: number } | null {
  if (wordClass === 0 || 31 - Math.clz32(wordClass) !== FLAT_DEPTH) return null;
  const code = wordClass & ((1 << TYPE_PRIOR_BITS) - 1);
  return code === 0 ? null : { type: Math.floor((code - 1) / 3), strength: (code - 1) % 3 };
}

/**
 * Word classes learned from unlabelled text (libs/nlp/training/build-word-classes.ts): for a
 * lower-cased word's hash, its path in a binary clustering tree as (1 << depth) | path, so a class
 * at a coarser level is a right shift and 0 means "no class". A hash table (util/hash-table.ts)
 * stored as is in the model file.
 */
export class WordClasses {
  private readonly mask: number;
  constructor(
    readonly keys: Uint32Array,
    readonly values: Uint32Array,
    /** length of the full paths */
    readonly depth: number,
  ) {
    this.mask = keys.length - 1;
    checkHashTable(keys, values, 'word class');
  }

  /** Table for (lower-case word hash, path as a 0/1 string) pairs; every path has the same length. */
  static build(entries: Iterable<{ lowerHash: number; path: string }>): WordClasses {
    const m = new Map<number, number>();
    let depth = -1;
    for (const { lowerHash, path } of entries) {
      if (depth < 0) depth = path.length;
      if (path.length !== depth || depth > 30) throw new Error(`word class paths must all have one length <= 30 (got ${path.length})`);
      // First entry wins: the table lists words most frequent first.
      if (!m.has(lowerHash)) m.set(lowerHash, ((1 << depth) | parseInt(path || '0', 2)) >>> 0);
    }
    const { keys, values } = buildHashTable(m);
    return new WordClasses(keys, values, Math.max(depth, 0));
  }

  /** (1 << depth) | path of the word with this lower-case hash; 0 when it has no class. */
  lookup(lowerHash: number): number {
    return lookupHashTable(this.keys, this.values, this.mask, lowerHash);
  }
}
