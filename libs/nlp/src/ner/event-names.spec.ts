import { typeEventNames } from './event-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeEventNames, words, labels);

describe('typeEventNames', () => {
  it('types a name ending in a title-case event, prize or law head as MISC', () => {
    expect(typed(['the', 'Arakan', 'War', 'began'], [0, 1, 2, 0])).toEqual([0, 7, 8, 0]);
    expect(typed(['Haifa', 'International', 'Film', 'Festival'], [5, 6, 6, 6])).toEqual([7, 8, 8, 8]);
    expect(typed(['the', 'Social', 'Security', 'Act'], [0, 3, 4, 4])).toEqual([0, 7, 8, 8]);
  });

  it('leaves one-word names, lower-case heads, other heads and names with "of" inside', () => {
    expect(typed(['Cup', 'holders'], [3, 0])).toEqual([3, 0]);
    expect(typed(['Leeds', 'cup'], [3, 0])).toEqual([3, 0]);
    expect(typed(['Greek', 'Rally'], [3, 4])).toEqual([3, 4]);
    expect(typed(['Council', 'of', 'the', 'Islamic', 'Revolution'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
  });
});
