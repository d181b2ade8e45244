import { decodeBundle, encodeBundle } from './model-io';
import { CompactChain, LinearChain } from './linear-chain';
import { NUM_CHAIN_LABELS } from './labels';

describe('model file format', () => {
  it('round-trips typed arrays and metadata', () => {
    const arrays = {
      a: Float32Array.from([1.5, -2, 3]),
      b: Int16Array.from([-32767, 0, 32767]),
      c: Uint32Array.from([0xffffffff, 1]),
    };
    const back = decodeBundle(encodeBundle({ meta: { x: 1, s: 'y' }, arrays }));
    expect(back.meta).toEqual({ x: 1, s: 'y' });
    expect(Array.from(back.arrays.a)).toEqual([1.5, -2, 3]);
    expect(Array.from(back.arrays.b)).toEqual([-32767, 0, 32767]);
    expect(Array.from(back.arrays.c)).toEqual([0xffffffff, 1]);
  });
});

describe('CompactChain', () => {
  it('scores like the dense weights it came from, for features seen in training', () => {
    const dense = LinearChain.empty(8);
    const seen = [0x12345678, 0x9abcdef0, 0x0badf00d];
    seen.forEach((h, k) => {
      for (let c = 0; c < NUM_CHAIN_LABELS; c++) dense.weights[(h & dense.mask) * NUM_CHAIN_LABELS + c] = (k + 1) * (c - 4);
    });
    const compact = CompactChain.fromDense(dense, seen);
    const feats = Uint32Array.from([...seen, 0x77777777]);
    const a = new Float32Array(NUM_CHAIN_LABELS);
    const b = new Float32Array(NUM_CHAIN_LABELS);
    dense.score(feats, 0, 3, a, 0);
    compact.score(feats, 0, 4, b, 0); // the unseen feature adds nothing
    for (let c = 0; c < NUM_CHAIN_LABELS; c++) expect(b[c] * compact.scale).toBeCloseTo(a[c], 2);
  });
});
