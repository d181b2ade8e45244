import { analyseText } from '../tokenizer/document';
import { typeWorkTitles } from './work-titles';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (text: string, labels: number[]): number[] => {
  const { tokens } = analyseText(text);
  return relabelledDocument((ctx, out) => typeWorkTitles(text, tokens.starts, tokens.ends, ctx, out), text, labels);
};

describe('typeWorkTitles', () => {
  it('reads the title after a lower-case noun for a work as that work, whatever the tagger made of it', () => {
    expect(typed('The band released the album Nevermind in 1991 .', [0, 0, 0, 0, 0, 1, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 7, 0, 0, 0]);
    expect(typed('He appeared in the series Friends for years .', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 7, 0, 0, 0]);
  });

  it('runs the title over small words between capitalised ones, and past the names the tagger split it into', () => {
    expect(typed('The film Gone with the Wind won awards .', [0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 7, 8, 8, 8, 0, 0, 0]);
    expect(typed('Dylan made the film Renaldo and Clara .', [1, 0, 0, 0, 1, 0, 1, 0])).toEqual([1, 0, 0, 0, 7, 8, 8, 0]);
    // "by" and "on" before a date start what follows the title.
    expect(typed('The book The Great Democracy by Ganesh Sitaraman .', [0, 0, 0, 3, 4, 0, 1, 2, 0])).toEqual([0, 0, 7, 8, 8, 0, 1, 2, 0]);
    expect(typed('He released the album Together Through Life on April 28 .', [0, 0, 0, 0, 7, 8, 8, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 7, 8, 8, 0, 0, 0, 0]);
  });

  it('takes a title set off by commas only when it closes with one and the noun follows no article', () => {
    expect(typed('Their second album , Nevermind , was a hit .', [0, 0, 0, 0, 1, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 7, 0, 0, 0, 0, 0]);
    expect(typed('He played in the film , Jack Fate , a drifter .', [0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 1, 2, 0, 0, 0, 0]);
    expect(typed('In his book , Smith argues .', [0, 0, 0, 0, 1, 0, 0])).toEqual([0, 0, 0, 0, 1, 0, 0]);
  });

  it('leaves days, letters, code and capitalised nouns', () => {
    expect(typed('Watch my documentary Saturday night .', [0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0]);
    expect(typed('Preferred shares , series B , rose .', [0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(typed('Run WITH series AS a query .', [0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(typed('The Film Jaws opened .', [0, 0, 1, 0, 0])).toEqual([0, 0, 1, 0, 0]);
  });
});
