import { LinearChain, decodeDocument } from '../src/ner/linear-chain';
import { NUM_CHAIN_LABELS } from '../src/ner/labels';

const C = NUM_CHAIN_LABELS;

interface Feats {
  feats: Uint32Array;
  offsets: Int32Array;
}

/**
 * Averaged structured perceptron (Collins 2002) over hashed features with Viterbi decoding.
 * Averaging uses the usual trick: keep w and sum(c * delta); average = w - sum/c.
 */
export class Perceptron {
  private readonly chain: LinearChain;
  private readonly acc: Float64Array;
  private readonly accTrans: Float64Array;
  private c = 1;
  private scores = new Float32Array(256 * C);
  private back = new Uint8Array(256 * C);
  private delta = new Float32Array(C);
  private pred = new Uint8Array(256);

  /**
   * @param margin cost-augmented decoding: during training every label but the gold one gets this
   * much extra score, so a token is updated until gold wins by the margin, not just wins (0 = plain perceptron).
   */
  constructor(
    bits: number,
    private readonly margin = 0,
  ) {
    this.chain = LinearChain.empty(bits);
    this.acc = new Float64Array(this.chain.weights.length);
    this.accTrans = new Float64Array(this.chain.trans.length);
  }

  trainDoc(f: Feats, gold: Uint8Array, sentenceOf: Int32Array): void {
    const count = gold.length;
    let s = 0;
    for (let k = 1; k <= count; k++) {
      if (k === count || sentenceOf[k] !== sentenceOf[s]) {
        this.trainSentence(f, gold, s, k);
        s = k;
      }
    }
  }

  private trainSentence(f: Feats, gold: Uint8Array, from: number, to: number): void {
    const len = to - from;
    if (this.scores.length < to * C) {
      this.scores = new Float32Array(to * C * 2);
    }
    if (this.back.length < len * C) this.back = new Uint8Array(len * C * 2);
    if (this.pred.length < to) this.pred = new Uint8Array(to * 2);
    const ch = this.chain;
    const w = ch.weights;
    const mask = ch.mask;
    for (let i = from; i < to; i++) {
      const base = i * C;
      for (let c = 0; c < C; c++) this.scores[base + c] = 0;
      for (let q = f.offsets[i]; q < f.offsets[i + 1]; q++) {
        const o = (f.feats[q] & mask) * C;
        for (let c = 0; c < C; c++) this.scores[base + c] += w[o + c];
      }
      if (this.margin !== 0) {
        for (let c = 0; c < C; c++) if (c !== gold[i]) this.scores[base + c] += this.margin;
      }
    }
    ch.decode(this.scores, from, to, this.pred, this.back, this.delta);
    const cnt = this.c;
    for (let i = from; i < to; i++) {
      const g = gold[i];
      const p = this.pred[i];
      if (g !== p) {
        for (let q = f.offsets[i]; q < f.offsets[i + 1]; q++) {
          const o = (f.feats[q] & mask) * C;
          w[o + g] += 1;
          this.acc[o + g] += cnt;
          w[o + p] -= 1;
          this.acc[o + p] -= cnt;
        }
      }
      const gp = i === from ? C : gold[i - 1];
      const pp = i === from ? C : this.pred[i - 1];
      if (gp !== pp || g !== p) {
        ch.trans[gp * C + g] += 1;
        this.accTrans[gp * C + g] += cnt;
        ch.trans[pp * C + p] -= 1;
        this.accTrans[pp * C + p] -= cnt;
      }
    }
    this.c++;
  }

  averaged(): LinearChain {
    const w = new Float32Array(this.chain.weights.length);
    for (let k = 0; k < w.length; k++) w[k] = this.chain.weights[k] - this.acc[k] / this.c;
    const t = new Float32Array(this.chain.trans.length);
    for (let k = 0; k < t.length; k++) t[k] = this.chain.trans[k] - this.accTrans[k] / this.c;
    return new LinearChain(this.chain.bits, w, t);
  }

  static decodeDoc(chain: LinearChain, f: Feats, sentenceOf: Int32Array): Uint8Array {
    const count = sentenceOf.length;
    const out = new Uint8Array(count);
    const scores = new Float32Array(count * C);
    const back = new Uint8Array(count * C);
    const delta = new Float32Array(C);
    const w = chain.weights;
    const mask = chain.mask;
    for (let i = 0; i < count; i++) {
      for (let q = f.offsets[i]; q < f.offsets[i + 1]; q++) {
        const o = (f.feats[q] & mask) * C;
        for (let c = 0; c < C; c++) scores[i * C + c] += w[o + c];
      }
    }
    decodeDocument(chain, scores, sentenceOf, count, out, back, delta);
    return out;
  }
}
