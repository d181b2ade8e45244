import { joinArabicNames, joinNamesAcrossParticles, typeForeignHeads } from './foreign-names';
import { relabelled, relabelledInText } from '../../../../test/support/spaced-words';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const joined = (words: string[], labels: number[]): number[] => relabelled(joinNamesAcrossParticles, words, labels);
const typed = (words: string[], labels: number[]): number[] => relabelled(typeForeignHeads, words, labels);
const arabic = (words: string[], labels: number[]): number[] =>
  relabelledInText(({ text, starts, info }, out) => joinArabicNames(text, starts, info.lower, info.caseClass, out), words, labels);

describe('joinNamesAcrossParticles', () => {
  it("joins two names a lower-case Romance particle stands between, with the first one's type", () => {
    expect(joined(['the', 'Università', 'IUAV', 'di', 'Venezia', ','], [0, 3, 4, 0, 5, 0])).toEqual([0, 3, 4, 4, 4, 0]);
    expect(joined(['at', 'Cais', 'do', 'Sodré', 'and'], [0, 5, 0, 1, 0])).toEqual([0, 5, 6, 6, 0]);
    expect(joined(['Rovira', 'i', 'Virgili', 'University'], [3, 0, 3, 4])).toEqual([3, 4, 4, 4]);
  });

  it('joins across Dutch and German particles only after a person', () => {
    expect(joined(['Rembrandt', 'van', 'Rijn', 'said'], [1, 0, 1, 0])).toEqual([1, 2, 2, 0]);
    expect(joined(['Secure', 'Cloud', 'von', 'IBM', 'in'], [3, 4, 0, 3, 0])).toEqual([3, 4, 0, 3, 0]);
  });

  it('leaves a particle that no name follows, capitalised particles and other words alone', () => {
    expect(joined(['Rio', 'de', 'janeiro'], [5, 0, 0])).toEqual([5, 0, 0]);
    expect(joined(['Madrid', 'De', 'Gaulle'], [5, 0, 1])).toEqual([5, 0, 1]);
    expect(joined(['Smith', 'and', 'Jones'], [1, 0, 1])).toEqual([1, 0, 1]);
    expect(joined(['de', 'Gaulle'], [0, 1])).toEqual([0, 1]);
  });
});

describe('typeForeignHeads', () => {
  it('types a name a foreign institution head opens as an organisation, a square or stadium one as a place', () => {
    expect(typed(['the', 'Universidad', 'de', 'Buenos', 'Aires'], [0, 5, 6, 6, 6])).toEqual([0, 3, 4, 4, 4]);
    expect(typed(['Movimiento', 'al', 'Socialismo'], [1, 2, 2])).toEqual([3, 4, 4]);
    expect(typed(['the', 'Praça', 'da', 'Bandeira'], [0, 1, 2, 2])).toEqual([0, 5, 6, 6]);
    expect(typed(['Estádio', 'do', 'Dragão'], [3, 4, 4])).toEqual([5, 6, 6]);
  });

  it('leaves one-word names, heads inside a name and lower-case heads alone', () => {
    expect(typed(['Banco', 'said'], [1, 0])).toEqual([1, 0]);
    expect(typed(['Grand', 'Banco'], [5, 6])).toEqual([5, 6]);
    expect(typed(['PARTIDO', 'POPULAR'], [5, 6])).toEqual([5, 6]);
    expect(typed(['Porto', 'Alegre'], [5, 6])).toEqual([5, 6]);
  });
});

describe('joinArabicNames', () => {
  it('carries a person on through an al- or el- word left out or read as a second person', () => {
    expect(arabic(['leader', 'Abu', 'Bakr', 'al-Baghdadi', 'was'], [0, 1, 2, 0, 0])).toEqual([0, 1, 2, 2, 0]);
    expect(arabic(['Abu', 'Bakr', 'al-Baghdadi', ','], [1, 2, 1, 0])).toEqual([1, 2, 2, 0]);
    expect(arabic(['President', 'Abdel', 'Fattah', 'el-Sisi'], [0, 1, 2, 0])).toEqual([0, 1, 2, 2]);
    // Typeset hyphens, which the tokenizer keeps inside the word as it keeps '-'.
    expect(arabic(['Abu', 'Bakr', 'al\u2010Baghdadi', 'was'], [1, 2, 0, 0])).toEqual([1, 2, 2, 0]);
    expect(arabic(['Abdel', 'Fattah', 'el\u2011Sisi', 'said'], [1, 2, 0, 0])).toEqual([1, 2, 2, 0]);
  });

  it('takes a lower-case bin, ibn or bint into the person whose name it opens or joins', () => {
    expect(arabic(['succeeded', 'bin', 'Laden', 'in'], [0, 0, 1, 0])).toEqual([0, 1, 2, 0]);
    expect(arabic(['Tamim', 'bin', 'Hamad', 'al-Thani'], [1, 0, 1, 2])).toEqual([1, 2, 2, 2]);
  });

  it('leaves al- words after other names, a recycling bin and capitalised particles alone', () => {
    expect(arabic(['Jerusalem', 'al-Aqsa', 'mosque'], [5, 0, 0])).toEqual([5, 0, 0]);
    expect(arabic(['the', 'government', 'al-Ingaz'], [0, 0, 3])).toEqual([0, 0, 3]);
    expect(arabic(['Smith', 'alone', 'said'], [1, 0, 0])).toEqual([1, 0, 0]);
    expect(arabic(['the', 'bin', 'Smith', 'left'], [0, 0, 5, 0])).toEqual([0, 0, 5, 0]);
    expect(arabic(['Ben', 'Ali'], [0, 1])).toEqual([0, 1]);
  });
});
