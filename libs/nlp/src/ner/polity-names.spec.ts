import { joinPolityNames, typePolityHeads } from './polity-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const joined = (words: string[], labels: number[]): number[] => relabelled(joinPolityNames, words, labels);

describe('joinPolityNames', () => {
  it('joins a polity title, "of" and the place into one location, whatever the model made of the title', () => {
    expect(joined(['the', 'Kingdom', 'of', 'Castile', 'fell'], [0, 0, 0, 5, 0])).toEqual([0, 5, 6, 6, 0]);
    expect(joined(['Duchy', 'of', 'Athens'], [1, 0, 5])).toEqual([5, 6, 6]);
    expect(joined(['KINGDOM', 'OF', 'SPAIN'], [3, 0, 5])).toEqual([5, 6, 6]);
    expect(joined(['Republic', 'of', 'South', 'Korea', 'said'], [0, 0, 5, 6, 0])).toEqual([5, 6, 6, 6, 0]);
  });

  it('takes in the name the title ends', () => {
    expect(joined(['the', 'Seleucid', 'Empire', 'of', 'Syria'], [0, 3, 4, 0, 5])).toEqual([0, 5, 6, 6, 6]);
    expect(joined(['the', 'Neo-Assyrian', 'Empire', 'of', 'Ashur'], [0, 7, 8, 0, 5])).toEqual([0, 5, 6, 6, 6]);
  });

  it('retypes a polity name the model read whole as a person or an organisation; a MISC one is a work', () => {
    expect(joined(['the', 'Duchy', 'of', 'Athens', 'was'], [0, 3, 4, 4, 0])).toEqual([0, 5, 6, 6, 0]);
    expect(joined(['Kingdom', 'of', 'the', 'Two', 'Sicilies', ';', 'Bank'], [1, 2, 2, 2, 2, 0, 3])).toEqual([5, 6, 6, 6, 6, 0, 3]);
    expect(joined(['Empire', 'of', 'the', 'Sun'], [7, 8, 8, 8])).toEqual([7, 8, 8, 8]);
  });

  it('leaves people, other titles, lower-case words and names that are not places alone', () => {
    expect(joined(['Tim', 'Henman', 'of', 'Britain'], [1, 2, 0, 5])).toEqual([1, 2, 0, 5]);
    expect(joined(['John', 'Kingdom', 'of', 'Britain'], [1, 2, 0, 5])).toEqual([1, 2, 0, 5]);
    expect(joined(['Bank', 'of', 'England'], [3, 4, 4])).toEqual([3, 4, 4]);
    expect(joined(['University', 'of', 'Munich'], [0, 0, 5])).toEqual([0, 0, 5]);
    expect(joined(['a', 'kingdom', 'of', 'Spain'], [0, 0, 0, 5])).toEqual([0, 0, 0, 5]);
    expect(joined(['Empire', 'of', 'the', 'Sun'], [0, 0, 0, 7])).toEqual([0, 0, 0, 7]);
    expect(joined(['Duchy', 'of'], [3, 4])).toEqual([3, 4]);
    expect(joined(['Crown', 'of', 'Aragon'], [0, 0, 3])).toEqual([0, 0, 3]);
  });
});

describe('typePolityHeads', () => {
  const typed = (words: string[], labels: number[]): number[] => relabelled(typePolityHeads, words, labels);

  it('reads a MISC or organisation name ending in a polity title as a location', () => {
    expect(typed(['the', 'Mughal', 'Empire', 'and'], [0, 7, 8, 0])).toEqual([0, 5, 6, 0]);
    expect(typed(['the', 'Old', 'Assyrian', 'Empire'], [0, 3, 4, 4])).toEqual([0, 5, 6, 6]);
    expect(typed(['the', 'Second', 'Polish', 'Republic', ','], [0, 7, 8, 8, 0])).toEqual([0, 5, 6, 6, 0]);
  });

  it('takes in a title the model left outside the MISC before it', () => {
    expect(typed(['the', 'Roman', 'Empire', '('], [0, 7, 0, 0])).toEqual([0, 5, 6, 0]);
  });

  it('leaves people, one-word names, lower-case titles and other words alone', () => {
    expect(typed(['Roger', 'Kingdom', 'won'], [1, 2, 0])).toEqual([1, 2, 0]);
    expect(typed(['the', 'Empire', 'struck'], [0, 7, 0])).toEqual([0, 7, 0]);
    expect(typed(['the', 'Soviet', 'empire'], [0, 7, 0])).toEqual([0, 7, 0]);
    expect(typed(['the', 'Ottoman', 'Bank'], [0, 3, 4])).toEqual([0, 3, 4]);
    expect(typed(['the', 'Empire', 'State', 'Building'], [0, 5, 6, 6])).toEqual([0, 5, 6, 6]);
    // A work's title opens with its article inside the name.
    expect(typed(['Plato', "'s", 'The', 'Republic'], [1, 0, 7, 8])).toEqual([1, 0, 7, 8]);
  });
});
