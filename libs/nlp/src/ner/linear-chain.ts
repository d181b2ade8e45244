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
  /**
   * Runtime layout: 32-byte slots [key:u32 | C x i16 weights | pad] in one buffer, so a lookup touches one
   * cache line (key and weights together) instead of two.
   */
  private readonly slotKeys: Uint32Array;
  private readonly slotWeights: Int16Array;
  /**
   * One bit per (key >>> PRESENT_SHIFT) of the stored keys (256 KB, stays in L2): most features of new
   * text are absent from the model, and this rejects them without a miss into the big table.
   */
  private readonly present = new Int32Array(1 << (32 - PRESENT_SHIFT - 5));

  constructor(
    /** interleaved [key, row] pairs; key 0 = empty slot (the stored form) */
    readonly table: Uint32Array,
    /** rows x C weights, 16-bit; scores are in units of `scale` */
    readonly rows: Int16Array,
    /** transitions in the same units as the rows */
    readonly trans: Float32Array,
    readonly scale: number,
  ) {
    const slots = table.length >>> 1;
    this.smask = slots - 1;
    const buf = new ArrayBuffer(slots * SLOT_BYTES);
    this.slotKeys = new Uint32Array(buf);
    this.slotWeights = new Int16Array(buf);
    for (let s = 0; s < slots; s++) {
      const k = table[2 * s];
      if (k === 0) continue;
      this.slotKeys[s * SLOT_U32] = k;
      this.present[k >>> (PRESENT_SHIFT + 5)] |= 1 << ((k >>> PRESENT_SHIFT) & 31);
      const r = table[2 * s + 1] * C;
      for (let c = 0; c < C; c++) this.slotWeights[s * SLOT_I16 + 2 + c] = rows[r + c];
    }
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
    const keys = this.slotKeys;
    const w = this.slotWeights;
    const smask = this.smask;
    // Nine accumulators in registers rather than read-modify-write on the scores array (C === 9).
    let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0, a8 = 0;
    for (let f = from; f < to; f++) {
      const h = feats[f];
      const k = h === 0 ? 1 : h;
      let s = k & smask;
      for (;;) {
        const kk = keys[s << 3];
        if (kk === k) {
          const o = (s << 4) + 2;
          a0 += w[o];
          a1 += w[o + 1];
          a2 += w[o + 2];
          a3 += w[o + 3];
          a4 += w[o + 4];
          a5 += w[o + 5];
          a6 += w[o + 6];
          a7 += w[o + 7];
          a8 += w[o + 8];
          break;
        }
        if (kk === 0) break;
        s = (s + 1) & smask;
      }
    }
    scores[base] = a0;
    scores[base + 1] = a1;
    scores[base + 2] = a2;
    scores[base + 3] = a3;
    scores[base + 4] = a4;
    scores[base + 5] = a5;
    scores[base + 6] = a6;
    scores[base + 7] = a7;
    scores[base + 8] = a8;
  }

  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
    viterbi(this.trans, scores, from, to, out, back, delta);
  }

  /**
   * Like score, but the sums start from init[initBase .. initBase+C) (integer weight sums computed
   * earlier, e.g. cached per word). Weights are integers, so the sum is exact in any order and the
   * result equals score() over the union of the features.
   */
  scoreFrom(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number, init: Int32Array, initBase: number): void {
    const keys = this.slotKeys;
    const w = this.slotWeights;
    const smask = this.smask;
    let a0 = init[initBase], a1 = init[initBase + 1], a2 = init[initBase + 2], a3 = init[initBase + 3], a4 = init[initBase + 4];
    let a5 = init[initBase + 5], a6 = init[initBase + 6], a7 = init[initBase + 7], a8 = init[initBase + 8];
    const present = this.present;
    for (let f = from; f < to; f++) {
      const h = feats[f];
      const k = h === 0 ? 1 : h;
      if ((present[k >>> (PRESENT_SHIFT + 5)] & (1 << ((k >>> PRESENT_SHIFT) & 31))) === 0) continue;
      let s = k & smask;
      for (;;) {
        const kk = keys[s << 3];
        if (kk === k) {
          const o = (s << 4) + 2;
          a0 += w[o];
          a1 += w[o + 1];
          a2 += w[o + 2];
          a3 += w[o + 3];
          a4 += w[o + 4];
          a5 += w[o + 5];
          a6 += w[o + 6];
          a7 += w[o + 7];
          a8 += w[o + 8];
          break;
        }
        if (kk === 0) break;
        s = (s + 1) & smask;
      }
    }
    scores[base] = a0;
    scores[base + 1] = a1;
    scores[base + 2] = a2;
    scores[base + 3] = a3;
    scores[base + 4] = a4;
    scores[base + 5] = a5;
    scores[base + 6] = a6;
    scores[base + 7] = a7;
    scores[base + 8] = a8;
  }

  /** Integer weight sums of feats[from..to) written into acc[accBase .. accBase+C). */
  sumInt(feats: Uint32Array, from: number, to: number, acc: Int32Array, accBase: number): void {
    const keys = this.slotKeys;
    const w = this.slotWeights;
    const smask = this.smask;
    for (let c = 0; c < C; c++) acc[accBase + c] = 0;
    for (let f = from; f < to; f++) {
      const h = feats[f];
      const k = h === 0 ? 1 : h;
      let s = k & smask;
      for (;;) {
        const kk = keys[s << 3];
        if (kk === k) {
          const o = (s << 4) + 2;
          for (let c = 0; c < C; c++) acc[accBase + c] += w[o + c];
          break;
        }
        if (kk === 0) break;
        s = (s + 1) & smask;
      }
    }
  }
}

