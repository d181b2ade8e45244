import { nameOneWordMiscNames } from './one-word-misc-names';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const named = (words: string[], labels: number[], capsSentence = false): number[] =>
  relabelledInText(
    ({ text, starts, ends, info }, out) => nameOneWordMiscNames(text, starts, ends, info.lower, new Uint8Array(words.length).fill(capsSentence ? 1 : 0), out),
    words,
    labels,
  );

describe('nameOneWordMiscNames', () => {
  it('makes a disease name standing alone a one-word MISC name, whatever the tagger read', () => {
    expect(named(['tested', 'positive', 'for', 'Covid-19', '.'], [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 7, 0]);
    expect(named(['the', 'Covid', 'crisis'], [0, 5, 0])).toEqual([0, 7, 0]);
    expect(named(['their', 'COVID-19', 'vaccine'], [0, 3, 0])).toEqual([0, 7, 0]);
    expect(named(['an', 'Ebola', 'outbreak', 'in', 'Congo'], [0, 3, 0, 0, 5])).toEqual([0, 7, 0, 0, 5]);
    expect(named(['HIV', ',', 'the', 'AIDS', 'virus'], [7, 0, 0, 0, 0])).toEqual([7, 0, 0, 7, 0]);
  });

  it('makes a one-word political process a MISC name too', () => {
    expect(named(['Brexit', 'talks', 'resume'], [3, 0, 0])).toEqual([7, 0, 0]);
    expect(named(['a', 'no-deal', 'Brexit', 'would', 'hurt'], [0, 0, 1, 0, 0])).toEqual([0, 0, 7, 0, 0]);
  });

  it('makes an award named by its trophies a MISC name too', () => {
    expect(named(['Billie', 'Eilish', 'won', 'five', 'Grammys', '.'], [1, 2, 0, 0, 1, 0])).toEqual([1, 2, 0, 0, 7, 0]);
    expect(named(['the', 'Oscars', 'ceremony'], [0, 3, 0])).toEqual([0, 7, 0]);
  });

  it('makes a one-word holiday a MISC name too', () => {
    expect(named(['stay', 'home', 'over', 'Christmas', '.'], [0, 0, 0, 5, 0])).toEqual([0, 0, 0, 7, 0]);
    expect(named(['the', 'start', 'of', 'Ramadan'], [0, 0, 0, 1])).toEqual([0, 0, 0, 7]);
    expect(named(['Christmas', 'Island'], [5, 6])).toEqual([5, 6]);
    expect(named(['a', 'christmas', 'tree'], [0, 0, 0])).toEqual([0, 0, 0]);
    // a surname the document gives a person: "Mohamed Eid scored . Eid said"
    expect(named(['Mohamed', 'Eid', 'scored', '.', 'Eid', 'said'], [1, 2, 0, 0, 1, 0])).toEqual([1, 2, 0, 0, 1, 0]);
  });

  it('leaves a name inside a longer one to it, and other spellings alone', () => {
    expect(named(['the', 'COVID-19', 'Task', 'Force'], [0, 3, 4, 4])).toEqual([0, 3, 4, 4]);
    expect(named(['Global', 'Fund', 'to', 'Fight', 'AIDS'], [3, 4, 4, 4, 4])).toEqual([3, 4, 4, 4, 4]);
    expect(named(['covid', 'cases', 'and', 'Aids'], [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
  });

  it("does not read a capitals headline's verb as the disease", () => {
    expect(named(['UN', 'AIDS', 'FARMERS'], [3, 0, 0], true)).toEqual([3, 0, 0]);
    expect(named(['COVID', 'CASES', 'RISE'], [0, 0, 0], true)).toEqual([7, 0, 0]);
  });
});
