import { splitConjoinedNames, splitOrganisationLists } from './conjoined-names';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const split = (words: string[], labels: number[]): number[] => relabelled(splitConjoinedNames, words, labels);

describe('splitConjoinedNames', () => {
  it('cuts a name read across a conjunction after an institution head noun or a legal form', () => {
    const parties = ['the', 'Ulster', 'Unionist', 'Party', 'and', 'Social', 'Democratic', 'and', 'Labour', 'Party', 'said'];
    expect(split(parties, [0, 3, 4, 4, 4, 4, 4, 4, 4, 4, 0])).toEqual([0, 3, 4, 4, 0, 3, 4, 4, 4, 4, 0]);
    expect(split(['Chevron', 'Corp', 'and', 'Texaco', 'Inc'], [3, 4, 4, 4, 4])).toEqual([3, 4, 0, 3, 4]);
    expect(split(['Chevron', 'Corp.', 'and', 'Texaco', 'Inc.'], [3, 4, 4, 4, 4])).toEqual([3, 4, 0, 3, 4]);
    expect(split(['the', 'West', 'Bank', '/', 'Gaza'], [0, 5, 6, 6, 6])).toEqual([0, 5, 6, 0, 5]);
  });

  it('cuts a name read across a conjunction when both sides name an institution, each by its head noun or legal form', () => {
    const parties = ['the', 'Liberal', 'Party', 'of', 'Canada', 'and', 'New', 'Democratic', 'Party', ','];
    expect(split(parties, [0, 3, 4, 4, 4, 4, 4, 4, 4, 0])).toEqual([0, 3, 4, 4, 4, 0, 3, 4, 4, 0]);
    const merger = ['Progressive', 'Conservative', 'Association', 'of', 'Alberta', 'and', 'Wildrose', 'Party', 'parties'];
    expect(split(merger, [3, 4, 4, 4, 4, 4, 4, 4, 0])).toEqual([3, 4, 4, 4, 4, 0, 3, 4, 0]);
    // Only the side before names an institution: one name.
    expect(split(['Green', 'Party', 'of', 'England', 'and', 'Wales'], [3, 4, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4, 4]);
    expect(split(['Department', 'of', 'Trade', 'and', 'Industry'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
  });

  it('cuts a name read across a conjunction when the word after it repeats a word of the name before it', () => {
    const kingdoms = ['Kingdom', 'of', 'León', 'and', 'Kingdom', 'of', 'Castile'];
    expect(split(kingdoms, [5, 6, 6, 6, 6, 6, 6])).toEqual([5, 6, 6, 0, 5, 6, 6]);
    expect(split(['New', 'York', 'and', 'New', 'Jersey', 'and', 'New', 'Mexico'], [5, 6, 6, 6, 6, 6, 6, 6])).toEqual([5, 6, 0, 5, 6, 0, 5, 6]);
    expect(split(['Laurent', 'Cabannes', 'and', 'Laurent', 'Benezech'], [1, 2, 2, 2, 2])).toEqual([1, 2, 0, 1, 2]);
  });

  it('leaves names with a conjunction of their own, people, lower-case words and labels outside names alone', () => {
    expect(split(['Securities', 'and', 'Exchange', 'Commission'], [3, 4, 4, 4])).toEqual([3, 4, 4, 4]);
    expect(split(['Bosnia', 'and', 'Herzegovina'], [5, 6, 6])).toEqual([5, 6, 6]);
    expect(split(['Johnson', '&', 'Johnson', 'said'], [3, 4, 4, 0])).toEqual([3, 4, 4, 0]);
    expect(split(['Social', 'Democratic', 'and', 'Labour', 'Party'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
    expect(split(['Procter', 'Group', 'and', 'Gamble'], [1, 2, 2, 2])).toEqual([1, 2, 2, 2]);
    expect(split(['Party', 'and', 'party', 'members'], [3, 4, 4, 4])).toEqual([3, 4, 4, 4]);
    expect(split(['Party', 'and', 'Union'], [3, 0, 3])).toEqual([3, 0, 3]);
  });
});

describe('splitOrganisationLists', () => {
  const cut = (words: string[], labels: number[]): number[] => relabelled((lower, _caseClass, out) => splitOrganisationLists(lower, out), words, labels);

  it('cuts an organisation at a comma after a legal form', () => {
    const words = ['partner', 'BioNTech', 'SE', ',', 'Health', 'and', 'Human', 'Services', 'Secretary'];
    expect(cut(words, [0, 3, 4, 4, 4, 4, 4, 4, 0])).toEqual([0, 3, 4, 0, 3, 4, 4, 4, 0]);
  });

  it('cuts a list of organisations read as one at every comma', () => {
    const words = ['Aetna', ',', 'Allianz', ',', 'Apple', ',', 'Bank', 'of', 'America', 'and'];
    expect(cut(words, [3, 4, 4, 4, 4, 4, 4, 4, 4, 0])).toEqual([3, 0, 3, 0, 3, 0, 3, 4, 4, 0]);
  });

  it("keeps a firm of partners, a ministry's domains and a company with its legal form after a comma", () => {
    expect(cut(['Goldman', ',', 'Sachs', '&', 'Co'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
    expect(cut(['Bureau', 'of', 'Alcohol', ',', 'Tobacco', 'and', 'Firearms'], [3, 4, 4, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4, 4, 4]);
    expect(cut(['Ferris', ',', 'Baker', 'Watts', ',', 'Inc.'], [3, 4, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4, 4]);
    expect(cut(['Washington', ',', 'D.C.'], [5, 6, 6])).toEqual([5, 6, 6]);
    expect(cut(['Samsung', 'Electronics', 'Co.', ',', 'Ltd.'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
  });
});
