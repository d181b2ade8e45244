import { joinNamesAfterInitials } from './person-initials';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const joined = (words: string[], labels: number[]): number[] =>
  relabelledInText(({ text, starts, ends }, out) => joinNamesAfterInitials(text, starts, ends, out), words, labels);

describe('joinNamesAfterInitials', () => {
  it("goes on from a person's initial into the person's name right after it", () => {
    expect(joined(['George', 'H.', 'W.', 'Bush', 'said'], [1, 2, 1, 2, 0])).toEqual([1, 2, 2, 2, 0]);
    expect(joined(['Michael', 'J.', 'L.', 'Kirby'], [1, 2, 1, 2])).toEqual([1, 2, 2, 2]);
  });

  it('leaves two people after a full name, an initial before another type and a name after a comma', () => {
    expect(joined(['George', 'Bush', 'Bill', 'Clinton'], [1, 2, 1, 2])).toEqual([1, 2, 1, 2]);
    expect(joined(['John', 'F.', 'Kennedy', 'Airport'], [1, 2, 5, 6])).toEqual([1, 2, 5, 6]);
    expect(joined(['Jerzy', 'L.', ',', 'Anna', 'K.'], [1, 2, 0, 1, 2])).toEqual([1, 2, 0, 1, 2]);
    const lines = 'by Anna K.\nJohn Smith';
    const out = Uint8Array.from([0, 1, 2, 1, 2]);
    joinNamesAfterInitials(lines, Int32Array.from([0, 3, 8, 11, 16]), Int32Array.from([2, 7, 10, 15, 21]), out);
    expect(Array.from(out)).toEqual([0, 1, 2, 1, 2]);
  });
});