const keyOf = (h: number): number => (h === 0 ? 1 : h >>> 0);
const PRESENT_SHIFT = 11; // 2^21 bits
const SLOT_BYTES = 32;
const SLOT_U32 = SLOT_BYTES / 4;
const SLOT_I16 = SLOT_BYTES / 2;
if (C !== 9 || SLOT_U32 !== 8 || SLOT_I16 !== 16) throw new Error('CompactChain.score is unrolled for 9 labels in 32-byte slots');

const fround = Math.fround;
if (C !== 9 || !allowedTransition(1, 2) || allowedTransition(0, 2) || !allowedTransition(3, 3)) throw new Error('viterbi is unrolled for O, B-X, I-X over 4 types');

/** Viterbi over one sentence [from, to) with BIO constraints; back is scratch of at least (to-from)*C. */
function viterbi(t: Float32Array, scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
  for (let c = 0; c < C; c++) delta[c] = ALLOWED[C * C + c] ? scores[from * C + c] + t[C * C + c] : NEG;
  // Unrolled for the 9 BIO labels with the scores in locals (float32-rounded exactly as a Float32Array
  // would store them); only allowed predecessors are visited (all for O and B-X; B-X and I-X for I-X).
  let d0 = delta[0], d1 = delta[1], d2 = delta[2], d3 = delta[3], d4 = delta[4], d5 = delta[5], d6 = delta[6], d7 = delta[7], d8 = delta[8];
  for (let k = from + 1; k < to; k++) {
    const row = (k - from) * C;
    const sb = k * C;
    let b: number, a: number, v: number;
    b = NEG;
    a = 0;
    v = d0 + t[0];
    if (v > b) { b = v; a = 0; }
    v = d1 + t[9];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[18];
    if (v > b) { b = v; a = 2; }
    v = d3 + t[27];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[36];
    if (v > b) { b = v; a = 4; }
    v = d5 + t[45];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[54];
    if (v > b) { b = v; a = 6; }
    v = d7 + t[63];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[72];
    if (v > b) { b = v; a = 8; }
    const n0 = fround(b + scores[sb + 0]);
    back[row + 0] = a;
    b = NEG;
    a = 0;
    v = d0 + t[1];
    if (v > b) { b = v; a = 0; }
    v = d1 + t[10];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[19];
    if (v > b) { b = v; a = 2; }
    v = d3 + t[28];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[37];
    if (v > b) { b = v; a = 4; }
    v = d5 + t[46];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[55];
    if (v > b) { b = v; a = 6; }
    v = d7 + t[64];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[73];
    if (v > b) { b = v; a = 8; }
    const n1 = fround(b + scores[sb + 1]);
    back[row + 1] = a;
    b = NEG;
    a = 0;
    v = d1 + t[11];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[20];
    if (v > b) { b = v; a = 2; }
    const n2 = fround(b + scores[sb + 2]);
    back[row + 2] = a;
    b = NEG;
    a = 0;
    v = d0 + t[3];
    if (v > b) { b = v; a = 0; }
    v = d1 + t[12];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[21];
    if (v > b) { b = v; a = 2; }
    v = d3 + t[30];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[39];
    if (v > b) { b = v; a = 4; }
    v = d5 + t[48];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[57];
    if (v > b) { b = v; a = 6; }
    v = d7 + t[66];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[75];
    if (v > b) { b = v; a = 8; }
    const n3 = fround(b + scores[sb + 3]);
    back[row + 3] = a;
    b = NEG;
    a = 0;
    v = d3 + t[31];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[40];
    if (v > b) { b = v; a = 4; }
    const n4 = fround(b + scores[sb + 4]);
    back[row + 4] = a;
    b = NEG;
    a = 0;
    v = d0 + t[5];
    if (v > b) { b = v; a = 0; }
    v = d1 + t[14];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[23];
    if (v > b) { b = v; a = 2; }
    v = d3 + t[32];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[41];
    if (v > b) { b = v; a = 4; }
    v = d5 + t[50];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[59];
    if (v > b) { b = v; a = 6; }
    v = d7 + t[68];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[77];
    if (v > b) { b = v; a = 8; }
    const n5 = fround(b + scores[sb + 5]);
    back[row + 5] = a;
    b = NEG;
    a = 0;
    v = d5 + t[51];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[60];
    if (v > b) { b = v; a = 6; }
    const n6 = fround(b + scores[sb + 6]);
    back[row + 6] = a;
    b = NEG;
    a = 0;
    v = d0 + t[7];
    if (v > b) { b = v; a = 0; }
    v = d1 + t[16];
    if (v > b) { b = v; a = 1; }
    v = d2 + t[25];
    if (v > b) { b = v; a = 2; }
    v = d3 + t[34];
    if (v > b) { b = v; a = 3; }
    v = d4 + t[43];
    if (v > b) { b = v; a = 4; }
    v = d5 + t[52];
    if (v > b) { b = v; a = 5; }
    v = d6 + t[61];
    if (v > b) { b = v; a = 6; }
    v = d7 + t[70];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[79];
    if (v > b) { b = v; a = 8; }
    const n7 = fround(b + scores[sb + 7]);
    back[row + 7] = a;
    b = NEG;
    a = 0;
    v = d7 + t[71];
    if (v > b) { b = v; a = 7; }
    v = d8 + t[80];
    if (v > b) { b = v; a = 8; }
    const n8 = fround(b + scores[sb + 8]);
    back[row + 8] = a;
    d0 = n0;
    d1 = n1;
    d2 = n2;
    d3 = n3;
    d4 = n4;
    d5 = n5;
    d6 = n6;
    d7 = n7;
    d8 = n8;
  }
  delta[0] = d0;
  delta[1] = d1;
  delta[2] = d2;
  delta[3] = d3;
  delta[4] = d4;
  delta[5] = d5;
  delta[6] = d6;
  delta[7] = d7;
  delta[8] = d8;
  let best = 0;
  for (let c = 1; c < C; c++) if (delta[c] > delta[best]) best = c;
  for (let k = to - 1; k >= from; k--) {
    out[k] = best;
    if (k > from) best = back[(k - from) * C + best];
  }
}

