import { Gazetteer } from '../../libs/nlp/src/gazetteer/gazetteer';
import { buildDocContext, DocContext } from '../../libs/nlp/src/ner/features';
import { WordClasses } from '../../libs/nlp/src/ner/word-classes';
import { analyseText } from '../../libs/nlp/src/tokenizer/document';

/**
 * A label rule that reads the document's context (token info, name lists, sentences), run over a text
 * tokenized as the tagger does, starting from `labels`; the labels it leaves. The rule gets the tokens' spans too.
 */
export function relabelledDocument(
  rule: (ctx: DocContext, labels: Uint8Array, tokens: { text: string; starts: Int32Array; ends: Int32Array }) => void,
  text: string,
  labels: number[],
  gazetteer?: Gazetteer,
  wordClasses?: WordClasses,
): number[] {
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  if (labels.length !== count) throw new Error(`${count} tokens in "${text}", ${labels.length} labels`);
  const out = Uint8Array.from(labels);
  rule(buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, gazetteer, undefined, wordClasses), out, {
    text,
    starts,
    ends,
  });
  return Array.from(out);
}
