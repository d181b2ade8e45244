import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { typeDatelinePlaces, typeWireDatelines } from './dateline-places';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const city = (...words: string[]) => ({ tokens: words.map(hashString), category: GAZ_CATEGORIES.indexOf('city') });
const gazetteer = Gazetteer.build([city('wigan'), city('la', 'coruna')]);
const typed = (text: string, labels: number[]): number[] => {
  const { tokens } = analyseText(text);
  return relabelledDocument((ctx, out) => typeDatelinePlaces(text, tokens.starts, tokens.ends, ctx, out), text, labels, gazetteer);
};

describe('typeDatelinePlaces', () => {
  it('types a listed town in a dateline as a place, whatever the sports page made of it', () => {
    expect(typed('WIGAN , England 1996-08-31\nWigan beat Leeds .', [3, 0, 5, 0, 3, 0, 3, 0])).toEqual([5, 0, 5, 0, 3, 0, 3, 0]);
    expect(typed('LA CORUNA , Spain 1996-08-31', [3, 4, 0, 5, 0])).toEqual([5, 6, 0, 5, 0]);
  });

  it('leaves names no place list holds, and lines that are no dateline', () => {
    expect(typed('UNITED NATIONS 1996-08-22', [3, 4, 0])).toEqual([3, 4, 0]);
    expect(typed('Wigan won on 1996-08-31', [3, 0, 0, 0])).toEqual([3, 0, 0, 0]);
  });
});

describe('typeWireDatelines', () => {
  const wired = (text: string, labels: number[]): number[] => {
    const { tokens } = analyseText(text);
    return relabelledDocument((ctx, out) => typeWireDatelines(text, tokens.starts, tokens.ends, ctx, out), text, labels, gazetteer);
  };

  it("types a wire dateline's town as a place and its agency as an organisation", () => {
    // LOS ANGELES ( AP ) — The Dodgers won .
    expect(wired('LOS ANGELES (AP) — The Dodgers won.', [3, 4, 0, 0, 0, 0, 0, 3, 0, 0])).toEqual([5, 6, 0, 3, 0, 0, 0, 3, 0, 0]);
    // WIGAN , Nov 10 ( Reuters ) - Prices rose .
    expect(wired('WIGAN, Nov 10 (Reuters) - Prices rose.', [0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0])).toEqual([5, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0]);
  });

  it('leaves a bracket that no agency fills, a town not in capitals and a sentence without the dash', () => {
    expect(wired('LOS ANGELES (Calif.) — It rained.', [3, 4, 0, 5, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 5, 0, 0, 0, 0, 0, 0]);
    expect(wired('Wigan (AP) — It rained.', [3, 0, 0, 0, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0, 0, 0, 0]);
    expect(wired('LOS ANGELES (AP) said it rained.', [3, 4, 0, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 0, 0, 0]);
  });
});
