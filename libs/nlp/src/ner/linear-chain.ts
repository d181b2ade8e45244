import { NUM_CHAIN_LABELS, chainToBio, chainTransitionAllowed } from './labels';

const C = NUM_CHAIN_LABELS;
const NEG = -1e30;

/** What the tagger needs from a trained pass: per-token label scores and label transitions. */
export interface ChainScorer {
  readonly trans: Float32Array;
  /** Adds the weights of feats[from..to) into scores[base .. base+C). */
  score(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number): void;
  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void;
}

/**
 * Decodes each sentence of a document (the runs of equal sentenceOf) and reads its chain labels as BIO,
 * the labels tagging hands on. back is scratch of at least the longest sentence's length x C.
 */
export function decodeDocument(
  chain: ChainScorer,
  scores: Float32Array,
  sentenceOf: Int32Array,
  count: number,
  out: Uint8Array,
  back: Uint8Array,
  delta: Float32Array,
): void {
  let s = 0;
  for (let k = 1; k <= count; k++) {
    if (k === count || sentenceOf[k] !== sentenceOf[s]) {
      chain.decode(scores, s, k, out, back, delta);
      chainToBio(out, s, k);
      s = k;
    }
  }
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
   * Viterbi over each sentence [from, to) under the chain labels' constraints; writes labels into out.
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
  private smask = 0;
  /**
   * Runtime layout: 64-byte slots [key:u32 | C x i16 weights | pad] in one buffer, so a lookup touches one
   * cache line (key and weights together) instead of two. Built on the first direct lookup: a
   * two-pass model is scored through its JointTable, so its chains never need them (2 x 16 MB saved).
   */
  private slotKeys = EMPTY_KEYS;
  private slotWeights = EMPTY_WEIGHTS;
  /**
   * One bit per (key >>> PRESENT_SHIFT) of the stored keys (256 KB, stays in L2): most features of new
   * text are absent from the model, and this rejects them without a miss into the big table.
   */
  private present = EMPTY_PRESENT;

  constructor(
    /** interleaved [key, row] pairs; key 0 = empty slot (the stored form) */
    readonly table: Uint32Array,
    /** rows x C weights, 16-bit; scores are in units of `scale` */
    readonly rows: Int16Array,
    /** transitions in the same units as the rows */
    readonly trans: Float32Array,
    readonly scale: number,
  ) {}

  /** Builds the slot layout and the presence bits from the stored form (once). */
  private buildSlots(): void {
    const table = this.table;
    const rows = this.rows;
    const slots = table.length >>> 1;
    const buf = new ArrayBuffer(slots * SLOT_BYTES);
    const slotKeys = new Uint32Array(buf);
    const slotWeights = new Int16Array(buf);
    const present = new Int32Array(1 << (32 - PRESENT_SHIFT - 5));
    for (let s = 0; s < slots; s++) {
      const k = table[2 * s];
      if (k === 0) continue;
      slotKeys[s * SLOT_U32] = k;
      present[k >>> (PRESENT_SHIFT + 5)] |= 1 << ((k >>> PRESENT_SHIFT) & 31);
      const r = table[2 * s + 1] * C;
      for (let c = 0; c < C; c++) slotWeights[s * SLOT_I16 + 2 + c] = rows[r + c];
    }
    this.smask = slots - 1;
    this.slotKeys = slotKeys;
    this.slotWeights = slotWeights;
    this.present = present;
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

  /** Adds the token's feature weights into scores[base .. base+C) (scoreFrom with nothing before). */
  score(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number): void {
    this.scoreFrom(feats, from, to, scores, base, ZERO_SUMS, 0);
  }

  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
    viterbi(this.trans, scores, from, to, out, back, delta);
  }

  /** Slot of a feature hash, -1 when the model does not know the feature. */
  private slotOf(h: number): number {
    const k = h === 0 ? 1 : h;
    if ((this.present[k >>> (PRESENT_SHIFT + 5)] & (1 << ((k >>> PRESENT_SHIFT) & 31))) === 0) return -1;
    const keys = this.slotKeys;
    const smask = this.smask;
    let s = k & smask;
    for (;;) {
      const kk = keys[s * SLOT_U32];
      if (kk === k) return s;
      if (kk === 0) return -1;
      s = (s + 1) & smask;
    }
  }

  /**
   * Like score, but the sums start from init[initBase .. initBase+C) (integer weight sums computed
   * earlier, e.g. cached per word). Weights are integers, so the sum is exact in any order and the
   * result equals score() over the union of the features.
   */
  scoreFrom(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number, init: Int32Array, initBase: number): void {
    if (this.slotKeys === EMPTY_KEYS) this.buildSlots();
    const w = this.slotWeights;
    for (let c = 0; c < C; c++) scores[base + c] = init[initBase + c];
    for (let f = from; f < to; f++) {
      const s = this.slotOf(feats[f]);
      if (s < 0) continue;
      const o = s * SLOT_I16 + 2;
      for (let c = 0; c < C; c++) scores[base + c] += w[o + c];
    }
  }

  /** Integer weight sums of feats[from..to) written into acc[accBase .. accBase+C). */
  sumInt(feats: Uint32Array, from: number, to: number, acc: Int32Array, accBase: number): void {
    if (this.slotKeys === EMPTY_KEYS) this.buildSlots();
    const w = this.slotWeights;
    for (let c = 0; c < C; c++) acc[accBase + c] = 0;
    for (let f = from; f < to; f++) {
      const s = this.slotOf(feats[f]);
      if (s >= 0) for (let c = 0; c < C; c++) acc[accBase + c] += w[s * SLOT_I16 + 2 + c];
    }
  }
}

