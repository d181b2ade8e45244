import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { typeUnknownWordsBesideNames, unifyListTypes } from './list-types';
import { WordClasses } from './word-classes';
import { relabelled } from '../../../../test/support/spaced-words';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const unified = (words: string[], labels: number[]): number[] => relabelled(unifyListTypes, words, labels);

describe('unifyListTypes', () => {
  it('gives the places and organisations of a list of three names or more the majority type', () => {
    expect(unified(['in', 'Detroit', ',', 'Milwaukee', ',', 'Los', 'Angeles', 'and', 'Tucson'], [0, 5, 0, 3, 0, 5, 6, 0, 5])).toEqual([
      0, 5, 0, 5, 0, 5, 6, 0, 5,
    ]);
    expect(unified(['Likud', ',', 'Labor', ',', 'and', 'Meimad'], [3, 0, 5, 0, 0, 3])).toEqual([3, 0, 3, 0, 0, 3]);
    expect(unified(['Perth', ',', 'Dundee', 'or', 'Glasgow', ',', 'Aberdeen'], [5, 0, 3, 0, 5, 0, 5])).toEqual([5, 0, 5, 0, 5, 0, 5]);
  });

  it('makes a mixed list right after "in" places, unless its names are joined by more than one conjunction', () => {
    // in Bristol , Chester , Exeter , Norwich and York — two places, three organisations
    expect(unified(['in', 'Bristol', ',', 'Chester', ',', 'Exeter', ',', 'Norwich', 'and', 'York'], [0, 5, 0, 3, 0, 3, 0, 3, 0, 5])).toEqual([
      0, 5, 0, 5, 0, 5, 0, 5, 0, 5,
    ]);
    expect(unified(['in', 'Indonesia', ',', 'and', 'AirJaldi', 'and', 'Zaya'], [0, 5, 0, 0, 3, 0, 3])).toEqual([0, 3, 0, 0, 3, 0, 3]);
    // A tie after "in" goes to places too; an institution keeps its type wherever its head stands.
    expect(unified(['in', 'Leeds', ',', 'Hull', ',', 'University', 'of', 'York', 'and', 'Derby'], [0, 5, 0, 3, 0, 3, 4, 4, 0, 5])).toEqual([
      0, 5, 0, 5, 0, 3, 4, 4, 0, 5,
    ]);
    expect(unified(['stakes', 'in', 'Rio', ',', 'BHP', 'and', 'Vale'], [0, 0, 3, 0, 3, 0, 3])).toEqual([0, 0, 3, 0, 3, 0, 3]);
  });

  it('gives the names of a list the type of three or more of them that outnumber the rest (MISC aside)', () => {
    expect(unified(['Colchester', ',', 'Chester', ',', 'Cork', ',', 'Edinburgh', 'and', 'Dublin'], [5, 0, 5, 0, 1, 0, 5, 0, 5])).toEqual([
      5, 0, 5, 0, 5, 0, 5, 0, 5,
    ]);
    expect(unified(['Gigabyte', ',', 'Zotac', ',', 'MSI', ',', 'Asus', 'and', 'PNY'], [1, 0, 1, 0, 3, 0, 3, 0, 3])).toEqual([3, 0, 3, 0, 3, 0, 3, 0, 3]);
    // As many people as organisations, or only two places beside a person: left alone.
    const people = ['Pat', 'Robertson', ',', 'Ralph', 'Reed', ',', 'Gary', 'Bauer', ',', 'Eagle', 'Forum', ',', 'NRA', 'and', 'AFA'];
    expect(unified(people, [1, 2, 0, 1, 2, 0, 1, 2, 0, 3, 4, 0, 3, 0, 3])).toEqual([1, 2, 0, 1, 2, 0, 1, 2, 0, 3, 4, 0, 3, 0, 3]);
    expect(unified(['Paris', ',', 'Smith', 'and', 'Lyon'], [5, 0, 1, 0, 5])).toEqual([5, 0, 1, 0, 5]);
    // Among people: a place or organisation read in a squad list; an institution and a MISC name keep their type.
    expect(unified(['Given', ',', 'Breen', ',', 'Staunton', ',', 'Irwin', 'and', 'Harte'], [1, 0, 1, 0, 5, 0, 1, 0, 1])).toEqual([1, 0, 1, 0, 1, 0, 1, 0, 1]);
    const mixed = ['Owens', ',', 'Coulter', ',', 'West', ',', 'Yale', 'University', ',', 'Democrats', 'and', 'Keller'];
    expect(unified(mixed, [1, 0, 1, 0, 3, 0, 3, 4, 0, 7, 0, 1])).toEqual([1, 0, 1, 0, 1, 0, 3, 4, 0, 7, 0, 1]);
  });

  it('leaves ties, pairs, people and MISC names in a list, institutions by their head noun, and names not listed alone', () => {
    expect(unified(['Amazon', ',', 'Chipotle', ',', 'Wal-Mart', 'and', 'Verizon'], [5, 0, 5, 0, 3, 0, 3])).toEqual([5, 0, 5, 0, 3, 0, 3]);
    expect(unified(['Georgetown', ',', 'Harvard', ',', 'and', 'Johns', 'Hopkins', 'University'], [5, 0, 5, 0, 0, 3, 4, 4])).toEqual([5, 0, 5, 0, 0, 3, 4, 4]);
    expect(unified(['Iraq', 'and', 'the', 'U.N.'], [5, 0, 0, 3])).toEqual([5, 0, 0, 3]);
    expect(unified(['Iraq', 'and', 'U.N.'], [5, 0, 3])).toEqual([5, 0, 3]);
    expect(unified(['Paris', ',', 'Smith', 'and', 'French'], [5, 0, 1, 0, 7])).toEqual([5, 0, 1, 0, 7]);
    expect(unified(['Paris', ',', 'IBM', 'said', 'Tokyo'], [5, 0, 3, 0, 5])).toEqual([5, 0, 3, 0, 5]);
  });
});

describe('typeUnknownWordsBesideNames', () => {
  // "nasdaq" on a list, "novavax" in the embeddings' vocabulary (a word class), "biontech" and "instacart" in neither.
  const gazetteer = Gazetteer.build([{ tokens: [hashString('nasdaq')], category: GAZ_CATEGORIES.indexOf('company') }]);
  const classes = WordClasses.build([{ lowerHash: hashString('novavax'), path: '0101' }]);

  const typed = (text: string, labels: number[]): number[] =>
    relabelledDocument((ctx, out, t) => typeUnknownWordsBesideNames(t.text, t.starts, t.ends, ctx, out), text, labels, gazetteer, classes);

  it('types an unknown capitalised word joined by "and" or "or" to a name as that name', () => {
    expect(typed('Pfizer and BioNTech applied .', [3, 0, 0, 0, 0])).toEqual([3, 0, 3, 0, 0]);
    expect(typed('Instacart or DoorDash will deliver .', [0, 0, 3, 0, 0, 0])).toEqual([3, 0, 3, 0, 0, 0]);
  });

  it('leaves a listed word, one with a word class, a word of other shape, a headline and a MISC neighbour', () => {
    expect(typed('Pfizer and Nasdaq rose .', [3, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0]);
    expect(typed('Pfizer and Novavax rose .', [3, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0]);
    expect(typed('Pfizer and MH-17 rose .', [3, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0]);
    expect(typed('PFIZER AND BIONTECH APPLY', [3, 0, 0, 0])).toEqual([3, 0, 0, 0]);
    expect(typed('Brexit and Grexiteers met .', [7, 0, 0, 0, 0])).toEqual([7, 0, 0, 0, 0]);
  });
});
