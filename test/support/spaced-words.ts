import { computeTokenInfo, TokenInfo } from '../../libs/nlp/src/ner/token-info';
import { tokenizeSpans } from '../../libs/nlp/src/tokenizer/tokenize';

/** Words written with one space between them: the text and each word's start and end in it. */
export function spacedWords(words: string[]): { text: string; starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(words.length);
  const ends = new Int32Array(words.length);
  for (let k = 0, at = 0; k < words.length; at += words[k].length + 1, k++) {
    starts[k] = at;
    ends[k] = at + words[k].length;
  }
  return { text: words.join(' '), starts, ends };
}

/** The tagger's token info for words written with one space between them, one token each. */
export function spacedWordsTokenInfo(words: string[]): TokenInfo {
  const { text, starts, ends } = spacedWords(words);
  return computeTokenInfo(text, starts, ends, words.length);
}

/** A post-tagging label rule (person titles, polity and organisation names) run over spaced words and their labels; the labels it leaves. */
export function relabelled(rule: (lower: Uint32Array, caseClass: Uint8Array, labels: Uint8Array) => void, words: string[], labels: number[]): number[] {
  const info = spacedWordsTokenInfo(words);
  const out = Uint8Array.from(labels);
  rule(info.lower, info.caseClass, out);
  return Array.from(out);
}

/** A label rule that reads the text too (its words' spans and token info), run over spaced words and their labels; the labels it leaves. */
export function relabelledInText(
  rule: (words: { text: string; starts: Int32Array; ends: Int32Array; info: TokenInfo }, labels: Uint8Array) => void,
  words: string[],
  labels: number[],
): number[] {
  const spaced = spacedWords(words);
  const out = Uint8Array.from(labels);
  rule({ ...spaced, info: computeTokenInfo(spaced.text, spaced.starts, spaced.ends, words.length) }, out);
  return Array.from(out);
}

/**
 * A label rule run over text as the tagger's tokenizer cuts it ("U.S.-China" is U.S. - China, "Amazon.com"
 * Amazon . com, with no space between them), given one label per token; the labels it leaves.
 */
export function relabelledTokenized(
  rule: (words: { text: string; starts: Int32Array; ends: Int32Array; info: TokenInfo }, labels: Uint8Array) => void,
  text: string,
  labels: number[],
): number[] {
  const { count, starts, ends } = tokenizeSpans(text);
  if (count !== labels.length) throw new Error(`${count} tokens in "${text}", ${labels.length} labels`);
  const spans = { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
  const out = Uint8Array.from(labels);
  rule({ text, ...spans, info: computeTokenInfo(text, spans.starts, spans.ends, count) }, out);
  return Array.from(out);
}
