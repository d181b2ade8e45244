import { dropNobleTitles } from './noble-titles';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const dropped = (text: string, labels: number[]): number[] => relabelledDocument(dropNobleTitles, text, labels);

describe('dropNobleTitles', () => {
  it('keeps the place of a title "of" a place, whatever the tagger typed the phrase', () => {
    expect(dropped('The Earl of Essex was executed .', [0, 3, 4, 4, 0, 0, 0])).toEqual([0, 0, 0, 5, 0, 0, 0]);
    expect(dropped('William , the Duke of Normandy , won .', [1, 0, 0, 5, 6, 6, 0, 0, 0])).toEqual([1, 0, 0, 0, 0, 5, 0, 0, 0]);
  });

  it('leaves sports pages, MISC names, other words and a title the tagger left out', () => {
    expect(dropped('Queen of South beat Ayr in the league .', [3, 4, 4, 0, 3, 0, 0, 0, 0])).toEqual([3, 4, 4, 0, 3, 0, 0, 0, 0]);
    expect(dropped('He read Lord of the Rings .', [0, 0, 7, 8, 8, 8, 0])).toEqual([0, 0, 7, 8, 8, 8, 0]);
    expect(dropped('Bank of England rates rose .', [3, 4, 4, 0, 0, 0])).toEqual([3, 4, 4, 0, 0, 0]);
    expect(dropped('King of Scotland .', [0, 0, 5, 0])).toEqual([0, 0, 5, 0]);
  });
});
