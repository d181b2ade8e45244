import { GAZ_CATEGORIES, Gazetteer } from '../gazetteer/gazetteer';
import { analyseText } from '../tokenizer/document';
import { hashString } from '../util/hash';
import { buildDocContext } from './features';
import { nameListedCompanies, typeListedCompanyReadings } from './listed-companies';
import { WordClasses } from './word-classes';

// BIO labels: 0 O, 1/2 PER, 3/4 ORG, 5/6 LOC, 7/8 MISC.
const company = GAZ_CATEGORIES.indexOf('company');
const knownOrg = GAZ_CATEGORIES.indexOf('known-org');
// "twitter" on both organisation lists, "whatsapp" on the company list alone, "tesla" on it and a person's.
const gazetteer = Gazetteer.build([
  { tokens: [hashString('twitter')], category: company },
  { tokens: [hashString('twitter')], category: knownOrg },
  { tokens: [hashString('tesla')], category: company },
  { tokens: [hashString('tesla')], category: GAZ_CATEGORIES.indexOf('person-name') },
  { tokens: [hashString('whatsapp')], category: company },
]);

/** The labels nameListedCompanies leaves for a text tokenized as the tagger does, starting from `labels` (default all O). */
function relabelled(text: string, labels?: number[]): number[] {
  const a = analyseText(text);
  const { count, starts, ends } = a.tokens;
  const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, gazetteer);
  const out = labels ? Uint8Array.from(labels) : new Uint8Array(count);
  if (out.length !== count) throw new Error(`${count} tokens in "${text}", ${out.length} labels`);
  nameListedCompanies(ctx, out);
  return Array.from(out);
}

describe('nameListedCompanies', () => {
  it('names a capitalised word of running text that both organisation lists hold, left out by the tagger', () => {
    expect(relabelled('Trump said on Twitter that the vote was rigged .')).toEqual([0, 0, 0, 3, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Twitter removed the posts on Friday .')).toEqual([3, 0, 0, 0, 0, 0, 0]);
  });

  it('names a word on the company list that no other list reads otherwise, camel case too', () => {
    expect(relabelled('He said WhatsApp would delay the update .')).toEqual([0, 0, 3, 0, 0, 0, 0, 0]);
  });

  it('leaves a company word other lists read otherwise, a lower-case use in the document, a headline and a name the tagger found', () => {
    expect(relabelled('Tesla said the shares would rise .')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Birds twitter at dawn , and Twitter is quiet at night .')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(relabelled('Twitter Shares Fall')).toEqual([0, 0, 0]);
    expect(relabelled('He joined Twitter Inc last year .', [0, 0, 0, 3, 0, 0, 0])).toEqual([0, 0, 0, 3, 0, 0, 0]);
  });
});

describe('typeListedCompanyReadings', () => {
  const category = (name: (typeof GAZ_CATEGORIES)[number]) => GAZ_CATEGORIES.indexOf(name);
  const lists = Gazetteer.build([
    ...['instagram', 'shanxi', 'nasdaq', 'tesla', 'lyft', 'amazon', 'guardian', 'ford'].map((w) => ({ tokens: [hashString(w)], category: company })),
    { tokens: [hashString('amazon')], category: category('known-place') },
    { tokens: [hashString('amazon')], category: category('mem-loc-once') },
    { tokens: [hashString('nasdaq')], category: knownOrg },
    { tokens: [hashString('nasdaq')], category: category('mem-misc') },
    { tokens: [hashString('tesla')], category: category('person-name') },
    { tokens: [hashString('guardian')], category: category('person-name') },
    { tokens: [hashString('ford')], category: category('first-name') },
  ]);
  // "shanxi" among words that name places: its type prior (the last 4 bits of a 30-bit class) leads LOC strongly.
  // "amazon" among companies (1 + 3 × ORG + 1).
  const prior = (code: number) => `${'0'.repeat(26)}${code.toString(2).padStart(4, '0')}`;
  const classes = WordClasses.build([
    { lowerHash: hashString('shanxi'), path: prior(1 + 3 * 3 + 2) },
    { lowerHash: hashString('amazon'), path: prior(1 + 3 * 2 + 1) },
    { lowerHash: hashString('guardian'), path: prior(1 + 3 * 2 + 1) },
    { lowerHash: hashString('ford'), path: prior(1 + 3 * 2 + 1) },
  ]);
  const retyped = (text: string, labels: number[]): number[] => {
    const a = analyseText(text);
    const { count, starts, ends } = a.tokens;
    const ctx = buildDocContext(text, starts.subarray(0, count), ends.subarray(0, count), count, a.sentenceOf, lists, undefined, classes);
    const out = Uint8Array.from(labels);
    typeListedCompanyReadings(ctx, out);
    return Array.from(out);
  };

  it('reads a company the tagger typed a person, a place or MISC as the organisation', () => {
    expect(retyped('Facebook , Instagram and WhatsApp users', [3, 0, 1, 0, 3, 0])).toEqual([3, 0, 3, 0, 3, 0]);
    expect(retyped('a Lyft backer', [0, 7, 0])).toEqual([0, 3, 0]);
    // On the long list of given names only, with neighbours leading with organisations.
    expect(retyped('told the Guardian that', [0, 0, 7, 0])).toEqual([0, 0, 3, 0]);
  });

  it("leaves a word a person's list holds, one the training data labelled otherwise, and one whose neighbours are places", () => {
    expect(retyped('Tesla said so', [1, 0, 0])).toEqual([1, 0, 0]);
    expect(retyped('Ford said so', [1, 0, 0])).toEqual([1, 0, 0]);
    expect(retyped('the Nasdaq rose', [0, 7, 0])).toEqual([0, 7, 0]);
    expect(retyped('in Shanxi province', [0, 5, 0])).toEqual([0, 5, 0]);
  });

  it('lets neighbours that lead with organisations overrule one old label and a place list, unless the document writes "the" before it', () => {
    expect(retyped('Amazon workers voted', [5, 0, 0])).toEqual([3, 0, 0]);
    expect(retyped('fires in the Amazon rose . Brazil lost Amazon forest', [0, 0, 0, 5, 0, 0, 5, 0, 5, 0])).toEqual([0, 0, 0, 5, 0, 0, 5, 0, 5, 0]);
  });
});
