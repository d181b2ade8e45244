import { tokenize } from './tokenize';
import { splitSentences } from './sentences';

const texts = (s: string): string[] => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  it('keeps abbreviations, initialisms and hyphenated Korean names whole', () => {
    expect(texts('Gen. Kim Kye-gwan met U.S. and N.K. envoys at the U.N.')).toEqual([
      'Gen.',
      'Kim',
      'Kye-gwan',
      'met',
      'U.S.',
      'and',
      'N.K.',
      'envoys',
      'at',
      'the',
      'U.N.',
    ]);
  });

  it('splits curly quotes, possessives and punctuation with exact offsets', () => {
    const s = 'Pyongyang’s minister said “dialogue will continue.”';
    const toks = tokenize(s);
    expect(toks.map((t) => t.text)).toEqual(['Pyongyang', '’s', 'minister', 'said', '“', 'dialogue', 'will', 'continue', '.', '”']);
    for (const t of toks) expect(s.slice(t.start, t.end)).toBe(t.text);
  });

  it("splits clitics and n't off as CoNLL's (Penn Treebank) tokens do, and keeps names with an apostrophe whole", () => {
    expect(texts("I'm sure we're fine: don't worry, I’ve said it can't and won't.").join(' | ')).toBe(
      "I | 'm | sure | we | 're | fine | : | do | n't | worry | , | I | ’ve | said | it | ca | n't | and | wo | n't | .",
    );
    expect(texts("O'Neill's rock'n'roll, d'Estaing, O'Dell, I 'll")).toEqual([
      "O'Neill",
      "'s",
      "rock'n'roll",
      ',',
      "d'Estaing",
      ',',
      "O'Dell",
      ',',
      'I',
      "'ll",
    ]);
  });

  it('keeps numbers, dates and times together', () => {
    expect(texts('$1,000.50 on 1996-08-22 at 10:30, 3.5%')).toEqual(['$', '1,000.50', 'on', '1996-08-22', 'at', '10:30', ',', '3.5', '%']);
  });

  it('handles other scripts and surrogate pairs', () => {
    const s = '서울 Москва 😀 ok';
    const toks = tokenize(s);
    expect(toks.map((t) => t.text)).toEqual(['서울', 'Москва', '😀', 'ok']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('splits on terminators and newlines but not after abbreviations', () => {
    const s = 'Gen. Kim met the U.S. envoy. He left.\nHEADLINE HERE';
    expect(splitSentences(s).map((x) => x.text)).toEqual(['Gen. Kim met the U.S. envoy.', 'He left.', 'HEADLINE HERE']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “yes.” Then he left.').map((x) => x.text)).toEqual(['He said “yes.”', 'Then he left.']);
  });
});
