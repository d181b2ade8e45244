import { computeTokenInfo, TokenInfo } from '../../libs/nlp/src/ner/token-info';

/** The tagger's token info for words written with one space between them, one token each. */
export function spacedWordsTokenInfo(words: string[]): TokenInfo {
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  for (let k = 0, at = 0; k < words.length; at += words[k].length + 1, k++) {
    starts[k] = at;
    ends[k] = at + words[k].length;
  }
  return computeTokenInfo(words.join(' '), starts, ends, words.length);
}
