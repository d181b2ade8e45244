import { NUM_CHAIN_LABELS } from '../src/ner/labels';
import { BAG_SEED_STEP, DocFeatures, PreparedDoc, trainBag, trainChain } from './train-ner';

const C = NUM_CHAIN_LABELS;
/** Chain label of a one-token person (U-PER): what gold B-PER before O trains. */
const U_PER = 4;

/**
 * Six one-sentence documents whose shared feature 7 is gold B-PER (1) in some and B-LOC (5) in others
 * (one-token names: trained as U-PER and U-LOC),
 * so the shuffle order changes the averaged weights.
 */
const golds = [
  [1, 0],
  [5, 0],
  [1, 0],
  [5, 5],
  [1, 1],
  [0, 5],
];
const docs = golds.map((g) => ({ gold: Uint8Array.from(g), sentenceOf: Int32Array.from([0, 0]) }) as unknown as PreparedDoc);
const feats: DocFeatures[] = golds.map((_, d) => ({ feats: Uint32Array.from([7, 20 + d, 7, 40]), offsets: Int32Array.from([0, 2, 4]) }));

const chain = (seed: number) => trainChain(docs, feats, 8, 3, seed, undefined, 2);

describe('bagged perceptrons (trainBag)', () => {
  it('a bag of one is the single perceptron', () => {
    const one = trainBag(docs, feats, 8, 3, 42, 1, undefined, 2);
    const single = chain(42);
    expect(Array.from(one.weights)).toEqual(Array.from(single.weights));
    expect(Array.from(one.trans)).toEqual(Array.from(single.trans));
  });

  it('averages the weights and transitions of members trained with seeds BAG_SEED_STEP apart', () => {
    const a = chain(42);
    const b = chain(42 + BAG_SEED_STEP);
    const c = chain(42 + 2 * BAG_SEED_STEP);
    // the shuffle seed matters here, so the bag is not just one member
    expect(Array.from(a.weights)).not.toEqual(Array.from(b.weights));
    const bag = trainBag(docs, feats, 8, 3, 42, 3, undefined, 2);
    expect(bag.weights.length).toBe(a.weights.length);
    for (let k = 0; k < a.weights.length; k++) expect(bag.weights[k]).toBeCloseTo((a.weights[k] + b.weights[k] + c.weights[k]) / 3, 4);
    for (let k = 0; k < a.trans.length; k++) expect(bag.trans[k]).toBeCloseTo((a.trans[k] + b.trans[k] + c.trans[k]) / 3, 4);
    // feature 7 (row 7 of the 2^8 table) ends up between the members' extremes
    const w7 = (x: typeof a, l: number) => x.weights[7 * C + l];
    expect(w7(a, U_PER)).not.toBe(0);
    expect(w7(bag, U_PER)).toBeGreaterThanOrEqual(Math.min(w7(a, U_PER), w7(b, U_PER), w7(c, U_PER)));
    expect(w7(bag, U_PER)).toBeLessThanOrEqual(Math.max(w7(a, U_PER), w7(b, U_PER), w7(c, U_PER)));
  });
});
