import { typePersonSurnames } from './person-surnames';
import { relabelled } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[]): number[] => relabelled((lower, _caseClass, out) => typePersonSurnames(lower, out), words, labels);

describe('typePersonSurnames', () => {
  it('reads a one-word organisation that is the surname of a person named in full as that person, before or after the full name', () => {
    expect(typed(['Donald', 'Trump', 'said', '.', 'Trump', "'s", 'advisers'], [1, 2, 0, 0, 3, 0, 0])).toEqual([1, 2, 0, 0, 1, 0, 0]);
    expect(typed(['TRUMP', 'WINS', '.', 'Donald', 'Trump', 'won'], [3, 0, 0, 1, 2, 0])).toEqual([1, 0, 0, 1, 2, 0]);
  });

  it('reads the surname before a generation ("Patrick W. Carlineo Jr.")', () => {
    expect(typed(['Patrick', 'W.', 'Carlineo', 'Jr.', 'pleaded', '.', 'Carlineo', "'s", 'attorney'], [1, 2, 2, 2, 0, 0, 3, 0, 0])).toEqual([
      1, 2, 2, 2, 0, 0, 1, 0, 0,
    ]);
  });

  it('leaves places, MISC readings, longer organisations and documents without the full name alone', () => {
    expect(typed(['Sam', 'Houston', 'of', 'Houston'], [1, 2, 0, 5])).toEqual([1, 2, 0, 5]);
    expect(typed(['Massoud', 'Rajavi', '.', 'Rajavi', 'fighters'], [1, 2, 0, 7, 0])).toEqual([1, 2, 0, 7, 0]);
    expect(typed(['Henry', 'Ford', 'and', 'Ford', 'Motor'], [1, 2, 0, 3, 4])).toEqual([1, 2, 0, 3, 4]);
    expect(typed(['Trump', "'s", 'advisers'], [3, 0, 0])).toEqual([3, 0, 0]);
  });

  it('names a surname the tagger left out in a headline in capitals', () => {
    const caps = (words: string[], labels: number[], capsWords: number) =>
      relabelled((lower, _caseClass, out) => typePersonSurnames(lower, out, Uint8Array.from(words.map((_, k) => (k < capsWords ? 1 : 0)))), words, labels);
    expect(caps(['TRUMP', 'SAYS', 'HE', 'WILL', 'SIGN', 'Donald', 'Trump', 'said'], [0, 0, 0, 0, 0, 1, 2, 0], 5)).toEqual([1, 0, 0, 0, 0, 1, 2, 0]);
    // Outside a headline in capitals the word stays out: "trump" is an English word.
    expect(caps(['Trump', 'cards', '.', 'Donald', 'Trump', 'said'], [0, 0, 0, 1, 2, 0], 0)).toEqual([0, 0, 0, 1, 2, 0]);
  });
});
