import { nameKnownAcronyms } from './known-acronyms';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const named = (words: string[], labels: number[], capsSentence = false): number[] =>
  relabelledInText(
    ({ text, starts, ends, info }, out) => nameKnownAcronyms(text, starts, ends, info.caseClass, new Uint8Array(words.length).fill(capsSentence ? 1 : 0), out),
    words,
    labels,
  );

describe('nameKnownAcronyms', () => {
  it('names an organisation the aliases know by its acronym, written in capitals, left out by the tagger', () => {
    expect(named(['The', 'WHO', 'said', 'on', 'Monday'], [0, 0, 0, 0, 0])).toEqual([0, 3, 0, 0, 0]);
    expect(named(['WHO', 'chief', 'scientist'], [0, 0, 0])).toEqual([3, 0, 0]);
  });

  it('leaves the word in lower or title case, a headline in capitals, places and names the tagger found alone', () => {
    expect(named(['Who', 'said', 'that', '?'], [0, 0, 0, 0])).toEqual([0, 0, 0, 0]);
    expect(named(['WHO', 'SAID', 'SO'], [0, 0, 0], true)).toEqual([0, 0, 0]);
    expect(named(['If', 'DRC', 'passes'], [0, 0, 0])).toEqual([0, 0, 0]);
    expect(named(['the', 'NATO', 'summit'], [0, 7, 0])).toEqual([0, 7, 0]);
  });
});
