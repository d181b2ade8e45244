import { nameMarketIndices } from './market-indices';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(nameMarketIndices, words, labels);

describe('nameMarketIndices', () => {
  it('reads a name before "index", with the number between them, as one MISC name, and the same name elsewhere too', () => {
    const sp = ['the', 'S&P', '500', 'index', 'rose', '.', 'The', 'S&P', '500', 'fell'];
    expect(typed(sp, [0, 3, 0, 0, 0, 0, 0, 3, 0, 0])).toEqual([0, 7, 8, 0, 0, 0, 0, 7, 8, 0]);
    expect(typed(['the', 'DAX', 'index'], [0, 3, 0])).toEqual([0, 7, 0]);
  });

  it('takes in "Index" in title case, not in a headline set in capitals', () => {
    expect(typed(['the', 'S&P', '500', 'Index', 'rose'], [0, 3, 0, 0, 0])).toEqual([0, 7, 8, 8, 0]);
    expect(typed(['AEX', 'INDEX', '7,391'], [7, 0, 0])).toEqual([7, 0, 0]);
  });

  it('reads a name ending in "Index" or "Average" of its own, in title case, as a MISC name', () => {
    expect(typed(['the', 'Dow', 'Jones', 'Industrial', 'Average', 'rose'], [0, 3, 4, 4, 4, 0])).toEqual([0, 7, 8, 8, 8, 0]);
    expect(typed(['the', 'Consumer', 'Price', 'Index'], [0, 3, 4, 4])).toEqual([0, 7, 8, 8]);
    // a lower-case average is no part of the name, and one word alone is no index's name
    expect(typed(['the', 'Dow', 'Jones', 'industrial', 'average'], [0, 7, 8, 0, 0])).toEqual([0, 7, 8, 0, 0]);
    expect(typed(['Average', 'said'], [3, 0])).toEqual([3, 0]);
    expect(typed(['S&P', 'Dow', 'Jones', 'Indices', 'said'], [3, 4, 4, 4, 0])).toEqual([3, 4, 4, 4, 0]);
  });

  it('reads an index family with its own number as one MISC name, whatever the tagger read', () => {
    expect(typed(['the', 'S&P', '500', 'gained'], [0, 3, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['the', 'Russell', '2000', 'rose'], [0, 1, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['Nifty', '50', 'climbed'], [0, 0, 0])).toEqual([7, 8, 0]);
    expect(typed(['Euro', 'Stoxx', '50', 'futures'], [7, 8, 0, 0])).toEqual([7, 8, 8, 0]);
    expect(typed(['S&P', '/', 'ASX', '200', 'closed'], [3, 0, 3, 0, 0])).toEqual([7, 8, 8, 8, 0]);
  });

  it('takes in a title-case "Composite" the tagger stopped before', () => {
    expect(typed(['the', 'Nasdaq', 'Composite', 'added'], [0, 7, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['the', 'Shanghai', 'Composite', 'fell'], [0, 5, 0, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['Nasdaq', 'Composite', 'Materials'], [3, 0, 3])).toEqual([3, 0, 3]);
  });

  it('leaves a family word with another number, or in lower case, alone', () => {
    expect(typed(['Jack', 'Russell', '63', 'not', 'out'], [1, 2, 0, 0, 0])).toEqual([1, 2, 0, 0, 0]);
    expect(typed(['S&P', 'cut', 'it'], [3, 0, 0])).toEqual([3, 0, 0]);
    expect(typed(['a', 'nifty', '50', 'pence'], [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });

  it('leaves exchanges, and the name without its number elsewhere, alone', () => {
    expect(typed(['the', 'American', 'Stock', 'Exchange', 'index'], [0, 3, 4, 4, 0])).toEqual([0, 3, 4, 4, 0]);
    expect(typed(['the', 'S&P', '500', 'index', '.', 'S&P', 'cut', 'it'], [0, 3, 0, 0, 0, 3, 0, 0])).toEqual([0, 7, 8, 0, 0, 3, 0, 0]);
  });
});
