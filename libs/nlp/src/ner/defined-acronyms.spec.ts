import { typeDefinedAcronyms } from './defined-acronyms';
import { relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (words: string[], labels: number[], capsSentence: number[] = words.map(() => 0)): number[] =>
  relabelledInText(({ text, starts, ends }, out) => typeDefinedAcronyms(text, starts, ends, Uint8Array.from(capsSentence), out), words, labels);

describe('typeDefinedAcronyms', () => {
  it("gives an acronym defined in parentheses its name's type, there and where the document writes it again", () => {
    const words = ['the', 'World', 'Health', 'Organization', '(', 'WHO', ')', 'said', '.', 'A', 'WHO', 'official'];
    expect(typed(words, [0, 3, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 3, 4, 4, 0, 3, 0, 0, 0, 0, 3, 0]);
    // Joining words are no initials: "Organization of the Petroleum Exporting Countries (OPEC)".
    const opec = ['Organization', 'of', 'the', 'Petroleum', 'Exporting', 'Countries', '(', 'OPEC', ')'];
    expect(typed(opec, [3, 4, 4, 4, 4, 4, 0, 0, 0])).toEqual([3, 4, 4, 4, 4, 4, 0, 3, 0]);
  });

  it("leaves the tagger's own reading of the acronym, acronyms inside longer names, headlines and mismatched letters alone", () => {
    expect(typed(['National', 'League', 'for', 'Democracy', '(', 'NLD', ')', '.', 'NLD'], [7, 8, 8, 8, 0, 3, 0, 0, 3])).toEqual([7, 8, 8, 8, 0, 3, 0, 0, 3]);
    expect(typed(['World', 'Health', 'Organization', '(', 'WHO', ')', '.', 'WHO', 'Europe'], [3, 4, 4, 0, 0, 0, 0, 3, 4])).toEqual([3, 4, 4, 0, 3, 0, 0, 3, 4]);
    expect(typed(['World', 'Health', 'Organization', '(', 'WHO', ')', '.', 'WHO', 'WINS'], [3, 4, 4, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 1, 1])).toEqual([
      3, 4, 4, 0, 3, 0, 0, 0, 0,
    ]);
    expect(typed(['Bovine', 'Spongiform', 'Encephalopathy', '(', 'BST', ')'], [7, 8, 8, 0, 0, 0])).toEqual([7, 8, 8, 0, 0, 0]);
    expect(typed(['Reuters', '(', 'R', ')'], [3, 0, 0, 0])).toEqual([3, 0, 0, 0]);
  });

  it('reads a "person" defined by its initials in parentheses as an organisation, unless a given name opens it', () => {
    // Two letters count only in parentheses right after the name.
    expect(typed(['and', 'Teruel', 'Existe', '(', 'TE', ')', 'voted', '.', 'TE', 'won'], [0, 1, 2, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      0, 3, 4, 0, 3, 0, 0, 0, 0, 0,
    ]);
    const givenName = (words: string[], labels: number[], given: number) =>
      relabelledInText(
        ({ text, starts, ends }, out) => typeDefinedAcronyms(text, starts, ends, new Uint8Array(words.length), out, (k) => k === given),
        words,
        labels,
      );
    expect(givenName(['Richard', 'M.', 'Stallman', '(', 'RMS', ')'], [1, 2, 2, 0, 0, 0], 0)).toEqual([1, 2, 2, 0, 0, 0]);
    expect(typed(['John', 'Smith', '(', 'JD', ')'], [1, 2, 0, 0, 0])).toEqual([1, 2, 0, 0, 0]);
  });

  it('reads initials the document spells elsewhere too, unless two names of different types share them', () => {
    expect(typed(['the', 'World', 'Health', 'Organization', 'said', '.', 'WHO', 'said'], [0, 3, 4, 4, 0, 0, 0, 0])).toEqual([0, 3, 4, 4, 0, 0, 3, 0]);
    const clash = ['Los', 'Angeles', 'and', 'Liberal', 'Alliance', '(', 'LA', ')'];
    expect(typed(clash, [5, 6, 0, 3, 4, 0, 0, 0])).toEqual([5, 6, 0, 3, 4, 0, 0, 0]);
  });

  it('takes an acronym in parentheses after an organisation that spells no initials, unless it follows another name too', () => {
    const bloc = ['the', 'Left', 'Bloc', '(', 'BE', ')', 'and', 'BE', 'members'];
    expect(typed(bloc, [0, 3, 4, 0, 0, 0, 0, 0, 0])).toEqual([0, 3, 4, 0, 3, 0, 0, 0, 0]);
    expect(typed(['Radical', 'Party', 'of', 'the', 'Left', '(', 'PRG', ')', '.', 'PRG'], [3, 4, 4, 4, 4, 0, 0, 0, 0, 0])).toEqual([
      3, 4, 4, 4, 4, 0, 3, 0, 0, 3,
    ]);
    const references = ['Mozilla', 'Foundation', '(', 'PDF', ')', '.', 'Apache', 'Foundation', '(', 'PDF', ')'];
    expect(typed(references, [3, 4, 0, 0, 0, 0, 3, 4, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 3, 4, 0, 0, 0]);
    expect(typed(['Charles', 'Darwin', '(', 'UK', ')'], [1, 2, 0, 0, 0])).toEqual([1, 2, 0, 0, 0]);
  });

  it("takes a party's acronym of capitals and lower-case letters, but no legal form or surname", () => {
    const pis = ['Law', 'and', 'Justice', '(', 'PiS', ')', '.', 'PiS', 'won'];
    expect(typed(pis, [3, 4, 4, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 4, 0, 3, 0, 0, 3, 0]);
    expect(typed(['Democratic', 'Movement', '(', 'MoDem', ')'], [3, 4, 0, 0, 0])).toEqual([3, 4, 0, 3, 0]);
    expect(typed(['Siemens', 'Healthcare', '(', 'GmbH', ')'], [3, 4, 0, 0, 0])).toEqual([3, 4, 0, 0, 0]);
    expect(typed(['Straight', 'Talk', 'Express', '(', 'McCain', ')'], [3, 4, 4, 0, 0, 0])).toEqual([3, 4, 4, 0, 0, 0]);
    expect(typed(['Progressive', 'Web', 'Apps', '(', 'PWAs', ')'], [3, 4, 4, 0, 0, 0])).toEqual([3, 4, 4, 0, 0, 0]);
  });

  it("takes no person's initials, and two letters only in parentheses right after the name", () => {
    expect(typed(['Tom', 'Vance', 'on', 'TV'], [1, 2, 0, 0])).toEqual([1, 2, 0, 0]);
    expect(typed(['Islamic', 'State', 'fighters', '.', 'IS', 'fled'], [3, 4, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0]);
    expect(typed(['Islamic', 'State', '(', 'IS', ')', 'fled'], [3, 4, 0, 0, 0, 0])).toEqual([3, 4, 0, 3, 0, 0]);
  });
});
