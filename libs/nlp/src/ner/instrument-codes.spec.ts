import { dropInstrumentCodes } from './instrument-codes';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC; the labels are per token of the tokenizer
// ("TSLA.O" is the three tokens TSLA . O, ".SPX" the two tokens . SPX).
const relabelled = (text: string, labels: number[]): number[] =>
  relabelledTokenized((w, l) => dropInstrumentCodes(w.text, w.starts, w.ends, w.info.caseClass, l), text, labels);

describe('dropInstrumentCodes', () => {
  it('takes the labels off a share code, and out of a name that ran into one', () => {
    expect(relabelled('Tesla Inc ( TSLA.O ) rose', [3, 4, 0, 3, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Volkswagen VOWG_p.DE fell', [3, 4, 0, 0, 0])).toEqual([3, 0, 0, 0, 0]);
  });

  it("takes the labels off an index's and a rate's code", () => {
    expect(relabelled('the S&P 500 .SPX rose', [0, 7, 8, 0, 3, 0])).toEqual([0, 7, 8, 0, 0, 0]);
    expect(relabelled('Brent fell and EUR= and =USD', [7, 0, 0, 3, 0, 0, 0, 3])).toEqual([7, 0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('BP.L. Shell', [3, 4, 4, 3])).toEqual([0, 0, 0, 3]);
  });

  it('types the name before a code by what the code names: a company before a share code, an index before an index code', () => {
    expect(relabelled('Lanco Infratech ( LAIN.NS ) rose', [1, 2, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('the S&P 500 .SPX rose', [0, 3, 0, 0, 3, 0])).toEqual([0, 7, 8, 0, 0, 0]);
    expect(relabelled('the Nasdaq Composite .IXIC rose', [0, 7, 0, 0, 3, 0])).toEqual([0, 7, 8, 0, 0, 0]);
    // a batting average is no code, and a code after no name types nothing
    expect(relabelled('NEW YORK 74 68 .521', [3, 4, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0]);
    expect(relabelled('stocks rose 2 .SPX', [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });

  it('starts a name again after a code it ran through', () => {
    expect(relabelled('AAPL.O Apple', [3, 4, 4, 4])).toEqual([0, 0, 0, 3]);
  });

  it('leaves abbreviations and web addresses alone', () => {
    expect(relabelled('the U.S. and J.P. Morgan and Amazon.com', [0, 5, 0, 3, 4, 0, 3, 4, 4])).toEqual([0, 5, 0, 3, 4, 0, 3, 4, 4]);
    expect(relabelled('in the U.S', [0, 0, 5])).toEqual([0, 0, 5]);
  });
});
