import { nameElections } from './election-names';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const named = (words: string[], labels: number[]): number[] =>
  relabelledInText(({ text, starts, ends, info }, out) => nameElections(text, starts, ends, info.caseClass, out), words, labels);

describe('nameElections', () => {
  it('makes an election named by year, polity and kind one MISC name', () => {
    expect(named(['the', '2000', 'Canadian', 'federal', 'election', '.'], [0, 0, 7, 0, 0, 0])).toEqual([0, 7, 8, 8, 8, 0]);
    expect(named(['1988', 'Republican', 'Party', 'presidential', 'primaries'], [0, 3, 4, 0, 0])).toEqual([7, 8, 8, 8, 8]);
    expect(named(['the', '2016', 'Colchester', 'Borough', 'Council', 'election'], [0, 0, 5, 3, 4, 0])).toEqual([0, 7, 8, 8, 8, 8]);
  });

  it('takes in a month before the year, a place after "in" and a second year before a plural', () => {
    expect(named(['February', '1974', 'United', 'Kingdom', 'general', 'election'], [0, 0, 5, 6, 0, 0])).toEqual([7, 8, 8, 8, 8, 8]);
    expect(named(['2004', 'United', 'States', 'Senate', 'election', 'in', 'New', 'York', '.'], [0, 5, 6, 3, 0, 0, 5, 6, 0])).toEqual([
      7, 8, 8, 8, 8, 8, 8, 8, 0,
    ]);
    expect(named(['1862', 'and', '1863', 'United', 'States', 'House', 'of', 'Representatives', 'elections'], [0, 0, 0, 5, 6, 3, 4, 4, 0])).toEqual([
      7, 8, 8, 8, 8, 8, 8, 8, 8,
    ]);
    expect(named(['in', '1915', 'and', '1925', 'Tasmanian', 'state', 'election'], [0, 0, 0, 0, 7, 0, 0])).toEqual([0, 0, 0, 7, 8, 8, 8]);
  });

  it('restarts a name the span cut into', () => {
    expect(named(['2004', 'Ontario', 'general', 'election', 'Liberal', 'Party'], [0, 5, 0, 0, 4, 4])).toEqual([7, 8, 8, 8, 3, 4]);
  });

  it('leaves elections without a name, other year-led names and headlines alone', () => {
    expect(named(['at', 'the', '2003', 'general', 'election'], [0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0]);
    expect(named(['in', '2004', 'Bush', 'won', 'the', 'election'], [0, 0, 1, 0, 0, 0])).toEqual([0, 0, 1, 0, 0, 0]);
    expect(named(['the', '1998', 'World', 'Cup', 'qualifiers'], [0, 0, 7, 8, 0])).toEqual([0, 0, 7, 8, 0]);
    expect(named(['1996', 'CANADIAN', 'FEDERAL', 'ELECTION'], [0, 7, 0, 0])).toEqual([0, 7, 0, 0]);
  });
});