const ZERO_SUMS = new Int32Array(C);
const EMPTY_KEYS = new Uint32Array(0);
const EMPTY_WEIGHTS = new Int16Array(0);
const EMPTY_PRESENT = new Int32Array(0);
const keyOf = (h: number): number => (h === 0 ? 1 : h >>> 0);
const PRESENT_SHIFT = 11; // 2^21 bits
// A slot is the key (u32) and the C = 17 weights (i16): 38 bytes, padded to one 64-byte cache line.
const SLOT_BYTES = 64;
const SLOT_U32 = SLOT_BYTES / 4;
const SLOT_I16 = SLOT_BYTES / 2;

/**
 * Viterbi over one sentence [from, to) under chainTransitionAllowed, written out for BILOU's two kinds
 * of label (a fifth of the tagger's time went to the generic loop over predecessor lists): O, B-X and
 * U-X may follow only O, L-* and U-* (the labels that close a name, CLOSING); I-X and L-X only B-X or I-X.
 * back is scratch of at least (to-from)*C. Two float32 rows (the previous token's and this one's);
 * predecessors lowest first, so ties keep the lowest.
 */
function viterbi(t: Float32Array, scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
  for (let c = 0; c < C; c++) delta[c] = ALLOWED[C * C + c] ? scores[from * C + c] + t[C * C + c] : NEG;
  let prev: Float32Array = delta;
  let cur: Float32Array = viterbiRow;
  for (let k = from + 1; k < to; k++) {
    const row = (k - from) * C;
    const sk = k * C;
    // The closing labels' scores, read once for the nine labels that follow them.
    const p0 = prev[0];
    const p3 = prev[3];
    const p4 = prev[4];
    const p7 = prev[7];
    const p8 = prev[8];
    const p11 = prev[11];
    const p12 = prev[12];
    const p15 = prev[15];
    const p16 = prev[16];
    for (let q = 0; q < OPENING.length; q++) {
      const c = OPENING[q];
      let b = p0 + t[c];
      let a = 0;
      let v = p3 + t[3 * C + c];
      if (v > b) {
        b = v;
        a = 3;
      }
      v = p4 + t[4 * C + c];
      if (v > b) {
        b = v;
        a = 4;
      }
      v = p7 + t[7 * C + c];
      if (v > b) {
        b = v;
        a = 7;
      }
      v = p8 + t[8 * C + c];
      if (v > b) {
        b = v;
        a = 8;
      }
      v = p11 + t[11 * C + c];
      if (v > b) {
        b = v;
        a = 11;
      }
      v = p12 + t[12 * C + c];
      if (v > b) {
        b = v;
        a = 12;
      }
      v = p15 + t[15 * C + c];
      if (v > b) {
        b = v;
        a = 15;
      }
      v = p16 + t[16 * C + c];
      if (v > b) {
        b = v;
        a = 16;
      }
      cur[c] = b + scores[sk + c];
      back[row + c] = a;
    }
    // I-X (1 + 4x + 1) and L-X (1 + 4x + 2) after B-X (1 + 4x) or I-X.
    for (let pb = 1; pb < C; pb += 4) {
      const vb = prev[pb];
      const vi = prev[pb + 1];
      for (let c = pb + 1; c <= pb + 2; c++) {
        const fromB = vb + t[pb * C + c];
        const fromI = vi + t[(pb + 1) * C + c];
        const inside = fromI > fromB;
        cur[c] = (inside ? fromI : fromB) + scores[sk + c];
        back[row + c] = inside ? pb + 1 : pb;
      }
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  if (prev !== delta) for (let c = 0; c < C; c++) delta[c] = prev[c];
  let best = 0;
  for (let c = 1; c < C; c++) if (delta[c] > delta[best]) best = c;
  for (let k = to - 1; k >= from; k--) {
    out[k] = best;
    if (k > from) best = back[(k - from) * C + best];
  }
}

// Row C is the sentence start (treated like O); I-X may follow only X.
const ALLOWED = new Uint8Array((C + 1) * C);
for (let p = 0; p <= C; p++) for (let c = 0; c < C; c++) ALLOWED[p * C + c] = chainTransitionAllowed(p, c) ? 1 : 0;
// The labels that may follow a closed name or none (O, B-*, U-*); the Viterbi's layout, checked here
// against chainTransitionAllowed: these follow exactly O, L-* and U-*, and I-X, L-X exactly B-X and I-X.
const OPENING = Uint8Array.of(0, 1, 4, 5, 8, 9, 12, 13, 16);
const CLOSING = [0, 3, 4, 7, 8, 11, 12, 15, 16];
for (let c = 0; c < C; c++) {
  const predecessors = Array.from({ length: C }, (_, p) => p).filter((p) => ALLOWED[p * C + c]);
  const layout = OPENING.includes(c) ? CLOSING : [1 + ((c - 1) & ~3), 2 + ((c - 1) & ~3)];
  if (predecessors.join() !== layout.join()) throw new Error(`the Viterbi's BILOU layout does not match label ${c}'s transitions`);
}
/** The Viterbi's second row (single-threaded scratch). */
const viterbiRow = new Float32Array(C);

// score and scoreSecondFrom keep one accumulator per label in a local.
if (C !== 17) throw new Error('JointTable.score and scoreSecondFrom are unrolled for 17 labels');

/**
 * Both passes' rows of every feature: an open-addressing table of [key, stage-1 row + 1, stage-2 row + 1]
 * triples (0: the pass does not know the feature; load <= 2/3), pointing into the chains' own Int16 rows
 * rather than copying them (with BILOU's 17 labels a copy of both passes' weights took 12 MB). The
 * features both passes share (all first-pass features) are then looked up once instead of once per pass;
 * a feature a pass does not know adds nothing there, so the sums equal each chain's own.
 */
export class JointTable {
  /** interleaved [key, row in a + 1, row in b + 1]; key 0 = empty slot */
  private readonly keys: Uint32Array;
  private readonly rowsA: Int16Array;
  private readonly rowsB: Int16Array;
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
    this.keys = new Uint32Array(slots * 3);
    this.rowsA = a.rows;
    this.rowsB = b.rows;
    this.mask = slots - 1;
    let stored = 0;
    const put = (k: number, r: number, pass: number): void => {
      let s = k & this.mask;
      while (this.keys[s * 3] !== 0 && this.keys[s * 3] !== k) s = (s + 1) & this.mask;
      if (this.keys[s * 3] === 0) {
        this.keys[s * 3] = k;
        stored++;
      }
      this.keys[s * 3 + 1 + pass] = r + 1;
    };
    for (let s = 0; s < ta.length; s += 2) if (ta[s] !== 0) put(ta[s], ta[s + 1], 0);
    for (let s = 0; s < tb.length; s += 2) if (tb[s] !== 0) put(tb[s], tb[s + 1], 1);
    if (stored !== n) throw new Error(`joint table: ${stored} features, expected ${n}`);
  }

  /** Slot of a feature hash, -1 when neither pass knows the feature. */
  private slotOf(h: number): number {
    const keys = this.keys;
    const mask = this.mask;
    const k = h === 0 ? 1 : h;
    let s = k & mask;
    for (;;) {
      const kk = keys[s * 3];
      if (kk === k) return s;
      if (kk === 0) return -1;
      s = (s + 1) & mask;
    }
  }

  /**
   * Stage-1 scores of feats[from..to) plus init1 into scores[base..base+C), and their stage-2 integer
   * sums plus init2 into sums2[base..base+C).
   */
  score(feats: Uint32Array, from: number, to: number, init1: Int32Array, init2: Int32Array, scores: Float32Array, sums2: Int32Array, base: number): void {
    const keys = this.keys;
    const wa = this.rowsA;
    const wb = this.rowsB;
    // Seventeen accumulators per pass in registers rather than read-modify-write on the arrays (C === 17).
    let a0 = init1[0],
      a1 = init1[1],
      a2 = init1[2],
      a3 = init1[3],
      a4 = init1[4],
      a5 = init1[5],
      a6 = init1[6],
      a7 = init1[7],
      a8 = init1[8],
      a9 = init1[9],
      a10 = init1[10],
      a11 = init1[11],
      a12 = init1[12],
      a13 = init1[13],
      a14 = init1[14],
      a15 = init1[15],
      a16 = init1[16];
    let b0 = init2[0],
      b1 = init2[1],
      b2 = init2[2],
      b3 = init2[3],
      b4 = init2[4],
      b5 = init2[5],
      b6 = init2[6],
      b7 = init2[7],
      b8 = init2[8],
      b9 = init2[9],
      b10 = init2[10],
      b11 = init2[11],
      b12 = init2[12],
      b13 = init2[13],
      b14 = init2[14],
      b15 = init2[15],
      b16 = init2[16];
    for (let f = from; f < to; f++) {
      const s = this.slotOf(feats[f]);
      if (s < 0) continue;
      const ra = keys[s * 3 + 1];
      if (ra !== 0) {
        const o = (ra - 1) * C;
        a0 += wa[o];
        a1 += wa[o + 1];
        a2 += wa[o + 2];
        a3 += wa[o + 3];
        a4 += wa[o + 4];
        a5 += wa[o + 5];
        a6 += wa[o + 6];
        a7 += wa[o + 7];
        a8 += wa[o + 8];
        a9 += wa[o + 9];
        a10 += wa[o + 10];
        a11 += wa[o + 11];
        a12 += wa[o + 12];
        a13 += wa[o + 13];
        a14 += wa[o + 14];
        a15 += wa[o + 15];
        a16 += wa[o + 16];
      }
      const rb = keys[s * 3 + 2];
      if (rb !== 0) {
        const o = (rb - 1) * C;
        b0 += wb[o];
        b1 += wb[o + 1];
        b2 += wb[o + 2];
        b3 += wb[o + 3];
        b4 += wb[o + 4];
        b5 += wb[o + 5];
        b6 += wb[o + 6];
        b7 += wb[o + 7];
        b8 += wb[o + 8];
        b9 += wb[o + 9];
        b10 += wb[o + 10];
        b11 += wb[o + 11];
        b12 += wb[o + 12];
        b13 += wb[o + 13];
        b14 += wb[o + 14];
        b15 += wb[o + 15];
        b16 += wb[o + 16];
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
    scores[base + 9] = a9;
    scores[base + 10] = a10;
    scores[base + 11] = a11;
    scores[base + 12] = a12;
    scores[base + 13] = a13;
    scores[base + 14] = a14;
    scores[base + 15] = a15;
    scores[base + 16] = a16;
    sums2[base] = b0;
    sums2[base + 1] = b1;
    sums2[base + 2] = b2;
    sums2[base + 3] = b3;
    sums2[base + 4] = b4;
    sums2[base + 5] = b5;
    sums2[base + 6] = b6;
    sums2[base + 7] = b7;
    sums2[base + 8] = b8;
    sums2[base + 9] = b9;
    sums2[base + 10] = b10;
    sums2[base + 11] = b11;
    sums2[base + 12] = b12;
    sums2[base + 13] = b13;
    sums2[base + 14] = b14;
    sums2[base + 15] = b15;
    sums2[base + 16] = b16;
  }

  /**
   * Second-pass scores of feats[from..to) starting from the integer sums init[initBase..initBase+C):
   * the same sums as b.scoreFrom, so a two-pass model needs no per-chain tables.
   */
  scoreSecondFrom(feats: Uint32Array, from: number, to: number, scores: Float32Array, base: number, init: Int32Array, initBase: number): void {
    const keys = this.keys;
    const wb = this.rowsB;
    let a0 = init[initBase],
      a1 = init[initBase + 1],
      a2 = init[initBase + 2],
      a3 = init[initBase + 3],
      a4 = init[initBase + 4],
      a5 = init[initBase + 5],
      a6 = init[initBase + 6],
      a7 = init[initBase + 7],
      a8 = init[initBase + 8],
      a9 = init[initBase + 9],
      a10 = init[initBase + 10],
      a11 = init[initBase + 11],
      a12 = init[initBase + 12],
      a13 = init[initBase + 13],
      a14 = init[initBase + 14],
      a15 = init[initBase + 15],
      a16 = init[initBase + 16];
    for (let f = from; f < to; f++) {
      const s = this.slotOf(feats[f]);
      if (s < 0) continue;
      const rb = keys[s * 3 + 2];
      if (rb === 0) continue;
      const o = (rb - 1) * C;
      a0 += wb[o];
      a1 += wb[o + 1];
      a2 += wb[o + 2];
      a3 += wb[o + 3];
      a4 += wb[o + 4];
      a5 += wb[o + 5];
      a6 += wb[o + 6];
      a7 += wb[o + 7];
      a8 += wb[o + 8];
      a9 += wb[o + 9];
      a10 += wb[o + 10];
      a11 += wb[o + 11];
      a12 += wb[o + 12];
      a13 += wb[o + 13];
      a14 += wb[o + 14];
      a15 += wb[o + 15];
      a16 += wb[o + 16];
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
    scores[base + 9] = a9;
    scores[base + 10] = a10;
    scores[base + 11] = a11;
    scores[base + 12] = a12;
    scores[base + 13] = a13;
    scores[base + 14] = a14;
    scores[base + 15] = a15;
    scores[base + 16] = a16;
  }

  /** Integer weight sums of feats[from..to) in pass `stage` (0: a, 1: b) into acc[accBase..accBase+C), like that chain's sumInt. */
  sumInt(stage: number, feats: Uint32Array, from: number, to: number, acc: Int32Array, accBase: number): void {
    const keys = this.keys;
    const w = stage === 0 ? this.rowsA : this.rowsB;
    for (let c = 0; c < C; c++) acc[accBase + c] = 0;
    for (let f = from; f < to; f++) {
      const s = this.slotOf(feats[f]);
      if (s < 0) continue;
      const r = keys[s * 3 + 1 + stage];
      if (r === 0) continue;
      const o = (r - 1) * C;
      for (let c = 0; c < C; c++) acc[accBase + c] += w[o + c];
    }
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
