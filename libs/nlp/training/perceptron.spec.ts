import { NUM_CHAIN_LABELS } from '../src/ner/labels';
import { Perceptron } from './perceptron';

const C = NUM_CHAIN_LABELS;

/** Two one-token sentences: feature 11 → U-PER (chain label 4), feature 22 → U-LOC (12). */
const feats = { feats: Uint32Array.from([11, 22]), offsets: Int32Array.from([0, 1, 2]) };
const gold = Uint8Array.from([4, 12]);
const sentenceOf = Int32Array.from([0, 1]);

/** Gold label's score minus the best other label's, per token, under the averaged weights. */
function gaps(p: Perceptron): number[] {
  const chain = p.averaged();
  return [0, 1].map((i) => {
    const o = (feats.feats[i] & chain.mask) * C;
    // one-token sentences: the start transition row is C
    const s = (c: number): number => chain.weights[o + c] + chain.trans[C * C + c];
    let best = -Infinity;
    for (let c = 0; c < C; c++) if (c !== gold[i]) best = Math.max(best, s(c));
    return s(gold[i]) - best;
  });
}

function train(margin: number, epochs: number): Perceptron {
  const p = new Perceptron(8, margin);
  for (let e = 0; e < epochs; e++) p.trainDoc(feats, gold, sentenceOf);
  return p;
}

describe('averaged perceptron', () => {
  it('stops updating once gold wins without a margin', () => {
    const plain = train(0, 20);
    const g = gaps(plain);
    expect(g.every((x) => x > 0)).toBe(true);
    // it won after the first update, so the weights stay small
    expect(Math.max(...g)).toBeLessThan(4);
  });

  it('with a margin keeps updating until gold wins by it (cost-augmented decoding)', () => {
    const plain = gaps(train(0, 20));
    const wide = gaps(train(5, 20));
    for (let i = 0; i < 2; i++) {
      expect(wide[i]).toBeGreaterThan(plain[i]);
      expect(wide[i]).toBeGreaterThan(3);
    }
    // decoded as BIO: B-PER (1), B-LOC (5)
    const decoded = Perceptron.decodeDoc(train(5, 20).averaged(), feats, sentenceOf);
    expect(Array.from(decoded)).toEqual([1, 5]);
  });
});
