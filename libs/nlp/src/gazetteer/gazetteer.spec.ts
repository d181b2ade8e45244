import { hashString } from '../util/hash';
import { GAZ_CATEGORIES, Gazetteer, listsAsDictionaryWord, listsAsOneWord, listsAsPhrase } from './gazetteer';

const CITY = GAZ_CATEGORIES.indexOf('city');
const annotated = (words: string[]) => {
  const gazetteer = Gazetteer.build([
    { tokens: ['la', 'coruna'].map(hashString), category: CITY },
    { tokens: [hashString('wigan')], category: CITY },
  ]);
  return gazetteer.annotate(Uint32Array.from(words.map(hashString)), words.length, new Int32Array(words.length));
};

describe('gazetteer phrase lookups', () => {
  it('tells a listed word and a listed phrase from their parts', () => {
    const gaz = annotated(['la', 'coruna', 'and', 'wigan', 'coruna']);
    expect(listsAsPhrase(gaz, 5, 0, 2, CITY)).toBe(true);
    expect(listsAsPhrase(gaz, 5, 3, 4, CITY)).toBe(true);
    expect(listsAsOneWord(gaz, 5, 3, CITY)).toBe(true);
    expect(listsAsPhrase(gaz, 5, 1, 2, CITY)).toBe(false);
    expect(listsAsPhrase(gaz, 5, 4, 5, CITY)).toBe(false);
    expect(listsAsPhrase(gaz, 5, 0, 1, CITY)).toBe(false);
  });

  it('tells a dictionary word (common or rare) from a name', () => {
    const gazetteer = Gazetteer.build([
      { tokens: [hashString('today')], category: GAZ_CATEGORIES.indexOf('common-word') },
      { tokens: [hashString('anent')], category: GAZ_CATEGORIES.indexOf('rare-word') },
      { tokens: [hashString('wigan')], category: CITY },
    ]);
    const words = ['today', 'anent', 'wigan'];
    const gaz = gazetteer.annotate(Uint32Array.from(words.map(hashString)), 3, new Int32Array(3));
    expect([0, 1, 2].map((k) => listsAsDictionaryWord(gaz, 3, k))).toEqual([true, true, false]);
  });
});
