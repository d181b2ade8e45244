import { priorCode, priorCodes, typeCounts } from './build-word-type-priors';
import type { ConllDoc } from './conll';

// Type order of the shares and codes: O, PER, ORG, LOC, MISC.
const O = 0;
const PER = 1;
const ORG = 2;
const code = (type: number, strength: number) => 1 + 3 * type + strength;

describe('word type priors', () => {
  it('code the leading type of a share mix and how strongly it leads; nothing mixed is 0', () => {
    expect(priorCode([0, 0, 0, 0, 0], 0)).toBe(0);
    expect(priorCode([0, 0.9, 0.1, 0, 0], 1)).toBe(code(PER, 2));
    expect(priorCode([0.1, 0.2, 0.6, 0.1, 0], 1)).toBe(code(ORG, 1));
    expect(priorCode([0.3, 0.2, 0.2, 0.2, 0.1], 1)).toBe(code(O, 0));
    // shares weighted by similarity: 1.35 of 1.5 is 0.9
    expect(priorCode([0, 0, 1.35, 0.15, 0], 1.5)).toBe(code(ORG, 2));
  });

  it('count the types of capitalised vocabulary words only, lower-cased', () => {
    const doc: ConllDoc = {
      tokens: [['Pfizer', 'said', 'pfizer', 'Jones', 'Pfizer']],
      tags: [['B-ORG', 'O', 'O', 'B-PER', 'B-ORG']],
    } as ConllDoc;
    const row = new Map([
      ['pfizer', 0],
      ['said', 1],
    ]);
    const counts = typeCounts([doc], row);
    expect([...counts.keys()]).toEqual([0]);
    expect([...counts.get(0)!]).toEqual([0, 0, 2, 0, 0]);
  });

  it('mix the neighbours that carry labels, weighted by similarity; a word without any has no prior', () => {
    // word 0's candidates: reference 0 (no labels), then references 1 and 2; word 1 has no candidates
    const candidates = 20;
    const idx = new Int32Array(2 * candidates).fill(-1);
    const sim = new Float32Array(2 * candidates).fill(-2);
    idx.set([0, 1, 2], 0);
    sim.set([0.9, 0.8, 0.2], 0);
    const refs = [10, 11, 12];
    const counts = new Map([
      [11, Float64Array.from([0, 3, 1, 0, 0])],
      [12, Float64Array.from([0, 0, 2, 0, 0])],
    ]);
    // reference 10 has no labels; PER 0.8 * 3/4 = 0.6, ORG 0.8 * 1/4 + 0.2 = 0.4, of 1.0
    expect([...priorCodes(2, refs, idx, sim, counts)]).toEqual([code(PER, 1), 0]);
    // once the nearest carries labels, it leads: ORG 0.9 + 0.2 + 0.2 = 1.3 of 1.9
    counts.set(10, Float64Array.from([0, 0, 5, 0, 0]));
    expect(priorCodes(2, refs, idx, sim, counts)[0]).toBe(code(ORG, 1));
  });
});
