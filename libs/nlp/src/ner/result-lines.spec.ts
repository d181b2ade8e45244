import { analyseText } from '../tokenizer/document';
import { typeResultLineTeams } from './result-lines';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (text: string, labels: number[]): number[] => {
  const { tokens } = analyseText(text);
  return relabelledDocument((ctx, out) => typeResultLineTeams(text, tokens.starts, tokens.ends, ctx, out), text, labels);
};

describe('typeResultLineTeams', () => {
  it("gives both sides of a results line the named side's kind, each side one name", () => {
    expect(typed('Sale 31 Wasps 33', [0, 0, 3, 0])).toEqual([3, 0, 3, 0]);
    expect(typed('London Irish 27 Bristol 28', [5, 7, 0, 3, 0])).toEqual([3, 4, 0, 3, 0]);
    expect(typed('Melrose 107 Stirling County 10', [1, 0, 3, 4, 0])).toEqual([3, 0, 3, 4, 0]);
    expect(typed('Scotland 2 Wales 1', [5, 0, 0, 0])).toEqual([5, 0, 5, 0]);
  });

  it('leaves lines whose sides agree or name nothing, and lines of other shapes', () => {
    expect(typed('Germany 2 Italy 1', [5, 0, 5, 0])).toEqual([5, 0, 5, 0]);
    expect(typed('H1 1996 H1 1995', [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(typed('Sale won 31 to 33', [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
  });
});
