import { countWords, foldSpaces, normaliseInline } from './normalise-text';

// What normaliseInline did in five passes before it took two: the two must agree on every string.
const fivePasses = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00ad\u200b-\u200d\u2060\ufeff\u200e\u200f\u202a-\u202e]/g, '')
    .replace(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g, '')
    .replace(/[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');

describe('normaliseInline', () => {
  it('drops invisible and control characters and folds every kind of whitespace to one space', () => {
    expect(normaliseInline('\ufeff  Jane\u00a0\u00a0Doe\r\n\tand\u200b John\u0007 Roe\u2028 ')).toBe('Jane Doe and John Roe');
    expect(normaliseInline('Cafe\u0301 au\u3000lait')).toBe('Café au lait');
  });

  it('reads every string as the five-pass version did', () => {
    const pieces = [
      ' ',
      '  ',
      '\n',
      '\r',
      '\r\n',
      '\t',
      '\u00a0',
      '\u2009',
      '\u3000',
      '\u2028',
      '\ufeff',
      '\u200b',
      '\u00ad',
      '\u0085',
      '\u0001',
      'a',
      'é',
      'e\u0301',
      '’',
    ];
    // Every string of up to three pieces, between letters and at the ends.
    for (const a of pieces)
      for (const b of pieces)
        for (const c of pieces) {
          for (const s of [`${a}${b}${c}`, `x${a}y${b}z${c}`, `${a}x${b}${c}y`]) expect([s, normaliseInline(s)]).toEqual([s, fivePasses(s)]);
        }
  });
});

describe('foldSpaces', () => {
  it('gives what replace(/\\s+/g, " ") gives', () => {
    for (const s of ['a b', 'a  b', ' a\n\nb ', 'a\u00a0b', '\t', 'a \u2028 b', 'ab', '']) expect(foldSpaces(s)).toBe(s.replace(/\s+/g, ' '));
  });
});

describe('countWords', () => {
  it('counts words with inner apostrophes and hyphens as one', () => {
    expect(countWords("It's a well-known fact — 42 times, isn’t it?")).toBe(8);
    expect(countWords('')).toBe(0);
  });

  it('counts exactly the matches of its regular expression, in any script', () => {
    const WORD = /[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*/gu;
    const samples = [
      "l'été-là, c'est-à-dire",
      'a--b -a b- a-\u2019b',
      'snake_case and 2020-05-04 or 4.5 km',
      '日本語のテキスト、中文 한국어 текст ελληνικά עברית العربية हिन्दी ไทย',
      '𝐀𝐁𝐂 math letters, 𠀋 an astral ideograph, 😀 an emoji, ⅫⅪ numerals, ٣٤ Arabic digits',
      'soft\u00adhyphen zero\u200bwidth lone \ud800 surrogate',
    ];
    for (const text of samples) expect(countWords(text)).toBe(text.match(WORD)?.length ?? 0);
  });
});
