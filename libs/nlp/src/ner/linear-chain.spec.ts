import { chainTransitionAllowed, NUM_CHAIN_LABELS } from './labels';
import { LinearChain } from './linear-chain';

const C = NUM_CHAIN_LABELS;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff - 0.5;
  };
}

/** The best allowed label sequence by trying every one (17^n: small n only). */
function bestByEnumeration(trans: Float32Array, scores: Float32Array, n: number): number[] {
  let best: number[] = [];
  let bestScore = -Infinity;
  const labels = new Array<number>(n).fill(0);
  const visit = (k: number, prev: number, total: number): void => {
    if (k === n) {
      if (total > bestScore) [bestScore, best] = [total, [...labels]];
      return;
    }
    for (let c = 0; c < C; c++) {
      if (!chainTransitionAllowed(prev, c)) continue;
      labels[k] = c;
      visit(k + 1, c, total + trans[prev * C + c] + scores[k * C + c]);
    }
  };
  visit(0, C, 0);
  return best;
}

describe('linear-chain Viterbi', () => {
  it('finds the best sequence the BILOU constraints allow, as trying every sequence does', () => {
    const rnd = random(7);
    for (let n = 1; n <= 4; n++) {
      for (let trial = 0; trial < 5; trial++) {
        // Transition rows 0..C-1 follow a label; row C is the sentence start.
        const trans = Float32Array.from({ length: (C + 1) * C }, () => rnd() * 4);
        const scores = Float32Array.from({ length: n * C }, () => rnd() * 10);
        const chain = new LinearChain(1, new Float32Array(2 * C), trans);
        const out = new Uint8Array(n);
        chain.decode(scores, 0, n, out, new Uint8Array(n * C), new Float32Array(C));
        expect(Array.from(out)).toEqual(bestByEnumeration(trans, scores, n));
      }
    }
  });
});
