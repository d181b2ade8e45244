import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { nameAdministrations } from './administrations';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const category = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
const gazetteer = Gazetteer.build([
  { tokens: [hashString('trump')], category: category('person-name') },
  { tokens: [hashString('obama')], category: category('person-name') },
  { tokens: [hashString('obama')], category: category('city') },
  { tokens: [hashString('kong')], category: category('person-name') },
  { tokens: [hashString('apple')], category: category('person-name') },
  { tokens: [hashString('apple')], category: category('company') },
  { tokens: [hashString('republican')], category: category('person-name') },
  { tokens: [hashString('republican')], category: category('demonym') },
  { tokens: [hashString('gallipoli')], category: category('person-name') },
  { tokens: [hashString('gallipoli')], category: category('city') },
  { tokens: [hashString('yes')], category: category('person-name') },
]);

const named = (text: string, labels: number[]): number[] => relabelledDocument(nameAdministrations, text, labels, gazetteer);

describe('nameAdministrations', () => {
  it('reads a listed surname before a lower-case "administration" as the person', () => {
    expect(named('The Trump administration imposed sanctions .', [0, 0, 0, 0, 0, 0])).toEqual([0, 1, 0, 0, 0, 0]);
    expect(named('Officials in the Obama administration said so .', [0, 0, 0, 5, 0, 0, 0, 0])).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('reads a listed surname before a lower-case "campaign" as the person, unless it names a place or a side in a vote', () => {
    expect(named('The Trump campaign said so .', [0, 3, 0, 0, 0, 0])).toEqual([0, 1, 0, 0, 0, 0]);
    expect(named('The Gallipoli campaign ended .', [0, 5, 0, 0, 0])).toEqual([0, 5, 0, 0, 0]);
    expect(named('The Yes campaign won .', [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });

  it('leaves longer names, nationalities, companies, words the document writes in lower case and other heads', () => {
    expect(named('Hong Kong administration officials said so .', [5, 6, 0, 0, 0, 0, 0])).toEqual([5, 6, 0, 0, 0, 0, 0]);
    expect(named('A Republican administration would cut taxes .', [0, 7, 0, 0, 0, 0, 0])).toEqual([0, 7, 0, 0, 0, 0, 0]);
    expect(named('The Apple administration team met .', [0, 3, 0, 0, 0, 0])).toEqual([0, 3, 0, 0, 0, 0]);
    expect(named('The Trump administration played a trump card .', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(named('The Trump Administration said so .', [0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
