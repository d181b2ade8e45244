import { dropCommonNounAcronyms } from './common-acronyms';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const dropped = (words: string[], labels: number[]): number[] =>
  relabelledInText(({ text, starts, ends }, out) => dropCommonNounAcronyms(text, starts, ends, out), words, labels);

describe('dropCommonNounAcronyms', () => {
  it('drops a one-word name that is the acronym of a common noun', () => {
    expect(dropped(['Airbnb', 'priced', 'its', 'IPO'], [3, 0, 0, 3])).toEqual([3, 0, 0, 0]);
    expect(dropped(['the', 'CEO', 'said', 'AI', 'helps'], [0, 3, 0, 7, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(dropped(['U.S.', 'GDP', 'fell'], [5, 3, 0])).toEqual([5, 0, 0]);
    expect(dropped(['short', 'of', 'ICU', 'beds', 'and', 'PPE'], [0, 0, 3, 0, 0, 3])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(dropped(['sales', 'of', 'EVs', 'rose'], [0, 0, 5, 0])).toEqual([0, 0, 0, 0]);
    expect(dropped(['Mahomes', 'was', 'named', 'MVP'], [1, 0, 0, 3])).toEqual([1, 0, 0, 0]);
  });

  it('leaves the acronym inside a longer name, other acronyms and other spellings alone', () => {
    expect(dropped(['CBS', 'TV', 'said'], [3, 4, 0])).toEqual([3, 4, 0]);
    expect(dropped(['the', 'NATO', 'summit'], [0, 3, 0])).toEqual([0, 3, 0]);
    expect(dropped(['Ai', 'Weiwei'], [1, 2])).toEqual([1, 2]);
    expect(dropped(['Ceo', 'said'], [1, 0])).toEqual([1, 0]);
  });
});
