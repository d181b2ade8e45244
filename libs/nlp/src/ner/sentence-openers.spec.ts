import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { buildDocContext } from './features';
import { nameUnknownSentenceOpeners } from './sentence-openers';
import { WordClasses } from './word-classes';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const listed = (word: string, ...categories: Array<(typeof GAZ_CATEGORIES)[number]>) =>
  categories.map((c) => ({ tokens: [hashString(word)], category: GAZ_CATEGORIES.indexOf(c) }));
const gazetteer = Gazetteer.build([
  ...listed('lyft', 'company'),
  ...listed('stabenow', 'person-name'),
  ...listed('kandahar', 'city'),
  ...listed('washington', 'city', 'known-person'),
  ...listed('zoom', 'company', 'common-word'),
  ...listed('jean-luc', 'person-name'),
]);

/** The labels the rule leaves for a text tokenized as the tagger does, starting from `labels` (default all O). */
function relabelled(text: string, labels?: number[], classes?: WordClasses): number[] {
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const s = starts.subarray(0, count);
  const e = ends.subarray(0, count);
  const ctx = buildDocContext(text, s, e, count, a.sentenceOf, gazetteer, undefined, classes);
  const out = labels ? Uint8Array.from(labels) : new Uint8Array(count);
  if (out.length !== count) throw new Error(`${count} tokens in "${text}", ${out.length} labels`);
  nameUnknownSentenceOpeners(text, s, e, ctx, out);
  return Array.from(out);
}

describe('nameUnknownSentenceOpeners', () => {
  it('names a sentence-opening word no dictionary holds, before "said" or "\'s", as the one kind its lists give', () => {
    expect(relabelled('Lyft said it would cut jobs .')).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(relabelled("Lyft's shares fell .")).toEqual([3, 0, 0, 0, 0]);
    expect(relabelled('Stabenow has received low scores .')).toEqual([1, 0, 0, 0, 0, 0]);
    expect(relabelled('The vote was held . Kandahar was quiet .')).toEqual([0, 0, 0, 0, 0, 5, 0, 0, 0]);
  });

  it('leaves a word on no list or on lists of two kinds, a dictionary word, a lower-case use and a name the tagger found', () => {
    expect(relabelled('Novavax said its trial was full .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Washington said it would act .')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(relabelled('Zoom said revenue rose .')).toEqual([0, 0, 0, 0, 0]);
    expect(relabelled('Lyft said riders lyft less .')).toEqual([0, 0, 0, 0, 0, 0]);
    expect(relabelled('Lyft Inc said it would cut jobs .', [3, 4, 0, 0, 0, 0, 0, 0])).toEqual([3, 4, 0, 0, 0, 0, 0, 0]);
  });

  it('leaves a hyphenated word to the tagger, whichever hyphen the tokenizer kept inside it', () => {
    expect(relabelled('Jean-Luc said it would cut jobs .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Jean\u2010Luc said it would cut jobs .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Jean\u2011Luc said it would cut jobs .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('names a word on no list as the kind its type prior clearly leads with', () => {
    // Type priors in the last 4 bits of 30-bit classes: 1 + 3 × type + strength (ORG = 2, PER = 1).
    const prior = (code: number) => `${'0'.repeat(26)}${code.toString(2).padStart(4, '0')}`;
    const classes = WordClasses.build([
      { lowerHash: hashString('novavax'), path: prior(1 + 3 * 2 + 1) },
      { lowerHash: hashString('karamanlis'), path: prior(1 + 3 * 1 + 2) },
      { lowerHash: hashString('moderna'), path: prior(1 + 3 * 2 + 0) },
    ]);
    expect(relabelled('Novavax said its trial was full .', undefined, classes)).toEqual([3, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Karamanlis won the vote .', undefined, classes)).toEqual([1, 0, 0, 0, 0]);
    expect(relabelled('Moderna said its trial was full .', undefined, classes)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it("reads only a sentence's first word, before a word that says it acts, outside headlines in capitals", () => {
    expect(relabelled('Shares of Lyft said to rise .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Lyft shares fell .')).toEqual([0, 0, 0, 0]);
    expect(relabelled('LYFT SAID TO CUT JOBS')).toEqual([0, 0, 0, 0, 0]);
  });
});
