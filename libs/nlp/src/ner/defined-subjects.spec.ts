import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { typeDefinedSubjects } from './defined-subjects';
import { relabelledDocument } from '../../../../test/support/document-rule';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const typed = (text: string, labels: number[]): number[] => {
  const { tokens } = analyseText(text);
  return relabelledDocument((ctx, out) => typeDefinedSubjects(text, tokens.starts, tokens.ends, ctx, out), text, labels);
};

describe('typeDefinedSubjects', () => {
  it('types a sentence-opening name by the noun that defines it, and its other mentions with it', () => {
    expect(typed('Nirvana was an American rock band formed in 1987 . Nirvana toured .', [1, 0, 0, 7, 0, 0, 0, 0, 0, 0, 1, 0, 0])).toEqual([
      3, 0, 0, 7, 0, 0, 0, 0, 0, 0, 3, 0, 0,
    ]);
    expect(typed('Francis Ford Coppola is an American film director , producer and writer .', [3, 4, 4, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      1, 2, 2, 0, 0, 7, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(typed('The Liberal Democrats were the third largest party until 2015 .', [0, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([
      0, 3, 4, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
  });

  it('reads past an aside between commas after the name', () => {
    expect(typed('The Purple Plain , also known as Llanura Roja , is a 1954 British war film .', [0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0])).toEqual([
      0, 7, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 0, 0, 0,
    ]);
  });

  it('reads past an aside in parentheses after the name', () => {
    expect(typed('Mawenzi ( 5,149 m ) is a volcanic peak on Kilimanjaro .', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0])).toEqual([
      5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0,
    ]);
  });

  it('takes only a listed noun that ends the noun phrase as its head', () => {
    // "school" ends the phrase and is not listed; "party" before it is a modifier.
    expect(typed('Arizona is a notorious party school , she said .', [5, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([5, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // A noun before "in" ends the phrase, but "star" is not listed, and "city" is beyond the phrase.
    expect(typed('Gore is the bright star in the convention city .', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    // A quantity: "a group of islands".
    expect(typed('Kerkennah is a group of islands .', [1, 0, 0, 0, 0, 0, 0])).toEqual([1, 0, 0, 0, 0, 0, 0]);
  });

  it('names a subject the tagger left out, and reads a participle before the noun as its modifier', () => {
    expect(typed('Python is a high-level programming language created in 1991 .', [0, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([7, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(typed('It is a landlocked country in Africa .', [0, 0, 0, 0, 0, 0, 5, 0])).toEqual([0, 0, 0, 0, 0, 0, 5, 0]);
    expect(typed('Chad is a landlocked country in Africa .', [3, 0, 0, 0, 0, 0, 5, 0])).toEqual([5, 0, 0, 0, 0, 0, 5, 0]);
  });

  it('leaves names inside a sentence and sentences that define nothing', () => {
    expect(typed('He said Nirvana was an American rock band .', [0, 0, 1, 0, 0, 7, 0, 0, 0])).toEqual([0, 0, 1, 0, 0, 7, 0, 0, 0]);
    expect(typed('Google is the undisputed king in search .', [3, 0, 0, 0, 0, 0, 0, 0])).toEqual([3, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('types a name by the noun of its apposition, anywhere in the sentence, and its other mentions with it', () => {
    expect(
      typed(
        'This is a major change for Meta , a company that has long lauded ads . Meta declined .',
        [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0],
      ),
    ).toEqual([0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0]);
    expect(typed('Random House published Drawn Blank , a book of drawings .', [3, 4, 0, 1, 2, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 7, 8, 0, 0, 0, 0, 0, 0]);
    expect(typed('the trailer for Finding Dory , the Pixar movie that opens', [0, 0, 0, 1, 2, 0, 0, 3, 0, 0, 0])).toEqual([0, 0, 0, 7, 8, 0, 0, 3, 0, 0, 0]);
  });

  it('names an unlabelled sentence opener by its apposition, unless it is a dictionary word', () => {
    const gazetteer = Gazetteer.build([{ tokens: [hashString('today')], category: GAZ_CATEGORIES.indexOf('common-word') }]);
    const opened = (text: string, count: number) => {
      const { tokens } = analyseText(text);
      return relabelledDocument(
        (ctx, out) => typeDefinedSubjects(text, tokens.starts, tokens.ends, ctx, out),
        text,
        new Array<number>(count).fill(0),
        gazetteer,
      );
    };
    expect(opened('Leeson , the Northern Ireland-born actor who starred , plays the lead .', 13)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(opened('Today , a company that makes chips said so .', 10)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves an apposition closed by a verb, a plural head, a party to a treaty and a place after a preposition', () => {
    // "reported" is the sentence's verb, not a participle of the apposition.
    expect(typed('Eritrea , an official newspaper reported .', [5, 0, 0, 0, 0, 0, 0])).toEqual([5, 0, 0, 0, 0, 0, 0]);
    expect(typed('debates in the EU , the next big battles in tech', [0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0]);
    expect(typed('The United States , a party to the treaty , objected .', [0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0])).toEqual([0, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(typed('Ethics in Washington , a liberal watchdog group .', [3, 0, 5, 0, 0, 0, 0, 0, 0])).toEqual([3, 0, 5, 0, 0, 0, 0, 0, 0]);
  });
});
