import { typeSchoolNames } from './school-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeSchoolNames, words, labels);

describe('typeSchoolNames', () => {
  it('types a name ending in a title-case school head noun as an organisation', () => {
    expect(typed(['at', 'Eton', 'College', 'and'], [0, 5, 6, 0])).toEqual([0, 3, 4, 0]);
    expect(typed(['Sidwell', 'Friends', 'School'], [1, 2, 2])).toEqual([3, 4, 4]);
  });

  it('leaves one-word names, lower-case heads, other heads and organisations alone', () => {
    expect(typed(['College', 'said'], [5, 0])).toEqual([5, 0]);
    expect(typed(['Eton', 'college'], [5, 0])).toEqual([5, 0]);
    expect(typed(['University', 'Hospital'], [5, 6])).toEqual([5, 6]);
    expect(typed(['Oxford', 'University'], [3, 4])).toEqual([3, 4]);
  });
});
