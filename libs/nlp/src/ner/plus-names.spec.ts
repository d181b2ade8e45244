import { takeInPlusSigns } from './plus-names';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC. "OPEC+" is the two tokens OPEC +.
const relabelled = (text: string, labels: number[]): number[] =>
  relabelledTokenized((w, l) => takeInPlusSigns(w.starts, w.ends, w.info.lower, w.info.caseClass, l), text, labels);

describe('takeInPlusSigns', () => {
  it('takes a plus sign written onto the end of a name into the name', () => {
    expect(relabelled('OPEC+ meets', [3, 0, 0])).toEqual([3, 4, 0]);
    expect(relabelled('Disney+, Netflix', [3, 0, 0, 3])).toEqual([3, 4, 0, 3]);
  });

  it('leaves a plus sign apart from the name, or one that is no name, alone', () => {
    expect(relabelled('OPEC + Russia', [3, 0, 5])).toEqual([3, 0, 5]);
    expect(relabelled('rated AA+ by', [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });
});
