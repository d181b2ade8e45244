import { joinHyphenatedNames, typeNamePairWords } from './hyphenated-names';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC. The text is tokenized as the tagger sees it:
// "U.S.-China" is the three tokens U.S. - China.
const relabelled = (text: string, labels: number[]): number[] =>
  relabelledTokenized((w, l) => joinHyphenatedNames(w.starts, w.ends, w.info.lower, w.info.caseClass, l), text, labels);

describe('joinHyphenatedNames', () => {
  it('reads two names written as one word with a hyphen as one MISC name', () => {
    // the U.S. - China trade war
    expect(relabelled('the U.S.-China trade war', [0, 5, 0, 5, 0, 0])).toEqual([0, 7, 8, 8, 0, 0]);
    expect(relabelled('U.S.-Iranian ties', [5, 0, 7, 0])).toEqual([7, 8, 8, 0]);
    expect(relabelled('the U.S.-North Korea summit', [0, 5, 0, 5, 6, 0])).toEqual([0, 7, 8, 8, 8, 0]);
    expect(relabelled('the Iran–Iraq border', [0, 5, 0, 5, 0])).toEqual([0, 7, 8, 8, 0]);
  });

  it('reads a name, a hyphen and a lower-case word written as one as one MISC name', () => {
    // A Calif . - based firm
    expect(relabelled('A Calif.-based firm', [0, 5, 0, 0, 0, 0])).toEqual([0, 7, 8, 8, 8, 0]);
    expect(relabelled('the U.K.-listed miner', [0, 5, 0, 0, 0])).toEqual([0, 7, 8, 8, 0]);
    expect(relabelled('the U.S.-led, Saudi-backed force', [0, 5, 0, 0, 0, 7, 0])).toEqual([0, 7, 8, 8, 0, 7, 0]);
  });

  it('keeps the initials of one person a person', () => {
    expect(relabelled('Wu, J.-Y. said', [1, 0, 1, 0, 1, 0])).toEqual([1, 0, 1, 2, 2, 0]);
  });

  it('leaves names apart when a space stands beside the hyphen, or one side is no name', () => {
    expect(relabelled('Paris - London', [5, 0, 5])).toEqual([5, 0, 5]);
    expect(relabelled('the U.S.-Style force', [0, 5, 0, 0, 0])).toEqual([0, 5, 0, 0, 0]);
    expect(relabelled('Smith 6-4 Jones', [1, 0, 1])).toEqual([1, 0, 1]);
  });
});

describe('typeNamePairWords', () => {
  const typed = (text: string, labels: number[]): number[] => relabelledTokenized((w, l) => typeNamePairWords(w.text, w.starts, w.ends, l), text, labels);

  it('reads a hyphenated word the tagger left out, joining two names of the document, as one MISC name', () => {
    // the Pfizer-BioNTech vaccine . Pfizer and BioNTech said
    expect(typed('the Pfizer-BioNTech vaccine. Pfizer and BioNTech said', [0, 0, 0, 0, 3, 0, 3, 0])).toEqual([0, 7, 0, 0, 3, 0, 3, 0]);
    // Typeset hyphens the tokenizer keeps inside the word as it keeps '-'.
    expect(typed('the Pfizer\u2010BioNTech vaccine. Pfizer and BioNTech said', [0, 0, 0, 0, 3, 0, 3, 0])).toEqual([0, 7, 0, 0, 3, 0, 3, 0]);
    expect(typed('the Pfizer\u2011BioNTech vaccine. Pfizer and BioNTech said', [0, 0, 0, 0, 3, 0, 3, 0])).toEqual([0, 7, 0, 0, 3, 0, 3, 0]);
  });

  it('leaves it alone when a half is no name of the document, or the tagger read the word', () => {
    expect(typed('the Pfizer-BioNTech vaccine. Pfizer said', [0, 0, 0, 0, 3, 0])).toEqual([0, 0, 0, 0, 3, 0]);
    expect(typed('Jean-Marie said. Jean met Marie', [1, 0, 0, 1, 0, 1])).toEqual([1, 0, 0, 1, 0, 1]);
  });
});
