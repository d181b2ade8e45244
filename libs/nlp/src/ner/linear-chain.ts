import { NUM_LABELS, allowedTransition } from './labels';

const C = NUM_LABELS;
const NEG = -1e30;

/** Hashed linear weights (bucket x label) plus label transitions; row C of `trans` is the start state. */
export class LinearChain {
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
  score(feats: Uint32Array, n: number, scores: Float32Array, base: number): void {
    const w = this.weights;
    const mask = this.mask;
    for (let c = 0; c < C; c++) scores[base + c] = 0;
    for (let f = 0; f < n; f++) {
      const o = (feats[f] & mask) * C;
      for (let c = 0; c < C; c++) scores[base + c] += w[o + c];
    }
  }

  /**
   * Viterbi over each sentence [from, to) with BIO constraints; writes labels into out.
   * back is scratch of at least (to-from)*C.
   */
  decode(scores: Float32Array, from: number, to: number, out: Uint8Array, back: Uint8Array, delta: Float32Array): void {
    const t = this.trans;
    for (let c = 0; c < C; c++) delta[c] = allowedTransition(0, c) ? scores[from * C + c] + t[C * C + c] : NEG;
    const cur = new Float32Array(C);
    for (let k = from + 1; k < to; k++) {
      const row = (k - from) * C;
      for (let c = 0; c < C; c++) {
        let best = NEG;
        let arg = 0;
        for (let p = 0; p < C; p++) {
          if (!ALLOWED[p * C + c]) continue;
          const v = delta[p] + t[p * C + c];
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
}

const ALLOWED = new Uint8Array(C * C);
for (let p = 0; p < C; p++) for (let c = 0; c < C; c++) ALLOWED[p * C + c] = allowedTransition(p, c) ? 1 : 0;
