import { readLegalForms } from './legal-forms';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const read = (words: string[], labels: number[]): number[] => relabelledInText((t, out) => readLegalForms(t.text, t.starts, t.ends, out), words, labels);

describe('readLegalForms', () => {
  it("takes a legal form left out, or read as the next name's start, into the name before it as a company", () => {
    expect(read(['Airbus', 'SE', 'delivered', 'jets'], [7, 0, 0, 0])).toEqual([3, 4, 0, 0]);
    expect(read(['by', 'Acme', 'Web', 'Inc.', 'Chevron', 'Corp'], [0, 3, 4, 3, 4, 4])).toEqual([0, 3, 4, 4, 3, 4]);
  });

  it('ends a company at a form written with its full stop, unless another form follows', () => {
    expect(read(['by', 'Acme', 'Inc.', 'Chevron', 'Corp', 'bought'], [0, 3, 4, 4, 4, 0])).toEqual([0, 3, 4, 3, 4, 0]);
    expect(read(['Samsung', 'Electronics', 'Co.', 'Ltd', 'said'], [3, 4, 4, 4, 0])).toEqual([3, 4, 4, 4, 0]);
  });

  it('reads forms by their written case and leaves a form after no name', () => {
    expect(read(['Ricardo', 'Sa', 'Pinto'], [1, 2, 2])).toEqual([1, 2, 2]);
    expect(read(['Ricardo', 'Sa', 'said'], [1, 2, 0])).toEqual([1, 2, 0]);
    expect(read(['the', 'Inc', 'said'], [0, 0, 0])).toEqual([0, 0, 0]);
  });
});
