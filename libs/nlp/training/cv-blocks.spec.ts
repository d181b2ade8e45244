import { score } from './conll';
import { foldBlock, PooledScore, SCORED_TYPES } from './cv-blocks';

describe('cross-validation blocks', () => {
  it('cuts n documents into contiguous blocks that cover each once', () => {
    const blocks = [0, 1, 2, 3, 4].map((f) => foldBlock(f, 5, 947));
    expect(blocks[0].lo).toBe(0);
    expect(blocks[4].hi).toBe(947);
    for (let f = 1; f < 5; f++) expect(blocks[f].lo).toBe(blocks[f - 1].hi);
  });

  it('pools the counts of each fold, not their F1s', () => {
    const counts = (tp: number, fp: number, fn: number) =>
      Object.fromEntries(SCORED_TYPES.map((t) => [t, { tp, fp, fn, p: 0, r: 0, f: 0 }])) as unknown as ReturnType<typeof score>;
    const pooled = new PooledScore();
    pooled.add(counts(9, 1, 0));
    pooled.add(counts(1, 0, 9));
    // 10 right, 1 spurious, 9 missed: 20 / 30, not the mean of the folds' F1 (0.947 and 0.182)
    expect(pooled.f1('micro')).toBeCloseTo(20 / 30, 10);
  });
});
