import { typeRegionsAfterPlaces } from './regions-after-places';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeRegionsAfterPlaces, words, labels);

describe('typeRegionsAfterPlaces', () => {
  it('reads a one-word organisation after a place and a comma, closed by punctuation, as a place', () => {
    expect(typed(['in', 'Abingdon', ',', 'Oxfordshire', ',', 'in'], [0, 5, 0, 3, 0, 0])).toEqual([0, 5, 0, 5, 0, 0]);
    expect(typed(['Kings', 'Road', ',', 'Rochdale', '.'], [5, 6, 0, 3, 0])).toEqual([5, 6, 0, 5, 0]);
  });

  it('leaves people, MISC, longer names and a name the sentence goes on with alone', () => {
    expect(typed(['Arizona', ',', 'Geronimo', ','], [5, 0, 1, 0])).toEqual([5, 0, 1, 0]);
    expect(typed(['Caribbean', ',', 'American', ','], [5, 0, 7, 0])).toEqual([5, 0, 7, 0]);
    expect(typed(['London', ',', 'Microsoft', 'said'], [5, 0, 3, 0])).toEqual([5, 0, 3, 0]);
    expect(typed(['London', ',', 'Goldman', 'Sachs', ','], [5, 0, 3, 4, 0])).toEqual([5, 0, 3, 4, 0]);
  });
});
