import { typeOrganisationFirstWords } from './organisation-first-words';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled(typeOrganisationFirstWords, words, labels);

describe('typeOrganisationFirstWords', () => {
  it('reads a one-word person that opens an organisation named in full in the document as that organisation', () => {
    const fox = ['Fox', 'News', 'reported', 'it', '.', 'Fox', 'said', 'so'];
    expect(typed(fox, [3, 4, 0, 0, 0, 1, 0, 0])).toEqual([3, 4, 0, 0, 0, 3, 0, 0]);
  });

  it('leaves titled people, people named in full, longer names and other types alone', () => {
    expect(typed(['the', 'Prodi', 'Commission', ',', 'President', 'Prodi', 'said'], [0, 3, 4, 0, 0, 1, 0])).toEqual([0, 3, 4, 0, 0, 1, 0]);
    expect(typed(['Dole', 'Food', 'and', 'Bob', 'Dole', '.', 'Dole', 'said'], [3, 4, 0, 1, 2, 0, 1, 0])).toEqual([3, 4, 0, 1, 2, 0, 1, 0]);
    expect(typed(['Bob', 'Dylan', 'Live', 'and', 'Bob', 'Dylan', '.', 'Bob', 'sang'], [3, 4, 4, 0, 1, 2, 0, 1, 0])).toEqual([3, 4, 4, 0, 1, 2, 0, 1, 0]);
    expect(typed(['Fox', 'News', 'and', 'Fox', 'Mulder'], [3, 4, 0, 1, 2])).toEqual([3, 4, 0, 1, 2]);
    expect(typed(['Fox', 'News', 'and', 'Fox'], [3, 4, 0, 5])).toEqual([3, 4, 0, 5]);
  });

  it('reads a one-word place or MISC that opens a company named by its legal form or web domain as that company', () => {
    const amazon = ['Amazon', '.', 'com', 'Inc', 'said', '.', 'Amazon', 'shares', 'rose'];
    expect(typed(amazon, [3, 4, 4, 4, 0, 0, 5, 0, 0])).toEqual([3, 4, 4, 4, 0, 0, 3, 0, 0]);
    expect(typed(['Sony', 'Corp.', 'and', 'Sony'], [3, 4, 0, 7])).toEqual([3, 4, 0, 3]);
    expect(typed(['Booking', '.', 'com', 'and', 'Booking'], [3, 4, 4, 0, 5])).toEqual([3, 4, 4, 0, 3]);
  });

  it('leaves a place that opens a longer company name or one without a legal form alone', () => {
    expect(typed(['Boston', 'Scientific', 'Corp', 'in', 'Boston'], [3, 4, 4, 0, 5])).toEqual([3, 4, 4, 0, 5]);
    expect(typed(['Japan', 'Airlines', 'and', 'Japan'], [3, 4, 0, 5])).toEqual([3, 4, 0, 5]);
    expect(typed(['Sony', 'Corp', 'in', 'Sony', 'Music'], [3, 4, 0, 5, 6])).toEqual([3, 4, 0, 5, 6]);
  });

  it("names a company's bare first word the tagger left out, standing alone", () => {
    expect(typed(['Slack', 'Inc', 'agreed', '.', 'Slack', 'shares', 'jumped'], [3, 4, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 3, 0, 0]);
    // Before another capitalised word, or written in lower case: left.
    expect(typed(['Apple', 'Inc', 'said', '.', 'Apple', 'Watch', 'sales'], [3, 4, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 0]);
    expect(typed(['Slack', 'Inc', 'said', 'slack', 'demand'], [3, 4, 0, 0, 0])).toEqual([3, 4, 0, 0, 0]);
  });
});
