import { typeLandmarkNames } from './landmark-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeLandmarkNames, words, labels);

describe('typeLandmarkNames', () => {
  it('types a person that Mount, Lake, Cape or Fort opens, or a place noun ends, as a place', () => {
    expect(typed(['seat', 'of', 'Mount', 'Albert', 'in'], [0, 0, 1, 2, 0])).toEqual([0, 0, 5, 6, 0]);
    expect(typed(['on', 'Madison', 'Avenue'], [0, 1, 2])).toEqual([0, 5, 6]);
  });

  it('leaves organisations, one-word names, surnames that name places too, and lower-case words alone', () => {
    expect(typed(['Fort', 'Worth', 'Stockyards'], [3, 4, 4])).toEqual([3, 4, 4]);
    expect(typed(['Tony', 'Hall'], [1, 2])).toEqual([1, 2]);
    expect(typed(['Sung-Hee', 'Park'], [1, 2])).toEqual([1, 2]);
    expect(typed(['Street'], [1])).toEqual([1]);
    expect(typed(['Ann', 'street'], [1, 2])).toEqual([1, 2]);
  });
});