// Row C is the sentence start (treated like O); I-X may follow only X.
const ALLOWED = new Uint8Array((C + 1) * C);
for (let p = 0; p <= C; p++) {
  for (let c = 0; c < C; c++) {
    const ok = allowedTransition(p === C ? 0 : p, c);
    ALLOWED[p * C + c] = ok ? 1 : 0;
  }
}

/**
 * Both passes' weights of every feature in one table: 64-byte slots [key:u32 | C x i16 stage 1 |
 * C x i16 stage 2 | pad], one cache line per lookup. The features both passes share (all first-pass
 * features) are then looked up once instead of once per pass; a feature a pass does not know has
 * zero weights there, which adds nothing, so the sums equal each chain's own.
 */
export class JointTable {
  private readonly keys: Uint32Array;
  private readonly w: Int16Array;
  private readonly mask: number;

  constructor(
    readonly a: CompactChain,
    readonly b: CompactChain,
  ) {
    const ta = a.table;
    const tb = b.table;
    let n = 0;
    for (let s = 0; s < ta.length; s += 2) if (ta[s] !== 0) n++;
    for (let s = 0; s < tb.length; s += 2) if (tb[s] !== 0 && rowOf(ta, tb[s]) < 0) n++;
    let slots = 1024;
    while (slots < n * 1.5) slots *= 2;
    const buf = new ArrayBuffer(slots * 64);
    this.keys = new Uint32Array(buf);
    this.w = new Int16Array(buf);
    this.mask = slots - 1;
    const put = (k: number, rows: Int16Array, r: number, off: number): void => {
      let s = k & this.mask;
      while (this.keys[s << 4] !== 0 && this.keys[s << 4] !== k) s = (s + 1) & this.mask;
      this.keys[s << 4] = k;
      for (let c = 0; c < C; c++) this.w[(s << 5) + off + c] = rows[r * C + c];
    };
    for (let s = 0; s < ta.length; s += 2) if (ta[s] !== 0) put(ta[s], a.rows, ta[s + 1], 2);
    for (let s = 0; s < tb.length; s += 2) if (tb[s] !== 0) put(tb[s], b.rows, tb[s + 1], 2 + C);
  }

