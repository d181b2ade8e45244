/**
 * Open addressing over typed arrays for 32-bit hash keys (key 0 = empty, so a hash of 0 is stored
 * as 1): stored as is in the model file, so loading costs nothing and lookups allocate nothing.
 */
export interface HashTable {
  keys: Uint32Array;
  values: Uint32Array;
}

/** The table for a map of hash -> value, at most ~60% full; same map (same order) gives the same bytes. */
export function buildHashTable(m: Map<number, number>): HashTable {
  let size = 1024;
  while (size < m.size * 1.6) size *= 2;
  const keys = new Uint32Array(size);
  const values = new Uint32Array(size);
  const mask = size - 1;
  for (const [h, v] of m) {
    const k = h || 1;
    let s = k & mask;
    while (keys[s] !== 0) s = (s + 1) & mask;
    keys[s] = k;
    values[s] = v;
  }
  return { keys, values };
}

/** The value stored for hash h; 0 when absent. `mask` is keys.length - 1. */
export function lookupHashTable(keys: Uint32Array, values: Uint32Array, mask: number, h: number): number {
  const k = h || 1;
  let s = k & mask;
  for (;;) {
    const kk = keys[s];
    if (kk === k) return values[s];
    if (kk === 0) return 0;
    s = (s + 1) & mask;
  }
}

/** Throws unless keys and values form a table (power-of-two length, same lengths). */
export function checkHashTable(keys: Uint32Array, values: Uint32Array, what: string): void {
  if ((keys.length & (keys.length - 1)) !== 0 || keys.length !== values.length) throw new Error(`${what} table must be a power of two`);
}
