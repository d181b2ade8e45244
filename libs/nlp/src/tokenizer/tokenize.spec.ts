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

  it("ends a sentence at an initial's or an abbreviation's period when a sentence opener follows", () => {
    expect(splitSentences('She backed Plan B. It failed.').map((x) => x.text)).toEqual(['She backed Plan B.', 'It failed.']);
    expect(splitSentences('He fought in World War I. The war ended.').map((x) => x.text)).toEqual(['He fought in World War I.', 'The war ended.']);
    expect(splitSentences('Talks resumed in the U.S. The envoy left.').map((x) => x.text)).toEqual(['Talks resumed in the U.S.', 'The envoy left.']);
    expect(splitSentences('He met John F. Kennedy and Apple Inc. In 1960.').map((x) => x.text)).toEqual(['He met John F. Kennedy and Apple Inc.', 'In 1960.']);
    expect(tokenize('Plan B. It').map((t) => t.text)).toEqual(['Plan', 'B', '.', 'It']);
    expect(tokenize('George W. Bush').map((t) => t.text)).toEqual(['George', 'W.', 'Bush']);
  });

  it('keeps closing quotes with their sentence', () => {
    expect(splitSentences('He said “yes.” Then he left.').map((x) => x.text)).toEqual(['He said “yes.”', 'Then he left.']);
  });
});
