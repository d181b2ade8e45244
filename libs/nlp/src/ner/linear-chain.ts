import { NUM_LABELS, allowedTransition } from './labels';

const C = NUM_LABELS;
const NEG = -1e30;

/** What the tagger needs from a trained pass: per-token label scores and label transitions. */
export interface ChainScorer {
  readonly trans: Float32Array;
  /** Adds the weights of feats[from..to) into scores[base .. base+C). */
  score(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number): void;
  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void;
}

/**
 * Hashed linear weights (bucket x label) plus label transitions; row C of `trans` is the start state.
 * The dense form used in training; shipped models are converted to CompactChain.
 */
export class LinearChain implements ChainScorer {
  readonly mask: number;
  constructor(
    readonly bits: number,
    readonly weights: Float32Array,
    readonly trans: Float32Array,
  ) {
    this.mask = (1 << bits) - 1;
  }

  static empty(bits: number): LinearChain {
    return new LinearChain(bits, new Float32Array((1 << bits) * C), new Float32Array((C + 1) * C));
  }

  /** Adds the token's feature weights into scores[base .. base+C). */
  score(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number): void {
    const w = this.weights;
    const mask = this.mask;
    for (let c = 0; c < C; c++) scores[base + c] = 0;
    for (let f = from; f < to; f++) {
      const o = (feats[f] & mask) * C;
      for (let c = 0; c < C; c++) scores[base + c] += w[o + c];
    }
  }

  /**
   * Viterbi over each sentence [from, to) with BIO constraints; writes labels into out.
   * back is scratch of at least (to-from)*C.
   */
  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
    viterbi(this.trans, scores, from, to, out, back, delta);
  }
}

/**
 * The shipped form: only features seen in training whose weights are non-zero, in an open-addressing
 * table of (feature hash, row) pairs that stays cache-resident (a few MB instead of tens).
 */
export class CompactChain implements ChainScorer {
  private readonly smask: number;
  constructor(
    /** interleaved [key, row] pairs; key 0 = empty slot */
    readonly table: Uint32Array,
    /** rows x C weights, 16-bit: half the memory traffic of floats; scores are in units of `scale` */
    readonly rows: Int16Array,
    /** transitions in the same units as the rows */
    readonly trans: Float32Array,
    readonly scale: number,
  ) {
    this.smask = (table.length >>> 1) - 1;
  }

  /** Keeps, for every distinct training feature hash whose bucket has weights, that bucket's row. */
  static fromDense(dense: LinearChain, featureHashes: Iterable<number>): CompactChain {
    const rowOfBucket = new Map<number, number>();
    const keys: number[] = [];
    const rowsOfKeys: number[] = [];
    const w = dense.weights;
    for (const h of featureHashes) {
      const b = h & dense.mask;
      let row = rowOfBucket.get(b);
      if (row === undefined) {
        let nz = false;
        for (let c = 0; c < C; c++) if (w[b * C + c] !== 0) nz = true;
        if (!nz) continue;
        rowOfBucket.set(b, (row = rowOfBucket.size));
      }
      keys.push(keyOf(h));
      rowsOfKeys.push(row);
    }
    let slots = 1024;
    while (slots < keys.length * 1.5) slots *= 2; // load factor <= 2/3 keeps probes short and the table small
    const table = new Uint32Array(slots * 2);
    const smask = slots - 1;
    keys.forEach((k, j) => {
      let s = k & smask;
      while (table[2 * s] !== 0) s = (s + 1) & smask;
      table[2 * s] = k;
      table[2 * s + 1] = rowsOfKeys[j];
    });
    let max = 0;
    for (const b of rowOfBucket.keys()) for (let c = 0; c < C; c++) max = Math.max(max, Math.abs(w[b * C + c]));
    const scale = max > 0 ? max / 32767 : 1;
    const rows = new Int16Array(rowOfBucket.size * C);
    for (const [b, r] of rowOfBucket) for (let c = 0; c < C; c++) rows[r * C + c] = Math.round(w[b * C + c] / scale);
    const trans = dense.trans.map((x) => x / scale);
    return new CompactChain(table, rows, trans, scale);
  }

  score(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number): void {
    const t = this.table;
    const w = this.rows;
    const smask = this.smask;
    for (let c = 0; c < C; c++) scores[base + c] = 0;
    for (let f = from; f < to; f++) {
      const k = keyOf(feats[f]);
      let s = k & smask;
      for (;;) {
        const kk = t[2 * s];
        if (kk === k) {
          const o = t[2 * s + 1] * C;
          for (let c = 0; c < C; c++) scores[base + c] += w[o + c];
          break;
        }
        if (kk === 0) break;
        s = (s + 1) & smask;
      }
    }
  }

  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
    viterbi(this.trans, scores, from, to, out, back, delta);
  }
}

const keyOf = (h: number): number => (h === 0 ? 1 : h >>> 0);

const cur = new Float32Array(C);

/** Viterbi over one sentence [from, to) with BIO constraints; back is scratch of at least (to-from)*C. */
function viterbi(t: Float32Array, scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
  for (let c = 0; c < C; c++) delta[c] = ALLOWED[C * C + c] ? scores[from * C + c] + t[C * C + c] : NEG;
  for (let k = from + 1; k < to; k++) {
    const row = (k - from) * C;
    for (let c = 0; c < C; c++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < C; p++) {
        const v = delta[p] + t[p * C + c] + PENALTY[p * C + c];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      cur[c] = best + scores[k * C + c];
      back[row + c] = arg;
    }
    delta.set(cur);
  }
  let best = 0;
  for (let c = 1; c < C; c++) if (delta[c] > delta[best]) best = c;
  for (let k = to - 1; k >= from; k--) {
    out[k] = best;
    if (k > from) best = back[(k - from) * C + best];
  }
}

// Row C is the sentence start (treated like O). PENALTY rules out I-X after anything but X.
const ALLOWED = new Uint8Array((C + 1) * C);
const PENALTY = new Float32Array(C * C);
for (let p = 0; p <= C; p++) {
  for (let c = 0; c < C; c++) {
    const ok = allowedTransition(p === C ? 0 : p, c);
    ALLOWED[p * C + c] = ok ? 1 : 0;
    if (p < C) PENALTY[p * C + c] = ok ? 0 : NEG;
  }
}
