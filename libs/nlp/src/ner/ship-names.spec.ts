import { typeShipNames } from './ship-names';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (text: string, labels: number[]): number[] => relabelledDocument((ctx, out) => typeShipNames(ctx, out), text, labels);

describe('typeShipNames', () => {
  it('types a name after a ship noun as a ship, and its other mentions in the document', () => {
    expect(typed('the cruise ship Diamond Princess docked .', [0, 0, 0, 1, 2, 0, 0])).toEqual([0, 0, 0, 7, 8, 0, 0]);
    expect(typed('the aircraft carrier Enterprise sailed . Enterprise left .', [0, 0, 0, 3, 0, 0, 3, 0, 0])).toEqual([0, 0, 0, 7, 0, 0, 7, 0, 0]);
    // A name the tagger left out, over capitalised words and numbers.
    expect(typed('the liner Queen Elizabeth 2 sailed .', [0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 7, 8, 8, 0, 0]);
    // A navy's prefix opens the name, whatever span the tagger gave it, and the name alone elsewhere follows.
    expect(typed('the USS Sampson sailed . Sampson left .', [0, 3, 4, 0, 0, 1, 0, 0])).toEqual([0, 7, 8, 0, 0, 7, 0, 0]);
    expect(typed('the destroyer HMS Defender sailed', [0, 0, 7, 0, 0])).toEqual([0, 0, 7, 8, 0]);
  });

  it('leaves verbs, airlines, days and nouns without a determiner', () => {
    expect(typed('their plans to ship Ryzen chips', [0, 0, 0, 0, 3, 0])).toEqual([0, 0, 0, 0, 3, 0]);
    expect(typed('the national carrier EgyptAir flew', [0, 0, 0, 3, 0])).toEqual([0, 0, 0, 3, 0]);
    expect(typed('the ship Tuesday left', [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });
});