  /**
   * Stage-1 scores of feats[from..to) plus init1 into scores[base..base+C), and their stage-2 integer
   * sums plus init2 into sums2[base..base+C).
   */
  score(feats: Uint32Array, from: number, to: number, init1: Int32Array, init2: Int32Array, scores: Float32Array, sums2: Int32Array, base: number): void {
    const keys = this.keys;
    const w = this.w;
    const mask = this.mask;
    let a0 = init1[0], a1 = init1[1], a2 = init1[2], a3 = init1[3], a4 = init1[4], a5 = init1[5], a6 = init1[6], a7 = init1[7], a8 = init1[8];
    let b0 = init2[0], b1 = init2[1], b2 = init2[2], b3 = init2[3], b4 = init2[4], b5 = init2[5], b6 = init2[6], b7 = init2[7], b8 = init2[8];
    for (let f = from; f < to; f++) {
      const h = feats[f];
      const k = h === 0 ? 1 : h;
      let s = k & mask;
      for (;;) {
        const kk = keys[s << 4];
        if (kk === k) {
          const o = (s << 5) + 2;
          a0 += w[o];
          a1 += w[o + 1];
          a2 += w[o + 2];
          a3 += w[o + 3];
          a4 += w[o + 4];
          a5 += w[o + 5];
          a6 += w[o + 6];
          a7 += w[o + 7];
          a8 += w[o + 8];
          b0 += w[o + 9];
          b1 += w[o + 10];
          b2 += w[o + 11];
          b3 += w[o + 12];
          b4 += w[o + 13];
          b5 += w[o + 14];
          b6 += w[o + 15];
          b7 += w[o + 16];
          b8 += w[o + 17];
          break;
        }
        if (kk === 0) break;
        s = (s + 1) & mask;
      }
    }
    scores[base] = a0;
    scores[base + 1] = a1;
    scores[base + 2] = a2;
    scores[base + 3] = a3;
    scores[base + 4] = a4;
    scores[base + 5] = a5;
    scores[base + 6] = a6;
    scores[base + 7] = a7;
    scores[base + 8] = a8;
    sums2[base] = b0;
    sums2[base + 1] = b1;
    sums2[base + 2] = b2;
    sums2[base + 3] = b3;
    sums2[base + 4] = b4;
    sums2[base + 5] = b5;
    sums2[base + 6] = b6;
    sums2[base + 7] = b7;
    sums2[base + 8] = b8;
  }
}

/** Row of a stored key in a [key,row] open-addressing table, -1 when absent. */
function rowOf(table: Uint32Array, k: number): number {
  const mask = (table.length >>> 1) - 1;
  let s = k & mask;
  for (;;) {
    const kk = table[2 * s];
    if (kk === k) return table[2 * s + 1];
    if (kk === 0) return -1;
    s = (s + 1) & mask;
  }
}
