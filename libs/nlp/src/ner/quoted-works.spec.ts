import { nameQuotedWorks } from './quoted-works';
import { relabelledTokenized } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC. The text is tokenized as the tagger sees it.
const relabelled = (text: string, labels: number[]): number[] =>
  relabelledTokenized((w, l) => nameQuotedWorks(w.text, w.starts, w.ends, w.info.lower, w.info.caseClass, l), text, labels);

describe('nameQuotedWorks', () => {
  it('reads a title-case title in quotes after a noun naming a work as one MISC name', () => {
    // the single , " Creep " ,
    expect(relabelled('the single, "Creep", in', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 7, 0, 0, 0]);
    // the film " The Lady "
    expect(relabelled('the film "The Lady" in', [0, 0, 0, 0, 1, 0, 0])).toEqual([0, 0, 0, 7, 8, 0, 0]);
    // the song “ Blowin ’ in the Wind ”
    expect(relabelled('the song “Blowin’ in the Wind”', [0, 0, 0, 1, 0, 0, 0, 7, 0])).toEqual([0, 0, 0, 7, 8, 8, 8, 8, 0]);
  });

  it('leaves quotes after other words, speech and titles not in title case alone', () => {
    expect(relabelled('he said "Creep" twice', [0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(relabelled('the book "was a disaster"', [0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('the film "The Lady', [0, 0, 0, 0, 1])).toEqual([0, 0, 0, 0, 1]);
  });
});
