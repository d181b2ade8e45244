import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { hashString } from '../util/hash';
import { typeAreaNamesOutsideSport, typePlacesOutsideSport } from './places-outside-sport';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const category = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
// "leeds" and "iberia" on the place lists alone, "brent" on them and the first names', "argos" on them and the organisations'.
const gazetteer = Gazetteer.build([
  { tokens: [hashString('leeds')], category: category('city') },
  { tokens: [hashString('iberia')], category: category('known-place') },
  { tokens: [hashString('brent')], category: category('city') },
  { tokens: [hashString('brent')], category: category('first-name') },
  { tokens: [hashString('argos')], category: category('known-place') },
  { tokens: [hashString('argos')], category: category('known-org') },
]);

const relabelled = (text: string, labels: number[]): number[] => relabelledDocument(typePlacesOutsideSport, text, labels, gazetteer);

describe('typePlacesOutsideSport', () => {
  it('reads a listed place the tagger took for an organisation as the place where the document says nothing of sport', () => {
    expect(relabelled('Trains run from Leeds to York .', [0, 0, 0, 3, 0, 5, 0])).toEqual([0, 0, 0, 5, 0, 5, 0]);
  });

  it('leaves the club of a document about sport', () => {
    expect(relabelled('Leeds beat Arsenal 2-1 in the league .', [3, 0, 3, 0, 0, 0, 0, 0])).toEqual([3, 0, 3, 0, 0, 0, 0, 0]);
    expect(relabelled('Leeds won . The striker scored twice .', [3, 0, 0, 0, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves a word other lists read otherwise, a longer organisation it opens, other types and longer names', () => {
    expect(relabelled('Brent rose to $ 40 .', [3, 0, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0, 0]);
    expect(relabelled('Argos cut prices .', [3, 0, 0, 0])).toEqual([3, 0, 0, 0]);
    expect(relabelled('Iberia Airlines said Iberia would fly .', [3, 4, 0, 3, 0, 0, 0])).toEqual([3, 4, 0, 3, 0, 0, 0]);
    expect(relabelled('Leeds said hello .', [1, 0, 0, 0])).toEqual([1, 0, 0, 0]);
    expect(relabelled('Leeds Council met .', [3, 4, 0, 0])).toEqual([3, 4, 0, 0]);
  });

  it('leaves a name in capitals', () => {
    expect(relabelled('Trains run from LEEDS to York .', [0, 0, 0, 3, 0, 5, 0])).toEqual([0, 0, 0, 3, 0, 5, 0]);
  });
});

describe('typeAreaNamesOutsideSport', () => {
  const areas = (text: string, labels: number[]): number[] => relabelledDocument(typeAreaNamesOutsideSport, text, labels);

  it('reads an organisation ending in a title-case County, Province or Oblast as the area', () => {
    expect(areas('Half of Marin County cell sites failed .', [0, 0, 3, 4, 0, 0, 0, 0])).toEqual([0, 0, 5, 6, 0, 0, 0, 0]);
    expect(areas('Cases rose in Jilin Province this season .', [0, 0, 0, 3, 4, 0, 0, 0])).toEqual([0, 0, 0, 5, 6, 0, 0, 0]);
  });

  it("leaves a club where the document speaks of sport, a longer body's name and a one-word name", () => {
    expect(areas('Notts County beat York in the league match .', [3, 4, 0, 3, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 3, 0, 0, 0, 0, 0]);
    expect(areas('The Broward County Sheriff said so .', [0, 3, 4, 4, 0, 0, 0])).toEqual([0, 3, 4, 4, 0, 0, 0]);
    expect(areas('County said so .', [3, 0, 0, 0])).toEqual([3, 0, 0, 0]);
    expect(areas('Marin county said so .', [3, 4, 0, 0, 0])).toEqual([3, 4, 0, 0, 0]);
  });
});
