import { sentenceSpans, Sentence } from './sentences';
import { TokenSpans, tokenizeSpans } from './tokenize';

/** Tokens and sentences of one text: the single entry point used by extraction, training and the bench. */
export interface AnalysedText {
  text: string;
  tokens: TokenSpans;
  sentences: Sentence[];
  /** Sentence index of each token. */
  sentenceOf: Int32Array;
}

export function analyseText(text: string): AnalysedText {
  const tokens = tokenizeSpans(text);
  const sentences = sentenceSpans(text, tokens);
  const sentenceOf = new Int32Array(tokens.count);
  sentences.forEach((s, k) => sentenceOf.fill(k, s.tokenStart, s.tokenEnd));
  return { text, tokens, sentences, sentenceOf };
}
