import { buildMemory } from './train-ner';
import { GAZ_CATEGORIES, phraseHash } from '../src/gazetteer/gazetteer';
import { tokenizeSpans } from '../src/tokenizer/tokenize';
import { hashRange } from '../src/util/hash';
import { ConllDoc } from './conll';

/** The memory categories a phrase carries. */
function categories(memory: ReturnType<typeof buildMemory>, phrase: string): string[] {
  const sp = tokenizeSpans(phrase);
  let h = 0;
  for (let j = 0; j < sp.count; j++) h = phraseHash(h, hashRange(phrase, sp.starts[j], sp.ends[j], true));
  const bits = memory.lookup(h);
  return GAZ_CATEGORIES.filter((_, c) => bits & (1 << c));
}

const doc = (tokens: string[], tags: string[]): ConllDoc => ({ tokens: [tokens], tags: [tags] });
const docs = [
  doc(['Amazon', 'river', 'and', 'Fox', 'said'], ['B-LOC', 'O', 'O', 'B-PER', 'O']),
  doc(['Fox', 'and', 'Fox', 'News'], ['B-PER', 'O', 'B-ORG', 'I-ORG']),
  doc(['Amazon', 'shares', 'rose'], ['B-LOC', 'O', 'O']),
];

describe('buildMemory', () => {
  it('lists every labelled name under its type', () => {
    const memory = buildMemory(docs);
    expect(categories(memory, 'Fox')).toEqual(['mem-per']);
    expect(categories(memory, 'Fox News')).toEqual(['mem-org']);
    expect(categories(memory, 'Amazon')).toEqual(['mem-loc']);
  });

  it('with `once`, keeps a name of a type labelled in one document only in that type’s own category', () => {
    const memory = buildMemory(docs, true);
    expect(categories(memory, 'Fox')).toEqual(['mem-per']);
    expect(categories(memory, 'Fox News')).toEqual(['mem-org-once']);
    expect(categories(memory, 'Amazon')).toEqual(['mem-loc']);
    expect(categories(buildMemory(docs.slice(0, 2), true), 'Amazon')).toEqual(['mem-loc-once']);
  });
});
