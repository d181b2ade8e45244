import { typeStormNames } from './storm-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC. One sentence.
const typed = (words: string[], labels: number[]): number[] =>
  relabelled((lower, caseClass, out) => typeStormNames(lower, caseClass, new Int32Array(words.length), out), words, labels);

describe('typeStormNames', () => {
  it('types the given name after a storm word as MISC, the word outside', () => {
    expect(typed(['Hurricane', 'Laura', 'made', 'landfall'], [0, 1, 0, 0])).toEqual([0, 7, 0, 0]);
    expect(typed(['during', 'Hurricane', 'Sandy', '.'], [0, 5, 6, 0])).toEqual([0, 0, 7, 0]);
    expect(typed(['the', 'typhoon', 'Haishen', 'hit'], [0, 0, 0, 0])).toEqual([0, 0, 7, 0]);
    expect(typed(['Tropical', 'Storm', 'Dolly', 'weakened'], [0, 0, 1, 0])).toEqual([0, 0, 7, 0]);
  });

  it('leaves the verb "storm", organisations and longer names', () => {
    expect(typed(['vowed', 'to', 'storm', 'Grozny'], [0, 0, 0, 5])).toEqual([0, 0, 0, 5]);
    expect(typed(['Storm', 'Research', 'Organisation'], [3, 4, 4])).toEqual([3, 4, 4]);
    expect(typed(['National', 'Hurricane', 'Center', 'said'], [3, 4, 4, 0])).toEqual([3, 4, 4, 0]);
  });
});
