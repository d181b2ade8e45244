import { typeTradeCompanyNames } from './trade-company-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeTradeCompanyNames, words, labels);

describe('typeTradeCompanyNames', () => {
  it('types a name ending in a title-case trade word as a company', () => {
    expect(typed(['signed', 'with', 'Geffen', 'Records', 'in'], [0, 0, 1, 2, 0])).toEqual([0, 0, 3, 4, 0]);
    expect(typed(['Sudan', 'Airways', 'said'], [5, 6, 0])).toEqual([3, 4, 0]);
    expect(typed(['hedge', 'fund', 'Melvin', 'Capital'], [0, 0, 1, 2])).toEqual([0, 0, 3, 4]);
  });

  it('leaves one-word names, lower-case words and other endings', () => {
    expect(typed(['Records', 'fell'], [1, 0])).toEqual([1, 0]);
    expect(typed(['Geffen', 'records', 'sold'], [1, 0, 0])).toEqual([1, 0, 0]);
    expect(typed(['White', 'House', 'Press'], [5, 6, 6])).toEqual([5, 6, 6]);
  });
});
