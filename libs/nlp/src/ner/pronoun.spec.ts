import { dropPronounI } from './pronoun';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const dropped = (words: string[], labels: number[]): number[] => relabelled((lower, _caseClass, out) => dropPronounI(lower, out), words, labels);

describe('dropPronounI', () => {
  it('takes the pronoun I out of the names, alone, but not out of a longer name', () => {
    expect(dropped(['I', "'ve", 'said', 'it'], [1, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(dropped(['Queen', 'Elizabeth', 'I'], [0, 1, 2])).toEqual([0, 1, 2]);
    expect(dropped(['World', 'War', 'I'], [7, 8, 8])).toEqual([7, 8, 8]);
  });
});
