// Helpers for bench/ner.bench.ts: CoNLL reading and conlleval scoring live with the training code.
export { NER_EXTRA_SETS, readConll, readNerExtra, docText, charSpansToTags, score } from '../libs/nlp/training/conll';

/** Entity types of the pipeline mapped onto CoNLL's; rule types have no CoNLL counterpart. */
export const TO_CONLL: Record<string, string | undefined> = {
  PERSON: 'PER',
  ORGANIZATION: 'ORG',
  LOCATION: 'LOC',
  MISC: 'MISC',
};
